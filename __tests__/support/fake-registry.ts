/**
 * An in-memory Registry/RegistryProvider for unit tests: repositories of tags pointing at
 * descriptors, with the same overwrite rule as the real backends and a log of every call.
 */
import { createHash } from 'node:crypto';
import { formatReference, type ImageReference } from '../../src/reference.js';
import type {
  Descriptor,
  ImageConfigInfo,
  Registry,
  RegistryProvider,
  TagResult,
  WriteOptions,
} from '../../src/registry/types.js';

export const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';

/** A deterministic descriptor for a test "image" named by `seed`. */
export function fakeDescriptor(seed: string): Descriptor {
  const digest = `sha256:${createHash('sha256').update(seed).digest('hex')}`;
  return { digest, mediaType: MANIFEST_TYPE, size: 500 + seed.length };
}

export interface RegistryCall {
  op: 'resolve' | 'addTag' | 'copy' | 'listTags' | 'verifyTag' | 'imageConfig';
  ref: string;
  tag?: string;
  allowOverwrite?: boolean;
}

export class FakeRegistry implements Registry {
  readonly kind = 'oci';
  /** repository name (`domain/path`) → tag → descriptor. */
  readonly repos = new Map<string, Map<string, Descriptor>>();
  /** repository name → digest → descriptor (manifests that exist, tagged or not). */
  readonly manifests = new Map<string, Map<string, Descriptor>>();
  readonly calls: RegistryCall[] = [];
  /** digest → image config labels (what imageConfig answers; `{ labels: {} }` when unset). */
  readonly configs = new Map<string, ImageConfigInfo>();
  /** Thrown by the next matching call, to simulate registry failures. */
  failOn?: (call: RegistryCall) => Error | undefined;

  /** Puts a manifest in the registry under `ref`'s tag (what a push does). */
  put(ref: ImageReference, descriptor: Descriptor): void {
    if (ref.tag === undefined) throw new Error('put needs a tag');
    this.tagsOf(ref.name).set(ref.tag, descriptor);
    this.manifestsOf(ref.name).set(descriptor.digest, descriptor);
  }

  /** The digest `repo:tag` points at, or undefined. */
  digestOf(ref: ImageReference): string | undefined {
    return ref.tag === undefined ? undefined : this.repos.get(ref.name)?.get(ref.tag)?.digest;
  }

  private tagsOf(name: string): Map<string, Descriptor> {
    let tags = this.repos.get(name);
    if (!tags) this.repos.set(name, (tags = new Map<string, Descriptor>()));
    return tags;
  }

  private manifestsOf(name: string): Map<string, Descriptor> {
    let manifests = this.manifests.get(name);
    if (!manifests) this.manifests.set(name, (manifests = new Map<string, Descriptor>()));
    return manifests;
  }

  private record(call: RegistryCall): void {
    this.calls.push(call);
    const err = this.failOn?.(call);
    if (err) throw err;
  }

  private lookup(ref: ImageReference): Descriptor | undefined {
    if (ref.digest !== undefined) return this.manifests.get(ref.name)?.get(ref.digest);
    if (ref.tag !== undefined) return this.repos.get(ref.name)?.get(ref.tag);
    return undefined;
  }

  resolve(ref: ImageReference): Promise<Descriptor | undefined> {
    this.record({ op: 'resolve', ref: formatReference(ref) });
    return Promise.resolve(this.lookup(ref));
  }

  addTag(source: ImageReference, tag: string, options: WriteOptions = {}): Promise<TagResult> {
    const call: RegistryCall = { op: 'addTag', ref: formatReference(source), tag };
    if (options.allowOverwrite !== undefined) call.allowOverwrite = options.allowOverwrite;
    this.record(call);
    const descriptor = this.lookup(source);
    if (!descriptor) {
      return Promise.reject(new Error(`${formatReference(source)}: manifest unknown`));
    }
    const tags = this.tagsOf(source.name);
    const current = tags.get(tag);
    if (current?.digest === descriptor.digest)
      return Promise.resolve({ descriptor, changed: false });
    if (current && !options.allowOverwrite) {
      return Promise.reject(new Error(`tag ${tag} already points at ${current.digest}`));
    }
    tags.set(tag, descriptor);
    return Promise.resolve({ descriptor, changed: true });
  }

  copy(
    source: ImageReference,
    target: ImageReference,
    options: WriteOptions = {},
  ): Promise<TagResult> {
    this.record({ op: 'copy', ref: formatReference(source), tag: formatReference(target) });
    const descriptor = this.lookup(source);
    if (!descriptor || target.tag === undefined) {
      return Promise.reject(new Error(`${formatReference(source)}: manifest unknown`));
    }
    const current = this.repos.get(target.name)?.get(target.tag);
    if (current?.digest === descriptor.digest)
      return Promise.resolve({ descriptor, changed: false });
    if (current && !options.allowOverwrite) {
      return Promise.reject(new Error(`tag ${target.tag} already points at ${current.digest}`));
    }
    this.put(target, descriptor);
    return Promise.resolve({ descriptor, changed: true });
  }

  listTags(repo: ImageReference): Promise<string[]> {
    this.record({ op: 'listTags', ref: repo.name });
    return Promise.resolve([...(this.repos.get(repo.name)?.keys() ?? [])].sort());
  }

  verifyTag(ref: ImageReference, expectedDigest: string): Promise<void> {
    this.record({ op: 'verifyTag', ref: formatReference(ref) });
    const now = ref.tag === undefined ? undefined : this.repos.get(ref.name)?.get(ref.tag);
    if (now?.digest === expectedDigest) return Promise.resolve();
    return Promise.reject(
      new Error(
        now
          ? `tag ${ref.tag ?? ''} now points to ${now.digest}, not ${expectedDigest}: another writer moved it`
          : `tag ${ref.tag ?? ''} no longer exists (it should name ${expectedDigest}): another writer deleted it`,
      ),
    );
  }

  imageConfig(ref: ImageReference): Promise<ImageConfigInfo | undefined> {
    this.record({ op: 'imageConfig', ref: formatReference(ref) });
    const descriptor = this.lookup(ref);
    if (!descriptor) return Promise.resolve(undefined);
    return Promise.resolve(this.configs.get(descriptor.digest) ?? { labels: {} });
  }
}

/** Every host shares one FakeRegistry: references carry their host in `name` anyway. */
export class FakeRegistryProvider implements RegistryProvider {
  constructor(readonly registry = new FakeRegistry()) {}
  readonly hosts: string[] = [];

  forReference(ref: ImageReference): Promise<Registry> {
    this.hosts.push(ref.domain);
    return Promise.resolve(this.registry);
  }
}
