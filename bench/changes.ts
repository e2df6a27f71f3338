/**
 * bench/changes: a synthetic repository whose diff touches 20,000 files across 30 images,
 * deploy config and docs. Measures, in the same run:
 *   (a) in process: image-promote's change detection (the diff through the exec wrapper with
 *       -z parsing, plus classification of every file for all 30 images) against
 *       `git diff --name-only base head` (target ≤ 1.5×);
 *   (b) whole process, as users run them: `image-promote plan` (dist/cli/index.js, against a
 *       loopback registry it checks tags in) against dorny/paths-filter's published bundle
 *       with the same 30 image filters plus deploy and docs filters (target ≤ 0.6×);
 *   (c) in process: the source keys of all 30 images from one `git ls-tree -r` of the head
 *       commit (the listing through the exec wrapper, parsing, and hashing every image's
 *       files) against the `git ls-tree -r` process alone (target ≤ 1.5×).
 * The paths-filter bundle is not committed and not downloaded: see `pathsFilterBundle`.
 * Run: npm run bench -- changes
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startRegistry, type RegistryServer } from '../__tests__/support/servers.js';
import { Classifier } from '../src/changes/classify.js';
import { gitChangedFiles } from '../src/changes/detect.js';
import { Git } from '../src/git.js';
import { sourceKeysAt } from '../src/source/keys.js';
import { readTree } from '../src/source/tree.js';
import { pairwise, ratioLine, type Command } from './support/measure.js';

const IMAGES = 30;
const FILES = 20_000;
const RUNS = 15;
const WHOLE_PROCESS_PAIRS = 11;
const PLAN_TARGET = 0.6;
const KEYS_TARGET = 1.5;

// scripts/bench.mjs passes the freshly bundled CLI (see bench/promote.ts for why not a path).
const cli = process.env.IP_BENCH_CLI ?? '';

/** The published paths-filter release compared against, and its dist/index.js git blob id. */
const PATHS_FILTER_TAG = 'v4.0.2';
const PATHS_FILTER_BLOB = 'a4eba751410a6880d6e68575ca3d1d807bdfc56c';

