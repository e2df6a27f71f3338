/**
 * The `tag` input's grammar (src/config/tag-input.ts): every REF form, NAME=REF lines,
 * previous, and every refusal — each names input `tag`. Also the helpers the engine reads
 * a request with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { parseRequestedRef, plainTagOf, requestedRef } from '../../../src/config/tag-input.js';
import type { RequestedRef } from '../../../src/config/types.js';
import { InputError } from '../../../src/errors.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-tag-input-'));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

const D = `sha256:${'a'.repeat(64)}`;
const SHA40 = '1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d';

function parse(tag: string, inputs: Partial<Record<InputName, string>> = {}) {
  const all: Partial<Record<InputName, string>> = {
    images: '- name: api\n- name: web\n- name: worker',
    tag,
    overlay: '',
    ...inputs,
  };
  return parseConfig({ get: (name) => all[name] ?? INPUTS[name].default }, { workspace });
}

function refusal(tag: string, inputs: Partial<Record<InputName, string>> = {}): string {
  try {
    parse(tag, inputs);
  } catch (err) {
    if (err instanceof InputError) {
      expect(err.input).toBe('tag');
      return err.message;
    }
    throw err;
  }
  throw new Error(`expected tag "${tag}" to be refused`);
}

/** The ref with its repository shown by name (ImageReference carries more fields). */
function shown(ref: RequestedRef | undefined): unknown {
  if (!ref) return ref;
  const { repository, ...rest } = ref;
  return repository ? { ...rest, repository: repository.name } : rest;
}

describe('a REF', () => {
  it.each<[string, unknown]>([
    ['sha-1a2b3c4', { tag: 'sha-1a2b3c4' }],
    ['v1.2.3', { tag: 'v1.2.3' }],
    // Six hex digits are not a commit; uppercase hex is not a commit: tags.
    ['abcdef', { tag: 'abcdef' }],
    ['1A2B3C4', { tag: '1A2B3C4' }],
    [`v1.2.3@${D}`, { tag: 'v1.2.3', digest: D }],
    [D, { digest: D }],
    ['ghcr.io/acme/api:v1', { repository: 'ghcr.io/acme/api', tag: 'v1' }],
    [`ghcr.io/acme/api@${D}`, { repository: 'ghcr.io/acme/api', digest: D }],
    [
      `localhost:5000/api:sha-1a2b3c4@${D}`,
      { repository: 'localhost:5000/api', tag: 'sha-1a2b3c4', digest: D },
    ],
    ['1a2b3c4', { commit: '1a2b3c4' }],
    [SHA40, { commit: SHA40 }],
    // 7–40 lowercase hex is always a commit, even when it could be a tag.
    ['deadbeef', { commit: 'deadbeef' }],
  ])('%s', (text, expected) => {
    const parsed = parseRequestedRef(text);
    expect('ref' in parsed ? shown(parsed.ref) : parsed).toEqual(expected);
    // The same through the input, for every image and for one.
    expect(parse(text).tag).toMatchObject({ kind: 'refs', byImage: {} });
    expect(shown((parse(text).tag as { all: RequestedRef }).all)).toEqual(expected);
    expect(shown(requestedRef(parse(`web=${text}`).tag, 'web'))).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ['', /the reference is empty/],
    ['ghcr.io/acme/api', /a full reference needs a tag or a digest \(:tag, @sha256:\.\.\.\)/],
    ['ghcr.io/Acme/api:v1', /not a valid image reference/],
    [
      'nginx:1.27',
      /a tag cannot contain ":"; a full reference needs its repository path \(docker.io\/library\/nginx:1.27\)/,
    ],
    ['sha256:abc', /not a valid digest/],
    ['-x', /"-x" is not a valid tag/],
    ['v1@sha256:zz', /"sha256:zz" is not a valid digest/],
    [`@${D}`, /"" is not a valid tag/],
    ['a'.repeat(129), /is not a valid tag/],
  ])('%j is refused', (text, message) => {
    const parsed = parseRequestedRef(text);
    expect(parsed).toEqual({ problem: expect.stringMatching(message) });
    expect(refusal(`api=${text}`)).toMatch(message);
    expect(refusal(`api=${text}`)).toMatch(
      /^input 'tag': "api=.*": .* — give a tag such as sha-1a2b3c4/,
    );
  });
});

