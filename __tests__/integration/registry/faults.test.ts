/**
 * The fault suite: 320 CLI operations — `resolve` (by tag and by digest) and `promote`
 * (same-repository retag and cross-repository copy, of single images and multi-platform
 * indexes, plus no-op and refused promotions) — run in-process through the fault proxy
 * (__tests__/support/fault-proxy.ts) in front of the real registry, with a fixed seed.
 *
 * For every operation: either it succeeds and what it printed is what the registry really
 * holds (read directly from the registry, not through the proxy), or it fails clearly (exit
 * code 1; a message naming the registry, the repository and what went wrong) and no target
 * tag names a digest other than the source's (a refused promotion leaves the tag as it was).
 *
 * The seed is printed with any failure; FAULT_SEED=<n> runs the suite with another seed.
 * Retry delays are short through the CLI's registry client settings (`main(argv, { registry
 * })`): a clock that records each requested wait and sleeps at most a few milliseconds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';
import type { Clock, RetryPolicy } from '../../../src/http/retry.js';
import { sharedRegistry } from '../../support/env.js';
import {
  FAULTS,
  prngFor,
  startFaultProxy,
  type FaultProxy,
  type FaultRule,
} from '../../support/fault-proxy.js';
import {
  getManifest,
  pushImage,
  pushIndex,
  pushManifest,
  sha256,
  type Platform,
} from '../../support/oci-fixtures.js';

const SEED = Number(process.env.FAULT_SEED ?? 0x5eed2024);
// Unique repositories (the shared registry outlives this file); the proxy's PRNG key drops
// this prefix, so one seed makes the same decisions in every run.
const base = `faults${Date.now()}`;
const PLATFORMS: Platform[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64' },
  { os: 'linux', architecture: 'arm', variant: 'v7' },
];
const MANIFESTS = /^\/v2\/.+\/manifests\/[^/]+$/;

interface Source {
  repo: string;
  image: string;
  index: string;
}

let proxy: FaultProxy;
let configDir: string;
const sources: Source[] = [];
const waits: number[] = [];

/** Real time, but a requested wait sleeps at most 3 ms; every request is recorded. */
const fastClock: Clock = {
  now: () => Date.now(),
  random: Math.random,
  sleep: (ms) => {
    waits.push(ms);
    return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 3)));
  },
};

const direct = () => ({ url: sharedRegistry().url });

/** The digest `repo:reference` has in the registry, read directly (not through the proxy). */
async function held(repo: string, reference: string): Promise<string | undefined> {
  const found = await getManifest(direct(), repo, reference);
  return found && sha256(found.bytes);
}

beforeAll(async () => {
  configDir = mkdtempSync(join(tmpdir(), 'ip-faults-cfg-'));
  for (let i = 0; i < 4; i++) {
    const repo = `${base}/src${i}`;
    const image = await pushImage(direct(), repo, 'img', { seed: `${base}-img-${i}` });
    const index = await pushIndex(direct(), repo, 'idx', {
      seed: `${base}-idx-${i}`,
      platforms: PLATFORMS,
    });
    // Same digest under another tag (no-op promotions), another digest under `taken`.
    await pushManifest(direct(), repo, 'img-alias', image.manifest, image.mediaType);
    await pushManifest(direct(), repo, 'taken', index.bytes, index.mediaType);
    sources.push({ repo, image: image.digest, index: index.digest });
  }
  proxy = await startFaultProxy({
    upstream: sharedRegistry().url,
    seed: SEED,
    key: (req) =>
      `${req.method} ${req.path.replace(base, 'BASE').replace(/\/blobs\/uploads\/[^/]+$/, '/blobs/uploads/*')}`,
  });
});

afterAll(async () => {
  await proxy.stop();
  rmSync(configDir, { recursive: true, force: true });
});

type Op =
  | { kind: 'resolve'; repo: string; reference: string; expected: string }
  | {
      kind: 'retag' | 'copy' | 'noop' | 'refuse';
      source: string;
      sourceDigest: string;
      target: string;
      targetRepo: string;
      targetTag: string;
      /** What the target held before (no-op and refused promotions). */
      before?: string;
    };

