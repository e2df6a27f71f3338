/**
 * The decision table, pure: facts (source key, what the overlay runs, what the registry
 * holds) → one decision per image. No git, no registry: the facts are written out here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import type { ImageConfig } from '../../../src/config/types.js';
import { decide } from '../../../src/engine/decide.js';
import { checkOverlaysName } from '../../../src/engine/facts.js';
import { preflight } from '../../../src/engine/run.js';
import type { ConfigVerdict, HoldOrigin } from '../../../src/record/index.js';
import {
  found,
  type Comparison,
  type Decision,
  type ImageFacts,
  type Lookup,
  type RecordFacts,
  type RegistryImage,
  type RunFacts,
  type SignatureFact,
  type SignatureInfo,
} from '../../../src/engine/types.js';
import { signatureKey } from '../../../src/engine/trust.js';
import { parseReference } from '../../../src/reference.js';
import { SOURCE_KEY_VERSION } from '../../../src/source/keys.js';
import { triggerFromEvent, type Trigger } from '../../../src/event/trigger.js';
import type { OverlayState } from '../../../src/overlay/types.js';
import { createTagPolicy } from '../../../src/tags/policy.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-decide-'));
const A = 'a'.repeat(40);
const HEAD = '1b2c3d4'.padEnd(40, 'e');
const OLD = '9f8e7d6'.padEnd(40, '0');
const KEY = 'c0ffee'.padEnd(64, '1');
const OLD_KEY = 'dead00'.padEnd(64, '2');
const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const D3 = `sha256:${'3'.repeat(64)}`;
const NOW = new Date(Date.UTC(2026, 10, 22));
const repository = { default_branch: 'main', full_name: 'acme/shop' };

function config(inputs: Partial<Record<InputName, string>> = {}) {
  const all: Partial<Record<InputName, string>> = {
    images: '- name: api\n- name: web',
    registry: 'ghcr.io/acme',
    ...inputs,
  };
  return parseConfig({ get: (n) => all[n] ?? INPUTS[n].default }, { workspace });
}

const push = triggerFromEvent(
  'push',
  { ref: 'refs/heads/main', before: A, after: HEAD, repository },
  {},
);
const devPush = triggerFromEvent(
  'push',
  { ref: 'refs/heads/dev', before: A, after: HEAD, repository },
  {},
);
const pr = triggerFromEvent(
  'pull_request',
  {
    number: 3,
    pull_request: { number: 3, head: { sha: HEAD, ref: 'x' }, base: { sha: A, ref: 'main' } },
    repository,
  },
  {},
);
const tagPush = triggerFromEvent(
  'push',
  { ref: 'refs/tags/v1.2.3', before: '0'.repeat(40), after: HEAD, repository },
  {},
);
const dispatch = triggerFromEvent(
  'workflow_dispatch',
  { repository },
  { GITHUB_SHA: HEAD, GITHUB_REF: 'refs/heads/main' },
);

function image(cfg: ReturnType<typeof config>, name: string): ImageConfig {
  const i = cfg.images.find((x) => x.name === name);
  if (!i) throw new Error(name);
  return i;
}

/** An image as a lookup by its tag finds it (the tag names the digest). */
function reg(img: ImageConfig, tag: string, digest: string, revision?: string): RegistryImage {
  return {
    repository: img.repository,
    tag,
    digest,
    tagDigest: digest,
    ...(revision ? { revision } : {}),
  };
}

interface FactOptions {
  key?: string;
  source?: Lookup;
  deployed?: { tag: string; image: Lookup; sourceKey?: string };
  primary?: Lookup;
  release?: Lookup;
  change?: Comparison['change'];
  requested?: { tag?: string; digest?: string; image: Lookup };
}

function facts(img: ImageConfig, o: FactOptions = {}): ImageFacts {
  const f: ImageFacts = {
    image: img,
    source: { key: o.key ?? KEY, files: 3 },
    sourceImage: o.source,
    // What the registry holds under this run's tags (keyed by the tag each lookup found).
    tagged: new Map(
      [o.primary, o.release].flatMap((l) => {
        const hit = found(l);
        return hit ? [[hit.tag, l] as const] : [];
      }),
    ),
    comparison: {
      rule: o.deployed ? 'deployed' : 'push',
      base: OLD,
      change: o.change ?? { kind: 'none' },
    },
  };
  if (o.deployed) {
    f.deployed = {
      overlay: 'k8s/prod/kustomization.yaml',
      value: { tag: o.deployed.tag },
      repository: img.repository,
      image: o.deployed.image,
      ...(o.deployed.sourceKey
        ? { sourceKey: o.deployed.sourceKey, commit: { sha: OLD, via: 'tag' as const } }
        : {}),
    };
  }
  if (o.requested) f.requested = { ...o.requested, repository: img.repository };
  return f;
}

function run(
  trigger: Trigger,
  images: ImageFacts[],
  inputs: Partial<Record<InputName, string>> = {},
  extra: Partial<RunFacts> = {},
): Decision[] {
  const cfg = config(inputs);
  return decide({
    config: cfg,
    trigger,
    policy: createTagPolicy(cfg, trigger, NOW),
    facts: { images, overlays: [], ...extra },
  });
}

