/**
 * `npm run bench:profile [-- CASE…]`: where the time goes, per case, before anything is
 * optimised. For each case (the rows' commands, support/context.ts):
 *   - whole process unprofiled (median of 7) and `node -e 0` in the same environment;
 *   - 5 runs under `node --cpu-prof` taken apart by support/profile.ts (medians): module
 *     load, git (processes counted by GIT_TRACE2_EVENT; main-thread time spent starting
 *     them and waiting), registry (requests counted in the registry's access log; HTTP
 *     client time and waiting), the decision itself, GC and other;
 *   - the functions with the most self time in module load and in the decision;
 *   - how much of the bundle the run executes (V8 coverage, NODE_V8_COVERAGE): bytes of
 *     module factories initialised and of functions run, against the file's size.
 * The peers that are node programs (paths-filter) are taken apart the same way; the others
 * (git, skopeo) get their whole-process time and request counts. Prints markdown tables (the
 * README's Benchmarks section holds a copy) and writes them to .tmp/bench/profile.md.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchAccessLog } from '../__tests__/support/oci-fixtures.js';
import { BenchContext, isMissing, type Programs } from './support/context.js';
import { median, ms, run, type Command } from './support/measure.js';
import { CATEGORIES, CATEGORY_TITLES, type Category } from './support/profile.js';
import { profileMedian, type ProfileSummary } from './support/rows.js';

const TIMED_RUNS = 7;
const PROFILED_RUNS = 5;

interface Case {
  id: string;
  title: string;
  /** image-promote's command, then the peers'. */
  commands(ctx: BenchContext): Promise<{ ours: Command; peers: Command[] }>;
}

const CASES: Case[] = [
  {
    id: 'startup',
    title: 'action, reuse decision',
    commands: async (ctx) => ({ ours: (await ctx.reuse()).command, peers: [] }),
  },
  {
    id: 'help',
    title: '`image-promote --help` (the CLI bundle loaded, nothing run)',
    commands: async (ctx) => {
      const like = (await ctx.plan()).plan;
      return {
        ours: {
          ...like,
          label: 'image-promote --help',
          args: [ctx.programs.cli, '--help'],
          check: undefined,
        },
        peers: [],
      };
    },
  },
  {
    id: 'plan',
    title: '`plan`, 20k-file repository, 30 images',
    commands: async (ctx) => {
      const plan = await ctx.plan();
      return {
        ours: plan.plan,
        peers: [...(isMissing(plan.pathsFilter) ? [] : [plan.pathsFilter]), plan.lsTree, plan.diff],
      };
    },
  },
  {
    id: 'promote',
    title: 'cross-repository promote, 4-platform index',
    commands: async (ctx) => {
      const promote = await ctx.promote();
      return { ours: promote.promote, peers: [promote.skopeo] };
    },
  },
];

function programs(): Programs {
  const get = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run through \`npm run bench:profile\``);
    return value;
  };
  return {
    root: get('IP_BENCH_ROOT'),
    node: get('IP_BENCH_NODE'),
    action: get('IP_BENCH_ACTION'),
    cli: get('IP_BENCH_CLI'),
  };
}

interface Measured {
  label: string;
  wall: number;
  nodeStart?: number;
  profile?: ProfileSummary;
  requests?: number;
}

async function measure(ctx: BenchContext, id: string, command: Command): Promise<Measured> {
  const isNode = command.file === ctx.programs.node;
  const walls: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    walls.push(run(command).ms);
    if (isNode) starts.push(run(ctx.nodeStart(command)).ms);
  }
  const out: Measured = { label: command.label, wall: median(walls) };
  if (isNode) {
    out.nodeStart = median(starts);
    out.profile = await profileMedian(
      ctx,
      command,
      `cases/${id}/${slug(command.label)}`,
      PROFILED_RUNS,
    );
  } else {
    const log = watchAccessLog((await ctx.registry()).logFile);
    run(command);
    out.requests = (await log.requests()).length;
  }
  return out;
}

