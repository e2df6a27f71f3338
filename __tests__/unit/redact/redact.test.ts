import { describe, expect, it } from '@jest/globals';
import { Redactor } from '../../../src/redact.js';

describe('Redactor', () => {
  it('removes a registered secret in every form it travels in', () => {
    const r = new Redactor();
    r.add('s3cr3t/p@ss word');
    const b64 = Buffer.from('s3cr3t/p@ss word').toString('base64');
    const text = [
      'plain s3cr3t/p@ss word',
      `b64 ${b64}`,
      `b64url ${Buffer.from('s3cr3t/p@ss word').toString('base64url')}`,
      `url ${encodeURIComponent('s3cr3t/p@ss word')}`,
    ].join('\n');
    const out = r.redact(text);
    expect(out).not.toContain('s3cr3t');
    expect(out).not.toContain(b64);
    expect(out).not.toContain(encodeURIComponent('s3cr3t/p@ss word'));
  });

  it('removes user:password as Basic sends it, echoed inside other text', () => {
    const r = new Redactor();
    r.addCredentials('alice', 'hunter22');
    const echoed = `{"errors":[{"message":"bad credentials ${Buffer.from('alice:hunter22').toString('base64')}"}]}`;
    expect(r.redact(echoed)).toBe('{"errors":[{"message":"bad credentials ***"}]}');
  });

  it('removes credential shapes nobody registered', () => {
    const r = new Redactor();
    const jwt =
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZWdpc3RyeSJ9.c2lnbmF0dXJlLXdpdGgtZW5vdWdoLWJ5dGVz';
    const out = r.redact(
      [
        'Authorization: Bearer abcdefghijklmnop',
        `token ${jwt}`,
        'Basic dXNlcjpwYXNzd29yZA==',
        'ghs_0123456789abcdefghijABCDEFGHIJ',
        'https://user:pw@git.example.com/acme/gitops.git',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        'Authorization: ***',
        'token ***',
        'Basic ***',
        '***',
        'https://***@git.example.com/acme/gitops.git',
      ].join('\n'),
    );
  });

  it('tells listeners about every form, including those registered before they listened', () => {
    const r = new Redactor();
    r.add('first-secret');
    const seen: string[] = [];
    r.onSecret((f) => seen.push(f));
    r.add('second-secret');
    expect(seen).toContain('first-secret');
    expect(seen).toContain('second-secret');
    expect(seen).toContain(Buffer.from('second-secret').toString('base64'));
  });

  it('ignores strings too short to be secrets', () => {
    const r = new Redactor();
    r.add('ab');
    expect(r.redact('abc ab')).toBe('abc ab');
  });
});