describe('the decision table', () => {
  const cfg = config();
  const api = image(cfg, 'api');
  const running = { tag: 'sha-9f8e7d6', image: reg(api, 'sha-9f8e7d6', D1) };

  it('runs this source already → reuse when deploy config changed, skip otherwise; the overlay keeps its value', () => {
    const source = reg(api, 'src-c0ffee1111111111', D1);
    const [skip] = run(push, [facts(api, { source, deployed: running })]);
    expect(skip).toMatchObject({ kind: 'keep', name: 'skip', target: { digest: D1 } });
    const [reuse] = run(push, [
      facts(api, {
        source,
        deployed: running,
        change: { kind: 'deploy', example: 'k8s/prod/x.yaml' },
      }),
    ]);
    expect(reuse).toMatchObject({ kind: 'keep', name: 'reuse' });
    expect((reuse as { reason: string }).reason).toContain(
      'only deploy config changed since the deployed sha-9f8e7d6',
    );
  });

  it("an image of this source exists → promote: this run's tag on that digest, no build", () => {
    const source = reg(api, 'src-c0ffee1111111111', D2, 'abcdef0'.padEnd(40, '0'));
    const [d] = run(push, [
      facts(api, {
        source,
        deployed: running,
        change: { kind: 'code', example: 'services/api/main.go' },
      }),
    ]);
    expect(d).toMatchObject({
      kind: 'tag',
      name: 'promote',
      target: { digest: D2 },
      addTags: ['sha-1b2c3d4'],
      write: { tag: 'sha-1b2c3d4' },
      laterTags: [{ tag: 'latest', mutable: true }],
    });
    // The reason names where the image came from (trust: pre-staged images are visible).
    expect((d as { reason: string }).reason).toMatch(
      /src-c0ffee1111111111 \(sha256:222222222222…, built from abcdef0\)/,
    );
  });

  it('no image of this source → build once: primary + source tag, latest later', () => {
    const [d] = run(push, [
      facts(api, {
        source: undefined,
        deployed: running,
        change: { kind: 'code', example: 'services/api/main.go' },
      }),
    ]);
    expect(d).toMatchObject({
      kind: 'build',
      pushTags: ['sha-1b2c3d4', `src-${KEY.slice(0, 16)}`],
      laterTags: [{ tag: 'latest', mutable: true }],
      write: { tag: 'sha-1b2c3d4' },
    });
    expect((d as { reason: string }).reason).toContain(
      'code of api changed since the deployed sha-9f8e7d6 (e.g. services/api/main.go)',
    );
  });

  it('a failed run is never forgotten: the change that did not deploy still builds, whatever the push touched', () => {
    // The push touched nothing of api, but api's source (key) is not what runs: build.
    const [d] = run(push, [
      facts(api, { source: undefined, deployed: running, change: { kind: 'code' } }),
    ]);
    expect(d?.kind).toBe('build');
  });

  it('adopts a deployed image built before source tags when its commit has the same source', () => {
    const deployed = { ...running, sourceKey: KEY };
    const [d] = run(push, [facts(api, { source: undefined, deployed })]);
    expect(d).toMatchObject({
      kind: 'keep',
      name: 'skip',
      adopt: `src-${KEY.slice(0, 16)}`,
      target: { digest: D1 },
    });
    // A different source at the deployed commit: build.
    const [b] = run(push, [
      facts(api, { source: undefined, deployed: { ...running, sourceKey: OLD_KEY } }),
    ]);
    expect(b?.kind).toBe('build');
  });

  it("a re-run finds this commit's tag already built and adds the missing source tag instead of rebuilding", () => {
    const [d] = run(push, [
      facts(api, { source: undefined, primary: reg(api, 'sha-1b2c3d4', D3) }),
    ]);
    expect(d).toMatchObject({
      kind: 'tag',
      name: 'build',
      addTags: [`src-${KEY.slice(0, 16)}`],
      target: { digest: D3 },
    });
  });

  it("never moves an existing tag: this run's tag naming another image fails the promotion", () => {
    const [d] = run(push, [
      facts(api, { source: reg(api, 'src-x', D2), primary: reg(api, 'sha-1b2c3d4', D3) }),
    ]);
    expect(d).toMatchObject({ kind: 'fail', name: 'promote' });
    expect((d as { error: string }).error).toMatch(/already names another image/);
  });

  it('first deploy: a placeholder the registry does not have is replaced by the build, with a note', () => {
    const [d] = run(push, [facts(api, { deployed: { tag: 'bootstrap', image: undefined } })]);
    expect(d?.kind).toBe('build');
    expect((d as { reason: string }).reason).toMatch(
      /first deploy: the overlay's bootstrap is not an image in ghcr.io\/acme\/api/,
    );
  });

  it('a registry that cannot answer is never read as "nothing to build" nor as "missing"', () => {
    const [d] = run(push, [
      facts(api, { source: { problem: 'HTTP 503 after 5 attempts' }, deployed: running }),
    ]);
    expect(d).toMatchObject({ kind: 'fail', error: 'HTTP 503 after 5 attempts' });
  });

  it('force-build builds, and keeps an existing source tag where it is', () => {
    const [d] = run(push, [facts(api, { source: reg(api, 'src-x', D2), deployed: running })], {
      'force-build': 'true',
    });
    expect(d).toMatchObject({ kind: 'build', pushTags: ['sha-1b2c3d4'] });
  });
});

