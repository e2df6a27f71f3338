/**
 * action.yml is the user-facing contract; it must match the inputs the code reads. It and
 * README.md's outputs table are generated from src/config/inputs.ts and must be current.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS, type InputSpec } from '../../../src/config/inputs.js';

const root = join(import.meta.dirname, '../../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const specs = Object.entries(INPUTS) as [string, InputSpec][];

/** Runs the generator in `dir` (a copy of what it reads); its exit code and stderr. */
function generate(dir: string, ...args: string[]): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, [join(dir, 'scripts/gen-action-yml.mjs'), ...args], {
      stdio: 'pipe',
    });
    return { code: 0, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stderr: Buffer };
    return { code: e.status, stderr: e.stderr.toString() };
  }
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** The files the generator reads and writes, in a scratch directory (node_modules linked). */
function copyOfRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-gen-'));
  copies.push(dir);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const path of [
    'scripts/gen-action-yml.mjs',
    'src/config/inputs.ts',
    'action.yml',
    'README.md',
    '.node-version',
    '.prettierrc.json',
  ]) {
    cpSync(join(root, path), join(dir, path), { recursive: true });
  }
  return dir;
}

describe('action.yml', () => {
  it('declares every input with its default, and nothing else (command-line-only ones stay out)', () => {
    const actionInputs = specs.filter(([, spec]) => !('cli' in spec));
    expect(Object.keys(action.inputs).sort()).toEqual(actionInputs.map(([name]) => name).sort());
    expect(actionInputs.length).toBeLessThan(specs.length);
    for (const [name, spec] of actionInputs) {
      expect({ name, ...action.inputs[name] }).toEqual({
        name,
        description: expect.stringContaining(spec.description),
        default: spec.default,
        required: false,
      });
    }
  });

  it("shows each enum's allowed values and each integer's range", () => {
    expect(action.inputs.mode?.description).toMatch(
      /One of: auto, build, reuse, promote, rollback, plan\.$/,
    );
    expect(action.inputs.commit?.description).toMatch(
      /One of: false, local, true, pull-request\.$/,
    );
    expect(action.inputs['max-parallel']?.description).toMatch(/from 1 to 32\.$/);
  });

  it('defaults every boolean input to true or false, and every enum to one of its values', () => {
    for (const [name, spec] of specs) {
      if (spec.kind === 'boolean')
        expect([name, spec.default]).toEqual([name, expect.stringMatching(/^(true|false)$/)]);
      if (spec.kind === 'enum') expect(spec.values).toContain(spec.default);
    }
  });

  it('declares every output', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(OUTPUTS).sort());
    for (const [name, description] of Object.entries(OUTPUTS))
      expect(action.outputs[name]?.description).toBe(description);
    expect(OUTPUTS.images).toMatch(/not-attempted for an image the run never decided/);
  });

  it('runs dist/index.js on the Node major of .node-version (the one source of truth)', () => {
    const major = readFileSync(join(root, '.node-version'), 'utf8').trim();
    expect(action.runs).toEqual({ using: `node${major}`, main: 'dist/index.js' });
    const workflow = readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8');
    expect(workflow).toContain('node-version-file: .node-version');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin['image-promote']).toBe('dist/cli/index.js');
  });
});

describe('the generator (npm run action-yml)', () => {
  it('finds action.yml and the README outputs table current', () => {
    expect(generate(root, '--check')).toEqual({ code: 0, stderr: '' });
  });

  it('lists every output in the README table between the markers', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('<!-- outputs:start'),
      readme.indexOf('<!-- outputs:end -->'),
    );
    for (const name of Object.keys(OUTPUTS))
      expect(table).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });

  it('names the stale files, and rewrites them to the same bytes', () => {
    const dir = copyOfRepository();
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const yml = readFileSync(join(dir, 'action.yml'), 'utf8');
    writeFileSync(join(dir, 'README.md'), readme.replace('| `digests`', '| `digest`'));
    writeFileSync(join(dir, 'action.yml'), yml.replace('Head commit.', 'HEAD.'));
    const stale = generate(dir, '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/not current: action\.yml, README\.md — run npm run action-yml/);
    expect(generate(dir)).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readme);
    expect(readFileSync(join(dir, 'action.yml'), 'utf8')).toBe(yml);
  });
});
