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

describe('credentials in git addresses', () => {
  const r = new Redactor();

  it.each([
    [
      'git://user:s3cret@git.example.com/acme/gitops.git',
      'git://***@git.example.com/acme/gitops.git',
    ],
    ['GIT://user:s3cret@host:9418/x', 'GIT://***@host:9418/x'],
    [
      'ssh://deploy:s3cret@git.example.com:2222/acme/x.git',
      'ssh://***@git.example.com:2222/acme/x.git',
    ],
    ['git+ssh://deploy:s3cret@host/x', 'git+ssh://***@host/x'],
    // A password with an @ in it (git takes the last one before the host).
    [
      "fatal: unable to access 'https://u:p@ss@host/x/'",
      "fatal: unable to access 'https://***@host/x/'",
    ],
    ['git://u:p@ss@host/x', 'git://***@host/x'],
    // scp-style: user:password@host:path
    ['deploy:s3cret@git.example.com:acme/gitops.git', '***@git.example.com:acme/gitops.git'],
    ['repository=deploy:s3cret@github.com:acme/x.git', 'repository=***@github.com:acme/x.git'],
    ['remote "deploy:s3cret@[::1]:acme/x"', 'remote "***@[::1]:acme/x"'],
    // How git prints a git:// URL it cannot reach: the scheme is gone.
    [
      'fatal: unable to look up user:s3cret@127.0.0.1:1 (port 9418) (Name or service not known)',
      'fatal: unable to look up ***@127.0.0.1:1 (port 9418) (Name or service not known)',
    ],
    [
      'fatal: unable to look up user:s3cret@nonexistent.invalid (port 9418)',
      'fatal: unable to look up ***@nonexistent.invalid (port 9418)',
    ],
  ])('%s', (text, redacted) => {
    expect(r.redact(text)).toBe(redacted);
    expect(r.redact(text)).not.toContain('s3cret');
  });

  it.each([
    // Image references: name:tag@digest is not user:password@host.
    `nginx:1.27@sha256:${'a'.repeat(64)}`,
    'api=nginx:1.27@sha256:1a2b3c4d5e6f',
    `ghcr.io/acme/api:v1@sha512:${'b'.repeat(128)}`,
    `localhost:5000/team/api:sha-1a2b3c4@sha256:${'c'.repeat(64)}`,
    // A user without a password is no secret; neither is a time or a mapping.
    'git@github.com:acme/gitops.git',
    'deploy(prod): api sha-1a2b3c4 → sha-9f8e7d6 at 12:30',
    'newTag: v1 # digest: sha256:abc',
  ])('keeps %s', (text) => {
    expect(r.redact(text)).toBe(text);
  });
});
