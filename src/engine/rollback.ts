/**
 * `tag: previous`: the values an image had before, from the overlay's git history.
 *
 * The history of an image's value is read oldest to newest as a stack of deploys: a new
 * value is pushed; a value that is already on the stack is a rollback to it, and everything
 * above it is popped (those values were rolled back from). `previous` is the entry under
 * the top, `previous~N` the N-th. So pressing `previous` twice goes two deploys back instead
 * of toggling between the bad version and the one before it, and a value that was rolled
 * back from is never a target again unless it is deployed anew. Entries that are no longer
 * in the registry, or have the digest that runs now (a release tag promoted from the `sha-`
 * tag before it), are skipped.
 *
 * Without image names, `previous` rolls back the last deploy: only the images whose current
 * value came in with the newest overlay commit that changed any image.
 */
import { relative, sep } from 'node:path';
import { realpath } from 'node:fs/promises';
import { History } from '../changes/history.js';
import type { ImageConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Git } from '../git.js';
import type { Logger } from '../log.js';
import type { OverlayState } from '../overlay/types.js';
import type { EngineDeps } from './context.js';
import { lookup, repositoryOf } from './lookup.js';
import { readOverlayTextFor } from './overlay-state.js';
import {
  found,
  isProblem,
  overlayValue,
  type ImageFacts,
  type ImageValue,
  type RollbackFacts,
} from './types.js';

/** How many commits that touched the overlay are read at most. */
const MAX_COMMITS = 300;

export interface ValueAt {
  /** The first-parent commit that brought this value in (the oldest of its run). */
  commit: string;
  value: ImageValue;
}

/** Two values name the same image: repository and tag, or (without a tag) the digest. */
export function valueKey(v: ImageValue): string {
  return [v.repository ?? '', v.tag ?? '', v.tag === undefined ? (v.digest ?? '') : ''].join('\0');
}

/**
 * The deploy stack of one image from its values oldest → newest (consecutive repeats
 * already collapsed). Returns the stack bottom → top.
 */
export function deployStack(values: readonly ValueAt[]): ValueAt[] {
  // (oldest first)
  const stack: ValueAt[] = [];
  for (const v of values) {
    const key = valueKey(v.value);
    const at = stack.findIndex((s) => valueKey(s.value) === key);
    if (at !== -1) stack.splice(at + 1);
    else stack.push(v);
  }
  return stack;
}

/**
 * Newest first: the values each image had on the first-parent line of HEAD in the overlay
 * `state` was read from, run by run (a run is attributed to the commit that brought it in).
 * `git` is the repository that holds the file; a shallow clone is deepened as needed.
 */
export async function valueHistory(
  git: Git,
  state: OverlayState,
  images: readonly ImageConfig[],
  logger: Logger,
  /** How many rollback candidates each image needs before deepening stops. */
  needed = 6,
): Promise<{ runs: Map<string, ValueAt[]>; times: Map<string, number>; order: string[] }> {
  const file = state.overlay.file;
  const top = await realpath(git.cwd);
  const path = relative(top, await realpath(file))
    .split(sep)
    .join('/');
  const history = new History(git, logger);
  const head = await git.resolveCommit('HEAD');
  const times = new Map<string, number>();
  const readLog = async (): Promise<string[]> => {
    return (await git.firstParentLog('HEAD', path, MAX_COMMITS)).map(({ sha, time }) => {
      times.set(sha, time);
      return sha;
    });
  };
  // In a shallow clone, deepen until every image has enough places to go back to (or the
  // history is all there).
  let commits: string[] = [];
  let values = new Map<string, (ImageValue | undefined)[]>();
  let runs = new Map<string, ValueAt[]>();
  await history.deepenUntil(head ? [head] : [], async () => {
    commits = await readLog();
    values = await valuesAt(git, commits, path, state, images, logger);
    runs = runsOf(images, commits, values);
    const enough = images.every(
      (image) => rollbackCandidates(runs.get(image.name) ?? []).length >= needed,
    );
    return enough || commits.length >= MAX_COMMITS || !(await git.isShallow()) ? true : undefined;
  });
  return { runs, times, order: commits };
}

/** Per image, newest first, the runs of equal values (see valueHistory). */
function runsOf(
  images: readonly ImageConfig[],
  commits: readonly string[],
  values: Map<string, (ImageValue | undefined)[]>,
): Map<string, ValueAt[]> {
  const runs = new Map<string, ValueAt[]>();
  for (const image of images) {
    const list = values.get(image.name) ?? [];
    const out: ValueAt[] = [];
    // Newest first; a run of equal values is attributed to its oldest commit. A commit
    // without the image (removed for a while) ends a run.
    let open = false;
    for (let i = 0; i < commits.length; i++) {
      const v = list[i];
      if (v === undefined) {
        open = false;
        continue;
      }
      const last = out[out.length - 1];
      if (open && last && valueKey(last.value) === valueKey(v)) last.commit = commits[i] as string;
      else out.push({ commit: commits[i] as string, value: v });
      open = true;
    }
    runs.set(image.name, out);
  }
  return runs;
}

