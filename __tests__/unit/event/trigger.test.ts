import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { triggerFromEvent, TriggerError, type Trigger } from '../../../src/event/trigger.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ENV_SHA = 'e'.repeat(40);

function fixture(name: string): unknown {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/events', `${name}.json`), 'utf8'),
  );
}

function trigger(event: string, file: string, ref?: string, base?: string): Trigger {
  return triggerFromEvent(
    event,
    fixture(file),
    { GITHUB_SHA: ENV_SHA, GITHUB_REF: ref, GITHUB_RUN_NUMBER: '17' },
    base,
  );
}

describe('triggerFromEvent', () => {
  const table: [string, string, string | undefined, Partial<Trigger>][] = [
    [
      'push',
      'push',
      'refs/heads/main',
      {
        kind: 'push',
        head: B,
        branch: 'main',
        onDefaultBranch: true,
        base: { kind: 'push', before: A, forced: false },
      },
    ],
    // A new branch diffs against the merge-base with the default branch, not HEAD^.
    [
      'push',
      'push-new-branch',
      undefined,
      {
        kind: 'push',
        head: B,
        branch: 'feature/login',
        onDefaultBranch: false,
        base: { kind: 'new-branch' },
      },
    ],
    [
      'push',
      'push-force',
      undefined,
      { kind: 'push', head: B, base: { kind: 'push', before: A, forced: true } },
    ],
    // Tags use the previous release, never `main...tag` (which is empty for a tag on main).
    [
      'push',
      'push-tag',
      undefined,
      {
        kind: 'tag',
        head: B,
        tagName: 'v1.4.0',
        version: '1.4.0',
        base: { kind: 'previous-tag', tagName: 'v1.4.0' },
      },
    ],
    ['push', 'push-delete', undefined, { deleted: true }],
    // The PR head SHA, not the merge commit GITHUB_SHA points at.
    [
      'pull_request',
      'pull_request',
      'refs/pull/42/merge',
      {
        kind: 'pull-request',
        head: B,
        base: { kind: 'pull-request', baseSha: A, baseRef: 'main' },
      },
    ],
    [
      'pull_request_target',
      'pull_request_target',
      'refs/heads/main',
      { kind: 'pull-request', head: B },
    ],
    [
      'merge_group',
      'merge_group',
      undefined,
      { kind: 'merge-group', head: B, branch: 'main', base: { kind: 'merge-group', baseSha: A } },
    ],
    [
      'release',
      'release',
      'refs/tags/v1.4.0',
      {
        kind: 'release',
        head: ENV_SHA,
        tagName: 'v1.4.0',
        version: '1.4.0',
        ref: 'refs/tags/v1.4.0',
        base: { kind: 'previous-tag', tagName: 'v1.4.0' },
      },
    ],
    [
      'workflow_dispatch',
      'workflow_dispatch',
      'refs/heads/main',
      {
        kind: 'dispatch',
        head: ENV_SHA,
        branch: 'main',
        onDefaultBranch: true,
        base: { kind: 'overlay' },
      },
    ],
    [
      'schedule',
      'schedule',
      'refs/heads/main',
      { kind: 'schedule', head: ENV_SHA, base: { kind: 'overlay' } },
    ],
    [
      'workflow_run',
      'workflow_run',
      'refs/heads/main',
      { kind: 'workflow-run', head: B, branch: 'main', base: { kind: 'overlay' } },
    ],
    [
      'repository_dispatch',
      'repository_dispatch',
      'refs/heads/main',
      {
        kind: 'other',
        head: ENV_SHA,
        base: {
          kind: 'unknown',
          reason: 'event "repository_dispatch" has no rule for finding a base commit',
        },
      },
    ],
  ];
  it.each(table)('%s (%s)', (event, file, ref, expected) => {
    expect(trigger(event, file, ref)).toMatchObject(expected);
  });

  it('keeps the PR number, base ref and fork flag', () => {
    expect(trigger('pull_request', 'pull_request').pullRequest).toEqual({
      number: 42,
      headSha: B,
      baseSha: A,
      baseRef: 'main',
      headRef: 'feature/login',
      fork: false,
      changedFiles: 3,
    });
    expect(trigger('pull_request_target', 'pull_request_target').pullRequest?.fork).toBe(true);
  });

  it('reads dispatch inputs as strings', () => {
    expect(
      trigger('workflow_dispatch', 'workflow_dispatch', 'refs/heads/main').dispatchInputs,
    ).toEqual({
      tag: 'sha-1234567',
      environment: 'prod',
      dry: 'true',
    });
  });

  it('lets the base input win over every rule', () => {
    for (const [event, file] of [
      ['push', 'push'],
      ['pull_request', 'pull_request'],
      ['schedule', 'schedule'],
    ] as const) {
      expect(trigger(event, file, undefined, 'v1.3.0').base).toEqual({
        kind: 'input',
        rev: 'v1.3.0',
      });
    }
  });

  it('runs inside a reusable workflow with the caller event and payload', () => {
    // workflow_call passes the caller's event name and payload through unchanged.
    expect(trigger('push', 'push', 'refs/heads/main')).toMatchObject({
      kind: 'push',
      head: B,
      repository: { owner: 'acme', name: 'shop' },
      runNumber: '17',
    });
  });

  it('treats only version tags as releases', () => {
    const nightly = triggerFromEvent(
      'push',
      { ref: 'refs/tags/nightly', before: '0'.repeat(40), after: B },
      {},
    );
    expect(nightly).toMatchObject({ kind: 'other', base: { kind: 'unknown' } });
    expect(nightly.tagName).toBeUndefined();
    for (const tag of ['v1.2.3', '1.2', 'v2.0.0-rc.1', 'v3']) {
      expect(triggerFromEvent('push', { ref: `refs/tags/${tag}`, after: B }, {}).kind).toBe('tag');
    }
    // The release event follows the same rule.
    const named = triggerFromEvent(
      'release',
      { action: 'published', release: { tag_name: 'nightly' } },
      { GITHUB_SHA: ENV_SHA },
    );
    expect(named).toMatchObject({ kind: 'other', base: { kind: 'unknown' } });
    expect(named.tagName).toBeUndefined();
  });

  it('acts only on published releases', () => {
    const edited = triggerFromEvent(
      'release',
      { action: 'edited', release: { tag_name: 'v1.4.0' } },
      { GITHUB_SHA: ENV_SHA },
    );
    expect(edited.deleted).toBe(true);
    expect(trigger('release', 'release', 'refs/tags/v1.4.0').deleted).toBe(false);
  });

  it('refuses payloads without the SHAs it needs', () => {
    expect(() => triggerFromEvent('pull_request', { pull_request: { number: 1 } }, {})).toThrow(
      TriggerError,
    );
    expect(() => triggerFromEvent('schedule', {}, {})).toThrow(/GITHUB_SHA/);
    expect(() => triggerFromEvent('schedule', {}, { GITHUB_SHA: 'not-a-sha' })).toThrow(
      /GITHUB_SHA/,
    );
  });
});
