export const id = 64;
export const ids = [64];
export const modules = {

/***/ 6770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Rz: () => (/* binding */ GlobList),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   yk: () => (/* binding */ escapeGlob),
/* harmony export */   yz: () => (/* binding */ lowerBound)
/* harmony export */ });
/* unused harmony exports ascendingUnique, directoryGlob */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Path globs with one documented rule: patterns are read in order and the LAST pattern
 * that matches a file decides; a `!` pattern un-matches. So `['k8s/**', '!k8s/crds/**']`
 * means "k8s except crds", and a list of only `!` patterns matches nothing.
 *
 * picomatch over minimatch: it compiles each pattern to one RegExp up front, which is what
 * a 20,000-file × 30-image classification needs, and it is the engine behind micromatch,
 * whose syntax users already know from dorny/paths-filter.
 */

/** Returns why `pattern` is not a usable glob, or undefined when it is fine. */
function globProblem(pattern) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.trim() === '')
        return 'an empty pattern matches nothing';
    if (body !== body.trim())
        return 'leading or trailing spaces are not allowed';
    if (body.startsWith('/'))
        return 'patterns are relative to the repository root; drop the leading "/"';
    if (body.includes('\\'))
        return 'use "/" as the path separator';
    if (body.endsWith('/'))
        return `a trailing "/" matches nothing; write "${body}**" for everything inside`;
    if (body.split('/').some((seg) => seg === '..' || seg === '.')) {
        return '"." and ".." segments are not allowed; write the path from the repository root';
    }
    if (!balanced(body, '[', ']') || !balanced(body, '{', '}') || !balanced(body, '(', ')')) {
        return 'unbalanced brackets or braces';
    }
    // A path, `dir/**` or `**/*.ext` (the usual shapes) compiles; others are checked by picomatch.
    if (simpleShape(body))
        return undefined;
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(body, { dot: true });
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
    return undefined;
}
/** Patterns compileOne answers with string compares, without picomatch. */
function simpleShape(pattern) {
    // picomatch refuses patterns longer than 64 KiB, whatever their shape.
    if (pattern.length > 64 * 1024)
        return false;
    if (pattern === '**' || shapeOf(pattern).kind !== 'other')
        return true;
    const suffix = /^\*\*\/\*([^/]+)$/.exec(pattern);
    return suffix?.[1] !== undefined && !GLOB_CHARS.test(suffix[1]);
}
function balanced(s, open, close) {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === open)
            depth++;
        else if (c === close) {
            depth--;
            if (depth < 0)
                return false;
        }
    }
    return depth === 0;
}
/** A validated pattern list, compiled once (last match wins). */
class GlobList {
    compiled;
    /** Whether `firstMatch` can answer by binary search (every positive pattern a path or dir). */
    rangeable;
    matches;
    constructor(patterns) {
        this.compiled =
            'compiled' in patterns
                ? patterns.compiled
                : patterns.map((p) => {
                    const negated = p.startsWith('!');
                    const body = negated ? p.slice(1) : p;
                    return { negated, shape: shapeOf(body), test: compileOne(body) };
                });
        const compiled = this.compiled;
        // Negated patterns only remove matches, so only the positive ones need a known range.
        this.rangeable = compiled.every((c) => c.negated || c.shape.kind !== 'other');
        if (compiled.length === 0)
            this.matches = () => false;
        else if (compiled.every((c) => !c.negated)) {
            // Without negations the answer is simply "any pattern matches".
            this.matches = (file) => {
                for (const c of compiled)
                    if (c.test(file))
                        return true;
                return false;
            };
        }
        else {
            this.matches = (file) => {
                for (let i = compiled.length - 1; i >= 0; i--) {
                    const c = compiled[i];
                    if (c.test(file))
                        return !c.negated;
                }
                return false;
            };
        }
    }
    /**
     * The same list without the patterns that cannot match anything under `dir` ('' is the
     * repository root): for paths under `dir` (and `dir` itself) it answers exactly as this
     * one does, with fewer tests per path. Patterns are not compiled again.
     */
    within(dir) {
        if (dir === '')
            return this;
        const kept = this.compiled.filter(({ shape }) => {
            if (shape.kind === 'literal')
                return shape.path === dir || shape.path.startsWith(`${dir}/`);
            if (shape.kind === 'dir') {
                const base = shape.base;
                return base === dir || dir.startsWith(`${base}/`) || base.startsWith(`${dir}/`);
            }
            return true;
        });
        return kept.length === this.compiled.length ? this : new GlobList({ compiled: kept });
    }
    /**
     * Every path of `sorted` that matches, in order. Like firstMatch, only the ranges of
     * literal and directory patterns are visited when every positive pattern has one.
     */
    allMatches(sorted) {
        return this.allMatchIndices(sorted).map((i) => sorted[i]);
    }
    /** The indices into `sorted` of every path that matches, ascending. */
    allMatchIndices(sorted) {
        if (!this.rangeable) {
            const all = [];
            for (let i = 0; i < sorted.length; i++)
                if (this.matches(sorted[i]))
                    all.push(i);
            return all;
        }
        const found = [];
        for (const { shape, negated } of this.compiled) {
            if (negated)
                continue;
            if (shape.kind === 'literal') {
                const at = lowerBound(sorted, shape.path);
                if (sorted[at] === shape.path && this.matches(shape.path))
                    found.push(at);
            }
            else if (shape.kind === 'dir') {
                const dir = `${shape.base}/`;
                const at = lowerBound(sorted, shape.base);
                if (sorted[at] === shape.base && this.matches(shape.base))
                    found.push(at);
                for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                    const f = sorted[i];
                    if (!f.startsWith(dir))
                        break;
                    if (this.matches(f))
                        found.push(i);
                }
            }
        }
        return ascendingUnique(found);
    }
    /**
     * Some path of `sorted` (ascending, as `<` orders strings) that matches, or undefined.
     * When every positive pattern is a path or a directory, only the files inside their
     * ranges (found by binary search) can match, so an image whose paths saw no change costs
     * a few comparisons, not a pass over a 20,000-file diff.
     */
    firstMatch(sorted) {
        if (!this.rangeable)
            return sorted.find(this.matches);
        for (const { shape, negated } of this.compiled) {
            if (negated)
                continue;
            if (shape.kind === 'literal') {
                if (sorted[lowerBound(sorted, shape.path)] === shape.path && this.matches(shape.path))
                    return shape.path;
            }
            else if (shape.kind === 'dir') {
                const dir = `${shape.base}/`;
                if (sorted[lowerBound(sorted, shape.base)] === shape.base && this.matches(shape.base))
                    return shape.base;
                for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                    const f = sorted[i];
                    if (!f.startsWith(dir))
                        break;
                    if (this.matches(f))
                        return f;
                }
            }
        }
        return undefined;
    }
}
/** Sorts and drops duplicates (ranges of several patterns may overlap or come out of order). */
function ascendingUnique(indices) {
    let sorted = true;
    for (let i = 1; i < indices.length; i++) {
        if (indices[i - 1] >= indices[i]) {
            sorted = false;
            break;
        }
    }
    if (sorted)
        return indices;
    indices.sort((a, b) => a - b);
    return indices.filter((v, i) => i === 0 || v !== indices[i - 1]);
}
/** Index of the first element of `sorted` that is >= `value`. */
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Compiles a validated pattern list into one matcher (last match wins). */
function compileGlobs(patterns) {
    return new GlobList(patterns).matches;
}
// Characters that make a pattern more than a literal path (escapes included).
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
// One pattern → a test. The shapes path filters are mostly made of are answered with
// string compares: `dir/**` by a prefix, `**` + `/*.md` by a suffix, a plain path by
// equality. Otherwise the literal directory prefix picomatch finds is checked before the
// RegExp, so most files of a large diff never reach it. A unit test holds every shortcut
// to picomatch's own answers.
function shapeOf(pattern) {
    if (!GLOB_CHARS.test(pattern))
        return { kind: 'literal', path: pattern };
    const dirOnly = /^(.+)\/\*\*$/.exec(pattern);
    if (dirOnly?.[1] !== undefined && !GLOB_CHARS.test(dirOnly[1]))
        return { kind: 'dir', base: dirOnly[1] };
    return { kind: 'other' };
}
// A pattern always compiles to the same test: compiled once per process (the Classifier,
// source keys and the typo checks all compile the images' patterns).
const compiledTests = new Map();
function compileOne(pattern) {
    let test = compiledTests.get(pattern);
    if (!test)
        compiledTests.set(pattern, (test = compileTest(pattern)));
    return test;
}
function compileTest(pattern) {
    if (pattern === '**')
        return () => true;
    const shape = shapeOf(pattern);
    if (shape.kind === 'literal')
        return (f) => f === shape.path;
    if (shape.kind === 'dir') {
        const { base } = shape;
        const dir = `${base}/`;
        return (f) => f === base || f.startsWith(dir);
    }
    const suffix = /^\*\*\/\*([^/]+)$/.exec(pattern);
    if (suffix?.[1] !== undefined && !GLOB_CHARS.test(suffix[1])) {
        const end = suffix[1];
        return (f) => f.endsWith(end);
    }
    // `dir/**/*.ext`: under `dir`, ending in `.ext` (`**` is any depth, `*` no `/`).
    const under = /^(.+)\/\*\*\/\*([^/]+)$/.exec(pattern);
    if (under?.[1] !== undefined &&
        under[2] !== undefined &&
        !GLOB_CHARS.test(under[1]) &&
        !GLOB_CHARS.test(under[2])) {
        const dir = `${under[1]}/`;
        const end = under[2];
        return (f) => f.startsWith(dir) && f.length - dir.length >= end.length && f.endsWith(end);
    }
    const re = picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(pattern, { dot: true });
    const scan = picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern);
    if (scan.base.includes('\\') || scan.base === '')
        return (f) => re.test(f);
    const base = scan.base;
    const dir = `${base}/`;
    return (f) => (f === base || f.startsWith(dir)) && re.test(f);
}
/** Glob that matches everything under a directory (`.` is the repository root). */
function directoryGlob(dir) {
    return dir === '.' || dir === '' ? '**' : `${escapeGlob(dir)}/**`;
}
/** Escapes glob metacharacters so a literal path can be used as a pattern. */
function escapeGlob(path) {
    return path.replace(/[*?[\]{}()!+@]/g, (c) => `\\${c}`);
}


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const INPUTS = {
    images: {
        description: 'YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, key (alias helm-key), helm-repository-key, value (auto | tag | digest | reference).',
        default: '',
    },
    image: {
        description: 'Single-image shorthand: the image name as overlays know it (also its repository under `registry`).',
        default: '',
    },
    context: { description: 'Single-image shorthand: build context directory.', default: '.' },
    dockerfile: {
        description: 'Single-image shorthand: Dockerfile path (default <context>/Dockerfile).',
        default: '',
    },
    paths: {
        description: 'Single-image shorthand: globs (one per line) whose changes mean "rebuild this image".',
        default: '',
    },
    registry: {
        description: 'Registry (and optional namespace) the image repositories live under, e.g. ghcr.io/acme or localhost:5000.',
        default: '',
    },
    overlay: {
        description: 'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML, JSON or .tfvars file), one per line.',
        default: '',
    },
    'overlay-format': {
        description: 'auto | kustomize | helm | yaml | json | tfvars',
        default: 'auto',
    },
    'overlay-repository': {
        description: 'The overlays live in this repository (owner/name on the same GitHub server, or a git URL); `overlay` paths are relative to it.',
        default: '',
    },
    'overlay-branch': {
        description: 'Branch of overlay-repository to read and write (default: its default branch).',
        default: '',
    },
    'overlay-token': {
        description: 'Token for overlay-repository (default: github-token).',
        default: '',
    },
    'create-missing': {
        description: 'Add an entry (or key) for an image the overlay does not name yet, instead of failing.',
        default: 'false',
    },
    'from-overlay': {
        description: 'Promotion source overlay (e.g. staging): its refs are verified and written to `overlay`.',
        default: '',
    },
    'deploy-paths': {
        description: 'Globs (one per line) of deploy configuration: changes here alone never trigger a build.',
        default: 'k8s/**\ndeploy/**\ninfra/**\nhelm/**',
    },
    'ignore-paths': {
        description: 'Globs (one per line) of files that never affect a deployment.',
        default: '**/*.md\ndocs/**\n.github/**',
    },
    mode: { description: 'auto | build | reuse | promote | rollback | plan', default: 'auto' },
    'tag-template': {
        description: 'Immutable tag for new builds. Tokens: {sha} {sha:N} {branch} {pr} {date} {datetime} {run} {version}.',
        default: 'sha-{sha:7}',
    },
    'pr-tag-template': {
        description: 'Tag for pull request preview builds.',
        default: 'pr-{pr}-{sha:7}',
    },
    'extra-tags': {
        description: 'Mutable tags added to builds, one per line: templates with {branch} on every branch push, others (latest) on the default branch only. Never written into an overlay without a digest.',
        default: 'latest',
    },
    'promote-tags': {
        description: 'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
        default: '',
    },
    'source-tag': {
        description: 'Immutable tag every image image-promote pushes also gets, naming its source: {source:N} is the first N hex of the source key. Empty turns source tags off.',
        default: 'src-{source:16}',
    },
    tag: {
        description: 'Redeploy: a tag for every image, or NAME=TAG lines for some (the others keep running what they run). Roll back: previous, previous~N, or NAME=previous. In a matrix build job: the planned tag.',
        default: '',
    },
    'force-build': { description: 'Build even when no code changed.', default: 'false' },
    push: { description: 'Push built images (false: build only).', default: 'true' },
    'write-overlay': {
        description: 'Write the chosen refs into the overlay file(s).',
        default: 'false',
    },
    'pin-digest': { description: 'Also write the digest into the overlay.', default: 'false' },
    commit: {
        description: 'false | true (commit and push the overlay change, retrying with rebase) | pull-request (push it to a branch and open or update a pull request).',
        default: 'false',
    },
    'pull-request-branch': {
        description: 'Branch a commit: pull-request change is pushed to. Token: {environment}.',
        default: 'image-promote/{environment}',
    },
    'commit-message': {
        description: 'Commit message template. Tokens: {environment} {changes} {image} {from} {to} {sha}.',
        default: 'deploy({environment}): {changes} ({sha}) [skip ci]',
    },
    environment: {
        description: 'Environment name used in commit messages and the summary.',
        default: '',
    },
    base: { description: 'Override the base commit of the change detection.', default: '' },
    'github-token': {
        description: 'Token for the GitHub API (change-list fallback, pull requests) and, by default, for overlay-repository.',
        default: '${{ github.token }}',
    },
    'dry-run': {
        description: 'Decide and verify, but build, push and write nothing.',
        default: 'false',
    },
    'insecure-registries': {
        description: 'Registries reached over plain HTTP besides localhost/127.0.0.1, one per line.',
        default: '',
    },
    'allow-tag-overwrite': {
        description: 'Allow moving an existing immutable tag to a different digest (refused by default).',
        default: 'false',
    },
    'cache-from': { description: 'buildx --cache-from entries, one per line.', default: '' },
    'cache-to': { description: 'buildx --cache-to entries, one per line.', default: '' },
    'matrix-image': {
        description: 'In a matrix build job: build only this image (name from the plan matrix).',
        default: '',
    },
    'from-plan': {
        description: 'The `images` output of an earlier `mode: plan` run: verify those refs exist and apply them instead of deciding again.',
        default: '',
    },
    'max-parallel': { description: 'Images built at the same time.', default: '2' },
};
const OUTPUTS = {
    decision: 'build | reuse | promote | rollback | skip (the strongest decision over all images), or failed when the run failed.',
    reason: 'One human sentence explaining the decision.',
    tag: 'The tag to deploy (of the first image when images differ).',
    images: 'JSON array: name, repository, ref, tag, digest, source, decision, reason, status (verified | pushed | built | planned | failed | not-attempted), from, base.',
    digests: 'JSON object: image name → digest.',
    matrix: 'JSON {include:[…]} of the images to build, for a build matrix.',
    base: "The commit the explanation compares with: the one the environment runs, else the event rule's base.",
    head: 'Head commit.',
    'base-rule': 'Which rule chose the base (deployed, push, new-branch, force-push, pull-request, merge-group, previous-tag, input, …).',
    changed: 'code | deploy | ignored | none | unknown: what changed since the commit the environment runs.',
    'overlay-changed': 'true when this run changed (or, in a dry run, would change) an overlay file.',
    'kustomize-args': 'Arguments for `kustomize edit set image`, space separated.',
    'commit-sha': "The commit that holds the overlay change (pushed by this run, or already there); the first overlay repository's.",
    commits: 'JSON object: overlay repository → {commit} or {pullRequest: {number, url}, branch, commit}.',
    'pull-request-number': 'The pull request that carries the overlay change (commit: pull-request).',
    'pull-request-url': 'Its URL.',
};


