export const id = 728;
export const ids = [728];
export const modules = {

/***/ 8728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/yaml-input.ts
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
        info = (0,external_node_fs_.statSync)(file);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    }
    if (!info.isFile()) {
        const what = info.isDirectory() ? 'a directory' : info.isFIFO() ? 'a FIFO' : 'not a regular file';
        throw new errors/* InputError */.dz(input, `${shown} is ${what}`, 'name a regular YAML file');
    }
    if (info.size > MAX_INPUT_FILE_BYTES) {
        throw new errors/* InputError */.dz(input, `${shown} is ${info.size} bytes`, 'an input file is at most 1 MiB');
    }
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    }
}
/** Parses YAML with duplicate keys and alias bombs refused. */
function parseInputYaml(input, text, what) {
    try {
        return (0,dist/* parse */.qg)(text, { maxAliasCount: 100, uniqueKeys: true });
    }
    catch (err) {
        const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
        throw new errors/* InputError */.dz(input, `${what} is not valid YAML: ${detail}`);
    }
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
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

;// CONCATENATED MODULE: ./src/config/file.ts
/**
 * The CLI's config file: YAML whose keys are the action's input names. Values may be
 * YAML lists/maps/booleans; they are turned into the strings the action would receive,
 * so one parser (parse.ts) serves both.
 */




function toInputString(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
        return value.map(String).join('\n');
    }
    return (0,dist/* stringify */.As)(value);
}
/** Reads a config file; unknown keys are an error that names them. */
function fileInputSource(path, env) {
    let doc = parseInputYaml('--config', readInputFile('--config', path), path);
    if (doc === null || doc === undefined)
        doc = {};
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new errors/* InputError */.dz('--config', `${path} must be a map whose keys are the action's input names`);
    }
    const values = doc;
    for (const key of Object.keys(values)) {
        if (!(key in INPUTS)) {
            throw new errors/* InputError */.dz('--config', `${path} has an unknown key "${key}"`, `use the action's input names: ${Object.keys(INPUTS).join(', ')}`);
        }
    }
    return {
        get(name) {
            if (name in values)
                return toInputString(values[name]);
            // The action gets the job token by default; the CLI takes it from the environment.
            if (name === 'github-token')
                return env.GITHUB_TOKEN ?? '';
            return INPUTS[name].default;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/changes/globs.ts
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
    try {
        picomatch_default().makeRe(body, { dot: true });
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
    return undefined;
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
        this.compiled = patterns.map((p) => {
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
     * Every path of `sorted` that matches, in order. Like firstMatch, only the ranges of
     * literal and directory patterns are visited when every positive pattern has one.
     */
    allMatches(sorted) {
        if (!this.rangeable)
            return sorted.filter(this.matches);
        const found = new Set();
        for (const { shape, negated } of this.compiled) {
            if (negated)
                continue;
            if (shape.kind === 'literal') {
                if (sorted[lowerBound(sorted, shape.path)] === shape.path && this.matches(shape.path))
                    found.add(shape.path);
            }
            else if (shape.kind === 'dir') {
                const dir = `${shape.base}/`;
                if (sorted[lowerBound(sorted, shape.base)] === shape.base && this.matches(shape.base))
                    found.add(shape.base);
                for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                    const f = sorted[i];
                    if (!f.startsWith(dir))
                        break;
                    if (this.matches(f))
                        found.add(f);
                }
            }
        }
        // Ranges of several patterns may overlap or come out of order.
        return [...found].sort();
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
function compileOne(pattern) {
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
    const re = picomatch_default().makeRe(pattern, { dot: true });
    const scan = picomatch_default().scan(pattern);
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

;// CONCATENATED MODULE: ./src/overlay/commit-message.ts
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

const DEFAULT_COMMIT_MESSAGE = 'deploy({environment}): {changes} ({sha}) [skip ci]';
const COMMIT_MESSAGE_TOKENS = [
    'environment',
    'image',
    'from',
    'to',
    'sha',
    'changes',
];
const TOKEN_RE = /\{([^{}]*)\}/g;
function isToken(name) {
    return COMMIT_MESSAGE_TOKENS.includes(name);
}
/** Throws InputError('commit-message') for an unknown token. */
function checkCommitTemplate(template, input = 'commit-message') {
    for (const [, name = ''] of template.matchAll(TOKEN_RE)) {
        if (!isToken(name)) {
            throw new errors/* InputError */.dz(input, `unknown token {${name}}`, `use ${COMMIT_MESSAGE_TOKENS.map((t) => `{${t}}`).join(', ')}`);
        }
    }
}
function commit_message_short(value) {
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
        from: vars.changes.map((c) => commit_message_short(c.from ?? '(none)')).join(', '),
        to: vars.changes.map((c) => commit_message_short(c.to)).join(', '),
        sha: (vars.sha ?? '').slice(0, 7),
        changes: vars.changes.map((c) => `${c.image} ${commit_message_short(arrow(c))}`).join(', '),
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/tags/template.ts
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
    const hash = (0,external_node_crypto_.createHash)('sha256').update(original).digest('hex').slice(0, 8);
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
    const problem = (0,reference/* tagProblem */.qH)(tag);
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

;// CONCATENATED MODULE: ./src/config/types.ts
const MODES = ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'];
const OVERLAY_FORMATS = ['auto', 'kustomize', 'helm', 'yaml', 'json', 'tfvars'];
/** How an image's value is spelled at its key: kept as found (`auto`) or forced. */
const VALUE_SHAPES = ['auto', 'tag', 'digest', 'reference'];
const DECISIONS = ['build', 'reuse', 'promote', 'rollback', 'skip'];

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
        const problem = globProblem(p);
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
        parseTemplate(template);
    }
    catch (err) {
        if (err instanceof TemplateError)
            throw new errors/* InputError */.dz(name, err.message);
        throw err;
    }
    if (name !== 'source-tag' && tokensOf(template).includes('source')) {
        throw new errors/* InputError */.dz(name, '{source} is only for source-tag', 'use {sha:7} to name the commit');
    }
    if (requireImmutable && !isImmutableTemplate(template)) {
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
function readImagesInput(raw, workspace) {
    let text = raw;
    const single = raw.trim();
    // A single line naming a .yml/.yaml file is a path; anything else is inline YAML.
    if (!single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-')) {
        text = readInputFile('images', resolveInsideWorkspace(workspace, single, 'images'), single);
    }
    let doc = parseInputYaml('images', text, 'the list');
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
    if (!VALUE_SHAPES.includes(valueRaw)) {
        throw new errors/* InputError */.dz('images', `${where}.value "${valueRaw}" is not a value shape`, `use one of: ${VALUE_SHAPES.join(', ')}`);
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
    const template = value || INPUTS['commit-message'].default;
    checkCommitTemplate(template, 'commit-message');
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
        if (!DECISIONS.includes(decision))
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
    const parts = parseTemplate(value);
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
    const imagesRaw = source.get('images');
    const flat = get('image');
    let images;
    if (imagesRaw.trim() !== '') {
        if (flat)
            throw new errors/* InputError */.dz('image', 'cannot be combined with "images"', 'list every image under "images"');
        images = readImagesInput(imagesRaw, workspace).map((r) => parseImage(r, registry, workspace));
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
    const format = oneOf('overlay-format', get('overlay-format') || 'auto', OVERLAY_FORMATS);
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
    const mode = oneOf('mode', get('mode') || 'auto', MODES);
    const tagTemplate = checkTemplate('tag-template', get('tag-template') || 'sha-{sha:7}', true);
    const prTagTemplate = checkTemplate('pr-tag-template', get('pr-tag-template') || 'pr-{pr}-{sha:7}', true);
    const extraTags = list(source.get('extra-tags')).map((t) => checkTemplate('extra-tags', t, false));
    const promoteTags = list(source.get('promote-tags')).map((t) => checkTemplate('promote-tags', t, false));
    const sourceTag = checkSourceTag(source.get('source-tag').trim());
    const pinDigest = parseBoolean('pin-digest', source.get('pin-digest'));
    const tag = parseTagInput(source.get('tag'), images);
    const mutableLiterals = new Set(['latest', ...extraTags, ...promoteTags]);
    if (tag?.kind === 'tags' && !pinDigest) {
        for (const t of [tag.all, ...Object.values(tag.byImage)]) {
            if (t !== undefined && mutableLiterals.has(t)) {
                throw new errors/* InputError */.dz('tag', `"${t}" is a mutable tag: it may point at another image tomorrow`, 'give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true to deploy it pinned to the digest it has now');
            }
        }
    }
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
    const environment = get('environment') || undefined;
    const pullRequestBranch = parsePullRequestBranch(get('pull-request-branch') || INPUTS['pull-request-branch'].default, environment);
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
        push: parseBoolean('push', source.get('push') || 'true'),
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/overlay/atomic-write.ts
var atomic_write = __webpack_require__(1957);
;// CONCATENATED MODULE: ./src/overlay/data-path.ts
/**
 * Key paths over plain parsed data (what yaml's toJS, JSON.parse or the tfvars parser give):
 * used to compute what a document must hold after an edit, and to list the keys a file has.
 */

function data_path_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Indices of the list elements a selector picks. */
function selectorMatches(list, field, equals) {
    const out = [];
    list.forEach((item, i) => {
        if (!data_path_isRecord(item))
            return;
        const v = item[field];
        if ((typeof v === 'string' || typeof v === 'number') && String(v) === equals)
            out.push(i);
    });
    return out;
}
function step(data, seg) {
    if ((0,key_path/* isSelector */.cB)(seg)) {
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
        else if (data_path_isRecord(node))
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
        throw new Error(`no single element matches ${(0,key_path/* formatKeyPath */.K7)([head])}`);
    if (Array.isArray(data)) {
        if (typeof s.key !== 'number' || s.key >= data.length) {
            throw new Error(`no element ${String(s.key)} in a list of ${data.length}`);
        }
        const copy = [...data];
        copy[s.key] = withValue(copy[s.key], rest, value);
        return copy;
    }
    if (data !== undefined && data !== null && !data_path_isRecord(data)) {
        throw new Error(`cannot set ${(0,key_path/* formatKeyPath */.K7)(path)} under a value`);
    }
    const key = String(s.key);
    const entries = Object.entries(data ?? {}).filter(([k]) => k !== key);
    const old = data_path_isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;
    return Object.fromEntries([...entries, [key, withValue(old, rest, value)]]);
}
/** Applies several values in order. */
function withValues(data, sets) {
    return sets.reduce((d, s) => withValue(d, s.path, s.value), data);
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
                const name = data_path_isRecord(item) ? item.name : undefined;
                const unique = typeof name === 'string' &&
                    /^[A-Za-z0-9_./:@-]+$/.test(name) &&
                    selectorMatches(list, 'name', name).length === 1;
                walk(item, unique ? [...path, { field: 'name', equals: name }] : [...path, i]);
            });
            return;
        }
        if (data_path_isRecord(node) && Object.getPrototypeOf(node) === Object.prototype) {
            for (const [k, v] of Object.entries(node))
                walk(v, [...path, k]);
            return;
        }
        if (path.length > 0)
            out.push((0,key_path/* formatKeyPath */.K7)(path));
    };
    walk(data, []);
    return out;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/overlay/json-edit.ts
/**
 * Byte-preserving JSON edits (`*.json`, `*.tfvars.json`). A small tokenizer finds where each
 * value is (character offsets); an edit splices new characters into the original text, so
 * indentation, key order, a BOM, CRLF and the final newline stay as they were. A missing key
 * is created in the file's own style (its indentation unit, `:` spacing and newline).
 *
 * Every edit is checked afterwards with JSON.parse: the new text must parse and equal the old
 * data with only the written value changed.
 */




/** A JSON file that cannot be read or edited; the message names the file (and line). */
class JsonError extends errors/* UserError */.yo {
    name = 'JsonError';
}
/** Nesting deeper than this is refused (the parser is recursive). */
const MAX_DEPTH = 512;
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
class Parser {
    text;
    fail;
    pos;
    constructor(text, fail) {
        this.text = text;
        this.fail = fail;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.pos++;
            else
                break;
        }
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            this.fail(this.pos, `nested more than ${MAX_DEPTH} levels deep`);
        this.ws();
        const t = this.text;
        const start = this.pos;
        const c = t[start];
        if (c === '{')
            return this.object(depth);
        if (c === '[')
            return this.array(depth);
        if (c === '"')
            return { kind: 'string', start, end: this.string(), value: this.decoded(start) };
        for (const word of ['true', 'false', 'null']) {
            if (t.startsWith(word, start)) {
                this.pos += word.length;
                return { kind: word, start, end: this.pos };
            }
        }
        const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        m.lastIndex = start;
        if (m.exec(t)) {
            this.pos = m.lastIndex;
            return { kind: 'number', start, end: this.pos };
        }
        return this.fail(start, c === undefined ? 'unexpected end of file' : `unexpected "${c}"`);
    }
    /** Scans a string starting at this.pos (a `"`); returns its end offset. */
    string() {
        const t = this.text;
        const start = this.pos;
        let i = start + 1;
        for (;;) {
            const c = t.charCodeAt(i);
            if (Number.isNaN(c))
                this.fail(start, 'unterminated string');
            if (c === 34)
                break;
            if (c < 0x20)
                this.fail(i, 'a control character (e.g. a newline) inside a string');
            if (c === 92) {
                const e = t[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6)))
                        this.fail(i, 'invalid \\u escape');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    this.fail(i, 'invalid escape');
                i += 2;
                continue;
            }
            i++;
        }
        this.pos = i + 1;
        return this.pos;
    }
    decoded(start) {
        return JSON.parse(this.text.slice(start, this.pos));
    }
    object(depth) {
        const start = this.pos;
        this.pos++;
        const members = [];
        this.ws();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return { kind: 'object', start, end: this.pos, members };
        }
        for (;;) {
            this.ws();
            const keyStart = this.pos;
            if (this.text[keyStart] !== '"')
                this.fail(keyStart, 'expected a "quoted" key');
            const keyEnd = this.string();
            const key = this.decoded(keyStart);
            this.ws();
            if (this.text[this.pos] !== ':')
                this.fail(this.pos, 'expected ":" after a key');
            this.pos++;
            const value = this.value(depth + 1);
            members.push({ key, keyStart, keyEnd, value });
            this.ws();
            const c = this.text[this.pos];
            this.pos++;
            if (c === '}')
                return { kind: 'object', start, end: this.pos, members };
            if (c !== ',')
                this.fail(this.pos - 1, 'expected "," or "}"');
        }
    }
    array(depth) {
        const start = this.pos;
        this.pos++;
        const items = [];
        this.ws();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return { kind: 'array', start, end: this.pos, items };
        }
        for (;;) {
            items.push(this.value(depth + 1));
            this.ws();
            const c = this.text[this.pos];
            this.pos++;
            if (c === ']')
                return { kind: 'array', start, end: this.pos, items };
            if (c !== ',')
                this.fail(this.pos - 1, 'expected "," or "]"');
        }
    }
}
/** Parses and checks a JSON file (a BOM is allowed and kept). */
function parseJson(text, file) {
    const starts = lineStarts(text);
    const fail = (offset, why) => {
        const line = lineOf(starts, offset);
        const col = offset - (starts[line - 1] ?? 0) + 1;
        throw new JsonError(`${file}:${line}:${col}: invalid JSON: ${why} — fix the file first`);
    };
    const parser = new Parser(text, fail);
    const root = parser.value(0);
    parser.ws();
    if (parser.pos < text.length)
        fail(parser.pos, 'more content after the JSON value');
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (err) {
        throw new JsonError(`${file}: invalid JSON: ${err instanceof Error ? err.message : String(err)} — fix the file first`);
    }
    return {
        text,
        file,
        root,
        data,
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        line: (offset) => lineOf(starts, offset),
    };
}
function describe(node) {
    switch (node?.kind) {
        case undefined:
            return 'missing';
        case 'object':
            return 'an object';
        case 'array':
            return 'a list';
        case 'null':
            return 'null';
        default:
            return 'a value';
    }
}
function where(f, path, node) {
    const name = path.length === 0 ? 'the document' : `"${(0,key_path/* formatKeyPath */.K7)(path)}"`;
    return `${f.file}${node ? `:${f.line(node.start)}` : ''}: ${name}`;
}
function memberIndex(f, obj, key, path) {
    const found = obj.members.flatMap((m, i) => (m.key === key ? [i] : []));
    if (found.length > 1) {
        throw new JsonError(`${where(f, path)} is there ${found.length} times (lines ${found.map((i) => f.line(obj.members[i]?.keyStart ?? 0)).join(', ')}); readers disagree on which one counts — remove the others`);
    }
    return found[0];
}
function selectItem(f, list, seg, path) {
    const found = [];
    list.items.forEach((item, i) => {
        if (item.kind !== 'object')
            return;
        const field = item.members.find((m) => m.key === seg.field)?.value;
        if (field?.kind === 'string' && field.value === seg.equals)
            found.push(i);
        else if (field?.kind === 'number' && f.text.slice(field.start, field.end) === seg.equals)
            found.push(i);
    });
    if (found.length > 1) {
        throw new JsonError(`${where(f, path)} matches ${found.length} list elements (lines ${found.map((i) => f.line(list.items[i]?.start ?? 0)).join(', ')}); make the selector unique`);
    }
    return found[0];
}
/**
 * Finds `path`. Throws a JsonError when it goes through something that is not an object or
 * list, or through a selector that picks no element.
 */
function locate(f, path) {
    let node = f.root;
    const concrete = [];
    for (const [depth, seg] of path.entries()) {
        const here = path.slice(0, depth);
        if (node.kind === 'object' && !(0,key_path/* isSelector */.cB)(seg)) {
            const i = memberIndex(f, node, String(seg), path.slice(0, depth + 1));
            const member = i === undefined ? undefined : node.members[i];
            if (!member)
                return { kind: 'missing', depth, obj: node, path: [...concrete, ...path.slice(depth)] };
            concrete.push(String(seg));
            node = member.value;
            continue;
        }
        if (node.kind === 'array' && (typeof seg === 'number' || (0,key_path/* isSelector */.cB)(seg))) {
            const i = (0,key_path/* isSelector */.cB)(seg) ? selectItem(f, node, seg, path.slice(0, depth + 1)) : seg;
            const item = i === undefined ? undefined : node.items[i];
            if (item === undefined || i === undefined) {
                throw new JsonError((0,key_path/* isSelector */.cB)(seg)
                    ? `${where(f, here, node)} has no element with "${seg.field}": "${seg.equals}"; image-promote does not add list elements — add it to the file first`
                    : `${where(f, here, node)} has ${node.items.length} items, so there is no item ${String(seg)}`);
            }
            concrete.push(i);
            node = item;
            continue;
        }
        throw new JsonError(`${where(f, here, node)} is ${describe(node)}, not ${(0,key_path/* isSelector */.cB)(seg) || typeof seg === 'number' ? 'a list' : 'an object'}, so it has no ${(0,key_path/* isSelector */.cB)(seg) ? 'element' : 'key'} "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
    }
    return { kind: 'found', node, path: concrete };
}
/** The node at `path` (undefined when a key on the way is missing). */
function jsonNode(f, path) {
    const found = locate(f, path);
    return found.kind === 'found' ? found.node : undefined;
}
/**
 * The text of the value at `path`: strings as they are, numbers and booleans as spelled;
 * undefined when missing or null. A JsonError when it is an object or a list.
 */
function jsonValue(f, path) {
    const node = jsonNode(f, path);
    if (node === undefined || node.kind === 'null')
        return undefined;
    const line = f.line(node.start);
    if (node.kind === 'string')
        return { text: node.value, line };
    if (node.kind === 'object' || node.kind === 'array') {
        throw new JsonError(`${where(f, path, node)} is ${describe(node)}, not a single value`);
    }
    return { text: f.text.slice(node.start, node.end), line };
}
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}
function isMultiline(f, node) {
    return f.text.slice(node.start, node.end).includes('\n');
}
function detectStyle(f) {
    let unit;
    let colon;
    const visit = (node) => {
        if (node.kind === 'object') {
            const first = node.members[0];
            if (first) {
                if (colon === undefined) {
                    const between = f.text.slice(first.keyEnd, first.value.start);
                    if (!between.includes('\n'))
                        colon = between;
                }
                if (unit === undefined && isMultiline(f, node)) {
                    const outer = lineIndent(f.text, node.start);
                    const inner = lineIndent(f.text, first.keyStart);
                    if (inner.startsWith(outer) && inner.length > outer.length)
                        unit = inner.slice(outer.length);
                }
            }
            for (const m of node.members) {
                if (unit !== undefined && colon !== undefined)
                    return;
                visit(m.value);
            }
        }
        else if (node.kind === 'array') {
            for (const item of node.items) {
                if (unit !== undefined && colon !== undefined)
                    return;
                visit(item);
            }
        }
    };
    visit(f.root);
    const multiline = isMultiline(f, f.root);
    return { newline: f.newline, unit: unit ?? (multiline ? '  ' : undefined), colon: colon ?? ': ' };
}
function renderMember(keys, value, indent, style, multiline) {
    const [head, ...rest] = keys;
    if (head === undefined)
        return JSON.stringify(value);
    const key = JSON.stringify(head) + style.colon;
    if (rest.length === 0)
        return key + JSON.stringify(value);
    if (multiline && style.unit !== undefined) {
        const inner = indent + style.unit;
        return `${key}{${style.newline}${inner}${renderMember(rest, value, inner, style, true)}${style.newline}${indent}}`;
    }
    return `${key}{${renderMember(rest, value, indent, style, false)}}`;
}
function insertMember(f, obj, keys, value) {
    const style = detectStyle(f);
    const last = obj.members[obj.members.length - 1];
    const multiline = isMultiline(f, obj) && style.unit !== undefined;
    if (last && multiline) {
        const first = obj.members[0] ?? last;
        const indent = lineIndent(f.text, first.keyStart);
        const at = last.value.end;
        const member = renderMember(keys, value, indent, style, true);
        return { start: at, end: at, text: `,${style.newline}${indent}${member}` };
    }
    if (last) {
        const second = obj.members[1];
        const first = obj.members[0];
        const comma = first && second
            ? f.text.slice(first.value.end, second.keyStart)
            : style.colon.endsWith(' ')
                ? ', '
                : ',';
        const at = last.value.end;
        return { start: at, end: at, text: comma + renderMember(keys, value, '', style, false) };
    }
    // An empty object: one member on its own line in a multi-line file, inline otherwise.
    if (style.unit !== undefined && isMultiline(f, f.root)) {
        const outer = lineIndent(f.text, obj.start);
        const inner = outer + style.unit;
        const member = renderMember(keys, value, inner, style, true);
        return {
            start: obj.start,
            end: obj.end,
            text: `{${style.newline}${inner}${member}${style.newline}${outer}}`,
        };
    }
    return {
        start: obj.start,
        end: obj.end,
        text: `{${renderMember(keys, value, '', style, false)}}`,
    };
}
function splice(text, s) {
    return text.slice(0, s.start) + s.text + text.slice(s.end);
}
function planSet(f, set) {
    const found = locate(f, set.path);
    if (found.kind === 'missing') {
        const rest = set.path.slice(found.depth);
        const keys = rest.map((seg) => {
            if (typeof seg !== 'string') {
                throw new JsonError(`${where(f, set.path.slice(0, found.depth))} has no "${(0,key_path/* formatKeyPath */.K7)(rest)}" and image-promote does not add list elements — add it to the file first`);
            }
            return seg;
        });
        return { splice: insertMember(f, found.obj, keys, set.value), path: found.path };
    }
    const { node } = found;
    if (node.kind === 'object' || node.kind === 'array') {
        throw new JsonError(`${where(f, set.path, node)} is ${describe(node)}, not a single value`);
    }
    if (node.kind === 'string' && node.value === set.value)
        return { path: found.path };
    return {
        splice: { start: node.start, end: node.end, text: JSON.stringify(set.value) },
        path: found.path,
    };
}
/**
 * Applies `sets` in order to `text` and returns the new text. Each set replaces only the
 * bytes of one value (or inserts one member); the result is checked with JSON.parse.
 */
function editJson(text, file, sets) {
    let f = parseJson(text, file);
    for (const set of sets) {
        const planned = planSet(f, set);
        if (!planned.splice)
            continue;
        const next = splice(f.text, planned.splice);
        const fail = (why) => {
            throw new JsonError(`${file}: refusing to write "${(0,key_path/* formatKeyPath */.K7)(set.path)}": the edit ${why}; the file was not changed (please report this)`);
        };
        let after;
        try {
            after = parseJson(next, file);
        }
        catch (err) {
            fail(`produced invalid JSON (${err instanceof Error ? err.message : String(err)})`);
        }
        if (!after)
            return fail('produced nothing');
        const expected = withValue(f.data, planned.path, set.value);
        if (!(0,external_node_util_.isDeepStrictEqual)(after.data, expected))
            fail('changed more than that value');
        f = after;
    }
    return f.text;
}
/** True when the file's top level is an object (the only kind of JSON overlay). */
function isJsonObject(f) {
    return f.root.kind === 'object' && isRecord(f.data);
}

;// CONCATENATED MODULE: ./src/overlay/tfvars.ts
/**
 * Terraform variable files (`*.tfvars`, HCL native syntax): read and write `name = "value"`
 * attributes at the top level and inside object constructors (`image = { tag = "v1" }`) by
 * key path. A tokenizer finds where everything is; an edit splices new characters into the
 * original text, so comments (`#`, `//`, `/* *\/`), alignment, heredocs and every other value
 * stay exactly as they were.
 *
 * Only plain quoted strings are read and written. A value that is anything else — an
 * expression, a reference, a number, a list, a heredoc, a string with `${…}` interpolation or
 * a `%{…}` directive — is refused with the file, line and key: image-promote cannot know what
 * it evaluates to, and replacing it would change more than the image.
 *
 * Every edit is checked afterwards: the new text is parsed again and must hold the same
 * values as before except the one written.
 */




/** A variables file that cannot be read or edited; the message names the file and line. */
class TfvarsError extends errors/* UserError */.yo {
    name = 'TfvarsError';
}
/** A value that is not a plain string, kept as its source text (for comparisons). */
class TfvarsOpaque {
    what;
    raw;
    constructor(what, raw) {
        this.what = what;
        this.raw = raw;
    }
}
// ---------------------------------------------------------------------------------------
// Tokens
const IDENT_RE = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const NUMBER_RE = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const OPERATORS = ['==', '!=', '<=', '>=', '=>', '&&', '||', '...'];
class Scanner {
    text;
    fail;
    tokens = [];
    pos;
    constructor(text, fail) {
        this.text = text;
        this.fail = fail;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    push(kind, start, end, extra = {}) {
        this.tokens.push({ kind, start, end, ...extra });
        this.pos = end;
    }
    scan() {
        const t = this.text;
        while (this.pos < t.length) {
            const start = this.pos;
            const c = t[start] ?? '';
            if (c === ' ' || c === '\t') {
                this.pos++;
            }
            else if (c === '\n') {
                this.push('nl', start, start + 1);
            }
            else if (c === '\r' && t[start + 1] === '\n') {
                this.push('nl', start, start + 2);
            }
            else if (c === '#' || (c === '/' && t[start + 1] === '/')) {
                let end = t.indexOf('\n', start);
                if (end === -1)
                    end = t.length;
                if (t[end - 1] === '\r')
                    end--;
                this.push('comment', start, end);
            }
            else if (c === '/' && t[start + 1] === '*') {
                const close = t.indexOf('*/', start + 2);
                if (close === -1)
                    this.fail(start, 'a /* comment is never closed');
                this.push('comment', start, close + 2);
            }
            else if (c === '"') {
                this.quoted(start);
            }
            else if (c === '<' && t[start + 1] === '<' && /[-A-Za-z_]/.test(t[start + 2] ?? '')) {
                this.heredoc(start);
            }
            else if (this.sticky(IDENT_RE, start) !== undefined) {
                this.push('ident', start, this.sticky(IDENT_RE, start) ?? start);
            }
            else if (this.sticky(NUMBER_RE, start) !== undefined) {
                this.push('number', start, this.sticky(NUMBER_RE, start) ?? start);
            }
            else {
                const op = OPERATORS.find((o) => t.startsWith(o, start));
                this.push('punct', start, start + (op?.length ?? 1));
            }
        }
        return this.tokens;
    }
    sticky(re, at) {
        re.lastIndex = at;
        return re.exec(this.text) ? re.lastIndex : undefined;
    }
    /** A quoted template `"…"`; plain when it has no `${…}` or `%{…}`. */
    quoted(start) {
        const t = this.text;
        let i = start + 1;
        let value = '';
        let notPlain;
        for (;;) {
            const c = t[i];
            if (c === undefined || c === '\n' || c === '\r') {
                this.fail(start, 'a quoted string is not closed on its line (use a heredoc for text over several lines)');
            }
            if (c === '"')
                break;
            if (c === '\\') {
                const e = t[i + 1];
                const simple = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
                if (e !== undefined && simple[e] !== undefined) {
                    value += simple[e];
                    i += 2;
                    continue;
                }
                const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0;
                const digits = t.slice(i + 2, i + 2 + hex);
                if (hex === 0 || !new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
                    this.fail(i, `invalid escape "\\${e ?? ''}" in a string`);
                }
                const code = Number.parseInt(digits, 16);
                if (code > 0x10ffff)
                    this.fail(i, 'invalid unicode escape in a string');
                value += String.fromCodePoint(code);
                i += 2 + hex;
                continue;
            }
            if ((c === '$' || c === '%') && t[i + 1] === c && t[i + 2] === '{') {
                // `$${` and `%%{` are a literal `${` and `%{`.
                value += `${c}{`;
                i += 3;
                continue;
            }
            if ((c === '$' || c === '%') && t[i + 1] === '{') {
                notPlain ??=
                    c === '$' ? 'a string with ${…} interpolation' : 'a string with a %{…} directive';
                i = this.templateEnd(i + 2, start);
                continue;
            }
            value += c;
            i++;
        }
        this.push('string', start, i + 1, notPlain === undefined ? { value } : { notPlain });
    }
    /** The offset after the `}` that closes a `${` or `%{` opened before `from`. */
    templateEnd(from, stringStart) {
        const t = this.text;
        let depth = 1;
        let i = from;
        while (i < t.length) {
            const c = t[i];
            if (c === '"') {
                // A string inside the interpolation: skip it, with its own interpolations.
                i++;
                while (i < t.length && t[i] !== '"') {
                    if (t[i] === '\\')
                        i += 2;
                    else if ((t[i] === '$' || t[i] === '%') && t[i + 1] === '{')
                        i = this.templateEnd(i + 2, stringStart);
                    else
                        i++;
                }
                i++;
                continue;
            }
            if (c === '{')
                depth++;
            if (c === '}' && --depth === 0)
                return i + 1;
            i++;
        }
        return this.fail(stringStart, 'a ${…} in a string is never closed');
    }
    /** `<<EOF` / `<<-EOF` up to and including the closing marker. */
    heredoc(start) {
        const t = this.text;
        const m = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)(\r?\n)/uy;
        m.lastIndex = start;
        const found = m.exec(t);
        if (!found)
            this.fail(start, 'a heredoc marker (<<EOF) must be followed by a new line');
        const marker = found[2] ?? '';
        let lineStart = m.lastIndex;
        while (lineStart <= t.length) {
            let lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = t.length;
            const line = t.slice(lineStart, lineEnd).replace(/\r$/, '');
            if (line.trim() === marker) {
                const end = lineStart + line.length - (line.length - line.trimEnd().length);
                this.push('heredoc', start, end);
                return;
            }
            if (lineEnd === t.length)
                break;
            lineStart = lineEnd + 1;
        }
        this.fail(start, `the heredoc <<${found[1] ?? ''}${marker} is never closed (no line with ${marker})`);
    }
}
// ---------------------------------------------------------------------------------------
// Structure
const OPEN = { '(': ')', '[': ']', '{': '}' };
class TfParser {
    text;
    toks;
    fail;
    i = 0;
    constructor(text, toks, fail) {
        this.text = text;
        this.toks = toks;
        this.fail = fail;
    }
    src(t) {
        return this.text.slice(t.start, t.end);
    }
    peek(skipNewlines) {
        let j = this.i;
        while (j < this.toks.length) {
            const t = this.toks[j];
            if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl')))
                j++;
            else
                return t;
        }
        return undefined;
    }
    next(skipNewlines) {
        while (this.i < this.toks.length) {
            const t = this.toks[this.i++];
            if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl')))
                continue;
            return t;
        }
        return undefined;
    }
    body() {
        const items = [];
        const seen = new Map();
        for (;;) {
            const key = this.next(true);
            if (!key)
                return items;
            if (key.kind !== 'ident') {
                this.fail(key.start, `expected a variable name, found "${this.src(key)}"`);
            }
            const eq = this.next(false);
            if (!eq || this.src(eq) !== '=') {
                const blockLike = eq && (this.src(eq) === '{' || eq.kind === 'string' || eq.kind === 'ident');
                this.fail(eq?.start ?? key.end, blockLike
                    ? `"${this.src(key)}" is a block; a variables file holds only name = value attributes`
                    : `expected "=" after "${this.src(key)}"`);
            }
            const value = this.expression(['nl']);
            const after = this.next(false);
            if (after && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${this.src(after)}" after the value of "${this.src(key)}"`);
            }
            const item = {
                key: this.src(key),
                keyStart: key.start,
                keyEnd: key.end,
                eq: eq.start,
                value,
                comma: false,
            };
            this.duplicate(seen, item);
            items.push(item);
        }
    }
    duplicate(seen, item) {
        const twin = seen.get(item.key);
        if (twin) {
            this.fail(item.keyStart, `"${item.key}" is set twice (also on line ${lineOfText(this.text, twin.keyStart)}); Terraform refuses that — remove one`);
        }
        seen.set(item.key, item);
    }
    /** The tokens of one expression: up to a terminator at bracket depth 0. */
    expression(terminators) {
        const first = this.i;
        const stack = [];
        let j = this.i;
        for (; j < this.toks.length; j++) {
            const t = this.toks[j];
            if (!t)
                break;
            const s = t.kind === 'punct' ? this.src(t) : '';
            if (stack.length === 0) {
                if (t.kind === 'nl' && terminators.includes('nl'))
                    break;
                if (t.kind === 'punct' && terminators.includes(s))
                    break;
            }
            if (t.kind !== 'punct')
                continue;
            if (OPEN[s] !== undefined)
                stack.push(OPEN[s]);
            else if (s === ')' || s === ']' || s === '}') {
                if (stack.pop() !== s)
                    this.fail(t.start, `unexpected "${s}"`);
            }
        }
        if (stack.length > 0) {
            this.fail(this.toks[first]?.start ?? this.text.length, `a "${stack[stack.length - 1] === '}' ? '{' : stack[stack.length - 1] === ']' ? '[' : '('}" is never closed`);
        }
        const toks = this.toks.slice(first, j).filter((t) => t.kind !== 'comment' && t.kind !== 'nl');
        this.i = j;
        const head = toks[0];
        const tail = toks[toks.length - 1];
        if (!head || !tail) {
            return this.fail(this.toks[j]?.start ?? this.text.length, 'expected a value');
        }
        const range = { start: head.start, end: tail.end };
        if (toks.length === 1) {
            if (head.kind === 'string') {
                return head.value !== undefined
                    ? { kind: 'string', value: head.value, ...range }
                    : { kind: 'other', what: head.notPlain ?? 'a template', ...range };
            }
            if (head.kind === 'heredoc')
                return { kind: 'other', what: 'a heredoc', ...range };
            if (head.kind === 'number')
                return { kind: 'other', what: 'a number', ...range };
            const word = this.src(head);
            if (word === 'true' || word === 'false')
                return { kind: 'other', what: 'a bool', ...range };
            if (word === 'null')
                return { kind: 'other', what: 'null', ...range };
        }
        const open = this.src(head);
        const headAt = this.toks.indexOf(head, first);
        const tailAt = this.toks.lastIndexOf(tail, j);
        if (head.kind === 'punct' && open === '{' && this.closes(headAt, tailAt)) {
            const inner = this.toks
                .slice(headAt + 1, tailAt)
                .find((t) => t.kind !== 'nl' && t.kind !== 'comment');
            if (!(inner?.kind === 'ident' && this.src(inner) === 'for')) {
                const saved = this.i;
                this.i = headAt + 1;
                const object = this.object(head, tail);
                this.i = saved;
                if (object)
                    return object;
                return { kind: 'other', what: 'an object with computed keys', ...range };
            }
            return { kind: 'other', what: 'a for expression', ...range };
        }
        if (head.kind === 'punct' && open === '[' && this.closes(headAt, tailAt)) {
            return { kind: 'other', what: 'a list', ...range };
        }
        return { kind: 'other', what: 'an expression', ...range };
    }
    /** Whether the bracket at token `open` is closed by the token at `close` (one collection). */
    closes(open, close) {
        let depth = 0;
        for (let j = open; j <= close; j++) {
            const t = this.toks[j];
            if (!t || t.kind !== 'punct')
                continue;
            const s = this.src(t);
            if (OPEN[s] !== undefined)
                depth++;
            else if (s === ')' || s === ']' || s === '}') {
                depth--;
                if (depth === 0)
                    return j === close;
            }
        }
        return false;
    }
    /** Items of an object constructor whose `{` is `open`; undefined when a key is computed. */
    object(open, close) {
        const items = [];
        const seen = new Map();
        for (;;) {
            let key = this.next(true);
            while (key && key.kind === 'punct' && this.src(key) === ',')
                key = this.next(true);
            if (!key)
                this.fail(open.start, 'an object is never closed');
            if (key === close)
                return { kind: 'object', start: open.start, end: close.end, items };
            let name;
            if (key.kind === 'ident')
                name = this.src(key);
            else if (key.kind === 'string' && key.value !== undefined)
                name = key.value;
            else if (key.kind === 'punct' && this.src(key) === '(')
                return undefined;
            else
                return this.fail(key.start, `unexpected "${this.src(key)}" where an object key belongs`);
            const eq = this.next(false);
            if (!eq || (this.src(eq) !== '=' && this.src(eq) !== ':')) {
                return this.fail(eq?.start ?? key.end, `expected "=" after the key "${name}"`);
            }
            const value = this.expression(['nl', ',', '}']);
            const after = this.peek(false);
            const comma = after?.kind === 'punct' && this.src(after) === ',';
            if (after && after !== close && !comma && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${this.src(after)}" after the value of "${name}"`);
            }
            const item = {
                key: name,
                keyStart: key.start,
                keyEnd: key.end,
                eq: eq.start,
                value,
                comma,
            };
            this.duplicate(seen, item);
            items.push(item);
        }
    }
}
function lineOfText(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
function toData(text, value) {
    if (value.kind === 'string')
        return value.value;
    if (value.kind === 'object')
        return itemsData(text, value.items);
    return new TfvarsOpaque(value.what, text.slice(value.start, value.end));
}
function itemsData(text, items) {
    return Object.fromEntries(items.map((i) => [i.key, toData(text, i.value)]));
}
/** Parses a variables file; a TfvarsError (file:line:column) when it is not valid. */
function parseTfvars(text, file) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    const line = (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    const fail = (offset, why) => {
        const l = line(offset);
        const col = offset - (starts[l - 1] ?? 0) + 1;
        throw new TfvarsError(`${file}:${l}:${col}: not a valid variables file: ${why} — fix the file first`);
    };
    const toks = new Scanner(text, fail).scan();
    const items = new TfParser(text, toks, fail).body();
    return {
        text,
        file,
        items,
        data: itemsData(text, items),
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        line,
    };
}
function keyOf(path, f) {
    return path.map((seg) => {
        if (typeof seg === 'string')
            return seg;
        throw new TfvarsError(`${f.file}: key "${(0,key_path/* formatKeyPath */.K7)(path)}" has ${(0,key_path/* isSelector */.cB)(seg) ? `a list selector [${seg.field}=${seg.equals}]` : `a list index ${seg}`}; in a variables file image-promote goes through objects only (name.key.key)`);
    });
}
function notPlain(f, path, value) {
    const raw = f.text.slice(value.start, value.end);
    const shown = raw.length > 60 || raw.includes('\n') ? `${raw.split(/\r?\n/)[0]?.slice(0, 60) ?? ''}…` : raw;
    const what = value.kind === 'object' ? 'an object' : value.kind === 'other' ? value.what : 'a string';
    return new TfvarsError(`${f.file}:${f.line(value.start)}: "${(0,key_path/* formatKeyPath */.K7)(path)}" is ${what} (${shown}), not a plain "…" string; image-promote reads and writes only plain strings — write the value as a quoted string, or point the key at one`);
}
function tfvars_locate(f, path) {
    const keys = keyOf(path, f);
    let items = f.items;
    let parent;
    for (const [depth, key] of keys.entries()) {
        const item = items.find((i) => i.key === key);
        if (!item)
            return parent ? { kind: 'missing', depth, items, parent } : { kind: 'missing', depth, items };
        if (depth === keys.length - 1)
            return { kind: 'found', item };
        if (item.value.kind !== 'object') {
            throw new TfvarsError(`${f.file}:${f.line(item.value.start)}: "${(0,key_path/* formatKeyPath */.K7)(path.slice(0, depth + 1))}" is ${item.value.kind === 'string' ? 'a string' : item.value.what}, not an object, so it has no key "${keys[depth + 1] ?? ''}"`);
        }
        parent = item.value;
        items = item.value.items;
    }
    throw new Error('internal error: empty key path');
}
/** The string at `path`, undefined when missing; a TfvarsError when it is not a plain string. */
function tfvarsValue(f, path) {
    const found = tfvars_locate(f, path);
    if (found.kind === 'missing')
        return undefined;
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, path, value);
    return { text: value.value, line: f.line(value.start) };
}
/** Whether something (of any kind) is at `path`. */
function tfvarsHas(f, path) {
    return tfvars_locate(f, path).kind === 'found';
}
// ---------------------------------------------------------------------------------------
// Writing
/** `value` as an HCL quoted string that reads back as exactly `value` (no interpolation). */
function quoteHcl(value) {
    let out = '"';
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    out += '"';
    // `${` and `%{` start templates: double the sigil to keep them literal.
    return out.replace(/([$%])\{/g, '$1$1{');
}
function renderKey(key, topLevel, f) {
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key))
        return key;
    if (topLevel) {
        throw new TfvarsError(`${f.file}: "${key}" is not a valid variable name`);
    }
    return quoteHcl(key);
}
function tfvars_lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}
function lineEndAfter(text, pos) {
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl + 1;
}
function detectUnit(f) {
    const visit = (items) => {
        for (const item of items) {
            if (item.value.kind !== 'object')
                continue;
            const first = item.value.items[0];
            if (first && f.text.slice(item.value.start, first.keyStart).includes('\n')) {
                const outer = tfvars_lineIndent(f.text, item.keyStart);
                const inner = tfvars_lineIndent(f.text, first.keyStart);
                if (inner.startsWith(outer) && inner.length > outer.length)
                    return inner.slice(outer.length);
            }
            const deeper = visit(item.value.items);
            if (deeper !== undefined)
                return deeper;
        }
        return undefined;
    };
    return visit(f.items) ?? '  ';
}
/** `key = "value"` or `key = { … }` for the keys still missing. */
function renderItem(f, keys, value, indent, unit, multiline, topLevel, width) {
    const [head, ...rest] = keys;
    if (head === undefined)
        return quoteHcl(value);
    const key = renderKey(head, topLevel, f).padEnd(width);
    if (rest.length === 0)
        return `${key} = ${quoteHcl(value)}`;
    if (multiline) {
        const inner = indent + unit;
        return `${key} = {${f.newline}${inner}${renderItem(f, rest, value, inner, unit, true, false, 0)}${f.newline}${indent}}`;
    }
    return `${key} = { ${renderItem(f, rest, value, indent, unit, false, false, 0)} }`;
}
/** Width to pad a new key to so its `=` lines up with the item above (as `terraform fmt` does). */
function alignedWidth(f, above, key) {
    if (!above || f.text.slice(above.keyEnd, above.eq).includes('\n'))
        return 0;
    if (f.text.slice(above.value.start, above.value.end).includes('\n'))
        return 0;
    const width = above.eq - above.keyStart - 1;
    return width > key.length && /^ *$/.test(f.text.slice(above.keyEnd, above.eq - 1)) ? width : 0;
}
function insertAtTop(f, keys, value) {
    const unit = detectUnit(f);
    const last = f.items[f.items.length - 1];
    const lastLine = last ? lineEndAfter(f.text, last.value.end) : 0;
    // Directly under the last attribute when nothing but blank space follows it.
    const adjacent = last !== undefined && f.text.slice(lastLine).trim() === '';
    const width = adjacent ? alignedWidth(f, last, keys[0] ?? '') : 0;
    const line = renderItem(f, keys, value, '', unit, true, true, width);
    const at = adjacent ? lastLine : f.text.length;
    if (at === f.text.length && f.text.length > 0 && !f.text.endsWith('\n')) {
        return { start: at, end: at, text: f.newline + line };
    }
    return { start: at, end: at, text: line + f.newline };
}
function insertInObject(f, object, keys, value) {
    const unit = detectUnit(f);
    const last = object.items[object.items.length - 1];
    const closeAt = object.end - 1;
    if (!last) {
        const inside = f.text.slice(object.start + 1, closeAt);
        if (inside.includes('\n')) {
            const outer = tfvars_lineIndent(f.text, object.start);
            const inner = outer + unit;
            return {
                start: object.start,
                end: object.end,
                text: `{${f.newline}${inner}${renderItem(f, keys, value, inner, unit, true, false, 0)}${f.newline}${outer}}`,
            };
        }
        return {
            start: object.start,
            end: object.end,
            text: `{ ${renderItem(f, keys, value, '', unit, false, false, 0)} }`,
        };
    }
    const first = object.items[0] ?? last;
    const multiline = f.text.slice(object.start, first.keyStart).includes('\n');
    const lastLine = lineEndAfter(f.text, last.value.end);
    if (multiline && closeAt >= lastLine) {
        const indent = tfvars_lineIndent(f.text, last.keyStart);
        const width = alignedWidth(f, last, keys[0] ?? '');
        const item = renderItem(f, keys, value, indent, unit, true, false, width);
        return {
            start: lastLine,
            end: lastLine,
            text: `${indent}${item}${last.comma ? ',' : ''}${f.newline}`,
        };
    }
    // A one-line object (or `}` right after the last item): add the item inline.
    const at = last.value.end;
    const item = renderItem(f, keys, value, '', unit, false, false, 0);
    if (last.comma) {
        const comma = f.text.indexOf(',', at);
        return { start: comma + 1, end: comma + 1, text: ` ${item},` };
    }
    return { start: at, end: at, text: `, ${item}` };
}
function tfvars_planSet(f, set) {
    const found = tfvars_locate(f, set.path);
    const keys = keyOf(set.path, f);
    if (found.kind === 'missing') {
        const rest = keys.slice(found.depth);
        return found.parent
            ? insertInObject(f, found.parent, rest, set.value)
            : insertAtTop(f, rest, set.value);
    }
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, set.path, value);
    if (value.value === set.value)
        return undefined;
    return { start: value.start, end: value.end, text: quoteHcl(set.value) };
}
/**
 * Applies `sets` in order and returns the new text; each is checked by parsing the result
 * again (same values everywhere else, the new string at its key).
 */
function editTfvars(text, file, sets) {
    let f = parseTfvars(text, file);
    for (const set of sets) {
        const s = tfvars_planSet(f, set);
        if (!s)
            continue;
        const next = f.text.slice(0, s.start) + s.text + f.text.slice(s.end);
        const fail = (why) => {
            throw new TfvarsError(`${file}: refusing to write "${(0,key_path/* formatKeyPath */.K7)(set.path)}": the edit ${why}; the file was not changed (please report this)`);
        };
        let after;
        try {
            after = parseTfvars(next, file);
        }
        catch (err) {
            fail(`produced an invalid file (${err instanceof Error ? err.message : String(err)})`);
        }
        if (!after)
            return fail('produced nothing');
        if (!(0,external_node_util_.isDeepStrictEqual)(after.data, withValue(f.data, set.path, set.value))) {
            fail('changed more than that value');
        }
        f = after;
    }
    return f.text;
}

// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __webpack_require__(7950);
;// CONCATENATED MODULE: ./src/overlay/documents.ts
/**
 * One interface over the key-path formats — YAML (Helm values, raw manifests, any YAML),
 * JSON and Terraform variable files: read a value by key path, list the keys, and write
 * values in place. Each format's editor verifies its own edits (see yaml-edit.ts,
 * json-edit.ts, tfvars.ts).
 */






function yamlDocument(y) {
    return {
        format: 'yaml',
        file: y.file,
        text: y.text,
        data: y.data,
        value(path) {
            const node = (0,yaml_edit/* readNode */.XH)(y, path);
            if (node === undefined || (0,yaml_edit/* describeNode */.WQ)(node) === 'empty')
                return undefined;
            const text = (0,yaml_edit/* scalarText */.ws)(y, node);
            if (text === undefined) {
                throw new yaml_edit/* YamlError */.Iz(`${y.file}:${(0,yaml_edit/* nodeLine */.xP)(y, node) ?? '?'}: "${(0,key_path/* formatKeyPath */.K7)(path)}" is ${(0,yaml_edit/* describeNode */.WQ)(node)}, not a value`);
            }
            const line = (0,yaml_edit/* nodeLine */.xP)(y, node);
            const notString = (0,dist/* isScalar */.jn)(node) && typeof node.value !== 'string';
            return { text, ...(line === undefined ? {} : { line }), ...(notString ? { notString } : {}) };
        },
        has: (path) => (0,yaml_edit/* readNode */.XH)(y, path) !== undefined,
        keys: () => dataKeys(y.data),
        edit: (sets) => (0,yaml_edit/* editYaml */.aL)(y.text, y.file, sets.map((s) => ({ op: 'set', path: s.path, value: s.value }))),
    };
}
/** Opens `text` as a key-path document of `format` (`parsed` saves parsing YAML twice). */
function openDocument(format, text, file, parsed) {
    if (format === 'yaml')
        return yamlDocument(parsed ?? (0,yaml_edit/* parseYaml */.hN)(text, file));
    if (format === 'json') {
        const f = parseJson(text, file);
        return {
            format,
            file,
            text,
            data: f.data,
            value: (path) => jsonValue(f, path),
            has: (path) => jsonNode(f, path) !== undefined,
            keys: () => dataKeys(f.data),
            edit: (sets) => editJson(text, file, sets),
        };
    }
    const f = parseTfvars(text, file);
    return {
        format,
        file,
        text,
        data: f.data,
        value: (path) => tfvarsValue(f, path),
        has: (path) => tfvarsHas(f, path),
        keys: () => dataKeys(f.data),
        edit: (sets) => editTfvars(text, file, sets),
    };
}

;// CONCATENATED MODULE: ./src/overlay/value-shape.ts
/**
 * Value shapes: reading what a scalar holds (a tag, a digest or a full reference) and
 * spelling a new one.
 *
 * A value is a digest when it is `sha256:<64 hex>` (or another algorithm of a valid digest),
 * a reference when it parses as an image reference and has more than a single word (a `/`,
 * `:` or `@`: `ghcr.io/acme/api:v1`, `nginx:1.27`, `api@sha256:…`), and a tag otherwise. A
 * single word at a key named `image` (`image: nginx`) is a reference too: that key holds
 * images, not tags.
 */


function isDigestValue(text) {
    return /^[a-z0-9]+:[0-9a-f]+$/.test(text) && (0,reference/* digestProblem */.WQ)(text) === undefined;
}
/** The repository, tag and digest of a reference, the repository spelled as written. */
function splitReference(text) {
    const parsed = (0,reference/* tryParseReference */.WF)(text);
    if (!parsed.ok || text !== text.trim())
        return undefined;
    let rest = text;
    const value = {};
    const at = rest.indexOf('@');
    if (at !== -1) {
        value.digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        value.tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { repository: rest, ...value };
}
function lastKey(path) {
    const last = path[path.length - 1];
    return last === undefined || (0,key_path/* isSelector */.cB)(last) ? undefined : String(last);
}
/** The shape of `text` found at `key`. */
function readShape(text, key) {
    if (isDigestValue(text))
        return 'digest';
    if (text !== text.trim() || !(0,reference/* tryParseReference */.WF)(text).ok)
        return 'tag';
    if (/[/:@]/.test(text))
        return 'reference';
    return lastKey(key)?.toLowerCase() === 'image' ? 'reference' : 'tag';
}
/** `repository[:tag][@digest]`. */
function renderReference(repository, tag, digest) {
    return (repository + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`));
}
/** Whether `written` (as a file spells it) names the repository `verified`. */
function sameRepository(written, verified) {
    if (written === undefined)
        return false;
    const a = (0,reference/* tryParseReference */.WF)(written);
    if (!a.ok || a.ref.tag !== undefined || a.ref.digest !== undefined)
        return false;
    return a.ref.name === (0,reference/* parseRepositoryName */.$M)(verified).name;
}

;// CONCATENATED MODULE: ./src/overlay/key-path-image.ts



function imageKeys(key, repositoryKey) {
    const value = (0,key_path/* parseKeyPath */._q)(key);
    const keys = { value, digest: [...value.slice(0, -1), 'digest'] };
    if (repositoryKey)
        keys.repository = (0,key_path/* parseKeyPath */._q)(repositoryKey);
    return keys;
}
const SHAPE_NAMES = {
    tag: 'a tag',
    digest: 'a digest',
    reference: 'a full image reference',
};
/** The shape `image` reads `text` as: its configured `value`, or what the text looks like. */
function shapeFor(doc, image, key, text, line) {
    const found = readShape(text, key);
    const wanted = image.value;
    if (wanted === 'auto' || wanted === found)
        return found;
    // A single word read as a tag can still be a repository name (`image: nginx`).
    if (wanted === 'reference' && found === 'tag' && splitReference(text))
        return 'reference';
    const at = `${doc.file}${line === undefined ? '' : `:${line}`}`;
    throw new errors/* UserError */.yo(`${at}: image ${image.name} has value: ${wanted}, but "${(0,key_path/* formatKeyPath */.K7)(key)}" holds ${SHAPE_NAMES[found]} ("${text}") — set value: ${found} (or auto) for this image, or point key at ${SHAPE_NAMES[wanted]}`);
}
/**
 * The digest in the `digest` key next to a tag. An empty one (`digest: ""`) means "none", as
 * chart templates read it; so does a `digest` key that is not a single value (some charts
 * use `digest:` for settings of their own) — writing a digest there is refused later.
 */
function siblingDigest(doc, keys) {
    try {
        return doc.value(keys.digest)?.text || undefined;
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return undefined;
        throw err;
    }
}
/** What `doc` says about `image` (found: false when the key is missing or empty). */
function readKeyPathImage(doc, image, warnings) {
    if (image.key === undefined) {
        warnings.push(`${doc.file}: image ${image.name} has no key, so it cannot be found in this ${doc.format} file`);
        return { name: image.name, found: false, value: {} };
    }
    const keys = imageKeys(image.key, image.repositoryKey);
    const slot = (0,key_path/* formatKeyPath */.K7)(keys.value);
    const at = doc.value(keys.value);
    if (at === undefined)
        return { name: image.name, found: false, value: {}, slot };
    const shape = shapeFor(doc, image, keys.value, at.text, at.line);
    let value;
    if (shape === 'reference') {
        value = splitReference(at.text) ?? {};
    }
    else {
        value = shape === 'tag' ? { tag: at.text } : { digest: at.text };
        const repository = keys.repository ? doc.value(keys.repository)?.text : undefined;
        if (repository)
            value = { repository, ...value };
        if (shape === 'tag') {
            const digest = siblingDigest(doc, keys);
            if (digest)
                value.digest = digest;
        }
    }
    if (shape === 'tag' && at.notString) {
        warnings.push(`${doc.file}:${at.line ?? '?'}: ${slot} is written as a number (${at.text}); Helm reads it as a number — quote it`);
    }
    const state = { name: image.name, found: true, value, shape, slot };
    if (at.line !== undefined)
        state.line = at.line;
    return state;
}

// EXTERNAL MODULE: ./src/overlay/kustomize.ts
var kustomize = __webpack_require__(4183);
;// CONCATENATED MODULE: ./src/overlay/state.ts
/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the text
 * comes in, the state goes out (used for the working tree and for old commits alike).
 */








const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/** True for `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y) {
    const data = y.data;
    if (!data_path_isRecord(data))
        return false;
    if ((data.kind === 'Kustomization' || data.kind === 'Component') &&
        typeof data.apiVersion === 'string' &&
        data.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return true;
    }
    const images = data.images;
    return (Array.isArray(images) &&
        images.length > 0 &&
        images.every((i) => data_path_isRecord(i) && typeof i.name === 'string'));
}
/** The format by the file name alone (JSON and Terraform variables), if it says. */
function formatByName(path) {
    const name = (0,external_node_path_.basename)(path);
    if (KUSTOMIZATION_FILES.has(name))
        return 'kustomize';
    const lower = name.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.tfvars'))
        return 'tfvars';
    return undefined;
}
/**
 * Resolves `overlay-format`: `helm` is `yaml`; `auto` goes by the file name (kustomization
 * files, `.json` and `.tfvars.json`, `.tfvars`), then by content (`kind: Kustomization`, an
 * `images:` list of named entries), then YAML key paths when the images have a `key`.
 */
function resolveFormat(text, overlay, images) {
    const given = overlay.format;
    if (given === 'helm')
        return { format: 'yaml' };
    if (given !== 'auto')
        return { format: given };
    const byName = formatByName(overlay.path);
    if (byName)
        return { format: byName };
    const yaml = (0,yaml_edit/* parseYaml */.hN)(text, overlay.path);
    if (looksLikeKustomization(yaml))
        return { format: 'kustomize', yaml };
    if (images.some((i) => i.key !== undefined))
        return { format: 'yaml', yaml };
    throw new errors/* InputError */.dz('overlay-format', `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list), not .json or .tfvars, and no image has a key`, 'set overlay-format, or key on each image');
}
function checkValues(state, path, warnings) {
    const { tag, digest } = state.value;
    const tagIssue = tag === undefined ? undefined : (0,reference/* tagProblem */.qH)(tag);
    if (tagIssue) {
        warnings.push(`${path}: image ${state.name} has tag "${tag ?? ''}", which is not a valid tag: ${tagIssue}`);
    }
    const digestIssue = digest === undefined ? undefined : (0,reference/* digestProblem */.WQ)(digest);
    if (digestIssue) {
        warnings.push(`${path}: image ${state.name} has digest "${digest ?? ''}", which is not valid: ${digestIssue}`);
    }
}
function kustomizeState(y, overlay, images) {
    const entries = (0,kustomize/* kustomizeImages */.Aw)(y);
    const states = new Map();
    for (const image of images) {
        const entry = entries.find((e) => e.name === image.name);
        const slot = `images[name=${image.name}]`;
        if (!entry) {
            states.set(image.name, { name: image.name, found: false, value: {}, slot });
            continue;
        }
        const state = {
            name: image.name,
            found: true,
            value: {},
            shape: entry.newTag === undefined && entry.digest !== undefined ? 'digest' : 'tag',
            slot,
        };
        if (entry.newName !== undefined)
            state.value.repository = entry.newName;
        if (entry.newTag !== undefined)
            state.value.tag = entry.newTag;
        if (entry.digest !== undefined)
            state.value.digest = entry.digest;
        if (entry.line !== undefined)
            state.line = entry.line;
        states.set(image.name, state);
    }
    return {
        overlay,
        format: 'kustomize',
        text: y.text,
        images: states,
        known: entries.map((e) => e.name),
        warnings: [],
    };
}
/** What `text` (the overlay's content now or at some commit) says about `images`. */
function readOverlayText(text, overlay, images) {
    const { format, yaml } = resolveFormat(text, overlay, images);
    let state;
    if (format === 'kustomize') {
        state = kustomizeState(yaml ?? (0,yaml_edit/* parseYaml */.hN)(text, overlay.path), overlay, images);
    }
    else {
        const doc = openDocument(format, text, overlay.path, yaml);
        const warnings = [];
        const states = new Map();
        for (const image of images)
            states.set(image.name, readKeyPathImage(doc, image, warnings));
        state = { overlay, format, text, images: states, known: doc.keys(), warnings };
    }
    for (const s of state.images.values())
        checkValues(s, overlay.path, state.warnings);
    return state;
}

;// CONCATENATED MODULE: ./src/overlay/plan.ts
/**
 * Planning an overlay write: validate what is to be written, decide how it is spelled,
 * compute the new bytes, verify them, say what changes. Pure — it works on the text the
 * overlay was read from (OverlayState.text); nothing touches the disk until
 * writeOverlayEdits.
 *
 * The digest rule: with pin-digest, or for a tag the tag policy does not call immutable, the
 * digest is written next to the tag (kustomize `digest:`, a `digest` key next to the tag key,
 * or `@digest` in a full reference). Otherwise a digest already in the file is removed when
 * the tag changes (or no longer matches the image's digest): kustomize renders
 * `name:tag@digest` — and older kustomize drops the tag when a digest is set — so the runtime
 * would keep pulling the old image by its digest. A stale digest never stays next to a new tag.
 *
 * The repository is written when the entry is new or names another repository than the
 * verified one (kustomize `newName`, the value at `repositoryKey`, the name part of a full
 * reference); a repository the file spells differently but that is the same is kept.
 *
 * Never invalid, never surprising: every edit is verified by its format's editor (the whole
 * file parsed again, only the written values changed), and the result is read back like any
 * overlay: each image must then run exactly what was planned.
 */











/** Tags that always move, whatever the tag policy says. */
const ALWAYS_MUTABLE_TAGS = ['latest'];
/** `ghcr.io/acme/api:sha-1a2b3c4@sha256:…`, or just the tag when the repository is not set. */
function formatImageValue(value) {
    let out = value.repository ?? '';
    if (value.tag !== undefined)
        out += (out ? ':' : '') + value.tag;
    if (value.digest !== undefined)
        out += `@${value.digest}`;
    return out === '' ? '(none)' : out;
}
function what(update, overlay) {
    return `cannot write image ${update.image.name} into ${overlay.path}`;
}
function validate(update, overlay) {
    const at = what(update, overlay);
    if (update.tag === undefined && update.digest === undefined) {
        throw new Error(`internal error: an update of ${update.image.name} without tag or digest`);
    }
    if (update.tag !== undefined) {
        const tagIssue = (0,reference/* tagProblem */.qH)(update.tag);
        if (tagIssue)
            throw new errors/* UserError */.yo(`${at}: tag "${update.tag}" is not valid: ${tagIssue}`);
    }
    if (update.digest !== undefined) {
        const digestIssue = (0,reference/* digestProblem */.WQ)(update.digest);
        if (digestIssue)
            throw new errors/* UserError */.yo(`${at}: digest "${update.digest}" is not valid: ${digestIssue}`);
    }
    try {
        (0,reference/* parseRepositoryName */.$M)(update.repository);
    }
    catch (err) {
        if (err instanceof reference/* ReferenceError */.AF) {
            throw new errors/* UserError */.yo(`${at}: repository "${update.repository}" is not valid: ${err.reason}`);
        }
        throw err;
    }
}
/** The repository as written into a file: Docker's short form of the verified name. */
function spelled(repository) {
    return (0,reference/* parseRepositoryName */.$M)(repository).familiar;
}
/** Whether the digest goes next to the tag (pin-digest, or a tag that moves). */
function pinned(update, shape, options, overlay) {
    if (shape === 'digest' || update.tag === undefined)
        return false;
    const tag = update.tag;
    const mutable = ALWAYS_MUTABLE_TAGS.includes(tag) || !options.isImmutable(tag);
    if (!options.pinDigest && !mutable)
        return false;
    if (update.digest === undefined) {
        throw new errors/* UserError */.yo(options.pinDigest && !mutable
            ? `${what(update, overlay)}: pin-digest is on but the digest of ${tag} is not known`
            : `${what(update, overlay)}: "${tag}" is a mutable tag (it can be moved to another image), so it is written only pinned to its digest, and the digest is not known — deploy an immutable tag (a commit tag like sha-1a2b3c4, or a release)`);
    }
    return true;
}
/** Whether an existing digest is stale once `tag`/`digest` are written (see the module comment). */
function staleDigest(current, update) {
    if (current.digest === undefined)
        return false;
    if (current.tag !== update.tag)
        return true;
    return update.digest !== undefined && update.digest !== current.digest;
}
function someOf(names, limit = 12) {
    if (names.length === 0)
        return 'nothing';
    const shown = names.slice(0, limit).join(', ');
    return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function planKustomize(state, current, updates, options) {
    const { overlay } = state;
    const y = (0,yaml_edit/* parseYaml */.hN)(state.text, overlay.path);
    const entries = (0,kustomize/* kustomizeImages */.Aw)(y);
    const edits = [];
    const expected = new Map();
    for (const u of updates) {
        const entry = entries.find((e) => e.name === u.image.name);
        if (!entry && !options.createMissing) {
            throw new errors/* UserError */.yo(`image ${u.image.name} is not in ${overlay.path}: its images: list names ${someOf(entries.map((e) => e.name))} — fix the image name, add an entry for it, or set create-missing: true to have one added`);
        }
        if (u.image.value === 'reference') {
            throw new errors/* UserError */.yo(`${what(u, overlay)}: the image has value: reference, but a kustomization's images: entries hold newName, newTag and digest — use value: auto (or tag, or digest) for this image`);
        }
        const was = current.get(u.image.name)?.value ?? {};
        let shape = u.image.value === 'auto' ? (current.get(u.image.name)?.shape ?? 'tag') : u.image.value;
        // Only the digest is known: an entry with just `digest:` runs exactly that image.
        if (shape === 'tag' && u.tag === undefined)
            shape = 'digest';
        const pin = pinned(u, shape, options, overlay);
        const keepName = sameRepository(entry ? (entry.newName ?? entry.name) : u.image.name, u.repository);
        const newName = keepName ? 'keep' : { set: spelled(u.repository) };
        const after = {};
        const repository = keepName ? was.repository : spelled(u.repository);
        if (repository !== undefined)
            after.repository = repository;
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new errors/* UserError */.yo(`${what(u, overlay)}: its entry holds a digest only, and the digest of ${u.tag ?? '?'} is not known`);
            }
            edits.push(...(0,kustomize/* kustomizeEdits */.r9)(y, u.image.name, {
                newName,
                newTag: 'remove',
                digest: { set: u.digest },
            }));
            after.digest = u.digest;
        }
        else {
            const tag = u.tag;
            let digest = 'keep';
            if (pin)
                digest = { set: u.digest };
            else if (staleDigest(was, u))
                digest = 'remove';
            edits.push(...(0,kustomize/* kustomizeEdits */.r9)(y, u.image.name, { newName, newTag: { set: tag }, digest }));
            after.tag = tag;
            if (pin)
                after.digest = u.digest;
            else if (digest === 'keep' && was.digest !== undefined)
                after.digest = was.digest;
        }
        expected.set(u.image.name, after);
    }
    const after = edits.length === 0 ? state.text : (0,yaml_edit/* editYaml */.aL)(state.text, overlay.path, edits);
    return { after, expected };
}
// ---------------------------------------------------------------------------------------
// Key paths (YAML, JSON, tfvars)
function notNamed(doc, u, key) {
    const keys = doc.keys();
    const likely = keys.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
    const shown = likely.length > 0 ? likely : keys;
    return new errors/* UserError */.yo(`${doc.file} has no "${key}" for image ${u.image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(shown)}) — fix key, add the key to the file, or set create-missing: true to have it added`);
}
/** Refuses a new `digest` key where it would not be read as the image's digest. */
function checkDigestPlace(doc, u, key, digestKey) {
    if (doc.has(digestKey))
        return;
    const why = key.length === 1
        ? `"${(0,key_path/* formatKeyPath */.K7)(key)}" is at the top level, where a "digest" key would be a setting of its own`
        : (0,key_path/* hasSelector */.mh)(key)
            ? `"${(0,key_path/* formatKeyPath */.K7)(key)}" is a field of a list element (a manifest), where a "digest" field is not read`
            : undefined;
    if (why === undefined)
        return;
    throw new errors/* UserError */.yo(`${what(u, { path: doc.file })}: the digest must be written (pin-digest, or a tag that moves) but there is no place for it: ${why} — set value: reference to write repository:tag@digest in one value, or add a "${(0,key_path/* formatKeyPath */.K7)(digestKey)}" key`);
}
function planKeyPaths(state, format, updates, options) {
    const { overlay } = state;
    const doc = openDocument(format, state.text, overlay.path);
    const sets = [];
    const byPath = new Map();
    const expected = new Map();
    const write = (u, path, value) => {
        const key = (0,key_path/* formatKeyPath */.K7)(path);
        const other = byPath.get(key);
        if (other && other.value !== value) {
            throw new errors/* UserError */.yo(`images ${other.image} and ${u.image.name} share "${key}" in ${overlay.path} but would write different values there ("${other.value}", "${value}") — give each image its own key, or deploy them together with the same tag`);
        }
        if (!other) {
            byPath.set(key, { value, image: u.image.name });
            sets.push({ path, value });
        }
    };
    for (const u of updates) {
        const { key, repositoryKey } = u.image;
        if (key === undefined) {
            throw new errors/* UserError */.yo(`${what(u, overlay)}: it is a ${format} file and the image has no key (e.g. key: image.tag)`);
        }
        const keys = imageKeys(key, repositoryKey);
        const current = readKeyPathImage(doc, u.image, []);
        if (!current.found && !doc.has(keys.value) && !options.createMissing) {
            throw notNamed(doc, u, key);
        }
        const shape = u.image.value === 'auto' ? (current.shape ?? 'tag') : u.image.value;
        const pin = pinned(u, shape, options, overlay);
        const after = {};
        if (shape === 'reference') {
            const was = current.shape === 'reference' ? current.value.repository : undefined;
            const repository = was !== undefined && sameRepository(was, u.repository) ? was : spelled(u.repository);
            const digest = pin || u.tag === undefined ? u.digest : undefined;
            const value = renderReference(repository, u.tag, digest);
            write(u, keys.value, value);
            expected.set(u.image.name, splitReference(value) ?? {});
            continue;
        }
        if (keys.repository) {
            const was = doc.value(keys.repository)?.text;
            if (sameRepository(was, u.repository)) {
                if (was !== undefined)
                    after.repository = was;
            }
            else {
                after.repository = spelled(u.repository);
                write(u, keys.repository, after.repository);
            }
        }
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new errors/* UserError */.yo(`${what(u, overlay)}: "${key}" holds a digest, and the digest of ${u.tag ?? '?'} is not known`);
            }
            write(u, keys.value, u.digest);
            after.digest = u.digest;
        }
        else {
            if (u.tag === undefined) {
                throw new errors/* UserError */.yo(`${what(u, overlay)}: only its digest is known, and "${key}" holds a tag — set value: digest or value: reference for this image`);
            }
            write(u, keys.value, u.tag);
            after.tag = u.tag;
            const wasDigest = siblingDigest(doc, keys);
            const was = {
                ...(current.found ? { tag: current.value.tag } : {}),
                ...(wasDigest ? { digest: wasDigest } : {}),
            };
            if (pin) {
                checkDigestPlace(doc, u, keys.value, keys.digest);
                write(u, keys.digest, u.digest);
                after.digest = u.digest;
            }
            else if (staleDigest(was, u)) {
                // Emptied rather than removed: chart templates and schemas may expect the key.
                write(u, keys.digest, '');
            }
            else if (was.digest !== undefined) {
                after.digest = was.digest;
            }
        }
        expected.set(u.image.name, after);
    }
    const after = sets.length === 0 ? state.text : doc.edit(sets);
    return { after, expected, doc, sets };
}
// ---------------------------------------------------------------------------------------
function sameValue(a, b) {
    return a?.repository === b?.repository && a?.tag === b?.tag && a?.digest === b?.digest;
}
function refuse(overlay, why) {
    throw new errors/* UserError */.yo(`refusing to write ${overlay.path}: ${why}; the file was not changed (please report this)`);
}
/**
 * Plans writing `updates` into the overlay `state` was read from. Pure: works on
 * `state.text`; throws a UserError (nothing planned) when the result would be invalid or
 * would not run exactly the given images.
 */
function planOverlayEdit(state, updates, options) {
    const { overlay, format } = state;
    const names = new Set();
    for (const u of updates) {
        if (names.has(u.image.name)) {
            throw new Error(`internal error: image ${u.image.name} updated twice in ${overlay.path}`);
        }
        names.add(u.image.name);
        validate(u, overlay);
    }
    const resolved = { ...overlay, format };
    const images = updates.map((u) => u.image);
    const before = readOverlayText(state.text, resolved, images).images;
    let planned;
    if (format === 'kustomize') {
        planned = planKustomize(state, before, updates, options);
    }
    else {
        const p = planKeyPaths(state, format, updates, options);
        if (p.after !== state.text) {
            const now = openDocument(format, p.after, overlay.path).data;
            if (!(0,external_node_util_.isDeepStrictEqual)(now, withValues(p.doc.data, p.sets))) {
                refuse(overlay, 'the edit changed more than the image values');
            }
        }
        planned = p;
    }
    const { after } = planned;
    const now = after === state.text ? before : readOverlayText(after, resolved, images).images;
    const changes = [];
    for (const u of updates) {
        const was = before.get(u.image.name);
        const is = now.get(u.image.name);
        const want = planned.expected.get(u.image.name);
        if (!is?.found || !want || !sameValue(is.value, want)) {
            refuse(overlay, `image ${u.image.name} would read as ${is?.found ? formatImageValue(is.value) : 'missing'} instead of ${want ? formatImageValue(want) : '?'}`);
        }
        const from = was?.found ? was.value : undefined;
        if (sameValue(from, is.value))
            continue;
        changes.push({
            image: u.image.name,
            ...(from ? { from: formatImageValue(from), before: from } : {}),
            to: formatImageValue(is.value),
            after: is.value,
        });
    }
    return { overlay, format, before: state.text, after, changed: after !== state.text, changes };
}

;// CONCATENATED MODULE: ./src/overlay/overlay-files.ts
/**
 * The overlay API the engine calls: read what an overlay runs (once), plan a write from that
 * state, and write planned edits — all of them or none, each only into a regular file inside
 * the root it belongs to.
 */







/** Overlays larger than this are refused (an overlay is a small text file). */
const MAX_OVERLAY_BYTES = 8 * 1024 * 1024;
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return undefined;
}
function notAFile(overlay, kind) {
    return new errors/* UserError */.yo(kind === 'a directory'
        ? `overlay ${overlay.path} is a directory — name the file (e.g. ${overlay.path}/kustomization.yaml)`
        : `overlay ${overlay.path} is ${kind}, not a regular file — point "overlay" at the file itself`);
}
/**
 * Reads an overlay file. Its type is checked before it is opened (opening a FIFO would
 * block), and again on the open handle (non-blocking) in case it was swapped in between.
 */
async function readOverlayFile(overlay) {
    const failed = (err) => {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} does not exist — check the path in "overlay"`);
        }
        if (code === 'ELOOP')
            throw new errors/* UserError */.yo(`overlay ${overlay.path} is a symlink loop`);
        throw new errors/* UserError */.yo(`cannot read overlay ${overlay.path}: ${code ?? String(err)}`);
    };
    const link = await (0,promises_.lstat)(overlay.file).catch(failed);
    const info = link.isSymbolicLink() ? await (0,promises_.stat)(overlay.file).catch(failed) : link;
    const kind = kindOf(info);
    if (kind !== undefined)
        throw notAFile(overlay, kind);
    const handle = await (0,promises_.open)(overlay.file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch(failed);
    try {
        const opened = await handle.stat();
        const openedKind = kindOf(opened);
        if (openedKind !== undefined || !opened.isFile())
            throw notAFile(overlay, openedKind ?? 'not a regular file');
        if (opened.size > MAX_OVERLAY_BYTES) {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} is ${opened.size} bytes; image-promote edits overlays up to ${MAX_OVERLAY_BYTES} bytes`);
        }
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/** What `overlay` says each of `images` runs now (the state the planner works on). */
async function readOverlay(overlay, images) {
    return readOverlayText(await readOverlayFile(overlay), overlay, images);
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && !rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel);
}
/**
 * The real path `edit` writes to, after checking it is a regular file inside `root` (both
 * with symlinks resolved). Throws a UserError otherwise.
 */
