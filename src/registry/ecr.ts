/**
 * Amazon ECR backend through @aws-sdk/client-ecr. Only the provider loads this module (with a
 * dynamic import), so runs against other registries never load the SDK.
 * Existence and digest: BatchGetImage (missing images come back in `failures`). Retag:
 * BatchGetImage + PutImage with the exact manifest string and its media type. A copy to
 * another repository goes through the registry API with a GetAuthorizationToken login,
 * because only that API can mount layers across repositories.
 * PutImage is paced per account and region (ECR's write quota) and its throttling answers are
 * retried here, through a client whose SDK does not retry, so one budget bounds the attempts.
 */
import {
  BatchCheckLayerAvailabilityCommand,
  BatchGetImageCommand,
  CompleteLayerUploadCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  InitiateLayerUploadCommand,
  ListImageReferrersCommand,
  PutImageCommand,
  UploadLayerPartCommand,
  type Image,
  type ImageIdentifier,
  type PutImageCommandInput,
  type PutImageCommandOutput,
} from '@aws-sdk/client-ecr';
import { UserError } from '../errors.js';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  formatMs,
  systemClock,
  type Clock,
  type RetryPolicy,
} from '../http/retry.js';
import type { Logger } from '../log.js';
import { redactor } from '../redact.js';
import { formatReference, isValidDigest, tagProblem, type ImageReference } from '../reference.js';
import { parseEcrHost, type EcrHost } from './ecr-host.js';
import {
  IntegrityError,
  RegistryError,
  requireDigest,
  retryIntegrity,
  type RequestContext,
} from './http.js';
import {
  digestOf,
  MANIFEST_MEDIA_TYPES,
  ManifestError,
  parseManifest,
  type ImageConfigInfo,
  type ParsedManifest,
} from './manifest.js';
import { manifestReference } from './oci-wire.js';
import { RatePacer } from './pace.js';
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
import { checkExpected, tagMoved } from './tag-precondition.js';
import { Backend } from './backend.js';

/**
 * PutImage calls started per second, per account and region: ECR's default quota for the rate
 * of PutImage requests (10 per second, as for its layer-upload calls; docs/design.md, "ECR").
 * The quota is adjustable upwards; pacing at the default never exceeds a raised one.
 */
export const ECR_PUT_IMAGE_PER_SECOND = 10;

/** PutImage attempts at most (the first and its retries) on throttling or a transient error. */
export const ECR_PUT_IMAGE_ATTEMPTS = 5;

/** One pacer per account and region: every PutImage of a run to that registry waits on it. */
export function createPutImagePacer(clock: Pick<Clock, 'now' | 'sleep'> = systemClock): RatePacer {
  return new RatePacer(ECR_PUT_IMAGE_PER_SECOND, 1000, clock);
}

export interface EcrClientOptions {
  retry?: RetryPolicy;
  /** Overrides the policy's attempts: 1 for the write client, whose retries are paced here. */
  maxAttempts?: number;
  /** Shared with another client of the same host, so credentials are resolved once. */
  credentials?: ECRClient['config']['credentials'];
}

