/**
 * Byte-preserving YAML edits, shared by the kustomize, Helm and key-path writers and by
 * `set-image`. The yaml library parses the file's text view (byte-text.ts) only to find where
 * things are (its node ranges are character offsets into the view); an edit then splices new
 * characters into it, and the new file is the original bytes with only those ranges
 * replaced. Nothing is re-serialised, so comments, blank lines, key order, anchors and
 * quoting outside the edited value stay exactly as they were, byte for byte.
 *
 * Every edit is checked afterwards: the new text must parse, hold the value that was
 * written, and equal the old data with only that change — so an edit that another place
 * would see through an alias or a `<<` merge is refused, not made.
 *
 * The yaml library composes documents recursively, so nesting is measured first on its
 * concrete syntax tree (built without recursion), and again counting what aliases repeat:
 * past MAX_NESTING levels, or an alias inside the value it names, the file is refused with
 * its line instead of running out of stack.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  Composer,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parseDocument,
  visit,
  type CST,
  type Document,
  type Pair,
  type Range,
  type YAMLError as YamlLibError,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { UserError } from '../errors.js';
import { formatKeyPath, isSelector, type KeyPath, type KeySegment } from './key-path.js';
import { isRecord } from './data-path.js';
import { ByteText } from './byte-text.js';
import { renderScalar, type ScalarStyle, type ScalarValue } from './scalar-style.js';
import { MAX_NESTING, tooDeep, type Splice } from './text-offsets.js';

/** A YAML file that cannot be read or edited; the message names the file (and line). */
export class YamlError extends UserError {
  override readonly name = 'YamlError';
}

/** The YAML core schema's string tag (`!!str`). */
const STR_TAG = 'tag:yaml.org,2002:str';

/** Aliases a document may expand to while being read (yaml's default, stated on purpose). */
const MAX_ALIAS_COUNT = 100;

export interface YamlFile {
  readonly text: string;
  /** Name for messages (workspace-relative path). */
  readonly file: string;
  readonly doc: Document.Parsed;
  /** Plain data, aliases expanded (bounded by MAX_ALIAS_COUNT). */
  readonly data: unknown;
  readonly newline: string;
  /** Anchors or aliases make one edit show up in several places of `data`. */
  readonly hasAnchors: boolean;
  /** 1-based line of a character offset. */
  line(offset: number): number;
  /** 0-based column of a character offset. */
  column(offset: number): number;
}

export type YamlEntries = ReadonlyArray<readonly [string, ScalarValue]>;

export type YamlEdit =
  /** Replace a scalar in place, or create it (and missing parent mappings). */
  | { op: 'set'; path: KeyPath; value: ScalarValue }
  /** Remove a key and its scalar value (with the rest of its line). */
  | { op: 'delete'; path: KeyPath }
  /** Add a mapping with `entries` to the end of the list at `path` (created if missing). */
  | { op: 'append'; path: KeyPath; entries: YamlEntries };

function isEmptyDocument(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null);
}

function parseError(file: string, lines: LineCounter, err: YamlLibError): YamlError {
  const { line, col } = lines.linePos(err.pos[0]);
  const message = (err.message.split('\n')[0] ?? err.message).replace(
    / at line \d+, column \d+:?$/,
    '',
  );
  return new YamlError(`${file}:${line}:${col}: invalid YAML: ${message} — fix the file first`);
}

/** The first collection token nested past MAX_NESTING, found without recursion. */
function tooDeepToken(tokens: readonly CST.Token[]): CST.Token | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [token, depth] = top;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (
      token.type !== 'block-map' &&
      token.type !== 'block-seq' &&
      token.type !== 'flow-collection'
    ) {
      continue;
    }
    if (depth + 1 > MAX_NESTING) return token;
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

function collectionChildren(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((p) => [p.key, p.value]);
  if (isSeq(node)) return node.items;
  return [];
}

/**
 * Refuses a document whose aliases make it nest past MAX_NESTING, or contain themselves
 * (`a: &a [*a]`): reading either recurses without end. Post-order over the collections,
 * each measured once, without recursion.
 */
