/**
 * Issue 11, "Done when": the Lambda/Terraform flow, the JSON variables flow and a raw
 * Deployment manifest, end to end through the committed bundle (dist/index.js). One build on
 * the dev branch with `sha-{sha}-{date}` tags writes a full image reference into
 * envs/dev/terraform.tfvars; `mode: promote` carries the same image to staging and prod;
 * every file keeps every other byte, parses with a real consumer's parser, and the digest
 * never changes.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { runDist, type DistRun } from '../../support/dist-runner.js';
import {
  createAppProject,
  DOCKER_BUILD,
  fileAt,
  image,
  ok,
  registryDigest,
  replaceOnce,
  revParse,
} from '../../support/e2e.js';
import type { Project } from '../../support/engine-fixtures.js';
import { removeTempDirs } from '../../support/git-fixtures.js';
import { parseHcl } from '../../support/hcl2json.js';

afterAll(removeTempDirs);

const DOCKERFILE = 'FROM scratch\nCOPY handler.txt /handler.txt\n';
/** Every workflow of the pipeline shares the tag template (it tells which tags are immutable). */
const TAG_TEMPLATE = 'sha-{sha}-{date}';

/** A variables file as people write them: comments of every kind, alignment, an object. */
function tfvars(env: string, uri: string): string {
  return [
    `# ${env}: Terraform variables of the api Lambda`,
    '// image-promote owns lambda_image_uri; people own the rest',
    '',
    'region        = "eu-west-1"',
    `function_name = "api-${env}" # the function`,
    'memory_size   = 512',
    `lambda_image_uri = "${uri}" // deployed image`,
    '',
    '/* tags on every resource */',
    'tags = {',
    '  team = "payments"',
    `  env  = "${env}"`,
    '}',
    '',
  ].join('\n');
}

function tfvarsJson(env: string, uri: string): string {
  return (
    JSON.stringify(
      {
        region: 'eu-west-1',
        function_name: `api-${env}`,
        memory_size: 512,
        lambda_image_uri: uri,
        tags: { team: 'payments', env },
      },
      null,
      2,
    ) + '\n'
  );
}

const ENVS = ['dev', 'staging', 'prod'] as const;

function lambdaProject(kind: 'tfvars' | 'json'): {
  project: Project;
  original: (env: string) => string;
  file: (env: string) => string;
  repo: string;
  placeholder: string;
} {
  const ext = kind === 'tfvars' ? 'terraform.tfvars' : 'terraform.tfvars.json';
  const render = kind === 'tfvars' ? tfvars : tfvarsJson;
  let repo = '';
  let placeholder = '';
  const project = createAppProject(
    ({ registry, namespace }) => {
      repo = `${registry}/${namespace}/api`;
      placeholder = `${repo}:bootstrap`;
      const files: Record<string, string> = {
        'services/api/Dockerfile': DOCKERFILE,
        'services/api/handler.txt': 'handler v1\n',
      };
      for (const env of ENVS) files[`envs/${env}/${ext}`] = render(env, placeholder);
      return files;
    },
    ({ namespace }) =>
      [
        '- name: api',
        `  repository: ${namespace}/api`,
        '  context: services/api',
        '  key: lambda_image_uri',
      ].join('\n'),
  );
  return {
    project,
    original: (env) => render(env, placeholder),
    file: (env) => `envs/${env}/${ext}`,
    repo,
    placeholder,
  };
}

/** Pushes a `dev` branch with a code change and runs the dev build on it. */
async function buildOnDev(
  project: Project,
  overlay: string,
): Promise<{ run: DistRun; dev: string }> {
  const main = project.work.head();
  project.work.git('checkout', '-q', '-b', 'dev');
  const dev = project.work.commit({ 'services/api/handler.txt': 'handler v2\n' }, 'api v2');
  project.work.git('push', '-q', 'origin', 'dev');
  const run = ok(
    await runDist(project, {
      event: 'push',
      sha: dev,
      ref: 'refs/heads/dev',
      payload: { ref: 'refs/heads/dev', before: main, after: dev, forced: false },
      inputs: {
        'tag-template': TAG_TEMPLATE,
        overlay,
        'write-overlay': 'true',
        commit: 'true',
        environment: 'dev',
      },
    }),
  );
  return { run, dev };
}

