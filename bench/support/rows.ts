/**
 * The shapes of a benchmark row, so that adding one is one entry in bench/rows.ts:
 *
 *   ratioRow  image-promote against a peer, whole processes in alternating pairs, the
 *             median of the per-pair ratios against a `≤ N×` target. When the target is not
 *             met the reason is measured: node's own start, the budget the target leaves,
 *             and a CPU profile of image-promote's command taken apart (support/profile.ts).
 *   costPerItemRow  a cost per item (verifying an image): the command for n items against
 *             the same command for none, in alternating pairs, median of the difference / n.
 *   valueRow  anything else with a bound: a size, a request count.
 *
 * Every row prints as one line of the table: measure | now | target | result.
 */
import { relative } from 'node:path';
import type { BenchContext, Missing } from './context.js';
import { isMissing } from './context.js';
import { median, ms, pairs, quantile, run, times, type Command, type Side } from './measure.js';
import { CATEGORY_TITLES, profileRun, type Breakdown, type Category } from './profile.js';

export interface Outcome {
  /** The "now" column, e.g. `2.60× (153 ms vs 59 ms)`. */
  now: string;
  met: boolean;
  /** Why it is not met, measured. */
  reason?: string;
  /** Printed under the table: pairs, spread, counts. */
  notes: string[];
}

export interface Row {
  /** For `npm run bench -- <id>…`. */
  id: string;
  /** The table's first column. */
  measure: string;
  /** The table's target column, e.g. `≤ 1.6×`. */
  target: string;
  measureRow(ctx: BenchContext): Promise<Outcome | Missing>;
}

export interface RatioSpec {
  id: string;
  measure: string;
  /** ours / peer must be at most this. */
  max: number;
  /** Measured pairs (at least 7); two more warm up first. */
  pairs?: number;
  ours(ctx: BenchContext): Promise<Side>;
  peer(ctx: BenchContext): Promise<Side | Missing>;
}

const MIN_PAIRS = 7;

export function ratioRow(spec: RatioSpec): Row {
  const count = Math.max(MIN_PAIRS, spec.pairs ?? 11);
  return {
    id: spec.id,
    measure: spec.measure,
    target: `≤ ${spec.max}×`,
    async measureRow(ctx) {
      const ours = await spec.ours(ctx);
      const peer = await spec.peer(ctx);
      if (isMissing(peer)) return peer;
      const result = pairs(ours, peer, count);
      const ratio = median(result.ratios);
      const o = median(result.ours);
      const p = median(result.peer);
      const notes = [
        `${count} pairs (2 more to warm up), alternating; ratio quartiles ${times(quantile(result.ratios, 0.25))}–${times(quantile(result.ratios, 0.75))}, range ${times(Math.min(...result.ratios))}–${times(Math.max(...result.ratios))}`,
        `ours: ${describe(ours)} = ${ms(o)} (quartiles ${ms(quantile(result.ours, 0.25))}–${ms(quantile(result.ours, 0.75))}); peer: ${describe(peer)} = ${ms(p)} (quartiles ${ms(quantile(result.peer, 0.25))}–${ms(quantile(result.peer, 0.75))})`,
      ];
      const met = ratio <= spec.max;
      const outcome: Outcome = { now: `${times(ratio)} (${ms(o)} vs ${ms(p)})`, met, notes };
      if (!met) {
        const why = await explain(ctx, spec, ours, o, p);
        outcome.reason = why.reason;
        notes.push(...why.notes);
      }
      return outcome;
    },
  };
}

function describe(side: Side): string {
  const add =
    side.add.length > 3
      ? `${side.add.length} × ${side.add[0]?.label ?? ''}`
      : side.add.map((c) => c.label).join(' + ');
  return side.subtract ? `${add} − ${side.subtract.map((c) => c.label).join(' − ')}` : add;
}

export interface ValueSpec {
  id: string;
  measure: string;
  target: string;
  value: (ctx: BenchContext) => Promise<Outcome | Missing>;
}

export function valueRow(spec: ValueSpec): Row {
  return { id: spec.id, measure: spec.measure, target: spec.target, measureRow: spec.value };
}

export interface PerItemSpec {
  id: string;
  measure: string;
  /** Bound per item, in ms. */
  maxMs: number;
  /** What an item is, for the table (`image`). */
  item: string;
  /** Items in the measured run; the baseline run has none. */
  items: number;
  /** Measured pairs (at least 7); two more warm up first. */
  pairs?: number;
  /** The same command for `count` items (0: the baseline). */
  command: (ctx: BenchContext, count: number) => Promise<Command | Missing>;
  /** More notes, measured after the pairs (e.g. registry requests of either command). */
  notes?: (ctx: BenchContext, withItems: Command, without: Command) => Promise<string[]>;
}

/**
 * A cost per item (e.g. verifying an image): the command for n items and for none, whole
 * processes in alternating pairs; the figure is the median of (with − without) / n.
 */
