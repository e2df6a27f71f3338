/** The exec wrapper with real child processes (node itself), streaming and bounded output. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, ExecError, type OutputStream } from '../../src/exec.js';

const node = process.execPath;

describe('exec', () => {
  it('keeps all output and throws ExecError on a non-zero exit, as before', async () => {
    const ok = await exec(node, ['-e', 'process.stdout.write("a\\nb"); process.stderr.write("e")']);
    expect(ok).toEqual({ exitCode: 0, stdout: 'a\nb', stderr: 'e' });
    const err = await exec(node, ['-e', 'console.error("boom"); process.exit(3)']).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ExecError);
    expect((err as ExecError).exitCode).toBe(3);
    expect((err as Error).message).toMatch(/exited with code 3: boom$/);
  });

  it('largeOutput: the same stdout, exit codes and errors, and no file left behind', async () => {
    const big = 'process.stdout.write("x\\u00e9\\0".repeat(300000)); process.stderr.write("e")';
    const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('image-promote-out-')));
    const piped = await exec(node, ['-e', big]);
    const filed = await exec(node, ['-e', big], { largeOutput: true });
    expect(filed).toEqual(piped);
    expect(filed.stdout.length).toBe(900000);
    const failed = await exec(node, ['-e', 'process.stdout.write("out"); process.exit(4)'], {
      largeOutput: true,
      allowFailure: true,
    });
    expect(failed).toEqual({ exitCode: 4, stdout: 'out', stderr: '' });
    const err = await exec(node, ['-e', 'console.error("boom"); process.exit(3)'], {
      largeOutput: true,
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/exited with code 3: boom$/);
    const missing = await exec('image-promote-no-such-command', [], { largeOutput: true }).catch(
      (e: unknown) => e,
    );
    expect((missing as Error).message).toMatch(/command not found/);
    const after = readdirSync(tmpdir()).filter(
      (f) => f.startsWith('image-promote-out-') && !before.has(f),
    );
    expect(after).toEqual([]);
  });

  it('delivers lines while the command runs', async () => {
    // The child prints a line, then waits for a file that only the line callback creates:
    // if lines were delivered at exit, it would never finish (and time out).
    const dir = mkdtempSync(join(tmpdir(), 'ip-exec-'));
    const flag = join(dir, 'flag');
    const script = `
      const fs = require('fs');
      console.log('waiting');
      const t = setInterval(() => {
        if (fs.existsSync(${JSON.stringify(flag)})) { clearInterval(t); console.error('seen'); console.log('done'); }
      }, 5);`;
    const events: string[] = [];
    try {
      const result = await exec(node, ['-e', script], {
        timeoutMs: 20000,
        onLine: (stream, line) => {
          events.push(`${stream}: ${line}`);
          if (line === 'waiting') writeFileSync(flag, '');
        },
      });
      expect(existsSync(flag)).toBe(true);
      expect(events).toEqual(['stdout: waiting', 'stderr: seen', 'stdout: done']);
      expect(result.stdout).toBe('waiting\ndone\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('splits lines across chunks, strips CRLF, keeps UTF-8 whole and flushes the last line', async () => {
    const script = `
      const b = Buffer.from('héllo wörld\\r\\nsecond', 'utf8');
      // One byte at a time: every multi-byte character is split across writes.
      (async () => { for (const x of b) { process.stdout.write(Buffer.from([x])); await new Promise(r => setImmediate(r)); } })();`;
    const lines: [OutputStream, string][] = [];
    await exec(node, ['-e', script], { onLine: (s, l) => lines.push([s, l]) });
    expect(lines).toEqual([
      ['stdout', 'héllo wörld'],
      ['stdout', 'second'],
    ]);
  });

  it('keeps only a tail of long output, starting at a whole line, while every line is delivered', async () => {
    const script = 'for (let i = 0; i < 20000; i++) console.log(`line ${i} ` + "x".repeat(40));';
    let count = 0;
    let last = '';
    const result = await exec(node, ['-e', script], {
      tailBytes: 4096,
      onLine: (_s, l) => {
        count++;
        last = l;
      },
    });
    expect(count).toBe(20000);
    expect(last).toMatch(/^line 19999 x+$/);
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(4096);
    expect(result.stdout).toMatch(/^line \d+ x{40}\n/);
    expect(result.stdout.endsWith(`line 19999 ${'x'.repeat(40)}\n`)).toBe(true);
  });

  it('bounds the kept output by default when streaming', async () => {
    // 2 MiB of output: more than the default streaming tail (256 KiB).
    const script =
      'const l = "y".repeat(1023) + "\\n"; for (let i = 0; i < 2048; i++) process.stdout.write(l);';
    let count = 0;
    const result = await exec(node, ['-e', script], { onLine: () => count++ });
    expect(count).toBe(2048);
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(256 * 1024);
    expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(200 * 1024);
  });

  it('rejects with the error a line callback threw, once the child exits', async () => {
    const err = await exec(node, ['-e', 'console.log("a"); console.log("b")'], {
      onLine: (_s, line) => {
        if (line === 'a') throw new Error('callback broke');
      },
    }).catch((e: unknown) => e);
    expect(err).toEqual(new Error('callback broke'));
  });
});
