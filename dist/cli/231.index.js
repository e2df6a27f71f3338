export const id = 231;
export const ids = [231];
export const modules = {

/***/ 8231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refCommand: () => (/* binding */ refCommand)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8286);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5217);


const HELP = `usage: image-promote ref REF

Prints how REF is read, as JSON: {"domain","path","tag","digest","name","familiar"}.
"name" is fully qualified (docker.io/library/nginx), "familiar" is Docker's short form
(nginx:1.27); "tag" and "digest" are null when absent. Exits 2 with the reason when REF is
not a valid image reference (distribution reference grammar).`;
function refCommand(ctx) {
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .b)('ref', ctx.args, { help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
        ctx.stdout(`${HELP}\n`);
        return Promise.resolve(0);
    }
    const [input, ...extra] = positionals;
    if (input === undefined || extra.length > 0) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`image-promote ref: expected exactly one image reference, got ${positionals.length}\n\n${HELP}`);
    }
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(input);
    if (!parsed.ok) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`image-promote ref: invalid image reference "${input}": ${parsed.reason}`);
    }
    const { domain, path, tag, digest, name, familiar } = parsed.ref;
    const out = { domain, path, tag: tag ?? null, digest: digest ?? null, name, familiar };
    ctx.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return Promise.resolve(0);
}


/***/ }),

/***/ 8286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseRepositoryName),
/* harmony export */   AF: () => (/* binding */ ReferenceError),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   gh: () => (/* binding */ withTagAndDigest),
/* harmony export */   pA: () => (/* binding */ joinRepository),
/* harmony export */   qH: () => (/* binding */ tagProblem)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX, isValidTag */
/**
 * Image references, following the distribution reference grammar
 * (github.com/distribution/reference, regexp.go) plus Docker's normalisation
 * (normalize.go): `nginx` → `docker.io/library/nginx`. Every place that reads a
 * reference goes through here.
 */
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
/** Longest repository path (the part after the domain), as in distribution's Parse. */
const NAME_TOTAL_LENGTH_MAX = 255;
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
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
class ReferenceError extends Error {
    input;
    reason;
    name = 'ReferenceError';
    constructor(input, reason) {
        super(`invalid image reference ${JSON.stringify(input)}: ${reason}`);
        this.input = input;
        this.reason = reason;
    }
}
/** True when `tag` is a valid tag: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
/** Returns why `tag` is not a valid tag, or undefined when it is. */
function tagProblem(tag) {
    if (tag === '')
        return 'a tag cannot be empty';
    if (tag.length > 128)
        return `a tag is at most 128 characters (this one has ${tag.length})`;
    if (!TAG_RE.test(tag)) {
        return 'a tag must start with a letter, digit or underscore and contain only letters, digits, "_", "." and "-"';
    }
    return undefined;
}
/** Returns why `digest` is not a valid digest, or undefined when it is. */
function digestProblem(digest) {
    if (!DIGEST_RE.test(digest))
        return 'a digest looks like sha256:<64 lowercase hex characters>';
    const [algorithm = '', hex = ''] = digest.split(':', 2);
    const expected = DIGEST_HEX_LENGTH[algorithm];
    if (expected === undefined)
        return `unsupported digest algorithm "${algorithm}"`;
    if (hex.length !== expected)
        return `a ${algorithm} digest has ${expected} hex characters, not ${hex.length}`;
    if (hex !== hex.toLowerCase())
        return 'digest hex must be lowercase';
    return undefined;
}
function isValidDigest(digest) {
    return digestProblem(digest) === undefined;
}
/**
 * True when the first `/`-separated component of a name is a registry host rather than a
 * path component: `localhost`, anything with `.` or `:`, or anything with an uppercase
 * letter (paths are lowercase, so Docker reads `Foo/bar` as host `Foo`).
 */