describe('events', () => {
  const cfg = config();
  const api = image(cfg, 'api');

  it('a pull request uses the same rule with the preview tag; no mutable tags', () => {
    const [promote] = run(pr, [facts(api, { source: reg(api, 'src-x', D2) })]);
    expect(promote).toMatchObject({
      kind: 'tag',
      name: 'promote',
      addTags: ['pr-3-1b2c3d4'],
      laterTags: [],
    });
    const [build] = run(pr, [facts(api, {})]);
    expect(build).toMatchObject({
      kind: 'build',
      pushTags: ['pr-3-1b2c3d4', `src-${KEY.slice(0, 16)}`],
      laterTags: [],
    });
  });

  it('branch tags on every branch push, latest only on the default branch', () => {
    const inputs = { 'extra-tags': 'latest\n{branch}' };
    const [dev] = run(devPush, [facts(api, {})], inputs);
    expect((dev as { laterTags: unknown }).laterTags).toEqual([{ tag: 'dev', mutable: true }]);
    const [main] = run(push, [facts(api, {})], inputs);
    expect((main as { laterTags: unknown }).laterTags).toEqual([
      { tag: 'latest', mutable: true },
      { tag: 'main', mutable: true },
    ]);
  });

  it("a release promotes the image of the tagged commit's source: release and env tags after verification", () => {
    const [d] = run(
      tagPush,
      [facts(api, { source: reg(api, 'src-x', D2), release: undefined })],
      { 'promote-tags': 'prod' },
      { gate: { ok: true } },
    );
    expect(d).toMatchObject({
      kind: 'tag',
      name: 'promote',
      target: { digest: D2 },
      addTags: [],
      laterTags: [
        { tag: 'v1.2.3', mutable: false },
        { tag: 'prod', mutable: true },
      ],
      write: { tag: 'v1.2.3' },
    });
  });

  it('a release from a 307-character git tag writes a valid registry tag, in plan mode too', () => {
    const long = `v1.0.0-${'a'.repeat(300)}`;
    const trigger = triggerFromEvent(
      'push',
      { ref: `refs/tags/${long}`, before: '0'.repeat(40), after: HEAD, repository },
      {},
    );
    const [d] = run(
      trigger,
      [facts(api, { source: reg(api, 'src-x', D2), release: undefined })],
      { mode: 'plan' },
      { gate: { ok: true } },
    );
    const tag = (d as { write: { tag: string } }).write.tag;
    expect(tag.length).toBeLessThanOrEqual(128);
    expect(tag).toMatch(/^v1\.0\.0-a+-[0-9a-f]{8}$/);
  });

  it('a release whose source was never built builds it once and writes the release tag', () => {
    const [d] = run(tagPush, [facts(api, { release: undefined })], {}, { gate: { ok: true } });
    expect(d).toMatchObject({
      kind: 'build',
      pushTags: ['sha-1b2c3d4', `src-${KEY.slice(0, 16)}`],
      write: { tag: 'v1.2.3' },
    });
  });

  it('a release of a commit that is not on the default branch is refused', () => {
    const [d] = run(
      tagPush,
      [facts(api, { source: reg(api, 'src-x', D2) })],
      {},
      { gate: { ok: false, reason: 'v1.2.3 is not on main' } },
    );
    expect(d).toMatchObject({ kind: 'fail', error: 'v1.2.3 is not on main' });
  });

  it('a release tag that already names another image is never moved', () => {
    const [d] = run(
      tagPush,
      [facts(api, { source: reg(api, 'src-x', D2), release: reg(api, 'v1.2.3', D3) })],
      {},
      { gate: { ok: true } },
    );
    expect(d).toMatchObject({ kind: 'fail' });
  });

  it('a deleted branch deploys nothing', () => {
    const deleted = triggerFromEvent(
      'push',
      { ref: 'refs/heads/old', before: A, after: '0'.repeat(40), deleted: true, repository },
      {},
    );
    const [d] = run(deleted, [facts(api, {})]);
    expect(d).toMatchObject({ kind: 'keep-unverified' });
  });
});

describe('redeploy, rollback and the mutable-tag allow-list', () => {
  const cfg = config();
  const api = image(cfg, 'api');
  const web = image(cfg, 'web');
  const running = { tag: 'sha-9f8e7d6', image: reg(api, 'sha-9f8e7d6', D1) };

  it('tag: NAME=TAG redeploys the named image; the others keep running what they run', () => {
    const decisions = run(
      dispatch,
      [
        facts(api, {
          deployed: running,
          requested: { tag: 'sha-0a0b0c0', image: reg(api, 'sha-0a0b0c0', D2) },
        }),
        facts(web, { deployed: { tag: 'sha-9f8e7d6', image: reg(web, 'sha-9f8e7d6', D3) } }),
      ],
      { tag: 'api=sha-0a0b0c0' },
    );
    expect(decisions[0]).toMatchObject({
      kind: 'tag',
      name: 'reuse',
      write: { tag: 'sha-0a0b0c0' },
    });
    expect((decisions[0] as { reason: string }).reason).toBe(
      'redeploying the requested sha-0a0b0c0 (was sha-9f8e7d6)',
    );
    expect(decisions[1]).toMatchObject({ kind: 'keep', name: 'skip' });
  });

  it('a digest REF redeploys that digest, written as a digest; a tag REF as a tag', () => {
    const decisions = run(
      dispatch,
      [
        facts(api, {
          deployed: running,
          requested: {
            digest: D2,
            image: { repository: api.repository, tag: '', digest: D2 },
          },
        }),
        facts(web, {
          deployed: { tag: 'sha-9f8e7d6', image: reg(web, 'sha-9f8e7d6', D3) },
          requested: { tag: 'sha-0a0b0c0', image: reg(web, 'sha-0a0b0c0', D2) },
        }),
      ],
      { tag: `api=${D2}\nweb=sha-0a0b0c0` },
    );
    expect(decisions[0]).toMatchObject({ kind: 'tag', name: 'reuse', write: { digest: D2 } });
    expect(decisions[1]).toMatchObject({ kind: 'tag', write: { tag: 'sha-0a0b0c0' } });
  });

  it('a tag given with its digest must name that digest, and then goes in pinned', () => {
    const moved = run(
      dispatch,
      [
        facts(api, {
          deployed: running,
          requested: {
            tag: 'sha-0a0b0c0',
            digest: D2,
            image: { ...reg(api, 'sha-0a0b0c0', D2), tagDigest: D3 },
          },
        }),
      ],
      { tag: `sha-0a0b0c0@${D2}` },
    );
    expect((moved[0] as { error: string }).error).toBe(
      `ghcr.io/acme/api:sha-0a0b0c0 is ${D3}, not the digest given (${D2})`,
    );
    const pinned = run(
      dispatch,
      [
        facts(api, {
          deployed: running,
          requested: { tag: 'sha-0a0b0c0', digest: D2, image: reg(api, 'sha-0a0b0c0', D2) },
        }),
      ],
      { tag: `sha-0a0b0c0@${D2}` },
    );
    expect(pinned[0]).toMatchObject({ kind: 'tag', write: { tag: 'sha-0a0b0c0', digest: D2 } });
  });

  it('a pinned tag that does not exist fails; nothing is built', () => {
    const [d] = run(
      dispatch,
      [facts(api, { deployed: running, requested: { tag: 'sha-0a0b0c0', image: undefined } })],
      { tag: 'sha-0a0b0c0' },
    );
    expect(d).toMatchObject({ kind: 'fail' });
    expect((d as { error: string }).error).toMatch(
      /does not exist in registry ghcr.io \(no such tag, digest or repository\); nothing was built/,
    );
  });

  it("another branch's tag is never written on its own; with pin-digest it goes in with its digest", () => {
    const develop = { tag: 'develop', image: reg(api, 'develop', D2) };
    const [refused] = run(dispatch, [facts(api, { deployed: running, requested: develop })], {
      tag: 'develop',
    });
    expect(refused).toMatchObject({ kind: 'fail' });
    expect((refused as { error: string }).error).toMatch(/pin-digest/);
    const [pinned] = run(dispatch, [facts(api, { deployed: running, requested: develop })], {
      tag: 'develop',
      'pin-digest': 'true',
    });
    expect(pinned).toMatchObject({ kind: 'tag', write: { tag: 'develop', digest: D2 } });
  });

  it('the tag input is checked against the same allow-list before any registry call', () => {
    const check = (inputs: Partial<Record<InputName, string>>, trigger: Trigger = dispatch) => {
      const c = config(inputs);
      return () => {
        preflight({ config: c, trigger, policy: createTagPolicy(c, trigger, NOW) });
      };
    };
    expect(check({ tag: 'latest' })).toThrow(
      /^input 'tag': "latest" is in extra-tags: a tag that can move is written only pinned to its digest — .*pin-digest: true/,
    );
    expect(check({ tag: 'api=main' })).toThrow(/"main" is the name of a branch/);
    expect(check({ tag: 'prod', 'promote-tags': 'prod' })).toThrow(/promote-tags/);
    expect(check({ tag: 'nightly' })).toThrow(/"nightly" is not a tag tag-template/);
    expect(check({ tag: 'latest', 'pin-digest': 'true' })).not.toThrow();
    expect(check({ tag: 'sha-0a0b0c0' })).not.toThrow();
    expect(check({ tag: 'api=v1.2.3\nweb=sha-0a0b0c0' })).not.toThrow();
  });

  it('rollback takes the target the history gave, and fails clearly when there is none', () => {
    const f = facts(api, { deployed: running });
    f.rollback = {
      target: {
        value: { tag: 'sha-0a0b0c0' },
        image: reg(api, 'sha-0a0b0c0', D2),
        commit: OLD,
        skipped: ['sha-5555555 (no longer in the registry)'],
      },
    };
    const [d] = run(dispatch, [f], { tag: 'previous', overlay: 'k8s/prod/kustomization.yaml' });
    expect(d).toMatchObject({ kind: 'tag', name: 'rollback', write: { tag: 'sha-0a0b0c0' } });
    expect((d as { reason: string }).reason).toMatch(
      /from sha-9f8e7d6 to sha-0a0b0c0, deployed by 9f8e7d6; skipped sha-5555555/,
    );
    const none = facts(api, { deployed: running });
    none.rollback = { problem: 'no earlier deploy' };
    expect(
      run(dispatch, [none], { tag: 'previous', overlay: 'k8s/prod/kustomization.yaml' })[0],
    ).toMatchObject({ kind: 'fail', name: 'rollback' });
  });
});

