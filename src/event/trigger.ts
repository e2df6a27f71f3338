/**
 * GitHub event payload → Trigger: which commit to act on and how to find the base the
 * explanation compares with when the deployed commit is unknown. Pure; the rules are in
 * docs/design.md and the README ("What the explanation compares"); the payloads the tests
 * read are in __tests__/fixtures/events.
 */
import { ZERO_SHA } from '../git.js';

export type TriggerKind =
  | 'push'
  | 'tag'
  | 'pull-request'
  | 'merge-group'
  | 'release'
  | 'dispatch'
  | 'schedule'
  | 'workflow-run'
  | 'other';

/** How the base commit is to be found; the change detector carries it out. */
export type BaseStrategy =
  /** The `base` input (or `--base`): used as given. */
  | { kind: 'input'; rev: string }
  /** before..after; a `before` that is not an ancestor (force push) falls back to the merge-base. */
  | { kind: 'push'; before: string; forced?: boolean }
  /** First push of a branch: merge-base with the default branch, not HEAD^. */
  | { kind: 'new-branch' }
  /** Merge-base of the PR's base and head (what GitHub's "Files changed" shows). */
  | { kind: 'pull-request'; baseSha: string; baseRef: string }
  | { kind: 'merge-group'; baseSha: string }
  /** Tags and releases: the previous release tag, never `main...tag`. */
  | { kind: 'previous-tag'; tagName: string }
  /** Dispatch/schedule: the commit the overlay's current tag was built from. */
  | { kind: 'overlay' }
  /** Nothing to diff against: the change list cannot be trusted. */
  | { kind: 'unknown'; reason: string };

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  headRef: string;
  /** The head lives in a fork (its commits may need fetching by SHA). */
  fork: boolean;
  /** pull_request.changed_files: lets the API fallback notice a truncated list. */
  changedFiles?: number;
}

export interface Trigger {
  eventName: string;
  kind: TriggerKind;
  /** The commit to build or deploy (a PR's head, never its merge commit). */
  head: string;
  ref?: string;
  branch?: string;
  tagName?: string;
  /** `v1.2.3` → `1.2.3`, for releases and tag pushes. */
  version?: string;
  defaultBranch?: string;
  /** True when the run is for the default branch itself (extra tags like `latest` apply). */
  onDefaultBranch: boolean;
  pullRequest?: PullRequestInfo;
  dispatchInputs: Record<string, string>;
  base: BaseStrategy;
  /** A push that deleted its branch or tag: nothing to deploy. */
  deleted: boolean;
  repository?: { owner: string; name: string };
  runNumber?: string;
}

export interface TriggerEnv {
  GITHUB_SHA?: string;
  GITHUB_REF?: string;
  GITHUB_RUN_NUMBER?: string;
  GITHUB_REPOSITORY?: string;
}

