export const id = 380;
export const ids = [380];
export const modules = {

/***/ 4380:
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



function readInputFile(input, file, shown = file) {
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
        description: 'YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, helm-key, helm-repository-key.',
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
        description: 'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML), one per line.',
        default: '',
    },
    'overlay-format': { description: 'auto | kustomize | helm | yaml', default: 'auto' },
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
        description: 'Mutable tags added to builds from the default branch (never written into an overlay), one per line.',
        default: 'latest',
    },
    'promote-tags': {
        description: 'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
        default: '',
    },
    tag: {
        description: 'Explicit tag or reference to deploy (redeploy), or `previous` to roll back. In a matrix build job: the planned tag.',
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
        description: 'Commit and push the overlay change (retries with rebase).',
        default: 'false',
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
        description: 'Token for the GitHub API fallback of change detection.',
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
    decision: 'build | reuse | promote | rollback | skip (the strongest decision over all images).',
    reason: 'One human sentence explaining the decision.',
    tag: 'The tag to deploy (of the first image when images differ).',
    images: 'JSON array: name, repository, ref, tag, digest, decision, reason.',
    digests: 'JSON object: image name → digest.',
    matrix: 'JSON {include:[…]} of the images to build, for a build matrix.',
    base: 'Base commit of the change detection.',
    head: 'Head commit.',
    'base-rule': 'Which rule chose the base (push, new-branch, pull-request, merge-group, previous-tag, overlay, input, …).',
    changed: 'code | deploy | ignored | none | unknown.',
    'overlay-changed': 'true when this run changed (or, in a dry run, would change) an overlay file.',
    'kustomize-args': 'Arguments for `kustomize edit set image`, space separated.',
    'commit-sha': 'The overlay commit this run pushed, if any.',
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
;// CONCATENATED MODULE: ./src/tags/template.ts
/**
 * Tag templates: `sha-{sha:7}`, `pr-{pr}-{sha:7}`, `{version}`, … Pure; validated at
 * config time, rendered per image, and inverted to find which commit a deployed tag
 * came from.
 */

const TOKENS = ['sha', 'branch', 'pr', 'date', 'datetime', 'run', 'version'];
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
            if (token !== 'sha' || !/^\d+$/.test(arg) || Number(arg) < 4 || Number(arg) > 40) {
                throw new TemplateError(`{${body}}: only {sha:N} takes a length, with N from 4 to 40`);
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
        }
    })
        .join('');
    // A token that sanitises to nothing ('{branch}' of "...") must not leave a leading '-'.
    const trimmed = out.replace(/^[.-]+/, '');
    const tag = trimmed.length > 128 ? trimmed.slice(0, 128).replace(/[.-]+$/, '') : trimmed;
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
        }
    })
        .join('');
    const re = new RegExp(`^${source}$`);
    return (tag) => re.exec(tag)?.groups?.sha;
}
/** `v1.2.3` → `1.2.3`; other names are returned unchanged. */
function versionFromTagName(name) {
    return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}

