/**
 * The benchmark's rows, in the order `npm run bench` prints them: one entry each (shapes in
 * support/rows.ts, fixtures and commands in support/context.ts). To add a row, add an entry:
 * a `ratioRow` for image-promote against a peer (whole processes, alternating pairs), a
 * `costPerItemRow` for a cost per item (a command for n items against the same for none), or
 * a `valueRow` for a bound on anything else.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { watchAccessLog } from '../__tests__/support/oci-fixtures.js';
import { SCALE_IMAGES, VERIFY_IMAGES } from './support/fixtures.js';
import type { BenchContext, SignatureKind } from './support/context.js';
import { run, type Command } from './support/measure.js';
import { costPerItemRow, ratioRow, valueRow, type Outcome, type Row } from './support/rows.js';

const MB = 1024 * 1024;

export const ROWS: Row[] = [
  ratioRow({
    id: 'startup',
    measure: 'action cold start to outputs, reuse decision, vs `node -e 0`',
    max: 1.6,
    pairs: 15,
    ours: async (ctx) => ({ label: 'action', add: [(await ctx.reuse()).command] }),
    peer: async (ctx) => ({
      label: 'node -e 0',
      add: [ctx.nodeStart((await ctx.reuse()).command)],
    }),
  }),
  valueRow({
    id: 'loaded-js',
    measure: 'JavaScript an unsigned run loads (the reuse decision), from module-load hooks',
    target: '≤ 1 MB',
    value: async (ctx) => loadedJavaScript(ctx, (await ctx.reuse()).command, MB),
  }),
  verifyCost('key'),
  verifyCost('keyless'),
  ratioRow({
    id: 'plan',
    measure:
      "`plan`, 20k-file repository, 30 images, whole process, vs dorny/paths-filter's bundle",
    max: 0.6,
    ours: async (ctx) => ({ label: 'plan', add: [(await ctx.plan()).plan] }),
    peer: async (ctx) => {
      const peer = (await ctx.plan()).pathsFilter;
      return 'missing' in peer ? peer : { label: 'paths-filter', add: [peer] };
    },
  }),
  ratioRow({
    id: 'plan-git',
    measure: 'same, work beyond node start, vs raw `git ls-tree -r` + `git diff --name-only`',
    max: 1.5,
    ours: async (ctx) => {
      const { plan } = await ctx.plan();
      return { label: 'plan − node', add: [plan], subtract: [ctx.nodeStart(plan)] };
    },
    peer: async (ctx) => {
      const { lsTree, diff } = await ctx.plan();
      return { label: 'git', add: [lsTree, diff] };
    },
  }),
  ratioRow({
    id: 'promote',
    measure:
      'cross-repository promote of a 4-platform index, whole process, vs `skopeo copy --all`',
    max: 1.0,
    ours: async (ctx) => ({ label: 'promote', add: [(await ctx.promote()).promote] }),
    peer: async (ctx) => ({ label: 'skopeo', add: [(await ctx.promote()).skopeo] }),
  }),
  ratioRow({
    id: 'release',
    measure:
      'a 30-image release (4-platform indexes, a tag in each repository), one process, vs 30 × `skopeo copy --all`',
    max: 0.3,
    pairs: 7,
    ours: async (ctx) => ({ label: 'promote ×30', add: [(await ctx.promote()).release] }),
    peer: async (ctx) => ({ label: 'skopeo ×30', add: (await ctx.promote()).skopeoRelease }),
  }),
  valueRow({
    id: 'retag-requests',
    measure: 'registry requests of a same-repository retag of a 4-platform index',
    target: '≤ 3',
    value: async (ctx) => {
      const promote = await ctx.promote();
      const ours = await requests(ctx, promote.retag);
      const skopeo = await requests(ctx, promote.skopeoRetag);
      return {
        now: `${ours.length} (skopeo copy --all: ${skopeo.length})`,
        met: ours.length <= 3,
        ...(ours.length > 3 ? { reason: `requests: ${ours.join(' · ')}` } : {}),
        notes: [`image-promote: ${ours.join(' · ')}`],
      };
    },
  }),
  valueRow({
    id: 'plan-requests',
    measure:
      'registry requests of `plan` per image, 1 / 30 / 300 images, first push (registry empty)',
    target: '≤ 2 per image',
    value: (ctx) => planRequests(ctx, false),
  }),
  valueRow({
    id: 'plan-requests-steady',
    measure:
      'same, steady state (every image in the registry under its source tag; the push changes one)',
    target: '≤ 2 per image',
    value: (ctx) => planRequests(ctx, true),
  }),
];

/**
 * `verify: signature` per image: the reuse decision of VERIFY_IMAGES signed images with
 * verification on, against the same run with `verify: none`.
 */
