/**
 * Keys for key-based signing: `signing-key` (the PEM text of one EC P-256 private key, PKCS#8
 * as `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` writes it, or SEC1;
 * never encrypted) and `verify-key` (the PEM text of one or more EC P-256 public keys). Node's
 * crypto only.
 *
 * The signing key is registered with the redactor (as a whole, its base64 body and each body
 * line) before anything else looks at it, and no message ever quotes a key. A key is named by
 * its hint: `sha256:` and the hex sha256 of its SubjectPublicKeyInfo (DER).
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { InputError } from '../errors.js';
import { redactor } from '../redact.js';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** `sha256:<hex of the SPKI DER>`. */
  hint: string;
}

export interface VerifyKey {
  publicKey: KeyObject;
  hint: string;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

interface PemBlock {
  label: string;
  text: string;
  body: string;
}

function pemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(PEM_BLOCK)].map((m) => ({
    label: m[1] ?? '',
    text: m[0],
    body: (m[2] ?? '').replace(/\s+/g, ''),
  }));
}

/** `sha256:<hex>` of a public key's SubjectPublicKeyInfo. */
export function keyHint(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return `sha256:${createHash('sha256').update(der).digest('hex')}`;
}

/** What a key is, in words, for messages (never its bytes). */
function describeKey(key: KeyObject): string {
  const type = key.asymmetricKeyType ?? 'unknown';
  if (type === 'ec') return `an EC key on curve ${key.asymmetricKeyDetails?.namedCurve ?? '?'}`;
  return `an ${type.toUpperCase()} key`;
}

function isP256(key: KeyObject): boolean {
  return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
}

const GENERATE =
  'generate one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem` and pass its text from a secret';

/**
 * The signing key from `signing-key` (its PEM text). Refuses, naming `input`: no PEM, several
 * keys, an encrypted key, a public key, and any key that is not EC P-256.
 */
export function parseSigningKey(text: string, input = 'signing-key'): SigningKey {
  // Registered before parsing: an error below must not be the first place it shows up.
  const trimmed = text.trim();
  redactor.add(trimmed);
  const blocks = pemBlocks(trimmed);
  for (const block of blocks) {
    redactor.add(block.text);
    redactor.add(block.body);
    for (const line of block.text.split(/\r?\n/)) {
      if (line.length >= 16 && !line.startsWith('-----')) redactor.add(line.trim());
    }
  }
  if (blocks.length === 0) {
    throw new InputError(input, 'holds no PEM key (no -----BEGIN … KEY----- block)', GENERATE);
  }
  if (blocks.length > 1) {
    throw new InputError(input, `holds ${blocks.length} PEM blocks; give exactly one private key`);
  }
  const [block] = blocks as [PemBlock];
  switch (block.label) {
    case 'PRIVATE KEY':
    case 'EC PRIVATE KEY':
      break;
    case 'ENCRYPTED PRIVATE KEY':
      throw new InputError(
        input,
        'holds an encrypted private key',
        'store the key unencrypted in a secret (`openssl pkey -in key.pem -out plain.pem`)',
      );
    case 'PUBLIC KEY':
      throw new InputError(
        input,
        'holds a public key, not the private key signing needs',
        'pass the private key here (from a secret) and the public key to verify-key',
      );
    default:
      throw new InputError(
        input,
        `holds a "${block.label}" PEM block, not a private key`,
        GENERATE,
      );
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: block.text, format: 'pem' });
  } catch {
    throw new InputError(input, 'holds a PEM private key that cannot be read', GENERATE);
  }
  if (!isP256(privateKey)) {
    throw new InputError(
      input,
      `holds ${describeKey(privateKey)}; signing needs an EC P-256 (prime256v1) key`,
      GENERATE,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, hint: keyHint(publicKey) };
}

/**
 * The public keys in `verify-key` (PEM text of one or more `PUBLIC KEY` blocks). Refuses,
 * naming `input`: no key, a private key (a secret pasted where it does not belong), and any
 * key that is not EC P-256.
 */
export function parseVerifyKeys(text: string, input = 'verify-key'): VerifyKey[] {
  const blocks = pemBlocks(text);
  if (blocks.length === 0) {
    throw new InputError(
      input,
      'holds no PEM public key (no -----BEGIN PUBLIC KEY----- block)',
      'give the public key of the signing key: `openssl pkey -in key.pem -pubout`',
    );
  }
  return blocks.map((block, i) => {
    const which = blocks.length > 1 ? `key ${i + 1}` : 'the key';
    if (block.label.includes('PRIVATE')) {
      // The private key is a secret: make sure it is not printed anywhere from now on.
      redactor.add(block.text);
      redactor.add(block.body);
      throw new InputError(
        input,
        `${which} is a private key; verify-key takes public keys only`,
        'derive the public key with `openssl pkey -in key.pem -pubout` and keep the private key secret',
      );
    }
    if (block.label !== 'PUBLIC KEY') {
      throw new InputError(input, `${which} is a "${block.label}" PEM block, not a PUBLIC KEY`);
    }
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey({ key: block.text, format: 'pem' });
    } catch {
      throw new InputError(input, `${which} is a PEM public key that cannot be read`);
    }
    if (!isP256(publicKey)) {
      throw new InputError(
        input,
        `${which} is ${describeKey(publicKey)}; image-promote signs with EC P-256 keys only`,
      );
    }
    return { publicKey, hint: keyHint(publicKey) };
  });
}