describe('the tag input', () => {
  it('reads NAME=REF lines of different forms, the others keep running', () => {
    const request = parse(`api=v1\nweb=${D}\n# a comment\nworker=1a2b3c4`).tag;
    expect(request).toEqual({
      kind: 'refs',
      byImage: { api: { tag: 'v1' }, web: { digest: D }, worker: { commit: '1a2b3c4' } },
    });
    expect(requestedRef(request, 'api')).toEqual({ tag: 'v1' });
    expect(parse('web=v2\nv1').tag).toEqual({
      kind: 'refs',
      all: { tag: 'v1' },
      byImage: { web: { tag: 'v2' } },
    });
    expect(requestedRef(parse('web=v2\nv1').tag, 'api')).toEqual({ tag: 'v1' });
    expect(requestedRef(parse('web=v2').tag, 'api')).toBeUndefined();
  });

  it('reads previous, previous~N and NAME=previous', () => {
    const overlay = { overlay: 'k8s/prod.yaml' };
    expect(parse('previous', overlay).tag).toEqual({ kind: 'previous', steps: 1 });
    expect(parse('previous~3', overlay).tag).toEqual({ kind: 'previous', steps: 3 });
    expect(parse('api=previous~2\nweb=previous~2', overlay).tag).toEqual({
      kind: 'previous',
      steps: 2,
      images: ['api', 'web'],
    });
  });

  it.each<[string, RegExp]>([
    [
      'wbe=v1',
      /"wbe=v1" names the image "wbe", which is not configured — the configured images are: api, web, worker \(did you mean "web"\?\)/,
    ],
    ['frontend=v1', /the configured images are: api, web, worker$/],
    ['api=v1\napi=v2', /"api" is named twice/],
    ['v1\nv2', /gives more than one REF for every image/],
    ['api=previous\nweb=v1', /mixes "previous" with tags/],
    ['api=previous\nweb=previous~2', /different previous~N steps/],
    ['previous~0', /N in previous~N goes from 1 to 50/],
    ['previous~51', /N in previous~N goes from 1 to 50/],
  ])('%j is refused', (tag, message) => {
    expect(refusal(tag, { overlay: 'k8s/prod.yaml' })).toMatch(message);
  });
});

describe('what the engine deploys of a request (plain tags for now)', () => {
  it('gives the tag of a plain-tag REF only', () => {
    expect(plainTagOf({ tag: 'v1' })).toBe('v1');
    for (const text of [`v1@${D}`, D, 'ghcr.io/acme/api:v1', '1a2b3c4']) {
      const parsed = parseRequestedRef(text);
      if (!('ref' in parsed)) throw new Error(parsed.problem);
      expect(plainTagOf(parsed.ref)).toBeUndefined();
    }
    expect(plainTagOf(undefined)).toBeUndefined();
  });

  it("reads kustomize's * parts and REF -> TAG", () => {
    expect(parse('api=*:v2\nweb=ghcr.io/acme/web:*\nworker=*@' + D).tag).toEqual({
      kind: 'refs',
      byImage: {
        api: { tag: 'v2', keep: {} },
        web: {
          repository: expect.objectContaining({ name: 'ghcr.io/acme/web' }),
          keep: { tag: true },
        },
        worker: { digest: D, keep: {} },
      },
    });
    expect(parse('api=ghcr.io/acme/staging-api:v1 -> v1-prod', { mode: 'promote' }).tag).toEqual({
      kind: 'refs',
      byImage: {
        api: {
          repository: expect.objectContaining({ name: 'ghcr.io/acme/staging-api' }),
          tag: 'v1',
          as: 'v1-prod',
        },
      },
    });
    expect(() => parse('api=v1 -> .bad', { mode: 'promote' })).toThrow(
      /after "->" comes the one tag/,
    );
    expect(() => parse('api=v1 -> v2')).toThrow(/only mode "promote" does/);
    expect(() => parse('api=*')).toThrow(/names neither a tag nor a digest/);
  });
});
