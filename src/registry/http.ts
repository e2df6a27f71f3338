/**
 * HTTP with the resilience registries need: retries on 429/5xx, resets and timeouts, with
 * exponential backoff and jitter, honouring Retry-After, bounded in attempts and total time.
 * Also the error type every registry failure becomes.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { redact } from '../redact.js';
import { digestOf, hashMatches } from './manifest.js';
import { readAll, type ResponseHeaders, type Transport } from './transport.js';

export interface RetryPolicy {
  /** Retries after the first attempt (so `retries + 1` attempts at most). */
  retries: number;
  /** First backoff; doubles per retry, with jitter. */
  minDelayMs: number;
  /** Cap of one computed backoff (a longer Retry-After is still honoured within the budget). */
  maxDelayMs: number;
  /** No retry starts (or waits) past this many ms after the first attempt began. */
  maxElapsedMs: number;
  /**
   * Per attempt: until the answer is read. For streamed uploads it is an idle timeout (no
   * chunk for this long); for streamed downloads it covers the headers (the upload that
   * consumes the download then notices a stall).
   */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  minDelayMs: 250,
  maxDelayMs: 8000,
  maxElapsedMs: 60_000,
  timeoutMs: 30_000,
};

/** Seams for tests: time and randomness. */
export interface Clock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/** Retry-After as ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Backoff before retry number `retry` (0-based): half fixed, half random ("equal jitter"). */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

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

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A Buffer can be re-sent; a stream cannot, so a streamed request is attempted once. */
  body?: Buffer | AsyncIterable<Uint8Array>;
}

export interface BufferedResponse {
  status: number;
  headers: ResponseHeaders;
  body: Buffer;
  /** How many attempts it took (1 = no retry). */
  attempts: number;
}

export interface StreamedResponse extends BufferedResponse {
  /** The unread body of a 2xx answer to `Http.stream`. */
  stream?: AsyncIterable<Uint8Array>;
  /** Frees the connection of an unread `stream`. */
  discard?: () => void;
}

export interface HttpOptions {
  transport: Transport;
  policy: RetryPolicy;
  logger: Logger;
  clock?: Clock;
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

interface ErrorLike {
  name: string;
  message: string;
  code?: unknown;
  cause?: unknown;
}

// Duck-typed: errors may come from another realm (undici's, or under jest's VM modules).
function asError(err: unknown): ErrorLike | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as Partial<ErrorLike>;
  return typeof e.name === 'string' && typeof e.message === 'string' ? (e as ErrorLike) : undefined;
}

/** Network-level failures worth another attempt (by code; fetch wraps them in a TypeError). */
function isTransientError(err: unknown): boolean {
  if (err instanceof TimeoutError) return true;
  const e = asError(err);
  if (!e) return false;
  if (e.name === 'TypeError' && (e.message === 'fetch failed' || e.message === 'terminated')) {
    return true;
  }
  return (
    typeof e.code === 'string' &&
    /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|UND_ERR_)/.test(e.code)
  );
}

/** The low-level reason (ECONNRESET, "socket hang up") behind a network failure. */
export function networkReason(err: unknown): string {
  let cur = asError(err);
  let reason = cur ? cur.message : String(err);
  for (let depth = 0; depth < 4 && cur; depth++) {
    if (typeof cur.code === 'string') return `${cur.code}${cur.message ? `: ${cur.message}` : ''}`;
    reason = cur.message || reason;
    cur = asError(cur.cause);
  }
  return reason;
}

export class Http {
  private readonly clock: Clock;
  constructor(private readonly options: HttpOptions) {
    this.clock = options.clock ?? systemClock;
  }

  get policy(): RetryPolicy {
    return this.options.policy;
  }

  /** Sends with retries and reads the whole body (manifests, JSON, errors). */
  buffered(req: HttpRequest, ctx: RequestContext): Promise<BufferedResponse> {
    return this.withRetries(req, ctx, false);
  }

