// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// dist/ is wiped first so stale chunks never survive; CI compares the result with git.
// tsconfig.json's removeComments keeps the sources' comments out of dist/: a fifth of the
// JavaScript a run would otherwise load (npm run bench's loaded-js row measures it).
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
]) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
chmodSync(join(root, 'dist', 'cli', 'index.js'), 0o755);
