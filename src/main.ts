/**
 * The action: inputs → Config → engine → outputs and job summary. This is the only
 * place that fails the step (runner.setFailed).
 */
import { readFileSync } from 'node:fs';
import { coreLogger } from './action/core-logger.js';
import { runner } from './action/runner.js';
import { INPUTS, type InputName } from './config/inputs.js';
import { parseConfig } from './config/parse.js';
import { runEngine } from './engine/run.js';
import { errorMessage } from './errors.js';
import { triggerFromEvent } from './event/trigger.js';
import { redact } from './redact.js';
import { buildReport, reportOutputs, summaryMarkdown } from './report.js';
import { createEngineDeps } from './wiring.js';

function readEvent(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let outputsWritten = false;
  try {
    const token = runner.getInput('github-token');
    // The one redactor learns the token (and its encoded forms); the runner masks them too.
    if (token) coreLogger.mask(token);
    const config = parseConfig(
      {
        // A command-line-only setting keeps its default in the action.
        get: (name: InputName) => ('cli' in INPUTS[name] ? '' : runner.getInput(name)),
      },
      { workspace: env.GITHUB_WORKSPACE ?? process.cwd() },
    );
    if (config.overlayRepository?.token) coreLogger.mask(config.overlayRepository.token);
    const trigger = triggerFromEvent(
      env.GITHUB_EVENT_NAME ?? '',
      readEvent(env.GITHUB_EVENT_PATH),
      env,
      config.base,
    );
    const deps = createEngineDeps({
      config,
      trigger,
      logger: coreLogger,
      env,
      now: new Date(),
      summary: Boolean(env.GITHUB_STEP_SUMMARY),
    });
    const result = await runEngine(deps);
    const report = buildReport(result, trigger.head);
    for (const [name, value] of Object.entries(reportOutputs(report)))
      runner.setOutput(name, value);
    outputsWritten = true;
    if (env.GITHUB_STEP_SUMMARY) {
      runner.appendSummary(
        summaryMarkdown(
          report,
          config.environment ? `image-promote (${config.environment})` : undefined,
        ),
      );
    }
    if (result.failure) throw new Error(result.failure);
  } catch (err) {
    const message = redact(errorMessage(err));
    // First, so the step fails with this message even if writing the outputs fails too.
    runner.setFailed(message);
    // A bad input or event fails before the engine ran: the outputs still say so.
    if (!outputsWritten) {
      runner.setOutput('decision', 'failed');
      runner.setOutput('reason', message);
    }
  }
}