function slug(label: string): string {
  return label
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** How much of a bundle file one run executed, from V8's precise coverage. */
interface Coverage {
  file: string;
  size: number;
  /** Extent of ncc's module factories (a module's code, its functions included). */
  factories: number;
  /** Of which modules initialised (the factory ran). */
  factoriesRun: number;
  /** Own bytes of all other functions (nested functions excluded), and of those called. */
  functions: number;
  functionsRun: number;
}

interface V8Function {
  functionName: string;
  ranges: { startOffset: number; endOffset: number; count: number }[];
}

function coverage(ctx: BenchContext, command: Command, id: string): Coverage[] {
  const dir = ctx.profileDir(`cases/${id}/coverage`);
  run(command, { env: { NODE_V8_COVERAGE: dir } });
  const out: Coverage[] = [];
  for (const name of readdirSync(dir)) {
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      result: { url: string; functions: V8Function[] }[];
    };
    for (const script of report.result) {
      if (!script.url.startsWith('file:')) continue;
      const path = fileURLToPath(script.url);
      if (!ctx.codeRoots().some((r) => path.startsWith(r))) continue;
      const size = readFileSync(path).length;
      // Each function's first range is its whole extent (the script's own top level too).
      const fns = script.functions
        .map((f) => ({ name: f.functionName, range: f.ranges[0] }))
        .filter((f): f is { name: string; range: V8Function['ranges'][number] } => !!f.range)
        .sort(
          (a, b) =>
            a.range.startOffset - b.range.startOffset || b.range.endOffset - a.range.endOffset,
        );
      const c: Coverage = {
        file: relative(ctx.programs.root, path),
        size,
        factories: 0,
        factoriesRun: 0,
        functions: 0,
        functionsRun: 0,
      };
      const open: { end: number; own: number; run: boolean; counted: boolean }[] = [];
      const close = (upTo: number): void => {
        while (open.length > 0 && (open.at(-1)?.end ?? 0) <= upTo) {
          const done = open.pop();
          if (!done?.counted) continue;
          c.functions += done.own;
          if (done.run) c.functionsRun += done.own;
        }
      };
      for (const f of fns) {
        close(f.range.startOffset);
        const length = f.range.endOffset - f.range.startOffset;
        const parent = open.at(-1);
        if (parent) parent.own -= length;
        const factory = /^\d+$/.test(f.name);
        if (factory) {
          c.factories += length;
          if (f.range.count > 0) c.factoriesRun += length;
        }
        const topLevel = f.range.startOffset === 0 && f.name === '';
        open.push({
          end: f.range.endOffset,
          own: length,
          run: f.range.count > 0,
          counted: !factory && !topLevel,
        });
      }
      close(Number.POSITIVE_INFINITY);
      out.push(c);
    }
  }
  return out;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

function categoryCells(m: Measured): string[] {
  const p = m.profile;
  if (!p) return CATEGORIES.map(() => '—');
  return CATEGORIES.map((c: Category) => {
    const v = ms(p.main[c]);
    if (c === 'git') return `${v} (${p.gitCount} proc., ${ms(p.gitInFlight)} running)`;
    if (c === 'registry') return `${v} (${p.requests} req., ${ms(p.requestsInFlight)} in flight)`;
    return v;
  });
}

function hotList(p: ProfileSummary, category: Category, count: number): string {
  return [...p.hot[category]]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, value]) => `${name} ${ms(value)}`)
    .join('; ');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !CASES.some((c) => c.id === w));
  if (unknown.length > 0) {
    console.error(
      `unknown case(s): ${unknown.join(', ')}; cases: ${CASES.map((c) => c.id).join(', ')}`,
    );
    process.exitCode = 2;
    return;
  }
  const cases = wanted.length > 0 ? CASES.filter((c) => wanted.includes(c.id)) : CASES;
  const ctx = new BenchContext(programs());
  const lines: string[] = [];
  const print = (line = ''): void => {
    console.log(line);
    lines.push(line);
  };
  const results: { c: Case; measured: Measured[]; cover: Coverage[] }[] = [];
  try {
    for (const c of cases) {
      console.error(`… ${c.id}`);
      const { ours, peers } = await c.commands(ctx);
      const measured = [await measure(ctx, c.id, ours)];
      for (const peer of peers) measured.push(await measure(ctx, c.id, peer));
      results.push({ c, measured, cover: coverage(ctx, ours, c.id) });
    }
  } finally {
    await ctx.close();
  }

  print(
    `Where the time goes (\`npm run bench:profile\`; node ${run({ label: 'node', file: ctx.programs.node, args: ['--version'], cwd: ctx.programs.root, env: {} }).stdout.trim()}; whole process and \`node -e 0\`: medians of ${TIMED_RUNS} unprofiled runs; the rest: medians of ${PROFILED_RUNS} runs under --cpu-prof, main thread):`,
  );
  print();
  print(
    `| case | program | whole process | node -e 0 | beyond node start | ${CATEGORIES.map((c) => CATEGORY_TITLES[c]).join(' | ')} | Σ profiled |`,
  );
  print(`| --- | --- | --- | --- | --- | ${CATEGORIES.map(() => '---').join(' | ')} | --- |`);
  for (const { c, measured } of results) {
    for (const m of measured) {
      const beyond = m.nodeStart === undefined ? '—' : ms(m.wall - m.nodeStart);
      const cells = m.profile
        ? categoryCells(m)
        : CATEGORIES.map((cat) =>
            cat === 'registry' && m.requests ? `(${m.requests} req.)` : '—',
          );
      const sum = m.profile ? ms(Object.values(m.profile.main).reduce((n, v) => n + v, 0)) : '—';
      print(
        `| ${c.title} | ${m.label} | ${ms(m.wall)} | ${m.nodeStart === undefined ? '—' : ms(m.nodeStart)} | ${beyond} | ${cells.join(' | ')} | ${sum} |`,
      );
    }
  }
  print();
  print('Most self time (image-promote; mean per profiled run):');
  print();
  print('| case | module load | decision | other |');
  print('| --- | --- | --- | --- |');
  for (const { c, measured } of results) {
    const p = measured[0]?.profile;
    if (p)
      print(
        `| ${c.title} | ${hotList(p, 'load', 5)} | ${hotList(p, 'decision', 5)} | ${hotList(p, 'other', 3)} |`,
      );
  }
  print();
  print('How much of the bundle a run executes (V8 coverage of one run):');
  print();
  print(
    '| case | file | size | modules initialised (bytes of their factories) | functions called (own bytes) |',
  );
  print('| --- | --- | --- | --- | --- |');
  for (const { c, cover } of results) {
    for (const f of cover)
      print(
        `| ${c.title} | ${f.file} | ${kib(f.size)} | ${kib(f.factoriesRun)} of ${kib(f.factories)} | ${kib(f.functionsRun)} of ${kib(f.functions)} |`,
      );
  }
  print();
  print('Profiles (Chrome DevTools or speedscope open them): .tmp/bench/profiles/cases/<case>/');
  const out = join(ctx.programs.root, '.tmp', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'profile.md'), `${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
