/**
 * Runs the committed action bundle (dist/index.js) the way the runner does: a fresh process
 * with INPUT_* variables (action.yml defaults, then the run's inputs), an event file,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Returns the outputs it wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUTS, type InputName } from '../../src/config/inputs.js';
import { REPOSITORY, type Project, type RunOptions } from './engine-fixtures.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_ACTION = join(ROOT, 'dist', 'index.js');

export interface DistRun {
  outputs: Record<string, string>;
  summary: string;
  /** stdout and stderr of the process, as the runner would show them. */
  log: string;
  exitCode: number;
  images: Record<string, string>[];
}

/** The outputs file the runner reads: `name<<delimiter\nvalue\ndelimiter` entries. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) {
    out[m[1] ?? ''] = m[3] ?? '';
  }
  return out;
}

export interface DistOptions extends RunOptions {
  /** Extra environment (GITHUB_API_URL, GITHUB_SERVER_URL, …). */
  env?: NodeJS.ProcessEnv;
  /** The workspace, when it is not the project's checkout. */
  workspace?: string;
}

/** Runs dist/index.js for `project` (inputs default as in action.yml, images and registry set). */
export async function runDist(project: Project, options: DistOptions): Promise<DistRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ip-dist-'));
  const sha = options.sha ?? project.work.head();
  const eventFile = join(dir, 'event.json');
  writeFileSync(eventFile, JSON.stringify({ repository: REPOSITORY, ...options.payload }));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs: Partial<Record<InputName, string>> = {
    images: project.imagesInput,
    registry: project.registry,
    'github-token': '',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    ...(process.env.DOCKER_CONFIG ? { DOCKER_CONFIG: process.env.DOCKER_CONFIG } : {}),
    GITHUB_WORKSPACE: options.workspace ?? project.work.dir,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SHA: sha,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_REPOSITORY: REPOSITORY.full_name,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    // Test repositories use the fixtures' identity; no user or system configuration leaks in.
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    ...options.env,
  };
  for (const [name, spec] of Object.entries(INPUTS) as [InputName, { default: string }][]) {
    const value = inputs[name] ?? (spec.default.includes('${{') ? '' : spec.default);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [DIST_ACTION], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const exitCode = await new Promise<number>((resolve) => {
    child.on('close', (code) => {
      resolve(code ?? 1);
    });
  });
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  return {
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    log: Buffer.concat(chunks).toString('utf8'),
    exitCode,
    images: outputs.images ? (JSON.parse(outputs.images) as Record<string, string>[]) : [],
  };
}
