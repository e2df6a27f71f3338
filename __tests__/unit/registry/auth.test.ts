import { describe, expect, it } from '@jest/globals';
import {
  basicAuthorization,
  mergeScopes,
  parseWwwAuthenticate,
  pullScope,
  pushScope,
} from '../../../src/registry/auth.js';

describe('parseWwwAuthenticate', () => {
  it('reads a Bearer challenge with a comma inside a quoted scope', () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:samalba/my-app:pull,push',
        },
      },
    ]);
  });

  it('reads several challenges, unquoted values, escapes and spacing', () => {
    expect(
      parseWwwAuthenticate(
        'Basic realm="basic-realm", Bearer realm=https://t.example/token , service = "a\\"b", error="insufficient_scope"',
      ),
    ).toEqual([
      { scheme: 'basic', params: { realm: 'basic-realm' } },
      {
        scheme: 'bearer',
        params: { realm: 'https://t.example/token', service: 'a"b', error: 'insufficient_scope' },
      },
    ]);
  });

  it('survives empty and odd headers', () => {
    expect(parseWwwAuthenticate('')).toEqual([]);
    expect(parseWwwAuthenticate('Negotiate')).toEqual([{ scheme: 'negotiate', params: {} }]);
    expect(parseWwwAuthenticate('Bearer =x')).toEqual([{ scheme: 'bearer', params: {} }]);
  });
});

describe('scopes', () => {
  it('merges actions per repository, sorted', () => {
    expect(
      mergeScopes([
        pushScope('prod/api'),
        pullScope('team/api'),
        'repository:prod/api:pull',
        'repository:team/api:pull repository:x/y:delete',
      ]),
    ).toEqual([
      'repository:prod/api:pull,push',
      'repository:team/api:pull',
      'repository:x/y:delete',
    ]);
  });

  it('keeps registry-level scopes intact', () => {
    expect(mergeScopes(['registry:catalog:*'])).toEqual(['registry:catalog:*']);
  });
});

describe('basicAuthorization', () => {
  it('encodes user:password', () => {
    expect(basicAuthorization('u', 'p:w')).toBe(`Basic ${Buffer.from('u:p:w').toString('base64')}`);
  });
});