async function checkTarget(edit, root) {
    const { overlay } = edit;
    let real;
    try {
        real = await (0,promises_.realpath)(overlay.file);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo(`cannot write overlay ${overlay.path}: ${code === 'ENOENT' ? 'it no longer exists' : (code ?? String(err))}`);
    }
    if (!inside(root, real)) {
        throw new errors/* UserError */.yo(`refusing to write overlay ${overlay.path}: it resolves to ${real}, outside ${root} (a symlink out of the repository?) — nothing was written`);
    }
    const info = await (0,promises_.lstat)(real);
    const kind = kindOf(info);
    if (kind !== undefined || !info.isFile()) {
        throw new errors/* UserError */.yo(`refusing to write overlay ${overlay.path}: it is ${kind ?? 'not a regular file'} — nothing was written`);
    }
    return real;
}
async function realRoot(root) {
    try {
        return await (0,promises_.realpath)(root);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`cannot write overlays: ${root} is not readable (${err.code ?? String(err)})`);
    }
}
/**
 * Writes planned edits: each file atomically, and the set as a whole — every file is checked
 * to be a regular file inside `root` (symlinks resolved) and unchanged since planning, and
 * staged before the first one is replaced; if replacing one fails, those already replaced get
 * their old content back. The target checks run again right before each file is replaced
 * (the engine calls this again on a commit retry). Returns the overlay paths written.
 */
