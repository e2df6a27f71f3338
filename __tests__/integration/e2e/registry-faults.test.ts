/**
 * Issue 8, item 8: the committed bundle (dist/index.js) run 30 times, with a fixed seed,
 * against the fault proxy (__tests__/support/fault-proxy.ts) in front of the real registry,
 * over a mix of decisions — builds of FROM scratch images, reuse, promotion between
 * environments and release promotion — each writing a kustomization and committing it.
 *
 * For every run: either it succeeds, and every ref it outputs (`images`, `digests`, `tag`,
 * `kustomize-args`) and writes into the overlay is what the registry really holds (read
 * directly, not through the proxy), on the digest the image's source tag names (promotions
 * never change a digest); or it fails clearly (exit 1, decision `failed`, a
 * reason naming the registry and the problem) and the overlay file and the branch are
 * untouched.
 *
 * The faults are for the action's own registry calls: docker's pushes (User-Agent
 * `docker/…`) pass through the proxy untouched. The seed is printed with any failure;
 * FAULT_SEED=<n> runs the file with another seed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runDist, type DistRun } from '../../support/dist-runner.js';
import { createAppProject, ok, revParse } from '../../support/e2e.js';
import type { Project } from '../../support/engine-fixtures.js';
import { sharedRegistry } from '../../support/env.js';
import {
  prngFor,
  startFaultProxy,
  type FaultProxy,
  type FaultRule,
  type ProxyRequest,
} from '../../support/fault-proxy.js';
import { removeTempDirs } from '../../support/git-fixtures.js';
import { getManifest, sha256 } from '../../support/oci-fixtures.js';

const SEED = Number(process.env.FAULT_SEED ?? 0xe2e0f17);
const RUNS = 30;
/** How much more often faults come in a storm. */
const STORM = 3;
const STAGING = 'k8s/staging/kustomization.yaml';
const PROD = 'k8s/prod/kustomization.yaml';
const MANIFESTS = /^\/v2\/.+\/manifests\/[^/]+$/;

let proxy: FaultProxy;
let project: Project;
let namespace = '';

/** Docker's own pushes are not what is under test. */
const fromAction = (req: ProxyRequest): boolean =>
  !/^docker\//i.test(req.headers['user-agent'] ?? '');

/** Fault rates for the action's requests; `scale` 1 is a steady rate, more is a storm. */
function faultRules(scale: number): FaultRule[] {
  return [
    {
      when: fromAction,
      rates: {
        status429: 0.015 * scale,
        status429RetryAfter: 0.01 * scale,
        status500: 0.015 * scale,
        status502: 0.01 * scale,
        status503: 0.015 * scale,
        resetBeforeBody: 0.015 * scale,
        resetMidBody: 0.015 * scale,
        truncate: 0.015 * scale,
        slow: 0.02 * scale,
        wrongDigest: 0.02 * scale,
      },
    },
    {
      when: fromAction,
      method: 'GET',
      path: MANIFESTS,
      rates: { alterManifest: 0.04 * scale, alterManifestKeepDigest: 0.03 * scale },
    },
  ];
}

/** Every manifest PUT of the action answered 503: a release promotion cannot succeed. */
const WRITE_OUTAGE = 2;
const writeOutage: FaultRule = {
  when: fromAction,
  method: 'PUT',
  path: MANIFESTS,
  rates: { status503: 1 },
};

/** The PRNG key of a request: no run-unique parts (namespace, tags, digests, upload ids). */
function requestKey(req: ProxyRequest): string {
  return `${req.method} ${req.path
    .replace(namespace, 'NS')
    .replace(/\/manifests\/sha256:[0-9a-f]+$/, '/manifests/DIGEST')
    .replace(/\/manifests\/[^/]+$/, (m) => (m.endsWith('DIGEST') ? m : '/manifests/TAG'))
    .replace(/\/blobs\/sha256:[0-9a-f]+$/, '/blobs/BLOB')
    .replace(/\/blobs\/uploads\/[^/]+$/, '/blobs/uploads/*')}`;
}

