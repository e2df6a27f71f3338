/**
 * bench/promote: promotion without pulling, against a loopback distribution registry started
 * here, with `skopeo copy --all --preserve-digests` as the peer in the same run:
 *   (a) registry requests per promotion, counted from the registry's access log
 *       (target: a same-repository retag of a 4-platform index in ≤ 3 requests);
 *   (b) whole-process time to promote a 4-platform index to another repository
 *       (`node dist/cli/index.js promote` vs one skopeo copy; target ≤ 1.0×);
 *   (c) a 30-image release promoted in one run vs 30 sequential skopeo copies (target ≤ 0.3×);
 *   (d) with a docker engine, the naive `docker pull` + `tag` + `push` of the same index.
 * Prints medians and ratios. Run: npm run bench -- promote
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  pushIndex,
  watchAccessLog,
  type FixtureTarget,
} from '../__tests__/support/oci-fixtures.js';
import {
  startDockerEngine,
  startRegistry,
  type DockerEngine,
  type RegistryServer,
} from '../__tests__/support/servers.js';

const TIME_RUNS = 11;
const RELEASE_IMAGES = 30;
const RELEASE_RUNS = 5;
const DOCKER_RUNS = 3;

// scripts/bench.mjs passes the freshly bundled CLI. (A literal path here would make ncc copy
// dist/cli/index.js into the benchmark bundle without its lazily loaded chunks.)
const cli = process.env.IP_BENCH_CLI ?? '';
if (!cli)
  throw new Error('run through `npm run bench -- promote` (IP_BENCH_CLI names the bundled CLI)');

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}

/** Runs a command to completion and returns its wall time; throws with its output on failure. */
function timed(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(file, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(
      `${file} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
  }
  return { ms: elapsed, stdout: result.stdout };
}

class Bench {
  private readonly env: NodeJS.ProcessEnv;
  private readonly dockerConfig: string;
  private seq = 0;

  constructor(
    private readonly registry: RegistryServer,
    private readonly docker: DockerEngine | undefined,
  ) {
    // Neither tool may pick up the invoking user's credentials or settings.
    this.dockerConfig = mkdtempSync(join(tmpdir(), 'ip-bench-cfg-'));
    this.env = { ...process.env, DOCKER_CONFIG: this.dockerConfig };
  }

  get host(): string {
    return this.registry.localhost;
  }

  unique(prefix: string): string {
    return `${prefix}-${++this.seq}`;
  }

  promote(pairs: string[]): { ms: number; stdout: string } {
    return timed(process.execPath, [cli, 'promote', ...pairs], this.env);
  }

  skopeo(source: string, target: string): { ms: number; stdout: string } {
    return timed(
      'skopeo',
      [
        'copy',
        '--all',
        '--preserve-digests',
        '--quiet',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        `docker://${source}`,
        `docker://${target}`,
      ],
      this.env,
    );
  }

  dockerCli(args: string[]): { ms: number; stdout: string } {
    if (!this.docker) throw new Error('no docker engine');
    return timed('docker', args, { ...this.env, DOCKER_HOST: this.docker.host });
  }

  async requests(run: () => unknown): Promise<string[]> {
    const log = watchAccessLog(this.registry.logFile);
    run();
    return log.requests();
  }

  cleanup(): void {
    rmSync(this.dockerConfig, { recursive: true, force: true });
  }
}

async function requestCounts(bench: Bench, source: string): Promise<boolean> {
  const h = bench.host;
  console.log('\n(a) registry requests per promotion of a 4-platform index (access log)');
  const ourRetag = await bench.requests(() => bench.promote([source, bench.unique('retag')]));
  const skopeoRetag = await bench.requests(() =>
    bench.skopeo(source, `${h}/bench/app:${bench.unique('skopeo-retag')}`),
  );
  const ourCopy = await bench.requests(() =>
    bench.promote([source, `${h}/${bench.unique('bench/copy')}:v1`]),
  );
  const skopeoCopy = await bench.requests(() =>
    bench.skopeo(source, `${h}/${bench.unique('bench/skopeo-copy')}:v1`),
  );
  const ok = ourRetag.length <= 3;
  console.log(
    `    same-repository retag:       image-promote ${String(ourRetag.length).padStart(3)}   skopeo ${String(skopeoRetag.length).padStart(3)}   target ≤ 3: ${verdict(ok)}`,
  );
  console.log(
    `    copy to another repository:  image-promote ${String(ourCopy.length).padStart(3)}   skopeo ${String(skopeoCopy.length).padStart(3)}`,
  );
  console.log(`    image-promote retag requests: ${ourRetag.join(' | ')}`);
  return ok;
}