async function writeOverlayEdits(edits, options) {
    const root = await realRoot(options.root);
    const changed = edits.filter((e) => e.changed);
    const targets = new Map();
    for (const edit of changed) {
        const real = await checkTarget(edit, root);
        if (targets.has(real)) {
            throw new Error(`internal error: ${edit.overlay.path} planned twice; plan all its images at once`);
        }
        targets.set(real, edit);
        if ((await readOverlayFile(edit.overlay)) !== edit.before) {
            throw new errors/* UserError */.yo(`${edit.overlay.path} changed while image-promote was editing it — run again`);
        }
    }
    const staged = [];
    try {
        for (const [real, edit] of targets)
            staged.push({ write: await (0,atomic_write/* stageWrite */.w)(real, edit.after), edit });
        const done = [];
        try {
            for (const { write, edit } of staged) {
                const real = await checkTarget(edit, root);
                if (real !== write.file) {
                    throw new errors/* UserError */.yo(`refusing to write overlay ${edit.overlay.path}: it now resolves to ${real}, not ${write.file} — run again`);
                }
                await write.commit();
                done.push({ real, edit });
            }
        }
        catch (err) {
            for (const { real, edit } of done)
                await (await (0,atomic_write/* stageWrite */.w)(real, edit.before)).commit();
            throw err;
        }
    }
    finally {
        await Promise.all(staged.map((s) => s.write.discard()));
    }
    return changed.map((e) => e.overlay.path);
}

;// CONCATENATED MODULE: ./src/engine/overlay-state.ts

function readOverlayStates(overlays, images) {
    return Promise.all(overlays.map((o) => readOverlay(o, images)));
}
/** What `state` says `name` runs, or undefined when it does not name the image. */
function overlayValue(state, name) {
    const s = state.images.get(name);
    return s?.found ? s.value : undefined;
}
/** Where an image's value lives in `state` (images with the same slot share one value). */
function overlaySlot(state, image) {
    const s = state.images.get(image.name);
    return s?.found ? s.slot : undefined;
}

;// CONCATENATED MODULE: ./src/engine/types.ts
function isProblem(lookup) {
    return lookup !== undefined && 'problem' in lookup;
}
function found(lookup) {
    return lookup !== undefined && !('problem' in lookup) ? lookup : undefined;
}

;// CONCATENATED MODULE: ./src/engine/decide.ts



/** `sha-1a2b3c4`, `v1.2.3@sha256:…`, `ghcr.io/acme/api:v1`: an overlay value for sentences. */
function describeValue(value) {
    if (!value)
        return 'nothing';
    const ref = value.tag ?? (value.digest ? `@${value.digest.slice(0, 19)}…` : undefined);
    return ref ?? value.repository ?? 'nothing';
}
function decide_short(digest) {
    return digest.slice(0, 19);
}
/** Where an image came from, for reasons: its tag, digest and the commit it was built from. */
function origin(image) {
    const built = image.revision ? `, built from ${image.revision.slice(0, 7)}` : '';
    return `${image.tag} (${decide_short(image.digest)}…${built})`;
}
function fail(f, name, reason, error) {
    return { kind: 'fail', name, image: f.image, reason, error };
}
function lookupError(lookup) {
    return isProblem(lookup) ? lookup.problem : undefined;
}
/** "code of api changed since the deployed sha-1a2b3c4 (services/api/main.py, …)" */
function explanation(f) {
    const { change, rule } = f.comparison;
    const since = rule === 'deployed' ? ` since the deployed ${describeValue(f.deployed?.value)}` : '';
    const example = change.example ? ` (e.g. ${change.example})` : '';
    if (change.untrusted !== undefined)
        return `the change list is unknown (${change.untrusted})`;
    switch (change.kind) {
        case 'code':
            return `code of ${f.image.name} changed${since}${example}`;
        case 'deploy':
            return `only deploy config changed${since}${example}`;
        case 'ignored':
            return `only ignored files changed${since}${example}`;
        case 'none':
            return `nothing that affects ${f.image.name} changed${since}`;
    }
}
/** Decides every gathered image, then makes images that share an overlay value agree. */
function decide(input) {
    const ctx = {
        ...input,
        extra: input.policy.extra.map((tag) => ({ tag, mutable: true })),
    };
    const decisions = input.facts.images.map((f) => {
        try {
            return decideImage(f, ctx);
        }
        catch (err) {
            // A template with no value in this run (or another input problem) fails this image.
            if (!(err instanceof errors/* InputError */.dz))
                throw err;
            return fail(f, 'skip', 'cannot be decided for this run', (0,errors/* errorMessage */.gJ)(err));
        }
    });
    return unnamed(sharedValues(decisions, input), input);
}
/**
 * An image whose new value would be written into overlays that do not name it fails before
 * anything is built or pushed (unless create-missing): the planner would refuse the write
 * after the work was done.
 */