export class TriggerError extends Error {
  override readonly name = 'TriggerError';
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

const SHA_RE = /^[0-9a-f]{40}$/;
const RELEASE_ACTIONS = ['published', 'released', 'prereleased', 'created'];

/** `v1.2.3` → `1.2.3`; other names are returned unchanged. */
export function versionFromTagName(name: string): string {
  return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}

/** `v1.2.3`, `1.2`, `v2.0.0-rc.1`: tags that name a release. */
export function isVersionTag(name: string): boolean {
  return /^v?\d+(\.\d+)*([-+][0-9A-Za-z.+-]+)?$/.test(name);
}

function sha(v: unknown): string | undefined {
  const s = str(v);
  return s && SHA_RE.test(s) ? s : undefined;
}

function refName(ref: string | undefined, prefix: string): string | undefined {
  return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

/**
 * What a git tag makes of a run: a release (`kind`) when its name is a version; any other tag
 * (nightly, deploy-x) has no base rule (`notRelease` says why), whichever event carries it.
 */
function tagged(tagName: string, kind: 'tag' | 'release', notRelease: string) {
  const release = isVersionTag(tagName);
  return {
    kind: release ? kind : ('other' as const),
    onDefaultBranch: false,
    base: release
      ? { kind: 'previous-tag' as const, tagName }
      : { kind: 'unknown' as const, reason: `${notRelease}, so it is not a release` },
    ...(release ? { tagName, version: versionFromTagName(tagName) } : {}),
  };
}

/** Normalises an event. `baseOverride` is the `base` input, which wins over every rule. */
export function triggerFromEvent(
  eventName: string,
  payloadIn: unknown,
  env: TriggerEnv,
  baseOverride?: string,
): Trigger {
  const payload = obj(payloadIn);
  const repo = obj(payload.repository);
  const defaultBranch = str(repo.default_branch);
  const [owner, name] = (str(repo.full_name) ?? env.GITHUB_REPOSITORY ?? '').split('/');
  const envRef = env.GITHUB_REF;
  const common = {
    eventName,
    dispatchInputs: {} as Record<string, string>,
    deleted: false,
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(owner && name ? { repository: { owner, name } } : {}),
    ...(env.GITHUB_RUN_NUMBER ? { runNumber: env.GITHUB_RUN_NUMBER } : {}),
  };
  const headFromEnv = (): string => {
    const s = sha(env.GITHUB_SHA);
    if (!s) throw new TriggerError(`event ${eventName}: GITHUB_SHA is missing or not a commit SHA`);
    return s;
  };
  let trigger: Trigger;

  switch (eventName) {
    case 'push': {
      const ref = str(payload.ref) ?? envRef;
      const after = sha(payload.after) ?? headFromEnv();
      const before = sha(payload.before);
      const deleted = payload.deleted === true || after === ZERO_SHA;
      const tagName = refName(ref, 'refs/tags/');
      if (tagName !== undefined) {
        trigger = {
          ...common,
          ...tagged(tagName, 'tag', `tag "${tagName}" is not a version tag (v1.2.3)`),
          head: after,
          deleted,
          ...(ref ? { ref } : {}),
        };
        break;
      }
      const branch = refName(ref, 'refs/heads/');
      let base: BaseStrategy;
      if (before === undefined || before === ZERO_SHA || payload.created === true) {
        base = { kind: 'new-branch' };
      } else {
        base = {
          kind: 'push',
          before,
          ...(typeof payload.forced === 'boolean' ? { forced: payload.forced } : {}),
        };
      }
      trigger = {
        ...common,
        kind: 'push',
        head: after,
        onDefaultBranch: branch !== undefined && branch === defaultBranch,
        base,
        deleted,
        ...(ref ? { ref } : {}),
        ...(branch ? { branch } : {}),
      };
      break;
    }
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(payload.pull_request);
      const head = obj(pr.head);
      const base = obj(pr.base);
      const headSha = sha(head.sha);
      const baseSha = sha(base.sha);
      const number = [pr.number, payload.number].find((n) => typeof n === 'number');
      if (!headSha || !baseSha || number === undefined) {
        throw new TriggerError(
          `event ${eventName}: the payload has no pull_request.head.sha/base.sha/number`,
        );
      }
      const baseRef = str(base.ref) ?? defaultBranch ?? 'main';
      const headRepo = str(obj(head.repo).full_name);
      const baseRepo = str(obj(base.repo).full_name);
      const info: PullRequestInfo = {
        number,
        headSha,
        baseSha,
        baseRef,
        headRef: str(head.ref) ?? '',
        fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
        ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
      };
      trigger = {
        ...common,
        kind: 'pull-request',
        head: headSha,
        branch: info.headRef,
        onDefaultBranch: false,
        pullRequest: info,
        base: { kind: 'pull-request', baseSha, baseRef },
        ...(envRef ? { ref: envRef } : {}),
      };
      break;
    }
    case 'merge_group': {
      const mg = obj(payload.merge_group);
      const head = sha(mg.head_sha);
      const baseSha = sha(mg.base_sha);
      if (!head || !baseSha)
        throw new TriggerError(
          'event merge_group: the payload has no merge_group.head_sha/base_sha',
        );
      const target = refName(str(mg.base_ref), 'refs/heads/');
      trigger = {
        ...common,
        kind: 'merge-group',
        head,
        onDefaultBranch: false,
        base: { kind: 'merge-group', baseSha },
        ...(str(mg.head_ref) ? { ref: str(mg.head_ref) } : {}),
        ...(target ? { branch: target } : {}),
      };
      break;
    }
    case 'release': {
      const release = obj(payload.release);
      const tagName = str(release.tag_name) ?? refName(envRef, 'refs/tags/');
      if (!tagName) throw new TriggerError('event release: the payload has no release.tag_name');
      const action = str(payload.action) ?? 'published';
      trigger = {
        ...common,
        ...tagged(tagName, 'release', `release "${tagName}" is not named like a version (v1.2.3)`),
        head: headFromEnv(),
        ref: `refs/tags/${tagName}`,
        // edited/deleted/unpublished releases must not promote (again).
        deleted: !RELEASE_ACTIONS.includes(action),
      };
      break;
    }
    case 'workflow_dispatch':
    case 'schedule':
    case 'workflow_run': {
      const run = obj(payload.workflow_run);
      const head =
        eventName === 'workflow_run' ? (sha(run.head_sha) ?? headFromEnv()) : headFromEnv();
      const branch =
        eventName === 'workflow_run' ? str(run.head_branch) : refName(envRef, 'refs/heads/');
      const tagName = eventName === 'workflow_run' ? undefined : refName(envRef, 'refs/tags/');
      const inputs = obj(payload.inputs);
      const dispatchInputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(inputs)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          dispatchInputs[k] = String(v);
      }
      trigger = {
        ...common,
        kind:
          eventName === 'workflow_dispatch'
            ? 'dispatch'
            : eventName === 'schedule'
              ? 'schedule'
              : 'workflow-run',
        head,
        dispatchInputs,
        onDefaultBranch: branch !== undefined && branch === defaultBranch,
        base: { kind: 'overlay' },
        ...(envRef && eventName !== 'workflow_run' ? { ref: envRef } : {}),
        ...(branch ? { branch } : {}),
        ...(tagName ? { tagName, version: versionFromTagName(tagName) } : {}),
      };
      break;
    }
    default: {
      trigger = {
        ...common,
        kind: 'other',
        head: headFromEnv(),
        onDefaultBranch: false,
        base: {
          kind: 'unknown',
          reason: `event "${eventName}" has no rule for finding a base commit`,
        },
        ...(envRef ? { ref: envRef } : {}),
      };
    }
  }
  if (baseOverride) trigger.base = { kind: 'input', rev: baseOverride };
  return trigger;
}
