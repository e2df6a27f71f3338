/**
 * Deploy records for tests: fixed examples and fast-check arbitraries of valid records,
 * including outside text (environment and actor names) full of quotes, brackets, `%%`,
 * backticks, markup and line breaks.
 */
import fc from 'fast-check';
import type { DeployRecord, RecordImage, RecordKind } from '../../src/record/types.js';
import { RECORD_KINDS } from '../../src/record/types.js';

export const hex = (n: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: n, maxLength: n });

export const digestArb = hex(64).map((h) => `sha256:${h}`);

/** Nasty outside text: what a person may name an environment or be called. */
export const NASTY = [
  '"quoted"',
  "it's",
  '[brackets]',
  '(parens)',
  '{braces}',
  '%%{init: {"theme": "dark"}}%%',
  '`code`',
  '```',
  '<script>alert(1)</script>',
  'a|b',
  'line\nbreak',
  'carriage\rreturn',
  '#35; #quot;',
  '&amp;',
  'end; click x href "javascript:alert(1)"',
  '--> b',
  '\\escaped\\',
  '*bold* _it_ ~~s~~',
  '[link](https://example.com)',
  '😀 ünïcödé',
  'Image-Promote-Image: evil kind=build to=ghcr.io/x/y:z',
];

export const nastyText = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 3 }).map((a) => a.join(' ')),
);

/** One line of printable text, as a record keeps it (no controls, no lone surrogates). */
export const recordText = fc
  .oneof(
    fc.constantFrom(...NASTY),
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  )
  // eslint-disable-next-line no-control-regex
  .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '))
  .filter((s) => s.trim() !== '');

export const imageName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._\-/:]{0,15}$/);

const component = fc.stringMatching(/^[a-z0-9]{1,6}(?:[._-][a-z0-9]{1,4})?$/);
export const repositoryArb = fc
  .tuple(
    fc.constantFrom('ghcr.io', 'localhost:5000', 'registry.example.com', '127.0.0.1:5000'),
    fc.array(component, { minLength: 1, maxLength: 3 }),
  )
  .map(([domain, parts]) => `${domain}/${parts.join('/')}`);

export const tagArb = fc.oneof(
  hex(7).map((h) => `sha-${h}`),
  fc.stringMatching(/^v[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/),
  fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/),
);

export const referenceArb = fc
  .tuple(
    repositoryArb,
    fc.option(tagArb, { nil: undefined }),
    fc.option(digestArb, { nil: undefined }),
  )
  .map(
    ([repo, tag, digest]) =>
      repo + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`),
  );

export const runUrlArb = fc
  .tuple(fc.stringMatching(/^[a-z0-9-]{1,10}$/), fc.nat(), fc.integer({ min: 1, max: 5 }))
  .map(
    ([repo, id, attempt]) =>
      `https://github.com/acme/${repo}/actions/runs/${id}/attempts/${attempt}`,
  );

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });

export const recordImageArb = (name: fc.Arbitrary<string> = imageName): fc.Arbitrary<RecordImage> =>
  fc
    .record({
      name,
      kind: fc.constantFrom<RecordKind>(...RECORD_KINDS),
      from: opt(referenceArb),
      to: referenceArb,
      digest: opt(digestArb),
      source: opt(hex(64)),
      rb: opt(fc.record({ ref: referenceArb, digest: opt(digestArb) })),
    })
    .map(({ rb, ...i }) => {
      const image: RecordImage = { name: i.name, kind: i.kind, to: i.to };
      if (i.from !== undefined) image.from = i.from;
      if (i.digest !== undefined) image.digest = i.digest;
      if (i.source !== undefined) image.source = i.source;
      if (rb && (i.kind === 'rollback' || i.kind === 'redeploy')) {
        image.rolledBackFrom = { ref: rb.ref, ...(rb.digest ? { digest: rb.digest } : {}) };
      }
      return image;
    });

export const recordArb: fc.Arbitrary<DeployRecord> = fc
  .record({
    environment: opt(recordText),
    configCommit: opt(hex(40)),
    actor: opt(recordText),
    run: opt(runUrlArb),
    images: fc.uniqueArray(recordImageArb(), { maxLength: 5, selector: (i) => i.name }),
  })
  .map((r) => {
    const record: DeployRecord = { version: 1, images: r.images };
    if (r.environment !== undefined) record.environment = r.environment;
    if (r.configCommit !== undefined) record.configCommit = r.configCommit;
    if (r.actor !== undefined) record.actor = r.actor;
    if (r.run !== undefined) record.run = r.run;
    return record;
  });

export const SHA = {
  a: 'a'.repeat(40),
  b: 'b'.repeat(40),
  c: 'c'.repeat(40),
  d: 'd'.repeat(40),
};
export const SOURCE = { s1: '1'.repeat(64), s2: '2'.repeat(64), s3: '3'.repeat(64) };
export const DIGEST = {
  d1: `sha256:${'1'.repeat(64)}`,
  d2: `sha256:${'2'.repeat(64)}`,
  d3: `sha256:${'3'.repeat(64)}`,
};

export function exampleRecord(overrides: Partial<DeployRecord> = {}): DeployRecord {
  return {
    version: 1,
    environment: 'prod',
    configCommit: SHA.a,
    actor: 'octocat',
    run: 'https://github.com/acme/app/actions/runs/42/attempts/1',
    images: [
      {
        name: 'api',
        kind: 'build',
        from: 'ghcr.io/acme/api:sha-1111111',
        to: 'ghcr.io/acme/api:sha-2222222',
        digest: DIGEST.d2,
        source: SOURCE.s2,
      },
      {
        name: 'worker',
        kind: 'rollback',
        from: 'ghcr.io/acme/worker:sha-3333333',
        to: 'ghcr.io/acme/worker:sha-1111111',
        digest: DIGEST.d1,
        source: SOURCE.s3,
        rolledBackFrom: { ref: 'ghcr.io/acme/worker:sha-3333333', digest: DIGEST.d3 },
      },
    ],
    ...overrides,
  };
}