export function costPerItemRow(spec: PerItemSpec): Row {
  const count = Math.max(MIN_PAIRS, spec.pairs ?? 11);
  return {
    id: spec.id,
    measure: spec.measure,
    target: `≤ ${spec.maxMs} ms per ${spec.item}`,
    async measureRow(ctx) {
      const withItems = await spec.command(ctx, spec.items);
      const without = await spec.command(ctx, 0);
      if (isMissing(withItems)) return withItems;
      if (isMissing(without)) return without;
      const result = pairs(
        { label: withItems.label, add: [withItems] },
        { label: without.label, add: [without] },
        count,
      );
      const costs = result.ours.map((o, i) => (o - (result.peer[i] ?? 0)) / spec.items);
      const cost = median(costs);
      const met = cost <= spec.maxMs;
      const outcome: Outcome = {
        now: `${ms(cost)} per ${spec.item} (${spec.items}: ${ms(median(result.ours))}, none: ${ms(median(result.peer))})`,
        met,
        notes: [
          `${count} pairs (2 more to warm up), alternating; per-${spec.item} cost quartiles ${ms(quantile(costs, 0.25))}–${ms(quantile(costs, 0.75))}`,
        ],
      };
      if (spec.notes) outcome.notes.push(...(await spec.notes(ctx, withItems, without)));
      if (!met && withItems.file === ctx.programs.node) {
        const profile = await profileMedian(ctx, withItems, `rows/${spec.id}`, 3);
        outcome.reason = `profile of the run with ${spec.items}: ${breakdownText(profile)}`;
        outcome.notes.push(`profile: ${relative(ctx.programs.root, profile.typical.profileFile)}`);
      }
      return outcome;
    },
  };
}

/** Medians of several profiled runs, per category. */
export interface ProfileSummary {
  main: Record<Category, number>;
  gitCount: number;
  /** Time with at least one git process running. */
  gitInFlight: number;
  requests: number;
  /** Time with at least one request in flight. */
  requestsInFlight: number;
  /** Self time per function and category, mean per run. */
  hot: Record<Category, Map<string, number>>;
  /** The run whose total is the median one: its profile file is the one to open. */
  typical: Breakdown;
}

export async function profileMedian(
  ctx: BenchContext,
  command: Command,
  id: string,
  runs: number,
): Promise<ProfileSummary> {
  const registry = await ctx.registry();
  const all: Breakdown[] = [];
  for (let i = 0; i < runs; i++) {
    all.push(
      await profileRun(command, {
        dir: ctx.profileDir(id),
        code: ctx.codeRoots(),
        accessLog: registry.logFile,
      }),
    );
  }
  const total = (b: Breakdown): number => Object.values(b.main).reduce((n, v) => n + v, 0);
  const sorted = [...all].sort((a, b) => total(a) - total(b));
  const typical = sorted[Math.floor(sorted.length / 2)] as Breakdown;
  const main = Object.fromEntries(
    Object.keys(typical.main).map((c) => [c, median(all.map((b) => b.main[c as Category]))]),
  ) as Record<Category, number>;
  const hot = Object.fromEntries(
    Object.keys(typical.main).map((c) => [c, new Map<string, number>()]),
  ) as Record<Category, Map<string, number>>;
  for (const b of all) {
    for (const [c, functions] of Object.entries(b.hot) as [Category, Map<string, number>][]) {
      for (const [name, value] of functions)
        hot[c].set(name, (hot[c].get(name) ?? 0) + value / all.length);
    }
  }
  return {
    main,
    hot,
    gitCount: median(all.map((b) => b.git.count)),
    gitInFlight: median(all.map((b) => b.git.inFlight)),
    requests: median(all.map((b) => b.registry.logged)),
    requestsInFlight: median(all.map((b) => b.registry.inFlight)),
    typical,
  };
}

/** `module load 55 ms, git 18 ms (4 processes), …` from a profile summary. */
export function breakdownText(s: ProfileSummary): string {
  const parts: string[] = [];
  for (const [category, value] of Object.entries(s.main) as [Category, number][]) {
    let text = `${CATEGORY_TITLES[category]} ${ms(value)}`;
    if (category === 'git') text += ` (${s.gitCount} processes)`;
    if (category === 'registry') text += ` (${s.requests} requests)`;
    parts.push(text);
  }
  return parts.join(', ');
}

/**
 * Why a ratio row is not met: node's own start (`node -e 0`, same environment), what the
 * target leaves beyond it, and where image-promote's time goes beyond it (3 profiled runs).
 */
async function explain(
  ctx: BenchContext,
  spec: RatioSpec,
  ours: Side,
  oursMs: number,
  peerMs: number,
): Promise<{ reason: string; notes: string[] }> {
  const command = ours.add[0];
  if (!command || command.file !== ctx.programs.node)
    return { reason: 'no profile: ours is not a node process', notes: [] };
  const startRuns = Array.from({ length: 7 }, () => run(ctx.nodeStart(command)).ms);
  const nodeStart = median(startRuns);
  const beyond = ours.subtract ? oursMs : oursMs - nodeStart;
  const budget = ours.subtract ? spec.max * peerMs : spec.max * peerMs - nodeStart;
  const profile = await profileMedian(ctx, command, `rows/${spec.id}`, 3);
  const file = relative(ctx.programs.root, profile.typical.profileFile);
  const reason =
    budget <= 0
      ? `node's own start (${ms(nodeStart)}) is already over ${spec.max} × the peer (${ms(spec.max * peerMs)})`
      : `${ms(beyond)} beyond node's start (${ms(nodeStart)}) where the target leaves ${ms(budget)}; profile: ${breakdownText(profile)}`;
  return {
    reason,
    notes: [`profile (median of 3 runs; open in Chrome DevTools or speedscope): ${file}`],
  };
}
