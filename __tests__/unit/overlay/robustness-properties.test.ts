/**
 * Properties over hostile and odd input, per format: random nesting, stray bytes (not UTF-8,
 * NUL, control characters) in comments and strings or anywhere, and odd-but-valid syntax
 * (HCL checked against HashiCorp's parser, YAML against the yaml library). Whatever comes in,
 * reading and planning either succeed — and then every byte outside the value written is the
 * old byte — or fail with a UserError that names the file; never an internal error, a stack
 * overflow or "(please report this)".
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { ImageConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import { isRecord } from '../../../src/overlay/data-path.js';
import { planOverlayEdit } from '../../../src/overlay/plan.js';
import { readOverlayText } from '../../../src/overlay/state.js';
import { parseTfvars, TfvarsOpaque } from '../../../src/overlay/tfvars.js';
import type { OverlayEdit } from '../../../src/overlay/types.js';
import { parseHcl } from '../../support/hcl2json.js';
import { overlayImage } from '../../support/images.js';
import { loadFormats } from '../../../src/overlay/documents.js';

// The JSON and tfvars editors load on demand (src/overlay/documents.ts); these tests call them directly.
await loadFormats(['json', 'tfvars']);

type Format = 'kustomize' | 'yaml' | 'json' | 'tfvars';
const PATHS: Record<Format, string> = {
  kustomize: 'kustomization.yaml',
  yaml: 'values.yaml',
  json: 'values.json',
  tfvars: 'prod.tfvars',
};
const TOO_DEEP = /nested more than 256 levels deep/;

/** A file around its one value `v1`. */
interface Around {
  head: Buffer;
  tail: Buffer;
}

const bytes = (s: string | Uint8Array): Buffer =>
  typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s);

function imageFor(format: Format): ImageConfig {
  return format === 'kustomize'
    ? overlayImage('api', { repository: overlayImage('x').repository })
    : overlayImage('api', { key: 'image.tag' });
}

type Outcome = { edit: OverlayEdit; read: string | undefined } | { refused: UserError };

/**
 * Reads and plans `v2` for the image; returns the edit or the refusal. Anything other than a
 * UserError that names the file, or a message of an internal error, fails the property.
 */
function attempt(format: Format, file: Buffer): Outcome {
  const path = PATHS[format];
  const image = imageFor(format);
  try {
    const state = readOverlayText(file, { file: `/ws/${path}`, path, format }, [image]);
    const read = state.images.get('api')?.value.tag;
    const edit = planOverlayEdit(
      state,
      [{ image, repository: 'docker.io/library/api', tag: 'v2' }],
      { pinDigest: false, createMissing: true, isImmutable: () => true },
    );
    return { edit, read };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    expect(err.message).toContain(path);
    expect(err.message).not.toMatch(/please report|internal error|call stack/i);
    return { refused: err };
  }
}

/** When the file read `v1` at the value and the plan went through: only the value changed. */
function expectOnlyTheValue(outcome: Outcome, { head, tail }: Around): void {
  if ('refused' in outcome || outcome.read !== 'v1') return;
  expect(outcome.edit.after).toEqual(Buffer.concat([head, bytes('v2'), tail]));
}

// ---------------------------------------------------------------------------------------
// Random nesting

type Kind = 'list' | 'map';
const kinds = fc.array(fc.constantFrom<Kind>('list', 'map'), { minLength: 1, maxLength: 400 });

function nested(format: Exclude<Format, 'kustomize'>, path: Kind[], block: boolean): string {
  if (format === 'yaml' && block) {
    const lines: string[] = [];
    let indent = 0;
    for (const k of path) {
      lines.push(`${' '.repeat(indent)}${k === 'map' ? 'k:' : '-'}`);
      indent += k === 'map' ? 1 : 2;
    }
    return `\n${lines.join('\n')} x`;
  }
  let open = '';
  let close = '';
  for (const k of path) {
    if (k === 'list') {
      open += '[';
      close = `]${close}`;
    } else {
      open += { yaml: '{k: ', json: '{"k": ', tfvars: '{ k = ' }[format];
      close = `${format === 'tfvars' ? ' }' : '}'}${close}`;
    }
  }
  return ` ${open}${format === 'yaml' ? 'x' : '"x"'}${close}`;
}

