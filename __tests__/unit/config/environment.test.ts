/**
 * `environment` is free text: used as written in commit messages and the summary, slugged
 * where it becomes a branch name (`pull-request-branch`'s {environment}); and
 * `pull-request-branch` is a branch name, not a ref.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { environmentSlug, parseConfig } from '../../../src/config/parse.js';
import { InputError } from '../../../src/errors.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-environment-'));
mkdirSync(join(workspace, 'k8s'), { recursive: true });
writeFileSync(join(workspace, 'k8s/kustomization.yaml'), 'images: []\n');
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

function parse(inputs: Partial<Record<InputName, string>>) {
  const all: Partial<Record<InputName, string>> = {
    image: 'api',
    overlay: 'k8s/kustomization.yaml',
    commit: 'pull-request',
    'github-token': 't',
    ...inputs,
  };
  return parseConfig({ get: (name) => all[name] ?? INPUTS[name].default }, { workspace });
}

function refusal(inputs: Partial<Record<InputName, string>>): InputError {
  try {
    parse(inputs);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('environment', () => {
  it.each([
    ['Production EU', 'production-eu'],
    ['prod', 'prod'],
    ['  Staging / EU-West  ', 'staging-eu-west'],
    ['Prod (EU) #1', 'prod-eu-1'],
    ['.hidden.', 'hidden'],
    ['--x--', 'x'],
    ['v1.2_rc', 'v1.2_rc'],
    ['Ünïcode Zone', 'n-code-zone'],
  ])('%j is kept as written; its branch slug is %j', (environment, slug) => {
    expect(environmentSlug(environment)).toBe(slug);
    const config = parse({ environment });
    expect(config.environment).toBe(environment.trim());
    expect(config.pullRequestBranch).toBe(`image-promote/${slug}`);
    expect(
      parse({ environment, 'pull-request-branch': 'deploys/{environment}-live' }),
    ).toMatchObject({ pullRequestBranch: `deploys/${slug}-live` });
  });

  it('without an environment, the branch says deploy', () => {
    expect(parse({}).pullRequestBranch).toBe('image-promote/deploy');
  });

  it('an environment that makes no branch name is refused under environment, only for pull requests', () => {
    for (const environment of ['eu..west', '!!!']) {
      const err = refusal({ environment });
      expect(err.input).toBe('environment');
      expect(err.message).toMatch(
        /is not a valid branch name — use letters or digits in the environment name, or set pull-request-branch/,
      );
      expect(parse({ environment, commit: 'true' }).environment).toBe(environment);
      expect(parse({ environment, 'pull-request-branch': 'previews' }).pullRequestBranch).toBe(
        'previews',
      );
    }
  });
});

describe('pull-request-branch', () => {
  it.each([
    [
      'refs/heads/main',
      /"refs\/heads\/main" is a ref, not a branch name — give the branch name, e.g. main/,
    ],
    ['refs/heads/deploy/{environment}', /give the branch name, e.g. deploy\/\{environment\}/],
    ['refs/pull/1', /is a ref, not a branch name/],
    ['deploy/{env}', /unknown token \{env\} — the only token is \{environment\}/],
    ['a..b', /"a\.\.b" is not a valid branch name/],
    ['-x', /not a valid branch name/],
  ])('%j is refused, naming pull-request-branch', (branch, message) => {
    const err = refusal({ 'pull-request-branch': branch, environment: 'Production EU' });
    expect(err.input).toBe('pull-request-branch');
    expect(err.message).toMatch(message);
  });

  it('takes a branch name as given', () => {
    expect(parse({ 'pull-request-branch': 'main' }).pullRequestBranch).toBe('main');
    expect(parse({ 'pull-request-branch': 'heads/up' }).pullRequestBranch).toBe('heads/up');
  });
});
