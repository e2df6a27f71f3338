import { describe, expect, it } from '@jest/globals';
import {
  editYaml,
  parseYaml,
  readNode,
  scalarText,
  YamlError,
  type YamlEdit,
} from '../../../src/overlay/yaml-edit.js';

const set = (path: (string | number)[], value: string | number | boolean): YamlEdit => ({
  op: 'set',
  path,
  value,
});
const del = (path: (string | number)[]): YamlEdit => ({ op: 'delete', path });
const append = (path: (string | number)[], entries: [string, string][]): YamlEdit => ({
  op: 'append',
  path,
  entries,
});

function edit(text: string, ...edits: YamlEdit[]): string {
  return editYaml(text, 'f.yaml', edits).bytes('f.yaml').toString('utf8');
}

describe('replacing a value in place', () => {
  it.each([
    ['plain', 'tag: v1\n', 'v2', 'tag: v2\n'],
    ['double quotes stay', 'tag: "v1"\n', 'v2', 'tag: "v2"\n'],
    ['single quotes stay', "tag: 'v1'\n", 'v2', "tag: 'v2'\n"],
    ['trailing comment stays', 'tag: v1   # pinned by CI\n', 'v2', 'tag: v2   # pinned by CI\n'],
    ['anchor stays', 'tag: &t v1\nother: x\n', 'v2', 'tag: &t v2\nother: x\n'],
    ['numeric-looking tag is quoted', 'tag: v1\n', '1.20', 'tag: "1.20"\n'],
    ['a tag written as a number becomes a string', 'tag: 1.0\n', '1.0', 'tag: "1.0"\n'],
    ['yes/no words are quoted', 'tag: v1\n', 'on', 'tag: "on"\n'],
    ['an empty value gets one', 'tag:\n', 'v2', 'tag: v2\n'],
    ['an explicit null is replaced', 'tag: ~ # none yet\n', 'v2', 'tag: v2 # none yet\n'],
    [
      'flow mapping',
      'image: {repository: app, tag: v1}\n',
      'v2',
      'image: {repository: app, tag: v2}\n',
    ],
  ])('%s', (_, before, value, after) => {
    const path = before.startsWith('image:') ? ['image', 'tag'] : ['tag'];
    expect(edit(before, set(path, value))).toBe(after);
  });

  it('refuses an edit that an alias or a merge would carry to another place', () => {
    const aliased = 'tag: &t v1\nother: *t\n';
    expect(() => edit(aliased, set(['tag'], 'v2'))).toThrow(
      /f\.yaml: refusing to write "tag": the edit would change other values as well: another place reads it through an alias/,
    );
    const merged = 'base: &b\n  tag: v1\nsidecar:\n  <<: *b\n';
    expect(() => edit(merged, set(['base', 'tag'], 'v2'))).toThrow(/alias or a << merge/);
  });

  it('leaves the text alone when the value is already there', () => {
    const text = '# c\ntag: "v1"   # same\n';
    expect(edit(text, set(['tag'], 'v1'))).toBe(text);
  });

  it('writes numbers and booleans as such when asked to', () => {
    expect(edit('a: x\nb: y\n', set(['a'], 42), set(['b'], true))).toBe('a: 42\nb: true\n');
  });

  it('keeps CRLF line endings', () => {
    expect(edit('a: 1\r\nimage:\r\n  tag: v1\r\n', set(['image', 'tag'], 'v2'))).toBe(
      'a: 1\r\nimage:\r\n  tag: v2\r\n',
    );
  });
});