function git(cwd: string, args: string[]): string {
  return execFileSync(
    'git',
    // No background auto-gc: it would race the cleanup below.
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'gc.auto=0', ...args],
    {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function writeTree(root: string, version: number): void {
  for (let i = 0; i < FILES; i++) {
    // ~80% service code spread over all 30 images, the rest deploy config and docs.
    const bucket = i % 10;
    let path: string;
    if (bucket === 8) path = `k8s/env-${i % 7}/res-${i}.yaml`;
    else if (bucket === 9) path = `docs/section-${i % 13}/page-${i}.md`;
    else path = `services/svc-${Math.floor(i / 10) % IMAGES}/pkg-${i % 17}/file-${i}.go`;
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, `package x // v${version} ${i}\n`);
  }
}

function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * dorny/paths-filter's dist/index.js at PATHS_FILTER_TAG, from (first found):
 *   IP_BENCH_PATHS_FILTER        a copy of that file;
 *   .tmp/peers/paths-filter-<tag>/index.js, left there by an earlier run;
 *   IP_BENCH_PATHS_FILTER_REPO   a local clone (or bare mirror) of dorny/paths-filter, from
 *                                which the file is extracted into .tmp/peers/.
 * The bench never downloads it. Returns the path, or why there is none.
 */
function pathsFilterBundle(): { path: string } | { missing: string } {
  const cached = resolve('.tmp', 'peers', `paths-filter-${PATHS_FILTER_TAG}`, 'index.js');
  let bytes: Buffer | undefined;
  let from: string;
  const file = process.env.IP_BENCH_PATHS_FILTER;
  const repo = process.env.IP_BENCH_PATHS_FILTER_REPO;
  if (file) {
    bytes = readFileSync(file);
    from = file;
  } else if (existsSync(cached)) {
    bytes = readFileSync(cached);
    from = cached;
  } else if (repo) {
    const spec = `${PATHS_FILTER_TAG}:dist/index.js`;
    // A bare mirror is a git directory; a clone is a work tree.
    for (const where of [
      ['--git-dir', repo],
      ['-C', repo],
    ]) {
      const show = spawnSync('git', [...where, 'show', spec], { maxBuffer: 64 * 1024 * 1024 });
      if (show.status === 0) {
        bytes = show.stdout;
        break;
      }
    }
    if (!bytes) return { missing: `cannot read ${spec} from ${repo}` };
    from = `${repo} (${spec})`;
  } else {
    return {
      missing: `no copy of dorny/paths-filter ${PATHS_FILTER_TAG} dist/index.js (set IP_BENCH_PATHS_FILTER to the file, or IP_BENCH_PATHS_FILTER_REPO to a clone of dorny/paths-filter)`,
    };
  }
  if (gitBlobId(bytes) !== PATHS_FILTER_BLOB) {
    return {
      missing: `${from} is not dorny/paths-filter ${PATHS_FILTER_TAG} dist/index.js (git blob ${gitBlobId(bytes)}, expected ${PATHS_FILTER_BLOB})`,
    };
  }
  // Run it from .tmp/ (ignored by git) with a package.json of its own: the bundle is
  // CommonJS, and this repository's package.json says "type": "module".
  mkdirSync(dirname(cached), { recursive: true });
  if (from !== cached) writeFileSync(cached, bytes);
  writeFileSync(join(dirname(cached), 'package.json'), '{ "type": "commonjs" }\n');
  return { path: cached };
}

interface BenchImage {
  name: string;
  context: string;
  dockerfile: string;
  paths: string[];
}

/** (b): `image-promote plan` vs paths-filter, whole processes on the same push. */
async function wholeProcess(
  dir: string,
  base: string,
  head: string,
  images: BenchImage[],
  rules: { deployPaths: string[]; ignorePaths: string[] },
): Promise<void> {
  console.log(
    `\n(b) whole process on the same push: image-promote plan vs dorny/paths-filter ${PATHS_FILTER_TAG}`,
  );
  if (!cli) {
    console.log(
      'plan: SKIPPED — run through `npm run bench -- changes` (IP_BENCH_CLI names the bundled CLI)',
    );
    return;
  }
  const bundle = pathsFilterBundle();
  if ('missing' in bundle) {
    console.log(`plan vs paths-filter: SKIPPED — ${bundle.missing}`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'ip-bench-plan-'));
  let registry: RegistryServer | undefined;
  try {
    registry = await startRegistry();
    const event = join(work, 'push.json');
    writeFileSync(
      event,
      JSON.stringify({
        ref: 'refs/heads/main',
        before: base,
        after: head,
        forced: false,
        repository: { default_branch: 'main', full_name: 'acme/shop' },
      }),
    );
    // image-promote: the action's inputs as a config file.
    const config = join(work, 'image-promote.yml');
    const yamlList = (items: string[]): string =>
      `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
    writeFileSync(
      config,
      [
        `registry: ${registry.localhost}/bench`,
        `deploy-paths: ${yamlList(rules.deployPaths)}`,
        `ignore-paths: ${yamlList(rules.ignorePaths)}`,
        'images:',
        ...images.flatMap((i) => [
          `  - name: ${i.name}`,
          `    context: ${i.context}`,
          ...(i.paths.length > 0 ? [`    paths: ${yamlList(i.paths)}`] : []),
        ]),
        '',
      ].join('\n'),
    );
    const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
    const plan: Command = {
      file: process.execPath,
      args: [cli, 'plan', '--config', config, '--event', event, '--event-name', 'push', '--json'],
      options: { cwd: dir, env: { ...baseEnv, GITHUB_TOKEN: '' } },
      check: (stdout) => {
        const report = JSON.parse(stdout) as {
          decision?: string;
          images?: { decision?: string }[];
        };
        const built = report.images?.filter((i) => i.decision === 'build').length ?? 0;
        if (report.decision !== 'build' || built !== IMAGES) {
          throw new Error(
            `plan decided ${String(report.decision)} with ${built} builds, expected build ×${IMAGES}`,
          );
        }
      },
    };
    // paths-filter: one filter per image (its first globs; it has no negation in `some`
    // mode), plus the deploy and docs rules, on a push event with explicit base and ref.
    const filters = [
      ...images.map(
        (i) =>
          `${i.name}:\n${(i.paths.length > 0 ? i.paths.filter((p) => !p.startsWith('!')) : [`${i.context}/**`]).map((p) => `  - ${JSON.stringify(p)}`).join('\n')}`,
      ),
      `deploy:\n${rules.deployPaths.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}`,
      `docs:\n${rules.ignorePaths.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}`,
    ].join('\n');
    const output = join(work, 'paths-filter-output');
    const peer: Command = {
      file: process.execPath,
      args: [bundle.path],
      options: {
        cwd: dir,
        env: {
          ...baseEnv,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: dir,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: event,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: head,
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_OUTPUT: output,
          INPUT_TOKEN: '',
          INPUT_BASE: base,
          INPUT_REF: head,
          INPUT_FILTERS: filters,
          'INPUT_LIST-FILES': 'none',
          'INPUT_INITIAL-FETCH-DEPTH': '100',
          'INPUT_PREDICATE-QUANTIFIER': 'some',
        },
      },
      reset: () => {
        writeFileSync(output, '');
      },
      check: (stdout) => {
        const text = readFileSync(output, 'utf8');
        const changes = /^changes<<(\S+)\n(.*)\n\1$/m.exec(text)?.[2];
        const list = changes ? (JSON.parse(changes) as string[]) : [];
        if (list.length !== IMAGES + 2) {
          throw new Error(
            `paths-filter matched ${list.length} filters, expected ${IMAGES + 2}:\n${stdout}`,
          );
        }
      },
    };
    const result = pairwise(plan, peer, WHOLE_PROCESS_PAIRS, 2);
    console.log(ratioLine('plan', 'paths-filter', result, PLAN_TARGET));
  } finally {
    await registry?.stop();
    if (process.env.IP_BENCH_KEEP) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** (c): source keys of every image from one tree listing vs the listing alone. */
async function keysVsLsTree(dir: string, head: string, images: BenchImage[]): Promise<void> {
  const keyImages = images.map((i) => ({ ...i, buildArgs: {}, platforms: [] as string[] }));
  const peer: number[] = [];
  const ours: number[] = [];
  let entries = 0;
  let peerEntries = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const measurePeer = (): void => {
      const t = performance.now();
      const r = spawnSync('git', ['ls-tree', '-r', '-z', '--full-tree', head], {
        cwd: dir,
        maxBuffer: 256 * 1024 * 1024,
      });
      const elapsed = performance.now() - t;
      peerEntries = r.stdout.toString().split('\0').filter(Boolean).length;
      if (run > 0) peer.push(elapsed);
    };
    const measureOurs = async (): Promise<void> => {
      // A fresh Git each time: readTree keeps the listings it read per instance.
      const repo = new Git(dir);
      const t = performance.now();
      const tree = await readTree(repo, head);
      // Resolving where each image is built from (symlinks, .dockerignore) is part of it.
      const { keys } = await sourceKeysAt(repo, tree, keyImages);
      const elapsed = performance.now() - t;
      entries = tree.entries.length;
      if (keys.size !== IMAGES) throw new Error('source keys lost images');
      if (run > 0) ours.push(elapsed);
    };
    if (run % 2 === 0) {
      measurePeer();
      await measureOurs();
    } else {
      await measureOurs();
      measurePeer();
    }
  }
  if (entries !== peerEntries)
    throw new Error(`entry counts differ: ours ${entries}, git ${peerEntries}`);
  const p = median(peer);
  const o = median(ours);
  const ratio = o / p;
  console.log(
    `\n(c) source keys of ${IMAGES} images from one tree of ${entries} files (medians of ${RUNS})`,
  );
  console.log(`git ls-tree -r (peer)                ${p.toFixed(1).padStart(8)} ms`);
  console.log(
    `image-promote source keys            ${o.toFixed(1).padStart(8)} ms   (one git ls-tree, parse, hash)`,
  );
  console.log(
    `source keys: ${ratio.toFixed(2)}× git ls-tree (target ≤ ${KEYS_TARGET}×) → ${ratio <= KEYS_TARGET ? 'met' : 'NOT met'}`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ip-bench-changes-'));
  try {
    git(dir, ['init', '-q', '-b', 'main']);
    writeTree(dir, 1);
    for (let i = 0; i < IMAGES; i++) {
      writeFileSync(join(dir, `services/svc-${i}/Dockerfile`), 'FROM scratch\nCOPY . /\n');
    }
    // The shared code the explicit `paths` name (a pattern matching no file is refused).
    mkdirSync(join(dir, 'libs/common'), { recursive: true });
    writeFileSync(join(dir, 'libs/common/common.go'), 'package common\n');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'base']);
    const base = git(dir, ['rev-parse', 'HEAD']).trim();
    writeTree(dir, 2);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'head']);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();

    const images = Array.from({ length: IMAGES }, (_, i) => ({
      name: `svc-${i}`,
      context: `services/svc-${i}`,
      dockerfile: `services/svc-${i}/Dockerfile`,
      // A third of the images use explicit paths with shared code and a negation.
      paths:
        i % 3 === 0
          ? [`services/svc-${i}/**`, 'libs/common/**', `!services/svc-${i}/**/*_test.go`]
          : [],
    }));
    const rules = {
      deployPaths: ['k8s/**', 'deploy/**', 'infra/**', 'helm/**'],
      ignorePaths: ['**/*.md', 'docs/**', '.github/**'],
      images,
    };

    const peer: number[] = [];
    const ours: number[] = [];
    const classifyOnly: number[] = [];
    const repo = new Git(dir);
    let files = 0;
    let peerFiles = 0;
    for (let run = 0; run < RUNS + 1; run++) {
      // Alternate the order so neither side always gets the warmer page cache.
      const measurePeer = (): void => {
        const t = performance.now();
        const r = spawnSync('git', ['diff', '--name-only', base, head], {
          cwd: dir,
          maxBuffer: 256 * 1024 * 1024,
        });
        const elapsed = performance.now() - t;
        peerFiles = r.stdout.toString().split('\n').filter(Boolean).length;
        if (run > 0) peer.push(elapsed);
      };
      const measureOurs = async (): Promise<void> => {
        const t = performance.now();
        const changed = await gitChangedFiles(repo, base, head);
        const t2 = performance.now();
        const result = new Classifier(rules).classify(changed);
        const elapsed = performance.now() - t;
        files = changed.length;
        if (result.size !== IMAGES) throw new Error('classification lost images');
        if (run > 0) {
          ours.push(elapsed);
          classifyOnly.push(performance.now() - t2);
        }
      };
      if (run % 2 === 0) {
        measurePeer();
        await measureOurs();
      } else {
        await measureOurs();
        measurePeer();
      }
    }
    if (files !== peerFiles || files < FILES)
      throw new Error(`file counts differ: ours ${files}, git ${peerFiles}`);
    const p = median(peer);
    const o = median(ours);
    const ratio = o / p;
    console.log(
      `repository: ${FILES} changed files, ${IMAGES} images, ${RUNS} runs each (medians)`,
    );
    console.log(`git diff --name-only (peer)          ${p.toFixed(1).padStart(8)} ms`);
    console.log(
      `image-promote diff + classification  ${o.toFixed(1).padStart(8)} ms   (classification alone ${median(classifyOnly).toFixed(1)} ms)`,
    );
    console.log(
      `ratio                                ${ratio.toFixed(2).padStart(8)} ×   target ≤ 1.50 × → ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `heap used after runs                 ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1).padStart(8)} MiB`,
    );

    await wholeProcess(dir, base, head, images, rules);
    await keysVsLsTree(dir, head, images);
  } finally {
    if (process.env.IP_BENCH_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

await main();