function unnamed(decisions, input) {
    const { config, facts } = input;
    const writes = (config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan';
    if (!writes || config.createMissing || facts.overlays.length === 0)
        return decisions;
    return decisions.map((d, i) => {
        if (d.kind !== 'build' && d.kind !== 'tag')
            return d;
        if (facts.overlays.some((s) => s.images.get(d.image.name)?.found))
            return d;
        const first = facts.overlays[0];
        const has = first && first.known.length > 0 ? `it has ${first.known.join(', ')}` : 'it names no image';
        return fail(facts.images[i], nameOf(d), d.reason, `${first?.overlay.path ?? 'the overlay'} does not name the image ${d.image.name} (${has}) — add an entry for it, or set create-missing: true`);
    });
}
function decideImage(f, ctx) {
    const { config, trigger } = ctx;
    if (f.planned)
        return fromPlan(f, ctx);
    switch (config.mode) {
        case 'build':
            return buildMode(f, ctx);
        case 'reuse':
            return reuseMode(f, ctx);
        case 'promote':
            return promoteMode(f, ctx);
        case 'rollback':
            return rollback(f, ctx);
        case 'auto':
        case 'plan':
            break;
    }
    if (trigger.deleted) {
        const why = trigger.kind === 'release'
            ? `the release ${trigger.tagName ?? ''} was not published by this event (edited, deleted or unpublished); nothing to deploy`
            : `the push deleted ${trigger.ref ?? 'the ref'}; nothing to deploy`;
        return keepDeployed(f, 'skip', why);
    }
    const request = config.tag;
    if (request?.kind === 'previous')
        return rollback(f, ctx);
    if (request?.kind === 'tags') {
        const tag = request.byImage[f.image.name] ?? request.all;
        if (tag === undefined) {
            return keepDeployed(f, 'skip', `not named in the tag input; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`);
        }
        return redeploy(f, tag, ctx);
    }
    if (trigger.kind === 'tag' || trigger.kind === 'release')
        return release(f, ctx);
    return bySource(f, ctx);
}
/** Keeps what the overlay runs (re-verified), or fails when it is not in the registry. */
function keepDeployed(f, name, reason) {
    const deployed = f.deployed;
    if (!deployed)
        return { kind: 'keep-unverified', image: f.image, reason };
    const problem = lookupError(deployed.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = found(deployed.image);
    if (!image) {
        return fail(f, name, reason, `the overlay ${deployed.overlay} runs ${describeValue(deployed.value)}, which is not in ${deployed.repository.name}`);
    }
    return { kind: 'keep', name, image: f.image, reason, target: image };
}
/** The auto rule: reuse, promote, adopt or build, from the source key. */
function bySource(f, ctx) {
    const { config, policy } = ctx;
    const why = explanation(f);
    if (config.forceBuild)
        return build(f, ctx, `force-build is set (${why})`);
    if ('problem' in f.source) {
        return fail(f, 'build', `cannot tell what ${f.image.name} is built from`, f.source.problem);
    }
    const key = f.source.key;
    const sourceProblem = lookupError(f.sourceImage);
    if (sourceProblem) {
        return fail(f, 'build', `cannot tell whether an image of this source exists`, sourceProblem);
    }
    const source = found(f.sourceImage);
    const deployed = found(f.deployed?.image);
    if (source && deployed?.digest === source.digest) {
        const name = f.comparison.change.kind === 'deploy' || f.comparison.note ? 'reuse' : 'skip';
        return {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the environment already runs ${describeValue(f.deployed?.value)}, an image of this source`,
            target: deployed,
        };
    }
    const primary = policy.primary();
    if (source)
        return promote(f, ctx, source, primary, `${why}; an image of this source exists: ${origin(source)}`);
    const sourceTag = policy.sourceTag(key);
    // An image pushed under this run's tag by an earlier attempt is this commit's build.
    const earlier = found(f.primaryImage);
    if (earlier) {
        return {
            kind: 'tag',
            name: 'reuse',
            image: f.image,
            reason: `${why}; ${primary} was already built for this commit by an earlier run, not rebuilt`,
            target: earlier,
            addTags: sourceTag ? [sourceTag] : [],
            laterTags: ctx.extra,
            write: { tag: primary },
        };
    }
    const adopted = adoption(f, key);
    if (adopted) {
        const name = f.comparison.change.kind === 'deploy' ? 'reuse' : 'skip';
        return {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the deployed ${describeValue(f.deployed?.value)} was built from the same source before source tags existed, so it is reused${sourceTag ? ` and gets ${sourceTag}` : ''}`,
            target: adopted,
            ...(sourceTag ? { adopt: sourceTag } : {}),
        };
    }
    return build(f, ctx, `${why}; ${firstDeployNote(f) ?? 'no image of this source exists'}`);
}
/** The deployed image when its commit has the same source key (it predates source tags). */
function adoption(f, key) {
    const deployed = f.deployed;
    const image = found(deployed?.image);
    if (!deployed || !image || deployed.sourceKey !== key)
        return undefined;
    return image;
}
/** A note for an overlay value that names no image yet (a first deploy). */
function firstDeployNote(f) {
    const deployed = f.deployed;
    if (!deployed)
        return undefined;
    if (found(deployed.image))
        return undefined;
    if (deployed.value.tag === undefined && deployed.value.digest === undefined) {
        return `first deploy: ${deployed.overlay} names no image for ${f.image.name} yet, so the first build fills it in`;
    }
    return `first deploy: the overlay's ${describeValue(deployed.value)} is not an image in ${deployed.repository.name}, so the first build replaces it`;
}
function build(f, ctx, reason, later = ctx.extra) {
    const { policy } = ctx;
    const primary = policy.primary();
    const existing = found(f.primaryImage);
    if (existing) {
        // A re-run: this commit's image is in the registry already (a tag is never rebuilt).
        return {
            kind: 'tag',
            name: 'build',
            image: f.image,
            reason: `${reason} (${primary} was already built by an earlier run; not rebuilt)`,
            target: existing,
            addTags: sourceTagToAdd(f, policy),
            laterTags: later,
            write: { tag: primary },
        };
    }
    return {
        kind: 'build',
        image: f.image,
        reason,
        pushTags: [primary, ...sourceTagToAdd(f, policy)],
        laterTags: later,
        write: { tag: primary },
    };
}
/** The source tag, unless the registry has it already (a source keeps its first image). */
function sourceTagToAdd(f, policy) {
    if ('problem' in f.source || found(f.sourceImage) || isProblem(f.sourceImage))
        return [];
    // Source tags off: sourceTag() is undefined.
    const tag = policy.sourceTag(f.source.key);
    return tag ? [tag] : [];
}
function promote(f, ctx, source, tag, reason, later = ctx.extra) {
    const existing = found(f.primaryImage);
    if (existing && existing.tag === tag && existing.digest !== source.digest) {
        return fail(f, 'promote', reason, `${tag} already names another image (${decide_short(existing.digest)}…) in ${existing.repository.name}; tags are never moved`);
    }
    return {
        kind: 'tag',
        name: 'promote',
        image: f.image,
        reason,
        target: source,
        addTags: [tag],
        laterTags: later,
        write: { tag },
    };
}
/** Releases: the image of the tagged commit's source gets the release (and env) tags. */
function release(f, ctx) {
    const { facts, policy, trigger } = ctx;
    const name = trigger.tagName ?? 'the release';
    if (facts.gate && !facts.gate.ok)
        return fail(f, 'promote', `release ${name}`, facts.gate.reason);
    const tag = policy.release;
    if (tag === undefined) {
        return fail(f, 'promote', `release ${name}`, `the git tag "${name}" gives no usable registry tag`);
    }
    const later = [
        { tag, mutable: false },
        ...policy.env().map((t) => ({ tag: t, mutable: true })),
    ];
    const releaseProblem = lookupError(f.releaseImage);
    if (releaseProblem)
        return fail(f, 'promote', `release ${name}`, releaseProblem);
    if (ctx.config.forceBuild)
        return releaseBuild(f, ctx, `release ${name}: force-build is set`, later);
    if ('problem' in f.source)
        return fail(f, 'promote', `release ${name}`, f.source.problem);
    const sourceProblem = lookupError(f.sourceImage);
    if (sourceProblem)
        return fail(f, 'promote', `release ${name}`, sourceProblem);
    const source = found(f.sourceImage) ?? adoption(f, f.source.key);
    if (source) {
        const existing = found(f.releaseImage);
        if (existing && existing.digest !== source.digest) {
            return fail(f, 'promote', `release ${name}`, `${tag} already names another image (${decide_short(existing.digest)}…) in ${existing.repository.name}; release tags are never moved`);
        }
        const adopt = found(f.sourceImage) ? [] : sourceTagToAdd(f, policy);
        return {
            kind: 'tag',
            name: 'promote',
            image: f.image,
            reason: `release ${name}: promoting the image of ${trigger.head.slice(0, 7)}'s source, ${origin(source)}, without rebuilding`,
            target: source,
            addTags: adopt,
            laterTags: later,
            write: { tag },
        };
    }
    return releaseBuild(f, ctx, `release ${name}: no image of ${trigger.head.slice(0, 7)}'s source exists, so building it once`, later);
}
function releaseBuild(f, ctx, reason, later) {
    const decision = build(f, ctx, reason, later);
    // The overlay gets the release tag, which exists once the later tags are added.
    const tag = later[0]?.tag;
    if (!tag || (decision.kind !== 'build' && decision.kind !== 'tag'))
        return decision;
    return { ...decision, write: { tag } };
}
/** `tag: sha-1a2b3c4` (or `api=…`): that image, verified; a missing tag is never built. */
function redeploy(f, tag, ctx) {
    const reason = `redeploying the requested ${tag} (was ${describeValue(f.deployed?.value)})`;
    const requested = f.requested;
    if (!requested)
        return fail(f, 'reuse', reason, 'internal error: the requested tag was not looked up');
    const problem = lookupError(requested.image);
    if (problem)
        return fail(f, 'reuse', reason, problem);
    const image = found(requested.image);
    if (!image) {
        return fail(f, 'reuse', reason, `${requested.repository.name}:${tag} does not exist; nothing was built — check the tag, or name the images that have it (tag: ${f.image.name}=…, one line per image)`);
    }
    return pinnedWrite(f, ctx, 'reuse', reason, image);
}
/** A write of `image`'s tag; a mutable tag goes in only pinned to its digest. */
function pinnedWrite(f, ctx, name, reason, image, addTags = [], later = [], copyFrom) {
    const mutable = ctx.policy.mutableReason(image.tag);
    if (mutable && !ctx.config.pinDigest) {
        return fail(f, name, reason, `${mutable}, so it is never written into an overlay on its own — set pin-digest: true to write it with its digest ${decide_short(image.digest)}…, or give an immutable tag`);
    }
    return {
        kind: 'tag',
        name,
        image: f.image,
        reason,
        target: image,
        addTags,
        laterTags: later,
        write: mutable ? { tag: image.tag, digest: image.digest } : { tag: image.tag },
        ...(copyFrom ? { copyFrom: copyFrom.repository } : {}),
    };
}
function rollback(f, ctx) {
    const request = ctx.config.tag;
    const steps = request?.kind === 'previous' ? request.steps : 1;
    const rb = f.rollback;
    const from = describeValue(f.deployed?.value);
    if (!rb) {
        return keepDeployed(f, 'skip', `not rolled back; ${f.image.name} keeps running ${from}`);
    }
    const back = steps === 1 ? 'the previous deploy' : `${steps} deploys back`;
    if (!rb.target) {
        return fail(f, 'rollback', `rolling ${f.image.name} back from ${from} to ${back}`, rb.problem ?? 'no earlier deployed value exists');
    }
    const { image, commit, skipped } = rb.target;
    const skippedNote = skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '';
    return pinnedWrite(f, ctx, 'rollback', `rolling ${f.image.name} back from ${from} to ${image.tag}, deployed by ${commit.slice(0, 7)}${skippedNote}`, image);
}
/** mode build: build every (selected) image; a tag already built is not rebuilt. */
function buildMode(f, ctx) {
    const planned = ctx.config.tag?.kind === 'tags' ? ctx.config.tag.all : undefined;
    const reason = ctx.config.matrixImage
        ? `matrix build of ${f.image.name}`
        : 'mode "build" builds every image';
    if (planned === undefined)
        return build(f, ctx, reason);
    // A matrix job builds the tag its plan chose.
    const policy = { ...ctx.policy, primary: () => planned };
    return build(f, { ...ctx, policy }, reason);
}
/** mode reuse: what the overlay runs (or the requested tag) must exist; nothing is built. */
function reuseMode(f, ctx) {
    const request = ctx.config.tag;
    const tag = request?.kind === 'tags' ? (request.byImage[f.image.name] ?? request.all) : undefined;
    if (tag !== undefined)
        return redeploy(f, tag, ctx);
    if (!f.deployed) {
        return fail(f, 'reuse', 'mode "reuse"', `the overlay has no value for ${f.image.name} and no tag was given`);
    }
    return keepDeployed(f, 'reuse', `mode "reuse": ${f.image.name} keeps running ${describeValue(f.deployed.value)}`);
}
/** mode promote: the source overlay's (or the requested) image goes to the target. */
function promoteMode(f, ctx) {
    const { facts, policy, config } = ctx;
    const request = config.tag;
    const requestedTag = request?.kind === 'tags' ? (request.byImage[f.image.name] ?? request.all) : undefined;
    const env = policy.env().map((t) => ({ tag: t, mutable: true }));
    if (facts.gate && !facts.gate.ok)
        return fail(f, 'promote', 'promotion', facts.gate.reason);
    if (requestedTag !== undefined) {
        const reason = `promoting the requested ${requestedTag}`;
        const image = found(f.requested?.image);
        const problem = f.requested ? lookupError(f.requested.image) : undefined;
        if (problem)
            return fail(f, 'promote', reason, problem);
        if (!image)
            return fail(f, 'promote', reason, `${f.requested?.repository.name ?? f.image.repository.name}:${requestedTag} does not exist`);
        return pinnedWrite(f, ctx, 'promote', reason, image, [], env);
    }
    const source = f.promoteSource;
    if (!source) {
        return keepDeployed(f, 'skip', `the source overlay does not run ${f.image.name}; it keeps running ${describeValue(f.deployed?.value)}`);
    }
    const reason = `promoting ${describeValue(source.value)} from ${source.overlay}`;
    const problem = lookupError(source.image);
    if (problem)
        return fail(f, 'promote', reason, problem);
    const image = found(source.image);
    if (!image) {
        return fail(f, 'promote', reason, `${source.repository.name}:${describeValue(source.value)} is not in the registry`);
    }
    if (source.value.tag === undefined) {
        return fail(f, 'promote', reason, `the source pins only a digest for ${f.image.name}; add its tag next to the digest in ${source.overlay}`);
    }
    const cross = image.repository.name !== f.image.repository.name;
    const target = cross ? { ...image, repository: f.image.repository } : image;
    return pinnedWrite(f, ctx, 'promote', `${reason}${cross ? ` (copied from ${image.repository.name})` : ''}`, target, cross ? [image.tag] : [], env, cross ? image : undefined);
}
/** from-plan: the deploy job of a fan-out carries out what the plan decided. */
function fromPlan(f, ctx) {
    const planned = f.planned;
    if (!planned)
        throw new Error('internal error: fromPlan without a plan entry');
    const later = planned.addTags.map((tag) => ({
        tag,
        mutable: ctx.policy.mutableReason(tag) !== undefined,
    }));
    const reason = `applying the plan: ${planned.decision}${planned.tag ? ` ${planned.tag}` : ''}`;
    if (planned.decision === 'skip' && planned.tag === '') {
        return { kind: 'keep-unverified', image: f.image, reason };
    }
    if (planned.decision === 'promote' && planned.digest) {
        // The planned promotion happens here, on the digest the plan found; the planned tag
        // (a release or this run's tag) moves with the other later tags, once all is verified.
        return {
            kind: 'tag',
            name: 'promote',
            image: f.image,
            reason,
            target: { repository: f.image.repository, tag: '', digest: planned.digest },
            addTags: [],
            laterTags: [
                { tag: planned.tag, mutable: ctx.policy.mutableReason(planned.tag) !== undefined },
                ...later,
            ],
            write: { tag: planned.tag },
        };
    }
    const requested = f.requested;
    const problem = requested ? lookupError(requested.image) : undefined;
    if (problem)
        return fail(f, planned.decision, reason, problem);
    const image = found(requested?.image);
    if (!image) {
        return fail(f, planned.decision, reason, `${f.image.repository.name}:${planned.tag} is not in the registry; did its build job succeed?`);
    }
    if (planned.decision === 'skip' ||
        (planned.decision === 'reuse' && f.deployed?.value.tag === planned.tag)) {
        return {
            kind: 'keep',
            name: planned.decision === 'skip' ? 'skip' : 'reuse',
            image: f.image,
            reason,
            target: image,
        };
    }
    return {
        kind: 'tag',
        name: planned.decision,
        image: f.image,
        reason,
        target: image,
        addTags: planned.decision === 'build' ? sourceTagToAdd(f, ctx.policy) : [],
        laterTags: later,
        write: { tag: planned.tag },
    };
}
// ---------------------------------------------------------------------------------------
// Shared values
/** The tag a decision writes, or undefined when it keeps the overlay value. */
function writtenTag(d) {
    return d.kind === 'tag' || d.kind === 'build' ? d.write.tag : undefined;
}
/**
 * Images that share one overlay value (e.g. Helm `global.imageTag`) must each hold the
 * written tag before it is written: an image that keeps what it runs gets the tag on its
 * current digest (a retag, no build). When that cannot be done (push: false, or the tag
 * names another image there), every image of the group fails and nothing is written.
 */
function sharedValues(decisions, input) {
    const { facts, config } = input;
    const slotOf = new Map();
    for (const state of facts.overlays) {
        for (const f of facts.images) {
            const slot = overlaySlot(state, f.image);
            if (slot && !slotOf.has(f.image.name))
                slotOf.set(f.image.name, `${state.overlay.path}#${slot}`);
        }
    }
    const groups = new Map();
    decisions.forEach((d, i) => {
        const slot = slotOf.get(d.image.name);
        if (slot)
            groups.set(slot, [...(groups.get(slot) ?? []), i]);
    });
    const out = [...decisions];
    for (const [slot, members] of groups) {
        if (members.length < 2)
            continue;
        const where = slot.replace('#', ' key ');
        const names = members.map((i) => out[i].image.name).join(', ');
        const tags = [
            ...new Set(members.map((i) => writtenTag(out[i])).filter((t) => t !== undefined)),
        ];
        if (tags.length === 0)
            continue;
        const failAll = (error) => {
            for (const i of members) {
                const d = out[i];
                if (d.kind !== 'fail')
                    out[i] = fail(facts.images[i], nameOf(d), d.reason, error);
            }
        };
        if (tags.length > 1) {
            failAll(`${names} share ${where} but would get different tags (${tags.join(', ')}); deploy them together or give each its own key`);
            continue;
        }
        const tag = tags[0];
        for (const i of members) {
            const d = out[i];
            if (d.kind !== 'keep')
                continue;
            const f = facts.images[i];
            const there = [found(f.primaryImage), found(f.releaseImage)].find((x) => x?.tag === tag);
            if (!config.push) {
                failAll(`${d.image.name} shares ${where} with the images that change, but push: false cannot add ${tag} to its image`);
                break;
            }
            if (there && there.digest !== d.target.digest) {
                failAll(`${d.image.name} shares ${where}, but ${tag} already names another image in ${there.repository.name}; writing it would change what ${d.image.name} runs`);
                break;
            }
            const release = input.policy.release === tag;
            out[i] = {
                kind: 'tag',
                name: 'reuse',
                image: d.image,
                reason: `${d.reason}; it shares ${where} with the images that change, so its current image gets ${tag} too (no build)`,
                target: d.target,
                addTags: [...(release ? [] : [tag]), ...(d.adopt ? [d.adopt] : [])],
                laterTags: release ? [{ tag, mutable: false }] : [],
                write: { tag },
            };
        }
    }
    return out;
}
function nameOf(d) {
    switch (d.kind) {
        case 'keep':
        case 'tag':
        case 'fail':
            return d.name;
        case 'keep-unverified':
            return 'skip';
        case 'build':
            return 'build';
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/build/argv.ts
/**
 * Pure argv construction and output parsing for the docker CLI. Everything here is an
 * argument array: nothing ever passes through a shell, so tags, labels and build-args
 * taken from event data cannot be interpreted.
 */


/** The standard `org.opencontainers.image.*` labels; empty values are left out. */
function ociLabels(input) {
    const labels = {};
    const add = (key, value) => {
        if (value)
            labels[`org.opencontainers.image.${key}`] = value;
    };
    add('revision', input.revision);
    add('source', input.source);
    add('created', input.created);
    add('version', input.version);
    return labels;
}
function tagged(ref) {
    if (ref.tag === undefined || ref.digest !== undefined) {
        throw new Error(`internal: build tags must carry a tag and no digest: ${(0,reference/* formatReference */.FH)(ref)}`);
    }
    return (0,reference/* formatReference */.FH)(ref);
}
/** Flags both builders share: Dockerfile, tags, labels, build args, target. */
function commonFlags(input) {
    const args = ['--file', input.dockerfile];
    for (const ref of input.tags)
        args.push('--tag', tagged(ref));
    for (const [key, value] of Object.entries(input.labels))
        args.push('--label', `${key}=${value}`);
    // Always KEY=VALUE: a bare KEY would make docker read the value from its own environment.
    for (const [key, value] of Object.entries(input.buildArgs)) {
        args.push('--build-arg', `${key}=${value}`);
    }
    if (input.target)
        args.push('--target', input.target);
    return args;
}
/** `docker buildx build …`: one command builds, tags and pushes every tag at once. */
function buildxArgv(input, options) {
    const args = ['buildx', 'build', '--progress', 'plain', ...commonFlags(input)];
    if (input.platforms.length > 0)
        args.push('--platform', input.platforms.join(','));
    for (const c of input.cacheFrom)
        args.push('--cache-from', c);
    for (const c of input.cacheTo)
        args.push('--cache-to', c);
    args.push('--metadata-file', options.metadataFile);
    if (input.push) {
        args.push('--push');
    }
    else if (input.platforms.length <= 1) {
        // Keep a local build usable by later steps; a multi-platform result cannot be loaded
        // into the classic image store, so it stays in the build cache instead.
        args.push('--load');
    }
    args.push(input.context);
    return args;
}
/** `docker build …` with the classic builder: tags locally; pushing is `pushArgv` per tag. */
function legacyBuildArgv(input) {
    return ['build', ...commonFlags(input), input.context];
}
function pushArgv(ref) {
    return ['push', tagged(ref)];
}
// The line docker prints once a tag is pushed: `sha-abc1234: digest: sha256:… size: 528`.
const PUSH_DIGEST_RE = /^\S+: digest: (sha256:[0-9a-f]{64}) size: \d+\s*$/gm;
/** The manifest digest from `docker push` output, or undefined when it printed none. */
function parsePushDigest(output) {
    let digest;
    for (const match of output.matchAll(PUSH_DIGEST_RE))
        digest = match[1];
    return digest;
}
/**
 * The pushed manifest digest (`containerimage.digest`) from a buildx `--metadata-file`.
 * Undefined when the build wrote none (nothing pushed); throws on a malformed file.
 */
function parseMetadataFile(json) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (err) {
        throw new Error(`buildx metadata file is not JSON: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new Error('buildx metadata file is not a JSON object');
    }
    const digest = data['containerimage.digest'];
    if (digest === undefined)
        return undefined;
    if (typeof digest !== 'string' || !(0,reference/* isValidDigest */.fH)(digest)) {
        throw new Error(`buildx metadata file has an invalid containerimage.digest: ${JSON.stringify(digest)}`);
    }
    return digest;
}

;// CONCATENATED MODULE: ./src/changes/history.ts
/** Deepen steps (commits added per step); the sum is the bound. */
const DEEPEN_STEPS = [32, 128, 512, 2048, 8192];
class History {
    git;
    logger;
    remoteName;
    constructor(git, logger) {
        this.git = git;
        this.logger = logger;
    }
    /** The remote to fetch from (`origin` when present), or null when there is none. */
    async remote() {
        if (this.remoteName === undefined) {
            const remotes = await this.git.remotes();
            this.remoteName = remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
        }
        return this.remoteName;
    }
    /** Makes `sha` present locally (fetching it by SHA at depth 1). True when present. */
    async ensureCommit(sha) {
        if (await this.git.hasCommit(sha))
            return true;
        const remote = await this.remote();
        if (!remote || !/^[0-9a-f]{40}$/.test(sha))
            return false;
        return this.git.exclusive(async () => {
            if (await this.git.hasCommit(sha))
                return true;
            this.logger.debug(`fetching ${sha} from ${remote}`);
            const r = await this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, sha], { allowFailure: true });
            if (r.exitCode !== 0)
                this.logger.debug(`fetch of ${sha} failed: ${r.stderr.trim()}`);
            return this.git.hasCommit(sha);
        });
    }
    /** Makes `refs/remotes/<remote>/<branch>` present; returns its SHA. */
    async ensureBranch(branch) {
        const remote = await this.remote();
        if (!remote)
            return this.git.resolveCommit(branch);
        const local = await this.git.resolveCommit(`refs/remotes/${remote}/${branch}`);
        if (local)
            return local;
        const r = await this.git.exclusive(() => this.git.run([
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            '--depth=1',
            remote,
            `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
        ], { allowFailure: true }));
        if (r.exitCode !== 0) {
            this.logger.debug(`fetch of branch ${branch} failed: ${r.stderr.trim()}`);
            return undefined;
        }
        return this.git.resolveCommit(`refs/remotes/${remote}/${branch}`);
    }
    /**
     * The commit of the tag `name`, made present. The tag's commit is learned with ls-remote
     * and fetched by SHA only when missing: fetching a tag with --depth into a clone that has
     * its commit already would cut that commit's history off again.
     */
    async ensureTag(name) {
        const local = await this.git.resolveCommit(`refs/tags/${name}`);
        if (local)
            return local;
        if (name.startsWith('-'))
            return undefined;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        const r = await this.git.run(['ls-remote', '--quiet', remote, `refs/tags/${name}`, `refs/tags/${name}^{}`], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        // An annotated tag lists the tag object and, with ^{}, the commit it points to.
        const lines = r.stdout
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split('\t'));
        const peeled = lines.find(([, ref]) => ref?.endsWith('^{}')) ?? lines[0];
        const sha = peeled?.[0];
        if (!sha || !/^[0-9a-f]{40}$/.test(sha))
            return undefined;
        return (await this.ensureCommit(sha)) ? sha : undefined;
    }
    /**
     * Fetches tags matching `pattern` (e.g. `refs/tags/*`). Tags are not part of a depth-1
     * checkout; they come as shallow tips only when the clone is shallow already (--depth
     * would turn a full clone into a shallow one).
     */
    async fetchTags(pattern) {
        const remote = await this.remote();
        if (!remote)
            return;
        await this.git.exclusive(async () => {
            const depth = (await this.git.isShallow()) ? ['--depth=1'] : [];
            await this.git.run(['fetch', '--no-recurse-submodules', ...depth, remote, `+${pattern}:${pattern}`], { allowFailure: true });
        });
    }
    /**
     * Calls `found()` after each deepening step until it returns a value, the history is
     * complete, or the bound is reached. `refs` are what to deepen (SHAs or refspecs).
     */
    async deepenUntil(refs, found) {
        const first = await found();
        if (first !== undefined)
            return first;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        for (const step of DEEPEN_STEPS) {
            // Complete (perhaps deepened by another lookup meanwhile): one last look.
            if (!(await this.git.isShallow()))
                return found();
            this.logger.info(`deepening the shallow clone by ${step} commits to find the base`);
            const r = await this.git.exclusive(() => this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${step}`, remote, ...refs], { allowFailure: true }));
            if (r.exitCode !== 0) {
                this.logger.debug(`deepen failed: ${r.stderr.trim()}`);
                return undefined;
            }
            const value = await found();
            if (value !== undefined)
                return value;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/engine/context.ts

function refFor(repository, tag, digest) {
    return (0,reference/* withTagAndDigest */.gh)(repository, tag, digest);
}

;// CONCATENATED MODULE: ./src/engine/execute.ts
/**
 * Carrying decisions out: builds first, then the registry work that gives existing images
 * their new immutable tags (promotions, adoptions, shared values, copies between
 * repositories). Mutable and release/environment tags wait: they move only once every image
 * is verified (moveLaterTags). Each step returns new outcomes; nothing is changed in place.
 */








/** The outcome before anything was executed. */
function initialOutcome(d) {
    switch (d.kind) {
        case 'fail':
            return { decision: d, status: 'failed', added: [], relies: [], wrote: false, error: d.error };
        case 'keep-unverified':
            return { decision: d, status: 'verified', added: [], relies: [], wrote: false };
        case 'keep':
            return {
                decision: d,
                status: 'planned',
                target: d.target,
                added: d.adopt ? [d.adopt] : [],
                relies: [
                    ...(d.target.tag ? [{ tag: d.target.tag, digest: d.target.digest }] : []),
                    ...(d.adopt ? [{ tag: d.adopt, digest: d.target.digest }] : []),
                ],
                wrote: false,
            };
        case 'tag':
            return {
                decision: d,
                status: 'planned',
                target: d.target,
                added: [...d.addTags, ...d.laterTags.map((t) => t.tag)].filter((t) => t !== d.write.tag),
                relies: [
                    ...(d.target.tag ? [{ tag: d.target.tag, digest: d.target.digest }] : []),
                    ...d.addTags.map((tag) => ({ tag, digest: d.target.digest })),
                ],
                wrote: false,
            };
        case 'build':
            return {
                decision: d,
                status: 'planned',
                added: [...d.pushTags.slice(1), ...d.laterTags.map((t) => t.tag)].filter((t) => t !== d.write.tag),
                relies: d.pushTags.map((tag) => ({ tag })),
                wrote: false,
            };
    }
}
/**
 * Images are built from the commit their tag names. When the checkout is elsewhere (the PR
 * merge commit actions/checkout makes by default, the default branch in a workflow_run),
 * that commit is checked out into a temporary worktree; returns its path, or undefined when
 * the workspace already is the head commit.
 */
async function headWorktree(deps) {
    const head = deps.trigger.head;
    if ((await deps.git.resolveCommit('HEAD')) === head)
        return undefined;
    if (!(await new History(deps.git, deps.logger).ensureCommit(head))) {
        throw new Error(`cannot build ${head.slice(0, 7)}: the commit is not in the checkout and cannot be fetched`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-promote-head-'));
    await deps.git.run(['worktree', 'add', '--detach', '--force', dir, head]);
    deps.logger.info(`the checkout is not at ${head.slice(0, 7)} (e.g. GitHub's PR merge commit); building from a worktree of ${head.slice(0, 7)} so the image matches its tag`);
    return dir;
}
/** Runs every build decision; the others pass through unchanged. */
async function executeBuilds(outcomes, deps) {
    const builds = outcomes.filter((o) => o.decision.kind === 'build' && o.status !== 'failed');
    if (builds.length === 0)
        return outcomes;
    const labels = ociLabels({
        revision: deps.trigger.head,
        created: deps.now.toISOString(),
        ...(deps.trigger.version ? { version: deps.trigger.version } : {}),
        ...(deps.sourceUrl ? { source: deps.sourceUrl } : {}),
    });
    const requests = builds.map(({ decision: d }) => ({
        image: d.image,
        tags: d.pushTags.map((t) => refFor(d.image.repository, t)),
        labels: { 'org.opencontainers.image.version': deps.trigger.version ?? d.write.tag, ...labels },
        push: deps.config.push,
        cacheFrom: deps.config.cacheFrom,
        cacheTo: deps.config.cacheTo,
    }));
    let results;
    let worktree;
    try {
        worktree = await headWorktree(deps);
        results = await deps.build(requests, worktree ?? deps.config.workspace);
    }
    catch (err) {
        // No docker, no head commit, or a request no builder can honour: every build fails.
        const error = (0,errors/* errorMessage */.gJ)(err);
        return outcomes.map((o) => builds.includes(o) ? { ...o, status: 'failed', error } : o);
    }
    finally {
        if (worktree) {
            await deps.git.run(['worktree', 'remove', '--force', worktree], { allowFailure: true });
            await (0,promises_.rm)(worktree, { recursive: true, force: true });
        }
    }
    return outcomes.map((o) => {
        if (o.decision.kind !== 'build' || o.status === 'failed')
            return o;
        const d = o.decision;
        const result = results.find((r) => r.name === d.image.name);
        if (!result || result.status === 'failed') {
            return {
                ...o,
                status: 'failed',
                error: result?.message ?? 'the build did not report an outcome',
                wrote: true,
            };
        }
        if (!deps.config.push)
            return { ...o, status: 'built', note: result.message };
        if (!result.digest) {
            return {
                ...o,
                status: 'failed',
                error: `the build of ${d.image.name} was pushed but no digest is known`,
                wrote: true,
            };
        }
        const digest = result.digest;
        return {
            ...o,
            status: 'pushed',
            wrote: true,
            target: { repository: d.image.repository, tag: d.pushTags[0] ?? d.write.tag, digest },
            relies: o.relies.map((r) => ({ ...r, digest })),
            note: result.message,
        };
    });
}
/** Adds immutable tags to existing images (promotions, adoptions, shared values, copies). */
async function executeTags(outcomes, deps) {
    return Promise.all(outcomes.map(async (o) => {
        const d = o.decision;
        if (o.status === 'failed' || !o.target)
            return o;
        const tags = d.kind === 'tag' ? d.addTags : d.kind === 'keep' && d.adopt ? [d.adopt] : [];
        const copyFrom = d.kind === 'tag' ? d.copyFrom : undefined;
        if (tags.length === 0 && !copyFrom)
            return o;
        const target = o.target;
        try {
            const registry = await deps.registries.forReference(target.repository);
            const source = refFor(copyFrom ?? target.repository, undefined, target.digest);
            for (const tag of tags) {
                const to = refFor(target.repository, tag);
                const done = copyFrom && copyFrom.name !== target.repository.name
                    ? await registry.copy(source, to, { allowOverwrite: deps.config.allowTagOverwrite })
                    : await registry.addTag(source, tag, {
                        allowOverwrite: deps.config.allowTagOverwrite,
                    });
                if (done.descriptor.digest !== target.digest) {
                    throw new Error(`${(0,reference/* formatReference */.FH)(to)} got ${done.descriptor.digest}, not ${target.digest}`);
                }
            }
            return { ...o, wrote: true, status: o.status === 'planned' ? 'pushed' : o.status };
        }
        catch (err) {
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err), wrote: true };
        }
    }));
}
/** Release, environment and mutable tags: only once every image is verified. */
async function moveLaterTags(outcomes, deps) {
    return Promise.all(outcomes.map(async (o) => {
        const d = o.decision;
        const later = d.kind === 'tag' || d.kind === 'build' ? d.laterTags : [];
        if (later.length === 0 || !o.target || o.status === 'failed')
            return o;
        const target = o.target;
        try {
            const registry = await deps.registries.forReference(target.repository);
            for (const { tag, mutable } of later) {
                const done = await registry.addTag(refFor(target.repository, undefined, target.digest), tag, {
                    allowOverwrite: mutable || deps.config.allowTagOverwrite,
                });
                if (done.descriptor.digest !== target.digest) {
                    throw new Error(`${target.repository.name}:${tag} got ${done.descriptor.digest}, not ${target.digest}`);
                }
            }
            return {
                ...o,
                wrote: true,
                relies: [
                    ...o.relies,
                    ...later.filter((t) => !t.mutable).map((t) => ({ tag: t.tag, digest: target.digest })),
                ],
            };
        }
        catch (err) {
            return {
                ...o,
                status: 'failed',
                error: `moving ${later.map((t) => t.tag).join(', ')}: ${(0,errors/* errorMessage */.gJ)(err)}`,
                wrote: true,
            };
        }
    }));
}

;// CONCATENATED MODULE: ./src/changes/classify.ts

const STRENGTH = { none: 0, ignored: 1, deploy: 2, code: 3 };
function strongest(kinds) {
    let best = 'none';
    for (const k of kinds)
        if (STRENGTH[k] > STRENGTH[best])
            best = k;
    return best;
}
const FILE_OTHER = 0;
const FILE_IGNORED = 1;
const FILE_DEPLOY = 2;
class Classifier {
    deploy;
    ignore;
    images;
    constructor(rules) {
        this.deploy = compileGlobs(rules.deployPaths);
        this.ignore = compileGlobs(rules.ignorePaths);
        this.images = rules.images.map((img) => ({
            name: img.name,
            // The Dockerfile goes last so that no `!` pattern can exclude it.
            strong: new GlobList([...img.paths, escapeGlob(img.dockerfile)]),
            ...(img.paths.length === 0 ? { context: img.context === '.' ? '' : img.context } : {}),
        }));
    }
    /** Per image name, the kind of change `files` represent for it. */
    classify(files) {
        // Sorted paths let directory rules find their files by binary search (git already
        // lists them sorted; only unusual names can need the sort).
        const sorted = isSorted(files) ? files : [...files].sort();
        // Shared rules are evaluated once per file, not once per file and image.
        const flags = new Uint8Array(sorted.length);
        let firstDeploy;
        let firstIgnored;
        for (let i = 0; i < sorted.length; i++) {
            const f = sorted[i];
            if (this.ignore(f)) {
                flags[i] = FILE_IGNORED;
                firstIgnored ??= f;
            }
            else if (this.deploy(f)) {
                flags[i] = FILE_DEPLOY;
                firstDeploy ??= f;
            }
        }
        const result = new Map();
        for (const img of this.images) {
            const code = img.strong.firstMatch(sorted) ??
                (img.context === undefined ? undefined : firstOther(sorted, flags, img.context));
            // With no code file, every deploy or ignored file counts for every image.
            if (code !== undefined)
                result.set(img.name, { kind: 'code', example: code });
            else if (firstDeploy !== undefined)
                result.set(img.name, { kind: 'deploy', example: firstDeploy });
            else if (firstIgnored !== undefined)
                result.set(img.name, { kind: 'ignored', example: firstIgnored });
            else
                result.set(img.name, { kind: 'none' });
        }
        return result;
    }
}
function isSorted(files) {
    for (let i = 1; i < files.length; i++)
        if (files[i - 1] > files[i])
            return false;
    return true;
}
/** The first file under `dir` ('' = everywhere) that is neither ignored nor deploy config. */
function firstOther(sorted, flags, dir) {
    if (dir !== '') {
        // The directory itself changes when it is a submodule (a gitlink).
        const at = lowerBound(sorted, dir);
        if (sorted[at] === dir && flags[at] === FILE_OTHER)
            return dir;
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let i = prefix === '' ? 0 : lowerBound(sorted, prefix); i < sorted.length; i++) {
        const f = sorted[i];
        if (!f.startsWith(prefix))
            break;
        if (flags[i] === FILE_OTHER)
            return f;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/git.ts
/**
 * The one git wrapper: every git command of the project runs through `Git.run`, which
 * goes through the exec wrapper with an argument array.
 */


const ZERO_SHA = '0000000000000000000000000000000000000000';
/** The empty tree object: a diff base for a root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
class Git {
    cwd;
    logger;
    execFn;
    extraEnv;
    /** Commands that change the repository (fetches) run one at a time. */
    exclusiveTail = Promise.resolve();
    constructor(cwd, logger = log/* silentLogger */.q, execFn = exec/* exec */.m0, 
    /** Extra environment for every git call (author, askpass, …). */
    extraEnv = {}) {
        this.cwd = cwd;
        this.logger = logger;
        this.execFn = execFn;
        this.extraEnv = extraEnv;
    }
    run(args, options = {}) {
        return this.execFn('git', args, {
            cwd: this.cwd,
            // Never prompt (there is no terminal in CI) and never page.
            env: {
                ...process.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_PAGER: 'cat',
                LC_ALL: 'C',
                ...this.extraEnv,
                ...options.env,
            },
            allowFailure: options.allowFailure,
            input: options.input,
            logger: this.logger,
        });
    }
    /**
     * Runs `fn` after every earlier exclusive call has finished: two fetches into one
     * repository at once fight over its lock files and shallow file.
     */
    exclusive(fn) {
        const run = this.exclusiveTail.then(fn, fn);
        this.exclusiveTail = run.catch(() => undefined);
        return run;
    }
    /** Full SHA of a revision that is present locally, or undefined. */
    async resolveCommit(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async hasCommit(sha) {
        return (await this.resolveCommit(sha)) !== undefined;
    }
    /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true,
        });
        if (r.exitCode === 0)
            return true;
        if (r.exitCode === 1)
            return false;
        throw new Error(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${r.stderr.trim()}`);
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', a, b], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] : undefined;
    }
    async isShallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.trim() === 'true';
    }
    async remotes() {
        const r = await this.run(['remote'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
    /** Top-level directory of the work tree. */
    async topLevel() {
        return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    }
}

;// CONCATENATED MODULE: ./src/changes/detect.ts
/**
 * Which files changed between the base and the head of this run. Git first (deepening a
 * shallow clone only as far as needed), the GitHub API when git cannot answer. A list
 * that may be incomplete is reported as such, and the plan then builds.
 */


/** Lists `base..head` changes with git: `--no-renames` so a rename yields both paths. */
async function gitChangedFiles(git, base, head) {
    const r = await git.run([
        '-c',
        'core.quotepath=off',
        'diff',
        '--name-only',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        '--ignore-submodules=none',
        base,
        head,
        '--',
    ]);
    const out = r.stdout;
    const files = out.split('\0');
    if (files[files.length - 1] === '')
        files.pop();
    return files;
}
async function resolveBase(trigger, opts, history) {
    const { git } = opts;
    const head = trigger.head;
    const strategy = trigger.base;
    const defaultBranch = trigger.defaultBranch ?? opts.defaultBranch;
    const mergeBaseWith = async (otherRefs, other, rule) => {
        const mb = await history.deepenUntil([...otherRefs, head], () => git.mergeBase(other, head));
        if (mb)
            return { base: mb, rule };
        return {
            rule,
            problem: `no common ancestor of ${detect_short(other)} and ${detect_short(head)} within the fetched history`,
        };
    };
    switch (strategy.kind) {
        case 'input': {
            let sha = await git.resolveCommit(strategy.rev);
            if (!sha && /^[0-9a-f]{40}$/.test(strategy.rev) && (await history.ensureCommit(strategy.rev)))
                sha = strategy.rev;
            if (!sha) {
                const remote = await history.remote();
                if (remote)
                    sha = await history.ensureBranch(strategy.rev);
            }
            return sha
                ? { base: sha, rule: 'input' }
                : { rule: 'input', problem: `base "${strategy.rev}" is not a commit in this repository` };
        }
        case 'push': {
            const before = strategy.before;
            if (!(await history.ensureCommit(before))) {
                return {
                    rule: 'push',
                    problem: `the previous tip ${detect_short(before)} cannot be fetched (deleted or rewritten history)`,
                };
            }
            // GitHub says whether the push was forced; without that, check ancestry ourselves.
            if (strategy.forced === false)
                return { base: before, rule: 'push' };
            const ancestor = await history.deepenUntil([head], async () => (await git.isAncestor(before, head)) ? true : (await git.isShallow()) ? undefined : false);
            if (ancestor === true)
                return { base: before, rule: 'push' };
            // Force push: diff from where the old and new tips diverged, so every rewritten
            // commit counts (not just the delta between the two tips).
            const mb = await history.deepenUntil([before, head], () => git.mergeBase(before, head));
            if (mb)
                return { base: mb, rule: 'force-push' };
            return {
                rule: 'force-push',
                problem: `force push: ${detect_short(before)} and ${detect_short(head)} share no history that could be fetched`,
            };
        }
        case 'new-branch': {
            const branch = defaultBranch ?? (await originHeadBranch(git));
            if (!branch)
                return { rule: 'new-branch', problem: 'new branch, but the default branch is unknown' };
            if (trigger.branch === branch) {
                // The first push of the default branch itself: everything is new.
                const parent = await git.resolveCommit(`${head}^`);
                return parent
                    ? { base: parent, rule: 'new-branch' }
                    : { base: EMPTY_TREE, rule: 'first-commit' };
            }
            const tip = await history.ensureBranch(branch);
            if (!tip)
                return { rule: 'new-branch', problem: `the default branch "${branch}" cannot be fetched` };
            const remote = await history.remote();
            const refspec = remote ? [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`] : [];
            return mergeBaseWith(refspec, tip, 'new-branch');
        }
        case 'pull-request': {
            if (!(await history.ensureCommit(strategy.baseSha))) {
                return {
                    rule: 'pull-request',
                    problem: `the PR base ${detect_short(strategy.baseSha)} cannot be fetched`,
                };
            }
            return mergeBaseWith([strategy.baseSha], strategy.baseSha, 'pull-request');
        }
        case 'merge-group': {
            if (!(await history.ensureCommit(strategy.baseSha))) {
                return {
                    rule: 'merge-group',
                    problem: `the merge group base ${detect_short(strategy.baseSha)} cannot be fetched`,
                };
            }
            return { base: strategy.baseSha, rule: 'merge-group' };
        }
        case 'previous-tag':
            return previousTag(git, history, head, strategy.tagName);
        case 'overlay': {
            const hint = await opts.overlayCommit?.();
            if (!hint) {
                return {
                    rule: 'overlay',
                    problem: 'the overlay does not name a tag that leads back to a commit (set the "base" input)',
                };
            }
            // A SHA prefix (from sha-1a2b3c4) is found in history; anything else is a git tag
            // the overlay runs (v1.2.3 after a release), fetched by name.
            const sha = /^[0-9a-f]{4,40}$/.test(hint)
                ? await history.deepenUntil([head], () => git.resolveCommit(hint))
                : await history.ensureTag(hint);
            if (!sha)
                return {
                    rule: 'overlay',
                    problem: `the deployed commit ${hint} is not in the fetched history`,
                };
            return { base: sha, rule: 'overlay' };
        }
        case 'unknown':
            return { rule: 'unknown', problem: strategy.reason };
    }
}
/** The newest version tag before `tagName` that is an ancestor of head. */
async function previousTag(git, history, head, tagName) {
    await history.fetchTags('refs/tags/*');
    const describe = async () => {
        const r = await git.run([
            'describe',
            '--tags',
            '--abbrev=0',
            '--match',
            'v[0-9]*',
            '--match',
            '[0-9]*',
            '--exclude',
            tagName,
            `${head}^`,
        ], { allowFailure: true });
        if (r.exitCode === 0)
            return r.stdout.trim();
        return (await git.isShallow()) ? undefined : '';
    };
    const parent = await git.resolveCommit(`${head}^`);
    if (!parent && !(await git.isShallow()))
        return { base: EMPTY_TREE, rule: 'first-release' };
    const found = await history.deepenUntil([head], describe);
    if (found === undefined)
        return {
            rule: 'previous-tag',
            problem: `no earlier release tag found within the fetched history of ${tagName}`,
        };
    if (found === '')
        return { base: EMPTY_TREE, rule: 'first-release' };
    const sha = await git.resolveCommit(found);
    return sha
        ? { base: sha, rule: 'previous-tag' }
        : { rule: 'previous-tag', problem: `tag ${found} does not resolve` };
}
async function originHeadBranch(git) {
    const r = await git.run(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
        allowFailure: true,
    });
    const ref = r.stdout.trim();
    return r.exitCode === 0 && ref.startsWith('origin/') ? ref.slice('origin/'.length) : undefined;
}
function detect_short(sha) {
    return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}
