/**
 * Builds the engine's real adapters (git, registry, docker, overlays, GitHub API) from a
 * Config. Shared by the action and the CLI so both run the same engine the same way. The
 * run's clients share one request tally (src/http/tally.ts), made here, so each run counts
 * its own requests.
 */
import type { Builder } from './build/types.js';
import type { ApiChangeSource } from './changes/detect.js';
import type { Config } from './config/types.js';
import type { EngineDeps } from './engine/context.js';
import type { Trigger } from './event/trigger.js';
import { exec } from './exec.js';
import { Git } from './git.js';
import { RequestTally } from './http/tally.js';
import type { Logger } from './log.js';
import type { DeploymentsApi } from './record/index.js';
import { createRegistryProvider, type RegistryProviderOptions } from './registry/provider.js';
import { createTagPolicy } from './tags/policy.js';

export interface WiringOptions {
  config: Config;
  trigger: Trigger;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  now: Date;
  /** The workspace's repository, when the caller has one already (it keeps what it learned). */
  git?: Git;
  /** Who commits overlay changes (default: the github-actions bot). */
  author?: 'bot' | 'user';
  /** Registry client settings of a program that embeds the CLI (retry policy, clock, fetch). */
  registryClient?: Pick<RegistryProviderOptions, 'retry' | 'clock' | 'fetch'>;
  /** The run ends in a job summary (the action): gather the environments picture. */
  summary?: boolean;
}

export function createEngineDeps(options: WiringOptions): EngineDeps {
  const { config, trigger, logger, env, now } = options;
  const git = options.git ?? new Git(config.workspace, logger);
  const tally = new RequestTally();
  const registries = createRegistryProvider({
    ...options.registryClient,
    tally,
    logger,
    insecureRegistries: config.insecureRegistries,
    allowOverwrite: config.allowTagOverwrite,
    env,
    exec,
  });
  // One builder per workspace (the checkout, or a worktree of the head commit).
  const builders = new Map<string, Promise<Builder>>();
  const policy = createTagPolicy(config, trigger, now);
  const deps: EngineDeps = {
    config,
    trigger,
    policy,
    git,
    logger,
    registries,
    now,
    env,
    author: options.author ?? 'bot',
    tally,
    ...(options.summary ? { summary: true } : {}),
    build: async (requests, workspace) => {
      // The docker path loads only when something is built (its own chunk).
      const [{ buildImages }, { detectBuilder }, { ensureRegistryLogin }] = await Promise.all([
        import('./build/run-builds.js'),
        import('./build/docker.js'),
        import('./build/login.js'),
      ]);
      let builder = builders.get(workspace);
      if (!builder)
        builders.set(
          workspace,
          (builder = detectBuilder({ exec, logger, env, workspace, registries })),
        );
      return buildImages(requests, {
        builder: await builder,
        registries,
        logger,
        maxParallel: config.maxParallel,
        login: async (host) => {
          await ensureRegistryLogin(host, { exec, logger, env });
        },
      });
    },
  };
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (trigger.repository)
    deps.sourceUrl = `${server}/${trigger.repository.owner}/${trigger.repository.name}`;
  if (config.githubToken && trigger.repository) {
    const { owner, name } = trigger.repository;
    // The API of the run's GitHub server (GITHUB_API_URL, or derived from GITHUB_SERVER_URL),
    // the only place the token is sent (src/github/server.ts).
    const client = { token: config.githubToken, owner, repo: name, env, logger, tally };
    const apiOptions = {
      ...client,
      ...(trigger.pullRequest?.changedFiles !== undefined
        ? { expectedPrFiles: trigger.pullRequest.changedFiles }
        : {}),
    };
    let source: Promise<ApiChangeSource> | undefined;
    const api = (): Promise<ApiChangeSource> =>
      (source ??= import('./changes/github-api.js').then((m) =>
        m.createGitHubChangeSource(apiOptions),
      ));
    deps.api = {
      pullRequestFiles: async (n) => (await api()).pullRequestFiles(n),
      compareFiles: async (b, h) => (await api()).compareFiles(b, h),
    };
    if (config.githubDeployment) {
      // The deployments endpoints, loaded with the client on first use (docs/record.md).
      let deployments: Promise<DeploymentsApi> | undefined;
      deps.deployments = () =>
        (deployments ??= import('./record/github.js').then((m) => m.createDeploymentsApi(client)));
    }
  } else if (config.githubDeployment) {
    logger.debug(
      `no GitHub Deployment of ${config.environment ?? 'the environment'} is recorded: ${config.githubToken ? 'the repository is unknown (GITHUB_REPOSITORY)' : 'github-token is empty'}`,
    );
  }
  return deps;
}
