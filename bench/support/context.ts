/**
 * What the rows measure: the fixtures (support/fixtures.ts) set up once per bench run, on
 * first use, against one loopback distribution registry started here, and the exact
 * commands of each case: image-promote as users run it and its peers, each with a complete
 * runner-like environment (support/runner-env.ts). bench/fixtures.ts writes the same
 * commands out as scripts for running by hand.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pushImage, type FixtureTarget } from '../../__tests__/support/oci-fixtures.js';
import { startRegistry, type RegistryServer } from '../../__tests__/support/servers.js';
import { githubClaims, startMockSigstore } from '../../__tests__/support/sigstore-mock.js';
import {
  createPlanRepository,
  createReuseFixture,
  createScaleRepository,
  createVerifyFixture,
  pathsFilterFilters,
  planConfig,
  planImages,
  PLAN_IMAGES,
  PLAN_RULES,
  SCALE_IMAGES,
  pushEvent,
  pushPromoteIndex,
  pushRelease,
  scaleImages,
  tagSource,
  VERIFY_IMAGES,
  writeFixtureFile,
  type Repository,
  type ReuseFixture,
  type VerifyFixture,
} from './fixtures.js';
import { run, type Command } from './measure.js';
import { clearProfiles } from './profile.js';
import { baseEnv, inputEnv, readOutputs, runnerEnv } from './runner-env.js';

/** The programs measured, resolved by scripts/bench.mjs. */
export interface Programs {
  /** The repository (action.yml, dist/). */
  root: string;
  /** The node that runs image-promote and the node peers: the action's runtime (node 24). */
  node: string;
  action: string;
  cli: string;
}

/** The published paths-filter release compared against, and its dist/index.js git blob id. */
export const PATHS_FILTER_TAG = 'v4.0.2';
const PATHS_FILTER_BLOB = 'a4eba751410a6880d6e68575ca3d1d807bdfc56c';

/** How to get the paths-filter bundle, printed when it is missing. */
export const PATHS_FILTER_HOWTO =
  `set IP_BENCH_PATHS_FILTER to dorny/paths-filter ${PATHS_FILTER_TAG}'s dist/index.js, e.g. ` +
  `\`git clone -q --bare https://github.com/dorny/paths-filter /tmp/paths-filter && ` +
  `git --git-dir=/tmp/paths-filter show ${PATHS_FILTER_TAG}:dist/index.js > /tmp/paths-filter.js && ` +
  `IP_BENCH_PATHS_FILTER=/tmp/paths-filter.js npm run bench\``;

export interface Missing {
  missing: string;
}

export function isMissing(value: unknown): value is Missing {
  return typeof value === 'object' && value !== null && 'missing' in value;
}

/** A node action run: the command, and the GITHUB_OUTPUT file it writes. */
export interface ActionCase {
  command: Command;
  outputFile: string;
}

export interface PlanCase {
  repo: Repository;
  /** `node dist/cli/index.js plan --config … --event … --event-name push --json`. */
  plan: Command;
  /** dorny/paths-filter's bundle as the runner runs it, on the same push. */
  pathsFilter: Command | Missing;
  lsTree: Command;
  diff: Command;
}

export interface PromoteCase {
  /** 4-platform index to promote (`host/bench/app:sha-0000001`) and its digest. */
  source: string;
  digest: string;
  /** To another repository: `promote SRC host/bench/promoted-<run>:v1`. */
  promote: Command;
  skopeo: Command;
  /** Same repository, a new tag: `promote SRC retag-<run>`. */
  retag: Command;
  skopeoRetag: Command;
  /** 30 images, a release tag in each repository, one process. */
  release: Command;
  /** The same as 30 skopeo copies. */
  skopeoRelease: Command[];
}

/** How the verify fixture's images are signed, and so what `verify: signature` checks. */
export type SignatureKind = 'key' | 'keyless';

/** The reuse decision of VERIFY_IMAGES signed images, with and without verification. */
export interface VerifyCase {
  fixture: VerifyFixture;
  /** What a verified reason says: `signed by key sha256:…`, `signed by https://github.com/…`. */
  signedBy: string;
  /** The action with `verify: signature` and the policy of `kind`. */
  verified: Command;
  /** The same run with `verify: none`. */
  unverified: Command;
}

/** Plans of the scale repository's first n images, on one push. */
export interface ScaleCase {
  repo: Repository;
  plan(images: number): Command;
  /** Puts every image in the registry under its source tag (the steady state). */
  publishAll(): Promise<void>;
}

