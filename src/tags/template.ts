/**
 * Tag templates: `sha-{sha:7}`, `pr-{pr}-{sha:7}`, `{version}`, … Pure; validated at
 * config time, rendered per image, and inverted to find which commit a deployed tag
 * came from.
 */
import { createHash } from 'node:crypto';
import { tagProblem } from '../reference.js';

export const TOKENS = [
  'sha',
  'branch',
  'pr',
  'date',
  'datetime',
  'run',
  'version',
  'source',
] as const;
export type Token = (typeof TOKENS)[number];

type Part = { text: string } | { token: Token; length?: number };

export interface TagContext {
  /** Full 40-hex commit SHA. */
  sha: string;
  branch?: string;
  pr?: number;
  date: Date;
  /** Workflow run number. */
  run?: string;
  /** Release version (`v1.2.3` → `1.2.3`). */
  version?: string;
  /** An image's source key (64 hex); only the `source-tag` template uses it. */
  source?: string;
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/** Parses a template; throws TemplateError naming the bad token. */
export function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    const body = m[1] ?? '';
    const [name = '', arg] = body.split(':', 2);
    if (!(TOKENS as readonly string[]).includes(name)) {
      throw new TemplateError(
        `unknown token {${body}}; available: ${TOKENS.map((t) => `{${t}}`).join(', ')}, {sha:N}`,
      );
    }
    const token = name as Token;
    if (arg !== undefined) {
      const max = token === 'source' ? 64 : 40;
      if (
        (token !== 'sha' && token !== 'source') ||
        !/^\d+$/.test(arg) ||
        Number(arg) < 4 ||
        Number(arg) > max
      ) {
        throw new TemplateError(
          `{${body}}: only {sha:N} (N from 4 to 40) and {source:N} (N from 4 to 64) take a length`,
        );
      }
      parts.push({ token, length: Number(arg) });
    } else {
      parts.push({ token });
    }
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  const literal = parts.map((p) => ('text' in p ? p.text : '')).join('');
  if (/[{}]/.test(literal)) throw new TemplateError('unbalanced "{" or "}"');
  if (/[^A-Za-z0-9_.-]/.test(literal)) {
    throw new TemplateError('literal text may only contain letters, digits, "_", "." and "-"');
  }
  return parts;
}

/**
 * A template is immutable when every commit/release gets a distinct value: it must
 * contain the commit SHA (≥ 7 hex), the release version, the run number or a timestamp.
 */
export function isImmutableTemplate(template: string): boolean {
  return parseTemplate(template).some(
    (p) =>
      'token' in p &&
      ((p.token === 'sha' && (p.length ?? 40) >= 7) ||
        p.token === 'version' ||
        p.token === 'run' ||
        p.token === 'datetime'),
  );
}

/** The distinct tokens a template uses. */
export function tokensOf(template: string): Token[] {
  return [...new Set(parseTemplate(template).flatMap((p) => ('token' in p ? [p.token] : [])))];
}

export function usesToken(template: string, token: Token): boolean {
  return parseTemplate(template).some((p) => 'token' in p && p.token === token);
}

/** Makes a branch name tag-safe: `feature/Login#2` → `feature-Login-2`. */
export function sanitizeForTag(value: string): string {
  return value
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '');
}

/** The longest tag the distribution API accepts. */
export const TAG_MAX_LENGTH = 128;

/**
 * Shortens `tag` to 128 characters: a longer one keeps its first 119 characters and gets
 * `-` plus the first 8 hex of sha256(`original`), so two long names that share a prefix
 * still get different tags, and the same name always gets the same tag.
 */
export function fitTag(tag: string, original = tag): string {
  if (tag.length <= TAG_MAX_LENGTH) return tag;
  const hash = createHash('sha256').update(original).digest('hex').slice(0, 8);
  const head = tag.slice(0, TAG_MAX_LENGTH - hash.length - 1).replace(/[.-]+$/, '');
  return `${head}-${hash}`;
}

/**
 * The registry tag for a git tag or release name (`v1.2.3` stays `v1.2.3`): sanitised like a
 * branch and shortened by fitTag. Empty when nothing tag-worthy is left.
 */
