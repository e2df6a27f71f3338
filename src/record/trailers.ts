/**
 * The record of a deploy as git trailers in the overlay commit's message (docs/record.md):
 *
 *   Image-Promote-Record: 1
 *   Image-Promote-Environment: prod
 *   Image-Promote-Config-Commit: 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432
 *   Image-Promote-Actor: octocat
 *   Image-Promote-Run: https://github.com/acme/app/actions/runs/42/attempts/1
 *   Image-Promote-Image: api kind=build from=ghcr.io/acme/api:sha-1a2b3c4 to=ghcr.io/acme/api:sha-9f8e7d6 digest=sha256:… source=…
 *
 * Every value is percent-encoded outside `[A-Za-z0-9._~:/@+-]`, so no outside text (an
 * environment or actor name) can hold a line break, a space, `=` or a trailer of its own.
 * The reader finds the trailer block the way git does (the last paragraph, after the
 * subject), accepts keys in any case, other trailers around ours and folded lines, and keeps
 * only what validates (src/record/record.ts): invalid values are left out with a reason,
 * nothing throws. Pure.
 */
import {
  rawRecord,
  sanitizeRecord,
  type RawImage,
  type RawRecord,
  type Sanitized,
} from './record.js';
import type { DeployRecord } from './types.js';
import { decodeValue, encodeValue } from './values.js';

export const TRAILER = {
  record: 'Image-Promote-Record',
  environment: 'Image-Promote-Environment',
  configCommit: 'Image-Promote-Config-Commit',
  actor: 'Image-Promote-Actor',
  run: 'Image-Promote-Run',
  image: 'Image-Promote-Image',
} as const;

/**
 * image-promote's own trailers that are not part of a record, and may share its block: the
 * mark of a commit it made on a pull request's branch (src/gitops/pull-request.ts).
 */
const NOT_RECORD = ['image-promote-branch'];

/** The image line's fields, in the order they are written. */
const IMAGE_FIELDS = [
  ['kind', 'kind'],
  ['from', 'from'],
  ['to', 'to'],
  ['digest', 'digest'],
  ['source', 'source'],
  ['rolled-back-from', 'rolledBackFrom'],
  ['rolled-back-from-digest', 'rolledBackFromDigest'],
] as const satisfies readonly (readonly [string, keyof RawImage])[];

/**
 * The trailer lines of `record` (no blank line around them). Only what validates is written
 * (see recordProblems for what would be left out), so the lines always read back.
 */
export function formatRecordTrailers(record: DeployRecord): string {
  const clean = sanitizeRecord(rawRecord(record)).record;
  if (!clean) return '';
  const raw = rawRecord(clean);
  const lines = [`${TRAILER.record}: ${String(clean.version)}`];
  const single = [
    [TRAILER.environment, raw.environment],
    [TRAILER.configCommit, raw.configCommit],
    [TRAILER.actor, raw.actor],
    [TRAILER.run, raw.run],
  ] as const;
  for (const [key, value] of single)
    if (value !== undefined) lines.push(`${key}: ${encodeValue(value)}`);
  for (const image of raw.images) {
    const fields = IMAGE_FIELDS.flatMap(([label, key]) => {
      const value = image[key];
      return value === undefined ? [] : [`${label}=${encodeValue(value)}`];
    });
    lines.push(`${TRAILER.image}: ${[encodeValue(image.name ?? ''), ...fields].join(' ')}`);
  }
  return lines.join('\n');
}

/**
 * `message` with the record as its last paragraph: a commit message (subject, body) gets a
 * blank line and the trailers.
 */
export function appendRecordTrailers(message: string, record: DeployRecord): string {
  const trailers = formatRecordTrailers(record);
  const body = message.replace(/\s+$/, '');
  return trailers ? `${body}\n\n${trailers}` : body;
}

/** The record in a commit message, or undefined when it holds none (or none that validates). */
export function parseRecord(message: string): DeployRecord | undefined {
  return parseRecordDetailed(message).record;
}