/** dev lands on main (fast-forward); the checkout follows. */
function mergeDevIntoMain(project: Project): void {
  project.work.git('pull', '-q', '--rebase', 'origin', 'dev');
  project.work.git('checkout', '-q', 'main');
  project.work.git('merge', '-q', '--ff-only', 'dev');
  project.work.git('push', '-q', 'origin', 'main');
}

async function promote(
  project: Project,
  from: string,
  to: string,
  environment: string,
  extra: Record<string, string> = {},
): Promise<DistRun> {
  const run = await runDist(project, {
    event: 'workflow_dispatch',
    ref: 'refs/heads/main',
    inputs: {
      mode: 'promote',
      'tag-template': TAG_TEMPLATE,
      'from-overlay': from,
      overlay: to,
      'write-overlay': 'true',
      commit: 'true',
      environment,
      ...extra,
    },
  });
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  return ok(run);
}

describe('the Lambda / Terraform flow through dist/index.js', () => {
  it('builds once on dev with sha-{sha}-{date}, promotes the same reference to staging and prod, pins the digest', async () => {
    const { project, original, file, repo, placeholder } = lambdaProject('tfvars');
    const { run: built, dev } = await buildOnDev(project, file('dev'));
    const api = image(built, 'api');
    expect(api).toMatchObject({ decision: 'build', status: 'verified' });
    expect(built.log).toMatch(DOCKER_BUILD);
    // {sha} is the full 40-hex commit; {date} is UTC YYYYMMDD.
    expect(api.tag).toMatch(new RegExp(`^sha-${dev}-\\d{8}$`));
    const tag = api.tag ?? '';
    const digest = api.digest ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await registryDigest(repo, tag)).toBe(digest);
    const reference = `${repo}:${tag}`;
    expect(built.outputs.tag).toBe(tag);
    expect(built.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    // The commit landed on dev, and changed the value's bytes and nothing else.
    expect(revParse(project.origin, 'dev')).toBe(built.outputs['commit-sha']);
    expect(fileAt(project.origin, 'dev', file('dev'))).toBe(
      replaceOnce(original('dev'), placeholder, reference),
    );

    mergeDevIntoMain(project);
    const staging = await promote(project, file('dev'), file('staging'), 'staging');
    expect(image(staging, 'api')).toMatchObject({
      decision: 'promote',
      tag,
      digest,
      status: 'verified',
    });
    const prod = await promote(project, file('staging'), file('prod'), 'prod');
    expect(image(prod, 'api')).toMatchObject({ decision: 'promote', tag, digest });
    for (const env of ['staging', 'prod']) {
      expect(fileAt(project.origin, 'main', file(env))).toBe(
        replaceOnce(original(env), placeholder, reference),
      );
    }

    // A second prod run with pin-digest: the same reference, now with the built digest.
    const pinned = await promote(project, file('staging'), file('prod'), 'prod', {
      'pin-digest': 'true',
    });
    expect(image(pinned, 'api')).toMatchObject({ tag, digest });
    expect(pinned.outputs['overlay-changed']).toBe('true');
    const prodText = fileAt(project.origin, 'main', file('prod'));
    expect(prodText).toBe(replaceOnce(original('prod'), placeholder, `${reference}@${digest}`));

    // One build in all; the registry holds exactly what the files name.
    for (const run of [staging, prod, pinned]) {
      expect(run.log).not.toMatch(DOCKER_BUILD);
      expect(run.images.every((i) => i.decision !== 'build')).toBe(true);
    }
    expect(await registryDigest(repo, tag)).toBe(digest);

    // HashiCorp's parser reads every file; only lambda_image_uri differs from the original.
    for (const env of ENVS) {
      const text = fileAt(project.origin, 'main', file(env));
      const parsed = await parseHcl(file(env), text);
      const before = await parseHcl(file(env), original(env));
      expect(parsed).toEqual({
        ...before,
        lambda_image_uri: env === 'prod' ? `${reference}@${digest}` : reference,
      });
    }
  });

  it('the JSON variables flow: full references, key order and indentation kept, valid JSON', async () => {
    const { project, original, file, repo, placeholder } = lambdaProject('json');
    const { run: built } = await buildOnDev(project, file('dev'));
    const { tag = '', digest = '' } = image(built, 'api');
    const reference = `${repo}:${tag}`;
    mergeDevIntoMain(project);
    await promote(project, file('dev'), file('staging'), 'staging', { 'pin-digest': 'true' });
    const prod = await promote(project, file('staging'), file('prod'), 'prod', {
      'pin-digest': 'true',
    });
    expect(image(prod, 'api')).toMatchObject({ decision: 'promote', tag, digest });
    expect(built.log).toMatch(DOCKER_BUILD);
    expect(prod.log).not.toMatch(DOCKER_BUILD);
    const expected: Record<string, string> = {
      dev: reference,
      staging: `${reference}@${digest}`,
      prod: `${reference}@${digest}`,
    };
    for (const env of ENVS) {
      const text = fileAt(project.origin, 'main', file(env));
      expect(text).toBe(replaceOnce(original(env), placeholder, expected[env] ?? ''));
      expect(JSON.parse(text)).toEqual({
        ...(JSON.parse(original(env)) as object),
        lambda_image_uri: expected[env],
      });
    }
    expect(await registryDigest(repo, tag)).toBe(digest);
  });
});

