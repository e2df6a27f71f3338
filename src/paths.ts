/**
 * User-supplied paths (overlay, from-overlay, images files, build contexts) must stay inside
 * the workspace: no `..` escapes, no absolute paths elsewhere, no symlinks leading out. The
 * action writes and commits overlays, so a path outside would be a way to touch other files.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

/** `path` is `root` or below it (both absolute, as they are: no symlink is resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  // `..foo` is a file name inside; `..` and `../x` are outside.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** realpath of `path`, or of its nearest existing ancestor with the rest appended. */
function realpathOfNearest(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/**
 * Resolves `input` (relative to `workspace`, or absolute) and returns the absolute path.
 * Throws InputError(inputName) when it is empty or leads outside the workspace, directly or
 * through a symlink. The path need not exist (callers report missing files themselves).
 */
export function resolveInsideWorkspace(
  workspace: string,
  input: string,
  inputName: string,
): string {
  if (input.trim() === '') throw new InputError(inputName, 'the path is empty');
  if (input.includes('\0')) throw new InputError(inputName, 'the path contains a NUL character');
  const root = resolve(workspace);
  const path = resolve(root, input);
  const fix = 'use a path inside the repository (relative to the workspace)';
  if (!isInside(root, path)) {
    throw new InputError(inputName, `"${input}" is outside the workspace ${root}`, fix);
  }
  const realRoot = realpathSync(root);
  if (!isInside(realRoot, realpathOfNearest(path))) {
    throw new InputError(
      inputName,
      `"${input}" leads outside the workspace through a symlink`,
      fix,
    );
  }
  return path;
}

/** `path` relative to `workspace`, with `/` separators (for messages and git). */
export function workspaceRelative(workspace: string, path: string): string {
  return relative(resolve(workspace), resolve(workspace, path)).split(sep).join('/') || '.';
}
