/**
 * Overlay files are bytes. Every edit writes the original bytes back with only the values'
 * byte ranges replaced — CRLF, a BOM, Latin-1 or other non-UTF-8 bytes, NUL, whatever the
 * file holds stays exactly as it was.
 *
 * The parsers read a text view of the bytes, decoded losslessly: valid UTF-8 as the
 * characters it encodes, and every byte that is not part of a valid UTF-8 sequence as one
 * lone surrogate, U+DC80–U+DCFF (U+DC00 + the byte). Valid UTF-8 never decodes to a lone
 * surrogate, so the view maps back to the bytes exactly and each character offset has one
 * byte offset (`decodeBytes`, `byteOffsets`).
 *
 * An edit is a ByteText: the original bytes and view, and the splices made to the view so far
 * (a piece table, in the view's character offsets). `bytes()` builds the new file from the
 * original bytes between the spliced ranges and the UTF-8 encoding of the new text, then
 * checks it: every byte outside the spliced ranges is the original byte, and the new bytes
 * decode to exactly the text the format's parser verified. New text must be well-formed
 * Unicode, and ASCII when the file is not UTF-8 (its encoding is unknown, so a non-ASCII
 * character could not be spelled in it); otherwise the edit is refused with the file and
 * line.
 */
import { isUtf8 } from 'node:buffer';
import { UserError } from '../errors.js';
import { lineIndex, type Splice } from './text-offsets.js';

/** The number of bytes of the valid UTF-8 sequence at `i`, or 0 when there is none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i] ?? 0;
  const at = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = b[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return at(1) ? 2 : 0;
  if (lead === 0xe0) return at(1, 0xa0) && at(2) ? 3 : 0;
  if (lead === 0xed) return at(1, 0x80, 0x9f) && at(2) ? 3 : 0;
  if (lead >= 0xe1 && lead <= 0xef) return at(1) && at(2) ? 3 : 0;
  if (lead === 0xf0) return at(1, 0x90) && at(2) && at(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return at(1) && at(2) && at(3) ? 4 : 0;
  if (lead === 0xf4) return at(1, 0x80, 0x8f) && at(2) && at(3) ? 4 : 0;
  return 0;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** The lossless text view of `bytes` (see the module comment). */
export function decodeBytes(bytes: Uint8Array): string {
  const buf = asBuffer(bytes);
  if (isUtf8(buf)) return buf.toString('utf8');
  const parts: string[] = [];
  let run = 0;
  let i = 0;
  while (i < buf.length) {
    const n = sequenceLength(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (run < i) parts.push(buf.toString('utf8', run, i));
    parts.push(String.fromCharCode(0xdc00 + (buf[i] ?? 0)));
    i++;
    run = i;
  }
  if (run < buf.length) parts.push(buf.toString('utf8', run));
  return parts.join('');
}

/** Whether `code` is a surrogate that stands for one raw byte in a decoded view. */
function isByteEscape(code: number): boolean {
  return code >= 0xdc80 && code <= 0xdcff;
}

/**
 * The byte offset of each character offset in `offsets` (ascending) in a decoded view:
 * the inverse of decodeBytes, one pass over the text.
 */
export function byteOffsets(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let char = 0;
  let byte = 0;
  for (const target of offsets) {
    if (target < char) throw new Error('internal error: byte offsets asked out of order');
    while (char < target) {
      const code = text.charCodeAt(char);
      if (code < 0x80) byte += 1;
      else if (code < 0x800) byte += 2;
      else if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(char + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          if (char + 1 === target) {
            throw new Error('internal error: an offset inside a surrogate pair');
          }
          byte += 4;
          char += 2;
          continue;
        }
        byte += 3;
      } else if (isByteEscape(code)) byte += 1;
      else byte += 3;
      char++;
    }
    out.push(byte);
  }
  return out;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE = new RegExp(`[\\x00-\\x08\\x0a-\\x1f\\x7f]|${LONE_SURROGATE.source}`, 'g');

/**
 * `text` for a message: a raw byte (a byte escape of the view) and control characters as
 * `\xNN`, any other lone surrogate as `\uNNNN`.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => {
    const code = ch.charCodeAt(0);
    if (isByteEscape(code)) return `\\x${(code - 0xdc00).toString(16).toUpperCase()}`;
    if (code < 0x80) return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    return `\\u${code.toString(16).toUpperCase()}`;
  });
}

const BOMS: readonly [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
  [[0xfe, 0xff], 'UTF-16'],
  [[0xff, 0xfe], 'UTF-16'],
];

/**
 * Refuses a file that starts with a UTF-16 or UTF-32 byte order mark: the formats are read
 * as UTF-8 (a UTF-8 BOM is fine and kept).
 */
export function checkEncoding(bytes: Uint8Array, file: string): void {
  for (const [bom, name] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      throw new UserError(
        `${file} starts with a ${name} byte order mark; image-promote reads and writes overlays as UTF-8 — save the file as UTF-8`,
      );
    }
  }
}

