/**
 * The one redactor. Every text that leaves the process (log lines, error messages, action
 * outputs, the job summary, commit messages, CLI output) passes through `redact`, including
 * text copied from a registry's or an API's answer, which may echo what we sent.
 *
 * It removes every registered secret in the forms it travels in (as is, base64, base64url,
 * URL-encoded, JSON-escaped; a `user:password` pair also as the base64 of both), and, without
 * registration, anything shaped like a credential: `Authorization` header values, `Basic` and
 * `Bearer` credentials, JWTs, GitHub tokens, the user-info part of URLs of any scheme
 * (`https://`, `git://`, `ssh://`, …; a password with an `@` in it too), and the
 * `user:password@` of scp-style and scheme-less addresses (`user:password@host:path`, and
 * `user:password@host` as git prints a `git://` URL it cannot reach). An image reference's
 * `name:tag@sha256:…` is not a credential and stays.
 */

const MASK = '***';
/** Shorter "secrets" would shred every line; nothing real is this short. */
const MIN_SECRET_LENGTH = 4;

/**
 * Each pattern with a text every match contains (a case-insensitive RegExp where the pattern
 * is): texts without it skip the pattern, which changes no answer and spares long outputs
 * (a plan's JSON) a pass per pattern.
 */
const PATTERNS: readonly [
  string | RegExp,
  RegExp,
  string | ((match: string, ...groups: string[]) => string),
][] = [
  // `Authorization: Bearer abc`, `"authorization":"Basic abc"`, `WWW-Authenticate` is not a secret.
  [
    /authorization/i,
    /\b(authorization\b["']?\s*[:=]\s*["']?)[^\s"',;]+(?:[ \t]+[^\s"',;]+)?/gi,
    `$1${MASK}`,
  ],
  [/Bearer|Basic/, /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${MASK}`],
  // JSON Web Tokens (registry bearer tokens, OIDC tokens).
  ['eyJ', /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, MASK],
  // GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_, and fine-grained PATs.
  ['gh', /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, MASK],
  ['github_pat_', /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, MASK],
  // https://user:password@host, git://user:p@ss@host → scheme://***@host
  ['://', /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@'"<>`]+(?::[^/\s'"<>`]*)?@/gi, `$1${MASK}@`],
  // user:password@host:path, user:password@host — at the start of a word, not a digest's `@`.
  [
    '@',
    /(^|[\s'"(<[=,;])[^\s/:@'"<>()[\]`=,;]+:[^\s/'"<>`]+@(?!(?:sha256|sha384|sha512|blake3):|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9=_-]{32,})(?=\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9])/g,
    `$1${MASK}@`,
  ],
];

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export class Redactor {
  private readonly secrets = new Set<string>();
  /** Longest first, so a secret that contains another is removed whole. */
  private ordered: string[] = [];
  private readonly listeners: ((form: string) => void)[] = [];

  /** Registers a secret and the forms it is sent in. */
  add(secret: string): void {
    if (secret.length < MIN_SECRET_LENGTH) return;
    const forms = new Set([secret, base64(secret), Buffer.from(secret).toString('base64url')]);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) forms.add(encoded);
    const json = JSON.stringify(secret).slice(1, -1);
    if (json !== secret) forms.add(json);
    // Base64 without padding shows up inside longer base64 strings.
    for (const f of [...forms]) if (f.endsWith('=')) forms.add(f.replace(/=+$/, ''));
    this.addForms(forms);
  }

  /** Registers a username/password pair: the password, and `user:password` as Basic sends it. */
  addCredentials(username: string, password: string): void {
    this.add(password);
    const pair = `${username}:${password}`;
    const forms = new Set([base64(pair), base64(pair).replace(/=+$/, '')]);
    this.addForms(forms);
  }

  /** Called with every form registered from now on (the runner's `::add-mask::`). */
  onSecret(listener: (form: string) => void): void {
    this.listeners.push(listener);
    for (const s of this.secrets) listener(s);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.ordered) if (out.includes(s)) out = out.split(s).join(MASK);
    for (const [needle, pattern, replacement] of PATTERNS) {
      if (typeof needle === 'string' ? !out.includes(needle) : !needle.test(out)) continue;
      out = out.replace(pattern, replacement as string);
    }
    return out;
  }

  private addForms(forms: Iterable<string>): void {
    let added = false;
    for (const form of forms) {
      if (form.length < MIN_SECRET_LENGTH || this.secrets.has(form)) continue;
      this.secrets.add(form);
      added = true;
      for (const listener of this.listeners) listener(form);
    }
    if (added) this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
  }
}

/** The process's redactor: loggers, errors, outputs and commit messages all use it. */
export const redactor = new Redactor();

export function redact(text: string): string {
  return redactor.redact(text);
}