export class BenchContext {
  readonly work: string;
  readonly home: string;
  private registryServer: Promise<RegistryServer> | undefined;
  private cache = new Map<string, Promise<unknown>>();
  private profiled = new Set<string>();

  /** `work`: where the fixtures go (kept); by default a temporary directory, removed by close. */
  constructor(
    readonly programs: Programs,
    private readonly keep?: string,
  ) {
    if (keep) mkdirSync(keep, { recursive: true });
    this.work = keep ?? mkdtempSync(join(tmpdir(), 'ip-bench-'));
    this.home = join(this.work, 'home');
    mkdirSync(this.home, { recursive: true });
    writeFileSync(join(this.home, '.gitconfig'), '');
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = make();
      this.cache.set(key, p);
    }
    return p;
  }

  /**
   * The registry: distribution's docker-registry on a free loopback port, access log on, its
   * storage on tmpfs (/dev/shm) when there is one: blob mounts and manifest writes are file
   * writes, and on a shared machine other people's disk traffic would land in them.
   */
  registry(): Promise<RegistryServer> {
    this.registryServer ??= (async () => {
      const tmp = process.env.TMPDIR;
      if (existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';
      try {
        return await startRegistry();
      } finally {
        if (tmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = tmp;
      }
    })();
    return this.registryServer;
  }

  async target(): Promise<FixtureTarget> {
    return { url: (await this.registry()).url };
  }

  dir(name: string): string {
    const dir = join(this.work, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Where a row's CPU profiles go: .tmp/bench/profiles/<id>/, emptied on first use. */
  profileDir(id: string): string {
    const dir = join(this.programs.root, '.tmp', 'bench', 'profiles', id);
    if (!this.profiled.has(id)) {
      clearProfiles(dir);
      this.profiled.add(id);
    }
    return dir;
  }

  /** The measured programs' own code, for the profile's categories. */
  codeRoots(): string[] {
    return [
      dirname(this.programs.action),
      dirname(this.programs.cli),
      join(this.work, 'plan', 'paths-filter'),
    ];
  }

  /** `node -e 0` with the environment and directory of `like`. */
  nodeStart(like: Command): Command {
    return {
      label: 'node -e 0',
      file: this.programs.node,
      args: ['-e', '0'],
      cwd: like.cwd,
      env: like.env,
    };
  }

  /** A git command in `repo` with the plain environment, checking its line count. */
  private gitCommand(label: string, repo: Repository, args: string[], lines: number): Command {
    return {
      label,
      file: 'git',
      args,
      cwd: repo.dir,
      env: baseEnv(this.home),
      check: ({ stdout }) => {
        const n = stdout.split('\n').filter(Boolean).length;
        if (n !== lines) throw new Error(`${label} printed ${n} lines, expected ${lines}`);
      },
    };
  }

  /**
   * The action (dist/index.js) deciding `reuse`: the overlay runs sha-<c1>, which the
   * registry holds under the source tag of the pushed commit too; the push changes deploy
   * config only. Outputs checked every run: decision reuse, changed deploy, the running tag.
   */
  reuse(): Promise<ActionCase & { fixture: ReuseFixture }> {
    return this.once('reuse', async () => {
      const registry = await this.registry();
      const dir = this.dir('reuse');
      const fixture = await createReuseFixture(
        join(dir, 'repo'),
        this.home,
        registry.localhost,
        await this.target(),
      );
      const eventPath = writeFixtureFile(dir, 'event.json', pushEvent(fixture.repo));
      const outputFile = join(dir, 'github-output');
      const summaryFile = join(dir, 'step-summary');
      const step = {
        home: this.home,
        workspace: fixture.repo.dir,
        eventPath,
        sha: fixture.repo.head,
        outputFile,
        summaryFile,
        temp: this.dir('reuse/runner-temp'),
      };
      const inputs = {
        image: 'api',
        registry: fixture.registry,
        context: 'services/api',
        overlay: 'deploy/kustomization.yaml',
      };
      const actionYml = join(this.programs.root, 'action.yml');
      const command = (mode: string, expect: Record<string, string>): Command => ({
        label: `image-promote action (${mode})`,
        file: this.programs.node,
        args: [this.programs.action],
        cwd: fixture.repo.dir,
        env: { ...runnerEnv(step), ...inputEnv(actionYml, { ...inputs, mode }) },
        reset: () => {
          writeFileSync(outputFile, '');
          writeFileSync(summaryFile, '');
        },
        check: ({ stdout }) => {
          const outputs = readOutputs(readFileSync(outputFile, 'utf8'));
          for (const [name, value] of Object.entries(expect)) {
            if (outputs[name] !== value)
              throw new Error(
                `the action's output ${name} is ${JSON.stringify(outputs[name])}, expected ${JSON.stringify(value)}:\n${stdout}`,
              );
          }
        },
      });
      // The source tag only the action computes: from a run in mode plan (outputs.images).
      run(command('plan', {}));
      const planned = JSON.parse(readOutputs(readFileSync(outputFile, 'utf8')).images ?? '[]') as {
        source?: string;
      }[];
      await tagSource(await this.target(), 'acme/api', fixture.image, planned[0]?.source ?? '');
      return {
        fixture,
        outputFile,
        command: {
          ...command('auto', { decision: 'reuse', changed: 'deploy', tag: fixture.deployedTag }),
          label: 'image-promote action, reuse decision',
        },
      };
    });
  }

  /**
   * The action (dist/index.js) deciding reuse for VERIFY_IMAGES images, each in the registry
   * (repositories `verify-<kind>/svc-N`) under the tag the overlay runs and under its source
   * tag (from a run in mode plan), each signed as a user signs an image built before signing
   * was on, with `image-promote sign REF`: `key`, with `--key-file` and an EC P-256 key from
   * `openssl genpkey`; `keyless`, with `--keyless` through a mock Sigstore (Fulcio, Rekor and
   * the Actions OIDC token service of __tests__/support/sigstore-mock.ts, stopped once the
   * images are signed: verification is offline), verified against its trusted root. Two
   * commands differing only in `verify` and its policy; their outputs are checked every run:
   * every image decided reuse (or skip), and with verify on, every reason names the signer.
   */
  verify(kind: SignatureKind): Promise<VerifyCase> {
    return this.once(`verify-${kind}`, async () => {
      const registry = await this.registry();
      const target = await this.target();
      const dir = this.dir(`verify-${kind}`);
      const namespace = `verify-${kind}`;
      const fixture = await createVerifyFixture(
        join(dir, 'repo'),
        this.home,
        registry.localhost,
        target,
        namespace,
        VERIFY_IMAGES,
      );
      const eventPath = writeFixtureFile(dir, 'event.json', pushEvent(fixture.repo));
      const outputFile = join(dir, 'github-output');
      const summaryFile = join(dir, 'step-summary');
      const step = {
        home: this.home,
        workspace: fixture.repo.dir,
        eventPath,
        sha: fixture.repo.head,
        outputFile,
        summaryFile,
        temp: this.dir(`verify-${kind}/runner-temp`),
      };
      const images = fixture.images
        .map((i) => `- name: ${i.name}\n  context: ${i.context}\n`)
        .join('');
      const inputs = {
        images,
        registry: fixture.registry,
        overlay: 'deploy/kustomization.yaml',
      };
      const actionYml = join(this.programs.root, 'action.yml');
      interface ImageOutput {
        name?: string;
        source?: string;
        decision?: string;
        reason?: string;
      }
      const imagesOutput = (): ImageOutput[] =>
        JSON.parse(readOutputs(readFileSync(outputFile, 'utf8')).images ?? '[]') as ImageOutput[];
      const command = (
        label: string,
        given: Record<string, string>,
        check?: (images: ImageOutput[]) => string | undefined,
      ): Command => ({
        label,
        file: this.programs.node,
        args: [this.programs.action],
        cwd: fixture.repo.dir,
        env: { ...runnerEnv(step), ...inputEnv(actionYml, { ...inputs, ...given }) },
        reset: () => {
          writeFileSync(outputFile, '');
          writeFileSync(summaryFile, '');
        },
        check: ({ stdout }) => {
          const problem = check?.(imagesOutput());
          if (problem !== undefined) throw new Error(`${label}: ${problem}:\n${stdout}`);
        },
      });

      // The source tags only the action computes: from a run in mode plan (outputs.images).
      run(command('image-promote action (plan)', { mode: 'plan' }));
      const sources = new Map(imagesOutput().map((i) => [i.name, i.source ?? '']));
      for (const image of fixture.images) {
        const source = sources.get(image.name) ?? '';
        await tagSource(target, `${namespace}/${image.name}`, image.pushed, source);
      }

      // `image-promote sign REF …` for each image, outside a workflow run (key) or in one
      // (keyless: the job's OIDC token), run asynchronously: the mock Sigstore is served here.
      const config = writeFixtureFile(
        dir,
        'image-promote.yml',
        planConfig(fixture.registry, fixture.images, PLAN_RULES),
      );
      const sign = async (way: string[], env: NodeJS.ProcessEnv): Promise<void> => {
        for (const image of fixture.images) {
          const args = [
            this.programs.cli,
            'sign',
            `${fixture.registry}/${image.name}:${fixture.deployedTag}`,
            ...way,
            '--image',
            image.name,
            '--commit',
            fixture.repo.head,
            '--config',
            config,
            '--repository',
            'acme/shop',
            '--json',
          ];
          const stdout = await new Promise<string>((resolve, reject) => {
            execFile(
              this.programs.node,
              args,
              { cwd: fixture.repo.dir, env, encoding: 'utf8' },
              (err, out, errors) => {
                if (err) reject(new Error(`image-promote sign ${image.name}: ${errors}${out}`));
                else resolve(out);
              },
            );
          });
          const digest = (JSON.parse(stdout) as { digest?: string }).digest;
          if (digest !== image.pushed.digest)
            throw new Error(
              `image-promote sign signed ${String(digest)}, not ${image.pushed.digest}`,
            );
        }
      };
      let policy: Record<string, string>;
      let signedBy: string;
      if (kind === 'key') {
        // The key as docs/trust.md makes one, and its hint as verification names it.
        const keyFile = join(dir, 'signing-key.pem');
        execFileSync('openssl', [
          'genpkey',
          '-algorithm',
          'EC',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-out',
          keyFile,
        ]);
        const publicKey = createPublicKey(readFileSync(keyFile, 'utf8'));
        const hint = createHash('sha256')
          .update(publicKey.export({ type: 'spki', format: 'der' }))
          .digest('hex');
        await sign(['--key-file', keyFile], baseEnv(this.home));
        policy = { 'verify-key': publicKey.export({ type: 'spki', format: 'pem' }).toString() };
        signedBy = `signed by key sha256:${hint}`;
      } else {
        const mock = await startMockSigstore();
        try {
          mock.claims = githubClaims('acme/shop');
          await sign(['--keyless', '--fulcio-url', mock.fulcioUrl, '--rekor-url', mock.rekorUrl], {
            ...runnerEnv(step),
            ...mock.env,
          });
        } finally {
          await mock.stop();
        }
        // The default certificate-identity (any workflow of acme/shop) and issuer.
        policy = { 'trusted-root': mock.trustedRoot };
        signedBy =
          'signed by https://github.com/acme/shop/.github/workflows/deploy.yml@refs/heads/main';
      }

      const decided = (list: ImageOutput[], reason?: string): string | undefined => {
        if (list.length !== fixture.images.length)
          return `${list.length} images in outputs.images, expected ${fixture.images.length}`;
        const wrong = list.find(
          (i) =>
            (i.decision !== 'reuse' && i.decision !== 'skip') ||
            (reason !== undefined && !i.reason?.includes(reason)),
        );
        return wrong === undefined
          ? undefined
          : `${String(wrong.name)} decided ${String(wrong.decision)}: ${String(wrong.reason)} (expected reuse or skip${reason !== undefined ? `, "${reason}"` : ''})`;
      };
      return {
        fixture,
        signedBy,
        verified: command(
          `image-promote action, reuse ×${VERIFY_IMAGES}, verify: signature (${kind})`,
          { mode: 'auto', verify: 'signature', ...policy },
          (list) => decided(list, signedBy),
        ),
        unverified: command(
          `image-promote action, reuse ×${VERIFY_IMAGES}, verify: none`,
          { mode: 'auto', verify: 'none' },
          (list) =>
            decided(list) ??
            (list.some((i) => i.reason?.includes('signed by'))
              ? 'a reason names a signer with verify: none'
              : undefined),
        ),
      };
    });
  }

  /** The 20k-file repository: `plan` for 30 images, paths-filter, and the raw git commands. */
  plan(): Promise<PlanCase> {
    return this.once('plan', async () => {
      const registry = await this.registry();
      const dir = this.dir('plan');
      const repo = createPlanRepository(join(dir, 'repo'), this.home);
      const images = planImages();
      const eventPath = writeFixtureFile(dir, 'event.json', pushEvent(repo));
      const config = writeFixtureFile(
        dir,
        'image-promote.yml',
        planConfig(`${registry.localhost}/bench`, images, PLAN_RULES),
      );
      const outputFile = join(dir, 'github-output');
      const step = {
        home: this.home,
        workspace: repo.dir,
        eventPath,
        sha: repo.head,
        outputFile,
        summaryFile: join(dir, 'step-summary'),
        temp: this.dir('plan/runner-temp'),
      };
      const plan: Command = {
        label: 'image-promote plan',
        file: this.programs.node,
        args: [
          this.programs.cli,
          'plan',
          '--config',
          config,
          '--event',
          eventPath,
          '--event-name',
          'push',
          '--json',
        ],
        cwd: repo.dir,
        env: runnerEnv(step),
        check: ({ stdout }) => {
          const report = JSON.parse(stdout) as {
            decision?: string;
            images?: { decision?: string }[];
          };
          const built = report.images?.filter((i) => i.decision === 'build').length ?? 0;
          if (report.decision !== 'build' || built !== PLAN_IMAGES)
            throw new Error(`plan decided ${String(report.decision)} with ${built} builds`);
        },
      };
      return {
        repo,
        plan,
        pathsFilter: this.pathsFilter(dir, step, pathsFilterFilters(images, PLAN_RULES)),
        lsTree: this.gitCommand('git ls-tree -r', repo, ['ls-tree', '-r', repo.head], repo.files),
        diff: this.gitCommand(
          'git diff --name-only',
          repo,
          ['diff', '--name-only', repo.base, repo.head],
          repo.changed,
        ),
      };
    });
  }

  /**
   * dorny/paths-filter's published bundle, run as the runner runs a node action: `node
   * dist/index.js` in the workspace with INPUT_* from its action.yml (filters; base `main`,
   * the pushed branch, so it compares with the push's `before`, as image-promote does).
   * The bundle is never committed: IP_BENCH_PATHS_FILTER names a copy, checked against the
   * release's blob id and copied next to a package.json of its own (it is CommonJS).
   */
  private pathsFilter(
    dir: string,
    step: Parameters<typeof runnerEnv>[0],
    filters: string,
  ): Command | Missing {
    const file = process.env.IP_BENCH_PATHS_FILTER;
    if (!file) return { missing: PATHS_FILTER_HOWTO };
    const bytes = readFileSync(file);
    const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    if (blob !== PATHS_FILTER_BLOB)
      return {
        missing: `${file} is not dorny/paths-filter ${PATHS_FILTER_TAG}'s dist/index.js (git blob ${blob}, expected ${PATHS_FILTER_BLOB})`,
      };
    const actionDir = join(dir, 'paths-filter', 'dist');
    mkdirSync(actionDir, { recursive: true });
    writeFileSync(join(actionDir, 'index.js'), bytes);
    writeFileSync(join(actionDir, '..', 'package.json'), '{ "type": "commonjs" }\n');
    const outputFile = join(dir, 'paths-filter-output');
    return {
      label: `dorny/paths-filter ${PATHS_FILTER_TAG}`,
      file: this.programs.node,
      args: [join(actionDir, 'index.js')],
      cwd: step.workspace,
      env: {
        ...runnerEnv({ ...step, outputFile }),
        // paths-filter's action.yml: token (unused for push events), base, filters and the
        // defaults of list-files, initial-fetch-depth and predicate-quantifier.
        INPUT_TOKEN: '',
        INPUT_BASE: 'main',
        INPUT_FILTERS: filters,
        'INPUT_LIST-FILES': 'none',
        'INPUT_INITIAL-FETCH-DEPTH': '100',
        'INPUT_PREDICATE-QUANTIFIER': 'some',
      },
      reset: () => {
        writeFileSync(outputFile, '');
      },
      check: ({ stdout }) => {
        const changes = readOutputs(readFileSync(outputFile, 'utf8')).changes;
        const list = changes ? (JSON.parse(changes) as string[]) : [];
        if (list.length !== PLAN_IMAGES + 2)
          throw new Error(
            `paths-filter matched ${list.length} filters, expected ${PLAN_IMAGES + 2}:\n${stdout.slice(-2000)}`,
          );
      },
    };
  }

  /** The promote cases: a 4-platform index, and a 30-image release. */
  promote(): Promise<PromoteCase> {
    return this.once('promote', async () => {
      const registry = await this.registry();
      const target = await this.target();
      const host = registry.localhost;
      const index = await pushPromoteIndex(target);
      const releaseRepos = await pushRelease(target, 30);
      const source = `${host}/${index.repo}:${index.tag}`;
      const env = baseEnv(this.home);
      const cwd = this.dir('promote');
      const printsDigest: Command['check'] = ({ stdout }) => {
        if (!stdout.includes(index.digest))
          throw new Error(`promote printed ${stdout.trim()}, not ${index.digest}`);
      };
      const cli = (label: string, args: string[], check?: Command['check']): Command => ({
        label,
        file: this.programs.node,
        args: [this.programs.cli, 'promote', ...args],
        cwd,
        env,
        ...(check ? { check } : {}),
      });
      // skopeo keeps a blob-info cache (where it saw each blob, so it can mount instead of
      // copy). A runner's user (uid 1001) has it under $HOME, empty on a fresh runner; root's
      // is /var/lib/containers/cache, which carries this machine's history. Run as root, the
      // bench says uid 1001 (containers/image reads _CONTAINERS_ROOTLESS_UID for that), so
      // the cache is the bench's own, empty at the start of every run.
      const skopeoEnv = { ...env, _CONTAINERS_ROOTLESS_UID: '1001' };
      const skopeo = (label: string, from: string, to: string): Command => ({
        label,
        file: 'skopeo',
        args: [
          'copy',
          '--all',
          '--src-tls-verify=false',
          '--dest-tls-verify=false',
          `docker://${from}`,
          `docker://${to}`,
        ],
        cwd,
        env: skopeoEnv,
      });
      return {
        source,
        digest: index.digest,
        promote: cli(
          'image-promote promote',
          [source, `${host}/bench/promoted-{run}:v1`],
          printsDigest,
        ),
        skopeo: skopeo('skopeo copy --all', source, `${host}/bench/skopeo-{run}:v1`),
        retag: cli('image-promote promote (retag)', [source, 'retag-{run}'], printsDigest),
        skopeoRetag: skopeo('skopeo copy --all (retag)', source, `${host}/bench/app:skopeo-{run}`),
        release: cli(
          'image-promote promote ×30',
          releaseRepos.flatMap((r) => [`${host}/${r}:sha-1234567`, 'v1.{run}.0']),
        ),
        skopeoRelease: releaseRepos.map((r) =>
          skopeo('skopeo copy --all', `${host}/${r}:sha-1234567`, `${host}/${r}:v2.{run}.0`),
        ),
      };
    });
  }

  /** The 300-image repository, for counting a plan's registry requests. */
  scale(): Promise<ScaleCase> {
    return this.once('scale', async () => {
      const registry = await this.registry();
      const dir = this.dir('scale');
      const repo = createScaleRepository(join(dir, 'repo'), this.home);
      const eventPath = writeFixtureFile(dir, 'event.json', pushEvent(repo));
      const step = {
        home: this.home,
        workspace: repo.dir,
        eventPath,
        sha: repo.head,
        outputFile: join(dir, 'github-output'),
        summaryFile: join(dir, 'step-summary'),
        temp: this.dir('scale/runner-temp'),
      };
      const plan = (count: number): Command => {
        const config = writeFixtureFile(
          dir,
          `image-promote-${count}.yml`,
          planConfig(`${registry.localhost}/scale`, scaleImages(count), PLAN_RULES),
        );
        return {
          label: `image-promote plan (${count} images)`,
          file: this.programs.node,
          args: [
            this.programs.cli,
            'plan',
            '--config',
            config,
            '--event',
            eventPath,
            '--event-name',
            'push',
            '--json',
          ],
          cwd: repo.dir,
          env: runnerEnv(step),
          check: ({ stdout }) => {
            const report = JSON.parse(stdout) as { images?: unknown[] };
            if (report.images?.length !== count)
              throw new Error(`plan reported ${report.images?.length ?? 0} images, not ${count}`);
          },
        };
      };
      const publishAll = async (): Promise<void> => {
        const out = run(plan(SCALE_IMAGES));
        const report = JSON.parse(out.stdout) as { images?: { name?: string; source?: string }[] };
        const target = await this.target();
        for (const image of report.images ?? []) {
          const name = image.name ?? '';
          const pushed = await pushImage(target, `scale/${name}`, undefined, { seed: name });
          await tagSource(target, `scale/${name}`, pushed, image.source ?? '');
        }
      };
      return { repo, plan, publishAll };
    });
  }

  async close(): Promise<void> {
    await (await this.registryServer?.catch(() => undefined))?.stop();
    if (this.keep) return;
    if (process.env.IP_BENCH_KEEP) console.log(`kept ${this.work}`);
    else rmSync(this.work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
