/**
 * bench/changes: a synthetic repository whose diff touches 20,000 files across 30 images,
 * deploy config and docs. Measures, in the same run:
 *   - the peer: `git diff --name-only base head` (whole process), and
 *   - image-promote's change detection: the same diff through the exec wrapper (with
 *     -z parsing) plus classification of every file for all 30 images.
 * Prints medians and the ratio (target ≤ 1.5×). Run: npm run bench -- changes
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Classifier } from '../src/changes/classify.js';
import { gitChangedFiles } from '../src/changes/detect.js';
import { Git } from '../src/git.js';

const IMAGES = 30;
const FILES = 20_000;
const RUNS = 15;

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
    // ~90% service code spread over 30 images, the rest deploy config and docs.
    const bucket = i % 10;
    let path: string;
    if (bucket === 8) path = `k8s/env-${i % 7}/res-${i}.yaml`;
    else if (bucket === 9) path = `docs/section-${i % 13}/page-${i}.md`;
    else path = `services/svc-${i % IMAGES}/pkg-${i % 17}/file-${i}.go`;
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, `package x // v${version} ${i}\n`);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ip-bench-changes-'));
  try {
    git(dir, ['init', '-q', '-b', 'main']);
    writeTree(dir, 1);
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
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

await main();
