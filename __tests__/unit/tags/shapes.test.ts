/**
 * The tag-shape check as a table: which template pairs can meet, with the example tag, and
 * that every example really is a tag both sides make (renderTemplate / templateMatcher).
 */
import { describe, expect, it } from '@jest/globals';
import {
  RELEASE_TEMPLATE,
  tagShapeConflicts,
  type ShapeConflict,
  type TagTemplates,
} from '../../../src/tags/shapes.js';
import { templateMatcher } from '../../../src/tags/template.js';

const DEFAULTS: TagTemplates = {
  tagTemplate: 'sha-{sha:7}',
  prTagTemplate: 'pr-{pr}-{sha:7}',
  sourceTag: 'src-{source:16}',
  extraTags: ['latest'],
  promoteTags: [],
};

function conflicts(over: Partial<TagTemplates>): ShapeConflict[] {
  return tagShapeConflicts({ ...DEFAULTS, ...over });
}

/** origin:template → shapeOf (dependsOn) for each conflict. */
function summary(over: Partial<TagTemplates>): string[] {
  return conflicts(over).map(
    (c) => `${c.origin}:${c.template} → ${c.shapeOf}${c.dependsOn ? ` (${c.dependsOn})` : ''}`,
  );
}

describe('tagShapeConflicts', () => {
  it.each<[string, Partial<TagTemplates>, string[]]>([
    ['the defaults are disjoint', {}, []],
    [
      'common extras and environment tags',
      { extraTags: ['latest', 'edge', 'main-{sha:7}', '{date}'], promoteTags: ['prod', 'v1'] },
      [],
    ],
    [
      '{branch} can become a source tag or a commit tag, for some branch names',
      { extraTags: ['latest', '{branch}'] },
      [
        'extra-tags:{branch} → source-tag (branch)',
        'extra-tags:{branch} → tag-template (branch)',
        'extra-tags:{branch} → pr-tag-template (branch)',
      ],
    ],
    ['a prefix keeps {branch} apart', { extraTags: ['branch-{branch}'] }, []],
    [
      'an extra tag with the source prefix and 16 hex: every rendering collides',
      { extraTags: ['src-{sha:16}'] },
      ['extra-tags:src-{sha:16} → source-tag'],
    ],
    [
      'an environment tag in the commit-tag shape',
      { promoteTags: ['sha-{sha:7}'] },
      ['promote-tags:sha-{sha:7} → tag-template'],
    ],
    [
      'a tag-template that looks like source tags',
      { tagTemplate: 'src-{sha:16}' },
      ['tag-template:src-{sha:16} → source-tag', 'source-tag:src-{source:16} → tag-template'],
    ],
    [
      'a pr-tag-template with {branch}',
      { prTagTemplate: '{branch}{sha:7}' },
      // …and every source tag ends in 7 hex, so it reads as a commit tag of that template.
      [
        'pr-tag-template:{branch}{sha:7} → source-tag (branch)',
        'source-tag:src-{source:16} → pr-tag-template',
      ],
    ],
    [
      'a tag-template with {branch} before the sha cannot reach the source shape',
      { tagTemplate: '{branch}-{sha:7}' },
      [],
    ],
    [
      'a source tag that is bare hex meets release tags made of digits',
      { sourceTag: '{source:16}' },
      [`release:${RELEASE_TEMPLATE} → source-tag (tag name)`],
    ],
    [
      'a source tag in the commit-tag shape',
      { sourceTag: 'sha-{source:12}', tagTemplate: 'sha-{sha:12}' },
      ['tag-template:sha-{sha:12} → source-tag', 'source-tag:sha-{source:12} → tag-template'],
    ],
    [
      'the tag input naming a source tag',
      { requestedTags: ['sha-1a2b3c4', 'src-0123456789abcdef'] },
      ['tag:src-0123456789abcdef → source-tag'],
    ],
    [
      'source tags off: nothing reserved for them',
      {
        sourceTag: undefined,
        extraTags: ['src-{sha:16}'],
        requestedTags: ['src-0123456789abcdef'],
      },
      [],
    ],
    [
      'leading "." and "-" are stripped before the shape is compared',
      { extraTags: ['-src-{sha:16}'] },
      ['extra-tags:-src-{sha:16} → source-tag'],
    ],
    [
      'long renderings are shortened with a hash suffix',
      { tagTemplate: '{branch}-{sha:8}', extraTags: ['{branch}zz'] },
      ['extra-tags:{branch}zz → tag-template (branch)'],
    ],
  ])('%s', (_name, over, expected) => {
    expect(summary(over)).toEqual(expected);
  });

  it('gives examples both sides really make', () => {
    const cases: Partial<TagTemplates>[] = [
      { extraTags: ['{branch}'] },
      { extraTags: ['src-{sha:16}'] },
      { promoteTags: ['sha-{sha:7}'] },
      { tagTemplate: 'src-{sha:16}' },
      { sourceTag: 'sha-{source:12}', tagTemplate: 'sha-{sha:12}' },
    ];
    for (const over of cases) {
      for (const c of conflicts(over)) {
        const shape =
          c.shapeOf === 'source-tag'
            ? 'sourceTag'
            : c.shapeOf === 'tag-template'
              ? 'tagTemplate'
              : 'prTagTemplate';
        const template = { ...DEFAULTS, ...over }[shape] as string;
        expect(templateMatcher(template)(c.example)).toBe(true);
        if (c.origin !== 'release' && c.origin !== 'tag')
          expect(templateMatcher(c.template)(c.example)).toBe(true);
      }
    }
    expect(conflicts({ extraTags: ['{branch}'] })[0]?.example).toMatch(/^src-[0-9a-f]{16}$/);
  });
});
