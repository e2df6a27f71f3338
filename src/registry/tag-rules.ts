/**
 * The two tag rules every registry backend applies, in one place: an existing tag is never
 * moved unless the caller says it may move (mutable tags, allow-tag-overwrite), and a tag that
 * no longer names what was written is reported as another writer's doing.
 */
import { RegistryError, type RequestContext } from './http.js';

/**
 * Before writing `tag`: `unchanged` when it already names `next`, `write` when it is new or
 * may move; throws when it names another digest and must not move.
 */
export function overwriteRule(
  ctx: RequestContext,
  tag: string,
  current: string | undefined,
  next: string,
  allowOverwrite: boolean,
): 'write' | 'unchanged' {
  if (current === undefined) return 'write';
  if (current === next) return 'unchanged';
  if (allowOverwrite) return 'write';
  throw new RegistryError(
    { ...ctx, operation: 'add tag' },
    `tag ${tag} already points to ${current}; refusing to move it to ${next} (tags are treated as immutable)`,
    'choose a new tag, or allow overwriting tags explicitly if moving it is intended',
  );
}

/** A tag read back after a write (or at the end of a run) that no longer names `expected`. */
export function movedTagError(
  ctx: RequestContext,
  tag: string,
  expected: string,
  actual: string | undefined,
  fix: string,
): RegistryError {
  return new RegistryError(
    { ...ctx, operation: 'verify tag' },
    actual === undefined
      ? `tag ${tag} no longer exists (it should name ${expected}): another writer deleted it`
      : `tag ${tag} now points to ${actual}, not ${expected}: another writer moved it`,
    fix,
  );
}
