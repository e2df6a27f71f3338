import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, type CliCommand } from '../../../src/cli/context.js';
import { refCommand } from '../../../src/cli/ref.js';
import { setImageCommand } from '../../../src/cli/set-image.js';
import { InputError } from '../../../src/errors.js';
import type { Logger } from '../../../src/log.js';

// The exit code src/cli.ts main() gives a command's outcome: a UsageError or InputError
// means 2, any other error 1. The commands are called directly so this file does not depend
// on every other command module.
const COMMANDS: Record<string, CliCommand> = { ref: refCommand, 'set-image': setImageCommand };

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ip-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; out: string; log: string }> {
  let out = '';
  const lines: string[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    group: (_title, fn) => fn(),
    mask: () => undefined,
  };
  const [name = '', ...rest] = args;
  const command = COMMANDS[name];
  if (!command) throw new Error(`no command ${name}`);
  let code: number;
  try {
    code = await command({ args: rest, cwd: dir, env: {}, stdout: (t) => (out += t), logger });
  } catch (err) {
    lines.push(err instanceof Error ? err.message : String(err));
    code = err instanceof UsageError || err instanceof InputError ? 2 : 1;
  }
  return { code, out, log: lines.join('\n') };
}

describe('image-promote ref', () => {
  it('prints the parsed reference as JSON', async () => {
    const r = await cli(['ref', 'nginx:1.27']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      domain: 'docker.io',
      path: 'library/nginx',
      tag: '1.27',
      digest: null,
      name: 'docker.io/library/nginx',
      familiar: 'nginx:1.27',
    });
  });

  it.each([
    [['ref', 'Nginx'], /invalid image reference "Nginx": repository name must be lowercase/],
    [['ref'], /expected exactly one image reference, got 0/],
    [['ref', 'a', 'b'], /got 2/],
    [['ref', '--json', 'a'], /Unknown option '--json'/],
  ])('%j exits 2 with the reason', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.log).toMatch(message);
  });
});

describe('image-promote set-image', () => {
  const text =
    '# prod\nimages:\n- name: api # the API\n  newName: ghcr.io/acme/api\n  newTag: v1\n';

  function kustomization(name: string, content = text): string {
    const sub = join(dir, name);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, 'kustomization.yaml');
    writeFileSync(file, content, { mode: 0o640 });
    return file;
  }

  it('--no-verify edits in place, keeps the mode, and reports the change', async () => {
    const file = kustomization('a');
    const r = await cli([
      'set-image',
      '--no-verify',
      'a/kustomization.yaml',
      'api=*:v2',
      'web:1.0',
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      '# prod\nimages:\n- name: api # the API\n  newName: ghcr.io/acme/api\n  newTag: v2\n- name: web\n  newTag: "1.0"\n',
    );
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(r.out).toBe(
      'api: newName=ghcr.io/acme/api newTag=v1 -> newName=ghcr.io/acme/api newTag=v2\nweb: (new) -> newTag=1.0\n',
    );
  });

  it('accepts the directory and prints without writing on --dry-run', async () => {
    const file = kustomization('b');
    const r = await cli(['set-image', 'b', '--dry-run', '--no-verify', 'api:v3']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('# prod\nimages:\n- name: api # the API\n  newTag: v3\n');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it.each([
    [['set-image', 'c'], 2, /expected FILE and at least one image/],
    [['set-image', 'c', 'api'], 2, /invalid image argument "api": it sets nothing/],
    [['set-image', 'c', 'api:v1', '--force'], 2, /Unknown option '--force'/],
    [['set-image', 'c', 'api=Bad:v1'], 2, /new name "Bad"/],
    [['set-image', 'missing', 'api:v1'], 1, /missing does not exist/],
  ])('%j exits %i', async (args, code, message) => {
    kustomization('c');
    const r = await cli(args);
    expect(r.code).toBe(code);
    expect(r.log).toMatch(message);
    expect(readFileSync(join(dir, 'c', 'kustomization.yaml'), 'utf8')).toBe(text);
  });

  it.each([
    [
      ['api:latest'],
      /input 'tag': "latest" is in extra-tags: a tag that can move is written only pinned/,
    ],
    [
      ['api=*:main'],
      /input 'tag': "main" is not a tag tag-template, pr-tag-template or source-tag make/,
    ],
    [['api=ghcr.io/acme/api'], /api: the argument names neither a tag nor a digest/],
  ])('without --no-verify, %j is refused before the registry is asked', async (args, message) => {
    const file = kustomization('e');
    const r = await cli(['set-image', 'e', ...args]);
    expect(r.code).toBe(2);
    expect(r.log).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('--pin-digest needs the registry: not with --no-verify', async () => {
    kustomization('f');
    const r = await cli(['set-image', 'f', '--no-verify', '--pin-digest', 'api:v2']);
    expect(r.code).toBe(2);
    expect(r.log).toMatch(/--pin-digest needs the registry/);
  });

  it('leaves an invalid file untouched and names the line', async () => {
    const broken = 'images:\n- name: api\n newTag: v1\n';
    const file = kustomization('d', broken);
    const r = await cli(['set-image', 'd/kustomization.yaml', 'api:v2']);
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/d\/kustomization\.yaml:3:\d+: invalid YAML/);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });
});