/***/ }),

/***/ 8410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p_: () => (/* binding */ list),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: isValidBranchName, lines, parseBoolean, parseTagInput

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/yaml-input.ts
var yaml_input = __webpack_require__(3898);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __webpack_require__(6770);
// EXTERNAL MODULE: ./src/overlay/commit-message.ts
var commit_message = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(2875);
;// CONCATENATED MODULE: ./src/paths.ts
/**
 * User-supplied paths (overlay, from-overlay, images files, build contexts) must stay inside
 * the workspace: no `..` escapes, no absolute paths elsewhere, no symlinks leading out. The
 * action writes and commits overlays, so a path outside would be a way to touch other files.
 */



function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    // `..foo` is a file name inside; `..` and `../x` are outside.
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/** realpath of `path`, or of its nearest existing ancestor with the rest appended. */
function realpathOfNearest(path) {
    let existing = path;
    const rest = [];
    while (!(0,external_node_fs_.existsSync)(existing)) {
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            break;
        rest.unshift((0,external_node_path_.basename)(existing));
        existing = parent;
    }
    return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(existing), ...rest);
}
/**
 * Resolves `input` (relative to `workspace`, or absolute) and returns the absolute path.
 * Throws InputError(inputName) when it is empty or leads outside the workspace, directly or
 * through a symlink. The path need not exist (callers report missing files themselves).
 */
function resolveInsideWorkspace(workspace, input, inputName) {
    if (input.trim() === '')
        throw new errors/* InputError */.dz(inputName, 'the path is empty');
    if (input.includes('\0'))
        throw new errors/* InputError */.dz(inputName, 'the path contains a NUL character');
    const root = (0,external_node_path_.resolve)(workspace);
    const path = (0,external_node_path_.resolve)(root, input);
    const fix = 'use a path inside the repository (relative to the workspace)';
    if (!isInside(root, path)) {
        throw new errors/* InputError */.dz(inputName, `"${input}" is outside the workspace ${root}`, fix);
    }
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    if (!isInside(realRoot, realpathOfNearest(path))) {
        throw new errors/* InputError */.dz(inputName, `"${input}" leads outside the workspace through a symlink`, fix);
    }
    return path;
}
/** `path` relative to `workspace`, with `/` separators (for messages and git). */
function workspaceRelative(workspace, path) {
    return (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, path)).split(external_node_path_.sep).join('/') || '.';
}

// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __webpack_require__(8159);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * Inputs → one validated Config. The only module that interprets input strings; every
 * error names the input and says what to do.
 */












