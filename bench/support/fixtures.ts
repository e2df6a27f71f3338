/**
 * The benchmark fixtures, generated deterministically so a reader can recreate them
 * (`npm run bench:fixtures -- DIR` writes them out; `npm run bench` makes its own):
 *
 *   plan repository   20,031 files: 20,000 spread over 30 images' code (80 %), k8s config and
 *                     docs, plus 30 Dockerfiles and one shared library. The pushed commit
 *                     rewrites all 20,000 (the change list and every source key are at their
 *                     largest). Commits come from `git fast-import` with fixed authors and dates,
 *                     so their ids are the same on every machine (PLAN_COMMITS).
 *   scale repository  300 small images (a Dockerfile and one file each); its push changes the
 *                     first image only. For counting registry requests of plans of 1, 30, 300.
 *   reuse repository  one image `api` and a kustomize overlay running `sha-<c1>`; the push
 *                     changes deploy config only, so the action looks the image up and reuses it.
 *   verify repository the same with 10 images (VERIFY_IMAGES), each signed (support/context.ts
 *                     signs them with `image-promote sign`: an EC P-256 key, or keyless through
 *                     a mock Sigstore), for the cost of `verify: signature` per image.
 *   images            OCI images built in memory from seeded bytes (no docker): the running
 *                     `api` image, and a 4-platform index (2 layers of 1 MiB per platform) to
 *                     promote.
 * The registry (distribution 2.8.2 `docker-registry`) is started by the caller; the overlay and
 * the configs name its address, which is the only input that varies between runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  pushImage,
  pushIndex,
  pushManifest,
  type FixtureTarget,
  type PushedImage,
  type PushedIndex,
} from '../../__tests__/support/oci-fixtures.js';

/** One image of a fixture repository, as its config lists it. */
export interface FixtureImage {
  name: string;
  context: string;
  /** Explicit `paths` (empty: the context directory is the image's code). */
  paths: string[];
}

export interface PathRules {
  deployPaths: string[];
  ignorePaths: string[];
}

export interface Repository {
  dir: string;
  /** The commit before the push (the event's `before`). */
  base: string;
  /** The pushed commit (the event's `after`, GITHUB_SHA). */
  head: string;
  /** Files in the head commit. */
  files: number;
  /** Files the push changes. */
  changed: number;
}

export const PLAN_IMAGES = 30;
export const PLAN_FILES = 20_000;
export const SCALE_IMAGES = 300;

/**
 * The commit ids the generators must produce. A different id means the generator (or git's
 * object format) changed: then the figures are not comparable with earlier ones.
 */
export const PLAN_COMMITS = [
  'c9572b3fdf3f95672498c040655ab966bf720a30',
  '119fd7110031b4de61c71e6e02ac7c5a4d75d4ad',
];
export const SCALE_COMMITS = [
  'ab68af4e29d73d737d5e61562286d4ff9e7f7f1a',
  'a3bc40ab07450418af3eeef6fd1cae188ae4ce7a',
];

function expectCommits(what: string, got: string[], expected: string[]): void {
  if (got.join() !== expected.join())
    throw new Error(
      `the ${what} fixture's commits are ${got.join(', ')}, not ${expected.join(', ')}: its generator changed, so its figures are not comparable with earlier ones (update the constants on purpose)`,
    );
}

export const PLAN_RULES: PathRules = {
  deployPaths: ['k8s/**', 'deploy/**', 'infra/**', 'helm/**'],
  ignorePaths: ['**/*.md', 'docs/**', '.github/**'],
};

/** The plan repository's images: a third use explicit paths with shared code and a negation. */
export function planImages(): FixtureImage[] {
  return Array.from({ length: PLAN_IMAGES }, (_, i) => ({
    name: `svc-${i}`,
    context: `services/svc-${i}`,
    paths:
      i % 3 === 0
        ? [`services/svc-${i}/**`, 'libs/common/**', `!services/svc-${i}/**/*_test.go`]
        : [],
  }));
}

/** The scale repository's first `count` images. */
export function scaleImages(count: number): FixtureImage[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `svc-${String(i).padStart(3, '0')}`;
    return { name, context: `services/${name}`, paths: [] };
  });
}

/**
 * The environment every fixture git command runs with: no system or user configuration, a
 * fixed identity and clock. `home` is an empty directory.
 */
export function fixtureGitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
}