describe('pinned values, rebuilds, matrix jobs and plans', () => {
  const cfg = config();
  const api = image(cfg, 'api');

  it('a rebuild of the running source (force-build) is kept, not swapped for the first image', () => {
    const running = { tag: 'sha-9f8e7d6', image: reg(api, 'sha-9f8e7d6', D3), sourceKey: KEY };
    const [d] = run(push, [facts(api, { source: reg(api, 'src-x', D2), deployed: running })]);
    expect(d).toMatchObject({ kind: 'keep', target: { digest: D3 } });
  });

  it('promotes a pinned source only while its (immutable) tag still names the pinned digest', () => {
    const staged = (tagDigest: string | undefined): ImageFacts => {
      const f = facts(api, {});
      f.promoteSource = {
        overlay: 'k8s/staging/kustomization.yaml',
        value: { tag: 'sha-0a0b0c0', digest: D1 },
        repository: api.repository,
        image: {
          repository: api.repository,
          tag: 'sha-0a0b0c0',
          digest: D1,
          ...(tagDigest ? { tagDigest } : {}),
        },
      };
      return f;
    };
    const inputs = { mode: 'promote', 'from-overlay': 'k8s/prod/kustomization.yaml' };
    expect(run(dispatch, [staged(D1)], inputs)[0]).toMatchObject({
      kind: 'tag',
      write: { tag: 'sha-0a0b0c0' },
    });
    const moved = run(dispatch, [staged(D2)], inputs)[0];
    expect(moved).toMatchObject({ kind: 'fail' });
    expect((moved as { error: string }).error).toMatch(
      /sha-0a0b0c0 now points to sha256:2{64}, not to the pinned sha256:1{64}/,
    );
  });

  it('rolls back to a value that is only a digest by writing the digest', () => {
    const f = facts(api, { deployed: { tag: 'sha-9f8e7d6', image: reg(api, 'sha-9f8e7d6', D1) } });
    f.rollback = {
      target: {
        value: { digest: D2 },
        image: { repository: api.repository, tag: '', digest: D2 },
        commit: OLD,
        skipped: [],
      },
    };
    const [d] = run(dispatch, [f], { tag: 'previous', overlay: 'k8s/prod/kustomization.yaml' });
    expect(d).toMatchObject({ kind: 'tag', name: 'rollback', write: { digest: D2 } });
    expect((d as { write: { tag?: string } }).write.tag).toBeUndefined();
  });

  it("a matrix job checks its planned tag, not this run's own, for an earlier build", () => {
    const inputs = { mode: 'build', 'matrix-image': 'api', tag: 'v9.9.9' };
    // This run's own sha tag exists, the planned v9.9.9 does not: build v9.9.9.
    const built = run(
      tagPush,
      [
        facts(api, {
          primary: reg(api, 'sha-1b2c3d4', D1),
          requested: { tag: 'v9.9.9', image: undefined },
        }),
      ],
      inputs,
    )[0];
    expect(built).toMatchObject({ kind: 'build', pushTags: ['v9.9.9', `src-${KEY.slice(0, 16)}`] });
    const again = run(
      tagPush,
      [facts(api, { requested: { tag: 'v9.9.9', image: reg(api, 'v9.9.9', D2) } })],
      inputs,
    )[0];
    expect(again).toMatchObject({
      kind: 'tag',
      name: 'build',
      target: { digest: D2 },
      write: { tag: 'v9.9.9' },
    });
  });

  it('a planned promotion fails when its tag already names another image', () => {
    const f = facts(api, { requested: { tag: 'v5.0.0', image: reg(api, 'v5.0.0', D3) } });
    f.planned = { name: 'api', tag: 'v5.0.0', decision: 'promote', digest: D2, addTags: ['prod'] };
    const [d] = run(tagPush, [f], {});
    expect(d).toMatchObject({ kind: 'fail', name: 'promote' });
    f.requested = { tag: 'v5.0.0', image: undefined, repository: api.repository };
    expect(run(tagPush, [f], {})[0]).toMatchObject({
      kind: 'tag',
      laterTags: [
        { tag: 'v5.0.0', mutable: false },
        { tag: 'prod', mutable: true },
      ],
    });
  });
});

