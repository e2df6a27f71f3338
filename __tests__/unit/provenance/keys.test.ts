/**
 * signing-key and verify-key (src/provenance/keys.ts): the key OpenSSL generates is accepted
 * and redacted everywhere afterwards; anything that is not one EC P-256 private key (or, for
 * verify-key, P-256 public keys) is refused with a message that names the input.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../src/errors.js';
import { keyHint, parseSigningKey, parseVerifyKeys } from '../../../src/provenance/keys.js';
import { redact } from '../../../src/redact.js';

const dir = mkdtempSync(join(tmpdir(), 'ip-keys-'));
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
let opensslKey: string;
let opensslPublic: string;

beforeAll(() => {
  // Exactly the command docs/trust.md gives.
  openssl(
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    join(dir, 'key.pem'),
  );
  openssl('pkey', '-in', join(dir, 'key.pem'), '-pubout', '-out', join(dir, 'key.pub'));
  opensslKey = readFileSync(join(dir, 'key.pem'), 'utf8');
  opensslPublic = readFileSync(join(dir, 'key.pub'), 'utf8');
});

const pem = (type: 'rsa' | 'ec' | 'ed25519', curve?: string) => {
  const options =
    type === 'rsa'
      ? { modulusLength: 2048 }
      : type === 'ec'
        ? { namedCurve: curve ?? 'P-256' }
        : {};
  const { privateKey, publicKey } = generateKeyPairSync(
    type as 'ec',
    options as { namedCurve: string },
  );
  return {
    private: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    public: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

describe('parseSigningKey', () => {
  it('accepts the PKCS#8 key `openssl genpkey … P-256` writes, hinting its SPKI digest', () => {
    expect(opensslKey).toContain('-----BEGIN PRIVATE KEY-----');
    const key = parseSigningKey(opensslKey);
    expect(key.hint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(key.hint).toBe(keyHint(createPublicKey(opensslPublic)));
  });

  it('registers the key with the redactor: the whole text, its body and its lines', () => {
    parseSigningKey(opensslKey);
    const lines = opensslKey.split('\n').filter((l) => l.length > 16 && !l.startsWith('-----'));
    expect(redact(`key: ${opensslKey}`)).not.toContain(lines[0]);
    for (const line of lines) expect(redact(`line ${line} end`)).toBe('line *** end');
    const body = lines.join('');
    expect(redact(body)).toBe('***');
  });

  it('accepts a SEC1 "EC PRIVATE KEY" too', () => {
    openssl('ec', '-in', join(dir, 'key.pem'), '-out', join(dir, 'sec1.pem'));
    const sec1 = readFileSync(join(dir, 'sec1.pem'), 'utf8');
    expect(sec1).toContain('BEGIN EC PRIVATE KEY');
    expect(parseSigningKey(sec1).hint).toBe(parseSigningKey(opensslKey).hint);
  });

  it.each<[string, () => string, RegExp]>([
    [
      'a P-384 key',
      () => pem('ec', 'P-384').private,
      /an EC key on curve secp384r1; signing needs an EC P-256/,
    ],
    ['an RSA key', () => pem('rsa').private, /an RSA key; signing needs an EC P-256/],
    ['an Ed25519 key', () => pem('ed25519').private, /an ED25519 key/],
    ['a public key', () => opensslPublic, /holds a public key, not the private key/],
    ['no PEM at all', () => 'not a key', /holds no PEM key/],
    ['two keys', () => opensslKey + opensslKey, /holds 2 PEM blocks/],
    [
      'an encrypted key',
      () => {
        openssl(
          'pkcs8',
          '-topk8',
          '-in',
          join(dir, 'key.pem'),
          '-passout',
          'pass:secret',
          '-out',
          join(dir, 'enc.pem'),
        );
        return readFileSync(join(dir, 'enc.pem'), 'utf8');
      },
      /holds an encrypted private key/,
    ],
    [
      'a certificate',
      () => '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      /"CERTIFICATE" PEM block/,
    ],
  ])('refuses %s, naming signing-key', (_what, text, message) => {
    const input = text();
    expect(() => parseSigningKey(input)).toThrow(InputError);
    expect(() => parseSigningKey(input)).toThrow(/^input 'signing-key': /);
    expect(() => parseSigningKey(input)).toThrow(message);
  });

  it('never quotes the key in its messages', () => {
    const p384 = pem('ec', 'P-384').private;
    let text = '';
    try {
      parseSigningKey(p384);
    } catch (err) {
      text = (err as Error).message;
    }
    const line = p384.split('\n')[1] ?? '';
    expect(text).not.toContain(line.slice(0, 20));
  });
});

describe('parseVerifyKeys', () => {
  it('reads one or several P-256 public keys', () => {
    const other = pem('ec');
    const keys = parseVerifyKeys(`${opensslPublic}\n${other.public}`);
    expect(keys.map((k) => k.hint)).toEqual([
      keyHint(createPublicKey(opensslPublic)),
      keyHint(createPublicKey(other.public)),
    ]);
  });

  it.each<[string, () => string, RegExp]>([
    ['nothing', () => '', /holds no PEM public key/],
    [
      'a private key (and redacts it)',
      () => opensslKey,
      /the key is a private key; verify-key takes public keys only/,
    ],
    ['a P-384 key', () => pem('ec', 'P-384').public, /is an EC key on curve secp384r1/],
    ['an RSA key among good ones', () => opensslPublic + pem('rsa').public, /key 2 is an RSA key/],
  ])('refuses %s, naming verify-key', (_what, text, message) => {
    const input = text();
    expect(() => parseVerifyKeys(input)).toThrow(/^input 'verify-key': /);
    expect(() => parseVerifyKeys(input)).toThrow(message);
  });

  it('redacts a private key pasted into verify-key', () => {
    const key = pem('ec').private;
    expect(() => parseVerifyKeys(key)).toThrow(InputError);
    expect(redact(key).trim()).toBe('***');
  });
});
