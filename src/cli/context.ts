import { existsSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Git } from '../git.js';
import { UserError } from '../errors.js';
import { KUSTOMIZATION_FILES } from '../overlay/kustomization-files.js';
import type { Logger } from '../log.js';
import { isInside } from '../paths.js';
import { tryParseReference, type ImageReference } from '../reference.js';
import type { RegistryProviderOptions } from '../registry/provider.js';

/**
 * Settings of the registry client a program embedding the CLI (`main(argv, io)`) may pass:
 * the retry policy and clock (e.g. short backoff in tests) and the HTTP implementation.
 * There is no flag or environment variable for them.
 */
export type RegistryClientOptions = Pick<RegistryProviderOptions, 'retry' | 'clock' | 'fetch'>;

/** What a CLI command gets; tests pass their own streams and environment. */
export interface CliContext {
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  logger: Logger;
  /** Registry client settings for in-process callers; defaults when absent. */
  registry?: RegistryClientOptions;
}

/** Bad usage: the CLI prints the message and exits 2. */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

export type CliCommand = (ctx: CliContext) => Promise<number>;

const HELP_FLAG = { type: 'boolean', short: 'h' } as const;

/**
 * A command's flags and positionals (node:util parseArgs in strict mode, plus -h/--help; its
 * errors are UsageErrors), or undefined when help was asked for: then `help` has gone to
 * stdout and the command returns 0.
 */
export function commandFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  ctx: Pick<CliContext, 'args' | 'stdout'>,
  help: string,
  options: T,
) {
  const flags = { ...options, help: HELP_FLAG };
  let parsed;
  try {
    parsed = parseArgs({ args: ctx.args, options: flags, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if ((parsed.values as { help?: boolean }).help) {
    ctx.stdout(`${help}\n`);
    return undefined;
  }
  return parsed;
}

/** The one positional image reference a command takes, parsed; UsageError otherwise. */
export function singleReference(positionals: readonly string[], help: string): ImageReference {
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) {
    throw new UsageError(
      `expected exactly one image reference, got ${positionals.length}\n\n${help}`,
    );
  }
  const parsed = tryParseReference(input);
  if (!parsed.ok) throw new UsageError(`invalid image reference "${input}": ${parsed.reason}`);
  return parsed.ref;
}

/** Where the CLI looks for its config when --config is not given (in the repository root). */
export const DEFAULT_CONFIGS = [
  'image-promote.yml',
  'image-promote.yaml',
  '.github/image-promote.yml',
];

/**
 * The workspace of a CLI run (the top of the git repository around `cwd`, else `cwd`) and
 * its config file: `--config` as given, else the first of DEFAULT_CONFIGS that exists.
 */
export async function workspaceAndConfig(
  ctx: CliContext,
  given: string | undefined,
): Promise<{ workspace: string; configPath: string | undefined }> {
  const workspace = (await new Git(ctx.cwd, ctx.logger).showToplevel()) ?? ctx.cwd;
  return { workspace, configPath: configIn(ctx, workspace, given) };
}

/** The config file of a run in `workspace`: `--config` as given, else the first default. */
export function configIn(
  ctx: Pick<CliContext, 'cwd'>,
  workspace: string,
  given: string | undefined,
): string | undefined {
  return given !== undefined
    ? resolve(ctx.cwd, given)
    : DEFAULT_CONFIGS.map((c) => join(workspace, c)).find((c) => existsSync(c));
}

/**
 * The file a command edits: `input` itself, or the kustomization in the directory `input`
 * names. Throws a UserError when neither exists.
 */
export async function overlayFile(cwd: string, input: string): Promise<string> {
  const path = resolve(cwd, input);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UserError(`${input} does not exist`);
  if (!info.isDirectory()) return path;
  const found = KUSTOMIZATION_FILES.map((name) => join(path, name)).find((f) => existsSync(f));
  if (found === undefined) throw new UserError(`${input} has no kustomization.yaml`);
  return found;
}

/**
 * The workspace of a command that edits `file`: the repository around the working directory
 * (or the working directory) when it holds the file; else the repository that holds the
 * file (a checkout next to this one); else the file's directory. Writes stay inside it.
 */
export async function workspaceFor(
  ctx: Pick<CliContext, 'cwd' | 'logger'>,
  file: string,
  around: string,
): Promise<string> {
  if (isInside(realpathSync(around), realpathSync(file))) return around;
  return (await new Git(dirname(file), ctx.logger).showToplevel()) ?? dirname(file);
}