function kustomization(host: string, ns: string): string {
  return [
    '# edited by people and by image-promote',
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'images:',
    '  - name: api',
    `    newName: ${host}/${ns}/api`,
    '    newTag: none',
    '  - name: web',
    `    newName: ${host}/${ns}/web`,
    '    newTag: none',
    '',
  ].join('\n');
}

/** What the registry itself holds under `repository:reference` (not through the proxy). */
async function held(repository: string, reference: string): Promise<string | undefined> {
  const prefix = `${proxy.host}/`;
  if (!repository.startsWith(prefix)) throw new Error(`${repository} is not under ${prefix}`);
  const found = await getManifest(
    { url: sharedRegistry().url },
    repository.slice(prefix.length),
    reference,
  );
  return found && sha256(found.bytes);
}

/** `host/repo:tag@digest` → its parts (the host has a port: split at the last `/`). */
function splitRef(ref: string): { repository: string; tag?: string; digest?: string } {
  const [name = '', digest] = ref.split('@');
  const slash = name.lastIndexOf('/');
  const colon = name.indexOf(':', slash);
  return colon === -1
    ? { repository: name, ...(digest ? { digest } : {}) }
    : {
        repository: name.slice(0, colon),
        tag: name.slice(colon + 1),
        ...(digest ? { digest } : {}),
      };
}

/** A ref is true when its tag names its digest in the registry. */
async function refProblem(what: string, ref: string, digest?: string): Promise<string | undefined> {
  const parts = splitRef(ref);
  const expected = digest ?? parts.digest;
  if (!parts.tag) return `${what}: ${ref} has no tag`;
  const actual = await held(parts.repository, parts.tag);
  if (actual === undefined) return `${what}: ${ref} — the registry has no such tag`;
  if (expected !== undefined && actual !== expected) {
    return `${what}: ${ref} — the registry's ${parts.tag} is ${actual}`;
  }
  if (parts.digest !== undefined && parts.digest !== actual) {
    return `${what}: ${ref} — its digest is not the registry's ${actual}`;
  }
  return undefined;
}

interface KustomizeImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

function overlayImages(text: string): KustomizeImage[] {
  return (parseYaml(text) as { images?: KustomizeImage[] }).images ?? [];
}

type Kind = 'build' | 'promote' | 'release' | 'reuse';

interface Planned {
  kind: Kind;
  overlay: string;
  options: Parameters<typeof runDist>[1];
}

/** Run `i`: its kind and its event, after preparing the checkout for it. */
function plan(i: number, kind: Kind, rand: () => number): Planned {
  const write = { 'write-overlay': 'true', commit: 'true' };
  if (kind === 'build') {
    const name = rand() < 0.5 ? 'api' : 'web';
    const before = project.work.head();
    const after = project.work.commit(
      { [`services/${name}/app.txt`]: `${name} run ${i}\n` },
      `${name} run ${i}`,
    );
    project.work.git('push', '-q', 'origin', 'HEAD:main');
    return {
      kind,
      overlay: STAGING,
      options: {
        event: 'push',
        sha: after,
        payload: { ref: 'refs/heads/main', before, after },
        inputs: { ...write, overlay: STAGING, environment: 'staging' },
      },
    };
  }
  if (kind === 'promote') {
    return {
      kind,
      overlay: PROD,
      options: {
        event: 'workflow_dispatch',
        inputs: {
          ...write,
          mode: 'promote',
          'from-overlay': STAGING,
          overlay: PROD,
          environment: 'prod',
        },
      },
    };
  }
  if (kind === 'release') {
    const version = `v1.${i}.0`;
    const head = project.work.head();
    project.work.git('tag', version);
    project.work.git('push', '-q', 'origin', version);
    return {
      kind,
      overlay: PROD,
      options: {
        event: 'push',
        sha: head,
        ref: `refs/tags/${version}`,
        payload: { ref: `refs/tags/${version}`, before: '0'.repeat(40), after: head },
        inputs: { ...write, overlay: PROD, environment: 'prod', 'promote-tags': 'prod' },
      },
    };
  }
  return {
    kind,
    overlay: PROD,
    options: {
      event: 'workflow_dispatch',
      inputs: { ...write, overlay: PROD, environment: 'prod' },
    },
  };
}

