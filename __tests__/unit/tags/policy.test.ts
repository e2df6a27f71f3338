import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { InputError } from '../../../src/errors.js';
import { triggerFromEvent } from '../../../src/event/trigger.js';
import { isValidTag } from '../../../src/reference.js';
import { createTagPolicy } from '../../../src/tags/policy.js';
import { fitTag, tagFromName } from '../../../src/tags/template.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-policy-'));
const HEAD = '1b2c3d4'.padEnd(40, 'e');
const NOW = new Date(Date.UTC(2026, 10, 22, 8, 30, 0));
const repository = { default_branch: 'main', full_name: 'acme/shop' };

function policy(
  inputs: Partial<Record<InputName, string>>,
  event: string,
  payload: object,
  env = {},
) {
  const all: Partial<Record<InputName, string>> = { image: 'api', ...inputs };
  const config = parseConfig({ get: (n) => all[n] ?? INPUTS[n].default }, { workspace });
  return createTagPolicy(config, triggerFromEvent(event, { repository, ...payload }, env), NOW);
}

const onMain = { ref: 'refs/heads/main', before: 'a'.repeat(40), after: HEAD };

describe('TagPolicy', () => {
  it('makes the primary, source and release tags, each valid', () => {
    const p = policy({}, 'push', onMain);
    expect(p.primary()).toBe('sha-1b2c3d4');
    expect(p.sourceTag('f'.repeat(64))).toBe(`src-${'f'.repeat(16)}`);
    expect(p.release).toBeUndefined();
    const pr = policy({}, 'pull_request', {
      number: 5,
      pull_request: {
        number: 5,
        head: { sha: HEAD, ref: 'x' },
        base: { sha: 'a'.repeat(40), ref: 'main' },
      },
    });
    expect(pr.primary()).toBe('pr-5-1b2c3d4');
    const release = policy({}, 'push', {
      ref: 'refs/tags/v1.2.3',
      after: HEAD,
      before: '0'.repeat(40),
    });
    expect(release.release).toBe('v1.2.3');
    expect(policy({ 'source-tag': '' }, 'push', onMain).sourceTag('f'.repeat(64))).toBeUndefined();
  });

  it('names the input when a template has no value in this run', () => {
    const p = policy({ 'tag-template': '{version}-{sha:7}' }, 'push', onMain);
    expect(() => p.primary()).toThrow(InputError);
    expect(() => p.primary()).toThrow(/input 'tag-template'/);
  });

  it('truncates a long release name to a valid tag with a stable hash suffix', () => {
    const long = `v1.0.0-${'a'.repeat(300)}`;
    const p = policy({}, 'push', { ref: `refs/tags/${long}`, after: HEAD, before: '0'.repeat(40) });
    const tag = p.release ?? '';
    expect(tag.length).toBeLessThanOrEqual(128);
    expect(isValidTag(tag)).toBe(true);
    expect(tag).toBe(tagFromName(long));
    expect(tagFromName(`${long}b`)).not.toBe(tag);
    expect(fitTag('short')).toBe('short');
  });

  it('extra tags: latest on the default branch only, {branch} on every branch push, none on PRs', () => {
    const inputs = { 'extra-tags': 'latest\n{branch}' };
    expect(policy(inputs, 'push', onMain).extra).toEqual(['latest', 'main']);
    expect(policy(inputs, 'push', { ...onMain, ref: 'refs/heads/feature/x' }).extra).toEqual([
      'feature-x',
    ]);
    expect(
      policy(inputs, 'pull_request', {
        number: 5,
        pull_request: {
          number: 5,
          head: { sha: HEAD, ref: 'x' },
          base: { sha: 'a'.repeat(40), ref: 'main' },
        },
      }).extra,
    ).toEqual([]);
  });

  it('allow-list: only tags the immutable templates, versions or source tags make go into overlays alone', () => {
    const p = policy({ 'extra-tags': 'latest\n{branch}', 'promote-tags': 'prod' }, 'push', {
      ...onMain,
      ref: 'refs/heads/develop',
    });
    for (const t of ['sha-1a2b3c4', 'pr-12-1a2b3c4', 'v1.2.3', '1.2', `src-${'0'.repeat(16)}`]) {
      expect([t, p.isImmutable(t)]).toEqual([t, true]);
    }
    for (const t of ['latest', 'develop', 'prod', 'main-2', 'sha-1a2b3c', 'stable']) {
      expect([t, p.isImmutable(t)]).toEqual([t, false]);
      expect(p.mutableReason(t)).toBeDefined();
    }
    // A branch named like a version is still a branch.
    const versionBranch = policy({}, 'push', { ...onMain, ref: 'refs/heads/1.2' });
    expect(versionBranch.isImmutable('1.2')).toBe(false);
  });

  it('refuses {branch} for a branch named like a source tag or a commit tag, naming both', () => {
    const inputs = { 'extra-tags': 'latest\n{branch}' };
    const on = (branch: string) => () =>
      policy(inputs, 'push', { ...onMain, ref: `refs/heads/${branch}` });
    expect(on('src-0123456789abcdef')).toThrow(InputError);
    expect(on('src-0123456789abcdef')).toThrow(
      /^input 'extra-tags': the branch "src-0123456789abcdef" makes "\{branch\}" render "src-0123456789abcdef", which has the shape of source-tag "src-\{source:16\}".* — nothing was pushed; rename the branch/,
    );
    // Sanitised names count as rendered (feature/src-… is not src-…, SRC-… is not src-…).
    expect(on('sha-1a2b3c4')).toThrow(/shape of tag-template "sha-\{sha:7\}"/);
    expect(on('pr-3-1a2b3c4')).toThrow(/shape of pr-tag-template/);
    for (const fine of ['feature/src-0123456789abcdef', 'SRC-0123456789ABCDEF', 'src-0123'])
      expect(on(fine)().extra).toHaveLength(1);
    // A prefix keeps the branch tags apart; source tags off reserve nothing.
    const prefixed = { 'extra-tags': 'branch-{branch}' };
    expect(
      policy(prefixed, 'push', { ...onMain, ref: 'refs/heads/src-0123456789abcdef' }).extra,
    ).toEqual(['branch-src-0123456789abcdef']);
    expect(
      policy({ ...inputs, 'source-tag': '' }, 'push', {
        ...onMain,
        ref: 'refs/heads/src-0123456789abcdef',
      }).extra,
    ).toEqual(['src-0123456789abcdef']);
  });

  it('refuses templates that collide whatever the run, when the policy is made', () => {
    const make = (inputs: Partial<Record<InputName, string>>) => () =>
      policy(inputs, 'push', onMain);
    expect(make({ 'extra-tags': 'src-{sha:16}' })).toThrow(
      /^input 'extra-tags': "src-\{sha:16\}" can render "src-[0-9a-f]{16}", which has the shape of source-tag/,
    );
    expect(make({ 'promote-tags': 'sha-{sha:7}' })).toThrow(/^input 'promote-tags'.*tag-template/);
    expect(make({ 'tag-template': 'src-{sha:16}' })).toThrow(/^input 'tag-template'/);
    expect(make({ tag: 'src-0123456789abcdef' })).toThrow(
      /^input 'tag': "src-0123456789abcdef", which has the shape of source-tag.* — name the commit tag/,
    );
    expect(make({ tag: 'api=src-0123456789abcdef' })).toThrow(/^input 'tag'/);
    expect(make({ tag: 'sha-1a2b3c4' })().primary()).toBe('sha-1b2c3d4');
  });

  it('refuses a rendered environment tag of a reserved shape', () => {
    const env = policy({ 'promote-tags': 'env-{branch}', 'tag-template': 'env-{sha:7}' }, 'push', {
      ...onMain,
      ref: 'refs/heads/1a2b3c4',
    });
    expect(() => env.env()).toThrow(/^input 'promote-tags': the branch "1a2b3c4"/);
  });

  it('refuses a release whose registry tag has source-tag shape', () => {
    const release = () =>
      policy({ 'source-tag': '{source:12}' }, 'push', {
        ref: 'refs/tags/123456789012',
        after: HEAD,
        before: '0'.repeat(40),
      });
    expect(release).toThrow(
      /^input 'source-tag': the release 123456789012 gives the registry tag "123456789012"/,
    );
  });
});