function checkAliasDepth(
  doc: Document.Parsed,
  file: string,
  line: (offset: number) => number,
): void {
  const at = (node: unknown): string => {
    const range = (node as { range?: Range | null } | null)?.range;
    return range ? `${file}:${line(range[0])}` : file;
  };
  const height = new Map<unknown, number>();
  const open = new Set<unknown>();
  interface Frame {
    node: unknown;
    children: unknown[];
    next: number;
    tallest: number;
  }
  const enter = (node: unknown): Frame => {
    open.add(node);
    return { node, children: collectionChildren(node), next: 0, tallest: 0 };
  };
  const root = isAlias(doc.contents) ? doc.contents.resolve(doc) : doc.contents;
  if (!isCollection(root)) return;
  const stack: Frame[] = [enter(root)];
  for (let frame = stack[stack.length - 1]; frame; frame = stack[stack.length - 1]) {
    if (frame.next < frame.children.length) {
      let child = frame.children[frame.next++];
      if (isAlias(child)) {
        const target = child.resolve(doc);
        if (open.has(target)) {
          throw new YamlError(
            `${at(child)}: the alias *${child.source} is inside the value it names, so that value contains itself without end; image-promote cannot read it — write the value out`,
          );
        }
        child = target;
      }
      if (!isCollection(child)) continue;
      const known = height.get(child);
      if (known !== undefined) frame.tallest = Math.max(frame.tallest, known);
      else stack.push(enter(child));
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    const h = frame.tallest + 1;
    if (h > MAX_NESTING) {
      throw new YamlError(tooDeep(at(frame.node), ' counting what its aliases repeat'));
    }
    height.set(frame.node, h);
    const parent = stack[stack.length - 1];
    if (parent) parent.tallest = Math.max(parent.tallest, h);
  }
}

function usesAnchors(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || node.anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Parses and checks a file: valid YAML, one document, no alias bomb, not too deep. */
/**
 * A carriage return that ends no line: YAML counts it as a line break, so an edit next to it
 * (a line added after it) would change what the lines around it say. Refused by file and
 * line, before anything reads the file.
 */
function checkYamlCharacters(text: string, file: string): void {
  const bare = /\r(?!\n)/.exec(text);
  if (!bare) return;
  const line = text.slice(0, bare.index).split(/\r\n|\n/).length;
  throw new YamlError(
    `${file}:${line}: holds a carriage return that is not followed by a line feed; image-promote edits files whose lines end in LF or CRLF — fix the line ending`,
  );
}

export function parseYaml(text: string, file: string): YamlFile {
  checkYamlCharacters(text, file);
  const lines = new LineCounter();
  const options = { merge: true, keepSourceTokens: true, uniqueKeys: true };
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const deep = tooDeepToken(tokens);
  if (deep) {
    const { line, col } = lines.linePos(deep.offset);
    throw new YamlError(tooDeep(`${file}:${line}:${col}`));
  }
  const docs = Array.from(new Composer(options).compose(tokens));
  for (const d of docs) {
    const err = d.errors[0];
    if (err) throw parseError(file, lines, err);
  }
  const withContent = docs.filter((d) => !isEmptyDocument(d));
  const second = withContent[1];
  if (second) {
    const at = lines.linePos(second.range[0]).line;
    throw new YamlError(
      `${file} holds ${withContent.length} YAML documents (the second starts at line ${at}); image-promote edits single-document files — move the image settings into a file of their own`,
    );
  }
  let doc = withContent[0] ?? docs[0];
  if (!doc) {
    const empty = new LineCounter();
    doc = parseDocument(text, { ...options, lineCounter: empty });
  }
  const hasAnchors = usesAnchors(doc);
  if (hasAnchors) checkAliasDepth(doc, file, (offset) => lines.linePos(offset).line);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof ReferenceError) {
      throw new YamlError(
        `${file}: expanding its aliases goes past ${MAX_ALIAS_COUNT} copies (a "billion laughs" file?); image-promote refuses to read it`,
      );
    }
    throw err;
  }
  return {
    text,
    file,
    doc,
    data,
    newline: text.includes('\r\n') ? '\r\n' : '\n',
    hasAnchors,
    line: (offset) => lines.linePos(offset).line,
    column: (offset) => lines.linePos(offset).col - 1,
  };
}

// ---------------------------------------------------------------------------------------
// Reading

function rangeOf(node: unknown): Range {
  const range = (node as { range?: Range | null } | null)?.range;
  if (!range) throw new Error('internal error: YAML node without a source range');
  return range;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.value === '<<' || typeof key.value === 'symbol');
}

function keyString(key: unknown): string | undefined {
  if (!isScalar(key) || isMergeKey(key)) return undefined;
  return String(key.value);
}

