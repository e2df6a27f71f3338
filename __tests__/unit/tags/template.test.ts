import { describe, expect, it } from '@jest/globals';
import {
  isImmutableTemplate,
  parseTemplate,
  renderTemplate,
  sanitizeForTag,
  shaExtractor,
  TemplateError,
  type TagContext,
} from '../../../src/tags/template.js';
import { versionFromTagName } from '../../../src/event/trigger.js';

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const ctx: TagContext = {
  sha: SHA,
  branch: 'feature/Login#2',
  pr: 42,
  date: new Date(Date.UTC(2026, 10, 2, 3, 4, 5)),
  run: '88',
  version: '1.4.0',
};

describe('renderTemplate', () => {
  it.each([
    ['sha-{sha:7}', 'sha-1a2b3c4'],
    ['{sha}', SHA],
    ['pr-{pr}-{sha:7}', 'pr-42-1a2b3c4'],
    ['{branch}-{run}', 'feature-Login-2-88'],
    ['{date}', '20261102'],
    ['build-{datetime}', 'build-20261102030405'],
    ['{version}', '1.4.0'],
    ['v{version}-{sha:10}', 'v1.4.0-1a2b3c4d5e'],
  ])('%s → %s', (template, expected) => {
    expect(renderTemplate(template, ctx)).toBe(expected);
  });

  it('names the missing value', () => {
    expect(() => renderTemplate('pr-{pr}', { sha: SHA, date: new Date() })).toThrow(
      '{pr} has no value',
    );
    expect(() => renderTemplate('{version}', { sha: SHA, date: new Date() })).toThrow('{version}');
  });

  it('never produces an invalid tag', () => {
    const weird = ['-leading', '...', 'a'.repeat(300), 'ünïcode/branch', '$(rm -rf /)'];
    for (const branch of weird) {
      const tag = renderTemplate('{branch}-{sha:7}', { ...ctx, branch });
      expect(tag).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/);
    }
  });
});

describe('parseTemplate', () => {
  it.each([
    ['{commit}', /unknown token \{commit\}/],
    ['{sha:3}', /\{sha:N\}/],
    ['{branch:7}', /only \{sha:N\}/],
    ['a}b', /unbalanced/],
    ['a/b-{sha}', /literal text/],
  ])('rejects %s', (template, message) => {
    expect(() => parseTemplate(template)).toThrow(TemplateError);
    expect(() => parseTemplate(template)).toThrow(message);
  });
});

describe('isImmutableTemplate', () => {
  it.each([
    ['sha-{sha:7}', true],
    ['{version}', true],
    ['{branch}-{run}', true],
    ['{datetime}', true],
    ['latest', false],
    ['{branch}', false],
    ['{date}', false],
    ['pr-{pr}', false],
    ['{sha:6}', false],
  ])('%s → %s', (template, expected) => {
    expect(isImmutableTemplate(template)).toBe(expected);
  });
});

describe('shaExtractor', () => {
  it('finds the commit prefix a deployed tag came from', () => {
    expect(shaExtractor('sha-{sha:7}')?.('sha-1a2b3c4')).toBe('1a2b3c4');
    expect(shaExtractor('{branch}-{sha:7}')?.('feature-x-1a2b3c4')).toBe('1a2b3c4');
    expect(shaExtractor('{date}.{sha:8}')?.('20261102.1a2b3c4d')).toBe('1a2b3c4d');
    expect(shaExtractor('sha-{sha:7}')?.('v1.2.3')).toBeUndefined();
    expect(shaExtractor('{version}')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('sanitizes and reads versions', () => {
    expect(sanitizeForTag('feat/ABC_1.2')).toBe('feat-ABC_1.2');
    expect(versionFromTagName('v1.2.3')).toBe('1.2.3');
    expect(versionFromTagName('v2.0.0-rc.1')).toBe('2.0.0-rc.1');
    expect(versionFromTagName('release-7')).toBe('release-7');
  });
});
