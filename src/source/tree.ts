/**
 * One commit's tree as git stores it: every entry of `git ls-tree -r` (files, symlinks,
 * submodule pointers), sorted by path. One git call, no history needed.
 *
 * A 20,000-file tree is read on every run, so the listing is kept as git printed it: one
 * string plus offsets into it. Paths are slices of that string; an entry's mode and id are
 * only cut out when asked for (`entries`, `record`).
 */
import { FULL_ID, type Git } from '../git.js';

export interface TreeEntry {
  /** `100644`, `100755`, `120000` (symlink), `160000` (submodule pointer). */
  mode: string;
  /** The blob (or, for a submodule, the commit) id. */
  oid: string;
  path: string;
}

export interface Tree {
  commit: string;
  /** Sorted as JavaScript compares strings (binary searches rely on it). */
  readonly paths: readonly string[];
  /** The entries, in the order of `paths` (built on first use). */
  readonly entries: readonly TreeEntry[];
  /** Entry `i` as source keys hash it: `<mode> SP <oid> TAB <path> NUL`. */
  record(i: number): string;
  /** Appends the records of `indices` to `out` (as pieces whose concatenation they are). */
  appendRecords(indices: readonly number[], out: string[]): void;
}

/**
 * A tree as its ls-tree listing: offsets of each record, in path order (`permute`). Paths
 * are slices of the listing; an entry's mode and id are cut out when asked for.
 */
class ListedTree implements Tree {
  readonly paths: string[] = [];
  /** Start of the record (its mode). */
  starts: number[] = [];
  /** The space after the mode. */
  modeEnds: number[] = [];
  /** Start of the object id. */
  oidStarts: number[] = [];
  /** The TAB before the path. */
  tabs: number[] = [];
  /** The NUL after the path (the text's length when the last one is missing). */
  ends: number[] = [];
  /** False when git's order is not JavaScript's (see treeFromListing). */
  sorted = true;
  private built: TreeEntry[] | undefined;

  constructor(
    readonly commit: string,
    readonly text: string,
  ) {}

  get entries(): readonly TreeEntry[] {
    this.built ??= this.paths.map((path, i) => ({
      mode: this.text.slice(this.starts[i], this.modeEnds[i]),
      oid: this.text.slice(this.oidStarts[i], this.tabs[i]),
      path,
    }));
    return this.built;
  }

  record(i: number): string {
    const out: string[] = [];
    this.appendRecords([i], out);
    return out.join('');
  }

  appendRecords(indices: readonly number[], out: string[]): void {
    const { text, starts, modeEnds, oidStarts, ends } = this;
    // `<mode> ` and `<oid> TAB <path> NUL` are both in the listing as printed.
    for (const i of indices) {
      const end = ends[i] as number;
      out.push(text.slice(starts[i], (modeEnds[i] as number) + 1));
      if (end < text.length) out.push(text.slice(oidStarts[i], end + 1));
      else out.push(text.slice(oidStarts[i], end), '\0');
    }
  }

  /** Reorders every column by `order` (indices into the current order). */
  permute(order: readonly number[]): void {
    const pick = <T>(column: readonly T[]): T[] => order.map((i) => column[i] as T);
    const paths = pick(this.paths);
    this.paths.length = 0;
    for (const p of paths) this.paths.push(p);
    this.starts = pick(this.starts);
    this.modeEnds = pick(this.modeEnds);
    this.oidStarts = pick(this.oidStarts);
    this.tabs = pick(this.tabs);
    this.ends = pick(this.ends);
  }
}

/** A tree from `git ls-tree -r -z --full-tree` output (sorted here when git's order differs). */
export function treeFromListing(commit: string, output: string): Tree {
  const listing = new ListedTree(commit, output);
  const { paths, starts, modeEnds, oidStarts, tabs, ends } = listing;
  let previous = '';
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf('\0', at);
    const stop = end === -1 ? output.length : end;
    const tab = output.indexOf('\t', at);
    if (tab === -1 || tab > stop)
      throw new Error(`unexpected git ls-tree output near "${output.slice(at, at + 80)}"`);
    const s1 = output.indexOf(' ', at);
    const s2 = output.indexOf(' ', s1 + 1);
    starts.push(at);
    modeEnds.push(s1);
    oidStarts.push(s2 + 1);
    tabs.push(tab);
    ends.push(stop);
    const path = output.slice(tab + 1, stop);
    if (path < previous) listing.sorted = false;
    paths.push(path);
    previous = path;
    at = stop + 1;
  }
  // git sorts bytes with trees as "name/"; that is JavaScript's order except for unusual
  // names (non-ASCII), so sort only when the scan saw a pair out of order.
  if (!listing.sorted) {
    const order = paths.map((_, j) => j);
    order.sort((a, b) => {
      const pa = paths[a] as string;
      const pb = paths[b] as string;
      return pa < pb ? -1 : pa > pb ? 1 : 0;
    });
    listing.permute(order);
  }
  return listing;
}

/** Listings already read or under way, per repository: a commit's tree never changes. */
const listings = new WeakMap<Git, Map<string, Promise<Tree>>>();

/**
 * The tree of `commit` (which must be present locally). With `peel`, git itself checks that
 * `commit` names a commit (it lists `<commit>^{commit}`), so no separate lookup is needed.
 * A listing is read once per Git instance (a failed one is tried again on the next call), so
 * a caller may start it early and the engine picks it up.
 */
export function readTree(
  git: Git,
  commit: string,
  options: { peel?: boolean } = {},
): Promise<Tree> {
  const peel = options.peel === true;
  // Only a full id always names the same tree (a branch or HEAD may move).
  if (!FULL_ID.test(commit)) return listTree(git, commit, peel);
  let known = listings.get(git);
  if (!known) listings.set(git, (known = new Map<string, Promise<Tree>>()));
  const key = `${peel ? '^' : ''}${commit}`;
  const cached = known.get(key);
  if (cached) return cached;
  const listed = listTree(git, commit, peel);
  known.set(key, listed);
  listed.catch(() => known.delete(key));
  return listed;
}

async function listTree(git: Git, commit: string, peel: boolean): Promise<Tree> {
  const listing = await git.lsTree(commit, { peel });
  if (peel) git.rememberCommit(commit);
  return treeFromListing(commit, listing);
}