/** The operations of one phase, drawn from the seed. */
function operations(phase: string, count: number, first: number): Op[] {
  const rand = prngFor(SEED, `ops/${phase}`);
  const host = proxy.host;
  const ops: Op[] = [];
  for (let n = first; n < first + count; n++) {
    const src = sources[Math.floor(rand() * sources.length)] as Source;
    const index = rand() < 0.5;
    const tag = index ? 'idx' : 'img';
    const digest = index ? src.index : src.image;
    const byDigest = rand() < 0.3;
    const source = byDigest ? `${host}/${src.repo}@${digest}` : `${host}/${src.repo}:${tag}`;
    const pick = rand();
    if (pick < 0.2) {
      ops.push({ kind: 'resolve', repo: src.repo, reference: tag, expected: digest });
    } else if (pick < 0.28) {
      ops.push({ kind: 'resolve', repo: src.repo, reference: digest, expected: digest });
    } else if (pick < 0.55) {
      ops.push({
        kind: 'retag',
        source,
        sourceDigest: digest,
        target: `t${n}`,
        targetRepo: src.repo,
        targetTag: `t${n}`,
      });
    } else if (pick < 0.85) {
      const targetRepo = `${base}/dst${n % 5}`;
      ops.push({
        kind: 'copy',
        source,
        sourceDigest: digest,
        target: `${host}/${targetRepo}:t${n}`,
        targetRepo,
        targetTag: `t${n}`,
      });
    } else if (pick < 0.93) {
      ops.push({
        kind: 'noop',
        source: `${host}/${src.repo}:img`,
        sourceDigest: src.image,
        target: 'img-alias',
        targetRepo: src.repo,
        targetTag: 'img-alias',
        before: src.image,
      });
    } else {
      ops.push({
        kind: 'refuse',
        source: `${host}/${src.repo}:img`,
        sourceDigest: src.image,
        target: 'taken',
        targetRepo: src.repo,
        targetTag: 'taken',
        before: src.index,
      });
    }
  }
  return ops;
}

interface Outcome {
  code: number;
  out: string;
  err: string;
}

async function cli(args: string[], policy: RetryPolicy): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const run = main(args, {
    stdout: (t) => out.push(t),
    logger: new StderrLogger(false, (line) => err.push(line)),
    env: { DOCKER_CONFIG: configDir, HOME: configDir },
    cwd: process.cwd(),
    registry: { retry: policy, clock: fastClock },
  });
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      resolve(-1);
    }, 30_000);
  });
  const code = await Promise.race([run, hung]);
  clearTimeout(timer);
  return { code, out: out.join(''), err: err.join('\n') };
}

