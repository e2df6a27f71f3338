/**
 * Character offsets in a file's text view (byte-text.ts), shared by the byte-preserving
 * editors (json-edit.ts, tfvars.ts, yaml-edit.ts): the line and column of an offset, the
 * indentation of a line, a splice — the new characters that replace one range — and the one
 * nesting limit of the three formats.
 */

/**
 * Collections nested deeper than this are refused. Parsers, comparisons and the yaml
 * library recurse per level; no overlay comes near this, and refusing it up front with the
 * place is better than running out of stack.
 */
export const MAX_NESTING = 256;

/** The message for a file nested past MAX_NESTING; `at` is `file:line:column`. */
export function tooDeep(at: string, extra = ''): string {
  return `${at}: nested more than ${MAX_NESTING} levels deep${extra}; image-promote reads overlays nested up to ${MAX_NESTING} levels — keep the image values in a flatter file`;
}

export interface LineIndex {
  /** 1-based line of a character offset. */
  line: (offset: number) => number;
  /** 1-based column of a character offset. */
  column: (offset: number) => number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const line = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return { line, column: (offset) => offset - (starts[line(offset) - 1] ?? 0) + 1 };
}

/** The spaces and tabs that start the line `offset` is on, up to `offset`. */
export function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** `text` replaces the characters from `start` to `end`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}
