/**
 * Byte-preserving JSON edits (`*.json`, `*.tfvars.json`). A small tokenizer finds where each
 * value is (character offsets in the file's text view, byte-text.ts); an edit splices new
 * characters into it and the new file is the original bytes with only those ranges replaced,
 * so indentation, key order, a BOM, CRLF, the final newline and any byte in other strings
 * stay as they were. A missing key is created in the file's own style (its indentation unit,
 * `:` spacing and newline).
 *
 * Every edit is checked afterwards with JSON.parse: the new text must parse and equal the old
 * data with only the written value changed. Nesting past MAX_NESTING is refused (the
 * tokenizer recurses per level).
 */
import { UserError } from '../errors.js';
import { editChecked, type KeySet } from './data-path.js';
import { printable, type ByteText } from './byte-text.js';
import { formatKeyPath, isSelector, type KeyPath, type KeySegment } from './key-path.js';
import { lineIndent, lineIndex, MAX_NESTING, tooDeep, type Splice } from './text-offsets.js';

/** A JSON file that cannot be read or edited; the message names the file (and line). */
export class JsonError extends UserError {
  override readonly name = 'JsonError';
}

export type JsonNode =
  | { kind: 'object'; start: number; end: number; members: JsonMember[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number' | 'true' | 'false' | 'null'; start: number; end: number };

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export interface JsonFile {
  readonly text: string;
  readonly file: string;
  readonly root: JsonNode;
  /** JSON.parse of the text (without a BOM). */
  readonly data: unknown;
  readonly newline: string;
  /** 1-based line of a character offset. */
  line(offset: number): number;
}

class Parser {
  pos: number;
  constructor(
    readonly text: string,
    readonly fail: (offset: number, why: string) => never,
    readonly deep: (offset: number) => never,
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else break;
    }
  }

  value(depth: number): JsonNode {
    this.ws();
    if (depth >= MAX_NESTING && (this.text[this.pos] === '{' || this.text[this.pos] === '[')) {
      this.deep(this.pos);
    }
    const t = this.text;
    const start = this.pos;
    const c = t[start];
    if (c === '{' || c === '[') return this.collection(depth);
    if (c === '"') return { kind: 'string', start, end: this.string(), value: this.decoded(start) };
    for (const word of ['true', 'false', 'null'] as const) {
      if (t.startsWith(word, start)) {
        this.pos += word.length;
        return { kind: word, start, end: this.pos };
      }
    }
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = start;
    if (m.exec(t)) {
      this.pos = m.lastIndex;
      return { kind: 'number', start, end: this.pos };
    }
    return this.fail(
      start,
      c === undefined ? 'unexpected end of file' : `unexpected "${printable(c)}"`,
    );
  }

  /** Scans a string starting at this.pos (a `"`); returns its end offset. */
  string(): number {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    for (;;) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) this.fail(start, 'unterminated string');
      if (c === 34) break;
      if (c < 0x20) this.fail(i, 'a control character (e.g. a newline) inside a string');
      if (c === 92) {
        const e = t[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) this.fail(i, 'invalid \\u escape');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail(i, 'invalid escape');
        i += 2;
        continue;
      }
      i++;
    }
    this.pos = i + 1;
    return this.pos;
  }

  decoded(start: number): string {
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  /** An object or a list, from its `{` or `[` at this.pos. */
  collection(depth: number): JsonNode {
    const start = this.pos;
    const isObject = this.text[start] === '{';
    const close = isObject ? '}' : ']';
    const members: JsonMember[] = [];
    const items: JsonNode[] = [];
    const done = (): JsonNode =>
      isObject
        ? { kind: 'object', start, end: this.pos, members }
        : { kind: 'array', start, end: this.pos, items };
    this.pos++;
    this.ws();
    if (this.text[this.pos] === close) {
      this.pos++;
      return done();
    }
    for (;;) {
      if (isObject) members.push(this.member(depth));
      else items.push(this.value(depth + 1));
      this.ws();
      const c = this.text[this.pos];
      this.pos++;
      if (c === close) return done();
      if (c !== ',') this.fail(this.pos - 1, `expected "," or "${close}"`);
    }
  }

  member(depth: number): JsonMember {
    this.ws();
    const keyStart = this.pos;
    if (this.text[keyStart] !== '"') this.fail(keyStart, 'expected a "quoted" key');
    const keyEnd = this.string();
    const key = this.decoded(keyStart);
    this.ws();
    if (this.text[this.pos] !== ':') this.fail(this.pos, 'expected ":" after a key');
    this.pos++;
    return { key, keyStart, keyEnd, value: this.value(depth + 1) };
  }
}

