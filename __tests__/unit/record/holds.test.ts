/**
 * Holds and the reuse/skip rule, as tables: which records hold an image, what releases it,
 * and which configuration an environment runs.
 */
import { describe, expect, it } from '@jest/globals';
import { configVerdict, runningConfig } from '../../../src/record/config-commit.js';
import { holdOf, holds, type HoldQuery } from '../../../src/record/holds.js';
import type { RecordEntry, RecordImage } from '../../../src/record/types.js';
import { DIGEST, SHA, SOURCE } from '../../support/record-fixtures.js';

const T0 = Date.UTC(2025, 0, 2, 15, 4);
let clock = 0;

function entry(images: RecordImage[], extra: Partial<RecordEntry> = {}): RecordEntry {
  clock++;
  return {
    commit: SHA.c,
    time: new Date(T0 - clock * 60_000),
    actor: 'octocat',
    from: 'trailers',
    record: { version: 1, environment: 'prod', configCommit: SHA.a, images },
    ...extra,
  };
}

const api = (
  kind: RecordImage['kind'],
  to: string,
  extra: Partial<RecordImage> = {},
): RecordImage => ({
  name: 'api',
  kind,
  to: `ghcr.io/acme/api:${to}`,
  ...extra,
});

const rollback = api('rollback', 'sha-1111111', {
  from: 'ghcr.io/acme/api:sha-2222222',
  digest: DIGEST.d1,
  source: SOURCE.s2,
  rolledBackFrom: { ref: 'ghcr.io/acme/api:sha-2222222', digest: DIGEST.d2 },
});
const redeploy = api('redeploy', 'sha-9999999', {
  from: 'ghcr.io/acme/api:sha-2222222',
  source: SOURCE.s2,
});
const build = api('build', 'sha-2222222', {
  from: 'ghcr.io/acme/api:sha-1111111',
  source: SOURCE.s2,
});
const heldReuse = api('reuse', 'sha-1111111', {
  from: 'ghcr.io/acme/api:sha-1111111',
  source: SOURCE.s2,
});
const revertReuse = api('reuse', 'sha-1111111', {
  from: 'ghcr.io/acme/api:sha-1111111',
  source: SOURCE.s1,
});
const worker: RecordImage = {
  name: 'worker',
  kind: 'build',
  to: 'ghcr.io/acme/worker:sha-5555555',
};

const runningV1 = { repository: 'ghcr.io/acme/api', tag: 'sha-1111111' };
const query = (extra: Partial<HoldQuery> = {}): HoldQuery => ({
  image: 'api',
  headSource: SOURCE.s2,
  running: runningV1,
  explicit: false,
  ...extra,
});

