import { describe, expect, it } from '@jest/globals';
import {
  formatKeyPath,
  hasSelector,
  keyPathProblem,
  parseKeyPath,
} from '../../../src/overlay/key-path.js';

describe('key paths', () => {
  it.each([
    ['api.image.tag', ['api', 'image', 'tag']],
    ['containers.0.image', ['containers', 0, 'image']],
    ['lambda_image_uri', ['lambda_image_uri']],
    ['a-b.c_d', ['a-b', 'c_d']],
    [
      'spec.template.spec.containers[name=api].image',
      ['spec', 'template', 'spec', 'containers', { field: 'name', equals: 'api' }, 'image'],
    ],
    [
      'containerDefinitions[name=api-v2.1].image',
      ['containerDefinitions', { field: 'name', equals: 'api-v2.1' }, 'image'],
    ],
    [
      'x[image=ghcr.io/a/b:1@sha256:ab].y',
      ['x', { field: 'image', equals: 'ghcr.io/a/b:1@sha256:ab' }, 'y'],
    ],
  ])('%s', (text, segments) => {
    expect(keyPathProblem(text)).toBeUndefined();
    expect(parseKeyPath(text)).toEqual(segments);
    expect(formatKeyPath(parseKeyPath(text))).toBe(text);
  });

  it.each([
    ['', /cannot be empty/],
    ['.a', /no empty segments/],
    ['a.', /no empty segments/],
    ['a..b', /no empty segments/],
    ['a b', /segment "a b"/],
    ['a.b$c', /segment "b\$c"/],
    ['containers[name=api]x.image', /segment "containers\[name=api\]x"/],
    ['containers[name=].image', /segment "containers\[name=\]"/],
    ['containers[=api].image', /segment "containers\[=api\]"/],
    ['containers[name=a]b].image', /segment/],
    ['containers[name=api][x=y].image', /segment/],
    ['0[name=api]', /a list index cannot have a selector/],
    ['[name=api].image', /segment "\[name=api\]"/],
    ['containers[name api]', /segment/],
  ])('rejects %j', (text, problem) => {
    expect(keyPathProblem(text)).toMatch(problem);
    expect(() => parseKeyPath(text)).toThrow(RangeError);
  });

  it('says whether a path goes through a list element', () => {
    expect(hasSelector(parseKeyPath('a[name=x].image'))).toBe(true);
    expect(hasSelector(parseKeyPath('a.0.image'))).toBe(false);
  });
});
