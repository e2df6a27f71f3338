/**
 * `npm run bench:fixtures -- DIR`: writes the benchmark's fixtures into DIR (which must not
 * exist) for reading and for measuring by hand, exactly as `npm run bench` makes them:
 *   DIR/plan, DIR/scale, DIR/reuse   the repositories (deterministic commits), events, configs;
 *   DIR/verify-key, DIR/verify-keyless  the same for the verification cost, images signed with
 *                                    an EC P-256 key (DIR/verify-key/signing-key.pem) or keyless;
 *   DIR/registry                     the registry's storage with the images pushed, and a
 *                                    config.yml serving it on the port the fixtures name;
 *   DIR/commands/*.sh                every measured command with its complete environment
 *                                    (`env -i …`), image-promote's and the peers';
 *   DIR/hyperfine.sh                 the row comparisons as hyperfine invocations.
 * Start the registry first: `docker-registry serve DIR/registry/config.yml &`.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchContext, isMissing, type Programs } from './support/context.js';
import type { Command } from './support/measure.js';

function programs(): Programs {
  const get = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run through \`npm run bench:fixtures\``);
    return value;
  };
  return {
    root: get('IP_BENCH_ROOT'),
    node: get('IP_BENCH_NODE'),
    action: get('IP_BENCH_ACTION'),
    cli: get('IP_BENCH_CLI'),
  };
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** `env -i VAR=… FILE ARGS…` for `command`; `{run}` becomes the shell's `$run`. */
function commandLine(command: Command): string {
  const env = Object.entries(command.env)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => quote(`${k}=${v}`));
  const args = command.args.map((a) => quote(a).replace(/\{run\}/g, `'"$run"'`));
  return `env -i ${[...env, quote(command.file), ...args].join(' ')}`;
}

/** A shell script that runs `command` as the bench does (without its output check). */
function script(command: Command): string {
  const lines = [
    '#!/bin/sh',
    `# ${command.label}: written by npm run bench:fixtures (bench/fixtures.ts).`,
    'run=$(date +%s%N)',
  ];
  // The files the runner gives a step empty.
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    const file = command.env[name];
    if (file) lines.push(`: > ${quote(file)}`);
  }
  lines.push(`cd ${quote(command.cwd)} || exit 1`, `exec ${commandLine(command)}`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npm run bench:fixtures -- DIR');
  if (existsSync(dir)) throw new Error(`${dir} exists: name a new directory`);
  const ctx = new BenchContext(programs(), dir);
  const commands = join(dir, 'commands');
  mkdirSync(commands, { recursive: true });
  const scripts = new Map<string, string>();
  const write = (name: string, text: string): string => {
    const path = join(commands, `${name}.sh`);
    writeFileSync(path, text);
    chmodSync(path, 0o755);
    scripts.set(name, path);
    return path;
  };
  try {
    const registry = await ctx.registry();
    const reuse = await ctx.reuse();
    write('startup', script(reuse.command));
    write('startup-node', script(ctx.nodeStart(reuse.command)));
    const plan = await ctx.plan();
    write('plan', script(plan.plan));
    write('plan-node', script(ctx.nodeStart(plan.plan)));
    write('git-ls-tree', script(plan.lsTree));
    write('git-diff', script(plan.diff));
    if (!isMissing(plan.pathsFilter)) write('paths-filter', script(plan.pathsFilter));
    const promote = await ctx.promote();
    write('promote', script(promote.promote));
    write('skopeo', script(promote.skopeo));
    write('release', script(promote.release));
    write(
      'skopeo-release',
      [
        '#!/bin/sh',
        '# 30 × skopeo copy --all: written by npm run bench:fixtures (bench/fixtures.ts).',
        'set -e',
        'run=$(date +%s%N)',
        ...promote.skopeoRelease.map(commandLine),
        '',
      ].join('\n'),
    );
    const scale = await ctx.scale();
    for (const n of [1, 30, 300]) write(`plan-scale-${n}`, script(scale.plan(n)));
    for (const kind of ['key', 'keyless'] as const) {
      const verify = await ctx.verify(kind);
      write(`verify-${kind}`, script(verify.verified));
      write(`verify-${kind}-none`, script(verify.unverified));
    }

    // The registry as it is now, restartable on the same port.
    cpSync(join(registry.dir, 'data'), join(dir, 'registry', 'data'), { recursive: true });
    writeFileSync(
      join(dir, 'registry', 'config.yml'),
      [
        'version: 0.1',
        'log:',
        '  level: info',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${join(dir, 'registry', 'data')}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: ${registry.host}`,
        '',
      ].join('\n'),
    );
    const s = (name: string): string => quote(scripts.get(name) ?? name);
    const hyperfine = [
      '#!/bin/sh',
      '# The rows of `npm run bench` as hyperfine comparisons (means, not paired medians),',
      '# written by npm run bench:fixtures (bench/fixtures.ts). Start the registry first:',
      `#   docker-registry serve ${quote(join(dir, 'registry', 'config.yml'))} &`,
      'set -e',
      `hyperfine -N --warmup 2 --runs 15 ${s('startup')} ${s('startup-node')}`,
      ...(scripts.has('paths-filter')
        ? [`hyperfine -N --warmup 2 --runs 11 ${s('plan')} ${s('paths-filter')}`]
        : ['# paths-filter: set IP_BENCH_PATHS_FILTER when writing the fixtures']),
      `hyperfine -N --warmup 2 --runs 11 ${s('plan')} ${s('plan-node')} ${s('git-ls-tree')} ${s('git-diff')}`,
      `hyperfine -N --warmup 2 --runs 11 ${s('promote')} ${s('skopeo')}`,
      `hyperfine -N --warmup 1 --runs 7 ${s('release')} ${s('skopeo-release')}`,
      `hyperfine -N --warmup 2 --runs 11 ${s('verify-key')} ${s('verify-key-none')}`,
      `hyperfine -N --warmup 2 --runs 11 ${s('verify-keyless')} ${s('verify-keyless-none')}`,
      '',
    ].join('\n');
    writeFileSync(join(dir, 'hyperfine.sh'), hyperfine);
    chmodSync(join(dir, 'hyperfine.sh'), 0o755);
    console.log(`fixtures in ${dir}:`);
    console.log(`  plan repository ${plan.repo.dir}: ${plan.repo.base}..${plan.repo.head}`);
    console.log(
      `  reuse repository ${reuse.fixture.repo.dir}: ${reuse.fixture.repo.base}..${reuse.fixture.repo.head}`,
    );
    console.log(
      `  registry: docker-registry serve ${join(dir, 'registry', 'config.yml')} (${registry.host})`,
    );
    console.log(`  commands: ${commands}/*.sh; comparisons: ${join(dir, 'hyperfine.sh')}`);
  } finally {
    await ctx.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
