/**
 * Terraform variable files (`*.tfvars`, HCL native syntax): read and write `name = "value"`
 * attributes at the top level and inside object constructors (`image = { tag = "v1" }`) by
 * key path. A tokenizer finds where everything is; an edit splices new characters into the
 * original text, so comments (`#`, `//`, `/* *\/`), alignment, heredocs and every other value
 * stay exactly as they were.
 *
 * Only plain quoted strings are read and written. A value that is anything else — an
 * expression, a reference, a number, a list, a heredoc, a string with `${…}` interpolation or
 * a `%{…}` directive — is refused with the file, line and key: image-promote cannot know what
 * it evaluates to, and replacing it would change more than the image.
 *
 * Offsets are characters of the file's text view (byte-text.ts): the new file is the original
 * bytes with only the spliced ranges replaced. Object keys are names, quoted strings or whole
 * numbers (`{ 0 = "t1" }` has the key "0"); an object with any other key (`(var.k)`,
 * `"${x}"`, `1.5`) is computed and read as a whole. Objects nested past MAX_NESTING are
 * refused (the parser recurses per object); lists and templates are scanned without
 * recursion.
 *
 * Every edit is checked afterwards: the new text is parsed again and must hold the same
 * values as before except the one written.
 */
import { UserError } from '../errors.js';
import { editChecked, type KeySet } from './data-path.js';
import { printable, type ByteText } from './byte-text.js';
import { formatKeyPath, isSelector, type KeyPath } from './key-path.js';
import { lineIndent, lineIndex, MAX_NESTING, tooDeep, type Splice } from './text-offsets.js';

/** A variables file that cannot be read or edited; the message names the file and line. */
export class TfvarsError extends UserError {
  override readonly name = 'TfvarsError';
}

/** A value that is not a plain string, kept as its source text (for comparisons). */
export class TfvarsOpaque {
  constructor(
    readonly what: string,
    readonly raw: string,
  ) {}
}

type TokKind = 'nl' | 'comment' | 'ident' | 'number' | 'string' | 'heredoc' | 'punct';

interface Tok {
  kind: TokKind;
  start: number;
  end: number;
  /** Quoted strings: the decoded value when the string is plain. */
  value?: string;
  /** Quoted strings: why it is not plain. */
  notPlain?: string;
}

export type TfvarsValue =
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'object'; start: number; end: number; items: TfvarsItem[] }
  | { kind: 'other'; what: string; start: number; end: number };

export interface TfvarsItem {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Offset of `=` (or `:` in objects). */
  eq: number;
  value: TfvarsValue;
  /** A `,` follows the value. */
  comma: boolean;
}

export interface TfvarsFile {
  readonly text: string;
  readonly file: string;
  readonly items: TfvarsItem[];
  /** Plain data: strings, objects, and TfvarsOpaque for anything else. */
  readonly data: Record<string, unknown>;
  readonly newline: string;
  line(offset: number): number;
}

// ---------------------------------------------------------------------------------------
// Tokens

const IDENT_RE = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const NUMBER_RE = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const OPERATORS = ['==', '!=', '<=', '>=', '=>', '&&', '||', '...'];

