/**
 * Property tests for image references: parseReference/formatReference round trip,
 * normalisation is idempotent, and no input makes the parser throw anything but its own error.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  formatReference,
  parseReference,
  ReferenceError,
  tryParseReference,
} from '../../../src/reference.js';

const lower = Array.from('abcdefghijklmnopqrstuvwxyz0123456789');
const alnum = fc
  .array(fc.constantFrom(...lower), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(''));
const separator = fc.constantFrom('.', '_', '__', '-', '--');
/** A path component: alnum (separator alnum)*. */
const component = fc
  .tuple(alnum, fc.array(fc.tuple(separator, alnum), { maxLength: 2 }))
  .map(([head, rest]) => head + rest.map(([s, a]) => s + a).join(''));
const path = fc.array(component, { minLength: 1, maxLength: 4 }).map((c) => c.join('/'));

const label = fc
  .array(
    fc.constantFrom(
      ...Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    ),
    {
      minLength: 1,
      maxLength: 10,
    },
  )
  .map((a) => a.join(''));
const domain = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('docker.io', 'index.docker.io', 'ghcr.io', 'localhost', 'quay.io'),
  fc.tuple(label, label).map(([a, b]) => `${a}.${b}`),
  fc
    .tuple(
      fc.constantFrom('localhost', '127.0.0.1', 'reg.example.com'),
      fc.integer({ min: 1, max: 65535 }),
    )
    .map(([h, p]) => `${h}:${p}`),
);
const tagChars = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-');
const tag = fc
  .tuple(
    fc.constantFrom(...tagChars.slice(0, 63)),
    fc.array(fc.constantFrom(...tagChars), { maxLength: 127 }),
  )
  .map(([first, rest]) => first + rest.join(''));
const digest = fc
  .array(fc.constantFrom(...Array.from('0123456789abcdef')), { minLength: 64, maxLength: 64 })
  .map((h) => `sha256:${h.join('')}`);

/** References built from the grammar's parts (the domain may be left to normalisation). */
const reference = fc
  .tuple(domain, path, fc.option(tag, { nil: undefined }), fc.option(digest, { nil: undefined }))
  .filter(([d, p]) => {
    // Docker reads a first component with '.' or ':' (or localhost) as a host: avoid making
    // an ambiguous name that the parser would legitimately read differently.
    if (d !== undefined) return true;
    const first = p.split('/')[0] ?? '';
    return !(first === 'localhost' || /[.:]/.test(first)) || !p.includes('/');
  })
  .map(
    ([d, p, t, g]) =>
      `${d ? `${d}/` : ''}${p}${t !== undefined ? `:${t}` : ''}${g !== undefined ? `@${g}` : ''}`,
  );

describe('references', () => {
  it('every reference built from the grammar parses, and formatting it round-trips', () => {
    fc.assert(
      fc.property(reference, (input) => {
        const ref = parseReference(input);
        const formatted = formatReference(ref);
        expect(parseReference(formatted)).toEqual(ref);
        expect(formatReference(parseReference(formatted))).toBe(formatted);
      }),
      { numRuns: 1000 },
    );
  });

  it('normalisation is idempotent and the familiar form names the same image', () => {
    fc.assert(
      fc.property(reference, (input) => {
        const ref = parseReference(input);
        const again = parseReference(ref.familiar);
        expect(again.name).toBe(ref.name);
        expect(again.tag).toBe(ref.tag);
        expect(again.digest).toBe(ref.digest);
        expect(again.familiar).toBe(ref.familiar);
        expect(ref.name).toBe(`${ref.domain}/${ref.path}`);
        expect(ref.domain).not.toBe('index.docker.io');
      }),
      { numRuns: 1000 },
    );
  });

  it('any other input is refused with a ReferenceError and a reason, never anything else', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      reference.map((r) => r.toUpperCase()),
      fc.tuple(reference, fc.string({ maxLength: 5 })).map(([r, s]) => r + s),
    );
    fc.assert(
      fc.property(anyText, (input) => {
        let thrown: unknown;
        try {
          parseReference(input);
        } catch (err) {
          thrown = err;
        }
        if (thrown !== undefined) expect(thrown).toBeInstanceOf(ReferenceError);
        const parsed = tryParseReference(input);
        expect(parsed.ok).toBe(thrown === undefined);
        if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
