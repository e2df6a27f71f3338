/**
 * The two tag rules every registry backend applies, in one place: an existing tag is never
 * moved unless the caller says it may move (mutable tags, allow-tag-overwrite), and a tag that
 * no longer names what was written is reported as another writer's doing. TagRules is the base
 * both backends apply them (and name their requests) through.
 */
import { formatReference, type ImageReference } from '../reference.js';
import { RegistryError, type RequestContext } from './http.js';
import type { Descriptor, TagResult, WriteOptions } from './types.js';

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

/** What both backends share: the request context, the host check, the two tag rules. */
export abstract class TagRules {
  constructor(
    readonly options: { registry: string; allowOverwrite?: boolean },
    /** The fix a moved tag's error names: how this registry locks a tag. */
    private readonly movedFix: string,
  ) {}

  ctx(operation: string, repository: string, reference?: string): RequestContext {
    return {
      registry: this.options.registry,
      operation,
      repository,
      ...(reference !== undefined ? { reference } : {}),
    };
  }

  checkHost(ref: ImageReference): void {
    if (ref.domain !== this.options.registry) {
      throw new Error(
        `reference ${formatReference(ref)} does not belong to registry ${this.options.registry}`,
      );
    }
  }

  /**
   * The overwrite rule, the only place a backend applies it: the same digest is a no-op;
   * another digest is refused unless overwriting is allowed (mutable tags).
   */
  checkOverwrite(
    current: { digest: string } | undefined,
    next: Descriptor,
    repository: string,
    tag: string,
    options: WriteOptions,
  ): TagResult | undefined {
    const allow = options.allowOverwrite ?? this.options.allowOverwrite ?? false;
    const ctx = this.ctx('add tag', repository, tag);
    return overwriteRule(ctx, tag, current?.digest, next.digest, allow) === 'unchanged'
      ? { descriptor: next, changed: false }
      : undefined;
  }

  protected movedError(
    repository: string,
    tag: string,
    expected: string,
    actual: string | undefined,
  ): RegistryError {
    return movedTagError(
      this.ctx('verify tag', repository, tag),
      tag,
      expected,
      actual,
      this.movedFix,
    );
  }
}
