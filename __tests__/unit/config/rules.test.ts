/**
 * The cross-field rules (src/config/rules.ts): each one, through parseConfig, refuses what it
 * is about and names the input to change, and lets the corrected inputs through.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import * as rules from '../../../src/config/rules.js';
import { InputError } from '../../../src/errors.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-rules-'));
mkdirSync(join(workspace, 'k8s/prod'), { recursive: true });
writeFileSync(join(workspace, 'k8s/prod/kustomization.yaml'), 'images: []\n');
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

type Inputs = Partial<Record<InputName, string>>;
const OVERLAY = 'k8s/prod/kustomization.yaml';
const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----';

function parse(inputs: Inputs) {
  const all: Inputs = { images: '- name: api\n- name: web', ...inputs };
  return parseConfig({ get: (name) => all[name] ?? INPUTS[name].default }, { workspace });
}

function outcome(inputs: Inputs): InputError | 'ok' {
  try {
    parse(inputs);
    return 'ok';
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/** rule, inputs it refuses, the input it names, the message, and inputs that fix it. */
const CASES: [keyof typeof rules, Inputs, InputName, RegExp, Inputs][] = [
  [
    'overlayBranchNeedsRepository',
    { 'overlay-branch': 'live' },
    'overlay-branch',
    /only applies to overlay-repository/,
    { 'overlay-branch': 'live', 'overlay-repository': 'acme/gitops' },
  ],
  [
    'overlayFormatNeedsKeys',
    { images: '- name: api\n  key: api.tag\n- name: web', 'overlay-format': 'yaml' },
    'overlay-format',
    /"yaml" needs a key for every image; missing for web/,
    {
      images: '- name: api\n  key: api.tag\n- name: web\n  key: web.tag',
      'overlay-format': 'yaml',
    },
  ],
  [
    'previousNeedsRollbackMode',
    { tag: 'previous', mode: 'build', overlay: OVERLAY },
    'tag',
    /"previous" only means a rollback in mode auto or rollback, not build/,
    { tag: 'previous', mode: 'rollback', overlay: OVERLAY },
  ],
  [
    'rollbackTakesPrevious',
    { mode: 'rollback', tag: 'v1.2.3', overlay: OVERLAY },
    'tag',
    /it takes previous or previous~N/,
    { mode: 'rollback', tag: 'previous~2', overlay: OVERLAY },
  ],
  [
    'rollbackNeedsOverlay',
    { mode: 'rollback' },
    'overlay',
    /no overlay is set/,
    { mode: 'rollback', overlay: OVERLAY },
  ],
  [
    'promoteNeedsSource',
    { mode: 'promote' },
    'mode',
    /"promote" needs a source — set from-overlay/,
    { mode: 'promote', 'from-overlay': OVERLAY },
  ],
  [
    'buildTakesOneTag',
    { mode: 'build', tag: 'api=sha-1a2b3c4' },
    'tag',
    /mode "build" takes one tag/,
    { mode: 'build', tag: 'sha-1a2b3c4', 'matrix-image': 'api' },
  ],
  [
    'matrixImageIsConfigured',
    { 'matrix-image': 'wbe' },
    'matrix-image',
    /"wbe" is not one of the configured images — use one of: api, web/,
    { 'matrix-image': 'web' },
  ],
  [
    'renameNeedsPromote',
    { tag: 'api=ghcr.io/acme/staging-api:v1 -> v1' },
    'tag',
    /only mode "promote" does/,
    { tag: 'api=ghcr.io/acme/staging-api:v1 -> v1', mode: 'promote' },
  ],
  [
    'tagShapesAreDisjoint',
    { 'promote-tags': 'src-0123456789abcdef' },
    'promote-tags',
    /source-tag/,
    { 'promote-tags': 'prod' },
  ],
  [
    'writeNeedsOverlay',
    { commit: 'true' },
    'commit',
    /there is no overlay to write/,
    { commit: 'true', overlay: OVERLAY },
  ],
  [
    'writeNeedsPush',
    { 'write-overlay': 'true', overlay: OVERLAY, push: 'false' },
    'push',
    /false pushes nothing/,
    { 'write-overlay': 'true', overlay: OVERLAY },
  ],
  [
    'pullRequestNeedsToken',
    { commit: 'pull-request', overlay: OVERLAY, 'github-token': '' },
    'commit',
    /no token is set/,
    { commit: 'pull-request', overlay: OVERLAY, 'github-token': '', 'overlay-token': 't' },
  ],
  [
    'pullRequestBranchIsValid',
    { commit: 'pull-request', overlay: OVERLAY, environment: 'eu..west' },
    'environment',
    /"eu\.\.west" makes the pull request branch "image-promote\/eu\.\.west" \(pull-request-branch "image-promote\/\{environment\}"\)/,
    { commit: 'pull-request', overlay: OVERLAY, environment: 'eu west' },
  ],
  [
    'environmentUrlNeedsEnvironment',
    { 'environment-url': 'https://shop.example.com' },
    'environment-url',
    /environment \(the deployment's name\) is not set — set environment/,
    { 'environment-url': 'https://shop.example.com', environment: 'prod' },
  ],
  [
    'deploymentNeedsEnvironment',
    { 'github-deployment': 'true' },
    'github-deployment',
    /"true" records each deploy as a GitHub Deployment of an environment, but environment is not set/,
    { 'github-deployment': 'true', environment: 'prod' },
  ],
  [
    'deploymentNeedsToken',
    { 'github-deployment': 'true', environment: 'prod', 'github-token': '' },
    'github-deployment',
    /github-token is empty — set github-token \(the job token needs permissions: deployments: write\)/,
    { 'github-deployment': 'auto', environment: 'prod', 'github-token': '' },
  ],
  [
    'signKeyNeedsSigningKey',
    { sign: 'key' },
    'signing-key',
    /is empty, but sign: key signs with it/,
    { sign: 'key', 'signing-key': 'PEM' },
  ],
  [
    'signingKeyNeedsSignKey',
    { 'signing-key': 'PEM' },
    'signing-key',
    /only applies to sign: key, and sign is none/,
    { 'signing-key': 'PEM', sign: 'key' },
  ],
  [
    'signNeedsPush',
    { sign: 'keyless', push: 'false' },
    'sign',
    /keyless signs the images this run pushes, but push is false/,
    { sign: 'keyless' },
  ],
  [
    'verifyKeyNeedsVerify',
    { 'verify-key': PUBLIC_PEM },
    'verify-key',
    /only applies to verify: signature/,
    { 'verify-key': PUBLIC_PEM, verify: 'signature' },
  ],
  [
    'keylessPolicyNeedsKeylessVerify',
    {
      'certificate-identity': 'https://github\\.com/acme/.*',
      verify: 'signature',
      'verify-key': PUBLIC_PEM,
    },
    'certificate-identity',
    /applies to keyless signatures, but verify-key is set/,
    { 'certificate-identity': 'https://github\\.com/acme/.*', verify: 'signature' },
  ],
  [
    'keySigningNeedsVerifyKey',
    { sign: 'key', 'signing-key': 'PEM', verify: 'signature' },
    'verify-key',
    /accepts keyless signatures only, but this run signs with signing-key/,
    { sign: 'key', 'signing-key': 'PEM', verify: 'signature', 'verify-key': PUBLIC_PEM },
  ],
  [
    'verifyNeedsRegistryCheck',
    { verify: 'signature', 'registry-check': 'false' },
    'verify',
    /--no-verify asks no registry/,
    { verify: 'signature' },
  ],
  [
    'signRequestedNeedsSign',
    { 'sign-requested': 'true', tag: 'sha-1a2b3c4' },
    'sign',
    /is none, but the requested image is to be signed/,
    { 'sign-requested': 'true', tag: 'sha-1a2b3c4', sign: 'keyless' },
  ],
];

describe('environment-url and github-deployment', () => {
  it('keeps the URL in its normal form and refuses one with credentials or no URL at all', () => {
    expect(
      parse({ environment: 'prod', 'environment-url': 'https://Shop.example.com' }).environmentUrl,
    ).toBe('https://shop.example.com/');
    for (const [url, message] of [
      ['https://user:pw@shop.example.com', /is not an http\(s\) URL without credentials/],
      ['ftp://shop.example.com', /is not an http\(s\) URL/],
      ['shop.example.com', /is not an http\(s\) URL/],
    ] as const) {
      const err = outcome({ environment: 'prod', 'environment-url': url });
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('environment-url');
      expect((err as InputError).message).toMatch(message);
    }
  });

  it('auto records deployments exactly when an environment is set', () => {
    expect(parse({}).githubDeployment).toBe(false);
    expect(parse({ environment: 'prod' }).githubDeployment).toBe(true);
    expect(parse({ environment: 'prod', 'github-deployment': 'false' }).githubDeployment).toBe(
      false,
    );
    expect(parse({ environment: 'prod', 'github-deployment': 'true' }).githubDeployment).toBe(true);
    expect(outcome({ 'github-deployment': 'maybe' })).toMatchObject({ input: 'github-deployment' });
  });
});

describe('the cross-field rules', () => {
  it('are all applied, each one tested here', () => {
    expect(rules.RULES.length).toBe(CASES.length);
    for (const [name] of CASES) expect(rules.RULES).toContain(rules[name]);
  });

  it.each(CASES)('%s', (_name, refused, input, message, fixed) => {
    const err = outcome(refused);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe(input);
    expect((err as InputError).message).toMatch(message);
    expect(outcome(fixed)).toBe('ok');
  });
});