const IMAGE_KEYS = [
    'name',
    'repository',
    'context',
    'dockerfile',
    'paths',
    'target',
    'build-args',
    'platforms',
    'key',
    'helm-key',
    'helm-repository-key',
    'value',
];
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const PLATFORM_RE = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
/** Splits a multi-line input; `#` starts a comment line. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/** Splits on newlines and commas (for values that cannot contain commas, like tags). */
function list(value) {
    return lines(value).flatMap((l) => l
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean));
}
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false' || v === '')
        return false;
    throw new errors/* InputError */.dz(name, `"${value}" is not a boolean`, 'use true or false');
}
function oneOf(name, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v))
        return v;
    throw new errors/* InputError */.dz(name, `"${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
}
/** `label` says where inside the input the list is (e.g. `images[0].paths`), if anywhere. */
function checkGlobs(input, patterns, workspace, label) {
    const where = label ? `${label}: ` : '';
    for (const p of patterns) {
        const problem = (0,globs/* globProblem */.AI)(p);
        if (problem)
            throw new errors/* InputError */.dz(input, `${where}invalid glob "${p}": ${problem}`);
        // A bare directory name matches only a file of that name, never what is inside it.
        const body = p.startsWith('!') ? p.slice(1) : p;
        if (!/[*?[\]{}()!+@\\]/.test(body) && isDirectory((0,external_node_path_.join)(workspace, body))) {
            throw new errors/* InputError */.dz(input, `${where}"${p}" is a directory and matches nothing inside it`, `write "${p}/**"`);
        }
    }
    return patterns;
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function checkTemplate(name, template, requireImmutable) {
    try {
        (0,tags_template/* parseTemplate */.QC)(template);
    }
    catch (err) {
        if (err instanceof tags_template/* TemplateError */.$w)
            throw new errors/* InputError */.dz(name, err.message);
        throw err;
    }
    if (name !== 'source-tag' && (0,tags_template/* tokensOf */.k8)(template).includes('source')) {
        throw new errors/* InputError */.dz(name, '{source} is only for source-tag', 'use {sha:7} to name the commit');
    }
    if (requireImmutable && !(0,tags_template/* isImmutableTemplate */.pe)(template)) {
        throw new errors/* InputError */.dz(name, `"${template}" gives the same tag to different builds`, 'include {sha:7} (or {sha}, {version}, {run}, {datetime}) so every build gets its own immutable tag');
    }
    return template;
}
/** Workspace-relative, `/`-separated, no `./` prefix or trailing `/`; `.` for the root. */
function normaliseDir(input, label, value) {
    const v = value.trim().replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
    if (v === '' || v === '.')
        return '.';
    if ((0,external_node_path_.isAbsolute)(v) || v.split('/').includes('..')) {
        throw new errors/* InputError */.dz(input, `${label} "${value}" must be a path inside the workspace`, 'write it relative to the repository root');
    }
    return v;
}
function closest(word, options) {
    const distance = (a, b) => {
        const dp = Array.from({ length: a.length + 1 }, (_, i) => [
            i,
            ...Array(b.length).fill(0),
        ]);
        for (let j = 1; j <= b.length; j++)
            dp[0][j] = j;
        for (let i = 1; i <= a.length; i++) {
            for (let j = 1; j <= b.length; j++) {
                const row = dp[i];
                const prev = dp[i - 1];
                row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            }
        }
        return dp[a.length][b.length];
    };
    const best = options.map((o) => ({ o, d: distance(word, o) })).sort((x, y) => x.d - y.d)[0];
    return best && best.d <= 3 ? best.o : undefined;
}
function stringList(where, value) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === 'string')
        return lines(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
        return value.map(String);
    }
    throw new errors/* InputError */.dz('images', `${where} must be a list of strings`);
}
function buildArgs(where, value) {
    if (value === undefined || value === null)
        return {};
    let entries;
    if (Array.isArray(value)) {
        entries = value.map((v) => {
            const s = typeof v === 'string' ? v : '';
            const eq = s.indexOf('=');
            if (eq <= 0)
                throw new errors/* InputError */.dz('images', `${where}: ${JSON.stringify(v)} is not KEY=VALUE`);
            return [s.slice(0, eq), s.slice(eq + 1)];
        });
    }
    else if (typeof value === 'object') {
        entries = Object.entries(value);
    }
    else {
        throw new errors/* InputError */.dz('images', `${where} must be a map or a list of KEY=VALUE`);
    }
    const out = {};
    for (const [k, v] of entries) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            throw new errors/* InputError */.dz('images', `${where}: "${k}" is not a valid build-arg name`);
        if (v === null || v === undefined)
            out[k] = '';
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
        else
            throw new errors/* InputError */.dz('images', `${where}.${k} must be a scalar`);
    }
    return out;
}
function optionalString(where, value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new errors/* InputError */.dz('images', `${where} must be a string`);
    return value.trim();
}
/** `data`: the input as YAML data already (InputSource.structured), else `raw` is parsed. */
function readImagesInput(raw, workspace, data) {
    let doc;
    if (data !== undefined)
        doc = data;
    else {
        let text = raw;
        const single = raw.trim();
        // A single line naming a .yml/.yaml file is a path; anything else is inline YAML.
        if (!single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-')) {
            text = (0,yaml_input/* readInputFile */.j)('images', resolveInsideWorkspace(workspace, single, 'images'), single);
        }
        doc = (0,yaml_input/* parseInputYaml */.V)('images', text, 'the list');
    }
    // Allow both a bare list and `images: [...]` in a file.
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'images' in doc) {
        doc = doc.images;
    }
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new errors/* InputError */.dz('images', 'must be a non-empty YAML list of image entries', 'e.g. "- name: api\\n  context: services/api"');
    }
    return doc.map((entry, i) => {
        const where = `images[${i}]`;
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            throw new errors/* InputError */.dz('images', `${where} must be a map with at least "name"`);
        }
        return { where, fields: entry };
    });
}
function parseImage(raw, registry, workspace) {
    const { where, fields } = raw;
    // The flat single-image inputs report errors under their own names.
    const inputOf = (field) => raw.flat ? field : 'images';
    for (const key of Object.keys(fields)) {
        if (!IMAGE_KEYS.includes(key)) {
            const hint = closest(key, IMAGE_KEYS);
            throw new errors/* InputError */.dz('images', `${where} has an unknown key "${key}"`, hint ? `did you mean "${hint}"?` : `allowed keys: ${IMAGE_KEYS.join(', ')}`);
        }
    }
    const name = optionalString(`${where}.name`, fields.name);
    if (!name)
        throw new errors/* InputError */.dz('images', `${where} needs a "name" (the image name the overlay uses)`);
    if (!NAME_RE.test(name))
        throw new errors/* InputError */.dz('images', `${where}.name "${name}" is not a valid image name`);
    const context = normaliseDir(inputOf('context'), `${where}.context`, optionalString(`${where}.context`, fields.context) ?? '.');
    const dockerfileRaw = optionalString(`${where}.dockerfile`, fields.dockerfile);
    const dockerfile = dockerfileRaw
        ? normaliseDir(inputOf('dockerfile'), `${where}.dockerfile`, dockerfileRaw)
        : context === '.'
            ? 'Dockerfile'
            : `${context}/Dockerfile`;
    resolveInsideWorkspace(workspace, context, inputOf('context'));
    resolveInsideWorkspace(workspace, dockerfile, inputOf('dockerfile'));
    const paths = checkGlobs(inputOf('paths'), stringList(`${where}.paths`, fields.paths), workspace, raw.flat ? undefined : `${where}.paths`);
    const repositoryRaw = optionalString(`${where}.repository`, fields.repository) ?? name;
    let repository;
    try {
        repository = (0,reference/* joinRepository */.pA)(registry, repositoryRaw);
    }
    catch (err) {
        if (err instanceof reference/* ReferenceError */.AF) {
            throw new errors/* InputError */.dz('images', `${where}.repository "${repositoryRaw}": ${err.reason}`, 'give a repository name without tag or digest');
        }
        throw err;
    }
    if (repository.tag !== undefined || repository.digest !== undefined) {
        throw new errors/* InputError */.dz('images', `${where}.repository "${repositoryRaw}" must not carry a tag or digest`);
    }
    const platforms = stringList(`${where}.platforms`, fields.platforms).flatMap((p) => list(p));
    for (const p of platforms) {
        if (!PLATFORM_RE.test(p))
            throw new errors/* InputError */.dz('images', `${where}.platforms: "${p}" is not os/arch[/variant]`, 'e.g. linux/amd64');
    }
    const valueRaw = optionalString(`${where}.value`, fields.value) ?? 'auto';
    if (!types/* VALUE_SHAPES */.B0.includes(valueRaw)) {
        throw new errors/* InputError */.dz('images', `${where}.value "${valueRaw}" is not a value shape`, `use one of: ${types/* VALUE_SHAPES */.B0.join(', ')}`);
    }
    const image = {
        name,
        repository,
        context,
        dockerfile,
        paths,
        buildArgs: buildArgs(`${where}.build-args`, fields['build-args']),
        platforms,
        value: valueRaw,
    };
    const target = optionalString(`${where}.target`, fields.target);
    if (target !== undefined) {
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
            throw new errors/* InputError */.dz('images', `${where}.target "${target}" is not a stage name`);
        image.target = target;
    }
    if (fields.key !== undefined && fields['helm-key'] !== undefined) {
        throw new errors/* InputError */.dz('images', `${where} has both "key" and "helm-key"`, 'they are the same setting (helm-key is the old name); keep "key"');
    }
    for (const [field, prop] of [
        [fields.key === undefined ? 'helm-key' : 'key', 'key'],
        ['helm-repository-key', 'repositoryKey'],
    ]) {
        const v = optionalString(`${where}.${field}`, fields[field]);
        if (v === undefined)
            continue;
        const problem = (0,key_path/* keyPathProblem */.Q2)(v);
        if (problem)
            throw new errors/* InputError */.dz('images', `${where}.${field} "${v}" is not a key path: ${problem}`, 'e.g. api.image.tag, or spec.template.spec.containers[name=api].image');
        image[prop] = v;
    }
    return image;
}
function parseOverlay(name, value, format, workspace) {
    const file = resolveInsideWorkspace(workspace, value, name);
    return { file, path: workspaceRelative(workspace, file), format };
}
function commitMessage(value) {
    const template = value || inputs/* INPUTS */.m['commit-message'].default;
    (0,commit_message/* checkCommitTemplate */.cD)(template, 'commit-message');
    return template;
}
/** The `images` output of a `mode: plan` run, checked against the configured images. */
function parsePlanInput(value, images) {
    let doc;
    try {
        doc = JSON.parse(value);
    }
    catch {
        throw new errors/* InputError */.dz('from-plan', 'is not JSON', 'pass the `images` output of the plan job unchanged');
    }
    if (!Array.isArray(doc))
        throw new errors/* InputError */.dz('from-plan', "must be the JSON array of the plan job's `images` output");
    return doc.map((entry, i) => {
        const e = (entry ?? {});
        const name = typeof e.name === 'string' ? e.name : '';
        const tag = typeof e.tag === 'string' ? e.tag : '';
        const decision = typeof e.decision === 'string' ? e.decision : '';
        const where = `entry ${i}${name ? ` (${name})` : ''}`;
        if (!images.some((img) => img.name === name)) {
            throw new errors/* InputError */.dz('from-plan', `${where} names an image that is not configured`, 'run the plan and deploy jobs with the same images');
        }
        if (!types/* DECISIONS */.Yv.includes(decision))
            throw new errors/* InputError */.dz('from-plan', `${where} has no valid decision`);
        // A skipped image may run nothing verifiable; every other decision names a tag.
        if (tag !== '' || decision !== 'skip') {
            const problem = (0,reference/* tagProblem */.qH)(tag);
            if (problem)
                throw new errors/* InputError */.dz('from-plan', `${where} has tag "${tag}": ${problem}`);
        }
        const planned = { name, tag, decision: decision, addTags: [] };
        if (typeof e.digest === 'string' && e.digest !== '') {
            const problem = (0,reference/* digestProblem */.WQ)(e.digest);
            if (problem)
                throw new errors/* InputError */.dz('from-plan', `${where} has digest "${e.digest}": ${problem}`);
            planned.digest = e.digest;
        }
        if (typeof e.source === 'string' && e.source !== '') {
            if (!/^[0-9a-f]{64}$/.test(e.source))
                throw new errors/* InputError */.dz('from-plan', `${where} has source "${e.source}": not a source key`);
            planned.source = e.source;
        }
        if (e.addTags !== undefined) {
            if (!Array.isArray(e.addTags) ||
                !e.addTags.every((t) => typeof t === 'string' && (0,reference/* isValidTag */.r_)(t))) {
                throw new errors/* InputError */.dz('from-plan', `${where} has invalid addTags`);
            }
            planned.addTags = e.addTags;
        }
        return planned;
    });
}
/**
 * The `tag` input: one tag for every image, `NAME=TAG` lines for some, `previous`,
 * `previous~N` or `NAME=previous` to roll back.
 */
function parseTagInput(value, images) {
    const entries = lines(value);
    if (entries.length === 0)
        return undefined;
    const names = images.map((i) => i.name);
    const byImage = {};
    let all;
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const name = eq === -1 ? undefined : entry.slice(0, eq).trim();
        const tag = (eq === -1 ? entry : entry.slice(eq + 1)).trim();
        if (name !== undefined) {
            if (!names.includes(name)) {
                const hint = closest(name, names);
                throw new errors/* InputError */.dz('tag', `"${entry}" names the image "${name}", which is not configured`, hint ? `did you mean "${hint}"?` : `images are: ${names.join(', ')}`);
            }
            if (name in byImage)
                throw new errors/* InputError */.dz('tag', `"${name}" is named twice`);
            byImage[name] = tag;
        }
        else {
            if (all !== undefined)
                throw new errors/* InputError */.dz('tag', 'gives more than one tag for every image', 'give one tag, or NAME=TAG lines (one per image)');
            all = tag;
        }
    }
    const values = [...(all === undefined ? [] : [all]), ...Object.values(byImage)];
    const previous = values.map(parsePrevious);
    if (previous.some((p) => p !== undefined)) {
        if (previous.some((p) => p === undefined)) {
            throw new errors/* InputError */.dz('tag', 'mixes "previous" with tags', 'roll back (previous) and redeploy (tags) in separate runs');
        }
        const steps = new Set(previous);
        if (steps.size > 1)
            throw new errors/* InputError */.dz('tag', 'asks for different previous~N steps', 'use one N');
        const request = { kind: 'previous', steps: previous[0] ?? 1 };
        if (all === undefined)
            request.images = Object.keys(byImage);
        return request;
    }
    for (const t of values) {
        const problem = (0,reference/* tagProblem */.qH)(t);
        if (problem)
            throw new errors/* InputError */.dz('tag', `"${t}" is not a valid tag: ${problem}`, 'give a tag such as sha-1a2b3c4, NAME=TAG lines, or "previous" to roll back');
    }
    return { kind: 'tags', byImage, ...(all === undefined ? {} : { all }) };
}
/** `previous` → 1, `previous~3` → 3; undefined for anything else. */
function parsePrevious(value) {
    const m = /^previous(?:~(\d+))?$/.exec(value);
    if (!m)
        return undefined;
    const steps = m[1] === undefined ? 1 : Number(m[1]);
    if (!Number.isSafeInteger(steps) || steps < 1 || steps > 50) {
        throw new errors/* InputError */.dz('tag', `"${value}": N in previous~N goes from 1 to 50`);
    }
    return steps;
}
function parseCommitMode(value) {
    const v = value.trim().toLowerCase();
    if (v === '' || v === 'false')
        return 'none';
    if (v === 'true')
        return 'push';
    if (v === 'pull-request')
        return 'pull-request';
    throw new errors/* InputError */.dz('commit', `"${value}" is not allowed`, 'use false, true or pull-request');
}
function checkSourceTag(value) {
    if (value === '')
        return undefined;
    checkTemplate('source-tag', value, false);
    const parts = (0,tags_template/* parseTemplate */.QC)(value);
    const source = parts.find((p) => 'token' in p && p.token === 'source');
    if (!source || !('token' in source) || (source.length ?? 64) < 12) {
        throw new errors/* InputError */.dz('source-tag', `"${value}" does not name the source with at least 12 hex characters`, 'include {source:16} (or {source}), or set it empty to turn source tags off');
    }
    const other = parts.find((p) => 'token' in p && p.token !== 'source');
    if (other && 'token' in other) {
        throw new errors/* InputError */.dz('source-tag', `{${other.token}} would give one source several tags`, 'use only {source:N} and literal text');
    }
    return value;
}
/** `owner/name` or a git URL; the token defaults to github-token. */
function parseOverlayRepository(source) {
    const repository = source.get('overlay-repository').trim();
    const branch = source.get('overlay-branch').trim();
    const token = source.get('overlay-token').trim() || source.get('github-token').trim();
    if (repository === '') {
        if (branch)
            throw new errors/* InputError */.dz('overlay-branch', 'only applies to overlay-repository, which is not set', 'set overlay-repository, or remove overlay-branch');
        return undefined;
    }
    const ownerName = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository);
    const url = /^(https?|ssh|git|file):\/\/\S+$/.test(repository) || /^[\w.-]+@[\w.-]+:\S+$/.test(repository);
    if (!ownerName && !url) {
        throw new errors/* InputError */.dz('overlay-repository', `"${repository}" is neither owner/name nor a git URL`, 'e.g. acme/gitops or https://git.example.com/acme/gitops.git');
    }
    if (/^https?:\/\/[^/]*@/.test(repository)) {
        throw new errors/* InputError */.dz('overlay-repository', 'the URL carries credentials', 'remove them from the URL and pass the token in overlay-token');
    }
    if (branch && !isValidBranchName(branch)) {
        throw new errors/* InputError */.dz('overlay-branch', `"${branch}" is not a valid branch name`);
    }
    return {
        repository,
        ...(branch ? { branch } : {}),
        ...(token ? { token } : {}),
    };
}
/** An overlay path inside overlay-repository: relative, no `..`, resolved after the clone. */
function repositoryOverlay(name, value, format) {
    const v = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (v === '' || (0,external_node_path_.isAbsolute)(v) || v.split('/').includes('..') || v.includes('\0')) {
        throw new errors/* InputError */.dz(name, `"${value}" must be a path inside overlay-repository`, "write it relative to that repository's root");
    }
    return { file: '', path: v, format };
}
/** Roughly `git check-ref-format --branch`: what a branch name may look like. */
function isValidBranchName(name) {
    return (/^[A-Za-z0-9._/-]+$/.test(name) &&
        !name.startsWith('-') &&
        !name.startsWith('/') &&
        !name.endsWith('/') &&
        !name.endsWith('.') &&
        !name.endsWith('.lock') &&
        !name.includes('..') &&
        !name.includes('//') &&
        !name.split('/').some((part) => part.startsWith('.')));
}
function parsePullRequestBranch(template, environment) {
    const rendered = template.replace(/\{environment\}/g, environment ?? 'deploy');
    if (/[{}]/.test(rendered)) {
        throw new errors/* InputError */.dz('pull-request-branch', `"${template}" has an unknown token`, 'the only token is {environment}');
    }
    if (!isValidBranchName(rendered)) {
        throw new errors/* InputError */.dz('pull-request-branch', `"${rendered}" is not a valid branch name`, 'use letters, digits, "/", "-", "_" and "."');
    }
    return rendered;
}
/** Builds the Config. Throws InputError for the first invalid input. */
function parseConfig(source, ctx) {
    const get = (name) => source.get(name).trim();
    const workspace = ctx.workspace;
    const registry = get('registry').replace(/\/+$/, '') || undefined;
    if (registry !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/.test(registry)) {
        throw new errors/* InputError */.dz('registry', `"${registry}" is not a registry host with an optional namespace`, 'e.g. ghcr.io/acme or 123456789012.dkr.ecr.us-east-1.amazonaws.com');
    }
    const imagesData = source.structured?.('images');
    const imagesRaw = imagesData === undefined ? source.get('images') : '';
    const flat = get('image');
    let images;
    if (imagesData !== undefined || imagesRaw.trim() !== '') {
        if (flat)
            throw new errors/* InputError */.dz('image', 'cannot be combined with "images"', 'list every image under "images"');
        images = readImagesInput(imagesRaw, workspace, imagesData).map((r) => parseImage(r, registry, workspace));
    }
    else if (flat) {
        const fields = { name: flat, context: get('context') || '.' };
        if (get('dockerfile'))
            fields.dockerfile = get('dockerfile');
        const paths = lines(source.get('paths'));
        if (paths.length > 0)
            fields.paths = paths;
        images = [parseImage({ where: 'image', fields, flat: true }, registry, workspace)];
    }
    else {
        throw new errors/* InputError */.dz('images', 'no image configured', 'set "images" (a YAML list) or "image" for a single image');
    }
    const seen = new Set();
    for (const img of images) {
        if (seen.has(img.name))
            throw new errors/* InputError */.dz('images', `image name "${img.name}" appears twice`, 'names must be unique');
        seen.add(img.name);
    }
    const format = oneOf('overlay-format', get('overlay-format') || 'auto', types/* OVERLAY_FORMATS */.OQ);
    if (format !== 'auto' && format !== 'kustomize' && images.some((i) => !i.key)) {
        const missing = images.filter((i) => !i.key).map((i) => i.name);
        throw new errors/* InputError */.dz('overlay-format', `"${format}" needs a key for every image; missing for ${missing.join(', ')}`, 'add key (e.g. api.image.tag) to each image');
    }
    const overlayRepository = parseOverlayRepository(source);
    const overlays = lines(source.get('overlay')).map((p) => overlayRepository
        ? repositoryOverlay('overlay', p, format)
        : parseOverlay('overlay', p, format, workspace));
    const fromOverlayPath = get('from-overlay');
    const fromOverlay = fromOverlayPath
        ? overlayRepository
            ? repositoryOverlay('from-overlay', fromOverlayPath, format)
            : parseOverlay('from-overlay', fromOverlayPath, format, workspace)
        : undefined;
    const mode = oneOf('mode', get('mode') || 'auto', types/* MODES */.FN);
    const tagTemplate = checkTemplate('tag-template', get('tag-template') || 'sha-{sha:7}', true);
    const prTagTemplate = checkTemplate('pr-tag-template', get('pr-tag-template') || 'pr-{pr}-{sha:7}', true);
    const extraTags = list(source.get('extra-tags')).map((t) => checkTemplate('extra-tags', t, false));
    const promoteTags = list(source.get('promote-tags')).map((t) => checkTemplate('promote-tags', t, false));
    const sourceTag = checkSourceTag(source.get('source-tag').trim());
    const pinDigest = parseBoolean('pin-digest', source.get('pin-digest'));
    const tag = parseTagInput(source.get('tag'), images);
    if (tag?.kind === 'previous' && mode !== 'auto' && mode !== 'rollback') {
        throw new errors/* InputError */.dz('tag', `"previous" only means a rollback in mode auto or rollback, not ${mode}`, 'give a tag, or use mode: rollback');
    }
    if (mode === 'rollback' && tag?.kind === 'tags') {
        throw new errors/* InputError */.dz('tag', 'mode "rollback" goes back through the overlay\'s history; it takes previous or previous~N', 'use mode: auto to redeploy a named tag');
    }
    if ((mode === 'rollback' || tag?.kind === 'previous') && overlays.length === 0) {
        throw new errors/* InputError */.dz('overlay', "a rollback reads the previous value from the overlay's git history, but no overlay is set", 'set "overlay"');
    }
    if (mode === 'promote' && !fromOverlay && tag === undefined) {
        throw new errors/* InputError */.dz('mode', '"promote" needs a source', 'set from-overlay (the overlay to promote from) or tag');
    }
    if (mode === 'build' && tag?.kind === 'tags' && Object.keys(tag.byImage).length > 0) {
        throw new errors/* InputError */.dz('tag', 'mode "build" takes one tag (the planned tag of a matrix job), not NAME=TAG lines', 'give a single tag together with matrix-image');
    }
    const maxParallelRaw = get('max-parallel') || '2';
    const maxParallel = Number(maxParallelRaw);
    if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 32) {
        throw new errors/* InputError */.dz('max-parallel', `"${maxParallelRaw}" is not a whole number from 1 to 32`);
    }
    const matrixImage = get('matrix-image') || undefined;
    if (matrixImage !== undefined && !images.some((i) => i.name === matrixImage)) {
        throw new errors/* InputError */.dz('matrix-image', `"${matrixImage}" is not one of the configured images`, `use one of: ${images.map((i) => i.name).join(', ')}`);
    }
    const writeOverlay = parseBoolean('write-overlay', source.get('write-overlay'));
    const commit = parseCommitMode(source.get('commit'));
    if ((writeOverlay || commit !== 'none') && overlays.length === 0) {
        throw new errors/* InputError */.dz(writeOverlay ? 'write-overlay' : 'commit', 'there is no overlay to write', 'set "overlay" to the file(s) to update');
    }
    const push = parseBoolean('push', source.get('push') || 'true');
    if (!push && (writeOverlay || commit !== 'none')) {
        throw new errors/* InputError */.dz('push', 'false pushes nothing, so no image of this run is in the registry to write into an overlay', 'set push: true, or leave write-overlay and commit off (use dry-run to see what would be written)');
    }
    const environment = get('environment') || undefined;
    const pullRequestBranch = parsePullRequestBranch(get('pull-request-branch') || inputs/* INPUTS */.m['pull-request-branch'].default, environment);
    const githubToken = get('github-token') || undefined;
    if (commit === 'pull-request' && !githubToken && !get('overlay-token')) {
        throw new errors/* InputError */.dz('commit', '"pull-request" opens a pull request through the GitHub API, but no token is set', 'set github-token (the job token needs pull-requests: write) or overlay-token');
    }
    const base = get('base') || undefined;
    if (base !== undefined && !/^[A-Za-z0-9_./~^@{}-]+$/.test(base)) {
        throw new errors/* InputError */.dz('base', `"${base}" is not a git revision`, 'give a commit SHA, tag or branch');
    }
    if (base?.startsWith('-'))
        throw new errors/* InputError */.dz('base', `"${base}" cannot start with "-"`);
    const insecureRegistries = list(source.get('insecure-registries'));
    for (const r of insecureRegistries) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(r))
            throw new errors/* InputError */.dz('insecure-registries', `"${r}" is not a host[:port]`);
    }
    const config = {
        workspace,
        images,
        overlays,
        pullRequestBranch,
        createMissing: parseBoolean('create-missing', source.get('create-missing')),
        deployPaths: checkGlobs('deploy-paths', lines(source.get('deploy-paths')), workspace),
        ignorePaths: checkGlobs('ignore-paths', lines(source.get('ignore-paths')), workspace),
        mode,
        tagTemplate,
        prTagTemplate,
        extraTags,
        promoteTags,
        forceBuild: parseBoolean('force-build', source.get('force-build')),
        push,
        writeOverlay,
        pinDigest,
        commit,
        commitMessage: commitMessage(get('commit-message')),
        dryRun: parseBoolean('dry-run', source.get('dry-run')),
        insecureRegistries,
        allowTagOverwrite: parseBoolean('allow-tag-overwrite', source.get('allow-tag-overwrite')),
        cacheFrom: lines(source.get('cache-from')),
        cacheTo: lines(source.get('cache-to')),
        maxParallel,
    };
    if (registry !== undefined)
        config.registry = registry;
    if (fromOverlay)
        config.fromOverlay = fromOverlay;
    if (overlayRepository)
        config.overlayRepository = overlayRepository;
    if (sourceTag !== undefined)
        config.sourceTag = sourceTag;
    if (tag !== undefined)
        config.tag = tag;
    if (base !== undefined)
        config.base = base;
    if (environment)
        config.environment = environment;
    if (githubToken)
        config.githubToken = githubToken;
    if (matrixImage !== undefined)
        config.matrixImage = matrixImage;
    const fromPlan = get('from-plan');
    if (fromPlan)
        config.fromPlan = parsePlanInput(fromPlan, images);
    return config;
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ VALUE_SHAPES),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   OQ: () => (/* binding */ OVERLAY_FORMATS),
/* harmony export */   Yv: () => (/* binding */ DECISIONS)
/* harmony export */ });
const MODES = ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'];
const OVERLAY_FORMATS = ['auto', 'kustomize', 'helm', 'yaml', 'json', 'tfvars'];
/** How an image's value is spelled at its key: kept as found (`auto`) or forced. */
const VALUE_SHAPES = ['auto', 'tag', 'digest', 'reference'];
const DECISIONS = ['build', 'reuse', 'promote', 'rollback', 'skip'];


/***/ }),

/***/ 3898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseInputYaml),
/* harmony export */   j: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/** Reading and parsing the YAML an input names, with errors that name the input. */



/** The longest input file read (an images list or CLI config is a few KB). */
const MAX_INPUT_FILE_BYTES = 1024 * 1024;
/**
 * Reads the file an input names. Only regular files: a FIFO would block the run forever,
 * a device or a huge file is never an image list.
 */
function readInputFile(input, file, shown = file) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    }
    if (!info.isFile()) {
        const what = info.isDirectory()
            ? 'a directory'
            : info.isFIFO()
                ? 'a FIFO'
                : 'not a regular file';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${shown} is ${what}`, 'name a regular YAML file');
    }
    if (info.size > MAX_INPUT_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${shown} is ${info.size} bytes`, 'an input file is at most 1 MiB');
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    }
}
/** Parses YAML with duplicate keys and alias bombs refused. */
function parseInputYaml(input, text, what) {
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { maxAliasCount: 100, uniqueKeys: true });
    }
    catch (err) {
        const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${what} is not valid YAML: ${detail}`);
    }
}


