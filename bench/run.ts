/**
 * `npm run bench [-- ROW…]`: measures every row of bench/rows.ts (or the named ones) on the
 * fixtures of support/fixtures.ts and prints them as one table, measure | now | target |
 * result, then each row's spread and the machine's load. scripts/bench.mjs bundles dist/
 * first and passes the programs in IP_BENCH_* variables; the table is also written to
 * .tmp/bench/results.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { ROWS } from './rows.js';
import { BenchContext, isMissing, type Programs } from './support/context.js';
import type { Outcome } from './support/rows.js';

function programs(): Programs {
  const get = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run through \`npm run bench\``);
    return value;
  };
  return {
    root: get('IP_BENCH_ROOT'),
    node: get('IP_BENCH_NODE'),
    action: get('IP_BENCH_ACTION'),
    cli: get('IP_BENCH_CLI'),
  };
}

function version(file: string, args: string[]): string {
  const r = spawnSync(file, args, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.trim().split('\n')[0] ?? '') : 'not installed';
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !ROWS.some((r) => r.id === w));
  if (unknown.length > 0) {
    console.error(
      `unknown row(s): ${unknown.join(', ')}; rows: ${ROWS.map((r) => r.id).join(', ')}`,
    );
    process.exitCode = 2;
    return;
  }
  const rows = wanted.length > 0 ? ROWS.filter((r) => wanted.includes(r.id)) : ROWS;
  const p = programs();
  const header = [
    `node ${version(p.node, ['--version'])} (${relative(p.root, p.node) || p.node}) runs image-promote and the node peers; ${version('skopeo', ['--version'])}; ${version('git', ['--version'])}; ${version('docker-registry', ['--version']).replace(/^docker-registry /, '')}`,
    `${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}); load average at start ${load()}`,
    'Every figure is whole processes, each started fresh with a complete runner-like environment (nothing inherited), stdout/stderr through pipes; the OS file cache is warm (fixtures just written, 2 warm-up pairs per row); the registry listens on loopback with its storage on tmpfs (/dev/shm) when there is one.',
  ];
  for (const line of header) console.log(line);
  const ctx = new BenchContext(p);
  const results: {
    id: string;
    measure: string;
    target: string;
    result: Outcome | { missing: string } | { failed: string };
  }[] = [];
  try {
    for (const row of rows) {
      console.log(`\n… ${row.id}: ${row.measure}`);
      const started = Date.now();
      const loadBefore = load();
      let result: Outcome | { missing: string } | { failed: string };
      try {
        result = await row.measureRow(ctx);
      } catch (err) {
        result = { failed: err instanceof Error ? (err.stack ?? err.message) : String(err) };
        process.exitCode = 1;
      }
      results.push({ id: row.id, measure: row.measure, target: row.target, result });
      const r = result;
      if ('failed' in r) console.log(`    FAILED: ${r.failed}`);
      else if (isMissing(r)) console.log(`    not measured: ${r.missing}`);
      else {
        console.log(
          `    ${r.now} → ${r.met ? 'met' : 'not met'} (${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadBefore} → ${load()})`,
        );
        for (const note of r.notes) console.log(`    ${note}`);
      }
    }
  } finally {
    await ctx.close();
  }

  const table = [
    '| measure | now | target | result |',
    '| --- | --- | --- | --- |',
    ...results.map(({ measure, target, result }) => {
      let now = '—';
      let verdict: string;
      if ('failed' in result) verdict = `failed: ${result.failed.split('\n')[0] ?? ''}`;
      else if (isMissing(result)) verdict = `not measured: ${result.missing}`;
      else {
        now = result.now;
        verdict = result.met ? 'met' : `not met: ${result.reason ?? ''}`;
      }
      return `| ${cell(measure)} | ${cell(now)} | ${cell(target)} | ${cell(verdict)} |`;
    }),
  ];
  console.log(`\n${table.join('\n')}\n\nload average at end ${load()}`);
  const out = join(p.root, '.tmp', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'results.md'),
    `${header.join('\n')}\n\n${table.join('\n')}\n\nload average at end ${load()}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
