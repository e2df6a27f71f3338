/**
 * Property tests for tag templates: whatever a template and a run's values are, rendering
 * gives a valid tag or a TemplateError; templateMatcher recognises every tag its template
 * rendered; fitTag and tagFromName always give valid tags of at most 128 characters.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isValidTag } from '../../../src/reference.js';
import {
  fitTag,
  renderTemplate,
  tagFromName,
  templateMatcher,
  TemplateError,
  type TagContext,
} from '../../../src/tags/template.js';

const literalChars = Array.from('abcXYZ019_.-');
const literal = fc
  .array(fc.constantFrom(...literalChars), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''));
const token = fc.oneof(
  fc.constantFrom('{sha}', '{branch}', '{pr}', '{date}', '{datetime}', '{run}', '{version}'),
  fc.integer({ min: 4, max: 40 }).map((n) => `{sha:${n}}`),
  fc.constantFrom('{source}', '{source:12}'),
);
const template = fc
  .array(fc.oneof(literal, token), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

const hex = (n: number) =>
  fc
    .array(fc.constantFrom(...Array.from('0123456789abcdef')), { minLength: n, maxLength: n })
    .map((a) => a.join(''));
/** Branch names and versions as events carry them: anything, often long or odd. */
const eventString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    'main',
    'feature/Login#2',
    'v1.2.3',
    '...',
    '-',
    'release/2024.05',
    'a'.repeat(307),
  ),
);
const context: fc.Arbitrary<TagContext> = fc.record(
  {
    sha: hex(40),
    branch: eventString,
    pr: fc.nat({ max: 1_000_000 }),
    date: fc.date({
      min: new Date('2000-01-01'),
      max: new Date('2100-01-01'),
      noInvalidDate: true,
    }),
    run: fc.nat({ max: 10_000_000 }).map(String),
    version: eventString,
    source: hex(64),
  },
  { requiredKeys: ['sha', 'date'] },
);

function render(t: string, ctx: TagContext): string | TemplateError {
  try {
    return renderTemplate(t, ctx);
  } catch (err) {
    if (err instanceof TemplateError) return err;
    throw err;
  }
}

describe('tag templates', () => {
  it('render a valid tag or throw a TemplateError, never anything else', () => {
    fc.assert(
      fc.property(template, context, (t, ctx) => {
        const out = render(t, ctx);
        if (typeof out === 'string') {
          expect(isValidTag(out)).toBe(true);
          expect(out.length).toBeLessThanOrEqual(128);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('templateMatcher accepts every tag its template rendered', () => {
    fc.assert(
      fc.property(template, context, (t, ctx) => {
        const out = render(t, ctx);
        if (typeof out === 'string') expect(templateMatcher(t)(out)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('templateMatcher follows stripping and shortening, and still refuses other tags', () => {
    const ctx = { sha: 'a1b2c3d4'.repeat(5), date: new Date('2024-05-01T00:00:00Z') };
    const long = renderTemplate('{branch}-sha-{sha:7}', { ...ctx, branch: 'feature/'.repeat(40) });
    expect(long).toHaveLength(128);
    expect(templateMatcher('{branch}-sha-{sha:7}')(long)).toBe(true);
    expect(renderTemplate('-{branch}.{sha:7}', { ...ctx, branch: '...' })).toBe('a1b2c3d');
    expect(templateMatcher('-{branch}.{sha:7}')('a1b2c3d')).toBe(true);
    const sha = templateMatcher('sha-{sha:7}');
    for (const other of [
      'latest',
      'develop',
      'sha-12-abcdef01',
      'sha-a1b2c3',
      `sha-${'a'.repeat(110)}-abcdef01`,
    ]) {
      expect(sha(other)).toBe(false);
    }
  });

  it('fitTag keeps short tags and shortens long ones to 128, distinct per original', () => {
    const tagChars = Array.from('abcXYZ019_.-');
    const long = fc
      .tuple(
        fc.constantFrom('a', 'Z', '0', '_'),
        fc.array(fc.constantFrom(...tagChars), { maxLength: 400 }),
      )
      .map(([first, rest]) => first + rest.join(''));
    fc.assert(
      fc.property(long, (tag) => {
        const fitted = fitTag(tag);
        expect(fitted.length).toBeLessThanOrEqual(128);
        expect(isValidTag(fitted)).toBe(true);
        if (tag.length <= 128) expect(fitted).toBe(tag);
        else expect(fitted).toMatch(/-[0-9a-f]{8}$/);
      }),
    );
  });

  it('tagFromName gives a valid tag of at most 128 characters, or nothing', () => {
    fc.assert(
      fc.property(eventString, (name) => {
        const tag = tagFromName(name);
        expect(tag.length).toBeLessThanOrEqual(128);
        if (tag !== '') expect(isValidTag(tag)).toBe(true);
        expect(tagFromName(name)).toBe(tag);
      }),
      { numRuns: 3000 },
    );
  });
});