class Scanner {
  readonly tokens: Tok[] = [];
  private pos: number;
  constructor(
    private readonly text: string,
    private readonly fail: (offset: number, why: string) => never,
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  private push(kind: TokKind, start: number, end: number, extra: Partial<Tok> = {}): void {
    this.tokens.push({ kind, start, end, ...extra });
    this.pos = end;
  }

  scan(): Tok[] {
    const t = this.text;
    while (this.pos < t.length) {
      const start = this.pos;
      const c = t[start] ?? '';
      if (c === ' ' || c === '\t') {
        this.pos++;
      } else if (c === '\n') {
        this.push('nl', start, start + 1);
      } else if (c === '\r' && t[start + 1] === '\n') {
        this.push('nl', start, start + 2);
      } else if (c === '#' || (c === '/' && t[start + 1] === '/')) {
        let end = t.indexOf('\n', start);
        if (end === -1) end = t.length;
        if (t[end - 1] === '\r') end--;
        this.push('comment', start, end);
      } else if (c === '/' && t[start + 1] === '*') {
        const close = t.indexOf('*/', start + 2);
        if (close === -1) this.fail(start, 'a /* comment is never closed');
        this.push('comment', start, close + 2);
      } else if (c === '"') {
        this.quoted(start);
      } else if (c === '<' && t[start + 1] === '<' && /[-A-Za-z_]/.test(t[start + 2] ?? '')) {
        this.heredoc(start);
      } else if (this.sticky(IDENT_RE, start) !== undefined) {
        this.push('ident', start, this.sticky(IDENT_RE, start) ?? start);
      } else if (this.sticky(NUMBER_RE, start) !== undefined) {
        this.push('number', start, this.sticky(NUMBER_RE, start) ?? start);
      } else {
        const op = OPERATORS.find((o) => t.startsWith(o, start));
        this.push('punct', start, start + (op?.length ?? 1));
      }
    }
    return this.tokens;
  }

  private sticky(re: RegExp, at: number): number | undefined {
    re.lastIndex = at;
    return re.exec(this.text) ? re.lastIndex : undefined;
  }

  /** A quoted template `"…"`; plain when it has no `${…}` or `%{…}`. */
  private quoted(start: number): void {
    const t = this.text;
    let i = start + 1;
    let value = '';
    let notPlain: string | undefined;
    for (;;) {
      const c = t[i];
      if (c === undefined || c === '\n' || c === '\r') {
        this.fail(
          start,
          'a quoted string is not closed on its line (use a heredoc for text over several lines)',
        );
      }
      if (c === '"') break;
      if (c === '\\') {
        const e = t[i + 1];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e !== undefined && simple[e] !== undefined) {
          value += simple[e];
          i += 2;
          continue;
        }
        const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0;
        const digits = t.slice(i + 2, i + 2 + hex);
        if (hex === 0 || !new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
          this.fail(i, `invalid escape "\\${e ?? ''}" in a string`);
        }
        const code = Number.parseInt(digits, 16);
        if (code > 0x10ffff) this.fail(i, 'invalid unicode escape in a string');
        value += String.fromCodePoint(code);
        i += 2 + hex;
        continue;
      }
      if ((c === '$' || c === '%') && t[i + 1] === c && t[i + 2] === '{') {
        // `$${` and `%%{` are a literal `${` and `%{`.
        value += `${c}{`;
        i += 3;
        continue;
      }
      if ((c === '$' || c === '%') && t[i + 1] === '{') {
        notPlain ??=
          c === '$' ? 'a string with ${…} interpolation' : 'a string with a %{…} directive';
        i = this.templateEnd(i + 2, start);
        continue;
      }
      value += c;
      i++;
    }
    this.push('string', start, i + 1, notPlain === undefined ? { value } : { notPlain });
  }

  /**
   * The offset after the `}` that closes a `${` or `%{` opened before `from`. Strings inside
   * it (with interpolations of their own) are skipped with an explicit stack, not recursion.
   */
  private templateEnd(from: number, stringStart: number): number {
    const t = this.text;
    // Each entry: the open braces of an interpolation, or -1 for a string inside one.
    const stack = [1];
    let i = from;
    while (i < t.length) {
      const c = t[i];
      const top = stack.length - 1;
      if (stack[top] === -1) {
        if (c === '\\') i += 2;
        else if ((c === '$' || c === '%') && t[i + 1] === c && t[i + 2] === '{') i += 3;
        else if ((c === '$' || c === '%') && t[i + 1] === '{') {
          stack.push(1);
          i += 2;
        } else {
          if (c === '"') stack.pop();
          i++;
        }
        continue;
      }
      if (c === '"') stack.push(-1);
      else if (c === '{') stack[top] = (stack[top] ?? 0) + 1;
      else if (c === '}') {
        stack[top] = (stack[top] ?? 0) - 1;
        if (stack[top] === 0) {
          stack.pop();
          if (stack.length === 0) return i + 1;
        }
      }
      i++;
    }
    return this.fail(stringStart, 'a ${…} in a string is never closed');
  }

