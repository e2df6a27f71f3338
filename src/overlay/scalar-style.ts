/**
 * How a new scalar value is spelled in a file. A tag like `1.20` written plain is read back
 * as the number 1.2 by Helm (go-yaml, YAML 1.1) and by kustomize, so anything that any YAML
 * reader could take for something other than the same string is quoted.
 */
import { parse } from 'yaml';

export type ScalarValue = string | number | boolean;

/** The yaml library's scalar styles that matter when replacing a value. */
export type ScalarStyle =
  'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

// Characters image references, tags, digests and plain words are made of. Everything else
// (a leading indicator like `-`, `*`, `&`, `@`; `#`; `: `; flow brackets; edge spaces)
// leads to quoting. `:` and single spaces only count when a word character follows.
const PLAIN_RE =
  /^[A-Za-z0-9_./](?:[A-Za-z0-9_./@+-]|:(?=[A-Za-z0-9_./@+-])| (?=[A-Za-z0-9_./@+-]))*$/;

function readsBackAs(text: string, version: '1.1' | '1.2'): unknown {
  try {
    return parse(text, { version });
  } catch {
    return undefined;
  }
}

/**
 * True when `value` can be written without quotes: plain in YAML 1.2 (the yaml library,
 * kustomize's kyaml) and YAML 1.1 (go-yaml v2 in Helm: `yes`, `on`, `0755`, `1:20`,
 * `2024-01-01` are not strings there). In flow collections `:` is avoided as well.
 */
export function isSafePlain(value: string, flow = false): boolean {
  if (!PLAIN_RE.test(value)) return false;
  if (flow && value.includes(':')) return false;
  return readsBackAs(value, '1.2') === value && readsBackAs(value, '1.1') === value;
}

function doubleQuoted(value: string): string {
  // JSON string syntax is valid YAML double-quoted syntax.
  return JSON.stringify(value);
}

/**
 * Spells `value` for the file. An existing quoting style is kept (a value that was in single
 * quotes stays in single quotes); plain values that would not read back as the same string
 * are double-quoted; numbers and booleans are written as such.
 */
export function renderScalar(value: ScalarValue, style?: ScalarStyle, flow = false): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${String(value)} to YAML`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return isSafePlain(value, flow) ? value : doubleQuoted(value);
}
