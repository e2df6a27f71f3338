/**
 * Adapters (git, docker, registry) log through this interface; pure modules never log.
 * The action backs it with the runner's workflow commands, the CLI with stderr. Every line
 * passes through the one redactor (src/redact.ts), then — the CLI runs in workflow steps
 * too, and the runner reads stderr for commands as well — through neutralizeCommands
 * (src/action/runner.ts): no text from outside (an API answer, a registry error, git's
 * stderr, a file name, overlay content) can start a workflow command.
 */
import { redact, redactor } from './redact.js';

/**
 * The runner's workflow-command rule (src/action/runner.ts): a line is a command when, after
 * leading whitespace, it starts with `::`, or holds `##[` anywhere.
 */
const WORD_JOINER = '\u2060';
/** Leading whitespace as .NET's TrimStart sees it (and more), then the first of two colons. */
const LEADING_COMMAND = /^([\s\u0085\u180e\u200b]*):(?=:)/;

/**
 * `text` with every line that the runner would read as a workflow command broken up (see
 * the module comment); everything else, line ends included, stays as it is.
 */
export function neutralizeCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(LEADING_COMMAND, `$1:${WORD_JOINER}`).replaceAll('##[', `##${WORD_JOINER}[`),
    )
    .join('');
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** Registers a secret so it (and its encoded forms) is redacted from everything afterwards. */
  mask(secret: string): void;
  /**
   * Runs `fn` with its log lines under `title`: a collapsible group on the runner, a heading
   * on a terminal. Groups do not nest and cannot interleave: callers running work in
   * parallel prefix lines instead.
   */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * CLI logger: everything goes to stderr so stdout stays machine-readable. A group is a bold
 * heading on a terminal and a plain `── title` line otherwise (logs, pipes).
 */
export class StderrLogger implements Logger {
  constructor(
    private readonly verbose = false,
    private readonly out: (line: string) => void = (line) => process.stderr.write(line + '\n'),
    private readonly tty = process.stderr.isTTY,
  ) {}
  /** Redacted, then no workflow command (the order matters: a secret is matched whole). */
  private write(text: string): void {
    this.out(neutralizeCommands(redact(text)));
  }
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`);
  }
  info(message: string): void {
    this.write(message);
  }
  warning(message: string): void {
    this.write(`warning: ${message}`);
  }
  mask(secret: string): void {
    redactor.add(secret);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    const heading = neutralizeCommands(redact(`── ${title}`));
    this.out(this.tty ? `\x1b[1m${heading}\x1b[0m` : heading);
    return fn();
  }
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  mask: (secret) => {
    redactor.add(secret);
  },
  group: (_title, fn) => fn(),
};