  /** `<<EOF` / `<<-EOF` up to and including the closing marker. */
  private heredoc(start: number): void {
    const t = this.text;
    const m = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)(\r?\n)/uy;
    m.lastIndex = start;
    const found = m.exec(t);
    if (!found) this.fail(start, 'a heredoc marker (<<EOF) must be followed by a new line');
    const marker = found[2] ?? '';
    let lineStart = m.lastIndex;
    while (lineStart <= t.length) {
      let lineEnd = t.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = t.length;
      const line = t.slice(lineStart, lineEnd).replace(/\r$/, '');
      if (line.trim() === marker) {
        const end = lineStart + line.length - (line.length - line.trimEnd().length);
        this.push('heredoc', start, end);
        return;
      }
      if (lineEnd === t.length) break;
      lineStart = lineEnd + 1;
    }
    this.fail(
      start,
      `the heredoc <<${found[1] ?? ''}${marker} is never closed (no line with ${marker})`,
    );
  }
}

// ---------------------------------------------------------------------------------------
// Structure

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

class TfParser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly toks: Tok[],
    private readonly fail: (offset: number, why: string) => never,
    private readonly line: (offset: number) => number,
    private readonly deep: (offset: number) => never,
  ) {}

  private src(t: Tok): string {
    return this.text.slice(t.start, t.end);
  }

  private peek(skipNewlines: boolean): Tok | undefined {
    let j = this.i;
    while (j < this.toks.length) {
      const t = this.toks[j];
      if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl'))) j++;
      else return t;
    }
    return undefined;
  }

  private next(skipNewlines: boolean): Tok | undefined {
    while (this.i < this.toks.length) {
      const t = this.toks[this.i++];
      if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl'))) continue;
      return t;
    }
    return undefined;
  }

  body(): TfvarsItem[] {
    const items: TfvarsItem[] = [];
    const seen = new Map<string, TfvarsItem>();
    for (;;) {
      const key = this.next(true);
      if (!key) return items;
      if (key.kind !== 'ident') {
        this.fail(key.start, `expected a variable name, found "${printable(this.src(key))}"`);
      }
      const eq = this.next(false);
      if (!eq || this.src(eq) !== '=') {
        const blockLike =
          eq && (this.src(eq) === '{' || eq.kind === 'string' || eq.kind === 'ident');
        this.fail(
          eq?.start ?? key.end,
          blockLike
            ? `"${this.src(key)}" is a block; a variables file holds only name = value attributes`
            : `expected "=" after "${this.src(key)}"`,
        );
      }
      const value = this.expression(['nl'], 0);
      this.add(items, seen, this.src(key), key, eq, value, this.next(false));
    }
  }

  /**
   * Adds the item `name` (its key and `=` tokens, its value, the token after it) to `items`,
   * whose keys `seen` holds; refused when the value is followed by more than a line end, or
   * when the key is there already.
   */
  private add(
    items: TfvarsItem[],
    seen: Map<string, TfvarsItem>,
    name: string,
    key: Tok,
    eq: Tok,
    value: TfvarsValue,
    after: Tok | undefined,
    comma = false,
  ): void {
    if (after && after.kind !== 'nl') {
      this.fail(
        after.start,
        `unexpected "${printable(this.src(after))}" after the value of "${name}"`,
      );
    }
    const twin = seen.get(name);
    if (twin) {
      this.fail(
        key.start,
        `"${name}" is set twice (also on line ${this.line(twin.keyStart)}); Terraform refuses that — remove one`,
      );
    }
    const item = { key: name, keyStart: key.start, keyEnd: key.end, eq: eq.start, value, comma };
    seen.set(name, item);
    items.push(item);
  }

  /**
   * The tokens of one expression: up to a terminator at bracket depth 0. `depth`: the objects
   * it is inside.
   */
  private expression(terminators: readonly string[], depth: number): TfvarsValue {
    const first = this.i;
    const stack: string[] = [];
    let j = this.i;
    for (; j < this.toks.length; j++) {
      const t = this.toks[j];
      if (!t) break;
      const s = t.kind === 'punct' ? this.src(t) : '';
      if (stack.length === 0) {
        if (t.kind === 'nl' && terminators.includes('nl')) break;
        if (t.kind === 'punct' && terminators.includes(s)) break;
      }
      if (t.kind !== 'punct') continue;
      if (OPEN[s] !== undefined) stack.push(OPEN[s]);
      else if (s === ')' || s === ']' || s === '}') {
        if (stack.pop() !== s) this.fail(t.start, `unexpected "${s}"`);
      }
    }
    if (stack.length > 0) {
      this.fail(
        this.toks[first]?.start ?? this.text.length,
        `a "${stack[stack.length - 1] === '}' ? '{' : stack[stack.length - 1] === ']' ? '[' : '('}" is never closed`,
      );
    }
    const toks = this.toks.slice(first, j).filter((t) => t.kind !== 'comment' && t.kind !== 'nl');
    this.i = j;
    const head = toks[0];
    const tail = toks[toks.length - 1];
    if (!head || !tail) {
      return this.fail(this.toks[j]?.start ?? this.text.length, 'expected a value');
    }
    const range = { start: head.start, end: tail.end };
    if (toks.length === 1) {
      if (head.kind === 'string') {
        return head.value !== undefined
          ? { kind: 'string', value: head.value, ...range }
          : { kind: 'other', what: head.notPlain ?? 'a template', ...range };
      }
      if (head.kind === 'heredoc') return { kind: 'other', what: 'a heredoc', ...range };
      if (head.kind === 'number') return { kind: 'other', what: 'a number', ...range };
      const word = this.src(head);
      if (word === 'true' || word === 'false') return { kind: 'other', what: 'a bool', ...range };
      if (word === 'null') return { kind: 'other', what: 'null', ...range };
    }
    const open = this.src(head);
    const headAt = this.toks.indexOf(head, first);
    const tailAt = this.toks.lastIndexOf(tail, j);
    if (head.kind === 'punct' && open === '{' && this.closes(headAt, tailAt)) {
      const inner = this.toks
        .slice(headAt + 1, tailAt)
        .find((t) => t.kind !== 'nl' && t.kind !== 'comment');
      if (!(inner?.kind === 'ident' && this.src(inner) === 'for')) {
        if (depth >= MAX_NESTING) this.deep(head.start);
        const saved = this.i;
        this.i = headAt + 1;
        const object = this.object(head, tail, depth + 1);
        this.i = saved;
        if (object) return object;
        return { kind: 'other', what: 'an object with computed keys', ...range };
      }
      return { kind: 'other', what: 'a for expression', ...range };
    }
    if (head.kind === 'punct' && open === '[' && this.closes(headAt, tailAt)) {
      return { kind: 'other', what: 'a list', ...range };
    }
    return { kind: 'other', what: 'an expression', ...range };
  }

  /** Whether the bracket at token `open` is closed by the token at `close` (one collection). */
  private closes(open: number, close: number): boolean {
    let depth = 0;
    for (let j = open; j <= close; j++) {
      const t = this.toks[j];
      if (!t || t.kind !== 'punct') continue;
      const s = this.src(t);
      if (OPEN[s] !== undefined) depth++;
      else if (s === ')' || s === ']' || s === '}') {
        depth--;
        if (depth === 0) return j === close;
      }
    }
    return false;
  }

  /**
   * The name of the object key `key` (a name, a quoted string or a whole number, as Terraform
   * reads them); undefined for any other key (an expression: the object is computed).
   */
  private objectKey(key: Tok): string | undefined {
    if (key.kind === 'ident') {
      const after = this.peek(false);
      // `a.b = …`, `a[0] = …`: a traversal, evaluated.
      if (after?.kind === 'punct' && (this.src(after) === '.' || this.src(after) === '[')) {
        return undefined;
      }
      return this.src(key);
    }
    if (key.kind === 'string') return key.value;
    if (key.kind === 'number') {
      const digits = this.src(key);
      return /^[0-9]+$/.test(digits) ? BigInt(digits).toString() : undefined;
    }
    return undefined;
  }

  /**
   * Items of an object constructor whose `{` is `open` (`depth` objects deep); undefined when
   * a key is computed.
   */
  private object(open: Tok, close: Tok, depth: number): TfvarsValue | undefined {
    const items: TfvarsItem[] = [];
    const seen = new Map<string, TfvarsItem>();
    for (;;) {
      let key = this.next(true);
      while (key && key.kind === 'punct' && this.src(key) === ',') key = this.next(true);
      if (!key) this.fail(open.start, 'an object is never closed');
      if (key === close) return { kind: 'object', start: open.start, end: close.end, items };
      if (key.kind === 'punct' && !['(', '-', '!'].includes(this.src(key))) {
        return this.fail(
          key.start,
          `unexpected "${printable(this.src(key))}" where an object key belongs`,
        );
      }
      const name = this.objectKey(key);
      // A computed key: the object is read as a whole (its brackets are balanced).
      if (name === undefined) return undefined;
      const eq = this.next(false);
      if (!eq || (this.src(eq) !== '=' && this.src(eq) !== ':')) {
        return this.fail(eq?.start ?? key.end, `expected "=" after the key "${name}"`);
      }
      const value = this.expression(['nl', ',', '}'], depth);
      const after = this.peek(false);
      const comma = after?.kind === 'punct' && this.src(after) === ',';
      this.add(
        items,
        seen,
        name,
        key,
        eq,
        value,
        comma || after === close ? undefined : after,
        comma,
      );
    }
  }
}

