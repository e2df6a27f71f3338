/**
 * What both registry backends (oci.ts, ecr.ts) share: how a request is named, the host check,
 * the walk from a manifest to its image's config, and the two tag rules every backend applies,
 * in one place: an existing tag is never moved unless the caller says it may move (mutable
 * tags, allow-tag-overwrite), and a tag that no longer names what was written is reported as
 * another writer's doing.
 */
import { formatReference, type ImageReference } from '../reference.js';
import { RegistryError, type RequestContext } from './http.js';
import {
  ManifestError,
  parseImageConfig,
  pickImageChild,
  type ImageConfigInfo,
  type ParsedManifest,
} from './manifest.js';
import type { Descriptor, TagResult, WriteOptions } from './types.js';

/** What both backends share: the request context, the host check, the two tag rules. */
export abstract class Backend {
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
    if (current === undefined) return undefined;
    if (current.digest === next.digest) return { descriptor: next, changed: false };
    if (options.allowOverwrite ?? this.options.allowOverwrite ?? false) return undefined;
    throw new RegistryError(
      this.ctx('add tag', repository, tag),
      `tag ${tag} already points to ${current.digest}; refusing to move it to ${next.digest} (tags are treated as immutable)`,
      'choose a new tag, or allow overwriting tags explicitly if moving it is intended',
    );
  }

  /** A tag read back after a write (or at the end of a run) that no longer names `expected`. */
  protected movedError(
    repository: string,
    tag: string,
    expected: string,
    actual: string | undefined,
  ): RegistryError {
    return new RegistryError(
      this.ctx('verify tag', repository, tag),
      actual === undefined
        ? `tag ${tag} no longer exists (it should name ${expected}): another writer deleted it`
        : `tag ${tag} now points to ${actual}, not ${expected}: another writer moved it`,
      this.movedFix,
    );
  }

  /**
   * The config of `top`, or of the index's linux/amd64 (or first) image: `read` reads a
   * manifest by digest (`readOp` names that request), `readBlob` the config blob.
   */
  protected async configOf<M extends { digest: string; parsed: ParsedManifest }>(
    repository: string,
    top: M,
    read: (digest: string) => Promise<M | undefined>,
    readOp: string,
    readBlob: (digest: string) => Promise<Buffer>,
  ): Promise<ImageConfigInfo> {
    let image = top;
    // An index of indexes is legal; two levels is as deep as real images go.
    for (let depth = 0; image.parsed.kind === 'index' && depth < 2; depth++) {
      const child = pickImageChild(image.parsed.children);
      const ctx = this.ctx('read image config', repository, image.digest);
      if (!child) throw new RegistryError(ctx, 'the index lists no image');
      const next = await read(child.digest);
      if (!next) {
        throw new RegistryError(
          this.ctx(readOp, repository, child.digest),
          'a manifest the index lists is missing from the repository',
          'the index is incomplete; rebuild and push it',
        );
      }
      image = next;
    }
    const ctx = this.ctx('read image config', repository, image.digest);
    if (image.parsed.kind !== 'image' || !image.parsed.config) {
      throw new RegistryError(ctx, 'the image manifest names no config');
    }
    const bytes = await readBlob(image.parsed.config.digest);
    try {
      return parseImageConfig(bytes);
    } catch (err) {
      if (err instanceof ManifestError) throw new RegistryError(ctx, err.message);
      throw err;
    }
  }
}