/***/ }),

/***/ 9668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ isVersionTag),
/* harmony export */   NO: () => (/* binding */ triggerFromEvent)
/* harmony export */ });
/* unused harmony export TriggerError */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1243);
/* harmony import */ var _tags_template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8159);
/**
 * GitHub event payload → Trigger: which commit to act on and how to find the base the
 * explanation compares with when the deployed commit is unknown. Pure; the rules are in
 * docs/design.md and the README ("What the explanation compares"); the payloads the tests
 * read are in __tests__/fixtures/events.
 */


class TriggerError extends Error {
    name = 'TriggerError';
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
const SHA_RE = /^[0-9a-f]{40}$/;
const RELEASE_ACTIONS = ['published', 'released', 'prereleased', 'created'];
/** `v1.2.3`, `1.2`, `v2.0.0-rc.1`: tags that name a release. */
function isVersionTag(name) {
    return /^v?\d+(\.\d+)*([-+][0-9A-Za-z.+-]+)?$/.test(name);
}
function sha(v) {
    const s = str(v);
    return s && SHA_RE.test(s) ? s : undefined;
}
function refName(ref, prefix) {
    return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}
/** Normalises an event. `baseOverride` is the `base` input, which wins over every rule. */
function triggerFromEvent(eventName, payloadIn, env, baseOverride) {
    const payload = obj(payloadIn);
    const repo = obj(payload.repository);
    const defaultBranch = str(repo.default_branch);
    const [owner, name] = (str(repo.full_name) ?? env.GITHUB_REPOSITORY ?? '').split('/');
    const envRef = env.GITHUB_REF;
    const common = {
        eventName,
        dispatchInputs: {},
        deleted: false,
        ...(defaultBranch ? { defaultBranch } : {}),
        ...(owner && name ? { repository: { owner, name } } : {}),
        ...(env.GITHUB_RUN_NUMBER ? { runNumber: env.GITHUB_RUN_NUMBER } : {}),
    };
    const headFromEnv = () => {
        const s = sha(env.GITHUB_SHA);
        if (!s)
            throw new TriggerError(`event ${eventName}: GITHUB_SHA is missing or not a commit SHA`);
        return s;
    };
    let trigger;
    switch (eventName) {
        case 'push': {
            const ref = str(payload.ref) ?? envRef;
            const after = sha(payload.after) ?? headFromEnv();
            const before = sha(payload.before);
            const deleted = payload.deleted === true || after === _git_js__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_SHA */ .gy;
            const tagName = refName(ref, 'refs/tags/');
            if (tagName !== undefined) {
                // Only version tags are releases; any other tag (nightly, deploy-x) has no rule.
                const release = isVersionTag(tagName);
                trigger = {
                    ...common,
                    kind: release ? 'tag' : 'other',
                    head: after,
                    onDefaultBranch: false,
                    base: release
                        ? { kind: 'previous-tag', tagName }
                        : {
                            kind: 'unknown',
                            reason: `tag "${tagName}" is not a version tag (v1.2.3), so it is not a release`,
                        },
                    deleted,
                    ...(release ? { tagName, version: (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFromTagName */ .s_)(tagName) } : {}),
                    ...(ref ? { ref } : {}),
                };
                break;
            }
            const branch = refName(ref, 'refs/heads/');
            let base;
            if (before === undefined || before === _git_js__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_SHA */ .gy || payload.created === true) {
                base = { kind: 'new-branch' };
            }
            else {
                base = {
                    kind: 'push',
                    before,
                    ...(typeof payload.forced === 'boolean' ? { forced: payload.forced } : {}),
                };
            }
            trigger = {
                ...common,
                kind: 'push',
                head: after,
                onDefaultBranch: branch !== undefined && branch === defaultBranch,
                base,
                deleted,
                ...(ref ? { ref } : {}),
                ...(branch ? { branch } : {}),
            };
            break;
        }
        case 'pull_request':
        case 'pull_request_target': {
            const pr = obj(payload.pull_request);
            const head = obj(pr.head);
            const base = obj(pr.base);
            const headSha = sha(head.sha);
            const baseSha = sha(base.sha);
            const number = typeof pr.number === 'number'
                ? pr.number
                : typeof payload.number === 'number'
                    ? payload.number
                    : undefined;
            if (!headSha || !baseSha || number === undefined) {
                throw new TriggerError(`event ${eventName}: the payload has no pull_request.head.sha/base.sha/number`);
            }
            const baseRef = str(base.ref) ?? defaultBranch ?? 'main';
            const headRepo = str(obj(head.repo).full_name);
            const baseRepo = str(obj(base.repo).full_name);
            const info = {
                number,
                headSha,
                baseSha,
                baseRef,
                headRef: str(head.ref) ?? '',
                fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
                ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
            };
            trigger = {
                ...common,
                kind: 'pull-request',
                head: headSha,
                branch: info.headRef,
                onDefaultBranch: false,
                pullRequest: info,
                base: { kind: 'pull-request', baseSha, baseRef },
                ...(envRef ? { ref: envRef } : {}),
            };
            break;
        }
        case 'merge_group': {
            const mg = obj(payload.merge_group);
            const head = sha(mg.head_sha);
            const baseSha = sha(mg.base_sha);
            if (!head || !baseSha)
                throw new TriggerError('event merge_group: the payload has no merge_group.head_sha/base_sha');
            const target = refName(str(mg.base_ref), 'refs/heads/');
            trigger = {
                ...common,
                kind: 'merge-group',
                head,
                onDefaultBranch: false,
                base: { kind: 'merge-group', baseSha },
                ...(str(mg.head_ref) ? { ref: str(mg.head_ref) } : {}),
                ...(target ? { branch: target } : {}),
            };
            break;
        }
        case 'release': {
            const release = obj(payload.release);
            const tagName = str(release.tag_name) ?? refName(envRef, 'refs/tags/');
            if (!tagName)
                throw new TriggerError('event release: the payload has no release.tag_name');
            const action = str(payload.action) ?? 'published';
            if (!isVersionTag(tagName)) {
                // Only version tags are releases, whichever event carries them.
                trigger = {
                    ...common,
                    kind: 'other',
                    head: headFromEnv(),
                    ref: `refs/tags/${tagName}`,
                    onDefaultBranch: false,
                    base: {
                        kind: 'unknown',
                        reason: `release "${tagName}" is not named like a version (v1.2.3), so it is not a release`,
                    },
                    deleted: !RELEASE_ACTIONS.includes(action),
                };
                break;
            }
            trigger = {
                ...common,
                kind: 'release',
                head: headFromEnv(),
                ref: `refs/tags/${tagName}`,
                tagName,
                version: (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFromTagName */ .s_)(tagName),
                onDefaultBranch: false,
                base: { kind: 'previous-tag', tagName },
                // edited/deleted/unpublished releases must not promote (again).
                deleted: !RELEASE_ACTIONS.includes(action),
            };
            break;
        }
        case 'workflow_dispatch':
        case 'schedule':
        case 'workflow_run': {
            const run = obj(payload.workflow_run);
            const head = eventName === 'workflow_run' ? (sha(run.head_sha) ?? headFromEnv()) : headFromEnv();
            const branch = eventName === 'workflow_run' ? str(run.head_branch) : refName(envRef, 'refs/heads/');
            const tagName = eventName === 'workflow_run' ? undefined : refName(envRef, 'refs/tags/');
            const inputs = obj(payload.inputs);
            const dispatchInputs = {};
            for (const [k, v] of Object.entries(inputs)) {
                if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                    dispatchInputs[k] = String(v);
            }
            trigger = {
                ...common,
                kind: eventName === 'workflow_dispatch'
                    ? 'dispatch'
                    : eventName === 'schedule'
                        ? 'schedule'
                        : 'workflow-run',
                head,
                dispatchInputs,
                onDefaultBranch: branch !== undefined && branch === defaultBranch,
                base: { kind: 'overlay' },
                ...(envRef && eventName !== 'workflow_run' ? { ref: envRef } : {}),
                ...(branch ? { branch } : {}),
                ...(tagName ? { tagName, version: (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFromTagName */ .s_)(tagName) } : {}),
            };
            break;
        }
        default: {
            trigger = {
                ...common,
                kind: 'other',
                head: headFromEnv(),
                onDefaultBranch: false,
                base: {
                    kind: 'unknown',
                    reason: `event "${eventName}" has no rule for finding a base commit`,
                },
                ...(envRef ? { ref: envRef } : {}),
            };
        }
    }
    if (baseOverride)
        trigger.base = { kind: 'input', rev: baseOverride };
    return trigger;
}


/***/ }),

