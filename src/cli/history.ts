/**
 * `image-promote history OVERLAY [--json]`: the deploy record of an overlay, newest first —
 * each overlay commit's time, commit, actor, environment and config commit, and per image
 * from → to with the digest and how it got there (build, promote, reuse, release, redeploy,
 * rollback; `unknown` for a commit without a record). The body is the record module's
 * (src/record/cli.ts); this door finds the file, its repository and the images.
 */
import { dirname, relative, sep } from 'node:path';
import { fileInputSource } from '../config/file.js';
import type { InputName, InputSource } from '../config/inputs.js';
import { parseConfig } from '../config/parse.js';
import type { Config, OverlayConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { Git } from '../git.js';
import { historyCommand } from '../record/cli.js';
import { MAX_HISTORY } from '../record/history.js';
import { configIn, overlayFile, commandFlags, UsageError, type CliContext } from './context.js';
import { commandInputs } from './run.js';

const HELP = `usage: image-promote history OVERLAY [--json] [--limit N] [--config FILE]

The deploy record of an overlay, newest first: for each commit that changed the file (its
first-parent history), when, which commit, who, the environment and the commit whose
configuration it deployed, and per image what it went from → to, the digest, and how:
build, promote, reuse, release, redeploy (an explicit tag), rollback (tag: previous) — or
unknown for a commit without image-promote's record (an edit by hand, or made before
records), whose from → to are read from the file's versions.

  OVERLAY        the file (or a directory holding a kustomization.yaml)
  --json         print the entries as a JSON array
  --limit N      read at most N commits (default 50, at most ${MAX_HISTORY})
  --config FILE  YAML whose keys are the action's input names (default: image-promote.yml
                 in the overlay's repository, when there is one): its images and
                 overlay-format read overlays that are not kustomizations

A shallow clone is deepened as far as needed. Exit codes: 0 done, 1 the history cannot be
read, 2 bad usage or config.`;

/** Inputs that say what to deploy do not apply to reading what was deployed. */
const READ_ONLY: Partial<Record<InputName, string>> = {
  mode: 'plan',
  'from-plan': '',
  'matrix-image': '',
  tag: '',
  commit: 'false',
  'write-overlay': 'false',
  'dry-run': 'false',
};

/** Overlays given on the command line replace the config file's (all in this repository). */
const GIVEN_OVERLAYS: Partial<Record<InputName, string>> = {
  'from-overlay': '',
  'overlay-repository': '',
  'overlay-branch': '',
};

/** The repository that holds `file`, or a UserError saying it is not in one. */
export async function repositoryOf(ctx: CliContext, file: string): Promise<string> {
  const top = await new Git(dirname(file), ctx.logger).showToplevel();
  if (top === undefined) {
    throw new UserError(
      `${file} is not in a git repository: its record is the history of the repository that holds it`,
    );
  }
  return top;
}

/**
 * The config file of `workspace` (`--config`, else the default one) read for looking at
 * overlays: its images, overlay-format and environment — with `overlays` (workspace-relative)
 * in place of its own, when given. Undefined without a config file.
 */
export function readOnlyConfig(
  ctx: CliContext,
  workspace: string,
  given: string | undefined,
  overlays?: readonly string[],
): Config | undefined {
  const path = configIn(ctx, workspace, given);
  if (path === undefined) return undefined;
  const file: InputSource = fileInputSource(path, ctx.env);
  const text = {
    ...READ_ONLY,
    ...(overlays ? { ...GIVEN_OVERLAYS, overlay: overlays.join('\n') } : {}),
  };
  return parseConfig(commandInputs({ text }, file, ctx.env), { workspace });
}

export async function historyCommandDoor(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    json: { type: 'boolean' },
    limit: { type: 'string' },
    config: { type: 'string' },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) {
    throw new UsageError(`expected exactly one OVERLAY, got ${positionals.length}\n\n${HELP}`);
  }
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || limit < 1 || limit > MAX_HISTORY) {
      throw new UsageError(`--limit "${values.limit}" is not a number from 1 to ${MAX_HISTORY}`);
    }
  }
  const file = await overlayFile(ctx.cwd, input);
  const top = await repositoryOf(ctx, file);
  const path = relative(top, file).split(sep).join('/');
  const config = readOnlyConfig(ctx, top, values.config, [path]);
  const overlay: OverlayConfig = config?.overlays[0] ?? { file, path, format: 'auto' };
  ctx.stdout(
    await historyCommand({
      git: new Git(top, ctx.logger),
      overlay,
      ...(config ? { images: config.images } : {}),
      ...(values.json ? { json: true } : {}),
      ...(limit !== undefined ? { limit } : {}),
      logger: ctx.logger,
    }),
  );
  return 0;
}
