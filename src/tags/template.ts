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
      if ('text' in p) return p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      switch (p.token) {
        case 'sha':
          return `(?<sha>[0-9a-f]{${p.length ?? 40}})`;
        case 'pr':
        case 'run':
          return '\\d+';
        case 'date':
          return '\\d{8}';
        case 'datetime':
          return '\\d{14}';
        case 'branch':
        case 'version':
          return '[A-Za-z0-9_.-]+?';
        case 'source':
          return `[0-9a-f]{${p.length ?? 64}}`;
      }
    })
    .join('');
  const re = new RegExp(`^${source}$`);
  return (tag) => re.exec(tag)?.groups?.sha;
}

/**
 * A test for "could `template` have rendered `tag`?": literal parts as written, tokens as
 * the characters they render to. Used to tell immutable tags (made by tag-template,
 * pr-tag-template, source-tag) from everything else.
 */
export function templateMatcher(template: string): (tag: string) => boolean {
  const source = parseTemplate(template)
    .map((p) => {
      if ('text' in p) return p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      switch (p.token) {
        case 'sha':
          return `[0-9a-f]{${p.length ?? 40}}`;
        case 'source':
          return `[0-9a-f]{${p.length ?? 64}}`;
        case 'pr':
        case 'run':
          return '\\d+';
        case 'date':
          return '\\d{8}';
        case 'datetime':
          return '\\d{14}';
        case 'branch':
        case 'version':
          return '[A-Za-z0-9_.-]+';
      }
    })
    .join('');
  const re = new RegExp(`^${source}$`);
  return (tag) => re.test(tag);
}

/** `v1.2.3` → `1.2.3`; other names are returned unchanged. */
export function versionFromTagName(name: string): string {
  return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}
