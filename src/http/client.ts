/**
 * The bounded HTTP layer every API client stands on (the registry's and GitHub's), as
 * stacked layers: the wire (./transport.ts) under retries (./retry.ts) under each client's
 * own authentication and error wording.
 *
 * Every request is bounded: a timeout per attempt that covers the headers and the body, a
 * cap on the bytes of a buffered body (reading stops there), a bounded number of attempts
 * and a bounded total time. 429 and 5xx answers, resets and timeouts are retried with
 * backoff and jitter, honouring the wait the server asks for when it fits the time bound.
 * A client says how its requests are described in log lines and what error a request that
 * got no usable answer becomes. Every attempt sent is counted in the run's tally (./tally.ts)
 * when the client has one.
 */
import type { Logger } from '../log.js';
import {
  backoffDelay,
  formatMs,
  isRetryableStatus,
  parseRetryAfter,
  systemClock,
  type Clock,
  type RetryPolicy,
} from './retry.js';
import type { RequestService, RequestTally } from './tally.js';
import {
  BodyTooLargeError,
  readBounded,
  type ResponseHeaders,
  type Transport,
} from './transport.js';

/** What a request is about; clients add their own fields (registry, repository, …). */
export interface HttpContext {
  /** For messages: `GET manifest`, `list pull requests`. */
  operation: string;
}

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A Buffer can be re-sent; a stream cannot, so a streamed request is attempted once. */
  body?: Buffer | AsyncIterable<Uint8Array>;
  /**
   * False for a request that must not happen twice (creating a pull request, a deployment):
   * it is tried again only when the server certainly did not act on it — a refused
   * connection, or a 429 / rate-limit answer. Default true.
   */
  idempotent?: boolean;
}

export interface BufferedResponse {
  status: number;
  headers: ResponseHeaders;
  body: Buffer;
  /** How many attempts it took (1 = no retry). */
  attempts: number;
}

export interface StreamedResponse extends BufferedResponse {
  /** The unread body of a 2xx answer to `stream`. */
  stream?: AsyncIterable<Uint8Array>;
  /** Frees the connection of an unread `stream`. */
  discard?: () => void;
}

/** Why a request got no usable answer. */
export type HttpFailure =
  /** Network errors or timeouts, on every attempt allowed. */
  | { kind: 'unreachable'; reason: string; attempts: number }
  /** A buffered body longer than the cap; reading stopped at the cap. */
  | { kind: 'too-large'; limit: number; attempts: number };

/** Whether an answer is worth another attempt, and the wait the server asked for. */
export interface RetryAdvice {
  retry: boolean;
  /** The server's wait (Retry-After, a rate-limit reset), in ms. */
  delayMs?: number;
  /** The server refused to act on the request (429, an exhausted rate limit). */
  throttled?: boolean;
  /** Added to the retry log line, e.g. `rate limit exhausted`. */
  note?: string;
}

/** The default advice: 429 and 5xx are retried, Retry-After honoured. */
export function defaultAdvice(
  res: { status: number; headers: ResponseHeaders },
  now: number,
): RetryAdvice {
  if (!isRetryableStatus(res.status)) return { retry: false };
  const delayMs = parseRetryAfter(res.headers.get('retry-after'), now);
  return {
    retry: true,
    throttled: res.status === 429,
    ...(delayMs !== undefined ? { delayMs } : {}),
  };
}

export interface HttpClientOptions<C extends HttpContext> {
  transport: Transport;
  policy: RetryPolicy;
  logger: Logger;
  clock?: Clock;
  /** Who answers, for log lines: `registry ghcr.io`, `GitHub API api.github.com`. */
  describe: (ctx: C) => string;
  /** The error for a request that got no usable answer (redacted by the caller's type). */
  failure: (ctx: C, failure: HttpFailure) => Error;
  /** Cap on a buffered body, in bytes (default DEFAULT_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Which answers to retry (default: defaultAdvice). */
  advise?: (res: { status: number; headers: ResponseHeaders }, now: number) => RetryAdvice;
  /** Counts every attempt sent: the run's requests, per service and host. */
  tally?: {
    counts: RequestTally;
    service: RequestService;
    /** The host a request is counted under (default: the URL's host). */
    host?: (ctx: C) => string;
  };
}

