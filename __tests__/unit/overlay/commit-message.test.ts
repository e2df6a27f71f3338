import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import {
  checkCommitTemplate,
  DEFAULT_COMMIT_MESSAGE,
  renderCommitMessage,
} from '../../../src/overlay/commit-message.js';

const SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('renderCommitMessage', () => {
  it('renders the default template for one image', () => {
    expect(
      renderCommitMessage(DEFAULT_COMMIT_MESSAGE, {
        environment: 'prod',
        sha: SHA,
        changes: [{ image: 'api', from: 'sha-1a2b3c4', to: 'sha-9f8e7d6' }],
      }),
    ).toBe('deploy(prod): api sha-1a2b3c4 → sha-9f8e7d6 (9f8e7d6) [skip ci]');
  });

  it('lists every change of a multi-image commit, in full in the body', () => {
    expect(
      renderCommitMessage(DEFAULT_COMMIT_MESSAGE, {
        environment: 'staging',
        sha: SHA,
        changes: [
          { image: 'api', from: 'v1', to: `ghcr.io/acme/api:v2@${DIGEST}` },
          { image: 'cron', to: 'v7' },
        ],
      }),
    ).toBe(
      [
        `deploy(staging): api v1 → ghcr.io/acme/api:v2@sha256:${'ab'.repeat(6)}, cron (none) → v7 (9f8e7d6) [skip ci]`,
        '',
        `- api: v1 → ghcr.io/acme/api:v2@${DIGEST}`,
        '- cron: (none) → v7',
      ].join('\n'),
    );
  });

  it('cuts bare digests (value: digest) to 12 hex in the subject, as it does references', () => {
    const OTHER = `sha256:${'cd'.repeat(32)}`;
    expect(
      renderCommitMessage(DEFAULT_COMMIT_MESSAGE, {
        environment: 'prod',
        sha: SHA,
        changes: [{ image: 'api', from: DIGEST, to: OTHER }],
      }),
    ).toBe(
      `deploy(prod): api sha256:${'ab'.repeat(6)} → sha256:${'cd'.repeat(6)} (9f8e7d6) [skip ci]`,
    );
  });

  it('supports every token and drops empty parentheses', () => {
    expect(
      renderCommitMessage('chore({environment}): {image} {from} -> {to} @ {sha}', {
        changes: [{ image: 'api', from: 'a', to: 'b' }],
      }),
    ).toBe('chore: api a -> b @');
  });

  it('rejects unknown tokens, naming the input', () => {
    const check = (): void => {
      checkCommitTemplate('deploy {env}');
    };
    expect(check).toThrow(InputError);
    expect(check).toThrow(
      "input 'commit-message': unknown token {env} — use {environment}, {image}, {from}, {to}, {sha}, {changes}",
    );
  });
});
