/**
 * The record read back from an overlay's git history: the commits that changed the file on
 * the first-parent line of a revision, newest first, each with its time, actor and record.
 * Two git calls: one `git log` (hash, committer time, author, message) and, only when values
 * are to be derived, one `git cat-file --batch` of the file at each commit.
 *
 * A commit without a record (made before records existed, or by hand) is listed with kind
 * `unknown`; with `derive`, its images' from → to come from the overlay's values at the
 * commit and at the version before it, read by the overlay reader (src/overlay/state.ts).
 * In a shallow clone the history is deepened (bounded, src/changes/history.ts) until
 * `limit` commits are found or the history is complete.
 *
 * Every git call goes through the Git wrapper (`git.run`); these are the record's only
 * git commands. A second read through the same Git of the same head, file and images (the
 * summary's picture after the records) takes the first's entries.
 */
import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { History } from '../changes/history.js';
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Git } from '../git.js';
import { silentLogger, type Logger } from '../log.js';
import { loadOverlayFormat, readOverlayText } from '../overlay/state.js';
import type { ImageValue, OverlayState } from '../overlay/types.js';
import { parseReference } from '../reference.js';
import { parseRecordDetailed } from './trailers.js';
import type { DeployRecord, HistoryKind, RecordEntry } from './types.js';
import { checkCommit, checkReference } from './values.js';

/** How many overlay commits are read at most. */
export const MAX_HISTORY = 300;

export interface HistoryImage {
  name: string;
  kind: HistoryKind;
  /** References for recorded images; the overlay's values (a tag, a reference) when derived. */
  from?: string;
  to?: string;
  digest?: string;
  source?: string;
  rolledBackFrom?: { ref: string; digest?: string };
}

export interface HistoryEntry {
  commit: string;
  time: Date;
  /** The record's actor, else the commit's author. Outside text. */
  actor: string;
  /** The commit's subject. Outside text. */
  subject: string;
  record?: DeployRecord;
  /** What the commit's trailers held that was left out, and why. */
  ignored: string[];
  /** Per image, what the commit changed: the record's images, or derived (`unknown`). */
  images: HistoryImage[];
}

export interface HistoryOptions {
  /** At most this many commits, newest first (default 50, at most MAX_HISTORY). */
  limit?: number;
  /** The revision whose first-parent history is read (default HEAD). */
  rev?: string;
  /**
   * Derive from → to for commits without a record from the overlay's values. `images`
   * default to the names a kustomization lists (other formats need the configured images).
   */
  derive?: { overlay: OverlayConfig; images?: readonly ImageConfig[] };
  /**
   * In a shallow clone, stop deepening as soon as the entries read so far (derived, when
   * `derive` is set) answer the caller's question, before `limit` commits are found.
   */
  enough?: (entries: readonly HistoryEntry[]) => boolean;
  /** false: read only the history the clone has (default true: deepen a shallow clone). */
  deepen?: boolean;
  logger?: Logger;
}

