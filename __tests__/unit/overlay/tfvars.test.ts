/**
 * Terraform variable files: the parser agrees with HashiCorp's (via @cdktf/hcl2json, test
 * only) on every plain string, refuses what it cannot write, and edits in place.
 */
import { describe, expect, it } from '@jest/globals';
import { parseHcl } from '../../support/hcl2json.js';
import { dataAt, type KeySet } from '../../../src/overlay/data-path.js';
import { parseKeyPath } from '../../../src/overlay/key-path.js';
import {
  editTfvars,
  parseTfvars,
  quoteHcl,
  TfvarsError,
  TfvarsOpaque,
  tfvarsValue,
} from '../../../src/overlay/tfvars.js';

const set = (key: string, value: string): KeySet => ({ path: parseKeyPath(key), value });
const edit = (text: string, ...sets: KeySet[]): string =>
  editTfvars(text, 'x.tfvars', sets).bytes('x.tfvars').toString('utf8');
const hcl = (text: string): Promise<Record<string, unknown>> => parseHcl('x.tfvars', text);

/**
 * A string from hcl2json as its literal value: hcl2json emits Terraform's JSON syntax, where
 * strings are templates again, so a literal `${` comes out as `$${` (and `%{` as `%%{`).
 */
function literal(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/([$%])\1\{/g, '$1{') : value;
}

const KITCHEN_SINK = `# a header comment
// another kind
/* and a
   block comment */
plain     = "ghcr.io/acme/api:v1"   # trailing
escaped   = "tab\\there \\"quoted\\" \\u00e9 $\${literal} %%{literal}"
number    = 1.20
bool      = true
nothing   = null
list      = ["a", "b",
  "c"]
call      = lookup(var.m, "k", "\${x}")
interp    = "api-\${var.env}"
nested_interp = "\${lookup(var.m, "}")}"
directive = "%{ if var.x }a%{ endif }"
ref       = var.image
heredoc   = <<EOT
line \${one}
EOT
indented  = <<-EOT
    two
    EOT
objects = {
  api = {
    tag = "v1", digest = "" // inline comment
    "quoted key" : "q"
  }
  worker = { tag = "w1" /* c */ }
  empty  = {}
  computed = { (var.k) = "x" }
  loop = { for k, v in var.m : k => v }
}
`;

describe('parsing a variables file', () => {
  it('agrees with HashiCorp’s parser on every plain string and keeps the rest as source', async () => {
    const f = parseTfvars(KITCHEN_SINK, 'x.tfvars');
    const theirs = await hcl(KITCHEN_SINK);
    for (const key of [
      'plain',
      'escaped',
      'objects.api.tag',
      'objects.api.digest',
      'objects.api.quoted key',
      'objects.worker.tag',
    ]) {
      const path = key.split('.');
      expect(dataAt(f.data, path)).toBe(literal(dataAt(theirs, path)));
    }
    expect(dataAt(f.data, ['escaped'])).toBe('tab\there "quoted" é ${literal} %{literal}');
    const opaque = (key: string): TfvarsOpaque => dataAt(f.data, key.split('.')) as TfvarsOpaque;
    expect(opaque('number')).toEqual(new TfvarsOpaque('a number', '1.20'));
    expect(opaque('list').what).toBe('a list');
    expect(opaque('call').what).toBe('an expression');
    expect(opaque('interp').what).toBe('a string with ${…} interpolation');
    expect(opaque('nested_interp').raw).toBe('"${lookup(var.m, "}")}"');
    expect(opaque('directive').what).toBe('a string with a %{…} directive');
    expect(opaque('ref').what).toBe('an expression');
    expect(opaque('heredoc')).toEqual(new TfvarsOpaque('a heredoc', '<<EOT\nline ${one}\nEOT'));
    expect(opaque('indented').raw).toBe('<<-EOT\n    two\n    EOT');
    expect(opaque('objects.computed').what).toBe('an object with computed keys');
    expect(opaque('objects.loop').what).toBe('a for expression');
    expect(dataAt(f.data, ['objects', 'empty'])).toEqual({});
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(f.data).sort());
  });

  it.each([
    [
      'a block',
      'resource "x" "y" {\n}\n',
      /x\.tfvars:1:10: not a valid variables file: "resource" is a block/,
    ],
    [
      'an unclosed string',
      'a = "x\nb = "y"\n',
      /x\.tfvars:1:5: .*a quoted string is not closed on its line/,
    ],
    ['an unclosed heredoc', 'a = <<EOT\nx\n', /x\.tfvars:1:5: .*the heredoc <<EOT is never closed/],
    [
      'an unclosed comment',
      'a = "x" /* no end\n',
      /x\.tfvars:1:9: .*a \/\* comment is never closed/,
    ],
    ['an unclosed object', 'a = {\n  b = "x"\n', /a "\{" is never closed/],
    ['a stray bracket', 'a = "x")\n', /unexpected "\)"/],
    [
      'a name set twice',
      'a = "x"\nb = "y"\na = "z"\n',
      /x\.tfvars:3:1: .*"a" is set twice \(also on line 1\)/,
    ],
    ['a key set twice in an object', 'a = {\n  b = "x"\n  b = "y"\n}\n', /"b" is set twice/],
    ['no "="', 'a "x"\n', /"a" is a block/],
    ['a value missing', 'a =\n', /expected a value/],
    ['a bad escape', 'a = "\\q"\n', /invalid escape "\\q"/],
  ])('refuses %s with the place', (_, text, message) => {
    expect(() => parseTfvars(text, 'x.tfvars')).toThrow(TfvarsError);
    expect(() => parseTfvars(text, 'x.tfvars')).toThrow(message);
  });
});

