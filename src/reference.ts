/**
 * Image references, following the distribution reference grammar
 * (github.com/distribution/reference, regexp.go) plus Docker's normalisation
 * (normalize.go): `nginx` → `docker.io/library/nginx`. Every place that reads a
 * reference goes through here.
 */

export interface ImageReference {
  /** Registry host with optional port, e.g. `ghcr.io`, `localhost:5000`, `docker.io`. */
  domain: string;
  /** Repository path inside the registry, e.g. `acme/api` or `library/nginx`. */
  path: string;
  tag?: string;
  digest?: string;
  /** Fully qualified name without tag or digest: `domain/path`. */
  name: string;
  /** Docker's short form of the whole reference (`nginx:1.27`, `acme/api@sha256:…`). */
  familiar: string;
}

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
/** Longest repository path (the part after the domain), as in distribution's Parse. */
export const NAME_TOTAL_LENGTH_MAX = 255;
/**
 * No valid reference comes near this (255 path + host + 128 tag + sha512 digest); refusing
 * longer input up front keeps the regular expressions below on short strings.
 */
const INPUT_LENGTH_MAX = 1024;

const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const host = `(?:${domainComponent}(?:\\.${domainComponent})*|${ipv6})`;
const domainRe = `${host}(?::[0-9]+)?`;

const TAG_RE = /^[\w][\w.-]{0,127}$/;
const PATH_RE = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const DOMAIN_RE = new RegExp(`^${domainRe}$`);
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export class ReferenceError extends Error {
  override readonly name = 'ReferenceError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`invalid image reference ${JSON.stringify(input)}: ${reason}`);
  }
}

/** True when `tag` is a valid tag: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

/** Returns why `tag` is not a valid tag, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'a tag cannot be empty';
  if (tag.length > 128) return `a tag is at most 128 characters (this one has ${tag.length})`;
  if (!TAG_RE.test(tag)) {
    return 'a tag must start with a letter, digit or underscore and contain only letters, digits, "_", "." and "-"';
  }
  return undefined;
}

/** Returns why `digest` is not a valid digest, or undefined when it is. */
export function digestProblem(digest: string): string | undefined {
  if (!DIGEST_RE.test(digest)) return 'a digest looks like sha256:<64 lowercase hex characters>';
  const [algorithm = '', hex = ''] = digest.split(':', 2);
  const expected = DIGEST_HEX_LENGTH[algorithm];
  if (expected === undefined) return `unsupported digest algorithm "${algorithm}"`;
  if (hex.length !== expected)
    return `a ${algorithm} digest has ${expected} hex characters, not ${hex.length}`;
  if (hex !== hex.toLowerCase()) return 'digest hex must be lowercase';
  return undefined;
}

export function isValidDigest(digest: string): boolean {
  return digestProblem(digest) === undefined;
}

/**
 * True when the first `/`-separated component of a name is a registry host rather than a
 * path component: `localhost`, anything with `.` or `:`, or anything with an uppercase
 * letter (paths are lowercase, so Docker reads `Foo/bar` as host `Foo`).
 */
function isDomainComponent(first: string): boolean {
  return first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first;
}

/** Splits `name` into domain and path the way Docker does (splitDockerDomain). */
function splitDomain(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  let [domain, path] =
    slash === -1 || !isDomainComponent(first)
      ? [DEFAULT_DOMAIN, name]
      : [first, name.slice(slash + 1)];
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !path.includes('/')) path = OFFICIAL_REPO_PREFIX + path;
  return { domain, path };
}

/** Parses a name-only reference part and validates it. */
function parseName(input: string, name: string): { domain: string; path: string } {
  if (name === '') throw new ReferenceError(input, 'the repository name is empty');
  const { domain, path } = splitDomain(name);
  if (!DOMAIN_RE.test(domain)) throw new ReferenceError(input, `invalid registry host "${domain}"`);
  if (path !== path.toLowerCase())
    throw new ReferenceError(input, 'repository name must be lowercase');
  if (!PATH_RE.test(path)) {
    throw new ReferenceError(
      input,
      `invalid repository path "${path}": use lowercase letters, digits and single separators (".", "_", "__", "-") between "/"-separated parts`,
    );
  }
  if (path.length > NAME_TOTAL_LENGTH_MAX) {
    throw new ReferenceError(
      input,
      `repository path "${path.slice(0, 40)}…" is longer than ${NAME_TOTAL_LENGTH_MAX} characters (${path.length})`,
    );
  }
  return { domain, path };
}

