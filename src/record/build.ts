/**
 * What the engine needs to make a record from a run: each image's kind from its decision
 * and the run's request, and the run's URL from the runner's environment. Pure.
 */
import type { DecisionName } from '../config/types.js';
import type { RecordKind } from './types.js';
import { checkUrl } from './values.js';

export interface KindInput {
  /** The engine's decision name for the image. */
  decision: DecisionName;
  /** The `tag` input as it applies to this image: `previous`, a tag naming it, or none. */
  request?: 'previous' | 'tag';
  /** The run deploys a version tag (a release or a tag push). */
  release: boolean;
}

/**
 * The record's kind for an image, or undefined for `skip` (nothing was deployed for it, so
 * the record does not list it).
 */
export function recordKind(input: KindInput): RecordKind | undefined {
  if (input.decision === 'skip') return undefined;
  if (input.request === 'previous' || input.decision === 'rollback') return 'rollback';
  if (input.request === 'tag') return 'redeploy';
  if (input.decision === 'promote') return input.release ? 'release' : 'promote';
  return input.decision;
}

/**
 * The run's URL, `<server>/<owner>/<repo>/actions/runs/<id>/attempts/<n>`, from
 * GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT; undefined
 * outside a workflow run (or when they do not make a URL).
 */
export function runUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const id = env.GITHUB_RUN_ID ?? '';
  const attempt = env.GITHUB_RUN_ATTEMPT;
  if (!server || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9]+$/.test(id))
    return undefined;
  const tail = attempt && /^[0-9]+$/.test(attempt) ? `/attempts/${attempt}` : '';
  const url = `${server}/${repository}/actions/runs/${id}${tail}`;
  return checkUrl(url).ok ? url : undefined;
}