/** Parses and checks a JSON file (a BOM is allowed and kept). */
export function parseJson(text: string, file: string): JsonFile {
  const lines = lineIndex(text);
  const fail = (offset: number, why: string): never => {
    throw new JsonError(
      `${file}:${lines.line(offset)}:${lines.column(offset)}: invalid JSON: ${why} — fix the file first`,
    );
  };
  const deep = (offset: number): never => {
    throw new JsonError(tooDeep(`${file}:${lines.line(offset)}:${lines.column(offset)}`));
  };
  const parser = new Parser(text, fail, deep);
  const root = parser.value(0);
  parser.ws();
  if (parser.pos < text.length) fail(parser.pos, 'more content after the JSON value');
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new JsonError(
      `${file}: invalid JSON: ${err instanceof Error ? err.message : String(err)} — fix the file first`,
    );
  }
  return {
    text,
    file,
    root,
    data,
    newline: text.includes('\r\n') ? '\r\n' : '\n',
    line: lines.line,
  };
}

function describe(node: JsonNode | undefined): string {
  switch (node?.kind) {
    case undefined:
      return 'missing';
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'null':
      return 'null';
    default:
      return 'a value';
  }
}

function where(f: JsonFile, path: KeyPath, node?: JsonNode): string {
  const name = path.length === 0 ? 'the document' : `"${formatKeyPath(path)}"`;
  return `${f.file}${node ? `:${f.line(node.start)}` : ''}: ${name}`;
}

function memberIndex(f: JsonFile, obj: JsonNode & { kind: 'object' }, key: string, path: KeyPath) {
  const found = obj.members.flatMap((m, i) => (m.key === key ? [i] : []));
  if (found.length > 1) {
    throw new JsonError(
      `${where(f, path)} is there ${found.length} times (lines ${found.map((i) => f.line(obj.members[i]?.keyStart ?? 0)).join(', ')}); readers disagree on which one counts — remove the others`,
    );
  }
  return found[0];
}

function selectItem(
  f: JsonFile,
  list: JsonNode & { kind: 'array' },
  seg: { field: string; equals: string },
  path: KeyPath,
): number | undefined {
  const found: number[] = [];
  list.items.forEach((item, i) => {
    if (item.kind !== 'object') return;
    const field = item.members.find((m) => m.key === seg.field)?.value;
    if (field?.kind === 'string' && field.value === seg.equals) found.push(i);
    else if (field?.kind === 'number' && f.text.slice(field.start, field.end) === seg.equals)
      found.push(i);
  });
  if (found.length > 1) {
    throw new JsonError(
      `${where(f, path)} matches ${found.length} list elements (lines ${found.map((i) => f.line(list.items[i]?.start ?? 0)).join(', ')}); make the selector unique`,
    );
  }
  return found[0];
}

type Located =
  | { kind: 'found'; node: JsonNode; path: KeySegment[] }
  /** `path[depth]` is not a key of `obj`; `path` has the selectors resolved up to there. */
  | { kind: 'missing'; depth: number; obj: JsonNode & { kind: 'object' }; path: KeySegment[] };

/**
 * Finds `path`. Throws a JsonError when it goes through something that is not an object or
 * list, or through a selector that picks no element.
 */