describe('an image the overlay does not name (a typo: checked before any registry request)', () => {
  const overlay: OverlayState = {
    overlay: {
      file: '/x/kustomization.yaml',
      path: 'k8s/prod/kustomization.yaml',
      format: 'kustomize',
    },
    format: 'kustomize',
    images: new Map([['apl', { name: 'apl', found: false, value: {} }]]),
    bytes: Buffer.alloc(0),
    text: '',
    known: ['api', 'web'],
    warnings: [],
  };
  const images = '- name: apl\n  context: services/api';

  it('fails listing the names the overlay has, whether the overlay is written or only read', () => {
    for (const inputs of [
      { images, overlay: 'k8s/prod/kustomization.yaml', 'write-overlay': 'true' },
      { images, overlay: 'k8s/prod/kustomization.yaml' },
    ]) {
      const cfg = config(inputs);
      expect(() => {
        checkOverlaysName(cfg, [overlay], cfg.images);
      }).toThrow(
        "input 'images': k8s/prod/kustomization.yaml does not name the image apl (it has api, web) — fix the image name, add an entry for it to the overlay, or set create-missing: true (--create-missing)",
      );
    }
  });

  it('passes with create-missing, and when no overlay is read', () => {
    const cfg = config({
      images,
      overlay: 'k8s/prod/kustomization.yaml',
      'create-missing': 'true',
    });
    expect(() => {
      checkOverlaysName(cfg, [overlay], cfg.images);
    }).not.toThrow();
    const none = config({ images });
    expect(() => {
      checkOverlaysName(none, [], none.images);
    }).not.toThrow();
  });

  it('names the key paths a values file has when the key matches nothing', () => {
    const cfg = config({ images: '- name: api\n  key: api.image.tga', overlay: 'values.yaml' });
    const values: OverlayState = {
      ...overlay,
      overlay: { file: '/x/values.yaml', path: 'values.yaml', format: 'auto' },
      format: 'yaml',
      images: new Map([['api', { name: 'api', found: false, value: {} }]]),
      known: ['api.image.tag', 'api.replicas'],
    };
    expect(() => {
      checkOverlaysName(cfg, [values], cfg.images);
    }).toThrow(
      'input \'images\': values.yaml has no value at "api.image.tga" for the image api (its image-like keys: api.image.tag) — fix the key, add the key to the overlay, or set create-missing: true (--create-missing)',
    );
  });

  it('a per-file key map: the key for this file is the one named, and its images count as keyed', () => {
    const cfg = config({
      images: '- name: api\n  key: {values.yaml: api.image.tag, other/*.yaml: x.tag}\n- name: apl',
      overlay: 'values.yaml',
    });
    const values: OverlayState = {
      ...overlay,
      overlay: { file: '/x/values.yaml', path: 'values.yaml', format: 'auto' },
      format: 'yaml',
      images: new Map([
        ['api', { name: 'api', found: false, value: {} }],
        ['apl', { name: 'apl', found: false, value: {} }],
      ]),
      known: ['api.image.repository'],
    };
    expect(() => {
      checkOverlaysName(cfg, [values], [image(cfg, 'api')]);
    }).toThrow(
      'input \'images\': values.yaml has no value at "api.image.tag" for the image api (its image-like keys: api.image.repository) — fix the key, add the key to the overlay, or set create-missing: true (--create-missing)',
    );
    expect(() => {
      checkOverlaysName(cfg, [values], [image(cfg, 'apl')]);
    }).toThrow(
      "input 'images': values.yaml is a yaml file, and the image apl has no key path for it (images with one: api) — did you mean api? fix the image name, or give apl a key (key: in its images entry; deploy --key apl=PATH)",
    );
  });

  it('a misspelt name without a key in a values file: the images that have keys, and the likely one', () => {
    const cfg = config({
      images:
        '- name: web\n  key: global.imageTag\n- name: api\n  key: global.imageTag\n- name: wbe',
      overlay: 'values.yaml',
    });
    const values: OverlayState = {
      ...overlay,
      overlay: { file: '/x/values.yaml', path: 'values.yaml', format: 'auto' },
      format: 'yaml',
      images: new Map([['wbe', { name: 'wbe', found: false, value: {} }]]),
      known: ['global.imageTag', 'web.repository'],
    };
    expect(() => {
      checkOverlaysName(cfg, [values], [image(cfg, 'wbe')]);
    }).toThrow(
      "input 'images': values.yaml is a yaml file, and the image wbe has no key path for it (images with one: web, api) — did you mean web? fix the image name, or give wbe a key (key: in its images entry; deploy --key wbe=PATH)",
    );
  });
});

