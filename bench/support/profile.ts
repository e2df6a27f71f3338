/**
 * Where a node process's time goes, from the outside: the process runs under
 * `node --cpu-prof`, with a preload (--require, node builtins only) that records from
 * diagnostics_channel when each child process and HTTP request starts and ends, with
 * GIT_TRACE2_EVENT counting git processes from git's side and the registry's access log
 * counting requests from the registry's side. Each sample of the main thread's CPU profile
 * goes to one category:
 *
 *   module load  compiling and initialising code: node's module loaders and builtin
 *                compilation, and in the bundle its module factories, `__nccwpck_require__`
 *                and module top-level code (also when required lazily during the run);
 *   git          starting child processes, and waiting while a git process runs;
 *   registry     node's HTTP client, and waiting while a request is in flight;
 *   decision     the program's own functions (its bundled libraries included) otherwise;
 *   gc           the garbage collector;
 *   other        node internals outside the above, and idle time with nothing in flight.
 *
 * The profile starts after node's own start (which `node -e 0` measures) and the sampler's
 * first tick comes late (V8 logs every existing function first: tens of ms that an
 * unprofiled run does not spend); that gap is left out. The sampling itself slows the run a
 * little, so profiled figures are a breakdown, not the timing: the rows in bench/run.ts are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchAccessLog } from '../../__tests__/support/oci-fixtures.js';
import { run, type Command } from './measure.js';

export const CATEGORIES = ['load', 'git', 'registry', 'decision', 'gc', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_TITLES: Record<Category, string> = {
  load: 'module load',
  git: 'git',
  registry: 'registry',
  decision: 'decision',
  gc: 'GC',
  other: 'other',
};

/** The preload: node builtins only, so it adds no module loading of its own to measure. */
const PRELOAD = `'use strict';
// bench/support/profile.ts: child processes and HTTP requests, timed on CLOCK_MONOTONIC (µs).
const dc = require('node:diagnostics_channel');
const now = () => Number(process.hrtime.bigint() / 1000n);
const events = [];
dc.subscribe('child_process', (m) => {
  const child = m.process;
  const e = { kind: 'process', start: now() };
  events.push(e);
  child.once('exit', () => {
    e.end = now();
    e.file = child.spawnfile;
    e.args = (child.spawnargs || []).slice(1, 4);
  });
});
dc.subscribe('http.client.request.start', (m) => {
  const e = { kind: 'http', method: m.request.method, path: m.request.path, start: now() };
  events.push(e);
  m.request.once('close', () => { e.end = e.end || now(); });
  m.request.__benchEvent = e;
});
dc.subscribe('http.client.response.finish', (m) => {
  const e = m.request.__benchEvent;
  if (!e) return;
  e.headers = now();
  m.response.once('end', () => { e.end = now(); });
});
process.once('exit', () => {
  require('node:fs').writeFileSync(process.env.IP_BENCH_EVENTS, JSON.stringify({ exit: now(), events }));
});
`;

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Interval {
  start: number;
  end: number;
}

interface EventLog {
  exit: number;
  events: {
    kind: 'process' | 'http';
    start: number;
    end?: number;
    file?: string;
    args?: string[];
    method?: string;
    path?: string;
  }[];
}

/** One profiled run, taken apart. Times in ms. */
export interface Breakdown {
  /** Spawn to exit as the parent saw it (profiled, so slower than the timed rows). */
  wall: number;
  /** The profile's categories (the sampler's late first tick left out). */
  main: Record<Category, number>;
  /**
   * Git processes the program started, the time at least one ran (its view: spawn to exit;
   * they may overlap each other and the main thread's work), and git's own count.
   */
  git: { count: number; inFlight: number; traced: number; commands: string[] };
  /** HTTP requests, the time at least one was in flight (start to last byte), the registry's count. */
  registry: { count: number; inFlight: number; logged: number; requests: string[] };
  /** Self time per function, by category: where inside a category the time goes. */
  hot: Record<Category, Map<string, number>>;
  profileFile: string;
}

const LOADER_FUNCTIONS = new Set([
  'compileSourceTextModule',
  'compileForInternalLoader',
  'compileForPublicLoader',
  'requireBuiltin',
  'loadBuiltinModule',
  'compileFunction',
  'compileFunctionForCJSLoader',
  'wrapSafe',
]);