/** An SDK client for the region (and FIPS / dual-stack endpoint) the registry host names. */
export function createEcrClient(host: EcrHost, options: EcrClientOptions = {}): ECRClient {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  return new ECRClient({
    region: host.region,
    useFipsEndpoint: host.fips,
    useDualstackEndpoint: host.dualstack,
    // The SDK's standard retry strategy backs off on throttling and 5xx answers.
    maxAttempts: options.maxAttempts ?? policy.retries + 1,
    retryMode: 'standard',
    requestHandler: { requestTimeout: policy.timeoutMs, connectionTimeout: policy.timeoutMs },
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
}

/**
 * The client PutImage goes through: `client`'s credentials and settings without the SDK's
 * retries, so the PutImage pacer alone decides (and paces) every attempt.
 */
export function createEcrWriteClient(
  host: EcrHost,
  client: ECRClient,
  options: Pick<EcrClientOptions, 'retry'> = {},
): ECRClient {
  return createEcrClient(host, {
    ...options,
    maxAttempts: 1,
    credentials: client.config.credentials,
  });
}

export interface EcrAuthorization {
  username: string;
  password: string;
  /** `https://<account>.dkr.ecr.<region>.amazonaws.com`, for `docker login`. */
  endpoint: string;
  expiresAt?: Date;
}

export interface EcrAuthorizationOptions {
  logger: Logger;
  client?: ECRClient;
  retry?: RetryPolicy;
}

function requireEcrHost(host: string): EcrHost {
  const parsed = parseEcrHost(host);
  if (!parsed) {
    throw new UserError(
      `${host} is not an Amazon ECR registry host (expected <account>.dkr.ecr.<region>.amazonaws.com)`,
    );
  }
  return parsed;
}

/**
 * A docker login for an ECR registry (GetAuthorizationToken; valid 12 hours). The password
 * is masked before it is returned.
 */
export async function getEcrAuthorization(
  host: string,
  options: EcrAuthorizationOptions,
): Promise<EcrAuthorization> {
  const parsed = requireEcrHost(host);
  const client =
    options.client ?? createEcrClient(parsed, options.retry ? { retry: options.retry } : {});
  const ctx: RequestContext = { registry: host, operation: 'GetAuthorizationToken' };
  let data;
  try {
    const out = await client.send(new GetAuthorizationTokenCommand({}));
    data = out.authorizationData?.[0];
  } catch (err) {
    throw awsError(err, ctx);
  }
  const token = data?.authorizationToken;
  if (!data || !token) throw new RegistryError(ctx, 'ECR returned no authorization token');
  redactor.add(token);
  options.logger.mask(token);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0)
    throw new RegistryError(ctx, 'ECR returned an authorization token of unknown form');
  const password = decoded.slice(colon + 1);
  // Registered directly too: every form (the password, base64 of AWS:password) is redacted
  // whatever the logger does with it.
  redactor.addCredentials(decoded.slice(0, colon), password);
  options.logger.mask(password);
  return {
    username: decoded.slice(0, colon),
    password,
    endpoint: data.proxyEndpoint ?? `https://${host}`,
    ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
  };
}

/** The OCI backend for the same host: copies between repositories, and config blobs. */
export type OciFallback = () => Promise<Registry & BlobReader>;

export interface EcrRegistryOptions {
  /** The registry host as references name it. */
  registry: string;
  logger: Logger;
  allowOverwrite?: boolean;
  retry?: RetryPolicy;
  /** Time and randomness for the integrity retries and the PutImage pace and backoff (tests). */
  clock?: Clock;
  /**
   * Injected in tests; otherwise created for the host's region. An injected client also makes
   * the PutImage calls (its own SDK retries then come on top of the paced ones).
   */
  client?: ECRClient;
  /** The client PutImage is sent with (its SDK retries off: the pacer retries); default: made here. */
  writeClient?: ECRClient;
  /**
   * Paces PutImage; share one per account and region across a run (the provider does).
   * Without it the registry makes its own, on `clock`.
   */
  putPacer?: RatePacer;
  oci: OciFallback;
}

interface EcrManifest {
  manifest: string;
  mediaType: string;
  /** Computed here from `manifest`, never taken from ECR's answer. */
  digest: string;
}

export class EcrRegistry extends Backend implements Registry, ArtifactStore {
  readonly kind = 'ecr' as const;
  private readonly host: EcrHost;
  private readonly client: ECRClient;
  /** PutImage only: no SDK retries, so putWithRetry alone decides (and paces) every attempt. */
  private readonly writeClient: ECRClient;
  private readonly putPacer: RatePacer;
  private oci: Promise<Registry & BlobReader> | undefined;

  constructor(override readonly options: EcrRegistryOptions) {
    super(
      options,
      'another process writes this tag; make the repository IMMUTABLE in ECR (the only real lock) or serialise the writers',
    );
    this.host = requireEcrHost(options.registry);
    const retry = options.retry ? { retry: options.retry } : {};
    this.client = options.client ?? createEcrClient(this.host, retry);
    this.writeClient =
      options.writeClient ?? options.client ?? createEcrWriteClient(this.host, this.client, retry);
    this.putPacer = options.putPacer ?? createPutImagePacer(options.clock ?? systemClock);
  }

  async resolve(ref: ImageReference): Promise<Descriptor | undefined> {
    this.checkHost(ref);
    const image = await this.getImage(ref.path, manifestReference(ref));
    return image && descriptorOf(image);
  }

  async addTag(
    source: ImageReference,
    tag: string,
    options: WriteOptions = {},
  ): Promise<TagResult> {
    this.checkHost(source);
    const problem = tagProblem(tag);
    if (problem) throw new UserError(`cannot tag ${source.name}:${tag}: ${problem}`);
    const [current, image] = await Promise.all([
      this.getImage(source.path, tag),
      this.getImage(source.path, manifestReference(source)),
    ]);
    if (!image) {
      throw new RegistryError(
        this.ctx('BatchGetImage', source.path, manifestReference(source)),
        'the source image does not exist (no such tag, digest or repository)',
        'check the reference, or build and push the image first',
      );
    }
    const unchanged = this.checkOverwrite(current, descriptorOf(image), source.path, tag, options);
    if (unchanged) return unchanged;
    const { changed, out } = await this.putImage(
      source.path,
      image,
      tag,
      'choose a new tag; ECR will not move a tag in an immutable repository',
    );
    // Re-read: a tag another writer moved in the meantime must not be reported as written.
    const now = await this.getImage(source.path, tag);
    if (now?.digest !== image.digest) {
      if (now !== undefined && out?.image?.imageId?.imageDigest === now.digest) {
        throw new RegistryError(
          this.ctx('PutImage', source.path, tag),
          `ECR stored digest ${now.digest} instead of ${image.digest}`,
        );
      }
      throw this.movedError(source.path, tag, image.digest, now?.digest);
    }
    return { descriptor: descriptorOf(image), changed };
  }

  async copy(
    source: ImageReference,
    target: ImageReference,
    options: WriteOptions = {},
  ): Promise<TagResult> {
    this.checkHost(source);
    this.checkHost(target);
    if (source.path === target.path && target.tag !== undefined && target.digest === undefined) {
      return this.addTag(source, target.tag, options);
    }
    return (await this.fallback()).copy(source, target, options);
  }

  async verifyTag(ref: ImageReference, expectedDigest: string): Promise<void> {
    this.checkHost(ref);
    if (ref.tag === undefined) {
      throw new Error(`verifyTag needs a reference with a tag, not ${formatReference(ref)}`);
    }
    const now = await this.getImage(ref.path, ref.tag);
    if (now?.digest !== expectedDigest) {
      throw this.movedError(ref.path, ref.tag, expectedDigest, now?.digest);
    }
  }

  async imageConfig(ref: ImageReference): Promise<ImageConfigInfo | undefined> {
    this.checkHost(ref);
    const read = async (reference: string) => {
      const image = await this.getImage(ref.path, reference);
      return image && { ...image, parsed: this.parse(image, ref.path) };
    };
    const top = await read(manifestReference(ref));
    if (!top) return undefined;
    return this.configOf(
      ref.path,
      top,
      read,
      'BatchGetImage',
      // The config blob comes through the registry API (BatchGetImage returns manifests only).
      async (digest) => (await this.fallback()).readBlob(ref, digest),
    );
  }

  // ---- artifacts (ArtifactStore) ----------------------------------------------------------

  async readManifest(ref: ImageReference): Promise<ManifestContent | undefined> {
    this.checkHost(ref);
    const image = await this.getImage(ref.path, manifestReference(ref));
    return (
      image && {
        bytes: Buffer.from(image.manifest, 'utf8'),
        mediaType: image.mediaType,
        digest: image.digest,
      }
    );
  }

  /**
   * PutImage with the exact manifest text (untagged when `ref` names a digest). ECR indexes a
   * manifest's `subject` itself (ListImageReferrers lists it), so `subjectIndexed` is true for
   * every manifest that has one and no referrers tag is ever maintained here.
   */
  async writeManifest(
    ref: ImageReference,
    content: { bytes: Buffer; mediaType: string },
    options: ManifestWriteOptions = {},
  ): Promise<WrittenManifest> {
    this.checkHost(ref);
    const manifest = content.bytes.toString('utf8');
    const ctx = this.ctx('PutImage', ref.path, ref.tag ?? ref.digest);
    if (!Buffer.from(manifest, 'utf8').equals(content.bytes)) {
      throw new RegistryError(ctx, 'the manifest is not UTF-8 text, which PutImage needs');
    }
    let subject: boolean;
    try {
      parseManifest(content.bytes, content.mediaType);
      const json = JSON.parse(manifest) as { subject?: unknown };
      subject = typeof json.subject === 'object' && json.subject !== null;
    } catch (err) {
      if (!(err instanceof ManifestError)) throw err;
      throw new RegistryError(ctx, `refusing to write ${formatReference(ref)}: ${err.message}`);
    }
    const image: EcrManifest = {
      manifest,
      mediaType: content.mediaType,
      digest: digestOf(content.bytes),
    };
    if (ref.digest !== undefined && ref.digest !== image.digest) {
      throw new Error(`writeManifest: the bytes hash to ${image.digest}, not ${ref.digest}`);
    }
    const tag = ref.digest === undefined ? ref.tag : undefined;
    if (tag === undefined) {
      const { changed } = await this.putImage(ref.path, image);
      if ((await this.getImage(ref.path, image.digest)) === undefined) {
        throw new RegistryError(
          ctx,
          `ECR does not hold ${image.digest} after it accepted PutImage`,
          'retry; if it persists, report it to AWS support',
        );
      }
      return { descriptor: descriptorOf(image), changed, subjectIndexed: subject };
    }
    const problem = tagProblem(tag);
    if (problem) throw new UserError(`cannot tag ${ref.name}:${tag}: ${problem}`);
    const current = await this.getImage(ref.path, tag);
    checkExpected(ctx, tag, current?.digest, options.expectCurrent);
    const unchanged = this.checkOverwrite(current, descriptorOf(image), ref.path, tag, options);
    if (unchanged) return { ...unchanged, subjectIndexed: subject };
    const { changed } = await this.putImage(ref.path, image, tag);
    const now = await this.getImage(ref.path, tag);
    if (now?.digest !== image.digest) {
      throw tagMoved(ctx, tag, image.digest, now?.digest);
    }
    return { descriptor: descriptorOf(image), changed, subjectIndexed: subject };
  }

  /**
   * BatchCheckLayerAvailability, then (when missing) InitiateLayerUpload, UploadLayerPart in
   * the part size ECR names, CompleteLayerUpload, and a second availability check.
   */
  async writeBlob(repo: ImageReference, bytes: Buffer): Promise<{ digest: string; size: number }> {
    this.checkHost(repo);
    const digest = digestOf(bytes);
    const ctx = this.ctx('upload blob', repo.path, digest);
    if (await this.layerAvailable(repo.path, digest)) return { digest, size: bytes.length };
    if (bytes.length === 0) throw new RegistryError(ctx, 'ECR does not store empty blobs');
    const ids = { registryId: this.host.accountId, repositoryName: repo.path };
    try {
      const started = await this.client.send(new InitiateLayerUploadCommand(ids));
      const uploadId = started.uploadId;
      if (!uploadId) throw new RegistryError(ctx, 'InitiateLayerUpload returned no upload id');
      const partSize = started.partSize && started.partSize > 0 ? started.partSize : bytes.length;
      for (let first = 0; first < bytes.length; first += partSize) {
        const last = Math.min(first + partSize, bytes.length) - 1;
        await this.client.send(
          new UploadLayerPartCommand({
            ...ids,
            uploadId,
            partFirstByte: first,
            partLastByte: last,
            layerPartBlob: bytes.subarray(first, last + 1),
          }),
        );
      }
      const done = await this.client.send(
        new CompleteLayerUploadCommand({ ...ids, uploadId, layerDigests: [digest] }),
      );
      if (done.layerDigest !== undefined && done.layerDigest !== digest) {
        throw new RegistryError(ctx, `ECR stored the blob as ${done.layerDigest}, not ${digest}`);
      }
    } catch (err) {
      if (err instanceof RegistryError) throw err;
      // Another writer completed the same blob first: what matters is that it is there.
      if (errorName(err) !== 'LayerAlreadyExistsException') throw awsError(err, ctx);
    }
    if (!(await this.layerAvailable(repo.path, digest))) {
      throw new RegistryError(
        ctx,
        'ECR does not report the blob available after CompleteLayerUpload',
        'retry; if it persists, report it to AWS support',
      );
    }
    return { digest, size: bytes.length };
  }

  /** Through the registry API (the SDK returns no blob content), verified and bounded. */
  async readBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    this.checkHost(repo);
    return (await this.fallback()).readBlob(repo, digest);
  }

  /** ListImageReferrers (active artifacts), pages followed; ECR always has a referrers index. */
  async referrers(
    repo: ImageReference,
    digest: string,
    artifactType?: string,
  ): Promise<ReferrerDescriptor[]> {
    this.checkHost(repo);
    const ctx = this.ctx('ListImageReferrers', repo.path, digest);
    const found: ReferrerDescriptor[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      let out;
      try {
        out = await this.client.send(
          new ListImageReferrersCommand({
            registryId: this.host.accountId,
            repositoryName: repo.path,
            subjectId: { imageDigest: digest },
            ...(artifactType !== undefined ? { filter: { artifactTypes: [artifactType] } } : {}),
            ...(nextToken ? { nextToken } : {}),
          }),
        );
      } catch (err) {
        if (errorName(err) === 'RepositoryNotFoundException') return [];
        throw awsError(err, ctx);
      }
      for (const r of out.referrers ?? []) {
        const { digest: d, mediaType, size } = r;
        // Entries are hints for a read by digest; malformed ones are left out.
        if (typeof d !== 'string' || !isValidDigest(d)) continue;
        if (typeof mediaType !== 'string' || typeof size !== 'number' || size < 0) continue;
        found.push({
          digest: d,
          mediaType,
          size,
          ...(r.artifactType ? { artifactType: r.artifactType } : {}),
          ...(r.annotations && Object.keys(r.annotations).length > 0
            ? { annotations: { ...r.annotations } }
            : {}),
        });
      }
      nextToken = out.nextToken;
      pages++;
    } while (nextToken && pages < MAX_REFERRER_PAGES);
    return artifactType === undefined
      ? found
      : found.filter((r) => r.artifactType === artifactType);
  }

  /**
   * PutImage of exact manifest text: `changed` false when ECR already held it under that
   * tag/digest (no `out` then). `immutableFix` is the fix named when the repository's tags
   * are immutable.
   */
  private async putImage(
    repository: string,
    image: EcrManifest,
    tag?: string,
    immutableFix = 'ECR will not move a tag in an immutable repository; make the repository mutable or write elsewhere',
  ): Promise<{ changed: boolean; out?: PutImageCommandOutput }> {
    const ctx = this.ctx('PutImage', repository, tag ?? image.digest);
    try {
      const out = await this.putWithRetry(
        {
          registryId: this.host.accountId,
          repositoryName: repository,
          imageManifest: image.manifest,
          imageManifestMediaType: image.mediaType,
          // ECR checks the manifest against this digest, which was computed here.
          imageDigest: image.digest,
          ...(tag !== undefined ? { imageTag: tag } : {}),
        },
        ctx,
      );
      return { changed: true, out };
    } catch (err) {
      if (errorName(err) === 'ImageTagAlreadyExistsException') {
        throw new RegistryError(
          { ...ctx, code: 'ImageTagAlreadyExistsException' },
          `the repository has immutable tags and ${tag ?? image.digest} already exists`,
          immutableFix,
        );
      }
      // ImageAlreadyExistsException: the tag already names exactly this manifest.
      if (errorName(err) === 'ImageAlreadyExistsException') return { changed: false };
      throw awsError(err, ctx);
    }
  }

  /**
   * One PutImage, paced (every attempt waits for its slot) and retried on throttling and
   * transient errors with jittered backoff, ECR_PUT_IMAGE_ATTEMPTS attempts at most. Any other
   * error, and the last one, is thrown as the SDK raised it (with the attempts made recorded).
   */
  private async putWithRetry(
    input: PutImageCommandInput,
    ctx: RequestContext,
  ): Promise<PutImageCommandOutput> {
    const policy = this.options.retry ?? DEFAULT_RETRY_POLICY;
    const clock = this.options.clock ?? systemClock;
    for (let attempt = 1; ; attempt++) {
      await this.putPacer.acquire();
      try {
        return await this.writeClient.send(new PutImageCommand(input));
      } catch (err) {
        const kind = retryKind(err);
        if (kind === undefined || attempt >= ECR_PUT_IMAGE_ATTEMPTS) {
          if (kind !== undefined) recordAttempts(err, attempt);
          throw err;
        }
        const delay = backoffDelay(policy, attempt - 1, clock.random);
        this.options.logger.debug(
          `${ctx.operation} ${ctx.repository ?? ''}: ${errorName(err) ?? 'error'} (${kind}), retry ${attempt} of ${ECR_PUT_IMAGE_ATTEMPTS - 1} in ${formatMs(delay)}`,
        );
        await clock.sleep(delay);
      }
    }
  }

  private async layerAvailable(repository: string, digest: string): Promise<boolean> {
    const ctx = this.ctx('BatchCheckLayerAvailability', repository, digest);
    try {
      const out = await this.client.send(
        new BatchCheckLayerAvailabilityCommand({
          registryId: this.host.accountId,
          repositoryName: repository,
          layerDigests: [digest],
        }),
      );
      return (out.layers ?? []).some(
        (l) => l.layerDigest === digest && l.layerAvailability === 'AVAILABLE',
      );
    } catch (err) {
      throw awsError(err, ctx);
    }
  }

  private fallback(): Promise<Registry & BlobReader> {
    this.oci ??= this.options.oci();
    this.oci.catch(() => {
      this.oci = undefined;
    });
    return this.oci;
  }

  private parse(image: EcrManifest, repository: string): ParsedManifest {
    try {
      return parseManifest(Buffer.from(image.manifest, 'utf8'), image.mediaType);
    } catch (err) {
      if (err instanceof ManifestError) {
        throw new RegistryError(this.ctx('BatchGetImage', repository, image.digest), err.message);
      }
      throw err;
    }
  }

  /**
   * BatchGetImage for one tag or digest, with the digest computed from the manifest string and
   * checked against the one asked for and ECR's `imageDigest` (integrity retries); undefined
   * when the image or repository is missing.
   */
  private getImage(repository: string, reference: string): Promise<EcrManifest | undefined> {
    const ctx = this.ctx('BatchGetImage', repository, reference);
    const retry = {
      policy: this.options.retry ?? DEFAULT_RETRY_POLICY,
      clock: this.options.clock ?? systemClock,
      logger: this.options.logger,
    };
    return retryIntegrity(retry, ctx, () => this.getImageOnce(repository, reference, ctx));
  }

  private async getImageOnce(
    repository: string,
    reference: string,
    ctx: RequestContext,
  ): Promise<EcrManifest | undefined> {
    const byDigest = reference.includes(':');
    const imageId: ImageIdentifier = byDigest
      ? { imageDigest: reference }
      : { imageTag: reference };
    let images: Image[];
    let failures;
    try {
      const out = await this.client.send(
        new BatchGetImageCommand({
          registryId: this.host.accountId,
          repositoryName: repository,
          imageIds: [imageId],
          // Without every type ECR may convert the manifest (and so change the digest).
          acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES],
        }),
      );
      images = out.images ?? [];
      failures = out.failures ?? [];
    } catch (err) {
      if (errorName(err) === 'RepositoryNotFoundException') return undefined;
      throw awsError(err, ctx);
    }
    const image = images[0];
    if (image?.imageManifest) {
      const bytes = Buffer.from(image.imageManifest, 'utf8');
      const claimed = image.imageId?.imageDigest;
      if (byDigest) requireDigest(ctx, bytes, reference);
      if (claimed !== undefined) requireDigest(ctx, bytes, claimed, 'the imageDigest ECR sent');
      let mediaType = image.imageManifestMediaType;
      if (!mediaType) {
        try {
          mediaType = parseManifest(bytes).mediaType;
        } catch (err) {
          if (!(err instanceof ManifestError)) throw err;
          throw new IntegrityError(
            ctx,
            `the registry returned bytes that are not a manifest (${err.message})`,
          );
        }
      }
      const digest = byDigest ? reference : digestOf(bytes, claimed);
      return { manifest: image.imageManifest, mediaType, digest };
    }
    const failure = failures[0];
    if (!failure || failure.failureCode === 'ImageNotFound') return undefined;
    const code = failure.failureCode ?? 'unknown';
    throw new RegistryError(
      { ...ctx, code, retryable: code.startsWith('Upstream') },
      `ECR could not return the image: ${code}${failure.failureReason ? ` (${failure.failureReason})` : ''}`,
      failureHint(code),
    );
  }
}

