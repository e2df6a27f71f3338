import { describe, expect, it } from '@jest/globals';
import { UsageError } from '../../../src/cli/context.js';
import { parseDeployRef, tagForCommit } from '../../../src/cli/deploy.js';
import { cliTagPolicy, defaultPolicyConfig } from '../../../src/cli/verify.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseDeployRef', () => {
  it.each([
    ['1a2b3c4', { kind: 'commit', sha: '1a2b3c4' }],
    ['1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d', { kind: 'commit', sha: expect.any(String) }],
    ['sha-1a2b3c4', { kind: 'tag', tag: 'sha-1a2b3c4' }],
    ['v1.2.3', { kind: 'tag', tag: 'v1.2.3' }],
    // Six hex digits are not a commit: a tag.
    ['abcdef', { kind: 'tag', tag: 'abcdef' }],
    [`latest@${D}`, { kind: 'tag', tag: 'latest', digest: D }],
    [D, { kind: 'digest', digest: D }],
  ])('%s', (input, expected) => {
    expect(parseDeployRef('web', input)).toEqual(expected);
  });

  it('reads a REF with a "/" as a full reference', () => {
    const r = parseDeployRef('web', `ghcr.io/acme/web:sha-1a2b3c4@${D}`);
    expect(r).toMatchObject({
      kind: 'reference',
      ref: { name: 'ghcr.io/acme/web', tag: 'sha-1a2b3c4', digest: D },
    });
  });

  it.each([
    ['', /the reference is empty/],
    ['ghcr.io/acme/web', /a full reference needs a tag or a digest/],
    ['ghcr.io/Acme/web:v1', /not a valid image reference/],
    [
      'nginx:1.27',
      /a tag cannot contain ":"; a full reference needs its repository path \(docker.io\/library\/nginx:1.27\)/,
    ],
    ['sha256:abc', /not a valid digest/],
    ['-x', /"-x" is not a valid tag/],
    ['v1@sha256:zz', /"sha256:zz" is not a valid digest/],
  ])('%j is a usage error', (input, message) => {
    expect(() => parseDeployRef('web', input)).toThrow(UsageError);
    expect(() => parseDeployRef('web', input)).toThrow(message);
  });
});

describe('tagForCommit', () => {
  const none = () => Promise.resolve(undefined);

  it('renders tag-template with the commit (sha-1a2b3c4 by default)', async () => {
    await expect(tagForCommit('web', '1a2b3c4', 'sha-{sha:7}', none)).resolves.toBe('sha-1a2b3c4');
    await expect(tagForCommit('web', '1a2b3c4d5e6f', 'git-{sha:10}', none)).resolves.toBe(
      'git-1a2b3c4d5e',
    );
  });

  it('asks git for the full SHA when the template needs more than was given', async () => {
    const full = '1a2b3c4'.padEnd(40, 'f');
    const asked: string[] = [];
    const expand = (sha: string) => {
      asked.push(sha);
      return Promise.resolve(full);
    };
    await expect(tagForCommit('web', '1a2b3c4', '{sha}', expand)).resolves.toBe(full);
    expect(asked).toEqual(['1a2b3c4']);
    await expect(tagForCommit('web', '1a2b3c4', '{sha}', none)).rejects.toThrow(
      /needs 40 hex digits of the commit and 1a2b3c4 is no commit in this git repository/,
    );
  });

  it('refuses templates a commit alone cannot render', async () => {
    await expect(tagForCommit('web', '1a2b3c4', '{date}-{sha:7}', none)).rejects.toThrow(
      /uses \{date\}, so a commit alone does not say its tag — give the tag itself/,
    );
    await expect(tagForCommit('web', '1a2b3c4', 'v{version}', none)).rejects.toThrow(UsageError);
  });
});

describe('cliTagPolicy', () => {
  const policy = cliTagPolicy();

  it('allows what the default templates make and versions; refuses what moves', () => {
    for (const tag of ['sha-1a2b3c4', 'pr-12-1a2b3c4', `src-${'0'.repeat(16)}`, 'v1.2.3', '1.4']) {
      expect([tag, policy.mutableReason(tag)]).toEqual([tag, undefined]);
    }
    expect(policy.mutableReason('latest')).toBe('"latest" is in extra-tags');
    expect(policy.mutableReason('develop')).toMatch(/is not a tag tag-template/);
    expect(policy.mutableReason('sha-1a2b3c')).toMatch(/is not a tag tag-template/);
  });

  it('follows the templates and mutable tags it is given', () => {
    const custom = cliTagPolicy({
      ...defaultPolicyConfig(),
      tagTemplate: 'git-{sha:10}',
      promoteTags: ['prod'],
    });
    expect(custom.mutableReason('git-1a2b3c4d5e')).toBeUndefined();
    expect(custom.mutableReason('sha-1a2b3c4')).toMatch(/is not a tag/);
    expect(custom.mutableReason('prod')).toBe('"prod" is in promote-tags (an environment tag)');
  });
});
