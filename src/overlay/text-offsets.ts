/**
 * Character offsets in a file's text, shared by the byte-preserving editors (json-edit.ts,
 * tfvars.ts, yaml-edit.ts): the line and column of an offset, the indentation of a line, and a
 * splice — the new characters that replace one range.
 */

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

export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.start) + s.text + text.slice(s.end);
}
