/**
 * The overlay API the engine calls: read what an overlay runs, plan a write, and write
 * planned edits — all of them or none.
 */
import { readFile } from 'node:fs/promises';
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { stageWrite, type StagedWrite } from './atomic-write.js';
import { planOverlayText } from './plan.js';
import { readOverlayText } from './state.js';
import type { ImageUpdate, OverlayEdit, OverlayState, PlanOptions } from './types.js';

async function readOverlayFile(overlay: OverlayConfig): Promise<string> {
  try {
    return await readFile(overlay.file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(`overlay ${overlay.path} does not exist — check the path in "overlay"`);
    }
    if (code === 'EISDIR') {
      throw new UserError(
        `overlay ${overlay.path} is a directory — name the file (e.g. ${overlay.path}/kustomization.yaml)`,
      );
    }
    throw new UserError(`cannot read overlay ${overlay.path}: ${code ?? String(err)}`);
  }
}

/** What `overlay` says each of `images` runs now. */
export async function readOverlay(
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): Promise<OverlayState> {
  return readOverlayText(await readOverlayFile(overlay), overlay, images);
}

/** Reads, validates and computes the new content of one overlay; writes nothing. */
export async function planOverlayEdit(
  overlay: OverlayConfig,
  updates: readonly ImageUpdate[],
  options: PlanOptions,
): Promise<OverlayEdit> {
  return planOverlayText(await readOverlayFile(overlay), overlay, updates, options);
}

/**
 * Writes planned edits: each file atomically, and the set as a whole — every file is checked
 * to be unchanged since planning and staged before the first one is replaced; if replacing
 * one fails, those already replaced get their old content back. Returns the
 * workspace-relative paths written.
 */
export async function writeOverlayEdits(edits: readonly OverlayEdit[]): Promise<string[]> {
  const changed = edits.filter((e) => e.changed);
  const files = new Set<string>();
  for (const edit of changed) {
    if (files.has(edit.overlay.file)) {
      throw new Error(
        `internal error: ${edit.overlay.path} planned twice; plan all its images at once`,
      );
    }
    files.add(edit.overlay.file);
    if ((await readOverlayFile(edit.overlay)) !== edit.before) {
      throw new UserError(
        `${edit.overlay.path} changed while image-promote was editing it — run again`,
      );
    }
  }
  const staged: StagedWrite[] = [];
  try {
    for (const edit of changed) staged.push(await stageWrite(edit.overlay.file, edit.after));
    const done: number[] = [];
    try {
      for (const [i, s] of staged.entries()) {
        await s.commit();
        done.push(i);
      }
    } catch (err) {
      for (const i of done) {
        const edit = changed[i];
        if (edit) await (await stageWrite(edit.overlay.file, edit.before)).commit();
      }
      throw err;
    }
  } finally {
    await Promise.all(staged.map((s) => s.discard()));
  }
  return changed.map((e) => e.overlay.path);
}
