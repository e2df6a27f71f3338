import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
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

/** node:util parseArgs in strict mode, with its errors turned into UsageError. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new UsageError(`image-promote ${command}: ${message}`);
  }
}

/** The one positional image reference a command takes, parsed; UsageError otherwise. */
export function singleReference(
  command: string,
  positionals: readonly string[],
  help: string,
): ImageReference {
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) {
    throw new UsageError(
      `image-promote ${command}: expected exactly one image reference, got ${positionals.length}\n\n${help}`,
    );
  }
  const parsed = tryParseReference(input);
  if (!parsed.ok)
    throw new UsageError(
      `image-promote ${command}: invalid image reference "${input}": ${parsed.reason}`,
    );
  return parsed.ref;
}
