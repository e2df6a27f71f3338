/**
 * Whole-process measurement shared by the benchmarks: run a command to completion, time it,
 * alternate two commands pairwise so drift hits both, and print ratios against targets.
 * (Only bench/*.ts files are benchmarks; this folder holds their helpers.)
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

export interface Command {
  file: string;
  args: string[];
  options?: SpawnSyncOptions;
  /** Called after every run (outside the timing) with its stdout; throw to stop the bench. */
  check?: (stdout: string) => void;
  /** Called before every run, outside the timing (e.g. truncate an output file). */
  reset?: () => void;
}

/** Runs a command to completion and returns its wall time; throws with its output on failure. */
export function timed(command: Command): number {
  command.reset?.();
  const start = performance.now();
  const result = spawnSync(command.file, command.args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...command.options,
  });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(
      `${command.file} ${command.args.join(' ')} failed (${String(result.status ?? result.signal)}):\n${String(result.stderr)}${String(result.stdout)}`,
    );
  }
  command.check?.(String(result.stdout));
  return elapsed;
}

export interface PairwiseResult {
  ours: number[];
  peer: number[];
  /** ours / peer per pair. */
  ratios: number[];
}

/**
 * `runs` pairs after `warmup` unmeasured pairs; the order inside a pair alternates so page
 * cache and CPU frequency drift favour neither side.
 */
export function pairwise(ours: Command, peer: Command, runs: number, warmup = 2): PairwiseResult {
  const result: PairwiseResult = { ours: [], peer: [], ratios: [] };
  for (let i = 0; i < warmup + runs; i++) {
    let o: number;
    let p: number;
    if (i % 2 === 0) {
      o = timed(ours);
      p = timed(peer);
    } else {
      p = timed(peer);
      o = timed(ours);
    }
    if (i < warmup) continue;
    result.ours.push(o);
    result.peer.push(p);
    result.ratios.push(o / p);
  }
  return result;
}

/** `label: 1.42× peer (target ≤ 1.6×) → met`, with the medians it came from. */
export function ratioLine(label: string, peer: string, r: PairwiseResult, target: number): string {
  const ratio = median(r.ratios);
  return (
    `${label}: ${ratio.toFixed(2)}× ${peer} (target ≤ ${target}×) → ${ratio <= target ? 'met' : 'NOT met'}` +
    `   [medians of ${r.ratios.length} pairs: ${ms(median(r.ours))} vs ${ms(median(r.peer))}]`
  );
}