// Not node:net: stdout and stderr are net.Sockets when they are pipes.
const HTTP_MODULES = /^node:(?:_http_|http$|https$|tls$|_tls_|dns$|internal\/(?:http|dns|tls))/;
const SPAWN_MODULES = /^node:(?:child_process$|internal\/child_process)/;

type FrameKind = Category | 'bundle-load' | 'program' | 'idle' | undefined;

/** What a single frame says about a sample; `undefined` when it says nothing. */
function frameKind(frame: CallFrame, isCode: (url: string) => boolean): FrameKind {
  const { functionName: name, url } = frame;
  if (name === '(garbage collector)') return 'gc';
  if (name === '(idle)') return 'idle';
  if (name === '(program)') return 'program';
  if (LOADER_FUNCTIONS.has(name) || url.startsWith('node:internal/modules/')) return 'load';
  // A builtin module's top-level code: it is being loaded.
  if (url.startsWith('node:') && name === '' && frame.lineNumber === 0) return 'load';
  if (SPAWN_MODULES.test(url)) return 'git';
  if (HTTP_MODULES.test(url)) return 'registry';
  if (url && isCode(url)) {
    // ncc's module factories are named by their numeric module id.
    if (/^\d+$/.test(name) || name.startsWith('__nccwpck_require__')) return 'bundle-load';
    if (name === '' && frame.lineNumber === 0) return 'load';
    return 'decision';
  }
  return undefined;
}

/**
 * Whether the module factory at `stack[i]` is a CommonJS bundle's entry module: required by
 * webpack's bootstrap function (an anonymous function of the same file, not at its top),
 * which the module wrapper calls. Its synchronous work is the program's (paths-filter parses
 * its filters there), not module loading.
 */
function isEntryFactory(stack: CallFrame[], i: number): boolean {
  const require = stack[i + 1];
  const bootstrap = stack[i + 2];
  const wrapper = stack[i + 3];
  return (
    /^\d+$/.test(stack[i]?.functionName ?? '') &&
    require?.functionName === '__nccwpck_require__' &&
    bootstrap?.functionName === '' &&
    bootstrap.lineNumber > 0 &&
    bootstrap.url === stack[i]?.url &&
    wrapper?.functionName === '' &&
    wrapper.lineNumber === 0
  );
}

/**
 * A sample's category: the frame nearest the leaf that says something decides, except that
 * the program's own functions count as module load when a module factory (other than a
 * CommonJS bundle's entry module) is below them: code a module runs while it initialises.
 */
function classify(stack: CallFrame[], isCode: (url: string) => boolean): FrameKind {
  for (let i = 0; i < stack.length; i++) {
    const kind = frameKind(stack[i] as CallFrame, isCode);
    if (kind === undefined) continue;
    if (kind === 'bundle-load') return isEntryFactory(stack, i) ? 'decision' : 'load';
    if (kind === 'decision') {
      for (let j = i + 1; j < stack.length; j++) {
        if (frameKind(stack[j] as CallFrame, isCode) === 'bundle-load' && !isEntryFactory(stack, j))
          return 'load';
      }
    }
    return kind;
  }
  return undefined;
}

function inside(intervals: Interval[], t: number): boolean {
  return intervals.some((i) => t >= i.start && t <= i.end);
}

function frameName(frame: CallFrame): string {
  const file = frame.url.split('/').pop() ?? '';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** Takes a profile apart with the preload's event log; see the file header for the rules. */
export function analyse(
  profile: CpuProfile,
  log: EventLog,
  isCode: (url: string) => boolean,
): Pick<Breakdown, 'main' | 'hot'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, CallFrame[]>();
  const stackOf = (id: number): CallFrame[] => {
    let s = stacks.get(id);
    if (!s) {
      s = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at);
        if (n) s.push(n.callFrame);
      }
      stacks.set(id, s);
    }
    return s;
  };
  const ended = (e: EventLog['events'][number]): Interval => ({
    start: e.start,
    end: e.end ?? log.exit,
  });
  const gitRunning = log.events.filter((e) => e.kind === 'process').map(ended);
  const requests = log.events.filter((e) => e.kind === 'http').map(ended);

  const main = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const hot = Object.fromEntries(CATEGORIES.map((c) => [c, new Map<string, number>()])) as Record<
    Category,
    Map<string, number>
  >;
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample stands for the time until the next one (the first gap is the sampler's start).
    const at = times[i] as number;
    const duration = ((times[i + 1] ?? profile.endTime) - at) / 1000;
    const stack = stackOf(profile.samples[i] as number);
    const kind = classify(stack, isCode);
    let category: Category;
    if (kind === 'idle' || kind === 'program' || kind === undefined) {
      if (inside(gitRunning, at)) category = 'git';
      else if (inside(requests, at)) category = 'registry';
      else category = 'other';
    } else {
      category = kind === 'bundle-load' ? 'load' : kind;
    }
    main[category] += duration;
    const leaf = stack[0];
    if (leaf) {
      const name = frameName(leaf);
      hot[category].set(name, (hot[category].get(name) ?? 0) + duration);
    }
  }
  return { main, hot };
}