/** Like parseRecord, with what was left out and why. */
export function parseRecordDetailed(message: string): Sanitized {
  const trailers = trailerBlock(message);
  const ours = trailers.filter(
    (t) =>
      t.key.toLowerCase().startsWith('image-promote-') && !NOT_RECORD.includes(t.key.toLowerCase()),
  );
  if (ours.length === 0) return { ignored: [] };
  const ignored: string[] = [];
  const raw: RawRecord = { images: [] };
  const singles: [string, Exclude<keyof RawRecord, 'images'>][] = [
    [TRAILER.record, 'version'],
    [TRAILER.environment, 'environment'],
    [TRAILER.configCommit, 'configCommit'],
    [TRAILER.actor, 'actor'],
    [TRAILER.run, 'run'],
  ];
  for (const [key, field] of singles) {
    const values = ours
      .filter((t) => t.key.toLowerCase() === key.toLowerCase())
      .map((t) => t.value);
    const distinct = [...new Set(values)];
    if (distinct.length > 1) {
      ignored.push(`${key} appears ${values.length} times with different values`);
      continue;
    }
    const [only] = distinct;
    if (only === undefined) continue;
    const decoded = decodeValue(only);
    if (decoded.ok) raw[field] = decoded.value;
    else ignored.push(`${key} ${decoded.reason}`);
  }
  const known = new Set([...singles.map(([k]) => k), TRAILER.image].map((k) => k.toLowerCase()));
  for (const t of ours) {
    const key = t.key.toLowerCase();
    if (key === TRAILER.image.toLowerCase()) {
      const image = parseImageLine(t.value, raw.images.length + 1, ignored);
      if (image) raw.images.push(image);
    } else if (!known.has(key)) {
      ignored.push(`unknown trailer ${encodeValue(t.key)}`);
    }
  }
  if (raw.version === undefined) {
    return {
      ignored: [...ignored, `the Image-Promote trailers have no ${TRAILER.record} version`],
    };
  }
  const result = sanitizeRecord(raw);
  return { ...result, ignored: [...ignored, ...result.ignored] };
}

function parseImageLine(value: string, index: number, ignored: string[]): RawImage | undefined {
  const [first = '', ...tokens] = value.split(/\s+/).filter(Boolean);
  const name = decodeValue(first);
  if (first === '' || first.includes('=') || !name.ok) {
    ignored.push(`image #${index}: the line does not start with an image name`);
    return undefined;
  }
  const image: RawImage = { name: name.value };
  for (const token of tokens) {
    const eq = token.indexOf('=');
    const label = eq === -1 ? token : token.slice(0, eq);
    const field = IMAGE_FIELDS.find(([l]) => l === label)?.[1];
    if (eq === -1 || !field) {
      ignored.push(`image #${index}: unknown field ${encodeValue(label)}`);
      continue;
    }
    if (image[field] !== undefined) {
      ignored.push(`image #${index}: ${label} appears twice, the first one is kept`);
      continue;
    }
    const decoded = decodeValue(token.slice(eq + 1));
    if (decoded.ok) image[field] = decoded.value;
    else ignored.push(`image #${index}: ${label} ${decoded.reason}`);
  }
  return image;
}

export interface Trailer {
  key: string;
  value: string;
}

/** Prefixes git itself writes; with one of them, a block may hold other lines too. */
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];

/**
 * The trailers of a commit message, found as `git interpret-trailers --parse` finds them:
 * the last paragraph after the subject, when all its lines are trailers (`Key: value`, with
 * indented continuation lines), or when a git-generated trailer is among them and trailers
 * are at least a quarter of its lines. Values are unfolded (continuations joined by a space).
 */
export function trailerBlock(message: string): Trailer[] {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  // The subject: the first paragraph, which is never a trailer block.
  let endOfTitle = 0;
  while (endOfTitle < lines.length && (lines[endOfTitle] ?? '').trim() === '') endOfTitle++;
  while (endOfTitle < lines.length && (lines[endOfTitle] ?? '').trim() !== '') endOfTitle++;
  let trailerLines = 0;
  let nonTrailer = 0;
  let continuations = 0;
  let recognized = false;
  let onlySpaces = true;
  let start = -1;
  let end = lines.length;
  for (let i = lines.length - 1; i >= endOfTitle; i--) {
    const line = lines[i] ?? '';
    if (line.startsWith('#')) {
      nonTrailer += continuations;
      continuations = 0;
      continue;
    }
    if (line.trim() === '') {
      if (onlySpaces) {
        end = i;
        continue;
      }
      nonTrailer += continuations;
      if ((recognized && trailerLines * 3 >= nonTrailer) || (trailerLines > 0 && nonTrailer === 0))
        start = i + 1;
      break;
    }
    onlySpaces = false;
    if (GIT_GENERATED.some((p) => line.startsWith(p))) {
      trailerLines++;
      continuations = 0;
      recognized = true;
    } else if (separatorAt(line) >= 1) {
      trailerLines++;
      continuations = 0;
    } else if (/^\s/.test(line)) {
      continuations++;
    } else {
      nonTrailer += 1 + continuations;
      continuations = 0;
    }
  }
  if (start === -1) return [];
  const out: Trailer[] = [];
  for (const line of lines.slice(start, end)) {
    if (line.startsWith('#')) continue;
    const last = out[out.length - 1];
    if (/^\s/.test(line)) {
      if (last) last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    const at = separatorAt(line);
    if (at < 1) continue;
    out.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
  }
  return out;
}

/** Where a trailer line's `:` is (git's find_separator), or -1. */
function separatorAt(line: string): number {
  let whitespace = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === ':') return i;
    if (!whitespace && /[A-Za-z0-9-]/.test(c)) continue;
    if (i !== 0 && (c === ' ' || c === '\t')) {
      whitespace = true;
      continue;
    }
    break;
  }
  return -1;
}
