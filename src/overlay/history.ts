/**
 * Rollback targets from the overlay's git history: the values an image had before the one
 * it runs now. Only first-parent commits of HEAD that changed the overlay file are looked at
 * (merges count as the change they brought to the branch); commits that left the image's
 * value alone (config-only changes) and the value being rolled back from are skipped.
 */
import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import type { Git } from '../git.js';
import { History } from '../changes/history.js';
import { silentLogger, type Logger } from '../log.js';
import { readOverlayText } from './state.js';
import type { ImageValue } from './types.js';

export interface PreviousValue extends ImageValue {
  /** The first-parent commit that put this value into the overlay. */
  commit: string;
}

export interface HistoryOptions {
  /** Stop after this many distinct values (default 5). */
  limit?: number;
  /** Look at no more than this many commits that changed the file (default 200). */
  maxCommits?: number;
  /** Set false to never deepen a shallow clone. */
  deepen?: boolean;
  logger?: Logger;
}

/** Values are the same when they name the same image: repository and tag, or the digest alone. */
function valueKey(v: ImageValue): string {
  return [v.repository ?? '', v.tag ?? '', v.tag === undefined ? (v.digest ?? '') : ''].join('\0');
}

async function repoPath(git: Git, file: string): Promise<string> {
  const top = await realpath(await git.topLevel());
  return relative(top, await realpath(file))
    .split(sep)
    .join('/');
}

async function commitsTouching(git: Git, path: string, max: number): Promise<string[]> {
  const r = await git.run(
    ['log', '--first-parent', '--format=%H', `--max-count=${max}`, 'HEAD', '--', path],
    { allowFailure: true },
  );
  if (r.exitCode !== 0) throw new Error(`git log of ${path} failed: ${r.stderr.trim()}`);
  return r.stdout.split('\n').filter(Boolean);
}

/**
 * Runs `scan` over the commits that touched `path`; in a shallow clone, as long as `scan`
 * needs more (returns undefined), deepens HEAD's history in the shared bounded steps.
 */
async function withHistory<T>(
  git: Git,
  logger: Logger,
  deepen: boolean,
  scan: (shallow: boolean) => Promise<T | undefined>,
): Promise<T | undefined> {
  if (!deepen) return scan(false);
  const head = await git.resolveCommit('HEAD');
  const history = new History(git, logger);
  return history.deepenUntil(head ? [head] : [], async () => scan(await git.isShallow()));
}

/** The image's value in the overlay at `commit`, or undefined (absent, unreadable). */
async function valueAt(
  git: Git,
  path: string,
  commit: string,
  overlay: OverlayConfig,
  image: ImageConfig,
  logger: Logger,
): Promise<ImageValue | undefined> {
  const show = await git.run(['show', `${commit}:${path}`], { allowFailure: true });
  if (show.exitCode !== 0) return undefined;
  try {
    const state = readOverlayText(show.stdout, overlay, [image]).images.get(image.name);
    return state?.found ? { ...state.value } : undefined;
  } catch (err) {
    logger.debug(
      `rollback: skipping ${commit}: ${err instanceof Error ? err.message : String(err)}`,
    );
    return undefined;
  }
}

/**
 * Distinct earlier values of `image` in `overlay`, newest first, without `current`. The
 * engine checks them against the registry in order and takes the first that exists.
 */
export async function findPreviousValues(
  git: Git,
  overlay: OverlayConfig,
  image: ImageConfig,
  current: ImageValue,
  options: HistoryOptions = {},
): Promise<PreviousValue[]> {
  const limit = options.limit ?? 5;
  const maxCommits = options.maxCommits ?? 200;
  const logger = options.logger ?? silentLogger;
  const path = await repoPath(git, overlay.file);
  const currentKey = valueKey(current);
  const found = new Map<string, { value: PreviousValue; open: boolean }>();
  const seen = new Set<string>();
  let lastKey: string | undefined;
  await withHistory(git, logger, options.deepen !== false, async (shallow) => {
    for (const commit of await commitsTouching(git, path, maxCommits)) {
      if (seen.has(commit)) continue;
      seen.add(commit);
      const value = await valueAt(git, path, commit, overlay, image, logger);
      const key = value === undefined ? undefined : valueKey(value);
      if (lastKey !== undefined && key !== lastKey) {
        const run = found.get(lastKey);
        if (run) run.open = false;
      }
      lastKey = key;
      if (value === undefined || key === undefined || key === currentKey) continue;
      const known = found.get(key);
      if (!known) {
        const entry: PreviousValue = { commit };
        if (value.repository !== undefined) entry.repository = value.repository;
        if (value.tag !== undefined) entry.tag = value.tag;
        if (value.digest !== undefined) entry.digest = value.digest;
        found.set(key, { value: entry, open: true });
      } else if (known.open) {
        // Still the same run of commits: this older one is where the value came in.
        known.value.commit = commit;
      }
    }
    // The run still open may continue in older history, so only stop on a closed set.
    const enough = [...found.values()].filter((f) => !f.open).length >= limit;
    return enough || seen.size >= maxCommits || !shallow ? true : undefined;
  });
  return [...found.values()].slice(0, limit).map((f) => f.value);
}

/**
 * The first-parent commit that put the current value of `image` into `overlay` (the oldest
 * commit of the run of commits, counted from HEAD, in which the image had that value), or
 * undefined when HEAD does not have it or the history cannot be made long enough. Rollback
 * uses it to find the images the last deploy changed.
 */
export async function findCurrentSince(
  git: Git,
  overlay: OverlayConfig,
  image: ImageConfig,
  current: ImageValue,
  options: Pick<HistoryOptions, 'maxCommits' | 'logger'> = {},
): Promise<string | undefined> {
  const path = await repoPath(git, overlay.file);
  const currentKey = valueKey(current);
  const logger = options.logger ?? silentLogger;
  const answer = await withHistory(git, logger, true, async (shallow) => {
    let since: string | undefined;
    for (const commit of await commitsTouching(git, path, options.maxCommits ?? 200)) {
      const value = await valueAt(git, path, commit, overlay, image, logger);
      if (value === undefined || valueKey(value) !== currentKey) return { since };
      since = commit;
    }
    // The value goes back to the oldest commit we have: in a full clone that is the
    // answer; in a shallow one the run may go on further back.
    return shallow ? undefined : { since };
  });
  return answer?.since;
}
