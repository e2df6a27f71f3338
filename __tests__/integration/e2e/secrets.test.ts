/**
 * Issue 8: credentials never reach an output channel, even when the registry echoes them.
 * The committed bundle (dist/index.js) runs against __tests__/support/echo-registry.ts
 * (Basic auth; every error body and challenge repeats the Authorization header, the base64
 * `user:password` and the decoded pair) with the credential in a docker config's `auths`.
 * Lookups fail (403, 401, 500); no form of the credential — plain, base64 `user:password`,
 * URL-encoded — may appear in stdout/stderr, any output, the job summary or the error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDist, type DistRun } from '../../support/dist-runner.js';
import { startEchoRegistry, type EchoRegistry } from '../../support/echo-registry.js';
import { createAppProject } from '../../support/e2e.js';
import { removeTempDirs, tempDir } from '../../support/git-fixtures.js';

const USER = 'carol';
const PASSWORD = `p@ss:w0rd/${randomUUID()}!+=`;
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** Every form the credential may travel in. */
const FORMS = [
  PASSWORD,
  encodeURIComponent(PASSWORD),
  b64(PASSWORD),
  b64(PASSWORD).replace(/=+$/, ''),
  b64(`${USER}:${PASSWORD}`),
  b64(`${USER}:${PASSWORD}`).replace(/=+$/, ''),
  `${USER}:${PASSWORD}`,
];

let registry: EchoRegistry;
let dockerConfig: string;

beforeAll(async () => {
  registry = await startEchoRegistry('basic');
  dockerConfig = tempDir('ip-e2e-docker-');
  writeFileSync(
    join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [registry.host]: { auth: b64(`${USER}:${PASSWORD}`) } } }),
  );
});

afterAll(async () => {
  await registry.stop();
  removeTempDirs();
});

function leaks(text: string): string[] {
  return FORMS.filter((f) => text.includes(f));
}

/** A project whose one image lives in `<echo>/<ns>/<name>`: the name picks the answer. */
async function runAgainst(name: 'deny' | 'reject' | 'fail', inputs: Record<string, string>) {
  const project = createAppProject(
    ({ registry: host, namespace }) => ({
      [`services/${name}/Dockerfile`]: 'FROM scratch\nCOPY app.txt /app.txt\n',
      [`services/${name}/app.txt`]: 'v1\n',
      'k8s/prod/kustomization.yaml': [
        'images:',
        `  - name: ${name}`,
        `    newName: ${host}/${namespace}/${name}`,
        '    newTag: sha-1a2b3c4',
        '',
      ].join('\n'),
    }),
    ({ namespace }) =>
      [`- name: ${name}`, `  repository: ${namespace}/${name}`, `  context: services/${name}`].join(
        '\n',
      ),
    registry.host,
  );
  const run = await runDist(project, {
    event: 'workflow_dispatch',
    inputs: {
      overlay: 'k8s/prod/kustomization.yaml',
      'write-overlay': 'true',
      environment: 'prod',
      ...inputs,
    },
    env: { DOCKER_CONFIG: dockerConfig },
  });
  return { run, project };
}

function expectNothingLeaked(run: DistRun): void {
  const shown = run.log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect({ log: leaks(shown) }).toEqual({ log: [] });
  expect({ summary: leaks(run.summary) }).toEqual({ summary: [] });
  for (const [name, value] of Object.entries(run.outputs)) {
    expect({ [name]: leaks(value) }).toEqual({ [name]: [] });
  }
}

describe('credentials through dist/index.js against a registry that echoes them', () => {
  it.each([
    ['deny', 'HTTP 403', { mode: 'auto' }],
    ['reject', 'HTTP 401', { mode: 'auto' }],
    ['fail', 'HTTP 500', { mode: 'auto' }],
    ['deny', 'HTTP 403', { tag: 'sha-1a2b3c4' }],
    ['reject', 'HTTP 401', { mode: 'reuse' }],
  ] as const)(
    'a failing lookup (%s, %s, %j): the run fails clearly and no form of the credential is printed',
    async (name, _status, inputs) => {
      const { run } = await runAgainst(name, inputs);
      expect(run.exitCode).toBe(1);
      expect(run.outputs.decision).toBe('failed');
      // The registry answered, echoing the credential: this is what must not come through.
      expect(run.log).toMatch(/::error::.*you sent Authorization: \*\*\*/);
      expect(run.outputs.reason).toContain(registry.host);
      expect(run.outputs.reason).toMatch(new RegExp(`${name}|denied|refused|unauthorized`, 'i'));
      expect(run.log).not.toMatch(/docker (?:buildx )?build/);
      expectNothingLeaked(run);
    },
  );
});
