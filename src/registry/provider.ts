/**
 * Hands out one Registry per host: Amazon ECR hosts get the SDK backend (loaded on first use,
 * so ncc puts the SDK in its own chunk and other runs never load it); every other host gets
 * the OCI distribution backend. Authentication state and tokens live as long as the provider,
 * and so does the PutImage pacer of each ECR account and region (shared by all its hosts).
 * With a tally, every request is counted under its registry: the HTTP client's (src/http/
 * client.ts) and the ECR SDK clients', one attempt at a time (a middleware inside its retries).
 */
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { Exec } from '../exec.js';
import { DEFAULT_RETRY_POLICY, systemClock, type Clock, type RetryPolicy } from '../http/retry.js';
import type { RequestTally } from '../http/tally.js';
import { fetchTransport, nodeTransport } from '../http/transport.js';
import type { Logger } from '../log.js';
import type { ImageReference } from '../reference.js';
import { RegistryAuth } from './auth.js';
import { findDockerCredentials, type DockerCredentials } from './docker-config.js';
import { parseEcrHost, type EcrHost } from './ecr-host.js';
import { Http } from './http.js';
import { apiEndpoint, OciRegistry } from './oci.js';
import type { RatePacer } from './pace.js';
import type { Registry, RegistryProvider } from './types.js';

export interface RegistryProviderOptions {
  logger: Logger;
  /** Hosts reached over plain HTTP besides localhost/127.0.0.1 (`host` or `host:port`). */
  insecureRegistries?: string[];
  /** Allow moving an existing tag to another digest (refused by default). */
  allowOverwrite?: boolean;
  /** DOCKER_CONFIG and HOME for docker credentials; the environment of credential helpers. */
  env?: NodeJS.ProcessEnv;
  /** Runs `docker-credential-<helper>`. */
  exec?: Exec;
  retry?: Partial<RetryPolicy>;
  /** Replaces the default node:http transport (tests, instrumentation). */
  fetch?: typeof fetch;
  /** Manifests and blobs in flight at once within one copy. */
  concurrency?: number;
  /** Counts the requests sent, per registry (the run's; src/wiring.ts). */
  tally?: RequestTally;
  /** Test seams. */
  clock?: Clock;
  ecrClient?: (host: EcrHost) => ECRClient;
}

export function createRegistryProvider(options: RegistryProviderOptions): RegistryProvider {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport();
  const { tally } = options;
  const http = new Http({ transport, policy, logger, clock, ...(tally ? { tally } : {}) });
  const registries = new Map<string, Promise<Registry>>();
  /** By `<account>/<region>`: ECR's PutImage quota is per account and region, not per host. */
  const putPacers = new Map<string, RatePacer>();

  const oci = (domain: string, known?: DockerCredentials): OciRegistry => {
    const authOptions = { registry: domain, http, logger, clock };
    const auth = known
      ? RegistryAuth.withCredentials(authOptions, known)
      : new RegistryAuth({
          ...authOptions,
          credentials: () =>
            findDockerCredentials(domain, {
              logger,
              ...(options.env ? { env: options.env } : {}),
              ...(options.exec ? { exec: options.exec } : {}),
            }),
        });
    return new OciRegistry({
      registry: domain,
      endpoint: apiEndpoint(domain, options.insecureRegistries),
      http,
      auth,
      logger,
      clock,
      ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    });
  };

  const ecr = async (domain: string, host: EcrHost): Promise<Registry> => {
    const {
      EcrRegistry,
      createEcrClient,
      createEcrWriteClient,
      createPutImagePacer,
      getEcrAuthorization,
    } = await import('./ecr.js');
    // Counted requests need the clients (authorization and registry calls alike) made here:
    // one with the SDK's retries, and PutImage's without (the pacer retries it).
    const client =
      options.ecrClient?.(host) ?? (tally ? createEcrClient(host, { retry: policy }) : undefined);
    const writeClient =
      client && tally && !options.ecrClient
        ? createEcrWriteClient(host, client, { retry: policy })
        : undefined;
    if (tally) {
      for (const c of [client, writeClient]) if (c) countSdkRequests(c, domain, tally);
    }
    const sdk = { logger, retry: policy, ...(client ? { client } : {}) };
    const quotaKey = `${host.accountId}/${host.region}`;
    let putPacer = putPacers.get(quotaKey);
    if (!putPacer) {
      putPacer = createPutImagePacer(clock);
      putPacers.set(quotaKey, putPacer);
    }
    return new EcrRegistry({
      ...sdk,
      clock,
      putPacer,
      ...(writeClient ? { writeClient } : {}),
      registry: domain,
      ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
      oci: async () => {
        const login = await getEcrAuthorization(domain, sdk);
        return oci(domain, { username: login.username, password: login.password });
      },
    });
  };

  return {
    forReference(ref: ImageReference): Promise<Registry> {
      let registry = registries.get(ref.domain);
      if (!registry) {
        const host = parseEcrHost(ref.domain);
        registry = host ? ecr(ref.domain, host) : Promise.resolve(oci(ref.domain));
        registries.set(ref.domain, registry);
        registry.catch(() => registries.delete(ref.domain));
      }
      return registry;
    },
  };
}

const REQUEST_TALLY = 'imagePromoteRequestTally';

/**
 * Counts each attempt the SDK client sends under `registry`: the middleware sits inside the
 * retry middleware (deserialize step, after the deserializer), so it sees every attempt and
 * its raw HTTP status; the retry middleware numbers attempts in `amz-sdk-request`.
 */
export function countSdkRequests(client: ECRClient, registry: string, tally: RequestTally): void {
  const stack = client.middlewareStack;
  if (stack.identify().some((entry) => entry.startsWith(`${REQUEST_TALLY} `))) return;
  stack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> } | undefined;
      const attempt = /attempt=(\d+)/.exec(request?.headers?.['amz-sdk-request'] ?? '');
      const retry = attempt ? Number(attempt[1]) > 1 : false;
      try {
        const out = await next(args);
        const status = (out.response as { statusCode?: unknown } | undefined)?.statusCode;
        tally.count('registry', registry, {
          retry,
          ...(typeof status === 'number' ? { status } : {}),
        });
        return out;
      } catch (err) {
        // No answer (a reset, a timeout): still a request sent.
        tally.count('registry', registry, { retry });
        throw err;
      }
    },
    { step: 'deserialize', priority: 'low', name: REQUEST_TALLY },
  );
}
