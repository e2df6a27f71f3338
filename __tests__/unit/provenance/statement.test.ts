/**
 * The source statement (src/provenance/statement.ts): what is built is exactly the documented
 * in-toto Statement v1, and parsing refuses every malformed field of untrusted text.
 */
import { describe, expect, it } from '@jest/globals';
import {
  buildSourceStatement,
  parseSourceStatement,
  peekPredicateType,
  runUrlOf,
  SOURCE_PREDICATE_TYPE,
  StatementError,
  type SourceStatementFields,
} from '../../../src/provenance/statement.js';

const HEX = 'ab'.repeat(32);
const DIGEST = `sha256:${'cd'.repeat(32)}`;
const FIELDS: SourceStatementFields = {
  sourceKey: HEX,
  sourceKeyVersion: 'image-promote source key v1',
  repository: 'acme/app',
  serverUrl: 'https://github.com',
  commit: '1'.repeat(40),
  workflowRef: 'acme/app/.github/workflows/deploy.yml@refs/heads/main',
  runUrl: 'https://github.com/acme/app/actions/runs/123/attempts/2',
  imagePromoteVersion: '0.1.0',
};
const SUBJECT = { name: 'ghcr.io/acme/api', digest: DIGEST };

function statementJson(
  overrides: Record<string, unknown> = {},
  predicate: Record<string, unknown> | null = {},
) {
  const { bytes } = buildSourceStatement(SUBJECT, FIELDS);
  const json = JSON.parse(bytes.toString()) as Record<string, unknown>;
  return Buffer.from(
    JSON.stringify({
      ...json,
      ...overrides,
      predicate:
        predicate === null
          ? null
          : { ...(json.predicate as Record<string, unknown>), ...predicate },
    }),
  );
}

describe('buildSourceStatement', () => {
  it('writes the documented in-toto Statement v1', () => {
    const { bytes, statement } = buildSourceStatement(SUBJECT, FIELDS);
    expect(JSON.parse(bytes.toString())).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ghcr.io/acme/api', digest: { sha256: 'cd'.repeat(32) } }],
      predicateType: 'https://github.com/image-promote/source/v1',
      predicate: {
        sourceKey: HEX,
        sourceKeyVersion: 'image-promote source key v1',
        repository: 'acme/app',
        serverUrl: 'https://github.com',
        commit: '1'.repeat(40),
        workflowRef: 'acme/app/.github/workflows/deploy.yml@refs/heads/main',
        runUrl: 'https://github.com/acme/app/actions/runs/123/attempts/2',
        imagePromoteVersion: '0.1.0',
      },
    });
    expect(statement).toEqual({ ...FIELDS, subject: SUBJECT });
    expect(parseSourceStatement(bytes)).toEqual(statement);
  });

  it('leaves out the workflow fields when no workflow signed (the CLI), and normalises the server URL', () => {
    const fields = { ...FIELDS, serverUrl: 'https://ghe.example.com/' };
    delete fields.workflowRef;
    delete fields.runUrl;
    const { bytes, statement } = buildSourceStatement(SUBJECT, fields);
    const predicate = (JSON.parse(bytes.toString()) as { predicate: Record<string, unknown> })
      .predicate;
    expect(Object.keys(predicate)).not.toContain('runUrl');
    expect(statement.serverUrl).toBe('https://ghe.example.com');
  });

  it('refuses a field a reader would refuse, naming it', () => {
    expect(() => buildSourceStatement(SUBJECT, { ...FIELDS, sourceKey: 'abc' })).toThrow(
      /sourceKey has an invalid form/,
    );
    expect(() => buildSourceStatement({ ...SUBJECT, digest: 'sha512:00' }, FIELDS)).toThrow(
      /subject digest/,
    );
  });

  it('builds the run URL from server, repository, run id and attempt', () => {
    expect(runUrlOf('https://github.com/', 'acme/app', 42, 3)).toBe(
      'https://github.com/acme/app/actions/runs/42/attempts/3',
    );
  });
});

describe('parseSourceStatement (untrusted text)', () => {
  it.each<[string, Buffer, RegExp]>([
    ['not JSON', Buffer.from('{'), /not valid JSON/],
    ['an array', Buffer.from('[]'), /not a JSON object/],
    [
      'another statement type',
      statementJson({ _type: 'https://in-toto.io/Statement/v0.1' }),
      /_type/,
    ],
    [
      'another predicate',
      statementJson({ predicateType: 'https://slsa.dev/provenance/v1' }),
      /predicateType/,
    ],
    ['two subjects', statementJson({ subject: [{}, {}] }), /exactly one image/],
    [
      'a subject without sha256',
      statementJson({ subject: [{ name: 'x', digest: { sha512: HEX } }] }),
      /subject digest/,
    ],
    ['a short sourceKey', statementJson({}, { sourceKey: 'abc' }), /sourceKey/],
    ['an uppercase sourceKey', statementJson({}, { sourceKey: HEX.toUpperCase() }), /sourceKey/],
    ['a numeric sourceKey', statementJson({}, { sourceKey: 5 }), /sourceKey is not a string/],
    ['a short commit', statementJson({}, { commit: 'abc123' }), /commit/],
    ['a bad repository', statementJson({}, { repository: 'acme' }), /repository/],
    [
      'a server URL with a path',
      statementJson({}, { serverUrl: 'https://github.com/x' }),
      /serverUrl/,
    ],
    [
      'a server URL with credentials',
      statementJson({}, { serverUrl: 'https://u:p@github.com' }),
      /serverUrl/,
    ],
    [
      'a run of another repository',
      statementJson({}, { runUrl: 'https://github.com/evil/app/actions/runs/1/attempts/1' }),
      /runUrl/,
    ],
    [
      'a run URL on another host',
      statementJson({}, { runUrl: 'https://evil.example/acme/app/actions/runs/1/attempts/1' }),
      /runUrl/,
    ],
    [
      'a workflow ref without a workflow',
      statementJson({}, { workflowRef: 'acme/app@main' }),
      /workflowRef/,
    ],
    [
      'a version with spaces',
      statementJson({}, { imagePromoteVersion: '1 2' }),
      /imagePromoteVersion/,
    ],
    [
      'a key version with a newline',
      statementJson({}, { sourceKeyVersion: 'v1\nx' }),
      /sourceKeyVersion/,
    ],
    ['no predicate', statementJson({}, null), /predicate is not an object/],
    ['an oversized statement', Buffer.from(' '.repeat(70 * 1024) + '{}'), /larger than/],
  ])('refuses %s', (_what, bytes, message) => {
    expect(() => parseSourceStatement(bytes)).toThrow(StatementError);
    expect(() => parseSourceStatement(bytes)).toThrow(message);
  });

  it('ignores predicate fields it does not know (a later v1 writer may add some)', () => {
    const parsed = parseSourceStatement(statementJson({}, { extra: { nested: 1 } }));
    expect(parsed.sourceKey).toBe(HEX);
    expect(parsed).not.toHaveProperty('extra');
  });

  it('peekPredicateType reads only the claimed type', () => {
    expect(peekPredicateType(statementJson())).toBe(SOURCE_PREDICATE_TYPE);
    expect(peekPredicateType(Buffer.from('nope'))).toBeUndefined();
  });
});