describe.each(['yaml', 'json', 'tfvars'] as const)('%s: random nesting', (format) => {
  it('is read and written up to the limit, and refused with the place past it', () => {
    fc.assert(
      fc.property(kinds, fc.boolean(), (path, block) => {
        const deep = nested(format, path, block);
        const around: Around = {
          json: { head: bytes('{"image": {"tag": "'), tail: bytes(`"}, "deep":${deep}}`) },
          yaml: { head: bytes('image:\n  tag: '), tail: bytes(`\ndeep:${deep}\n`) },
          tfvars: { head: bytes('image = { tag = "'), tail: bytes(`" }\ndeep =${deep}\n`) },
        }[format];
        const outcome = attempt(format, Buffer.concat([around.head, bytes('v1'), around.tail]));
        // The root mapping is a level in YAML and JSON; in a variables file only objects
        // outside lists are (lists are read whole).
        const levels =
          format === 'tfvars'
            ? path.indexOf('list') === -1
              ? path.length
              : path.indexOf('list')
            : path.length + 1;
        if (levels > 256) {
          expect('refused' in outcome && TOO_DEEP.test(outcome.refused.message)).toBe(true);
        } else {
          expect('edit' in outcome).toBe(true);
          expectOnlyTheValue(outcome, around);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Stray bytes

/** Bytes for a comment: anything but a line end. */
const commentBytes = fc
  .uint8Array({ maxLength: 12 })
  .map((a) => a.filter((x) => x !== 0x0a && x !== 0x0d));
/** Bytes for inside a JSON string: anything but `"`, `\` and control characters. */
const stringBytes = fc
  .uint8Array({ maxLength: 12 })
  .map((a) => a.filter((x) => x >= 0x20 && x !== 0x22 && x !== 0x5c));

const strayAround = fc
  .record({
    a: commentBytes,
    b: commentBytes,
    c: commentBytes,
    s: stringBytes,
    bom: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ a, b, c, s, bom, crlf }) => {
    const nl = crlf ? '\r\n' : '\n';
    const join = (...parts: (string | Uint8Array)[]): Buffer =>
      Buffer.concat([
        ...(bom ? [Buffer.from([0xef, 0xbb, 0xbf])] : []),
        ...parts.map((p) => bytes(typeof p === 'string' ? p.replace(/\n/g, nl) : p)),
      ]);
    const tailOf = (...parts: (string | Uint8Array)[]): Buffer =>
      Buffer.concat(parts.map((p) => bytes(typeof p === 'string' ? p.replace(/\n/g, nl) : p)));
    const files: Record<Format, Around> = {
      kustomize: {
        head: join('# ', a, '\nimages:\n- name: api # ', b, '\n  newTag: '),
        tail: tailOf(' # ', c, '\n'),
      },
      yaml: {
        head: join('# ', a, '\nimage: # ', b, '\n  tag: "'),
        tail: tailOf('" # ', c, "\nnote: '", s, "'\n"),
      },
      json: {
        head: join('{"note": "', s, '",\n  "image": {"tag": "'),
        tail: tailOf('"}, "n2": "', s, '"}\n'),
      },
      tfvars: {
        head: join('# ', a, '\n// ', b, '\nimage = { tag = "'),
        tail: tailOf(
          '" } # ',
          c,
          '\nnote = "',
          s.filter((x) => x !== 0x24 && x !== 0x25),
          '"\n',
        ),
      },
    };
    return files;
  });

describe.each(['kustomize', 'yaml', 'json', 'tfvars'] as const)('%s: stray bytes', (format) => {
  it('in comments and other strings stay byte for byte', () => {
    fc.assert(
      fc.property(strayAround, (files) => {
        const around = files[format];
        const outcome = attempt(format, Buffer.concat([around.head, bytes('v1'), around.tail]));
        // YAML refuses some control characters; everything else is read and written.
        if ('refused' in outcome) {
          expect(format === 'yaml' || format === 'kustomize').toBe(true);
          return;
        }
        expect(outcome.read).toBe('v1');
        expectOnlyTheValue(outcome, around);
      }),
      { numRuns: 150 },
    );
  });

  it('anywhere else give a result or a clear refusal', () => {
    fc.assert(
      fc.property(
        strayAround,
        fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })), {
          maxLength: 3,
        }),
        (files, inserts) => {
          let { head, tail } = files[format];
          for (const [at, junk] of inserts) {
            // Before or after the value, never inside it.
            if (at % 2 === 0) {
              const i = at % (head.length + 1);
              head = Buffer.concat([head.subarray(0, i), junk, head.subarray(i)]);
            } else {
              const i = at % (tail.length + 1);
              tail = Buffer.concat([tail.subarray(0, i), junk, tail.subarray(i)]);
            }
          }
          const outcome = attempt(format, Buffer.concat([head, bytes('v1'), tail]));
          expectOnlyTheValue(outcome, { head, tail });
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Odd but valid HCL, checked against HashiCorp's parser

const ident = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/);
const space = fc.constantFrom(' ', '  ', '\t', '');
const comment = fc.constantFrom('', ' # c', ' // c é', ' /* c */', ' /* a\n b */');
const plainString = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[a-zA-Z0-9 .:/@_-]{1,5}$/),
      fc.constantFrom('\\n', '\\"', '\\\\', '\\u00e9', '$${x}', '%%{x}', 'é', '☃', '\\t'),
    ),
    { maxLength: 4 },
  )
  .map((parts) => `"${parts.join('')}"`);

const hclExpr: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plainString,
    fc.constantFrom(
      '1',
      '1.5',
      '1e3',
      'true',
      'false',
      'null',
      'var.x',
      '"${var.x}-a"',
      '"%{ if true }a%{ endif }"',
      'lookup(var.m, "k", "d")',
      'var.a ? "x" : "y"',
      '[for s in var.l : upper(s)]',
      '{ for k, v in var.m : k => v }',
      '<<EOT\nline ${x}\nEOT',
      '<<-EOT\n    indented\n    EOT',
      '("p")',
      '-1',
      '!true',
    ),
    fc
      .tuple(fc.array(tie('expr'), { maxLength: 3 }), fc.boolean(), fc.boolean())
      .map(([items, multi, trailing]) =>
        multi
          ? `[\n${items.map((i) => `  ${i},`).join('\n')}\n]`
          : `[${items.join(', ')}${trailing && items.length > 0 ? ',' : ''}]`,
      ),
    fc
      .tuple(
        fc.uniqueArray(
          fc.oneof(
            ident,
            fc.constantFrom('0', '7', '10', '"q k"', '"é"', 'true', 'null', '(var.k)'),
          ),
          { maxLength: 3, selector: (k) => k.replace(/^"|"$/g, '') },
        ),
        fc.array(tie('expr'), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(' = ', ' : ', '='),
        fc.boolean(),
      )
      .map(([keys, values, eq, multi]) => {
        const items = keys.map((k, i) => `${k}${eq}${values[i] ?? '1'}`);
        return multi ? `{\n${items.map((i) => `  ${i}`).join('\n')}\n}` : `{ ${items.join(', ')} }`;
      }),
  ),
})).expr;

const tfvarsFile = fc
  .record({
    attrs: fc.uniqueArray(fc.tuple(ident, hclExpr, space, comment), {
      maxLength: 5,
      selector: ([name]) => name,
    }),
    at: fc.nat(),
    crlf: fc.boolean(),
    quote: fc.constantFrom('image', '"image"'),
  })
  .map(({ attrs, at, crlf, quote }) => {
    const nl = crlf ? '\r\n' : '\n';
    const lines = attrs
      .filter(([name]) => name !== 'image')
      .map(([name, expr, sp, c]) => `${name}${sp}= ${expr}${c}`);
    const i = at % (lines.length + 1);
    const head = [...lines.slice(0, i), `image = { tag = "`].join('\n');
    const tail = [`" }`, ...lines.slice(i)].join('\n') + '\n';
    // `quote` spells the object key of the image itself differently.
    const fix = (s: string) => s.replace(/\n/g, nl);
    return {
      head: bytes(
        fix(
          head.replace(
            /image = \{ tag = "$/,
            `image = { ${quote === 'image' ? 'tag' : '"tag"'} = "`,
          ),
        ),
      ),
      tail: bytes(fix(tail)),
    };
  });

/** hcl2json's strings are Terraform JSON templates: `$${` there is a literal `${`. */
function literal(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/([$%])\1\{/g, '$1{') : value;
}

describe('tfvars: odd but valid syntax', () => {
  it('what HashiCorp parses is read (strings as they read them) and edited in place', async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(tfvarsFile, async (around) => {
        const file = Buffer.concat([around.head, bytes('v1'), around.tail]);
        let theirs: Record<string, unknown>;
        try {
          theirs = await parseHcl('prod.tfvars', file.toString('utf8'));
        } catch {
          return; // not valid HCL: nothing to compare with
        }
        valid++;
        const ours = parseTfvars(file.toString('utf8'), 'prod.tfvars').data;
        for (const [name, value] of Object.entries(ours)) {
          if (typeof value === 'string') expect(value).toBe(literal(theirs[name]));
          // Plain objects (a computed one is a TfvarsOpaque, read whole).
          if (isRecord(value) && !(value instanceof TfvarsOpaque) && isRecord(theirs[name])) {
            for (const [k, v] of Object.entries(value)) {
              if (typeof v === 'string') expect(v).toBe(literal((theirs[name] as never)[k]));
            }
          }
        }
        const outcome = attempt('tfvars', file);
        expect('edit' in outcome).toBe(true);
        expectOnlyTheValue(outcome, around);
      }),
      { numRuns: 150 },
    );
    // The generator must mostly make valid files, or the property says little.
    expect(valid).toBeGreaterThan(75);
  });
});

// ---------------------------------------------------------------------------------------
// Odd but valid YAML, checked against the yaml library

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/).map((k) => `k_${k}`);
const yamlScalar = fc.constantFrom(
  'plain words',
  '"double \\u00e9 \\" quoted"',
  "'single ''quoted'''",
  '~',
  '',
  '1.20',
  'yes',
  '2024-01-01',
  '!!str 5',
  '"multi\n  line"',
  'plain\n  continued',
  'é ☃',
  '|\n  literal\n   block\n',
  '>-\n  folded\n  block\n',
);
const yamlEntry = fc.oneof(
  fc.tuple(key, yamlScalar, comment).map(([k, v, c]) => `${k}: ${v}${c.includes('/') ? '' : c}`),
  fc
    .tuple(key, fc.array(fc.tuple(key, yamlScalar), { maxLength: 3 }))
    .map(
      ([k, kv]) =>
        `${k}:\n${kv.map(([a, v]) => `  ${a}: ${v.replace(/\n {2}/g, '\n    ')}`).join('\n') || '  x: 1'}`,
    ),
  fc.tuple(key, fc.array(key, { maxLength: 3 })).map(([k, items]) => `${k}: [${items.join(', ')}]`),
  fc
    .tuple(key, fc.array(key, { maxLength: 3 }))
    .map(([k, items]) => `${k}:\n${items.map((i) => `- ${i}`).join('\n') || '- x'}`),
  fc.tuple(key, key).map(([k, v]) => `? ${k}\n: ${v}`),
  fc.tuple(key, key).map(([k, v]) => `${k}: {${v}: 1, "q": [a, {b: c}]}`),
  fc.constantFrom('# a comment', '#', '', '   # indented comment'),
);
const anchored = fc.constantFrom(
  '',
  'base: &base {a: 1}\nuses: *base',
  'defaults: &d\n  x: 1\nmerged:\n  <<: *d\n  y: 2',
);

const yamlFile = fc
  .record({
    entries: fc.uniqueArray(yamlEntry, { maxLength: 6, selector: (e) => e.split(':')[0] }),
    at: fc.nat(),
    anchors: anchored,
    start: fc.constantFrom('', '---\n', '%YAML 1.2\n---\n', '--- # doc\n'),
    end: fc.constantFrom('', '...\n', '\n\n'),
    style: fc.constantFrom(
      ['image:\n  tag: ', ''],
      ['image:\n    tag: "', '"'],
      ["'image':\n  'tag': '", "'"],
      ['image: {tag: ', '}'],
      ['image: {"tag": "', '"}'],
      ['image:\n  tag: !!str ', ''],
      ['image:\n  tag:   ', '   # trailing'],
      ['? image\n: tag: ', ''],
    ),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ entries, at, anchors, start, end, style, crlf, bom }) => {
    const nl = crlf ? '\r\n' : '\n';
    const body = [anchors, ...entries].filter((e) => e !== '');
    const i = at % (body.length + 1);
    const head = `${bom ? '\uFEFF' : ''}${start}${[...body.slice(0, i), style[0]].join('\n')}`;
    const tail = `${style[1]}\n${body.slice(i).join('\n')}\n${end}`;
    return {
      head: bytes(head.replace(/\n/g, nl)),
      tail: bytes(tail.replace(/\n/g, nl)),
    };
  });