function toData(text: string, value: TfvarsValue): unknown {
  if (value.kind === 'string') return value.value;
  if (value.kind === 'object') return itemsData(text, value.items);
  return new TfvarsOpaque(value.what, text.slice(value.start, value.end));
}

function itemsData(text: string, items: readonly TfvarsItem[]): Record<string, unknown> {
  return Object.fromEntries(items.map((i) => [i.key, toData(text, i.value)]));
}

/** Parses a variables file; a TfvarsError (file:line:column) when it is not valid. */
export function parseTfvars(text: string, file: string): TfvarsFile {
  const { line, column } = lineIndex(text);
  const fail = (offset: number, why: string): never => {
    throw new TfvarsError(
      `${file}:${line(offset)}:${column(offset)}: not a valid variables file: ${why} — fix the file first`,
    );
  };
  const deep = (offset: number): never => {
    throw new TfvarsError(tooDeep(`${file}:${line(offset)}:${column(offset)}`));
  };
  const toks = new Scanner(text, fail).scan();
  const items = new TfParser(text, toks, fail, line, deep).body();
  return {
    text,
    file,
    items,
    data: itemsData(text, items),
    newline: text.includes('\r\n') ? '\r\n' : '\n',
    line,
  };
}

// ---------------------------------------------------------------------------------------
// Reading by key path