  /**
   * Sends with retries; a 2xx body is handed back unread as `stream` (blob downloads), anything
   * else is read into `body`. The timeout covers the headers only for a streamed body: a body
   * that fails midway is retried by the caller, which restarts the whole transfer.
   */
  stream(req: HttpRequest, ctx: RequestContext): Promise<StreamedResponse> {
    return this.withRetries(req, ctx, true);
  }

  private async withRetries(
    req: HttpRequest,
    ctx: RequestContext,
    streamBody: boolean,
  ): Promise<StreamedResponse> {
    const { policy, logger } = this.options;
    const replayable = req.body === undefined || Buffer.isBuffer(req.body);
    const started = this.clock.now();
    for (let attempt = 1; ; attempt++) {
      let outcome: { response: StreamedResponse } | { error: unknown };
      try {
        outcome = { response: await this.once(req, streamBody, attempt) };
      } catch (error) {
        outcome = { error };
      }
      const retriesLeft = replayable && attempt <= policy.retries;
      if ('response' in outcome) {
        const res = outcome.response;
        if (!isRetryableStatus(res.status) || !retriesLeft) return res;
        const hinted = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
        const delay = Math.max(hinted ?? 0, backoffDelay(policy, attempt - 1, this.clock.random));
        if (this.clock.now() + delay - started > policy.maxElapsedMs) return res;
        logger.info(
          `registry ${ctx.registry}: HTTP ${res.status} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`,
        );
        await this.clock.sleep(delay);
        continue;
      }
      const { error } = outcome;
      if (!isTransientError(error)) throw error;
      const delay = backoffDelay(policy, attempt - 1, this.clock.random);
      if (!retriesLeft || this.clock.now() + delay - started > policy.maxElapsedMs) {
        throw new RegistryError(
          { ...ctx, attempts: attempt, retryable: true },
          `could not reach the registry (${networkReason(error)})${attempt > 1 ? ` after ${attempt} attempts` : ''}`,
          'check the registry address and the network, or retry later',
        );
      }
      logger.info(
        `registry ${ctx.registry}: ${networkReason(error)} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`,
      );
      await this.clock.sleep(delay);
    }
  }

  private async once(
    req: HttpRequest,
    streamBody: boolean,
    attempt: number,
  ): Promise<StreamedResponse> {
    const { policy, logger } = this.options;
    const controller = new AbortController();
    let timer = setTimeout(() => {
      controller.abort();
    }, policy.timeoutMs);
    // A streamed upload may take long; what must not happen is a stall, so every chunk that
    // flows restarts the clock (an idle timeout), and the answer must follow the last chunk.
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        controller.abort();
      }, policy.timeoutMs);
    };
    const raw = req.body;
    const payload = raw === undefined || Buffer.isBuffer(raw) ? raw : tap(raw, touch);
    try {
      const res = await this.options.transport({
        method: req.method,
        url: req.url,
        headers: req.headers ?? {},
        ...(payload !== undefined ? { body: payload } : {}),
        signal: controller.signal,
      });
      logger.debug(`${req.method} ${redactUrl(req.url)} → ${res.status}`);
      if (streamBody && res.status >= 200 && res.status < 300) {
        clearTimeout(timer);
        return {
          status: res.status,
          headers: res.headers,
          body: EMPTY,
          stream: res.body,
          discard: res.discard,
          attempts: attempt,
        };
      }
      if (req.method === 'HEAD') {
        res.discard();
        return { status: res.status, headers: res.headers, body: EMPTY, attempts: attempt };
      }
      // Reading the body also returns the connection to the keep-alive pool.
      const body = await readAll(res.body);
      return { status: res.status, headers: res.headers, body, attempts: attempt };
    } catch (err) {
      // Only our timer aborts this controller.
      if (controller.signal.aborted)
        throw new TimeoutError(`timed out after ${formatMs(policy.timeoutMs)}`);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

const EMPTY = Buffer.alloc(0);

async function* tap(
  source: AsyncIterable<Uint8Array>,
  onChunk: () => void,
): AsyncIterable<Uint8Array> {
  for await (const chunk of source) {
    onChunk();
    yield chunk;
  }
}

/** Drops the query (upload `_state`, token parameters) from URLs that reach logs. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?…`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
