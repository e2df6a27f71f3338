/**
 * One commit's tree as git stores it: every entry of `git ls-tree -r` (files, symlinks,
 * submodule pointers), sorted by path. One git call, no history needed.
 */
import type { Git } from '../git.js';

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
  entries: readonly TreeEntry[];
  /** The same paths, for range searches. */
  paths: readonly string[];
}

/** Parses `git ls-tree -r -z --full-tree` output: `<mode> SP <type> SP <oid> TAB <path> NUL`. */
export function parseLsTree(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf('\0', at);
    const stop = end === -1 ? output.length : end;
    const tab = output.indexOf('\t', at);
    if (tab === -1 || tab > stop)
      throw new Error(`unexpected git ls-tree output near "${output.slice(at, at + 80)}"`);
    const s1 = output.indexOf(' ', at);
    const s2 = output.indexOf(' ', s1 + 1);
    entries.push({
      mode: output.slice(at, s1),
      oid: output.slice(s2 + 1, tab),
      path: output.slice(tab + 1, stop),
    });
    at = stop + 1;
  }
  return entries;
}

function byPath(a: TreeEntry, b: TreeEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The tree of `commit` (which must be present locally). */
export async function readTree(git: Git, commit: string): Promise<Tree> {
  const r = await git.run([
    '-c',
    'core.quotepath=off',
    'ls-tree',
    '-r',
    '-z',
    '--full-tree',
    commit,
  ]);
  const entries = parseLsTree(r.stdout);
  // git sorts bytes with trees as "name/"; that is JavaScript's order except for unusual
  // names (non-ASCII), so check once and sort only when needed.
  for (let i = 1; i < entries.length; i++) {
    if (byPath(entries[i - 1] as TreeEntry, entries[i] as TreeEntry) > 0) {
      entries.sort(byPath);
      break;
    }
  }
  return { commit, entries, paths: entries.map((e) => e.path) };
}
