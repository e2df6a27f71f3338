/**
 * The OCI distribution backend: plain HTTP(S) against /v2/, no docker daemon.
 * Retag and copy move the exact manifest bytes with their content type, so the digest cannot
 * change; blobs move by cross-repository mount, streamed through only when a mount is refused.
 *
 * Digests are computed, never believed: a manifest's digest is the hash of the bytes read
 * here. Bytes asked for by digest must hash to it; bytes that contradict the
 * Docker-Content-Digest sent with them are refused; bytes read by tag without that header
 * must hash to a manifest the repository holds (a HEAD by that digest, which can be checked).
 * Each of these is an integrity fault, retried like a transient one (retryIntegrity), then
 * reported. A HEAD is used only by digest, never to learn what a tag points to.
 *
 * Every manifest PUT is re-read (a tag by GET and hash, a digest by HEAD). The distribution
 * API has no compare-and-swap: two writers of one tag can both pass the "tag is free" check;
 * the re-read catches the one whose write was overwritten before it looked again, but a PUT
 * landing after the last re-read is not seen (callers re-read once more at the end of a run
 * with verifyTag). Only server-side tag immutability really locks a tag.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { HttpRequest, StreamedResponse } from '../http/client.js';
import { backoffDelay, isRetryableStatus, type Clock } from '../http/retry.js';
import type { Logger } from '../log.js';
import { redact } from '../redact.js';
import { formatReference, tagProblem, type ImageReference } from '../reference.js';
import { pullScope, pushScope, type RegistryAuth } from './auth.js';
import {
  digestMismatch,
  formatRefSuffix,
  IntegrityError,
  RegistryError,
  requireDigest,
  retryIntegrity,
  type Http,
  type RequestContext,
} from './http.js';
import {
  bareMediaType,
  digestAlgorithm,
  digestOf,
  MANIFEST_ACCEPT,
  MANIFEST_MEDIA_TYPES,
  ManifestError,
  parseManifest,
  type BlobRef,
  type ImageConfigInfo,
  type ParsedManifest,
} from './manifest.js';
import { mapPool } from './pool.js';
import { descriptorOf, manifestReference, type FetchedManifest } from './oci-wire.js';
import type { OciArtifacts } from './oci-artifacts.js';
import type {
  ArtifactStore,
  BlobReader,
  Descriptor,
  ManifestContent,
  ManifestWriteOptions,
  ReferrerDescriptor,
  Registry,
  TagResult,
  WriteOptions,
  WrittenManifest,
} from './types.js';
import { Backend } from './backend.js';

/** Docker Hub's API lives on another host than the name users write. */
const DOCKER_HUB_API = 'registry-1.docker.io';

