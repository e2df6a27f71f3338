/**
 * `previous`: the values an image had, from the overlay's git history (first-parent, every
 * format), and where a rollback may go — never back to a value that was rolled back from.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../../../src/config/types.js';
import { rollbackCandidates, valueHistory } from '../../../src/engine/rollback.js';
import { Git } from '../../../src/git.js';
import { silentLogger } from '../../../src/log.js';
import { readOverlay } from '../../../src/overlay/overlay-files.js';
import {
  cloneRepo,
  createRepo,
  GIT_TEST_ENV,
  removeTempDirs,
  type TempRepo,
} from '../../support/git-fixtures.js';
import { overlayImage } from '../../support/images.js';

afterAll(removeTempDirs);

const PATH = 'k8s/prod/kustomization.yaml';
const D1 = `sha256:${'1'.repeat(64)}`;

function kustomization(api: string | undefined, extra = ''): string {
  const images = api === undefined ? '' : `images:\n- name: api\n  newTag: ${api}\n`;
  return `resources:\n- ../base\n${extra}${images}`;
}

function overlayOf(repo: TempRepo, path = PATH): OverlayConfig {
  return { file: join(repo.dir, path), path, format: 'auto' };
}

async function history(repo: TempRepo, image: ImageConfig = overlayImage('api'), path = PATH) {
  const state = await readOverlay(overlayOf(repo, path), [image]);
  const git = new Git(repo.dir, undefined, undefined, GIT_TEST_ENV);
  const { runs } = await valueHistory(git, state, [image], silentLogger);
  return runs.get(image.name) ?? [];
}

describe('the overlay history of an image', () => {
  it('skips config-only commits; each value belongs to the commit that brought it in', async () => {
    const repo = createRepo({ [PATH]: kustomization('v1'), 'src/a.txt': 'a' });
    const c1 = repo.head();
    const c2 = repo.commit({ [PATH]: kustomization('v2') }, 'deploy v2');
    repo.commit({ [PATH]: kustomization('v2', 'namespace: prod\n') }, 'config only');
    repo.commit({ 'src/a.txt': 'b' }, 'code only');
    const c3 = repo.commit({ [PATH]: kustomization('v3', 'namespace: prod\n') }, 'deploy v3');
    const runs = await history(repo);
    expect(runs.map((r) => [r.value.tag, r.commit])).toEqual([
      ['v3', c3],
      ['v2', c2],
      ['v1', c1],
    ]);
    expect(rollbackCandidates(runs).map((r) => r.value.tag)).toEqual(['v2', 'v1']);
  });

  it('reads every version of an overlay that holds bytes that are not UTF-8', async () => {
    // `# café` in Latin-1: one byte per character, which a UTF-8 reading would misplace.
    const latin1 = (tag: string): string =>
      Buffer.concat([
        Buffer.from('# caf'),
        Buffer.from([0xe9]),
        Buffer.from(`\n${kustomization(tag)}`),
      ]).toString('latin1');
    const repo = createRepo();
    const write = (tag: string): string => {
      writeFileSync(
        join(repo.dir, 'k8s', 'prod', 'kustomization.yaml'),
        Buffer.from(latin1(tag), 'latin1'),
      );
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', tag);
      return repo.head();
    };
    mkdirSync(join(repo.dir, 'k8s', 'prod'), { recursive: true });
    const c1 = write('v1');
    const c2 = write('v2');
    const c3 = write('v3');
    const runs = await history(repo);
    expect(runs.map((r) => [r.value.tag, r.commit])).toEqual([
      ['v3', c3],
      ['v2', c2],
      ['v1', c1],
    ]);
  });

  it('never returns to a value that was rolled back from: pressing previous twice goes further back', async () => {
    const repo = createRepo({ [PATH]: kustomization('v1') });
    repo.commit({ [PATH]: kustomization('v2') }, 'deploy v2');
    repo.commit({ [PATH]: kustomization('v3') }, 'deploy v3 (bad)');
    repo.commit({ [PATH]: kustomization('v2') }, 'previous: back to v2');
    // v3 was rolled back from: the next previous goes to v1, not back to v3.
    expect(rollbackCandidates(await history(repo)).map((r) => r.value.tag)).toEqual(['v1']);
    repo.commit({ [PATH]: kustomization('v1') }, 'previous again: back to v1');
    expect(rollbackCandidates(await history(repo))).toEqual([]);
    // A value deployed anew is a deploy like any other.
    repo.commit({ [PATH]: kustomization('v3') }, 'v3 fixed and redeployed');
    expect(rollbackCandidates(await history(repo)).map((r) => r.value.tag)).toEqual(['v1']);
  });

  it('keeps digests, and commits without the image end a run', async () => {
    const repo = createRepo({ [PATH]: kustomization(undefined) });
    repo.commit({ [PATH]: `images:\n- name: api\n  newTag: v1\n  digest: ${D1}\n` });
    repo.commit({ [PATH]: kustomization('v2') });
    repo.commit({ [PATH]: kustomization(undefined) }, 'image removed for a while');
    repo.commit({ [PATH]: kustomization('v3') });
    repo.commit({ [PATH]: kustomization('v4') });
    const candidates = rollbackCandidates(await history(repo));
    expect(candidates.map((c) => [c.value.tag, c.value.digest])).toEqual([
      ['v3', undefined],
      ['v2', undefined],
      ['v1', D1],
    ]);
  });

  it('follows the first parent: a merged branch counts as one deploy', async () => {
    const repo = createRepo({ [PATH]: kustomization('v1') });
    const c1 = repo.head();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.commit({ [PATH]: kustomization('wip-1') }, 'try something');
    repo.commit({ [PATH]: kustomization('v2') }, 'settle on v2');
    repo.git('checkout', '--quiet', 'main');
    repo.commit({ 'README.md': 'hi' }, 'unrelated');
    repo.git('merge', '--quiet', '--no-ff', '-m', 'merge feature', 'feature');
    const merge = repo.head();
    repo.commit({ [PATH]: kustomization('v3') });
    expect(rollbackCandidates(await history(repo)).map((c) => [c.value.tag, c.commit])).toEqual([
      ['v2', merge],
      ['v1', c1],
    ]);
  });

  it('reads Helm values by key path and full references in Terraform variable files', async () => {
    const values = (tag: string): string => `api:\n  image:\n    tag: "${tag}" # CI\n`;
    const helm = createRepo({ 'helm/values.yaml': values('sha-aaaaaaa') });
    helm.commit({ 'helm/values.yaml': values('sha-bbbbbbb') });
    const runs = await history(
      helm,
      overlayImage('api', { key: 'api.image.tag' }),
      'helm/values.yaml',
    );
    expect(rollbackCandidates(runs).map((r) => r.value.tag)).toEqual(['sha-aaaaaaa']);

    const ecr = '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api';
    const tfvars = (ref: string): string =>
      `region = "us-east-1"\nlambda_image_uri = "${ref}" # CI\n`;
    const path = 'envs/prod/terraform.tfvars';
    const repo = createRepo({ [path]: tfvars(`${ecr}:sha-aaaaaaa@${D1}`) });
    const c1 = repo.head();
    const c2 = repo.commit({ [path]: tfvars('ghcr.io/acme/api:sha-bbbbbbb') });
    repo.commit({ [path]: tfvars('ghcr.io/acme/api:sha-ccccccc') });
    const lambda = overlayImage('api', { key: 'lambda_image_uri' });
    expect(rollbackCandidates(await history(repo, lambda, path))).toEqual([
      { commit: c2, value: { repository: 'ghcr.io/acme/api', tag: 'sha-bbbbbbb' } },
      { commit: c1, value: { repository: ecr, tag: 'sha-aaaaaaa', digest: D1 } },
    ]);
  });

  it('deepens a shallow clone until it finds earlier values', async () => {
    const origin = createRepo({ [PATH]: kustomization('v1') });
    for (let i = 2; i <= 4; i++) origin.commit({ [PATH]: kustomization(`v${i}`) });
    for (let i = 0; i < 3; i++) origin.commit({ [`src/${i}.txt`]: String(i) }, 'code');
    const clone = cloneRepo(origin.dir, { depth: 1 });
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const runs = await history(clone);
    expect(rollbackCandidates(runs).map((r) => r.value.tag)).toEqual(['v3', 'v2', 'v1']);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('false');
  });
});
