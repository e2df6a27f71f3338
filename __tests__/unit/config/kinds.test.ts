/**
 * The input table and its one reader (src/config/read.ts): per kind, what a value reads to
 * and which values are refused (each error names the input and says what to do); and no
 * default lives outside the table — an empty value reads as the table's default.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName, type InputSpec } from '../../../src/config/inputs.js';
import { readInputs, type InputValues } from '../../../src/config/read.js';
import { InputError } from '../../../src/errors.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-kinds-'));
mkdirSync(join(workspace, 'services/api'), { recursive: true });
writeFileSync(join(workspace, 'images.yaml'), '- name: api\n');
const PEM = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----';
writeFileSync(join(workspace, 'signing.pub'), `${PEM}\n`);
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

/** Reads every input: the given values, '' for the rest (an input the user left empty). */
function read(inputs: Partial<Record<InputName, string>>): InputValues {
  return readInputs({ get: (name) => inputs[name] ?? '' }, workspace);
}

function refusal(inputs: Partial<Record<InputName, string>>): InputError {
  try {
    read(inputs);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(inputs)}`);
}

const kindOf = (name: InputName): string => (INPUTS[name] as InputSpec).kind;

describe('the table', () => {
  it('gives every input a kind, a description and a default', () => {
    for (const [name, spec] of Object.entries(INPUTS) as [InputName, InputSpec][]) {
      expect([name, typeof spec.kind, spec.description.length > 10, typeof spec.default]).toEqual([
        name,
        'string',
        true,
        'string',
      ]);
    }
  });

  it('holds the only defaults: an empty value reads as the default, except lists, source-tag and secrets', () => {
    const defaults = readInputs({ get: (name) => INPUTS[name].default }, workspace);
    const empty = read({});
    const differ = (Object.keys(INPUTS) as InputName[]).filter(
      (name) => JSON.stringify(empty[name]) !== JSON.stringify(defaults[name]),
    );
    // '' is a value for these: an empty list, source tags off, no token.
    expect(differ.sort()).toEqual(
      ['deploy-paths', 'extra-tags', 'github-token', 'ignore-paths', 'source-tag'].sort(),
    );
    expect(empty).toMatchObject({
      mode: 'auto',
      'tag-template': 'sha-{sha:7}',
      'pr-tag-template': 'pr-{pr}-{sha:7}',
      'max-parallel': 2,
      push: true,
      commit: 'false',
      'commit-message': INPUTS['commit-message'].default,
      'pull-request-branch': 'image-promote/{environment}',
      'overlay-format': 'auto',
      context: '.',
      'deploy-paths': [],
      'source-tag': undefined,
      'github-token': undefined,
    });
  });
});

describe('values by kind', () => {
  it.each<[string, Partial<Record<InputName, string>>, Partial<InputValues>]>([
    ['boolean', { push: 'FALSE', 'dry-run': ' true ' }, { push: false, 'dry-run': true }],
    [
      'text',
      { environment: ' Production EU ', image: 'api' },
      { environment: 'Production EU', image: 'api' },
    ],
    ['text with a pattern', { registry: 'ghcr.io/acme/' }, { registry: 'ghcr.io/acme/' }],
    ['lines', { overlay: 'a.yaml\n# a comment\n\n  b.yaml  ' }, { overlay: ['a.yaml', 'b.yaml'] }],
    [
      'list',
      { 'insecure-registries': 'reg:5000, other\nthird' },
      { 'insecure-registries': ['reg:5000', 'other', 'third'] },
    ],
    [
      'globs',
      { 'ignore-paths': 'docs/**\n!docs/api/**' },
      { 'ignore-paths': ['docs/**', '!docs/api/**'] },
    ],
    [
      'enum',
      { mode: 'Promote', commit: 'pull-request' },
      { mode: 'promote', commit: 'pull-request' },
    ],
    ['tag template', { 'tag-template': 'git-{sha:10}' }, { 'tag-template': 'git-{sha:10}' }],
    [
      'tag templates',
      { 'extra-tags': 'latest, {branch}' },
      { 'extra-tags': ['latest', '{branch}'] },
    ],
    ['source template', { 'source-tag': 'src-{source}' }, { 'source-tag': 'src-{source}' }],
    [
      'commit message template',
      { 'commit-message': 'ship {changes}' },
      { 'commit-message': 'ship {changes}' },
    ],
    [
      'branch template',
      { 'pull-request-branch': 'deploy/{environment}' },
      { 'pull-request-branch': 'deploy/{environment}' },
    ],
    ['integer', { 'max-parallel': '32' }, { 'max-parallel': 32 }],
    ['yaml inline', { images: '- name: api' }, { images: [{ name: 'api' }] }],
    ['yaml file', { images: 'images.yaml' }, { images: [{ name: 'api' }] }],
    ['json', { 'from-plan': '[{"name":"api"}]' }, { 'from-plan': [{ name: 'api' }] }],
    ['secret', { 'overlay-token': ' t0k ' }, { 'overlay-token': 't0k' }],
    ['document inline', { 'verify-key': ` ${PEM}\n` }, { 'verify-key': PEM }],
    ['document file', { 'verify-key': 'signing.pub' }, { 'verify-key': PEM }],
  ])('%s', (_kind, inputs, expected) => {
    expect(read(inputs)).toMatchObject(expected);
  });

  it.each<[string, Partial<Record<InputName, string>>, InputName, RegExp]>([
    [
      'boolean',
      { 'pin-digest': 'yes' },
      'pin-digest',
      /"yes" is not a boolean — use true or false/,
    ],
    ['text: one line', { environment: 'prod\nstaging' }, 'environment', /must be one line/],
    [
      'text: pattern',
      { registry: 'ghcr.io/Acme' },
      'registry',
      /not a registry host.* — e\.g\. ghcr\.io\/acme/,
    ],
    [
      'text: pattern (base)',
      { base: '--upload-pack=x' },
      'base',
      /not a git revision — give a commit SHA/,
    ],
    [
      'list: pattern',
      { 'insecure-registries': 'ok:5000, http://x' },
      'insecure-registries',
      /"http:\/\/x" is not a host\[:port\]/,
    ],
    ['globs', { 'deploy-paths': 'k8s/' }, 'deploy-paths', /invalid glob "k8s\/"/],
    [
      'globs: a directory',
      { paths: 'services/api' },
      'paths',
      /is a directory .* — write "services\/api\/\*\*"/,
    ],
    [
      'enum',
      { 'overlay-format': 'toml' },
      'overlay-format',
      /use one of: auto, kustomize, helm, yaml, json, tfvars/,
    ],
    [
      'template: unknown token',
      { 'pr-tag-template': 'pr-{number}' },
      'pr-tag-template',
      /unknown token \{number\}/,
    ],
    [
      'template: immutable',
      { 'tag-template': 'latest' },
      'tag-template',
      /same tag to different builds/,
    ],
    [
      'template: {source} elsewhere',
      { 'extra-tags': 'x-{source}' },
      'extra-tags',
      /only for source-tag/,
    ],
    [
      'template: source needs {source:12+}',
      { 'source-tag': 'src-{source:8}' },
      'source-tag',
      /12 hex/,
    ],
    [
      'template: source alone',
      { 'source-tag': 'src-{source}-{sha}' },
      'source-tag',
      /several tags/,
    ],
    [
      'template: commit message',
      { 'commit-message': 'deploy {env}' },
      'commit-message',
      /unknown token \{env\}/,
    ],
    [
      'template: branch token',
      { 'pull-request-branch': 'ip/{env}' },
      'pull-request-branch',
      /unknown token \{env\}/,
    ],
    [
      'template: branch name',
      { 'pull-request-branch': 'a..b/{environment}' },
      'pull-request-branch',
      /not a valid branch name/,
    ],
    [
      'integer',
      { 'max-parallel': '1.5' },
      'max-parallel',
      /"1\.5" is not a whole number from 1 to 32/,
    ],
    ['integer range', { 'max-parallel': '33' }, 'max-parallel', /from 1 to 32/],
    ['yaml', { images: 'key: [' }, 'images', /not valid YAML/],
    ['yaml file outside', { images: '../x.yaml' }, 'images', /outside the workspace/],
    ['json', { 'from-plan': '{' }, 'from-plan', /is not JSON — pass the `images` output/],
    [
      'document: a file that is not there',
      { 'trusted-root': 'root.json' },
      'trusted-root',
      /cannot read root\.json: ENOENT/,
    ],
    [
      'document: outside',
      { 'trusted-root': '../root.json' },
      'trusted-root',
      /outside the workspace/,
    ],
    [
      'document: a directory',
      { 'verify-key': '.' },
      'verify-key',
      /\. is a directory — name a PEM file of public keys/,
    ],
    [
      'document: neither',
      { 'verify-key': 'not\na key' },
      'verify-key',
      /is neither a PEM file of public keys nor the path of one/,
    ],
  ])('%s: refused, naming the input', (_kind, inputs, input, message) => {
    const err = refusal(inputs);
    expect(err.input).toBe(input);
    expect(err.message.startsWith(`input '${input}': `)).toBe(true);
    expect(err.message).toMatch(message);
  });

  it('covers every kind of the table', () => {
    const kinds = new Set((Object.keys(INPUTS) as InputName[]).map(kindOf));
    expect([...kinds].sort()).toEqual(
      [
        'boolean',
        'document',
        'enum',
        'globs',
        'integer',
        'json',
        'lines',
        'list',
        'secret',
        'template',
        'text',
        'yaml',
      ].sort(),
    );
  });
});