/** The default cap on a buffered body: far above any manifest or API page. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

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

/** The first error code (ECONNRESET, UND_ERR_…) in the cause chain. */
function errorCode(err: unknown): string | undefined {
  let cur = asError(err);
  for (let depth = 0; depth < 4 && cur; depth++) {
    if (typeof cur.code === 'string') return cur.code;
    cur = asError(cur.cause);
  }
  return undefined;
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

/** Failures that happen before a request reaches the server: safe to repeat any request. */
function neverSent(err: unknown): boolean {
  const code = errorCode(err);
  return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENOTFOUND';
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

export class HttpClient<C extends HttpContext> {
  protected readonly clock: Clock;
  private readonly maxBodyBytes: number;
  constructor(private readonly options: HttpClientOptions<C>) {
    this.clock = options.clock ?? systemClock;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  }

  get policy(): RetryPolicy {
    return this.options.policy;
  }

  /** Sends with retries and reads the whole body (bounded: see maxBodyBytes). */
  buffered(req: HttpRequest, ctx: C): Promise<BufferedResponse> {
    return this.withRetries(req, ctx, false);
  }

  /**
   * Sends with retries; a 2xx body is handed back unread as `stream` (blob downloads), anything
   * else is read into `body`. The timeout covers the headers only for a streamed body: a body
   * that fails midway is retried by the caller, which restarts the whole transfer.
   */
  stream(req: HttpRequest, ctx: C): Promise<StreamedResponse> {
    return this.withRetries(req, ctx, true);
  }

  private async withRetries(
    req: HttpRequest,
    ctx: C,
    streamBody: boolean,
  ): Promise<StreamedResponse> {
    const { policy, logger, describe } = this.options;
    const advise = this.options.advise ?? defaultAdvice;
    const replayable = req.body === undefined || Buffer.isBuffer(req.body);
    const idempotent = req.idempotent ?? true;
    const started = this.clock.now();
    for (let attempt = 1; ; attempt++) {
      let outcome: { response: StreamedResponse } | { error: unknown };
      try {
        outcome = { response: await this.once(req, streamBody, attempt) };
      } catch (error) {
        outcome = { error };
      }
      this.count(req, ctx, attempt, outcome);
      const retriesLeft = replayable && attempt <= policy.retries;
      if ('response' in outcome) {
        const res = outcome.response;
        const advice = advise(res, this.clock.now());
        if (!advice.retry || !retriesLeft || (!idempotent && advice.throttled !== true)) {
          return res;
        }
        const delay = Math.max(
          advice.delayMs ?? 0,
          backoffDelay(policy, attempt - 1, this.clock.random),
        );
        if (this.clock.now() + delay - started > policy.maxElapsedMs) return res;
        logger.info(
          `${describe(ctx)}: HTTP ${res.status}${advice.note ? ` (${advice.note})` : ''} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`,
        );
        await this.clock.sleep(delay);
        continue;
      }
      const { error } = outcome;
      if (error instanceof BodyTooLargeError) {
        throw this.options.failure(ctx, {
          kind: 'too-large',
          limit: error.limit,
          attempts: attempt,
        });
      }
      if (!isTransientError(error)) throw error;
      const delay = backoffDelay(policy, attempt - 1, this.clock.random);
      const again = retriesLeft && (idempotent || neverSent(error));
      if (!again || this.clock.now() + delay - started > policy.maxElapsedMs) {
        throw this.options.failure(ctx, {
          kind: 'unreachable',
          reason: networkReason(error),
          attempts: attempt,
        });
      }
      logger.info(
        `${describe(ctx)}: ${networkReason(error)} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`,
      );
      await this.clock.sleep(delay);
    }
  }

  /** Counts an attempt, unless it never left this machine (a refused connection, DNS). */
  private count(
    req: HttpRequest,
    ctx: C,
    attempt: number,
    outcome: { response: StreamedResponse } | { error: unknown },
  ): void {
    const { tally } = this.options;
    if (!tally || ('error' in outcome && neverSent(outcome.error))) return;
    let host: string;
    try {
      host = tally.host ? tally.host(ctx) : new URL(req.url).host;
    } catch {
      host = 'unknown';
    }
    tally.counts.count(tally.service, host, {
      retry: attempt > 1,
      ...('response' in outcome ? { status: outcome.response.status } : {}),
    });
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
      // Reading the body (under the same timer) also returns the connection to the pool.
      const body = await readBounded(res.body, this.maxBodyBytes);
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