type Located =
  | { kind: 'found'; item: TfvarsItem }
  /** `path[depth]` is missing from `items` (the top level when `parent` is undefined). */
  | {
      kind: 'missing';
      depth: number;
      items: TfvarsItem[];
      parent?: TfvarsValue & { kind: 'object' };
    };

function keyOf(path: KeyPath, f: TfvarsFile): string[] {
  return path.map((seg) => {
    if (typeof seg === 'string') return seg;
    throw new TfvarsError(
      `${f.file}: key "${formatKeyPath(path)}" has ${isSelector(seg) ? `a list selector [${seg.field}=${seg.equals}]` : `a list index ${seg}`}; in a variables file image-promote goes through objects only (name.key.key)`,
    );
  });
}

function notPlain(f: TfvarsFile, path: KeyPath, value: TfvarsValue): TfvarsError {
  const raw = f.text.slice(value.start, value.end);
  const shown = printable(
    raw.length > 60 || raw.includes('\n') ? `${raw.split(/\r?\n/)[0]?.slice(0, 60) ?? ''}…` : raw,
  );
  const what =
    value.kind === 'object' ? 'an object' : value.kind === 'other' ? value.what : 'a string';
  return new TfvarsError(
    `${f.file}:${f.line(value.start)}: "${formatKeyPath(path)}" is ${what} (${shown}), not a plain "…" string; image-promote reads and writes only plain strings — write the value as a quoted string, or point the key at one`,
  );
}

