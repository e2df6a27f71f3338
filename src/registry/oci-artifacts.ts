/**
 * The OCI backend's artifact store (ArtifactStore in types.ts): manifests by digest or tag,
 * blob uploads, the referrers API. OciRegistry loads this module on first use, so runs that
 * never store or read artifacts (no signing, no verifying) do not load it.
 *
 * The backend's rules hold here too: digests are computed from bytes; a manifest written by
 * digest is re-read by HEAD (checkable), one written by tag by GET and hash; a tag write
 * follows the overwrite rule and the read-modify-write precondition (tag-precondition.ts); an
 * uploaded blob is confirmed by HEAD. `OCI-Subject` on a manifest PUT says the registry indexed
 * the subject for its referrers API; a 404 from that API says it has none.
 */
import { formatReference, type ImageReference } from '../reference.js';
import { pullScope, pushScope } from './auth.js';
import type { HttpRequest, StreamedResponse } from '../http/client.js';
import { RegistryError, type RequestContext } from './http.js';
import {
  digestOf,
  MEDIA_TYPES,
  ManifestError,
  parseManifest,
  type ParsedManifest,
} from './manifest.js';
import { nextLink } from '../http/link.js';
import { descriptorOf, manifestReference, type FetchedManifest } from './oci-wire.js';
import { parseReferrersIndex } from './referrers-index.js';
import { checkExpected, tagMoved } from './tag-precondition.js';
import type {
  ArtifactStore,
  Descriptor,
  ManifestContent,
  ManifestWriteOptions,
  ReferrerDescriptor,
  TagResult,
  WrittenManifest,
} from './types.js';

/** Referrers API pages followed at most (each lists many referrers). */
const MAX_REFERRER_PAGES = 20;

/** What the artifact store builds on: OciRegistry's requests and rules (it passes itself). */
export interface OciRequests {
  readonly options: { registry: string; endpoint: string };
  checkHost(ref: ImageReference): void;
  checkTag(tag: string, repository: string): void;
  fetchManifest(
    repository: string,
    reference: string,
    scopes: string[],
    expected?: string,
  ): Promise<FetchedManifest | undefined>;
  /** HEAD a manifest by digest (undefined: absent; null: held, type or size unknown). */
  headByDigest(
    repository: string,
    digest: string,
    scopes: string[],
  ): Promise<Descriptor | undefined | null>;
  putManifest(
    repository: string,
    reference: string,
    manifest: FetchedManifest,
    scopes: string[],
  ): Promise<{ claimed?: string; subject?: string }>;
  confirmWrite(
    repository: string,
    reference: string,
    manifest: FetchedManifest,
    scopes: string[],
    claimed: string | undefined,
  ): Promise<void>;
  readBlob(repo: ImageReference, digest: string): Promise<Buffer>;
  upload(
    location: string,
    repository: string,
    digest: string,
    body: Buffer,
    length: string,
    scopes: string[],
  ): Promise<void>;
  send(req: HttpRequest, scopes: string[], ctx: RequestContext): Promise<StreamedResponse>;
  sendOk(
    req: HttpRequest,
    scopes: string[],
    ctx: RequestContext,
    ...ok: number[]
  ): Promise<StreamedResponse>;
  errorFor(res: StreamedResponse, ctx: RequestContext): RegistryError;
  ctx(operation: string, repository: string, reference?: string): RequestContext;
  /** Runs `attempt` again on integrity faults, within the retry policy. */
  retry<T>(ctx: RequestContext, attempt: () => Promise<T>): Promise<T>;
  /** The overwrite rule: unchanged when the tag names the digest, throws when it may not move. */
  checkOverwrite(
    current: { digest: string } | undefined,
    next: Descriptor,
    repository: string,
    tag: string,
    options: ManifestWriteOptions,
  ): TagResult | undefined;
}

/** Bytes to write as a manifest: parsed (they must be one) and hashed here. */
function toWrite(
  content: { bytes: Buffer; mediaType: string },
  ref: ImageReference,
  ctx: RequestContext,
): FetchedManifest {
  let parsed: ParsedManifest;
  try {
    parsed = parseManifest(content.bytes, content.mediaType);
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    throw new RegistryError(ctx, `refusing to write ${formatReference(ref)}: ${err.message}`);
  }
  return {
    bytes: content.bytes,
    mediaType: content.mediaType,
    digest: digestOf(content.bytes),
    parsed,
  };
}

/** True when the manifest names a subject (OCI 1.1 referrers). */
function hasSubject(manifest: FetchedManifest): boolean {
  try {
    const json = JSON.parse(manifest.bytes.toString('utf8')) as { subject?: unknown };
    return typeof json.subject === 'object' && json.subject !== null;
  } catch {
    return false;
  }
}

export class OciArtifacts implements ArtifactStore {
  constructor(private readonly oci: OciRequests) {}

  async readManifest(ref: ImageReference): Promise<ManifestContent | undefined> {
    this.oci.checkHost(ref);
    const fetched = await this.oci.fetchManifest(ref.path, manifestReference(ref), [
      pullScope(ref.path),
    ]);
    return (
      fetched && { bytes: fetched.bytes, mediaType: fetched.mediaType, digest: fetched.digest }
    );
  }

