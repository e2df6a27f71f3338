/**
 * The action entry point in-process, the way the runner drives it: INPUT_* variables, an
 * event file, GITHUB_OUTPUT. (scripts/smoke-dist.sh runs the bundle itself on node 24.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { INPUTS } from '../../../src/config/inputs.js';
import { run } from '../../../src/main.js';
import { createRepo, removeTempDirs } from '../../support/git-fixtures.js';

let dir: string;
let saved: NodeJS.ProcessEnv;
let stdout: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ip-main-'));
  saved = { ...process.env };
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = saved;
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
  removeTempDirs();
});

function setInputs(inputs: Record<string, string>): void {
  for (const [name, spec] of Object.entries(INPUTS)) {
    process.env[`INPUT_${name.toUpperCase()}`] =
      inputs[name] ?? (spec.default.includes('${{') ? '' : spec.default);
  }
}

function outputs(): Record<string, string> {
  const text = readFileSync(join(dir, 'output'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm))
    out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

describe('run()', () => {
  it('sets the outputs and the job summary for a docs-only push', async () => {
    const repo = createRepo({ 'services/api/main.go': 'x' });
    const before = repo.head();
    const after = repo.commit({ 'docs/a.md': 'doc' }, 'docs');
    writeFileSync(
      join(dir, 'event.json'),
      JSON.stringify({
        ref: 'refs/heads/main',
        before,
        after,
        forced: false,
        repository: { default_branch: 'main', full_name: 'acme/shop' },
      }),
    );
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    setInputs({ image: 'api', registry: 'localhost:5000', context: 'services/api' });
    const env = {
      ...process.env,
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_SHA: after,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
    Object.assign(process.env, env);
    await run(env);
    expect(process.exitCode).toBeUndefined();
    expect(outputs()).toMatchObject({
      decision: 'skip',
      changed: 'ignored',
      'base-rule': 'push',
      base: before,
      head: after,
      matrix: '{"include":[]}',
    });
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('| api | skip |');
  });

  it('fails once, naming the input, for a bad value', async () => {
    setInputs({ image: 'api', mode: 'sideways' });
    process.env.GITHUB_WORKSPACE = dir;
    await run({ ...process.env });
    expect(process.exitCode).toBe(1);
    const errors = stdout.filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'input \'mode\': "sideways" is not allowed — use one of: auto, build, reuse, promote, rollback, plan',
    );
  });

  it('masks the token and keeps it out of every message', async () => {
    setInputs({ image: 'api', 'github-token': 'ghs_supersecrettoken', 'tag-template': '{nope}' });
    process.env.GITHUB_WORKSPACE = dir;
    await run({ ...process.env });
    expect(stdout.join('')).toContain('::add-mask::ghs_supersecrettoken');
    expect(stdout.filter((l) => !l.startsWith('::add-mask::')).join('')).not.toContain(
      'ghs_supersecrettoken',
    );
  });
});
