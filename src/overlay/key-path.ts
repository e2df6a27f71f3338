/**
 * Dotted key paths into an overlay (`key: api.image.tag`, `containers.0.image`,
 * `spec.template.spec.containers[name=api].image`).
 *
 *   path     = segment *( "." segment )
 *   segment  = name [ "[" field "=" value "]" ] | digits
 *   name     = 1*( ALPHA / DIGIT / "_" / "-" )       (field likewise)
 *   value    = 1*( ALPHA / DIGIT / "_" / "-" / "." / "/" / ":" / "@" )
 *
 * A segment of digits indexes a list when the node there is a list and is a plain key
 * otherwise. `name[field=value]` is the key `name`, holding a list, then the one element of
 * that list that is a mapping whose `field` is `value` (a container by its name).
 */

/** Selects the one list element (a mapping) whose `field` equals `equals`. */
export interface ListSelector {
  readonly field: string;
  readonly equals: string;
}

export type KeySegment = string | number | ListSelector;
export type KeyPath = readonly KeySegment[];

const NAME = '[A-Za-z0-9_-]+';
const SELECTOR_VALUE = '[A-Za-z0-9_./:@-]+';
const SEGMENT_RE = new RegExp(`(${NAME})(?:\\[(${NAME})=(${SELECTOR_VALUE})\\])?`, 'y');

export function isSelector(segment: KeySegment): segment is ListSelector {
  return typeof segment === 'object';
}

interface Parsed {
  path: KeySegment[];
  problem?: string;
}

function scan(path: string): Parsed {
  if (path === '') return { path: [], problem: 'a key path cannot be empty' };
  const out: KeySegment[] = [];
  let pos = 0;
  for (;;) {
    SEGMENT_RE.lastIndex = pos;
    const m = SEGMENT_RE.exec(path);
    if (!m) {
      const rest = path.slice(pos);
      if (rest === '' || rest.startsWith('.')) {
        return {
          path: out,
          problem: 'a key path has no empty segments (no leading, trailing or doubled ".")',
        };
      }
      const bad = rest.split('.')[0] ?? rest;
      return {
        path: out,
        problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
      };
    }
    const [whole, name = '', field, equals] = m;
    out.push(/^[0-9]+$/.test(name) ? Number(name) : name);
    if (field !== undefined && equals !== undefined) {
      if (/^[0-9]+$/.test(name)) {
        return { path: out, problem: `segment "${whole}": a list index cannot have a selector` };
      }
      out.push({ field, equals });
    }
    pos += whole.length;
    if (pos === path.length) return { path: out };
    if (path[pos] !== '.') {
      const bad = path.slice(pos - whole.length).split('.')[0] ?? whole;
      return {
        path: out,
        problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
      };
    }
    pos++;
  }
}

/** Returns why `path` is not a key path, or undefined when it is. */
export function keyPathProblem(path: string): string | undefined {
  return scan(path).problem;
}

/** Splits `a.b[f=v].0.c` into segments; throws a RangeError with the reason when invalid. */
export function parseKeyPath(path: string): KeyPath {
  const { path: segments, problem } = scan(path);
  if (problem !== undefined) throw new RangeError(`invalid key path "${path}": ${problem}`);
  return segments;
}

/** `a.b[f=v].0.c` again, for messages and as the identity of a place in a file. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const seg of path) {
    if (isSelector(seg)) out += `[${seg.field}=${seg.equals}]`;
    else out += (out === '' ? '' : '.') + String(seg);
  }
  return out;
}

/** Whether the path goes through a list element chosen by a selector (a raw manifest). */
export function hasSelector(path: KeyPath): boolean {
  return path.some(isSelector);
}