function deref(y: YamlFile, node: unknown): unknown {
  return isAlias(node) ? node.resolve(y.doc) : node;
}

function ownPairIndex(map: YAMLMap, key: string): number {
  return map.items.findIndex((p) => keyString(p.key) === key);
}

/** A key of a mapping, its own or from a `<<` merge (own keys win, earlier merges win). */
function mapGet(y: YamlFile, map: YAMLMap, key: string, depth: number): unknown {
  const own = map.items[ownPairIndex(map, key)];
  if (own) return own.value;
  if (depth > 32) return undefined;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const source = deref(y, pair.value);
    const sources = isSeq(source) ? source.items.map((i) => deref(y, i)) : [source];
    for (const s of sources) {
      if (!isMap(s)) continue;
      const found = mapGet(y, s, key, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The node at `path` as a reader sees it (through aliases and `<<` merges), or undefined.
 * A key with no value gives a null scalar.
 */
export function readNode(y: YamlFile, path: KeyPath): unknown {
  let node: unknown = y.doc.contents;
  for (const [depth, seg] of path.entries()) {
    node = deref(y, node);
    if (isSelector(seg)) {
      if (!isSeq(node)) return undefined;
      const index = selectIndex(y, node, seg, path.slice(0, depth + 1), true);
      node = index === undefined ? undefined : node.items[index];
    } else if (isMap(node)) node = mapGet(y, node, String(seg), 0);
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
    if (node === undefined || node === null) return undefined;
  }
  return deref(y, node);
}

/**
 * The index of the one element of `seq` that is a mapping whose `field` is `equals`;
 * undefined when none is, a YamlError when several are (which one would be meant?).
 */
function selectIndex(
  y: YamlFile,
  seq: YAMLSeq,
  seg: { field: string; equals: string },
  path: KeyPath,
  throughAliases: boolean,
): number | undefined {
  const found: number[] = [];
  seq.items.forEach((item, i) => {
    const node = throughAliases ? deref(y, item) : item;
    if (!isMap(node)) return;
    const field = throughAliases
      ? mapGet(y, node, seg.field, 0)
      : node.items[ownPairIndex(node, seg.field)]?.value;
    if (scalarText(y, deref(y, field)) === seg.equals) found.push(i);
  });
  if (found.length > 1) {
    throw new YamlError(
      `${y.file}: "${formatKeyPath(path)}" matches ${found.length} list elements (lines ${found.map((i) => nodeLine(y, seq.items[i]) ?? '?').join(', ')}); make the selector unique`,
    );
  }
  return found[0];
}

/**
 * The text of a scalar as written: strings as they are, numbers and booleans as spelled in
 * the file (`1.20` stays `1.20`), null and non-scalars as undefined.
 */
export function scalarText(y: YamlFile, node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'string') return node.value;
  const [start, end] = rangeOf(node);
  return y.text.slice(start, end);
}

/** 1-based line of a node, for messages. */
export function nodeLine(y: YamlFile, node: unknown): number | undefined {
  const range = (node as { range?: Range | null } | null)?.range;
  return range ? y.line(range[0]) : undefined;
}

export function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) return node.value === null ? 'empty' : 'a value';
  return 'missing';
}

// ---------------------------------------------------------------------------------------
// Locating the place to write (never through aliases: that would change other places too)

interface Parent {
  map: YAMLMap;
  pair: Pair;
  index: number;
}

type Target =
  | { kind: 'found'; node: unknown; parent: Parent | undefined; flow: boolean }
  /** `path[depth]` is not a key of `map`. */
  | { kind: 'missing'; depth: number; map: YAMLMap; flow: boolean }
  /** `path[depth]` would go under an empty value (or an empty document). */
  | { kind: 'empty'; depth: number; at: number; indent: number; remove?: [number, number] };

function where(y: YamlFile, path: KeyPath, node?: unknown): string {
  const line = node === undefined ? undefined : nodeLine(y, node);
  const name = path.length === 0 ? 'the document' : `"${formatKeyPath(path)}"`;
  return `${y.file}${line === undefined ? '' : `:${line}`}: ${name}`;
}

function isNullScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null;
}

