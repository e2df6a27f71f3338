/**
 * Per-file keys through the engine (real git, docker and registry): one image whose value
 * lives at `lambda_image_uri` in dev's `.tfvars.json` and at `lambda.image_uri` in prod's
 * `.tfvars`. A build writes dev; `mode: promote` carries the same image from dev to prod,
 * each file edited at its own key and nowhere else. The environment is free text.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createAppProject, fileAt, registryDigest, replaceOnce } from '../../support/e2e.js';
import { runAction, type ActionRun, type Project } from '../../support/engine-fixtures.js';
import { removeTempDirs } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const DEV = 'envs/dev/lambda.tfvars.json';
const PROD = 'envs/prod/prod.tfvars';

function devJson(uri: string): string {
  return `{\n  "function_name": "api-dev",\n  "lambda_image_uri": "${uri}",\n  "memory_size": 512\n}\n`;
}

function prodTfvars(uri: string): string {
  return [
    '# prod: Terraform variables',
    'region = "eu-west-1"',
    '',
    'lambda = {',
    '  function_name = "api-prod" # the function',
    `  image_uri     = "${uri}"`,
    '}',
    '# not the image: same name at the top level',
    'image_uri = "keep-me"',
    '',
  ].join('\n');
}

function ok(run: ActionRun): ActionRun {
  if (run.result.failure) throw new Error(`the run failed: ${run.result.failure}`);
  return run;
}

function api(run: ActionRun) {
  const found = run.report.images.find((i) => i.name === 'api');
  if (!found) throw new Error('no api in the report');
  return found;
}

describe('per-file keys, through the engine', () => {
  it('promotes from dev .tfvars.json (lambda_image_uri) to prod .tfvars (lambda.image_uri)', async () => {
    let repo = '';
    let placeholder = '';
    const project: Project = createAppProject(
      ({ registry, namespace }) => {
        repo = `${registry}/${namespace}/api`;
        placeholder = `${repo}:bootstrap`;
        return {
          'services/api/Dockerfile': 'FROM scratch\nCOPY handler.txt /handler.txt\n',
          'services/api/handler.txt': 'handler v1\n',
          [DEV]: devJson(placeholder),
          [PROD]: prodTfvars(placeholder),
        };
      },
      ({ namespace }) =>
        [
          '- name: api',
          `  repository: ${namespace}/api`,
          '  context: services/api',
          '  key:',
          `    ${DEV}: lambda_image_uri`,
          '    envs/prod/*.tfvars: lambda.image_uri',
        ].join('\n'),
    );
    const write = { 'write-overlay': 'true', commit: 'true' };

    const built = ok(
      await runAction(project, {
        event: 'workflow_dispatch',
        inputs: { mode: 'build', overlay: DEV, environment: 'Dev EU', ...write },
      }),
    );
    const { tag, digest } = api(built);
    expect(api(built)).toMatchObject({ decision: 'build', status: 'verified' });
    expect(await registryDigest(repo, tag)).toBe(digest);
    const reference = `${repo}:${tag}`;
    expect(fileAt(project.origin, 'main', DEV)).toBe(devJson(reference));
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');

    const promoted = ok(
      await runAction(project, {
        event: 'workflow_dispatch',
        inputs: {
          mode: 'promote',
          'from-overlay': DEV,
          overlay: PROD,
          environment: 'Production EU',
          ...write,
        },
      }),
    );
    expect(api(promoted)).toMatchObject({ decision: 'promote', tag, digest, status: 'verified' });
    // Only lambda.image_uri changed; the top-level image_uri and every other byte stayed.
    expect(fileAt(project.origin, 'main', PROD)).toBe(
      replaceOnce(prodTfvars(placeholder), placeholder, reference),
    );
    expect(fileAt(project.origin, 'main', DEV)).toBe(devJson(reference));
    // The environment as written in the commit message.
    expect(project.work.git('log', '-1', '--format=%s', 'origin/main')).toMatch(
      /^deploy\(Production EU\): api .*bootstrap → /,
    );
    expect(await registryDigest(repo, tag)).toBe(digest);
  });
});
