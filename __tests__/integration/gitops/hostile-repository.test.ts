/**
 * An overlay repository is not trusted. Its HEAD may name a "branch" that git would read
 * as an option (`--pathspec-from-file=<a file on the runner>` made `git checkout` print that
 * file — a docker config's `auth` — into the log and the error); its overlay may be a
 * symbolic link to a file on the runner; and `overlay-repository` may name a repository on
 * the runner itself. Each fails safely, before git or anything else reads what it must not.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorMessage, UserError } from '../../../src/errors.js';
import { exec, type Exec } from '../../../src/exec.js';
import { cloneOverlayRepository, type CloneOptions } from '../../../src/gitops/index.js';
import type { Logger } from '../../../src/log.js';
import {
  createBareRemote,
  createRepo,
  git,
  GIT_TEST_ENV,
  removeTempDirs,
  tempDir,
} from '../../support/git-fixtures.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';

const TOKEN = 'ghs_hostileRepositoryTestToken0000000000';
const OVERLAY = 'environments/prod/kustomization.yaml';
const AUTH = 'c2VjcmV0LXVzZXI6c2VjcmV0LXBhc3N3b3JkLTQy';
const KEY = 'topSecretKeyNameOfTheRunner';

interface Recorded {
  args: string[];
  env: NodeJS.ProcessEnv;
  output: string;
}

function recordingExec(calls: Recorded[]): Exec {
  return async (file, args, options = {}) => {
    const entry: Recorded = { args: [file, ...args], env: { ...options.env }, output: '' };
    calls.push(entry);
    try {
      const r = await exec(file, args, options);
      entry.output = `${r.stdout}\n${r.stderr}`;
      return r;
    } catch (err) {
      entry.output = errorMessage(err);
      throw err;
    }
  };
}

function recordingLogger(lines: string[]): Logger {
  return {
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    mask: () => undefined,
    group: (_t, fn) => fn(),
  };
}

let server: GitHttpServer;
/** A docker config on the runner, as docker/login-action leaves it. */
let dockerConfig: string;
/** A YAML file on the runner whose key names must not show up anywhere. */
let runnerYaml: string;

beforeAll(async () => {
  server = await startGitHttpServer(TOKEN);
  const home = tempDir('ip-runner-home-');
  dockerConfig = join(home, 'config.json');
  writeFileSync(
    dockerConfig,
    `{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${AUTH}"\n    }\n  }\n}\n`,
  );
  runnerYaml = join(home, 'secret.yaml');
  writeFileSync(runnerYaml, `images:\n- name: api\n  newTag: v1\n${KEY}: 1\n`);
});

afterAll(async () => {
  await server.close();
  removeTempDirs();
});

async function attempt(
  repository: string,
  options: CloneOptions & { branch?: string } = {},
): Promise<{ error: unknown; calls: Recorded[]; lines: string[]; tempRoot: string }> {
  const calls: Recorded[] = [];
  const lines: string[] = [];
  const tempRoot = tempDir('ip-hostile-tmp-');
  let error: unknown;
  try {
    const clone = await cloneOverlayRepository(
      { repository, token: TOKEN, ...(options.branch ? { branch: options.branch } : {}) },
      [OVERLAY],
      {
        gitEnv: GIT_TEST_ENV,
        tempRoot,
        exec: recordingExec(calls),
        logger: recordingLogger(lines),
        ...options,
      },
    );
    await clone.cleanup();
  } catch (err) {
    error = err;
  }
  return { error, calls, lines, tempRoot };
}

/** Nothing of the runner's files in what the run printed, threw or passed to git. */
function expectNothingRead(r: Awaited<ReturnType<typeof attempt>>): void {
  const everything = [
    errorMessage(r.error),
    String((r.error as Error | undefined)?.stack),
    ...r.lines,
    ...r.calls.map((c) => c.output),
  ].join('\n');
  for (const secret of [AUTH, '"auths"', KEY]) expect(everything).not.toContain(secret);
}

