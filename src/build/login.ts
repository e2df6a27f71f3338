/**
 * Makes `docker push` able to reach ECR when nothing logged docker in. Other registries
 * rely on what docker/login-action (or the user) left in the docker config.
 */
import type { Exec } from '../exec.js';
import type { Logger } from '../log.js';

export interface LoginOptions {
  exec: Exec;
  logger: Logger;
  /** Environment for docker and the credential lookup; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Replaces the registry modules (tests). */
  helpers?: EcrLoginHelpers;
}

/** What the login needs from the registry modules, narrowed to three questions. */
export interface EcrLoginHelpers {
  isEcrHost(host: string): boolean;
  hasDockerCredentials(host: string): Promise<boolean>;
  getAuthorization(host: string): Promise<{ username: string; password: string }>;
}

/**
 * Logs docker in to `host` when it is ECR and docker has no credentials for it yet.
 * Returns true when it logged in. The token goes to `docker login` on stdin, masked first:
 * never in argv, where other processes and debug logs could see it.
 */
export async function ensureRegistryLogin(host: string, options: LoginOptions): Promise<boolean> {
  const env = options.env ?? process.env;
  const helpers = options.helpers ?? (await registryHelpers(options.exec, options.logger, env));
  if (!helpers.isEcrHost(host)) return false;
  if (await helpers.hasDockerCredentials(host)) {
    options.logger.debug(`docker already has credentials for ${host}`);
    return false;
  }
  const auth = await helpers.getAuthorization(host);
  options.logger.mask(auth.password);
  await options.exec('docker', ['login', '--username', auth.username, '--password-stdin', host], {
    env,
    input: auth.password,
    logger: options.logger,
  });
  options.logger.info(`Logged docker in to ${host} with an ECR authorization token`);
  return true;
}

/** The real helpers; the ECR SDK module is imported only once a host is known to be ECR. */
async function registryHelpers(
  exec: Exec,
  logger: Logger,
  env: NodeJS.ProcessEnv,
): Promise<EcrLoginHelpers> {
  const [{ parseEcrHost }, { findDockerCredentials }] = await Promise.all([
    import('../registry/ecr-host.js'),
    import('../registry/auth.js'),
  ]);
  return {
    isEcrHost: (host) => parseEcrHost(host) !== undefined,
    hasDockerCredentials: async (host) =>
      (await findDockerCredentials(host, { exec, logger, env })) !== undefined,
    getAuthorization: async (host) => {
      const { getEcrAuthorization } = await import('../registry/ecr.js');
      return getEcrAuthorization(host, { logger });
    },
  };
}