/***/ 1957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   w: () => (/* binding */ stageWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Atomic file replacement: the new content goes to a temp file in the same directory (same
 * file system, so rename is atomic), keeps the file's mode, is flushed, then renamed over the
 * original. Readers see the old bytes or the new bytes, never a half-written file.
 */



/** Writes `content` next to `file` without touching `file` yet. */
async function stageWrite(file, content) {
    // Replace the file a symlink points to, not the symlink itself.
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
    const mode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target)).mode & 0o7777;
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.image-promote-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode);
    try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    catch (err) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw err;
    }
    await handle.close();
    // open() applies the umask; set the exact mode of the original.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temp, mode);
    let committed = false;
    return {
        file: target,
        async commit() {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
            committed = true;
        },
        async discard() {
            if (!committed)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        },
    };
}
/** Replaces `file` with `content` atomically. */
async function writeFileAtomic(file, content) {
    const staged = await stageWrite(file, content);
    try {
        await staged.commit();
    }
    finally {
        await staged.discard();
    }
}


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ DEFAULT_COMMIT_MESSAGE),
/* harmony export */   Vv: () => (/* binding */ commitMessageChange),
/* harmony export */   cD: () => (/* binding */ checkCommitTemplate),
/* harmony export */   jq: () => (/* binding */ renderCommitMessage)
/* harmony export */ });
/* unused harmony export COMMIT_MESSAGE_TOKENS */
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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


/** The commit-message input's default: 'deploy({environment}): {changes} ({sha}) [skip ci]'. */
const DEFAULT_COMMIT_MESSAGE = _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m['commit-message'].default;
const COMMIT_MESSAGE_TOKENS = [
    'environment',
    'image',
    'from',
    'to',
    'sha',
    'changes',
];
/** Tags alone read best in a commit subject; the full values only when the repository moved. */
function commitMessageChange(c) {
    const sameRepository = (c.before?.repository ?? '') === (c.after.repository ?? '');
    const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
    const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
    return { image: c.image, to, ...(from ? { from } : {}) };
}
const TOKEN_RE = /\{([^{}]*)\}/g;
function isToken(name) {
    return COMMIT_MESSAGE_TOKENS.includes(name);
}
/** Throws InputError('commit-message') for an unknown token. */
function checkCommitTemplate(template, input = 'commit-message') {
    for (const [, name = ''] of template.matchAll(TOKEN_RE)) {
        if (!isToken(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `unknown token {${name}}`, `use ${COMMIT_MESSAGE_TOKENS.map((t) => `{${t}}`).join(', ')}`);
        }
    }
}
function short(value) {
    return value.replace(/(@sha\d+:[0-9a-f]{12})[0-9a-f]+/g, '$1');
}
function arrow(c) {
    return `${c.from ?? '(none)'} → ${c.to}`;
}
function renderCommitMessage(template, vars) {
    checkCommitTemplate(template);
    const values = {
        environment: vars.environment ?? '',
        image: vars.changes.map((c) => c.image).join(', '),
        from: vars.changes.map((c) => short(c.from ?? '(none)')).join(', '),
        to: vars.changes.map((c) => short(c.to)).join(', '),
        sha: (vars.sha ?? '').slice(0, 7),
        changes: vars.changes.map((c) => `${c.image} ${short(arrow(c))}`).join(', '),
    };
    const subject = template
        .replace(TOKEN_RE, (_, name) => (isToken(name) ? values[name] : ''))
        // Empty tokens leave `()` behind: `deploy():` → `deploy:`.
        .replace(/\(\s*\)/g, '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim();
    if (vars.changes.length < 2)
        return subject;
    const body = vars.changes.map((c) => `- ${c.image}: ${arrow(c)}`).join('\n');
    return `${subject}\n\n${body}`;
}


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ checkEdit),
/* harmony export */   ft: () => (/* binding */ dataKeys),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports selectorMatches, dataAt, withValue */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2875);
/**
 * Key paths over plain parsed data (what yaml's toJS, JSON.parse or the tfvars parser give):
 * used to compute what a document must hold after an edit, and to list the keys a file has.
 */


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Indices of the list elements a selector picks. */
function selectorMatches(list, field, equals) {
    const out = [];
    list.forEach((item, i) => {
        if (!isRecord(item))
            return;
        const v = item[field];
        if ((typeof v === 'string' || typeof v === 'number') && String(v) === equals)
            out.push(i);
    });
    return out;
}
function step(data, seg) {
    if ((0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelector */ .cB)(seg)) {
        if (!Array.isArray(data))
            return undefined;
        const [only, ...more] = selectorMatches(data, seg.field, seg.equals);
        return only === undefined || more.length > 0 ? undefined : { key: only };
    }
    if (Array.isArray(data) && typeof seg === 'number')
        return { key: seg };
    return { key: String(seg) };
}
/** The value at `path`, or undefined. */
function dataAt(data, path) {
    let node = data;
    for (const seg of path) {
        const s = step(node, seg);
        if (!s)
            return undefined;
        if (Array.isArray(node) && typeof s.key === 'number')
            node = node[s.key];
        else if (isRecord(node))
            node = Object.hasOwn(node, s.key) ? node[s.key] : undefined;
        else
            return undefined;
    }
    return node;
}
/**
 * `data` with `value` at `path`, creating mappings on the way (as a writer that creates a
 * missing key does). Throws when the path cannot exist in `data` (a selector that matches no
 * single element, a key under a value).
 */
function withValue(data, path, value) {
    const [head, ...rest] = path;
    if (head === undefined)
        return value;
    const s = step(data, head);
    if (!s)
        throw new Error(`no single element matches ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([head])}`);
    if (Array.isArray(data)) {
        if (typeof s.key !== 'number' || s.key >= data.length) {
            throw new Error(`no element ${String(s.key)} in a list of ${data.length}`);
        }
        const copy = [...data];
        copy[s.key] = withValue(copy[s.key], rest, value);
        return copy;
    }
    if (data !== undefined && data !== null && !isRecord(data)) {
        throw new Error(`cannot set ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(path)} under a value`);
    }
    const key = String(s.key);
    const entries = Object.entries(data ?? {}).filter(([k]) => k !== key);
    const old = isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;
    return Object.fromEntries([...entries, [key, withValue(old, rest, value)]]);
}
/**
 * The key paths of the values in `data`, in document order, for "the file has …" messages.
 * List elements with a string `name` are written `[name=…]`, others by index.
 */
function dataKeys(data, limit = 500) {
    const out = [];
    const walk = (node, path) => {
        if (out.length >= limit)
            return;
        if (Array.isArray(node)) {
            const list = node;
            list.forEach((item, i) => {
                const name = isRecord(item) ? item.name : undefined;
                const unique = typeof name === 'string' &&
                    /^[A-Za-z0-9_./:@-]+$/.test(name) &&
                    selectorMatches(list, 'name', name).length === 1;
                walk(item, unique ? [...path, { field: 'name', equals: name }] : [...path, i]);
            });
            return;
        }
        if (isRecord(node) && Object.getPrototypeOf(node) === Object.prototype) {
            for (const [k, v] of Object.entries(node))
                walk(v, [...path, k]);
            return;
        }
        if (path.length > 0)
            out.push((0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(path));
    };
    walk(data, []);
    return out;
}
/**
 * The self-check of one byte edit: `next` parsed again must hold exactly `before`'s data with
 * `value` at `path`. Returns the parsed file; otherwise throws `refuse(message)`, and the
 * caller writes nothing.
 */
function checkEdit(edit) {
    const fail = (why) => edit.refuse(`${edit.file}: refusing to write "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(edit.path)}": the edit ${why}; the file was not changed (please report this)`);
    let after;
    try {
        after = edit.parse(edit.next);
    }
    catch (err) {
        throw fail(`produced ${edit.invalid} (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(after.data, withValue(edit.before.data, edit.path, edit.value))) {
        throw fail('changed more than that value');
    }
    return after;
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   Q2: () => (/* binding */ keyPathProblem),
/* harmony export */   _q: () => (/* binding */ parseKeyPath),
/* harmony export */   cB: () => (/* binding */ isSelector),
/* harmony export */   mh: () => (/* binding */ hasSelector)
/* harmony export */ });
/**
 * Dotted key paths into an overlay (`key: api.image.tag`, `containers.0.image`,
 * `spec.template.spec.containers[name=api].image`).
 *
 *   path     = segment *( "." segment )
 *   segment  = name [ "[" field "=" value "]" ] | digits
 *   name     = 1*( ALPHA / DIGIT / "_" / "-" )       (field likewise)
 *   value    = 1*( ALPHA / DIGIT / "_" / "-" / "." / "/" / ":" / "@" )
 *
 * A segment of digits indexes a list when the node there is a list and is a plain key
 * otherwise. `name[field=value]` is the key `name`, holding a list, then the one element of
 * that list that is a mapping whose `field` is `value` (a container by its name).
 */
const NAME = '[A-Za-z0-9_-]+';
const SELECTOR_VALUE = '[A-Za-z0-9_./:@-]+';
const SEGMENT_RE = new RegExp(`(${NAME})(?:\\[(${NAME})=(${SELECTOR_VALUE})\\])?`, 'y');
function isSelector(segment) {
    return typeof segment === 'object';
}
function scan(path) {
    if (path === '')
        return { path: [], problem: 'a key path cannot be empty' };
    const out = [];
    let pos = 0;
    for (;;) {
        SEGMENT_RE.lastIndex = pos;
        const m = SEGMENT_RE.exec(path);
        if (!m) {
            const rest = path.slice(pos);
            if (rest === '' || rest.startsWith('.')) {
                return {
                    path: out,
                    problem: 'a key path has no empty segments (no leading, trailing or doubled ".")',
                };
            }
            const bad = rest.split('.')[0] ?? rest;
            return {
                path: out,
                problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
            };
        }
        const [whole, name = '', field, equals] = m;
        out.push(/^[0-9]+$/.test(name) ? Number(name) : name);
        if (field !== undefined && equals !== undefined) {
            if (/^[0-9]+$/.test(name)) {
                return { path: out, problem: `segment "${whole}": a list index cannot have a selector` };
            }
            out.push({ field, equals });
        }
        pos += whole.length;
        if (pos === path.length)
            return { path: out };
        if (path[pos] !== '.') {
            const bad = path.slice(pos - whole.length).split('.')[0] ?? whole;
            return {
                path: out,
                problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
            };
        }
        pos++;
    }
}
/** Returns why `path` is not a key path, or undefined when it is. */
function keyPathProblem(path) {
    return scan(path).problem;
}
/** Splits `a.b[f=v].0.c` into segments; throws a RangeError with the reason when invalid. */
function parseKeyPath(path) {
    const { path: segments, problem } = scan(path);
    if (problem !== undefined)
        throw new RangeError(`invalid key path "${path}": ${problem}`);
    return segments;
}
/** `a.b[f=v].0.c` again, for messages and as the identity of a place in a file. */
function formatKeyPath(path) {
    let out = '';
    for (const seg of path) {
        if (isSelector(seg))
            out += `[${seg.field}=${seg.equals}]`;
        else
            out += (out === '' ? '' : '.') + String(seg);
    }
    return out;
}
/** Whether the path goes through a list element chosen by a selector (a raw manifest). */
function hasSelector(path) {
    return path.some(isSelector);
}


/***/ }),

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ findKustomizeImage),
/* harmony export */   Aw: () => (/* binding */ kustomizeImages),
/* harmony export */   r9: () => (/* binding */ kustomizeEdits)
/* harmony export */ });
/* unused harmony export KUSTOMIZE_FIELDS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7950);
/**
 * Kustomization `images:` entries: read them by `name` (never by position) and turn a
 * change of one entry into byte-preserving YAML edits.
 */


const KUSTOMIZE_FIELDS = ['newName', 'newTag', 'digest'];
/** All `images:` entries; throws YamlError (with the line) on a malformed list. */
function kustomizeImages(y) {
    const root = y.doc.contents;
    if (root !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(root) !== 'empty') {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}: is not a kustomization (the top level is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(root)})`);
    }
    const list = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images']);
    if (list === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(list) === 'empty')
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list)) {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}:${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeLine */ .xP)(y, list) ?? '?'}: "images" is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(list)}, not a list`);
    }
    const seen = new Map();
    return list.items.map((item, index) => {
        const line = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeLine */ .xP)(y, item);
        const at = `${y.file}:${line ?? '?'}: images[${index}]`;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images', index])))
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at} is not a mapping`);
        const field = (key) => {
            const node = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images', index, key]);
            if (node === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(node) === 'empty')
                return undefined;
            const text = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(y, node);
            if (text === undefined)
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at}.${key} is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(node)}, not a value`);
            return text;
        };
        const name = field('name');
        if (name === undefined || name === '')
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at} has no "name"`);
        const image = { name, index };
        if (line !== undefined)
            image.line = line;
        for (const key of KUSTOMIZE_FIELDS) {
            const value = field(key);
            if (value !== undefined)
                image[key] = value;
        }
        const twin = seen.get(name);
        if (twin) {
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}: images lists "${name}" twice (lines ${twin.line ?? '?'} and ${line ?? '?'}); kustomize applies only one of them — remove the other`);
        }
        seen.set(name, image);
        return image;
    });
}
function findKustomizeImage(y, name) {
    return kustomizeImages(y).find((i) => i.name === name);
}
/**
 * Edits that make the entry `name` match `patch`: existing keys are replaced in place or
 * removed, missing ones are added after the entry's last key; a missing entry is appended to
 * `images:` (created if needed) with its keys in kustomize's order.
 */
function kustomizeEdits(y, name, patch) {
    const entry = findKustomizeImage(y, name);
    if (!entry) {
        const entries = [['name', name]];
        for (const key of KUSTOMIZE_FIELDS) {
            const change = patch[key];
            if (typeof change === 'object')
                entries.push([key, change.set]);
        }
        return [{ op: 'append', path: ['images'], entries }];
    }
    const edits = [];
    for (const key of KUSTOMIZE_FIELDS) {
        const change = patch[key];
        const path = ['images', entry.index, key];
        if (change === 'remove') {
            // A key written with no value (`digest:`) is removed as well.
            if ((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, path) !== undefined)
                edits.push({ op: 'delete', path });
        }
        else if (change !== 'keep' && entry[key] !== change.set) {
            edits.push({ op: 'set', path, value: change.set });
        }
    }
    return edits;
}


/***/ }),

/***/ 7950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Iz: () => (/* binding */ YamlError),
  WQ: () => (/* binding */ describeNode),
  aL: () => (/* binding */ editYaml),
  xP: () => (/* binding */ nodeLine),
  hN: () => (/* binding */ parseYaml),
  XH: () => (/* binding */ readNode),
  ws: () => (/* binding */ scalarText)
});

// UNUSED EXPORTS: resolveSelectors

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(2875);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __webpack_require__(5284);
;// CONCATENATED MODULE: ./src/overlay/scalar-style.ts
/**
 * How a new scalar value is spelled in a file. A tag like `1.20` written plain is read back
 * as the number 1.2 by Helm (go-yaml, YAML 1.1) and by kustomize, so anything that any YAML
 * reader could take for something other than the same string is quoted.
 */

// Characters image references, tags, digests and plain words are made of. Everything else
// (a leading indicator like `-`, `*`, `&`, `@`; `#`; `: `; flow brackets; edge spaces)
// leads to quoting. `:` and single spaces only count when a word character follows.
const PLAIN_RE = /^[A-Za-z0-9_./](?:[A-Za-z0-9_./@+-]|:(?=[A-Za-z0-9_./@+-])| (?=[A-Za-z0-9_./@+-]))*$/;
function readsBackAs(text, version) {
    try {
        return (0,dist/* parse */.qg)(text, { version });
    }
    catch {
        return undefined;
    }
}
/**
 * True when `value` can be written without quotes: plain in YAML 1.2 (the yaml library,
 * kustomize's kyaml) and YAML 1.1 (go-yaml v2 in Helm: `yes`, `on`, `0755`, `1:20`,
 * `2024-01-01` are not strings there). In flow collections `:` is avoided as well.
 */
