/**
 * Helpers for the end-to-end tests under __tests__/integration/e2e: application
 * repositories with arbitrary files (one bare `origin`, one runner checkout), exact file
 * bytes from git, and checks of what a dist/index.js run output.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseReference, withTagAndDigest } from '../../src/reference.js';
import { skopeoDigest } from './docker-fixtures.js';
import type { DistRun } from './dist-runner.js';
import type { Project } from './engine-fixtures.js';
import { sharedRegistry } from './env.js';
import { cloneRepo, createBareRemote, GIT_TEST_ENV } from './git-fixtures.js';

/** A project whose first commit on `main` holds `files`; `images` gets `{ns}` replaced. */
export function createAppProject(
  files: (ctx: { registry: string; namespace: string }) => Record<string, string>,
  images: (ctx: { registry: string; namespace: string }) => string,
  registry = sharedRegistry().host,
): Project {
  const namespace = `e2e-${randomBytes(4).toString('hex')}`;
  const origin = createBareRemote();
  const seed = cloneRepo(origin);
  seed.commit(files({ registry, namespace }), 'initial');
  seed.git('push', '-q', 'origin', 'main');
  const work = cloneRepo(origin);
  return { origin, work, registry, namespace, imagesInput: images({ registry, namespace }) };
}

/** The exact bytes of `path` at `rev` in the repository at `dir` (no trimming). */
export function fileAt(dir: string, rev: string, path: string): string {
  return execFileSync('git', ['show', `${rev}:${path}`], {
    cwd: dir,
    env: GIT_TEST_ENV,
    encoding: 'utf8',
  });
}

/** The commit `ref` names in the repository at `dir` (a bare remote or a clone). */
export function revParse(dir: string, ref: string): string {
  return execFileSync('git', ['rev-parse', ref], {
    cwd: dir,
    env: GIT_TEST_ENV,
    encoding: 'utf8',
  }).trim();
}

export function ok(run: DistRun): DistRun {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.log}`);
  return run;
}

export function image(run: DistRun, name: string): Record<string, string> {
  const found = run.images.find((i) => i.name === name);
  if (!found) throw new Error(`no image ${name} in ${JSON.stringify(run.outputs)}\n${run.log}`);
  return found;
}

/** What the registry itself (skopeo, not our client) says `repository:tag` is. */
export function registryDigest(repository: string, tag: string): Promise<string | undefined> {
  return skopeoDigest(withTagAndDigest(parseReference(repository), tag));
}

/** Replaces exactly one occurrence of `from` in `text` (throws when it is not exactly one). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) {
    throw new Error(`expected exactly one ${JSON.stringify(from)} in:\n${text}`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The debug line every docker build of a run logs. */
export const DOCKER_BUILD = /exec: docker (?:buildx )?build\b/;
