/**
 * Commit messages for overlay changes, from a template with `{token}`s:
 *
 *   {environment}  the environment (empty: `deploy({environment}):` becomes `deploy:`)
 *   {image}        the image name(s), comma-separated
 *   {from} {to}    old and new value(s) (`sha-1a2b3c4`, `repo:tag@sha256:…`), comma-separated
 *   {sha}          the short SHA (7) of the commit being deployed
 *   {changes}      `api sha-1 → sha-2, worker sha-3 → sha-4`
 *
 * Digests are shortened to 12 hex characters in the subject; with more than one change, a
 * body lists each change in full.
 */
import { INPUTS } from '../config/inputs.js';
import { InputError } from '../errors.js';
import type { OverlayChange } from './types.js';

/** The commit-message input's default: 'deploy({environment}): {changes} ({sha}) [skip ci]'. */
export const DEFAULT_COMMIT_MESSAGE: string = INPUTS['commit-message'].default;
export const COMMIT_MESSAGE_TOKENS = [
  'environment',
  'image',
  'from',
  'to',
  'sha',
  'changes',
] as const;
type Token = (typeof COMMIT_MESSAGE_TOKENS)[number];

export interface CommitMessageChange {
  image: string;
  from?: string;
  to: string;
}

/** Tags alone read best in a commit subject; the full values only when the repository moved. */
export function commitMessageChange(c: OverlayChange): CommitMessageChange {
  const sameRepository = (c.before?.repository ?? '') === (c.after.repository ?? '');
  const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
  const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
  return { image: c.image, to, ...(from ? { from } : {}) };
}

export interface CommitMessageVars {
  environment?: string;
  sha?: string;
  changes: readonly CommitMessageChange[];
}

const TOKEN_RE = /\{([^{}]*)\}/g;

function isToken(name: string): name is Token {
  return (COMMIT_MESSAGE_TOKENS as readonly string[]).includes(name);
}

/** Throws InputError('commit-message') for an unknown token. */
export function checkCommitTemplate(template: string, input = 'commit-message'): void {
  for (const [, name = ''] of template.matchAll(TOKEN_RE)) {
    if (!isToken(name)) {
      throw new InputError(
        input,
        `unknown token {${name}}`,
        `use ${COMMIT_MESSAGE_TOKENS.map((t) => `{${t}}`).join(', ')}`,
      );
    }
  }
}

/** Every digest (`@sha256:…` in a reference, or a bare `sha256:…` value) cut to 12 hex. */
function short(value: string): string {
  return value.replace(/\b(sha\d+:[0-9a-f]{12})[0-9a-f]+/g, '$1');
}

function arrow(c: CommitMessageChange): string {
  return `${c.from ?? '(none)'} → ${c.to}`;
}

export function renderCommitMessage(template: string, vars: CommitMessageVars): string {
  checkCommitTemplate(template);
  const values: Record<Token, string> = {
    environment: vars.environment ?? '',
    image: vars.changes.map((c) => c.image).join(', '),
    from: vars.changes.map((c) => short(c.from ?? '(none)')).join(', '),
    to: vars.changes.map((c) => short(c.to)).join(', '),
    sha: (vars.sha ?? '').slice(0, 7),
    changes: vars.changes.map((c) => `${c.image} ${short(arrow(c))}`).join(', '),
  };
  const subject = template
    .replace(TOKEN_RE, (_, name: string) => (isToken(name) ? values[name] : ''))
    // Empty tokens leave `()` behind: `deploy():` → `deploy:`.
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  if (vars.changes.length < 2) return subject;
  const body = vars.changes.map((c) => `- ${c.image}: ${arrow(c)}`).join('\n');
  return `${subject}\n\n${body}`;
}