describe('yaml: odd but valid syntax', () => {
  it('what the yaml library parses is edited in place', () => {
    let valid = 0;
    fc.assert(
      fc.property(yamlFile, (around) => {
        const file = Buffer.concat([around.head, bytes('v1'), around.tail]);
        const docs = parseAllDocuments(file.toString('utf8'));
        if (docs.some((d) => d.errors.length > 0) || docs.length !== 1) return;
        valid++;
        const outcome = attempt('yaml', file);
        if ('refused' in outcome) throw outcome.refused;
        expect(outcome.read).toBe('v1');
        expectOnlyTheValue(outcome, around);
      }),
      { numRuns: 300 },
    );
    expect(valid).toBeGreaterThan(150);
  });
});

// ---------------------------------------------------------------------------------------
// Random bytes in real files

interface FixtureCase {
  path: string;
  images: { name: string; key?: string; repositoryKey?: string }[];
  updates: { image: string; repository: string; tag?: string; digest?: string }[];
  options: { pinDigest: boolean; createMissing?: boolean };
}

const FIXTURES = new URL('../../fixtures/overlays/', import.meta.url);
const fixtures = (['kustomize', 'yaml', 'json', 'tfvars'] as const).flatMap((format) =>
  readdirSync(new URL(`${format}/`, FIXTURES)).map((name) => {
    const dir = new URL(`${format}/${name}/`, FIXTURES);
    const c = JSON.parse(readFileSync(new URL('case.json', dir), 'utf8')) as FixtureCase;
    return [`${format}/${name}`, c, readFileSync(new URL('before', dir))] as const;
  }),
);