describe('a raw Deployment manifest as the overlay', () => {
  it('writes the verified reference into the selected container; a plain YAML reader sees it', async () => {
    const manifest = (apiImage: string): string =>
      [
        '# the api Deployment, applied as is (no kustomize)',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: api',
        'spec:',
        '  replicas: 2',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: log-shipper',
        '          image: docker.io/fluent/fluent-bit:3.0 # pinned by hand',
        '        - name: api',
        `          image: ${apiImage}`,
        '          ports:',
        '            - containerPort: 8080',
        '',
      ].join('\n');
    let placeholder = '';
    let repo = '';
    const project = createAppProject(
      ({ registry, namespace }) => {
        repo = `${registry}/${namespace}/api`;
        placeholder = `${repo}:bootstrap`;
        return {
          'services/api/Dockerfile': DOCKERFILE,
          'services/api/handler.txt': 'handler v1\n',
          'deploy/prod/deployment.yaml': manifest(placeholder),
        };
      },
      ({ namespace }) =>
        [
          '- name: api',
          `  repository: ${namespace}/api`,
          '  context: services/api',
          '  key: spec.template.spec.containers[name=api].image',
          '  value: reference',
        ].join('\n'),
    );
    const run = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: {
          mode: 'build',
          overlay: 'deploy/prod/deployment.yaml',
          'overlay-format': 'yaml',
          'write-overlay': 'true',
          'pin-digest': 'true',
          commit: 'true',
          environment: 'prod',
        },
      }),
    );
    const { tag = '', digest = '' } = image(run, 'api');
    expect(image(run, 'api')).toMatchObject({ decision: 'build', status: 'verified' });
    expect(await registryDigest(repo, tag)).toBe(digest);
    const written = `${repo}:${tag}@${digest}`;
    const text = fileAt(project.origin, 'main', 'deploy/prod/deployment.yaml');
    expect(text).toBe(manifest(written));
    const doc = parseYaml(text) as {
      spec: { template: { spec: { containers: { name: string; image: string }[] } } };
    };
    expect(doc.spec.template.spec.containers).toEqual([
      { name: 'log-shipper', image: 'docker.io/fluent/fluent-bit:3.0' },
      { name: 'api', image: written, ports: [{ containerPort: 8080 }] },
    ]);
  });
});