function verifyCost(kind: SignatureKind): Row {
  return costPerItemRow({
    id: kind === 'key' ? 'verify-cost' : 'verify-cost-keyless',
    measure:
      kind === 'key'
        ? 'verification cost per image, `verify: signature` (key), whole process'
        : 'same, keyless (Fulcio certificate and Rekor entry, a mock Sigstore trusted root)',
    maxMs: 30,
    item: 'image',
    items: VERIFY_IMAGES,
    command: async (ctx, count) => {
      const verify = await ctx.verify(kind);
      if (count === 0) return verify.unverified;
      if (count === VERIFY_IMAGES) return verify.verified;
      throw new Error(`the verify fixture has ${VERIFY_IMAGES} images, not ${count}`);
    },
    notes: async (ctx, verified, unverified) => {
      const on = await requests(ctx, verified);
      const off = await requests(ctx, unverified);
      return [
        `registry requests: ${on.length} verified, ${off.length} with verify: none (${((on.length - off.length) / VERIFY_IMAGES).toFixed(1)} more per image)`,
      ];
    },
  });
}

/** The registry's access log lines for one run of `command`. */
async function requests(ctx: BenchContext, command: Command): Promise<string[]> {
  const log = watchAccessLog((await ctx.registry()).logFile);
  run(command);
  return log.requests();
}

/** `GET manifests 404` for `GET /v2/scale/svc-001/manifests/src-… 404`. */
function requestKind(line: string): string {
  const [method, path, status] = line.split(' ');
  const kind = /\/v2\/(?:.+\/)?(manifests|blobs|tags)\//.exec(path ?? '')?.[1] ?? path ?? '';
  return `${method ?? ''} ${kind} ${status ?? ''}`;
}

async function planRequests(ctx: BenchContext, steady: boolean): Promise<Outcome> {
  const scale = await ctx.scale();
  if (steady) await scale.publishAll();
  const counts: { images: number; requests: string[] }[] = [];
  for (const images of [1, 30, SCALE_IMAGES])
    counts.push({ images, requests: await requests(ctx, scale.plan(images)) });
  const worst = Math.max(...counts.map((c) => c.requests.length / c.images));
  const kinds = new Map<string, number>();
  for (const r of counts.at(-1)?.requests ?? [])
    kinds.set(requestKind(r), (kinds.get(requestKind(r)) ?? 0) + 1);
  const mix = [...kinds].map(([k, n]) => `${n} × ${k}`).join(', ');
  const one = (counts.at(-1)?.requests ?? []).filter((r) => r.includes('/svc-001/'));
  return {
    now: counts
      .map(
        (c) =>
          `${c.images}: ${c.requests.length} (${(c.requests.length / c.images).toFixed(2)}/image)`,
      )
      .join(', '),
    met: worst <= 2,
    ...(worst > 2 ? { reason: `${SCALE_IMAGES} images: ${mix}` } : {}),
    notes: [`${SCALE_IMAGES} images: ${mix}`, `svc-001's: ${one.join(' · ')}`],
  };
}

/**
 * The JavaScript files under the bundle's directory that one run loads (dist/index.js and the
 * chunks it imports), recorded by a module loader hook registered with --import.
 */
function loadedJavaScript(ctx: BenchContext, command: Command, max: number): Outcome {
  const dir = ctx.dir('loader-hooks');
  const log = join(dir, 'loaded.txt');
  const hooks = join(dir, 'hooks.mjs');
  const register = join(dir, 'register.mjs');
  writeFileSync(log, '');
  writeFileSync(
    hooks,
    [
      '// bench/rows.ts: records every file: URL node loads.',
      "import { appendFileSync } from 'node:fs';",
      'export async function load(url, context, next) {',
      '  const result = await next(url, context);',
      `  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
      '  return result;',
      '}',
      '',
    ].join('\n'),
  );
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  run(command, { prefix: ['--import', pathToFileURL(register).href] });
  const bundle = dirname(ctx.programs.action);
  const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))]
    .map((url) => fileURLToPath(url))
    .filter((path) => !relative(bundle, path).startsWith('..'))
    .map((path) => ({ path: relative(ctx.programs.root, path), bytes: statSync(path).size }));
  if (!files.some((f) => f.path === relative(ctx.programs.root, ctx.programs.action)))
    throw new Error('the loader hook saw no dist/index.js');
  const total = files.reduce((n, f) => n + f.bytes, 0);
  const list = files.map((f) => `${f.path} ${(f.bytes / 1024).toFixed(0)} KiB`).join(', ');
  return {
    now: `${(total / MB).toFixed(2)} MB (${list})`,
    met: total <= max,
    ...(total > max ? { reason: `files loaded: ${list}` } : {}),
    notes: [],
  };
}