function isSafePlain(value, flow = false) {
    if (!PLAIN_RE.test(value))
        return false;
    if (flow && value.includes(':'))
        return false;
    return readsBackAs(value, '1.2') === value && readsBackAs(value, '1.1') === value;
}
function doubleQuoted(value) {
    // JSON string syntax is valid YAML double-quoted syntax.
    return JSON.stringify(value);
}
/**
 * Spells `value` for the file. An existing quoting style is kept (a value that was in single
 * quotes stays in single quotes); plain values that would not read back as the same string
 * are double-quoted; numbers and booleans are written as such.
 */
function renderScalar(value, style, flow = false) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new RangeError(`cannot write ${String(value)} to YAML`);
        return String(value);
    }
    if (typeof value === 'boolean')
        return String(value);
    if (style === 'QUOTE_DOUBLE')
        return doubleQuoted(value);
    if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value))
        return `'${value.replace(/'/g, "''")}'`;
    return isSafePlain(value, flow) ? value : doubleQuoted(value);
}

;// CONCATENATED MODULE: ./src/overlay/yaml-edit.ts
/**
 * Byte-preserving YAML edits, shared by the kustomize, Helm and key-path writers and by
 * `set-image`. The yaml library parses the file only to find where things are (its node
 * ranges are character offsets into the text); an edit then splices new characters into
 * the original text. Nothing is re-serialised, so comments, blank lines, key order, anchors
 * and quoting outside the edited value stay exactly as they were.
 *
 * Every edit is checked afterwards: the new text must parse, hold the value that was
 * written, and equal the old data with only that change — so an edit that another place
 * would see through an alias or a `<<` merge is refused, not made.
 */






