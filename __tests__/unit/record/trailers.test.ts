/**
 * The record as commit trailers: the exact format, a round trip over random records (with
 * outside text, other trailers and human edits around), git's own trailer parser agreeing,
 * and strictness (invalid values left out with a reason, never thrown).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { recordFromJson, recordProblems, recordToJson } from '../../../src/record/record.js';
import {
  appendRecordTrailers,
  formatRecordTrailers,
  parseRecord,
  parseRecordDetailed,
  trailerBlock,
} from '../../../src/record/trailers.js';
import { ownCommitMessage } from '../../../src/gitops/pull-request.js';
import { GIT_TEST_ENV } from '../../support/git-fixtures.js';
import {
  DIGEST,
  exampleRecord,
  nastyText,
  recordArb,
  SHA,
  SOURCE,
} from '../../support/record-fixtures.js';

const SUBJECT = 'deploy(prod): api sha-1111111 → sha-2222222 (aaaaaaa) [skip ci]';

function gitTrailers(message: string): string {
  return execFileSync('git', ['interpret-trailers', '--parse'], {
    input: message,
    env: GIT_TEST_ENV,
    encoding: 'utf8',
  });
}

describe('formatRecordTrailers', () => {
  it('writes one trailer per field and one line per image', () => {
    expect(formatRecordTrailers(exampleRecord())).toBe(
      [
        'Image-Promote-Record: 1',
        'Image-Promote-Environment: prod',
        `Image-Promote-Config-Commit: ${SHA.a}`,
        'Image-Promote-Actor: octocat',
        'Image-Promote-Run: https://github.com/acme/app/actions/runs/42/attempts/1',
        `Image-Promote-Image: api kind=build from=ghcr.io/acme/api:sha-1111111 to=ghcr.io/acme/api:sha-2222222 digest=${DIGEST.d2} source=${SOURCE.s2}`,
        `Image-Promote-Image: worker kind=rollback from=ghcr.io/acme/worker:sha-3333333 to=ghcr.io/acme/worker:sha-1111111 digest=${DIGEST.d1} source=${SOURCE.s3} rolled-back-from=ghcr.io/acme/worker:sha-3333333 rolled-back-from-digest=${DIGEST.d3}`,
      ].join('\n'),
    );
  });

  it('percent-encodes outside text so it cannot start a line or a field of its own', () => {
    const record = exampleRecord({
      environment: 'prod\nImage-Promote-Image: evil kind=build to=ghcr.io/x/y:z',
      actor: 'Jane "J" Doe <jane@example.com> 100%',
      images: [],
    });
    const problems = recordProblems(record);
    expect(problems).toEqual(['the environment holds a control character or a line break']);
    const safe = exampleRecord({ environment: 'EU prod = 1', actor: 'Jane "J" Doe 100%' });
    const text = formatRecordTrailers(safe);
    expect(text).toContain('Image-Promote-Environment: EU%20prod%20%3D%201\n');
    expect(text).toContain('Image-Promote-Actor: Jane%20%22J%22%20Doe%20100%25\n');
    expect(parseRecord(`${SUBJECT}\n\n${text}`)).toEqual(safe);
  });

  it('leaves out what does not validate, and says so', () => {
    const record = exampleRecord({
      configCommit: 'HEAD',
      images: [
        { name: 'api', kind: 'build', to: 'ghcr.io/acme/api:sha-2222222', digest: 'sha256:nope' },
        { name: 'bad name', kind: 'build', to: 'ghcr.io/acme/x:1' },
      ],
    });
    expect(recordProblems(record)).toEqual([
      'the config commit a commit is a full id (40 or 64 lowercase hex)',
      'image api: its digest a digest looks like sha256:<64 lowercase hex characters>',
      'image #2: its name is not a valid image name',
    ]);
    const text = formatRecordTrailers(record);
    expect(text).not.toContain('HEAD');
    expect(text).not.toContain('bad');
    expect(parseRecord(`${SUBJECT}\n\n${text}`)?.images).toEqual([
      { name: 'api', kind: 'build', to: 'ghcr.io/acme/api:sha-2222222' },
    ]);
  });

  it('writes references fully qualified', () => {
    const text = formatRecordTrailers(
      exampleRecord({ images: [{ name: 'web', kind: 'promote', to: 'nginx:1.27' }] }),
    );
    expect(text).toContain('Image-Promote-Image: web kind=promote to=docker.io/library/nginx:1.27');
  });
});

describe('parseRecord', () => {
  it('round-trips every valid record, whatever the message and other trailers around it', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.array(nastyText, { maxLength: 3 }),
        fc.array(
          fc.constantFrom(
            'Signed-off-by: Jane Doe <jane@example.com>',
            'Co-authored-by: Bob <bob@example.com>',
            'Reviewed-by: someone',
          ),
          { maxLength: 3 },
        ),
        fc.nat(),
        (record, body, others, seed) => {
          const lines = formatRecordTrailers(record).split('\n');
          // Other trailers anywhere in the block, ours kept in their order.
          for (const [i, other] of others.entries()) {
            lines.splice((seed + i * 7) % (lines.length + 1), 0, other);
          }
          const paragraphs = body.map((b) => b.replace(/\n\s*\n/g, '\n').trim()).filter(Boolean);
          const message = [SUBJECT, ...paragraphs, lines.join('\n')].join('\n\n');
          const parsed = parseRecordDetailed(message);
          expect(parsed.ignored).toEqual([]);
          expect(parsed.record).toEqual(record);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with git interpret-trailers --parse about which lines are the trailers', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const trailers = formatRecordTrailers(record);
        const message = appendRecordTrailers(`${SUBJECT}\n\n- api: v1 → v2\n`, record);
        expect(gitTrailers(message)).toBe(`${trailers}\n`);
        expect(trailerBlock(message).map((t) => `${t.key}: ${t.value}`)).toEqual(
          trailers.split('\n'),
        );
      }),
      { numRuns: 15 },
    );
  });

  it('reads human edits: other key case, spacing, folded lines, trailing comments', () => {
    const message = [
      SUBJECT,
      '',
      'Rolled back by hand after the incident.',
      '',
      'image-promote-record:   1',
      `IMAGE-PROMOTE-CONFIG-COMMIT : ${SHA.b}`,
      'Image-Promote-Image: api kind=rollback',
      '  from=ghcr.io/acme/api:sha-2222222',
      `\tto=ghcr.io/acme/api:sha-1111111 source=${SOURCE.s1}`,
      'Signed-off-by: Jane <jane@example.com>',
      '',
      '',
    ].join('\n');
    expect(parseRecordDetailed(message)).toEqual({
      record: {
        version: 1,
        configCommit: SHA.b,
        images: [
          {
            name: 'api',
            kind: 'rollback',
            from: 'ghcr.io/acme/api:sha-2222222',
            to: 'ghcr.io/acme/api:sha-1111111',
            source: SOURCE.s1,
          },
        ],
      },
      ignored: [],
    });
  });

  it('finds nothing outside the last paragraph, in the subject, or in a block git would not read', () => {
    const trailers = formatRecordTrailers(exampleRecord());
    expect(parseRecord(trailers)).toBeUndefined(); // the subject is never trailers
    expect(parseRecord(`${SUBJECT}\n\n${trailers}\n\nA paragraph added after.`)).toBeUndefined();
    expect(parseRecord(`${SUBJECT}\n\n${trailers}\nA line that is no trailer`)).toBeUndefined();
    expect(gitTrailers(`${SUBJECT}\n\n${trailers}\nA line that is no trailer\n`)).toBe('');
    expect(parseRecord(SUBJECT)).toBeUndefined();
    expect(parseRecord('')).toBeUndefined();
  });

  it('is strict: invalid values are left out with a reason, never thrown', () => {
    const message = [
      SUBJECT,
      '',
      'Image-Promote-Record: 1',
      'Image-Promote-Environment: prod%0AImage-Promote-Image:%20x',
      'Image-Promote-Actor: a',
      'Image-Promote-Actor: b',
      'Image-Promote-Run: javascript:alert%281%29',
      'Image-Promote-Config-Commit: %C3%28',
      'Image-Promote-Image: api kind=deploy to=ghcr.io/acme/api:v1',
      'Image-Promote-Image: web kind=build to=ghcr.io/acme/web:v1 digest=sha256:00 colour=red to=x',
      'Image-Promote-Image: web kind=build to=ghcr.io/acme/web:v2',
      'Image-Promote-Image: kind=build to=ghcr.io/acme/web:v2',
      'Image-Promote-Image: cron kind=build to=ghcr.io/acme/cron:v1 rolled-back-from=ghcr.io/acme/cron:v0',
      'Image-Promote-Image: job kind=rollback to=ghcr.io/Acme/api:v1',
      'Image-Promote-Future: something',
    ].join('\n');
    const parsed = parseRecordDetailed(message);
    expect(parsed.record).toEqual({
      version: 1,
      images: [
        { name: 'web', kind: 'build', to: 'ghcr.io/acme/web:v1' },
        { name: 'cron', kind: 'build', to: 'ghcr.io/acme/cron:v1' },
      ],
    });
    expect(parsed.ignored.sort()).toEqual(
      [
        'Image-Promote-Actor appears 2 times with different values',
        'Image-Promote-Config-Commit is not valid percent-encoded UTF-8',
        'image #2: unknown field colour',
        'image #2: to appears twice, the first one is kept',
        'image #4: the line does not start with an image name',
        'unknown trailer Image-Promote-Future',
        'the environment holds a control character or a line break',
        'the run URL is not an http(s) URL',
        'image api: its kind is not one of build, promote, reuse, release, redeploy, rollback',
        'image web: its digest a digest looks like sha256:<64 lowercase hex characters>',
        'image web: listed twice, the first one is kept',
        'image cron: "rolled back from" belongs to a rollback or redeploy only',
        'image job: its "to" repository name must be lowercase',
      ].sort(),
    );
  });

  it('ignores a record of a newer version or without a version, saying why', () => {
    const newer = `${SUBJECT}\n\nImage-Promote-Record: 2\nImage-Promote-Environment: prod`;
    expect(parseRecordDetailed(newer)).toEqual({
      ignored: [
        'the record has version 2, written by a newer image-promote: update image-promote to read it',
      ],
    });
    const none = `${SUBJECT}\n\nImage-Promote-Environment: prod`;
    expect(parseRecordDetailed(none).record).toBeUndefined();
    expect(parseRecordDetailed(none).ignored).toEqual([
      'the Image-Promote trailers have no Image-Promote-Record version',
    ]);
    expect(parseRecordDetailed(`${SUBJECT}\n\nSigned-off-by: x`)).toEqual({ ignored: [] });
  });
});

describe('appendRecordTrailers', () => {
  it('adds the record as the last paragraph of a multi-line message', () => {
    const message = appendRecordTrailers(
      `${SUBJECT}\n\n- api: a → b\n- web: c → d\n\n`,
      exampleRecord(),
    );
    expect(
      message.startsWith(`${SUBJECT}\n\n- api: a → b\n- web: c → d\n\nImage-Promote-Record: 1\n`),
    ).toBe(true);
    expect(parseRecord(message)).toEqual(exampleRecord());
  });
});

describe('recordToJson / recordFromJson', () => {
  it('round-trips every valid record through JSON', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const json = JSON.parse(JSON.stringify(recordToJson(record))) as unknown;
        expect(recordFromJson(json)).toEqual({ record, ignored: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out what a payload holds that is no record', () => {
    expect(recordFromJson({ images: [] }).record).toBeUndefined();
    expect(recordFromJson('text').ignored).toEqual(['the payload holds no image-promote record']);
    const parsed = recordFromJson({
      imagePromoteRecord: {
        version: 1,
        environment: 7,
        images: [null, { name: 'api', kind: 'build', to: 'ghcr.io/acme/api:v1', digest: 5 }],
      },
    });
    expect(parsed.record).toEqual({
      version: 1,
      images: [{ name: 'api', kind: 'build', to: 'ghcr.io/acme/api:v1' }],
    });
    expect(parsed.ignored).toEqual([
      'image #1 is not an object',
      'image #2: digest is not a string',
      'environment is not a string',
    ]);
  });
});

describe('a record in a commit image-promote proposes on a pull request branch', () => {
  it('shares its trailer block with the branch mark, which is not part of the record', () => {
    const recorded = appendRecordTrailers(SUBJECT, exampleRecord());
    const message = ownCommitMessage(recorded, 'image-promote/prod');
    expect(message.trim().split('\n\n')).toHaveLength(2);
    expect(message.trim().split('\n').at(-1)).toBe('Image-Promote-Branch: image-promote/prod');
    expect(parseRecordDetailed(message)).toEqual(parseRecordDetailed(recorded));
    expect(parseRecordDetailed(message).ignored).toEqual([]);
    expect(gitTrailers(message)).toContain('Image-Promote-Record: 1\n');
    // Without a record, the mark is the last paragraph on its own.
    expect(ownCommitMessage(SUBJECT, 'b')).toBe(`${SUBJECT}\n\nImage-Promote-Branch: b\n`);
    expect(ownCommitMessage(`${SUBJECT}\n\n| a | b |`, 'b')).toBe(
      `${SUBJECT}\n\n| a | b |\n\nImage-Promote-Branch: b\n`,
    );
  });
});