/** Checks one run against the registry and the repository; returns what broke. */
async function check(
  run: DistRun,
  overlay: string,
  before: { text: string; head: string; origin: string },
): Promise<string[]> {
  const problems: string[] = [];
  const text = readFileSync(join(project.work.dir, overlay), 'utf8');
  if (run.exitCode !== 0) {
    if (run.exitCode !== 1) problems.push(`exit code ${run.exitCode}`);
    if (run.outputs.decision !== 'failed') {
      problems.push(`failed with decision ${run.outputs.decision ?? '(none)'}`);
    }
    const reason = run.outputs.reason ?? '';
    if (!reason.includes(`registry ${proxy.host}`) || !/: [a-z]/.test(reason)) {
      problems.push(`the reason does not name the registry and the problem: ${reason}`);
    }
    if (/undefined|\[object |TypeError|ReferenceError/.test(reason)) {
      problems.push(`the reason leaks internals: ${reason}`);
    }
    if (!run.log.includes('::error::')) problems.push('no error annotation');
    if (text !== before.text) problems.push(`${overlay} was changed by a failed run`);
    if (project.work.head() !== before.head) problems.push('the checkout moved');
    if (revParse(project.origin, 'main') !== before.origin) problems.push('main moved');
    return problems;
  }
  const images = run.images.filter((i) => i.status === 'verified');
  if (images.length !== run.images.length) {
    problems.push(`succeeded with images not verified: ${run.outputs.images}`);
  }
  const digests = JSON.parse(run.outputs.digests ?? '{}') as Record<string, string>;
  for (const image of images) {
    const name = image.name ?? '';
    const found = await refProblem(`images[${name}]`, image.ref ?? '', image.digest);
    if (found) problems.push(found);
    if (image.ref !== `${image.repository}:${image.tag}@${image.digest}`) {
      problems.push(`images[${name}]: ref ${image.ref} is not its repository, tag and digest`);
    }
    if (digests[name] !== image.digest) {
      problems.push(`digests[${name}] = ${digests[name]}, images says ${image.digest}`);
    }
    // One image per source: the source tag names the digest the run deployed.
    if (image.source) {
      const bySource = await held(image.repository ?? '', `src-${image.source.slice(0, 16)}`);
      if (bySource !== image.digest) {
        problems.push(
          `images[${name}]: ${image.digest}, but its source tag names ${bySource ?? 'nothing'}`,
        );
      }
    }
    const entry = overlayImages(text).find((e) => e.name === name);
    if (!entry || entry.newName !== image.repository || entry.newTag !== image.tag) {
      problems.push(
        `${overlay} runs ${entry?.newName}:${entry?.newTag} for ${name}, the outputs say ${image.ref}`,
      );
    }
    const inOverlay = await refProblem(
      `${overlay}[${name}]`,
      `${entry?.newName}:${entry?.newTag}`,
      entry?.digest ?? image.digest,
    );
    if (inOverlay) problems.push(inOverlay);
  }
  if (!images.some((i) => i.tag === run.outputs.tag)) {
    problems.push(`tag ${run.outputs.tag} is no image's tag`);
  }
  const args = (run.outputs['kustomize-args'] ?? '').split(' ').filter(Boolean);
  if (args.length !== images.length) problems.push(`kustomize-args: ${args.join(' ')}`);
  for (const arg of args) {
    const [name, ref = ''] = arg.split('=');
    const image = images.find((i) => i.name === name);
    const found = await refProblem(`kustomize-args[${name}]`, ref, image?.digest);
    if (found) problems.push(found);
  }
  // The change was committed and pushed: the branch holds exactly the file.
  const origin = revParse(project.origin, 'main');
  if (run.outputs['overlay-changed'] === 'true' && run.outputs['commit-sha'] !== origin) {
    problems.push(`commit-sha ${run.outputs['commit-sha']} is not main's ${origin}`);
  }
  if (project.work.git('show', `${origin}:${overlay}`) !== text.trimEnd()) {
    problems.push(`main's ${overlay} is not the file the run wrote`);
  }
  return problems;
}

beforeAll(async () => {
  proxy = await startFaultProxy({
    upstream: sharedRegistry().url,
    seed: SEED,
    key: requestKey,
  });
  project = createAppProject(
    ({ registry, namespace: ns }) => ({
      'services/api/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'services/api/app.txt': 'api 0\n',
      'services/web/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'services/web/app.txt': 'web 0\n',
      [STAGING]: kustomization(registry, ns),
      [PROD]: kustomization(registry, ns),
    }),
    ({ namespace: ns }) =>
      [
        '- name: api',
        `  repository: ${ns}/api`,
        '  context: services/api',
        '- name: web',
        `  repository: ${ns}/web`,
        '  context: services/web',
      ].join('\n'),
    proxy.host,
  );
  namespace = project.namespace;
  // A clean bootstrap: both images built into staging, then promoted to prod.
  ok(
    await runDist(project, {
      event: 'workflow_dispatch',
      inputs: { mode: 'build', overlay: STAGING, 'write-overlay': 'true', commit: 'true' },
    }),
  );
  ok(
    await runDist(project, {
      event: 'workflow_dispatch',
      inputs: {
        mode: 'promote',
        'from-overlay': STAGING,
        overlay: PROD,
        'write-overlay': 'true',
        commit: 'true',
      },
    }),
  );
}, 60_000);

afterAll(async () => {
  await proxy.stop();
  removeTempDirs();
});

describe(`dist/index.js through the registry fault proxy (seed ${SEED})`, () => {
  it(`${RUNS} runs: each succeeds with refs the registry holds, or fails clearly and writes nothing`, async () => {
    const rand = prngFor(SEED, 'runs');
    const fixed: Kind[] = ['build', 'promote', 'release', 'reuse'];
    const problems: string[] = [];
    const tally: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const draw = rand();
      const kind: Kind =
        fixed[i] ??
        (draw < 0.3 ? 'build' : draw < 0.55 ? 'promote' : draw < 0.75 ? 'release' : 'reuse');
      // One run in three meets a storm, where some runs may fail; run 2 (a release) meets
      // a registry that refuses every manifest write, where it has to.
      const storm = rand() < 1 / 3;
      proxy.setRules([
        ...faultRules(storm ? STORM : 1),
        ...(i === WRITE_OUTAGE ? [writeOutage] : []),
      ]);
      const planned = plan(i, kind, rand);
      const before = {
        text: readFileSync(join(project.work.dir, planned.overlay), 'utf8'),
        head: project.work.head(),
        origin: revParse(project.origin, 'main'),
      };
      const first = proxy.events.length;
      const run = await runDist(project, planned.options);
      const injected = proxy.events.slice(first).filter((e) => e.fault).length;
      const outcome = run.exitCode === 0 ? (run.outputs.decision ?? '?') : 'failed';
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      if (i === WRITE_OUTAGE && run.exitCode === 0) {
        problems.push(`run ${i} (${kind}) succeeded although no manifest could be written`);
      }
      for (const p of await check(run, planned.overlay, before)) {
        problems.push(
          `run ${i} (${kind}${storm ? ', storm' : ''}, ${injected} faults, exit ${run.exitCode}): ${p}`,
        );
      }
    }
    if (problems.length > 0) {
      throw new Error(
        [`${problems.length} problems; ${proxy.describe()}; ${JSON.stringify(tally)}`, ...problems]
          .slice(0, 20)
          .join('\n'),
      );
    }
    // The mix happened, faults were injected, and retries got most runs through.
    expect(tally.build).toBeGreaterThan(0);
    expect(tally.promote).toBeGreaterThan(0);
    expect((tally.reuse ?? 0) + (tally.skip ?? 0)).toBeGreaterThan(0);
    expect(Object.values(proxy.counts()).reduce((a, b) => a + b, 0)).toBeGreaterThan(RUNS);
    expect(tally.failed ?? 0).toBeGreaterThan(0);
    expect(tally.failed ?? 0).toBeLessThan(RUNS / 2);
  }, 240_000);
});
