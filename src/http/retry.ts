/**
 * When to try an HTTP request again and how long to wait: a bounded policy (attempts, total
 * time, per-attempt timeout), exponential backoff with jitter, and the waits a server asks
 * for (Retry-After; GitHub's `x-ratelimit-remaining: 0` with `x-ratelimit-reset`). Pure, with
 * time and randomness behind a Clock so tests need not wait.
 */
import type { ResponseHeaders } from './transport.js';

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
   * Per attempt: until the answer is read (headers and body). For streamed uploads it is an
   * idle timeout (no chunk for this long); for streamed downloads it covers the headers (the
   * upload that consumes the download then notices a stall).
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

/** 429 and the 5xx statuses that say "not now" rather than "never". */
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

/**
 * GitHub's primary rate limit: `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch
 * seconds) → ms until the reset (at least 0); undefined when the limit is not exhausted.
 */
export function parseRateLimitReset(headers: ResponseHeaders, now: number): number | undefined {
  if (headers.get('x-ratelimit-remaining')?.trim() !== '0') return undefined;
  const reset = headers.get('x-ratelimit-reset')?.trim() ?? '';
  if (!/^\d+$/.test(reset)) return undefined;
  return Math.max(0, Number(reset) * 1000 - now);
}

/** Backoff before retry number `retry` (0-based): half fixed, half random ("equal jitter"). */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