describe('holdOf', () => {
  const rows: [
    string,
    RecordImage[][],
    Partial<HoldQuery>,
    'held' | 'free' | `released:${string}`,
  ][] = [
    ['no records', [], {}, 'free'],
    ['the newest record of api is a build', [[build]], {}, 'free'],
    ['a rollback, same source, value unchanged', [[rollback]], {}, 'held'],
    ['a redeploy, same source', [[redeploy]], { running: { tag: 'sha-9999999' } }, 'held'],
    ['a rollback, then a record of another image only', [[worker], [rollback]], {}, 'held'],
    ['a rollback, then a reuse of api while held', [[heldReuse], [rollback]], {}, 'held'],
    ['an unknown head source keeps the hold', [[rollback]], { headSource: undefined }, 'held'],
    ['a tag-only value matches', [[rollback]], { running: { tag: 'sha-1111111' } }, 'held'],
    [
      'a pinned value with the recorded digest matches',
      [[rollback]],
      { running: { tag: 'sha-1111111', digest: DIGEST.d1 } },
      'held',
    ],
    [
      'a new source for api releases',
      [[rollback]],
      { headSource: SOURCE.s3 },
      'released:new-source',
    ],
    ['an explicit tag releases', [[rollback]], { explicit: true }, 'released:explicit-tag'],
    [
      'a value moved by hand releases',
      [[rollback]],
      { running: { tag: 'sha-7777777' } },
      'released:moved',
    ],
    [
      'a value with another digest releases',
      [[rollback]],
      { running: { tag: 'sha-1111111', digest: DIGEST.d3 } },
      'released:moved',
    ],
    [
      'a value in another repository releases',
      [[rollback]],
      { running: { repository: 'ghcr.io/other/api', tag: 'sha-1111111' } },
      'released:moved',
    ],
    ['no value in the overlay releases', [[rollback]], { running: undefined }, 'released:moved'],
    ['a build after the rollback ended it', [[build], [rollback]], {}, 'free'],
    [
      'a reuse of another source in between ended it',
      [[heldReuse], [revertReuse], [rollback]],
      {},
      'free',
    ],
    [
      'a rollback record without a source cannot hold',
      [[{ ...rollback, source: undefined }]],
      {},
      'free',
    ],
  ];

  it.each(rows)('%s', (_title, records, extra, expected) => {
    const entries = records.map((images) => entry(images.map((i) => ({ ...i }))));
    const verdict = holdOf(entries, query(extra));
    if (expected === 'held') {
      expect(verdict.held).toBe(true);
    } else if (expected === 'free') {
      expect(verdict).toEqual({ held: false, image: 'api' });
    } else {
      expect(verdict.held).toBe(false);
      expect(verdict.held ? undefined : verdict.released?.why).toBe(
        expected.slice('released:'.length),
      );
    }
  });

  it('says who rolled back what, when, and what releases it', () => {
    const verdict = holdOf([entry([rollback], { commit: SHA.d, time: new Date(T0) })], query());
    expect(verdict).toMatchObject({
      held: true,
      reason:
        "held: rolled back from sha-2222222 by octocat at 2025-01-02 15:04 UTC (ddddddd); a change to api's code or an explicit tag releases it",
    });
    const released = holdOf(
      [entry([rollback], { commit: SHA.d, time: new Date(T0) })],
      query({ headSource: SOURCE.s3 }),
    );
    expect(released.held ? '' : released.released?.reason).toBe(
      `released: api's code changed (source ${'2'.repeat(16)} → ${'3'.repeat(16)}) since it was rolled back from sha-2222222 by octocat at 2025-01-02 15:04 UTC (ddddddd)`,
    );
    const redeployed = holdOf(
      [entry([redeploy], { commit: SHA.d, time: new Date(T0), actor: undefined })],
      query({ running: { tag: 'sha-9999999' } }),
    );
    expect(redeployed.held ? redeployed.reason : '').toBe(
      "held: redeployed away from sha-2222222 at 2025-01-02 15:04 UTC (ddddddd); a change to api's code or an explicit tag releases it",
    );
  });

  it('decides every image on its own', () => {
    const entries = [
      entry([worker]),
      entry([rollback, { ...worker, kind: 'rollback', source: SOURCE.s1 }]),
    ];
    const verdicts = holds(entries, [
      query(),
      { image: 'worker', headSource: SOURCE.s1, explicit: false, running: { tag: 'sha-5555555' } },
    ]);
    expect(verdicts.get('api')?.held).toBe(true);
    expect(verdicts.get('worker')).toEqual({ held: false, image: 'worker' });
  });
});

describe('runningConfig', () => {
  it('takes the newest entry that names a config commit', () => {
    const older = entry([], { time: new Date(T0 - 10_000) });
    const newer = entry([], { time: new Date(T0), from: 'deployment' });
    newer.record = { ...newer.record, configCommit: SHA.b };
    const newest = entry([], { time: new Date(T0 + 10_000) });
    delete newest.record.configCommit;
    expect(runningConfig([older, newest, newer])).toEqual({
      commit: SHA.b,
      via: 'deployment',
      entry: newer,
    });
    expect(runningConfig([newest])).toBeUndefined();
    expect(runningConfig([])).toBeUndefined();
  });
});

describe('configVerdict', () => {
  const running = runningConfig([entry([])]);
  const rows: [
    string,
    Parameters<typeof configVerdict>[0],
    'skip' | 'reuse',
    boolean | 'unknown',
  ][] = [
    ['no record: reuse, the safe answer', { head: SHA.b }, 'reuse', 'unknown'],
    ['the head is the running config', { head: SHA.a, running }, 'skip', false],
    ['no change list', { head: SHA.b, running }, 'reuse', 'unknown'],
    [
      'an untrusted change list',
      { head: SHA.b, running, change: { kind: 'none', untrusted: 'force push' } },
      'reuse',
      'unknown',
    ],
    [
      'deploy config changed',
      { head: SHA.b, running, change: { kind: 'deploy', example: 'k8s/base/deployment.yaml' } },
      'reuse',
      true,
    ],
    ['only docs changed', { head: SHA.b, running, change: { kind: 'ignored' } }, 'skip', false],
    [
      'nothing of this image changed',
      { head: SHA.b, running, change: { kind: 'none' } },
      'skip',
      false,
    ],
  ];
  it.each(rows)('%s', (_title, input, decision, changed) => {
    const verdict = configVerdict(input);
    expect(verdict.decision).toBe(decision);
    expect(verdict.configChanged).toBe(changed);
  });

  it('names the config commit, where it was read, and an example file', () => {
    expect(
      configVerdict({
        head: SHA.b,
        running,
        change: { kind: 'deploy', example: 'k8s/base/deployment.yaml' },
      }).reason,
    ).toBe(
      'deploy config changed since the deployed config aaaaaaa (from the overlay commit’s record) (e.g. k8s/base/deployment.yaml)',
    );
  });
});
