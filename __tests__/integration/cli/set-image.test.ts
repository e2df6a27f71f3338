/**
 * `image-promote set-image` against the real test registry: every entry it sets is verified
 * first (the digest computed from the manifest), tags that move need their digest, and
 * `--no-verify` is the plain kustomize replacement that asks no registry.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';
import { sharedRegistry } from '../../support/env.js';
import { pushImage, type PushedImage } from '../../support/oci-fixtures.js';

const ns = `setimage${Date.now()}`;
const dir = mkdtempSync(join(tmpdir(), 'ip-set-image-'));
let host: string;
let registry: string;
let web: PushedImage;
let latest: PushedImage;
let count = 0;

function text(): string {
  return [
    '# prod',
    'images:',
    '- name: web # storefront',
    `  newName: ${registry}/web`,
    '  newTag: sha-0000000',
    '',
  ].join('\n');
}

/** A fresh kustomization; returns its path relative to `dir`. */
function kustomization(): string {
  const name = `k${++count}.yaml`;
  writeFileSync(join(dir, name), text());
  return name;
}

function read(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

async function setImage(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['set-image', ...args], {
    cwd: dir,
    env: { DOCKER_CONFIG: dir },
    stdout: (t) => (out += t),
    logger: new StderrLogger(false, (line) => (err += `${line}\n`)),
    registry: { retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, timeoutMs: 2000 } },
  });
  return { code, out, err };
}

beforeAll(async () => {
  host = sharedRegistry().host;
  registry = `${host}/${ns}`;
  const target = { url: sharedRegistry().url };
  web = await pushImage(target, `${ns}/web`, 'sha-1a2b3c4', { seed: `${ns}-web` });
  latest = await pushImage(target, `${ns}/web`, 'latest', { seed: `${ns}-latest` });
});

describe('image-promote set-image (verified by default)', () => {
  it('writes a tag the registry has, and says which digest it is', async () => {
    const file = kustomization();
    const r = await setImage([file, 'web=*:sha-1a2b3c4']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read(file)).toBe(text().replace('newTag: sha-0000000', 'newTag: sha-1a2b3c4'));
    expect(r.out).toBe(
      `web: newName=${registry}/web newTag=sha-0000000 -> newName=${registry}/web newTag=sha-1a2b3c4 (verified ${web.digest})\n`,
    );
  });

  it('refuses a tag the registry does not have; nothing is written', async () => {
    const file = kustomization();
    const r = await setImage([file, 'web=*:sha-fffffff', `api=${registry}/web:sha-1a2b3c4`]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('No overlay was written');
    expect(r.err).toContain(
      `web: ${registry}/web:sha-fffffff does not exist in registry ${host} (no such tag, digest or repository)`,
    );
    expect(r.err).not.toContain('api:');
    expect(read(file)).toBe(text());
  });

  it('refuses a digest the tag does not have', async () => {
    const file = kustomization();
    const r = await setImage([file, `web=*:sha-1a2b3c4@${latest.digest}`]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `web: ${registry}/web:sha-1a2b3c4 is ${web.digest}, not the digest given (${latest.digest})`,
    );
    expect(read(file)).toBe(text());
  });

  it('takes a mutable tag only with its digest: given, or --pin-digest', async () => {
    const file = kustomization();
    const refused = await setImage([file, 'web=*:latest']);
    // Refused from the input alone, before the registry is asked: a bad input (exit 2).
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      `input 'tag': "latest" is in extra-tags: a tag that can move is written only pinned to its digest`,
    );
    expect(read(file)).toBe(text());

    const pinned = await setImage([file, 'web=*:latest', '--pin-digest']);
    expect(pinned.code).toBe(0);
    expect(read(file)).toBe(
      text().replace('newTag: sha-0000000', `newTag: latest\n  digest: ${latest.digest}`),
    );

    const other = kustomization();
    const given = await setImage([other, `web=*:latest@${latest.digest}`]);
    expect(given.code).toBe(0);
    expect(read(other)).toBe(read(file));
  });

  it('verifies a digest-only entry by its digest', async () => {
    const file = kustomization();
    const r = await setImage([file, `web=*@${web.digest}`]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read(file)).toBe(text().replace('newTag: sha-0000000', `digest: ${web.digest}`));
  });
});

describe('image-promote set-image --no-verify', () => {
  it('replaces like kustomize, asking no registry and applying no tag rule', async () => {
    const file = kustomization();
    // Neither the host nor the tags exist: nothing is looked up.
    const r = await setImage([
      file,
      '--no-verify',
      'web=nowhere.invalid/acme/web:latest',
      'api:sha-fffffff',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read(file)).toBe(
      [
        '# prod',
        'images:',
        '- name: web # storefront',
        '  newName: nowhere.invalid/acme/web',
        '  newTag: latest',
        '- name: api',
        '  newTag: sha-fffffff',
        '',
      ].join('\n'),
    );
    expect(r.out).toBe(
      `web: newName=${registry}/web newTag=sha-0000000 -> newName=nowhere.invalid/acme/web newTag=latest\napi: (new) -> newTag=sha-fffffff\n`,
    );
  });

  it('is in the help', async () => {
    const r = await setImage(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--no-verify               plain kustomize replacement');
    expect(r.out).toContain('Every entry set is verified in its registry first');
  });
});
