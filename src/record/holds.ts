/**
 * Holds: a rollback (or an explicit redeploy) sticks. After one moved image X away from what
 * the commit's source S for X had deployed, automatic runs keep X where it is while the
 * source of X at the commit being deployed is still S. A new source for X releases the
 * hold (someone changed X's code), so does a run that names a tag for X (`tag:`), and so
 * does a change of X's overlay value that is not the rollback's (someone moved it since).
 * Other images are not affected.
 *
 * S is the `source` of X in the rollback's record: X's source key at the commit that was
 * deployed when the rollback ran (the code that was current, and judged bad). Pure.
 */
import type { ImageValue } from '../overlay/types.js';
import { tryParseReference } from '../reference.js';
import type { RecordEntry, RecordImage } from './types.js';
import { checkReference } from './values.js';
import { formatTime, shortRef, shortSha } from './text.js';

export interface HoldQuery {
  image: string;
  /** X's source key at the commit being deployed (undefined: it could not be computed). */
  headSource?: string;
  /** What the environment's overlay holds for X now (undefined: it names no value). */
  running?: ImageValue;
  /** The run names a tag for X: `tag:` (for every image or for X), or `previous`. */
  explicit: boolean;
}

/** The record that holds an image: when, by whom, from what to what. */
export interface HoldOrigin {
  entry: RecordEntry;
  image: RecordImage;
  /** The source the hold is against (the record's source of X). */
  source: string;
}

export type HoldVerdict =
  | {
      held: true;
      image: string;
      origin: HoldOrigin;
      /**
       * For the summary: "held: rolled back from sha-… by <actor> at <time>; a change to X's
       * code or an explicit tag releases it". Holds outside text (the actor): escape it.
       */
      reason: string;
    }
  | {
      held: false;
      image: string;
      /** Set when a hold existed and this run ends it. */
      released?: {
        origin: HoldOrigin;
        why: 'explicit-tag' | 'new-source' | 'moved';
        reason: string;
      };
    };

/**
 * Per query, whether the image is held. `entries` are the environment's records, newest
 * first (the newest deployment's record and/or the overlay's history).
 */
export function holds(
  entries: readonly RecordEntry[],
  queries: readonly HoldQuery[],
): Map<string, HoldVerdict> {
  return new Map(queries.map((q) => [q.image, holdOf(entries, q)]));
}

export function holdOf(entries: readonly RecordEntry[], query: HoldQuery): HoldVerdict {
  const { image } = query;
  const origin = findOrigin(entries, image);
  if (!origin) return { held: false, image };
  const release = (why: 'explicit-tag' | 'new-source' | 'moved', reason: string): HoldVerdict => ({
    held: false,
    image,
    released: { origin, why, reason },
  });
  const what = describeOrigin(origin);
  if (query.explicit) {
    return release('explicit-tag', `released: this run names a tag for ${image} (${what})`);
  }
  if (query.running === undefined || !sameValue(origin.image, query.running)) {
    return release(
      'moved',
      `released: the overlay no longer holds ${shortRef(origin.image.to)} for ${image}, which ${what} left it at`,
    );
  }
  if (query.headSource !== undefined && query.headSource !== origin.source) {
    return release(
      'new-source',
      `released: ${image}'s code changed (source ${origin.source.slice(0, 16)} → ${query.headSource.slice(0, 16)}) since it was ${what}`,
    );
  }
  return {
    held: true,
    image,
    origin,
    reason: `held: ${what}; a change to ${image}'s code or an explicit tag releases it`,
  };
}

/**
 * The newest rollback or redeploy of `image` that nothing has ended yet: records that keep
 * the image's value with the same source (a `reuse` recorded while it was held) are passed
 * over; any other record of the image ends the search.
 */
function findOrigin(entries: readonly RecordEntry[], image: string): HoldOrigin | undefined {
  const sources = new Set<string>();
  for (const entry of entries) {
    const img = entry.record.images.find((i) => i.name === image);
    if (!img) continue;
    if (img.kind === 'reuse' && (img.from === undefined || sameRef(img.from, img.to))) {
      if (img.source !== undefined) sources.add(img.source);
      continue;
    }
    if (img.kind !== 'rollback' && img.kind !== 'redeploy') return undefined;
    if (img.source === undefined) return undefined;
    // A reuse with another source in between: the code changed meanwhile, which released it.
    if ([...sources].some((s) => s !== img.source)) return undefined;
    return { entry, image: img, source: img.source };
  }
  return undefined;
}

/** "rolled back from sha-… by <actor> at <time>" (or "redeployed away from …"). */
export function describeOrigin(origin: HoldOrigin): string {
  const { image, entry } = origin;
  const away = image.rolledBackFrom?.ref ?? image.from;
  const verb = image.kind === 'rollback' ? 'rolled back from' : 'redeployed away from';
  const what = away === undefined ? `${verb} its previous value` : `${verb} ${shortRef(away)}`;
  const by = entry.actor ?? entry.record.actor;
  return `${what}${by ? ` by ${by}` : ''} at ${formatTime(entry.time)} (${shortSha(entry.commit)})`;
}

/** Whether the overlay's value is the one a record left the image at. */
export function sameValue(image: RecordImage, running: ImageValue): boolean {
  const parsed = tryParseReference(image.to);
  if (!parsed.ok) return false;
  const { tag, digest, name } = parsed.ref;
  if (running.repository !== undefined) {
    const repo = checkReference(running.repository);
    if (!repo.ok || repo.value !== name) return false;
  }
  if ((running.tag ?? undefined) !== tag) return false;
  const recorded = digest ?? image.digest;
  if (tag === undefined) return running.digest !== undefined && running.digest === recorded;
  return running.digest === undefined || recorded === undefined || running.digest === recorded;
}

function sameRef(a: string, b: string): boolean {
  const x = checkReference(a);
  const y = checkReference(b);
  return x.ok && y.ok && x.value === y.value;
}
