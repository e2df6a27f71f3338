/**
 * `image-promote plan`: what the action would decide for a commit range, without
 * building, pushing or writing anything.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileInputSource } from '../config/file.js';
import { triggerFromEvent } from '../event/trigger.js';
import { Git } from '../git.js';
import { readTree } from '../source/tree.js';
import { reportJson, textTable } from '../report.js';
import { commandInputs, runDoor } from './run.js';
import { configIn, DEFAULT_CONFIGS, commandFlags, UsageError, type CliContext } from './context.js';

const USAGE = `usage: image-promote plan [--config FILE] [--base REV] [--head REV] [--event FILE --event-name NAME] [--json]

  --config FILE      YAML whose keys are the action's input names (default: image-promote.yml)
  --base REV         compare against this commit instead of the event's rule
  --head REV         the commit to plan for (default: HEAD)
  --event FILE       a GitHub event payload (JSON), with --event-name
  --event-name NAME  push, pull_request, workflow_dispatch, release, …
  --json             print one JSON object with the action's output fields`;

export async function planCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, USAGE, {
    config: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    event: { type: 'string' },
    'event-name': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"\n${USAGE}`);
  if ((values.event === undefined) !== (values['event-name'] === undefined)) {
    throw new UsageError('--event and --event-name go together');
  }
  for (const [flag, rev] of [
    ['--base', values.base],
    ['--head', values.head],
  ] as const) {
    if (rev?.startsWith('-')) throw new UsageError(`${flag} "${rev}" is not a revision`);
  }

  const headRev = values.head ?? 'HEAD';
  // Where the work tree is, the head commit and the branch: one git call (Git.whereAmI).
  const { workspace, git, head, branch } = await locate(ctx, headRev);
  // The engine starts from the head commit's tree: git lists it while the config is parsed
  // (readTree hands the same listing to the engine).
  if (head) readTree(git, head, { peel: true }).catch(() => undefined);
  const configPath = configIn(ctx, workspace, values.config);
  if (!configPath)
    throw new UsageError(`no --config given and none of ${DEFAULT_CONFIGS.join(', ')} exists`);
  const file = fileInputSource(configPath, ctx.env);
  // plan never builds, pushes or writes, whatever the file says.
  const inputs = commandInputs(
    { text: { mode: 'plan', ...(values.base !== undefined ? { base: values.base } : {}) } },
    file,
    ctx.env,
  );
  if (!head) throw new UsageError(`--head "${headRev}" is not a commit here`);

  let eventName = 'workflow_dispatch';
  let payload: unknown = {};
  if (values.event && values['event-name']) {
    eventName = values['event-name'];
    try {
      payload = JSON.parse(readFileSync(resolve(ctx.cwd, values.event), 'utf8'));
    } catch (err) {
      throw new UsageError(
        `cannot read --event ${values.event}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  const env = {
    ...ctx.env,
    GITHUB_SHA: head,
    GITHUB_REF: ctx.env.GITHUB_REF ?? (branch ? `refs/heads/${branch}` : undefined),
  };
  const base = inputs.get('base').trim();
  const trigger = triggerFromEvent(eventName, payload, env, base === '' ? undefined : base);
  // The located repository knows the head commit already.
  const { result, report } = await runDoor(ctx, { inputs, workspace, trigger, git, env });
  ctx.stdout(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : textTable(report));
  if (result.failure && result.failureKind === 'input') return 2;
  return result.failure ? 1 : 0;
}

/**
 * The work tree's top directory around `cwd` (the current directory outside a repository),
 * the commit `headRev` names, and the checked-out branch's short name ('' when detached or
 * unknown).
 */
export async function locate(ctx: Pick<CliContext, 'cwd' | 'logger'>, headRev: string) {
  const here = new Git(ctx.cwd, ctx.logger);
  // The usual case, one git call; else each question on its own (for the precise answers).
  const known = await here.whereAmI(headRev);
  if (known) {
    const git = new Git(known.topLevel, ctx.logger);
    git.rememberCommit(known.commit);
    const branch = known.head.startsWith('refs/heads/')
      ? known.head.slice('refs/heads/'.length)
      : '';
    return { workspace: known.topLevel, git, head: known.commit, branch };
  }
  const workspace = (await here.showToplevel()) ?? ctx.cwd;
  const git = new Git(workspace, ctx.logger);
  const [head, branch] = await Promise.all([git.resolveCommit(headRev), git.currentBranch()]);
  return { workspace, git, head, branch: branch ?? '' };
}
