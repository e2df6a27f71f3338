/**
 * The registry's HTTP: the shared bounded layer (src/http: retries on 429/5xx, resets and
 * timeouts with backoff and jitter honouring Retry-After, bounded attempts, total time and
 * body size) with the registry's wording, and the error type every registry failure becomes.
 */
import { UserError } from '../errors.js';
import { HttpClient, type HttpFailure } from '../http/client.js';
import { backoffDelay, formatMs, type Clock, type RetryPolicy } from '../http/retry.js';
import type { RequestTally } from '../http/tally.js';
import { formatBytes, type Transport } from '../http/transport.js';
import type { Logger } from '../log.js';
import { redact } from '../redact.js';
import { digestOf, hashMatches } from './manifest.js';

/** What a request is about, for messages: never URLs with credentials, never tokens. */
export interface RequestContext {
  registry: string;
  operation: string;
  repository?: string;
  /** `:tag` or `@digest` form is added by the message; pass the bare tag or digest. */
  reference?: string;
}

export interface RegistryErrorInfo extends RequestContext {
  status?: number;
  /** The registry's error code (e.g. MANIFEST_UNKNOWN) or the AWS exception name. */
  code?: string;
  attempts?: number;
  /** A later attempt could succeed (network failure, 429/5xx). */
  retryable?: boolean;
}

/**
 * A registry failure a user can act on; the message names registry, repository, reference.
 * The message is redacted here, once: it is often built from a registry's or token server's
 * answer, which may echo the credentials it was sent.
 */
export class RegistryError extends UserError {
  override readonly name: string = 'RegistryError';
  constructor(
    readonly info: RegistryErrorInfo,
    problem: string,
    fix?: string,
  ) {
    super(redact(`${describeTarget(info)}: ${problem}${fix ? ` — ${fix}` : ''}`));
  }
}

/**
 * Content that does not hash to what it should: bytes asked for by digest that hash to
 * another one, bytes that contradict the `Docker-Content-Digest` sent with them, or bytes for
 * a tag that hash to a manifest the repository does not hold. Retried like a transient
 * fault (retryIntegrity); `problem` always starts "the registry returned bytes that …".
 */
export class IntegrityError extends RegistryError {
  override readonly name = 'IntegrityError';
  constructor(
    ctx: RequestContext,
    readonly problem: string,
  ) {
    super(
      { ...ctx, code: 'DIGEST_MISMATCH', retryable: true },
      problem,
      'the registry or a proxy in between altered the content; nothing was promoted from it',
    );
  }
}

/**
 * "the registry returned bytes that do not match `expected`[, `claimedBy`] (they hash to
 * `actual`)": the one wording for content that is not what it was asked for or said to be.
 */
export function digestMismatch(
  ctx: RequestContext,
  expected: string,
  actual: string,
  claimedBy?: string,
): IntegrityError {
  return new IntegrityError(
    ctx,
    `the registry returned bytes that do not match ${expected}${claimedBy ? `, ${claimedBy}` : ''} (they hash to ${actual})`,
  );
}

/** Throws digestMismatch unless `bytes` hash to `digest` (see hashMatches). */
export function requireDigest(
  ctx: RequestContext,
  bytes: Uint8Array,
  digest: string,
  claimedBy?: string,
): void {
  if (!hashMatches(bytes, digest)) {
    throw digestMismatch(ctx, digest, digestOf(bytes, digest), claimedBy);
  }
}

export interface IntegrityRetryOptions {
  policy: RetryPolicy;
  clock: Clock;
  logger: Logger;
}

/**
 * Runs `attempt` again while it throws IntegrityError, with the backoff and bounds of the
 * HTTP retries (attempts and total time); then fails with the last problem and the count.
 */
export async function retryIntegrity<T>(
  options: IntegrityRetryOptions,
  ctx: RequestContext,
  attempt: (n: number) => Promise<T>,
): Promise<T> {
  const { policy, clock, logger } = options;
  const started = clock.now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!(err instanceof IntegrityError)) throw err;
      const delay = backoffDelay(policy, n - 1, clock.random);
      if (n > policy.retries || clock.now() + delay - started > policy.maxElapsedMs) {
        if (n === 1) throw err;
        throw new RegistryError(
          { ...err.info, attempts: n },
          `${err.problem} (${n} attempts)`,
          'the registry or a proxy in between keeps altering the content; nothing was promoted from it',
        );
      }
      logger.info(
        `registry ${ctx.registry}: ${err.problem} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${n + 1} of ${policy.retries + 1})`,
      );
      await clock.sleep(delay);
    }
  }
}

export function formatRefSuffix(reference: string | undefined): string {
  if (reference === undefined) return '';
  return reference.includes(':') ? `@${reference}` : `:${reference}`;
}

function describeTarget(info: RequestContext): string {
  const where = info.repository
    ? ` repository ${info.repository}${formatRefSuffix(info.reference)}`
    : '';
  return `registry ${info.registry}${where}: ${info.operation}`;
}

/** A registry answer larger than this is not read to the end (manifests are at most 4 MiB). */
export const REGISTRY_MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HttpOptions {
  transport: Transport;
  policy: RetryPolicy;
  logger: Logger;
  clock?: Clock;
  /** Cap on a buffered answer (default REGISTRY_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** The run's request counts: each request under its registry (token requests too). */
  tally?: RequestTally;
}

function registryFailure(ctx: RequestContext, failure: HttpFailure): RegistryError {
  if (failure.kind === 'too-large') {
    return new RegistryError(
      { ...ctx, attempts: failure.attempts, retryable: false },
      `the answer is larger than ${formatBytes(failure.limit)}; it was not read to the end`,
      'the address may not be a registry, or a proxy in between answers instead of it',
    );
  }
  return new RegistryError(
    { ...ctx, attempts: failure.attempts, retryable: true },
    `could not reach the registry (${failure.reason})${failure.attempts > 1 ? ` after ${failure.attempts} attempts` : ''}`,
    'check the registry address and the network, or retry later',
  );
}

/** The shared HTTP client, describing requests and failures as the registry's. */
export class Http extends HttpClient<RequestContext> {
  constructor({ tally, ...options }: HttpOptions) {
    super({
      ...options,
      maxBodyBytes: options.maxBodyBytes ?? REGISTRY_MAX_BODY_BYTES,
      describe: (ctx) => `registry ${ctx.registry}`,
      failure: registryFailure,
      ...(tally
        ? { tally: { counts: tally, service: 'registry', host: (ctx) => ctx.registry } }
        : {}),
    });
  }
}