/** Detects the changes of this run. Never throws for missing history: it reports it. */
async function detectChanges(trigger, opts) {
    const { git, logger } = opts;
    const history = new History(git, logger);
    const head = trigger.head;
    let gitUsable = true;
    try {
        await git.run(['rev-parse', '--git-dir']);
    }
    catch {
        gitUsable = false;
    }
    if (gitUsable && (await history.ensureCommit(head))) {
        const resolved = await resolveBase(trigger, opts, history);
        if (resolved.base !== undefined) {
            const files = await gitChangedFiles(git, resolved.base, head);
            return {
                head,
                base: resolved.base,
                baseRule: resolved.rule,
                files,
                complete: true,
                source: 'git',
            };
        }
        const viaApi = await fromApi(trigger, opts, resolved);
        if (viaApi)
            return viaApi;
        return {
            head,
            baseRule: resolved.rule,
            files: [],
            complete: false,
            note: resolved.problem ?? 'no base commit',
            source: 'none',
        };
    }
    const reason = gitUsable
        ? `the head commit ${detect_short(head)} is not in the checkout and cannot be fetched`
        : 'there is no git checkout';
    const viaApi = await fromApi(trigger, opts, { rule: baseRuleOf(trigger), problem: reason });
    if (viaApi)
        return viaApi;
    return {
        head,
        baseRule: baseRuleOf(trigger),
        files: [],
        complete: false,
        note: reason,
        source: 'none',
    };
}
function baseRuleOf(trigger) {
    switch (trigger.base.kind) {
        case 'input':
            return 'input';
        case 'push':
            return 'push';
        case 'new-branch':
            return 'new-branch';
        case 'pull-request':
            return 'pull-request';
        case 'merge-group':
            return 'merge-group';
        case 'previous-tag':
            return 'previous-tag';
        case 'overlay':
            return 'overlay';
        case 'unknown':
            return 'unknown';
    }
}
/** The GitHub API answers for pull requests and for pushes with a known base. */
async function fromApi(trigger, opts, resolved) {
    const api = opts.api;
    if (!api)
        return undefined;
    const head = trigger.head;
    try {
        if (trigger.pullRequest) {
            const r = await api.pullRequestFiles(trigger.pullRequest.number);
            return {
                head,
                base: trigger.pullRequest.baseSha,
                baseRule: 'pull-request',
                files: r.files,
                complete: r.complete,
                note: r.note ??
                    `git could not answer (${resolved.problem ?? 'unknown'}); used the pull request files API`,
                source: 'api',
            };
        }
        const base = trigger.base.kind === 'push' || trigger.base.kind === 'merge-group'
            ? trigger.base.kind === 'push'
                ? trigger.base.before
                : trigger.base.baseSha
            : trigger.base.kind === 'input' && /^[0-9a-f]{40}$/.test(trigger.base.rev)
                ? trigger.base.rev
                : undefined;
        if (!base)
            return undefined;
        const r = await api.compareFiles(base, head);
        return {
            head,
            base,
            baseRule: resolved.rule,
            files: r.files,
            complete: r.complete,
            note: r.note ?? `git could not answer (${resolved.problem ?? 'unknown'}); used the compare API`,
            source: 'api',
        };
    }
    catch (err) {
        opts.logger.warning(`GitHub API fallback failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/event/trigger.ts
/**
 * GitHub event payload → Trigger: which commit to act on and how to find the base of
 * the change detection. Pure; the rules follow DESIGN.md (see
 * ../shared/vectors/event-base-resolution.json for where popular tools go wrong).
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
            const deleted = payload.deleted === true || after === ZERO_SHA;
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
                    ...(release ? { tagName, version: versionFromTagName(tagName) } : {}),
                    ...(ref ? { ref } : {}),
                };
                break;
            }
            const branch = refName(ref, 'refs/heads/');
            let base;
            if (before === undefined || before === ZERO_SHA || payload.created === true) {
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
            trigger = {
                ...common,
                kind: 'release',
                head: headFromEnv(),
                ref: `refs/tags/${tagName}`,
                tagName,
                version: versionFromTagName(tagName),
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
                ...(tagName ? { tagName, version: versionFromTagName(tagName) } : {}),
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

;// CONCATENATED MODULE: ./src/source/keys.ts
/**
 * Source keys: what an image is built from, as one sha256. Pure.
 *
 * The files are exactly those the path rule calls code of the image (src/changes/classify.ts):
 * its `paths` (last matching pattern wins) and its Dockerfile; without `paths`, everything in
 * its context that is neither ignored nor deploy config. Each contributes its path, mode and
 * blob id, so renames, mode changes (an executable bit), symlinks, submodule pointers and LFS
 * pointer files all change the key; nothing outside those files does. The build recipe
 * (context, Dockerfile path, target, build args, platforms) is part of the key too: the same
 * files built another way are another image.
 */


/** Bumped when the key's definition changes, so old keys never match new ones. */
const SOURCE_KEY_VERSION = 'image-promote source key v1';
/** The recipe part of a key: everything besides the files that shapes the image. */
function recipe(image) {
    const args = Object.keys(image.buildArgs)
        .sort()
        .map((k) => [k, image.buildArgs[k] ?? '']);
    return JSON.stringify({
        context: image.context,
        dockerfile: image.dockerfile,
        target: image.target ?? null,
        buildArgs: args,
        platforms: [...image.platforms].sort(),
    });
}
/** The entries that are code of `image`, in path order (indices into `tree.entries`). */
function codeEntries(tree, image, shared) {
    const { paths } = tree;
    const picked = new Set();
    const strong = new GlobList([...image.paths, escapeGlob(image.dockerfile)]);
    for (const p of strong.allMatches(paths))
        picked.add(lowerBound(paths, p));
    if (image.paths.length === 0) {
        const dir = image.context === '.' ? '' : image.context;
        if (dir !== '') {
            // The context itself may be a submodule pointer.
            const at = lowerBound(paths, dir);
            if (paths[at] === dir && !shared.ignored(at))
                picked.add(at);
        }
        const prefix = dir === '' ? '' : `${dir}/`;
        for (let i = prefix === '' ? 0 : lowerBound(paths, prefix); i < paths.length; i++) {
            if (!paths[i].startsWith(prefix))
                break;
            if (!shared.ignored(i))
                picked.add(i);
        }
    }
    return [...picked].sort((a, b) => a - b);
}
/** Source keys of every image, from one tree. */
function sourceKeys(tree, images, rules) {
    // ignore-paths and deploy-paths are evaluated once per file, and only when an image
    // without `paths` needs them.
    const ignore = compileGlobs(rules.ignorePaths);
    const deploy = compileGlobs(rules.deployPaths);
    const memo = new Int8Array(tree.paths.length); // 0 unknown, 1 code, 2 not code
    const ignored = (i) => {
        if (memo[i] === 0) {
            const p = tree.paths[i];
            memo[i] = ignore(p) || deploy(p) ? 2 : 1;
        }
        return memo[i] === 2;
    };
    const keys = new Map();
    for (const image of images) {
        const indices = codeEntries(tree, image, { ignored });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        hash.update(`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`);
        for (const i of indices) {
            const e = tree.entries[i];
            hash.update(`${e.mode} ${e.oid}\t${e.path}\0`);
        }
        keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/source/check.ts
/**
 * Typos caught before anything is built: an image whose context or Dockerfile does not exist
 * at the commit being deployed, or whose `paths` patterns match no file there, is an input
 * error that names the image and the nearest path that does exist. Pure: works on the tree.
 */



/** Levenshtein distance, bounded: stops early once it exceeds `max`. */
function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            row.push(v);
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        prev = row;
    }
    return prev[b.length];
}
/** The candidate closest to `wanted`, if one is close enough to be a likely typo. */
function nearest(wanted, candidates) {
    const max = Math.max(2, Math.floor(wanted.length / 3));
    let best;
    let bestDistance = max + 1;
    for (const c of candidates) {
        const d = distance(wanted, c, Math.min(max, bestDistance));
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** Every directory of the tree (`a`, `a/b`, … for `a/b/c.txt`). */
function directories(tree) {
    const dirs = new Set();
    for (const path of tree.paths) {
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
            dirs.add(path.slice(0, i));
    }
    return dirs;
}
function hasDirectory(tree, dir) {
    const at = lowerBound(tree.paths, `${dir}/`);
    // A submodule pointer at the context path counts as the context.
    return (tree.paths[at]?.startsWith(`${dir}/`) === true ||
        tree.paths[lowerBound(tree.paths, dir)] === dir);
}
function hasFile(tree, path) {
    return tree.paths[lowerBound(tree.paths, path)] === path;
}
function suggestion(wanted, candidates) {
    const near = nearest(wanted, candidates);
    return near
        ? `did you mean "${near}"?`
        : 'check the path (it is relative to the repository root)';
}
/** Throws InputError for the first image whose context, Dockerfile or paths are typos. */
function checkSources(tree, images) {
    const at = tree.commit.slice(0, 7);
    let dirs;
    for (const image of images) {
        const where = `image ${image.name}`;
        if (image.context !== '.' && !hasDirectory(tree, image.context)) {
            dirs ??= directories(tree);
            throw new errors/* InputError */.dz('images', `${where}: the context "${image.context}" does not exist at ${at}`, suggestion(image.context, dirs));
        }
        if (!hasFile(tree, image.dockerfile)) {
            const dockerfiles = tree.paths.filter((p) => /(^|\/)[^/]*dockerfile[^/]*$/i.test(p));
            throw new errors/* InputError */.dz('images', `${where}: the Dockerfile "${image.dockerfile}" does not exist at ${at}`, suggestion(image.dockerfile, dockerfiles));
        }
        for (const pattern of image.paths) {
            if (pattern.startsWith('!'))
                continue;
            if (new GlobList([pattern]).firstMatch(tree.paths) !== undefined)
                continue;
            const base = picomatch_default().scan(pattern).base;
            dirs ??= directories(tree);
            throw new errors/* InputError */.dz('images', `${where}: paths pattern "${pattern}" matches no file at ${at}`, base ? suggestion(base, [...dirs, ...tree.paths]) : 'check the pattern');
        }
    }
}

;// CONCATENATED MODULE: ./src/source/tree.ts
/** Parses `git ls-tree -r -z --full-tree` output: `<mode> SP <type> SP <oid> TAB <path> NUL`. */
function parseLsTree(output) {
    const entries = [];
    let at = 0;
    while (at < output.length) {
        const end = output.indexOf('\0', at);
        const stop = end === -1 ? output.length : end;
        const tab = output.indexOf('\t', at);
        if (tab === -1 || tab > stop)
            throw new Error(`unexpected git ls-tree output near "${output.slice(at, at + 80)}"`);
        const s1 = output.indexOf(' ', at);
        const s2 = output.indexOf(' ', s1 + 1);
        entries.push({
            mode: output.slice(at, s1),
            oid: output.slice(s2 + 1, tab),
            path: output.slice(tab + 1, stop),
        });
        at = stop + 1;
    }
    return entries;
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** The tree of `commit` (which must be present locally). */
async function readTree(git, commit) {
    const r = await git.run([
        '-c',
        'core.quotepath=off',
        'ls-tree',
        '-r',
        '-z',
        '--full-tree',
        commit,
    ]);
    const entries = parseLsTree(r.stdout);
    // git sorts bytes with trees as "name/"; that is JavaScript's order except for unusual
    // names (non-ASCII), so check once and sort only when needed.
    for (let i = 1; i < entries.length; i++) {
        if (byPath(entries[i - 1], entries[i]) > 0) {
            entries.sort(byPath);
            break;
        }
    }
    return { commit, entries, paths: entries.map((e) => e.path) };
}

;// CONCATENATED MODULE: ./src/engine/gate.ts
/**
 * The release gate: a tagged commit is released only when it is on the default branch.
 * Checked with the least history needed, and without ever making the checkout shallower:
 * fetching the branch with --depth (or deepening from a shallow tip) rewrites the
 * checkout's shallow boundary and can cut off history an earlier step fetched. So anything
 * beyond a local answer runs in a scratch repository that borrows the checkout's objects
 * (alternates) and configuration (include.path) and is thrown away afterwards.
 */






async function tipOf(git, remote, branch) {
    const r = await git.run(['ls-remote', '--quiet', remote, `refs/heads/${branch}`], {
        allowFailure: true,
    });
    const sha = r.stdout.split('\t')[0]?.trim();
    return r.exitCode === 0 && sha && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}
async function releaseGate(deps) {
    const { git, trigger, logger } = deps;
    const head = trigger.head;
    const branch = trigger.defaultBranch ?? 'main';
    const what = trigger.tagName ?? head.slice(0, 7);
    const refuse = (detail) => ({
        ok: false,
        reason: `${what} points at ${head.slice(0, 7)}, which ${detail}; refusing to release a commit that is not on the default branch "${branch}"`,
    });
    const history = new History(git, logger);
    const remote = await history.remote();
    if (!remote) {
        const tip = await git.resolveCommit(branch);
        if (!tip)
            return refuse(`cannot be checked: there is no remote and no local branch "${branch}"`);
        return (await git.isAncestor(head, tip)) ? { ok: true } : refuse('is not on it');
    }
    const tip = await tipOf(git, remote, branch);
    if (!tip)
        return refuse(`cannot be checked: ${remote} has no branch "${branch}"`);
    if (tip === head)
        return { ok: true };
    if (await git.hasCommit(tip)) {
        if (await git.isAncestor(head, tip))
            return { ok: true };
        if (!(await git.isShallow()))
            return refuse('is not on it');
    }
    try {
        return (await scratchAncestry(git, remote, branch, head))
            ? { ok: true }
            : refuse('is not on it');
    }
    catch (err) {
        return refuse(`cannot be checked (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
}
/** Whether `head` is on `branch`, fetching the branch's history into a scratch repository. */
async function scratchAncestry(git, remote, branch, head) {
    const commonDir = (await git.run(['rev-parse', '--git-common-dir'])).stdout.trim();
    const gitDir = (0,external_node_path_.isAbsolute)(commonDir) ? commonDir : (0,external_node_path_.resolve)(git.cwd, commonDir);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-promote-gate-'));
    try {
        const scratch = new Git(dir);
        await scratch.run(['init', '--quiet', '--bare']);
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'objects', 'info'), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'objects', 'info', 'alternates'), `${(0,external_node_path_.join)(gitDir, 'objects')}\n`);
        await (0,promises_.copyFile)((0,external_node_path_.join)(gitDir, 'shallow'), (0,external_node_path_.join)(dir, 'shallow')).catch(() => undefined);
        // The checkout's remotes and credentials (actions/checkout's extraheader) apply here too.
        await scratch.run(['config', 'include.path', (0,external_node_path_.join)(gitDir, 'config')]);
        await scratch.run(['config', 'core.bare', 'true']);
        const ref = 'refs/image-promote/gate';
        // By URL (a relative path would be read from the scratch directory); the included
        // configuration still supplies credentials for it.
        let url = (await git.run(['remote', 'get-url', remote])).stdout.trim();
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]+@[^/]+:/.test(url) && !(0,external_node_path_.isAbsolute)(url)) {
            url = (0,external_node_path_.resolve)(git.cwd, url);
        }
        const fetch = (depth) => scratch.run([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-recurse-submodules',
            ...depth,
            url,
            `+refs/heads/${branch}:${ref}`,
        ], { allowFailure: true });
        const count = async () => Number((await scratch.run(['rev-list', '--count', ref], { allowFailure: true })).stdout.trim() ||
            0);
        let fetched = await fetch(['--depth=1']);
        if (fetched.exitCode !== 0)
            throw new Error(`cannot fetch ${branch}: ${fetched.stderr.trim()}`);
        let seen = await count();
        for (const step of [0, ...DEEPEN_STEPS]) {
            if (step > 0) {
                fetched = await fetch([`--deepen=${step}`]);
                if (fetched.exitCode !== 0)
                    throw new Error(`cannot deepen: ${fetched.stderr.trim()}`);
                const now = await count();
                // Nothing new: the branch's whole history is here.
                if (now === seen)
                    return await scratch.isAncestor(head, ref);
                seen = now;
            }
            if (await scratch.isAncestor(head, ref))
                return true;
        }
        return false;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/engine/rollback.ts
/**
 * `tag: previous`: the values an image had before, from the overlay's git history.
 *
 * The history of an image's value is read oldest to newest as a stack of deploys: a new
 * value is pushed; a value that is already on the stack is a rollback to it, and everything
 * above it is popped (those values were rolled back from). `previous` is the entry under
 * the top, `previous~N` the N-th. So pressing `previous` twice goes two deploys back instead
 * of toggling between the bad version and the one before it, and a value that was rolled
 * back from is never a target again unless it is deployed anew. Entries that are no longer
 * in the registry, or have the digest that runs now (a release tag promoted from the `sha-`
 * tag before it), are skipped.
 *
 * Without image names, `previous` rolls back the last deploy: only the images whose current
 * value came in with the newest overlay commit that changed any image.
 */









/** How many commits that touched the overlay are read at most. */
const MAX_COMMITS = 300;
/** Two values name the same image: repository and tag, or (without a tag) the digest. */
function valueKey(v) {
    return [v.repository ?? '', v.tag ?? '', v.tag === undefined ? (v.digest ?? '') : ''].join('\0');
}
/**
 * The deploy stack of one image from its values oldest → newest (consecutive repeats
 * already collapsed). Returns the stack bottom → top.
 */
function deployStack(values) {
    // (oldest first)
    const stack = [];
    for (const v of values) {
        const key = valueKey(v.value);
        const at = stack.findIndex((s) => valueKey(s.value) === key);
        if (at !== -1)
            stack.splice(at + 1);
        else
            stack.push(v);
    }
    return stack;
}
/**
 * Newest first: the values each image had on the first-parent line of HEAD in the overlay
 * `state` was read from, run by run (a run is attributed to the commit that brought it in).
 * `git` is the repository that holds the file; a shallow clone is deepened as needed.
 */
async function valueHistory(git, state, images, logger) {
    const file = state.overlay.file;
    const top = await (0,promises_.realpath)(git.cwd);
    const path = (0,external_node_path_.relative)(top, await (0,promises_.realpath)(file))
        .split(external_node_path_.sep)
        .join('/');
    const history = new History(git, logger);
    const head = await git.resolveCommit('HEAD');
    const readLog = async () => {
        const r = await git.run(['log', '--first-parent', '--format=%H', `--max-count=${MAX_COMMITS}`, 'HEAD', '--', path], { allowFailure: true });
        if (r.exitCode !== 0)
            throw new Error(`git log of ${path} failed: ${r.stderr.trim()}`);
        return r.stdout.split('\n').filter(Boolean);
    };
    // In a shallow clone, deepen until the history holds enough different values (or all).
    const wanted = new Set(images.map((i) => i.name));
    let commits = [];
    let values = new Map();
    await history.deepenUntil(head ? [head] : [], async () => {
        commits = await readLog();
        values = await valuesAt(git, commits, path, state, images, logger);
        const enough = [...wanted].every((name) => {
            const distinct = new Set((values.get(name) ?? []).filter((v) => v !== undefined).map((v) => valueKey(v)));
            return distinct.size > 6;
        });
        return enough || commits.length >= MAX_COMMITS || !(await git.isShallow()) ? true : undefined;
    });
    const runs = new Map();
    for (const image of images) {
        const list = values.get(image.name) ?? [];
        const out = [];
        // Newest first; a run of equal values is attributed to its oldest commit. A commit
        // without the image (removed for a while) ends a run.
        let open = false;
        for (let i = 0; i < commits.length; i++) {
            const v = list[i];
            if (v === undefined) {
                open = false;
                continue;
            }
            const last = out[out.length - 1];
            if (open && last && valueKey(last.value) === valueKey(v))
                last.commit = commits[i];
            else
                out.push({ commit: commits[i], value: v });
            open = true;
        }
        runs.set(image.name, out);
    }
    return { runs, order: commits };
}
/** The images' values in the file at each commit, read with one `git cat-file --batch`. */
async function valuesAt(git, commits, path, state, images, logger) {
    const out = new Map(images.map((i) => [i.name, []]));
    if (commits.length === 0)
        return out;
    const r = await git.run(['cat-file', '--batch'], {
        input: commits.map((c) => `${c}:${path}\n`).join(''),
    });
    let at = 0;
    const text = r.stdout;
    for (const commit of commits) {
        const nl = text.indexOf('\n', at);
        const header = text.slice(at, nl);
        at = nl + 1;
        let content;
        const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (m) {
            const end = endOfBytes(text, at, Number(m[1]));
            content = text.slice(at, end);
            at = end + 1;
        }
        let parsed;
        if (content !== undefined) {
            try {
                parsed = readOverlayText(content, state.overlay, images);
            }
            catch (err) {
                logger.debug(`rollback: ${commit.slice(0, 7)}:${path} does not parse: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
        for (const image of images) {
            out.get(image.name)?.push(parsed ? overlayValue(parsed, image.name) : undefined);
        }
    }
    return out;
}
/** The index where `size` UTF-8 bytes of `text` starting at `at` end (git sizes are bytes). */
function endOfBytes(text, at, size) {
    if (Buffer.byteLength(text.slice(at, at + size), 'utf8') === size)
        return at + size;
    let bytes = 0;
    let i = at;
    while (bytes < size && i < text.length) {
        const code = text.codePointAt(i);
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        i += code >= 0x10000 ? 2 : 1;
    }
    return i;
}
function repositoryOf(value, image) {
    if (value.repository === undefined)
        return image.repository;
    const parsed = (0,reference/* tryParseReference */.WF)(value.repository);
    return parsed.ok ? parsed.ref : image.repository;
}
/** Rollback facts for the images a `previous` applies to. */
async function rollbackFacts(deps, overlays, images, gitFor) {
    const request = deps.config.tag;
    const steps = request?.kind === 'previous' ? request.steps : 1;
    const named = request?.kind === 'previous' ? request.images : undefined;
    const result = new Map();
    const byOverlay = new Map();
    for (const f of images) {
        const state = overlays.find((s) => s.overlay.path === f.deployed?.overlay);
        if (!state) {
            if (!named || named.includes(f.image.name)) {
                result.set(f.image.name, {
                    problem: `no overlay names ${f.image.name}, so it has no history to roll back in`,
                });
            }
            continue;
        }
        byOverlay.set(state, [...(byOverlay.get(state) ?? []), f]);
    }
    // Which images the last deploy changed, when no names were given.
    const since = new Map();
    const runsOf = new Map();
    for (const [state, group] of byOverlay) {
        let history;
        try {
            history = await valueHistory(await gitFor(state.overlay.file), state, group.map((f) => f.image), deps.logger);
        }
        catch (err) {
            for (const f of group)
                result.set(f.image.name, { problem: (0,errors/* errorMessage */.gJ)(err) });
            continue;
        }
        for (const f of group) {
            const runs = history.runs.get(f.image.name) ?? [];
            runsOf.set(f.image.name, runs);
            const current = runs[0];
            since.set(f.image.name, current ? history.order.indexOf(current.commit) : Infinity);
        }
    }
    const newest = Math.min(...[...since.values()]);
    for (const f of images) {
        const runs = runsOf.get(f.image.name);
        if (!runs)
            continue;
        if (!named && !Number.isFinite(newest)) {
            result.set(f.image.name, {
                problem: `the overlay's history does not show when ${f.image.name} got its current value`,
            });
            continue;
        }
        if (named ? !named.includes(f.image.name) : since.get(f.image.name) !== newest)
            continue;
        result.set(f.image.name, await target(deps, f, runs, steps));
    }
    return result;
}
/**
 * Where `previous` can go, nearest first: the deploy stack below what runs now (`runs` are
 * newest first, as valueHistory gives them). Values that were rolled back from are not on it.
 */