export function git(cwd: string, home: string, args: string[]): string {
  return execFileSync('git', ['-c', 'gc.auto=0', ...args], {
    cwd,
    env: fixtureGitEnv(home),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** One commit: the files it adds or rewrites (path → content), on top of the previous one. */
export interface FixtureCommit {
  message: string;
  files: Map<string, string>;
}

/** 2024-01-01T00:00:00Z; commit n is dated n minutes later. */
const EPOCH = 1_704_067_200;

/**
 * Writes `commits` on branch main of a new repository at `dir` (see `appendCommits`) and
 * returns their ids, oldest first.
 */
export function writeRepository(dir: string, home: string, commits: FixtureCommit[]): string[] {
  mkdirSync(dir, { recursive: true });
  git(dir, home, ['init', '-q', '-b', 'main']);
  return appendCommits(dir, home, commits);
}

/**
 * Adds `commits` on top of main (or starts main) with one `git fast-import` of inline blobs
 * (seconds for 40,000 files where `git add` of a work tree takes minutes on a loaded
 * machine), checks main out and returns the new commits' ids, oldest first. Commit n of the
 * branch is dated EPOCH + n minutes.
 */
export function appendCommits(dir: string, home: string, commits: FixtureCommit[]): string[] {
  const hasMain =
    spawnSync('git', ['rev-parse', '-q', '--verify', 'refs/heads/main'], {
      cwd: dir,
      env: fixtureGitEnv(home),
    }).status === 0;
  const existing = hasMain ? Number(git(dir, home, ['rev-list', '--count', 'main']).trim()) : 0;
  const chunks: Buffer[] = [];
  const text = (s: string): void => {
    chunks.push(Buffer.from(s, 'utf8'));
  };
  const data = (s: string): void => {
    const bytes = Buffer.from(s, 'utf8');
    text(`data ${bytes.length}\n`);
    chunks.push(bytes);
    text('\n');
  };
  commits.forEach((commit, n) => {
    const when = `${EPOCH + (existing + n) * 60} +0000`;
    text(`commit refs/heads/main\nmark :${n + 1}\n`);
    text(`author bench <bench@example.com> ${when}\ncommitter bench <bench@example.com> ${when}\n`);
    data(commit.message);
    if (n > 0) text(`from :${n}\n`);
    else if (hasMain) text('from refs/heads/main^0\n');
    for (const [path, content] of commit.files) {
      text(`M 100644 inline ${path}\n`);
      data(content);
    }
  });
  text('done\n');
  execFileSync('git', ['fast-import', '--quiet', '--done', '--date-format=raw'], {
    cwd: dir,
    env: fixtureGitEnv(home),
    input: Buffer.concat(chunks),
    maxBuffer: 64 * 1024 * 1024,
  });
  git(dir, home, ['reset', '-q', '--hard', 'main']);
  const ids = git(dir, home, ['rev-list', '--reverse', '-n', String(commits.length), 'main'])
    .trim()
    .split('\n');
  if (ids.length !== commits.length) throw new Error(`fixture: ${dir} lacks commits`);
  return ids;
}

function planTree(version: number): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < PLAN_FILES; i++) {
    const bucket = i % 10;
    let path: string;
    if (bucket === 8) path = `k8s/env-${i % 7}/res-${i}.yaml`;
    else if (bucket === 9) path = `docs/section-${i % 13}/page-${i}.md`;
    else path = `services/svc-${Math.floor(i / 10) % PLAN_IMAGES}/pkg-${i % 17}/file-${i}.go`;
    files.set(path, `package x // v${version} ${i}\n`);
  }
  return files;
}

/** The 20k-file repository: base has version 1 of every file, head rewrites all 20,000. */
export function createPlanRepository(dir: string, home: string): Repository {
  const first = planTree(1);
  for (let i = 0; i < PLAN_IMAGES; i++)
    first.set(`services/svc-${i}/Dockerfile`, 'FROM scratch\nCOPY . /\n');
  // The shared code the explicit `paths` name (a pattern matching no file is refused).
  first.set('libs/common/common.go', 'package common\n');
  const ids = writeRepository(dir, home, [
    { message: 'base\n', files: first },
    { message: 'rewrite every file\n', files: planTree(2) },
  ]);
  expectCommits('plan', ids, PLAN_COMMITS);
  const [base, head] = ids as [string, string];
  return { dir, base, head, files: first.size, changed: PLAN_FILES };
}

/** 300 images of two files each; the push changes the first image's code. */
export function createScaleRepository(dir: string, home: string): Repository {
  const first = new Map<string, string>();
  for (const image of scaleImages(SCALE_IMAGES)) {
    first.set(`${image.context}/Dockerfile`, 'FROM scratch\nCOPY . /\n');
    first.set(`${image.context}/main.go`, `package main // ${image.name}\n`);
  }
  const change = new Map([['services/svc-000/main.go', 'package main // svc-000 v2\n']]);
  const ids = writeRepository(dir, home, [
    { message: 'base\n', files: first },
    { message: 'change svc-000\n', files: change },
  ]);
  expectCommits('scale', ids, SCALE_COMMITS);
  const [base, head] = ids as [string, string];
  return { dir, base, head, files: first.size, changed: change.size };
}

/** A push event as GitHub sends it (the fields either tool reads). */
export function pushEvent(repo: Repository): string {
  return `${JSON.stringify(
    {
      ref: 'refs/heads/main',
      before: repo.base,
      after: repo.head,
      created: false,
      deleted: false,
      forced: false,
      head_commit: { id: repo.head, message: 'push' },
      repository: { default_branch: 'main', full_name: 'acme/shop', name: 'shop' },
    },
    null,
    2,
  )}\n`;
}

const yamlList = (items: string[]): string => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;

/** image-promote.yml for `image-promote plan --config`: the action's inputs as YAML keys. */
export function planConfig(registry: string, images: FixtureImage[], rules: PathRules): string {
  return [
    `registry: ${registry}`,
    `deploy-paths: ${yamlList(rules.deployPaths)}`,
    `ignore-paths: ${yamlList(rules.ignorePaths)}`,
    'images:',
    ...images.flatMap((i) => [
      `  - name: ${i.name}`,
      `    context: ${i.context}`,
      ...(i.paths.length > 0 ? [`    paths: ${yamlList(i.paths)}`] : []),
    ]),
    '',
  ].join('\n');
}

/**
 * dorny/paths-filter's `filters` input for the same question: one filter per image (its
 * positive globs: paths-filter has no negation in `some` mode), plus deploy config and docs.
 */
export function pathsFilterFilters(images: FixtureImage[], rules: PathRules): string {
  const filter = (name: string, globs: string[]): string =>
    `${name}:\n${globs.map((g) => `  - ${JSON.stringify(g)}`).join('\n')}`;
  return [
    ...images.map((i) =>
      filter(
        i.name,
        i.paths.length > 0 ? i.paths.filter((p) => !p.startsWith('!')) : [`${i.context}/**`],
      ),
    ),
    filter('deploy', rules.deployPaths),
    filter('docs', rules.ignorePaths),
  ].join('\n');
}

/** What the reuse decision runs against. */
export interface ReuseFixture {
  repo: Repository;
  /** `<registry>/acme`: the action's `registry` input. */
  registry: string;
  /** The tag the overlay runs, `sha-<first commit, 7>`. */
  deployedTag: string;
  image: PushedImage;
}

/** A kustomization running `tag` of each entry's repository. */
function kustomization(entries: { name: string; repository: string; tag: string }[]): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - deployment.yaml',
    'images:',
    ...entries.flatMap((e) => [
      `  - name: ${e.name}`,
      `    newName: ${e.repository}`,
      `    newTag: ${e.tag}`,
    ]),
    '',
  ].join('\n');
}