function locate(f: JsonFile, path: KeyPath): Located {
  let node = f.root;
  const concrete: KeySegment[] = [];
  for (const [depth, seg] of path.entries()) {
    const here = path.slice(0, depth);
    if (node.kind === 'object' && !isSelector(seg)) {
      const i = memberIndex(f, node, String(seg), path.slice(0, depth + 1));
      const member = i === undefined ? undefined : node.members[i];
      if (!member)
        return { kind: 'missing', depth, obj: node, path: [...concrete, ...path.slice(depth)] };
      concrete.push(String(seg));
      node = member.value;
      continue;
    }
    if (node.kind === 'array' && (typeof seg === 'number' || isSelector(seg))) {
      const i = isSelector(seg) ? selectItem(f, node, seg, path.slice(0, depth + 1)) : seg;
      const item = i === undefined ? undefined : node.items[i];
      if (item === undefined || i === undefined) {
        throw new JsonError(
          isSelector(seg)
            ? `${where(f, here, node)} has no element with "${seg.field}": "${seg.equals}"; image-promote does not add list elements — add it to the file first`
            : `${where(f, here, node)} has ${node.items.length} items, so there is no item ${String(seg)}`,
        );
      }
      concrete.push(i);
      node = item;
      continue;
    }
    throw new JsonError(
      `${where(f, here, node)} is ${describe(node)}, not ${isSelector(seg) || typeof seg === 'number' ? 'a list' : 'an object'}, so it has no ${isSelector(seg) ? 'element' : 'key'} "${formatKeyPath([seg])}"`,
    );
  }
  return { kind: 'found', node, path: concrete };
}

/** The node at `path` (undefined when a key on the way is missing). */
export function jsonNode(f: JsonFile, path: KeyPath): JsonNode | undefined {
  const found = locate(f, path);
  return found.kind === 'found' ? found.node : undefined;
}

/**
 * The text of the value at `path`: strings as they are, numbers and booleans as spelled;
 * undefined when missing or null. A JsonError when it is an object or a list.
 */
export function jsonValue(f: JsonFile, path: KeyPath): { text: string; line: number } | undefined {
  const node = jsonNode(f, path);
  if (node === undefined || node.kind === 'null') return undefined;
  const line = f.line(node.start);
  if (node.kind === 'string') return { text: node.value, line };
  if (node.kind === 'object' || node.kind === 'array') {
    throw new JsonError(`${where(f, path, node)} is ${describe(node)}, not a single value`);
  }
  return { text: f.text.slice(node.start, node.end), line };
}

// ---------------------------------------------------------------------------------------
// The file's style for new members

interface Style {
  newline: string;
  /** One level of indentation (`  `, `    `, a tab), or undefined in a one-line file. */
  unit: string | undefined;
  /** Between a key and its value (`: `, `:`). */
  colon: string;
}

function isMultiline(f: JsonFile, node: JsonNode): boolean {
  return f.text.slice(node.start, node.end).includes('\n');
}

function detectStyle(f: JsonFile): Style {
  let unit: string | undefined;
  let colon: string | undefined;
  const visit = (node: JsonNode): void => {
    if (node.kind === 'object') {
      const first = node.members[0];
      if (first) {
        if (colon === undefined) {
          const between = f.text.slice(first.keyEnd, first.value.start);
          if (!between.includes('\n')) colon = between;
        }
        if (unit === undefined && isMultiline(f, node)) {
          const outer = lineIndent(f.text, node.start);
          const inner = lineIndent(f.text, first.keyStart);
          if (inner.startsWith(outer) && inner.length > outer.length)
            unit = inner.slice(outer.length);
        }
      }
      for (const m of node.members) {
        if (unit !== undefined && colon !== undefined) return;
        visit(m.value);
      }
    } else if (node.kind === 'array') {
      for (const item of node.items) {
        if (unit !== undefined && colon !== undefined) return;
        visit(item);
      }
    }
  };
  visit(f.root);
  const multiline = isMultiline(f, f.root);
  return { newline: f.newline, unit: unit ?? (multiline ? '  ' : undefined), colon: colon ?? ': ' };
}

