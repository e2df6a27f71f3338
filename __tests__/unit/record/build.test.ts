/**
 * The record's kind for each decision and request, and the run URL from the runner's
 * environment.
 */
import { describe, expect, it } from '@jest/globals';
import { recordKind, runUrl, type KindInput } from '../../../src/record/build.js';

describe('recordKind', () => {
  const rows: [KindInput, string | undefined][] = [
    [{ decision: 'build', release: false }, 'build'],
    [{ decision: 'build', release: true }, 'build'],
    [{ decision: 'promote', release: false }, 'promote'],
    [{ decision: 'promote', release: true }, 'release'],
    [{ decision: 'reuse', release: false }, 'reuse'],
    [{ decision: 'skip', release: false }, undefined],
    [{ decision: 'rollback', release: false, request: 'previous' }, 'rollback'],
    [{ decision: 'promote', release: false, request: 'tag' }, 'redeploy'],
    [{ decision: 'skip', release: false, request: 'tag' }, undefined],
  ];
  it.each(rows)('%j → %s', (input, kind) => {
    expect(recordKind(input)).toBe(kind);
  });
});

describe('runUrl', () => {
  it('makes the run URL from the runner’s environment', () => {
    expect(
      runUrl({
        GITHUB_SERVER_URL: 'https://github.com/',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
      }),
    ).toBe('https://github.com/acme/app/actions/runs/42/attempts/2');
    expect(
      runUrl({
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        GITHUB_REPOSITORY: 'a/b',
        GITHUB_RUN_ID: '7',
      }),
    ).toBe('https://ghe.example.com/a/b/actions/runs/7');
  });

  it('makes none outside a run or from values that are no URL', () => {
    expect(runUrl({})).toBeUndefined();
    expect(
      runUrl({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'a/b c',
        GITHUB_RUN_ID: '1',
      }),
    ).toBeUndefined();
    expect(
      runUrl({ GITHUB_SERVER_URL: 'javascript:x', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '1' }),
    ).toBeUndefined();
    expect(
      runUrl({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'a/b',
        GITHUB_RUN_ID: '1;x',
      }),
    ).toBeUndefined();
  });
});
