/**
 * Counts the HTTP requests of one run, per host: every attempt sent (a retry is a request
 * too, and is counted as one), and the 429 answers among them. One tally is made per run
 * with the run's clients (src/wiring.ts), so runs in one process never share counts; the
 * job summary states them (src/report.ts).
 */

/** Who a request went to: a container registry, or the GitHub API. */
export type RequestService = 'registry' | 'github';

/** The requests sent to one host. */
export interface RequestCount {
  service: RequestService;
  /** A registry (`ghcr.io`, `127.0.0.1:5000`) or the API's host (`api.github.com`). */
  host: string;
  /** Every request sent, retries included. */
  requests: number;
  /** How many of `requests` were retries of an earlier attempt. */
  retried: number;
  /** How many were answered 429 Too Many Requests. */
  throttled: number;
}

export class RequestTally {
  private readonly hosts = new Map<string, RequestCount>();

  /** One request sent to `host`: a retry or not, and the status it got (none: no answer). */
  count(service: RequestService, host: string, request: { retry: boolean; status?: number }): void {
    const key = `${service} ${host}`;
    let entry = this.hosts.get(key);
    if (!entry) {
      entry = { service, host, requests: 0, retried: 0, throttled: 0 };
      this.hosts.set(key, entry);
    }
    entry.requests++;
    if (request.retry) entry.retried++;
    if (request.status === 429) entry.throttled++;
  }

  /** The counts so far (copies), in the order the hosts were first asked. */
  counts(): RequestCount[] {
    return [...this.hosts.values()].map((c) => ({ ...c }));
  }
}