type Piece = { kind: 'kept'; from: number; to: number } | { kind: 'new'; text: string };

/** A range of the original view and what replaces it. */
export interface TextChange {
  /** Character offsets in the original view. */
  start: number;
  end: number;
  text: string;
}

/** A range of the original bytes and how many bytes replace it. */
export interface ByteChange {
  start: number;
  end: number;
  length: number;
}

/**
 * Whether `after` is `before` with only `changes` replaced (in order, not overlapping): the
 * bytes before, between and after the changed ranges must be identical.
 */
export function unchangedOutside(
  before: Uint8Array,
  after: Uint8Array,
  changes: readonly ByteChange[],
): boolean {
  let from = 0;
  let shift = 0;
  const same = (a: number, b: number): boolean =>
    Buffer.compare(
      asBuffer(before).subarray(a, b),
      asBuffer(after).subarray(a + shift, b + shift),
    ) === 0;
  for (const c of changes) {
    if (c.start < from || c.end < c.start) return false;
    if (!same(from, c.start)) return false;
    shift += c.length - (c.end - c.start);
    from = c.end;
  }
  return after.length - shift === before.length && same(from, before.length);
}

export class ByteText {
  private constructor(
    /** The file's bytes as read. */
    readonly original: Buffer,
    /** The decoded view of `original`. */
    readonly originalText: string,
    private readonly pieces: readonly Piece[],
    /** The current text: the original view with the splices made so far. */
    readonly text: string,
  ) {}

  static fromBytes(bytes: Uint8Array): ByteText {
    const original = asBuffer(bytes);
    const text = decodeBytes(original);
    const pieces: Piece[] = text === '' ? [] : [{ kind: 'kept', from: 0, to: text.length }];
    return new ByteText(original, text, pieces, text);
  }

  /** `text` as UTF-8 bytes (a lone surrogate becomes U+FFFD, as in any UTF-8 encoder). */
  static fromString(text: string): ByteText {
    return ByteText.fromBytes(Buffer.from(text, 'utf8'));
  }

  /** Whether the original bytes are valid UTF-8 (else only ASCII is written into them). */
  get utf8(): boolean {
    return isUtf8(this.original);
  }

  /**
   * The text with `splices` made; their offsets are in the current text and must not
   * overlap.
   */
  splice(splices: readonly Splice[]): ByteText {
    let pieces = [...this.pieces];
    let text = this.text;
    for (const s of [...splices].sort((a, b) => b.start - a.start)) {
      if (s.start < 0 || s.end < s.start || s.end > text.length) {
        throw new Error(`internal error: splice ${s.start}-${s.end} outside the text`);
      }
      pieces = replace(pieces, s);
      text = text.slice(0, s.start) + s.text + text.slice(s.end);
    }
    return new ByteText(this.original, this.originalText, pieces, text);
  }

