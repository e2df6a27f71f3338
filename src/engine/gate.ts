/**
 * The release gate: a tagged commit is released only when it is on the default branch.
 * Checked with the least history needed, and without ever making the checkout shallower:
 * fetching the branch with --depth (or deepening from a shallow tip) rewrites the
 * checkout's shallow boundary and can cut off history an earlier step fetched. So anything
 * beyond a local answer runs in a scratch repository that borrows the checkout's objects
 * (alternates) and configuration (include.path) and is thrown away afterwards.
 */
import { mkdtemp, rm, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { DEEPEN_STEPS, History } from '../changes/history.js';
import { errorMessage } from '../errors.js';
import { Git, type FetchOptions } from '../git.js';
import type { EngineDeps } from './context.js';

export type GateResult = { ok: true } | { ok: false; reason: string };

export async function releaseGate(deps: EngineDeps): Promise<GateResult> {
  const { git, trigger, logger } = deps;
  const head = trigger.head;
  const branch = trigger.defaultBranch ?? 'main';
  const what = trigger.tagName ?? head.slice(0, 7);
  const refuse = (detail: string): GateResult => ({
    ok: false,
    reason: `${what} points at ${head.slice(0, 7)}, which ${detail}; refusing to release a commit that is not on the default branch "${branch}"`,
  });
  const history = new History(git, logger);
  const remote = await history.remote();
  if (!remote) {
    const tip = await git.resolveCommit(branch);
    if (!tip)
      return refuse(`cannot be checked: there is no remote and no local branch "${branch}"`);
    return (await git.isAncestor(head, tip)) ? { ok: true } : refuse('is not on it');
  }
  const tip = await history.remoteTip(branch);
  if (!tip) return refuse(`cannot be checked: ${remote} has no branch "${branch}"`);
  if (tip === head) return { ok: true };
  if (await git.hasCommit(tip)) {
    if (await git.isAncestor(head, tip)) return { ok: true };
    if (!(await git.isShallow())) return refuse('is not on it');
  }
  try {
    return (await scratchAncestry(git, remote, branch, head))
      ? { ok: true }
      : refuse('is not on it');
  } catch (err) {
    return refuse(`cannot be checked (${errorMessage(err)})`);
  }
}

/** Whether `head` is on `branch`, fetching the branch's history into a scratch repository. */
async function scratchAncestry(
  git: Git,
  remote: string,
  branch: string,
  head: string,
): Promise<boolean> {
  const gitDir = await git.commonDir();
  const dir = await mkdtemp(join(tmpdir(), 'image-promote-gate-'));
  try {
    const scratch = new Git(dir);
    await scratch.initBare();
    await mkdir(join(dir, 'objects', 'info'), { recursive: true });
    await writeFile(join(dir, 'objects', 'info', 'alternates'), `${join(gitDir, 'objects')}\n`);
    await copyFile(join(gitDir, 'shallow'), join(dir, 'shallow')).catch(() => undefined);
    // The checkout's remotes and credentials (actions/checkout's extraheader) apply here too.
    await scratch.configSet('include.path', join(gitDir, 'config'));
    await scratch.configSet('core.bare', 'true');
    const ref = 'refs/image-promote/gate';
    // By URL (a relative path would be read from the scratch directory); the included
    // configuration still supplies credentials for it.
    let url = (await git.remoteUrl(remote)) ?? remote;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]+@[^/]+:/.test(url) && !isAbsolute(url)) {
      url = resolve(git.cwd, url);
    }
    const fetch = (depth: FetchOptions) =>
      scratch.fetchBranch(url, branch, { ...depth, into: ref, quiet: true });
    const count = (): Promise<number> => scratch.countCommits(ref);
    let fetched = await fetch({ depth: 1 });
    if (fetched.exitCode !== 0) throw new Error(`cannot fetch ${branch}: ${fetched.stderr.trim()}`);
    let seen = await count();
    for (const step of [0, ...DEEPEN_STEPS]) {
      if (step > 0) {
        fetched = await fetch({ deepen: step });
        if (fetched.exitCode !== 0) throw new Error(`cannot deepen: ${fetched.stderr.trim()}`);
        const now = await count();
        // Nothing new: the branch's whole history is here.
        if (now === seen) return await scratch.isAncestor(head, ref);
        seen = now;
      }
      if (await scratch.isAncestor(head, ref)) return true;
    }
    return false;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
