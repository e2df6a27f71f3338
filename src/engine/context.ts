/**
 * What the engine's phases share: the adapters (git, registry, docker, GitHub API), the
 * parsed inputs, the Trigger and the one TagPolicy, built once per run.
 */
import type { BuildOutcome, BuildRequest } from '../build/types.js';
import type { ApiChangeSource } from '../changes/detect.js';
import type { Config } from '../config/types.js';
import type { Trigger } from '../event/trigger.js';
import type { Git } from '../git.js';
import type { RequestTally } from '../http/tally.js';
import type { Logger } from '../log.js';
import type { DeploymentsApi } from '../record/index.js';
import type { RegistryProvider } from '../registry/types.js';
import type { TagPolicy } from '../tags/policy.js';

export interface EngineDeps {
  config: Config;
  trigger: Trigger;
  policy: TagPolicy;
  /** The workspace's repository (the checkout). */
  git: Git;
  logger: Logger;
  registries: RegistryProvider;
  /** Builds and pushes from `workspace`; injected so the engine does not depend on docker. */
  build: (requests: BuildRequest[], workspace: string) => Promise<BuildOutcome[]>;
  api?: ApiChangeSource;
  now: Date;
  /** The run's environment (GITHUB_SERVER_URL, GITHUB_API_URL, RUNNER_TEMP). */
  env: NodeJS.ProcessEnv;
  /** e.g. https://github.com/acme/app, for the OCI source label. */
  sourceUrl?: string;
  /**
   * Who commits overlay changes: the github-actions bot (the action), or git's configured
   * user (a person at a command line).
   */
  author: 'bot' | 'user';
  /**
   * GitHub's deployments endpoints for the run's repository, made on first use; set when
   * the run records deployments (`github-deployment`, a token and a repository).
   */
  deployments?: () => Promise<DeploymentsApi>;
  /** The run ends in a job summary: gather the environments picture for it. */
  summary?: boolean;
  /**
   * The run's request counts, per registry and API host, kept by the clients made with
   * the run (src/wiring.ts); the result carries them (RunResult.requests).
   */
  tally?: RequestTally;
}
