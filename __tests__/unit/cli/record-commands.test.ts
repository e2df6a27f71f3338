/**
 * The CLI doors of the record: `history OVERLAY [--json]` and `status [OVERLAY...]`, through
 * main() as a person runs them, on real repositories — records read back, commits without one
 * derived from the file, environments named by `environment` or by their newest record, the
 * config file's images reading a values file, outside text shown escaped, and bad usage
 * refused with exit 2.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';
import { appendRecordTrailers } from '../../../src/record/trailers.js';
import type { DeployRecord } from '../../../src/record/types.js';
import { createRepo, removeTempDirs, type TempRepo } from '../../support/git-fixtures.js';
import { DIGEST, SOURCE } from '../../support/record-fixtures.js';

afterAll(removeTempDirs);

const PROD = 'k8s/prod/kustomization.yaml';
const STAGING = 'k8s/staging/kustomization.yaml';
const VALUES = 'helm/prod/values.yaml';

function kustomization(api: string): string {
  return `images:\n  - name: api\n    newName: ghcr.io/acme/api\n    newTag: ${api}\n`;
}

function record(environment: string, images: DeployRecord['images'], actor: string): DeployRecord {
  return { version: 1, environment, configCommit: 'c'.repeat(40), actor, images };
}

const api = (kind: 'build' | 'rollback', from: string, to: string) => ({
  name: 'api',
  kind,
  from: `ghcr.io/acme/api:${from}`,
  to: `ghcr.io/acme/api:${to}`,
  digest: DIGEST.d1,
  source: SOURCE.s1,
  ...(kind === 'rollback' ? { rolledBackFrom: { ref: `ghcr.io/acme/api:${from}` } } : {}),
});

/** staging and prod overlays: prod built twice, then rolled back by someone odd. */
function environments(): TempRepo {
  const repo = createRepo({
    [PROD]: kustomization('sha-1111111'),
    [STAGING]: kustomization('sha-1111111'),
    [VALUES]: 'api:\n  image:\n    tag: sha-1111111\n',
    'README.md': 'app\n',
  });
  repo.commit(
    { [STAGING]: kustomization('sha-2222222') },
    appendRecordTrailers(
      'deploy(staging)',
      record('staging', [api('build', 'sha-1111111', 'sha-2222222')], 'ci'),
    ),
  );
  repo.commit(
    { [PROD]: kustomization('sha-2222222') },
    appendRecordTrailers(
      'deploy(production)',
      record('production', [api('build', 'sha-1111111', 'sha-2222222')], 'ci'),
    ),
  );
  repo.commit(
    { [PROD]: kustomization('sha-1111111') },
    appendRecordTrailers(
      'deploy(production): rollback',
      record('production', [api('rollback', 'sha-2222222', 'sha-1111111')], 'Eve "the" <b>Red</b>'),
    ),
  );
  repo.commit({ [VALUES]: 'api:\n  image:\n    tag: sha-3333333\n' }, 'by hand \u001b[2J');
  return repo;
}

async function cli(
  cwd: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    env: { PATH: process.env.PATH },
    stdout: (t) => (out += t),
    logger: new StderrLogger(false, (line) => (err += `${line}\n`)),
  });
  return { code, out, err };
}