describe('line endings', () => {
  it('refuses a carriage return that ends no line, naming file and line', () => {
    // Found by robustness-properties: a bare CR at the end of a kustomization made the
    // edit's self-check fail as "(please report this)" (the line added after it turned the
    // CR into half of a CRLF, changing the value before it).
    const mutated =
      'images:\n- name: api\n  newName: ghcr.io/acme/api\n  \u0000digest: sha256:11\u0000\r';
    expect(() => parseYaml(mutated, 'kustomization.yaml')).toThrow(
      /^kustomization\.yaml:4: holds a carriage return that is not followed by a line feed/,
    );
    expect(() => parseYaml('a: 1\nb: 2\rc: 3\n', 'values.yaml')).toThrow(/^values\.yaml:2: /);
    // LF and CRLF are fine, and so is a NUL (kept byte for byte, bytes.test.ts).
    expect(parseYaml('a: 1\r\nb: 2\n# \u0000\n', 'values.yaml').data).toEqual({ a: 1, b: 2 });
  });
});

describe('creating missing keys in the file’s style', () => {
  it('adds a key after the last key of its mapping, at its indentation', () => {
    const before = 'image:\n    repository: app # repo\n    # note\n\nother: 1\n';
    expect(edit(before, set(['image', 'tag'], 'v2'))).toBe(
      'image:\n    repository: app # repo\n    tag: v2\n    # note\n\nother: 1\n',
    );
  });

  it('creates missing parents with the file’s indentation unit', () => {
    const before = 'api:\n    replicas: 2\n';
    expect(edit(before, set(['api', 'image', 'tag'], '7'))).toBe(
      'api:\n    replicas: 2\n    image:\n        tag: "7"\n',
    );
  });

  it('fills an empty mapping value', () => {
    expect(edit('image:\nnext: 1\n', set(['image', 'tag'], 'v1'))).toBe(
      'image:\n  tag: v1\nnext: 1\n',
    );
    expect(edit('image: ~ # later\nnext: 1\n', set(['image', 'tag'], 'v1'))).toBe(
      'image: # later\n  tag: v1\nnext: 1\n',
    );
  });

  it('writes into an empty file and a file without a final newline', () => {
    expect(edit('', set(['image', 'tag'], 'v1'))).toBe('image:\n  tag: v1\n');
    expect(edit('# only a comment\n', set(['tag'], 'v1'))).toBe('# only a comment\ntag: v1\n');
    expect(edit('a: 1', set(['b'], 'v1'))).toBe('a: 1\nb: v1');
  });

  it('extends flow mappings inline', () => {
    expect(edit('image: {tag: v1}\n', set(['image', 'digest'], 'sha256:abc'))).toBe(
      'image: {tag: v1, digest: "sha256:abc"}\n',
    );
    expect(edit('image: {}\n', set(['image', 'tag'], 'v1'))).toBe('image: {tag: v1}\n');
  });

  it('overrides a merged key with an own key instead of changing the anchor', () => {
    const before = 'base: &b\n  repository: app\n  tag: v1\nsidecar:\n  <<: *b\n';
    const y = parseYaml(before, 'f.yaml');
    expect(scalarText(y, readNode(y, ['sidecar', 'tag']))).toBe('v1');
    expect(edit(before, set(['sidecar', 'tag'], 'v2'))).toBe(
      'base: &b\n  repository: app\n  tag: v1\nsidecar:\n  <<: *b\n  tag: v2\n',
    );
  });
});

describe('removing keys', () => {
  it('removes the whole line, comment included', () => {
    const before = 'images:\n- name: a\n  newTag: v1\n  digest: sha256:abc # old\n  # kept\n';
    expect(edit(before, del(['images', 0, 'digest']))).toBe(
      'images:\n- name: a\n  newTag: v1\n  # kept\n',
    );
  });

  it('moves the next key up when the removed one follows the dash', () => {
    expect(
      edit('images:\n  - digest: sha256:abc\n    name: a\n', del(['images', 0, 'digest'])),
    ).toBe('images:\n  - name: a\n');
  });

  it('removes from flow mappings', () => {
    expect(edit('i: {name: a, digest: x, newTag: v}\n', del(['i', 'digest']))).toBe(
      'i: {name: a, newTag: v}\n',
    );
    expect(edit('i: {digest: x, name: a}\n', del(['i', 'digest']))).toBe('i: {name: a}\n');
  });

  it('does nothing when the key is not there', () => {
    expect(edit('a: 1\n', del(['b']))).toBe('a: 1\n');
  });

  it('refuses to leave an empty mapping', () => {
    expect(() => edit('i:\n  only: 1\n', del(['i', 'only']))).toThrow(/only key of its mapping/);
  });
});

