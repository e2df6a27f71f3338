import { describe, expect, it } from '@jest/globals';
import { editJson, JsonError, jsonValue, parseJson } from '../../../src/overlay/json-edit.js';
import { checkEdit, type KeySet } from '../../../src/overlay/data-path.js';
import { parseKeyPath } from '../../../src/overlay/key-path.js';

const set = (key: string, value: string): KeySet => ({ path: parseKeyPath(key), value });
const edit = (text: string, ...sets: KeySet[]): string =>
  editJson(text, 'f.json', sets).bytes('f.json').toString('utf8');

describe('reading JSON by key path', () => {
  const text =
    '{\n  "a": {"tag": "v1", "n": 1.20, "b": true, "z": null},\n  "im\\u0061ge": "x\\"y"\n}\n';
  it.each([
    ['a.tag', 'v1'],
    ['a.n', '1.20'],
    ['a.b', 'true'],
    ['image', 'x"y'],
  ])('%s', (key, value) => {
    expect(jsonValue(parseJson(text, 'f.json'), parseKeyPath(key))?.text).toBe(value);
  });

  it('gives nothing for null and missing keys, and the line of values', () => {
    const f = parseJson(text, 'f.json');
    expect(jsonValue(f, parseKeyPath('a.z'))).toBeUndefined();
    expect(jsonValue(f, parseKeyPath('a.nope'))).toBeUndefined();
    expect(jsonValue(f, parseKeyPath('image'))?.line).toBe(3);
  });

  it('refuses objects and lists as values', () => {
    expect(() => jsonValue(parseJson(text, 'f.json'), ['a'])).toThrow(
      /f\.json:2: "a" is an object, not a single value/,
    );
  });
});

describe('editing JSON in place', () => {
  it.each([
    ['a string', '{"tag": "v1"}', set('tag', 'v2'), '{"tag": "v2"}'],
    ['a number becomes a string', '{"tag": 1.20}', set('tag', '1.21'), '{"tag": "1.21"}'],
    ['null is replaced', '{ "tag" : null }', set('tag', 'v2'), '{ "tag" : "v2" }'],
    [
      'odd spacing stays',
      '{\n   "a" :{ "tag"  :   "v1"  } , "b":[1,2]\n}',
      set('a.tag', 'v2'),
      '{\n   "a" :{ "tag"  :   "v2"  } , "b":[1,2]\n}',
    ],
    [
      'escapes are written as JSON escapes',
      '{"tag": "v1"}',
      set('tag', 'a"b\\c'),
      '{"tag": "a\\"b\\\\c"}',
    ],
    [
      'a list element by index',
      '{"c": [{"image": "a:1"}]}',
      set('c.0.image', 'a:2'),
      '{"c": [{"image": "a:2"}]}',
    ],
    [
      'a list element by a field',
      '{"c": [{"name": "w", "image": "w:1"}, {"image": "a:1", "name": "api"}]}',
      set('c[name=api].image', 'a:2'),
      '{"c": [{"name": "w", "image": "w:1"}, {"image": "a:2", "name": "api"}]}',
    ],
    ['keeps a BOM', '\uFEFF{"tag": "v1"}\n', set('tag', 'v2'), '\uFEFF{"tag": "v2"}\n'],
    ['keeps CRLF', '{\r\n  "tag": "v1"\r\n}\r\n', set('tag', 'v2'), '{\r\n  "tag": "v2"\r\n}\r\n'],
    ['keeps a missing final newline', '{"tag": "v1"}', set('tag', 'v2'), '{"tag": "v2"}'],
  ])('%s', (_, before, s, after) => {
    expect(edit(before, s)).toBe(after);
  });

  it('leaves the text alone when the value is already there', () => {
    const text = '{ "tag":"v1" }';
    expect(edit(text, set('tag', 'v1'))).toBe(text);
  });
});