function copyTime(bench: Bench, source: string): boolean {
  const h = bench.host;
  const ours: number[] = [];
  const theirs: number[] = [];
  // Warm both (page cache, registry), then alternate so drift hits both equally.
  bench.promote([source, `${h}/${bench.unique('bench/warm')}:v1`]);
  bench.skopeo(source, `${h}/${bench.unique('bench/warm')}:v1`);
  for (let i = 0; i < TIME_RUNS; i++) {
    ours.push(bench.promote([source, `${h}/${bench.unique('bench/prod')}:v1`]).ms);
    theirs.push(bench.skopeo(source, `${h}/${bench.unique('bench/prod-skopeo')}:v1`).ms);
  }
  const ratio = median(ours) / median(theirs);
  console.log(
    `\n(b) promote one 4-platform index to another repository (whole process, median of ${TIME_RUNS})`,
  );
  console.log(
    `    image-promote ${ms(median(ours))}   skopeo copy ${ms(median(theirs))}   ratio ${ratio.toFixed(2)}×   target ≤ 1.0×: ${verdict(ratio <= 1.0)}`,
  );
  console.log(
    `promote: ${ratio.toFixed(2)}× skopeo copy (target ≤ 1.0×) → ${ratio <= 1.0 ? 'met' : 'NOT met'}`,
  );
  return ratio <= 1.0;
}

function releaseTime(bench: Bench, sources: string[]): boolean {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < RELEASE_RUNS; run++) {
    // A release promotion: every image gets the release tag in its own repository.
    const tag = `v1.${run}.0`;
    const pairs = sources.flatMap((s) => [s, tag]);
    ours.push(bench.promote(pairs).ms);
    const skopeoTag = `v2.${run}.0`;
    const start = performance.now();
    for (const s of sources) bench.skopeo(s, `${s.slice(0, s.lastIndexOf(':'))}:${skopeoTag}`);
    theirs.push(performance.now() - start);
  }
  const ratio = median(ours) / median(theirs);
  console.log(
    `\n(c) promote a ${RELEASE_IMAGES}-image release (4-platform indexes; release tag in each repository), median of ${RELEASE_RUNS}`,
  );
  console.log(
    `    image-promote, one run ${ms(median(ours))}   ${RELEASE_IMAGES} sequential skopeo copies ${ms(median(theirs))}   ratio ${ratio.toFixed(2)}×   target ≤ 0.3×: ${verdict(ratio <= 0.3)}`,
  );
  return ratio <= 0.3;
}

function naiveDocker(bench: Bench, source: string, indexDigest: string): void {
  const h = bench.host;
  const times: number[] = [];
  let digestKept = true;
  for (let i = 0; i < DOCKER_RUNS; i++) {
    const target = `${h}/${bench.unique('bench/docker')}:v1`;
    const start = performance.now();
    bench.dockerCli(['pull', '-q', source]);
    bench.dockerCli(['tag', source, target]);
    const pushed = bench.dockerCli(['push', target]).stdout;
    times.push(performance.now() - start);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(pushed)?.[1];
    if (digest !== indexDigest) digestKept = false;
    // Start each run from an empty image store, as a fresh CI runner would.
    bench.dockerCli(['image', 'rm', '-f', source, target]);
  }
  console.log(`\n(d) naive docker pull + tag + push of the same index (median of ${DOCKER_RUNS})`);
  console.log(
    `    ${ms(median(times))}; pulls one platform only, so the pushed digest ${digestKept ? 'matches' : 'differs (the multi-platform index is lost)'}`,
  );
}

async function main(): Promise<void> {
  const skopeo = spawnSync('skopeo', ['--version'], { encoding: 'utf8' });
  if (skopeo.status !== 0) throw new Error('skopeo is not installed (scripts/install-deps.sh)');
  console.log(`peer: ${skopeo.stdout.trim()}; node ${process.version}`);
  const registry = await startRegistry();
  let docker: DockerEngine | undefined;
  try {
    docker = await startDockerEngine();
  } catch (err) {
    console.log(`no docker engine (${String(err).split('\n')[0] ?? ''}); skipping (d)`);
  }
  const bench = new Bench(registry, docker);
  try {
    const target: FixtureTarget = { url: registry.url };
    // The promoted image: 4 platforms, 2 layers of 1 MiB each per platform.
    const index = await pushIndex(target, 'bench/app', 'sha-0000001', {
      seed: 'bench',
      layers: 2,
      layerSize: 1024 * 1024,
    });
    const source = `${registry.localhost}/bench/app:sha-0000001`;
    const release: string[] = [];
    for (let i = 0; i < RELEASE_IMAGES; i++) {
      const repo = `release/svc-${String(i).padStart(2, '0')}`;
      await pushIndex(target, repo, 'sha-1234567', {
        seed: `svc-${i}`,
        layers: 2,
        layerSize: 4096,
      });
      release.push(`${registry.localhost}/${repo}:sha-1234567`);
    }
    execFileSync(process.execPath, [cli, '--version'], { stdio: 'ignore' });

    const results = [
      await requestCounts(bench, source),
      copyTime(bench, source),
      releaseTime(bench, release),
    ];
    if (docker) naiveDocker(bench, source, index.digest);
    console.log(`\n${results.filter(Boolean).length} of ${results.length} targets met`);
  } finally {
    bench.cleanup();
    await docker?.stop();
    await registry.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