const mutation = fc.tuple(
  fc.constantFrom('insert', 'replace', 'delete'),
  fc.nat(),
  fc.uint8Array({ minLength: 1, maxLength: 4 }),
);

function mutate(file: Buffer, edits: [string, number, Uint8Array][]): Buffer {
  let out = file;
  for (const [op, at, junk] of edits) {
    const i = at % (out.length + 1);
    const cut = op === 'insert' ? 0 : Math.min(junk.length, out.length - i);
    out = Buffer.concat([
      out.subarray(0, i),
      op === 'delete' ? Buffer.alloc(0) : junk,
      out.subarray(i + cut),
    ]);
  }
  return out;
}

describe.each(fixtures.map(([name, c, before]) => [name, c, before] as const))(
  'random bytes in %s',
  (_, c, before) => {
    it('give a result or a refusal that names the file, never an internal error', () => {
      const images = c.images.map((i) =>
        overlayImage(i.name, {
          ...(i.key ? { key: i.key } : {}),
          ...(i.repositoryKey ? { repositoryKey: i.repositoryKey } : {}),
        }),
      );
      const updates = c.updates.map(({ image, ...rest }) => ({
        image: images.find((i) => i.name === image) ?? images[0] ?? overlayImage(image),
        ...rest,
      }));
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
          const file = mutate(before, edits);
          try {
            const state = readOverlayText(
              file,
              { file: `/ws/${c.path}`, path: c.path, format: 'auto' },
              images,
            );
            planOverlayEdit(state, updates, {
              pinDigest: c.options.pinDigest,
              createMissing: c.options.createMissing ?? false,
              isImmutable: () => true,
            });
          } catch (err) {
            if (!(err instanceof UserError)) throw err;
            expect(err.message).toContain(c.path);
            expect(err.message).not.toMatch(/please report|internal error|call stack/i);
          }
        }),
        { numRuns: 100 },
      );
    });
  },
);
