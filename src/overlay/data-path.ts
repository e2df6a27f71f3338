/**
 * Key paths over plain parsed data (what yaml's toJS, JSON.parse or the tfvars parser give):
 * used to compute what a document must hold after an edit, and to list the keys a file has.
 */
import { isDeepStrictEqual } from 'node:util';
import { ByteText } from './byte-text.js';
import { formatKeyPath, isSelector, type KeyPath, type KeySegment } from './key-path.js';
import type { Splice } from './text-offsets.js';

/** A string to write at a key path. */
export interface KeySet {
  path: KeyPath;
  value: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Indices of the list elements a selector picks. */
export function selectorMatches(list: readonly unknown[], field: string, equals: string): number[] {
  const out: number[] = [];
  list.forEach((item, i) => {
    if (!isRecord(item)) return;
    const v = item[field];
    if ((typeof v === 'string' || typeof v === 'number') && String(v) === equals) out.push(i);
  });
  return out;
}

function step(data: unknown, seg: KeySegment): { key: string | number } | undefined {
  if (isSelector(seg)) {
    if (!Array.isArray(data)) return undefined;
    const [only, ...more] = selectorMatches(data, seg.field, seg.equals);
    return only === undefined || more.length > 0 ? undefined : { key: only };
  }
  if (Array.isArray(data) && typeof seg === 'number') return { key: seg };
  return { key: String(seg) };
}

/** The value at `path`, or undefined. */
export function dataAt(data: unknown, path: KeyPath): unknown {
  let node = data;
  for (const seg of path) {
    const s = step(node, seg);
    if (!s) return undefined;
    if (Array.isArray(node) && typeof s.key === 'number') node = node[s.key];
    else if (isRecord(node)) node = Object.hasOwn(node, s.key) ? node[s.key] : undefined;
    else return undefined;
  }
  return node;
}

/**
 * `data` with `value` at `path`, creating mappings on the way (as a writer that creates a
 * missing key does). Throws when the path cannot exist in `data` (a selector that matches no
 * single element, a key under a value).
 */
export function withValue(data: unknown, path: KeyPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const s = step(data, head);
  if (!s) throw new Error(`no single element matches ${formatKeyPath([head])}`);
  if (Array.isArray(data)) {
    if (typeof s.key !== 'number' || s.key >= data.length) {
      throw new Error(`no element ${String(s.key)} in a list of ${data.length}`);
    }
    const copy: unknown[] = [...(data as unknown[])];
    copy[s.key] = withValue(copy[s.key], rest, value);
    return copy;
  }
  if (data !== undefined && data !== null && !isRecord(data)) {
    throw new Error(`cannot set ${formatKeyPath(path)} under a value`);
  }
  const key = String(s.key);
  const entries = Object.entries(data ?? {}).filter(([k]) => k !== key);
  const old = isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;
  return Object.fromEntries([...entries, [key, withValue(old, rest, value)]]);
}

/**
 * The key paths of the values in `data`, in document order, for "the file has …" messages.
 * List elements with a string `name` are written `[name=…]`, others by index.
 */
export function dataKeys(data: unknown, limit = 500): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: KeySegment[]): void => {
    if (out.length >= limit) return;
    if (Array.isArray(node)) {
      const list: unknown[] = node;
      list.forEach((item, i) => {
        const name = isRecord(item) ? item.name : undefined;
        const unique =
          typeof name === 'string' &&
          /^[A-Za-z0-9_./:@-]+$/.test(name) &&
          selectorMatches(list, 'name', name).length === 1;
        walk(item, unique ? [...path, { field: 'name', equals: name }] : [...path, i]);
      });
      return;
    }
    if (isRecord(node) && Object.getPrototypeOf(node) === Object.prototype) {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      return;
    }
    if (path.length > 0) out.push(formatKeyPath(path));
  };
  walk(data, []);
  return out;
}

/** How a format's edits are checked: its parser, and what its refusals say. */
interface CheckedFormat<F> {
  file: string;
  parse: (text: string) => F;
  /** What an unparsable result is called ("invalid JSON"). */
  invalid: string;
  refuse: (message: string) => Error;
}

/**
 * The self-check of one byte edit: `next` parsed again must hold exactly `before`'s data with
 * `value` at `path`. Returns the parsed file; otherwise throws `refuse(message)`, and the
 * caller writes nothing.
 */
export function checkEdit<F extends { data: unknown }>(
  edit: CheckedFormat<F> & { before: F; next: string; path: KeyPath; value: unknown },
): F {
  const fail = (why: string): Error =>
    edit.refuse(
      `${edit.file}: refusing to write "${formatKeyPath(edit.path)}": the edit ${why}; the file was not changed (please report this)`,
    );
  let after: F;
  try {
    after = edit.parse(edit.next);
  } catch (err) {
    throw fail(`produced ${edit.invalid} (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isDeepStrictEqual(after.data, withValue(edit.before.data, edit.path, edit.value))) {
    throw fail('changed more than that value');
  }
  return after;
}

/**
 * Applies `sets` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text. `plan` gives a set's one splice (none when the value is
 * there already) and the path it writes (selectors resolved); each splice is checked with
 * checkEdit.
 */
export function editChecked<F extends { data: unknown }>(
  input: ByteText | string,
  sets: readonly KeySet[],
  format: CheckedFormat<F> & { plan: (f: F, set: KeySet) => { splice?: Splice; path: KeyPath } },
): ByteText {
  let out = typeof input === 'string' ? ByteText.fromString(input) : input;
  let f = format.parse(out.text);
  for (const set of sets) {
    const { splice, path } = format.plan(f, set);
    if (!splice) continue;
    out = out.splice([splice]);
    f = checkEdit({ ...format, before: f, next: out.text, path, value: set.value });
  }
  return out;
}
