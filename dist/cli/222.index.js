export const id = 222;
export const ids = [222];
export const modules = {

/***/ 8222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setImageCommand: () => (/* binding */ setImageCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/overlay/atomic-write.ts
var atomic_write = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
;// CONCATENATED MODULE: ./src/overlay/set-image-args.ts
/**
 * The argument grammar of `kustomize edit set image` (kustomize v5, setimage.go):
 *
 *   name=newName:tag@digest   name=newName:tag   name=newName@digest   name=newName
 *   name:tag@digest           name:tag           name@digest
 *
 * Each argument describes the whole entry: a part that is not given is removed (`name:tag`
 * drops an existing `newName` and `digest`; `name=newName` drops `newTag` and `digest`), and
 * `*` as a part keeps what the file has. A name given twice: the last argument wins.
 *
 * Deliberate difference: every part is validated (kustomize writes any string), so a typo
 * is reported with the reason instead of ending up in the file.
 */

const KEEP = '*';
const SET_IMAGE_FORMS = [
    '<image>=<newimage>:<newtag>@<digest>',
    '<image>=<newimage>:<newtag>',
    '<image>=<newimage>@<digest>',
    '<image>=<newimage>',
    '<image>:<newtag>@<digest>',
    '<image>:<newtag>',
    '<image>@<digest>',
];
class SetImageArgError extends Error {
    arg;
    reason;
    name = 'SetImageArgError';
    constructor(arg, reason) {
        super(`invalid image argument "${arg}": ${reason}`);
        this.arg = arg;
        this.reason = reason;
    }
}
/** kustomize's image.Split: `:` and `@` only count after the first `/` (a host may have a port). */
function splitImage(value) {
    const slash = value.indexOf('/');
    const offset = slash > 0 ? slash : 0;
    const search = value.slice(offset);
    const at = search.indexOf('@');
    const colon = search.indexOf(':');
    if (colon < 0 && at < 0)
        return { name: value };
    if (at >= 0 && (colon < 0 || at < colon)) {
        return { name: value.slice(0, offset + at), digest: value.slice(offset + at + 1) };
    }
    if (at >= 0) {
        return {
            name: value.slice(0, offset + colon),
            tag: value.slice(offset + colon + 1, offset + at),
            digest: value.slice(offset + at + 1),
        };
    }
    return { name: value.slice(0, offset + colon), tag: value.slice(offset + colon + 1) };
}
function change(arg, part, value, problem) {
    if (value === undefined || value === '')
        return 'remove';
    if (value === KEEP)
        return 'keep';
    const issue = problem(value);
    if (issue)
        throw new SetImageArgError(arg, `${part} "${value}": ${issue}`);
    return { set: value };
}
function repositoryProblem(value) {
    try {
        (0,reference/* parseRepositoryName */.$M)(value);
        return undefined;
    }
    catch (err) {
        if (err instanceof reference/* ReferenceError */.AF)
            return err.reason;
        throw err;
    }
}
function parseSetImageArg(arg) {
    const eq = arg.indexOf('=');
    const key = eq === -1 ? undefined : arg.slice(0, eq);
    const value = eq === -1 ? arg : arg.slice(eq + 1);
    const parts = splitImage(value);
    if (key === undefined && parts.tag === undefined && parts.digest === undefined) {
        throw new SetImageArgError(arg, `it sets nothing; use one of:\n  ${SET_IMAGE_FORMS.join('\n  ')}`);
    }
    const name = key ?? parts.name;
    if (name === '' || name === KEEP)
        throw new SetImageArgError(arg, 'the image name is missing');
    const nameIssue = repositoryProblem(name);
    if (nameIssue)
        throw new SetImageArgError(arg, `image name "${name}": ${nameIssue}`);
    return {
        name,
        patch: {
            newName: change(arg, 'new name', key === undefined ? undefined : parts.name, repositoryProblem),
            newTag: change(arg, 'tag', parts.tag, reference/* tagProblem */.qH),
            digest: change(arg, 'digest', parts.digest, reference/* digestProblem */.WQ),
        },
    };
}
/** Parses all arguments; a name given twice keeps the last one (as kustomize does). */
function parseSetImageArgs(args) {
    const byName = new Map();
    for (const arg of args) {
        const parsed = parseSetImageArg(arg);
        byName.delete(parsed.name);
        byName.set(parsed.name, parsed);
    }
    return [...byName.values()];
}

// EXTERNAL MODULE: ./src/overlay/kustomize.ts
var kustomize = __webpack_require__(4183);
// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __webpack_require__(7950);
;// CONCATENATED MODULE: ./src/overlay/set-image.ts
/**
 * `set-image` on a kustomization's text: kustomize's `edit set image` results, written in
 * place. Deliberate difference: entries keep their order (kustomize sorts them by name and
 * rewrites the file); new entries go to the end with keys in kustomize's field order.
 */


function same(a, b) {
    return a?.newName === b.newName && a?.newTag === b.newTag && a?.digest === b.digest;
}
function setImagesText(text, file, args) {
    const before = (0,yaml_edit/* parseYaml */.hN)(text, file);
    (0,kustomize/* kustomizeImages */.Aw)(before); // reject a malformed images: list before planning anything
    const edits = args.flatMap((a) => (0,kustomize/* kustomizeEdits */.r9)(before, a.name, a.patch));
    const after = edits.length === 0 ? text : (0,yaml_edit/* editYaml */.aL)(text, file, edits);
    const result = (0,yaml_edit/* parseYaml */.hN)(after, file);
    const changes = [];
    for (const { name } of args) {
        const old = (0,kustomize/* findKustomizeImage */.AK)(before, name);
        const now = (0,kustomize/* findKustomizeImage */.AK)(result, name);
        if (!now)
            throw new Error(`internal error: image ${name} missing after set-image`);
        if (!same(old, now))
            changes.push({ name, ...(old ? { before: old } : {}), after: now });
    }
    return { after, changes };
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/set-image.ts







const HELP = `usage: image-promote set-image FILE ARG... [--dry-run]

Sets images in a kustomization like \`kustomize edit set image\`, without a kustomize
binary and without touching any other byte of the file (comments, order, quoting).
FILE is a kustomization.yaml (or the directory holding it). Each ARG is one of:
  ${SET_IMAGE_FORMS.join('\n  ')}
A part that is not given is removed from the entry; * keeps what the file has
(e.g. app=*:v2 changes the tag and keeps newName). Entries are matched by name; new ones are
added at the end of images:.

options:
  --dry-run  print the new file instead of writing it`;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
async function kustomizationFile(cwd, input) {
    const path = (0,external_node_path_.resolve)(cwd, input);
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch {
        throw new errors/* UserError */.yo(`image-promote set-image: ${input} does not exist`);
    }
    if (!info.isDirectory())
        return path;
    for (const name of KUSTOMIZATION_FILES) {
        const candidate = (0,external_node_path_.join)(path, name);
        if (await (0,promises_.stat)(candidate).then(() => true, () => false))
            return candidate;
    }
    throw new errors/* UserError */.yo(`image-promote set-image: ${input} has no kustomization.yaml`);
}
function show(image) {
    if (!image)
        return '(new)';
    const parts = [
        image.newName === undefined ? undefined : `newName=${image.newName}`,
        image.newTag === undefined ? undefined : `newTag=${image.newTag}`,
        image.digest === undefined ? undefined : `digest=${image.digest}`,
    ].filter((p) => p !== undefined);
    return parts.length === 0 ? '(name only)' : parts.join(' ');
}
async function setImageCommand(ctx) {
    const { values, positionals } = (0,context/* parseFlags */.b)('set-image', ctx.args, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
        ctx.stdout(`${HELP}\n`);
        return 0;
    }
    const [input, ...args] = positionals;
    if (input === undefined || args.length === 0) {
        throw new context/* UsageError */.e(`image-promote set-image: expected FILE and at least one image\n\n${HELP}`);
    }
    let parsed;
    try {
        parsed = parseSetImageArgs(args);
    }
    catch (err) {
        if (err instanceof SetImageArgError)
            throw new context/* UsageError */.e(`image-promote set-image: ${err.message}`);
        throw err;
    }
    const file = await kustomizationFile(ctx.cwd, input);
    const text = await (0,promises_.readFile)(file, 'utf8');
    const { after, changes } = setImagesText(text, input, parsed);
    if (values['dry-run']) {
        ctx.stdout(after);
        return 0;
    }
    if (changes.length === 0) {
        ctx.logger.info(`image-promote set-image: ${input} already says that; nothing written`);
        return 0;
    }
    await (0,atomic_write/* writeFileAtomic */.Z)(file, after);
    for (const c of changes)
        ctx.stdout(`${c.name}: ${show(c.before)} -> ${show(c.after)}\n`);
    return 0;
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
