/**
 * A rolling-window pacer: at most `limit` starts in any `windowMs` of time. Callers wait
 * their turn in order (first come, first served), so concurrent writers share one budget and
 * none starves. Time is a Clock (src/http/retry.ts) so tests can run on a fake one.
 */
import type { Clock } from '../http/retry.js';

export class RatePacer {
  /** Start times still inside the window, oldest first. */
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Pick<Clock, 'now' | 'sleep'>,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`invalid pacer limit ${limit}`);
    if (!(windowMs > 0)) throw new Error(`invalid pacer window ${windowMs}`);
  }

  /** Resolves when one more start fits in the window (and records it at that moment). */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length > 0 && (this.starts[0] as number) + this.windowMs <= now) {
        this.starts.shift();
      }
      if (this.starts.length < this.limit) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep((this.starts[0] as number) + this.windowMs - now);
    }
  }
}