describe('history', () => {
  it('lists the record newest first, as JSON and as text with outside text escaped', async () => {
    const repo = environments();
    const json = await cli(repo.dir, ['history', PROD, '--json']);
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.out) as {
      actor: string;
      environment?: string;
      recorded: boolean;
      images: { name: string; kind: string; from?: string; to?: string }[];
    }[];
    expect(entries.map((e) => [e.recorded, e.environment, e.images.map((i) => i.kind)])).toEqual([
      [true, 'production', ['rollback']],
      [true, 'production', ['build']],
      [false, undefined, ['unknown']],
    ]);
    expect(entries[0]?.actor).toBe('Eve "the" <b>Red</b>');
    const text = await cli(`${repo.dir}/k8s`, ['history', 'prod', '--limit', '2']);
    expect(text.code).toBe(0);
    const lines = text.out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/ {2}Eve "the" <b>Red<\/b> {2}production {2}config c{7}$/);
    expect(lines[1]).toMatch(
      /^ {2}api {2}rollback {2}sha-2222222 → sha-1111111 {2}sha256:111111111111 {2}rolled back from sha-2222222$/,
    );
    // Outside text is shown with its control characters escaped.
    const hand = await cli(repo.dir, ['history', VALUES]);
    expect(hand.out).toContain('(no record) by hand \\x1b[2J');
    expect(hand.out).not.toContain('\u001b');
  });

  it('reads a values file with the config file’s images; refuses bad usage with exit 2', async () => {
    const repo = environments();
    repo.commit(
      {
        'image-promote.yml':
          'registry: ghcr.io/acme\nimages:\n  - name: api\n    key: api.image.tag\n',
      },
      'config',
    );
    const values = await cli(repo.dir, ['history', VALUES, '--json']);
    expect(values.code).toBe(0);
    const [hand] = JSON.parse(values.out) as { images: { from?: string; to?: string }[] }[];
    expect(hand?.images).toEqual([
      { name: 'api', kind: 'unknown', from: 'sha-1111111', to: 'sha-3333333' },
    ]);
    expect((await cli(repo.dir, ['history'])).code).toBe(2);
    expect((await cli(repo.dir, ['history', PROD, '--limit', '0'])).code).toBe(2);
    const missing = await cli(repo.dir, ['history', 'k8s/nowhere.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/k8s\/nowhere\.yaml does not exist/);
  });
});

describe('status', () => {
  it('names each overlay given by its newest record and says what holds it', async () => {
    const repo = environments();
    const r = await cli(repo.dir, ['status', PROD, STAGING, '--json']);
    expect(r.code).toBe(0);
    const [prod, staging] = JSON.parse(r.out) as {
      environment: string;
      images: { name: string; value?: string; since?: { kind: string }; held?: { kind: string } }[];
    }[];
    expect(prod?.environment).toBe('production');
    expect(prod?.images).toEqual([
      expect.objectContaining({
        name: 'api',
        value: 'ghcr.io/acme/api:sha-1111111',
        since: expect.objectContaining({ kind: 'rollback' }) as unknown,
        held: expect.objectContaining({ kind: 'rollback' }) as unknown,
      }),
    ]);
    expect(staging?.environment).toBe('staging');
    expect(staging?.images[0]?.held).toBeUndefined();
    const text = await cli(repo.dir, ['status', PROD]);
    expect(text.out).toMatch(/^production {2}k8s\/prod\/kustomization\.yaml {2}config c{7}\n/);
    expect(text.out).toMatch(/held: rolled back from sha-2222222 by Eve "the" <b>Red<\/b> at /);
  });

  it('reads the environments the config file knows: overlay (named by environment) and from-overlay', async () => {
    const repo = environments();
    const none = await cli(repo.dir, ['status']);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/status needs the environments: give their overlays/);
    repo.commit(
      {
        'image-promote.yml': `registry: ghcr.io/acme\nimages:\n  - name: api\noverlay: ${PROD}\nfrom-overlay: ${STAGING}\nenvironment: Production EU\n`,
      },
      'config',
    );
    const r = await cli(repo.dir, ['status', '--json']);
    expect(r.code).toBe(0);
    const statuses = JSON.parse(r.out) as { environment: string; overlay: string }[];
    expect(statuses.map((s) => [s.environment, s.overlay])).toEqual([
      ['staging', STAGING],
      ['Production EU', PROD],
    ]);
  });

  it('is listed in the usage, with help', async () => {
    const usage = await cli(process.cwd(), ['--help']);
    expect(usage.out).toMatch(/^ {2}history +an overlay's deploy record, newest first/m);
    expect(usage.out).toMatch(/^ {2}status +what each environment runs now/m);
    for (const command of ['history', 'status']) {
      const help = await cli(process.cwd(), [command, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`^usage: image-promote ${command} `));
    }
  });
});