/** The path of `file` inside the repository `git` works in, `/`-separated. */
export async function repositoryPath(git: Git, file: string): Promise<string> {
  const top = await realpath(await git.topLevel());
  let real: string;
  try {
    real = await realpath(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? errorMessage(err);
    throw new Error(
      `cannot read the history of ${file}: the file cannot be opened (${code}) — check the overlay path`,
      { cause: err },
    );
  }
  const path = relative(top, real).split(sep).join('/');
  if (path.startsWith('../') || path === '..') {
    throw new Error(`cannot read the history of ${file}: it is not inside the repository ${top}`);
  }
  return path;
}

/**
 * The history of the overlay at `file` (an absolute path in `git`'s work tree), newest
 * first. Throws only when git cannot read the history at all (not a repository, no such
 * revision), with what to check.
 */
export async function readHistory(
  git: Git,
  file: string,
  options: HistoryOptions = {},
): Promise<HistoryEntry[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 50, MAX_HISTORY));
  const rev = options.rev ?? 'HEAD';
  const logger = options.logger ?? silentLogger;
  // One `git rev-parse` answers the top level, the head and whether the clone is shallow.
  const resolved = git.resolveCommitInWorkTree(rev);
  resolved.catch(() => undefined);
  const path = await repositoryPath(git, file);
  if (options.derive) await loadOverlayFormat(options.derive.overlay);
  const head = await resolved;
  if (!head) {
    throw new Error(`cannot read the history of ${path}: ${rev} is not a commit in ${git.cwd}`);
  }
  // A run reads one overlay's history twice (the records, then the summary's picture): the
  // second read of the same head, file and images takes the first's when it holds as many
  // commits, or the file's whole history.
  const key = [head, path, deriveKey(options.derive)].join('\0');
  const earlier = readsOf(git).get(key);
  if (
    earlier &&
    (earlier.whole ||
      earlier.entries.length >= limit ||
      // The log gave all the clone held, and the clone has not grown since.
      (earlier.exhausted && options.deepen === false && git.fetchCount === earlier.fetches))
  ) {
    return structuredClone(earlier.entries.slice(0, limit));
  }
  let entries: HistoryEntry[] = [];
  let whole = false;
  let exhausted = false;
  let fetches = git.fetchCount;
  const read = async (): Promise<true | undefined> => {
    fetches = git.fetchCount;
    const commits = await logCommits(git, head, path, limit);
    exhausted = commits.length < limit;
    entries = commits.map(toEntry);
    if (options.derive) await derive(git, path, entries, options.derive, logger);
    if (commits.length >= limit || options.enough?.(entries) || options.deepen === false) {
      return true;
    }
    whole = !(await git.isShallow());
    return whole ? true : undefined;
  };
  if (options.deepen === false) await read();
  else await new History(git, logger).deepenUntil([head], read);
  readsOf(git).set(key, { entries: structuredClone(entries), whole, exhausted, fetches });
  return entries;
}

/** Histories read through each Git, by head, path and derived images (see readHistory). */
const READS = new WeakMap<Git, Map<string, HistoryRead>>();

interface HistoryRead {
  entries: HistoryEntry[];
  /** The log reached the file's first commit in a clone that is not shallow. */
  whole: boolean;
  /** The log gave fewer commits than asked: all the clone held when `fetches` fetches had run. */
  exhausted: boolean;
  fetches: number;
}

function readsOf(git: Git): Map<string, HistoryRead> {
  let reads = READS.get(git);
  if (!reads) {
    reads = new Map<string, HistoryRead>();
    READS.set(git, reads);
  }
  return reads;
}

function deriveKey(d: HistoryOptions['derive']): string {
  if (!d) return '';
  return JSON.stringify([d.overlay, d.images ?? null]);
}

/** The records among `entries`, as the holds and the config-commit rule take them. */
export function recordEntries(entries: readonly HistoryEntry[]): RecordEntry[] {
  return entries.flatMap((e) =>
    e.record
      ? [
          {
            commit: e.commit,
            time: e.time,
            actor: e.actor,
            record: e.record,
            from: 'trailers' as const,
          },
        ]
      : [],
  );
}

interface LogCommit {
  sha: string;
  time: number;
  author: string;
  message: string;
}

async function logCommits(
  git: Git,
  head: string,
  path: string,
  limit: number,
): Promise<LogCommit[]> {
  const fields = (await git.firstParentMessages(head, path, limit)).split('\0');
  const out: LogCommit[] = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const sha = (fields[i] ?? '').trim();
    if (!checkCommit(sha).ok) continue;
    out.push({
      sha,
      time: Number(fields[i + 1]),
      author: fields[i + 2] ?? '',
      message: fields[i + 3] ?? '',
    });
  }
  return out;
}