/** git's own account (GIT_TRACE2_EVENT): top-level git processes and their argv. */
function traced(file: string): string[] {
  if (!existsSync(file)) return [];
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line) as { event?: string; sid?: string; argv?: string[] };
    if (e.event === 'start' && e.sid && !e.sid.includes('/'))
      out.push((e.argv ?? []).slice(1, 3).join(' '));
  }
  return out;
}

export interface ProfileOptions {
  /** Where profiles and logs go (kept for reading in Chrome DevTools or speedscope). */
  dir: string;
  /** The program's own code (bundle directories), for `decision` and bundle module load. */
  code: string[];
  /** The registry's access log, to count requests from its side. */
  accessLog?: string;
  /** Sampling interval in µs (node's default is 1000). */
  intervalUs?: number;
}

/** Runs a node command once under the profiler and takes the run apart. */
export async function profileRun(command: Command, options: ProfileOptions): Promise<Breakdown> {
  const runDir = join(options.dir, `run-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(runDir, { recursive: true });
  const preload = join(options.dir, 'preload.cjs');
  writeFileSync(preload, PRELOAD);
  const events = join(runDir, 'events.json');
  const trace2 = join(runDir, 'git-trace2.json');
  const log = options.accessLog ? watchAccessLog(options.accessLog) : undefined;
  const result = run(command, {
    prefix: [
      '--require',
      preload,
      '--cpu-prof',
      `--cpu-prof-dir=${runDir}`,
      `--cpu-prof-interval=${options.intervalUs ?? 250}`,
    ],
    env: { IP_BENCH_EVENTS: events, GIT_TRACE2_EVENT: trace2 },
  });
  const logged = (await log?.requests()) ?? [];
  const file = readdirSync(runDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`${command.label}: no CPU profile in ${runDir}`);
  const profile = JSON.parse(readFileSync(join(runDir, file), 'utf8')) as CpuProfile;
  const eventLog = JSON.parse(readFileSync(events, 'utf8')) as EventLog;
  const roots = options.code;
  const isCode = (url: string): boolean => {
    if (!url.startsWith('file:')) return false;
    const path = fileURLToPath(url);
    return roots.some((r) => path.startsWith(r));
  };
  const { main, hot } = analyse(profile, eventLog, isCode);
  const processes = eventLog.events.filter((e) => e.kind === 'process');
  const http = eventLog.events.filter((e) => e.kind === 'http');
  const inFlight = (events: EventLog['events']): number => {
    // The union of the intervals, in ms.
    let total = 0;
    let until = -Infinity;
    for (const e of [...events].sort((a, b) => a.start - b.start)) {
      const end = e.end ?? eventLog.exit;
      if (end <= until) continue;
      total += end - Math.max(e.start, until);
      until = end;
    }
    return total / 1000;
  };
  return {
    wall: result.ms,
    main,
    git: {
      count: processes.length,
      inFlight: inFlight(processes),
      traced: traced(trace2).length,
      commands: processes.map((e) => `${e.file ?? '?'} ${(e.args ?? []).join(' ')}`),
    },
    registry: {
      count: http.length,
      inFlight: inFlight(http),
      logged: logged.length,
      requests: logged,
    },
    hot,
    profileFile: join(runDir, file),
  };
}

/** Removes a profile directory's runs (before a fresh set). */
export function clearProfiles(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
