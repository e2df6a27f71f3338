/**
 * The one way this project runs external commands: argument arrays, never a shell.
 * Event-derived strings (branch names, titles) can therefore never be interpreted.
 */
// eslint-disable-next-line no-restricted-imports -- this module is the wrapper
import { spawn } from 'node:child_process';
import type { Logger } from './log.js';

export interface ExecOptions {
  cwd?: string;
  /** Full environment for the child; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, then stdin is closed. */
  input?: string | Buffer;
  /** Return non-zero exits instead of throwing. */
  allowFailure?: boolean;
  timeoutMs?: number;
  logger?: Logger;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type Exec = (
  file: string,
  args: readonly string[],
  options?: ExecOptions,
) => Promise<ExecResult>;

export class ExecError extends Error {
  override readonly name = 'ExecError';
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderr: string,
    detail: string,
  ) {
    super(`${command} ${detail}${stderr.trim() ? `: ${lastLines(stderr, 20)}` : ''}`);
  }
}

/** Renders argv for logs; quoting is cosmetic because nothing is ever passed to a shell. */
export function formatCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

function lastLines(text: string, n: number): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-n).join('\n');
}

export const exec: Exec = (file, args, options = {}) => {
  const shown = formatCommand(file, args);
  options.logger?.debug(`exec: ${shown}`);
  return new Promise<ExecResult>((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      const detail =
        e.code === 'ENOENT' ? 'failed: command not found' : `failed to start: ${e.message}`;
      reject(new ExecError(shown, null, '', detail));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
        reject(new ExecError(shown, null, stderr, `timed out after ${options.timeoutMs} ms`));
        return;
      }
      const exitCode = code ?? 128;
      if (exitCode !== 0 && !options.allowFailure) {
        const why = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
        reject(new ExecError(shown, exitCode, stderr, why));
        return;
      }
      resolve({ exitCode, stdout, stderr });
    });
    // A child that exits before reading stdin raises EPIPE; the exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
};
