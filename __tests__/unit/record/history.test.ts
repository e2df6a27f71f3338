/**
 * The record read back from a real git repository: the overlay's first-parent history
 * newest first, records from trailers, commits without one derived from the overlay's
 * values (kind unknown), a shallow clone deepened, and the CLI bodies (`history`,
 * `status`) in text and JSON, with outside text escaped.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { OverlayConfig } from '../../../src/config/types.js';
import { exec } from '../../../src/exec.js';
import { Git } from '../../../src/git.js';
import { historyCommand, historyJson, statusCommand, statusText } from '../../../src/record/cli.js';
import { readHistory, recordEntries } from '../../../src/record/history.js';
import { readStatus } from '../../../src/record/status.js';
import { appendRecordTrailers } from '../../../src/record/trailers.js';
import type { DeployRecord } from '../../../src/record/types.js';
import {
  cloneRepo,
  createRepo,
  removeTempDirs,
  type TempRepo,
} from '../../support/git-fixtures.js';
import { DIGEST, SOURCE } from '../../support/record-fixtures.js';

afterAll(removeTempDirs);

const PROD = 'k8s/overlays/prod/kustomization.yaml';
const DEV = 'k8s/overlays/dev/kustomization.yaml';

function kustomization(images: Record<string, string>): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'images:',
    ...Object.entries(images).flatMap(([name, tag]) => [
      `  - name: ${name}`,
      `    newName: ghcr.io/acme/${name}`,
      `    newTag: ${tag}`,
    ]),
    '',
  ].join('\n');
}

function overlay(repo: TempRepo, path: string): OverlayConfig {
  return { file: join(repo.dir, path), path, format: 'auto' };
}

function record(config: string, images: DeployRecord['images'], actor = 'octocat'): DeployRecord {
  return { version: 1, environment: 'prod', configCommit: config, actor, images };
}

/** A repository with the history of a prod overlay: by hand, build, noise, side branch, rollback. */
function prodHistory() {
  const repo = createRepo({ 'README.md': 'app\n' });
  const byHand = repo.commit(
    { [PROD]: kustomization({ api: 'sha-1111111', worker: 'sha-5555555' }) },
    'set up prod by hand \u001b[2J',
  );
  const config1 = repo.commit({ 'k8s/base/deployment.yaml': 'replicas: 2\n' }, 'config');
  const build = repo.commit(
    { [PROD]: kustomization({ api: 'sha-2222222', worker: 'sha-5555555' }) },
    appendRecordTrailers(
      'deploy(prod): api sha-1111111 → sha-2222222 (2222222) [skip ci]',
      record(config1, [
        {
          name: 'api',
          kind: 'build',
          from: 'ghcr.io/acme/api:sha-1111111',
          to: 'ghcr.io/acme/api:sha-2222222',
          digest: DIGEST.d2,
          source: SOURCE.s2,
        },
      ]),
    ),
  );
  repo.commit({ 'docs/notes.md': 'docs\n' }, 'docs only');
  // A side branch merged with a merge commit: its own commits are not on the first-parent line.
  repo.git('checkout', '--quiet', '-b', 'side');
  repo.commit(
    { [PROD]: kustomization({ api: 'sha-2222222', worker: 'sha-6666666' }) },
    'side edit',
  );
  repo.git('checkout', '--quiet', 'main');
  repo.git('merge', '--quiet', '--no-ff', '-m', 'merge side', 'side');
  const merge = repo.head();
  const rollback = repo.commit(
    { [PROD]: kustomization({ api: 'sha-1111111', worker: 'sha-6666666' }) },
    appendRecordTrailers(
      'deploy(prod): api sha-2222222 → sha-1111111 (3333333) [skip ci]',
      record(
        config1,
        [
          {
            name: 'api',
            kind: 'rollback',
            from: 'ghcr.io/acme/api:sha-2222222',
            to: 'ghcr.io/acme/api:sha-1111111',
            digest: DIGEST.d1,
            source: SOURCE.s2,
            rolledBackFrom: { ref: 'ghcr.io/acme/api:sha-2222222', digest: DIGEST.d2 },
          },
        ],
        'Eve <b>"Red"</b>',
      ),
    ),
  );
  return { repo, byHand, build, merge, rollback, config1 };
}