;// CONCATENATED MODULE: ./src/config/types.ts
const MODES = ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'];
const OVERLAY_FORMATS = ['auto', 'kustomize', 'helm', 'yaml'];
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
    'helm-key',
    'helm-repository-key',
];
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const KEY_PATH_RE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
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
    const image = {
        name,
        repository,
        context,
        dockerfile,
        paths,
        buildArgs: buildArgs(`${where}.build-args`, fields['build-args']),
        platforms,
    };
    const target = optionalString(`${where}.target`, fields.target);
    if (target !== undefined) {
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
            throw new errors/* InputError */.dz('images', `${where}.target "${target}" is not a stage name`);
        image.target = target;
    }
    for (const [key, prop] of [
        ['helm-key', 'helmKey'],
        ['helm-repository-key', 'helmRepositoryKey'],
    ]) {
        const v = optionalString(`${where}.${key}`, fields[key]);
        if (v === undefined)
            continue;
        if (!KEY_PATH_RE.test(v))
            throw new errors/* InputError */.dz('images', `${where}.${key} "${v}" is not a dotted key path`, 'e.g. api.image.tag');
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
    if ((format === 'helm' || format === 'yaml') && images.some((i) => !i.helmKey)) {
        const missing = images.filter((i) => !i.helmKey).map((i) => i.name);
        throw new errors/* InputError */.dz('overlay-format', `"${format}" needs a helm-key for every image; missing for ${missing.join(', ')}`, 'add helm-key (e.g. api.image.tag) to each image');
    }
    const overlays = lines(source.get('overlay')).map((p) => parseOverlay('overlay', p, format, workspace));
    const fromOverlayPath = get('from-overlay');
    const fromOverlay = fromOverlayPath
        ? parseOverlay('from-overlay', fromOverlayPath, format, workspace)
        : undefined;
    const mode = oneOf('mode', get('mode') || 'auto', MODES);
    const tagTemplate = checkTemplate('tag-template', get('tag-template') || 'sha-{sha:7}', true);
    const prTagTemplate = checkTemplate('pr-tag-template', get('pr-tag-template') || 'pr-{pr}-{sha:7}', true);
    const extraTags = list(source.get('extra-tags')).map((t) => checkTemplate('extra-tags', t, false));
    const promoteTags = list(source.get('promote-tags')).map((t) => checkTemplate('promote-tags', t, false));
    const tag = get('tag') || undefined;
    if (tag !== undefined && tag !== 'previous') {
        const problem = (0,reference/* tagProblem */.qH)(tag);
        if (problem)
            throw new errors/* InputError */.dz('tag', `"${tag}" is not a valid tag: ${problem}`, 'give a tag such as sha-1a2b3c4, or "previous" to roll back');
    }
    if (tag === 'previous' && mode !== 'auto' && mode !== 'rollback') {
        throw new errors/* InputError */.dz('tag', `"previous" only means a rollback in mode auto or rollback, not ${mode}`, 'give a tag, or use mode: rollback');
    }
    if (tag !== undefined && (tag === 'latest' || extraTags.includes(tag))) {
        throw new errors/* InputError */.dz('tag', `"${tag}" is a mutable tag and is never deployed`, 'give an immutable tag such as sha-1a2b3c4 or v1.2.3');
    }
    if ((mode === 'rollback' || tag === 'previous') && overlays.length === 0) {
        throw new errors/* InputError */.dz('overlay', "a rollback reads the previous value from the overlay's git history, but no overlay is set", 'set "overlay"');
    }
    if (mode === 'promote' && !fromOverlay && tag === undefined) {
        throw new errors/* InputError */.dz('mode', '"promote" needs a source', 'set from-overlay (the overlay to promote from) or tag');
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
    const commit = parseBoolean('commit', source.get('commit'));
    if ((writeOverlay || commit) && overlays.length === 0) {
        throw new errors/* InputError */.dz(writeOverlay ? 'write-overlay' : 'commit', 'there is no overlay to write', 'set "overlay" to the file(s) to update');
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
        pinDigest: parseBoolean('pin-digest', source.get('pin-digest')),
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
    if (tag !== undefined)
        config.tag = tag;
    if (base !== undefined)
        config.base = base;
    const environment = get('environment');
    if (environment)
        config.environment = environment;
    const token = get('github-token');
    if (token)
        config.githubToken = token;
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
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(2875);
// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __webpack_require__(7950);
;// CONCATENATED MODULE: ./src/overlay/key-path-image.ts
/**
 * An image in a Helm values file or any YAML file, addressed by key paths: the tag at
 * `helm-key`, the repository at `helm-repository-key`, and a digest in a `digest` key next
 * to the tag (the convention of most charts: `image.repository`, `image.tag`, `image.digest`).
 */



function imageKeys(helmKey, helmRepositoryKey) {
    const tag = (0,key_path/* parseKeyPath */._q)(helmKey);
    const keys = { tag, digest: [...tag.slice(0, -1), 'digest'] };
    if (helmRepositoryKey)
        keys.repository = (0,key_path/* parseKeyPath */._q)(helmRepositoryKey);
    return keys;
}
function value(y, path) {
    const node = (0,yaml_edit/* readNode */.XH)(y, path);
    if (node === undefined || (0,yaml_edit/* describeNode */.WQ)(node) === 'empty')
        return undefined;
    const text = (0,yaml_edit/* scalarText */.ws)(y, node);
    if (text === undefined) {
        throw new yaml_edit/* YamlError */.Iz(`${y.file}:${(0,yaml_edit/* nodeLine */.xP)(y, node) ?? '?'}: "${(0,key_path/* formatKeyPath */.K7)(path)}" is ${(0,yaml_edit/* describeNode */.WQ)(node)}, not a value`);
    }
    return text;
}
function readKeyPathImage(y, keys) {
    const tag = value(y, keys.tag);
    const out = { found: tag !== undefined };
    if (tag !== undefined)
        out.tag = tag;
    const tagNode = (0,yaml_edit/* readNode */.XH)(y, keys.tag);
    const line = (0,yaml_edit/* nodeLine */.xP)(y, tagNode);
    if (line !== undefined)
        out.line = line;
    if ((0,dist/* isScalar */.jn)(tagNode) && typeof tagNode.value === 'number')
        out.tagIsNumber = true;
    const repository = keys.repository ? value(y, keys.repository) : undefined;
    if (repository !== undefined)
        out.newName = repository;
    // An empty digest (`digest: ""`) means "none", as chart templates read it.
    const digest = value(y, keys.digest);
    if (digest)
        out.digest = digest;
    return out;
}
/**
 * Edits for one image. A digest is cleared by writing `""` rather than removing the key, so
 * charts whose templates or schema expect the key keep working.
 */
function keyPathEdits(y, keys, update) {
    const current = readKeyPathImage(y, keys);
    const edits = [];
    if (current.tag !== update.tag)
        edits.push({ op: 'set', path: keys.tag, value: update.tag });
    if (update.newName !== undefined && current.newName !== update.newName) {
        if (!keys.repository) {
            throw new yaml_edit/* YamlError */.Iz(`${y.file}: cannot write repository "${update.newName}": the image has no helm-repository-key`);
        }
        edits.push({ op: 'set', path: keys.repository, value: update.newName });
    }
    if (update.digest === 'clear') {
        if (current.digest !== undefined)
            edits.push({ op: 'set', path: keys.digest, value: '' });
    }
    else if (update.digest !== undefined && current.digest !== update.digest.set) {
        edits.push({ op: 'set', path: keys.digest, value: update.digest.set });
    }
    return edits;
}

// EXTERNAL MODULE: ./src/overlay/kustomize.ts
var kustomize = __webpack_require__(4183);
;// CONCATENATED MODULE: ./src/overlay/state.ts
/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the text
 * comes in, the state goes out (used for the working tree and for old commits alike).
 */






const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** True for a kustomization file name, `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y, path) {
    if (KUSTOMIZATION_FILES.has((0,external_node_path_.basename)(path)))
        return true;
    const data = y.data;
    if (!isRecord(data))
        return false;
    if ((data.kind === 'Kustomization' || data.kind === 'Component') &&
        typeof data.apiVersion === 'string' &&
        data.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return true;
    }
    const images = data.images;
    return (Array.isArray(images) &&
        images.length > 0 &&
        images.every((i) => isRecord(i) && typeof i.name === 'string'));
}
/** Resolves `overlay-format: auto`: kustomize when it looks like one, else Helm key paths. */
function resolveFormat(y, overlay, images) {
    if (overlay.format !== 'auto')
        return overlay.format;
    if (looksLikeKustomization(y, overlay.path))
        return 'kustomize';
    if (images.some((i) => i.helmKey !== undefined))
        return 'helm';
    throw new errors/* InputError */.dz('overlay-format', `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list) and no image has a helm-key`, 'set overlay-format, or helm-key on each image');
}
function checkValues(state, path, warnings) {
    const tagIssue = state.tag === undefined ? undefined : (0,reference/* tagProblem */.qH)(state.tag);
    if (tagIssue) {
        warnings.push(`${path}: image ${state.name} has tag "${state.tag ?? ''}", which is not a valid tag: ${tagIssue}`);
    }
    const digestIssue = state.digest === undefined ? undefined : (0,reference/* digestProblem */.WQ)(state.digest);
    if (digestIssue) {
        warnings.push(`${path}: image ${state.name} has digest "${state.digest ?? ''}", which is not valid: ${digestIssue}`);
    }
}
/** What an already parsed overlay says about `images`. */
function overlayState(y, overlay, images) {
    const format = resolveFormat(y, overlay, images);
    const warnings = [];
    const states = new Map();
    const entries = format === 'kustomize' ? (0,kustomize/* kustomizeImages */.Aw)(y) : [];
    for (const image of images) {
        let state;
        if (format === 'kustomize') {
            const entry = entries.find((e) => e.name === image.name);
            state = { name: image.name, found: entry !== undefined };
            if (entry) {
                if (entry.newName !== undefined)
                    state.newName = entry.newName;
                if (entry.newTag !== undefined)
                    state.tag = entry.newTag;
                if (entry.digest !== undefined)
                    state.digest = entry.digest;
                if (entry.line !== undefined)
                    state.line = entry.line;
            }
        }
        else if (image.helmKey === undefined) {
            state = { name: image.name, found: false };
            warnings.push(`${overlay.path}: image ${image.name} has no helm-key, so it cannot be found in this ${format} file`);
        }
        else {
            const { found, tag, newName, digest, line, tagIsNumber } = readKeyPathImage(y, imageKeys(image.helmKey, image.helmRepositoryKey));
            state = { name: image.name, found };
            if (tag !== undefined)
                state.tag = tag;
            if (newName !== undefined)
                state.newName = newName;
            if (digest !== undefined)
                state.digest = digest;
            if (line !== undefined)
                state.line = line;
            if (tagIsNumber) {
                warnings.push(`${overlay.path}:${line ?? '?'}: ${image.helmKey} is written as a number (${tag ?? ''}); Helm reads it as a number — quote it`);
            }
        }
        checkValues(state, overlay.path, warnings);
        states.set(image.name, state);
    }
    return { overlay, format, images: states, warnings };
}
/** Parses `text` (the overlay's content now or at some commit) and reads it. */
function readOverlayText(text, overlay, images) {
    return overlayState((0,yaml_edit/* parseYaml */.hN)(text, overlay.path), overlay, images);
}

;// CONCATENATED MODULE: ./src/overlay/plan.ts







/** Tags that move; an overlay must name what runs, so these are never written. */
const ALWAYS_MUTABLE_TAGS = ['latest'];
/** `ghcr.io/acme/api:sha-1a2b3c4@sha256:…`, or just the tag when the repository is not set. */
function formatImageValue(value) {
    let out = value.newName ?? '';
    if (value.tag !== undefined)
        out += (out ? ':' : '') + value.tag;
    if (value.digest !== undefined)
        out += `@${value.digest}`;
    return out === '' ? '(none)' : out;
}
function validate(update, overlay, options) {
    const what = `cannot write image ${update.image.name} into ${overlay.path}`;
    const tagIssue = (0,reference/* tagProblem */.qH)(update.tag);
    if (tagIssue)
        throw new errors/* UserError */.yo(`${what}: tag "${update.tag}" is not valid: ${tagIssue}`);
    const mutable = [...ALWAYS_MUTABLE_TAGS, ...(options.mutableTags ?? [])];
    if (mutable.includes(update.tag)) {
        throw new errors/* UserError */.yo(`${what}: "${update.tag}" is a mutable tag; overlays name immutable tags (a commit tag like sha-1a2b3c4, or a release) — write one of those`);
    }
    if (update.digest !== undefined) {
        const digestIssue = (0,reference/* digestProblem */.WQ)(update.digest);
        if (digestIssue)
            throw new errors/* UserError */.yo(`${what}: digest "${update.digest}" is not valid: ${digestIssue}`);
    }
    else if (options.pinDigest) {
        throw new errors/* UserError */.yo(`${what}: pin-digest is on but the digest of ${update.tag} is not known`);
    }
    if (update.newName !== undefined) {
        try {
            (0,reference/* parseRepositoryName */.$M)(update.newName);
        }
        catch (err) {
            if (err instanceof reference/* ReferenceError */.AF) {
                throw new errors/* UserError */.yo(`${what}: repository "${update.newName}" is not valid: ${err.reason}`);
            }
            throw err;
        }
    }
}
function plan_valueOf(state) {
    if (!state?.found)
        return undefined;
    const value = {};
    if (state.newName !== undefined)
        value.newName = state.newName;
    if (state.tag !== undefined)
        value.tag = state.tag;
    if (state.digest !== undefined)
        value.digest = state.digest;
    return value;
}
function sameValue(a, b) {
    return a?.newName === b?.newName && a?.tag === b?.tag && a?.digest === b?.digest;
}
/** Whether an existing digest is stale once `update` is written (see the module comment). */
function staleDigest(current, update) {
    if (current.digest === undefined)
        return false;
    if (current.tag !== update.tag)
        return true;
    return update.digest !== undefined && update.digest !== current.digest;
}
function kustomizeUpdateEdits(y, update, options) {
    const entry = (0,kustomize/* findKustomizeImage */.AK)(y, update.image.name);
    let digest = 'keep';
    if (options.pinDigest && update.digest !== undefined)
        digest = { set: update.digest };
    else if (entry && staleDigest({ tag: entry.newTag, digest: entry.digest }, update))
        digest = 'remove';
    return (0,kustomize/* kustomizeEdits */.r9)(y, update.image.name, {
        newName: update.newName === undefined ? 'keep' : { set: update.newName },
        newTag: { set: update.tag },
        digest,
    });
}
function keyPathUpdateEdits(y, overlay, update, options) {
    const { helmKey, helmRepositoryKey, name } = update.image;
    if (helmKey === undefined) {
        throw new errors/* UserError */.yo(`cannot write image ${name} into ${overlay.path}: it is a values file and the image has no helm-key (e.g. api.image.tag)`);
    }
    const keys = imageKeys(helmKey, helmRepositoryKey);
    const current = readKeyPathImage(y, keys);
    let digest;
    if (options.pinDigest && update.digest !== undefined)
        digest = { set: update.digest };
    else if (staleDigest(current, update))
        digest = 'clear';
    return keyPathEdits(y, keys, {
        tag: update.tag,
        ...(update.newName === undefined ? {} : { newName: update.newName }),
        ...(digest === undefined ? {} : { digest }),
    });
}
function checkDistinct(updates, overlay) {
    const names = new Set();
    const tagKeys = new Map();
    for (const u of updates) {
        if (names.has(u.image.name)) {
            throw new Error(`internal error: image ${u.image.name} updated twice in ${overlay.path}`);
        }
        names.add(u.image.name);
        if (u.image.helmKey === undefined)
            continue;
        const key = (0,key_path/* formatKeyPath */.K7)(imageKeys(u.image.helmKey).tag);
        const other = tagKeys.get(key);
        if (other && other.tag !== u.tag) {
            throw new errors/* UserError */.yo(`images ${other.image.name} and ${u.image.name} share helm-key ${key} in ${overlay.path} but would get different tags (${other.tag}, ${u.tag})`);
        }
        tagKeys.set(key, u);
    }
}
/** Plans writing `updates` into an overlay whose current content is `text`. */
function planOverlayText(text, overlay, updates, options) {
    for (const u of updates)
        validate(u, overlay, options);
    checkDistinct(updates, overlay);
    const y = (0,yaml_edit/* parseYaml */.hN)(text, overlay.path);
    const images = updates.map((u) => u.image);
    const format = resolveFormat(y, overlay, images);
    const edits = updates.flatMap((u) => format === 'kustomize'
        ? kustomizeUpdateEdits(y, u, options)
        : keyPathUpdateEdits(y, overlay, u, options));
    const after = edits.length === 0 ? text : (0,yaml_edit/* editYaml */.aL)(text, overlay.path, edits);
    const resolved = { ...overlay, format };
    const before = overlayState(y, resolved, images).images;
    const now = overlayState((0,yaml_edit/* parseYaml */.hN)(after, overlay.path), resolved, images).images;
    const changes = [];
    for (const u of updates) {
        const from = plan_valueOf(before.get(u.image.name));
        const to = plan_valueOf(now.get(u.image.name)) ?? {};
        if (sameValue(from, to))
            continue;
        changes.push({
            image: u.image.name,
            ...(from ? { from: formatImageValue(from), before: from } : {}),
            to: formatImageValue(to),
            after: to,
        });
    }
    return { overlay, format, before: text, after, changed: after !== text, changes };
}

;// CONCATENATED MODULE: ./src/overlay/overlay-files.ts
/**
 * The overlay API the engine calls: read what an overlay runs, plan a write, and write
 * planned edits — all of them or none.
 */





async function readOverlayFile(overlay) {
    try {
        return await (0,promises_.readFile)(overlay.file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT') {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} does not exist — check the path in "overlay"`);
        }
        if (code === 'EISDIR') {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} is a directory — name the file (e.g. ${overlay.path}/kustomization.yaml)`);
        }
        throw new errors/* UserError */.yo(`cannot read overlay ${overlay.path}: ${code ?? String(err)}`);
    }
}
/** What `overlay` says each of `images` runs now. */
async function readOverlay(overlay, images) {
    return readOverlayText(await readOverlayFile(overlay), overlay, images);
}
/** Reads, validates and computes the new content of one overlay; writes nothing. */
async function planOverlayEdit(overlay, updates, options) {
    return planOverlayText(await readOverlayFile(overlay), overlay, updates, options);
}
/**
 * Writes planned edits: each file atomically, and the set as a whole — every file is checked
 * to be unchanged since planning and staged before the first one is replaced; if replacing
 * one fails, those already replaced get their old content back. Returns the
 * workspace-relative paths written.
 */
async function writeOverlayEdits(edits) {
    const changed = edits.filter((e) => e.changed);
    const files = new Set();
    for (const edit of changed) {
        if (files.has(edit.overlay.file)) {
            throw new Error(`internal error: ${edit.overlay.path} planned twice; plan all its images at once`);
        }
        files.add(edit.overlay.file);
        if ((await readOverlayFile(edit.overlay)) !== edit.before) {
            throw new errors/* UserError */.yo(`${edit.overlay.path} changed while image-promote was editing it — run again`);
        }
    }
    const staged = [];
    try {
        for (const edit of changed)
            staged.push(await (0,atomic_write/* stageWrite */.w)(edit.overlay.file, edit.after));
        const done = [];
        try {
            for (const [i, s] of staged.entries()) {
                await s.commit();
                done.push(i);
            }
        }
        catch (err) {
            for (const i of done) {
                const edit = changed[i];
                if (edit)
                    await (await (0,atomic_write/* stageWrite */.w)(edit.overlay.file, edit.before)).commit();
            }
            throw err;
        }
    }
    finally {
        await Promise.all(staged.map((s) => s.discard()));
    }
    return changed.map((e) => e.overlay.path);
}

;// CONCATENATED MODULE: ./src/plan.ts


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
/** The immutable tag a build of `sha` gets in this run. */
function buildTagFor(config, trigger, now, sha = trigger.head) {
    return trigger.pullRequest
        ? renderInput('pr-tag-template', config.prTagTemplate, tagContext(trigger, now, sha))
        : renderInput('tag-template', config.tagTemplate, tagContext(trigger, now, sha));
}
/** Renders a template from an input; a token with no value names that input. */
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
/** Mutable tags for this build: only for runs of the default branch itself. */
function extraTagsFor(config, trigger, now) {
    if (!trigger.onDefaultBranch || trigger.pullRequest)
        return [];
    return config.extraTags.map((t) => renderInput('extra-tags', t, tagContext(trigger, now)));
}
/** Tags that may move between builds and so never belong in an overlay. */
function mutableTags(config, trigger, now) {
    const ctx = tagContext(trigger, now);
    const out = new Set(['latest']);
    if (trigger.branch)
        out.add(sanitizeForTag(trigger.branch));
    for (const t of [...config.extraTags, ...config.promoteTags]) {
        try {
            out.add(renderTemplate(t, ctx));
        }
        catch {
            // A template that cannot render in this run cannot have produced a tag of it.
        }
    }
    return [...out];
}
function isMutableTag(tag, config, trigger, now) {
    return mutableTags(config, trigger, now).includes(tag);
}
function describe(change) {
    return change.example ? ` (e.g. ${change.example})` : '';
}
function deployedTagReason(deployed) {
    return deployed?.tag ? deployed.tag : 'nothing';
}
/** Decides every image for the modes that decide (auto, plan, build, reuse, promote, rollback). */
function planImages(input) {
    const { config, changes } = input;
    const selected = config.matrixImage
        ? config.images.filter((i) => i.name === config.matrixImage)
        : config.images;
    return selected.map((image) => {
        const change = input.perImage.get(image.name) ?? {
            kind: changes?.complete === false ? 'code' : 'none',
        };
        let intent;
        try {
            intent = decide(image, change, input);
        }
        catch (err) {
            // A template that cannot render for this event fails this image, not the whole run.
            if (!(err instanceof errors/* InputError */.dz))
                throw err;
            intent = { type: 'fail', reason: err.message };
        }
        return { image, change, intent };
    });
}
function decide(image, change, input) {
    const { config, trigger, changes, now } = input;
    const deployed = input.deployed.get(image.name);
    const buildTag = () => config.tag && config.tag !== 'previous' ? config.tag : buildTagFor(config, trigger, now);
    const build = (reason) => ({
        type: 'build',
        tag: buildTag(),
        extraTags: extraTagsFor(config, trigger, now),
        reason,
    });
    switch (config.mode) {
        case 'build':
            return build(config.matrixImage ? `matrix build of ${image.name}` : 'mode "build" builds every image');
        case 'reuse': {
            const tag = config.tag ?? deployed?.tag;
            if (!tag) {
                return {
                    type: 'skip',
                    reason: `mode "reuse", but the overlay has no tag for ${image.name} and no "tag" input was given`,
                };
            }
            return {
                type: 'reuse',
                tag,
                reason: config.tag
                    ? `reusing the requested tag ${tag}`
                    : `reusing ${tag}, which the overlay runs now`,
            };
        }
        case 'promote': {
            if (config.tag && config.tag !== 'previous') {
                return {
                    type: 'promote',
                    source: { tag: config.tag },
                    addTags: config.promoteTags,
                    reason: `promoting the requested tag ${config.tag}`,
                };
            }
            const source = input.source?.get(image.name);
            if (!source?.tag && !source?.digest) {
                return { type: 'skip', reason: `the source overlay does not run ${image.name}` };
            }
            return {
                type: 'promote',
                source,
                addTags: config.promoteTags,
                reason: `promoting ${source.tag ?? source.digest ?? ''} from ${config.fromOverlay?.path ?? 'the source overlay'}`,
            };
        }
        case 'rollback':
            return rollbackOrRedeploy(image, deployed, config.tag ?? 'previous');
        case 'auto':
        case 'plan':
            break;
    }
    if (trigger.deleted)
        return {
            type: 'skip',
            reason: trigger.kind === 'release'
                ? `the release ${trigger.tagName ?? ''} was not published by this event (edited, deleted or unpublished); nothing to deploy`
                : `the push deleted ${trigger.ref ?? 'the ref'}; nothing to deploy`,
        };
    if (config.tag)
        return rollbackOrRedeploy(image, deployed, config.tag);
    if (trigger.kind === 'tag' || trigger.kind === 'release') {
        const releaseTags = [
            sanitizeForTag(trigger.tagName ?? ''),
            ...config.promoteTags.map((t) => renderInput('promote-tags', t, tagContext(trigger, now))),
        ].filter(Boolean);
        return {
            type: 'release',
            releaseTags,
            buildTag: renderInput('tag-template', config.tagTemplate, tagContext(trigger, now)),
            reason: `release ${trigger.tagName ?? ''}: promoting the image built for ${trigger.head.slice(0, 7)}`,
        };
    }
    if (config.forceBuild)
        return build('force-build is set');
    const untrusted = change.untrusted ??
        (changes && !changes.complete ? (changes.note ?? 'unknown base') : undefined);
    if (untrusted !== undefined) {
        return build(`the change list cannot be trusted (${untrusted}), so building to be safe`);
    }
    if (trigger.pullRequest) {
        // Reuse the newest preview image with no code change after it; failing that, a PR
        // that changed code builds, and one that did not runs what production runs.
        const code = change.kind === 'code';
        const lookup = {
            type: 'pr-lookup',
            prNumber: trigger.pullRequest.number,
            buildTag: buildTag(),
            reason: code
                ? `code of ${image.name} changed in the pull request${describe(change)}`
                : `no code of ${image.name} changed in the pull request`,
        };
        if (!code && deployed?.tag)
            lookup.fallbackTag = deployed.tag;
        return lookup;
    }
    return decideByChange(change, deployed, build, buildTag, () => extraTagsFor(config, trigger, now), image);
}
function decideByChange(change, deployed, build, buildTag, extraTags, image) {
    const kind = change.kind;
    switch (kind) {
        case 'code':
            return build(`code of ${image.name} changed${describe(change)}`);
        case 'deploy':
            if (!deployed?.tag) {
                return build(`only deploy config changed${describe(change)}, but the overlay runs no tag of ${image.name} to reuse`);
            }
            return {
                type: 'reuse',
                tag: deployed.tag,
                buildTag: buildTag(),
                extraTags: extraTags(),
                reason: `only deploy config changed${describe(change)}; reusing ${deployed.tag}`,
            };
        case 'ignored':
            return {
                type: 'skip',
                ...(deployed?.tag ? { tag: deployed.tag } : {}),
                reason: `only ignored files changed${describe(change)}; ${image.name} keeps running ${deployedTagReason(deployed)}`,
            };
        case 'none':
            return {
                type: 'skip',
                ...(deployed?.tag ? { tag: deployed.tag } : {}),
                reason: `nothing that affects ${image.name} changed; it keeps running ${deployedTagReason(deployed)}`,
            };
    }
}
function rollbackOrRedeploy(image, deployed, tag) {
    if (tag === 'previous') {
        return {
            type: 'rollback',
            current: deployed ?? {},
            reason: `rolling ${image.name} back from ${deployedTagReason(deployed)}`,
        };
    }
    return { type: 'reuse', tag, reason: `redeploying the requested tag ${tag}` };
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
    constructor(cwd, logger = log/* silentLogger */.qq, execFn = exec/* exec */.m0, 
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
        this.logger.debug(`fetching ${sha} from ${remote}`);
        const r = await this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, sha], {
            allowFailure: true,
        });
        if (r.exitCode !== 0)
            this.logger.debug(`fetch of ${sha} failed: ${r.stderr.trim()}`);
        return this.git.hasCommit(sha);
    }
    /** Makes `refs/remotes/<remote>/<branch>` present; returns its SHA. */
    async ensureBranch(branch) {
        const remote = await this.remote();
        if (!remote)
            return this.git.resolveCommit(branch);
        const local = await this.git.resolveCommit(`refs/remotes/${remote}/${branch}`);
        if (local)
            return local;
        const r = await this.git.run([
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            '--depth=1',
            remote,
            `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
        ], { allowFailure: true });
        if (r.exitCode !== 0) {
            this.logger.debug(`fetch of branch ${branch} failed: ${r.stderr.trim()}`);
            return undefined;
        }
        return this.git.resolveCommit(`refs/remotes/${remote}/${branch}`);
    }
    /** Makes the tag `name` present (fetching just that tag); returns its commit. */
    async ensureTag(name) {
        const local = await this.git.resolveCommit(`refs/tags/${name}`);
        if (local)
            return local;
        if (name.startsWith('-'))
            return undefined;
        await this.fetchTags(`refs/tags/${name}`);
        return this.git.resolveCommit(`refs/tags/${name}`);
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
        const depth = (await this.git.isShallow()) ? ['--depth=1'] : [];
        await this.git.run(['fetch', '--no-recurse-submodules', ...depth, remote, `+${pattern}:${pattern}`], {
            allowFailure: true,
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
            if (!(await this.git.isShallow()))
                return undefined;
            this.logger.info(`deepening the shallow clone by ${step} commits to find the base`);
            const r = await this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${step}`, remote, ...refs], { allowFailure: true });
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

;// CONCATENATED MODULE: ./src/engine/context.ts


/** How far back release and PR lookups walk. */
const LOOKBACK_COMMITS = 100;
function classifier(config) {
    return new Classifier({
        deployPaths: config.deployPaths,
        ignorePaths: config.ignorePaths,
        images: config.images,
    });
}
function newResult(image, decision, reason, change) {
    return {
        name: image.name,
        repository: image.repository.name,
        decision,
        reason,
        change: change.kind,
        status: 'planned',
        addedTags: [],
    };
}
function fail(result, error) {
    result.status = 'failed';
    result.error = error;
    return result;
}
function refFor(image, tag) {
    return (0,reference/* withTagAndDigest */.gh)(image.repository, tag);
}
async function exists(deps, ref) {
    const registry = await deps.registries.forReference(ref);
    return (await registry.resolve(ref))?.digest;
}

;// CONCATENATED MODULE: ./src/engine/changes.ts




/**
 * What the deployed tag of `image` says about the commit it came from: the SHA prefix the
 * tag template encodes (sha-1a2b3c4 → 1a2b3c4), or a release tag's name (v1.2.3).
 */
function deployedCommitHint(config, deployed) {
    const tag = deployed?.tag;
    if (!tag)
        return undefined;
    return shaExtractor(config.tagTemplate)?.(tag) ?? (isVersionTag(tag) ? tag : undefined);
}
/**
 * Changes per image. Most events have one base for all; for dispatch/schedule the base is
 * the commit each image's deployed tag came from, so every image is compared with what
 * it runs (a stale image is never hidden behind a newer one's base).
 */
async function detectPerImage(deps, deployed) {
    const { config, trigger } = deps;
    const detect = (overlayCommit) => detectChanges(trigger, {
        git: deps.git,
        logger: deps.logger,
        ...(deps.api ? { api: deps.api } : {}),
        overlayCommit: () => Promise.resolve(overlayCommit),
    });
    const classify = (changes, images) => {
        if (changes.complete)
            return classifier({ ...config, images }).classify(changes.files);
        const untrusted = changes.note ?? 'unknown base';
        return new Map(images.map((i) => [i.name, { kind: 'code', untrusted }]));
    };
    if (trigger.base.kind !== 'overlay') {
        const changes = await detect();
        return { changes, perImage: classify(changes, config.images) };
    }
    const groups = new Map();
    for (const image of config.images) {
        const hint = deployedCommitHint(config, deployed.get(image.name));
        groups.set(hint, [...(groups.get(hint) ?? []), image]);
    }
    const perImage = new Map();
    let reported;
    for (const [hint, images] of groups) {
        const changes = await detect(hint);
        for (const [name, change] of classify(changes, images))
            perImage.set(name, change);
        // The outputs show one range: the first image's.
        if (images.includes(config.images[0]))
            reported = changes;
    }
    return { changes: reported, perImage };
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

;// CONCATENATED MODULE: ./src/engine/execute.ts
/** Carrying out the decisions: builds, registry promotions, and the final verification. */









/**
 * Images are built from the commit their tag names. When the checkout is elsewhere (the
 * PR merge commit actions/checkout makes by default, the default branch in a workflow_run),
 * that commit is checked out into a temporary worktree. Returns its path, or undefined when
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
async function executeBuilds(settled, deps) {
    const toBuild = settled.filter((s) => s.build && s.result.status !== 'failed');
    if (toBuild.length === 0)
        return;
    const labels = (tag) => ociLabels({
        revision: deps.trigger.head,
        created: deps.now.toISOString(),
        version: deps.trigger.version ?? tag,
        ...(deps.sourceUrl ? { source: deps.sourceUrl } : {}),
    });
    const requests = toBuild.map((s) => {
        const b = s.build;
        return {
            image: s.image,
            tags: [b.tag, ...b.extraTags].map((t) => refFor(s.image, t)),
            labels: labels(b.tag),
            push: deps.config.push,
            cacheFrom: deps.config.cacheFrom,
            cacheTo: deps.config.cacheTo,
        };
    });
    let outcomes;
    let worktree;
    try {
        worktree = await headWorktree(deps);
        outcomes = await deps.build(requests, worktree ?? deps.config.workspace);
    }
    catch (err) {
        // No docker, no head commit, or a request no builder can honour: every image fails, with why.
        for (const s of toBuild)
            fail(s.result, (0,errors/* errorMessage */.gJ)(err));
        return;
    }
    finally {
        if (worktree) {
            await deps.git.run(['worktree', 'remove', '--force', worktree], { allowFailure: true });
            await (0,promises_.rm)(worktree, { recursive: true, force: true });
        }
    }
    for (const s of toBuild) {
        const outcome = outcomes.find((o) => o.name === s.image.name);
        const b = s.build;
        if (!outcome || outcome.status === 'failed') {
            fail(s.result, outcome?.message ?? 'the build did not report an outcome');
            continue;
        }
        if (outcome.status === 'reused')
            s.result.reason += ` (${b.tag} was already built by an earlier run; not rebuilt)`;
        if (outcome.digest)
            s.result.digest = outcome.digest;
        if (b.thenTags.length > 0) {
            // A release built now still gets its release tags on the same digest.
            s.promote = {
                source: refFor(s.image, b.tag),
                targets: b.thenTags.map((t) => refFor(s.image, t)),
            };
        }
    }
}
async function executePromotions(settled, deps) {
    for (const s of settled) {
        if (!s.promote || s.result.status === 'failed')
            continue;
        try {
            const registry = await deps.registries.forReference(s.promote.source);
            for (const target of s.promote.targets) {
                const sameRepo = target.name === s.promote.source.name;
                const options = {
                    allowOverwrite: deps.config.allowTagOverwrite ||
                        isMutableTag(target.tag ?? '', deps.config, deps.trigger, deps.now),
                };
                const done = sameRepo
                    ? await registry.addTag(s.promote.source, target.tag ?? '', options)
                    : await registry.copy(s.promote.source, target, options);
                if (s.result.digest && done.descriptor.digest !== s.result.digest) {
                    throw new Error(`promotion to ${(0,reference/* formatReference */.FH)(target)} produced ${done.descriptor.digest}, not ${s.result.digest}`);
                }
                s.result.digest = done.descriptor.digest;
            }
            s.promoted = true;
        }
        catch (err) {
            fail(s.result, (0,errors/* errorMessage */.gJ)(err));
        }
    }
}
/** Guarantee 1: every tag reported or written is looked up right before output. */
async function verifyAll(settled, deps, planning) {
    await Promise.all(settled.map(async (s) => {
        const r = s.result;
        if (r.status === 'failed' || (!r.tag && !r.digest))
            return;
        if (s.promote && !s.promoted) {
            // Not carried out (plan, dry run, push: false, or another image failed): the
            // source digest is known, the new tags are not in the registry.
            r.status = 'planned';
            return;
        }
        if (s.build && (planning || !deps.config.push)) {
            // Not pushed by this run (plan, dry run, push: false). An earlier run may have
            // built it already; then it is verified and a fan-out need not build it again.
            const digest = r.tag
                ? await exists(deps, refFor(s.image, r.tag)).catch(() => undefined)
                : undefined;
            if (digest) {
                Object.assign(r, { digest, status: 'verified' });
                r.reason += ` (${r.tag ?? ''} is already in the registry from an earlier run)`;
            }
            else {
                r.status = 'planned';
            }
            return;
        }
        try {
            const ref = r.tag
                ? refFor(s.image, r.tag)
                : (0,reference/* withTagAndDigest */.gh)(s.image.repository, undefined, r.digest);
            const digest = await exists(deps, ref);
            if (!digest) {
                fail(r, `${(0,reference/* formatReference */.FH)(ref)} does not exist in the registry`);
                return;
            }
            if (r.digest && r.digest !== digest) {
                fail(r, `${(0,reference/* formatReference */.FH)(ref)} points to ${digest}, expected ${r.digest}`);
                return;
            }
            r.digest = digest;
            r.status = 'verified';
        }
        catch (err) {
            fail(r, (0,errors/* errorMessage */.gJ)(err));
        }
    }));
}

;// CONCATENATED MODULE: ./src/overlay/commit.ts
/**
 * Commit the overlay files (and nothing else) and push, retrying when the branch moved:
 * fetch it, move onto it keeping the working tree, restore the overlay files from it, let the
 * engine re-apply its edit to that content, commit again. Two writers racing on one branch
 * both land, each edit applied to the other's result.
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
/** Symlinked overlays are edited through their target, so that is what gets committed. */
async function gitPaths(git, files) {
    const root = await (0,promises_.realpath)(git.cwd);
    return Promise.all(files.map(async (f) => (0,external_node_path_.relative)(root, await (0,promises_.realpath)((0,external_node_path_.join)(git.cwd, f)))
        .split(external_node_path_.sep)
        .join('/')));
}
async function head(git) {
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
    // not an automated deploy commit's.
    await git.run([
        '-c',
        'commit.gpgsign=false',
        'commit',
        '--no-verify',
        '--only',
        '--quiet',
        '-m',
        message,
        '--',
        ...paths,
    ], { env: BOT_ENV });
    return true;
}
async function currentBranch(git) {
    const r = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
    const branch = r.stdout.trim();
    if (r.exitCode !== 0 || branch === '') {
        throw new errors/* UserError */.yo('cannot push the overlay commit: HEAD is detached and no branch was given');
    }
    return branch;
}
async function commitOverlays(git, params) {
    const logger = params.logger ?? log/* silentLogger */.qq;
    const sleep = params.sleep ?? defaultSleep;
    const remote = params.remote ?? 'origin';
    const maxAttempts = Math.max(1, params.maxAttempts ?? 5);
    const paths = await gitPaths(git, params.files);
    // Know where to push before committing, so a failure leaves no commit behind.
    const branch = params.push ? (params.branch ?? (await currentBranch(git))) : undefined;
    let committed = await commitPaths(git, paths, params.message);
    // Nothing new: do not push whatever else the local branch may hold.
    if (branch === undefined || !committed) {
        return { sha: await head(git), committed, pushed: false, attempts: 0 };
    }
    for (let attempt = 1;; attempt++) {
        const push = await git.run(['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`], {
            allowFailure: true,
        });
        if (push.exitCode === 0)
            return { sha: await head(git), committed, pushed: true, attempts: attempt };
        const output = `${push.stdout}\n${push.stderr}`.trim();
        if (!RETRYABLE.test(output)) {
            throw new errors/* UserError */.yo(`git push to ${remote} ${branch} failed: ${push.stderr.trim() || output}`);
        }
        if (attempt >= maxAttempts) {
            throw new errors/* UserError */.yo(`could not push the overlay commit to ${remote} ${branch} after ${attempt} attempts: the branch kept moving`);
        }
        const wait = backoff(attempt);
        logger.info(`${branch} moved on ${remote}; re-applying the overlay change on top (attempt ${attempt + 1} of ${maxAttempts}, in ${wait} ms)`);
        await sleep(wait);
        await git.run(['fetch', '--no-tags', remote, `refs/heads/${branch}`]);
        const tip = (await git.run(['rev-parse', 'FETCH_HEAD'])).stdout.trim();
        // Move onto the remote tip, keeping the working tree (build output, other changes) as is;
        // only the overlay files are reset to the tip's content before the edit is re-applied.
        await git.run(['reset', '--quiet', tip]);
        await git.run(['checkout', tip, '--', ...paths]);
        await params.reapply();
        committed = await commitPaths(git, paths, params.message);
        if (!committed) {
            logger.info(`${remote} ${branch} already has the overlay change; nothing to push`);
            return { sha: tip, committed: false, pushed: false, attempts: attempt };
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/overlays.ts






/**
 * Writes every verified ref into the overlays that already run the image (the first
 * overlay when none does). All edits are planned before any file is written.
 */
async function applyOverlays(settled, states, deps, result) {
    const { config } = deps;
    if (config.commit && deps.trigger.pullRequest) {
        // It would push the overlay onto the PR's branch (or, for a fork, a branch of that name here).
        throw new errors/* UserError */.yo('commit: true does not apply to pull request events; use write-overlay to render a preview');
    }
    const updates = overlayUpdates(settled, deps);
    if (updates.length === 0)
        return;
    const mutable = mutableTags(config, deps.trigger, deps.now);
    const planEdits = async () => {
        const edits = [];
        for (const [i, state] of states.entries()) {
            const mine = updates
                .filter((u) => {
                const holders = states.filter((s) => s.images.get(u.image.name)?.found);
                return holders.length === 0 ? i === 0 : holders.includes(state);
            })
                .map((u) => needsNewName(state, u.image) ? { ...u, newName: u.image.repository.familiar } : u);
            if (mine.length > 0)
                edits.push(await planOverlayEdit(state.overlay, mine, {
                    pinDigest: config.pinDigest,
                    mutableTags: mutable,
                }));
        }
        return edits.filter((e) => e.changed);
    };
    const edits = await planEdits();
    result.overlayChanged = edits.length > 0;
    result.overlayFiles = edits.map((e) => e.overlay.path);
    if (config.dryRun || edits.length === 0)
        return;
    await writeOverlayEdits(edits);
    if (!config.commit)
        return;
    const message = renderCommitMessage(config.commitMessage, {
        ...(config.environment ? { environment: config.environment } : {}),
        sha: deps.trigger.head,
        changes: edits.flatMap((e) => e.changes.map(messageChange)),
    });
    // Tag and release checkouts are detached: their overlay change goes to the default branch.
    const branch = deps.trigger.kind === 'tag' || deps.trigger.kind === 'release'
        ? (deps.trigger.defaultBranch ?? 'main')
        : deps.trigger.branch;
    const committed = await commitOverlays(deps.git, {
        files: edits.map((e) => e.overlay.path),
        message,
        push: true,
        ...(branch ? { branch } : {}),
        logger: deps.logger,
        reapply: async () => {
            await writeOverlayEdits(await planEdits());
        },
    });
    if (committed.committed || committed.pushed)
        result.commitSha = committed.sha;
}
/** Tags alone read best in a commit subject; the full values only when the repository moved. */
function messageChange(c) {
    const sameRepository = (c.before?.newName ?? '') === (c.after.newName ?? '');
    const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
    const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
    return { image: c.image, to, ...(from ? { from } : {}) };
}
/**
 * Whether the overlay must also say which repository to pull from: when its entry is new
 * or names another repository than the one the tag was verified in (e.g. after a copy).
 */
function needsNewName(state, image) {
    const value = state.images.get(image.name);
    const current = value?.newName ?? (state.format === 'kustomize' ? image.name : undefined);
    if (current === undefined)
        return image.helmRepositoryKey !== undefined;
    const parsed = (0,reference/* tryParseReference */.WF)(current);
    return !parsed.ok || parsed.ref.name !== image.repository.name;
}
function overlayUpdates(settled, deps) {
    const updates = [];
    for (const s of settled) {
        const r = s.result;
        if (!s.write || r.status !== 'verified' || !r.tag)
            continue;
        // Guarantee 1, second half: a tag that moves never goes into an overlay.
        if (isMutableTag(r.tag, deps.config, deps.trigger, deps.now)) {
            throw new Error(`refusing to write the mutable tag ${r.tag} of ${r.name} into an overlay`);
        }
        updates.push({ image: s.image, tag: r.tag, ...(r.digest ? { digest: r.digest } : {}) });
    }
    return updates;
}

;// CONCATENATED MODULE: ./src/overlay/history.ts
/**
 * Rollback targets from the overlay's git history: the values an image had before the one
 * it runs now. Only first-parent commits of HEAD that changed the overlay file are looked at
 * (merges count as the change they brought to the branch); commits that left the image's
 * value alone (config-only changes) and the value being rolled back from are skipped.
 */





/** Values are the same when they name the same image: repository and tag, or the digest alone. */
function valueKey(v) {
    return [v.newName ?? '', v.tag ?? '', v.tag === undefined ? (v.digest ?? '') : ''].join('\0');
}
async function repoPath(git, file) {
    const top = await (0,promises_.realpath)(await git.topLevel());
    return (0,external_node_path_.relative)(top, await (0,promises_.realpath)(file))
        .split(external_node_path_.sep)
        .join('/');
}
async function commitsTouching(git, path, max) {
    const r = await git.run(['log', '--first-parent', '--format=%H', `--max-count=${max}`, 'HEAD', '--', path], { allowFailure: true });
    if (r.exitCode !== 0)
        throw new Error(`git log of ${path} failed: ${r.stderr.trim()}`);
    return r.stdout.split('\n').filter(Boolean);
}
/**
 * Runs `scan` over the commits that touched `path`; in a shallow clone, as long as `scan`
 * needs more (returns undefined), deepens HEAD's history in the shared bounded steps.
 */
async function withHistory(git, logger, deepen, scan) {
    if (!deepen)
        return scan(false);
    const head = await git.resolveCommit('HEAD');
    const history = new History(git, logger);
    return history.deepenUntil(head ? [head] : [], async () => scan(await git.isShallow()));
}
/** The image's value in the overlay at `commit`, or undefined (absent, unreadable). */
async function valueAt(git, path, commit, overlay, image, logger) {
    const show = await git.run(['show', `${commit}:${path}`], { allowFailure: true });
    if (show.exitCode !== 0)
        return undefined;
    try {
        const state = readOverlayText(show.stdout, overlay, [image]).images.get(image.name);
        return state?.found ? { ...state } : undefined;
    }
    catch (err) {
        logger.debug(`rollback: skipping ${commit}: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}
/**
 * Distinct earlier values of `image` in `overlay`, newest first, without `current`. The
 * engine checks them against the registry in order and takes the first that exists.
 */
async function findPreviousValues(git, overlay, image, current, options = {}) {
    const limit = options.limit ?? 5;
    const maxCommits = options.maxCommits ?? 200;
    const logger = options.logger ?? log/* silentLogger */.qq;
    const path = await repoPath(git, overlay.file);
    const currentKey = valueKey(current);
    const found = new Map();
    const seen = new Set();
    let lastKey;
    await withHistory(git, logger, options.deepen !== false, async (shallow) => {
        for (const commit of await commitsTouching(git, path, maxCommits)) {
            if (seen.has(commit))
                continue;
            seen.add(commit);
            const value = await valueAt(git, path, commit, overlay, image, logger);
            const key = value === undefined ? undefined : valueKey(value);
            if (lastKey !== undefined && key !== lastKey) {
                const run = found.get(lastKey);
                if (run)
                    run.open = false;
            }
            lastKey = key;
            if (value === undefined || key === undefined || key === currentKey)
                continue;
            const known = found.get(key);
            if (!known) {
                const entry = { commit };
                if (value.newName !== undefined)
                    entry.newName = value.newName;
                if (value.tag !== undefined)
                    entry.tag = value.tag;
                if (value.digest !== undefined)
                    entry.digest = value.digest;
                found.set(key, { value: entry, open: true });
            }
            else if (known.open) {
                // Still the same run of commits: this older one is where the value came in.
                known.value.commit = commit;
            }
        }
        // The run still open may continue in older history, so only stop on a closed set.
        const enough = [...found.values()].filter((f) => !f.open).length >= limit;
        return enough || seen.size >= maxCommits || !shallow ? true : undefined;
    });
    return [...found.values()].slice(0, limit).map((f) => f.value);
}
/**
 * The first-parent commit that put the current value of `image` into `overlay` (the oldest
 * commit of the run of commits, counted from HEAD, in which the image had that value), or
 * undefined when HEAD does not have it or the history cannot be made long enough. Rollback
 * uses it to find the images the last deploy changed.
 */
async function findCurrentSince(git, overlay, image, current, options = {}) {
    const path = await repoPath(git, overlay.file);
    const currentKey = valueKey(current);
    const logger = options.logger ?? log/* silentLogger */.qq;
    const answer = await withHistory(git, logger, true, async (shallow) => {
        let since;
        for (const commit of await commitsTouching(git, path, options.maxCommits ?? 200)) {
            const value = await valueAt(git, path, commit, overlay, image, logger);
            if (value === undefined || valueKey(value) !== currentKey)
                return { since };
            since = commit;
        }
        // The value goes back to the oldest commit we have: in a full clone that is the
        // answer; in a shallow one the run may go on further back.
        return shallow ? undefined : { since };
    });
    return answer?.since;
}

;// CONCATENATED MODULE: ./src/engine/settle.ts








/**
 * `tag: previous` rolls back the last deploy: only the images whose current value came in
 * with the newest overlay commit that changed any image. The others keep running what
 * they run (their own previous value may be months old).
 */
async function scopeRollback(plans, deps, deployed) {
    const overlay = deps.config.overlays[0];
    const rollbacks = plans.filter((p) => p.intent.type === 'rollback');
    if (!overlay || rollbacks.length < 2)
        return;
    // First the commits that brought each current value (this may deepen a shallow clone) …
    const sinceCommit = new Map();
    for (const plan of rollbacks) {
        const current = deployed.get(plan.image.name);
        sinceCommit.set(plan.image.name, current
            ? await findCurrentSince(deps.git, overlay, plan.image, current, { logger: deps.logger })
            : undefined);
    }
    // … then their order on the first-parent line of HEAD.
    const order = (await deps.git.run(['rev-list', '--first-parent', 'HEAD'], { allowFailure: true })).stdout
        .split('\n')
        .filter(Boolean);
    const position = new Map(order.map((sha, i) => [sha, i]));
    const rank = (name) => position.get(sinceCommit.get(name) ?? '') ?? Infinity;
    const newest = Math.min(...rollbacks.map((p) => rank(p.image.name)));
    if (newest === Infinity)
        return;
    for (const plan of rollbacks) {
        const r = rank(plan.image.name);
        if (r === newest)
            continue;
        const tag = deployed.get(plan.image.name)?.tag;
        plan.intent = {
            type: 'skip',
            ...(tag ? { tag } : {}),
            reason: r === Infinity
                ? `the overlay's history does not show when ${plan.image.name} got its current value, so it is not rolled back; it keeps running ${tag ?? 'what it runs'}`
                : `the last deploy (${order[newest]?.slice(0, 7) ?? '?'}) did not change ${plan.image.name}; it keeps running ${tag ?? 'what it runs'}`,
        };
    }
}
/** Turns one intent into a result, looking things up where the intent needs facts. */
async function settle(plan, deps, deployed, changes) {
    const { image, change, intent } = plan;
    try {
        return await settleIntent(image, change, intent, deps, deployed, changes);
    }
    catch (err) {
        const decision = intent.type === 'pr-lookup'
            ? 'reuse'
            : intent.type === 'release'
                ? 'promote'
                : intent.type === 'fail'
                    ? 'skip'
                    : intent.type;
        return {
            image,
            result: fail(newResult(image, decision, intent.type === 'fail' ? 'cannot be decided for this event' : intent.reason, change), (0,errors/* errorMessage */.gJ)(err)),
            write: false,
        };
    }
}
async function settleIntent(image, change, intent, deps, deployed, changes) {
    const { config } = deps;
    const buildSettled = (tag, extraTags, reason, thenTags = []) => {
        const result = newResult(image, 'build', reason, change);
        result.tag = tag;
        result.addedTags = [...extraTags, ...thenTags];
        return { image, result, build: { tag, extraTags, thenTags }, write: true };
    };
    switch (intent.type) {
        case 'fail':
            throw new Error(intent.reason);
        case 'build':
            return buildSettled(intent.tag, intent.extraTags, intent.reason);
        case 'reuse': {
            const digest = await exists(deps, refFor(image, intent.tag));
            if (digest) {
                const result = newResult(image, 'reuse', intent.reason, change);
                Object.assign(result, { tag: intent.tag, digest, status: 'verified' });
                return { image, result, write: true };
            }
            if (intent.buildTag) {
                return buildSettled(intent.buildTag, intent.extraTags ?? [], `${intent.reason.split(';')[0] ?? ''}; the deployed tag ${intent.tag} is no longer in ${image.repository.name}, so building`);
            }
            throw new Error(`tag ${intent.tag} does not exist in ${image.repository.name}`);
        }
        case 'skip': {
            const result = newResult(image, 'skip', intent.reason, change);
            if (intent.tag) {
                const digest = await exists(deps, refFor(image, intent.tag));
                if (digest)
                    Object.assign(result, { tag: intent.tag, digest, status: 'verified' });
                else {
                    result.reason += ` (warning: ${intent.tag} is no longer in the registry)`;
                    deps.logger.warning(`${image.name}: the overlay runs ${intent.tag}, which is not in ${image.repository.name}`);
                }
            }
            else {
                result.status = 'verified';
            }
            return { image, result, write: false };
        }
        case 'pr-lookup': {
            const found = await findPrImage(image, intent, deps, changes);
            if (found) {
                const since = found.sha === deps.trigger.head
                    ? ''
                    : `, and none changed since ${found.sha.slice(0, 7)}`;
                const result = newResult(image, 'reuse', `${intent.reason}${since}; reusing the preview image ${found.tag}`, change);
                Object.assign(result, { tag: found.tag, digest: found.digest, status: 'verified' });
                return { image, result, write: true };
            }
            if (intent.fallbackTag) {
                const digest = await exists(deps, refFor(image, intent.fallbackTag));
                if (digest) {
                    const result = newResult(image, 'reuse', `${intent.reason} and no preview image exists yet; using ${intent.fallbackTag} from the overlay`, change);
                    Object.assign(result, { tag: intent.fallbackTag, digest, status: 'verified' });
                    return { image, result, write: true };
                }
            }
            return buildSettled(intent.buildTag, [], intent.fallbackTag !== undefined || change.kind !== 'code'
                ? `${intent.reason}, but no preview or deployed image exists to reuse, so building`
                : intent.reason);
        }
        case 'release':
            return settleRelease(image, change, intent, deps, buildSettled);
        case 'promote': {
            const sourceRepo = intent.source.newName
                ? (0,reference/* parseReference */.F2)(intent.source.newName)
                : image.repository;
            const sourceRef = (0,reference/* withTagAndDigest */.gh)(sourceRepo, intent.source.digest ? undefined : intent.source.tag, intent.source.digest);
            const registry = await deps.registries.forReference(sourceRef);
            const found = await registry.resolve(sourceRef);
            if (!found)
                throw new Error(`the source ${(0,reference/* formatReference */.FH)(sourceRef)} does not exist`);
            if (intent.source.tag && intent.source.digest) {
                const byTag = await registry.resolve((0,reference/* withTagAndDigest */.gh)(sourceRepo, intent.source.tag));
                if (byTag?.digest !== intent.source.digest) {
                    throw new Error(`the source overlay pins ${intent.source.digest}, but ${intent.source.tag} now points to ${byTag?.digest ?? 'nothing'}`);
                }
            }
            const tag = intent.source.tag;
            if (!tag) {
                throw new Error(`the source pins only a digest for ${image.name}; image-promote deploys tags (add the tag next to the digest in the source overlay)`);
            }
            const targets = [];
            const addTags = intent.addTags.map((t) => renderTemplate(t, tagContext(deps.trigger, deps.now)));
            if (sourceRepo.name !== image.repository.name && tag)
                targets.push(refFor(image, tag));
            for (const t of addTags)
                targets.push(refFor(image, t));
            const result = newResult(image, 'promote', intent.reason, change);
            result.digest = found.digest;
            if (tag)
                result.tag = tag;
            result.addedTags = addTags;
            return {
                image,
                result,
                promote: { source: (0,reference/* withTagAndDigest */.gh)(sourceRepo, undefined, found.digest), targets },
                write: true,
            };
        }
        case 'rollback': {
            const overlay = config.overlays[0];
            if (!overlay)
                throw new Error('rollback needs an overlay whose history to read');
            const current = intent.current.tag || intent.current.digest
                ? intent.current
                : (deployed.get(image.name) ?? {});
            const candidates = await findPreviousValues(deps.git, overlay, image, current, {
                logger: deps.logger,
            });
            // A previous value with the digest that runs now (the sha tag a release was promoted
            // from) would change nothing: the rollback target is the previous *image*.
            const currentRef = current.tag || current.digest
                ? (0,reference/* withTagAndDigest */.gh)(image.repository, current.digest ? undefined : current.tag, current.digest)
                : undefined;
            const currentDigest = currentRef ? await exists(deps, currentRef) : undefined;
            for (const c of candidates) {
                // Overlays are written with tags; a digest-only value cannot be written back.
                if (!c.tag)
                    continue;
                const repo = c.newName ? (0,reference/* parseReference */.F2)(c.newName) : image.repository;
                const ref = (0,reference/* withTagAndDigest */.gh)(repo, c.digest ? undefined : c.tag, c.digest);
                const digest = await exists(deps, ref);
                if (!digest) {
                    deps.logger.info(`${image.name}: ${(0,reference/* formatReference */.FH)(ref)} from ${c.commit.slice(0, 7)} is no longer in the registry; looking further back`);
                    continue;
                }
                if (digest === currentDigest) {
                    deps.logger.info(`${image.name}: ${(0,reference/* formatReference */.FH)(ref)} is the image that runs now; looking further back`);
                    continue;
                }
                const result = newResult(image, 'rollback', `${intent.reason} to ${c.tag} (deployed by ${c.commit.slice(0, 7)})`, change);
                Object.assign(result, { digest, status: 'verified', tag: c.tag });
                return { image, result, write: true };
            }
            throw new Error(`no earlier deployed value of ${image.name} in ${overlay.path}'s history exists in the registry`);
        }
    }
}
const tagLists = new WeakMap();
/**
 * The tag `template` gave a build of `sha`, if that image is in the registry. A template of
 * only {sha} (and {pr}) is rendered again; one with {branch}, {run}, {date}, … cannot be, so
 * the repository's tags are listed once and matched by the SHA they encode.
 */
async function builtTag(deps, image, template, sha, pr) {
    const rerenderable = tokensOf(template).every((t) => t === 'sha' || (t === 'pr' && pr !== undefined));
    if (rerenderable) {
        const tag = renderTemplate(template, {
            sha,
            date: deps.now,
            ...(pr === undefined ? {} : { pr }),
        });
        const digest = await exists(deps, refFor(image, tag));
        return digest ? { tag, digest } : undefined;
    }
    const extract = shaExtractor(template);
    if (!extract)
        return undefined;
    let cache = tagLists.get(deps);
    if (!cache)
        tagLists.set(deps, (cache = new Map()));
    let tags = cache.get(image.repository.name);
    if (!tags) {
        tags = deps.registries.forReference(image.repository).then((r) => r.listTags(image.repository));
        cache.set(image.repository.name, tags);
    }
    for (const tag of await tags) {
        const prefix = extract(tag);
        if (!prefix || !sha.startsWith(prefix))
            continue;
        const digest = await exists(deps, refFor(image, tag));
        if (digest)
            return { tag, digest };
    }
    return undefined;
}
/** Newest commit of the PR whose preview image exists and after which no code changed. */
async function findPrImage(image, intent, deps, changes) {
    if (!changes?.base || changes.source !== 'git')
        return undefined;
    const r = await deps.git.run(['rev-list', `--max-count=${LOOKBACK_COMMITS}`, `${changes.base}..${deps.trigger.head}`], { allowFailure: true });
    if (r.exitCode !== 0)
        return undefined;
    const commits = r.stdout.split('\n').filter(Boolean);
    const classify = classifier(deps.config);
    for (const sha of commits) {
        const found = await builtTag(deps, image, deps.config.prTagTemplate, sha, intent.prNumber);
        if (!found)
            continue;
        const { tag, digest } = found;
        const since = classify
            .classify(await gitChangedFiles(deps.git, sha, deps.trigger.head))
            .get(image.name);
        // Code changed after that image was built (e.g. changed and reverted): it is stale.
        if (since?.kind === 'code')
            return undefined;
        return { tag, sha, digest };
    }
    return undefined;
}
async function settleRelease(image, change, intent, deps, buildSettled) {
    const { trigger, git, config } = deps;
    const head = trigger.head;
    const history = new History(git, deps.logger);
    const branch = trigger.defaultBranch ?? 'main';
    const tip = await history.ensureBranch(branch);
    if (!tip)
        throw new Error(`cannot fetch the default branch "${branch}" to check that ${trigger.tagName ?? head} is on it`);
    const reachable = await history.deepenUntil([tip, head], async () => (await git.isAncestor(head, tip)) ? true : (await git.isShallow()) ? undefined : false);
    if (reachable !== true) {
        throw new Error(`${trigger.tagName ?? head} points at ${head.slice(0, 7)}, which is not on the default branch "${branch}"; refusing to promote an unmerged commit`);
    }
    const log = await git.run(['rev-list', '--first-parent', `--max-count=${LOOKBACK_COMMITS}`, head], { allowFailure: true });
    const commits = log.stdout.split('\n').filter(Boolean);
    const classify = classifier(config);
    for (const sha of commits) {
        const found = await builtTag(deps, image, config.tagTemplate, sha);
        if (!found)
            continue;
        const { tag, digest } = found;
        const since = sha === head
            ? undefined
            : classify.classify(await gitChangedFiles(git, sha, head)).get(image.name);
        if (since?.kind === 'code')
            break;
        const result = newResult(image, 'promote', `${intent.reason}: found ${tag}${sha === head ? '' : ` (built for ${sha.slice(0, 7)}; no code of ${image.name} changed since)`}`, change);
        Object.assign(result, {
            tag: intent.releaseTags[0] ?? tag,
            digest,
            addedTags: intent.releaseTags,
        });
        return {
            image,
            result,
            promote: {
                source: (0,reference/* withTagAndDigest */.gh)(image.repository, undefined, digest),
                targets: intent.releaseTags.map((t) => refFor(image, t)),
            },
            write: true,
        };
    }
    const settled = buildSettled(intent.buildTag, [], `${intent.reason}, but no image was built for it, so building ${intent.buildTag} once`, intent.releaseTags);
    settled.result.decision = 'build';
    return settled;
}
/** from-plan: the deploy job of a fan-out; every planned image must now exist. */
function settleFromPlan(deps) {
    const out = [];
    for (const planned of deps.config.fromPlan ?? []) {
        const image = deps.config.images.find((i) => i.name === planned.name);
        if (!image)
            continue;
        const result = {
            name: image.name,
            repository: image.repository.name,
            decision: planned.decision,
            reason: `applying the plan: ${planned.decision}${planned.tag ? ` ${planned.tag}` : ''}`,
            change: 'none',
            status: planned.tag ? 'planned' : 'verified',
            addedTags: planned.addTags,
            ...(planned.tag ? { tag: planned.tag } : {}),
        };
        const settled = { image, result, write: planned.decision !== 'skip' };
        if (planned.decision === 'promote' && planned.digest) {
            // A planned promotion (e.g. a release) happens here, on the digest the plan found.
            settled.promote = {
                source: (0,reference/* withTagAndDigest */.gh)(image.repository, undefined, planned.digest),
                targets: [...new Set([planned.tag, ...planned.addTags])]
                    .filter(Boolean)
                    .map((t) => refFor(image, t)),
            };
            result.digest = planned.digest;
        }
        else if (planned.decision !== 'skip' && planned.tag && planned.addTags.length > 0) {
            // Release tags of an image the matrix built: added once the build is verified.
            settled.promote = {
                source: refFor(image, planned.tag),
                targets: planned.addTags.map((t) => refFor(image, t)),
            };
        }
        out.push(settled);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/run.ts







async function runEngine(deps) {
    const { config, logger } = deps;
    // What the target overlays run now: an image's value comes from the first overlay that has it.
    const states = [];
    for (const overlay of config.overlays)
        states.push(await readOverlay(overlay, config.images));
    for (const w of states.flatMap((s) => s.warnings))
        logger.warning(w);
    const deployed = new Map();
    for (const state of states) {
        for (const [name, value] of state.images)
            if (!deployed.has(name) && value.found)
                deployed.set(name, value);
    }
    let settled;
    let changes;
    if (config.fromPlan) {
        settled = settleFromPlan(deps);
    }
    else {
        const needsChanges = (config.mode === 'auto' || config.mode === 'plan') && !config.tag;
        let perImage = new Map();
        if (needsChanges) {
            ({ changes, perImage } = await detectPerImage(deps, deployed));
            logger.info(changes.complete
                ? `${changes.files.length} changed file(s) between ${changes.base?.slice(0, 7) ?? '?'} and ${changes.head.slice(0, 7)} (${changes.baseRule}, via ${changes.source})`
                : `change list unavailable: ${changes.note ?? 'unknown'}`);
        }
        const source = new Map();
        if (config.mode === 'promote' && config.fromOverlay) {
            const state = await readOverlay(config.fromOverlay, config.images);
            for (const [name, value] of state.images)
                if (value.found)
                    source.set(name, value);
        }
        const plans = planImages({
            config,
            trigger: deps.trigger,
            ...(changes ? { changes } : {}),
            perImage,
            deployed,
            source,
            now: deps.now,
        });
        await scopeRollback(plans, deps, deployed);
        settled = [];
        for (const plan of plans)
            settled.push(await settle(plan, deps, deployed, changes));
    }
    const planning = config.mode === 'plan' || config.dryRun;
    if (!planning) {
        await executeBuilds(settled, deps);
        // Release and environment tags move only when every image of the run is good, and
        // push: false changes nothing in the registry.
        if (config.push && !settled.some((s) => s.result.status === 'failed'))
            await executePromotions(settled, deps);
    }
    await verifyAll(settled, deps, planning);
    const result = {
        images: settled.map((s) => s.result),
        overlayChanged: false,
        overlayFiles: [],
        dryRun: config.dryRun,
        planning: planning || !config.push,
        ...(changes ? { changes } : {}),
    };
    const failed = result.images.filter((i) => i.status === 'failed');
    if (failed.length > 0) {
        result.failure = `${failed.length} of ${result.images.length} image(s) failed: ${failed.map((f) => `${f.name} (${f.error ?? f.reason})`).join('; ')}. No overlay was written.`;
        return result;
    }
    if ((config.writeOverlay || config.commit) && config.mode !== 'plan') {
        try {
            await applyOverlays(settled, states, deps, result);
        }
        catch (err) {
            // Reported like an image failure, so the outputs and summary are still written.
            result.failure = `updating the overlay failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * Results → the action's outputs and job summary (and the CLI's JSON/table). Pure.
 * Tokens and credentials never reach here: results carry only refs and sentences.
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
        decision: r.decision,
        reason: r.status === 'failed' ? `${r.reason} — FAILED: ${r.error ?? 'unknown error'}` : r.reason,
        status: r.status,
        changed: r.change,
        addTags: r.addedTags,
    }));
    const decision = DECISION_ORDER.find((d) => run.images.some((r) => r.decision === d)) ?? 'skip';
    const digests = {};
    for (const r of run.images)
        if (r.digest)
            digests[r.name] = r.digest;
    const changes = run.changes;
    const changed = changes && !changes.complete ? 'unknown' : strongest(run.images.map((r) => r.change));
    return {
        decision,
        reason: overallReason(run),
        tag: outputTag(run),
        base: changes?.base ?? '',
        head,
        baseRule: changes?.baseRule ?? '',
        changed,
        overlayChanged: run.overlayChanged,
        overlayFiles: run.overlayFiles,
        dryRun: run.dryRun,
        commitSha: run.commitSha ?? '',
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
/** The action outputs, all strings. */
function reportOutputs(report) {
    return {
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
    };
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
/** Markdown for the job summary. */
function summaryMarkdown(report, title = 'image-promote') {
    const rows = report.images.map((i) => `| ${escapeCell(i.name)} | ${i.status === 'failed' ? '❌ ' : ''}${i.decision} | ${escapeCell(i.tag) || '—'} | ${shortDigest(i.digest) ? `\`${shortDigest(i.digest)}\`` : '—'} | ${escapeCell(i.reason)} |`);
    const range = report.base
        ? `\`${report.base.slice(0, 7)}..${report.head.slice(0, 7)}\` (${report.baseRule})`
        : `\`${report.head.slice(0, 7)}\``;
    return [
        `### ${title}: ${report.decision}`,
        '',
        escapeCell(report.reason),
        '',
        `Changes: **${report.changed}** in ${range}${overlayNote(report)}${report.commitSha ? ` · commit \`${report.commitSha.slice(0, 7)}\`` : ''}`,
        '',
        '| Image | Decision | Tag | Digest | Reason |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** Plain-text table for the CLI. */
function textTable(report) {
    const header = ['IMAGE', 'DECISION', 'TAG', 'STATUS', 'REASON'];
    const rows = report.images.map((i) => [i.name, i.decision, i.tag || '-', i.status, i.reason]);
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (c === 4 ? 0 : (r[c] ?? '').length))));
    const line = (cells) => cells
        .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
        .join('  ');
    const range = report.base
        ? `${report.base.slice(0, 7)}..${report.head.slice(0, 7)} (${report.baseRule})`
        : report.head.slice(0, 7);
    return [
        `decision: ${report.decision} — ${report.reason}`,
        `changes:  ${report.changed} in ${range}`,
        '',
        line(header),
        ...rows.map(line),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/build/run-builds.ts
/**
 * Builds every requested image once, with bounded parallelism, and proves the result in
 * the registry.
 *
 * Per image: a primary tag that already exists means this commit was built before, so it
 * is reused, never rebuilt. Otherwise other immutable tags are checked before anything is
 * pushed (pushing would move them), the image is built and pushed, and the digest is
 * confirmed by resolving the primary tag in the registry.
 *
 * Failure policy: one failing image does not stop the others. Every image gets an
 * outcome, so one run reports every broken image; what the others pushed is harmless
 * (immutable tags nothing references until overlays are written, which the caller skips
 * on failure) and a re-run after the fix reuses them and rebuilds only the broken one.
 * Mutable tags (`latest`, branch tags) are different — people deploy them — so they are
 * moved through the registry only after every image succeeded.
 */


/** Runs `fn` over `items`, at most `limit` at a time; results keep the input order. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
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
    const results = await mapBounded(requests, deps.maxParallel, async (req) => {
        try {
            return await buildOne(req, deps, login);
        }
        catch (err) {
            return failed(req, err);
        }
    });
    const failedNames = results
        .filter((r) => r.outcome.status === 'failed')
        .map((r) => r.outcome.name);
    return Promise.all(results.map(async (result, index) => {
        const req = requests[index];
        return req ? moveMutableTags(req, result, failedNames, deps) : result.outcome;
    }));
}
/** Points the image's mutable tags at it — only once every image of the run succeeded. */
async function moveMutableTags(req, result, failedNames, deps) {
    const { outcome, proven } = result;
    const mutable = tagNames(req)
        .slice(1)
        .filter((t) => deps.mutableTags.has(t));
    if (!req.push || proven === undefined || mutable.length === 0)
        return outcome;
    if (failedNames.length > 0) {
        const who = failedNames.map((n) => `'${n}'`).join(', ');
        return {
            ...outcome,
            message: `${outcome.message} Did not move ${mutable.join(', ')} because ${who} failed.`,
        };
    }
    try {
        const registry = await deps.registries.forReference(proven.ref);
        for (const tag of mutable)
            await registry.addTag(proven.ref, tag, { allowOverwrite: true });
    }
    catch (err) {
        return { ...failed(req, err, `moving ${mutable.join(', ')}`).outcome, digest: proven.digest };
    }
    return { ...outcome, message: `${outcome.message} Moved ${mutable.join(', ')} to it.` };
}
function failed(req, err, during) {
    const error = err instanceof Error ? err : new Error((0,errors/* errorMessage */.gJ)(err));
    return {
        outcome: {
            name: req.image.name,
            status: 'failed',
            tags: tagNames(req),
            message: `image '${req.image.name}' failed${during ? ` while ${during}` : ''}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            error,
        },
    };
}
async function buildOne(req, deps, login) {
    const primary = req.tags[0];
    if (!primary)
        throw new Error(`internal: image '${req.image.name}' has no tag to build`);
    const shown = (0,reference/* formatReference */.FH)(primary);
    const registry = await deps.registries.forReference(primary);
    const immutable = req.tags.slice(1).filter((t) => !deps.mutableTags.has(t.tag ?? ''));
    const tags = tagNames(req);
    const existing = await registry.resolve(primary);
    if (existing) {
        const proven = {
            ref: (0,reference/* withTagAndDigest */.gh)(primary, undefined, existing.digest),
            digest: existing.digest,
        };
        const added = req.push ? await ensureTags(registry, proven, immutable, deps) : [];
        deps.logger.info(`${shown} already exists (${existing.digest}): reusing it, not rebuilding`);
        return {
            proven,
            outcome: {
                name: req.image.name,
                status: 'reused',
                digest: existing.digest,
                tags,
                message: `Reused ${shown} (${existing.digest}): the tag already exists, so this commit was built before; not rebuilding.` +
                    (added.length > 0 ? ` Added missing tags ${added.join(', ')}.` : ''),
            },
        };
    }
    if (req.push) {
        await refuseToMove(registry, immutable, deps);
        await login(primary.domain);
    }
    deps.logger.info(`Building ${shown} with ${deps.builder.kind === 'buildx' ? 'docker buildx' : 'docker build'}`);
    // Mutable tags wait until every image succeeded (see the file comment); a local build
    // gets them all since nothing leaves the machine.
    const buildTags = req.push ? [primary, ...immutable] : req.tags;
    const built = await deps.builder.build({ ...req, tags: buildTags });
    if (!req.push) {
        return {
            outcome: {
                name: req.image.name,
                status: 'built',
                tags,
                message: `Built ${shown} locally; not pushed (push is off).`,
            },
        };
    }
    const found = await registry.resolve(primary);
    if (!found) {
        throw new Error(`docker pushed ${shown} but the registry does not have it`);
    }
    if (built.digest !== undefined && built.digest !== found.digest) {
        throw new Error(`docker reported digest ${built.digest} for ${shown} but the registry has ${found.digest}; another run may have pushed the same tag`);
    }
    deps.logger.info(`Pushed ${shown} (${found.digest})`);
    return {
        proven: { ref: (0,reference/* withTagAndDigest */.gh)(primary, undefined, found.digest), digest: found.digest },
        outcome: {
            name: req.image.name,
            status: 'built',
            digest: found.digest,
            tags,
            message: `Built and pushed ${shown} (${found.digest}).`,
        },
    };
}
function immutableTagError(ref, digest, expected) {
    const what = expected ? `points at ${digest}, not ${expected},` : `already exists (${digest})`;
    return new errors/* UserError */.yo(`tag ${(0,reference/* formatReference */.FH)(ref)} ${what} and immutable tags are never moved — remove it from 'extra-tags', delete it from the registry, or set 'allow-tag-overwrite: true'`);
}
/** Before a push: fail when an immutable extra tag already exists (it would move). */
async function refuseToMove(registry, immutable, deps) {
    if (deps.allowTagOverwrite)
        return;
    for (const ref of immutable) {
        const found = await registry.resolve(ref);
        if (found)
            throw immutableTagError(ref, found.digest);
    }
}
/**
 * On reuse: make the immutable extra tags point at the image, as a complete run would
 * have (a previous run may have stopped between pushes). Returns the tags it added.
 */
async function ensureTags(registry, proven, immutable, deps) {
    const added = [];
    for (const ref of immutable) {
        const found = await registry.resolve(ref);
        if (found?.digest === proven.digest)
            continue;
        if (found && !deps.allowTagOverwrite)
            throw immutableTagError(ref, found.digest, proven.digest);
        const tag = ref.tag ?? '';
        await registry.addTag(proven.ref, tag, { allowOverwrite: deps.allowTagOverwrite });
        added.push(tag);
    }
    return added;
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
    /**
     * Runs docker; `what` names the command in errors. Exit code and stderr are checked here
     * rather than by exec, so the build output can be logged either way and the error shows
     * docker's own message instead of the whole command line (which carries build args).
     */
    async docker(args, what) {
        const result = await this.deps.exec('docker', args, {
            cwd: this.deps.workspace,
            env: this.deps.env ?? process.env,
            allowFailure: true,
            logger: this.deps.logger,
        });
        // Build logs are long: they are for debugging; a failure carries the end of stderr.
        const output = (result.stdout + result.stderr).trim();
        if (output)
            this.deps.logger.debug(output);
        if (result.exitCode !== 0) {
            const tail = lastLines(result.stderr || result.stdout, 20);
            throw new Error(`${what} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
        }
        return result;
    }
}
function lastLines(text, n) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return lines.slice(-n).join('\n');
}
class BuildxBuilder extends DockerBuilder {
    kind = 'buildx';
    async build(req) {
        checkTags(req);
        const base = this.deps.env?.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(base, 'image-promote-buildx-'));
        try {
            const metadataFile = (0,external_node_path_.join)(dir, 'metadata.json');
            await this.docker(buildxArgv(argvInput(req, this.deps.workspace), { metadataFile }), 'docker buildx build');
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
    async build(req) {
        const problem = legacyUnsupported(req);
        if (problem)
            throw new errors/* UserError */.yo(problem);
        checkTags(req);
        await this.docker(legacyBuildArgv(argvInput(req, this.deps.workspace)), 'docker build');
        if (!req.push)
            return { pushedTags: [] };
        const pushedTags = [];
        const digests = new Set();
        for (const ref of req.tags) {
            const result = await this.docker(pushArgv(ref), `docker push ${(0,reference/* formatReference */.FH)(ref)}`);
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
    const mutableTags = new Set(extraTagsFor(config, trigger, now));
    const deps = {
        config,
        trigger,
        git,
        logger,
        registries,
        now,
        build: async (requests, workspace) => {
            let builder = builders.get(workspace);
            if (!builder)
                builders.set(workspace, (builder = detectBuilder({ exec: exec/* exec */.m0, logger, env, workspace })));
            return buildImages(requests, {
                builder: await builder,
                registries,
                logger,
                maxParallel: config.maxParallel,
                mutableTags,
                allowTagOverwrite: config.allowTagOverwrite,
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