function toEntry(c: LogCommit): HistoryEntry {
  const parsed = parseRecordDetailed(c.message);
  const record = parsed.record;
  return {
    commit: c.sha,
    time: new Date(c.time * 1000),
    actor: record?.actor ?? c.author,
    subject: c.message.split('\n', 1)[0] ?? '',
    ...(record ? { record } : {}),
    ignored: parsed.ignored,
    images: record
      ? record.images.map((i) => ({
          name: i.name,
          kind: i.kind,
          ...(i.from !== undefined ? { from: i.from } : {}),
          to: i.to,
          ...(i.digest !== undefined ? { digest: i.digest } : {}),
          ...(i.source !== undefined ? { source: i.source } : {}),
          ...(i.rolledBackFrom ? { rolledBackFrom: i.rolledBackFrom } : {}),
        }))
      : [],
  };
}

/** Fills in the images of entries without a record from the overlay's values. */
async function derive(
  git: Git,
  path: string,
  entries: HistoryEntry[],
  options: NonNullable<HistoryOptions['derive']>,
  logger: Logger,
): Promise<void> {
  const unrecorded = entries.map((e, i) => (e.record ? -1 : i)).filter((i) => i !== -1);
  if (unrecorded.length === 0) return;
  // The file at every listed commit, and before the oldest (its first parent).
  const last = entries[entries.length - 1];
  const specs = [
    ...entries.map((e) => `${e.commit}:${path}`),
    ...(last ? [`${last.commit}^1:${path}`] : []),
  ];
  const texts = await git.readBlobs(specs);
  const images = options.images ?? kustomizeNames(texts, options.overlay);
  const states = texts.map((text, i) => {
    if (text === undefined) return undefined;
    try {
      return readOverlayText(text, options.overlay, images);
    } catch (err) {
      logger.debug(`history: ${specs[i] ?? ''} does not parse: ${errorMessage(err)}`);
      return undefined;
    }
  });
  // In a shallow clone the oldest commit's parent may be cut off: what it changed is unknown
  // then, not a first deploy.
  const cutOff = texts[entries.length] === undefined && (await git.isShallow());
  for (const i of unrecorded) {
    if (cutOff && i === entries.length - 1) continue;
    const entry = entries[i] as HistoryEntry;
    entry.images = changes(states[i + 1], states[i], images);
  }
}

function changes(
  before: OverlayState | undefined,
  after: OverlayState | undefined,
  images: readonly ImageConfig[],
): HistoryImage[] {
  if (!after) return [];
  const out: HistoryImage[] = [];
  for (const image of images) {
    const to = after.images.get(image.name);
    if (!to?.found) continue;
    const from = before?.images.get(image.name);
    const fromText = from?.found ? valueText(from.value) : undefined;
    const toText = valueText(to.value);
    if (toText === undefined || fromText === toText) continue;
    out.push({
      name: image.name,
      kind: 'unknown',
      ...(fromText !== undefined ? { from: fromText } : {}),
      to: toText,
      ...(to.value.digest !== undefined ? { digest: to.value.digest } : {}),
    });
  }
  return out;
}

/** An overlay value as text: a full reference when it names a repository, else its tag. */
export function valueText(value: ImageValue): string | undefined {
  if (value.repository !== undefined) {
    const ref = checkReference(
      value.repository +
        (value.tag !== undefined ? `:${value.tag}` : '') +
        (value.digest !== undefined ? `@${value.digest}` : ''),
    );
    if (ref.ok) return ref.value;
  }
  return value.tag ?? value.digest;
}

/** Stand-in image configurations for reading a kustomization by image name only. */
function kustomizeNames(
  texts: readonly (Uint8Array | undefined)[],
  overlay: OverlayConfig,
): ImageConfig[] {
  const names = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    try {
      const state = readOverlayText(text, overlay, []);
      if (state.format === 'kustomize') for (const n of state.known) names.add(n);
    } catch {
      // A version that does not parse names nothing.
    }
  }
  return [...names].map(nameOnlyImage);
}

/**
 * A stand-in image configuration for reading a kustomization, which finds an image by its
 * name only (nothing else of it is used).
 */
export function nameOnlyImage(name: string): ImageConfig {
  return {
    name,
    repository: parseReference('localhost/image-promote-record'),
    context: '.',
    dockerfile: 'Dockerfile',
    paths: [],
    buildArgs: {},
    platforms: [],
    value: 'auto',
  };
}