/** Offset of the first line start at or after `pos`. */
function lineEndAfter(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

/** End of what a pair holds (before any trailing comment). */
function pairContentEnd(pair: Pair): number {
  return pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
}

function emptyTarget(
  y: YamlFile,
  path: KeyPath,
  depth: number,
  node: unknown,
  parent: Parent | undefined,
  unit: () => number,
): Target {
  let remove: [number, number] | undefined;
  if (isScalar(node)) {
    const [start, end] = rangeOf(node);
    if (end > start) {
      // `key: ~` / `key: null`: drop the token (and the spaces before it) as well.
      let from = start;
      while (from > 0 && y.text[from - 1] === ' ') from--;
      remove = [from, end];
    }
  }
  if (depth === 0) {
    return { kind: 'empty', depth, at: y.text.length, indent: 0, ...(remove ? { remove } : {}) };
  }
  if (!parent || parent.map.flow) {
    throw new YamlError(
      `${where(y, path.slice(0, depth), node)} is empty in a place image-promote cannot extend; give it a value first`,
    );
  }
  return {
    kind: 'empty',
    depth,
    at: lineEndAfter(y.text, pairContentEnd(parent.pair)),
    indent: y.column(rangeOf(parent.pair.key)[0]) + unit(),
    ...(remove ? { remove } : {}),
  };
}

/** A key path with its selectors resolved to indices (resolveSelectors). */
type ResolvedPath = readonly (string | number)[];

function locate(y: YamlFile, path: ResolvedPath, unit: () => number): Target {
  let node: unknown = y.doc.contents;
  let flow = false;
  let parent: Parent | undefined;
  for (const [depth, seg] of path.entries()) {
    if (node === null || isNullScalar(node)) return emptyTarget(y, path, depth, node, parent, unit);
    if (isAlias(node)) {
      throw new YamlError(
        `${where(y, path.slice(0, depth), node)} is an alias (*${node.source}); image-promote does not write through aliases — change the anchored value, or write the value out in full`,
      );
    }
    if (isMap(node)) {
      flow ||= node.flow === true;
      const index = ownPairIndex(node, String(seg));
      if (index === -1) return { kind: 'missing', depth, map: node, flow };
      const pair = node.items[index] as Pair;
      parent = { map: node, pair, index };
      node = pair.value;
      continue;
    }
    if (isSeq(node) && typeof seg === 'number') {
      flow ||= node.flow === true;
      const item: unknown = node.items[seg];
      if (item === undefined) {
        throw new YamlError(
          `${where(y, path.slice(0, depth), node)} has ${node.items.length} items, so there is no item ${seg}`,
        );
      }
      parent = undefined;
      node = item;
      continue;
    }
    throw new YamlError(
      `${where(y, path.slice(0, depth), node)} is ${describeNode(node)}, not a mapping, so it has no key "${formatKeyPath([seg])}"`,
    );
  }
  return { kind: 'found', node, parent, flow };
}

// ---------------------------------------------------------------------------------------
// The file's own style for new lines

interface Style {
  /** Spaces per nesting level of mappings. */
  unit: number;
  /** Column of `-` relative to the key that holds the list (0: `key:\n- a`). */
  dashOffset: number;
}

function dashColumn(y: YamlFile, seq: YAMLSeq): number {
  const token = seq.srcToken;
  if (token?.type === 'block-seq') {
    const indicator = token.items[0]?.start.find((t) => t.type === 'seq-item-ind');
    if (indicator) return y.column(indicator.offset);
  }
  return y.column(rangeOf(seq.items[0])[0]) - 2;
}

function detectStyle(y: YamlFile): Style {
  let unit: number | undefined;
  let dashOffset: number | undefined;
  visit(y.doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !pair.key.range) return undefined;
      const keyCol = y.column(pair.key.range[0]);
      const value = pair.value;
      if (unit === undefined && isMap(value) && !value.flow && value.items[0]) {
        const childCol = y.column(rangeOf(value.items[0].key)[0]);
        if (childCol > keyCol) unit = childCol - keyCol;
      }
      if (dashOffset === undefined && isSeq(value) && !value.flow && value.items.length > 0) {
        const offset = dashColumn(y, value) - keyCol;
        if (offset >= 0) dashOffset = offset;
      }
      return unit !== undefined && dashOffset !== undefined ? visit.BREAK : undefined;
    },
  });
  // Kustomize writes `images:\n- name: …`; two-space indentation is the common default.
  return { unit: unit ?? 2, dashOffset: dashOffset ?? 0 };
}

// ---------------------------------------------------------------------------------------
// Rendering new text

