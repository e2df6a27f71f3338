/**
 * An application repository for end-to-end engine tests: two images built FROM scratch
 * (no network), kustomize overlays for staging and prod, docs; a bare `origin` and a
 * working clone like the runner's checkout. `runAction` runs the real engine (git,
 * docker, registry, overlays) the way main.ts does, for a given event and inputs.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUTS, type InputName } from '../../src/config/inputs.js';
import { parseConfig } from '../../src/config/parse.js';
import type { Config } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/run.js';
import type { RunResult } from '../../src/engine/types.js';
import { triggerFromEvent, type Trigger } from '../../src/event/trigger.js';
import { silentLogger, type Logger } from '../../src/log.js';
import { buildReport, reportOutputs, type Report } from '../../src/report.js';
import { createEngineDeps } from '../../src/wiring.js';
import { sharedRegistry } from './env.js';
import { cloneRepo, createBareRemote, git, type TempRepo } from './git-fixtures.js';

export interface Project {
  /** The bare remote (what GitHub would be). */
  origin: string;
  /** The runner's checkout. */
  work: TempRepo;
  /** `localhost:<port>` of the shared test registry. */
  registry: string;
  /** Registry namespace unique to this project, so tests never see each other's tags. */
  namespace: string;
  imagesInput: string;
}

export function overlayYaml(
  namespace: string,
  registry: string,
  tags: { api: string; web: string },
): string {
  return [
    '# prod overlay — edited by people and by image-promote',
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../base',
    'images:',
    '  # the API server',
    `  - name: api`,
    `    newName: ${registry}/${namespace}/api`,
    `    newTag: ${tags.api} # deployed`,
    '',
    `  - name: web`,
    `    newName: ${registry}/${namespace}/web`,
    `    newTag: "${tags.web}"`,
    '',
  ].join('\n');
}

/** A new project at its first commit, with overlays naming tags that do not exist yet. */
export function createProject(): Project {
  const { host: registry } = sharedRegistry();
  const namespace = `e2e-${randomBytes(4).toString('hex')}`;
  const origin = createBareRemote();
  const seed = cloneRepo(origin);
  seed.commit(
    {
      'services/api/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'services/api/app.txt': 'api v1\n',
      'services/web/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'services/web/app.txt': 'web v1\n',
      'k8s/base/kustomization.yaml': 'resources: []\n',
      'k8s/prod/kustomization.yaml': overlayYaml(namespace, registry, { api: 'none', web: 'none' }),
      'k8s/staging/kustomization.yaml': overlayYaml(namespace, registry, {
        api: 'none',
        web: 'none',
      }),
      'docs/guide.md': '# guide\n',
    },
    'initial',
  );
  seed.git('push', '-q', 'origin', 'main');
  const work = cloneRepo(origin);
  const imagesInput = [
    '- name: api',
    `  repository: ${namespace}/api`,
    '  context: services/api',
    '- name: web',
    `  repository: ${namespace}/web`,
    '  context: services/web',
  ].join('\n');
  return { origin, work, registry, namespace, imagesInput };
}

export interface RunOptions {
  event: string;
  payload?: Record<string, unknown>;
  /** GITHUB_SHA; defaults to the checkout's HEAD. */
  sha?: string;
  ref?: string;
  inputs?: Partial<Record<InputName, string>>;
  logger?: Logger;
}

export interface ActionRun {
  config: Config;
  trigger: Trigger;
  result: RunResult;
  report: Report;
  outputs: Record<string, string>;
}

export const REPOSITORY = { default_branch: 'main', full_name: 'acme/shop' };

/** Runs the engine like the action does (inputs default as in action.yml). */
export async function runAction(project: Project, options: RunOptions): Promise<ActionRun> {
  const inputs: Partial<Record<InputName, string>> = {
    images: project.imagesInput,
    registry: project.registry,
    'github-token': '',
    ...options.inputs,
  };
  const config = parseConfig(
    { get: (name) => inputs[name] ?? INPUTS[name].default },
    { workspace: project.work.dir },
  );
  const sha = options.sha ?? project.work.head();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_SHA: sha,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_RUN_NUMBER: '7',
  };
  const trigger = triggerFromEvent(
    options.event,
    { repository: REPOSITORY, ...options.payload },
    env,
    config.base,
  );
  const deps = createEngineDeps({
    config,
    trigger,
    logger: options.logger ?? silentLogger,
    env,
    now: new Date(),
  });
  const result = await runEngine(deps);
  const report = buildReport(result, trigger.head);
  return { config, trigger, result, report, outputs: reportOutputs(report) };
}

/** A push event for the checkout's last commit. */
export function pushEvent(
  project: Project,
  before: string,
  after = project.work.head(),
): RunOptions {
  return {
    event: 'push',
    sha: after,
    payload: { ref: 'refs/heads/main', before, after, forced: false },
  };
}

/** Commits files in the checkout and pushes them to origin; returns [before, after]. */
export function commitAndPush(
  project: Project,
  files: Record<string, string>,
  message: string,
): [string, string] {
  const before = project.work.head();
  const after = project.work.commit(files, message);
  project.work.git('push', '-q', 'origin', 'HEAD:main');
  return [before, after];
}

export function writeFile(project: Project, path: string, content: string): void {
  writeFileSync(join(project.work.dir, path), content);
}

/** The overlay as committed on origin's main. */
export function originFile(project: Project, path: string, rev = 'main'): string {
  return git(project.origin, ['show', `${rev}:${path}`]);
}
