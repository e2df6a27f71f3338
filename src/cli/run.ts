/**
 * The CLI's one door to the engine. A command turns its arguments into the action's inputs
 * (its own over the config file's, over the defaults of the inputs table), and this module
 * builds the one Config, runs the engine's phases (src/engine/run.ts) and hands back the
 * result and the report — the same path the action takes (src/main.ts). No command reads,
 * verifies or writes anything itself.
 */
import { INPUTS, type InputName, type InputSource } from '../config/inputs.js';
import { parseConfig } from '../config/parse.js';
import type { Config } from '../config/types.js';
import { runEngine } from '../engine/run.js';
import type { RunResult } from '../engine/types.js';
import type { Trigger } from '../event/trigger.js';
import type { Git } from '../git.js';
import { buildReport, type Report } from '../report.js';
import { createEngineDeps } from '../wiring.js';
import type { CliContext } from './context.js';

/** The inputs a command sets itself: text as the action gets it, or YAML data (`images`). */
export interface CommandInputs {
  text?: Partial<Record<InputName, string>>;
  data?: Partial<Record<InputName, unknown>>;
}

/**
 * The inputs of a command: its own, then the config file's, then the table's defaults. The
 * job token the action gets by default comes from GITHUB_TOKEN on a command line.
 */
export function commandInputs(
  own: CommandInputs,
  file: InputSource | undefined,
  env: NodeJS.ProcessEnv,
): InputSource {
  const text = own.text ?? {};
  const data = own.data ?? {};
  const mine = (name: InputName): boolean => text[name] !== undefined || data[name] !== undefined;
  return {
    get: (name) => {
      const given = text[name];
      if (given !== undefined) return given;
      if (data[name] !== undefined) return '';
      if (file) return file.get(name);
      return name === 'github-token' ? (env.GITHUB_TOKEN ?? '') : INPUTS[name].default;
    },
    structured: (name) => (mine(name) ? data[name] : file?.structured?.(name)),
  };
}

/** The Trigger of a command-line run: no event, as on the default branch. */
export function commandLineTrigger(head: string, branch?: string): Trigger {
  return {
    eventName: 'cli',
    kind: 'other',
    head,
    ...(branch ? { branch, ref: `refs/heads/${branch}` } : {}),
    onDefaultBranch: true,
    dispatchInputs: {},
    base: { kind: 'unknown', reason: 'a command line has no event to take a base from' },
    deleted: false,
  };
}

export interface DoorRun {
  inputs: InputSource;
  workspace: string;
  trigger: Trigger;
  /** The workspace's repository, when the command located it already. */
  git?: Git;
  env?: NodeJS.ProcessEnv;
}

export interface DoorResult {
  config: Config;
  result: RunResult;
  report: Report;
}

/** inputs → Config → the engine → the report. Bad inputs throw InputError (exit 2). */
export async function runDoor(ctx: CliContext, run: DoorRun): Promise<DoorResult> {
  const config = parseConfig(run.inputs, { workspace: run.workspace });
  if (config.githubToken) ctx.logger.mask(config.githubToken);
  if (config.overlayRepository?.token) ctx.logger.mask(config.overlayRepository.token);
  const deps = createEngineDeps({
    config,
    trigger: run.trigger,
    logger: ctx.logger,
    env: run.env ?? ctx.env,
    now: new Date(),
    ...(run.git ? { git: run.git } : {}),
    // A person at a command line commits as themselves.
    author: 'user',
    ...(ctx.registry ? { registryClient: ctx.registry } : {}),
  });
  const result = await runEngine(deps);
  return { config, result, report: buildReport(result, run.trigger.head) };
}

/** Prints a failed run's reason once; the exit code: 2 for a bad input, 1 otherwise. */
export function failedRun(ctx: CliContext, command: string, result: RunResult): number {
  ctx.logger.info(`image-promote ${command}: ${result.failure ?? 'failed'}`);
  return result.failureKind === 'input' ? 2 : 1;
}