/**
 * The reuse decision's repository and registry state, except the source tag (which only the
 * action computes: see `tagSource`). Commits: the service, its first deploy (the overlay runs
 * `sha-<c1>`), then the push: replicas 1 → 2 in deploy config. The commit ids depend on
 * `registryHost` (the overlay names it), nothing else.
 */
export async function createReuseFixture(
  dir: string,
  home: string,
  registryHost: string,
  target: FixtureTarget,
): Promise<ReuseFixture> {
  const imageRepo = `${registryHost}/acme/api`;
  const built = writeRepository(dir, home, [
    {
      message: 'api\n',
      files: new Map([
        ['services/api/Dockerfile', 'FROM scratch\nCOPY main.go /\n'],
        ['services/api/main.go', 'package main\n'],
        ['docs/guide.md', '# guide\n'],
      ]),
    },
  ])[0] as string;
  const deployedTag = `sha-${built.slice(0, 7)}`;
  const deployment = (replicas: number): string =>
    `kind: Deployment\nspec:\n  replicas: ${replicas}\n`;
  const more = [
    {
      message: `deploy ${deployedTag}\n`,
      files: new Map([
        [
          'deploy/kustomization.yaml',
          kustomization([{ name: 'api', repository: imageRepo, tag: deployedTag }]),
        ],
        ['deploy/deployment.yaml', deployment(1)],
      ]),
    },
    { message: 'scale api\n', files: new Map([['deploy/deployment.yaml', deployment(2)]]) },
  ];
  const ids = appendCommits(dir, home, more);
  const [before, after] = ids as [string, string];
  const image = await pushImage(target, 'acme/api', deployedTag, { seed: 'bench-reuse' });
  return {
    repo: { dir, base: before, head: after, files: 5, changed: 1 },
    registry: `${registryHost}/acme`,
    deployedTag,
    image,
  };
}