describe('readHistory', () => {
  it('lists the overlay’s first-parent commits newest first, with records and derived values', async () => {
    const { repo, byHand, build, merge, rollback, config1 } = prodHistory();
    const entries = await readHistory(new Git(repo.dir), join(repo.dir, PROD), {
      derive: { overlay: overlay(repo, PROD) },
    });
    expect(entries.map((e) => e.commit)).toEqual([rollback, merge, build, byHand]);
    const [rb, mergeEntry, buildEntry, hand] = entries;
    expect(rb?.actor).toBe('Eve <b>"Red"</b>');
    expect(rb?.record?.configCommit).toBe(config1);
    expect(rb?.images).toEqual([
      {
        name: 'api',
        kind: 'rollback',
        from: 'ghcr.io/acme/api:sha-2222222',
        to: 'ghcr.io/acme/api:sha-1111111',
        digest: DIGEST.d1,
        source: SOURCE.s2,
        rolledBackFrom: { ref: 'ghcr.io/acme/api:sha-2222222', digest: DIGEST.d2 },
      },
    ]);
    // The merge brought the side branch's worker in: no record, derived.
    expect(mergeEntry?.record).toBeUndefined();
    expect(mergeEntry?.actor).toBe('Test Author');
    expect(mergeEntry?.subject).toBe('merge side');
    expect(mergeEntry?.images).toEqual([
      {
        name: 'worker',
        kind: 'unknown',
        from: 'ghcr.io/acme/worker:sha-5555555',
        to: 'ghcr.io/acme/worker:sha-6666666',
      },
    ]);
    expect(buildEntry?.images.map((i) => [i.name, i.kind])).toEqual([['api', 'build']]);
    // The first commit: everything is new.
    expect(hand?.images).toEqual([
      { name: 'api', kind: 'unknown', to: 'ghcr.io/acme/api:sha-1111111' },
      { name: 'worker', kind: 'unknown', to: 'ghcr.io/acme/worker:sha-5555555' },
    ]);
    expect(recordEntries(entries).map((e) => e.commit)).toEqual([rollback, build]);
  });

  it('stops at the limit, and derives nothing unless asked', async () => {
    const { repo, rollback, merge } = prodHistory();
    const entries = await readHistory(new Git(repo.dir), join(repo.dir, PROD), { limit: 2 });
    expect(entries.map((e) => e.commit)).toEqual([rollback, merge]);
    expect(entries[1]?.images).toEqual([]);
  });

  it('deepens a shallow clone until it has the commits asked for', async () => {
    const { repo, rollback, merge, build } = prodHistory();
    const clone = cloneRepo(repo.dir, { depth: 1 });
    const entries = await readHistory(new Git(clone.dir), join(clone.dir, PROD), { limit: 3 });
    expect(entries.map((e) => e.commit)).toEqual([rollback, merge, build]);
    // Derived from → to stops where the clone is cut off: no false "first deploy".
    repo.commit(
      { [PROD]: kustomization({ api: 'sha-7777777', worker: 'sha-6666666' }) },
      'by hand',
    );
    const cut = cloneRepo(repo.dir, { depth: 1 });
    const derive = { overlay: overlay(cut, PROD) };
    const one = await readHistory(new Git(cut.dir), join(cut.dir, PROD), { limit: 1, derive });
    expect(one.map((e) => [e.subject, e.images])).toEqual([['by hand', []]]);
    const two = await readHistory(new Git(cut.dir), join(cut.dir, PROD), { limit: 2, derive });
    expect(two[0]?.images).toEqual([
      {
        name: 'api',
        kind: 'unknown',
        from: 'ghcr.io/acme/api:sha-1111111',
        to: 'ghcr.io/acme/api:sha-7777777',
      },
    ]);
  });

  it('stops deepening once the caller has enough, and never deepens with deepen: false', async () => {
    const { repo, rollback } = prodHistory();
    const asIs = cloneRepo(repo.dir, { depth: 1 });
    const only = await readHistory(new Git(asIs.dir), join(asIs.dir, PROD), {
      limit: 3,
      deepen: false,
    });
    expect(only.map((e) => e.commit)).toEqual([rollback]);
    expect(asIs.git('rev-list', '--count', 'HEAD')).toBe('1');
    const enough = cloneRepo(repo.dir, { depth: 1 });
    const asked: number[] = [];
    const found = await readHistory(new Git(enough.dir), join(enough.dir, PROD), {
      limit: 3,
      derive: { overlay: overlay(enough, PROD) },
      enough: (entries) => {
        asked.push(entries.length);
        return entries.some((e) => e.images.some((i) => i.kind === 'rollback'));
      },
    });
    expect(found.map((e) => e.commit)).toEqual([rollback]);
    expect(asked).toEqual([1]);
    expect(enough.git('rev-list', '--count', 'HEAD')).toBe('1');
    // Not enough yet: deepened until it is (or the limit).
    const deeper = cloneRepo(repo.dir, { depth: 1 });
    const built = await readHistory(new Git(deeper.dir), join(deeper.dir, PROD), {
      limit: 3,
      enough: (entries) => entries.some((e) => e.images.some((i) => i.kind === 'build')),
    });
    expect(built.map((e) => e.record?.images[0]?.kind ?? 'none')).toEqual([
      'rollback',
      'none',
      'build',
    ]);
  });

  it('a second read of the same head, file and images takes the first (no log, no cat-file); a new head reads again', async () => {
    const { repo } = prodHistory();
    const calls: string[] = [];
    const git = new Git(repo.dir, undefined, (file, args, options) => {
      calls.push(args[0] ?? '');
      return exec(file, args, options);
    });
    const derive = { overlay: overlay(repo, PROD) };
    const first = await readHistory(git, join(repo.dir, PROD), { derive });
    expect(calls).toContain('log');
    calls.length = 0;
    const second = await readHistory(git, join(repo.dir, PROD), { limit: 2, derive });
    expect(second).toEqual(first.slice(0, 2));
    expect(calls.filter((c) => c === 'log' || c === 'cat-file')).toEqual([]);
    // A read that stopped early (the caller had enough) still serves a read of the clone as
    // it is (deepen: false): its log gave all the clone held.
    const other = new Git(repo.dir, undefined, (file, args, options) => {
      calls.push(args[0] ?? '');
      return exec(file, args, options);
    });
    await readHistory(other, join(repo.dir, PROD), { derive, enough: () => true });
    calls.length = 0;
    const asIs = await readHistory(other, join(repo.dir, PROD), {
      limit: 20,
      derive,
      deepen: false,
    });
    expect(asIs).toEqual(first);
    expect(calls.filter((c) => c === 'log' || c === 'cat-file')).toEqual([]);
    // Other images to derive, or another head, are read from git.
    await readHistory(git, join(repo.dir, PROD), { limit: 2 });
    expect(calls).toContain('log');
    calls.length = 0;
    repo.commit({ [PROD]: kustomization({ api: 'sha-3333333', worker: 'sha-5555555' }) }, 'v3');
    const after = await readHistory(git, join(repo.dir, PROD), { limit: 2, derive });
    expect(calls).toContain('log');
    expect(after[1]?.commit).toBe(first[0]?.commit);
  });

  it('says what to check when the revision is not there', async () => {
    const { repo } = prodHistory();
    await expect(
      readHistory(new Git(repo.dir), join(repo.dir, PROD), { rev: 'no-such-branch' }),
    ).rejects.toThrow(`cannot read the history of ${PROD}: no-such-branch is not a commit in`);
  });
});