/** The images' values in the file at each commit, read with one `git cat-file --batch`. */
async function valuesAt(
  git: Git,
  commits: readonly string[],
  path: string,
  state: OverlayState,
  images: readonly ImageConfig[],
  logger: Logger,
): Promise<Map<string, (ImageValue | undefined)[]>> {
  const out = new Map<string, (ImageValue | undefined)[]>(images.map((i) => [i.name, []]));
  if (commits.length === 0) return out;
  const blobs = await git.readBlobs(commits.map((c) => `${c}:${path}`));
  for (const [i, commit] of commits.entries()) {
    const content = blobs[i];
    let parsed: OverlayState | undefined;
    if (content !== undefined) {
      try {
        parsed = readOverlayTextFor(content, state.overlay, images);
      } catch (err) {
        logger.debug(
          `rollback: ${commit.slice(0, 7)}:${path} does not parse: ${errorMessage(err)}`,
        );
      }
    }
    for (const image of images) {
      out.get(image.name)?.push(parsed ? overlayValue(parsed, image.name) : undefined);
    }
  }
  return out;
}

/** Rollback facts for the images a `previous` applies to. */
export async function rollbackFacts(
  deps: EngineDeps,
  overlays: readonly OverlayState[],
  images: readonly ImageFacts[],
  gitFor: (file: string) => Promise<Git>,
): Promise<Map<string, RollbackFacts>> {
  const request = deps.config.tag;
  const steps = request?.kind === 'previous' ? request.steps : 1;
  const named = request?.kind === 'previous' ? request.images : undefined;
  const result = new Map<string, RollbackFacts>();
  const byOverlay = new Map<OverlayState, ImageFacts[]>();
  for (const f of images) {
    const state = overlays.find((s) => s.overlay.path === f.deployed?.overlay);
    if (!state) {
      if (!named || named.includes(f.image.name)) {
        result.set(f.image.name, {
          problem: `no overlay names ${f.image.name}, so it has no history to roll back in`,
        });
      }
      continue;
    }
    byOverlay.set(state, [...(byOverlay.get(state) ?? []), f]);
  }
  // Which images the last deploy changed, when no names were given.
  const since = new Map<string, number>();
  const runsOf = new Map<string, ValueAt[]>();
  for (const [state, group] of byOverlay) {
    let history;
    try {
      history = await valueHistory(
        await gitFor(state.overlay.file),
        state,
        group.map((f) => f.image),
        deps.logger,
        // previous~N needs N entries, and a few more for values the registry lost.
        steps + 5,
      );
    } catch (err) {
      for (const f of group) result.set(f.image.name, { problem: errorMessage(err) });
      continue;
    }
    for (const f of group) {
      const runs = history.runs.get(f.image.name) ?? [];
      runsOf.set(f.image.name, runs);
      // When the current value came in: its commit's time (overlays may live in several
      // repositories), and within one history its position (several deploys in one second).
      const current = runs[0];
      const at = current ? history.order.indexOf(current.commit) : -1;
      since.set(
        f.image.name,
        current ? (history.times.get(current.commit) ?? 0) * 1_000_000 - at : -Infinity,
      );
    }
  }
  const newest = Math.max(...[...since.values()]);
  for (const f of images) {
    const runs = runsOf.get(f.image.name);
    if (!runs) continue;
    if (!named && !Number.isFinite(newest)) {
      result.set(f.image.name, {
        problem: `the overlay's history does not show when ${f.image.name} got its current value`,
      });
      continue;
    }
    if (named ? !named.includes(f.image.name) : since.get(f.image.name) !== newest) continue;
    result.set(f.image.name, await target(deps, f, runs, steps));
  }
  return result;
}

/**
 * Where `previous` can go, nearest first: the deploy stack below what runs now (`runs` are
 * newest first, as valueHistory gives them). Values that were rolled back from are not on it.
 */
export function rollbackCandidates(runs: readonly ValueAt[]): ValueAt[] {
  return deployStack([...runs].reverse())
    .slice(0, -1)
    .reverse();
}

async function target(
  deps: EngineDeps,
  f: ImageFacts,
  runs: readonly ValueAt[],
  steps: number,
): Promise<RollbackFacts> {
  const current = found(f.deployed?.image);
  const skipped: string[] = [];
  let remaining = steps;
  for (const entry of rollbackCandidates(runs)) {
    const { value } = entry;
    if (value.tag === undefined && value.digest === undefined) continue;
    const repository = repositoryOf(value, f.image);
    const image = await lookup(deps, repository, value.tag, value.digest);
    const label = value.tag ?? value.digest ?? '?';
    if (isProblem(image)) return { problem: image.problem };
    if (!image) {
      skipped.push(`${label} (no longer in the registry)`);
      continue;
    }
    if (current && image.digest === current.digest) {
      skipped.push(`${label} (the image that runs now)`);
      continue;
    }
    remaining--;
    if (remaining === 0) {
      return {
        target: { value, image: { ...image, tag: value.tag ?? '' }, commit: entry.commit, skipped },
      };
    }
  }
  const depth = steps === 1 ? 'earlier deploy' : `${steps} earlier deploys`;
  return {
    problem: `the overlay's history has no ${depth} of ${f.image.name} to roll back to${skipped.length ? ` (skipped ${skipped.join(', ')})` : ''}; values that were rolled back from are never returned to`,
  };
}