function isDomainComponent(first) {
    return first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first;
}
/** Splits `name` into domain and path the way Docker does (splitDockerDomain). */
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    let domain;
    let path;
    if (slash === -1 || !isDomainComponent(first)) {
        domain = DEFAULT_DOMAIN;
        path = name;
    }
    else {
        domain = first;
        path = name.slice(slash + 1);
    }
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !path.includes('/'))
        path = OFFICIAL_REPO_PREFIX + path;
    return { domain, path };
}
/** Parses a name-only reference part and validates it. */
function parseName(input, name) {
    if (name === '')
        throw new ReferenceError(input, 'the repository name is empty');
    const { domain, path } = splitDomain(name);
    if (!DOMAIN_RE.test(domain))
        throw new ReferenceError(input, `invalid registry host "${domain}"`);
    if (path !== path.toLowerCase())
        throw new ReferenceError(input, 'repository name must be lowercase');
    if (!PATH_RE.test(path)) {
        throw new ReferenceError(input, `invalid repository path "${path}": use lowercase letters, digits and single separators (".", "_", "__", "-") between "/"-separated parts`);
    }
    if (path.length > NAME_TOTAL_LENGTH_MAX) {
        throw new ReferenceError(input, `repository path "${path.slice(0, 40)}…" is longer than ${NAME_TOTAL_LENGTH_MAX} characters (${path.length})`);
    }
    return { domain, path };
}
/** Parses and normalises an image reference; throws ReferenceError with the reason. */
function parseReference(input) {
    const s = input.trim();
    if (s === '')
        throw new ReferenceError(input, 'the reference is empty');
    if (/\s/.test(s))
        throw new ReferenceError(input, 'a reference cannot contain whitespace');
    if (s.length > INPUT_LENGTH_MAX) {
        throw new ReferenceError(input, `a reference is at most ${INPUT_LENGTH_MAX} characters`);
    }
    // As in ParseNormalizedNamed: the whole input, so `<64 hex>:tag` is still a name.
    if (IDENTIFIER_RE.test(s)) {
        throw new ReferenceError(input, 'a 64-character hex string is an image ID, not a repository name');
    }
    let rest = s;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        const problem = digestProblem(digest);
        if (problem)
            throw new ReferenceError(input, problem);
    }
    let tag;
    // A tag is after the last ':' that follows the last '/', so `localhost:5000/app` has none.
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        const problem = tagProblem(tag);
        if (problem)
            throw new ReferenceError(input, problem);
    }
    const { domain, path } = parseName(input, rest);
    return build(domain, path, tag, digest);
}
/** Like parseReference but returns the reason instead of throwing. */
function tryParseReference(input) {
    try {
        return { ok: true, ref: parseReference(input) };
    }
    catch (err) {
        if (err instanceof ReferenceError)
            return { ok: false, reason: err.reason };
        throw err;
    }
}
function build(domain, path, tag, digest) {
    const name = `${domain}/${path}`;
    let familiarName = name;
    if (domain === DEFAULT_DOMAIN) {
        // `library/` is dropped only for single-level official images (familiarizeName).
        const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
        familiarName = path.startsWith(OFFICIAL_REPO_PREFIX) && !rest.includes('/') ? rest : path;
    }
    const suffix = (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`);
    const ref = { domain, path, name, familiar: familiarName + suffix };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
/** Returns a copy with a different tag and/or digest (undefined removes it). */
function withTagAndDigest(ref, tag, digest) {
    return build(ref.domain, ref.path, tag, digest);
}
/** `domain/path[:tag][@digest]`, fully qualified. */
function formatReference(ref) {
    return (ref.name +
        (ref.tag === undefined ? '' : `:${ref.tag}`) +
        (ref.digest === undefined ? '' : `@${ref.digest}`));
}
/**
 * Joins a configured `registry` (e.g. `ghcr.io/acme`, `localhost:5000`) and an image
 * `repository` into one reference. A repository that already names a registry host wins.
 */
function joinRepository(registry, repository) {
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    // Unlike splitDomain, an uppercase first part is not taken for a host here: under a
    // configured registry `MyOrg/api` is a path, and the parser then says it must be lowercase.
    const hasHost = slash !== -1 && (/[.:]/.test(first) || first === 'localhost');
    const full = hasHost || !registry ? repository : `${registry.replace(/\/+$/, '')}/${repository}`;
    return parseReference(full);
}
/** Parses a repository name (no tag, no digest), e.g. a kustomize `newName`. */
function parseRepositoryName(input) {
    const ref = parseReference(input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ReferenceError(input, 'a repository name has no tag or digest');
    }
    return ref;
}


/***/ })

};