describe('history command', () => {
  it('prints time, commit, actor and per image from → to, digest and kind, escaping outside text', async () => {
    const { repo, rollback, build } = prodHistory();
    const text = await historyCommand({ git: new Git(repo.dir), overlay: overlay(repo, PROD) });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  ${rollback.slice(0, 7)}  Eve <b>"Red"</b>  prod  config [0-9a-f]{7}$`,
      ),
    );
    expect(lines[1]).toBe(
      '  api  rollback  sha-2222222 → sha-1111111  sha256:111111111111  rolled back from sha-2222222',
    );
    expect(lines[2]).toMatch(/ {2}Test Author {2}\(no record\) merge side$/);
    expect(lines[3]).toBe('  worker  unknown  sha-5555555 → sha-6666666');
    expect(lines[4]).toContain(`${build.slice(0, 7)}  octocat  prod`);
    expect(lines[5]).toBe('  api  build  sha-1111111 → sha-2222222  sha256:222222222222');
    expect(lines[6]).toMatch(/ {2}Test Author {2}\(no record\) set up prod by hand \\x1b\[2J$/);
    expect(text).not.toContain('\u001b');
  });

  it('prints JSON', async () => {
    const { repo, rollback } = prodHistory();
    const json = JSON.parse(
      await historyCommand({ git: new Git(repo.dir), overlay: overlay(repo, PROD), json: true }),
    ) as ReturnType<typeof historyJson>;
    expect(json).toHaveLength(4);
    expect(json[0]).toMatchObject({
      commit: rollback,
      actor: 'Eve <b>"Red"</b>',
      recorded: true,
      environment: 'prod',
      images: [{ name: 'api', kind: 'rollback', to: 'ghcr.io/acme/api:sha-1111111' }],
    });
    expect(json[3]).toMatchObject({ recorded: false, subject: 'set up prod by hand \u001b[2J' });
  });
});

describe('status', () => {
  it('says what each environment runs, since when, by whom, and which images are held', async () => {
    const { repo, rollback, config1 } = prodHistory();
    repo.commit({ [DEV]: kustomization({ api: 'sha-2222222' }) }, 'dev by hand');
    const git = new Git(repo.dir);
    const environments = [
      { environment: 'dev', overlay: overlay(repo, DEV), git },
      { environment: 'prod', overlay: overlay(repo, PROD), git },
      { environment: 'qa', overlay: overlay(repo, 'k8s/overlays/qa/kustomization.yaml'), git },
    ];
    const statuses = await readStatus(environments);
    const prod = statuses[1];
    expect(prod?.configCommit).toBe(config1);
    expect(prod?.images.map((i) => [i.name, i.value, i.since?.kind, i.hold?.entry.commit])).toEqual(
      [
        ['api', 'ghcr.io/acme/api:sha-1111111', 'rollback', rollback],
        ['worker', 'ghcr.io/acme/worker:sha-6666666', 'unknown', undefined],
      ],
    );
    expect(statuses[0]?.configCommit).toBeUndefined();
    expect(statuses[2]?.problem).toBe(
      `cannot read the history of ${join(repo.dir, 'k8s/overlays/qa/kustomization.yaml')}: the file cannot be opened (ENOENT) — check the overlay path`,
    );
    const text = statusText(statuses);
    expect(text).toContain('dev  k8s/overlays/dev/kustomization.yaml  config unknown (no record)');
    expect(text).toContain(
      `prod  k8s/overlays/prod/kustomization.yaml  config ${config1.slice(0, 7)}`,
    );
    expect(text).toMatch(
      / {2}api\s+sha-1111111\s+rollback [0-9a-f]{7} by Eve <b>"Red"<\/b> at .* UTC\s+held: rolled back from sha-2222222 by Eve <b>"Red"<\/b> at /,
    );
    const json = JSON.parse(await statusCommand(environments, { json: true })) as Record<
      string,
      unknown
    >[];
    expect(json[1]).toMatchObject({
      environment: 'prod',
      configCommit: config1,
      images: [
        { name: 'api', held: { commit: rollback, kind: 'rollback', source: SOURCE.s2 } },
        { name: 'worker', value: 'ghcr.io/acme/worker:sha-6666666' },
      ],
    });
  });
});