describe('shared values', () => {
  const cfg = config({
    images: '- name: api\n  key: global.imageTag\n- name: web\n  key: global.imageTag',
    'overlay-format': 'yaml',
  });
  const api = image(cfg, 'api');
  const web = image(cfg, 'web');
  const overlay: OverlayState = {
    overlay: { file: '/x/values.yaml', path: 'values.yaml', format: 'yaml' },
    format: 'yaml',
    images: new Map([
      ['api', { name: 'api', found: true, value: { tag: 'sha-9f8e7d6' }, slot: 'global.imageTag' }],
      ['web', { name: 'web', found: true, value: { tag: 'sha-9f8e7d6' }, slot: 'global.imageTag' }],
    ]),
    bytes: Buffer.alloc(0),
    text: '',
    known: [],
    warnings: [],
  };
  const inputs = {
    images: '- name: api\n  key: global.imageTag\n- name: web\n  key: global.imageTag',
    'overlay-format': 'yaml',
  };
  const webRunning = { tag: 'sha-9f8e7d6', image: reg(web, 'sha-9f8e7d6', D3) };

  it('an unchanged image sharing the value gets the new tag on its current digest (no build)', () => {
    const decisions = run(
      push,
      [
        facts(api, { change: { kind: 'code' } }),
        facts(web, { source: reg(web, 'src-w', D3), deployed: webRunning }),
      ],
      inputs,
      { overlays: [overlay] },
    );
    expect(decisions[0]).toMatchObject({ kind: 'build', write: { tag: 'sha-1b2c3d4' } });
    expect(decisions[1]).toMatchObject({
      kind: 'tag',
      name: 'reuse',
      addTags: ['sha-1b2c3d4'],
      target: { digest: D3 },
      write: { tag: 'sha-1b2c3d4' },
    });
  });

  it('fails every image of the group, naming the one, when the tag names another image there', () => {
    const decisions = run(
      push,
      [
        facts(api, { change: { kind: 'code' } }),
        facts(web, {
          source: reg(web, 'src-w', D3),
          deployed: webRunning,
          primary: reg(web, 'sha-1b2c3d4', D1),
        }),
      ],
      inputs,
      { overlays: [overlay] },
    );
    expect(decisions.map((d) => d.kind)).toEqual(['fail', 'fail']);
    expect((decisions[0] as { error: string }).error).toMatch(
      /web shares values.yaml key global.imageTag, but sha-1b2c3d4 already names another image/,
    );
  });

  it('push: false cannot retag: the group fails before anything is built', () => {
    const decisions = run(
      push,
      [
        facts(api, { change: { kind: 'code' } }),
        facts(web, { source: reg(web, 'src-w', D3), deployed: webRunning }),
      ],
      { ...inputs, push: 'false' },
      { overlays: [overlay] },
    );
    expect(decisions.map((d) => d.kind)).toEqual(['fail', 'fail']);
  });
});

describe('the record: which configuration runs, holds, environment tags', () => {
  const cfg = config();
  const api = image(cfg, 'api');
  const running = { tag: 'sha-9f8e7d6', image: reg(api, 'sha-9f8e7d6', D1) };
  const source = reg(api, 'src-c0ffee1111111111', D1);
  const newer = reg(api, 'src-c0ffee1111111111', D2);
  const at = new Date(Date.UTC(2026, 0, 2, 3, 4));
  const rolledBack: HoldOrigin = {
    source: KEY,
    image: {
      name: 'api',
      kind: 'rollback',
      from: 'ghcr.io/acme/api:sha-1b2c3d4',
      to: 'ghcr.io/acme/api:sha-9f8e7d6',
      source: KEY,
      rolledBackFrom: { ref: 'ghcr.io/acme/api:sha-1b2c3d4' },
    },
    entry: {
      commit: A,
      time: at,
      actor: 'octocat',
      from: 'trailers',
      record: { version: 1, images: [] },
    },
  };
  const hold: NonNullable<RecordFacts['hold']> = {
    held: true,
    image: 'api',
    origin: rolledBack,
    reason:
      "held: rolled back from sha-1b2c3d4 by octocat at 2026-01-02 03:04 UTC (aaaaaaa); a change to api's code or an explicit tag releases it",
  };
  const skipVerdict: ConfigVerdict = {
    decision: 'skip',
    configChanged: false,
    reason:
      'no deploy config changed since the deployed config aaaaaaa (from the newest deployment)',
  };
  const reuseVerdict: ConfigVerdict = {
    decision: 'reuse',
    configChanged: true,
    reason:
      'deploy config changed since the deployed config aaaaaaa (from the newest deployment) (e.g. k8s/prod/x.yaml)',
  };

  it('the running configuration (the newest record) tells reuse from skip, not the image’s commit', () => {
    // Deploy config changed since the image was built, but that configuration runs already.
    const f = facts(api, { source, deployed: running, change: { kind: 'deploy' } });
    f.record = { entries: [], config: skipVerdict };
    const [skip] = run(push, [f]);
    expect(skip).toMatchObject({ kind: 'keep', name: 'skip' });
    expect((skip as { reason: string }).reason).toMatch(
      /; no deploy config changed since the deployed config aaaaaaa \(from the newest deployment\)$/,
    );
    // Nothing changed since the image was built, but the configuration changed since it ran.
    const g = facts(api, { source, deployed: running, change: { kind: 'none' } });
    g.record = { entries: [], config: reuseVerdict };
    expect(run(push, [g])[0]).toMatchObject({ kind: 'keep', name: 'reuse' });
    // Without a record, the image's commit decides (as before records).
    const h = facts(api, { source, deployed: running, change: { kind: 'deploy' } });
    h.record = { entries: [] };
    expect(run(push, [h])[0]).toMatchObject({ kind: 'keep', name: 'reuse' });
  });

  it('a held image keeps what it runs although an image of its source exists; the reason says who and what releases it', () => {
    const f = facts(api, { source: newer, deployed: running, change: { kind: 'code' } });
    f.record = { entries: [], config: skipVerdict, hold };
    const [d] = run(push, [f]);
    expect(d).toMatchObject({
      kind: 'keep',
      name: 'skip',
      target: { digest: D1 },
      held: rolledBack,
    });
    expect((d as { reason: string }).reason).toBe(
      `${hold.reason}; api keeps running sha-9f8e7d6; ${skipVerdict.reason}`,
    );
    // Unheld, the same facts promote the image of its source.
    const free = facts(api, { source: newer, deployed: running, change: { kind: 'code' } });
    free.record = { entries: [], config: skipVerdict };
    expect(run(push, [free])[0]).toMatchObject({ kind: 'tag', name: 'promote' });
    // A held image that is not in the registry any more is a failure, never a build.
    const gone = facts(api, { source: newer, deployed: { tag: 'sha-9f8e7d6', image: undefined } });
    gone.record = { entries: [], hold };
    expect(run(push, [gone])[0]).toMatchObject({ kind: 'fail', name: 'skip' });
    // Config changed meanwhile: kept, as a reuse.
    const reused = facts(api, { source: newer, deployed: running });
    reused.record = { entries: [], config: reuseVerdict, hold };
    expect(run(push, [reused])[0]).toMatchObject({ kind: 'keep', name: 'reuse', held: rolledBack });
  });

  it('a rollback or redeploy moves the environment tags to the digest it writes, only when it writes', () => {
    const f = facts(api, {
      deployed: running,
      requested: { tag: 'sha-0a0b0c0', image: reg(api, 'sha-0a0b0c0', D2) },
    });
    const write = {
      'promote-tags': 'prod',
      overlay: 'k8s/prod/kustomization.yaml',
      'write-overlay': 'true',
    };
    const [redeploy] = run(dispatch, [f], { ...write, tag: 'sha-0a0b0c0' });
    expect(redeploy).toMatchObject({ kind: 'tag', laterTags: [{ tag: 'prod', mutable: true }] });
    const r = facts(api, { deployed: running });
    r.rollback = {
      target: {
        value: { tag: 'sha-0a0b0c0' },
        image: reg(api, 'sha-0a0b0c0', D2),
        commit: OLD,
        skipped: [],
      },
    };
    const [rollback] = run(dispatch, [r], { ...write, tag: 'previous' });
    expect(rollback).toMatchObject({
      kind: 'tag',
      name: 'rollback',
      target: { digest: D2 },
      laterTags: [{ tag: 'prod', mutable: true }],
    });
    // A run that writes no overlay deploys nothing: the environment tags stay.
    const [look] = run(dispatch, [f], { 'promote-tags': 'prod', tag: 'sha-0a0b0c0' });
    expect(look).toMatchObject({ kind: 'tag', laterTags: [] });
  });
});

