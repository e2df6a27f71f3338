/**
 * Hands out one Registry per host: Amazon ECR hosts get the SDK backend (loaded on first use,
 * so ncc puts the SDK in its own chunk and other runs never load it); every other host gets
 * the OCI distribution backend. Authentication state and tokens live as long as the provider,
 * and so does the PutImage pacer of each ECR account and region (shared by all its hosts).
 */
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { Exec } from '../exec.js';
import { DEFAULT_RETRY_POLICY, systemClock, type Clock, type RetryPolicy } from '../http/retry.js';
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
  /** Test seams. */
  clock?: Clock;
  ecrClient?: (host: EcrHost) => ECRClient;
}

export function createRegistryProvider(options: RegistryProviderOptions): RegistryProvider {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport();
  const http = new Http({ transport, policy, logger, clock });
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
    const { EcrRegistry, createPutImagePacer, getEcrAuthorization } = await import('./ecr.js');
    const client = options.ecrClient?.(host);
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
