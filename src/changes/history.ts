/**
 * Making just enough history present in a shallow checkout (actions/checkout clones
 * with depth 1): fetch exact SHAs, then deepen in growing steps, bounded.
 */
import { errorMessage } from '../errors.js';
import { isBranchName, isTagName, type Git, type RemoteRef } from '../git.js';
import type { Logger } from '../log.js';

/** Deepen steps (commits added per step); the sum is the bound. */
export const DEEPEN_STEPS = [32, 128, 512, 2048, 8192] as const;

export class History {
  private remoteName: string | null | undefined;

  constructor(
    private readonly git: Git,
    private readonly logger: Logger,
    /** Awaited before anything is fetched or listed from the remote (local reads need not). */
    private readonly ready: Promise<unknown> = Promise.resolve(),
  ) {}

  /** The remote to fetch from (`origin` when present), or null when there is none. */
  async remote(): Promise<string | null> {
    if (this.remoteName === undefined) {
      const remotes = await this.git.remotes();
      this.remoteName = remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
    }
    return this.remoteName;
  }

  /**
   * Makes `sha` present locally; true when it is. Only a missing commit is fetched, by SHA,
   * and `--depth=1` only in a clone that is shallow already (a depth in a full clone would
   * make it shallow).
   */
  async ensureCommit(sha: string): Promise<boolean> {
    if (await this.git.hasCommit(sha)) return true;
    const remote = await this.remote();
    if (!remote || !/^[0-9a-f]{40}$/.test(sha)) return false;
    await this.ready;
    return this.git.exclusive(async () => {
      if (await this.git.hasCommit(sha)) return true;
      this.logger.debug(`fetching ${sha} from ${remote}`);
      const depth = (await this.git.isShallow()) ? { depth: 1 } : {};
      const r = await this.git.fetchCommits(remote, [sha], depth);
      if (r.exitCode !== 0) this.logger.debug(`fetch of ${sha} failed: ${r.stderr.trim()}`);
      return this.git.hasCommit(sha);
    });
  }

  /**
   * Makes `refs/remotes/<remote>/<branch>` present; returns its SHA. The tip is learned with
   * ls-remote; a tip the clone has already only gets the ref (fetching it with --depth would
   * cut off history an earlier step deepened), a missing one is fetched like ensureCommit.
   */
  async ensureBranch(branch: string): Promise<string | undefined> {
    const remote = await this.remote();
    if (!remote) return this.git.resolveCommit(branch);
    // A name git would not accept as a branch (or would read as an option) is no branch.
    if (!isBranchName(branch)) return undefined;
    const ref = `refs/remotes/${remote}/${branch}`;
    const local = await this.git.resolveCommit(ref);
    if (local) return local;
    const tip = await this.remoteTip(branch);
    if (!tip || !(await this.ensureCommit(tip))) return undefined;
    await this.git.updateRef(ref, tip);
    return tip;
  }

  /** The commit `refs/heads/<branch>` names on the remote now (ls-remote), or undefined. */
  async remoteTip(branch: string): Promise<string | undefined> {
    const remote = await this.remote();
    if (!remote || !isBranchName(branch)) return undefined;
    await this.ready;
    try {
      const [tip] = await this.git.lsRemote(remote, [`refs/heads/${branch}`]);
      if (tip === undefined) this.logger.debug(`branch ${branch} is not on ${remote}`);
      return tip?.sha;
    } catch (err) {
      this.logger.debug(`cannot list branch ${branch} of ${remote}: ${errorMessage(err)}`);
      return undefined;
    }
  }

  /**
   * The commit of the tag `name`, made present. The tag's commit is learned with ls-remote
   * and fetched by SHA only when missing: fetching a tag with --depth into a clone that has
   * its commit already would cut that commit's history off again.
   */
  async ensureTag(name: string): Promise<string | undefined> {
    // A tag name from an event payload: only a name git accepts reaches git.
    if (!isTagName(name)) return undefined;
    const local = await this.git.resolveCommit(`refs/tags/${name}`);
    if (local) return local;
    const remote = await this.remote();
    if (!remote) return undefined;
    await this.ready;
    let listed: RemoteRef[];
    try {
      listed = await this.git.lsRemote(remote, [`refs/tags/${name}`], { peel: true });
    } catch (err) {
      this.logger.debug(`cannot list tag ${name} of ${remote}: ${errorMessage(err)}`);
      return undefined;
    }
    // An annotated tag lists the tag object and, with ^{}, the commit it points to.
    const sha = (listed.find((r) => r.ref.endsWith('^{}')) ?? listed[0])?.sha;
    if (sha === undefined) return undefined;
    return (await this.ensureCommit(sha)) ? sha : undefined;
  }

  /**
   * Fetches the remote's tags. Tags are not part of a depth-1 checkout; they come as shallow
   * tips only when the clone is shallow already (--depth would turn a full clone into a
   * shallow one).
   */
  async fetchTags(): Promise<void> {
    const remote = await this.remote();
    if (!remote) return;
    await this.ready;
    await this.git.exclusive(async () => {
      const depth = (await this.git.isShallow()) ? { depth: 1 } : {};
      await this.git.fetchTags(remote, depth);
    });
  }

  /**
   * Calls `found()` after each deepening step until it returns a value, the history is
   * complete, or the bound is reached. `refs` are what to deepen (SHAs or refspecs).
   */
  async deepenUntil<T>(
    refs: string[],
    found: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const first = await found();
    if (first !== undefined) return first;
    const remote = await this.remote();
    if (!remote) return undefined;
    await this.ready;
    for (const step of DEEPEN_STEPS) {
      // Complete (perhaps deepened by another lookup meanwhile): one last look.
      if (!(await this.git.isShallow())) return found();
      this.logger.info(`deepening the shallow clone by ${step} commits to find the base`);
      const r = await this.git.exclusive(() => this.git.deepen(remote, step, refs));
      if (r.exitCode !== 0) {
        this.logger.debug(`deepen failed: ${r.stderr.trim()}`);
        return undefined;
      }
      const value = await found();
      if (value !== undefined) return value;
    }
    return undefined;
  }
}
