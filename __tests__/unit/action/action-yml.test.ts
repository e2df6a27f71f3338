/** action.yml is the user-facing contract; it must match the inputs the code reads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../../../src/config/inputs.js';

const root = join(import.meta.dirname, '../../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('declares every input with its description and default, and nothing else', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUTS).sort());
    for (const [name, spec] of Object.entries(INPUTS)) {
      expect({ name, ...action.inputs[name] }).toEqual({
        name,
        description: spec.description,
        default: spec.default,
        required: false,
      });
    }
  });

  it('defaults every boolean input', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (/^(true|false)$/.test(spec.default ?? '')) continue;
      expect([
        'force-build',
        'push',
        'write-overlay',
        'pin-digest',
        'commit',
        'dry-run',
        'allow-tag-overwrite',
      ]).not.toContain(name);
    }
  });

  it('declares every output', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(OUTPUTS).sort());
    for (const [name, description] of Object.entries(OUTPUTS))
      expect(action.outputs[name]?.description).toBe(description);
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