describe('reading values', () => {
  it.each([
    ['number', 'a number (1.20)'],
    ['ref', 'an expression (var.image)'],
    ['interp', 'a string with ${…} interpolation ("api-${var.env}")'],
    ['heredoc', 'a heredoc (<<EOT…)'],
    ['list', 'a list (["a", "b",…)'],
    ['objects', 'an object ({…)'],
    ['nothing', 'null (null)'],
  ])('refuses %s, naming the file, line and key', (key, what) => {
    const f = parseTfvars(KITCHEN_SINK, 'x.tfvars');
    let message = '';
    try {
      tfvarsValue(f, [key]);
    } catch (err) {
      message = (err as Error).message;
    }
    const line = KITCHEN_SINK.split('\n').findIndex((l) => l.startsWith(key)) + 1;
    expect(message).toBe(
      `x.tfvars:${line}: "${key}" is ${what}, not a plain "…" string; image-promote reads and writes only plain strings — write the value as a quoted string, or point the key at one`,
    );
  });

  it('reads plain strings with their line; lists and selectors are not key paths here', () => {
    const f = parseTfvars(KITCHEN_SINK, 'x.tfvars');
    expect(tfvarsValue(f, parseKeyPath('objects.worker.tag'))).toEqual({ text: 'w1', line: 28 });
    expect(tfvarsValue(f, parseKeyPath('objects.nope.tag'))).toBeUndefined();
    expect(() => tfvarsValue(f, parseKeyPath('list.0'))).toThrow(/has a list index 0/);
    expect(() => tfvarsValue(f, parseKeyPath('objects[name=a].tag'))).toThrow(
      /has a list selector \[name=a\]/,
    );
    expect(() => tfvarsValue(f, parseKeyPath('plain.tag'))).toThrow(
      /"plain" is a string, not an object/,
    );
  });
});

