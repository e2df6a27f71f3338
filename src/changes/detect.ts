/**
 * Which files changed between the base and the head of this run. Git first (deepening a
 * shallow clone only as far as needed), the GitHub API when git cannot answer. A list
 * that may be incomplete is reported as such, and the plan then builds.
 */
import { EMPTY_TREE, FULL_ID, type Git } from '../git.js';
import type { Logger } from '../log.js';
import type { Trigger } from '../event/trigger.js';
import { History } from './history.js';

export type BaseRule =
  | 'input'
  | 'push'
  | 'force-push'
  | 'new-branch'
  | 'first-commit'
  | 'pull-request'
  | 'merge-group'
  | 'previous-tag'
  | 'first-release'
  | 'overlay'
  | 'unknown';

export interface ChangeSet {
  head: string;
  /** The resolved base commit (absent when none could be found). */
  base?: string;
  baseRule: BaseRule;
  /** Changed paths; renames contribute both sides, deletions and submodule pointers count. */
  files: string[];
  /** False when the list may miss files: the plan must build. */
  complete: boolean;
  /** Why the list is incomplete, or how it was obtained. */
  note?: string;
  source: 'git' | 'api' | 'none';
}

/** The API fallback, injected so that it loads (and is tested) separately. */
export interface ApiChangeSource {
  /** Files of a pull request (GitHub caps this list at 3000). */
  pullRequestFiles(number: number): Promise<{ files: string[]; complete: boolean; note?: string }>;
  /** Files between two commits (three-dot; GitHub caps the list at 300). */
  compareFiles(
    base: string,
    head: string,
  ): Promise<{ files: string[]; complete: boolean; note?: string }>;
}

export interface DetectOptions {
  git: Git;
  logger: Logger;
  api?: ApiChangeSource;
  /** Awaited before git fetches or asks the remote anything, and before the API is asked. */
  ready?: Promise<unknown>;
}

interface ResolvedBase {
  base?: string;
  rule: BaseRule;
  /** Set when no trustworthy base exists. */
  problem?: string;
  /**
   * The base commit was not looked up: the diff is its presence check, and only when the diff
   * fails is it made present (fetched) and the diff run again (one git call, usually). The
   * problem to report when it cannot be.
   */
  unchecked?: { problem: string };
}