/** ListImageReferrers pages followed at most. */
const MAX_REFERRER_PAGES = 20;

function descriptorOf(image: EcrManifest): Descriptor {
  return {
    digest: image.digest,
    mediaType: image.mediaType,
    size: Buffer.byteLength(image.manifest, 'utf8'),
  };
}

function errorName(err: unknown): string | undefined {
  return err instanceof Error ? err.name : undefined;
}

/**
 * Throttling names the AWS SDKs use (the SDK's own list, less LimitExceededException: for
 * PutImage that is the images-per-repository quota, which no retry fixes).
 */
const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

const TRANSIENT_NAMES = new Set([
  'ServerException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

interface SdkErrorShape {
  code?: unknown;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** Why a PutImage failure may succeed later ('throttling' / 'transient'), or undefined. */
export function retryKind(err: unknown): 'throttling' | 'transient' | undefined {
  if (!(err instanceof Error)) return undefined;
  const e = err as Error & SdkErrorShape;
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLING_NAMES.has(e.name) || e.$retryable?.throttling === true || status === 429) {
    return 'throttling';
  }
  if (TRANSIENT_NAMES.has(e.name) || (status !== undefined && status >= 500)) return 'transient';
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return 'transient';
  return undefined;
}

/** The attempts made, where awsError reads them (`$metadata.attempts`). */
function recordAttempts(err: unknown, attempts: number): void {
  const e = err as SdkErrorShape;
  if (typeof err !== 'object' || err === null) return;
  e.$metadata = { ...e.$metadata, attempts };
}

function failureHint(code: string): string | undefined {
  switch (code) {
    case 'KmsError':
      return 'check the KMS key permissions of the repository';
    case 'UpstreamAccessDenied':
    case 'UpstreamTooManyRequests':
    case 'UpstreamUnavailable':
      return 'this is a pull-through cache repository; check its upstream registry';
    default:
      return undefined;
  }
}

/** SDK exceptions → RegistryError naming the operation; the SDK has already retried. */
export function awsError(err: unknown, ctx: RequestContext): Error {
  if (!(err instanceof Error)) return new RegistryError(ctx, `failed: ${String(err)}`);
  const status = (err as { $metadata?: { httpStatusCode?: number; attempts?: number } }).$metadata;
  const info = {
    ...ctx,
    code: err.name,
    ...(status?.httpStatusCode ? { status: status.httpStatusCode } : {}),
    ...(status?.attempts ? { attempts: status.attempts } : {}),
  };
  switch (err.name) {
    case 'CredentialsProviderError':
      return new RegistryError(
        info,
        'no AWS credentials were found',
        'configure credentials (e.g. aws-actions/configure-aws-credentials) before this step',
      );
    case 'AccessDeniedException':
    case 'UnrecognizedClientException':
    case 'ExpiredTokenException':
    case 'InvalidSignatureException':
      return new RegistryError(
        info,
        `AWS refused the request (${err.name})`,
        `check that the AWS credentials are valid and allow ecr:${ctx.operation} on the repository`,
      );
    case 'RepositoryNotFoundException':
      return new RegistryError(
        info,
        'the repository does not exist',
        'create the ECR repository first',
      );
    case 'ThrottlingException':
    case 'ServerException':
      return new RegistryError(
        { ...info, retryable: true },
        `ECR kept failing (${err.name})${status?.attempts ? ` after ${status.attempts} attempts` : ''}`,
        'retry later',
      );
    default:
      // The service's message may quote what it was sent: RegistryError redacts it.
      return new RegistryError(info, `failed: ${err.name}${err.message ? `: ${err.message}` : ''}`);
  }
}