function locate(f: TfvarsFile, path: KeyPath): Located {
  const keys = keyOf(path, f);
  let items = f.items;
  let parent: (TfvarsValue & { kind: 'object' }) | undefined;
  for (const [depth, key] of keys.entries()) {
    const item = items.find((i) => i.key === key);
    if (!item)
      return parent ? { kind: 'missing', depth, items, parent } : { kind: 'missing', depth, items };
    if (depth === keys.length - 1) return { kind: 'found', item };
    if (item.value.kind !== 'object') {
      throw new TfvarsError(
        `${f.file}:${f.line(item.value.start)}: "${formatKeyPath(path.slice(0, depth + 1))}" is ${item.value.kind === 'string' ? 'a string' : item.value.what}, not an object, so it has no key "${keys[depth + 1] ?? ''}"`,
      );
    }
    parent = item.value;
    items = item.value.items;
  }
  throw new Error('internal error: empty key path');
}

/** The string at `path`, undefined when missing; a TfvarsError when it is not a plain string. */
export function tfvarsValue(
  f: TfvarsFile,
  path: KeyPath,
): { text: string; line: number } | undefined {
  const found = locate(f, path);
  if (found.kind === 'missing') return undefined;
  const { value } = found.item;
  if (value.kind !== 'string') throw notPlain(f, path, value);
  return { text: value.value, line: f.line(value.start) };
}

/** Whether something (of any kind) is at `path`. */
export function tfvarsHas(f: TfvarsFile, path: KeyPath): boolean {
  return locate(f, path).kind === 'found';
}

// ---------------------------------------------------------------------------------------
// Writing

/** `value` as an HCL quoted string that reads back as exactly `value` (no interpolation). */
export function quoteHcl(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  out += '"';
  // `${` and `%{` start templates: double the sigil to keep them literal.
  return out.replace(/([$%])\{/g, '$1$1{');
}

function renderKey(key: string, topLevel: boolean, f: TfvarsFile): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return key;
  if (topLevel) {
    throw new TfvarsError(`${f.file}: "${key}" is not a valid variable name`);
  }
  return quoteHcl(key);
}