describe('editing in place', () => {
  it.each([
    [
      'a value, comment and alignment kept',
      'a    = "v1"   # c\nlong = "x"\n',
      set('a', 'v2'),
      'a    = "v2"   # c\nlong = "x"\n',
    ],
    ['CRLF', 'a = "v1"\r\nb = "x"\r\n', set('a', 'v2'), 'a = "v2"\r\nb = "x"\r\n'],
    ['no final newline', 'a = "v1"', set('a', 'v2'), 'a = "v2"'],
    [
      'a nested value in an inline object',
      'o = { a = { tag = "v1" }, b = "x" }\n',
      set('o.a.tag', 'v2'),
      'o = { a = { tag = "v2" }, b = "x" }\n',
    ],
    [
      'a quoted key with ":"',
      'o = {\n  "api" : "v1"\n}\n',
      set('o.api', 'v2'),
      'o = {\n  "api" : "v2"\n}\n',
    ],
    [
      'a new top-level value, aligned under the last one',
      '# vars\nregion = "x"\nimage  = "y"\n',
      set('tag', 'v1'),
      '# vars\nregion = "x"\nimage  = "y"\ntag    = "v1"\n',
    ],
    [
      'a new top-level object after trailing comments',
      'a = "x"\n\n# end\n',
      set('img.tag', 'v1'),
      'a = "x"\n\n# end\nimg = {\n  tag = "v1"\n}\n',
    ],
    [
      'a new key in a multi-line object, aligned, comma style kept',
      'o = {\n  tag        = "v1",\n  repository = "r",\n}\n',
      set('o.digest', 'd'),
      'o = {\n  tag        = "v1",\n  repository = "r",\n  digest     = "d",\n}\n',
    ],
    [
      'a new key in a one-line object',
      'o = { tag = "v1" }\n',
      set('o.digest', 'd'),
      'o = { tag = "v1", digest = "d" }\n',
    ],
    ['a new key in an empty object', 'o = {}\n', set('o.tag', 'v1'), 'o = { tag = "v1" }\n'],
    [
      'a new key in an empty multi-line object, four spaces',
      'x = {\n    a = "b"\n}\no = {\n}\n',
      set('o.tag', 'v1'),
      'x = {\n    a = "b"\n}\no = {\n    tag = "v1"\n}\n',
    ],
    [
      'a key that is not an identifier is quoted in objects',
      'o = {\n  a = "x"\n}\n',
      set('o.9lives', 'v1'),
      'o = {\n  a = "x"\n  "9lives" = "v1"\n}\n',
    ],
    [
      'after a heredoc',
      'o = {\n  doc = <<EOT\nhi\nEOT\n}\n',
      set('o.tag', 'v1'),
      'o = {\n  doc = <<EOT\nhi\nEOT\n  tag = "v1"\n}\n',
    ],
    [
      'characters that would start a template are escaped',
      'a = "x"\n',
      set('a', 'x${y}%{z}"\\'),
      'a = "x$${y}%%{z}\\"\\\\"\n',
    ],
  ])('%s', async (_, before, s, after) => {
    expect(edit(before, s)).toBe(after);
    const theirs = await hcl(after);
    expect(literal(dataAt(theirs, s.path))).toBe(s.value);
  });

  it('refuses to replace anything but a plain string, and top-level names that are not identifiers', () => {
    expect(() => edit(KITCHEN_SINK, set('ref', 'v1'))).toThrow(/"ref" is an expression/);
    expect(() => edit(KITCHEN_SINK, set('objects.api', 'v1'))).toThrow(
      /"objects.api" is an object/,
    );
    expect(() => edit(KITCHEN_SINK, set('objects.computed.x', 'v1'))).toThrow(
      /"objects.computed" is an object with computed keys, not an object/,
    );
    expect(() => edit('a = "x"\n', set('9lives', 'v1'))).toThrow(
      /"9lives" is not a valid variable name/,
    );
  });

  it('round-trips any string through quoteHcl', async () => {
    const values = [
      'plain',
      'a"b',
      'back\\slash',
      '${x}',
      '%{ if }',
      'tab\tnew\nline',
      'é ☃',
      '$$${',
    ];
    const text = values.map((v, i) => `v${i} = ${quoteHcl(v)}`).join('\n');
    const theirs = await hcl(text);
    const ours = parseTfvars(text, 'x.tfvars').data;
    values.forEach((v, i) => {
      expect(literal(theirs[`v${i}`])).toBe(v);
      expect(ours[`v${i}`]).toBe(v);
    });
  });
});
