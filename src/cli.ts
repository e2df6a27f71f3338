#!/usr/bin/env node
/**
 * `image-promote` CLI: the same engine as the action, for local dry runs and scripts.
 * Exit codes: 0 success, 1 failure (including "not found"), 2 bad usage or config.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { errorMessage, InputError } from './errors.js';
import { neutralizeCommands, StderrLogger } from './log.js';
import { redact } from './redact.js';
import { UsageError, type CliCommand, type CliContext } from './cli/context.js';

// Commands load on demand: `promote` never pays for compiling the planning engine, and the
// other way round (ncc emits each as its own chunk next to dist/cli/index.js).
const COMMANDS: Record<string, { load: () => Promise<CliCommand>; summary: string }> = {
  plan: {
    load: async () => (await import('./cli/plan.js')).planCommand,
    summary: 'show what the action would decide for a commit range',
  },
  resolve: {
    load: async () => (await import('./cli/resolve.js')).resolveCommand,
    summary: 'print the digest a reference resolves to',
  },
  promote: {
    load: async () => (await import('./cli/promote.js')).promoteCommand,
    summary: 'add a tag or copy an image without pulling it',
  },
  deploy: {
    load: async () => (await import('./cli/deploy.js')).deployCommand,
    summary: 'verify images in the registry, write them into an overlay, commit',
  },
  'set-image': {
    load: async () => (await import('./cli/set-image.js')).setImageCommand,
    summary: 'kustomize edit set image, verified in the registry, keeping every other byte',
  },
  history: {
    load: async () => (await import('./cli/history.js')).historyCommandDoor,
    summary: "an overlay's deploy record, newest first (who deployed what, how, rollbacks)",
  },
  status: {
    load: async () => (await import('./cli/status.js')).statusCommandDoor,
    summary: 'what each environment runs now, and which images a rollback holds',
  },
  verify: {
    load: async () => (await import('./cli/verify.js')).verifyCommand,
    summary: 'print who signed an image, when, for which source and in which run',
  },
  sign: {
    load: async () => (await import('./cli/sign.js')).signCommand,
    summary: "sign an image built elsewhere with its source's statement",
  },
  ref: {
    load: async () => (await import('./cli/ref.js')).refCommand,
    summary: 'show how an image reference is parsed',
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return [
    'usage: image-promote <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Run `image-promote <command> --help` for the options of a command.',
  ].join('\n');
}

/**
 * Runs the CLI and returns its exit code; never throws. `io` replaces the process's streams,
 * environment and working directory, and may carry registry client settings
 * (`io.registry`: retry policy, clock, fetch) for programs that embed the CLI.
 */
export async function main(
  argv: string[],
  io: Partial<Omit<CliContext, 'args'>> = {},
): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const args = argv.filter((a) => a !== '--verbose' && a !== '-v');
  const logger = io.logger ?? new StderrLogger(verbose);
  const write = io.stdout ?? ((t: string) => process.stdout.write(t));
  // stdout may carry text from a registry (e.g. promote --json errors) or the repository (a
  // file name in plan): redacted like stderr, and never a workflow command (src/log.ts).
  const stdout = (text: string) => {
    write(neutralizeCommands(redact(text)));
  };
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    stdout(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    stdout(`${pkg.version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    logger.info(`image-promote: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const ctx: CliContext = {
    args: rest,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    stdout,
    logger,
    ...(io.registry ? { registry: io.registry } : {}),
  };
  try {
    return await (
      await command.load()
    )(ctx);
  } catch (err) {
    logger.info(`image-promote ${name}: ${errorMessage(err)}`);
    return err instanceof UsageError || err instanceof InputError ? 2 : 1;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