  async writeManifest(
    ref: ImageReference,
    content: { bytes: Buffer; mediaType: string },
    options: ManifestWriteOptions = {},
  ): Promise<WrittenManifest> {
    const { oci } = this;
    oci.checkHost(ref);
    const scopes = [pushScope(ref.path)];
    const manifest = toWrite(content, ref, oci.ctx('PUT manifest', ref.path));
    if (ref.digest !== undefined && ref.digest !== manifest.digest) {
      throw new Error(`writeManifest: the bytes hash to ${manifest.digest}, not ${ref.digest}`);
    }
    const tag = ref.digest === undefined ? ref.tag : undefined;
    if (tag === undefined) {
      const held = await oci.retry(oci.ctx('HEAD manifest', ref.path, manifest.digest), () =>
        oci.headByDigest(ref.path, manifest.digest, scopes),
      );
      // A manifest held by digest is not written again, unless it names a subject: writing it
      // again is how the registry says whether it indexes that subject.
      if (held && !hasSubject(manifest)) {
        return { descriptor: descriptorOf(manifest), changed: false, subjectIndexed: false };
      }
      const answer = await oci.putManifest(ref.path, manifest.digest, manifest, scopes);
      await oci.confirmWrite(ref.path, manifest.digest, manifest, scopes, answer.claimed);
      return {
        descriptor: descriptorOf(manifest),
        changed: held === undefined,
        subjectIndexed: answer.subject !== undefined,
      };
    }
    oci.checkTag(tag, ref.path);
    const ctx = oci.ctx('PUT manifest', ref.path, tag);
    const current = await oci.fetchManifest(ref.path, tag, scopes, manifest.digest);
    checkExpected(ctx, tag, current?.digest, options.expectCurrent);
    const unchanged = oci.checkOverwrite(current, descriptorOf(manifest), ref.path, tag, options);
    if (unchanged) return { ...unchanged, subjectIndexed: false };
    const answer = await oci.putManifest(ref.path, tag, manifest, scopes);
    const now = await oci.fetchManifest(ref.path, tag, scopes, manifest.digest);
    if (now?.digest !== manifest.digest) {
      if (now !== undefined && answer.claimed === now.digest) {
        throw new RegistryError(
          ctx,
          `the registry stored digest ${now.digest} instead of ${manifest.digest}`,
          'the registry rewrote the manifest; its digest must not change',
        );
      }
      throw tagMoved(ctx, tag, manifest.digest, now?.digest);
    }
    return {
      descriptor: descriptorOf(manifest),
      changed: true,
      subjectIndexed: answer.subject !== undefined,
    };
  }

  async writeBlob(repo: ImageReference, bytes: Buffer): Promise<{ digest: string; size: number }> {
    const { oci } = this;
    oci.checkHost(repo);
    const digest = digestOf(bytes);
    const scopes = [pushScope(repo.path)];
    const ctx = oci.ctx('upload blob', repo.path, digest);
    if (await this.blobHeld(repo.path, digest, scopes)) return { digest, size: bytes.length };
    const start = await oci.sendOk(
      {
        method: 'POST',
        url: `${oci.options.endpoint}/v2/${repo.path}/blobs/uploads/`,
        headers: { 'Content-Length': '0' },
      },
      scopes,
      ctx,
      202,
    );
    const location = start.headers.get('location');
    if (!location) throw new RegistryError(ctx, 'the registry opened an upload without a Location');
    // PATCH the bytes, then PUT ?digest= to commit (the flow a refused mount streams with).
    await oci.upload(location, repo.path, digest, bytes, String(bytes.length), scopes);
    if (!(await this.blobHeld(repo.path, digest, scopes))) {
      throw new RegistryError(
        ctx,
        'the registry does not hold the blob after it accepted the upload',
        'retry; if it persists, the registry is dropping writes',
      );
    }
    return { digest, size: bytes.length };
  }

  readBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    return this.oci.readBlob(repo, digest);
  }

  async referrers(
    repo: ImageReference,
    digest: string,
    artifactType?: string,
  ): Promise<ReferrerDescriptor[] | undefined> {
    const { oci } = this;
    oci.checkHost(repo);
    const scopes = [pullScope(repo.path)];
    const ctx = oci.ctx('list referrers', repo.path, digest);
    const query =
      artifactType !== undefined ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let url: string | undefined =
      `${oci.options.endpoint}/v2/${repo.path}/referrers/${digest}${query}`;
    const found: ReferrerDescriptor[] = [];
    const seen = new Set<string>();
    while (url !== undefined && !seen.has(url) && seen.size < MAX_REFERRER_PAGES) {
      seen.add(url);
      const res = await oci.send(
        { method: 'GET', url, headers: { Accept: MEDIA_TYPES.ociIndex } },
        scopes,
        ctx,
      );
      // The distribution spec's sign of a registry without the referrers API.
      if (res.status === 404) return seen.size === 1 ? undefined : found;
      if (res.status !== 200) throw oci.errorFor(res, ctx);
      try {
        found.push(...parseReferrersIndex(res.body));
      } catch (err) {
        if (!(err instanceof ManifestError)) throw err;
        throw new RegistryError(
          ctx,
          `the referrers API answered something that is not an image index (${err.message})`,
        );
      }
      const next = nextLink(res.headers.get('link'));
      url = next === undefined ? undefined : new URL(next, url).toString();
    }
    return artifactType === undefined
      ? found
      : found.filter((r) => r.artifactType === artifactType);
  }

  /** HEAD a blob: true when the repository holds it, false on 404. */
  private async blobHeld(repository: string, digest: string, scopes: string[]): Promise<boolean> {
    const ctx = this.oci.ctx('HEAD blob', repository, digest);
    const res = await this.oci.send(
      { method: 'HEAD', url: `${this.oci.options.endpoint}/v2/${repository}/blobs/${digest}` },
      scopes,
      ctx,
    );
    if (res.status === 404) return false;
    if (res.status !== 200) throw this.oci.errorFor(res, ctx);
    return true;
  }
}
