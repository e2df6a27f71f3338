/**
 * Reuse or skip: did deploy configuration change since the configuration the environment
 * runs? The environment runs the configuration of the `configCommit` of its newest record
 * (a GitHub Deployment's, or the overlay commit's trailers). The engine asks in two steps:
 *
 *   1. runningConfig(entries) — which commit to compare the head with;
 *   2. it lists the files that differ between that commit's tree and the head's
 *      (`git diff --name-only <config> <head>`: a tree comparison, so it holds for a
 *      rollback to another line of history too) and classifies them per image
 *      (src/changes/classify.ts);
 *   3. configVerdict({ head, running, change }) — `skip` when nothing deploy-related
 *      changed for the image, `reuse` when something did or when it cannot be told.
 *
 * Without a Deployment, a `reuse` that changed no overlay value leaves no record (no commit
 * carries trailers), so the newest trailers may name an older configuration than the one
 * that runs. The comparison then covers more than needed: it may say `reuse` where `skip`
 * was right, never the other way round. Pure.
 */
import type { ChangeKind } from '../changes/classify.js';
import type { RecordEntry } from './types.js';
import { shortSha } from './text.js';

export interface RunningConfig {
  /** The commit whose configuration the environment runs. */
  commit: string;
  /** Where that was read. */
  via: RecordEntry['from'];
  entry: RecordEntry;
}

/**
 * The configuration the environment runs: the newest of `entries` (by time; the first of
 * equal times) that names a config commit. Pass the newest successful deployment's record
 * and the overlay history's newest records, in any order.
 */
export function runningConfig(entries: readonly RecordEntry[]): RunningConfig | undefined {
  let best: RecordEntry | undefined;
  for (const entry of entries) {
    if (entry.record.configCommit === undefined) continue;
    if (!best || entry.time.getTime() > best.time.getTime()) best = entry;
  }
  if (!best?.record.configCommit) return undefined;
  return { commit: best.record.configCommit, via: best.from, entry: best };
}

export interface ConfigQuery {
  /** The commit being deployed. */
  head: string;
  running?: RunningConfig;
  /**
   * What the files that differ between `running.commit` and `head` are to this image, as
   * the engine classified them; undefined when it could not list them (the commit is not
   * in the repository and cannot be fetched).
   */
  change?: { kind: ChangeKind; example?: string; untrusted?: string };
}

export type ConfigVerdict =
  | { decision: 'skip'; configChanged: false; reason: string }
  | { decision: 'reuse'; configChanged: true | 'unknown'; reason: string };

/** For an image the environment already runs: skip, or reuse (see the file comment). */
export function configVerdict(query: ConfigQuery): ConfigVerdict {
  const { head, running, change } = query;
  if (!running) {
    return {
      decision: 'reuse',
      configChanged: 'unknown',
      reason: 'no record tells which commit’s deploy config the environment runs',
    };
  }
  const at = `${shortSha(running.commit)} (from the ${running.via === 'deployment' ? 'newest deployment' : 'overlay commit’s record'})`;
  if (running.commit === head) {
    return {
      decision: 'skip',
      configChanged: false,
      reason: `the environment runs this commit’s deploy config already`,
    };
  }
  if (!change) {
    return {
      decision: 'reuse',
      configChanged: 'unknown',
      reason: `the files changed since the deployed config ${at} could not be listed`,
    };
  }
  if (change.untrusted !== undefined) {
    return {
      decision: 'reuse',
      configChanged: 'unknown',
      reason: `the change list since the deployed config ${at} cannot be trusted: ${change.untrusted}`,
    };
  }
  if (change.kind === 'deploy' || change.kind === 'code') {
    const example = change.example ? ` (e.g. ${change.example})` : '';
    return {
      decision: 'reuse',
      configChanged: true,
      reason: `deploy config changed since the deployed config ${at}${example}`,
    };
  }
  return {
    decision: 'skip',
    configChanged: false,
    reason: `no deploy config changed since the deployed config ${at}`,
  };
}
