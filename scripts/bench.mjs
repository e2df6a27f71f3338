// `npm run bench [-- name ...]`: bundles dist/ (benchmarks drive the real CLI), compiles each
// bench/<name>.ts with ncc into .tmp/bench/<name>/ and runs it. Each benchmark measures
// image-promote and its peer in the same run and prints ratios.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const all = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${all.join(', ')}`);
  process.exit(2);
}
execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
let failed = false;
for (const name of wanted.length > 0 ? wanted : all) {
  const out = join(root, '.tmp', 'bench', name);
  execFileSync(
    process.execPath,
    [ncc, 'build', join('bench', `${name}.ts`), '-o', out, '--quiet'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  console.log(`\n=== bench/${name} ===`);
  try {
    execFileSync(process.execPath, ['--expose-gc', join(out, 'index.js')], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        IP_BENCH_CLI: join(root, 'dist', 'cli', 'index.js'),
        IP_BENCH_ACTION: join(root, 'dist', 'index.js'),
      },
    });
  } catch {
    failed = true;
    console.error(`bench/${name} failed`);
  }
}
process.exit(failed ? 1 : 0);
