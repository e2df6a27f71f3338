/**
 * The one way this project runs external commands: argument arrays, never a shell.
 * Event-derived strings (branch names, titles) can therefore never be interpreted.
 *
 * Output is either collected whole (the default: short commands whose output is parsed) or
 * streamed line by line through `onLine` while only the end of it is kept (long builds).
 */
// eslint-disable-next-line no-restricted-imports -- this module is the wrapper
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Logger } from './log.js';

export type OutputStream = 'stdout' | 'stderr';

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
  /**
   * Called with every line of output as it arrives, in arrival order across both streams,
   * without its line ending (`\n` or `\r\n`). A last line without a newline is delivered when
   * the stream ends; a line longer than 64 KiB is delivered in pieces. If it throws, it is
   * not called again and the command's promise rejects with that error once the child exits.
   */
  onLine?: (stream: OutputStream, line: string) => void;
  /**
   * Keep at most this many bytes of each stream (its end, from a line start) in the result
   * and in errors. Defaults to everything without `onLine` and to 256 KiB with it, so a
   * build that prints for an hour holds a bounded tail, not its whole log.
   */
  tailBytes?: number;
  /**
   * The command prints megabytes (a tree listing, a diff of 20,000 files): its stdout goes to
   * a private temporary file that is read once it exits, instead of through a pipe that
   * delivers it in hundreds of small reads. Same result; ignored with `onLine`/`tailBytes`,
   * and falls back to a pipe when no temporary file can be made.
   */
  largeOutput?: boolean;
  /**
   * stdout is bytes (blob contents that need not be UTF-8): the result carries them undecoded
   * in `stdoutBytes`, and `stdout` is empty.
   */
  binary?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes, with `binary`. */
  stdoutBytes?: Buffer;
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
    const last = stderr.trimEnd().split('\n').slice(-20).join('\n');
    super(`${command} ${detail}${stderr.trim() ? `: ${last}` : ''}`);
  }
}

/** Renders argv for logs; quoting is cosmetic because nothing is ever passed to a shell. */
export function formatCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

const STREAMING_TAIL_BYTES = 256 * 1024;
const MAX_LINE_CHARS = 64 * 1024;

/** Collects a stream's bytes, keeping only the last `limit` of them. */
class ByteTail {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;
  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Compact once twice the limit is held, so the cost stays linear in the output.
    if (this.size > 2 * this.limit) this.compact();
  }

  private compact(): void {
    const all = Buffer.concat(this.chunks);
    const kept = all.subarray(all.length - this.limit);
    this.chunks = [kept];
    this.dropped ||= kept.length < all.length;
    this.size = kept.length;
  }

  /** Everything kept, as bytes (only when nothing was dropped is that all of it). */
  bytes(): Buffer {
    if (this.size > this.limit) this.compact();
    return Buffer.concat(this.chunks);
  }

  text(): string {
    const text = this.bytes().toString('utf8');
    if (!this.dropped) return text;
    // The cut may fall inside a line (or a character): start at the next whole line.
    const newline = text.indexOf('\n');
    return newline === -1 ? '' : text.slice(newline + 1);
  }
}

/** Splits a byte stream into lines (UTF-8 safe across chunks) for `onLine`. */
class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  constructor(private readonly emit: (line: string) => void) {}

  push(chunk: Buffer): void {
    this.feed(this.decoder.write(chunk));
  }

  end(): void {
    this.feed(this.decoder.end());
    if (this.partial !== '') this.emit(this.partial.replace(/\r$/, ''));
    this.partial = '';
  }

  private feed(text: string): void {
    let rest = this.partial + text;
    for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n')) {
      this.emit(rest.slice(0, nl).replace(/\r$/, ''));
      rest = rest.slice(nl + 1);
    }
    while (rest.length > MAX_LINE_CHARS) {
      this.emit(rest.slice(0, MAX_LINE_CHARS));
      rest = rest.slice(MAX_LINE_CHARS);
    }
    this.partial = rest;
  }
}

/** A private file a child writes its stdout to (see ExecOptions.largeOutput). */
class OutputFile {
  private removed = false;

  private constructor(
    private readonly dir: string,
    readonly fd: number,
  ) {}

  static create(): OutputFile | undefined {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(join(tmpdir(), 'image-promote-out-'));
      return new OutputFile(dir, openSync(join(dir, 'stdout'), 'w+', 0o600));
    } catch {
      if (dir) rmSync(dir, { recursive: true, force: true });
      return undefined;
    }
  }

  /** Everything written, then the file is gone. */
  bytes(): Buffer {
    if (this.removed) return Buffer.alloc(0);
    try {
      const size = fstatSync(this.fd).size;
      const bytes = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const n = readSync(this.fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      return bytes.subarray(0, read);
    } finally {
      this.remove();
    }
  }

  remove(): void {
    if (this.removed) return;
    this.removed = true;
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const exec: Exec = (file, args, options = {}) => {
  const shown = formatCommand(file, args);
  options.logger?.debug(`exec: ${shown}`);
  return new Promise<ExecResult>((resolve, reject) => {
    const toFile =
      options.largeOutput && !options.onLine && options.tailBytes === undefined
        ? OutputFile.create()
        : undefined;
    let child: ChildProcessByStdio<Writable, Readable | null, Readable>;
    try {
      child = spawn(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['pipe', toFile ? toFile.fd : 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
      }) as ChildProcessByStdio<Writable, Readable | null, Readable>;
    } catch (e) {
      toFile?.remove();
      throw e;
    }
    const limit =
      options.tailBytes ?? (options.onLine ? STREAMING_TAIL_BYTES : Number.POSITIVE_INFINITY);
    const out = new ByteTail(limit);
    const err = new ByteTail(limit);
    let lineError: { error: unknown } | undefined;
    const lines = (stream: OutputStream): LineSplitter | undefined => {
      const { onLine } = options;
      if (!onLine) return undefined;
      return new LineSplitter((line) => {
        if (lineError) return;
        try {
          onLine(stream, line);
        } catch (error) {
          lineError = { error };
        }
      });
    };
    const outLines = lines('stdout');
    const errLines = lines('stderr');
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stdout?.on('data', (c: Buffer) => {
      out.push(c);
      outLines?.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      err.push(c);
      errLines?.push(c);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      toFile?.remove();
      const detail =
        e.code === 'ENOENT' ? 'failed: command not found' : `failed to start: ${e.message}`;
      reject(new ExecError(shown, null, '', detail));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      outLines?.end();
      errLines?.end();
      const bytes = options.binary ? (toFile ? toFile.bytes() : out.bytes()) : undefined;
      const stdout = bytes ? '' : toFile ? toFile.bytes().toString('utf8') : out.text();
      const stderr = err.text();
      if (lineError) {
        const { error } = lineError;
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
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
      resolve({ exitCode, stdout, stderr, ...(bytes ? { stdoutBytes: bytes } : {}) });
    });
    // A child that exits before reading stdin raises EPIPE; the exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
};
