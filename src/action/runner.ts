/**
 * The GitHub Actions runner protocol, as the action uses it: inputs from `INPUT_*`
 * variables, outputs and the job summary appended to the files the runner names, and
 * workflow commands (`::name props::value`) on stdout. It does what @actions/core does for
 * these calls without loading its HTTP client, which the action never needs.
 *
 * No text we print can start a workflow command but the commands we mean. The runner
 * (actions/runner, src/Runner.Common/ActionCommand.cs) reads a step's stdout and stderr line
 * by line — a line ends at LF, CR or CRLF — and a line is a command when
 *   - after leading whitespace it starts with `::` and a command name follows up to the next
 *     `::` (`::error::x`, `  ::add-mask::x`, `::stop-commands::t`), or
 *   - it holds `##[`, a command name and `]` anywhere (the old form, `x ##[error]y`; still
 *     parsed).
 * So:
 *   - our commands (`debug`, `warning`, `error`, `group`, `add-mask`, …) carry text only as
 *     escaped data and properties (`%` → %25, CR → %0D, LF → %0A; in properties also `:` and
 *     `,`), which keeps it on the command's own line;
 *   - plain lines (`info`) are split at LF, CR and CRLF, and in each line a leading `::`
 *     (after any whitespace) and every `##[` get an invisible U+2060 WORD JOINER between the
 *     two markers (`:⁠:`, `##⁠[`): it is not whitespace to the runner, so the line is no
 *     longer a command, and our own multi-line messages read as they were written
 *     (neutralizeCommands; src/log.ts applies it to the CLI's stderr as well).
 * Text is sent as given otherwise: redacting is the caller's job and comes first
 * (src/action/core-logger.ts, main.ts).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { neutralizeCommands } from '../log.js';

/** Annotation properties of `::warning` / `::error` (see the runner's documentation). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

/** A command's data: `%`, CR and LF are escaped so the runner reads one line. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,key=value::message`, escaped; empty property values are left out. */
export function formatCommand(
  command: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    )
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The annotation properties in the runner's order; no other key of `props` is sent. */
function annotationProps(props: AnnotationProperties): Record<string, string | number | undefined> {
  const keys = ['title', 'file', 'line', 'endLine', 'col', 'endColumn'] as const;
  return Object.fromEntries(keys.map((key) => [key, props[key]]));
}

export interface RunnerOptions {
  /** Defaults to process.env as it is at each call (tests replace the object). */
  env?: NodeJS.ProcessEnv;
  /** Defaults to process.stdout. */
  write?: (text: string) => void;
  /** Output heredoc delimiters are `ghadelimiter_<this>`; defaults to a random UUID. */
  randomUUID?: () => string;
}

export class Runner {
  private readonly write: (text: string) => void;
  private readonly uuid: () => string;

  constructor(private readonly options: RunnerOptions = {}) {
    this.write =
      options.write ??
      ((text) => {
        process.stdout.write(text);
      });
    this.uuid = options.randomUUID ?? randomUUID;
  }

  private get env(): NodeJS.ProcessEnv {
    return this.options.env ?? process.env;
  }

  /** The value of input `name`: `INPUT_<NAME>` with spaces as `_`, upper-cased, trimmed. */
  getInput(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  }

  /**
   * Appends `name` to the GITHUB_OUTPUT file as a heredoc with a random delimiter; refuses a
   * name or value containing the delimiter. Without GITHUB_OUTPUT (an old runner, a local
   * run) falls back to the `set-output` command.
   */
  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT;
    if (!file) {
      this.write(EOL);
      this.command('set-output', { name }, value);
      return;
    }
    const delimiter = `ghadelimiter_${this.uuid()}`;
    if (name.includes(delimiter)) {
      throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
      throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    appendTo(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
  }

  /** `::add-mask::`: the runner replaces the value with *** in the log from now on. */
  setSecret(secret: string): void {
    this.command('add-mask', {}, secret);
  }

  /** A plain log line (or several): never a workflow command (see neutralizeCommands). */
  info(message: string): void {
    this.write(neutralizeCommands(message) + EOL);
  }

  /** Shown when the workflow runs with debug logging (ACTIONS_STEP_DEBUG). */
  debug(message: string): void {
    this.command('debug', {}, message);
  }

  warning(message: string, properties: AnnotationProperties = {}): void {
    this.command('warning', annotationProps(properties), message);
  }

  error(message: string, properties: AnnotationProperties = {}): void {
    this.command('error', annotationProps(properties), message);
  }

  startGroup(title: string): void {
    this.command('group', {}, title);
  }

  endGroup(): void {
    this.command('endgroup', {}, '');
  }

  /** Runs `fn` inside a collapsible group; the group is closed whatever `fn` does. */
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.startGroup(title);
    try {
      return await fn();
    } finally {
      this.endGroup();
    }
  }

  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY); false when there is none. */
  appendSummary(markdown: string): boolean {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) return false;
    appendTo(file, markdown);
    return true;
  }

  /** Fails the step: an `::error::` annotation and exit code 1 once the process ends. */
  setFailed(message: string): void {
    process.exitCode = 1;
    this.error(message);
  }

  private command(
    command: string,
    properties: Readonly<Record<string, string | number | undefined>>,
    message: string,
  ): void {
    this.write(formatCommand(command, properties, message) + EOL);
  }
}

/** The runner's files exist before the step starts; a missing one is a broken environment. */
function appendTo(file: string, text: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, text, { encoding: 'utf8' });
}

/** The runner of this process: process.env and stdout. */
export const runner = new Runner();
