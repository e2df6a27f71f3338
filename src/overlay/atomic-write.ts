/**
 * Atomic file replacement: the new content goes to a temp file in the same directory (same
 * file system, so rename is atomic), keeps the file's mode, is flushed, then renamed over the
 * original. Readers see the old bytes or the new bytes, never a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface StagedWrite {
  /** The real path that will be replaced (symlinks resolved). */
  readonly file: string;
  /** Renames the temp file over the target. */
  commit(): Promise<void>;
  /** Removes the temp file; safe to call after commit. */
  discard(): Promise<void>;
}

/** Writes `content` (the exact bytes) next to `file` without touching `file` yet. */
export async function stageWrite(file: string, content: Uint8Array): Promise<StagedWrite> {
  // Replace the file a symlink points to, not the symlink itself.
  const target = await realpath(file);
  const mode = (await stat(target)).mode & 0o7777;
  const temp = join(
    dirname(target),
    `.${basename(target)}.image-promote-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  // open() applies the umask; set the exact mode of the original.
  await chmod(temp, mode);
  let committed = false;
  return {
    file: target,
    async commit() {
      await rename(temp, target);
      committed = true;
    },
    async discard() {
      if (!committed) await rm(temp, { force: true });
    },
  };
}