export const VERIFY_IMAGES = 10;

/** What the verification cost runs against: `count` images the overlay runs, all reused. */
export interface VerifyFixture {
  repo: Repository;
  /** `<registry>/<namespace>`: the action's `registry` input. */
  registry: string;
  /** The tag the overlay runs for every image, `sha-<first commit, 7>`. */
  deployedTag: string;
  images: (FixtureImage & { pushed: PushedImage })[];
}

/**
 * The reuse decision of `createReuseFixture` for `count` images (`svc-0`…, repositories
 * `<namespace>/svc-N`): commits the services, their first deploy (the overlay runs `sha-<c1>`
 * of each), then the push (replicas 1 → 2 in deploy config). The registry gets each running
 * image under that tag; the source tags and the signatures are the caller's
 * (support/context.ts).
 */
export async function createVerifyFixture(
  dir: string,
  home: string,
  registryHost: string,
  target: FixtureTarget,
  namespace: string,
  count: number,
): Promise<VerifyFixture> {
  const images = Array.from({ length: count }, (_, i) => ({
    name: `svc-${i}`,
    context: `services/svc-${i}`,
    paths: [] as string[],
  }));
  const code = new Map<string, string>();
  for (const image of images) {
    code.set(`${image.context}/Dockerfile`, 'FROM scratch\nCOPY main.go /\n');
    code.set(`${image.context}/main.go`, `package main // ${image.name}\n`);
  }
  const built = writeRepository(dir, home, [{ message: 'services\n', files: code }])[0] as string;
  const deployedTag = `sha-${built.slice(0, 7)}`;
  const deployment = (replicas: number): string =>
    `kind: Deployment\nspec:\n  replicas: ${replicas}\n`;
  const entries = images.map((i) => ({
    name: i.name,
    repository: `${registryHost}/${namespace}/${i.name}`,
    tag: deployedTag,
  }));
  const [before, after] = appendCommits(dir, home, [
    {
      message: `deploy ${deployedTag}\n`,
      files: new Map([
        ['deploy/kustomization.yaml', kustomization(entries)],
        ['deploy/deployment.yaml', deployment(1)],
      ]),
    },
    { message: 'scale\n', files: new Map([['deploy/deployment.yaml', deployment(2)]]) },
  ]) as [string, string];
  const pushed: VerifyFixture['images'] = [];
  for (const image of images) {
    const p = await pushImage(target, `${namespace}/${image.name}`, deployedTag, {
      seed: `bench-${namespace}-${image.name}`,
    });
    pushed.push({ ...image, pushed: p });
  }
  return {
    repo: { dir, base: before, head: after, files: code.size + 2, changed: 1 },
    registry: `${registryHost}/${namespace}`,
    deployedTag,
    images: pushed,
  };
}

/** Tags an already pushed image (its manifest bytes) with the source tag `src-<key, 16>`. */
export async function tagSource(
  target: FixtureTarget,
  repository: string,
  image: { manifest: Buffer; mediaType: string },
  sourceKey: string,
): Promise<string> {
  if (!/^[0-9a-f]{64}$/.test(sourceKey)) throw new Error(`not a source key: ${sourceKey}`);
  const tag = `src-${sourceKey.slice(0, 16)}`;
  await pushManifest(target, repository, tag, image.manifest, image.mediaType);
  return tag;
}

/** The 4-platform index promoted by the promote rows (2 layers of 1 MiB per platform). */
export function pushPromoteIndex(target: FixtureTarget): Promise<PushedIndex> {
  return pushIndex(target, 'bench/app', 'sha-0000001', {
    seed: 'bench',
    layers: 2,
    layerSize: 1024 * 1024,
  });
}

/** The 30 images of a release (4-platform indexes, 2 layers of 4 KiB per platform). */
export async function pushRelease(target: FixtureTarget, count: number): Promise<string[]> {
  const repositories: string[] = [];
  for (let i = 0; i < count; i++) {
    const repository = `release/svc-${String(i).padStart(2, '0')}`;
    await pushIndex(target, repository, 'sha-1234567', {
      seed: `svc-${i}`,
      layers: 2,
      layerSize: 4096,
    });
    repositories.push(repository);
  }
  return repositories;
}

/** Writes `content` to `dir/name` and returns the path. */
export function writeFixtureFile(dir: string, name: string, content: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