/** A failure is clear when it names the registry, a repository of the operation and a reason. */
function unclear(op: Op, stderr: string): string | undefined {
  // The CLI's own failure line, not the retry notes before it.
  const err = stderr
    .split('\n')
    .filter((line) => line.startsWith('image-promote '))
    .join('\n');
  const sourceRepo = (text: string) => /^[^/]+\/([^:@]+)/.exec(text)?.[1];
  const repos = op.kind === 'resolve' ? [op.repo] : [op.targetRepo, sourceRepo(op.source)];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // registry HOST repository REPO[:tag|@digest]: OPERATION: PROBLEM
  const named = repos.some(
    (repo) =>
      repo !== undefined &&
      new RegExp(
        `registry ${escape(proxy.host)} repository ${escape(repo)}\\S*: [A-Za-z][\\w ]*: [a-z]`,
      ).test(err),
  );
  if (!named) return 'the message does not name registry, repository, operation and problem';
  if (/undefined|\[object |TypeError|ReferenceError/.test(err))
    return 'the message leaks internals';
  return undefined;
}

/** Checks one operation's outcome against the registry; returns the problem, if any. */
async function check(op: Op, result: Outcome): Promise<string | undefined> {
  if (result.code === -1) return 'hung for 30 s';
  if (op.kind === 'resolve') {
    if (result.code === 0) {
      const actual = await held(op.repo, op.reference);
      return result.out === `${actual}\n` && actual === op.expected
        ? undefined
        : `printed ${JSON.stringify(result.out)}, the registry holds ${actual ?? 'nothing'}`;
    }
    return result.code === 1 ? unclear(op, result.err) : `exit code ${result.code}`;
  }
  const now = await held(op.targetRepo, op.targetTag);
  if (op.kind === 'refuse') {
    if (now !== op.before) return `the refused target moved to ${now ?? 'nothing'}`;
    if (result.code !== 1) return `a refused promotion exited ${result.code}`;
    return unclear(op, result.err);
  }
  if (result.code === 0) {
    if (result.out !== `${op.sourceDigest}\n`) return `printed ${JSON.stringify(result.out)}`;
    return now === op.sourceDigest
      ? undefined
      : `reported success, target holds ${now ?? 'nothing'}`;
  }
  if (result.code !== 1) return `exit code ${result.code}`;
  if (now !== undefined && now !== op.sourceDigest) {
    return `failed and left the target at ${now}, not the source's ${op.sourceDigest}`;
  }
  return unclear(op, result.err);
}

function argsOf(op: Op): string[] {
  return op.kind === 'resolve'
    ? [
        'resolve',
        `${proxy.host}/${op.repo}${op.reference.includes(':') ? '@' : ':'}${op.reference}`,
      ]
    : ['promote', op.source, op.target];
}

interface PhaseResult {
  ops: number;
  succeeded: number;
  failed: number;
  problems: string[];
}

async function runPhase(ops: Op[], policy: RetryPolicy): Promise<PhaseResult> {
  const result: PhaseResult = { ops: ops.length, succeeded: 0, failed: 0, problems: [] };
  for (const op of ops) {
    const args = argsOf(op);
    const outcome = await cli(args, policy);
    if (outcome.code === 0) result.succeeded++;
    else result.failed++;
    const problem = await check(op, outcome);
    if (problem) {
      result.problems.push(
        `${args.join(' ')} → exit ${outcome.code}: ${problem}\n    stdout: ${outcome.out.trim()}\n    stderr: ${outcome.err.split('\n').slice(-3).join('\n            ')}`,
      );
    }
  }
  return result;
}

function report(phase: string, result: PhaseResult): string {
  return [
    `${phase}: ${result.problems.length} of ${result.ops} operations broke a guarantee (${result.succeeded} succeeded, ${result.failed} failed); ${proxy.describe()}`,
    ...result.problems.slice(0, 8),
  ].join('\n');
}

const POLICY: RetryPolicy = {
  retries: 4,
  minDelayMs: 2,
  maxDelayMs: 20,
  maxElapsedMs: 30_000,
  timeoutMs: 3_000,
};

function everything(scale: number): FaultRule[] {
  return [
    {
      rates: {
        status429: 0.015 * scale,
        status429RetryAfter: 0.01 * scale,
        status500: 0.01 * scale,
        status502: 0.01 * scale,
        status503: 0.015 * scale,
        resetBeforeBody: 0.01 * scale,
        resetMidBody: 0.015 * scale,
        truncate: 0.01 * scale,
        slow: 0.02 * scale,
        wrongDigest: 0.02 * scale,
      },
    },
    {
      method: 'GET',
      path: MANIFESTS,
      rates: { alterManifest: 0.04 * scale, alterManifestKeepDigest: 0.02 * scale },
    },
  ];
}

describe(`fault suite (seed ${SEED})`, () => {
  it('220 operations under a steady rate of faults: all succeed or fail clearly', async () => {
    proxy.setRules(everything(1));
    const result = await runPhase(operations('steady', 220, 0), POLICY);
    if (result.problems.length > 0) throw new Error(report('steady', result));
    // Bounded retries get through a few faults per operation.
    expect(result.succeeded).toBeGreaterThanOrEqual(200);
  }, 120_000);

  it('100 operations under heavy faults and timeouts: every failure is clear and harmless', async () => {
    proxy.setRules([
      ...everything(4),
      // Slow answers past the per-attempt timeout: the client gives up on them and retries.
      { rates: {}, slowMs: [20, 400] },
    ]);
    const result = await runPhase(operations('heavy', 100, 1000), {
      ...POLICY,
      retries: 3,
      timeoutMs: 250,
    });
    if (result.problems.length > 0) throw new Error(report('heavy', result));
    expect(result.succeeded).toBeGreaterThan(0);
    expect(result.failed).toBeGreaterThan(0);
  }, 120_000);

  it('injected every kind of fault, and honoured Retry-After', () => {
    const counts = proxy.counts();
    const missing = FAULTS.filter((f) => counts[f] === 0);
    expect({ missing, seed: SEED }).toEqual({ missing: [], seed: SEED });
    // `Retry-After: 1` asked for a wait of at least a second (slept short by the test clock).
    expect(waits.some((w) => w >= 1000)).toBe(true);
  });
});
