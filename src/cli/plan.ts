/**
 * `image-promote plan`: what the action would decide for a commit range, without
 * building, pushing or writing anything.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileInputSource } from '../config/file.js';
import type { InputName } from '../config/inputs.js';
import { parseConfig } from '../config/parse.js';
import { runEngine } from '../engine/run.js';
import { triggerFromEvent } from '../event/trigger.js';
import { Git } from '../git.js';
import { buildReport, reportJson, textTable } from '../report.js';
import { createEngineDeps } from '../wiring.js';
import {
  DEFAULT_CONFIGS,
  parseFlags,
  UsageError,
  workspaceAndConfig,
  type CliContext,
} from './context.js';

const USAGE = `usage: image-promote plan [--config FILE] [--base REV] [--head REV] [--event FILE --event-name NAME] [--json]

  --config FILE      YAML whose keys are the action's input names (default: image-promote.yml)
  --base REV         compare against this commit instead of the event's rule
  --head REV         the commit to plan for (default: HEAD)
  --event FILE       a GitHub event payload (JSON), with --event-name
  --event-name NAME  push, pull_request, workflow_dispatch, release, …
  --json             print one JSON object with the action's output fields`;

export async function planCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'plan',
    ctx.args,
    {
      config: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      event: { type: 'string' },
      'event-name': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    ctx.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(
      `image-promote plan: unexpected argument "${positionals[0] ?? ''}"\n${USAGE}`,
    );
  if ((values.event === undefined) !== (values['event-name'] === undefined)) {
    throw new UsageError('image-promote plan: --event and --event-name go together');
  }
  for (const [flag, rev] of [
    ['--base', values.base],
    ['--head', values.head],
  ] as const) {
    if (rev?.startsWith('-'))
      throw new UsageError(`image-promote plan: ${flag} "${rev}" is not a revision`);
  }

  const { workspace, configPath } = await workspaceAndConfig(ctx, values.config);
  if (!configPath)
    throw new UsageError(
      `image-promote plan: no --config given and none of ${DEFAULT_CONFIGS.join(', ')} exists`,
    );
  const source = fileInputSource(configPath, ctx.env);
  const config = parseConfig(
    {
      // plan never builds, pushes or writes, whatever the file says.
      get: (name: InputName) =>
        name === 'mode'
          ? 'plan'
          : name === 'base'
            ? (values.base ?? source.get('base'))
            : source.get(name),
    },
    { workspace },
  );
  const git = new Git(workspace, ctx.logger);
  const headRev = values.head ?? 'HEAD';
  const head = await git.resolveCommit(headRev);
  if (!head) throw new UsageError(`image-promote plan: --head "${headRev}" is not a commit here`);

  let eventName = 'workflow_dispatch';
  let payload: unknown = {};
  if (values.event && values['event-name']) {
    eventName = values['event-name'];
    try {
      payload = JSON.parse(readFileSync(resolve(ctx.cwd, values.event), 'utf8'));
    } catch (err) {
      throw new UsageError(
        `image-promote plan: cannot read --event ${values.event}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  const branch = (
    await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true })
  ).stdout.trim();
  const env = {
    ...ctx.env,
    GITHUB_SHA: head,
    GITHUB_REF: ctx.env.GITHUB_REF ?? (branch ? `refs/heads/${branch}` : undefined),
  };
  const trigger = triggerFromEvent(eventName, payload, env, config.base);
  const deps = createEngineDeps({ config, trigger, logger: ctx.logger, env, now: new Date() });
  const result = await runEngine(deps);
  const report = buildReport(result, trigger.head);
  ctx.stdout(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : textTable(report));
  return result.failure ? 1 : 0;
}