describe('appending list items', () => {
  const entries: [string, string][] = [
    ['name', 'web'],
    ['newTag', '2'],
  ];

  it('matches the indentation of the existing items', () => {
    const before = 'images:\n  -   name: api\n      newTag: v1 # c\n# after\nresources: []\n';
    expect(edit(before, append(['images'], entries))).toBe(
      'images:\n  -   name: api\n      newTag: v1 # c\n  -   name: web\n      newTag: "2"\n# after\nresources: []\n',
    );
  });

  it('creates the list in the style other lists of the file use', () => {
    expect(edit('resources:\n  - a.yaml\n', append(['images'], entries))).toBe(
      'resources:\n  - a.yaml\nimages:\n  - name: web\n    newTag: "2"\n',
    );
    expect(edit('resources:\n- a.yaml\n', append(['images'], entries))).toBe(
      'resources:\n- a.yaml\nimages:\n- name: web\n  newTag: "2"\n',
    );
  });

  it('fills `images:` and `images: []`', () => {
    expect(edit('images:\nx: 1\n', append(['images'], entries))).toBe(
      'images:\n- name: web\n  newTag: "2"\nx: 1\n',
    );
    expect(edit('images: []\n', append(['images'], entries))).toBe(
      'images: [{name: web, newTag: "2"}]\n',
    );
    expect(edit('images: [{name: a}]\n', append(['images'], entries))).toBe(
      'images: [{name: a}, {name: web, newTag: "2"}]\n',
    );
  });
});

describe('files that are refused, untouched', () => {
  it.each([
    [
      'invalid YAML, with file, line and column',
      'a: 1\nb: [1, 2\n',
      /^f\.yaml:3:1: invalid YAML: /,
    ],
    [
      'a duplicate key',
      'a: 1\nb: 2\na: 3\n',
      /^f\.yaml:3:1: invalid YAML: Map keys must be unique/,
    ],
    ['a tab-indented block', 'a:\n\tb: 1\n', /^f\.yaml:2:\d+: invalid YAML/],
    [
      'several documents',
      'a: 1\n---\nb: 2\n',
      /holds 2 YAML documents \(the second starts at line 2\)/,
    ],
    [
      'an alias bomb',
      [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
        'tag: v1',
      ].join('\n'),
      /billion laughs/,
    ],
  ])('%s', (_, text, message) => {
    expect(() => parseYaml(text, 'f.yaml')).toThrow(YamlError);
    expect(() => edit(text, set(['tag'], 'v2'))).toThrow(message);
  });

  it('accepts a leading document marker and a trailing empty document', () => {
    expect(edit('---\ntag: v1\n---\n', set(['tag'], 'v2'))).toBe('---\ntag: v2\n---\n');
  });

  it.each([
    [
      'through an alias',
      'base: &b {tag: v1}\napi: *b\n',
      ['api', 'tag'],
      /"api" is an alias \(\*b\)/,
    ],
    ['a block scalar', 'tag: |\n  v1\n', ['tag'], /block scalar/],
    ['into a value', 'image: app:v1\n', ['image', 'tag'], /"image" is a value, not a mapping/],
    ['a mapping', 'image:\n  tag: v1\n', ['image'], /is a mapping, not a single value/],
    ['past the end of a list', 'l:\n- a\n', ['l', 3, 'x'], /has 1 items, so there is no item 3/],
  ])('refuses to write %s', (_, text, path, message) => {
    expect(() => edit(text, set(path, 'v2'))).toThrow(message);
  });
});
