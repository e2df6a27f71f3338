import { beforeAll, describe, expect, it } from '@jest/globals';
import { promoteCommand } from '../../../src/cli/promote.js';
import { resolveCommand } from '../../../src/cli/resolve.js';
import { UsageError, type CliContext } from '../../../src/cli/context.js';
import { sharedRegistry } from '../../support/env.js';
import {
  pushImage,
  pushIndex,
  type PushedImage,
  type PushedIndex,
} from '../../support/oci-fixtures.js';

function context(args: string[]): CliContext & { out: string[]; log: string[] } {
  const out: string[] = [];
  const log: string[] = [];
  return {
    args,
    cwd: process.cwd(),
    env: { DOCKER_CONFIG: process.env.DOCKER_CONFIG ?? '' },
    stdout: (t) => out.push(t),
    logger: {
      debug: () => undefined,
      info: (m) => log.push(m),
      warning: (m) => log.push(m),
      group: (_title, fn) => fn(),
      mask: () => undefined,
    },
    out,
    log,
  };
}

// Unique repositories: the shared registry outlives this file.
const base = `cli${Date.now()}`;
let host: string;
let image: PushedImage;
let other: PushedImage;
let index: PushedIndex;

beforeAll(async () => {
  host = sharedRegistry().host;
  const target = { url: sharedRegistry().url };
  image = await pushImage(target, `${base}/api`, 'sha-1234567', { seed: `${base}-api` });
  other = await pushImage(target, `${base}/api`, 'sha-7654321', { seed: `${base}-api2` });
  index = await pushIndex(target, `${base}/web`, 'sha-abcdef0', { seed: `${base}-web` });
});

describe('image-promote resolve', () => {
  it('prints the digest', async () => {
    const ctx = context([`${host}/${base}/api:sha-1234567`]);
    await expect(resolveCommand(ctx)).resolves.toBe(0);
    expect(ctx.out).toEqual([`${image.digest}\n`]);
  });

  it('prints the descriptor as JSON', async () => {
    const ctx = context(['--json', `${host}/${base}/web:sha-abcdef0`]);
    await expect(resolveCommand(ctx)).resolves.toBe(0);
    expect(JSON.parse(ctx.out.join(''))).toEqual({
      reference: `${host}/${base}/web:sha-abcdef0`,
      digest: index.digest,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      size: index.bytes.length,
    });
  });

  it('exits 1 with a clear message when the image is absent', async () => {
    const ctx = context([`${host}/${base}/api:nope`]);
    await expect(resolveCommand(ctx)).resolves.toBe(1);
    expect(ctx.out).toEqual([]);
    expect(ctx.log.join('\n')).toContain(
      `${host}/${base}/api:nope does not exist in registry ${host}`,
    );
  });

  it('rejects a bad reference and extra arguments as usage errors', async () => {
    await expect(resolveCommand(context(['Bad/Ref']))).rejects.toThrow(UsageError);
    await expect(resolveCommand(context(['a:1', 'b:2']))).rejects.toThrow(UsageError);
    await expect(resolveCommand(context(['--nope', 'a:1']))).rejects.toThrow(UsageError);
  });
});

describe('image-promote promote', () => {
  it('retags to a bare tag and prints the unchanged digest', async () => {
    const ctx = context([`${host}/${base}/api:sha-1234567`, 'v1.0.0']);
    await expect(promoteCommand(ctx)).resolves.toBe(0);
    expect(ctx.out).toEqual([`${image.digest}\n`]);
    const again = context([`${host}/${base}/api:sha-1234567`, 'v1.0.0']);
    await expect(promoteCommand(again)).resolves.toBe(0);
    expect(again.out).toEqual([`${image.digest}\n`]);
    expect(again.log.join('\n')).toContain('nothing to do');
  });

  it('copies an index to another repository given a full reference', async () => {
    const ctx = context([`${host}/${base}/web:sha-abcdef0`, `${host}/${base}/prod-web:v2`]);
    await expect(promoteCommand(ctx)).resolves.toBe(0);
    expect(ctx.out).toEqual([`${index.digest}\n`]);
    const check = context([`${host}/${base}/prod-web:v2`]);
    await resolveCommand(check);
    expect(check.out).toEqual([`${index.digest}\n`]);
  });

  it('promotes several pairs in one run and prints TARGET DIGEST per pair, in order', async () => {
    const ctx = context([
      '--concurrency',
      '2',
      `${host}/${base}/api:sha-1234567`,
      'release-1',
      `${host}/${base}/api:sha-7654321`,
      `${host}/${base}/prod-api:release-1`,
      `${host}/${base}/web@${index.digest}`,
      'release-1',
    ]);
    await expect(promoteCommand(ctx)).resolves.toBe(0);
    expect(ctx.out).toEqual([
      `${host}/${base}/api:release-1 ${image.digest}\n`,
      `${host}/${base}/prod-api:release-1 ${other.digest}\n`,
      `${host}/${base}/web:release-1 ${index.digest}\n`,
    ]);
  });

  it('refuses to move a tag, reports which pair failed, and allows it with --allow-overwrite', async () => {
    const ctx = context(['--json', `${host}/${base}/api:sha-7654321`, 'v1.0.0']);
    await expect(promoteCommand(ctx)).resolves.toBe(1);
    const [row] = JSON.parse(ctx.out.join('')) as { error?: string }[];
    expect(row?.error).toMatch(/v1\.0\.0 already points to .*refusing to move it/);

    const forced = context(['--allow-overwrite', `${host}/${base}/api:sha-7654321`, 'v1.0.0']);
    await expect(promoteCommand(forced)).resolves.toBe(0);
    expect(forced.out).toEqual([`${other.digest}\n`]);
  });

  it('exits 1 naming the source when it does not exist', async () => {
    const ctx = context([`${host}/${base}/api:missing`, 'v9']);
    await expect(promoteCommand(ctx)).resolves.toBe(1);
    expect(ctx.log.join('\n')).toMatch(/api:missing does not exist in registry/);
  });

  it('rejects malformed pairs before touching the registry', async () => {
    await expect(promoteCommand(context([`${host}/${base}/api:x`]))).rejects.toThrow(
      /expected SRC DST pairs/,
    );
    await expect(promoteCommand(context([`${host}/${base}/api:x`, '.bad']))).rejects.toThrow(
      UsageError,
    );
    await expect(
      promoteCommand(context([`${host}/${base}/api:x`, 'ghcr.io/acme/api:v1'])),
    ).rejects.toThrow(/same registry/);
    await expect(
      promoteCommand(context([`${host}/${base}/api:x`, 'v1', `${host}/${base}/api:y`, 'v1'])),
    ).rejects.toThrow(/named twice/);
  });
});