function renderMember(
  keys: readonly string[],
  value: string,
  indent: string,
  style: Style,
  multiline: boolean,
): string {
  const [head, ...rest] = keys;
  if (head === undefined) return JSON.stringify(value);
  const key = JSON.stringify(head) + style.colon;
  if (rest.length === 0) return key + JSON.stringify(value);
  if (multiline && style.unit !== undefined) {
    const inner = indent + style.unit;
    return `${key}{${style.newline}${inner}${renderMember(rest, value, inner, style, true)}${style.newline}${indent}}`;
  }
  return `${key}{${renderMember(rest, value, indent, style, false)}}`;
}

function insertMember(
  f: JsonFile,
  obj: JsonNode & { kind: 'object' },
  keys: readonly string[],
  value: string,
): Splice {
  const style = detectStyle(f);
  const last = obj.members[obj.members.length - 1];
  const multiline = isMultiline(f, obj) && style.unit !== undefined;
  if (last && multiline) {
    const first = obj.members[0] ?? last;
    const indent = lineIndent(f.text, first.keyStart);
    const at = last.value.end;
    const member = renderMember(keys, value, indent, style, true);
    return { start: at, end: at, text: `,${style.newline}${indent}${member}` };
  }
  if (last) {
    const second = obj.members[1];
    const first = obj.members[0];
    const comma =
      first && second
        ? f.text.slice(first.value.end, second.keyStart)
        : style.colon.endsWith(' ')
          ? ', '
          : ',';
    const at = last.value.end;
    return { start: at, end: at, text: comma + renderMember(keys, value, '', style, false) };
  }
  // An empty object: one member on its own line in a multi-line file, inline otherwise.
  if (style.unit !== undefined && isMultiline(f, f.root)) {
    const outer = lineIndent(f.text, obj.start);
    const inner = outer + style.unit;
    const member = renderMember(keys, value, inner, style, true);
    return {
      start: obj.start,
      end: obj.end,
      text: `{${style.newline}${inner}${member}${style.newline}${outer}}`,
    };
  }
  return {
    start: obj.start,
    end: obj.end,
    text: `{${renderMember(keys, value, '', style, false)}}`,
  };
}

function planSet(f: JsonFile, set: KeySet): { splice?: Splice; path: KeySegment[] } {
  const found = locate(f, set.path);
  if (found.kind === 'missing') {
    const rest = set.path.slice(found.depth);
    const keys = rest.map((seg) => {
      if (typeof seg !== 'string') {
        throw new JsonError(
          `${where(f, set.path.slice(0, found.depth))} has no "${formatKeyPath(rest)}" and image-promote does not add list elements — add it to the file first`,
        );
      }
      return seg;
    });
    return { splice: insertMember(f, found.obj, keys, set.value), path: found.path };
  }
  const { node } = found;
  if (node.kind === 'object' || node.kind === 'array') {
    throw new JsonError(`${where(f, set.path, node)} is ${describe(node)}, not a single value`);
  }
  if (node.kind === 'string' && node.value === set.value) return { path: found.path };
  return {
    splice: { start: node.start, end: node.end, text: JSON.stringify(set.value) },
    path: found.path,
  };
}

/**
 * Applies `sets` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text. Each set replaces only one value (or inserts one
 * member); the result is checked with JSON.parse.
 */
export function editJson(
  input: ByteText | string,
  file: string,
  sets: readonly KeySet[],
): ByteText {
  return editChecked(input, sets, {
    file,
    parse: (t) => parseJson(t, file),
    plan: planSet,
    invalid: 'invalid JSON',
    refuse: (message) => new JsonError(message),
  });
}
