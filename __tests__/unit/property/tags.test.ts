/**
 * Property tests: the tag grammar `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}` (the distribution
 * reference grammar) against isValidTag and tagProblem, for any string.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isValidTag, tagProblem } from '../../../src/reference.js';

const GRAMMAR = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const FIRST = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');
const REST = [...FIRST, '.', '-'];

/** Strings of tag characters, any length up to 140: near and past the 128 limit. */
const tagLike = fc
  .tuple(fc.constantFrom(...REST), fc.array(fc.constantFrom(...REST), { maxLength: 139 }))
  .map(([first, rest]) => first + rest.join(''));

/** Anything a user or an event could hand us. */
const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  tagLike,
);

describe('tags', () => {
  it('isValidTag is exactly the grammar, for any string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(isValidTag(s)).toBe(GRAMMAR.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('tagProblem names a problem exactly when the tag is invalid', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const problem = tagProblem(s);
        expect(problem === undefined).toBe(GRAMMAR.test(s));
        if (problem !== undefined) expect(problem).toMatch(/^a tag /);
      }),
      { numRuns: 2000 },
    );
  });

  it('every string the grammar generates is valid, and one character more is not', () => {
    const valid = fc
      .tuple(fc.constantFrom(...FIRST), fc.array(fc.constantFrom(...REST), { maxLength: 127 }))
      .map(([first, rest]) => first + rest.join(''));
    fc.assert(
      fc.property(valid, (tag) => {
        expect(isValidTag(tag)).toBe(true);
        expect(isValidTag(tag + 'x')).toBe(tag.length < 128);
        expect(isValidTag(`.${tag}`)).toBe(false);
        expect(isValidTag(`${tag}/x`)).toBe(false);
      }),
    );
  });
});