async function resolveBase(
  trigger: Trigger,
  opts: DetectOptions,
  history: History,
): Promise<ResolvedBase> {
  const { git } = opts;
  const head = trigger.head;
  const strategy = trigger.base;
  const defaultBranch = trigger.defaultBranch;

  const mergeBaseWith = async (
    otherRefs: string[],
    other: string,
    rule: BaseRule,
  ): Promise<ResolvedBase> => {
    const mb = await history.deepenUntil([...otherRefs, head], () => git.mergeBase(other, head));
    if (mb) return { base: mb, rule };
    return {
      rule,
      problem: `no common ancestor of ${short(other)} and ${short(head)} within the fetched history`,
    };
  };

  switch (strategy.kind) {
    case 'input': {
      let sha = await git.resolveCommit(strategy.rev);
      if (!sha && /^[0-9a-f]{40}$/.test(strategy.rev) && (await history.ensureCommit(strategy.rev)))
        sha = strategy.rev;
      if (!sha) {
        const remote = await history.remote();
        if (remote) sha = await history.ensureBranch(strategy.rev);
      }
      return sha
        ? { base: sha, rule: 'input' }
        : { rule: 'input', problem: `base "${strategy.rev}" is not a commit in this repository` };
    }
    case 'push': {
      const before = strategy.before;
      const missing = `the previous tip ${short(before)} cannot be fetched (deleted or rewritten history)`;
      // GitHub says whether the push was forced: when not, the base is `before` itself, and
      // the diff says whether it is here.
      if (strategy.forced === false && FULL_ID.test(before))
        return { base: before, rule: 'push', unchecked: { problem: missing } };
      if (!(await history.ensureCommit(before))) return { rule: 'push', problem: missing };
      if (strategy.forced === false) return { base: before, rule: 'push' };
      // Without that, check ancestry ourselves.
      const ancestor = await history.deepenUntil([head], async () =>
        (await git.isAncestor(before, head)) ? true : (await git.isShallow()) ? undefined : false,
      );
      if (ancestor === true) return { base: before, rule: 'push' };
      // Force push: diff from where the old and new tips diverged, so every rewritten
      // commit counts (not just the delta between the two tips).
      const mb = await history.deepenUntil([before, head], () => git.mergeBase(before, head));
      if (mb) return { base: mb, rule: 'force-push' };
      return {
        rule: 'force-push',
        problem: `force push: ${short(before)} and ${short(head)} share no history that could be fetched`,
      };
    }
    case 'new-branch': {
      const branch = defaultBranch ?? (await originHeadBranch(git));
      if (!branch)
        return { rule: 'new-branch', problem: 'new branch, but the default branch is unknown' };
      if (trigger.branch === branch) {
        // The first push of the default branch itself: everything is new.
        const parent = await git.resolveCommit(`${head}^`);
        return parent
          ? { base: parent, rule: 'new-branch' }
          : { base: EMPTY_TREE, rule: 'first-commit' };
      }
      const tip = await history.ensureBranch(branch);
      if (!tip)
        return { rule: 'new-branch', problem: `the default branch "${branch}" cannot be fetched` };
      const remote = await history.remote();
      const refspec = remote ? [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`] : [];
      return mergeBaseWith(refspec, tip, 'new-branch');
    }
    case 'pull-request':
    case 'merge-group': {
      const { kind, baseSha } = strategy;
      if (!(await history.ensureCommit(baseSha))) {
        const what = kind === 'pull-request' ? 'the PR base' : 'the merge group base';
        return { rule: kind, problem: `${what} ${short(baseSha)} cannot be fetched` };
      }
      if (kind === 'merge-group') return { base: baseSha, rule: kind };
      return mergeBaseWith([baseSha], baseSha, kind);
    }
    case 'previous-tag':
      return previousTag(git, history, head, strategy.tagName);
    case 'overlay':
      // Dispatch and schedule: the engine compares each image with the commit it runs; when
      // that is unknown there is no event rule to fall back on.
      return {
        rule: 'overlay',
        problem:
          'the overlay names no image whose commit is known, and this event has no base of its own (set the "base" input)',
      };
    case 'unknown':
      return { rule: 'unknown', problem: strategy.reason };
  }
}

/** The newest version tag before `tagName` that is an ancestor of head. */
async function previousTag(
  git: Git,
  history: History,
  head: string,
  tagName: string,
): Promise<ResolvedBase> {
  await history.fetchTags();
  const describe = async (): Promise<string | undefined> => {
    const tag = await git.describeTag(`${head}^`, {
      match: ['v[0-9]*', '[0-9]*'],
      exclude: tagName,
    });
    if (tag !== undefined) return tag;
    return (await git.isShallow()) ? undefined : '';
  };
  const parent = await git.resolveCommit(`${head}^`);
  if (!parent && !(await git.isShallow())) return { base: EMPTY_TREE, rule: 'first-release' };
  const found = await history.deepenUntil([head], describe);
  if (found === undefined)
    return {
      rule: 'previous-tag',
      problem: `no earlier release tag found within the fetched history of ${tagName}`,
    };
  if (found === '') return { base: EMPTY_TREE, rule: 'first-release' };
  const sha = await git.resolveCommit(found);
  return sha
    ? { base: sha, rule: 'previous-tag' }
    : { rule: 'previous-tag', problem: `tag ${found} does not resolve` };
}

async function originHeadBranch(git: Git): Promise<string | undefined> {
  const ref = await git.symbolicRef('refs/remotes/origin/HEAD');
  const prefix = 'refs/remotes/origin/';
  return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}

/** Detects the changes of this run. Never throws for missing history: it reports it. */
export async function detectChanges(trigger: Trigger, opts: DetectOptions): Promise<ChangeSet> {
  const { git, logger } = opts;
  const history = new History(git, logger, opts.ready);
  const head = trigger.head;
  const gitUsable = await git.isRepository();

  if (gitUsable && (await history.ensureCommit(head))) {
    let resolved = await resolveBase(trigger, opts, history);
    let files: string[] | undefined;
    if (resolved.base !== undefined && resolved.unchecked) {
      const base = resolved.base;
      files = await git.changedFiles(`${base}^{commit}`, head).catch(() => undefined);
      if (!files && !(await history.ensureCommit(base)))
        resolved = { rule: resolved.rule, problem: resolved.unchecked.problem };
    }
    if (resolved.base !== undefined) {
      files ??= await git.changedFiles(resolved.base, head);
      return {
        head,
        base: resolved.base,
        baseRule: resolved.rule,
        files,
        complete: true,
        source: 'git',
      };
    }
    return viaApiOrNone(trigger, opts, resolved.rule, resolved.problem);
  }
  const reason = gitUsable
    ? `the head commit ${short(head)} is not in the checkout and cannot be fetched`
    : 'there is no git checkout';
  // Every kind of base is named after the rule it follows.
  return viaApiOrNone(trigger, opts, trigger.base.kind, reason);
}

/** The API's answer, or an incomplete empty list that says why git could not answer. */
async function viaApiOrNone(
  trigger: Trigger,
  opts: DetectOptions,
  rule: BaseRule,
  problem: string | undefined,
): Promise<ChangeSet> {
  return (
    (await fromApi(trigger, opts, { rule, problem })) ?? {
      head: trigger.head,
      baseRule: rule,
      files: [],
      complete: false,
      note: problem ?? 'no base commit',
      source: 'none',
    }
  );
}

/** The GitHub API answers for pull requests and for pushes with a known base. */
async function fromApi(
  trigger: Trigger,
  opts: DetectOptions,
  resolved: ResolvedBase,
): Promise<ChangeSet | undefined> {
  const api = opts.api;
  if (!api) return undefined;
  const head = trigger.head;
  await opts.ready;
  try {
    if (trigger.pullRequest) {
      const r = await api.pullRequestFiles(trigger.pullRequest.number);
      return {
        head,
        base: trigger.pullRequest.baseSha,
        baseRule: 'pull-request',
        files: r.files,
        complete: r.complete,
        note:
          r.note ??
          `git could not answer (${resolved.problem ?? 'unknown'}); used the pull request files API`,
        source: 'api',
      };
    }
    const base =
      trigger.base.kind === 'push' || trigger.base.kind === 'merge-group'
        ? trigger.base.kind === 'push'
          ? trigger.base.before
          : trigger.base.baseSha
        : trigger.base.kind === 'input' && /^[0-9a-f]{40}$/.test(trigger.base.rev)
          ? trigger.base.rev
          : undefined;
    if (!base) return undefined;
    const r = await api.compareFiles(base, head);
    return {
      head,
      base,
      baseRule: resolved.rule,
      files: r.files,
      complete: r.complete,
      note:
        r.note ?? `git could not answer (${resolved.problem ?? 'unknown'}); used the compare API`,
      source: 'api',
    };
  } catch (err) {
    opts.logger.warning(
      `GitHub API fallback failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    return undefined;
  }
}
