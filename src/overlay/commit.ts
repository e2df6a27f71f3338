/** Moved to src/gitops/commit.ts; this re-export keeps older imports compiling. */
export { BOT_EMAIL, BOT_NAME, commitOverlays } from '../gitops/commit.js';
export type { CommitParams, CommitResult } from '../gitops/commit.js';