function rollbackCandidates(runs) {
    return deployStack([...runs].reverse())
        .slice(0, -1)
        .reverse();
}
async function target(deps, f, runs, steps) {
    const current = found(f.deployed?.image);
    const skipped = [];
    let remaining = steps;
    for (const entry of rollbackCandidates(runs)) {
        const { value } = entry;
        if (value.tag === undefined && value.digest === undefined)
            continue;
        const repository = repositoryOf(value, f.image);
        const image = await lookup(deps, repository, value.tag, value.digest);
        const label = value.tag ?? value.digest ?? '?';
        if (isProblem(image))
            return { problem: image.problem };
        if (!image) {
            skipped.push(`${label} (no longer in the registry)`);
            continue;
        }
        if (current && image.digest === current.digest) {
            skipped.push(`${label} (the image that runs now)`);
            continue;
        }
        remaining--;
        if (remaining === 0) {
            return {
                target: { value, image: { ...image, tag: value.tag ?? '' }, commit: entry.commit, skipped },
            };
        }
    }
    const depth = steps === 1 ? 'earlier deploy' : `${steps} earlier deploys`;
    return {
        problem: `the overlay's history has no ${depth} of ${f.image.name} to roll back to${skipped.length ? ` (skipped ${skipped.join(', ')})` : ''}; values that were rolled back from are never returned to`,
    };
}

;// CONCATENATED MODULE: ./src/engine/facts.ts
/**
 * Gathering the facts a decision needs, once: the tree of the commit being deployed and the
 * images' source keys, what the overlays run, what the registry holds (every digest computed
 * from bytes by the registry layer), the commits the deployed images came from and what
 * changed since, the release gate and rollback targets. Lookups run in parallel; a registry
 * that cannot answer becomes a `problem` fact, never a guess.
 */

















const REVISION_LABEL = 'org.opencontainers.image.revision';
/** The images this run decides: one in a matrix job, the plan's in a deploy job, else all. */
function selectedImages(config) {
    if (config.matrixImage)
        return config.images.filter((i) => i.name === config.matrixImage);
    if (config.fromPlan) {
        const names = new Set(config.fromPlan.map((p) => p.name));
        return config.images.filter((i) => names.has(i.name));
    }
    return config.images;
}
/** Looks a tag (or digest) up; a registry that cannot answer gives a problem, not a throw. */
async function lookup(deps, repository, tag, digest) {
    const ref = refFor(repository, digest ? undefined : tag, digest);
    try {
        const registry = await deps.registries.forReference(ref);
        const descriptor = await registry.resolve(ref);
        if (!descriptor)
            return undefined;
        return { repository, tag: tag ?? '', digest: descriptor.digest };
    }
    catch (err) {
        return { problem: (0,errors/* errorMessage */.gJ)(err) };
    }
}
/** The revision label of an image, or undefined when it has none (or cannot be read). */
async function revisionOf(deps, image) {
    try {
        const registry = await deps.registries.forReference(image.repository);
        const config = await registry.imageConfig(refFor(image.repository, undefined, image.digest));
        const revision = config?.labels[REVISION_LABEL];
        return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined;
    }
    catch (err) {
        deps.logger.debug(`cannot read the labels of ${image.repository.name}@${image.digest}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
function facts_repositoryOf(value, image) {
    if (value.repository === undefined)
        return image.repository;
    const parsed = (0,reference/* tryParseReference */.WF)(value.repository);
    return parsed.ok ? refFor(parsed.ref) : image.repository;
}
/** The commit a deployed image was built from: its tag, its git tag, or its revision label. */
async function deployedCommit(deps, history, value, image) {
    const { git, config } = deps;
    const tag = value.tag;
    const prefix = tag
        ? [config.tagTemplate, config.prTagTemplate]
            .map((t) => shaExtractor(t)?.(tag))
            .find((p) => p !== undefined)
        : undefined;
    if (prefix) {
        const sha = await git.resolveCommit(prefix);
        if (sha)
            return { sha, via: 'tag' };
    }
    if (tag && isVersionTag(tag)) {
        const sha = await history.ensureTag(tag);
        if (sha)
            return { sha, via: 'git-tag' };
    }
    if (image) {
        const revision = image.revision ?? (await revisionOf(deps, image));
        if (revision &&
            (!prefix || revision.startsWith(prefix)) &&
            (await history.ensureCommit(revision))) {
            return { sha: revision, via: 'label' };
        }
    }
    if (prefix) {
        // Images built elsewhere have no label: find the commit in (deepened) history.
        const sha = await history.deepenUntil([deps.trigger.head], () => git.resolveCommit(prefix));
        if (sha)
            return { sha, via: 'tag' };
    }
    return undefined;
}
async function headTree(deps, history) {
    const head = deps.trigger.head;
    try {
        if (!(await history.ensureCommit(head))) {
            return {
                problem: `the commit ${head.slice(0, 7)} is not in the checkout and cannot be fetched`,
            };
        }
        return await readTree(deps.git, head);
    }
    catch (err) {
        return { problem: `cannot list the files of ${head.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
function classifier(config, images) {
    return new Classifier({
        deployPaths: config.deployPaths,
        ignorePaths: config.ignorePaths,
        images,
    });
}
async function gatherFacts(deps, placement) {
    const { config, policy, logger } = deps;
    const history = new History(deps.git, logger);
    const images = selectedImages(config);
    // The tree of the deployed commit and the overlays, at once.
    const [tree, overlays, fromOverlay] = await Promise.all([
        headTree(deps, history),
        readOverlayStates(placement.overlays, config.images),
        config.mode === 'promote' && placement.fromOverlay
            ? readOverlayStates([placement.fromOverlay], config.images)
            : Promise.resolve([]),
    ]);
    for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings))
        logger.warning(w);
    // Typos (a context or Dockerfile that does not exist, paths that match nothing) fail first.
    if (!('problem' in tree))
        checkSources(tree, images);
    const keys = 'problem' in tree ? undefined : sourceKeys(tree, images, config);
    const keyOf = (image) => {
        if ('problem' in tree)
            return { problem: tree.problem };
        const key = keys?.get(image.name);
        return key ?? { problem: 'internal error: no key computed' };
    };
    let primary;
    try {
        primary = policy.primary();
    }
    catch {
        // The decision reports the template problem per image.
    }
    const request = config.tag?.kind === 'tags' ? config.tag : undefined;
    const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));
    const perImage = await Promise.all(images.map(async (image) => {
        const source = keyOf(image);
        const deployedValue = valueIn(overlays, image);
        const deployedRepo = deployedValue ? facts_repositoryOf(deployedValue.value, image) : undefined;
        const sourceTag = 'key' in source ? policy.sourceTag(source.key) : undefined;
        const requestedTag = planned.get(image.name)?.tag ||
            (request ? (request.byImage[image.name] ?? request.all) : undefined);
        const promoteValue = valueIn(fromOverlay, image);
        const [sourceImage, deployedImage, primaryImage, releaseImage, requested, promoteImage] = await Promise.all([
            sourceTag ? lookup(deps, image.repository, sourceTag) : Promise.resolve(undefined),
            deployedValue && deployedRepo && (deployedValue.value.tag || deployedValue.value.digest)
                ? lookup(deps, deployedRepo, deployedValue.value.tag, deployedValue.value.digest)
                : Promise.resolve(undefined),
            primary ? lookup(deps, image.repository, primary) : Promise.resolve(undefined),
            policy.release
                ? lookup(deps, image.repository, policy.release)
                : Promise.resolve(undefined),
            requestedTag ? lookup(deps, image.repository, requestedTag) : Promise.resolve(undefined),
            promoteValue && (promoteValue.value.tag || promoteValue.value.digest)
                ? lookup(deps, facts_repositoryOf(promoteValue.value, image), promoteValue.value.tag, promoteValue.value.digest)
                : Promise.resolve(undefined),
        ]);
        // Where a reused or promoted image came from: read its revision label.
        const sourceFound = found(sourceImage);
        if (sourceFound && sourceFound.digest !== found(deployedImage)?.digest) {
            const revision = await revisionOf(deps, sourceFound);
            if (revision)
                sourceFound.revision = revision;
        }
        const facts = {
            image,
            source,
            comparison: { rule: 'unknown', change: { kind: 'none' } },
            ...(sourceTag ? { sourceImage } : {}),
            ...(primary ? { primaryImage } : {}),
            ...(policy.release ? { releaseImage } : {}),
        };
        if (deployedValue && deployedRepo) {
            facts.deployed = {
                overlay: deployedValue.overlay,
                value: deployedValue.value,
                repository: deployedRepo,
                image: deployedImage,
            };
        }
        if (requestedTag)
            facts.requested = { tag: requestedTag, image: requested, repository: image.repository };
        if (promoteValue) {
            facts.promoteSource = {
                overlay: promoteValue.overlay,
                value: promoteValue.value,
                repository: facts_repositoryOf(promoteValue.value, image),
                image: promoteImage,
            };
        }
        const plan = planned.get(image.name);
        if (plan)
            facts.planned = plan;
        return facts;
    }));
    const [withComparison, gate, rollback] = await Promise.all([
        compare(deps, history, perImage, tree, overlays),
        needsGate(config, deps) ? releaseGate(deps) : Promise.resolve(undefined),
        config.mode === 'rollback' || config.tag?.kind === 'previous'
            ? rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file))
            : Promise.resolve(undefined),
    ]);
    const facts = {
        images: withComparison.images.map((f) => {
            const rb = rollback?.get(f.image.name);
            return rb ? { ...f, rollback: rb } : f;
        }),
        overlays,
        ...(gate ? { gate } : {}),
        ...(withComparison.changes ? { changes: withComparison.changes } : {}),
    };
    return facts;
}
/**
 * Drops the target overlays from a change list when they differ from `base` only in the
 * images' values (the commit that deployed what runs): writing today's values into the old
 * file must give today's file, byte for byte.
 */
async function withoutOwnDeploys(deps, base, files, overlays) {
    const own = new Set();
    await Promise.all(overlays.map(async (state) => {
        const path = state.overlay.path;
        if (!files.includes(path))
            return;
        const old = await deps.git.run(['show', `${base}:${path}`], { allowFailure: true });
        if (old.exitCode !== 0)
            return;
        try {
            const updates = deps.config.images.flatMap((image) => {
                const v = overlayValue(state, image.name);
                if (!v)
                    return [];
                return [{ image, repository: facts_repositoryOf(v, image).name, ...v }];
            });
            const before = readOverlayText(old.stdout, state.overlay, deps.config.images);
            const planned = planOverlayEdit(before, updates, {
                pinDigest: false,
                createMissing: false,
                isImmutable: () => true,
            });
            if (planned.after === state.text)
                own.add(path);
        }
        catch {
            // Not a pure value change (or not plannable): it counts as deploy config.
        }
    }));
    return own.size === 0 ? files : files.filter((f) => !own.has(f));
}
function needsGate(config, deps) {
    const kind = deps.trigger.kind;
    return ((kind === 'tag' || kind === 'release') &&
        !deps.trigger.deleted &&
        (config.mode === 'auto' || config.mode === 'plan' || config.mode === 'promote'));
}
/** The value the first target overlay that names the image holds. */
function valueIn(states, image) {
    for (const state of states) {
        const v = overlayValue(state, image.name);
        if (v)
            return { overlay: state.overlay.path, value: v };
    }
    return undefined;
}
/**
 * The explanation: for each image, what changed between the commit it runs (when that is
 * known) and the commit being deployed; the others share the event rule's change list.
 * Also the source key at each deployed commit, for adopting images built before source tags.
 */
