/**
 * Whole-process timing as a user meets it: every measurement is one fresh process (or a
 * sequence of them) run to completion with a complete environment of its own (see
 * runner-env.ts), stdout and stderr read through pipes as the runner reads them. Two sides
 * (image-promote and its peer) are run in alternating pairs so drift in CPU frequency,
 * page cache or other people's load hits both, and a figure is the median of the per-pair
 * ratios. (Only bench/run.ts, profile.ts and fixtures.ts are programs; this folder holds
 * their parts.)
 */
import { spawnSync } from 'node:child_process';

export interface Command {
  /** What the report calls it: `image-promote plan`, `node -e 0`. */
  label: string;
  file: string;
  /** `{run}` in an argument becomes a number unique to the run (e.g. a fresh target image). */
  args: string[];
  cwd: string;
  /** The complete environment: nothing is inherited. */
  env: NodeJS.ProcessEnv;
  /** Before every run, outside the timing (e.g. empty the GITHUB_OUTPUT file). */
  reset?: () => void;
  /** After every run, outside the timing: throw when the run did not do the work measured. */
  check?: (out: { stdout: string; stderr: string }) => void;
}

export interface RunOptions {
  /** Arguments before the command's own (node flags such as --cpu-prof). */
  prefix?: string[];
  /** Variables added to the command's environment. */
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  ms: number;
  /** process.hrtime (CLOCK_MONOTONIC, the clock of V8 profiles) at spawn and at exit, in µs. */
  startUs: number;
  endUs: number;
  stdout: string;
  stderr: string;
}

let runs = 0;

/** Runs a command to completion; throws with its output when it fails or its check does. */
export function run(command: Command, options: RunOptions = {}): RunResult {
  command.reset?.();
  const id = String(++runs);
  const args = [...(options.prefix ?? []), ...command.args.map((a) => a.replace('{run}', id))];
  const start = process.hrtime.bigint();
  const result = spawnSync(command.file, args, {
    cwd: command.cwd,
    env: { ...command.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const end = process.hrtime.bigint();
  if (result.status !== 0) {
    throw new Error(
      `${command.label} (${command.file} ${args.join(' ')}) failed (${String(result.status ?? result.signal ?? result.error)}):\n${result.stderr}${result.stdout}`,
    );
  }
  command.check?.({ stdout: result.stdout, stderr: result.stderr });
  return {
    ms: Number(end - start) / 1e6,
    startUs: Number(start / 1000n),
    endUs: Number(end / 1000n),
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/**
 * One side of a comparison: the time of the commands in `add`, run one after the other, less
 * the time of those in `subtract` (run right after them: `plan` less `node -e 0` is plan's
 * work beyond node's own start).
 */
export interface Side {
  label: string;
  add: Command[];
  subtract?: Command[];
}

function sideTime(side: Side): number {
  let total = 0;
  for (const c of side.add) total += run(c).ms;
  for (const c of side.subtract ?? []) total -= run(c).ms;
  return total;
}

export interface Pairs {
  ours: number[];
  peer: number[];
  /** ours / peer, per pair. */
  ratios: number[];
}

/**
 * `count` measured pairs after `warmup` unmeasured ones; even pairs run ours first, odd ones
 * the peer first.
 */
export function pairs(ours: Side, peer: Side, count: number, warmup = 2): Pairs {
  const out: Pairs = { ours: [], peer: [], ratios: [] };
  for (let i = 0; i < warmup + count; i++) {
    let o: number;
    let p: number;
    if (i % 2 === 0) {
      o = sideTime(ours);
      p = sideTime(peer);
    } else {
      p = sideTime(peer);
      o = sideTime(ours);
    }
    if (i < warmup) continue;
    out.ours.push(o);
    out.peer.push(p);
    out.ratios.push(o / p);
  }
  return out;
}

/** The value at quantile q (0..1) by linear interpolation; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (at - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** `153 ms`, `7.4 ms`, `1.27 s`. */
export function ms(value: number): string {
  if (Math.abs(value) >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return Math.abs(value) >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

/** `2.60×`. */
export function times(value: number): string {
  return `${value.toFixed(2)}×`;
}
