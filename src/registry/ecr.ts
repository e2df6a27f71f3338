/**
 * Amazon ECR backend through @aws-sdk/client-ecr. Only the provider loads this module (with a
 * dynamic import), so runs against other registries never load the SDK.
 * Existence and digest: BatchGetImage (missing images come back in `failures`). Retag:
 * BatchGetImage + PutImage with the exact manifest string and its media type. A copy to
 * another repository goes through the registry API with a GetAuthorizationToken login,
 * because only that API can mount layers across repositories.
 */
import {
  BatchGetImageCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ListImagesCommand,
  PutImageCommand,
  type Image,
  type ImageIdentifier,
} from '@aws-sdk/client-ecr';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { formatReference, tagProblem, type ImageReference } from '../reference.js';
import { parseEcrHost, type EcrHost } from './ecr-host.js';
import {
  DEFAULT_RETRY_POLICY,
  RegistryError,
  type RequestContext,
  type RetryPolicy,
} from './http.js';
import { MANIFEST_MEDIA_TYPES, parseManifest } from './manifest.js';
import { manifestReference } from './oci.js';
import type { Descriptor, Registry, TagResult, WriteOptions } from './types.js';

export interface EcrClientOptions {
  retry?: RetryPolicy;
}

/** An SDK client for the region (and FIPS / dual-stack endpoint) the registry host names. */
export function createEcrClient(host: EcrHost, options: EcrClientOptions = {}): ECRClient {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  return new ECRClient({
    region: host.region,
    useFipsEndpoint: host.fips,
    useDualstackEndpoint: host.dualstack,
    // The SDK's standard retry strategy backs off on throttling and 5xx answers.
    maxAttempts: policy.retries + 1,
    retryMode: 'standard',
    requestHandler: { requestTimeout: policy.timeoutMs, connectionTimeout: policy.timeoutMs },
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
  options.logger.mask(token);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0)
    throw new RegistryError(ctx, 'ECR returned an authorization token of unknown form');
  const password = decoded.slice(colon + 1);
  options.logger.mask(password);
  return {
    username: decoded.slice(0, colon),
    password,
    endpoint: data.proxyEndpoint ?? `https://${host}`,
    ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
  };
}

/** The OCI backend for the same host, used for copies between repositories. */
export type OciFallback = () => Promise<Registry>;

export interface EcrRegistryOptions {
  /** The registry host as references name it. */
  registry: string;
  logger: Logger;
  allowOverwrite?: boolean;
  retry?: RetryPolicy;
  /** Injected in tests; otherwise created for the host's region. */
  client?: ECRClient;
  oci: OciFallback;
}

interface EcrManifest {
  manifest: string;
  mediaType: string;
  digest: string;
}

export class EcrRegistry implements Registry {
  readonly kind = 'ecr' as const;
  private readonly host: EcrHost;
  private readonly client: ECRClient;
  private oci: Promise<Registry> | undefined;

  constructor(private readonly options: EcrRegistryOptions) {
    this.host = requireEcrHost(options.registry);
    this.client =
      options.client ?? createEcrClient(this.host, options.retry ? { retry: options.retry } : {});
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
    if (current) {
      if (current.digest === image.digest)
        return { descriptor: descriptorOf(image), changed: false };
      if (!(options.allowOverwrite ?? this.options.allowOverwrite ?? false)) {
        throw new RegistryError(
          this.ctx('add tag', source.path, tag),
          `tag ${tag} already points to ${current.digest}; refusing to move it to ${image.digest} (tags are treated as immutable)`,
          'choose a new tag, or allow overwriting tags explicitly if moving it is intended',
        );
      }
    }
    const ctx = this.ctx('PutImage', source.path, tag);
    try {
      const out = await this.client.send(
        new PutImageCommand({
          registryId: this.host.accountId,
          repositoryName: source.path,
          imageManifest: image.manifest,
          imageManifestMediaType: image.mediaType,
          imageTag: tag,
          imageDigest: image.digest,
        }),
      );
      const stored = out.image?.imageId?.imageDigest;
      if (stored !== undefined && stored !== image.digest) {
        throw new RegistryError(ctx, `ECR stored digest ${stored} instead of ${image.digest}`);
      }
      return { descriptor: descriptorOf(image), changed: true };
    } catch (err) {
      // The tag already names exactly this manifest: nothing to do.
      if (errorName(err) === 'ImageAlreadyExistsException') {
        return { descriptor: descriptorOf(image), changed: false };
      }
      if (errorName(err) === 'ImageTagAlreadyExistsException') {
        throw new RegistryError(
          { ...ctx, code: 'ImageTagAlreadyExistsException' },
          `the repository has immutable tags and ${tag} already exists`,
          'choose a new tag; ECR will not move a tag in an immutable repository',
        );
      }
      throw awsError(err, ctx);
    }
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
    this.oci ??= this.options.oci();
    return (await this.oci).copy(source, target, options);
  }

  async listTags(repo: ImageReference): Promise<string[]> {
    this.checkHost(repo);
    const ctx = this.ctx('ListImages', repo.path);
    const tags = new Set<string>();
    let nextToken: string | undefined;
    do {
      try {
        const out = await this.client.send(
          new ListImagesCommand({
            registryId: this.host.accountId,
            repositoryName: repo.path,
            filter: { tagStatus: 'TAGGED' },
            maxResults: 1000,
            ...(nextToken ? { nextToken } : {}),
          }),
        );
        for (const id of out.imageIds ?? []) if (id.imageTag) tags.add(id.imageTag);
        nextToken = out.nextToken;
      } catch (err) {
        if (errorName(err) === 'RepositoryNotFoundException') return [];
        throw awsError(err, ctx);
      }
    } while (nextToken);
    return [...tags];
  }

  /** BatchGetImage for one tag or digest; undefined when the image or repository is missing. */
  private async getImage(repository: string, reference: string): Promise<EcrManifest | undefined> {
    const ctx = this.ctx('BatchGetImage', repository, reference);
    const imageId: ImageIdentifier = reference.includes(':')
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
    if (image?.imageManifest && image.imageId?.imageDigest) {
      const mediaType =
        image.imageManifestMediaType ?? parseManifest(Buffer.from(image.imageManifest)).mediaType;
      return { manifest: image.imageManifest, mediaType, digest: image.imageId.imageDigest };
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

  private ctx(operation: string, repository: string, reference?: string): RequestContext {
    return {
      registry: this.options.registry,
      operation,
      repository,
      ...(reference !== undefined ? { reference } : {}),
    };
  }

  private checkHost(ref: ImageReference): void {
    if (ref.domain !== this.options.registry) {
      throw new Error(
        `reference ${formatReference(ref)} does not belong to registry ${this.options.registry}`,
      );
    }
  }
}

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
        `ECR kept failing (${err.name}) after the SDK's retries`,
        'retry later',
      );
    default:
      return new RegistryError(info, `failed: ${err.name}${err.message ? `: ${err.message}` : ''}`);
  }
}