async function compare(deps, history, images, headTreeOrProblem, overlays) {
    const { config, trigger } = deps;
    const head = trigger.head;
    // Deployed commits, per image (in parallel; fetches are by exact SHA or tag).
    const commits = await Promise.all(images.map((f) => f.deployed && !('problem' in headTreeOrProblem)
        ? deployedCommit(deps, history, f.deployed.value, found(f.deployed.image)).catch((err) => {
            deps.logger.debug(`${f.image.name}: cannot find the deployed commit: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return undefined;
        })
        : Promise.resolve(undefined)));
    const byCommit = new Map();
    commits.forEach((c, i) => {
        if (c)
            byCommit.set(c.sha, [...(byCommit.get(c.sha) ?? []), i]);
    });
    const out = images.map((f) => ({ ...f }));
    for (const [sha, indices] of byCommit) {
        const group = indices.map((i) => out[i].image);
        try {
            const [changed, tree] = await Promise.all([
                sha === head ? Promise.resolve([]) : gitChangedFiles(deps.git, sha, head),
                readTree(deps.git, sha),
            ]);
            // The deploy that wrote the running value into the overlay is not news.
            const files = await withoutOwnDeploys(deps, sha, changed, overlays);
            const changes = classifier(config, group).classify(files);
            const keys = sourceKeys(tree, group, config);
            for (const i of indices) {
                const f = out[i];
                const commit = commits[i];
                if (!f.deployed || !commit)
                    continue;
                const key = keys.get(f.image.name)?.key;
                f.deployed = { ...f.deployed, commit, ...(key ? { sourceKey: key } : {}) };
                f.comparison = {
                    base: sha,
                    rule: 'deployed',
                    change: changes.get(f.image.name) ?? { kind: 'none' },
                };
            }
        }
        catch (err) {
            deps.logger.debug(`cannot compare ${sha.slice(0, 7)} with ${head.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            for (const i of indices)
                commits[i] = undefined;
        }
    }
    const rest = out
        .map((_f, i) => (commits[i] ? undefined : i))
        .filter((i) => i !== undefined);
    if (rest.length === 0)
        return { images: out };
    const changes = await detectChanges(trigger, {
        git: deps.git,
        logger: deps.logger,
        ...(deps.api ? { api: deps.api } : {}),
    });
    const group = rest.map((i) => out[i].image);
    const classified = changes.complete
        ? classifier(config, group).classify(changes.files)
        : new Map(group.map((g) => [g.name, { kind: 'code', untrusted: changes.note ?? 'unknown base' }]));
    for (const i of rest) {
        const f = out[i];
        const comparison = {
            rule: changes.baseRule,
            change: classified.get(f.image.name) ?? { kind: 'none' },
            ...(changes.base ? { base: changes.base } : {}),
            ...(changes.complete ? {} : { note: changes.note ?? 'unknown base' }),
        };
        f.comparison = comparison;
    }
    return { images: out, changes };
}

// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/gitops/auth.ts
/** The user name GitHub expects with a token over Basic auth. */
const TOKEN_USER = 'x-access-token';
/** True for a URL git reaches over HTTP(S), the only transport a token applies to. */
function isHttpUrl(url) {
    return /^https?:\/\//i.test(url);
}
/** The value of the Authorization header git sends (the secret form of the token). */
function basicCredentials(token) {
    return Buffer.from(`${TOKEN_USER}:${token}`, 'utf8').toString('base64');
}
/**
 * Environment entries that make git send `token` to `url` and to nothing else. Appends to
 * the GIT_CONFIG_* entries `base` already has (they would otherwise be overwritten). The
 * empty value first resets any extra header configured elsewhere (a persisted
 * actions/checkout credential, a global config): two Authorization headers fail on GitHub.
 * Registers the token and the header with the redactor through `logger.mask`.
 */
function tokenEnv(url, token, logger, base = process.env) {
    const credentials = basicCredentials(token);
    logger.mask(token);
    logger.mask(credentials);
    const existing = Number.parseInt(base.GIT_CONFIG_COUNT ?? '', 10);
    const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
    const key = `http.${url}.extraheader`;
    return {
        GIT_CONFIG_COUNT: String(start + 2),
        [`GIT_CONFIG_KEY_${start}`]: key,
        [`GIT_CONFIG_VALUE_${start}`]: '',
        [`GIT_CONFIG_KEY_${start + 1}`]: key,
        [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${credentials}`,
        // Traces (GIT_TRACE_CURL) keep Authorization headers out; make sure nobody turned that off.
        GIT_TRACE_REDACT: '1',
    };
}
/** `url` without the user-info part (`https://user:pass@host/x` → `https://host/x`). */
function withoutCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

;// CONCATENATED MODULE: ./src/gitops/commit.ts
/**
 * Commit the overlay files (and nothing else) and push, retrying when the branch moved:
 * fetch it, move onto it keeping the working tree, restore the overlay files from it, let the
 * caller re-apply its edit to that content, commit again. Two writers racing on one branch
 * both land, each edit applied to the other's result. This module never writes an overlay
 * file itself: re-applying (and re-checking where the file may be written) is the caller's.
 */





const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
const BOT_ENV = {
    GIT_AUTHOR_NAME: BOT_NAME,
    GIT_AUTHOR_EMAIL: BOT_EMAIL,
    GIT_COMMITTER_NAME: BOT_NAME,
    GIT_COMMITTER_EMAIL: BOT_EMAIL,
};
// What git says when the remote branch moved (or a concurrent push won the ref lock).
const RETRYABLE = /non-fast-forward|fetch first|\[rejected\]|cannot lock ref|failed to update ref|stale info|incorrect old value/i;
function backoff(attempt) {
    return Math.min(15000, 1000 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 250);
}
const defaultSleep = (ms) => new Promise((resolve) => {
    setTimeout(resolve, ms);
});
/**
 * The pathspecs of `files` (absolute, or relative to git.cwd): relative to git.cwd,
 * `/`-separated. Symlinked overlays are edited through their target, so that is what gets
 * committed; a file outside the repository is refused.
 */
async function repositoryPaths(git, files) {
    const cwd = await (0,promises_.realpath)(git.cwd);
    const top = await (0,promises_.realpath)(await git.topLevel());
    return Promise.all(files.map(async (f) => {
        const real = await (0,promises_.realpath)((0,external_node_path_.resolve)(git.cwd, f));
        const inTop = (0,external_node_path_.relative)(top, real);
        if (inTop === '' || inTop.startsWith('..') || (0,external_node_path_.isAbsolute)(inTop)) {
            throw new errors/* UserError */.yo(`${f} is not inside the git repository at ${top}`);
        }
        return (0,external_node_path_.relative)(cwd, real).split(external_node_path_.sep).join('/');
    }));
}
async function headCommit(git) {
    return (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
}
/** Commits `paths` if they differ from HEAD; returns whether a commit was made. */
async function commitPaths(git, paths, message) {
    await git.run(['add', '--', ...paths]);
    const staged = await git.run(['diff', '--cached', '--quiet', '--', ...paths], {
        allowFailure: true,
    });
    if (staged.exitCode === 0)
        return false;
    // --only: other staged changes stay out; hooks and signing are the repository's business,
    // not an automated deploy commit's. The message comes through stdin, never argv.
    await git.run([
        '-c',
        'commit.gpgsign=false',
        'commit',
        '--no-verify',
        '--only',
        '--quiet',
        '--file=-',
        '--',
        ...paths,
    ], { env: BOT_ENV, input: (0,src_redact/* redact */.E$)(message) });
    return true;
}
/** The checked-out branch, or undefined on a detached HEAD. */
async function checkedOutBranch(git) {
    const r = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
    const branch = r.stdout.trim();
    return r.exitCode === 0 && branch !== '' ? branch : undefined;
}
async function currentBranch(git) {
    const branch = await checkedOutBranch(git);
    if (branch === undefined) {
        throw new errors/* UserError */.yo('cannot push the overlay commit: HEAD is detached and no branch was given');
    }
    return branch;
}
/** Fetches `branch` from `remote` and returns its tip (FETCH_HEAD). */
async function fetchBranchTip(git, remote, branch) {
    const r = await git.run(['fetch', '--no-tags', '--no-recurse-submodules', remote, `refs/heads/${branch}`], { allowFailure: true });
    if (r.exitCode !== 0) {
        throw new errors/* UserError */.yo((0,src_redact/* redact */.E$)(`cannot fetch ${branch} from ${remote}: ${lastLine(r.stderr) || 'git fetch failed'}`));
    }
    return (await git.run(['rev-parse', 'FETCH_HEAD'])).stdout.trim();
}
function lastLine(text) {
    return text.trim().split('\n').pop()?.trim() ?? '';
}
/** True when the work tree's `paths` have the content they have in `commit`. */
async function holds(git, commit, paths) {
    const r = await git.run(['diff', '--quiet', commit, '--', ...paths], { allowFailure: true });
    return r.exitCode === 0;
}
async function commitOverlays(git, params) {
    const logger = params.logger ?? log/* silentLogger */.q;
    const sleep = params.sleep ?? defaultSleep;
    const remote = params.remote ?? 'origin';
    const maxAttempts = Math.max(1, params.maxAttempts ?? 5);
    const paths = await repositoryPaths(git, params.files);
    // Know where to push before committing, so a failure leaves no commit behind.
    const branch = params.push ? (params.branch ?? (await currentBranch(git))) : undefined;
    let committed = await commitPaths(git, paths, params.message);
    if (branch === undefined) {
        return { sha: await headCommit(git), committed, pushed: false, attempts: 0 };
    }
    /** Moves onto `tip` and re-applies the edit there; returns whether that made a commit. */
    const rebaseOnto = async (tip) => {
        // Keep the working tree (build output, other changes) as is; only the overlay files are
        // reset to the tip's content before the edit is re-applied.
        await git.run(['reset', '--quiet', tip]);
        await git.run(['checkout', tip, '--', ...paths]);
        await params.reapply(params.files);
        return commitPaths(git, paths, params.message);
    };
    if (!committed) {
        // Nothing new here. The change counts as landed only when the remote branch holds it;
        // do not push whatever else the local branch may hold.
        const tip = await fetchBranchTip(git, remote, branch);
        const head = await headCommit(git);
        if (tip === head || (await holds(git, tip, paths))) {
            return { sha: tip, committed: false, pushed: false, attempts: 0 };
        }
        if (!(await git.isAncestor(head, tip))) {
            throw new errors/* UserError */.yo(`${remote} ${branch} does not have the overlay change, and it is in local commits that ${remote} does not have: push them, or reset ${branch} to ${remote}/${branch} and run again`);
        }
        logger.info(`${branch} moved on ${remote}; applying the overlay change on top of it`);
        committed = await rebaseOnto(tip);
        if (!committed)
            return { sha: tip, committed: false, pushed: false, attempts: 0 };
    }
    for (let attempt = 1;; attempt++) {
        const push = await git.run(['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`], {
            allowFailure: true,
        });
        if (push.exitCode === 0)
            return { sha: await headCommit(git), committed, pushed: true, attempts: attempt };
        const output = `${push.stdout}\n${push.stderr}`.trim();
        if (!RETRYABLE.test(output)) {
            throw new errors/* UserError */.yo((0,src_redact/* redact */.E$)(`git push to ${remote} ${branch} failed: ${push.stderr.trim() || output}`));
        }
        if (attempt >= maxAttempts) {
            throw new errors/* UserError */.yo(`could not push the overlay commit to ${remote} ${branch} after ${attempt} attempts: the branch kept moving`);
        }
        const wait = backoff(attempt);
        logger.info(`${branch} moved on ${remote}; re-applying the overlay change on top (attempt ${attempt + 1} of ${maxAttempts}, in ${wait} ms)`);
        await sleep(wait);
        const tip = await fetchBranchTip(git, remote, branch);
        committed = await rebaseOnto(tip);
        if (!committed) {
            logger.info(`${remote} ${branch} already has the overlay change; nothing to push`);
            return { sha: tip, committed: false, pushed: false, attempts: attempt };
        }
    }
}

;// CONCATENATED MODULE: ./src/gitops/repository.ts
/**
 * Which git repository holds an overlay file. A second checkout inside the workspace
 * (actions/checkout with `path: gitops`) is its own repository: its overlays are committed
 * and pushed there, never in the outer one. Overlays in several repositories give one
 * commit per repository.
 */








/** `owner/name` from a GitHub-style remote URL, or undefined. */
function githubRepositoryOf(url) {
    const clean = withoutCredentials(url.trim());
    const m = /^(?:https?|ssh|git):\/\/[^/]+\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(clean) ??
        /^[\w.-]+@[\w.-]+:\/?([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(clean);
    if (!m?.[1] || !m[2])
        return undefined;
    return { owner: m[1], repo: m[2] };
}
function labelOf(root, workspace) {
    if (workspace === undefined)
        return root;
    const rel = (0,external_node_path_.relative)(workspace, root);
    if (rel === '')
        return '.';
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return root;
    return rel.split(external_node_path_.sep).join('/');
}
async function realDirOf(file) {
    try {
        return (0,external_node_path_.dirname)(await (0,promises_.realpath)(file));
    }
    catch {
        // Not there (yet): its directory decides.
        try {
            return await (0,promises_.realpath)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)));
        }
        catch {
            throw new errors/* UserError */.yo(`${file}: neither the file nor its directory exists`);
        }
    }
}
async function remoteOf(git, branch) {
    if (branch !== undefined) {
        const configured = await git.run(['config', '--get', `branch.${branch}.remote`], {
            allowFailure: true,
        });
        const name = configured.stdout.trim();
        // `.` means "this repository": nothing to push to.
        if (configured.exitCode === 0 && name !== '' && name !== '.')
            return name;
    }
    const remotes = await git.remotes();
    return remotes.includes('origin') ? 'origin' : remotes[0];
}
/** The real path of the top-level directory of the repository that holds `file`. */
async function topLevelOf(file, options) {
    const dir = await realDirOf((0,external_node_path_.resolve)(options.cwd ?? process.cwd(), file));
    const probe = new Git(dir, options.logger ?? log/* silentLogger */.q, options.exec ?? exec/* exec */.m0, {
        ...options.gitEnv,
    });
    const top = await probe.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (top.exitCode !== 0 || top.stdout.trim() === '') {
        throw new errors/* UserError */.yo(`${file} is not inside a git repository, so its change cannot be committed: check the overlay out with git (actions/checkout), or set overlay-repository`);
    }
    return (0,promises_.realpath)(top.stdout.trim());
}
/** The git repository that holds `file`, with its branch and remote. */
async function locateRepository(file, options = {}) {
    const logger = options.logger ?? log/* silentLogger */.q;
    const execFn = options.exec ?? exec/* exec */.m0;
    const gitEnv = options.gitEnv ?? {};
    const root = await topLevelOf(file, options);
    let git = new Git(root, logger, execFn, gitEnv);
    const workspaceRoot = options.workspace === undefined ? undefined : await (0,promises_.realpath)(options.workspace);
    const checkedOut = await checkedOutBranch(git);
    const isWorkspaceRepository = workspaceRoot === undefined || workspaceRoot === root;
    const branch = checkedOut ?? (isWorkspaceRepository ? options.branch : undefined);
    const remote = await remoteOf(git, checkedOut);
    let remoteUrl;
    if (remote !== undefined) {
        const r = await git.run(['remote', 'get-url', remote], { allowFailure: true });
        if (r.exitCode === 0 && r.stdout.trim() !== '')
            remoteUrl = r.stdout.trim();
    }
    if (options.token && remoteUrl !== undefined && isHttpUrl(remoteUrl)) {
        git = new Git(root, logger, execFn, {
            ...gitEnv,
            ...tokenEnv(withoutCredentials(remoteUrl), options.token, logger, {
                ...process.env,
                ...gitEnv,
            }),
        });
    }
    const github = remoteUrl === undefined ? undefined : githubRepositoryOf(remoteUrl);
    return {
        root,
        label: labelOf(root, workspaceRoot),
        git,
        ...(branch !== undefined ? { branch } : {}),
        ...(remote !== undefined ? { remote } : {}),
        ...(remoteUrl !== undefined ? { remoteUrl: withoutCredentials(remoteUrl) } : {}),
        ...(github ? { github } : {}),
    };
}
/** Groups `files` by the repository that holds them, in the order they first appear. */
async function repository_groupByRepository(files, options = {}) {
    const groups = [];
    for (const given of files) {
        const file = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), given);
        const root = await topLevelOf(file, options);
        let group = groups.find((g) => g.repository.root === root);
        if (!group) {
            group = { repository: await locateRepository(file, options), files: [] };
            groups.push(group);
        }
        if (!group.files.includes(file))
            group.files.push(file);
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/gitops/clone.ts
/**
 * `overlay-repository`: the overlays live in another repository. It is cloned shallow
 * (`--depth=1`), partial (`--filter=blob:none`) and sparse (only the overlay files'
 * directories) into a temporary directory, edited and committed there, and removed at the
 * end. The token travels only in git's environment (see ./auth.ts).
 */











const OWNER_NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
/** The clone URL: `owner/name` on the run's GitHub server, or the URL as given. */
function repositoryUrl(repository, env = process.env) {
    if (!OWNER_NAME.test(repository))
        return repository;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repository.replace(/\.git$/, '')}.git`;
}
/** The directories a sparse checkout needs for `paths` (repository-relative). */
function sparseDirectories(paths) {
    const dirs = new Set();
    for (const p of paths) {
        const dir = external_node_path_.posix.dirname(p.replace(/\\/g, '/'));
        if (dir !== '.' && dir !== '')
            dirs.add(dir);
    }
    return [...dirs].sort();
}
function clone_lastLine(text) {
    return text.trim().split('\n').pop()?.trim() ?? '';
}
/** Clones `config.repository` for the overlay `paths` (relative to that repository). */
async function cloneOverlayRepository(config, paths, options = {}) {
    const logger = options.logger ?? log/* silentLogger */.q;
    const env = options.env ?? process.env;
    const execFn = options.exec ?? exec/* exec */.m0;
    const url = repositoryUrl(config.repository, env);
    const cleanUrl = withoutCredentials(url);
    const label = OWNER_NAME.test(config.repository) ? config.repository : cleanUrl;
    const gitEnv = { ...options.gitEnv };
    if (config.token) {
        if (isHttpUrl(url)) {
            Object.assign(gitEnv, tokenEnv(cleanUrl, config.token, logger, { ...process.env, ...gitEnv }));
        }
        else {
            logger.mask(config.token);
            logger.debug(`overlay-repository ${label} is not reached over HTTPS: the token is not used`);
        }
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempRoot ?? env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'image-promote-gitops-'));
    const cleanup = async () => {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    };
    try {
        const root = await (0,promises_.realpath)(dir);
        const git = new Git(root, logger, execFn, gitEnv);
        const tokenHint = config.token
            ? 'check that overlay-token can read it (contents: read; write to commit)'
            : 'a private repository needs overlay-token';
        let branch = config.branch;
        if (branch === undefined) {
            const r = await git.run(['ls-remote', '--symref', '--', url, 'HEAD'], { allowFailure: true });
            if (r.exitCode !== 0) {
                throw new errors/* UserError */.yo((0,src_redact/* redact */.E$)(`cannot read overlay-repository ${label}: ${clone_lastLine(r.stderr)} — ${tokenHint}`));
            }
            branch = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(r.stdout)?.[1];
            if (branch === undefined) {
                throw new errors/* UserError */.yo(`overlay-repository ${label} has no default branch (is it empty?); set overlay-branch`);
            }
        }
        logger.info(`cloning ${label} (${branch}, shallow, only the overlay directories)`);
        const clone = await git.run([
            'clone',
            '--quiet',
            '--depth=1',
            '--filter=blob:none',
            '--no-checkout',
            '--single-branch',
            '--no-tags',
            `--branch=${branch}`,
            '--',
            url,
            '.',
        ], { allowFailure: true });
        if (clone.exitCode !== 0) {
            const why = clone_lastLine(clone.stderr);
            throw new errors/* UserError */.yo((0,src_redact/* redact */.E$)(/Remote branch .* not found/i.test(why)
                ? `overlay-branch ${branch} does not exist in ${label}`
                : `cannot clone overlay-repository ${label}: ${why} — ${tokenHint}`));
        }
        await git.run(['sparse-checkout', 'set', '--cone', '--stdin'], {
            input: sparseDirectories(paths).join('\n') + '\n',
        });
        await git.run(['checkout', '--quiet', branch]);
        for (const p of paths) {
            const found = await (0,promises_.stat)((0,external_node_path_.join)(root, p)).then((s) => s.isFile(), () => false);
            if (!found) {
                throw new errors/* UserError */.yo(`overlay ${p} does not exist in ${label} (branch ${branch})`);
            }
        }
        const history = new History(git, logger);
        const [owner = '', name = ''] = config.repository.split('/');
        const github = OWNER_NAME.test(config.repository)
            ? { owner, repo: name.replace(/\.git$/, '') }
            : githubRepositoryOf(cleanUrl);
        return {
            root,
            label,
            git,
            branch,
            remote: 'origin',
            remoteUrl: cleanUrl,
            ...(github ? { github } : {}),
            async deepenUntil(found) {
                const head = await git.resolveCommit('HEAD');
                return history.deepenUntil(head ? [head] : [], found);
            },
            cleanup,
        };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/gitops/github.ts
/**
 * The pull requests `commit: pull-request` opens and updates, through the GitHub REST API
 * with the toolkit's Octokit. @actions/github is imported lazily: most runs never open a
 * pull request and must not load it.
 */



function pullOf(p) {
    return { number: p.number, url: p.html_url, title: p.title, body: p.body ?? '' };
}
/** An API failure as something a user can act on, without anything the server echoed back. */
function apiError(err, what, options) {
    const status = err.status;
    const message = err instanceof Error ? err.message : String(err);
    const where = `${options.owner}/${options.repo}`;
    const hint = status === 401
        ? 'the token was refused; check overlay-token / github-token'
        : status === 403 || status === 404
            ? `the token needs "pull-requests: write" and "contents: write" on ${where} (a fine-grained token or a GitHub App token for another repository; the job token only reaches its own)`
            : status === 422
                ? 'GitHub refused the pull request (is the branch based on the target branch, and are pull requests enabled?)'
                : undefined;
    return new errors/* UserError */.yo((0,src_redact/* redact */.E$)(`could not ${what} in ${where}: ${message}${typeof status === 'number' ? ` (HTTP ${status})` : ''}${hint ? ` — ${hint}` : ''}`));
}
async function createPullRequestApi(options) {
    const logger = options.logger ?? log/* silentLogger */.q;
    logger.mask(options.token);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    const { owner, repo } = options;
    return {
        async findOpen(head, base) {
            try {
                const pulls = await octokit.paginate(octokit.rest.pulls.list, {
                    owner,
                    repo,
                    state: 'open',
                    head: `${owner}:${head}`,
                    base,
                    per_page: 100,
                });
                const found = pulls.find((p) => p.head.ref === head && p.base.ref === base);
                return found ? pullOf(found) : undefined;
            }
            catch (err) {
                throw apiError(err, 'list pull requests', options);
            }
        },
        async create(head, base, fields) {
            try {
                const r = await octokit.rest.pulls.create({ owner, repo, head, base, ...fields });
                return pullOf(r.data);
            }
            catch (err) {
                throw apiError(err, `open a pull request from ${head} into ${base}`, options);
            }
        },
        async update(number, fields) {
            try {
                const r = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...fields });
                return pullOf(r.data);
            }
            catch (err) {
                throw apiError(err, `update pull request #${number}`, options);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/gitops/pull-request.ts
/**
 * `commit: pull-request`: the overlay change as one commit on top of the target branch's
 * tip, force-pushed to a branch image-promote owns (`image-promote/<environment>`), and one
 * pull request from it, opened or updated. The commit is built with a private index and
 * `commit-tree`: the checkout's branch, HEAD and index stay as they were.
 *
 * Idempotent: when the branch already holds exactly this change (same parent, same tree)
 * nothing is pushed, and an open pull request is returned as it is (its title and body
 * updated only when they differ).
 */






/** Subject → title; the rest (after the blank line) → body. */
function pullRequestFields(message) {
    const text = (0,src_redact/* redact */.E$)(message).replace(/\r\n/g, '\n').trim();
    const [subject = '', ...rest] = text.split('\n');
    return { title: subject.trim(), body: rest.join('\n').trim() };
}
/** Tree and parents from the raw commit object (a shallow clone's grafts do not hide them). */
async function commitInfo(repo, commit) {
    const r = await repo.git.run(['cat-file', 'commit', commit], { allowFailure: true });
    if (r.exitCode !== 0)
        return undefined;
    const header = r.stdout.split('\n\n')[0] ?? '';
    const tree = /^tree ([0-9a-f]+)$/m.exec(header)?.[1];
    if (tree === undefined)
        return undefined;
    const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? '');
    return { tree, parents };
}
/** The tip of `branch` on the remote, or undefined when the branch does not exist. */
async function remoteBranchTip(repo, remote, branch) {
    const r = await repo.git.run(['ls-remote', '--heads', remote, `refs/heads/${branch}`], {
        allowFailure: true,
    });
    if (r.exitCode !== 0) {
        throw new errors/* UserError */.yo((0,src_redact/* redact */.E$)(`cannot read the branches of ${repo.label}: ${r.stderr.trim().split('\n').pop()}`));
    }
    const line = r.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split('\t')[0];
}
/** The tree of the target's tip with the work tree's `paths`, written with a private index. */
async function treeWith(repo, base, paths) {
    const gitDir = (await repo.git.run(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    const index = (0,external_node_path_.join)(gitDir, `image-promote-${process.pid}-${Date.now()}.index`);
    const env = { GIT_INDEX_FILE: index };
    try {
        await repo.git.run(['read-tree', base], { env });
        await repo.git.run(['update-index', '--add', '--remove', '--', ...paths], { env });
        return (await repo.git.run(['write-tree'], { env })).stdout.trim();
    }
    finally {
        await (0,promises_.rm)(index, { force: true });
    }
}
async function proposeChange(repo, params) {
    const logger = params.logger ?? log/* silentLogger */.q;
    const { remote } = repo;
    const base = params.base ?? repo.branch;
    if (remote === undefined) {
        throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: the repository has no remote to push to`);
    }
    if (base === undefined) {
        throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: HEAD is detached and no target branch was given; check out a branch`);
    }
    if (base === params.head) {
        throw new errors/* UserError */.yo(`pull-request-branch "${params.head}" is the branch the pull request targets; choose another one`);
    }
    const paths = await repositoryPaths(repo.git, params.files);
    const baseTip = await fetchBranchTip(repo.git, remote, base);
    // The edit was made on HEAD's content; when the target has other content, redo it there.
    const head = await headCommit(repo.git);
    const differ = await repo.git.run(['diff', '--quiet', head, baseTip, '--', ...paths], {
        allowFailure: true,
    });
    if (differ.exitCode !== 0) {
        logger.info(`${base} has moved on ${remote}; applying the overlay change on top of it`);
        await repo.git.run(['restore', `--source=${baseTip}`, '--worktree', '--', ...paths]);
        await params.reapply(params.files);
    }
    const tree = await treeWith(repo, baseTip, paths);
    const baseInfo = await commitInfo(repo, baseTip);
    if (baseInfo?.tree === tree) {
        logger.info(`${base} already has the overlay change; no pull request needed`);
        return { commit: baseTip, committed: false, pushed: false, branch: params.head };
    }
    const fields = pullRequestFields(params.message);
    const branchTip = await remoteBranchTip(repo, remote, params.head);
    let commit;
    if (branchTip !== undefined) {
        await repo.git.run(['fetch', '--no-tags', '--no-recurse-submodules', remote, `refs/heads/${params.head}`], { allowFailure: true });
        const info = await commitInfo(repo, branchTip);
        if (info?.tree === tree && info.parents.length === 1 && info.parents[0] === baseTip) {
            commit = branchTip;
        }
    }
    let pushed = false;
    const committed = commit === undefined;
    if (commit === undefined) {
        commit = (await repo.git.run(['commit-tree', tree, '-p', baseTip, '-F', '-'], {
            env: BOT_ENV,
            input: (0,src_redact/* redact */.E$)(params.message),
        })).stdout.trim();
        // The branch belongs to image-promote: whatever it held is replaced.
        const push = await repo.git.run([
            'push',
            '--porcelain',
            '--no-verify',
            '--force',
            remote,
            `${commit}:refs/heads/${params.head}`,
        ], { allowFailure: true });
        if (push.exitCode !== 0) {
            throw new errors/* UserError */.yo((0,src_redact/* redact */.E$)(`git push of ${params.head} to ${repo.label} failed: ${push.stderr.trim().split('\n').pop() ?? ''}`));
        }
        pushed = true;
        logger.info(`pushed the overlay change to ${params.head} on ${repo.label}`);
    }
    else {
        logger.info(`${params.head} on ${repo.label} already holds this change; nothing to push`);
    }
    const open = await params.api.findOpen(params.head, base);
    if (open) {
        const same = open.title === fields.title && open.body.trim() === fields.body;
        const pr = same ? open : await params.api.update(open.number, fields);
        if (!same)
            logger.info(`updated pull request #${pr.number}: ${pr.url}`);
        return {
            commit,
            committed,
            pushed,
            branch: params.head,
            pullRequest: { number: pr.number, url: pr.url, created: false, updated: !same },
        };
    }
    const pr = await params.api.create(params.head, base, fields);
    logger.info(`opened pull request #${pr.number}: ${pr.url}`);
    return {
        commit,
        committed,
        pushed,
        branch: params.head,
        pullRequest: { number: pr.number, url: pr.url, created: true, updated: false },
    };
}

;// CONCATENATED MODULE: ./src/gitops/write-back.ts
/**
 * Getting an overlay change into the repository that holds the overlay: commit it, commit
 * and push it (rebase-retry), or propose it as a pull request. One result per repository;
 * a change that was asked to land and did not is an error, never a quiet no-op.
 */






function pushTarget(repo) {
    if (repo.remote === undefined) {
        throw new errors/* UserError */.yo(`cannot push the overlay change in ${repo.label}: the repository has no remote`);
    }
    if (repo.branch === undefined) {
        throw new errors/* UserError */.yo(`cannot push the overlay change in ${repo.label}: HEAD is detached and no target branch was given; check out a branch (actions/checkout \`ref: main\`)`);
    }
    return { remote: repo.remote, branch: repo.branch };
}
/** Commits (and pushes, or proposes) `files`, all held by `repo`. */
async function writeBack(repo, files, options) {
    const logger = options.logger ?? log/* silentLogger */.q;
    if (options.mode === 'pull-request') {
        const pr = options.pullRequest;
        if (pr === undefined)
            throw new Error('writeBack: mode pull-request needs pullRequest');
        let api = pr.api;
        if (api === undefined) {
            if (repo.github === undefined) {
                throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: its remote (${repo.remoteUrl ?? 'none'}) is not a GitHub repository`);
            }
            if (!pr.token) {
                throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: no token (set github-token or overlay-token)`);
            }
            api = await createPullRequestApi({
                ...repo.github,
                token: pr.token,
                ...(pr.apiUrl ? { baseUrl: pr.apiUrl } : {}),
                logger,
            });
        }
        const r = await proposeChange(repo, {
            files,
            message: options.message,
            head: pr.branch,
            reapply: options.reapply,
            api,
            logger,
        });
        return {
            repository: repo.label,
            commit: r.commit,
            committed: r.committed,
            pushed: r.pushed,
            branch: r.pullRequest ? r.branch : (repo.branch ?? r.branch),
            ...(r.pullRequest
                ? { pullRequest: { number: r.pullRequest.number, url: r.pullRequest.url } }
                : {}),
        };
    }
    const push = options.mode === 'push';
    const target = push ? pushTarget(repo) : undefined;
    const r = await commitOverlays(repo.git, {
        files,
        message: options.message,
        push,
        ...(target ?? {}),
        reapply: options.reapply,
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        logger,
    });
    return {
        repository: repo.label,
        commit: r.sha,
        committed: r.committed,
        pushed: r.pushed,
        ...(target ? { branch: target.branch } : repo.branch ? { branch: repo.branch } : {}),
    };
}
/**
 * "Commit (and push) the files F in the repositories that hold them, with message M": the
 * files are grouped by repository (one commit each, in the order the files come) and
 * written back one repository after the other. For the CLI `deploy` and the engine.
 */
async function commitFiles(files, options) {
    const groups = await groupByRepository(files, options);
    const results = [];
    for (const { repository, files: held } of groups) {
        results.push(await writeBack(repository, held, options));
    }
    return results;
}
/** The action outputs for write-back results (first overlay's repository first). */
function gitopsOutputs(results) {
    const commits = {};
    for (const { repository, ...rest } of results)
        commits[repository] = rest;
    const pr = results.find((r) => r.pullRequest)?.pullRequest;
    return {
        commitSha: results[0]?.commit ?? '',
        commits: JSON.stringify(commits),
        pullRequestNumber: pr ? String(pr.number) : '',
        pullRequestUrl: pr?.url ?? '',
    };
}

;// CONCATENATED MODULE: ./src/gitops/index.ts
/**
 * Where the overlay lives, and how its change gets there: the repository that holds each
 * overlay file (a nested checkout is its own repository), a separate GitOps repository
 * cloned for the run, and the write-back modes (commit, push with rebase-retry, pull
 * request). See docs/gitops.md.
 */








;// CONCATENATED MODULE: ./src/engine/placement.ts
/**
 * Where the overlays are for this run: in the workspace (the checkout, or a second checkout
 * inside it), or in `overlay-repository`, cloned for the run. Resolves the overlay files,
 * says which directory writes must stay inside, and which git repository holds a file.
 */




async function placeOverlays(deps) {
    const { config, logger } = deps;
    const remote = config.overlayRepository;
    if (remote && (config.overlays.length > 0 || config.fromOverlay)) {
        const paths = [...config.overlays, ...(config.fromOverlay ? [config.fromOverlay] : [])].map((o) => o.path);
        const clone = await cloneOverlayRepository(remote, paths, { logger, env: deps.env });
        const at = (o) => ({ ...o, file: (0,external_node_path_.join)(clone.root, o.path) });
        return {
            overlays: config.overlays.map(at),
            ...(config.fromOverlay ? { fromOverlay: at(config.fromOverlay) } : {}),
            root: clone.root,
            clone,
            gitFor: () => Promise.resolve(clone.git),
            cleanup: () => clone.cleanup(),
        };
    }
    const root = await (0,promises_.realpath)(config.workspace);
    return {
        overlays: config.overlays,
        ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
        root,
        gitFor: async (file) => {
            // A second checkout inside the workspace has its own history.
            const probe = new Git((0,external_node_path_.dirname)(file), logger);
            const top = await (0,promises_.realpath)((await probe.run(['rev-parse', '--show-toplevel'])).stdout.trim());
            return top === (await (0,promises_.realpath)(deps.git.cwd)) ? deps.git : new Git(top, logger);
        },
        cleanup: () => Promise.resolve(),
    };
}

;// CONCATENATED MODULE: ./src/engine/verify.ts
/**
 * The last word before outputs and overlay writes: every tag the run created or relies on
 * is read again from the registry (by GET, hashed) and must name the digest the run reports.
 * A tag another writer moved in the meantime fails its image and says so.
 *
 * The distribution API has no compare-and-swap, so a writer whose PUT lands after this read
 * can still move a tag; ECR's tag immutability is the lock that closes that window.
 */


async function verifyOutcomes(outcomes, deps, options) {
    // Reads made while gathering facts are as fresh as it gets when the run wrote nothing.
    const fresh = !outcomes.some((o) => o.wrote);
    return Promise.all(outcomes.map(async (o) => {
        if (o.status === 'failed' || o.status === 'not-attempted' || o.status === 'built')
            return o;
        if (o.decision.kind === 'keep-unverified')
            return o;
        const target = o.target;
        if (options.planning) {
            // Nothing is pushed by design: what exists already is verified, the rest is planned.
            const d = o.decision;
            const exists = d.kind === 'keep' ||
                (d.kind === 'tag' && d.addTags.length === 0 && d.laterTags.length === 0 && !d.copyFrom);
            return { ...o, status: target && exists ? 'verified' : 'planned' };
        }
        if (!target)
            return o;
        if (fresh)
            return { ...o, status: 'verified' };
        try {
            const registry = await deps.registries.forReference(target.repository);
            for (const { tag, digest } of o.relies) {
                await registry.verifyTag(refFor(target.repository, tag), digest ?? target.digest);
            }
            return { ...o, status: 'verified' };
        }
        catch (err) {
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err) };
        }
    }));
}

;// CONCATENATED MODULE: ./src/engine/write.ts
/**
 * Writing verified refs into the overlays and getting the change where it belongs. Runs
 * only when every image is verified. All edits are planned from the state read while
 * gathering facts (each re-parsed by the planner) before any file is written; every write
 * re-checks that it stays inside the workspace (or the clone of overlay-repository). The
 * commit goes to the repository that holds each file, one per repository: pushed with the
 * rebase-retry loop, or proposed as a pull request.
 */



/**
 * The overlay updates of verified images whose value changes — and, with pin-digest, of
 * images that keep their value but do not carry its verified digest yet.
 */
function overlayUpdates(outcomes, facts, pinDigest) {
    const updates = [];
    for (const o of outcomes) {
        const d = o.decision;
        if (o.status !== 'verified' || !o.target)
            continue;
        const repository = o.target.repository.name;
        if (d.kind === 'keep') {
            const value = facts.images.find((f) => f.image.name === d.image.name)?.deployed?.value;
            if (pinDigest && value?.tag && value.digest !== o.target.digest) {
                updates.push({ image: d.image, repository, tag: value.tag, digest: o.target.digest });
            }
            continue;
        }
        if (d.kind !== 'tag' && d.kind !== 'build')
            continue;
        const digest = d.kind === 'tag' ? (d.write.digest ?? o.target.digest) : o.target.digest;
        updates.push({ image: d.image, repository, tag: d.write.tag ?? o.target.tag, digest });
    }
    return updates;
}
/** Tags alone read best in a commit subject; the full values only when the repository moved. */
function messageChange(c) {
    const sameRepository = (c.before?.repository ?? '') === (c.after.repository ?? '');
    const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
    const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
    return { image: c.image, to, ...(from ? { from } : {}) };
}
/** Which overlay each update goes to: the first one that names the image, else the first. */
function write_assign(states, updates) {
    return states
        .map((state, i) => ({
        state,
        updates: updates.filter((u) => {
            const holders = states.filter((s) => s.images.get(u.image.name)?.found);
            return holders.length === 0 ? i === 0 : holders.includes(state);
        }),
    }))
        .filter((a) => a.updates.length > 0);
}
/** A markdown table of the change, for a pull request's body. */
function changeTable(changes) {
    if (changes.length === 0)
        return '';
    const rows = changes.map((c) => `| ${c.image} | ${c.from ?? '(none)'} | ${c.to} |`);
    return ['| Image | From | To |', '| --- | --- | --- |', ...rows].join('\n');
}
async function writeOverlays(outcomes, facts, deps, placement) {
    const { config, policy } = deps;
    const updates = overlayUpdates(outcomes, facts, config.pinDigest);
    if (updates.length === 0)
        return { files: [], changed: false, commits: [] };
    const options = {
        pinDigest: config.pinDigest,
        createMissing: config.createMissing,
        isImmutable: (tag) => policy.isImmutable(tag),
    };
    const plan = (states) => write_assign(states, updates).map(({ state, updates: mine }) => planOverlayEdit(state, mine, options));
    const edits = plan(facts.overlays);
    const changed = edits.filter((e) => e.changed);
    const files = changed.map((e) => e.overlay.path);
    if (config.dryRun)
        return { files, changed: changed.length > 0, commits: [] };
    await writeOverlayEdits(changed, { root: placement.root });
    if (config.commit === 'none')
        return { files, changed: changed.length > 0, commits: [] };
    // Commit where each file lives; with nothing changed, the repository still tells which
    // commit (or pull request) already holds the change.
    const targets = edits.map((e) => e.overlay);
    const changes = edits.flatMap((e) => e.changes);
    const subject = renderCommitMessage(config.commitMessage, {
        ...(config.environment ? { environment: config.environment } : {}),
        sha: deps.trigger.head,
        changes: changes.map(messageChange),
    });
    const message = config.commit === 'pull-request' && changes.length > 0
        ? `${subject}\n\n${changeTable(changes)}\n\nProposed by image-promote for ${deps.trigger.head.slice(0, 7)}.`
        : subject;
    const reapply = async (held) => {
        const again = targets.filter((o) => held.includes(o.file));
        const states = await Promise.all(again.map((o) => readOverlay(o, config.images)));
        await writeOverlayEdits(plan(states).filter((e) => e.changed), { root: placement.root });
    };
    // Tag and release checkouts are detached: their overlay change goes to the default branch.
    const detachedBranch = deps.trigger.kind === 'tag' || deps.trigger.kind === 'release'
        ? (deps.trigger.defaultBranch ?? 'main')
        : deps.trigger.branch;
    const token = config.overlayRepository ? config.overlayRepository.token : config.githubToken;
    const groups = placement.clone
        ? [{ repository: placement.clone, files: targets.map((o) => o.file) }]
        : await repository_groupByRepository(targets.map((o) => o.file), {
            workspace: config.workspace,
            cwd: config.workspace,
            ...(detachedBranch ? { branch: detachedBranch } : {}),
            logger: deps.logger,
        });
    const results = [];
    for (const group of groups) {
        results.push(await writeBack(group.repository, group.files, {
            mode: config.commit === 'pull-request' ? 'pull-request' : 'push',
            message,
            reapply,
            logger: deps.logger,
            ...(config.commit === 'pull-request'
                ? {
                    pullRequest: {
                        branch: config.pullRequestBranch,
                        ...(token ? { token } : {}),
                        ...(deps.env.GITHUB_API_URL ? { apiUrl: deps.env.GITHUB_API_URL } : {}),
                    },
                }
                : {}),
        }));
    }
    return { files, changed: changed.length > 0, commits: results };
}

;// CONCATENATED MODULE: ./src/engine/run.ts
/**
 * One run of the engine, used by the action (src/main.ts) and the CLI: gather facts, decide
 * (pure), execute, verify, write. Each phase returns new values. Nothing is written to an
 * overlay, and no release, environment or mutable tag moves, unless every image is verified.
 */







/** Checks that need no facts, made before anything is built or pushed. */
function preflight(deps) {
    const { config, trigger } = deps;
    if (config.commit !== 'none' && trigger.pullRequest && config.mode !== 'plan') {
        // It would push the overlay onto the PR's branch (or, for a fork, a branch of that name here).
        throw new errors/* UserError */.yo(`input 'commit': ${config.commit === 'push' ? 'true' : config.commit} does not apply to pull request events — use write-overlay to render a preview, or run the deploy on push`);
    }
}
async function runEngine(deps) {
    let placement;
    try {
        preflight(deps);
        placement = await placeOverlays(deps);
    }
    catch (err) {
        return notAttempted(deps, (0,errors/* errorMessage */.gJ)(err));
    }
    try {
        return await runPlaced(deps, placement);
    }
    finally {
        await placement.cleanup();
    }
}
async function runPlaced(deps, placement) {
    const { config } = deps;
    const planning = config.mode === 'plan' || config.dryRun;
    let facts;
    try {
        facts = await gatherFacts(deps, placement);
    }
    catch (err) {
        // Nothing was attempted; the outputs still say so for every image.
        return notAttempted(deps, (0,errors/* errorMessage */.gJ)(err));
    }
    const decisions = decide({ config, trigger: deps.trigger, policy: deps.policy, facts });
    let outcomes = decisions.map(initialOutcome);
    if (!planning) {
        outcomes = await executeBuilds(outcomes, deps);
        if (config.push)
            outcomes = await executeTags(outcomes, deps);
    }
    outcomes = await verifyOutcomes(outcomes, deps, { planning: planning || !config.push });
    if (!planning && config.push && !outcomes.some((o) => o.status === 'failed')) {
        // Release, environment and mutable tags move only now, and are read back.
        outcomes = await verifyOutcomes(await moveLaterTags(outcomes, deps), deps, { planning: false });
    }
    const result = {
        images: outcomes.map((o) => imageResult(o, facts)),
        overlayChanged: false,
        overlayFiles: [],
        commits: [],
        dryRun: config.dryRun,
        planning: planning || !config.push,
        ...(facts.changes ? { changes: facts.changes } : {}),
    };
    const failed = result.images.filter((i) => i.status === 'failed');
    if (failed.length > 0) {
        const first = failed[0];
        const held = outcomes.flatMap((o) => o.status !== 'failed' && (o.decision.kind === 'tag' || o.decision.kind === 'build')
            ? o.decision.laterTags.map((t) => t.tag)
            : []);
        result.failure =
            `${first.name}: ${first.error ?? first.reason}` +
                (failed.length > 1
                    ? ` (and ${failed.length - 1} more image(s) failed: ${failed
                        .slice(1)
                        .map((f) => f.name)
                        .join(', ')})`
                    : '') +
                '. No overlay was written' +
                (held.length > 0 ? ` and ${[...new Set(held)].join(', ')} did not move` : '') +
                '.';
        return result;
    }
    if ((config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan') {
        try {
            const written = await writeOverlays(outcomes, facts, deps, placement);
            result.overlayChanged = written.changed;
            result.overlayFiles = written.files;
            result.commits = written.commits;
        }
        catch (err) {
            // Reported like an image failure, so the outputs and summary are still written.
            result.failure = `updating the overlay failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
    }
    return result;
}
function imageResult(o, facts) {
    const d = o.decision;
    const f = facts.images.find((x) => x.image.name === d.image.name);
    const writes = d.kind === 'tag' || d.kind === 'build';
    const tag = writes ? (d.write.tag ?? o.target?.tag) : o.target?.tag || undefined;
    const reason = d.reason;
    const result = {
        name: d.image.name,
        repository: d.image.repository.name,
        decision: nameOf(d),
        reason,
        change: f?.comparison.change.kind ?? 'none',
        status: o.status,
        addedTags: o.added,
        write: writes,
    };
    if (f && 'key' in f.source)
        result.source = f.source.key;
    if (tag)
        result.tag = tag;
    const pinned = d.kind === 'tag' ? d.write.digest : undefined;
    const digest = pinned ?? o.target?.digest;
    if (digest)
        result.digest = digest;
    if (o.error)
        result.error = o.error;
    if (f?.deployed)
        result.from = describeValue(f.deployed.value);
    if (f?.comparison.base)
        result.base = f.comparison.base;
    if (f)
        result.baseRule = f.comparison.rule;
    return result;
}
function notAttempted(deps, failure) {
    return {
        images: selectedImages(deps.config).map((image) => ({
            name: image.name,
            repository: image.repository.name,
            decision: 'skip',
            reason: 'not attempted: the run stopped before deciding',
            change: 'none',
            status: 'not-attempted',
            addedTags: [],
            write: false,
        })),
        overlayChanged: false,
        overlayFiles: [],
        commits: [],
        failure,
        dryRun: deps.config.dryRun,
        planning: true,
    };
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * Results → the action's outputs and job summary (and the CLI's JSON/table). Pure. Every
 * string that leaves here passes the one redactor: reasons may quote a registry's answer.
 */


const DECISION_ORDER = ['build', 'promote', 'rollback', 'reuse', 'skip'];
function refOf(r) {
    return `${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
function buildReport(run, head) {
    const images = run.images.map((r) => ({
        name: r.name,
        repository: r.repository,
        ref: r.tag || r.digest ? refOf(r) : '',
        tag: r.tag ?? '',
        digest: r.digest ?? '',
        source: r.source ?? '',
        decision: r.decision,
        reason: (0,src_redact/* redact */.E$)(r.status === 'failed' ? `${r.reason} — FAILED: ${r.error ?? 'unknown error'}` : r.reason),
        status: r.status,
        changed: r.change,
        from: r.from ?? '',
        base: r.base ?? '',
        addTags: r.addedTags,
    }));
    const decision = run.failure
        ? 'failed'
        : (DECISION_ORDER.find((d) => run.images.some((r) => r.decision === d)) ?? 'skip');
    const digests = {};
    for (const r of run.images)
        if (r.digest && r.status !== 'failed')
            digests[r.name] = r.digest;
    const first = run.images[0];
    const changes = run.changes;
    const unknown = run.images.some((r) => r.baseRule !== 'deployed' && changes && !changes.complete);
    const changed = unknown ? 'unknown' : strongest(run.images.map((r) => r.change));
    const commits = {};
    for (const { repository, ...rest } of run.commits)
        commits[repository] = rest;
    const pullRequest = run.commits.find((c) => c.pullRequest)?.pullRequest;
    return {
        decision,
        reason: (0,src_redact/* redact */.E$)(overallReason(run)),
        tag: outputTag(run),
        base: first?.base ?? changes?.base ?? '',
        head,
        baseRule: first?.baseRule ?? changes?.baseRule ?? '',
        changed,
        overlayChanged: run.overlayChanged,
        overlayFiles: run.overlayFiles,
        dryRun: run.dryRun,
        commitSha: run.commits[0]?.commit ?? '',
        commits,
        ...(pullRequest ? { pullRequest } : {}),
        images,
        digests,
        matrix: {
            include: run.images
                .filter((r) => r.decision === 'build' && r.status === 'planned' && r.tag)
                .map((r) => ({ name: r.name, tag: r.tag ?? '', repository: r.repository })),
        },
        kustomizeArgs: run.images
            .filter((r) => r.status === 'verified' && (r.tag || r.digest))
            .map((r) => `${r.name}=${refOf(r)}`),
    };
}
/**
 * The `tag` output: a tag the registry has (guarantee 1) — a deployed one first; planned
 * tags only when the run itself only plans (plan, dry run, push: false).
 */
function outputTag(run) {
    const usable = run.images.filter((r) => r.tag && (r.status === 'verified' || (run.planning && r.status === 'planned')));
    return (usable.find((r) => r.decision !== 'skip') ?? usable[0])?.tag ?? '';
}
function overallReason(run) {
    if (run.failure)
        return run.failure;
    const [only] = run.images;
    if (run.images.length === 1 && only)
        return only.reason;
    // Images with the same decision and reason share one clause: "build api, web — …".
    const groups = new Map();
    for (const r of run.images) {
        const key = `${r.decision}\0${r.reason}`;
        const group = groups.get(key) ?? { decision: r.decision, reason: r.reason, names: [] };
        group.names.push(r.name);
        groups.set(key, group);
    }
    return [...groups.values()]
        .sort((a, b) => DECISION_ORDER.indexOf(a.decision) - DECISION_ORDER.indexOf(b.decision))
        .map((g) => `${g.decision} ${g.names.join(', ')} — ${g.reason}`)
        .join('; ');
}
/** The action outputs, all strings, redacted. */
function reportOutputs(report) {
    const outputs = {
        decision: report.decision,
        reason: report.reason,
        tag: report.tag,
        images: JSON.stringify(report.images),
        digests: JSON.stringify(report.digests),
        matrix: JSON.stringify(report.matrix),
        base: report.base,
        head: report.head,
        'base-rule': report.baseRule,
        changed: report.changed,
        'overlay-changed': String(report.overlayChanged),
        'kustomize-args': report.kustomizeArgs.join(' '),
        'commit-sha': report.commitSha,
        commits: JSON.stringify(report.commits),
        'pull-request-number': report.pullRequest ? String(report.pullRequest.number) : '',
        'pull-request-url': report.pullRequest?.url ?? '',
    };
    for (const key of Object.keys(outputs))
        outputs[key] = redact(outputs[key]);
    return outputs;
}
/** The CLI's `--json`: the output fields, with camelCase names and parsed JSON values. */
function reportJson(report) {
    return {
        decision: report.decision,
        reason: report.reason,
        tag: report.tag,
        base: report.base,
        head: report.head,
        baseRule: report.baseRule,
        changed: report.changed,
        overlayChanged: report.overlayChanged,
        images: report.images,
        digests: report.digests,
        matrix: report.matrix,
        kustomizeArgs: report.kustomizeArgs,
        ...(report.commitSha ? { commitSha: report.commitSha } : {}),
        ...(Object.keys(report.commits).length > 0 ? { commits: report.commits } : {}),
        ...(report.pullRequest ? { pullRequest: report.pullRequest } : {}),
    };
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function shortDigest(digest) {
    return digest ? `${digest.slice(0, 19)}…` : '';
}
function overlayNote(report) {
    if (report.overlayFiles.length === 0)
        return report.dryRun ? ' · dry run' : '';
    const files = report.overlayFiles.map((f) => `\`${f}\``).join(', ');
    return report.dryRun ? ` · dry run: would update ${files}` : ` · updated ${files}`;
}
function fromTo(i) {
    if (!i.tag && !i.from)
        return '—';
    if (i.from && i.tag && i.from !== i.tag)
        return `${i.from} → ${i.tag}`;
    return i.tag || i.from;
}
function deliveryNote(report) {
    if (report.pullRequest)
        return ` · pull request [#${report.pullRequest.number}](${report.pullRequest.url})`;
    return report.commitSha ? ` · commit \`${report.commitSha.slice(0, 7)}\`` : '';
}
/** Markdown for the job summary (redacted). */
function summaryMarkdown(report, title = 'image-promote') {
    const rows = report.images.map((i) => `| ${escapeCell(i.name)} | ${i.status === 'failed' ? '❌ ' : ''}${i.decision} | ${escapeCell(fromTo(i))} | ${shortDigest(i.digest) ? `\`${shortDigest(i.digest)}\`` : '—'} | ${i.status} | ${escapeCell(i.reason)} |`);
    const range = report.base
        ? `\`${report.base.slice(0, 7)}..${report.head.slice(0, 7)}\` (${report.baseRule})`
        : `\`${report.head.slice(0, 7)}\``;
    return redact([
        `### ${title}: ${report.decision}`,
        '',
        escapeCell(report.reason),
        '',
        `Changes: **${report.changed}** in ${range}${overlayNote(report)}${deliveryNote(report)}`,
        '',
        '| Image | Decision | From → to | Digest | Status | Reason |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n'));
}
/** Plain-text table for the CLI (redacted). */
function textTable(report) {
    const header = ['IMAGE', 'DECISION', 'FROM → TO', 'STATUS', 'REASON'];
    const rows = report.images.map((i) => [i.name, i.decision, fromTo(i), i.status, i.reason]);
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (c === 4 ? 0 : (r[c] ?? '').length))));
    const line = (cells) => cells
        .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
        .join('  ');
    const range = report.base
        ? `${report.base.slice(0, 7)}..${report.head.slice(0, 7)} (${report.baseRule})`
        : report.head.slice(0, 7);
    return (0,src_redact/* redact */.E$)([
        `decision: ${report.decision} — ${report.reason}`,
        `changes:  ${report.changed} in ${range}`,
        '',
        line(header),
        ...rows.map(line),
        '',
    ].join('\n'));
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/build/output.ts
/**
 * What is shown of docker's output, and what is kept for an error message. Pure: the
 * builders feed it lines as exec delivers them.
 */
/** Lines of a build log kept for the error message when the build fails. */
const TAIL_LINES = 20;
/**
 * Drops lines that say nothing about this build: docker's legacy-builder deprecation banner
 * (printed on every `docker build` without buildx; this run already says which builder it
 * uses) with its indented follow-up lines, and blank lines.
 */
class BuildOutputFilter {
    inBanner = false;
    /** True when `line` is worth showing and keeping. */
    accept(line) {
        if (BANNER_START.some((re) => re.test(line))) {
            this.inBanner = true;
            return false;
        }
        if (line.trim() === '')
            return false;
        if (this.inBanner && /^\s/.test(line))
            return false;
        this.inBanner = false;
        return true;
    }
}
const BANNER_START = [
    // "DEPRECATED: The legacy builder is deprecated and will be removed in a future release."
    // followed by "Install the buildx component …" or "BuildKit is currently disabled …".
    /^DEPRECATED: The legacy builder is deprecated\b/,
];
/** The last `size` lines pushed. */
class LineTail {
    size;
    kept = [];
    constructor(size = TAIL_LINES) {
        this.size = size;
    }
    push(line) {
        this.kept.push(line);
        if (this.kept.length > this.size)
            this.kept.shift();
    }
    lines() {
        return [...this.kept];
    }
}
/** A docker command that exited non-zero; the message ends with the last lines it printed. */
class DockerCommandError extends Error {
    command;
    exitCode;
    tail;
    name = 'DockerCommandError';
    constructor(
    /** e.g. `docker build`, `docker push localhost:5000/acme/api:sha-abc1234`. */
    command, exitCode, 
    /** The last lines of its output, banners and blank lines left out. */
    tail) {
        super(`${command} exited with code ${exitCode}${tail.length > 0 ? `: ${tail.join('\n')}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.tail = tail;
    }
}
/** `12.3 s` under a minute, `4 min 05 s` above. */
function formatElapsed(ms) {
    const seconds = Math.max(0, ms) / 1000;
    if (seconds < 59.95)
        return `${seconds.toFixed(1)} s`;
    const whole = Math.round(seconds);
    return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

;// CONCATENATED MODULE: ./src/build/run-builds.ts
/**
 * Builds every requested image, with bounded parallelism, streams the builder's output as it
 * arrives, and proves each pushed image in the registry.
 *
 * The engine decides everything about tags before calling this (which tags to push now,
 * which existing tags may move — see src/tags/policy.ts): each request's tags are built and
 * pushed exactly as given. After a push the primary tag is read back from the registry,
 * which computes the digest from the bytes it holds; a missing tag or a digest other than
 * the one docker reported fails the image.
 *
 * Output: one build at a time → docker's lines inside a log group per image; builds in
 * parallel → each line prefixed with `[image] ` (groups cannot interleave). Either way a
 * one-line result with the elapsed time is printed as each image finishes.
 *
 * Failure policy: one failing image does not stop the others; every image gets an outcome,
 * so one run reports every broken image.
 */




/** Runs `fn` over `items`, at most `workers` at a time; results keep the input order. */
async function mapBounded(items, workers, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}
function tagNames(req) {
    return req.tags.map((t) => t.tag ?? '');
}
async function buildImages(requests, deps) {
    const logins = new Map();
    const login = (host) => {
        let pending = logins.get(host);
        if (!pending) {
            pending = deps.login ? deps.login(host) : Promise.resolve();
            logins.set(host, pending);
        }
        return pending;
    };
    const clock = deps.clock ?? (() => external_node_perf_hooks_.performance.now());
    const workers = Math.max(1, Math.min(Math.floor(deps.maxParallel) || 1, requests.length));
    const parallel = workers > 1;
    const { logger } = deps;
    return mapBounded(requests, workers, async (req) => {
        const name = req.image.name;
        const primary = req.tags[0];
        const title = primary ? `${name} ${(0,reference/* formatReference */.FH)(primary)}` : name;
        const start = clock();
        const attempt = async (output) => {
            try {
                return await buildOne(req, deps, login, output, () => clock() - start);
            }
            catch (err) {
                return failed(req, err, clock() - start);
            }
        };
        let outcome;
        if (parallel) {
            logger.info(`[${name}] building ${primary ? (0,reference/* formatReference */.FH)(primary) : name}`);
            outcome = await attempt((line) => {
                logger.info(`[${name}] ${line}`);
            });
        }
        else {
            outcome = await logger.group(title, () => attempt((line) => {
                logger.info(line);
            }));
        }
        logger.info(resultLine(req, outcome));
        return outcome;
    });
}
/** `api: built and pushed … in 12.3 s` / `web: failed after 3.1 s: …`, one line. */
function resultLine(req, outcome) {
    const name = req.image.name;
    const elapsed = formatElapsed(outcome.elapsedMs);
    const primary = req.tags[0] ? (0,reference/* formatReference */.FH)(req.tags[0]) : name;
    if (outcome.status === 'failed') {
        return `${name}: failed after ${elapsed}: ${shortError(outcome.error)}`;
    }
    if (!req.push)
        return `${name}: built ${primary} locally (push is off) in ${elapsed}`;
    const others = req.tags.slice(1).map((t) => t.tag ?? '');
    const also = others.length > 0 ? ` (also ${others.join(', ')})` : '';
    return `${name}: built and pushed ${primary}${also} (${outcome.digest ?? '?'}) in ${elapsed}`;
}
/** The error on one line: a docker failure as its command, exit code and last line. */
function shortError(error) {
    if (error instanceof DockerCommandError) {
        const last = error.tail.at(-1);
        return `${error.command} exited with code ${error.exitCode}${last ? `: ${last}` : ''}`;
    }
    return (error ? (0,errors/* errorMessage */.gJ)(error) : 'unknown error').split('\n')[0] ?? '';
}
function failed(req, err, elapsedMs) {
    const error = err instanceof Error ? err : new Error((0,errors/* errorMessage */.gJ)(err));
    return {
        name: req.image.name,
        status: 'failed',
        tags: tagNames(req),
        message: `image '${req.image.name}' failed: ${(0,errors/* errorMessage */.gJ)(err)}`,
        error,
        elapsedMs,
    };
}
async function buildOne(req, deps, login, output, elapsed) {
    const primary = req.tags[0];
    if (!primary)
        throw new Error(`internal: image '${req.image.name}' has no tag to build`);
    const shown = (0,reference/* formatReference */.FH)(primary);
    const tags = tagNames(req);
    if (req.push)
        await login(primary.domain);
    const built = await deps.builder.build(req, output);
    if (!req.push) {
        return {
            name: req.image.name,
            status: 'built',
            tags,
            message: `Built ${shown} locally; not pushed (push is off).`,
            elapsedMs: elapsed(),
        };
    }
    const registry = await deps.registries.forReference(primary);
    const found = await registry.resolve(primary);
    if (!found) {
        throw new Error(`docker pushed ${shown} but the registry does not have it`);
    }
    if (built.digest !== undefined && built.digest !== found.digest) {
        throw new Error(`docker reported digest ${built.digest} for ${shown} but the registry has ${found.digest}; another run may have pushed the same tag`);
    }
    return {
        name: req.image.name,
        status: 'built',
        digest: found.digest,
        tags,
        message: `Built and pushed ${shown} (${found.digest}).`,
        elapsedMs: elapsed(),
    };
}

;// CONCATENATED MODULE: ./src/build/docker.ts
/**
 * Builders that drive the docker CLI — the one build tool every runner has. `buildx` when
 * the plugin is installed (one command builds and pushes every tag and writes the digest
 * to a metadata file); otherwise the classic `docker build` followed by `docker push` per tag.
 */







/** Picks buildx when `docker buildx version` works, else the classic builder. */
async function detectBuilder(deps) {
    const result = await deps
        .exec('docker', ['buildx', 'version'], {
        cwd: deps.workspace,
        env: deps.env ?? process.env,
        allowFailure: true,
        logger: deps.logger,
    })
        .catch((err) => {
        throw new errors/* UserError */.yo('the docker CLI is not available on this runner: image-promote builds images with it — install docker or use a runner image that has it', { cause: err });
    });
    if (result.exitCode === 0) {
        deps.logger.info(`Building with docker buildx (${firstLine(result.stdout)})`);
        return new BuildxBuilder(deps);
    }
    deps.logger.info('docker buildx is not installed: building with `docker build` and pushing with `docker push`');
    return new LegacyBuilder(deps);
}
function firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}
/** Absolute paths and flat fields for the argv builders. */
function argvInput(req, workspace) {
    const { image } = req;
    const input = {
        context: (0,external_node_path_.resolve)(workspace, image.context),
        dockerfile: (0,external_node_path_.resolve)(workspace, image.dockerfile),
        tags: req.tags,
        labels: req.labels,
        buildArgs: image.buildArgs,
        platforms: image.platforms,
        cacheFrom: req.cacheFrom,
        cacheTo: req.cacheTo,
        push: req.push,
    };
    if (image.target)
        input.target = image.target;
    return input;
}
function checkTags(req) {
    const repo = req.image.repository.name;
    if (req.tags.length === 0) {
        throw new Error(`internal: image '${req.image.name}' has no tag to build`);
    }
    for (const ref of req.tags) {
        if (ref.name !== repo) {
            throw new Error(`internal: tag ${(0,reference/* formatReference */.FH)(ref)} of image '${req.image.name}' is not in ${repo}`);
        }
    }
}
class DockerBuilder {
    deps;
    constructor(deps) {
        this.deps = deps;
    }
    /** Without a caller's output, lines go to the log as they arrive. */
    output(output) {
        return (output ??
            ((line) => {
                this.deps.logger.info(line);
            }));
    }
    /**
     * Runs docker, streaming its output line by line to `output` (both streams, in arrival
     * order, docker's boilerplate left out). `what` names the command in errors: exit code
     * and tail are checked here rather than by exec, so the error shows docker's own last
     * lines instead of the whole command line (which carries build args).
     */
    async docker(args, what, output) {
        const filter = new BuildOutputFilter();
        const tail = new LineTail();
        const result = await this.deps.exec('docker', args, {
            cwd: this.deps.workspace,
            env: this.deps.env ?? process.env,
            allowFailure: true,
            logger: this.deps.logger,
            onLine: (_stream, line) => {
                if (!filter.accept(line))
                    return;
                tail.push(line);
                output(line);
            },
        });
        if (result.exitCode !== 0)
            throw new DockerCommandError(what, result.exitCode, tail.lines());
        return result;
    }
}
class BuildxBuilder extends DockerBuilder {
    kind = 'buildx';
    async build(req, output) {
        checkTags(req);
        const base = this.deps.env?.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(base, 'image-promote-buildx-'));
        try {
            const metadataFile = (0,external_node_path_.join)(dir, 'metadata.json');
            await this.docker(buildxArgv(argvInput(req, this.deps.workspace), { metadataFile }), 'docker buildx build', this.output(output));
            if (!req.push)
                return { pushedTags: [] };
            const digest = parseMetadataFile(await (0,promises_.readFile)(metadataFile, 'utf8'));
            if (digest === undefined) {
                throw new Error(`docker buildx pushed image '${req.image.name}' but wrote no containerimage.digest to its metadata file`);
            }
            return { digest, pushedTags: req.tags.map((t) => t.tag ?? '') };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}
/** What the classic builder cannot do; asking for it is an error, never a silent drop. */
function legacyUnsupported(req) {
    const missing = 'docker buildx, which is not installed on this runner';
    const fix = 'add docker/setup-buildx-action before image-promote';
    const { name, platforms } = req.image;
    if (platforms.length > 0) {
        return `image '${name}': platforms (${platforms.join(', ')}) need ${missing} — ${fix}, or remove 'platforms' from the image`;
    }
    const inputs = [
        ...(req.cacheFrom.length > 0 ? ["'cache-from'"] : []),
        ...(req.cacheTo.length > 0 ? ["'cache-to'"] : []),
    ];
    if (inputs.length === 0)
        return undefined;
    const subject = inputs.length === 1 ? `input ${inputs.join('')} needs` : `inputs ${inputs.join(' and ')} need`;
    return `image '${name}': ${subject} ${missing} — ${fix}, or leave ${inputs.length === 1 ? 'it' : 'them'} empty`;
}
class LegacyBuilder extends DockerBuilder {
    kind = 'legacy';
    async build(req, output) {
        const problem = legacyUnsupported(req);
        if (problem)
            throw new errors/* UserError */.yo(problem);
        checkTags(req);
        const show = this.output(output);
        await this.docker(legacyBuildArgv(argvInput(req, this.deps.workspace)), 'docker build', show);
        if (!req.push)
            return { pushedTags: [] };
        const pushedTags = [];
        const digests = new Set();
        for (const ref of req.tags) {
            const result = await this.docker(pushArgv(ref), `docker push ${(0,reference/* formatReference */.FH)(ref)}`, show);
            pushedTags.push(ref.tag ?? '');
            const digest = parsePushDigest(result.stdout);
            if (digest !== undefined)
                digests.add(digest);
        }
        if (digests.size > 1) {
            // One local image pushed under several tags must be one manifest; anything else
            // means the local tags were changed under us while pushing.
            throw new Error(`docker push reported different digests for the tags of image '${req.image.name}': ${[...digests].join(', ')}`);
        }
        const [digest] = digests;
        return digest === undefined ? { pushedTags } : { digest, pushedTags };
    }
}

;// CONCATENATED MODULE: ./src/build/login.ts
/**
 * Logs docker in to `host` when it is ECR and docker has no credentials for it yet.
 * Returns true when it logged in. The token goes to `docker login` on stdin, masked first:
 * never in argv, where other processes and debug logs could see it.
 */
async function ensureRegistryLogin(host, options) {
    const env = options.env ?? process.env;
    const helpers = options.helpers ?? (await registryHelpers(options.exec, options.logger, env));
    if (!helpers.isEcrHost(host))
        return false;
    if (await helpers.hasDockerCredentials(host)) {
        options.logger.debug(`docker already has credentials for ${host}`);
        return false;
    }
    const auth = await helpers.getAuthorization(host);
    options.logger.mask(auth.password);
    await options.exec('docker', ['login', '--username', auth.username, '--password-stdin', host], {
        env,
        input: auth.password,
        logger: options.logger,
    });
    options.logger.info(`Logged docker in to ${host} with an ECR authorization token`);
    return true;
}
/** The real helpers; the ECR SDK module is imported only once a host is known to be ECR. */
async function registryHelpers(exec, logger, env) {
    const [{ parseEcrHost }, { findDockerCredentials }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 72)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7481)),
    ]);
    return {
        isEcrHost: (host) => parseEcrHost(host) !== undefined,
        hasDockerCredentials: async (host) => (await findDockerCredentials(host, { exec, logger, env })) !== undefined,
        getAuthorization: async (host) => {
            const { getEcrAuthorization } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 9857));
            return getEcrAuthorization(host, { logger });
        },
    };
}

;// CONCATENATED MODULE: ./src/changes/github-api.ts
const PR_FILES_CAP = 3000;
const COMPARE_FILES_CAP = 300;
function names(entries) {
    const out = new Set();
    for (const f of entries) {
        out.add(f.filename);
        // A rename counts on both sides, as in the git path.
        if (f.previous_filename)
            out.add(f.previous_filename);
    }
    return [...out];
}
async function createGitHubChangeSource(options) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    const { owner, repo } = options;
    return {
        async pullRequestFiles(number) {
            const entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
                owner,
                repo,
                pull_number: number,
                per_page: 100,
            });
            const files = names(entries);
            if (entries.length >= PR_FILES_CAP) {
                return {
                    files,
                    complete: false,
                    note: `the pull request files API stops at ${PR_FILES_CAP} files`,
                };
            }
            if (options.expectedPrFiles !== undefined && entries.length < options.expectedPrFiles) {
                return {
                    files,
                    complete: false,
                    note: `the API listed ${entries.length} of the ${options.expectedPrFiles} changed files`,
                };
            }
            return { files, complete: true };
        },
        async compareFiles(base, head) {
            const r = await octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${base}...${head}`,
            });
            if (r.data.files === undefined) {
                // No list at all (GitHub omits it for some large or odd comparisons): not "nothing changed".
                return { files: [], complete: false, note: 'the compare API returned no file list' };
            }
            const entries = r.data.files;
            const files = names(entries);
            if (entries.length >= COMPARE_FILES_CAP) {
                return {
                    files,
                    complete: false,
                    note: `the compare API stops at ${COMPARE_FILES_CAP} files`,
                };
            }
            return { files, complete: true };
        },
    };
}

// EXTERNAL MODULE: ./src/registry/provider.ts
var provider = __webpack_require__(4998);
;// CONCATENATED MODULE: ./src/tags/policy.ts



/** The values tag templates draw on in this run. */
function tagContext(trigger, now, sha = trigger.head) {
    const ctx = { sha, date: now };
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
        return renderTemplate(template, ctx);
    }
    catch (err) {
        if (err instanceof TemplateError)
            throw new errors/* InputError */.dz(input, `"${template}": ${err.message}`);
        throw err;
    }
}
/** Whether this run's builds get `extra-tags` templates, one by one. */
function extraTagApplies(template, trigger) {
    if (trigger.pullRequest || trigger.kind === 'tag' || trigger.kind === 'release')
        return false;
    if (usesToken(template, 'branch'))
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
            extra.push(renderTemplate(template, ctx));
        }
        catch {
            // A mutable add-on whose token has no value in this run (e.g. {pr} on a push) is left out.
        }
    }
    const release = (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
        ? tagFromName(trigger.tagName) || undefined
        : undefined;
    // Tags this run treats as mutable whatever their shape: they move between runs.
    const mutable = new Map([['latest', '"latest" always moves']]);
    if (trigger.branch) {
        const branchTag = sanitizeForTag(trigger.branch);
        if (branchTag)
            mutable.set(branchTag, `"${branchTag}" is the name of a branch`);
    }
    for (const t of extra)
        mutable.set(t, `"${t}" is in extra-tags`);
    for (const template of config.promoteTags) {
        try {
            const t = renderTemplate(template, ctx);
            mutable.set(t, `"${t}" is in promote-tags (an environment tag)`);
        }
        catch {
            // Not renderable in this run, so not a tag this run could have made.
        }
    }
    const matchers = [config.tagTemplate, config.prTagTemplate, config.sourceTag]
        .filter((t) => t !== undefined)
        .map(templateMatcher);
    return {
        primary: () => renderInput(primaryInput, primaryTemplate, ctx),
        primaryFor: (sha) => renderInput(primaryInput, primaryTemplate, { ...ctx, sha }),
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
        isImmutable: (tag) => !mutable.has(tag) && (isVersionTag(tag) || matchers.some((m) => m(tag))),
        mutableReason: (tag) => {
            const known = mutable.get(tag);
            if (known)
                return known;
            if (isVersionTag(tag) || matchers.some((m) => m(tag)))
                return undefined;
            return `"${tag}" is not a tag tag-template, pr-tag-template or source-tag make, nor a version`;
        },
    };
}

;// CONCATENATED MODULE: ./src/wiring.ts
/**
 * Builds the engine's real adapters (git, registry, docker, overlays, GitHub API) from a
 * Config. Shared by the action and the CLI so both run the same engine the same way.
 */








function createEngineDeps(options) {
    const { config, trigger, logger, env, now } = options;
    const git = new Git(config.workspace, logger);
    const registries = (0,provider/* createRegistryProvider */.n)({
        logger,
        insecureRegistries: config.insecureRegistries,
        allowOverwrite: config.allowTagOverwrite,
        env,
        exec: exec/* exec */.m0,
    });
    // One builder per workspace (the checkout, or a worktree of the head commit).
    const builders = new Map();
    const policy = createTagPolicy(config, trigger, now);
    const deps = {
        config,
        trigger,
        policy,
        git,
        logger,
        registries,
        now,
        env,
        build: async (requests, workspace) => {
            let builder = builders.get(workspace);
            if (!builder)
                builders.set(workspace, (builder = detectBuilder({ exec: exec/* exec */.m0, logger, env, workspace })));
            return buildImages(requests, {
                builder: await builder,
                registries,
                logger,
                maxParallel: config.maxParallel,
                login: async (host) => {
                    await ensureRegistryLogin(host, { exec: exec/* exec */.m0, logger, env });
                },
            });
        },
    };
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    if (trigger.repository)
        deps.sourceUrl = `${server}/${trigger.repository.owner}/${trigger.repository.name}`;
    if (config.githubToken && trigger.repository) {
        const { owner, name } = trigger.repository;
        const token = config.githubToken;
        const apiOptions = {
            token,
            owner,
            repo: name,
            ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
            ...(trigger.pullRequest?.changedFiles !== undefined
                ? { expectedPrFiles: trigger.pullRequest.changedFiles }
                : {}),
        };
        let source;
        deps.api = {
            pullRequestFiles: async (n) => (await (source ??= createGitHubChangeSource(apiOptions))).pullRequestFiles(n),
            compareFiles: async (b, h) => (await (source ??= createGitHubChangeSource(apiOptions))).compareFiles(b, h),
        };
    }
    return deps;
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/plan.ts
/**
 * `image-promote plan`: what the action would decide for a commit range, without
 * building, pushing or writing anything.
 */










const USAGE = `usage: image-promote plan [--config FILE] [--base REV] [--head REV] [--event FILE --event-name NAME] [--json]

  --config FILE      YAML whose keys are the action's input names (default: image-promote.yml)
  --base REV         compare against this commit instead of the event's rule
  --head REV         the commit to plan for (default: HEAD)
  --event FILE       a GitHub event payload (JSON), with --event-name
  --event-name NAME  push, pull_request, workflow_dispatch, release, …
  --json             print one JSON object with the action's output fields`;
const DEFAULT_CONFIGS = ['image-promote.yml', 'image-promote.yaml', '.github/image-promote.yml'];
async function planCommand(ctx) {
    const { values, positionals } = (0,context/* parseFlags */.bQ)('plan', ctx.args, {
        config: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        event: { type: 'string' },
        'event-name': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, true);
    if (values.help) {
        ctx.stdout(`${USAGE}\n`);
        return 0;
    }
    if (positionals.length > 0)
        throw new context/* UsageError */.eb(`image-promote plan: unexpected argument "${positionals[0] ?? ''}"\n${USAGE}`);
    if ((values.event === undefined) !== (values['event-name'] === undefined)) {
        throw new context/* UsageError */.eb('image-promote plan: --event and --event-name go together');
    }
    for (const [flag, rev] of [
        ['--base', values.base],
        ['--head', values.head],
    ]) {
        if (rev?.startsWith('-'))
            throw new context/* UsageError */.eb(`image-promote plan: ${flag} "${rev}" is not a revision`);
    }
    const probe = new Git(ctx.cwd, ctx.logger);
    const top = await probe.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
    const workspace = top.exitCode === 0 ? top.stdout.trim() : ctx.cwd;
    const configPath = values.config
        ? (0,external_node_path_.resolve)(ctx.cwd, values.config)
        : DEFAULT_CONFIGS.map((c) => (0,external_node_path_.join)(workspace, c)).find((c) => (0,external_node_fs_.existsSync)(c));
    if (!configPath)
        throw new context/* UsageError */.eb(`image-promote plan: no --config given and none of ${DEFAULT_CONFIGS.join(', ')} exists`);
    const source = fileInputSource(configPath, ctx.env);
    const config = parseConfig({
        // plan never builds, pushes or writes, whatever the file says.
        get: (name) => name === 'mode'
            ? 'plan'
            : name === 'base'
                ? (values.base ?? source.get('base'))
                : source.get(name),
    }, { workspace });
    const git = new Git(workspace, ctx.logger);
    const headRev = values.head ?? 'HEAD';
    const head = await git.resolveCommit(headRev);
    if (!head)
        throw new context/* UsageError */.eb(`image-promote plan: --head "${headRev}" is not a commit here`);
    let eventName = 'workflow_dispatch';
    let payload = {};
    if (values.event && values['event-name']) {
        eventName = values['event-name'];
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.cwd, values.event), 'utf8'));
        }
        catch (err) {
            throw new context/* UsageError */.eb(`image-promote plan: cannot read --event ${values.event}: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    const branch = (await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true })).stdout.trim();
    const env = {
        ...ctx.env,
        GITHUB_SHA: head,
        GITHUB_REF: ctx.env.GITHUB_REF ?? (branch ? `refs/heads/${branch}` : undefined),
    };
    const trigger = triggerFromEvent(eventName, payload, env, config.base);
    const deps = createEngineDeps({ config, trigger, logger: ctx.logger, env, now: new Date() });
    const result = await runEngine(deps);
    const report = buildReport(result, trigger.head);
    ctx.stdout(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : textTable(report));
    return result.failure ? 1 : 0;
}


/***/ })

};