/** A YAML file that cannot be read or edited; the message names the file (and line). */
class YamlError extends errors/* UserError */.yo {
    name = 'YamlError';
}
/** Aliases a document may expand to while being read (yaml's default, stated on purpose). */
const MAX_ALIAS_COUNT = 100;
function isEmptyDocument(doc) {
    const c = doc.contents;
    return c === null || ((0,dist/* isScalar */.jn)(c) && c.value === null);
}
function parseError(file, lines, err) {
    const { line, col } = lines.linePos(err.pos[0]);
    const message = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
    return new YamlError(`${file}:${line}:${col}: invalid YAML: ${message} — fix the file first`);
}
/** Parses and checks a file: valid YAML, one document, no alias bomb. */
function parseYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const options = { lineCounter: lines, merge: true, keepSourceTokens: true, uniqueKeys: true };
    const docs = (0,dist/* parseAllDocuments */.hR)(text, options);
    for (const d of docs) {
        const err = d.errors[0];
        if (err)
            throw parseError(file, lines, err);
    }
    const withContent = docs.filter((d) => !isEmptyDocument(d));
    const second = withContent[1];
    if (second) {
        const at = lines.linePos(second.range[0]).line;
        throw new YamlError(`${file} holds ${withContent.length} YAML documents (the second starts at line ${at}); image-promote edits single-document files — move the image settings into a file of their own`);
    }
    let doc = withContent[0] ?? docs[0];
    if (!doc) {
        const empty = new dist/* LineCounter */.HN();
        doc = (0,dist/* parseDocument */.Tp)(text, { ...options, lineCounter: empty });
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        if (err instanceof ReferenceError) {
            throw new YamlError(`${file}: expanding its aliases goes past ${MAX_ALIAS_COUNT} copies (a "billion laughs" file?); image-promote refuses to read it`);
        }
        throw err;
    }
    let hasAnchors = false;
    (0,dist/* visit */.YR)(doc, {
        Node(_, node) {
            if ((0,dist/* isAlias */.Vj)(node) || node.anchor) {
                hasAnchors = true;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return {
        text,
        file,
        doc,
        data,
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        hasAnchors,
        line: (offset) => lines.linePos(offset).line,
        column: (offset) => lines.linePos(offset).col - 1,
    };
}
// ---------------------------------------------------------------------------------------
// Reading
function rangeOf(node) {
    const range = node?.range;
    if (!range)
        throw new Error('internal error: YAML node without a source range');
    return range;
}
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && (key.value === '<<' || typeof key.value === 'symbol');
}
function keyString(key) {
    if (!(0,dist/* isScalar */.jn)(key) || isMergeKey(key))
        return undefined;
    return String(key.value);
}
function deref(y, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(y.doc) : node;
}
function ownPairIndex(map, key) {
    return map.items.findIndex((p) => keyString(p.key) === key);
}
/** A key of a mapping, its own or from a `<<` merge (own keys win, earlier merges win). */
function mapGet(y, map, key, depth) {
    const own = map.items[ownPairIndex(map, key)];
    if (own)
        return own.value;
    if (depth > 32)
        return undefined;
    for (const pair of map.items) {
        if (!isMergeKey(pair.key))
            continue;
        const source = deref(y, pair.value);
        const sources = (0,dist/* isSeq */.oP)(source) ? source.items.map((i) => deref(y, i)) : [source];
        for (const s of sources) {
            if (!(0,dist/* isMap */.jh)(s))
                continue;
            const found = mapGet(y, s, key, depth + 1);
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
/**
 * The node at `path` as a reader sees it (through aliases and `<<` merges), or undefined.
 * A key with no value gives a null scalar.
 */
function readNode(y, path) {
    let node = y.doc.contents;
    for (const [depth, seg] of path.entries()) {
        node = deref(y, node);
        if ((0,key_path/* isSelector */.cB)(seg)) {
            if (!(0,dist/* isSeq */.oP)(node))
                return undefined;
            const index = selectIndex(y, node, seg, path.slice(0, depth + 1), true);
            node = index === undefined ? undefined : node.items[index];
        }
        else if ((0,dist/* isMap */.jh)(node))
            node = mapGet(y, node, String(seg), 0);
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number')
            node = node.items[seg];
        else
            return undefined;
        if (node === undefined || node === null)
            return undefined;
    }
    return deref(y, node);
}
/**
 * The index of the one element of `seq` that is a mapping whose `field` is `equals`;
 * undefined when none is, a YamlError when several are (which one would be meant?).
 */
function selectIndex(y, seq, seg, path, throughAliases) {
    const found = [];
    seq.items.forEach((item, i) => {
        const node = throughAliases ? deref(y, item) : item;
        if (!(0,dist/* isMap */.jh)(node))
            return;
        const field = throughAliases
            ? mapGet(y, node, seg.field, 0)
            : node.items[ownPairIndex(node, seg.field)]?.value;
        if (scalarText(y, deref(y, field)) === seg.equals)
            found.push(i);
    });
    if (found.length > 1) {
        throw new YamlError(`${y.file}: "${(0,key_path/* formatKeyPath */.K7)(path)}" matches ${found.length} list elements (lines ${found.map((i) => nodeLine(y, seq.items[i]) ?? '?').join(', ')}); make the selector unique`);
    }
    return found[0];
}
/**
 * The text of a scalar as written: strings as they are, numbers and booleans as spelled in
 * the file (`1.20` stays `1.20`), null and non-scalars as undefined.
 */
function scalarText(y, node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    const [start, end] = rangeOf(node);
    return y.text.slice(start, end);
}
/** 1-based line of a node, for messages. */
function nodeLine(y, node) {
    const range = node?.range;
    return range ? y.line(range[0]) : undefined;
}
function describeNode(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isAlias */.Vj)(node))
        return 'an alias';
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'empty' : 'a value';
    return 'missing';
}
function where(y, path, node) {
    const line = node === undefined ? undefined : nodeLine(y, node);
    const name = path.length === 0 ? 'the document' : `"${(0,key_path/* formatKeyPath */.K7)(path)}"`;
    return `${y.file}${line === undefined ? '' : `:${line}`}: ${name}`;
}
function isNullScalar(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === null;
}
/** Offset of the first line start at or after `pos`. */
function lineEndAfter(text, pos) {
    if (pos > 0 && text[pos - 1] === '\n')
        return pos;
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl + 1;
}
/** End of what a pair holds (before any trailing comment). */
function pairContentEnd(pair) {
    return pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
}
function emptyTarget(y, path, depth, node, parent, unit) {
    let remove;
    if ((0,dist/* isScalar */.jn)(node)) {
        const [start, end] = rangeOf(node);
        if (end > start) {
            // `key: ~` / `key: null`: drop the token (and the spaces before it) as well.
            let from = start;
            while (from > 0 && y.text[from - 1] === ' ')
                from--;
            remove = [from, end];
        }
    }
    if (depth === 0) {
        return { kind: 'empty', depth, at: y.text.length, indent: 0, ...(remove ? { remove } : {}) };
    }
    if (!parent || parent.map.flow) {
        throw new YamlError(`${where(y, path.slice(0, depth), node)} is empty in a place image-promote cannot extend; give it a value first`);
    }
    return {
        kind: 'empty',
        depth,
        at: lineEndAfter(y.text, pairContentEnd(parent.pair)),
        indent: y.column(rangeOf(parent.pair.key)[0]) + unit(),
        ...(remove ? { remove } : {}),
    };
}
function locate(y, path, unit) {
    let node = y.doc.contents;
    let flow = false;
    let parent;
    for (let depth = 0; depth < path.length; depth++) {
        const seg = path[depth];
        if (node === null || isNullScalar(node))
            return emptyTarget(y, path, depth, node, parent, unit);
        if ((0,dist/* isAlias */.Vj)(node)) {
            throw new YamlError(`${where(y, path.slice(0, depth), node)} is an alias (*${node.source}); image-promote does not write through aliases — change the anchored value, or write the value out in full`);
        }
        if ((0,dist/* isMap */.jh)(node) && !(0,key_path/* isSelector */.cB)(seg)) {
            flow ||= node.flow === true;
            const index = ownPairIndex(node, String(seg));
            if (index === -1)
                return { kind: 'missing', depth, map: node, flow };
            const pair = node.items[index];
            parent = { map: node, pair, index };
            node = pair.value;
            continue;
        }
        if ((0,dist/* isSeq */.oP)(node) && (typeof seg === 'number' || (0,key_path/* isSelector */.cB)(seg))) {
            flow ||= node.flow === true;
            const index = (0,key_path/* isSelector */.cB)(seg)
                ? selectIndex(y, node, seg, path.slice(0, depth + 1), false)
                : seg;
            const item = index === undefined ? undefined : node.items[index];
            if (item === undefined) {
                throw new YamlError((0,key_path/* isSelector */.cB)(seg)
                    ? `${where(y, path.slice(0, depth), node)} has no element with ${seg.field}: ${seg.equals}; image-promote does not add list elements — add it to the file first`
                    : `${where(y, path.slice(0, depth), node)} has ${node.items.length} items, so there is no item ${String(seg)}`);
            }
            parent = undefined;
            node = item;
            continue;
        }
        throw new YamlError(`${where(y, path.slice(0, depth), node)} is ${describeNode(node)}, not a ${(0,key_path/* isSelector */.cB)(seg) ? 'list' : 'mapping'}, so it has no ${(0,key_path/* isSelector */.cB)(seg) ? 'element' : 'key'} "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
    }
    return { kind: 'found', node, parent, flow };
}
function dashColumn(y, seq) {
    const token = seq.srcToken;
    if (token?.type === 'block-seq') {
        const indicator = token.items[0]?.start.find((t) => t.type === 'seq-item-ind');
        if (indicator)
            return y.column(indicator.offset);
    }
    return y.column(rangeOf(seq.items[0])[0]) - 2;
}
function detectStyle(y) {
    let unit;
    let dashOffset;
    (0,dist/* visit */.YR)(y.doc, {
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                return undefined;
            const keyCol = y.column(pair.key.range[0]);
            const value = pair.value;
            if (unit === undefined && (0,dist/* isMap */.jh)(value) && !value.flow && value.items[0]) {
                const childCol = y.column(rangeOf(value.items[0].key)[0]);
                if (childCol > keyCol)
                    unit = childCol - keyCol;
            }
            if (dashOffset === undefined && (0,dist/* isSeq */.oP)(value) && !value.flow && value.items.length > 0) {
                const offset = dashColumn(y, value) - keyCol;
                if (offset >= 0)
                    dashOffset = offset;
            }
            return unit !== undefined && dashOffset !== undefined ? dist/* visit */.YR.BREAK : undefined;
        },
    });
    // Kustomize writes `images:\n- name: …`; two-space indentation is the common default.
    return { unit: unit ?? 2, dashOffset: dashOffset ?? 0 };
}
function renderKey(key) {
    if ((0,key_path/* isSelector */.cB)(key)) {
        throw new YamlError(`image-promote does not add list elements (${(0,key_path/* formatKeyPath */.K7)([key])}) — add it to the file first`);
    }
    return renderScalar(String(key));
}
function itemLines(dashCol, keyOffset, entries) {
    return entries.map(([key, value], i) => {
        const lead = i === 0
            ? `${' '.repeat(dashCol)}-${' '.repeat(keyOffset - 1)}`
            : ' '.repeat(dashCol + keyOffset);
        return `${lead}${renderKey(key)}: ${renderScalar(value)}`;
    });
}
function blockLines(keys, payload, indent, style) {
    const lines = [];
    keys.forEach((key, i) => {
        const pad = ' '.repeat(indent + i * style.unit);
        const last = i === keys.length - 1;
        if (last && payload.kind === 'scalar') {
            lines.push(`${pad}${renderKey(key)}: ${renderScalar(payload.value)}`);
        }
        else {
            lines.push(`${pad}${renderKey(key)}:`);
        }
    });
    if (payload.kind === 'item') {
        const keyCol = indent + (keys.length - 1) * style.unit;
        lines.push(...itemLines(keyCol + style.dashOffset, 2, payload.entries));
    }
    return lines;
}
function flowValue(keys, payload) {
    if (keys.length === 0) {
        if (payload.kind === 'scalar')
            return renderScalar(payload.value, undefined, true);
        return `[${flowItem(payload.entries)}]`;
    }
    const [head, ...rest] = keys;
    return `{${renderKey(head)}: ${flowValue(rest, payload)}}`;
}
function flowItem(entries) {
    return `{${entries.map(([k, v]) => `${renderKey(k)}: ${renderScalar(v, undefined, true)}`).join(', ')}}`;
}
function insertLines(y, at, lines) {
    const joined = lines.join(y.newline);
    // At the end of a file without a final newline, keep it that way.
    if (at === y.text.length && y.text.length > 0 && !y.text.endsWith('\n')) {
        return { start: at, end: at, text: y.newline + joined };
    }
    return { start: at, end: at, text: joined + y.newline };
}
function createAt(y, target, path, payload, style) {
    if (target.kind === 'found')
        throw new Error('internal error: createAt on an existing node');
    const keys = path.slice(target.depth);
    if (target.kind === 'empty') {
        const splices = [
            insertLines(y, target.at, blockLines(keys, payload, target.indent, style)),
        ];
        if (target.remove)
            splices.push({ start: target.remove[0], end: target.remove[1], text: '' });
        return splices;
    }
    const { map } = target;
    const [head, ...rest] = keys;
    if (target.flow) {
        const entry = `${renderKey(head)}: ${flowValue(rest, payload)}`;
        const last = map.items[map.items.length - 1];
        if (last)
            return [{ start: pairContentEnd(last), end: pairContentEnd(last), text: `, ${entry}` }];
        const [start, end] = rangeOf(map);
        return [{ start, end, text: `{${entry}}` }];
    }
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!first || !last)
        throw new Error('internal error: empty block mapping');
    const indent = y.column(rangeOf(first.key)[0]);
    const at = lineEndAfter(y.text, pairContentEnd(last));
    return [insertLines(y, at, blockLines(keys, payload, indent, style))];
}
function planSet(y, path, value) {
    if (path.length === 0)
        throw new Error('internal error: set needs a key path');
    const style = lazyStyle(y);
    const target = locate(y, path, () => style().unit);
    if (target.kind !== 'found')
        return createAt(y, target, path, { kind: 'scalar', value }, style());
    const node = target.node;
    if (node === null || node === undefined) {
        throw new YamlError(`${where(y, path)} has no value image-promote can replace; write one first`);
    }
    if (!(0,dist/* isScalar */.jn)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a single value`);
    }
    const type = node.type;
    if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        throw new YamlError(`${where(y, path, node)} is a block scalar (| or >); write it on one line (key: value) so it can be updated in place`);
    }
    const [start, end] = rangeOf(node);
    const old = y.text.slice(start, end);
    let text = renderScalar(value, node.value === null ? undefined : type, target.flow);
    // `key:` with nothing after the colon: the empty scalar sits right after it.
    if (old === '')
        text = ` ${text}`;
    return text === old ? [] : [{ start, end, text }];
}
function planDelete(y, path) {
    const target = locate(y, path, () => 2);
    if (target.kind !== 'found')
        return [];
    const { parent, node } = target;
    if (!parent)
        throw new YamlError(`${where(y, path, node)} is a list item; only keys can be removed`);
    if (node !== null && !(0,dist/* isScalar */.jn)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}; only single values are removed`);
    }
    const { map, pair, index } = parent;
    if (map.items.length === 1) {
        throw new YamlError(`${where(y, path, node)} is the only key of its mapping; image-promote does not leave empty mappings`);
    }
    const next = map.items[index + 1];
    const keyStart = rangeOf(pair.key)[0];
    if (map.flow) {
        const previous = map.items[index - 1];
        if (previous)
            return [{ start: pairContentEnd(previous), end: pairContentEnd(pair), text: '' }];
        if (next)
            return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
    }
    const lineStart = y.text.lastIndexOf('\n', keyStart - 1) + 1;
    if (y.text.slice(lineStart, keyStart).trim() === '') {
        return [{ start: lineStart, end: lineEndAfter(y.text, pairContentEnd(pair)), text: '' }];
    }
    // The key shares its line with `- `: let the next key move up into its place.
    if (next)
        return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
    throw new Error('internal error: cannot remove the last key of a list item');
}
function planAppend(y, path, entries) {
    if (entries.length === 0)
        throw new Error('internal error: append needs entries');
    const style = lazyStyle(y);
    const target = locate(y, path, () => style().unit);
    const payload = { kind: 'item', entries };
    if (target.kind !== 'found')
        return createAt(y, target, path, payload, style());
    const { node, parent } = target;
    if (isNullScalar(node) && parent && !parent.map.flow) {
        const empty = emptyTarget(y, path, path.length, node, parent, () => style().unit);
        if (empty.kind !== 'empty')
            throw new Error('internal error');
        const keyCol = y.column(rangeOf(parent.pair.key)[0]);
        const lines = itemLines(keyCol + style().dashOffset, 2, entries);
        const splices = [insertLines(y, empty.at, lines)];
        if (empty.remove)
            splices.push({ start: empty.remove[0], end: empty.remove[1], text: '' });
        return splices;
    }
    if (!(0,dist/* isSeq */.oP)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a list`);
    }
    const last = node.items[node.items.length - 1];
    if (node.flow || target.flow) {
        if (last !== undefined) {
            const end = rangeOf(last)[1];
            return [{ start: end, end, text: `, ${flowItem(entries)}` }];
        }
        const [start, end] = rangeOf(node);
        return [{ start, end, text: `[${flowItem(entries)}]` }];
    }
    const first = node.items[0];
    const dashCol = dashColumn(y, node);
    let keyOffset = 2;
    if ((0,dist/* isMap */.jh)(first) && first.items[0]) {
        const offset = y.column(rangeOf(first.items[0].key)[0]) - dashCol;
        if (offset >= 2)
            keyOffset = offset;
    }
    const at = lineEndAfter(y.text, rangeOf(last)[1]);
    return [insertLines(y, at, itemLines(dashCol, keyOffset, entries))];
}
function lazyStyle(y) {
    let style;
    return () => (style ??= detectStyle(y));
}
function applySplices(text, splices) {
    let out = text;
    for (const s of [...splices].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    }
    return out;
}
// ---------------------------------------------------------------------------------------
// Checking the result
/** `data` with `update` applied at `path` (creating mappings on the way). */
function updateData(data, path, update) {
    const [head, ...rest] = path;
    if (head === undefined)
        return update(data);
    if ((0,key_path/* isSelector */.cB)(head))
        throw new Error('internal error: unresolved selector');
    if (Array.isArray(data) && typeof head === 'number') {
        const copy = [...data];
        copy[head] = updateData(copy[head], rest, update);
        return copy;
    }
    const key = String(head);
    const entries = Object.entries((0,data_path/* isRecord */.u4)(data) ? data : {}).filter(([k]) => k !== key);
    const value = updateData((0,data_path/* isRecord */.u4)(data) ? data[key] : undefined, rest, update);
    return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
}
const REMOVED = undefined;
function expectedData(data, edit) {
    switch (edit.op) {
        case 'set':
            return updateData(data, edit.path, () => edit.value);
        case 'delete':
            return updateData(data, edit.path, () => REMOVED);
        case 'append':
            return updateData(data, edit.path, (old) => [
                ...(Array.isArray(old) ? old : []),
                Object.fromEntries(edit.entries),
            ]);
    }
}
function check(before, text, edit) {
    const fail = (why) => {
        throw new YamlError(`${before.file}: refusing to write "${(0,key_path/* formatKeyPath */.K7)(edit.path)}": the edit ${why}; the file was not changed`);
    };
    let after;
    try {
        after = parseYaml(text, before.file);
    }
    catch (err) {
        fail(`produced invalid YAML (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!after)
        return fail('produced nothing');
    const node = readNode(after, edit.path);
    if (edit.op === 'set' && !((0,dist/* isScalar */.jn)(node) && node.value === edit.value))
        fail('did not write the value (please report this)');
    if (edit.op === 'delete' && locate(after, edit.path, () => 2).kind === 'found')
        fail('did not remove the key (please report this)');
    if (edit.op === 'append' && !(0,dist/* isSeq */.oP)(node))
        fail('did not write a list (please report this)');
    if (!(0,external_node_util_.isDeepStrictEqual)(after.data, expectedData(before.data, edit))) {
        fail(before.hasAnchors
            ? 'would change other values as well: another place reads it through an alias or a << merge — give that place its own value, or write the value out in full'
            : 'changed more than that value (please report this)');
    }
    return after;
}
/**
 * `path` with each `[field=value]` selector replaced by the index of the element it picks
 * (in the file's own nodes: edits never go through aliases).
 */
function resolveSelectors(y, path) {
    if (!path.some(key_path/* isSelector */.cB))
        return path;
    const out = [];
    let node = y.doc.contents;
    for (const [depth, seg] of path.entries()) {
        if ((0,key_path/* isSelector */.cB)(seg)) {
            if (!(0,dist/* isSeq */.oP)(node)) {
                throw new YamlError(`${where(y, path.slice(0, depth), node ?? undefined)} is ${describeNode(node)}, not a list, so it has no element "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
            }
            const index = selectIndex(y, node, seg, path.slice(0, depth + 1), false);
            if (index === undefined) {
                throw new YamlError(`${where(y, path.slice(0, depth), node)} has no element with ${seg.field}: ${seg.equals}; image-promote does not add list elements — add it to the file first`);
            }
            out.push(index);
            node = node.items[index];
            continue;
        }
        out.push(seg);
        if ((0,dist/* isMap */.jh)(node))
            node = node.items[ownPairIndex(node, String(seg))]?.value;
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number')
            node = node.items[seg];
        else
            node = undefined;
    }
    return out;
}
/**
 * Applies `edits` in order to `text` and returns the new text. Each edit changes only the
 * characters of the value it sets (or the lines it adds or removes).
 */