describe('creating missing keys in the file’s style', () => {
  it.each([
    [
      'two spaces',
      '{\n  "a": {\n    "tag": "v1"\n  }\n}\n',
      set('a.digest', 'd'),
      '{\n  "a": {\n    "tag": "v1",\n    "digest": "d"\n  }\n}\n',
    ],
    [
      'tabs, nested objects created',
      '{\n\t"a": 1\n}',
      set('b.c.d', 'x'),
      '{\n\t"a": 1,\n\t"b": {\n\t\t"c": {\n\t\t\t"d": "x"\n\t\t}\n\t}\n}',
    ],
    [
      'CRLF and four spaces',
      '{\r\n    "a": 1\r\n}\r\n',
      set('b.c', 'x'),
      '{\r\n    "a": 1,\r\n    "b": {\r\n        "c": "x"\r\n    }\r\n}\r\n',
    ],
    ['one line without spaces', '{"a":1}', set('b.c', 'x'), '{"a":1,"b":{"c":"x"}}'],
    ['one line with spaces', '{"a": 1}', set('b', 'x'), '{"a": 1, "b": "x"}'],
    [
      'the separator of the object',
      '{"a": 1 ,  "b": 2}',
      set('c', 'x'),
      '{"a": 1 ,  "b": 2 ,  "c": "x"}',
    ],
    [
      'an empty object in a multi-line file',
      '{\n  "a": 1,\n  "image": {}\n}\n',
      set('image.tag', 'v1'),
      '{\n  "a": 1,\n  "image": {\n    "tag": "v1"\n  }\n}\n',
    ],
    ['an empty document object', '{}\n', set('tag', 'v1'), '{"tag": "v1"}\n'],
  ])('%s', (_, before, s, after) => {
    expect(edit(before, s)).toBe(after);
    expect(JSON.parse(after)).toBeDefined();
  });
});

describe('refusals (nothing is written)', () => {
  it.each([
    [
      'invalid JSON, with the place',
      '{\n  "a": 1,\n}',
      set('a', 'x'),
      /^f\.json:3:1: invalid JSON: expected a "quoted" key/,
    ],
    [
      'trailing content',
      '{"a": 1} x',
      set('a', 'x'),
      /^f\.json:1:10: invalid JSON: more content after the JSON value/,
    ],
    ['an unterminated string', '{"a": "x', set('a', 'x'), /unterminated string/],
    ['a raw newline in a string', '{"a": "x\ny"}', set('a', 'x'), /control character/],
    ['a comment', '{"a": 1 // no\n}', set('a', 'x'), /invalid JSON/],
    [
      'a key given twice',
      '{"a": 1,\n "a": 2}',
      set('a', 'x'),
      /"a" is there 2 times \(lines 1, 2\)/,
    ],
    [
      'an object at the key',
      '{"a": {"b": 1}}',
      set('a', 'x'),
      /"a" is an object, not a single value/,
    ],
    ['a key under a value', '{"a": "v"}', set('a.b', 'x'), /"a" is a value, not an object/],
    [
      'a missing list element',
      '{"c": []}',
      set('c[name=api].image', 'x'),
      /has no element with "name": "api"; image-promote does not add list elements/,
    ],
    ['an index past the end', '{"c": [1]}', set('c.3', 'x'), /has 1 items, so there is no item 3/],
    [
      'a selector matching twice',
      '{"c": [{"name": "a"}, {"name": "a"}]}',
      set('c[name=a].image', 'x'),
      /matches 2 list elements/,
    ],
    ['a key in a list', '[1]', set('a', 'x'), /the document is a list, not an object/],
    [
      'nesting past the limit',
      `${'['.repeat(300)}${']'.repeat(300)}`,
      set('a', 'x'),
      /^f\.json:1:257: nested more than 256 levels deep; image-promote reads overlays nested up to 256 levels/,
    ],
  ])('%s', (_, text, s, message) => {
    expect(() => edit(text, s)).toThrow(JsonError);
    expect(() => edit(text, s)).toThrow(message);
  });
});

describe('the self-check every JSON and tfvars edit goes through', () => {
  const before = parseJson('{"a": {"tag": "v1"}, "b": 1}\n', 'f.json');
  const check = (next: string) =>
    checkEdit({
      file: 'f.json',
      before,
      next,
      path: parseKeyPath('a.tag'),
      value: 'v2',
      parse: (t) => parseJson(t, 'f.json'),
      invalid: 'invalid JSON',
      refuse: (message) => new JsonError(message),
    });
  it('passes the one value changed, and refuses more, less or an unparsable result', () => {
    expect(check('{"a": {"tag": "v2"}, "b": 1}\n').data).toEqual({ a: { tag: 'v2' }, b: 1 });
    expect(() => check('{"a": {"tag": "v2"}, "b": 2}\n')).toThrow(
      'f.json: refusing to write "a.tag": the edit changed more than that value; the file was not changed (please report this)',
    );
    expect(() => check('{"a": {"tag": "v1"}, "b": 1}\n')).toThrow(/changed more than that value/);
    expect(() => check('{"a": {"tag": "v2"}, "b": 1\n')).toThrow(
      /^f\.json: refusing to write "a\.tag": the edit produced invalid JSON \(/,
    );
    expect(() => check('{"a": {"tag": "v2"}, "b": 1\n')).toThrow(JsonError);
  });
});