/** Parses and normalises an image reference; throws ReferenceError with the reason. */
export function parseReference(input: string): ImageReference {
  const s = input.trim();
  if (s === '') throw new ReferenceError(input, 'the reference is empty');
  if (/\s/.test(s)) throw new ReferenceError(input, 'a reference cannot contain whitespace');
  if (s.length > INPUT_LENGTH_MAX) {
    throw new ReferenceError(input, `a reference is at most ${INPUT_LENGTH_MAX} characters`);
  }
  // As in ParseNormalizedNamed: the whole input, so `<64 hex>:tag` is still a name.
  if (IDENTIFIER_RE.test(s)) {
    throw new ReferenceError(
      input,
      'a 64-character hex string is an image ID, not a repository name',
    );
  }
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    const problem = digestProblem(digest);
    if (problem) throw new ReferenceError(input, problem);
  }
  let tag: string | undefined;
  // A tag is after the last ':' that follows the last '/', so `localhost:5000/app` has none.
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    const problem = tagProblem(tag);
    if (problem) throw new ReferenceError(input, problem);
  }
  const { domain, path } = parseName(input, rest);
  return build(domain, path, tag, digest);
}

/** Like parseReference but returns the reason instead of throwing. */
export function tryParseReference(
  input: string,
): { ok: true; ref: ImageReference } | { ok: false; reason: string } {
  try {
    return { ok: true, ref: parseReference(input) };
  } catch (err) {
    if (err instanceof ReferenceError) return { ok: false, reason: err.reason };
    throw err;
  }
}

function build(domain: string, path: string, tag?: string, digest?: string): ImageReference {
  const name = `${domain}/${path}`;
  let familiarName = name;
  if (domain === DEFAULT_DOMAIN) {
    // `library/` is dropped only for single-level official images (familiarizeName).
    const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
    familiarName = path.startsWith(OFFICIAL_REPO_PREFIX) && !rest.includes('/') ? rest : path;
    // Docker's short form is ambiguous when the path's first part looks like a host
    // (`docker.io/localhost/app` would read back as registry `localhost`): keep the domain.
    const slash = familiarName.indexOf('/');
    if (slash !== -1 && isDomainComponent(familiarName.slice(0, slash))) familiarName = name;
  }
  const suffix = (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`);
  const ref: ImageReference = { domain, path, name, familiar: familiarName + suffix };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** Returns a copy with a different tag and/or digest (undefined removes it). */
export function withTagAndDigest(
  ref: ImageReference,
  tag?: string,
  digest?: string,
): ImageReference {
  return build(ref.domain, ref.path, tag, digest);
}

/** `domain/path[:tag][@digest]`, fully qualified. */
export function formatReference(ref: ImageReference): string {
  return (
    ref.name +
    (ref.tag === undefined ? '' : `:${ref.tag}`) +
    (ref.digest === undefined ? '' : `@${ref.digest}`)
  );
}

/**
 * Joins a configured `registry` (e.g. `ghcr.io/acme`, `localhost:5000`) and an image
 * `repository` into one reference. A repository that already names a registry host wins.
 */
export function joinRepository(registry: string | undefined, repository: string): ImageReference {
  const slash = repository.indexOf('/');
  const first = slash === -1 ? '' : repository.slice(0, slash);
  // Unlike splitDomain, an uppercase first part is not taken for a host here: under a
  // configured registry `MyOrg/api` is a path, and the parser then says it must be lowercase.
  const hasHost = slash !== -1 && (/[.:]/.test(first) || first === 'localhost');
  const full = hasHost || !registry ? repository : `${registry.replace(/\/+$/, '')}/${repository}`;
  return parseReference(full);
}

/** Parses a repository name (no tag, no digest), e.g. a kustomize `newName`. */
export function parseRepositoryName(input: string): ImageReference {
  const ref = parseReference(input);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new ReferenceError(input, 'a repository name has no tag or digest');
  }
  return ref;
}