  /** The replaced ranges of the original view, in order. */
  changes(): TextChange[] {
    const out: TextChange[] = [];
    let at = 0;
    let open: TextChange | undefined;
    for (const p of this.pieces) {
      if (p.kind === 'new') {
        if (open) open.text += p.text;
        else open = { start: at, end: at, text: p.text };
        continue;
      }
      if (p.from > at) {
        if (!open) open = { start: at, end: at, text: '' };
        open.end = p.from;
      }
      if (open) {
        if (open.start !== open.end || open.text !== '') out.push(open);
        open = undefined;
      }
      at = p.to;
    }
    const end = this.originalText.length;
    if (at < end || open) {
      const last = open ?? { start: at, end: at, text: '' };
      last.end = end;
      if (last.start !== last.end || last.text !== '') out.push(last);
    }
    return out;
  }

  /** Whether any splice changed the text. */
  get changed(): boolean {
    return this.changes().length > 0;
  }

  /**
   * The bytes of the edited file: the original bytes outside the changed ranges, the UTF-8
   * of the new text inside them — checked (see the module comment). Throws a UserError
   * naming `file` and the line when new text cannot be written into this file.
   */
  bytes(file: string): Buffer {
    const changes = this.changes();
    if (changes.length === 0) return this.original;
    const lines = lineIndex(this.originalText);
    const utf8 = this.utf8;
    const offsets = byteOffsets(
      this.originalText,
      changes.flatMap((c) => [c.start, c.end]),
    );
    const parts: Buffer[] = [];
    const byteChanges: ByteChange[] = [];
    let from = 0;
    changes.forEach((c, i) => {
      const start = offsets[2 * i] ?? 0;
      const end = offsets[2 * i + 1] ?? 0;
      const at = `${file}:${lines.line(c.start)}`;
      if (LONE_SURROGATE.test(c.text)) {
        throw new UserError(
          `${at}: cannot write ${JSON.stringify(printable(c.text.trim()))}: it is not valid Unicode text (a lone surrogate) — check the value and key names in the configuration`,
        );
      }
      if (!utf8 && /[\u0080-\uffff]/.test(c.text)) {
        throw new UserError(
          `${at}: cannot write ${JSON.stringify(c.text.trim())} into ${file}: the file is not UTF-8 (it has bytes that are not valid UTF-8), so its encoding is unknown and only ASCII can be written into it — save the file as UTF-8, or use ASCII names`,
        );
      }
      const replacement = Buffer.from(c.text, 'utf8');
      parts.push(this.original.subarray(from, start), replacement);
      byteChanges.push({ start, end, length: replacement.length });
      from = end;
    });
    parts.push(this.original.subarray(from));
    const out = Buffer.concat(parts);
    const refuse = (why: string): never => {
      throw new UserError(`${file}: refusing to write it: ${why}; the file was not changed`);
    };
    if (!unchangedOutside(this.original, out, byteChanges)) {
      refuse('the new bytes differ from the old ones outside the values written');
    }
    if (decodeBytes(out) !== this.text) {
      refuse(
        'next to the bytes around it, the new text would read as different characters (a byte that is not UTF-8 right before or after the value?)',
      );
    }
    return out;
  }
}

/** `pieces` with the characters `s.start`–`s.end` of their text replaced by `s.text`. */
function replace(pieces: readonly Piece[], s: Splice): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  let inserted = false;
  const insert = (): void => {
    if (inserted) return;
    inserted = true;
    if (s.text !== '') out.push({ kind: 'new', text: s.text });
  };
  for (const p of pieces) {
    const len = p.kind === 'kept' ? p.to - p.from : p.text.length;
    const start = at;
    const end = at + len;
    at = end;
    if (end <= s.start) {
      out.push(p);
      continue;
    }
    if (start < s.start) out.push(slicePiece(p, 0, s.start - start));
    insert();
    if (end > s.end) out.push(slicePiece(p, Math.max(s.end - start, 0), len));
  }
  insert();
  return out;
}

function slicePiece(p: Piece, from: number, to: number): Piece {
  return p.kind === 'kept'
    ? { kind: 'kept', from: p.from + from, to: p.from + to }
    : { kind: 'new', text: p.text.slice(from, to) };
}