type Payload = { kind: 'scalar'; value: ScalarValue } | { kind: 'item'; entries: YamlEntries };

function renderKey(key: KeySegment): string {
  if (isSelector(key)) {
    throw new YamlError(
      `image-promote does not add list elements (${formatKeyPath([key])}) — add it to the file first`,
    );
  }
  return renderScalar(String(key));
}

function itemLines(dashCol: number, keyOffset: number, entries: YamlEntries): string[] {
  return entries.map(([key, value], i) => {
    const lead =
      i === 0
        ? `${' '.repeat(dashCol)}-${' '.repeat(keyOffset - 1)}`
        : ' '.repeat(dashCol + keyOffset);
    return `${lead}${renderKey(key)}: ${renderScalar(value)}`;
  });
}

function blockLines(keys: KeyPath, payload: Payload, indent: number, style: Style): string[] {
  const lines: string[] = [];
  keys.forEach((key, i) => {
    const pad = ' '.repeat(indent + i * style.unit);
    const last = i === keys.length - 1;
    if (last && payload.kind === 'scalar') {
      lines.push(`${pad}${renderKey(key)}: ${renderScalar(payload.value)}`);
    } else {
      lines.push(`${pad}${renderKey(key)}:`);
    }
  });
  if (payload.kind === 'item') {
    const keyCol = indent + (keys.length - 1) * style.unit;
    lines.push(...itemLines(keyCol + style.dashOffset, 2, payload.entries));
  }
  return lines;
}

function flowValue(keys: KeyPath, payload: Payload): string {
  if (keys.length === 0) {
    if (payload.kind === 'scalar') return renderScalar(payload.value, undefined, true);
    return `[${flowItem(payload.entries)}]`;
  }
  const [head, ...rest] = keys as [KeySegment, ...KeySegment[]];
  return `{${renderKey(head)}: ${flowValue(rest, payload)}}`;
}

function flowItem(entries: YamlEntries): string {
  return `{${entries.map(([k, v]) => `${renderKey(k)}: ${renderScalar(v, undefined, true)}`).join(', ')}}`;
}

function insertLines(y: YamlFile, at: number, lines: string[]): Splice {
  const joined = lines.join(y.newline);
  // At the end of a file without a final newline, keep it that way.
  if (at === y.text.length && y.text.length > 0 && !y.text.endsWith('\n')) {
    return { start: at, end: at, text: y.newline + joined };
  }
  return { start: at, end: at, text: joined + y.newline };
}

function createAt(
  y: YamlFile,
  target: Target,
  path: KeyPath,
  payload: Payload,
  style: Style,
): Splice[] {
  if (target.kind === 'found') throw new Error('internal error: createAt on an existing node');
  const keys = path.slice(target.depth);
  if (target.kind === 'empty') {
    const splices: Splice[] = [
      insertLines(y, target.at, blockLines(keys, payload, target.indent, style)),
    ];
    if (target.remove) splices.push({ start: target.remove[0], end: target.remove[1], text: '' });
    return splices;
  }
  const { map } = target;
  const [head, ...rest] = keys as [KeySegment, ...KeySegment[]];
  if (target.flow) {
    const entry = `${renderKey(head)}: ${flowValue(rest, payload)}`;
    const last = map.items[map.items.length - 1];
    if (last)
      return [{ start: pairContentEnd(last), end: pairContentEnd(last), text: `, ${entry}` }];
    const [start, end] = rangeOf(map);
    return [{ start, end, text: `{${entry}}` }];
  }
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  if (!first || !last) throw new Error('internal error: empty block mapping');
  const indent = y.column(rangeOf(first.key)[0]);
  const at = lineEndAfter(y.text, pairContentEnd(last));
  return [insertLines(y, at, blockLines(keys, payload, indent, style))];
}