function isLoopback(host: string): boolean {
  const bare = host.replace(/:\d+$/, '').toLowerCase();
  return bare === 'localhost' || bare === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

/**
 * Base URL of a registry's API. Loopback registries are reached over plain HTTP, as docker
 * does; so are the hosts listed as insecure (`host` matches any port, `host:port` only that).
 */
export function apiEndpoint(domain: string, insecureRegistries: readonly string[] = []): string {
  const host = domain === 'docker.io' ? DOCKER_HUB_API : domain;
  const bare = host.replace(/:\d+$/, '');
  const insecure =
    isLoopback(host) ||
    insecureRegistries.some((entry) => {
      const e = entry
        .trim()
        .replace(/^https?:\/\//i, '')
        .replace(/\/+$/, '')
        .toLowerCase();
      return e === host.toLowerCase() || e === bare.toLowerCase();
    });
  return `${insecure ? 'http' : 'https'}://${host}`;
}

export interface OciRegistryOptions {
  /** The registry as references name it (`docker.io`, `localhost:5000`). */
  registry: string;
  /** Base URL from apiEndpoint(). */
  endpoint: string;
  http: Http;
  auth: RegistryAuth;
  logger: Logger;
  clock: Clock;
  allowOverwrite?: boolean;
  /** Manifests and blobs in flight at once during a copy. */
  concurrency?: number;
}

interface ErrorBody {
  errors?: { code?: unknown; message?: unknown; detail?: unknown }[];
}

/** The first registry error code and the first messages from an error body, unredacted. */
function decodeErrors(body: Buffer): { code?: string; message?: string } {
  if (body.length === 0) return {};
  try {
    const parsed = JSON.parse(body.toString('utf8')) as ErrorBody;
    const first = parsed.errors?.[0];
    if (!first) return {};
    const code = typeof first.code === 'string' ? first.code : undefined;
    const messages = (parsed.errors ?? [])
      .slice(0, 3)
      .map((e) => {
        const detail = typeof e.detail === 'string' ? ` ${e.detail}` : '';
        return typeof e.message === 'string' ? `${e.message}${detail}` : '';
      })
      .filter(Boolean);
    return {
      ...(code ? { code } : {}),
      ...(messages.length ? { message: messages.join('; ') } : {}),
    };
  } catch {
    const text = body
      .subarray(0, 64 * 1024)
      .toString('utf8')
      .trim();
    return text ? { message: text } : {};
  }
}

/** What the manifests kept by digest may hold in all (manifests are a few KiB each). */
const MANIFEST_CACHE_BYTES = 16 * 1024 * 1024;

export class OciRegistry extends Backend implements Registry, BlobReader, ArtifactStore {
  readonly kind = 'oci' as const;
  private readonly concurrency: number;
  private artifactStore: Promise<OciArtifacts> | undefined;
  /**
   * Manifests this process read and hashed, by `<repository>@<digest>`: bytes asked for by
   * digest again (an image's config behind a tag just read, a copy's source) are these bytes,
   * so no request is needed. Tags are never answered from here: what a tag names is read anew.
   */
  private readonly known = new Map<string, FetchedManifest>();
  private knownBytes = 0;

  constructor(override readonly options: OciRegistryOptions) {
    super(
      options,
      'another process writes this tag; the registry has no compare-and-swap, so make such tags immutable in the registry (the only real lock) or serialise the writers',
    );
    this.concurrency = options.concurrency ?? 8;
  }

  async resolve(ref: ImageReference): Promise<Descriptor | undefined> {
    this.checkHost(ref);
    const reference = manifestReference(ref);
    const scopes = [pullScope(ref.path)];
    if (ref.digest !== undefined) {
      const known = this.known.get(`${ref.path}@${ref.digest}`);
      if (known) return descriptorOf(known);
      // A request by digest can be checked, so a HEAD suffices when it names type and size.
      const digest = ref.digest;
      const head = await this.retry(this.ctx('HEAD manifest', ref.path, digest), () =>
        this.headByDigest(ref.path, digest, scopes),
      );
      if (head !== null) return head;
    }
    // By tag: the GET's bytes, hashed here, confirmed to be a manifest the repository holds.
    const fetched = await this.fetchManifest(ref.path, reference, scopes);
    return fetched && descriptorOf(fetched);
  }

  async addTag(
    source: ImageReference,
    tag: string,
    options: WriteOptions = {},
  ): Promise<TagResult> {
    this.checkHost(source);
    this.checkTag(tag, source.path);
    const scopes = [pushScope(source.path)];
    const manifest = await this.readSource(source, scopes);
    return this.writeTag(source.path, tag, manifest, scopes, options);
  }

  async copy(
    source: ImageReference,
    target: ImageReference,
    options: WriteOptions = {},
  ): Promise<TagResult> {
    this.checkHost(source);
    this.checkHost(target);
    const tag = target.tag;
    if (tag === undefined) {
      throw new UserError(
        `copy target ${formatReference(target)} has no tag: name the tag to write, e.g. ${target.name}:v1`,
      );
    }
    this.checkTag(tag, target.path);
    if (source.path === target.path && target.digest === undefined) {
      return this.addTag(source, tag, options);
    }
    const scopes = [pushScope(target.path), pullScope(source.path)];
    const manifest = await this.readSource(source, scopes);
    if (target.digest !== undefined && target.digest !== manifest.digest) {
      throw new UserError(
        `copy target ${formatReference(target)} pins digest ${target.digest}, but the source ${formatReference(source)} is ${manifest.digest}`,
      );
    }
    let copyContent: (() => Promise<void>) | undefined;
    if (source.path !== target.path) {
      const copier = new ContentCopier(this, source.path, target.path, scopes, this.concurrency);
      // The index's manifests are read while the target tag is checked (reads only: nothing
      // is written before the overwrite rule has passed).
      copier.prefetch(manifest);
      copyContent = () => copier.copyReferenced(manifest);
    }
    return this.writeTag(target.path, tag, manifest, scopes, options, copyContent);
  }

  async verifyTag(ref: ImageReference, expectedDigest: string): Promise<void> {
    this.checkHost(ref);
    if (ref.tag === undefined) {
      throw new Error(`verifyTag needs a reference with a tag, not ${formatReference(ref)}`);
    }
    const now = await this.fetchManifest(ref.path, ref.tag, [pullScope(ref.path)], expectedDigest);
    if (now?.digest !== expectedDigest) {
      throw this.movedError(ref.path, ref.tag, expectedDigest, now?.digest);
    }
  }

  async imageConfig(ref: ImageReference): Promise<ImageConfigInfo | undefined> {
    this.checkHost(ref);
    const scopes = [pullScope(ref.path)];
    const top = await this.fetchManifest(ref.path, manifestReference(ref), scopes);
    if (!top) return undefined;
    return this.configOf(
      ref.path,
      top,
      (digest) => this.fetchManifest(ref.path, digest, scopes),
      'GET manifest',
      (digest) => this.readBlobIn(ref.path, digest, scopes),
    );
  }

  async readBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    this.checkHost(repo);
    return this.readBlobIn(repo.path, digest, [pullScope(repo.path)]);
  }

  // ---- artifacts (ArtifactStore): oci-artifacts.ts, loaded on first use --------------------

  async readManifest(ref: ImageReference): Promise<ManifestContent | undefined> {
    return (await this.artifacts()).readManifest(ref);
  }

  async writeManifest(
    ref: ImageReference,
    manifest: { bytes: Buffer; mediaType: string },
    options?: ManifestWriteOptions,
  ): Promise<WrittenManifest> {
    return (await this.artifacts()).writeManifest(ref, manifest, options);
  }

  async writeBlob(repo: ImageReference, bytes: Buffer): Promise<{ digest: string; size: number }> {
    return (await this.artifacts()).writeBlob(repo, bytes);
  }

  async referrers(
    repo: ImageReference,
    digest: string,
    artifactType?: string,
  ): Promise<ReferrerDescriptor[] | undefined> {
    return (await this.artifacts()).referrers(repo, digest, artifactType);
  }

  private artifacts(): Promise<OciArtifacts> {
    this.artifactStore ??= import('./oci-artifacts.js').then(
      ({ OciArtifacts }) => new OciArtifacts(this),
    );
    return this.artifactStore;
  }

  // ---- building blocks shared with ContentCopier and the artifact store --------------------

  /**
   * GET a manifest with integrity retries. Its digest is the hash of the bytes; bytes asked
   * for by digest must hash to it, bytes sent with a Docker-Content-Digest must hash to that,
   * and bytes read by tag with no such header must hash to `expected` or to a manifest the
   * repository holds (a HEAD by that digest: a request that can be checked).
   */
  async fetchManifest(
    repository: string,
    reference: string,
    scopes: string[],
    expected?: string,
  ): Promise<FetchedManifest | undefined> {
    if (isDigest(reference)) {
      const known = this.known.get(`${repository}@${reference}`);
      if (known) return known;
    }
    const ctx = this.ctx('GET manifest', repository, reference);
    const fetched = await this.retry(ctx, async () => {
      const answer = await this.getManifestOnce(repository, reference, scopes, ctx);
      if (!answer) return undefined;
      const { manifest: fetched, claimed } = answer;
      if (isDigest(reference) || claimed || fetched.digest === expected) return fetched;
      const held = await this.headByDigest(repository, fetched.digest, scopes);
      if (held === undefined) {
        throw new IntegrityError(
          ctx,
          `the registry returned bytes for ${reference} that hash to ${fetched.digest}, a manifest repository ${repository} does not hold`,
        );
      }
      return fetched;
    });
    if (fetched) this.remember(repository, fetched);
    return fetched;
  }

  /** Keeps a manifest read (and hashed) here for later reads by its digest. */
  private remember(repository: string, manifest: FetchedManifest): void {
    const key = `${repository}@${manifest.digest}`;
    if (this.known.has(key) || this.knownBytes + manifest.bytes.length > MANIFEST_CACHE_BYTES)
      return;
    this.known.set(key, manifest);
    this.knownBytes += manifest.bytes.length;
  }

  /**
   * PUT the exact bytes under `reference`: the digest the registry claims it stored, and the
   * `OCI-Subject` it answers when it indexed the manifest's subject for its referrers API.
   */
  async putManifest(
    repository: string,
    reference: string,
    manifest: FetchedManifest,
    scopes: string[],
  ): Promise<{ claimed?: string; subject?: string }> {
    const res = await this.sendOk(
      {
        method: 'PUT',
        url: this.manifestUrl(repository, reference),
        headers: { 'Content-Type': manifest.mediaType },
        body: manifest.bytes,
      },
      scopes,
      this.ctx('PUT manifest', repository, reference),
      201,
      200,
      202,
    );
    const claimed = res.headers.get('docker-content-digest');
    const subject = res.headers.get('oci-subject');
    return {
      ...(claimed !== null ? { claimed } : {}),
      ...(subject !== null ? { subject } : {}),
    };
  }

  /**
   * Re-reads what a PUT wrote: a digest reference by HEAD (checkable), a tag by GET and hash.
   * `claimed` is the digest the PUT's answer named, to tell a registry that rewrote the
   * manifest from another writer that moved the tag.
   */
  async confirmWrite(
    repository: string,
    reference: string,
    manifest: FetchedManifest,
    scopes: string[],
    claimed: string | undefined,
  ): Promise<void> {
    const ctx = this.ctx('PUT manifest', repository, reference);
    if (isDigest(reference)) {
      const held = await this.retry(this.ctx('HEAD manifest', repository, reference), () =>
        this.headByDigest(repository, reference, scopes),
      );
      if (held === undefined) {
        throw new RegistryError(
          ctx,
          `the registry does not hold ${reference} after it accepted the PUT`,
          'retry; if it persists, the registry is dropping writes',
        );
      }
      return;
    }
    const now = await this.fetchManifest(repository, reference, scopes, manifest.digest);
    if (now?.digest === manifest.digest) return;
    if (now !== undefined && claimed === now.digest) {
      throw new RegistryError(
        ctx,
        `the registry stored digest ${now.digest} instead of ${manifest.digest}`,
        'the registry rewrote the manifest; promotion must keep the digest, so nothing was reported as promoted',
      );
    }
    throw this.movedError(repository, reference, manifest.digest, now?.digest);
  }

  /** Mounts a blob from another repository; streams it through when the mount is refused. */
  async mountBlob(blob: BlobRef, from: string, to: string, scopes: string[]): Promise<void> {
    const policy = this.options.http.policy;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.mountOrStream(blob, from, to, scopes);
        return;
      } catch (err) {
        const retryable = err instanceof RegistryError && err.info.retryable === true;
        if (!retryable || attempt > policy.retries) throw err;
        const delay = backoffDelay(policy, attempt - 1, this.options.clock.random);
        this.options.logger.info(
          `registry ${this.options.registry}: blob ${blob.digest} transfer to ${to} failed (${err.message}); restarting it`,
        );
        await this.options.clock.sleep(delay);
      }
    }
  }

  private async mountOrStream(
    blob: BlobRef,
    from: string,
    to: string,
    scopes: string[],
  ): Promise<void> {
    const ctx = this.ctx('mount blob', to, blob.digest);
    const mountUrl = `${this.options.endpoint}/v2/${to}/blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}`;
    const res = await this.send(
      { method: 'POST', url: mountUrl, headers: { 'Content-Length': '0' } },
      scopes,
      ctx,
    );
    if (res.status === 201) return;
    if (res.status !== 202) throw this.errorFor(res, ctx);
    // 202: the registry opened an upload session instead of mounting; fill it from the source.
    const location = res.headers.get('location');
    if (!location) throw new RegistryError(ctx, 'the registry opened an upload without a Location');
    this.options.logger.debug(
      `registry ${this.options.registry}: mount of ${blob.digest} refused; streaming it`,
    );
    const getCtx = this.ctx('GET blob', from, blob.digest);
    const download = await this.send(
      { method: 'GET', url: `${this.options.endpoint}/v2/${from}/blobs/${blob.digest}` },
      scopes,
      getCtx,
      true,
    );
    if (download.status !== 200 || !download.stream) throw this.errorFor(download, getCtx);
    try {
      await this.upload(
        location,
        to,
        blob.digest,
        // Hashed on the way through: bytes that are not the blob abort the upload.
        verifiedStream(download.stream, blob.digest, getCtx),
        download.headers.get('content-length'),
        scopes,
      );
    } catch (err) {
      // Release the download's connection.
      download.discard?.();
      throw err;
    }
  }

  /**
   * PATCH `body` into the upload session at `location`, then PUT ?digest= to commit: the
   * upload flow every registry supports (some refuse a body on the final PUT).
   */
  async upload(
    location: string,
    repository: string,
    digest: string,
    body: NonNullable<HttpRequest['body']>,
    length: string | null,
    scopes: string[],
  ): Promise<void> {
    const { endpoint } = this.options;
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
    if (length !== null) headers['Content-Length'] = length;
    const patch = await this.sendOk(
      { method: 'PATCH', url: new URL(location, endpoint).toString(), headers, body },
      scopes,
      this.ctx('upload blob', repository, digest),
      202,
      204,
    );
    const commitUrl = new URL(patch.headers.get('location') ?? location, endpoint);
    commitUrl.searchParams.set('digest', digest);
    await this.sendOk(
      { method: 'PUT', url: commitUrl.toString(), headers: { 'Content-Length': '0' } },
      scopes,
      this.ctx('commit blob', repository, digest),
      201,
      204,
      200,
    );
  }

  /**
   * One request with authentication. A 401 teaches the auth state (scheme, then maybe a wider
   * scope) and the request is retried, at most twice, and only when the credentials changed.
   */
  async send(
    req: HttpRequest,
    scopes: string[],
    ctx: RequestContext,
    stream = false,
  ): Promise<StreamedResponse> {
    const { http, auth } = this.options;
    for (let round = 0; ; round++) {
      const authorization = await auth.header(scopes, ctx);
      const headers = {
        ...req.headers,
        ...(authorization ? { Authorization: authorization } : {}),
      };
      const request = { ...req, headers };
      const res = stream ? await http.stream(request, ctx) : await http.buffered(request, ctx);
      const replayable = req.body === undefined || Buffer.isBuffer(req.body);
      if (res.status !== 401 || round >= 2 || !replayable) return res;
      const retry = await auth.onUnauthorized(
        res.headers.get('www-authenticate'),
        scopes,
        authorization,
        ctx,
      );
      if (!retry) return res;
    }
  }

  /** A UserError when `tag` may not be written (it is not a valid tag). */
  checkTag(tag: string, repository: string): void {
    const problem = tagProblem(tag);
    if (problem) {
      throw new UserError(
        `cannot tag ${this.options.registry}/${repository}${formatRefSuffix(tag)}: ${problem}`,
      );
    }
  }

  /** One request that must answer one of `ok`; a RegistryError otherwise. */
  async sendOk(
    req: HttpRequest,
    scopes: string[],
    ctx: RequestContext,
    ...ok: number[]
  ): Promise<StreamedResponse> {
    const res = await this.send(req, scopes, ctx);
    if (!ok.includes(res.status)) throw this.errorFor(res, ctx);
    return res;
  }

  errorFor(res: StreamedResponse, ctx: RequestContext): RegistryError {
    res.discard?.();
    const raw = decodeErrors(res.body);
    // Redacted (a registry may echo the credentials it was sent) whole, then shortened: a cut
    // would leave a part of a secret unrecognised.
    const code = raw.code && redact(raw.code).slice(0, 100);
    const message = raw.message && redact(raw.message).slice(0, 300);
    const info = {
      ...ctx,
      status: res.status,
      ...(code ? { code } : {}),
      attempts: res.attempts,
      retryable: isRetryableStatus(res.status),
    };
    const what = `HTTP ${res.status}${code ? ` ${code}` : ''}${message ? ` (${message})` : ''}`;
    const registry = this.options.registry;
    switch (res.status) {
      case 401:
        return new RegistryError(
          info,
          `authentication required or rejected (${what})`,
          `run docker login ${registry} (or check the credentials docker config holds for it)`,
        );
      case 403:
        return new RegistryError(
          info,
          `access denied (${what})`,
          'use credentials that may read the source and push to the target repository',
        );
      case 404:
        return new RegistryError(info, `not found (${what})`, 'check the repository and reference');
      default:
        if (isRetryableStatus(res.status)) {
          return new RegistryError(
            info,
            `the registry failed with ${what}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''}`,
            'the registry is overloaded or unavailable; retry later',
          );
        }
        return new RegistryError(info, `failed with ${what}`, hintFor(code, message));
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** GET or HEAD a manifest: undefined on 404, a RegistryError on anything but 200. */
  private async requestManifest(
    method: 'GET' | 'HEAD',
    repository: string,
    reference: string,
    scopes: string[],
    ctx: RequestContext,
  ): Promise<StreamedResponse | undefined> {
    const url = this.manifestUrl(repository, reference);
    const res = await this.send({ method, url, headers: { Accept: MANIFEST_ACCEPT } }, scopes, ctx);
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.errorFor(res, ctx);
    return res;
  }

  private manifestUrl(repository: string, reference: string): string {
    return `${this.options.endpoint}/v2/${repository}/manifests/${reference}`;
  }

  /** Runs `attempt` again on integrity faults, within the retry policy. */
  retry<T>(ctx: RequestContext, attempt: () => Promise<T>): Promise<T> {
    const { http, clock, logger } = this.options;
    return retryIntegrity({ policy: http.policy, clock, logger }, ctx, attempt);
  }

  /**
   * One GET: the bytes, their hash, checked against the digest asked for and the header;
   * `claimed` says a Docker-Content-Digest came with them (and matched).
   */
  private async getManifestOnce(
    repository: string,
    reference: string,
    scopes: string[],
    ctx: RequestContext,
  ): Promise<{ manifest: FetchedManifest; claimed: boolean } | undefined> {
    const res = await this.requestManifest('GET', repository, reference, scopes, ctx);
    if (!res) return undefined;
    const bytes = res.body;
    const claimed = res.headers.get('docker-content-digest') ?? undefined;
    if (isDigest(reference)) requireDigest(ctx, bytes, reference);
    if (claimed !== undefined) {
      requireDigest(ctx, bytes, claimed, 'the Docker-Content-Digest it sent');
    }
    const digest = isDigest(reference) ? reference : digestOf(bytes, claimed);
    let parsed: ParsedManifest;
    try {
      parsed = parseManifest(bytes, res.headers.get('content-type') ?? undefined);
    } catch (err) {
      if (!(err instanceof ManifestError)) throw err;
      // Cut short or altered on the way (nothing to hash it against): read it again.
      throw new IntegrityError(
        ctx,
        `the registry returned bytes that are not a manifest (${err.message}; they hash to ${digest})`,
      );
    }
    return {
      manifest: { bytes, mediaType: parsed.mediaType, digest, parsed },
      claimed: claimed !== undefined,
    };
  }

  /**
   * HEAD by digest: the descriptor, undefined when the repository does not hold it, null when
   * the answer lacks type or size. A Docker-Content-Digest naming another digest is an
   * integrity fault.
   */
  async headByDigest(
    repository: string,
    digest: string,
    scopes: string[],
  ): Promise<Descriptor | undefined | null> {
    const ctx = this.ctx('HEAD manifest', repository, digest);
    const res = await this.requestManifest('HEAD', repository, digest, scopes, ctx);
    if (!res) return undefined;
    const claimed = res.headers.get('docker-content-digest');
    if (claimed !== null && claimed !== digest) {
      throw new IntegrityError(
        ctx,
        `the registry answered a request for ${digest} with Docker-Content-Digest ${claimed}`,
      );
    }
    const mediaType = bareMediaType(res.headers.get('content-type'));
    const size = Number(res.headers.get('content-length') ?? NaN);
    if (!mediaType || !MANIFEST_MEDIA_TYPES.includes(mediaType) || !Number.isSafeInteger(size))
      return null;
    return { digest, mediaType, size };
  }

  /** The source manifest, verified (by its digest when the reference pins one). */
  private async readSource(source: ImageReference, scopes: string[]): Promise<FetchedManifest> {
    const manifest = await this.fetchManifest(source.path, manifestReference(source), scopes);
    if (!manifest) {
      throw new RegistryError(
        this.ctx('read source', source.path, manifestReference(source)),
        'the source image does not exist (no such tag, digest or repository)',
        'check the reference, or build and push the image first',
      );
    }
    return manifest;
  }

  /**
   * The one write path: refuse or skip by the overwrite rule, copy what the manifest needs,
   * PUT the exact bytes, re-read the tag.
   */
  private async writeTag(
    repository: string,
    tag: string,
    manifest: FetchedManifest,
    scopes: string[],
    options: WriteOptions,
    copyContent?: () => Promise<void>,
  ): Promise<TagResult> {
    const current = await this.fetchManifest(repository, tag, scopes, manifest.digest);
    const unchanged = this.checkOverwrite(
      current,
      descriptorOf(manifest),
      repository,
      tag,
      options,
    );
    if (unchanged) return unchanged;
    await copyContent?.();
    const { claimed } = await this.putManifest(repository, tag, manifest, scopes);
    await this.confirmWrite(repository, tag, manifest, scopes, claimed);
    return { descriptor: descriptorOf(manifest), changed: true };
  }

  /** GET a (config) blob, checked against its digest (integrity retries) and bounded in size. */
  private readBlobIn(repository: string, digest: string, scopes: string[]): Promise<Buffer> {
    const ctx = this.ctx('GET blob', repository, digest);
    return this.retry(ctx, async () => {
      const res = await this.sendOk(
        { method: 'GET', url: `${this.options.endpoint}/v2/${repository}/blobs/${digest}` },
        scopes,
        ctx,
        200,
      );
      if (res.body.length > MAX_CONFIG_BYTES) {
        throw new RegistryError(ctx, `the blob is larger than ${MAX_CONFIG_BYTES} bytes`);
      }
      requireDigest(ctx, res.body, digest);
      return res.body;
    });
  }
}

/** Config blobs are a few KiB; refuse to buffer anything absurd. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** Passes a blob's bytes through, failing at the end when they do not hash to `digest`. */
async function* verifiedStream(
  source: AsyncIterable<Uint8Array>,
  digest: string,
  ctx: RequestContext,
): AsyncIterable<Uint8Array> {
  // Hashed like hashMatches: an algorithm it does not know never matches.
  const algorithm = digestAlgorithm(digest) ?? 'sha256';
  const hash = createHash(algorithm);
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
  const actual = `${algorithm}:${hash.digest('hex')}`;
  if (actual !== digest) throw digestMismatch(ctx, digest, actual);
}

/** Copies everything a manifest references from one repository to another. */
class ContentCopier {
  private readonly blobs = new Map<string, Promise<void>>();
  private readonly manifests = new Map<string, Promise<void>>();
  /** Child manifests read ahead of the copy (see prefetch). */
  private readonly fetched = new Map<string, Promise<FetchedManifest | undefined>>();

  constructor(
    private readonly registry: OciRegistry,
    private readonly from: string,
    private readonly to: string,
    private readonly scopes: string[],
    private readonly concurrency: number,
  ) {}

  async copyReferenced(manifest: FetchedManifest): Promise<void> {
    const { parsed } = manifest;
    if (parsed.kind === 'image') {
      const blobs = parsed.blobs.filter((b) => !b.foreign);
      await mapPool(blobs, this.concurrency, (blob) => this.blob(blob));
      return;
    }
    // Children first: a registry may refuse an index whose manifests it does not have.
    await mapPool(parsed.children, this.concurrency, (child) => this.child(child));
  }

  /**
   * Starts reading an index's child manifests (at most `concurrency` at once, as the copy
   * would), so the copy finds them read. Failures surface where the copy uses them.
   */
  prefetch(manifest: FetchedManifest): void {
    if (manifest.parsed.kind !== 'index') return;
    let running = 0;
    const waiting: (() => void)[] = [];
    const acquire = async (): Promise<void> => {
      if (running < this.concurrency) running++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
    };
    const release = (): void => {
      // The slot passes straight to the next reader.
      const next = waiting.shift();
      if (next) next();
      else running--;
    };
    for (const child of manifest.parsed.children) {
      if (this.fetched.has(child.digest)) continue;
      const read = (async () => {
        await acquire();
        try {
          return await this.registry.fetchManifest(this.from, child.digest, this.scopes);
        } finally {
          release();
        }
      })();
      read.catch(() => undefined);
      this.fetched.set(child.digest, read);
    }
  }

  private blob(blob: BlobRef): Promise<void> {
    let pending = this.blobs.get(blob.digest);
    if (!pending) {
      pending = this.registry.mountBlob(blob, this.from, this.to, this.scopes);
      this.blobs.set(blob.digest, pending);
    }
    return pending;
  }

  private child(child: BlobRef): Promise<void> {
    let pending = this.manifests.get(child.digest);
    if (!pending) {
      pending = (async () => {
        const fetched = await (this.fetched.get(child.digest) ??
          this.registry.fetchManifest(this.from, child.digest, this.scopes));
        if (!fetched) {
          throw new RegistryError(
            this.registry.ctx('GET manifest', this.from, child.digest),
            'a manifest the index lists is missing from the source repository',
            'the source index is incomplete; rebuild and push it',
          );
        }
        await this.copyReferenced(fetched);
        const { to, scopes } = this;
        const { claimed } = await this.registry.putManifest(to, child.digest, fetched, scopes);
        await this.registry.confirmWrite(to, child.digest, fetched, scopes, claimed);
      })();
      this.manifests.set(child.digest, pending);
    }
    return pending;
  }
}

function isDigest(reference: string): boolean {
  return reference.includes(':');
}

function hintFor(code: string | undefined, message: string | undefined): string | undefined {
  const text = `${code ?? ''} ${message ?? ''}`.toLowerCase();
  if (text.includes('immutable') || code === 'TAG_INVALID') {
    return 'the repository may have immutable tags; choose a new tag';
  }
  if (code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN') {
    return 'the registry is missing layers the manifest needs; push the image again';
  }
  if (code === 'NAME_INVALID') return 'check the repository name';
  return undefined;
}
