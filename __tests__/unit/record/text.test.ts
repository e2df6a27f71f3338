/**
 * Display forms and escaping shared by the record's outputs.
 */
import { describe, expect, it } from '@jest/globals';
import {
  codeSpan,
  escapeMarkdown,
  escapeMermaid,
  escapeTerminal,
} from '../../../src/record/escape.js';
import { formatTime, fromTo, shortRef } from '../../../src/record/text.js';
import { DIGEST } from '../../support/record-fixtures.js';

describe('shortRef / fromTo / formatTime', () => {
  it('shows tags, short digests and bare values', () => {
    expect(shortRef('ghcr.io/acme/api:sha-1111111')).toBe('sha-1111111');
    expect(shortRef(`ghcr.io/acme/api:v1@${DIGEST.d1}`)).toBe('v1@sha256:111111111111');
    expect(shortRef(`ghcr.io/acme/api@${DIGEST.d2}`)).toBe('sha256:222222222222');
    expect(shortRef(DIGEST.d3)).toBe('sha256:333333333333');
    expect(shortRef('sha-1a2b3c4')).toBe('sha-1a2b3c4');
    expect(shortRef('localhost:5000/api')).toBe('localhost:5000/api');
    expect(shortRef('not a: ref')).toBe('not a: ref');
    expect(fromTo(undefined, 'ghcr.io/acme/api:v2')).toBe('(none) → v2');
    expect(formatTime(new Date(Date.UTC(2025, 11, 31, 23, 59, 30)))).toBe('2025-12-31 23:59 UTC');
    expect(formatTime(new Date(Number.NaN))).toBe('an unknown time');
  });
});

describe('escaping', () => {
  it('escapes markdown so no markup survives', () => {
    expect(escapeMarkdown('[x](javascript:y) <b>|`\n')).toBe(
      '\\[x\\]\\(javascript\\:y\\) &lt;b&gt;\\|\\` ',
    );
    expect(codeSpan('ghcr.io/acme/api:v1')).toBe('`ghcr.io/acme/api:v1`');
    expect(codeSpan('a|b')).toBe('a\\|b');
  });

  it('escapes mermaid label text to entities', () => {
    expect(escapeMermaid('a"b[c]%%\n`')).toBe('a#34;b#91;c#93;#37;#37; #96;');
    expect(escapeMermaid('😀')).toBe('#128512;');
  });

  it('shows control characters in terminal text instead of sending them', () => {
    expect(escapeTerminal('a\u001b[2Jb\n::error::x\u2028')).toBe(
      'a\\x1b[2Jb\\x0a::error::x\\u2028',
    );
  });
});