function editYaml(text, file, edits) {
    let y = parseYaml(text, file);
    for (const given of edits) {
        const edit = { ...given, path: resolveSelectors(y, given.path) };
        let splices;
        switch (edit.op) {
            case 'set':
                splices = planSet(y, edit.path, edit.value);
                break;
            case 'delete':
                splices = planDelete(y, edit.path);
                break;
            case 'append':
                splices = planAppend(y, edit.path, edit.entries);
                break;
        }
        if (splices.length === 0)
            continue;
        const next = applySplices(y.text, splices);
        y = check(y, next, edit);
    }
    return y.text;
}


/***/ }),

/***/ 8527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ createTagPolicy),
/* harmony export */   xo: () => (/* binding */ mutableTagRefusal)
/* harmony export */ });
/* unused harmony exports tagContext, renderInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _event_trigger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9668);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8159);



/**
 * The one wording of the mutable-tag rule. `reason` comes from mutableReason; `fix` says how to
 * pin the tag where the user is (the pin-digest input, the CLI's --pin-digest, a digest).
 */
function mutableTagRefusal(reason, fix) {
    return `${reason}: a tag that can move is written only pinned to its digest — ${fix}`;
}
/** The values tag templates draw on in this run. */
function tagContext(trigger, now) {
    const ctx = { sha: trigger.head, date: now };
    if (trigger.branch)
        ctx.branch = trigger.branch;
    if (trigger.pullRequest)
        ctx.pr = trigger.pullRequest.number;
    if (trigger.runNumber)
        ctx.run = trigger.runNumber;
    if (trigger.version)
        ctx.version = trigger.version;
    return ctx;
}
/** Renders a template from an input; a token with no value (or a bad tag) names the input. */
function renderInput(input, template, ctx) {
    try {
        return (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, ctx);
    }
    catch (err) {
        if (err instanceof _template_js__WEBPACK_IMPORTED_MODULE_2__/* .TemplateError */ .$w)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${template}": ${err.message}`);
        throw err;
    }
}
/** Whether this run's builds get `extra-tags` templates, one by one. */
function extraTagApplies(template, trigger) {
    if (trigger.pullRequest || trigger.kind === 'tag' || trigger.kind === 'release')
        return false;
    if ((0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .usesToken */ .et)(template, 'branch'))
        return trigger.branch !== undefined && trigger.branch !== '';
    return trigger.onDefaultBranch;
}
function createTagPolicy(config, trigger, now) {
    const pullRequest = trigger.pullRequest !== undefined;
    const primaryInput = pullRequest ? 'pr-tag-template' : 'tag-template';
    const primaryTemplate = pullRequest ? config.prTagTemplate : config.tagTemplate;
    const ctx = tagContext(trigger, now);
    const extra = [];
    for (const template of config.extraTags) {
        if (!extraTagApplies(template, trigger))
            continue;
        try {
            extra.push((0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, ctx));
        }
        catch {
            // A mutable add-on whose token has no value in this run (e.g. {pr} on a push) is left out.
        }
    }
    const release = (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
        ? (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .tagFromName */ .IB)(trigger.tagName) || undefined
        : undefined;
    // Tags this run treats as mutable whatever their shape: they move between runs.
    const mutable = new Map([['latest', '"latest" always moves']]);
    if (trigger.branch) {
        const branchTag = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeForTag */ .ne)(trigger.branch);
        if (branchTag)
            mutable.set(branchTag, `"${branchTag}" is the name of a branch`);
    }
    for (const t of extra)
        mutable.set(t, `"${t}" is in extra-tags`);
    for (const template of config.promoteTags) {
        try {
            const t = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, ctx);
            mutable.set(t, `"${t}" is in promote-tags (an environment tag)`);
        }
        catch {
            // Not renderable in this run, so not a tag this run could have made.
        }
    }
    const matchers = [config.tagTemplate, config.prTagTemplate, config.sourceTag]
        .filter((t) => t !== undefined)
        .map(_template_js__WEBPACK_IMPORTED_MODULE_2__/* .templateMatcher */ .xx);
    return {
        primary: () => renderInput(primaryInput, primaryTemplate, ctx),
        sourceTag: (key) => config.sourceTag === undefined
            ? undefined
            : renderInput('source-tag', config.sourceTag, {
                sha: trigger.head,
                date: now,
                source: key,
            }),
        release,
        extra,
        env: () => config.promoteTags.map((t) => renderInput('promote-tags', t, ctx)),
        isImmutable: (tag) => !mutable.has(tag) && ((0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_1__/* .isVersionTag */ .JM)(tag) || matchers.some((m) => m(tag))),
        mutableReason: (tag) => {
            const known = mutable.get(tag);
            if (known)
                return known;
            if ((0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_1__/* .isVersionTag */ .JM)(tag) || matchers.some((m) => m(tag)))
                return undefined;
            return `"${tag}" is not a tag tag-template, pr-tag-template or source-tag make, nor a version`;
        },
    };
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   IB: () => (/* binding */ tagFromName),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   et: () => (/* binding */ usesToken),
/* harmony export */   k8: () => (/* binding */ tokensOf),
/* harmony export */   ne: () => (/* binding */ sanitizeForTag),
/* harmony export */   pe: () => (/* binding */ isImmutableTemplate),
/* harmony export */   s_: () => (/* binding */ versionFromTagName),
/* harmony export */   x3: () => (/* binding */ shaExtractor),
/* harmony export */   xx: () => (/* binding */ templateMatcher)
/* harmony export */ });
/* unused harmony exports TOKENS, TAG_MAX_LENGTH, fitTag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8286);
/**
 * Tag templates: `sha-{sha:7}`, `pr-{pr}-{sha:7}`, `{version}`, … Pure; validated at
 * config time, rendered per image, and inverted to find which commit a deployed tag
 * came from.
 */


const TOKENS = [
    'sha',
    'branch',
    'pr',
    'date',
    'datetime',
    'run',
    'version',
    'source',
];
class TemplateError extends Error {
    name = 'TemplateError';
}
/** Parses a template; throws TemplateError naming the bad token. */
function parseTemplate(template) {
    const parts = [];
    const re = /\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        if (m.index > last)
            parts.push({ text: template.slice(last, m.index) });
        const body = m[1] ?? '';
        const [name = '', arg] = body.split(':', 2);
        if (!TOKENS.includes(name)) {
            throw new TemplateError(`unknown token {${body}}; available: ${TOKENS.map((t) => `{${t}}`).join(', ')}, {sha:N}`);
        }
        const token = name;
        if (arg !== undefined) {
            const max = token === 'source' ? 64 : 40;
            if ((token !== 'sha' && token !== 'source') ||
                !/^\d+$/.test(arg) ||
                Number(arg) < 4 ||
                Number(arg) > max) {
                throw new TemplateError(`{${body}}: only {sha:N} (N from 4 to 40) and {source:N} (N from 4 to 64) take a length`);
            }
            parts.push({ token, length: Number(arg) });
        }
        else {
            parts.push({ token });
        }
        last = m.index + m[0].length;
    }
    if (last < template.length)
        parts.push({ text: template.slice(last) });
    const literal = parts.map((p) => ('text' in p ? p.text : '')).join('');
    if (/[{}]/.test(literal))
        throw new TemplateError('unbalanced "{" or "}"');
    if (/[^A-Za-z0-9_.-]/.test(literal)) {
        throw new TemplateError('literal text may only contain letters, digits, "_", "." and "-"');
    }
    return parts;
}
/**
 * A template is immutable when every commit/release gets a distinct value: it must
 * contain the commit SHA (≥ 7 hex), the release version, the run number or a timestamp.
 */
function isImmutableTemplate(template) {
    return parseTemplate(template).some((p) => 'token' in p &&
        ((p.token === 'sha' && (p.length ?? 40) >= 7) ||
            p.token === 'version' ||
            p.token === 'run' ||
            p.token === 'datetime'));
}
/** The distinct tokens a template uses. */
function tokensOf(template) {
    return [...new Set(parseTemplate(template).flatMap((p) => ('token' in p ? [p.token] : [])))];
}
function usesToken(template, token) {
    return parseTemplate(template).some((p) => 'token' in p && p.token === token);
}
/** Makes a branch name tag-safe: `feature/Login#2` → `feature-Login-2`. */
function sanitizeForTag(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
}
/** The longest tag the distribution API accepts. */
const TAG_MAX_LENGTH = 128;
/**
 * Shortens `tag` to 128 characters: a longer one keeps its first 119 characters and gets
 * `-` plus the first 8 hex of sha256(`original`), so two long names that share a prefix
 * still get different tags, and the same name always gets the same tag.
 */
function fitTag(tag, original = tag) {
    if (tag.length <= TAG_MAX_LENGTH)
        return tag;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(original).digest('hex').slice(0, 8);
    const head = tag.slice(0, TAG_MAX_LENGTH - hash.length - 1).replace(/[.-]+$/, '');
    return `${head}-${hash}`;
}
/**
 * The registry tag for a git tag or release name (`v1.2.3` stays `v1.2.3`): sanitised like a
 * branch and shortened by fitTag. Empty when nothing tag-worthy is left.
 */
function tagFromName(name) {
    return fitTag(sanitizeForTag(name), name);
}
function pad(n, width = 2) {
    return String(n).padStart(width, '0');
}
function formatDate(d, withTime) {
    const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
    return withTime
        ? `${date}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
        : date;
}
/** Renders a template; throws TemplateError when a token has no value in this run. */
function renderTemplate(template, ctx) {
    const out = parseTemplate(template)
        .map((p) => {
        if ('text' in p)
            return p.text;
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
                if (!ctx.run)
                    throw new TemplateError('{run} has no value: GITHUB_RUN_NUMBER is not set');
                return ctx.run;
            case 'version':
                if (!ctx.version)
                    throw new TemplateError('{version} has no value: this run is not for a release or version tag');
                return sanitizeForTag(ctx.version);
            case 'source':
                if (!ctx.source)
                    throw new TemplateError('{source} only has a value in source-tag');
                return ctx.source.slice(0, p.length ?? 64);
        }
    })
        .join('');
    // A token that sanitises to nothing ('{branch}' of "...") must not leave a leading '-'.
    const tag = fitTag(out.replace(/^[.-]+/, ''), out);
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
    if (problem)
        throw new TemplateError(`renders to ${JSON.stringify(tag)}, which is not a valid tag: ${problem}`);
    return tag;
}
/**
 * Builds a matcher that extracts the SHA prefix from a tag made by `template`, so a tag
 * an overlay runs (`sha-1a2b3c4`) leads back to its commit. Undefined when the template
 * has no {sha} token.
 */
function shaExtractor(template) {
    const parts = parseTemplate(template);
    if (!parts.some((p) => 'token' in p && p.token === 'sha'))
        return undefined;
    const source = parts
        .map((p) => {
        if ('text' in p)
            return p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
/** What a token renders to, as a regular expression (`full`) and any prefix of it (`prefix`). */
function tokenPattern(p) {
    switch (p.token) {
        case 'sha':
            return { full: `[0-9a-f]{${p.length ?? 40}}`, prefix: `[0-9a-f]{0,${p.length ?? 40}}` };
        case 'source':
            return { full: `[0-9a-f]{${p.length ?? 64}}`, prefix: `[0-9a-f]{0,${p.length ?? 64}}` };
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
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The runs of "." and "-" renderTemplate may strip from the front of a rendering: leading
 * literal characters, across tokens that rendered empty ({branch}, {version}). Tokens never
 * start with "." or "-" themselves.
 */
function strippablePrefixes(parts) {
    const out = new Set(['']);
    let acc = '';
    for (const p of parts) {
        if ('text' in p) {
            const run = /^[.-]*/.exec(p.text)?.[0] ?? '';
            out.add(acc + run);
            if (run.length < p.text.length)
                break;
            acc += run;
        }
        else if (p.token !== 'branch' && p.token !== 'version') {
            break;
        }
    }
    return [...out];
}
/** Every string of "." and "-" of length `n` (n small: the run fitTag trims). */
function dotDashStrings(n) {
    let all = [''];
    for (let i = 0; i < n; i++)
        all = all.flatMap((s) => [`${s}.`, `${s}-`]);
    return all;
}
/**
 * A test for "could `template` have rendered `tag`?": literal parts as written, tokens as
 * the characters they render to, including what renderTemplate does after: leading "." and
 * "-" stripped, and a rendering longer than 128 shortened by fitTag (its first 119
 * characters, trailing "." and "-" trimmed, then `-` and 8 hex). Used to tell immutable
 * tags (made by tag-template, pr-tag-template, source-tag) from everything else.
 */
function templateMatcher(template) {
    const parts = parseTemplate(template);
    const patterns = parts.map((p) => 'text' in p
        ? {
            full: escapeRegExp(p.text),
            prefix: `(?:${Array.from({ length: p.text.length }, (_, i) => escapeRegExp(p.text.slice(0, i + 1))).join('|')})?`,
        }
        : tokenPattern(p));
    const full = new RegExp(`^${patterns.map((p) => p.full).join('')}$`);
    // Any prefix of a rendering: P1' | P1 (P2' | P2 (… Pn')).
    let prefixSource = '';
    for (let i = patterns.length - 1; i >= 0; i--) {
        const p = patterns[i];
        prefixSource = prefixSource === '' ? p.prefix : `(?:${p.prefix}|${p.full}${prefixSource})`;
    }
    const prefix = new RegExp(`^${prefixSource}$`);
    const stripped = strippablePrefixes(parts);
    const KEPT = TAG_MAX_LENGTH - 9;
    return (tag) => {
        if (stripped.some((p) => full.test(p + tag)))
            return true;
        // A shortened rendering: the kept head (plus the "."/"-" run fitTag trimmed) must be the
        // start of something the template renders.
        const m = /^(.+)-[0-9a-f]{8}$/.exec(tag);
        const head = m?.[1];
        if (head === undefined || head.length > KEPT || KEPT - head.length > 8)
            return false;
        const trimmed = dotDashStrings(KEPT - head.length);
        return stripped.some((p) => trimmed.some((q) => prefix.test(p + head + q)));
    };
}
/** `v1.2.3` → `1.2.3`; other names are returned unchanged. */
function versionFromTagName(name) {
    return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}


/***/ })

};