describe('a HEAD that names an option', () => {
  it('is refused with a clear error before git sees it, and no file is printed', async () => {
    const bare = server.createRepository('acme/evil');
    const seed = createRepo({ [OVERLAY]: 'images: []\n' });
    seed.git('push', '--quiet', bare, 'main');
    const evil = `--pathspec-from-file=${dockerConfig}`;
    // Porcelain refuses such a name; plumbing writes the ref and points HEAD at it.
    git(bare, ['update-ref', `refs/heads/${evil}`, seed.head()]);
    git(bare, ['symbolic-ref', 'HEAD', `refs/heads/${evil}`]);
    expect(createRepo().git('ls-remote', '--symref', bare, 'HEAD')).toContain(
      `ref: refs/heads/${evil}\tHEAD`,
    );

    const r = await attempt(server.url('acme/evil'));
    expect(r.error).toBeInstanceOf(UserError);
    expect(errorMessage(r.error)).toBe(
      `overlay-repository ${server.url('acme/evil')} names ${JSON.stringify(evil)} as its default branch (HEAD), which is not a valid branch name; set overlay-branch to the branch to use`,
    );
    expectNothingRead(r);
    // git listed the remote's HEAD, and nothing after that.
    expect(r.calls.map((c) => c.args.slice(1, 3))).toEqual([['ls-remote', '--symref']]);
    expect(readdirSync(r.tempRoot)).toEqual([]);
  });

  it('is refused as overlay-branch too', async () => {
    const r = await attempt(server.url('acme/evil'), {
      branch: `--pathspec-from-file=${dockerConfig}`,
    });
    expect(r.error).toBeInstanceOf(UserError);
    expect(errorMessage(r.error)).toMatch(
      /^overlay-branch "--pathspec-from-file=.*" is not a valid git branch name \(git check-ref-format --branch\)/,
    );
    expect(r.calls).toEqual([]);
    expectNothingRead(r);
  });
});

describe('symbolic links in the overlay repository', () => {
  it('an overlay that is a link is refused before it is read', async () => {
    const bare = server.createRepository('acme/linked-file');
    const seed = createRepo({ 'README.md': 'gitops\n' });
    mkdirSync(join(seed.dir, 'environments/prod'), { recursive: true });
    symlinkSync(runnerYaml, join(seed.dir, OVERLAY));
    seed.git('add', '-A');
    seed.git('commit', '--quiet', '-m', 'a link');
    seed.git('push', '--quiet', bare, 'main');

    const r = await attempt(server.url('acme/linked-file'));
    expect(r.error).toBeInstanceOf(UserError);
    expect(errorMessage(r.error)).toBe(
      `overlay ${OVERLAY} in ${server.url('acme/linked-file')} is a symbolic link; image-promote does not follow links in overlay-repository — commit the file itself at that path`,
    );
    expectNothingRead(r);
    expect(readdirSync(r.tempRoot)).toEqual([]);
  });

  it('an overlay under a linked directory is refused before it is read', async () => {
    const bare = server.createRepository('acme/linked-dir');
    const outside = tempDir('ip-runner-dir-');
    mkdirSync(join(outside, 'prod'));
    symlinkSync(runnerYaml, join(outside, 'prod', 'kustomization.yaml'));
    const seed = createRepo({ 'README.md': 'gitops\n' });
    symlinkSync(outside, join(seed.dir, 'environments'));
    seed.git('add', '-A');
    seed.git('commit', '--quiet', '-m', 'a linked directory');
    seed.git('push', '--quiet', bare, 'main');

    const r = await attempt(server.url('acme/linked-dir'));
    expect(r.error).toBeInstanceOf(UserError);
    expect(errorMessage(r.error)).toMatch(
      /^overlay environments\/prod\/kustomization\.yaml in .* lies under the symbolic link environments; image-promote does not follow links/,
    );
    expectNothingRead(r);
  });
});

describe('a repository on this machine', () => {
  let local: string;
  beforeAll(() => {
    local = createBareRemote();
    const seed = createRepo({ [OVERLAY]: 'images: []\n' });
    seed.git('push', '--quiet', local, 'main');
  });

  it('is refused unless allowed, before git runs', async () => {
    for (const repository of [pathToFileURL(local).href, local]) {
      const r = await attempt(repository);
      expect(r.error).toBeInstanceOf(UserError);
      expect(errorMessage(r.error)).toMatch(
        /is a repository on this machine; give owner\/name or an https:\/\/ or ssh:\/\/ URL, or set allow-local-overlay-repository: true/,
      );
      expect(r.calls).toEqual([]);
      expect(readdirSync(r.tempRoot)).toEqual([]);
    }
  });

  it('is cloned when allowed, with git itself limited to the file transport', async () => {
    const r = await attempt(pathToFileURL(local).href, { allowLocalRepository: true });
    expect(r.error).toBeUndefined();
    expect(r.calls.length).toBeGreaterThan(2);
    for (const c of r.calls) expect(c.env.GIT_ALLOW_PROTOCOL).toBe('file');
  });

  it('a network repository is cloned with git limited to network transports', async () => {
    const bare = server.createRepository('acme/plain');
    createRepo({ [OVERLAY]: 'images: []\n' }).git('push', '--quiet', bare, 'main');
    const r = await attempt(server.url('acme/plain'));
    expect(r.error).toBeUndefined();
    for (const c of r.calls) expect(c.env.GIT_ALLOW_PROTOCOL).toBe('https:http:ssh:git');
  });
});
