/**
 * The overlay API the engine calls: read what an overlay runs (once), plan a write from that
 * state, and write planned edits — all of them or none, each only into a regular file inside
 * the root it belongs to. Files are read and written as bytes, never decoded and encoded
 * again (byte-text.ts).
 */
import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { stageWrite, type StagedWrite } from './atomic-write.js';
import { loadOverlayFormat, readOverlayText } from './state.js';
import type { OverlayEdit, OverlayState } from './types.js';

export { planOverlayEdit } from './plan.js';

/** Overlays larger than this are refused (an overlay is a small text file). */
const MAX_OVERLAY_BYTES = 8 * 1024 * 1024;

function kindOf(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string | undefined {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return undefined;
}

function notAFile(overlay: OverlayConfig, kind: string): UserError {
  return new UserError(
    kind === 'a directory'
      ? `overlay ${overlay.path} is a directory — name the file (e.g. ${overlay.path}/kustomization.yaml)`
      : `overlay ${overlay.path} is ${kind}, not a regular file — point "overlay" at the file itself`,
  );
}

/**
 * Reads an overlay file. Its type is checked before it is opened (opening a FIFO would
 * block), and again on the open handle (non-blocking) in case it was swapped in between.
 */
async function readOverlayFile(overlay: OverlayConfig): Promise<Buffer> {
  const failed = (err: unknown): never => {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UserError(`overlay ${overlay.path} does not exist — check the path in "overlay"`);
    }
    if (code === 'ELOOP') throw new UserError(`overlay ${overlay.path} is a symlink loop`);
    throw new UserError(`cannot read overlay ${overlay.path}: ${code ?? String(err)}`);
  };
  const link = await lstat(overlay.file).catch(failed);
  const info = link.isSymbolicLink() ? await stat(overlay.file).catch(failed) : link;
  const kind = kindOf(info);
  if (kind !== undefined) throw notAFile(overlay, kind);
  const handle = await open(overlay.file, constants.O_RDONLY | constants.O_NONBLOCK).catch(failed);
  try {
    const opened = await handle.stat();
    const openedKind = kindOf(opened);
    if (openedKind !== undefined || !opened.isFile())
      throw notAFile(overlay, openedKind ?? 'not a regular file');
    if (opened.size > MAX_OVERLAY_BYTES) {
      throw new UserError(
        `overlay ${overlay.path} is ${opened.size} bytes; image-promote edits overlays up to ${MAX_OVERLAY_BYTES} bytes`,
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** What `overlay` says each of `images` runs now (the state the planner works on). */
export async function readOverlay(
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): Promise<OverlayState> {
  const [bytes] = await Promise.all([readOverlayFile(overlay), loadOverlayFormat(overlay)]);
  return readOverlayText(bytes, overlay, images);
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * The real path `edit` writes to, after checking it is a regular file inside `root` (both
 * with symlinks resolved). Throws a UserError otherwise.
 */
async function checkTarget(edit: OverlayEdit, root: string): Promise<string> {
  const { overlay } = edit;
  let real: string;
  try {
    real = await realpath(overlay.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      `cannot write overlay ${overlay.path}: ${code === 'ENOENT' ? 'it no longer exists' : (code ?? String(err))}`,
    );
  }
  if (!inside(root, real)) {
    throw new UserError(
      `refusing to write overlay ${overlay.path}: it resolves to ${real}, outside ${root} (a symlink out of the repository?) — nothing was written`,
    );
  }
  const info = await lstat(real);
  const kind = kindOf(info);
  if (kind !== undefined || !info.isFile()) {
    throw new UserError(
      `refusing to write overlay ${overlay.path}: it is ${kind ?? 'not a regular file'} — nothing was written`,
    );
  }
  return real;
}

async function realRoot(root: string): Promise<string> {
  try {
    return await realpath(root);
  } catch (err) {
    throw new UserError(
      `cannot write overlays: ${root} is not readable (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
}

/**
 * Writes planned edits: each file atomically, and the set as a whole — every file is checked
 * to be a regular file inside `root` (symlinks resolved) and unchanged since planning, and
 * staged before the first one is replaced; if replacing one fails, those already replaced get
 * their old content back. The target checks run again right before each file is replaced
 * (the engine calls this again on a commit retry). Returns the overlay paths written.
 */
export async function writeOverlayEdits(
  edits: readonly OverlayEdit[],
  options: { root: string },
): Promise<string[]> {
  const root = await realRoot(options.root);
  const changed = edits.filter((e) => e.changed);
  const targets = new Map<string, OverlayEdit>();
  for (const edit of changed) {
    const real = await checkTarget(edit, root);
    if (targets.has(real)) {
      throw new Error(
        `internal error: ${edit.overlay.path} planned twice; plan all its images at once`,
      );
    }
    targets.set(real, edit);
    if (!(await readOverlayFile(edit.overlay)).equals(edit.before)) {
      throw new UserError(
        `${edit.overlay.path} changed while image-promote was editing it — run again`,
      );
    }
  }
  const staged: { write: StagedWrite; edit: OverlayEdit }[] = [];
  try {
    for (const [real, edit] of targets)
      staged.push({ write: await stageWrite(real, edit.after), edit });
    const done: { real: string; edit: OverlayEdit }[] = [];
    try {
      for (const { write, edit } of staged) {
        const real = await checkTarget(edit, root);
        if (real !== write.file) {
          throw new UserError(
            `refusing to write overlay ${edit.overlay.path}: it now resolves to ${real}, not ${write.file} — run again`,
          );
        }
        await write.commit();
        done.push({ real, edit });
      }
    } catch (err) {
      for (const { real, edit } of done) await (await stageWrite(real, edit.before)).commit();
      throw err;
    }
  } finally {
    await Promise.all(staged.map((s) => s.write.discard()));
  }
  return changed.map((e) => e.overlay.path);
}