describe('verify: signature — the gate', () => {
  const verify = { verify: 'signature' };
  const cfg = config(verify);
  const api = image(cfg, 'api');
  const RUN = 'https://github.com/acme/shop/actions/runs/42/attempts/1';
  const IDENTITY = 'https://github.com/acme/shop/.github/workflows/deploy.yml@refs/heads/main';
  const running = { tag: 'sha-9f8e7d6', image: reg(api, 'sha-9f8e7d6', D1) };
  const sourceTag = `src-${KEY.slice(0, 16)}`;

  function signed(
    repository: string,
    digest: string,
    over: Partial<SignatureInfo> = {},
  ): [string, SignatureFact] {
    return [
      signatureKey(repository, digest),
      {
        ok: true,
        signature: {
          identity: IDENTITY,
          issuer: 'https://token.actions.githubusercontent.com',
          referrer: D3,
          sourceKey: KEY,
          sourceKeyVersion: SOURCE_KEY_VERSION,
          repository: 'acme/shop',
          serverUrl: 'https://github.com',
          commit: OLD,
          runUrl: RUN,
          ...over,
        },
      },
    ];
  }

  function unsigned(repository: string, digest: string): [string, SignatureFact] {
    return [
      signatureKey(repository, digest),
      {
        ok: false,
        found: 'none',
        problem: `${digest} in ${repository} has no Sigstore bundle attached`,
        required: `a signature by an identity matching ^(?:${IDENTITY})$`,
      },
    ];
  }

  const signatures = (...entries: [string, SignatureFact][]) => ({
    signatures: new Map(entries),
  });

  it('reuse: the running image of this source passes with a statement of this source, and says who signed it in which run', () => {
    const [d] = run(
      push,
      [facts(api, { source: reg(api, sourceTag, D1), deployed: running })],
      verify,
      signatures(signed(api.repository.name, D1)),
    );
    expect(d).toMatchObject({ kind: 'keep', name: 'skip', target: { digest: D1 } });
    expect((d as { reason: string }).reason).toMatch(
      new RegExp(`an image of this source; signed by ${IDENTITY.replace(/\./g, '\\.')} in ${RUN}$`),
    );
  });

  it('a pre-staged unsigned source tag is never promoted: the image fails naming the digest, what was found and what is required', () => {
    const [d] = run(
      push,
      [facts(api, { source: reg(api, sourceTag, D2), deployed: running })],
      verify,
      signatures(unsigned(api.repository.name, D2), signed(api.repository.name, D1)),
    );
    expect(d).toMatchObject({ kind: 'fail', name: 'promote' });
    expect((d as { error: string }).error).toMatch(
      new RegExp(
        `^${D2} in ghcr\\.io/acme/api has no Sigstore bundle attached; verify: signature requires a signature by an identity matching`,
      ),
    );
  });

  it('a signed image of other code replayed under this source tag is refused (other source)', () => {
    const [d] = run(
      push,
      [facts(api, { source: reg(api, sourceTag, D2), deployed: running })],
      verify,
      signatures(signed(api.repository.name, D2, { sourceKey: OLD_KEY })),
    );
    expect(d).toMatchObject({ kind: 'fail', name: 'promote' });
    expect((d as { error: string }).error).toMatch(
      /is signed by .* in https:.*, but for another source: source key dead002222222222… of acme\/shop at 9f8e7d6, not this image's c0ffee1111111111…/,
    );
  });

  it('a statement of another key version is another source too (adoption needs this version)', () => {
    const deployed = { ...running, sourceKey: KEY };
    const [d] = run(
      push,
      [facts(api, { source: undefined, deployed })],
      verify,
      signatures(
        signed(api.repository.name, D1, { sourceKeyVersion: 'image-promote source key v1' }),
      ),
    );
    expect(d).toMatchObject({ kind: 'fail', name: 'skip' });
    expect((d as { error: string }).error).toMatch(
      /another source: .*\(image-promote source key v1\)/,
    );
  });

  it("a re-run's earlier build must be signed for this source; a build needs no signature yet", () => {
    const [rerun] = run(
      push,
      [facts(api, { source: undefined, primary: reg(api, 'sha-1b2c3d4', D3) })],
      verify,
      signatures(unsigned(api.repository.name, D3)),
    );
    expect(rerun).toMatchObject({ kind: 'fail', name: 'build' });
    const [fresh] = run(push, [facts(api, { source: undefined, deployed: running })], verify, {
      signatures: new Map(),
    });
    expect(fresh).toMatchObject({ kind: 'build' });
  });

  it('a redeploy needs a signature of the digest, of whatever source; an unsigned one fails', () => {
    const requested = { tag: 'sha-0a0b0c0', image: reg(api, 'sha-0a0b0c0', D2) };
    const inputs = { ...verify, tag: 'api=sha-0a0b0c0' };
    const [ok] = run(
      dispatch,
      [facts(api, { deployed: running, requested })],
      inputs,
      signatures(signed(api.repository.name, D2, { sourceKey: OLD_KEY, runUrl: undefined })),
    );
    expect(ok).toMatchObject({ kind: 'tag', name: 'reuse', write: { tag: 'sha-0a0b0c0' } });
    expect((ok as { reason: string }).reason).toMatch(
      /; signed by .* outside a workflow run \(acme\/shop at 9f8e7d6\)$/,
    );
    const [refused] = run(
      dispatch,
      [facts(api, { deployed: running, requested })],
      inputs,
      signatures(unsigned(api.repository.name, D2)),
    );
    expect(refused).toMatchObject({ kind: 'fail', name: 'reuse' });
  });

  it('a rollback to an unsigned digest fails; a digest nobody checked fails too', () => {
    const f = facts(api, { deployed: running });
    f.rollback = {
      target: {
        value: { tag: 'sha-0a0b0c0' },
        image: reg(api, 'sha-0a0b0c0', D2),
        commit: OLD,
        skipped: [],
      },
    };
    const inputs = { ...verify, tag: 'previous', overlay: 'k8s/prod/kustomization.yaml' };
    const [unsignedTarget] = run(
      dispatch,
      [f],
      inputs,
      signatures(unsigned(api.repository.name, D2)),
    );
    expect(unsignedTarget).toMatchObject({ kind: 'fail', name: 'rollback' });
    const [unchecked] = run(dispatch, [f], inputs, { signatures: new Map() });
    expect((unchecked as { error: string }).error).toMatch(/was not checked for a signature/);
  });

  it('a registry that cannot list signatures fails the image, never passes it', () => {
    const [d] = run(
      push,
      [facts(api, { source: reg(api, sourceTag, D1), deployed: running })],
      verify,
      signatures([
        signatureKey(api.repository.name, D1),
        {
          ok: false,
          found: 'unreadable',
          problem: `cannot check the signatures of ${D1} in ghcr.io/acme/api: HTTP 503`,
          required: 'a signature',
        },
      ]),
    );
    expect(d).toMatchObject({ kind: 'fail' });
    expect((d as { error: string }).error).toMatch(/HTTP 503/);
  });

  it('a cross-repository promotion is checked where the image comes from', () => {
    const staging = parseReference('ghcr.io/acme/staging/api');
    const f = facts(api, { deployed: running });
    f.requested = {
      tag: 'sha-0a0b0c0',
      image: { repository: staging, tag: 'sha-0a0b0c0', digest: D2, tagDigest: D2 },
      repository: staging,
    };
    const inputs = { ...verify, mode: 'promote', tag: 'api=ghcr.io/acme/staging/api:sha-0a0b0c0' };
    const [ok] = run(dispatch, [f], inputs, signatures(signed(staging.name, D2)));
    expect(ok).toMatchObject({ kind: 'tag', name: 'promote', copyFrom: { name: staging.name } });
    const [refused] = run(dispatch, [f], inputs, signatures(signed(api.repository.name, D2)));
    expect(refused).toMatchObject({ kind: 'fail', name: 'promote' });
  });

  it("a plan's promotion needs a statement of this source; its redeploy a signature of the digest", () => {
    const promoted = facts(api, { requested: { tag: 'v5.0.0', image: undefined } });
    promoted.planned = { name: 'api', tag: 'v5.0.0', decision: 'promote', digest: D2, addTags: [] };
    const planInputs = { ...verify, 'from-plan': '[]' };
    const [other] = run(
      tagPush,
      [promoted],
      planInputs,
      signatures(signed(api.repository.name, D2, { sourceKey: OLD_KEY })),
    );
    expect(other).toMatchObject({ kind: 'fail', name: 'promote' });
    expect((other as { error: string }).error).toMatch(/but for another source/);
    const [same] = run(
      tagPush,
      [promoted],
      planInputs,
      signatures(signed(api.repository.name, D2)),
    );
    expect(same).toMatchObject({ kind: 'tag', name: 'promote', target: { digest: D2 } });

    const redeployed = facts(api, {
      deployed: running,
      requested: { tag: 'sha-0a0b0c0', image: reg(api, 'sha-0a0b0c0', D3) },
    });
    redeployed.planned = { name: 'api', tag: 'sha-0a0b0c0', decision: 'reuse', addTags: [] };
    const [reuse] = run(
      dispatch,
      [redeployed],
      planInputs,
      signatures(signed(api.repository.name, D3, { sourceKey: OLD_KEY })),
    );
    expect(reuse).toMatchObject({ kind: 'tag', name: 'reuse', target: { digest: D3 } });
    const [unsignedReuse] = run(
      dispatch,
      [redeployed],
      planInputs,
      signatures(unsigned(api.repository.name, D3)),
    );
    expect(unsignedReuse).toMatchObject({ kind: 'fail', name: 'reuse' });
  });

  it('with verify none nothing is asked of the signatures', () => {
    const [d] = run(push, [facts(api, { source: reg(api, sourceTag, D2), deployed: running })]);
    expect(d).toMatchObject({ kind: 'tag', name: 'promote' });
  });
});
