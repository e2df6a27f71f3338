/**
 * The read-modify-write rule of a tag that holds a changing document (the referrers tag's
 * index), shared by both backends' artifact writes: write only while the tag still names
 * what was read (TAG_CONFLICT otherwise), and report a tag that no longer names what was just
 * written when it is read back (TAG_MOVED). Both are races a caller answers by reading again.
 */
import { RegistryError, type RequestContext } from './http.js';

/** A tag write whose precondition (`expectCurrent`) no longer held: another writer was first. */
export const TAG_CONFLICT = 'TAG_CONFLICT';
/** A tag that no longer named what was just written when it was read back. */
export const TAG_MOVED = 'TAG_MOVED';

/**
 * The precondition: the tag must still name `expected` (`null`: must not exist) before it is
 * written; `undefined` checks nothing. Throws a retryable RegistryError (TAG_CONFLICT).
 */
export function checkExpected(
  ctx: RequestContext,
  tag: string,
  current: string | undefined,
  expected: string | null | undefined,
): void {
  if (expected === undefined || (current ?? null) === expected) return;
  throw new RegistryError(
    { ...ctx, code: TAG_CONFLICT, retryable: true },
    current === undefined
      ? `tag ${tag} was expected to name ${expected}, but it no longer exists`
      : `tag ${tag} was expected to ${expected === null ? 'not exist' : `name ${expected}`}, but it names ${current}`,
    'another process writes this tag at the same time; retry',
  );
}

/** The read-back found the tag naming `actual` instead of `written` (TAG_MOVED). */
export function tagMoved(
  ctx: RequestContext,
  tag: string,
  written: string,
  actual: string | undefined,
): RegistryError {
  return new RegistryError(
    { ...ctx, code: TAG_MOVED, retryable: true },
    actual === undefined
      ? `tag ${tag} no longer exists right after it was written (it should name ${written})`
      : `tag ${tag} names ${actual} right after ${written} was written: another writer moved it`,
    'another process writes this tag at the same time; retry',
  );
}

/** True for the two errors a read-modify-write of a tag answers by reading again. */
export function isTagRace(err: unknown): boolean {
  return (
    err instanceof RegistryError && (err.info.code === TAG_CONFLICT || err.info.code === TAG_MOVED)
  );
}
