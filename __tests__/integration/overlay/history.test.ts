import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { OverlayConfig } from '../../../src/config/types.js';
import { Git } from '../../../src/git.js';
import { findPreviousValues } from '../../../src/overlay/history.js';
import {
  cloneRepo,
  createBareRemote,
  createRepo,
  GIT_TEST_ENV,
  removeTempDirs,
  type TempRepo,
} from '../../support/git-fixtures.js';
import { overlayImage } from '../../support/images.js';

afterAll(removeTempDirs);

const PATH = 'k8s/prod/kustomization.yaml';
const D1 = `sha256:${'1'.repeat(64)}`;

const image = overlayImage;

function kustomization(api: string | undefined, extra = ''): string {
  const images = api === undefined ? '' : `images:\n- name: api\n  newTag: ${api}\n`;
  return `resources:\n- ../base\n${extra}${images}`;
}

function overlayOf(repo: TempRepo, path = PATH): OverlayConfig {
  return { file: join(repo.dir, path), path, format: 'auto' };
}

function gitOf(repo: TempRepo): Git {
  return new Git(repo.dir, undefined, undefined, GIT_TEST_ENV);
}

describe('findPreviousValues', () => {
  it('skips config-only commits and the value being rolled back from', async () => {
    const repo = createRepo({ [PATH]: kustomization('v1'), 'src/a.txt': 'a' });
    const c1 = repo.head();
    const c2 = repo.commit({ [PATH]: kustomization('v2') }, 'deploy v2');
    repo.commit({ [PATH]: kustomization('v2', 'namespace: prod\n') }, 'config only');
    repo.commit({ 'src/a.txt': 'b' }, 'code only');
    repo.commit({ [PATH]: kustomization('v3', 'namespace: prod\n') }, 'deploy v3');
    const found = await findPreviousValues(gitOf(repo), overlayOf(repo), image('api'), {
      tag: 'v3',
    });
    expect(found).toEqual([
      { tag: 'v2', commit: c2 },
      { tag: 'v1', commit: c1 },
    ]);
  });

  it('does not offer the current value again when it was deployed before', async () => {
    const repo = createRepo({ [PATH]: kustomization('v1') });
    const c2 = repo.commit({ [PATH]: kustomization('v2') });
    repo.commit({ [PATH]: kustomization('v1') }, 'roll back to v1');
    repo.commit({ [PATH]: kustomization('v4') });
    repo.commit({ [PATH]: kustomization('v1') }, 'v1 again');
    const found = await findPreviousValues(gitOf(repo), overlayOf(repo), image('api'), {
      tag: 'v1',
    });
    expect(found.map((f) => f.tag)).toEqual(['v4', 'v2']);
    expect(found[1]?.commit).toBe(c2);
  });

  it('keeps digests, skips commits without the image, and honours the limit', async () => {
    const repo = createRepo({ [PATH]: kustomization(undefined) });
    repo.commit({ [PATH]: `images:\n- name: api\n  newTag: v1\n  digest: ${D1}\n` });
    repo.commit({ [PATH]: kustomization('v2') });
    repo.commit({ [PATH]: kustomization(undefined) }, 'image removed for a while');
    repo.commit({ [PATH]: kustomization('v3') });
    repo.commit({ [PATH]: kustomization('v4') });
    const git = gitOf(repo);
    const all = await findPreviousValues(git, overlayOf(repo), image('api'), { tag: 'v4' });
    expect(all.map(({ tag, digest }) => ({ tag, digest }))).toEqual([
      { tag: 'v3', digest: undefined },
      { tag: 'v2', digest: undefined },
      { tag: 'v1', digest: D1 },
    ]);
    const one = await findPreviousValues(
      git,
      overlayOf(repo),
      image('api'),
      { tag: 'v4' },
      { limit: 1 },
    );
    expect(one.map((f) => f.tag)).toEqual(['v3']);
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
    const found = await findPreviousValues(gitOf(repo), overlayOf(repo), image('api'), {
      tag: 'v3',
    });
    expect(found).toEqual([
      { tag: 'v2', commit: merge },
      { tag: 'v1', commit: c1 },
    ]);
  });

  it('reads Helm values history by key path', async () => {
    const values = (tag: string): string => `api:\n  image:\n    tag: "${tag}" # CI\n`;
    const repo = createRepo({ 'helm/values.yaml': values('sha-aaaaaaa') });
    repo.commit({ 'helm/values.yaml': values('sha-bbbbbbb') });
    const found = await findPreviousValues(
      gitOf(repo),
      overlayOf(repo, 'helm/values.yaml'),
      image('api', { key: 'api.image.tag' }),
      { tag: 'sha-bbbbbbb' },
    );
    expect(found.map((f) => f.tag)).toEqual(['sha-aaaaaaa']);
  });

  it('reads full references in Terraform variable files, repository included', async () => {
    const ecr = '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api';
    const tfvars = (ref: string): string =>
      `region = "us-east-1"\nlambda_image_uri = "${ref}" # CI\n`;
    const path = 'envs/prod/terraform.tfvars';
    const repo = createRepo({ [path]: tfvars(`${ecr}:sha-aaaaaaa@${D1}`) });
    const c1 = repo.head();
    repo.commit({ [path]: tfvars('ghcr.io/acme/api:sha-bbbbbbb') });
    const c2 = repo.head();
    repo.commit({ [path]: tfvars('ghcr.io/acme/api:sha-ccccccc') });
    const found = await findPreviousValues(
      gitOf(repo),
      overlayOf(repo, path),
      image('api', { key: 'lambda_image_uri' }),
      { repository: 'ghcr.io/acme/api', tag: 'sha-ccccccc' },
    );
    expect(found).toEqual([
      { repository: 'ghcr.io/acme/api', tag: 'sha-bbbbbbb', commit: c2 },
      { repository: ecr, tag: 'sha-aaaaaaa', digest: D1, commit: c1 },
    ]);
  });

  it('deepens a shallow clone until it finds earlier values', async () => {
    const origin = createRepo({ [PATH]: kustomization('v1') });
    for (let i = 2; i <= 4; i++) origin.commit({ [PATH]: kustomization(`v${i}`) });
    for (let i = 0; i < 3; i++) origin.commit({ [`src/${i}.txt`]: String(i) }, 'code');
    const clone = cloneRepo(origin.dir, { depth: 1 });
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const found = await findPreviousValues(gitOf(clone), overlayOf(clone), image('api'), {
      tag: 'v4',
    });
    expect(found.map((f) => f.tag)).toEqual(['v3', 'v2', 'v1']);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('stays shallow when told not to deepen', async () => {
    const remote = createBareRemote();
    const origin = createRepo({ [PATH]: kustomization('v1') });
    origin.commit({ [PATH]: kustomization('v2') });
    origin.git('push', '--quiet', remote, 'main');
    const clone = cloneRepo(remote, { depth: 1 });
    const found = await findPreviousValues(
      gitOf(clone),
      overlayOf(clone),
      image('api'),
      { tag: 'v2' },
      { deepen: false },
    );
    expect(found).toEqual([]);
  });
});