function planSet(y: YamlFile, path: ResolvedPath, value: ScalarValue): Splice[] {
  if (path.length === 0) throw new Error('internal error: set needs a key path');
  const style = lazyStyle(y);
  const target = locate(y, path, () => style().unit);
  if (target.kind !== 'found') return createAt(y, target, path, { kind: 'scalar', value }, style());
  const node = target.node;
  if (node === null || node === undefined) {
    throw new YamlError(
      `${where(y, path)} has no value image-promote can replace; write one first`,
    );
  }
  if (!isScalar(node)) {
    throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a single value`);
  }
  const type: ScalarStyle | undefined = node.type;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    throw new YamlError(
      `${where(y, path, node)} is a block scalar (| or >); write it on one line (key: value) so it can be updated in place`,
    );
  }
  // `!!int`, `!!binary`, `!custom`: the new text would be read with that type, or not as a
  // plain string. `!!str` and the non-specific `!` are strings.
  if (node.tag !== undefined && node.tag !== STR_TAG && node.tag !== '!') {
    throw new YamlError(
      `${where(y, path, node)} has the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}; image-promote writes plain string values — remove the tag`,
    );
  }
  const [start, end] = rangeOf(node);
  const old = y.text.slice(start, end);
  let text = renderScalar(value, node.value === null ? undefined : type, target.flow);
  // `key:` with nothing after the colon: the empty scalar sits right after it.
  if (old === '') text = ` ${text}`;
  return text === old ? [] : [{ start, end, text }];
}

function planDelete(y: YamlFile, path: ResolvedPath): Splice[] {
  const target = locate(y, path, () => 2);
  if (target.kind !== 'found') return [];
  const { parent, node } = target;
  if (!parent)
    throw new YamlError(`${where(y, path, node)} is a list item; only keys can be removed`);
  if (node !== null && !isScalar(node)) {
    throw new YamlError(
      `${where(y, path, node)} is ${describeNode(node)}; only single values are removed`,
    );
  }
  const { map, pair, index } = parent;
  if (map.items.length === 1) {
    throw new YamlError(
      `${where(y, path, node)} is the only key of its mapping; image-promote does not leave empty mappings`,
    );
  }
  const next = map.items[index + 1];
  const keyStart = rangeOf(pair.key)[0];
  if (map.flow) {
    const previous = map.items[index - 1];
    if (previous) return [{ start: pairContentEnd(previous), end: pairContentEnd(pair), text: '' }];
    if (next) return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
  }
  const lineStart = y.text.lastIndexOf('\n', keyStart - 1) + 1;
  if (y.text.slice(lineStart, keyStart).trim() === '') {
    return [{ start: lineStart, end: lineEndAfter(y.text, pairContentEnd(pair)), text: '' }];
  }
  // The key shares its line with `- `: let the next key move up into its place.
  if (next) return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
  throw new Error('internal error: cannot remove the last key of a list item');
}

function planAppend(y: YamlFile, path: ResolvedPath, entries: YamlEntries): Splice[] {
  if (entries.length === 0) throw new Error('internal error: append needs entries');
  const style = lazyStyle(y);
  const target = locate(y, path, () => style().unit);
  const payload: Payload = { kind: 'item', entries };
  if (target.kind !== 'found') return createAt(y, target, path, payload, style());
  const { node, parent } = target;
  if (isNullScalar(node) && parent && !parent.map.flow) {
    const empty = emptyTarget(y, path, path.length, node, parent, () => style().unit);
    if (empty.kind !== 'empty') throw new Error('internal error');
    const keyCol = y.column(rangeOf(parent.pair.key)[0]);
    const lines = itemLines(keyCol + style().dashOffset, 2, entries);
    const splices = [insertLines(y, empty.at, lines)];
    if (empty.remove) splices.push({ start: empty.remove[0], end: empty.remove[1], text: '' });
    return splices;
  }
  if (!isSeq(node)) {
    throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a list`);
  }
  const last: unknown = node.items[node.items.length - 1];
  if (node.flow || target.flow) {
    if (last !== undefined) {
      const end = rangeOf(last)[1];
      return [{ start: end, end, text: `, ${flowItem(entries)}` }];
    }
    const [start, end] = rangeOf(node);
    return [{ start, end, text: `[${flowItem(entries)}]` }];
  }
  const first: unknown = node.items[0];
  const dashCol = dashColumn(y, node);
  let keyOffset = 2;
  if (isMap(first) && first.items[0]) {
    const offset = y.column(rangeOf(first.items[0].key)[0]) - dashCol;
    if (offset >= 2) keyOffset = offset;
  }
  const at = lineEndAfter(y.text, rangeOf(last)[1]);
  return [insertLines(y, at, itemLines(dashCol, keyOffset, entries))];
}

function lazyStyle(y: YamlFile): () => Style {
  let style: Style | undefined;
  return () => (style ??= detectStyle(y));
}

// ---------------------------------------------------------------------------------------
// Checking the result