function lineEndAfter(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

function detectUnit(f: TfvarsFile): string {
  const visit = (items: readonly TfvarsItem[]): string | undefined => {
    for (const item of items) {
      if (item.value.kind !== 'object') continue;
      const first = item.value.items[0];
      if (first && f.text.slice(item.value.start, first.keyStart).includes('\n')) {
        const outer = lineIndent(f.text, item.keyStart);
        const inner = lineIndent(f.text, first.keyStart);
        if (inner.startsWith(outer) && inner.length > outer.length)
          return inner.slice(outer.length);
      }
      const deeper = visit(item.value.items);
      if (deeper !== undefined) return deeper;
    }
    return undefined;
  };
  return visit(f.items) ?? '  ';
}

/** `key = "value"` or `key = { … }` for the keys still missing. */
function renderItem(
  f: TfvarsFile,
  keys: readonly string[],
  value: string,
  indent: string,
  unit: string,
  multiline: boolean,
  topLevel: boolean,
  width: number,
): string {
  const [head, ...rest] = keys;
  if (head === undefined) return quoteHcl(value);
  const key = renderKey(head, topLevel, f).padEnd(width);
  if (rest.length === 0) return `${key} = ${quoteHcl(value)}`;
  if (multiline) {
    const inner = indent + unit;
    return `${key} = {${f.newline}${inner}${renderItem(f, rest, value, inner, unit, true, false, 0)}${f.newline}${indent}}`;
  }
  return `${key} = { ${renderItem(f, rest, value, indent, unit, false, false, 0)} }`;
}

/** Width to pad a new key to so its `=` lines up with the item above (as `terraform fmt` does). */
function alignedWidth(f: TfvarsFile, above: TfvarsItem | undefined, key: string): number {
  if (!above || f.text.slice(above.keyEnd, above.eq).includes('\n')) return 0;
  if (f.text.slice(above.value.start, above.value.end).includes('\n')) return 0;
  const width = above.eq - above.keyStart - 1;
  return width > key.length && /^ *$/.test(f.text.slice(above.keyEnd, above.eq - 1)) ? width : 0;
}

function insertAtTop(f: TfvarsFile, keys: readonly string[], value: string): Splice {
  const unit = detectUnit(f);
  const last = f.items[f.items.length - 1];
  const lastLine = last ? lineEndAfter(f.text, last.value.end) : 0;
  // Directly under the last attribute when nothing but blank space follows it.
  const adjacent = last !== undefined && f.text.slice(lastLine).trim() === '';
  const width = adjacent ? alignedWidth(f, last, keys[0] ?? '') : 0;
  const line = renderItem(f, keys, value, '', unit, true, true, width);
  const at = adjacent ? lastLine : f.text.length;
  if (at === f.text.length && f.text.length > 0 && !f.text.endsWith('\n')) {
    return { start: at, end: at, text: f.newline + line };
  }
  return { start: at, end: at, text: line + f.newline };
}

function insertInObject(
  f: TfvarsFile,
  object: TfvarsValue & { kind: 'object' },
  keys: readonly string[],
  value: string,
): Splice {
  const unit = detectUnit(f);
  const last = object.items[object.items.length - 1];
  const closeAt = object.end - 1;
  if (!last) {
    const inside = f.text.slice(object.start + 1, closeAt);
    if (inside.includes('\n')) {
      const outer = lineIndent(f.text, object.start);
      const inner = outer + unit;
      return {
        start: object.start,
        end: object.end,
        text: `{${f.newline}${inner}${renderItem(f, keys, value, inner, unit, true, false, 0)}${f.newline}${outer}}`,
      };
    }
    return {
      start: object.start,
      end: object.end,
      text: `{ ${renderItem(f, keys, value, '', unit, false, false, 0)} }`,
    };
  }
  const first = object.items[0] ?? last;
  const multiline = f.text.slice(object.start, first.keyStart).includes('\n');
  const lastLine = lineEndAfter(f.text, last.value.end);
  if (multiline && closeAt >= lastLine) {
    const indent = lineIndent(f.text, last.keyStart);
    const width = alignedWidth(f, last, keys[0] ?? '');
    const item = renderItem(f, keys, value, indent, unit, true, false, width);
    return {
      start: lastLine,
      end: lastLine,
      text: `${indent}${item}${last.comma ? ',' : ''}${f.newline}`,
    };
  }
  // A one-line object (or `}` right after the last item): add the item inline.
  const at = last.value.end;
  const item = renderItem(f, keys, value, '', unit, false, false, 0);
  if (last.comma) {
    const comma = f.text.indexOf(',', at);
    return { start: comma + 1, end: comma + 1, text: ` ${item},` };
  }
  return { start: at, end: at, text: `, ${item}` };
}

function planSet(f: TfvarsFile, set: KeySet): { splice?: Splice; path: KeyPath } {
  const { path } = set;
  const found = locate(f, path);
  if (found.kind === 'missing') {
    const rest = keyOf(path, f).slice(found.depth);
    return {
      splice: found.parent
        ? insertInObject(f, found.parent, rest, set.value)
        : insertAtTop(f, rest, set.value),
      path,
    };
  }
  const { value } = found.item;
  if (value.kind !== 'string') throw notPlain(f, path, value);
  if (value.value === set.value) return { path };
  return { splice: { start: value.start, end: value.end, text: quoteHcl(set.value) }, path };
}

/**
 * Applies `sets` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text; each is checked by parsing the result again (same
 * values everywhere else, the new string at its key).
 */
export function editTfvars(
  input: ByteText | string,
  file: string,
  sets: readonly KeySet[],
): ByteText {
  return editChecked(input, sets, {
    file,
    parse: (t) => parseTfvars(t, file),
    plan: planSet,
    invalid: 'an invalid file',
    refuse: (message) => new TfvarsError(message),
  });
}
