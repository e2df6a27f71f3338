/** The decision table of DESIGN.md, as a pure function: event × change → intent. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { ChangeKind } from '../../src/changes/classify.js';
import type { ChangeSet } from '../../src/changes/detect.js';
import { INPUTS, type InputName } from '../../src/config/inputs.js';
import { parseConfig } from '../../src/config/parse.js';
import { triggerFromEvent, type Trigger } from '../../src/event/trigger.js';
import { isMutableTag, planImages, type DeployedRef, type Intent } from '../../src/plan.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-plan-'));
const A = 'a'.repeat(40);
const B = '1b2c3d4'.padEnd(40, 'e');
const NOW = new Date(Date.UTC(2026, 10, 22));
const repository = { default_branch: 'main', full_name: 'acme/shop' };

function config(inputs: Partial<Record<InputName, string>> = {}) {
  const all: Partial<Record<InputName, string>> = {
    image: 'api',
    registry: 'ghcr.io/acme',
    ...inputs,
  };
  return parseConfig({ get: (n) => all[n] ?? INPUTS[n].default }, { workspace });
}

const push: Trigger = triggerFromEvent(
  'push',
  { ref: 'refs/heads/main', before: A, after: B, repository },
  {},
);
const branchPush: Trigger = triggerFromEvent(
  'push',
  { ref: 'refs/heads/dev', before: A, after: B, repository },
  {},
);
const pr: Trigger = triggerFromEvent(
  'pull_request',
  {
    number: 9,
    pull_request: { number: 9, head: { sha: B, ref: 'x' }, base: { sha: A, ref: 'main' } },
    repository,
  },
  {},
);
const tag: Trigger = triggerFromEvent(
  'push',
  { ref: 'refs/tags/v1.2.0', before: '0'.repeat(40), after: B, repository },
  {},
);
const deleted: Trigger = triggerFromEvent(
  'push',
  { ref: 'refs/heads/old', before: A, after: '0'.repeat(40), deleted: true, repository },
  {},
);

function intent(
  trigger: Trigger,
  kind: ChangeKind,
  options: {
    inputs?: Partial<Record<InputName, string>>;
    deployed?: DeployedRef;
    complete?: boolean;
    source?: DeployedRef;
  } = {},
): Intent {
  const changes: ChangeSet = {
    head: trigger.head,
    base: A,
    baseRule: 'push',
    files: [],
    complete: options.complete ?? true,
    source: 'git',
    ...(options.complete === false ? { note: 'shallow history' } : {}),
  };
  const [plan] = planImages({
    config: config(options.inputs),
    trigger,
    changes,
    perImage: new Map([['api', { kind, example: 'services/api/x.go' }]]),
    deployed: new Map(options.deployed ? [['api', options.deployed]] : []),
    source: new Map(options.source ? [['api', options.source]] : []),
    now: NOW,
  });
  if (!plan) throw new Error('no plan');
  return plan.intent;
}

const running = { tag: 'sha-0000001' };

describe('planImages: auto mode', () => {
  it.each<[string, Trigger, ChangeKind, DeployedRef | undefined, Partial<Intent>]>([
    [
      'code on main builds with latest',
      push,
      'code',
      running,
      { type: 'build', tag: 'sha-1b2c3d4', extraTags: ['latest'] },
    ],
    [
      'code on a branch builds without latest',
      branchPush,
      'code',
      running,
      { type: 'build', tag: 'sha-1b2c3d4', extraTags: [] },
    ],
    [
      'config only reuses the running tag',
      push,
      'deploy',
      running,
      { type: 'reuse', tag: 'sha-0000001', buildTag: 'sha-1b2c3d4' },
    ],
    [
      'config only with nothing running builds',
      push,
      'deploy',
      undefined,
      { type: 'build', tag: 'sha-1b2c3d4' },
    ],
    [
      'docs only skips, reporting what runs',
      push,
      'ignored',
      running,
      { type: 'skip', tag: 'sha-0000001' },
    ],
    ['nothing relevant skips', push, 'none', running, { type: 'skip', tag: 'sha-0000001' }],
    [
      'PR with code looks for a preview, else builds',
      pr,
      'code',
      running,
      { type: 'pr-lookup', prNumber: 9, buildTag: 'pr-9-1b2c3d4' },
    ],
    [
      'PR without code falls back to production',
      pr,
      'ignored',
      running,
      { type: 'pr-lookup', fallbackTag: 'sha-0000001' },
    ],
    [
      'tag push promotes the release',
      tag,
      'none',
      running,
      { type: 'release', releaseTags: ['v1.2.0'], buildTag: 'sha-1b2c3d4' },
    ],
    ['branch deletion skips', deleted, 'code', running, { type: 'skip' }],
  ])('%s', (_name, trigger, kind, deployed, expected) => {
    expect(intent(trigger, kind, deployed ? { deployed } : {})).toMatchObject(expected);
  });

  it('a PR with code has no production fallback', () => {
    expect(intent(pr, 'code', { deployed: running })).not.toHaveProperty('fallbackTag');
  });

  it('an untrusted change list builds and says why (guarantee 3)', () => {
    for (const kind of ['none', 'ignored', 'deploy'] as const) {
      const i = intent(push, kind, { deployed: running, complete: false });
      expect(i).toMatchObject({ type: 'build' });
      expect(i.reason).toMatch(/cannot be trusted \(shallow history\)/);
    }
  });

  it('force-build builds; an explicit tag redeploys; previous rolls back', () => {
    expect(intent(push, 'none', { inputs: { 'force-build': 'true' } })).toMatchObject({
      type: 'build',
      reason: 'force-build is set',
    });
    expect(intent(push, 'code', { inputs: { tag: 'sha-7777777' } })).toMatchObject({
      type: 'reuse',
      tag: 'sha-7777777',
    });
    expect(
      intent(push, 'code', {
        inputs: { tag: 'previous', overlay: 'k8s/kustomization.yaml' },
        deployed: running,
      }),
    ).toMatchObject({
      type: 'rollback',
      current: running,
    });
  });

  it('release tags include rendered promote-tags', () => {
    expect(
      intent(tag, 'none', { inputs: { 'promote-tags': 'prod\nrelease-{version}' } }),
    ).toMatchObject({ releaseTags: ['v1.2.0', 'prod', 'release-1.2.0'] });
  });
});

describe('planImages: explicit modes', () => {
  it.each<[string, Partial<Record<InputName, string>>, Partial<Intent>]>([
    ['build', { mode: 'build' }, { type: 'build', tag: 'sha-1b2c3d4' }],
    [
      'build with a planned tag (matrix job)',
      { mode: 'build', tag: 'sha-abcdef0', 'matrix-image': 'api' },
      { type: 'build', tag: 'sha-abcdef0' },
    ],
    ['reuse', { mode: 'reuse' }, { type: 'reuse', tag: 'sha-0000001' }],
    ['rollback', { mode: 'rollback', overlay: 'k8s/kustomization.yaml' }, { type: 'rollback' }],
    [
      'promote a tag',
      { mode: 'promote', tag: 'sha-5555555', 'promote-tags': 'prod' },
      { type: 'promote', source: { tag: 'sha-5555555' }, addTags: ['prod'] },
    ],
  ])('%s', (_name, inputs, expected) => {
    expect(intent(push, 'none', { inputs, deployed: running })).toMatchObject(expected);
  });

  it('promote from an overlay takes what the source runs', () => {
    const i = intent(push, 'none', {
      inputs: { mode: 'promote', 'from-overlay': 'staging.yaml' },
      source: { tag: 'sha-2222222', digest: 'sha256:' + 'f'.repeat(64) },
    });
    expect(i).toMatchObject({ type: 'promote', source: { tag: 'sha-2222222' } });
    expect(
      intent(push, 'none', { inputs: { mode: 'promote', 'from-overlay': 'staging.yaml' } }),
    ).toMatchObject({ type: 'skip' });
  });
});

describe('isMutableTag', () => {
  it('knows latest, the branch, extra and promote tags', () => {
    const c = config({ 'extra-tags': 'latest\nedge', 'promote-tags': 'prod' });
    for (const t of ['latest', 'edge', 'prod', 'main'])
      expect(isMutableTag(t, c, push, NOW)).toBe(true);
    for (const t of ['sha-1b2c3d4', 'v1.2.0']) expect(isMutableTag(t, c, push, NOW)).toBe(false);
  });
});