export function tagFromName(name: string): string {
  return fitTag(sanitizeForTag(name), name);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDate(d: Date, withTime: boolean): string {
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  return withTime
    ? `${date}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
    : date;
}

/** Renders a template; throws TemplateError when a token has no value in this run. */
export function renderTemplate(template: string, ctx: TagContext): string {
  const out = parseTemplate(template)
    .map((p) => {
      if ('text' in p) return p.text;
      switch (p.token) {
        case 'sha':
          return ctx.sha.slice(0, p.length ?? 40);
        case 'branch':
          if (!ctx.branch)
            throw new TemplateError('{branch} has no value: this run is not on a branch');
          return sanitizeForTag(ctx.branch);
        case 'pr':
          if (ctx.pr === undefined)
            throw new TemplateError('{pr} has no value: this run is not for a pull request');
          return String(ctx.pr);
        case 'date':
          return formatDate(ctx.date, false);
        case 'datetime':
          return formatDate(ctx.date, true);
        case 'run':
          if (!ctx.run) throw new TemplateError('{run} has no value: GITHUB_RUN_NUMBER is not set');
          return ctx.run;
        case 'version':
          if (!ctx.version)
            throw new TemplateError(
              '{version} has no value: this run is not for a release or version tag',
            );
          return sanitizeForTag(ctx.version);
        case 'source':
          if (!ctx.source) throw new TemplateError('{source} only has a value in source-tag');
          return ctx.source.slice(0, p.length ?? 64);
      }
    })
    .join('');
  // A token that sanitises to nothing ('{branch}' of "...") must not leave a leading '-'.
  const tag = fitTag(out.replace(/^[.-]+/, ''), out);
  const problem = tagProblem(tag);
  if (problem)
    throw new TemplateError(
      `renders to ${JSON.stringify(tag)}, which is not a valid tag: ${problem}`,
    );
  return tag;
}

/**
 * Builds a matcher that extracts the SHA prefix from a tag made by `template`, so a tag
 * an overlay runs (`sha-1a2b3c4`) leads back to its commit. Undefined when the template
 * has no {sha} token.
 */
export function shaExtractor(template: string): ((tag: string) => string | undefined) | undefined {
  const parts = parseTemplate(template);
  if (!parts.some((p) => 'token' in p && p.token === 'sha')) return undefined;
  const source = parts
    .map((p) => {
      if ('text' in p) return escapeRegExp(p.text);
      if (p.token === 'sha') return `(?<sha>${tokenPattern(p).full})`;
      // Lazy and non-empty: the tag's free text ends where the rest of the template begins.
      if (p.token === 'branch' || p.token === 'version') return '[A-Za-z0-9_.-]+?';
      return tokenPattern(p).full;
    })
    .join('');
  const re = new RegExp(`^${source}$`);
  return (tag) => re.exec(tag)?.groups?.sha;
}

/** What a token renders to, as a regular expression (`full`) and any prefix of it (`prefix`). */
function tokenPattern(p: { token: Token; length?: number }): { full: string; prefix: string } {
  switch (p.token) {
    case 'sha':
    case 'source': {
      const n = p.length ?? (p.token === 'sha' ? 40 : 64);
      return { full: `[0-9a-f]{${n}}`, prefix: `[0-9a-f]{0,${n}}` };
    }
    case 'pr':
    case 'run':
      return { full: '\\d+', prefix: '\\d*' };
    case 'date':
      return { full: '\\d{8}', prefix: '\\d{0,8}' };
    case 'datetime':
      return { full: '\\d{14}', prefix: '\\d{0,14}' };
    case 'branch':
    case 'version':
      // Sanitised, these may render empty ("..." has nothing tag-safe).
      return { full: '[A-Za-z0-9_.-]*', prefix: '[A-Za-z0-9_.-]*' };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The runs of "." and "-" renderTemplate may strip from the front of a rendering: leading
 * literal characters, across tokens that rendered empty ({branch}, {version}). Tokens never
 * start with "." or "-" themselves.
 */
function strippablePrefixes(parts: Part[]): string[] {
  const out = new Set<string>(['']);
  let acc = '';
  for (const p of parts) {
    if ('text' in p) {
      const run = /^[.-]*/.exec(p.text)?.[0] ?? '';
      out.add(acc + run);
      if (run.length < p.text.length) break;
      acc += run;
    } else if (p.token !== 'branch' && p.token !== 'version') {
      break;
    }
  }
  return [...out];
}

/** Every string of "." and "-" of length `n` (n small: the run fitTag trims). */
function dotDashStrings(n: number): string[] {
  let all = [''];
  for (let i = 0; i < n; i++) all = all.flatMap((s) => [`${s}.`, `${s}-`]);
  return all;
}

/**
 * A test for "could `template` have rendered `tag`?": literal parts as written, tokens as
 * the characters they render to, including what renderTemplate does after: leading "." and
 * "-" stripped, and a rendering longer than 128 shortened by fitTag (its first 119
 * characters, trailing "." and "-" trimmed, then `-` and 8 hex). Used to tell immutable
 * tags (made by tag-template, pr-tag-template, source-tag) from everything else.
 */
export function templateMatcher(template: string): (tag: string) => boolean {
  const parts = parseTemplate(template);
  const patterns = parts.map((p) =>
    'text' in p
      ? {
          full: escapeRegExp(p.text),
          prefix: `(?:${Array.from({ length: p.text.length }, (_, i) => escapeRegExp(p.text.slice(0, i + 1))).join('|')})?`,
        }
      : tokenPattern(p),
  );
  const full = new RegExp(`^${patterns.map((p) => p.full).join('')}$`);
  // Any prefix of a rendering: P1' | P1 (P2' | P2 (… Pn')).
  let prefixSource = '';
  for (let i = patterns.length - 1; i >= 0; i--) {
    const p = patterns[i] as { full: string; prefix: string };
    prefixSource = prefixSource === '' ? p.prefix : `(?:${p.prefix}|${p.full}${prefixSource})`;
  }
  const prefix = new RegExp(`^${prefixSource}$`);
  const stripped = strippablePrefixes(parts);
  const KEPT = TAG_MAX_LENGTH - 9;
  return (tag) => {
    if (stripped.some((p) => full.test(p + tag))) return true;
    // A shortened rendering: the kept head (plus the "."/"-" run fitTag trimmed) must be the
    // start of something the template renders.
    const m = /^(.+)-[0-9a-f]{8}$/.exec(tag);
    const head = m?.[1];
    if (head === undefined || head.length > KEPT || KEPT - head.length > 8) return false;
    const trimmed = dotDashStrings(KEPT - head.length);
    return stripped.some((p) => trimmed.some((q) => prefix.test(p + head + q)));
  };
}