/** `data` with `update` applied at `path` (creating mappings on the way). */
function updateData(data: unknown, path: KeyPath, update: (old: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return update(data);
  if (isSelector(head)) throw new Error('internal error: unresolved selector');
  if (Array.isArray(data) && typeof head === 'number') {
    const copy: unknown[] = [...(data as unknown[])];
    copy[head] = updateData(copy[head], rest, update);
    return copy;
  }
  const key = String(head);
  const entries = Object.entries(isRecord(data) ? data : {}).filter(([k]) => k !== key);
  const value = updateData(isRecord(data) ? data[key] : undefined, rest, update);
  return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
}

const REMOVED = undefined;

function expectedData(data: unknown, edit: YamlEdit): unknown {
  switch (edit.op) {
    case 'set':
      return updateData(data, edit.path, () => edit.value);
    case 'delete':
      return updateData(data, edit.path, () => REMOVED);
    case 'append':
      return updateData(data, edit.path, (old) => [
        ...(Array.isArray(old) ? (old as unknown[]) : []),
        Object.fromEntries(edit.entries),
      ]);
  }
}

function check(before: YamlFile, text: string, edit: YamlEdit & { path: ResolvedPath }): YamlFile {
  const fail = (why: string): YamlError =>
    new YamlError(
      `${before.file}: refusing to write "${formatKeyPath(edit.path)}": the edit ${why}; the file was not changed`,
    );
  let after: YamlFile;
  try {
    after = parseYaml(text, before.file);
  } catch (err) {
    throw fail(`produced invalid YAML (${err instanceof Error ? err.message : String(err)})`);
  }
  const node = readNode(after, edit.path);
  if (edit.op === 'set' && !(isScalar(node) && node.value === edit.value))
    throw fail('did not write the value (please report this)');
  if (edit.op === 'delete' && locate(after, edit.path, () => 2).kind === 'found')
    throw fail('did not remove the key (please report this)');
  if (edit.op === 'append' && !isSeq(node)) throw fail('did not write a list (please report this)');
  if (!isDeepStrictEqual(after.data, expectedData(before.data, edit))) {
    throw fail(
      before.hasAnchors
        ? 'would change other values as well: another place reads it through an alias or a << merge — give that place its own value, or write the value out in full'
        : 'changed more than that value (please report this)',
    );
  }
  return after;
}

/**
 * `path` with each `[field=value]` selector replaced by the index of the element it picks
 * (in the file's own nodes: edits never go through aliases).
 */
function resolveSelectors(y: YamlFile, path: KeyPath): ResolvedPath {
  const out: (string | number)[] = [];
  let node: unknown = y.doc.contents;
  for (const [depth, seg] of path.entries()) {
    if (isSelector(seg)) {
      if (!isSeq(node)) {
        throw new YamlError(
          `${where(y, path.slice(0, depth), node ?? undefined)} is ${describeNode(node)}, not a list, so it has no element "${formatKeyPath([seg])}"`,
        );
      }
      const index = selectIndex(y, node, seg, path.slice(0, depth + 1), false);
      if (index === undefined) {
        throw new YamlError(
          `${where(y, path.slice(0, depth), node)} has no element with ${seg.field}: ${seg.equals}; image-promote does not add list elements — add it to the file first`,
        );
      }
      out.push(index);
      node = node.items[index];
      continue;
    }
    out.push(seg);
    if (isMap(node)) node = node.items[ownPairIndex(node, String(seg))]?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else node = undefined;
  }
  return out;
}

/**
 * Applies `edits` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text. Each edit changes only the characters of the value it
 * sets (or the lines it adds or removes); `bytes()` of the result is the new file.
 */
export function editYaml(
  input: ByteText | string,
  file: string,
  edits: readonly YamlEdit[],
): ByteText {
  let out = typeof input === 'string' ? ByteText.fromString(input) : input;
  let y = parseYaml(out.text, file);
  for (const given of edits) {
    const edit = { ...given, path: resolveSelectors(y, given.path) };
    let splices: Splice[];
    switch (edit.op) {
      case 'set':
        splices = planSet(y, edit.path, edit.value);
        break;
      case 'delete':
        splices = planDelete(y, edit.path);
        break;
      case 'append':
        splices = planAppend(y, edit.path, edit.entries);
        break;
    }
    if (splices.length === 0) continue;
    out = out.splice(splices);
    y = check(y, out.text, edit);
  }
  return out;
}
