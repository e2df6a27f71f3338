export const id = 35;
export const ids = [35];
export const modules = {

/***/ 27211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ Classifier),
/* harmony export */   y: () => (/* binding */ strongest)
/* harmony export */ });
/* harmony import */ var _source_dockerignore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40319);
/* harmony import */ var _source_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3317);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76770);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);




const STRENGTH = { none: 0, ignored: 1, deploy: 2, code: 3 };
function strongest(kinds) {
    let best = 'none';
    for (const k of kinds)
        if (STRENGTH[k] > STRENGTH[best])
            best = k;
    return best;
}
/** The source as configured: context and Dockerfile as written, nothing ignored. */
function configuredSource(image) {
    return {
        context: image.context === '.' ? '' : image.context,
        dockerfile: image.dockerfile,
        always: [image.dockerfile],
        filter: (0,_source_dockerignore_js__WEBPACK_IMPORTED_MODULE_0__/* .contextFilter */ .mn)({}),
    };
}
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** Whether `dir` is `root`, above it, or inside it ('' is the repository root). */
function related(dir, root) {
    return (dir === '' ||
        root === '' ||
        dir === root ||
        root.startsWith(`${dir}/`) ||
        dir.startsWith(`${root}/`));
}
const UNKNOWN = -1;
const FILE_OTHER = 0;
const FILE_IGNORED = 1;
const FILE_DEPLOY = 2;
class Classifier {
    deploy;
    ignore;
    images;
    constructor(rules) {
        this.deploy = (0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .compileGlobs */ .tI)(rules.deployPaths);
        this.ignore = (0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .compileGlobs */ .tI)(rules.ignorePaths);
        this.images = rules.images.map((img) => {
            const resolved = rules.sources?.get(img.name);
            const source = resolved && !('problem' in resolved) ? resolved : configuredSource(img);
            const named = img.paths.length > 0 ? new _globs_js__WEBPACK_IMPORTED_MODULE_2__/* .GlobList */ .Rz(img.paths) : undefined;
            const roots = [
                source.context,
                dirOf(source.dockerfile),
                ...img.paths.filter((p) => !p.startsWith('!')).map((p) => picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(p).base),
            ];
            return {
                name: img.name,
                source,
                code: (0,_source_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .codeTest */ .ol)(img, source),
                ...(named ? { named } : {}),
                roots,
            };
        });
    }
    /** Per image name, the kind of change `files` represent for it. */
    classify(files) {
        // Sorted paths let directory rules find their files by binary search (git already
        // lists them sorted; only unusual names can need the sort).
        const sorted = isSorted(files) ? files : [...files].sort();
        // Shared rules are evaluated once per file, and only for the files a question needs: an
        // image whose code changed never asks about the others.
        const flags = new Int8Array(sorted.length).fill(UNKNOWN);
        const flag = (i) => {
            let f = flags[i];
            if (f === UNKNOWN) {
                const file = sorted[i];
                f = this.ignore(file) ? FILE_IGNORED : this.deploy(file) ? FILE_DEPLOY : FILE_OTHER;
                flags[i] = f;
            }
            return f;
        };
        let firsts;
        const first = () => {
            if (firsts)
                return firsts;
            firsts = {};
            for (let i = 0; i < sorted.length; i++) {
                const f = flag(i);
                if (f === FILE_IGNORED)
                    firsts.ignored ??= sorted[i];
                else if (f === FILE_DEPLOY)
                    firsts.deploy ??= sorted[i];
            }
            return firsts;
        };
        const attributes = sorted.filter((f) => f === '.gitattributes' || f.endsWith('/.gitattributes'));
        const result = new Map();
        for (const img of this.images) {
            const code = firstCode(sorted, img) ??
                attributes.find((f) => img.roots.some((root) => related(dirOf(f), root)));
            // With no code file, every deploy or ignored file counts for every image.
            if (code !== undefined) {
                result.set(img.name, { kind: 'code', example: code });
                continue;
            }
            const { deploy, ignored } = first();
            if (deploy !== undefined)
                result.set(img.name, { kind: 'deploy', example: deploy });
            else if (ignored !== undefined)
                result.set(img.name, { kind: 'ignored', example: ignored });
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
/**
 * The first file of `sorted` that is code of the image by rules 1 and 2. Only the ranges that
 * can hold code are visited: the always-counted files by binary search, the context's range,
 * or the ranges of `paths` patterns.
 */
function firstCode(sorted, img) {
    let best;
    const offer = (f) => {
        if (f !== undefined && (best === undefined || f < best))
            best = f;
    };
    for (const p of img.source.always)
        if (sorted[(0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .lowerBound */ .yz)(sorted, p)] === p)
            offer(p);
    if (img.named) {
        for (const i of img.named.allMatchIndices(sorted)) {
            const f = sorted[i];
            if (img.code(f)) {
                offer(f);
                break;
            }
        }
        return best;
    }
    const dir = img.source.context;
    // The directory itself changes when it is a submodule (a gitlink).
    if (dir !== '' && sorted[(0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .lowerBound */ .yz)(sorted, dir)] === dir)
        offer(dir);
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let i = prefix === '' ? 0 : (0,_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .lowerBound */ .yz)(sorted, prefix); i < sorted.length; i++) {
        const f = sorted[i];
        if (!f.startsWith(prefix))
            break;
        if (img.code(f)) {
            offer(f);
            break;
        }
    }
    return best;
}


/***/ }),

/***/ 76770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Rz: () => (/* binding */ GlobList),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   yz: () => (/* binding */ lowerBound)
/* harmony export */ });
/* unused harmony exports ascendingUnique, directoryGlob, escapeGlob */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
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
        // One ascending run of indices per pattern; runs that do not overlap (the usual case:
        // different directories) are put in order whole, without sorting their indices.
        const runs = [];
        for (const { shape, negated } of this.compiled) {
            if (negated)
                continue;
            const run = [];
            if (shape.kind === 'literal') {
                const at = lowerBound(sorted, shape.path);
                if (sorted[at] === shape.path && this.matches(shape.path))
                    run.push(at);
            }
            else if (shape.kind === 'dir') {
                const dir = `${shape.base}/`;
                const at = lowerBound(sorted, shape.base);
                if (sorted[at] === shape.base && this.matches(shape.base))
                    run.push(at);
                for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                    const f = sorted[i];
                    if (!f.startsWith(dir))
                        break;
                    if (this.matches(f))
                        run.push(i);
                }
            }
            if (run.length > 0)
                runs.push(run);
        }
        return inOrder(runs);
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
/** Ascending runs as one ascending list without duplicates. */
function inOrder(runs) {
    if (runs.length <= 1)
        return runs[0] ?? [];
    runs.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < runs.length; i++) {
        // Overlapping runs (a directory inside another's): sort the indices themselves.
        if (runs[i - 1]?.at(-1) >= runs[i]?.[0])
            return ascendingUnique(runs.flat());
    }
    return runs.flat();
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

/***/ 45881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ History),
/* harmony export */   E: () => (/* binding */ DEEPEN_STEPS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71243);
/**
 * Making just enough history present in a shallow checkout (actions/checkout clones
 * with depth 1): fetch exact SHAs, then deepen in growing steps, bounded.
 */


/** Deepen steps (commits added per step); the sum is the bound. */
const DEEPEN_STEPS = [32, 128, 512, 2048, 8192];
class History {
    git;
    logger;
    ready;
    remoteName;
    constructor(git, logger, 
    /** Awaited before anything is fetched or listed from the remote (local reads need not). */
    ready = Promise.resolve()) {
        this.git = git;
        this.logger = logger;
        this.ready = ready;
    }
    /** The remote to fetch from (`origin` when present), or null when there is none. */
    async remote() {
        if (this.remoteName === undefined) {
            const remotes = await this.git.remotes();
            this.remoteName = remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
        }
        return this.remoteName;
    }
    /**
     * Makes `sha` present locally; true when it is. Only a missing commit is fetched, by SHA,
     * and `--depth=1` only in a clone that is shallow already (a depth in a full clone would
     * make it shallow).
     */
    async ensureCommit(sha) {
        if (await this.git.hasCommit(sha))
            return true;
        const remote = await this.remote();
        if (!remote || !/^[0-9a-f]{40}$/.test(sha))
            return false;
        await this.ready;
        return this.git.exclusive(async () => {
            if (await this.git.hasCommit(sha))
                return true;
            this.logger.debug(`fetching ${sha} from ${remote}`);
            const depth = (await this.git.isShallow()) ? { depth: 1 } : {};
            const r = await this.git.fetchCommits(remote, [sha], depth);
            if (r.exitCode !== 0)
                this.logger.debug(`fetch of ${sha} failed: ${r.stderr.trim()}`);
            return this.git.hasCommit(sha);
        });
    }
    /**
     * Makes `refs/remotes/<remote>/<branch>` present; returns its SHA. The tip is learned with
     * ls-remote; a tip the clone has already only gets the ref (fetching it with --depth would
     * cut off history an earlier step deepened), a missing one is fetched like ensureCommit.
     */
    async ensureBranch(branch) {
        const remote = await this.remote();
        if (!remote)
            return this.git.resolveCommit(branch);
        // A name git would not accept as a branch (or would read as an option) is no branch.
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isBranchName */ .Q8)(branch))
            return undefined;
        const ref = `refs/remotes/${remote}/${branch}`;
        const local = await this.git.resolveCommit(ref);
        if (local)
            return local;
        const tip = await this.remoteTip(branch);
        if (!tip || !(await this.ensureCommit(tip)))
            return undefined;
        await this.git.updateRef(ref, tip);
        return tip;
    }
    /** The commit `refs/heads/<branch>` names on the remote now (ls-remote), or undefined. */
    async remoteTip(branch) {
        const remote = await this.remote();
        if (!remote || !(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isBranchName */ .Q8)(branch))
            return undefined;
        await this.ready;
        try {
            const [tip] = await this.git.lsRemote(remote, [`refs/heads/${branch}`]);
            if (tip === undefined)
                this.logger.debug(`branch ${branch} is not on ${remote}`);
            return tip?.sha;
        }
        catch (err) {
            this.logger.debug(`cannot list branch ${branch} of ${remote}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
            return undefined;
        }
    }
    /**
     * The commit of the tag `name`, made present. The tag's commit is learned with ls-remote
     * and fetched by SHA only when missing: fetching a tag with --depth into a clone that has
     * its commit already would cut that commit's history off again.
     */
    async ensureTag(name) {
        // A tag name from an event payload: only a name git accepts reaches git.
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isTagName */ .Ij)(name))
            return undefined;
        const local = await this.git.resolveCommit(`refs/tags/${name}`);
        if (local)
            return local;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        await this.ready;
        let listed;
        try {
            listed = await this.git.lsRemote(remote, [`refs/tags/${name}`], { peel: true });
        }
        catch (err) {
            this.logger.debug(`cannot list tag ${name} of ${remote}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
            return undefined;
        }
        // An annotated tag lists the tag object and, with ^{}, the commit it points to.
        const sha = (listed.find((r) => r.ref.endsWith('^{}')) ?? listed[0])?.sha;
        if (sha === undefined)
            return undefined;
        return (await this.ensureCommit(sha)) ? sha : undefined;
    }
    /**
     * Fetches the remote's tags. Tags are not part of a depth-1 checkout; they come as shallow
     * tips only when the clone is shallow already (--depth would turn a full clone into a
     * shallow one).
     */
    async fetchTags() {
        const remote = await this.remote();
        if (!remote)
            return;
        await this.ready;
        await this.git.exclusive(async () => {
            const depth = (await this.git.isShallow()) ? { depth: 1 } : {};
            await this.git.fetchTags(remote, depth);
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
        await this.ready;
        for (const step of DEEPEN_STEPS) {
            // Complete (perhaps deepened by another lookup meanwhile): one last look.
            if (!(await this.git.isShallow()))
                return found();
            this.logger.info(`deepening the shallow clone by ${step} commits to find the base`);
            const r = await this.git.exclusive(() => this.git.deepen(remote, step, refs));
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


/***/ }),

/***/ 87035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tp: () => (/* binding */ commandInputs),
  M9: () => (/* binding */ commandLineTrigger),
  XZ: () => (/* binding */ failedRun),
  M6: () => (/* binding */ runDoor)
});

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(73503);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/event/trigger.ts
var trigger = __webpack_require__(99668);
// EXTERNAL MODULE: ./src/tags/policy.ts + 1 modules
var tags_policy = __webpack_require__(27251);
// EXTERNAL MODULE: ./src/engine/decide.ts
var decide = __webpack_require__(71896);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/changes/history.ts
var changes_history = __webpack_require__(45881);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
;// CONCATENATED MODULE: ./src/engine/execute.ts
/**
 * Carrying decisions out: builds first, then the registry work that gives existing images
 * their new immutable tags (promotions, adoptions, shared values, copies between
 * repositories). Mutable and release/environment tags wait: they move only once every image
 * is verified (moveLaterTags). Each step returns new outcomes; nothing is changed in place.
 */






/**
 * The target's tag, when the run relies on it naming the target: a value pinned to a digest
 * whose (mutable) tag moved on relies on the digest alone.
 */
function targetTag(target) {
    return target.tag && target.tagDigest === target.digest
        ? [{ tag: target.tag, digest: target.digest }]
        : [];
}
/** Each tag (with the digest it must name) once, in order. */
function unique(relies) {
    return relies.filter((r, i) => relies.findIndex((o) => o.tag === r.tag && o.digest === r.digest) === i);
}
/** The outcome before anything was executed. */
function initialOutcome(d) {
    switch (d.kind) {
        case 'fail':
            return { decision: d, status: 'failed', added: [], relies: [], wrote: false, error: d.error };
        case 'keep-unverified':
            return { decision: d, status: 'verified', added: [], relies: [], wrote: false };
        case 'write-unverified':
            return { decision: d, status: 'unverified', added: [], relies: [], wrote: false };
        case 'keep':
            return {
                decision: d,
                status: 'planned',
                target: d.target,
                added: d.adopt ? [d.adopt] : [],
                relies: [
                    ...targetTag(d.target),
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
                // A promotion under a new tag relies on the tag it adds: read once, not twice.
                relies: unique([
                    ...targetTag(d.target),
                    ...d.addTags.map((tag) => ({ tag, digest: d.target.digest })),
                ]),
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
    if (!(await new changes_history/* History */.B(deps.git, deps.logger).ensureCommit(head))) {
        throw new Error(`cannot build ${head.slice(0, 7)}: the commit is not in the checkout and cannot be fetched`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-promote-head-'));
    await deps.git.worktreeAdd(dir, head);
    deps.logger.info(`the checkout is not at ${head.slice(0, 7)} (e.g. GitHub's PR merge commit); building from a worktree of ${head.slice(0, 7)} so the image matches its tag`);
    return dir;
}
/** Runs every build decision; the others pass through unchanged. */
async function executeBuilds(outcomes, deps) {
    const builds = outcomes.filter((o) => o.decision.kind === 'build' && o.status !== 'failed');
    if (builds.length === 0)
        return outcomes;
    // src/build loads only when something is built (its own chunk).
    const { ociLabels } = await __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 60312));
    const labels = ociLabels({
        revision: deps.trigger.head,
        created: deps.now.toISOString(),
        ...(deps.trigger.version ? { version: deps.trigger.version } : {}),
        ...(deps.sourceUrl ? { source: deps.sourceUrl } : {}),
    });
    const requests = builds.map(({ decision: d }) => ({
        image: d.image,
        tags: d.pushTags.map((t) => (0,reference/* withTagAndDigest */.gh)(d.image.repository, t)),
        labels: { 'org.opencontainers.image.version': deps.trigger.version ?? d.write.tag, ...labels },
        push: deps.config.push,
        // Signing: pushed by digest only; the tags come once it is signed (signOutcomes).
        ...(deps.config.sign && deps.config.push ? { untagged: true } : {}),
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
            await deps.git.worktreeRemove(worktree);
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
            return { ...o, status: 'built' };
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
        };
    });
}
/** Adds immutable tags to existing images (promotions, adoptions, shared values, copies). */
async function executeTags(outcomes, deps, hooks = {}) {
    // Writes finish in some order; each tag written (and read back by the registry layer)
    // remembers how many had finished with it, so the ones after the last write are known.
    let finished = 0;
    const readBack = new Map();
    const done = await Promise.all(outcomes.map(async (o) => {
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
            const source = (0,reference/* withTagAndDigest */.gh)(copyFrom ?? target.repository, undefined, target.digest);
            for (const tag of tags) {
                const to = (0,reference/* withTagAndDigest */.gh)(target.repository, tag);
                const done = copyFrom && copyFrom.name !== target.repository.name
                    ? await registry.copy(source, to, { allowOverwrite: deps.config.allowTagOverwrite })
                    : await registry.addTag(source, tag, {
                        allowOverwrite: deps.config.allowTagOverwrite,
                    });
                if (done.descriptor.digest !== target.digest) {
                    throw new Error(`${(0,reference/* formatReference */.FH)(to)} got ${done.descriptor.digest}, not ${target.digest}`);
                }
                if (!done.changed)
                    deps.logger.info(`${(0,reference/* formatReference */.FH)(to)} already is ${target.digest}; nothing to do`);
                finished++;
                const reads = readBack.get(o) ?? [];
                reads.push({ tag, digest: target.digest, at: finished });
                readBack.set(o, reads);
            }
            if (copyFrom && copyFrom.name !== target.repository.name && hooks.copied) {
                await hooks.copied(copyFrom, target.repository, target.digest);
                finished++;
            }
            return { ...o, wrote: true, status: o.status === 'planned' ? 'pushed' : o.status };
        }
        catch (err) {
            finished++;
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err), wrote: true };
        }
    }));
    return done.map((o, i) => {
        const last = (readBack.get(outcomes[i]) ?? []).filter((r) => r.at === finished);
        return last.length > 0 && o.status !== 'failed'
            ? { ...o, readLast: last.map(({ tag, digest }) => ({ tag, digest })) }
            : o;
    });
}
/**
 * Release, environment and mutable tags, once every image is verified: first the immutable
 * ones (release tags, a plan's tags) of every image — they may be refused — and only when all
 * of those landed, the ones that move (environment tags, `latest`, branch tags).
 */
async function moveLaterTags(outcomes, deps) {
    const immutable = await moveTags(outcomes, deps, false);
    if (immutable.some((o) => o.status === 'failed'))
        return immutable;
    return moveTags(immutable, deps, true);
}
async function moveTags(outcomes, deps, mutableOnes) {
    return Promise.all(outcomes.map(async (o) => {
        const d = o.decision;
        const later = (d.kind === 'tag' || d.kind === 'build' ? d.laterTags : []).filter((t) => t.mutable === mutableOnes);
        if (later.length === 0 || !o.target || o.status === 'failed')
            return o;
        const target = o.target;
        try {
            const registry = await deps.registries.forReference(target.repository);
            for (const { tag, mutable } of later) {
                const done = await registry.addTag((0,reference/* withTagAndDigest */.gh)(target.repository, undefined, target.digest), tag, {
                    allowOverwrite: mutable || deps.config.allowTagOverwrite,
                });
                if (done.descriptor.digest !== target.digest) {
                    throw new Error(`${target.repository.name}:${tag} got ${done.descriptor.digest}, not ${target.digest}`);
                }
            }
            return {
                ...o,
                wrote: true,
                moved: [...(o.moved ?? []), ...later.map((t) => t.tag)],
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

// EXTERNAL MODULE: ./src/changes/classify.ts
var classify = __webpack_require__(27211);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __webpack_require__(71243);
;// CONCATENATED MODULE: ./src/changes/detect.ts
/**
 * Which files changed between the base and the head of this run. Git first (deepening a
 * shallow clone only as far as needed), the GitHub API when git cannot answer. A list
 * that may be incomplete is reported as such, and the plan then builds.
 */


async function resolveBase(trigger, opts, history) {
    const { git } = opts;
    const head = trigger.head;
    const strategy = trigger.base;
    const defaultBranch = trigger.defaultBranch;
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
            const missing = `the previous tip ${detect_short(before)} cannot be fetched (deleted or rewritten history)`;
            // GitHub says whether the push was forced: when not, the base is `before` itself, and
            // the diff says whether it is here.
            if (strategy.forced === false && src_git/* FULL_ID */.G2.test(before))
                return { base: before, rule: 'push', unchecked: { problem: missing } };
            if (!(await history.ensureCommit(before)))
                return { rule: 'push', problem: missing };
            if (strategy.forced === false)
                return { base: before, rule: 'push' };
            // Without that, check ancestry ourselves.
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
                    : { base: src_git/* EMPTY_TREE */.pL, rule: 'first-commit' };
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
        case 'overlay':
            // Dispatch and schedule: the engine compares each image with the commit it runs; when
            // that is unknown there is no event rule to fall back on.
            return {
                rule: 'overlay',
                problem: 'the overlay names no image whose commit is known, and this event has no base of its own (set the "base" input)',
            };
        case 'unknown':
            return { rule: 'unknown', problem: strategy.reason };
    }
}
/** The newest version tag before `tagName` that is an ancestor of head. */
async function previousTag(git, history, head, tagName) {
    await history.fetchTags();
    const describe = async () => {
        const tag = await git.describeTag(`${head}^`, {
            match: ['v[0-9]*', '[0-9]*'],
            exclude: tagName,
        });
        if (tag !== undefined)
            return tag;
        return (await git.isShallow()) ? undefined : '';
    };
    const parent = await git.resolveCommit(`${head}^`);
    if (!parent && !(await git.isShallow()))
        return { base: src_git/* EMPTY_TREE */.pL, rule: 'first-release' };
    const found = await history.deepenUntil([head], describe);
    if (found === undefined)
        return {
            rule: 'previous-tag',
            problem: `no earlier release tag found within the fetched history of ${tagName}`,
        };
    if (found === '')
        return { base: src_git/* EMPTY_TREE */.pL, rule: 'first-release' };
    const sha = await git.resolveCommit(found);
    return sha
        ? { base: sha, rule: 'previous-tag' }
        : { rule: 'previous-tag', problem: `tag ${found} does not resolve` };
}
async function originHeadBranch(git) {
    const ref = await git.symbolicRef('refs/remotes/origin/HEAD');
    const prefix = 'refs/remotes/origin/';
    return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}
function detect_short(sha) {
    return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}
/** Detects the changes of this run. Never throws for missing history: it reports it. */
async function detectChanges(trigger, opts) {
    const { git, logger } = opts;
    const history = new changes_history/* History */.B(git, logger, opts.ready);
    const head = trigger.head;
    const gitUsable = await git.isRepository();
    if (gitUsable && (await history.ensureCommit(head))) {
        let resolved = await resolveBase(trigger, opts, history);
        let files;
        if (resolved.base !== undefined && resolved.unchecked) {
            const base = resolved.base;
            files = await git.changedFiles(`${base}^{commit}`, head).catch(() => undefined);
            if (!files && !(await history.ensureCommit(base)))
                resolved = { rule: resolved.rule, problem: resolved.unchecked.problem };
        }
        if (resolved.base !== undefined) {
            files ??= await git.changedFiles(resolved.base, head);
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
    await opts.ready;
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

// EXTERNAL MODULE: ./src/config/tag-input.ts
var tag_input = __webpack_require__(72931);
// EXTERNAL MODULE: ./src/source/keys.ts
var source_keys = __webpack_require__(3317);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __webpack_require__(76770);
;// CONCATENATED MODULE: ./src/source/check.ts
/**
 * Typos caught before anything is built: an image whose context or Dockerfile does not exist
 * at the commit being deployed (symlinks followed: a symlink that goes nowhere counts as
 * missing), or whose `paths` patterns match no file there, is an input error that names the
 * image and the nearest path that does exist. So is a context or Dockerfile behind a symlink
 * that leaves the repository or loops, and an overlay this run writes that is part of an
 * image's source (every deploy would change the key). Pure: works on the tree and the
 * images' resolutions (src/source/resolve.ts).
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
function hasFile(tree, path) {
    return tree.paths[(0,globs/* lowerBound */.yz)(tree.paths, path)] === path;
}
function suggestion(wanted, candidates) {
    const near = nearest(wanted, candidates);
    return near
        ? `did you mean "${near}"?`
        : 'check the path (it is relative to the repository root)';
}
/** The input error for an image whose context or Dockerfile cannot be resolved. */
function problemError(tree, image, p, dirs) {
    const at = tree.commit.slice(0, 7);
    const where = `image ${image}`;
    const named = `the ${p.what} "${p.path}"`;
    const chain = p.via.length > 0 ? ` (${p.via.join(', ')})` : '';
    switch (p.kind) {
        case 'missing': {
            const candidates = p.what === 'context'
                ? dirs()
                : tree.paths.filter((f) => /(^|\/)[^/]*dockerfile[^/]*$/i.test(f));
            return new errors/* InputError */.dz('images', `${where}: ${named} does not exist at ${at}${chain}`, suggestion(p.at, candidates));
        }
        case 'not-directory':
            return new errors/* InputError */.dz('images', `${where}: ${named} is a file at ${at}, not a directory${chain}`, 'set context to the directory docker builds from');
        case 'not-file':
            return new errors/* InputError */.dz('images', `${where}: ${named} is not a file at ${at}${chain}`, 'set dockerfile to the Dockerfile itself');
        case 'escapes':
            return new errors/* InputError */.dz('images', `${where}: ${named} leads out of the repository at ${at}${chain}, so what it is built from cannot be known`, `point the symlink inside the repository, or set ${p.what === 'context' ? 'context' : 'dockerfile'} to the real path`);
        case 'loop':
            return new errors/* InputError */.dz('images', `${where}: the symlinks of ${named} loop at ${at}${chain}`, 'make the symlinks end at a real file or directory');
    }
}
/**
 * Throws InputError for the first image whose context, Dockerfile or paths are typos, whose
 * symlinks leave the repository or loop, or whose source includes an overlay this run writes.
 */
function checkSources(tree, images, sources, options = {}) {
    const at = tree.commit.slice(0, 7);
    let dirs;
    const allDirs = () => (dirs ??= directories(tree));
    for (const image of images) {
        const where = `image ${image.name}`;
        const source = sources.get(image.name);
        if (!source)
            throw new Error(`internal error: ${image.name}'s source was not resolved`);
        if ('problem' in source)
            throw problemError(tree, image.name, source.problem, allDirs);
        for (const pattern of image.paths) {
            if (pattern.startsWith('!'))
                continue;
            if (new globs/* GlobList */.Rz([pattern]).firstMatch(tree.paths) !== undefined)
                continue;
            const base = picomatch_default().scan(pattern).base;
            throw new errors/* InputError */.dz('images', `${where}: paths pattern "${pattern}" matches no file at ${at}`, base ? suggestion(base, [...allDirs(), ...tree.paths]) : 'check the pattern');
        }
        const isCode = (0,source_keys/* codeTest */.ol)(image, source);
        for (const overlay of options.written ?? []) {
            if (!hasFile(tree, overlay) || !isCode(overlay))
                continue;
            const viaContext = image.paths.length === 0 || (0,source_keys/* inContext */.Vc)(source, overlay);
            const ignoreFile = source.context === '' ? '.dockerignore' : `${source.context}/.dockerignore`;
            const relative = source.context === '' ? overlay : overlay.slice(source.context.length + 1);
            throw new errors/* InputError */.dz('images', `${where}: the overlay ${overlay}, which this run writes, is part of its source (${viaContext ? `docker sends it from the context "${image.context}"` : 'paths names it'}), so every deploy would change the source key and rebuild it`, viaContext
                ? `add "${relative}" to ${ignoreFile} (docker then never sends it)${image.paths.length > 0 ? ', or leave it out of paths' : ', or set paths'}`
                : `leave ${overlay} out of paths`);
        }
    }
}

// EXTERNAL MODULE: ./src/source/resolve.ts + 1 modules
var resolve = __webpack_require__(34730);
// EXTERNAL MODULE: ./src/overlay/plan.ts
var plan = __webpack_require__(16241);
// EXTERNAL MODULE: ./src/source/tree.ts
var source_tree = __webpack_require__(71689);
// EXTERNAL MODULE: ./src/tags/template.ts
var template = __webpack_require__(78159);
// EXTERNAL MODULE: ./src/engine/lookup.ts
var lookup = __webpack_require__(53810);
// EXTERNAL MODULE: ./src/engine/needs.ts
var engine_needs = __webpack_require__(21731);
// EXTERNAL MODULE: ./src/engine/overlay-state.ts
var overlay_state = __webpack_require__(80662);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/facts.ts
/**
 * Gathering the facts a decision needs, once, and only those (src/engine/needs.ts): the
 * tree of the commit being deployed and the images' source keys, what the overlays run, what
 * the registry holds (every digest computed from bytes by the registry layer), the commits
 * the deployed images came from and what changed since, the release gate and rollback
 * targets. Lookups run in parallel; a registry that cannot answer becomes a `problem` fact,
 * never a guess. Typos (an image or key the overlays do not have, a context or Dockerfile
 * that does not exist) fail here, before anything is asked of a registry.
 */
















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
/**
 * The image as this run knows it: an image whose repository nobody configured (no
 * `registry`, no `repository`) lives where the overlay that runs it says — a value's
 * repository, or, in a kustomization, the entry's name (kustomize's own rule). Without either
 * (a values file with only a tag) the image has no repository, unless the requested ref
 * names one: an input error before any registry is asked.
 */
function withRepository(image, states, requested) {
    if (!image.defaultRepository || requested?.repository)
        return image;
    const held = states.find((s) => s.images.get(image.name)?.found);
    const value = held ? (0,overlay_state/* overlayValue */.uk)(held, image.name) : undefined;
    if (value?.repository !== undefined) {
        const repository = (0,lookup/* repositoryOf */._M)(value, image);
        return repository === image.repository ? image : { ...image, repository };
    }
    // A kustomization names the image itself (a new entry, with create-missing, too).
    const kustomize = held ? held.format === 'kustomize' : states[0]?.format === 'kustomize';
    if (kustomize)
        return image;
    const where = states.length > 0
        ? `${states.map((s) => s.overlay.path).join(', ')} does not name one`
        : 'no overlay names one';
    throw new errors/* InputError */.dz('registry', `no repository for ${image.name}: ${where}`, `set registry (on the command line: --registry, e.g. ghcr.io/acme), a repository for ${image.name} in images, or give a full reference (${image.name}=ghcr.io/acme/${image.name}:TAG)`);
}
/** The SHA prefix a deployed tag names (`sha-1a2b3c4` → `1a2b3c4`), by the tag templates. */
function shaPrefixOf(config, value) {
    const tag = value.tag;
    return tag
        ? [config.tagTemplate, config.prTagTemplate]
            .map((t) => (0,template/* shaExtractor */.x3)(t)?.(tag))
            .find((p) => p !== undefined)
        : undefined;
}
/**
 * The commit a deployed image was built from: its tag, its git tag, or its revision label.
 * `byPrefix` is the local lookup of the tag's SHA prefix, when it was started already.
 */
async function deployedCommit(deps, history, value, image, byPrefix) {
    const { git } = deps;
    const tag = value.tag;
    const prefix = shaPrefixOf(deps.config, value);
    if (prefix) {
        const sha = await (byPrefix ?? git.resolveCommit(prefix));
        if (sha)
            return { sha, via: 'tag' };
    }
    if (tag && (0,trigger/* isVersionTag */.JM)(tag)) {
        const sha = await history.ensureTag(tag);
        if (sha)
            return { sha, via: 'git-tag' };
    }
    if (image) {
        const revision = image.revision ?? (await (0,lookup/* revisionOf */.DT)(deps, image));
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
        // Present already (the usual case): listing `<head>^{commit}` is the presence check too.
        const listed = await (0,source_tree/* readTree */.Zc)(deps.git, head, { peel: true }).catch(() => undefined);
        if (listed)
            return listed;
        if (!(await history.ensureCommit(head))) {
            return {
                problem: `the commit ${head.slice(0, 7)} is not in the checkout and cannot be fetched`,
            };
        }
        return await (0,source_tree/* readTree */.Zc)(deps.git, head);
    }
    catch (err) {
        return { problem: `cannot list the files of ${head.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
function classifier(config, images, sources) {
    return new classify/* Classifier */.s({
        deployPaths: config.deployPaths,
        ignorePaths: config.ignorePaths,
        images,
        ...(sources ? { sources } : {}),
    });
}
/**
 * `eager`: read the overlays' old texts alongside the diff (usually the deploy commit since
 * `sha` changed them) instead of after it; only those the diff lists are used.
 */
function diffWithHead(deps, sha, overlays, eager = false) {
    const head = deps.trigger.head;
    if (sha === head)
        return Promise.resolve({ changed: [], old: new Map() });
    const show = (path) => deps.git.show(sha, path);
    const paths = [...new Set(overlays.map((s) => s.overlay.path))];
    const early = eager ? new Map(paths.map((p) => [p, quiet(show(p))])) : undefined;
    return deps.git.changedFiles(sha, head).then(async (changed) => {
        const used = paths.filter((p) => changed.includes(p));
        const texts = await Promise.all(used.map((p) => early?.get(p) ?? show(p)));
        return { changed, old: new Map(used.map((p, i) => [p, texts[i]])) };
    });
}
/** Marks a promise that may never be awaited as handled (its rejection surfaces where used). */
function quiet(promise) {
    promise.catch(() => undefined);
    return promise;
}
/**
 * Typos in what the run reads, before any registry request: every image the run acts on
 * must be named by a target overlay (kustomize: an `images:` entry; other formats: a value
 * at its key), unless `create-missing` adds it.
 */
function checkOverlaysName(config, states, images) {
    if (states.length === 0 || config.createMissing)
        return;
    for (const image of images) {
        if (states.some((s) => s.images.get(image.name)?.found))
            continue;
        const first = states[0];
        const where = states.map((s) => s.overlay.path).join(', ');
        if (first.format === 'kustomize') {
            const has = first.known.length > 0 ? `it has ${someOf(first.known)}` : 'it names no image';
            throw new errors/* InputError */.dz('images', `${where} does not name the image ${image.name} (${has})`, 'fix the image name, add an entry for it to the overlay, or set create-missing: true');
        }
        const likely = first.known.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
        throw new errors/* InputError */.dz('images', `${where} has no value at "${image.key ?? '(no key)'}" for the image ${image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(likely.length > 0 ? likely : first.known)})`, 'fix the key, add the key to the overlay, or set create-missing: true');
    }
}
function someOf(names, limit = 12) {
    if (names.length === 0)
        return 'nothing';
    const shown = names.slice(0, limit).join(', ');
    return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
/**
 * The images a run acts on, for the typo check: a `tag` input naming some images acts on
 * those (the others keep running whatever they run, if anything).
 */
function actedOn(config, images) {
    const request = config.tag;
    if (request?.kind === 'refs' && request.all === undefined)
        return images.filter((i) => i.name in request.byImage);
    if (request?.kind === 'previous' && request.images)
        return images.filter((i) => request.images?.includes(i.name));
    return [...images];
}
/** A ref with kustomize's `*` parts filled in from what the overlay has now. */
function kept(ref, image, states) {
    if (!ref.keep?.tag && !ref.keep?.digest)
        return ref;
    const held = valueIn(states, image);
    const out = { ...ref };
    for (const part of ['tag', 'digest']) {
        if (!ref.keep[part])
            continue;
        const value = held?.value[part];
        if (value === undefined) {
            throw new errors/* InputError */.dz('tag', `* keeps the ${part} of ${image.name}, but ${held ? `${held.overlay} has none for it` : 'no overlay names it'}`, `give the ${part}`);
        }
        out[part] = value;
    }
    return out;
}
/** The tag a requested ref names: its tag, or the tag tag-template makes for its commit. */
async function requestedTag(deps, ref) {
    if (ref.commit === undefined)
        return ref.tag;
    const needed = deps.policy.commitDigits();
    let sha = ref.commit;
    if (sha.length < needed) {
        const full = await deps.git.resolveCommit(sha);
        if (!full) {
            throw new errors/* InputError */.dz('tag', `tag-template "${deps.config.tagTemplate}" needs ${needed} hex digits of the commit, and ${sha} is no commit in ${deps.git.cwd}`, 'give the full SHA, or the tag itself');
        }
        sha = full;
    }
    return deps.policy.commitTag(sha);
}
async function gatherFacts(deps, placement) {
    const { config, policy, logger } = deps;
    const needs = (0,engine_needs/* factNeeds */.m)(config, deps.trigger);
    const history = new changes_history/* History */.B(deps.git, logger);
    const configured = selectedImages(config);
    // The tree of the deployed commit is listed while the overlays are read.
    const treeListed = needs.tree || needs.recordKeys ? headTree(deps, history) : undefined;
    const [overlays, fromOverlay] = await Promise.all([
        (0,overlay_state/* readOverlayStates */.nt)(placement.overlays, config.images),
        config.mode === 'promote' && placement.fromOverlay
            ? (0,overlay_state/* readOverlayStates */.nt)([placement.fromOverlay], config.images)
            : Promise.resolve([]),
    ]);
    for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings))
        logger.warning(w);
    checkOverlaysName(config, overlays, actedOn(config, configured));
    const images = configured.map((image) => withRepository(image, overlays, (0,tag_input/* requestedRef */.oH)(config.tag, image.name)));
    // set-image --no-verify: nothing is asked of a registry.
    const ask = config.registryCheck ? lookup/* lookup */.$I : () => Promise.resolve(undefined);
    const primary = needs.primary ? tryPrimary(deps) : undefined;
    const release = needs.release ? policy.release : undefined;
    const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));
    // The tags this run may write into a value several images share (Helm global.imageTag):
    // each of them is looked up in every sharing image's repository too.
    const sharedTags = new Map();
    const requested = await Promise.all(images.map(async (image) => {
        const plannedTag = planned.get(image.name)?.tag;
        if (plannedTag)
            return { tag: plannedTag };
        const given = (0,tag_input/* requestedRef */.oH)(config.tag, image.name);
        if (!given)
            return undefined;
        const ref = kept(given, image, overlays);
        const tag = await requestedTag(deps, ref);
        return { ...ref, ...(tag !== undefined ? { tag } : {}) };
    }));
    for (const state of overlays) {
        const slots = new Map();
        images.forEach((image, i) => {
            const slot = (0,overlay_state/* overlaySlot */.lJ)(state, image);
            if (slot)
                slots.set(slot, [...(slots.get(slot) ?? []), i]);
        });
        for (const members of slots.values()) {
            if (members.length < 2)
                continue;
            const written = members.flatMap((i) => {
                const tag = requested[i]?.tag;
                return tag ? [tag] : [];
            });
            for (const i of members) {
                const set = sharedTags.get(images[i]?.name ?? '') ?? new Set();
                for (const t of written)
                    set.add(t);
                sharedTags.set(images[i]?.name ?? '', set);
            }
        }
    }
    // The deployed tags' commits first (git runs beside the registry requests below): each
    // SHA prefix is looked up, and diffed with the head as `<prefix>^{commit}` at the same
    // time, which names the same commit whenever the lookup finds one.
    const diffs = new Map();
    const byPrefixOf = new Map();
    const startPrefix = (prefix) => {
        let started = byPrefixOf.get(prefix);
        if (started)
            return started;
        started = quiet(deps.git.resolveCommit(prefix));
        // Old overlay texts are read ahead only while that is a handful of git calls.
        const eager = (byPrefixOf.size + 1) * overlays.length <= 4;
        const speculative = quiet(diffWithHead(deps, `${prefix}^{commit}`, overlays, eager));
        void started.then((sha) => {
            if (sha && !diffs.has(sha))
                diffs.set(sha, quiet(speculative.catch(() => diffWithHead(deps, sha, overlays))));
        }, () => undefined);
        byPrefixOf.set(prefix, started);
        return started;
    };
    const byPrefix = images.map((image) => {
        if (!needs.comparison)
            return undefined;
        const deployedValue = valueIn(overlays, image);
        const prefix = deployedValue ? shaPrefixOf(config, deployedValue.value) : undefined;
        return prefix ? startPrefix(prefix) : undefined;
    });
    // An image the overlays do not name is explained by the event's rule: its diff runs while
    // the tree is read; anything it would fetch or ask the API waits for the typo checks.
    let typosChecked = () => undefined;
    const checked = new Promise((resolve, reject) => {
        typosChecked = (ok) => {
            if (ok)
                resolve();
            else
                reject(new Error('the typo checks failed'));
        };
    });
    const eventChanges = needs.comparison &&
        images.length > 0 &&
        (deps.trigger.base.kind === 'input' || images.some((image) => !valueIn(overlays, image)))
        ? quiet(detectEventChanges(deps, quiet(checked)))
        : undefined;
    const tree = treeListed ? await treeListed : undefined;
    // Where each image is built from (symlinks followed, .dockerignore read: local git reads).
    const sources = tree === undefined
        ? undefined
        : 'problem' in tree
            ? tree
            : await (0,resolve/* resolveSources */.l)(deps.git, tree, images).catch((err) => ({
                problem: `cannot read what the images are built from at ${tree.commit.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            }));
    // Typos (a context or Dockerfile that does not exist, paths that match nothing) fail first:
    // before anything is asked of the registry or fetched (only local git reads run until here).
    if (needs.tree && tree && !('problem' in tree) && sources && !('problem' in sources)) {
        try {
            checkSources(tree, images, sources, {
                written: config.writeOverlay && !config.overlayRepository
                    ? config.overlays.map((o) => o.path)
                    : [],
            });
        }
        catch (err) {
            typosChecked(false);
            throw err;
        }
    }
    typosChecked(true);
    const early = images.map((image, i) => {
        const deployedValue = valueIn(overlays, image);
        const deployedRepo = deployedValue ? (0,lookup/* repositoryOf */._M)(deployedValue.value, image) : undefined;
        const ref = requested[i];
        const requestedRepo = ref?.repository ?? image.repository;
        const promoteValue = valueIn(fromOverlay, image);
        const own = [
            ...(primary ? [primary] : []),
            ...(release ? [release] : []),
            ...(sharedTags.get(image.name) ?? []),
        ];
        const tagged = [...new Set(own)];
        return {
            image,
            deployedValue,
            deployedRepo,
            ref,
            requestedRepo,
            promoteValue,
            // Lookups never reject: a registry that cannot answer gives a problem.
            lookups: Promise.all([
                deployedValue && deployedRepo && (deployedValue.value.tag || deployedValue.value.digest)
                    ? ask(deps, deployedRepo, deployedValue.value.tag, deployedValue.value.digest)
                    : Promise.resolve(undefined),
                Promise.all(tagged.map((t) => ask(deps, image.repository, t))).then((found) => new Map(tagged.map((t, j) => [t, found[j]]))),
                ref && (ref.tag || ref.digest)
                    ? ask(deps, requestedRepo, ref.tag, ref.digest)
                    : Promise.resolve(undefined),
                promoteValue && (promoteValue.value.tag || promoteValue.value.digest)
                    ? ask(deps, (0,lookup/* repositoryOf */._M)(promoteValue.value, image), promoteValue.value.tag, promoteValue.value.digest)
                    : Promise.resolve(undefined),
            ]),
            byPrefix: byPrefix[i],
        };
    });
    // Let the requests and git calls get under way before the keys are computed.
    await new Promise((resolve) => setImmediate(resolve));
    const keys = tree && sources && !('problem' in tree) && !('problem' in sources)
        ? needs.tree
            ? (0,source_keys/* sourceKeys */.KG)(tree, images, sources)
            : recordKeys(deps, () => (0,source_keys/* sourceKeys */.KG)(tree, images, sources))
        : undefined;
    const keyOf = (image) => {
        if (!sources)
            return { problem: 'the source key was not needed by this run' };
        if ('problem' in sources)
            return { problem: sources.problem };
        const key = keys?.get(image.name);
        return key ?? { problem: keys ? 'internal error: no key computed' : 'cannot be computed' };
    };
    const perImage = await Promise.all(early.map(async (e) => {
        const { image, deployedValue, deployedRepo, ref, requestedRepo, promoteValue } = e;
        const source = keyOf(image);
        const sourceTag = needs.sourceTags && 'key' in source ? policy.sourceTag(source.key) : undefined;
        const [sourceImage, [deployedImage, tagged, requestedImage, promoteImage]] = await Promise.all([
            sourceTag ? ask(deps, image.repository, sourceTag) : Promise.resolve(undefined),
            e.lookups,
        ]);
        // Where a reused or promoted image came from: read its revision label (with verify:
        // signature the signed statement says it, and a label is never evidence; a plan
        // leaves it out: src/engine/needs.ts).
        const sourceFound = (0,types/* found */.F)(sourceImage);
        if (needs.labels &&
            !config.verify &&
            sourceFound &&
            sourceFound.digest !== (0,types/* found */.F)(deployedImage)?.digest) {
            const revision = await (0,lookup/* revisionOf */.DT)(deps, sourceFound);
            if (revision)
                sourceFound.revision = revision;
        }
        const facts = {
            image,
            source,
            comparison: { rule: 'unknown', change: { kind: 'none' } },
            tagged,
            ...(sourceTag ? { sourceImage } : {}),
        };
        if (primary)
            facts.primary = primary;
        if (deployedValue && deployedRepo) {
            facts.deployed = {
                overlay: deployedValue.overlay,
                value: deployedValue.value,
                repository: deployedRepo,
                image: deployedImage,
            };
        }
        if (ref && (ref.tag || ref.digest)) {
            facts.requested = {
                ...(ref.tag ? { tag: ref.tag } : {}),
                ...(ref.digest ? { digest: ref.digest } : {}),
                ...(ref.as ? { as: ref.as } : {}),
                image: requestedImage,
                repository: requestedRepo,
            };
        }
        if (promoteValue) {
            facts.promoteSource = {
                overlay: promoteValue.overlay,
                value: promoteValue.value,
                repository: (0,lookup/* repositoryOf */._M)(promoteValue.value, image),
                image: promoteImage,
            };
        }
        const plan = planned.get(image.name);
        if (plan)
            facts.planned = plan;
        return facts;
    }));
    const okSources = sources && !('problem' in sources) ? sources : undefined;
    const [withComparison, gate, rollback, records] = await Promise.all([
        needs.comparison
            ? compare(deps, history, perImage, tree ?? { problem: 'no tree' }, sources && !('problem' in sources) ? sources : undefined, overlays, {
                byPrefix: early.map((e) => e.byPrefix),
                diffs,
                ...(eventChanges ? { eventChanges } : {}),
            })
            : Promise.resolve({ images: perImage }),
        needs.gate
            ? __webpack_require__.e(/* import() */ 347).then(__webpack_require__.bind(__webpack_require__, 14347)).then(({ releaseGate }) => releaseGate(deps))
            : Promise.resolve(undefined),
        needs.rollback
            ? __webpack_require__.e(/* import() */ 92).then(__webpack_require__.bind(__webpack_require__, 87092)).then(({ rollbackFacts }) => rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file)))
            : Promise.resolve(undefined),
        // The environment's records: reuse or skip, and holds (src/engine/record.ts).
        needs.records
            ? Promise.all(/* import() */[__webpack_require__.e(987), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952)).then(({ gatherRecords }) => gatherRecords(deps, placement, overlays, perImage, (commit, group) => changesSince(deps, history, commit, group, overlays, okSources)))
            : Promise.resolve(undefined),
    ]);
    const facts = {
        images: withComparison.images.map((f) => {
            const rb = rollback?.get(f.image.name);
            const record = records?.get(f.image.name);
            return rb || record
                ? { ...f, ...(rb ? { rollback: rb } : {}), ...(record ? { record } : {}) }
                : f;
        }),
        overlays,
        ...(gate ? { gate } : {}),
        ...(withComparison.changes ? { changes: withComparison.changes } : {}),
    };
    return facts;
}
/**
 * The source keys a record needs (the hold a rollback starts is against them): a key that
 * cannot be computed leaves the record without it, never fails the rollback.
 */
function recordKeys(deps, keys) {
    try {
        return keys();
    }
    catch (err) {
        deps.logger.debug(`the source keys for the deploy record: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
/**
 * What changed for `images` between `commit` (the configuration an environment runs, from
 * its record) and the head, classified like the explanation (the deploy commits themselves
 * left out); undefined when the commit is not there and cannot be fetched.
 */
async function changesSince(deps, history, commit, images, overlays, sources) {
    if (!(await history.ensureCommit(commit)))
        return undefined;
    const diff = await diffWithHead(deps, commit, overlays);
    return classifier(deps.config, images, sources).classify(withoutOwnDeploys(deps, diff, overlays));
}
/** This run's primary tag, or undefined when its template has no value here (decided later). */
function tryPrimary(deps) {
    try {
        return deps.policy.primary();
    }
    catch {
        // The decision reports the template problem per image.
        return undefined;
    }
}
/** The event rule's change list (the comparison when the deployed commit is unknown). */
function detectEventChanges(deps, ready) {
    return detectChanges(deps.trigger, {
        git: deps.git,
        logger: deps.logger,
        ...(deps.api ? { api: deps.api } : {}),
        ...(ready ? { ready } : {}),
    });
}
/**
 * Drops the target overlays from a change list when they differ from `base` only in the
 * images' values (the commit that deployed what runs): writing today's values into the old
 * file must give today's file, byte for byte.
 */
function withoutOwnDeploys(deps, diff, overlays) {
    const files = diff.changed;
    const own = new Set();
    for (const state of overlays) {
        const path = state.overlay.path;
        if (!files.includes(path))
            continue;
        const old = diff.old.get(path);
        if (old === undefined)
            continue;
        try {
            const updates = deps.config.images.flatMap((image) => {
                const v = (0,overlay_state/* overlayValue */.uk)(state, image.name);
                if (!v)
                    return [];
                return [{ image, repository: (0,lookup/* repositoryOf */._M)(v, image).name, ...v }];
            });
            const before = (0,overlay_state/* readOverlayTextFor */.xh)(old, state.overlay, deps.config.images);
            // The options the write uses, so the same values give the same bytes.
            const planned = (0,plan/* planOverlayEdit */.c)(before, (0,overlay_state/* updatesFor */.aG)(before, updates), {
                pinDigest: deps.config.pinDigest,
                createMissing: false,
                isImmutable: (tag) => deps.policy.isImmutable(tag),
            });
            if (planned.after.equals(state.bytes))
                own.add(path);
        }
        catch {
            // Not a pure value change (or not plannable): it counts as deploy config.
        }
    }
    return own.size === 0 ? files : files.filter((f) => !own.has(f));
}
/** The value the first target overlay that names the image holds. */
function valueIn(states, image) {
    for (const state of states) {
        const v = (0,overlay_state/* overlayValue */.uk)(state, image.name);
        if (v)
            return { overlay: state.overlay.path, value: v };
    }
    return undefined;
}
/**
 * The explanation: for each image, what changed between the commit it runs (when that is
 * known) and the commit being deployed; the others — and every image when the `base` input
 * overrides — share the event rule's change list. Also the source key at each deployed
 * commit, for adopting images built before source tags.
 */
async function compare(deps, history, images, headTreeOrProblem, headSources, overlays, started) {
    const { config, trigger } = deps;
    const head = trigger.head;
    const override = trigger.base.kind === 'input';
    // Deployed commits, per image (in parallel; fetches are by exact SHA or tag).
    const commits = await Promise.all(images.map((f, i) => f.deployed && !('problem' in headTreeOrProblem)
        ? deployedCommit(deps, history, f.deployed.value, (0,types/* found */.F)(f.deployed.image), started.byPrefix[i]).catch((err) => {
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
        // The key at the deployed commit matters when the environment does not run the image the
        // source tag names: an image that predates source tags (adopt it), or a rebuild of the
        // same source (keep it).
        const adoptable = indices.some((i) => {
            const f = out[i];
            const source = (0,types/* found */.F)(f.sourceImage);
            return !source || source.digest !== (0,types/* found */.F)(f.deployed?.image)?.digest;
        });
        try {
            const [diff, tree] = await Promise.all([
                override ? undefined : (started.diffs.get(sha) ?? diffWithHead(deps, sha, overlays)),
                adoptable ? (0,source_tree/* readTree */.Zc)(deps.git, sha) : Promise.resolve(undefined),
            ]);
            // The deploy that wrote the running value into the overlay is not news.
            const changes = diff
                ? classifier(config, group, headSources).classify(withoutOwnDeploys(deps, diff, overlays))
                : undefined;
            const keys = tree
                ? (await (0,source_keys/* sourceKeysAt */.fH)(deps.git, tree, group).catch(() => undefined))?.keys
                : undefined;
            for (const i of indices) {
                const f = out[i];
                const commit = commits[i];
                if (!f.deployed || !commit)
                    continue;
                const key = keys?.get(f.image.name)?.key;
                f.deployed = { ...f.deployed, commit, ...(key ? { sourceKey: key } : {}) };
                if (changes) {
                    f.comparison = {
                        base: sha,
                        rule: 'deployed',
                        change: changes.get(f.image.name) ?? { kind: 'none' },
                    };
                }
            }
        }
        catch (err) {
            deps.logger.debug(`cannot compare ${sha.slice(0, 7)} with ${head.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            for (const i of indices)
                commits[i] = undefined;
        }
    }
    const rest = out
        .map((_f, i) => (commits[i] && !override ? undefined : i))
        .filter((i) => i !== undefined);
    if (rest.length === 0)
        return { images: out };
    const changes = await (started.eventChanges ?? detectEventChanges(deps));
    const group = rest.map((i) => out[i].image);
    const classified = changes.complete
        ? classifier(config, group, headSources).classify(changes.files)
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

;// CONCATENATED MODULE: ./src/engine/placement.ts
/**
 * Where the overlays are for this run: in the workspace (the checkout, or a second checkout
 * inside it), or in `overlay-repository`, cloned for the run. Resolves the overlay files,
 * says which directory writes must stay inside, and which git repository holds a file.
 */




/** How the change is written back, or undefined when the run commits nothing. */
function writeBackMode(config) {
    if (!(0,decide/* writesOverlays */.SI)(config) || config.dryRun)
        return undefined;
    switch (config.commit) {
        case 'none':
            return undefined;
        case 'local':
            return 'commit';
        case 'push':
            return 'push';
        case 'pull-request':
            return 'pull-request';
    }
}
/** The branch a detached checkout commits to: tag and release checkouts go to the default branch. */
function detachedBranch(trigger) {
    return trigger.kind === 'tag' || trigger.kind === 'release'
        ? (trigger.defaultBranch ?? 'main')
        : trigger.branch;
}
async function placeOverlays(deps) {
    const { config, logger } = deps;
    const mode = writeBackMode(config);
    const remote = config.overlayRepository;
    if (remote && (config.overlays.length > 0 || config.fromOverlay)) {
        const paths = [...config.overlays, ...(config.fromOverlay ? [config.fromOverlay] : [])].map((o) => o.path);
        const { cloneOverlayRepository } = await __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 10837));
        const clone = await cloneOverlayRepository(remote, paths, {
            logger,
            env: deps.env,
            ...(config.githubToken ? { githubToken: config.githubToken } : {}),
            ...(remote.allowLocal ? { allowLocalRepository: true } : {}),
        });
        const at = (o) => ({ ...o, file: (0,external_node_path_.join)(clone.root, o.path) });
        return {
            overlays: config.overlays.map(at),
            ...(config.fromOverlay ? { fromOverlay: at(config.fromOverlay) } : {}),
            root: clone.root,
            clone,
            ...(mode
                ? {
                    writeBack: {
                        mode,
                        groups: [{ repository: clone, files: config.overlays.map((o) => at(o).file) }],
                    },
                }
                : {}),
            gitFor: () => Promise.resolve(clone.git),
            cleanup: () => clone.cleanup(),
        };
    }
    const root = await (0,promises_.realpath)(config.workspace);
    let writeBack;
    if (mode) {
        const { writeBackTargets } = await __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 38939));
        const branch = detachedBranch(deps.trigger);
        const groups = await writeBackTargets(config.overlays.map((o) => o.file), mode, {
            cwd: config.workspace,
            workspace: config.workspace,
            logger,
            ...(branch ? { branch } : {}),
        });
        writeBack = { mode, groups };
    }
    // One Git per repository, so its fetches queue behind each other (Git.exclusive).
    const byTop = new Map([[await (0,promises_.realpath)(deps.git.cwd), deps.git]]);
    const byDir = new Map();
    return {
        overlays: config.overlays,
        ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
        root,
        ...(writeBack ? { writeBack } : {}),
        gitFor: (file) => {
            // A second checkout inside the workspace has its own history. Each directory is asked
            // once per run (the records and the summary's picture ask for the same files).
            const dir = (0,external_node_path_.dirname)(file);
            let found = byDir.get(dir);
            if (!found) {
                found = (async () => {
                    const top = await (0,promises_.realpath)(await new src_git/* Git */.TU(dir, logger).topLevel());
                    let git = byTop.get(top);
                    if (!git)
                        byTop.set(top, (git = new src_git/* Git */.TU(top, logger)));
                    return git;
                })();
                byDir.set(dir, found);
                found.catch(() => byDir.delete(dir));
            }
            return found;
        },
        cleanup: () => Promise.resolve(),
    };
}

// EXTERNAL MODULE: ./src/engine/trust.ts
var trust = __webpack_require__(90652);
;// CONCATENATED MODULE: ./src/engine/verify.ts
/**
 * The last word before outputs and overlay writes: every tag the run created or relies on
 * is read again from the registry (by GET, hashed) and must name the digest the run reports.
 * A tag another writer moved in the meantime fails its image and says so. A tag the registry
 * layer read back after the run's last write had finished (a one-tag retag) was read at the
 * end already: that read-back stands (Outcome.readLast, set by src/engine/execute.ts).
 *
 * The distribution API has no compare-and-swap, so a writer whose PUT lands after this read
 * can still move a tag; ECR's tag immutability is the lock that closes that window.
 */


async function verifyOutcomes(outcomes, deps, options) {
    // Reads made while gathering facts are as fresh as it gets when the run wrote nothing.
    const fresh = !outcomes.some((o) => o.wrote);
    return Promise.all(outcomes.map(async ({ readLast, ...o }) => {
        if (['failed', 'not-attempted', 'built', 'unverified'].includes(o.status))
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
                const read = readLast?.some((r) => r.tag === tag && r.digest === (digest ?? target.digest));
                if (read)
                    continue;
                await registry.verifyTag((0,reference/* withTagAndDigest */.gh)(target.repository, tag), digest ?? target.digest);
            }
            return { ...o, status: 'verified' };
        }
        catch (err) {
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err) };
        }
    }));
}

;// CONCATENATED MODULE: ./src/engine/run.ts
/**
 * One run of the engine, used by the action (src/main.ts) and the CLI: gather facts, decide
 * (pure), execute, verify, write. Each phase returns new values. Nothing is written to an
 * overlay, and no release, environment or mutable tag moves, unless every image is verified.
 */









/** Checks that need no facts, made before anything is built or pushed. */
function preflight(deps) {
    const { config, trigger, policy } = deps;
    // set-image --no-verify applies no tag rule (kustomize's behaviour).
    if (config.tag?.kind === 'refs' && !config.pinDigest && config.registryCheck) {
        // The tag policy's rule, before any registry call: the run deploys what the input names
        // (a tag given with its digest is pinned already).
        for (const ref of [config.tag.all, ...Object.values(config.tag.byImage)]) {
            const t = ref?.digest === undefined ? ref?.tag : undefined;
            const why = t === undefined ? undefined : policy.mutableReason(t);
            if (why) {
                throw new errors/* InputError */.dz('tag', (0,tags_policy/* mutableTagRefusal */.xo)(why, 'give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true (--pin-digest) to deploy it pinned to the digest it has now'));
            }
        }
    }
    if (config.commit !== 'none' && trigger.pullRequest && config.mode !== 'plan') {
        // It would push the overlay onto the PR's branch (or, for a fork, a branch of that name here).
        throw new errors/* UserError */.yo(`input 'commit': ${config.commit === 'push' ? 'true' : config.commit} does not apply to pull request events — use write-overlay to render a preview, or run the deploy on push`);
    }
}
/**
 * sign / verify: the signer and policy (src/engine/provenance.ts, loaded only then), checked
 * before anything else happens.
 */
async function prepareTrust(deps) {
    if (deps.config.sign === undefined && deps.config.verify === undefined)
        return undefined;
    return (await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 95809))).prepareTrust(deps);
}
async function runEngine(deps) {
    let placement;
    let trust;
    try {
        preflight(deps);
        trust = await prepareTrust(deps);
        placement = await placeOverlays(deps);
    }
    catch (err) {
        return notAttempted(deps, err);
    }
    try {
        const result = await runPlaced(deps, placement, trust);
        if (deps.summary)
            await addPicture(deps, placement, result);
        return result;
    }
    finally {
        await placement.cleanup();
    }
}
/** The environments picture for the job summary (src/engine/record.ts); never fails the run. */
async function addPicture(deps, placement, result) {
    try {
        const { environmentsPicture } = await Promise.all(/* import() */[__webpack_require__.e(987), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952));
        const picture = await environmentsPicture(deps, placement, result);
        if (picture)
            result.picture = picture;
    }
    catch (err) {
        deps.logger.debug(`the environments picture: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
async function runPlaced(deps, placement, trust) {
    const { config } = deps;
    const planning = config.mode === 'plan' || config.dryRun;
    let facts;
    try {
        facts = await gatherFacts(deps, placement);
        // verify: signature — every digest the decision may use, checked before deciding.
        if (trust)
            facts = await (await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 95809))).verifyCandidates(facts, deps, trust);
    }
    catch (err) {
        // Nothing was attempted; the outputs still say so for every image.
        return notAttempted(deps, err);
    }
    const decisions = (0,decide/* decide */.LD)({ config, trigger: deps.trigger, policy: deps.policy, facts });
    let outcomes = decisions.map(initialOutcome);
    if (!planning) {
        outcomes = await executeBuilds(outcomes, deps);
        let hooks = {};
        if (trust) {
            const provenance = await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 95809));
            // sign: what was built is signed before any of its tags exist, then tagged.
            outcomes = await provenance.signOutcomes(outcomes, facts, deps, trust);
            // A copy into another repository takes its signatures along.
            hooks = { copied: provenance.copySignatures(deps, trust) };
        }
        if (config.push)
            outcomes = await executeTags(outcomes, deps, hooks);
    }
    outcomes = await verifyOutcomes(outcomes, deps, { planning: planning || !config.push });
    if (!planning && config.push && !outcomes.some((o) => o.status === 'failed')) {
        // Release, environment and mutable tags move only now, and are read back (when none
        // moved, the verification above was the last word).
        const moved = await moveLaterTags(outcomes, deps);
        if (moved.some((o, i) => o !== outcomes[i]))
            outcomes = await verifyOutcomes(moved, deps, { planning: false });
    }
    const result = {
        images: outcomes.map((o) => imageResult(o, facts)),
        overlayChanged: false,
        overlayFiles: [],
        overlayChanges: [],
        overlayTexts: [],
        commits: [],
        dryRun: config.dryRun,
        planning: planning || !config.push,
        ...(facts.changes ? { changes: facts.changes } : {}),
    };
    const failed = result.images.filter((i) => i.status === 'failed');
    if (failed.length > 0) {
        const first = failed[0];
        const held = outcomes.flatMap((o) => o.decision.kind === 'tag' || o.decision.kind === 'build'
            ? o.decision.laterTags.map((t) => t.tag).filter((t) => !o.moved?.includes(t))
            : []);
        result.failureKind = 'run';
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
    if ((0,decide/* writesOverlays */.SI)(config)) {
        // The record of this deploy (trailers, a GitHub Deployment in progress): src/engine/record.ts.
        const { startRecord } = await Promise.all(/* import() */[__webpack_require__.e(987), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952));
        const recorder = await startRecord(outcomes, facts, deps);
        if (recorder.record)
            result.record = recorder.record;
        try {
            // Overlay edits and the git/GitHub write-back load only when something may be written.
            const { writeOverlays } = await Promise.all(/* import() */[__webpack_require__.e(320), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 46372));
            const written = await writeOverlays(outcomes, facts, deps, placement, recorder.record);
            result.overlayChanged = written.changed;
            result.overlayFiles = written.files;
            result.overlayChanges = written.changes;
            result.overlayTexts = written.texts;
            result.commits = written.commits;
        }
        catch (err) {
            // Reported like an image failure, so the outputs and summary are still written.
            result.failure = `updating the overlay failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
            result.failureKind = err instanceof errors/* InputError */.dz ? 'input' : 'run';
        }
        await recorder.finish(result);
    }
    return result;
}
function imageResult(o, facts) {
    const d = o.decision;
    const f = facts.images.find((x) => x.image.name === d.image.name);
    const writes = d.kind === 'tag' || d.kind === 'build' || d.kind === 'write-unverified';
    const tag = writes ? (d.write.tag ?? o.target?.tag) : o.target?.tag || undefined;
    const reason = d.reason;
    const result = {
        name: d.image.name,
        repository: d.image.repository.name,
        decision: (0,decide/* nameOf */.Vb)(d),
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
    const pinned = d.kind === 'tag' || d.kind === 'write-unverified' ? d.write.digest : undefined;
    const digest = pinned ?? o.target?.digest;
    if (digest)
        result.digest = digest;
    if (o.target?.mediaType !== undefined && o.target.digest === digest) {
        result.mediaType = o.target.mediaType;
        if (o.target.size !== undefined)
            result.size = o.target.size;
    }
    if (o.error)
        result.error = o.error;
    if (d.kind === 'keep' && d.held)
        result.held = d.held;
    const signature = o.signature ?? (0,trust/* verifiedSignature */.zv)(facts, d);
    if (signature)
        result.signature = signature;
    if (f?.deployed)
        result.from = (0,decide/* describeValue */.bp)(f.deployed.value);
    if (f?.comparison.base)
        result.base = f.comparison.base;
    if (f)
        result.baseRule = f.comparison.rule;
    return result;
}
/** A run that stopped before deciding: every image says so, and why (`err`). */
function notAttempted(deps, err) {
    return {
        images: selectedImages(deps.config).map((image) => ({
            name: image.name,
            repository: image.repository.name,
            decision: 'not-attempted',
            reason: 'not attempted: the run stopped before deciding',
            change: 'none',
            status: 'not-attempted',
            addedTags: [],
            write: false,
        })),
        overlayChanged: false,
        overlayFiles: [],
        overlayChanges: [],
        overlayTexts: [],
        commits: [],
        failure: (0,errors/* errorMessage */.gJ)(err),
        failureKind: err instanceof errors/* InputError */.dz || err instanceof trigger/* TriggerError */.dT ? 'input' : 'run',
        dryRun: deps.config.dryRun,
        planning: true,
    };
}

// EXTERNAL MODULE: ./src/report.ts + 1 modules
var report = __webpack_require__(82246);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(28902);
// EXTERNAL MODULE: ./src/http/transport.ts
var http_transport = __webpack_require__(71517);
// EXTERNAL MODULE: ./src/registry/auth.ts
var registry_auth = __webpack_require__(27481);
// EXTERNAL MODULE: ./src/registry/docker-config.ts
var docker_config = __webpack_require__(30026);
// EXTERNAL MODULE: ./src/registry/ecr-host.ts
var ecr_host = __webpack_require__(80072);
// EXTERNAL MODULE: ./src/registry/http.ts
var registry_http = __webpack_require__(58851);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/pool.ts
var pool = __webpack_require__(57937);
// EXTERNAL MODULE: ./src/registry/oci-wire.ts
var oci_wire = __webpack_require__(89274);
// EXTERNAL MODULE: ./src/registry/tag-rules.ts
var tag_rules = __webpack_require__(51070);
;// CONCATENATED MODULE: ./src/registry/oci.ts
/**
 * The OCI distribution backend: plain HTTP(S) against /v2/, no docker daemon.
 * Retag and copy move the exact manifest bytes with their content type, so the digest cannot
 * change; blobs move by cross-repository mount, streamed through only when a mount is refused.
 *
 * Digests are computed, never believed: a manifest's digest is the hash of the bytes read
 * here. Bytes asked for by digest must hash to it; bytes that contradict the
 * Docker-Content-Digest sent with them are refused; bytes read by tag without that header
 * must hash to a manifest the repository holds (a HEAD by that digest, which can be checked).
 * Each of these is an integrity fault, retried like a transient one (retryIntegrity), then
 * reported. A HEAD is used only by digest, never to learn what a tag points to.
 *
 * Every manifest PUT is re-read (a tag by GET and hash, a digest by HEAD). The distribution
 * API has no compare-and-swap: two writers of one tag can both pass the "tag is free" check;
 * the re-read catches the one whose write was overwritten before it looked again, but a PUT
 * landing after the last re-read is not seen (callers re-read once more at the end of a run
 * with verifyTag). Only server-side tag immutability really locks a tag.
 */











/** Docker Hub's API lives on another host than the name users write. */
const DOCKER_HUB_API = 'registry-1.docker.io';
function isLoopback(host) {
    const bare = host.replace(/:\d+$/, '').toLowerCase();
    return bare === 'localhost' || bare === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}
/**
 * Base URL of a registry's API. Loopback registries are reached over plain HTTP, as docker
 * does; so are the hosts listed as insecure (`host` matches any port, `host:port` only that).
 */
function apiEndpoint(domain, insecureRegistries = []) {
    const host = domain === 'docker.io' ? DOCKER_HUB_API : domain;
    const bare = host.replace(/:\d+$/, '');
    const insecure = isLoopback(host) ||
        insecureRegistries.some((entry) => {
            const e = entry
                .trim()
                .replace(/^https?:\/\//i, '')
                .replace(/\/+$/, '')
                .toLowerCase();
            return e === host.toLowerCase() || e === bare.toLowerCase();
        });
    return `${insecure ? 'http' : 'https'}://${host}`;
}
/**
 * The first registry error code and a short message from an error body, redacted: a
 * registry may echo the credentials it was sent.
 */
function decodeErrors(body) {
    const { code, message } = decodeErrorsRaw(body);
    // Redacted whole, then shortened: a cut would leave a part of a secret unrecognised.
    return {
        ...(code ? { code: (0,redact/* redact */.E$)(code).slice(0, 100) } : {}),
        ...(message ? { message: (0,redact/* redact */.E$)(message).slice(0, 300) } : {}),
    };
}
function decodeErrorsRaw(body) {
    if (body.length === 0)
        return {};
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const first = parsed.errors?.[0];
        if (!first)
            return {};
        const code = typeof first.code === 'string' ? first.code : undefined;
        const messages = (parsed.errors ?? [])
            .slice(0, 3)
            .map((e) => {
            const detail = typeof e.detail === 'string' ? ` ${e.detail}` : '';
            return typeof e.message === 'string' ? `${e.message}${detail}` : '';
        })
            .filter(Boolean);
        return {
            ...(code ? { code } : {}),
            ...(messages.length ? { message: messages.join('; ') } : {}),
        };
    }
    catch {
        const text = body
            .subarray(0, 64 * 1024)
            .toString('utf8')
            .trim();
        return text ? { message: text } : {};
    }
}
/** What the manifests kept by digest may hold in all (manifests are a few KiB each). */
const MANIFEST_CACHE_BYTES = 16 * 1024 * 1024;
class OciRegistry {
    options;
    kind = 'oci';
    concurrency;
    artifactStore;
    /**
     * Manifests this process read and hashed, by `<repository>@<digest>`: bytes asked for by
     * digest again (an image's config behind a tag just read, a copy's source) are these bytes,
     * so no request is needed. Tags are never answered from here: what a tag names is read anew.
     */
    known = new Map();
    knownBytes = 0;
    constructor(options) {
        this.options = options;
        this.concurrency = options.concurrency ?? 8;
    }
    async resolve(ref) {
        this.checkHost(ref);
        const reference = (0,oci_wire/* manifestReference */.T)(ref);
        const scopes = [(0,registry_auth.pullScope)(ref.path)];
        if (ref.digest !== undefined) {
            const known = this.known.get(`${ref.path}@${ref.digest}`);
            if (known)
                return descriptorOf(known);
            // A request by digest can be checked, so a HEAD suffices when it names type and size.
            const digest = ref.digest;
            const head = await this.retry(this.ctx('HEAD manifest', ref.path, digest), () => this.headByDigest(ref.path, digest, scopes));
            if (head !== null)
                return head;
        }
        // By tag: the GET's bytes, hashed here, confirmed to be a manifest the repository holds.
        const fetched = await this.fetchManifest(ref.path, reference, scopes);
        return fetched && descriptorOf(fetched);
    }
    async addTag(source, tag, options = {}) {
        this.checkHost(source);
        checkTag(tag, this.options.registry, source.path);
        const scopes = [(0,registry_auth.pushScope)(source.path)];
        const manifest = await this.readSource(source, scopes);
        return this.writeTag(source.path, tag, manifest, scopes, options);
    }
    async copy(source, target, options = {}) {
        this.checkHost(source);
        this.checkHost(target);
        const tag = target.tag;
        if (tag === undefined) {
            throw new errors/* UserError */.yo(`copy target ${(0,reference/* formatReference */.FH)(target)} has no tag: name the tag to write, e.g. ${target.name}:v1`);
        }
        checkTag(tag, this.options.registry, target.path);
        if (source.path === target.path && target.digest === undefined) {
            return this.addTag(source, tag, options);
        }
        const scopes = [(0,registry_auth.pushScope)(target.path), (0,registry_auth.pullScope)(source.path)];
        const manifest = await this.readSource(source, scopes);
        if (target.digest !== undefined && target.digest !== manifest.digest) {
            throw new errors/* UserError */.yo(`copy target ${(0,reference/* formatReference */.FH)(target)} pins digest ${target.digest}, but the source ${(0,reference/* formatReference */.FH)(source)} is ${manifest.digest}`);
        }
        let copyContent;
        if (source.path !== target.path) {
            const copier = new ContentCopier(this, source.path, target.path, scopes, this.concurrency);
            // The index's manifests are read while the target tag is checked (reads only: nothing
            // is written before the overwrite rule has passed).
            copier.prefetch(manifest);
            copyContent = () => copier.copyReferenced(manifest);
        }
        return this.writeTag(target.path, tag, manifest, scopes, options, copyContent);
    }
    async verifyTag(ref, expectedDigest) {
        this.checkHost(ref);
        if (ref.tag === undefined) {
            throw new Error(`verifyTag needs a reference with a tag, not ${(0,reference/* formatReference */.FH)(ref)}`);
        }
        const now = await this.fetchManifest(ref.path, ref.tag, [(0,registry_auth.pullScope)(ref.path)], expectedDigest);
        if (now?.digest !== expectedDigest) {
            throw this.movedError(ref.path, ref.tag, expectedDigest, now?.digest);
        }
    }
    async imageConfig(ref) {
        this.checkHost(ref);
        const scopes = [(0,registry_auth.pullScope)(ref.path)];
        const top = await this.fetchManifest(ref.path, (0,oci_wire/* manifestReference */.T)(ref), scopes);
        if (!top)
            return undefined;
        const image = await this.imageOf(ref.path, top, scopes);
        const ctx = this.ctx('read image config', ref.path, image.digest);
        if (image.parsed.kind !== 'image' || !image.parsed.config) {
            throw new registry_http/* RegistryError */.gl(ctx, 'the image manifest names no config');
        }
        const bytes = await this.readBlobIn(ref.path, image.parsed.config.digest, scopes);
        try {
            return (0,registry_manifest/* parseImageConfig */.FB)(bytes);
        }
        catch (err) {
            if (err instanceof registry_manifest/* ManifestError */.Sh)
                throw new registry_http/* RegistryError */.gl(ctx, err.message);
            throw err;
        }
    }
    async readBlob(repo, digest) {
        this.checkHost(repo);
        return this.readBlobIn(repo.path, digest, [(0,registry_auth.pullScope)(repo.path)]);
    }
    // ---- artifacts (ArtifactStore): oci-artifacts.ts, loaded on first use --------------------
    async readManifest(ref) {
        return (await this.artifacts()).readManifest(ref);
    }
    async writeManifest(ref, manifest, options) {
        return (await this.artifacts()).writeManifest(ref, manifest, options);
    }
    async writeBlob(repo, bytes) {
        return (await this.artifacts()).writeBlob(repo, bytes);
    }
    async referrers(repo, digest, artifactType) {
        return (await this.artifacts()).referrers(repo, digest, artifactType);
    }
    artifacts() {
        this.artifactStore ??= __webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 59548)).then(({ OciArtifacts }) => new OciArtifacts(this, {
            registry: this.options.registry,
            endpoint: this.options.endpoint,
            checkHost: (ref) => {
                this.checkHost(ref);
            },
            headByDigest: (repository, digest, scopes) => this.headByDigest(repository, digest, scopes),
            retry: (ctx, attempt) => this.retry(ctx, attempt),
            checkOverwrite: (current, manifest, repository, tag, options) => this.checkOverwrite(current, manifest, repository, tag, options),
        }));
        return this.artifactStore;
    }
    // ---- building blocks shared with ContentCopier -------------------------------------------
    /**
     * GET a manifest with integrity retries. Its digest is the hash of the bytes; bytes asked
     * for by digest must hash to it, bytes sent with a Docker-Content-Digest must hash to that,
     * and bytes read by tag with no such header must hash to `expected` or to a manifest the
     * repository holds (a HEAD by that digest: a request that can be checked).
     */
    async fetchManifest(repository, reference, scopes, expected) {
        if (isDigest(reference)) {
            const known = this.known.get(`${repository}@${reference}`);
            if (known)
                return known;
        }
        const ctx = this.ctx('GET manifest', repository, reference);
        const fetched = await this.retry(ctx, async () => {
            const answer = await this.getManifestOnce(repository, reference, scopes, ctx);
            if (!answer)
                return undefined;
            const { manifest: fetched, claimed } = answer;
            if (isDigest(reference) || claimed || fetched.digest === expected)
                return fetched;
            const held = await this.headByDigest(repository, fetched.digest, scopes);
            if (held === undefined) {
                throw new registry_http/* IntegrityError */.cs(ctx, `the registry returned bytes for ${reference} that hash to ${fetched.digest}, a manifest repository ${repository} does not hold`);
            }
            return fetched;
        });
        if (fetched)
            this.remember(repository, fetched);
        return fetched;
    }
    /** Keeps a manifest read (and hashed) here for later reads by its digest. */
    remember(repository, manifest) {
        const key = `${repository}@${manifest.digest}`;
        if (this.known.has(key) || this.knownBytes + manifest.bytes.length > MANIFEST_CACHE_BYTES)
            return;
        this.known.set(key, manifest);
        this.knownBytes += manifest.bytes.length;
    }
    /** PUT the exact bytes under `reference`; returns the digest the registry claims it stored. */
    async putManifest(repository, reference, manifest, scopes) {
        const ctx = this.ctx('PUT manifest', repository, reference);
        const res = await this.send({
            method: 'PUT',
            url: this.manifestUrl(repository, reference),
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        }, scopes, ctx);
        if (res.status !== 201 && res.status !== 200 && res.status !== 202) {
            throw this.errorFor(res, ctx);
        }
        return res.headers.get('docker-content-digest') ?? undefined;
    }
    /**
     * Re-reads what a PUT wrote: a digest reference by HEAD (checkable), a tag by GET and hash.
     * `claimed` is the digest the PUT's answer named, to tell a registry that rewrote the
     * manifest from another writer that moved the tag.
     */
    async confirmWrite(repository, reference, manifest, scopes, claimed) {
        const ctx = this.ctx('PUT manifest', repository, reference);
        if (isDigest(reference)) {
            const held = await this.retry(this.ctx('HEAD manifest', repository, reference), () => this.headByDigest(repository, reference, scopes));
            if (held === undefined) {
                throw new registry_http/* RegistryError */.gl(ctx, `the registry does not hold ${reference} after it accepted the PUT`, 'retry; if it persists, the registry is dropping writes');
            }
            return;
        }
        const now = await this.fetchManifest(repository, reference, scopes, manifest.digest);
        if (now?.digest === manifest.digest)
            return;
        if (now !== undefined && claimed === now.digest) {
            throw new registry_http/* RegistryError */.gl(ctx, `the registry stored digest ${now.digest} instead of ${manifest.digest}`, 'the registry rewrote the manifest; promotion must keep the digest, so nothing was reported as promoted');
        }
        throw this.movedError(repository, reference, manifest.digest, now?.digest);
    }
    /** Mounts a blob from another repository; streams it through when the mount is refused. */
    async mountBlob(blob, from, to, scopes) {
        const policy = this.options.http.policy;
        for (let attempt = 1;; attempt++) {
            try {
                await this.mountOrStream(blob, from, to, scopes);
                return;
            }
            catch (err) {
                const retryable = err instanceof registry_http/* RegistryError */.gl && err.info.retryable === true;
                if (!retryable || attempt > policy.retries)
                    throw err;
                const delay = (0,retry/* backoffDelay */.EY)(policy, attempt - 1, this.options.clock.random);
                this.options.logger.info(`registry ${this.options.registry}: blob ${blob.digest} transfer to ${to} failed (${err.message}); restarting it`);
                await this.options.clock.sleep(delay);
            }
        }
    }
    async mountOrStream(blob, from, to, scopes) {
        const ctx = this.ctx('mount blob', to, blob.digest);
        const mountUrl = `${this.options.endpoint}/v2/${to}/blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}`;
        const res = await this.send({ method: 'POST', url: mountUrl, headers: { 'Content-Length': '0' } }, scopes, ctx);
        if (res.status === 201)
            return;
        if (res.status !== 202)
            throw this.errorFor(res, ctx);
        // 202: the registry opened an upload session instead of mounting; fill it from the source.
        const location = res.headers.get('location');
        if (!location)
            throw new registry_http/* RegistryError */.gl(ctx, 'the registry opened an upload without a Location');
        this.options.logger.debug(`registry ${this.options.registry}: mount of ${blob.digest} refused; streaming it`);
        const getCtx = this.ctx('GET blob', from, blob.digest);
        const download = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${from}/blobs/${blob.digest}` }, scopes, getCtx, true);
        if (download.status !== 200 || !download.stream)
            throw this.errorFor(download, getCtx);
        // PATCH the bytes into the session, then PUT ?digest= to commit: the upload flow every
        // registry supports (some refuse a body on the final PUT).
        const patchCtx = this.ctx('upload blob', to, blob.digest);
        const headers = { 'Content-Type': 'application/octet-stream' };
        const length = download.headers.get('content-length');
        if (length !== null)
            headers['Content-Length'] = length;
        let patch;
        try {
            patch = await this.send({
                method: 'PATCH',
                url: new URL(location, this.options.endpoint).toString(),
                headers,
                // Hashed on the way through: bytes that are not the blob abort the upload.
                body: verifiedStream(download.stream, blob.digest, getCtx),
            }, scopes, patchCtx);
        }
        catch (err) {
            // Release the download's connection.
            download.discard?.();
            throw err;
        }
        if (patch.status !== 202 && patch.status !== 204)
            throw this.errorFor(patch, patchCtx);
        const commitUrl = new URL(patch.headers.get('location') ?? location, this.options.endpoint);
        commitUrl.searchParams.set('digest', blob.digest);
        const putCtx = this.ctx('commit blob', to, blob.digest);
        const put = await this.send({ method: 'PUT', url: commitUrl.toString(), headers: { 'Content-Length': '0' } }, scopes, putCtx);
        if (put.status !== 201 && put.status !== 204 && put.status !== 200) {
            throw this.errorFor(put, putCtx);
        }
    }
    /**
     * One request with authentication. A 401 teaches the auth state (scheme, then maybe a wider
     * scope) and the request is retried, at most twice, and only when the credentials changed.
     */
    async send(req, scopes, ctx, stream = false) {
        const { http, auth } = this.options;
        for (let round = 0;; round++) {
            const authorization = await auth.header(scopes, ctx);
            const headers = {
                ...req.headers,
                ...(authorization ? { Authorization: authorization } : {}),
            };
            const request = { ...req, headers };
            const res = stream ? await http.stream(request, ctx) : await http.buffered(request, ctx);
            const replayable = req.body === undefined || Buffer.isBuffer(req.body);
            if (res.status !== 401 || round >= 2 || !replayable)
                return res;
            const retry = await auth.onUnauthorized(res.headers.get('www-authenticate'), scopes, authorization, ctx);
            if (!retry)
                return res;
        }
    }
    errorFor(res, ctx) {
        res.discard?.();
        const { code, message } = decodeErrors(res.body);
        const info = {
            ...ctx,
            status: res.status,
            ...(code ? { code } : {}),
            attempts: res.attempts,
            retryable: (0,retry/* isRetryableStatus */.PS)(res.status),
        };
        const what = `HTTP ${res.status}${code ? ` ${code}` : ''}${message ? ` (${message})` : ''}`;
        const registry = this.options.registry;
        switch (res.status) {
            case 401:
                return new registry_http/* RegistryError */.gl(info, `authentication required or rejected (${what})`, `run docker login ${registry} (or check the credentials docker config holds for it)`);
            case 403:
                return new registry_http/* RegistryError */.gl(info, `access denied (${what})`, 'use credentials that may read the source and push to the target repository');
            case 404:
                return new registry_http/* RegistryError */.gl(info, `not found (${what})`, 'check the repository and reference');
            default:
                if ((0,retry/* isRetryableStatus */.PS)(res.status)) {
                    return new registry_http/* RegistryError */.gl(info, `the registry failed with ${what}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''}`, 'the registry is overloaded or unavailable; retry later');
                }
                return new registry_http/* RegistryError */.gl(info, `failed with ${what}`, hintFor(code, message));
        }
    }
    ctx(operation, repository, reference) {
        return {
            registry: this.options.registry,
            operation,
            repository,
            ...(reference !== undefined ? { reference } : {}),
        };
    }
    // ---- helpers ---------------------------------------------------------------------------
    manifestUrl(repository, reference) {
        return `${this.options.endpoint}/v2/${repository}/manifests/${reference}`;
    }
    retry(ctx, attempt) {
        const { http, clock, logger } = this.options;
        return (0,registry_http/* retryIntegrity */._Y)({ policy: http.policy, clock, logger }, ctx, attempt);
    }
    /**
     * One GET: the bytes, their hash, checked against the digest asked for and the header;
     * `claimed` says a Docker-Content-Digest came with them (and matched).
     */
    async getManifestOnce(repository, reference, scopes, ctx) {
        const res = await this.send({
            method: 'GET',
            url: this.manifestUrl(repository, reference),
            headers: { Accept: registry_manifest/* MANIFEST_ACCEPT */.dY },
        }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        const bytes = res.body;
        const claimed = res.headers.get('docker-content-digest') ?? undefined;
        if (isDigest(reference))
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, reference);
        if (claimed !== undefined) {
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, claimed, 'the Docker-Content-Digest it sent');
        }
        const digest = isDigest(reference) ? reference : (0,registry_manifest/* digestOf */.ol)(bytes, claimed);
        let parsed;
        try {
            parsed = (0,registry_manifest/* parseManifest */.Ng)(bytes, res.headers.get('content-type') ?? undefined);
        }
        catch (err) {
            if (!(err instanceof registry_manifest/* ManifestError */.Sh))
                throw err;
            // Cut short or altered on the way (nothing to hash it against): read it again.
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry returned bytes that are not a manifest (${err.message}; they hash to ${digest})`);
        }
        return {
            manifest: { bytes, mediaType: parsed.mediaType, digest, parsed },
            claimed: claimed !== undefined,
        };
    }
    /**
     * HEAD by digest: the descriptor, undefined when the repository does not hold it, null when
     * the answer lacks type or size. A Docker-Content-Digest naming another digest is an
     * integrity fault.
     */
    async headByDigest(repository, digest, scopes) {
        const ctx = this.ctx('HEAD manifest', repository, digest);
        const res = await this.send({
            method: 'HEAD',
            url: this.manifestUrl(repository, digest),
            headers: { Accept: registry_manifest/* MANIFEST_ACCEPT */.dY },
        }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        const claimed = res.headers.get('docker-content-digest');
        if (claimed !== null && claimed !== digest) {
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry answered a request for ${digest} with Docker-Content-Digest ${claimed}`);
        }
        const mediaType = (0,registry_manifest/* bareMediaType */.ZX)(res.headers.get('content-type'));
        const size = Number(res.headers.get('content-length') ?? NaN);
        if (!mediaType || !isKnownManifestType(mediaType) || !Number.isSafeInteger(size))
            return null;
        return { digest, mediaType, size };
    }
    /** The source manifest, verified (by its digest when the reference pins one). */
    async readSource(source, scopes) {
        const manifest = await this.fetchManifest(source.path, (0,oci_wire/* manifestReference */.T)(source), scopes);
        if (!manifest)
            throw this.sourceMissing(source);
        return manifest;
    }
    /**
     * The one write path: refuse or skip by the overwrite rule, copy what the manifest needs,
     * PUT the exact bytes, re-read the tag.
     */
    async writeTag(repository, tag, manifest, scopes, options, copyContent) {
        const current = await this.fetchManifest(repository, tag, scopes, manifest.digest);
        const unchanged = this.checkOverwrite(current, manifest, repository, tag, options);
        if (unchanged)
            return unchanged;
        await copyContent?.();
        const claimed = await this.putManifest(repository, tag, manifest, scopes);
        await this.confirmWrite(repository, tag, manifest, scopes, claimed);
        return { descriptor: descriptorOf(manifest), changed: true };
    }
    /** The image manifest behind `manifest`: itself, or the index's linux/amd64 (or first) image. */
    async imageOf(repository, manifest, scopes) {
        let current = manifest;
        // An index of indexes is legal; two levels is as deep as real images go.
        for (let depth = 0; current.parsed.kind === 'index' && depth < 2; depth++) {
            const child = (0,registry_manifest/* pickImageChild */.T$)(current.parsed.children);
            const ctx = this.ctx('read image config', repository, current.digest);
            if (!child)
                throw new registry_http/* RegistryError */.gl(ctx, 'the index lists no image');
            const fetched = await this.fetchManifest(repository, child.digest, scopes);
            if (!fetched) {
                throw new registry_http/* RegistryError */.gl(this.ctx('GET manifest', repository, child.digest), 'a manifest the index lists is missing from the repository', 'the index is incomplete; rebuild and push it');
            }
            current = fetched;
        }
        return current;
    }
    /** GET a (config) blob, checked against its digest (integrity retries) and bounded in size. */
    readBlobIn(repository, digest, scopes) {
        const ctx = this.ctx('GET blob', repository, digest);
        return this.retry(ctx, async () => {
            const res = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${repository}/blobs/${digest}` }, scopes, ctx);
            if (res.status !== 200)
                throw this.errorFor(res, ctx);
            if (res.body.length > MAX_CONFIG_BYTES) {
                throw new registry_http/* RegistryError */.gl(ctx, `the blob is larger than ${MAX_CONFIG_BYTES} bytes`);
            }
            (0,registry_http/* requireDigest */.m0)(ctx, res.body, digest);
            return res.body;
        });
    }
    movedError(repository, tag, expected, actual) {
        return (0,tag_rules/* movedTagError */.u)(this.ctx('verify tag', repository, tag), tag, expected, actual, 'another process writes this tag; the registry has no compare-and-swap, so make such tags immutable in the registry (the only real lock) or serialise the writers');
    }
    /**
     * The overwrite rule, the only place it is applied for this backend: the same digest is a
     * no-op; another digest is refused unless overwriting is allowed (mutable tags).
     */
    checkOverwrite(current, manifest, repository, tag, options) {
        const allow = options.allowOverwrite ?? this.options.allowOverwrite ?? false;
        const ctx = this.ctx('add tag', repository, tag);
        return (0,tag_rules/* overwriteRule */.E)(ctx, tag, current?.digest, manifest.digest, allow) === 'unchanged'
            ? { descriptor: descriptorOf(manifest), changed: false }
            : undefined;
    }
    sourceMissing(source) {
        return new registry_http/* RegistryError */.gl(this.ctx('read source', source.path, (0,oci_wire/* manifestReference */.T)(source)), 'the source image does not exist (no such tag, digest or repository)', 'check the reference, or build and push the image first');
    }
    checkHost(ref) {
        if (ref.domain !== this.options.registry) {
            throw new Error(`reference ${(0,reference/* formatReference */.FH)(ref)} does not belong to registry ${this.options.registry}`);
        }
    }
}
/** Config blobs are a few KiB; refuse to buffer anything absurd. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Passes a blob's bytes through, failing at the end when they do not hash to `digest`. */
async function* verifiedStream(source, digest, ctx) {
    // Hashed like hashMatches: an algorithm it does not know never matches.
    const algorithm = (0,registry_manifest/* digestAlgorithm */.g4)(digest) ?? 'sha256';
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
    const actual = `${algorithm}:${hash.digest('hex')}`;
    if (actual !== digest)
        throw (0,registry_http/* digestMismatch */.H3)(ctx, digest, actual);
}
/** Copies everything a manifest references from one repository to another. */
class ContentCopier {
    registry;
    from;
    to;
    scopes;
    concurrency;
    blobs = new Map();
    manifests = new Map();
    /** Child manifests read ahead of the copy (see prefetch). */
    fetched = new Map();
    constructor(registry, from, to, scopes, concurrency) {
        this.registry = registry;
        this.from = from;
        this.to = to;
        this.scopes = scopes;
        this.concurrency = concurrency;
    }
    async copyReferenced(manifest) {
        const { parsed } = manifest;
        if (parsed.kind === 'image') {
            const blobs = parsed.blobs.filter((b) => !b.foreign);
            await (0,pool/* mapPool */.P)(blobs, this.concurrency, (blob) => this.blob(blob));
            return;
        }
        // Children first: a registry may refuse an index whose manifests it does not have.
        await (0,pool/* mapPool */.P)(parsed.children, this.concurrency, (child) => this.child(child));
    }
    /**
     * Starts reading an index's child manifests (at most `concurrency` at once, as the copy
     * would), so the copy finds them read. Failures surface where the copy uses them.
     */
    prefetch(manifest) {
        if (manifest.parsed.kind !== 'index')
            return;
        let running = 0;
        const waiting = [];
        const acquire = async () => {
            if (running < this.concurrency)
                running++;
            else
                await new Promise((resolve) => waiting.push(resolve));
        };
        const release = () => {
            // The slot passes straight to the next reader.
            const next = waiting.shift();
            if (next)
                next();
            else
                running--;
        };
        for (const child of manifest.parsed.children) {
            if (this.fetched.has(child.digest))
                continue;
            const read = (async () => {
                await acquire();
                try {
                    return await this.registry.fetchManifest(this.from, child.digest, this.scopes);
                }
                finally {
                    release();
                }
            })();
            read.catch(() => undefined);
            this.fetched.set(child.digest, read);
        }
    }
    blob(blob) {
        let pending = this.blobs.get(blob.digest);
        if (!pending) {
            pending = this.registry.mountBlob(blob, this.from, this.to, this.scopes);
            this.blobs.set(blob.digest, pending);
        }
        return pending;
    }
    child(child) {
        let pending = this.manifests.get(child.digest);
        if (!pending) {
            pending = (async () => {
                const fetched = await (this.fetched.get(child.digest) ??
                    this.registry.fetchManifest(this.from, child.digest, this.scopes));
                if (!fetched) {
                    throw new registry_http/* RegistryError */.gl(this.registry.ctx('GET manifest', this.from, child.digest), 'a manifest the index lists is missing from the source repository', 'the source index is incomplete; rebuild and push it');
                }
                await this.copyReferenced(fetched);
                const claimed = await this.registry.putManifest(this.to, child.digest, fetched, this.scopes);
                await this.registry.confirmWrite(this.to, child.digest, fetched, this.scopes, claimed);
            })();
            this.manifests.set(child.digest, pending);
        }
        return pending;
    }
}
function descriptorOf(m) {
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}
function isDigest(reference) {
    return reference.includes(':');
}
function isKnownManifestType(mediaType) {
    return registry_manifest/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType);
}
function checkTag(tag, registry, repository) {
    const problem = (0,reference/* tagProblem */.qH)(tag);
    if (problem) {
        throw new errors/* UserError */.yo(`cannot tag ${registry}/${repository}${(0,registry_http/* formatRefSuffix */.Uc)(tag)}: ${problem}`);
    }
}
function hintFor(code, message) {
    const text = `${code ?? ''} ${message ?? ''}`.toLowerCase();
    if (text.includes('immutable') || code === 'TAG_INVALID') {
        return 'the repository may have immutable tags; choose a new tag';
    }
    if (code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN') {
        return 'the registry is missing layers the manifest needs; push the image again';
    }
    if (code === 'NAME_INVALID')
        return 'check the repository name';
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/provider.ts







function createRegistryProvider(options) {
    const policy = { ...retry/* DEFAULT_RETRY_POLICY */.cO, ...options.retry };
    const clock = options.clock ?? retry/* systemClock */.ml;
    const { logger } = options;
    const transport = options.fetch ? (0,http_transport/* fetchTransport */._2)(options.fetch) : (0,http_transport/* nodeTransport */._3)();
    const http = new registry_http/* Http */.lw({ transport, policy, logger, clock });
    const registries = new Map();
    const oci = (domain, known) => {
        const authOptions = { registry: domain, http, logger, clock };
        const auth = known
            ? registry_auth.RegistryAuth.withCredentials(authOptions, known)
            : new registry_auth.RegistryAuth({
                ...authOptions,
                credentials: () => (0,docker_config/* findDockerCredentials */.ew)(domain, {
                    logger,
                    ...(options.env ? { env: options.env } : {}),
                    ...(options.exec ? { exec: options.exec } : {}),
                }),
            });
        return new OciRegistry({
            registry: domain,
            endpoint: apiEndpoint(domain, options.insecureRegistries),
            http,
            auth,
            logger,
            clock,
            ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        });
    };
    const ecr = async (domain, host) => {
        const { EcrRegistry, getEcrAuthorization } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 89857));
        const client = options.ecrClient?.(host);
        const sdk = { logger, retry: policy, ...(client ? { client } : {}) };
        return new EcrRegistry({
            ...sdk,
            clock,
            registry: domain,
            ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
            oci: async () => {
                const login = await getEcrAuthorization(domain, sdk);
                return oci(domain, { username: login.username, password: login.password });
            },
        });
    };
    return {
        forReference(ref) {
            let registry = registries.get(ref.domain);
            if (!registry) {
                const host = (0,ecr_host.parseEcrHost)(ref.domain);
                registry = host ? ecr(ref.domain, host) : Promise.resolve(oci(ref.domain));
                registries.set(ref.domain, registry);
                registry.catch(() => registries.delete(ref.domain));
            }
            return registry;
        },
    };
}

;// CONCATENATED MODULE: ./src/wiring.ts




function createEngineDeps(options) {
    const { config, trigger, logger, env, now } = options;
    const git = options.git ?? new src_git/* Git */.TU(config.workspace, logger);
    const registries = createRegistryProvider({
        ...options.registryClient,
        logger,
        insecureRegistries: config.insecureRegistries,
        allowOverwrite: config.allowTagOverwrite,
        env,
        exec: exec.exec,
    });
    // One builder per workspace (the checkout, or a worktree of the head commit).
    const builders = new Map();
    const policy = (0,tags_policy/* createTagPolicy */.Dx)(config, trigger, now);
    const deps = {
        config,
        trigger,
        policy,
        git,
        logger,
        registries,
        now,
        env,
        author: options.author ?? 'bot',
        ...(options.summary ? { summary: true } : {}),
        build: async (requests, workspace) => {
            // The docker path loads only when something is built (its own chunk).
            const [{ buildImages }, { detectBuilder }, { ensureRegistryLogin }] = await Promise.all([
                __webpack_require__.e(/* import() */ 939).then(__webpack_require__.bind(__webpack_require__, 61320)),
                __webpack_require__.e(/* import() */ 177).then(__webpack_require__.bind(__webpack_require__, 54558)),
                __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 69125)),
            ]);
            let builder = builders.get(workspace);
            if (!builder)
                builders.set(workspace, (builder = detectBuilder({ exec: exec.exec, logger, env, workspace, registries })));
            return buildImages(requests, {
                builder: await builder,
                registries,
                logger,
                maxParallel: config.maxParallel,
                login: async (host) => {
                    await ensureRegistryLogin(host, { exec: exec.exec, logger, env });
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
        // The API of the run's GitHub server (GITHUB_API_URL, or derived from GITHUB_SERVER_URL),
        // the only place the token is sent (src/github/server.ts).
        const apiOptions = {
            token,
            owner,
            repo: name,
            env,
            logger,
            ...(trigger.pullRequest?.changedFiles !== undefined
                ? { expectedPrFiles: trigger.pullRequest.changedFiles }
                : {}),
        };
        let source;
        const api = () => (source ??= __webpack_require__.e(/* import() */ 123).then(__webpack_require__.bind(__webpack_require__, 60123)).then((m) => m.createGitHubChangeSource(apiOptions)));
        deps.api = {
            pullRequestFiles: async (n) => (await api()).pullRequestFiles(n),
            compareFiles: async (b, h) => (await api()).compareFiles(b, h),
        };
        if (config.githubDeployment) {
            // The deployments endpoints, loaded with the client on first use (docs/record.md).
            let deployments;
            deps.deployments = () => (deployments ??= __webpack_require__.e(/* import() */ 974).then(__webpack_require__.bind(__webpack_require__, 48974)).then((m) => m.createDeploymentsApi({ token, owner, repo: name, env, logger })));
        }
    }
    else if (config.githubDeployment) {
        logger.debug(`no GitHub Deployment of ${config.environment ?? 'the environment'} is recorded: ${config.githubToken ? 'the repository is unknown (GITHUB_REPOSITORY)' : 'github-token is empty'}`);
    }
    return deps;
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * The CLI's one door to the engine. A command turns its arguments into the action's inputs
 * (its own over the config file's, over the defaults of the inputs table), and this module
 * builds the one Config, runs the engine's phases (src/engine/run.ts) and hands back the
 * result and the report — the same path the action takes (src/main.ts). No command reads,
 * verifies or writes anything itself.
 */





/**
 * The inputs of a command: its own, then the config file's, then the table's defaults. The
 * job token the action gets by default comes from GITHUB_TOKEN on a command line.
 */
function commandInputs(own, file, env) {
    const text = own.text ?? {};
    const data = own.data ?? {};
    const mine = (name) => text[name] !== undefined || data[name] !== undefined;
    return {
        get: (name) => {
            const given = text[name];
            if (given !== undefined)
                return given;
            if (data[name] !== undefined)
                return '';
            if (file)
                return file.get(name);
            return name === 'github-token' ? (env.GITHUB_TOKEN ?? '') : inputs/* INPUTS */.m[name].default;
        },
        structured: (name) => (mine(name) ? data[name] : file?.structured?.(name)),
    };
}
/** The Trigger of a command-line run: no event, as on the default branch. */
function commandLineTrigger(head, branch) {
    return {
        eventName: 'cli',
        kind: 'other',
        head,
        ...(branch ? { branch, ref: `refs/heads/${branch}` } : {}),
        onDefaultBranch: true,
        dispatchInputs: {},
        base: { kind: 'unknown', reason: 'a command line has no event to take a base from' },
        deleted: false,
    };
}
/** inputs → Config → the engine → the report. Bad inputs throw InputError (exit 2). */
async function runDoor(ctx, run) {
    const config = (0,parse/* parseConfig */.o4)(run.inputs, { workspace: run.workspace });
    if (config.githubToken)
        ctx.logger.mask(config.githubToken);
    if (config.overlayRepository?.token)
        ctx.logger.mask(config.overlayRepository.token);
    const deps = createEngineDeps({
        config,
        trigger: run.trigger,
        logger: ctx.logger,
        env: run.env ?? ctx.env,
        now: new Date(),
        ...(run.git ? { git: run.git } : {}),
        // A person at a command line commits as themselves.
        author: 'user',
        ...(ctx.registry ? { registryClient: ctx.registry } : {}),
    });
    const result = await runEngine(deps);
    return { config, result, report: (0,report/* buildReport */.FK)(result, run.trigger.head) };
}
/** Prints a failed run's reason once; the exit code: 2 for a bad input, 1 otherwise. */
function failedRun(ctx, command, result) {
    ctx.logger.info(`image-promote ${command}: ${result.failure ?? 'failed'}`);
    return result.failureKind === 'input' ? 2 : 1;
}


/***/ }),

/***/ 70286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readImages),
/* harmony export */   O2: () => (/* binding */ requireImageFor),
/* harmony export */   jy: () => (/* binding */ imagesData),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ng: () => (/* binding */ keyMissProblem),
/* harmony export */   zd: () => (/* binding */ imageFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76770);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _overlay_key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12875);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8431);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98286);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62000);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22143);
/**
 * The images: the `images` list (or the flat `image`/`context`/`dockerfile`/`paths` inputs) →
 * ImageConfig[], and per-file keys: an image's `key` and `value` are one key path / shape
 * for every overlay, or a map from overlay path (or glob) to that file's; imageFor gives the
 * image as one overlay file sees it.
 */








const IMAGE_KEYS = ('name repository context dockerfile paths target build-args platforms key helm-key ' +
    'helm-repository-key value').split(' ');
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const PLATFORM_RE = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
const KEY_EXAMPLE = 'e.g. api.image.tag, or spec.template.spec.containers[name=api].image';
/** The closest of `options` to `word` (edit distance ≤ 3), for "did you mean" hints. */
function closest(word, options) {
    const distance = (a, b) => {
        let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
        for (let i = 1; i <= a.length; i++) {
            const row = [i];
            for (let j = 1; j <= b.length; j++) {
                row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            }
            prev = row;
        }
        return prev[b.length];
    };
    const best = options.map((o) => ({ o, d: distance(word, o) })).sort((x, y) => x.d - y.d)[0];
    return best && best.d <= 3 ? best.o : undefined;
}
/** Workspace-relative, `/`-separated, no `./` prefix or trailing `/`; `.` for the root. */
function normaliseDir(input, label, value) {
    const v = value.trim().replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
    if (v === '' || v === '.')
        return '.';
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(v) || v.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${label} "${value}" must be a path inside the workspace`, 'write it relative to the repository root');
    }
    return v;
}
function stringList(where, value) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === 'string')
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .lines */ .Mn)(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
        return value.map(String);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a list of strings`);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}: ${JSON.stringify(v)} is not KEY=VALUE`);
            return [s.slice(0, eq), s.slice(eq + 1)];
        });
    }
    else if (typeof value === 'object') {
        entries = Object.entries(value);
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a map or a list of KEY=VALUE`);
    }
    const out = {};
    for (const [k, v] of entries) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}: "${k}" is not a valid build-arg name`);
        if (v === null || v === undefined)
            out[k] = '';
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.${k} must be a scalar`);
    }
    return out;
}
function optionalString(where, value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a string`);
    return value.trim();
}
function keyPath(where, value) {
    const problem = (0,_overlay_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .keyPathProblem */ .Q2)(value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} "${value}" is not a key path: ${problem}`, KEY_EXAMPLE);
    return value;
}
function shape(where, value) {
    if (_types_js__WEBPACK_IMPORTED_MODULE_7__/* .VALUE_SHAPES */ .B0.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} "${value}" is not a value shape`, `use one of: ${_types_js__WEBPACK_IMPORTED_MODULE_7__/* .VALUE_SHAPES */ .B0.join(', ')}`);
}
/**
 * `key` or `value`: one setting for every file (a string), or a map from overlay path (or
 * glob) to the file's setting, each checked by `check`.
 */
function perFile(where, value, check) {
    if (value === undefined || value === null || value === '')
        return {};
    if (typeof value === 'string')
        return { all: check(where, value.trim()) };
    if (typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a string, or a map from overlay path (or glob) to one`, 'e.g. {envs/dev/lambda.tfvars.json: lambda_image_uri, envs/prod/*.tfvars: lambda.image_uri}');
    }
    const byFile = Object.entries(value).map(([raw, v]) => {
        const pattern = raw.trim().replace(/^\.\//, '');
        const problem = pattern.startsWith('!')
            ? 'a per-file pattern cannot be negated'
            : (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .globProblem */ .AI)(pattern);
        if (problem) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}: "${raw}" is not an overlay path or glob: ${problem}`);
        }
        const at = `${where}["${pattern}"]`;
        if (typeof v !== 'string' || v.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${at} must be a string`);
        return { pattern, value: check(at, v.trim()) };
    });
    return { byFile };
}
/** The first setting whose pattern matches `path`. */
function settingFor(settings, path) {
    return settings.find((s) => (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlobs */ .tI)([s.pattern])(path))?.value;
}
/**
 * `image` as the overlay at `overlayPath` (workspace- or overlay-repository-relative) sees it:
 * with that file's `key` and `value`, and no per-file maps. A file no pattern of the `key`
 * map matches leaves `key` unset (see keyMissProblem); one the `value` map does not match
 * gets `auto`.
 */
function imageFor(image, overlayPath) {
    const { keyByFile, valueByFile, ...out } = image;
    if (keyByFile) {
        const key = settingFor(keyByFile, overlayPath);
        if (key === undefined)
            delete out.key;
        else
            out.key = key;
    }
    if (valueByFile)
        out.value = settingFor(valueByFile, overlayPath) ?? 'auto';
    return out;
}
/**
 * Why `image` cannot be read or written in the overlay at `overlayPath` by key: its `key` is
 * a per-file map no pattern of which matches the file. Undefined when it has a key there.
 */
function keyMissProblem(image, overlayPath) {
    if (!image.keyByFile || imageFor(image, overlayPath).key !== undefined)
        return undefined;
    return `image ${image.name} has no key for ${overlayPath}: its key map names ${image.keyByFile.map((s) => s.pattern).join(', ')} — add the file (or a glob that matches it) to the key of ${image.name} in "images"`;
}
/** Throws keyMissProblem as a UserError; otherwise imageFor. */
function requireImageFor(image, overlayPath) {
    const problem = keyMissProblem(image, overlayPath);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problem);
    return imageFor(image, overlayPath);
}
function parseImage(raw, registry, workspace) {
    const { where, fields } = raw;
    // The flat single-image inputs report errors under their own names.
    const inputOf = (field) => raw.flat ? field : 'images';
    for (const key of Object.keys(fields)) {
        if (!IMAGE_KEYS.includes(key)) {
            const hint = closest(key, IMAGE_KEYS);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} has an unknown key "${key}"`, hint ? `did you mean "${hint}"?` : `allowed keys: ${IMAGE_KEYS.join(', ')}`);
        }
    }
    const name = optionalString(`${where}.name`, fields.name);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} needs a "name" (the image name the overlay uses)`);
    if (!NAME_RE.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.name "${name}" is not a valid image name`);
    const context = normaliseDir(inputOf('context'), `${where}.context`, optionalString(`${where}.context`, fields.context) ?? '.');
    const dockerfileRaw = optionalString(`${where}.dockerfile`, fields.dockerfile);
    const dockerfile = dockerfileRaw
        ? normaliseDir(inputOf('dockerfile'), `${where}.dockerfile`, dockerfileRaw)
        : context === '.'
            ? 'Dockerfile'
            : `${context}/Dockerfile`;
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideWorkspace */ .s)(workspace, context, inputOf('context'));
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideWorkspace */ .s)(workspace, dockerfile, inputOf('dockerfile'));
    const paths = (0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .checkGlobs */ .EQ)(inputOf('paths'), stringList(`${where}.paths`, fields.paths), workspace, raw.flat ? undefined : `${where}.paths`);
    const repositoryRaw = optionalString(`${where}.repository`, fields.repository) ?? name;
    let repository;
    try {
        repository = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .joinRepository */ .pA)(registry, repositoryRaw);
    }
    catch (err) {
        if (!(err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_5__/* .ReferenceError */ .AF))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.repository "${repositoryRaw}": ${err.reason}`, 'give a repository name without tag or digest');
    }
    if (repository.tag !== undefined || repository.digest !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.repository "${repositoryRaw}" must not carry a tag or digest`);
    }
    const platforms = stringList(`${where}.platforms`, fields.platforms).flatMap((p) => (0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(p));
    const badPlatform = platforms.find((p) => !PLATFORM_RE.test(p));
    if (badPlatform !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.platforms: "${badPlatform}" is not os/arch[/variant]`, 'e.g. linux/amd64');
    }
    if (fields.key !== undefined && fields['helm-key'] !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} has both "key" and "helm-key"`, 'they are the same setting (helm-key is the old name); keep "key"');
    }
    const keyField = fields.key === undefined ? 'helm-key' : 'key';
    const key = perFile(`${where}.${keyField}`, fields[keyField], keyPath);
    const value = perFile(`${where}.value`, fields.value, shape);
    const image = {
        name,
        repository,
        context,
        dockerfile,
        paths,
        buildArgs: buildArgs(`${where}.build-args`, fields['build-args']),
        platforms,
        value: value.all ?? 'auto',
    };
    if (registry === undefined && fields.repository === undefined)
        image.defaultRepository = true;
    if (key.all !== undefined)
        image.key = key.all;
    if (key.byFile)
        image.keyByFile = key.byFile;
    if (value.byFile)
        image.valueByFile = value.byFile;
    const repositoryKey = optionalString(`${where}.helm-repository-key`, fields['helm-repository-key']);
    if (repositoryKey !== undefined)
        image.repositoryKey = keyPath(`${where}.helm-repository-key`, repositoryKey);
    const target = optionalString(`${where}.target`, fields.target);
    if (target !== undefined) {
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.target "${target}" is not a stage name`);
        image.target = target;
    }
    return image;
}
/** The entries of an `images` list (a bare list, or `images: [...]` in a file). */
function imageEntries(data) {
    let doc = data;
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'images' in doc)
        doc = doc.images;
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', 'must be a non-empty YAML list of image entries', 'e.g. "- name: api\\n  context: services/api"');
    }
    return doc.map((entry, i) => {
        const where = `images[${i}]`;
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a map with at least "name"`);
        }
        return { where, fields: entry };
    });
}
/**
 * The `images` input as YAML data (each entry's fields, not yet checked), read from a file
 * when it names one; undefined when unset. For a door that adds to the list (the CLI's
 * deploy adds the images it names, and their key paths).
 */
function imagesData(source, workspace) {
    const data = (0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readYaml */ .gM)('images', source, workspace);
    return data === undefined ? undefined : imageEntries(data).map((r) => ({ ...r.fields }));
}
/** The configured images: the `images` list, or the flat single-image inputs. */
function readImages(values, registry, workspace) {
    let raws;
    if (values.images !== undefined) {
        if (values.image) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('image', 'cannot be combined with "images"', 'list every image under "images"');
        }
        raws = imageEntries(values.images);
    }
    else if (values.image) {
        const fields = { name: values.image, context: values.context };
        if (values.dockerfile)
            fields.dockerfile = values.dockerfile;
        if (values.paths.length > 0)
            fields.paths = values.paths;
        raws = [{ where: 'image', fields, flat: true }];
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', 'no image configured', 'set "images" (a YAML list) or "image" for a single image');
    }
    const images = raws.map((r) => parseImage(r, registry, workspace));
    const seen = new Set();
    for (const { name } of images) {
        if (seen.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `image name "${name}" appears twice`, 'names must be unique');
        seen.add(name);
    }
    return images;
}


/***/ }),

/***/ 64389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
/**
 * The action's inputs and outputs, in one table: each input's kind (how its text is read),
 * default and description. read.ts reads every input by its kind; action.yml and the README's
 * outputs table are generated from here (scripts/gen-action-yml.mjs; a test keeps them
 * current); the CLI config file uses the same names. Pure data without imports: the
 * generator loads this file on its own.
 */
const INPUTS = {
    images: {
        kind: 'yaml',
        description: "YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, key (alias helm-key), helm-repository-key, value (auto | tag | digest | reference). key and value also take a map from overlay path (or glob) to that file's key path or shape, e.g. key: {envs/dev/lambda.tfvars.json: lambda_image_uri, envs/prod/prod.tfvars: lambda.image_uri}.",
        default: '',
    },
    image: {
        kind: 'text',
        description: 'Single-image shorthand: the image name as overlays know it (also its repository under `registry`).',
        default: '',
    },
    context: {
        kind: 'text',
        description: 'Single-image shorthand: build context directory.',
        default: '.',
    },
    dockerfile: {
        kind: 'text',
        description: 'Single-image shorthand: Dockerfile path (default <context>/Dockerfile).',
        default: '',
    },
    paths: {
        kind: 'globs',
        description: 'Single-image shorthand: globs (one per line) whose changes mean "rebuild this image".',
        default: '',
    },
    registry: {
        kind: 'text',
        pattern: /^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?\/*$/,
        problem: 'is not a registry host with an optional namespace',
        fix: 'e.g. ghcr.io/acme or 123456789012.dkr.ecr.us-east-1.amazonaws.com',
        description: 'Registry (and optional namespace) the image repositories live under, e.g. ghcr.io/acme or localhost:5000.',
        default: '',
    },
    overlay: {
        kind: 'lines',
        description: 'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML, JSON or .tfvars file), one per line.',
        default: '',
    },
    'overlay-format': {
        kind: 'enum',
        values: ['auto', 'kustomize', 'helm', 'yaml', 'json', 'tfvars'],
        description: 'Format of the overlay files (helm is yaml); auto goes by the file name, then the content.',
        default: 'auto',
    },
    'overlay-repository': {
        kind: 'text',
        pattern: /^([A-Za-z0-9-]+\/[A-Za-z0-9._-]+|(https?|ssh|git|file):\/\/\S+|[\w.-]+@[\w.-]+:\S+)$/,
        problem: 'is neither owner/name nor a git URL',
        fix: 'e.g. acme/gitops or https://git.example.com/acme/gitops.git',
        description: 'The overlays live in this repository (owner/name on the same GitHub server, or a git URL); `overlay` paths are relative to it.',
        default: '',
    },
    'overlay-branch': {
        kind: 'text',
        description: 'Branch of overlay-repository to read and write (default: its default branch).',
        default: '',
    },
    'overlay-token': {
        kind: 'secret',
        description: 'Token for overlay-repository (default: github-token).',
        default: '',
    },
    'allow-local-overlay-repository': {
        kind: 'boolean',
        description: 'Allow overlay-repository to be a repository on this machine (a file:// URL or a path). Off by default: a workflow input must not make the action read and push any repository on the runner.',
        default: 'false',
    },
    'create-missing': {
        kind: 'boolean',
        description: 'Add an entry (or key) for an image the overlay does not name yet, instead of failing.',
        default: 'false',
    },
    'from-overlay': {
        kind: 'text',
        description: 'Promotion source overlay (e.g. staging): its refs are verified and written to `overlay`.',
        default: '',
    },
    'deploy-paths': {
        kind: 'globs',
        description: "Globs (one per line) of deploy configuration outside image build contexts: changes there alone never trigger a build (a file docker sends with an image is always that image's code; keep it out with .dockerignore).",
        default: 'k8s/**\ndeploy/**\ninfra/**\nhelm/**',
    },
    'ignore-paths': {
        kind: 'globs',
        description: "Globs (one per line) of files outside image build contexts that never affect a deployment (a file docker sends with an image is always that image's code; keep it out with .dockerignore).",
        default: '**/*.md\ndocs/**\n.github/**',
    },
    mode: {
        kind: 'enum',
        values: ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'],
        description: 'auto decides per image from state; build, reuse, promote and rollback force one decision; plan decides and outputs a build matrix.',
        default: 'auto',
    },
    'tag-template': {
        kind: 'template',
        of: 'tag',
        immutable: true,
        description: 'Immutable tag for new builds. Tokens: {sha} {sha:N} {branch} {pr} {date} {datetime} {run} {version}.',
        default: 'sha-{sha:7}',
    },
    'pr-tag-template': {
        kind: 'template',
        of: 'tag',
        immutable: true,
        description: 'Tag for pull request preview builds.',
        default: 'pr-{pr}-{sha:7}',
    },
    'extra-tags': {
        kind: 'template',
        of: 'tag',
        list: true,
        description: 'Mutable tags added to builds, one per line: templates with {branch} on every branch push, others (latest) on the default branch only. Never written into an overlay without a digest.',
        default: 'latest',
    },
    'promote-tags': {
        kind: 'template',
        of: 'tag',
        list: true,
        description: 'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
        default: '',
    },
    'source-tag': {
        kind: 'template',
        of: 'source',
        description: 'Immutable tag every image image-promote pushes also gets, naming its source: {source:N} is the first N hex of the source key. Empty turns source tags off.',
        default: 'src-{source:16}',
    },
    tag: {
        kind: 'lines',
        description: 'Redeploy: one REF for every image, or NAME=REF lines for some (the others keep running what they run). A REF is a tag (sha-1a2b3c4, v1.2.3), TAG@sha256:<digest>, a digest sha256:<64 hex>, a full reference with a tag and/or digest (ghcr.io/acme/api:v1), or a commit SHA (7-40 lowercase hex: the tag tag-template makes for it). Roll back: previous, previous~N, or NAME=previous. In a matrix build job: the planned tag.',
        default: '',
    },
    'force-build': {
        kind: 'boolean',
        description: 'Build even when no code changed.',
        default: 'false',
    },
    push: { kind: 'boolean', description: 'Push built images (false: build only).', default: 'true' },
    'write-overlay': {
        kind: 'boolean',
        description: 'Write the chosen refs into the overlay file(s).',
        default: 'false',
    },
    'pin-digest': {
        kind: 'boolean',
        description: 'Also write the digest into the overlay.',
        default: 'false',
    },
    commit: {
        kind: 'enum',
        values: ['false', 'local', 'true', 'pull-request'],
        description: 'false leaves the overlay change in the work tree; local commits it without pushing (a later step pushes it); true commits and pushes it (retrying with rebase); pull-request pushes it to pull-request-branch and opens or updates a pull request.',
        default: 'false',
    },
    'pull-request-branch': {
        kind: 'template',
        of: 'branch',
        description: 'Branch name (not a ref) a commit: pull-request change is pushed to. Token: {environment}, as a slug (Production EU → production-eu).',
        default: 'image-promote/{environment}',
    },
    'commit-message': {
        kind: 'template',
        of: 'commit-message',
        description: 'Commit message template. Tokens: {environment} {changes} {image} {from} {to} {sha}.',
        default: 'deploy({environment}): {changes} ({sha}) [skip ci]',
    },
    environment: {
        kind: 'text',
        description: 'Environment name, free text ("Production EU"), used as written in commit messages, the summary, the deploy record (commit trailers) and as the GitHub Deployment\'s environment.',
        default: '',
    },
    'environment-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://shop.example.com',
        description: 'Where the environment is reached (a GitHub Deployment\'s environment URL, shown on the environment page and as "View deployment"), e.g. https://shop.example.com. Needs environment.',
        default: '',
    },
    'github-deployment': {
        kind: 'enum',
        values: ['auto', 'true', 'false'],
        description: "Record each deploy as a GitHub Deployment of `environment` (ref: the commit deployed; statuses in_progress → success or failure, the run as its log, environment-url; the previous deployment marked inactive) and read the newest one back to tell which commit's configuration runs. auto: when environment is set. Needs `permissions: deployments: write`; without it, a warning (the overlay commit's trailers still record the deploy).",
        default: 'auto',
    },
    base: {
        kind: 'text',
        pattern: /^(?!-)[A-Za-z0-9_./~^@{}-]+$/,
        problem: 'is not a git revision',
        fix: 'give a commit SHA, tag or branch',
        description: 'Override the base commit of the change detection.',
        default: '',
    },
    'github-token': {
        kind: 'secret',
        description: 'Token for the GitHub API (change-list fallback, pull requests, deployments) and, by default, for overlay-repository.',
        default: '${{ github.token }}',
    },
    'dry-run': {
        kind: 'boolean',
        description: 'Decide and verify, but build, push and write nothing.',
        default: 'false',
    },
    'insecure-registries': {
        kind: 'list',
        pattern: /^[A-Za-z0-9.-]+(:\d+)?$/,
        problem: 'is not a host[:port]',
        description: 'Registries reached over plain HTTP besides localhost/127.0.0.1, one per line.',
        default: '',
    },
    'allow-tag-overwrite': {
        kind: 'boolean',
        description: 'Allow moving an existing immutable tag to a different digest (refused by default).',
        default: 'false',
    },
    'cache-from': {
        kind: 'lines',
        description: 'buildx --cache-from entries, one per line.',
        default: '',
    },
    'cache-to': {
        kind: 'lines',
        description: 'buildx --cache-to entries, one per line.',
        default: '',
    },
    'matrix-image': {
        kind: 'text',
        description: 'In a matrix build job: build only this image (name from the plan matrix).',
        default: '',
    },
    'from-plan': {
        kind: 'json',
        fix: 'pass the `images` output of the plan job unchanged',
        description: 'The `images` output of an earlier `mode: plan` run: verify those refs exist and apply them instead of deciding again.',
        default: '',
    },
    'max-parallel': {
        kind: 'integer',
        min: 1,
        max: 32,
        description: 'Images built (or promoted, copied and tagged) at the same time.',
        default: '2',
    },
    sign: {
        kind: 'enum',
        values: ['none', 'keyless', 'key'],
        description: "Sign every image this run builds, before any tag an overlay uses is added: a source statement (the image digest, its source key, repository, commit, workflow and run; docs/trust.md) in a Sigstore bundle stored as an OCI referrer of the image. keyless: the workflow's OIDC token (permissions: id-token: write) through Fulcio and Rekor; key: signing-key.",
        default: 'none',
    },
    'signing-key': {
        kind: 'secret',
        description: 'sign: key — the PEM text of an unencrypted EC P-256 private key (PKCS#8, from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`), from a secret. Bundles carry its hint and no log entry (GHES, air-gapped registries).',
        default: '',
    },
    'fulcio-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://fulcio.sigstore.dev',
        description: 'sign: keyless — the Fulcio certificate authority.',
        default: 'https://fulcio.sigstore.dev',
    },
    'rekor-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://rekor.sigstore.dev',
        description: 'sign: keyless — the Rekor transparency log.',
        default: 'https://rekor.sigstore.dev',
    },
    'tsa-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://timestamp.sigstore.dev',
        description: 'sign: keyless — an RFC 3161 timestamp authority to timestamp signatures too (default: none; the Rekor entry carries the time).',
        default: '',
    },
    verify: {
        kind: 'enum',
        values: ['none', 'signature'],
        description: "signature: every image the run would reuse, promote, adopt, roll back to or redeploy must carry a source statement signed under the policy (certificate-identity and certificate-oidc-issuer, or verify-key) whose subject is its digest, and, for reuse, promote and adopt, whose source key is this image's; otherwise the image fails and nothing is written.",
        default: 'none',
    },
    'verify-key': {
        kind: 'document',
        inline: /-----BEGIN /,
        what: 'a PEM file of public keys',
        description: 'verify: signature with key-based signatures — the PEM text of one or more EC P-256 public keys (or the path of such a file in the workspace). When set, only signatures by these keys count.',
        default: '',
    },
    'certificate-identity': {
        kind: 'text',
        description: "verify: signature, keyless — a regular expression the signing certificate's identity must match whole (it is anchored). Default: any workflow of this repository, https://<server>/<owner>/<repo>/.github/workflows/<file>@<ref>.",
        default: '',
    },
    'certificate-oidc-issuer': {
        kind: 'text',
        description: "verify: signature, keyless — the signing certificate's OIDC issuer, exactly.",
        default: 'https://token.actions.githubusercontent.com',
    },
    'trusted-root': {
        kind: 'document',
        inline: /^\s*\{/,
        what: 'a Sigstore trusted_root.json',
        description: 'verify: signature, keyless — the path of a Sigstore trusted_root.json in the workspace (or its text), replacing the pinned public-good root image-promote ships (docs/trust.md says how it is refreshed).',
        default: '',
    },
    'sign-requested': {
        kind: 'boolean',
        cli: true,
        description: "Sign the requested image (the tag input) with the statement of its image's source at the head commit, instead of deploying it (image-promote sign; the command line only).",
        default: 'false',
    },
    'registry-check': {
        kind: 'boolean',
        cli: true,
        description: 'false writes the requested values as given, asking no registry and applying no tag rule (set-image --no-verify; the command line only).',
        default: 'true',
    },
};
/** What each output means; README.md's outputs table and action.yml are generated from it. */
const OUTPUTS = {
    decision: 'build | reuse | promote | rollback | skip (the strongest decision over all images), or failed when the run failed.',
    reason: 'One human sentence explaining the decision (on failure: the first failure).',
    tag: 'The tag to deploy (of the first image when images differ).',
    images: 'JSON array, one entry per image: name, repository, ref, tag, digest, source, decision (build | reuse | promote | rollback | skip, or not-attempted for an image the run never decided), reason, status (verified | pushed | built | planned | failed | not-attempted), from, base, and with sign or verify the signature (identity, issuer or keyHint, signedAt, runUrl, workflowRef, repository, commit, sourceKey, referrer; signedNow when this run signed it).',
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

/***/ 73503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: environmentSlug, lines, list

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
// EXTERNAL MODULE: ./src/config/images.ts
var config_images = __webpack_require__(70286);
// EXTERNAL MODULE: ./src/config/read.ts
var read = __webpack_require__(62000);
// EXTERNAL MODULE: ./src/tags/policy.ts + 1 modules
var policy = __webpack_require__(27251);
// EXTERNAL MODULE: ./src/config/tag-input.ts
var tag_input = __webpack_require__(72931);
;// CONCATENATED MODULE: ./src/config/rules.ts
/**
 * The rules between inputs, each a small named function from the parsed Config (and the
 * inputs as read) to the InputError it finds; parseConfig applies RULES in order and throws
 * the first. Each rule names the input the user has to change.
 */





const writes = (c) => c.writeOverlay || c.commit !== 'none';
const overlayBranchNeedsRepository = (c, v) => v['overlay-branch'] !== undefined && !c.overlayRepository
    ? new errors/* InputError */.dz('overlay-branch', 'only applies to overlay-repository, which is not set', 'set overlay-repository, or remove overlay-branch')
    : undefined;
/** A key-path format needs every image's key: one for all files, or a map matching one of them. */
const overlayFormatNeedsKeys = (c, v) => {
    const format = v['overlay-format'];
    if (format === 'auto' || format === 'kustomize')
        return undefined;
    const files = [...c.overlays, ...(c.fromOverlay ? [c.fromOverlay] : [])].map((o) => o.path);
    const missing = c.images.flatMap((i) => {
        if (i.key !== undefined)
            return [];
        if (!i.keyByFile)
            return [i.name];
        const misses = files.every((f) => (0,config_images/* keyMissProblem */.ng)(i, f) !== undefined);
        return files.length > 0 && misses
            ? [`${i.name} (its key map matches none of ${files.join(', ')})`]
            : [];
    });
    return missing.length === 0
        ? undefined
        : new errors/* InputError */.dz('overlay-format', `"${format}" needs a key for every image; missing for ${missing.join(', ')}`, 'add key (e.g. api.image.tag) to each image, or a key map entry that matches its overlay');
};
const previousNeedsRollbackMode = (c) => c.tag?.kind === 'previous' && c.mode !== 'auto' && c.mode !== 'rollback'
    ? new errors/* InputError */.dz('tag', `"previous" only means a rollback in mode auto or rollback, not ${c.mode}`, 'give a tag, or use mode: rollback')
    : undefined;
const rollbackTakesPrevious = (c) => c.mode === 'rollback' && c.tag?.kind === 'refs'
    ? new errors/* InputError */.dz('tag', 'mode "rollback" goes back through the overlay\'s history; it takes previous or previous~N', 'use mode: auto to redeploy a named tag')
    : undefined;
const rollbackNeedsOverlay = (c) => (c.mode === 'rollback' || c.tag?.kind === 'previous') && c.overlays.length === 0
    ? new errors/* InputError */.dz('overlay', "a rollback reads the previous value from the overlay's git history, but no overlay is set", 'set "overlay"')
    : undefined;
const promoteNeedsSource = (c) => c.mode === 'promote' && !c.fromOverlay && c.tag === undefined
    ? new errors/* InputError */.dz('mode', '"promote" needs a source', 'set from-overlay (the overlay to promote from) or tag')
    : undefined;
/** A build job pushes one tag: the matrix job's planned tag, for every image. */
const buildTakesOneTag = (c) => c.mode === 'build' &&
    c.tag?.kind === 'refs' &&
    (Object.keys(c.tag.byImage).length > 0 || (0,tag_input/* plainTagOf */.KI)(c.tag.all) === undefined)
    ? new errors/* InputError */.dz('tag', 'mode "build" takes one tag (the planned tag of a matrix job), not NAME=REF lines, a digest, a full reference or a commit', 'give a single tag together with matrix-image')
    : undefined;
/** `REF -> TAG` names the tag a promotion gives the image; other modes write REF's own. */
const renameNeedsPromote = (c) => c.mode !== 'promote' &&
    c.tag?.kind === 'refs' &&
    [c.tag.all, ...Object.values(c.tag.byImage)].some((r) => r?.as !== undefined)
    ? new errors/* InputError */.dz('tag', '"REF -> TAG" gives a promoted image its tag, which only mode "promote" does', 'set mode: promote, or give the REF alone')
    : undefined;
/** No tag another template (or the tag input) makes can look like a source or commit tag. */
const tagShapesAreDisjoint = (c) => {
    try {
        (0,policy/* checkTagShapes */.Zd)(c);
        return undefined;
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            return err;
        throw err;
    }
};
const matrixImageIsConfigured = (c) => c.matrixImage !== undefined && !c.images.some((i) => i.name === c.matrixImage)
    ? new errors/* InputError */.dz('matrix-image', `"${c.matrixImage}" is not one of the configured images`, `use one of: ${c.images.map((i) => i.name).join(', ')}`)
    : undefined;
const writeNeedsOverlay = (c) => writes(c) && c.overlays.length === 0
    ? new errors/* InputError */.dz(c.writeOverlay ? 'write-overlay' : 'commit', 'there is no overlay to write', 'set "overlay" to the file(s) to update')
    : undefined;
const writeNeedsPush = (c) => writes(c) && !c.push
    ? new errors/* InputError */.dz('push', 'false pushes nothing, so no image of this run is in the registry to write into an overlay', 'set push: true, or leave write-overlay and commit off (use dry-run to see what would be written)')
    : undefined;
const pullRequestNeedsToken = (c, v) => c.commit === 'pull-request' && !c.githubToken && !v['overlay-token']
    ? new errors/* InputError */.dz('commit', '"pull-request" opens a pull request through the GitHub API, but no token is set', 'set github-token (the job token needs pull-requests: write) or overlay-token')
    : undefined;
/** The template is checked on its own (read.ts); here the environment that goes into it. */
const pullRequestBranchIsValid = (c, v) => c.commit === 'pull-request' && !(0,read/* isValidBranchName */.eB)(c.pullRequestBranch)
    ? new errors/* InputError */.dz('environment', `"${c.environment ?? ''}" makes the pull request branch "${c.pullRequestBranch}" (pull-request-branch "${v['pull-request-branch']}"), which is not a valid branch name`, 'use letters or digits in the environment name, or set pull-request-branch')
    : undefined;
/** The URL of an environment: there must be one to record it for. */
const environmentUrlNeedsEnvironment = (c) => c.environmentUrl !== undefined && c.environment === undefined
    ? new errors/* InputError */.dz('environment-url', "is the address of the deployed environment, but environment (the deployment's name) is not set", 'set environment, or remove environment-url')
    : undefined;
/** `github-deployment: true` records a deployment of an environment, through the API. */
const deploymentNeedsEnvironment = (c, v) => v['github-deployment'] === 'true' && c.environment === undefined
    ? new errors/* InputError */.dz('github-deployment', '"true" records each deploy as a GitHub Deployment of an environment, but environment is not set', 'set environment (e.g. production), or github-deployment: false')
    : undefined;
const deploymentNeedsToken = (c, v) => v['github-deployment'] === 'true' && !c.githubToken
    ? new errors/* InputError */.dz('github-deployment', '"true" creates GitHub Deployments through the GitHub API, but github-token is empty', 'set github-token (the job token needs permissions: deployments: write), or github-deployment: false')
    : undefined;
const signKeyNeedsSigningKey = (_c, v) => v.sign === 'key' && v['signing-key'] === undefined
    ? new errors/* InputError */.dz('signing-key', 'is empty, but sign: key signs with it', 'pass the PEM text of an EC P-256 private key from a secret (signing-key: ${{ secrets.IMAGE_SIGNING_KEY }}), or use sign: keyless')
    : undefined;
const signingKeyNeedsSignKey = (_c, v) => v['signing-key'] !== undefined && v.sign !== 'key'
    ? new errors/* InputError */.dz('signing-key', `only applies to sign: key, and sign is ${v.sign}`, 'set sign: key, or remove signing-key')
    : undefined;
/** Signing attaches the bundle to the pushed image: nothing is signed without a push. */
const signNeedsPush = (c) => c.sign !== undefined && !c.push
    ? new errors/* InputError */.dz('sign', `${c.sign.kind} signs the images this run pushes, but push is false`, 'set push: true, or sign: none')
    : undefined;
const verifyKeyNeedsVerify = (_c, v) => v['verify-key'] !== undefined && v.verify === 'none'
    ? new errors/* InputError */.dz('verify-key', 'only applies to verify: signature, and verify is none', 'set verify: signature, or remove verify-key')
    : undefined;
/** The keyless policy's inputs mean nothing without verify, or with verify-key (key policy). */
const keylessPolicyNeedsKeylessVerify = (_c, v) => {
    const given = ['certificate-identity', 'trusted-root'].find((name) => v[name] !== undefined);
    if (given === undefined)
        return undefined;
    if (v.verify === 'none') {
        return new errors/* InputError */.dz(given, 'only applies to verify: signature, and verify is none', `set verify: signature, or remove ${given}`);
    }
    return v['verify-key'] !== undefined
        ? new errors/* InputError */.dz(given, 'applies to keyless signatures, but verify-key is set, so only signatures by its keys count', `remove ${given}, or remove verify-key to accept keyless signatures`)
        : undefined;
};
/** Key-signed images verify only under verify-key: without it every new image would fail. */
const keySigningNeedsVerifyKey = (c) => c.sign?.kind === 'key' && c.verify?.kind === 'keyless'
    ? new errors/* InputError */.dz('verify-key', 'is empty, so verify: signature accepts keyless signatures only, but this run signs with signing-key', 'set verify-key to the public key of signing-key (`openssl pkey -in key.pem -pubout`)')
    : undefined;
/** set-image --no-verify asks no registry, so no signature can be checked. */
const verifyNeedsRegistryCheck = (c) => c.verify !== undefined && !c.registryCheck
    ? new errors/* InputError */.dz('verify', 'signature checks every image in its registry, but --no-verify asks no registry', 'drop --no-verify, or set verify: none in the config')
    : undefined;
/** image-promote sign: the requested image is signed, so a way to sign it must be set. */
const signRequestedNeedsSign = (c) => c.signRequested && (c.sign === undefined || c.tag?.kind !== 'refs')
    ? new errors/* InputError */.dz('sign', c.sign === undefined
        ? 'is none, but the requested image is to be signed'
        : 'signs the requested image, but no image is requested', 'give --key-file or --keyless, and the image reference')
    : undefined;
const RULES = [
    overlayBranchNeedsRepository,
    overlayFormatNeedsKeys,
    previousNeedsRollbackMode,
    rollbackTakesPrevious,
    rollbackNeedsOverlay,
    promoteNeedsSource,
    buildTakesOneTag,
    renameNeedsPromote,
    tagShapesAreDisjoint,
    matrixImageIsConfigured,
    writeNeedsOverlay,
    writeNeedsPush,
    pullRequestNeedsToken,
    pullRequestBranchIsValid,
    environmentUrlNeedsEnvironment,
    deploymentNeedsEnvironment,
    deploymentNeedsToken,
    signKeyNeedsSigningKey,
    signingKeyNeedsSignKey,
    signNeedsPush,
    verifyKeyNeedsVerify,
    keylessPolicyNeedsKeylessVerify,
    keySigningNeedsVerifyKey,
    verifyNeedsRegistryCheck,
    signRequestedNeedsSign,
];

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * Inputs → one validated Config: every input read by its kind (read.ts), the images
 * (images.ts), the tag input (tag-input.ts), then the cross-field rules (rules.ts). The only
 * module that turns input strings into the Config; every error names the input and says
 * what to do.
 */










const COMMIT_MODES = {
    false: 'none',
    local: 'local',
    true: 'push',
    'pull-request': 'pull-request',
};
/** The `images` output of a `mode: plan` run, checked against the configured images. */
function parsePlanInput(doc, images) {
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
        const problem = tag !== '' || decision !== 'skip' ? (0,reference/* tagProblem */.qH)(tag) : undefined;
        if (problem)
            throw new errors/* InputError */.dz('from-plan', `${where} has tag "${tag}": ${problem}`);
        const planned = { name, tag, decision: decision, addTags: [] };
        if (typeof e.digest === 'string' && e.digest !== '') {
            const issue = (0,reference/* digestProblem */.WQ)(e.digest);
            if (issue)
                throw new errors/* InputError */.dz('from-plan', `${where} has digest "${e.digest}": ${issue}`);
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
/** `overlay-repository`: `owner/name` or a git URL without credentials; the token defaults to github-token. */
function overlayRepositoryOf(v) {
    const repository = v['overlay-repository'];
    if (repository === undefined)
        return undefined;
    if (/^https?:\/\/[^/]*@/.test(repository)) {
        throw new errors/* InputError */.dz('overlay-repository', 'the URL carries credentials', 'remove them from the URL and pass the token in overlay-token');
    }
    const branch = v['overlay-branch'];
    if (branch !== undefined && !(0,read/* isValidBranchName */.eB)(branch)) {
        throw new errors/* InputError */.dz('overlay-branch', `"${branch}" is not a valid branch name`);
    }
    const token = v['overlay-token'] ?? v['github-token'];
    return {
        repository,
        ...(branch ? { branch } : {}),
        ...(token ? { token } : {}),
        ...(v['allow-local-overlay-repository'] ? { allowLocal: true } : {}),
    };
}
/** An overlay path: inside the workspace, or inside overlay-repository (resolved after the clone). */
function overlayOf(name, value, v, workspace, inRepository) {
    const format = v['overlay-format'];
    if (!inRepository) {
        const file = (0,paths/* resolveInsideWorkspace */.s)(workspace, value, name);
        return { file, path: (0,paths/* workspaceRelative */.U)(workspace, file), format };
    }
    const path = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (path === '' || (0,external_node_path_.isAbsolute)(path) || path.split('/').includes('..') || path.includes('\0')) {
        throw new errors/* InputError */.dz(name, `"${value}" must be a path inside overlay-repository`, "write it relative to that repository's root");
    }
    return { file: '', path, format };
}
/** `sign`, with the key or the Sigstore services it signs with. */
function signOf(v) {
    switch (v.sign) {
        case 'none':
            return undefined;
        case 'key':
            return { kind: 'key', signingKey: v['signing-key'] ?? '' };
        case 'keyless':
            return {
                kind: 'keyless',
                fulcioUrl: v['fulcio-url'],
                rekorUrl: v['rekor-url'],
                ...(v['tsa-url'] !== undefined ? { tsaUrl: v['tsa-url'] } : {}),
            };
    }
}
/** `verify`: by verify-key when it is set, else by certificate identity and issuer. */
function verifyOf(v) {
    if (v.verify === 'none')
        return undefined;
    const verifyKey = v['verify-key'];
    if (verifyKey !== undefined)
        return { kind: 'key', verifyKey };
    return {
        kind: 'keyless',
        certificateOidcIssuer: v['certificate-oidc-issuer'],
        ...(v['certificate-identity'] !== undefined
            ? { certificateIdentity: v['certificate-identity'] }
            : {}),
        ...(v['trusted-root'] !== undefined ? { trustedRoot: v['trusted-root'] } : {}),
    };
}
/** `Production EU` → `production-eu`: the environment as it goes into a branch name. */
function environmentSlug(environment) {
    return environment
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
}
/** `environment-url` as the URL parser writes it (`https://a.example` → `https://a.example/`). */
function normalUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz('environment-url', `"${value}" is not a URL`, 'e.g. https://shop.example.com');
    }
    if (url.username || url.password) {
        throw new errors/* InputError */.dz('environment-url', 'the URL carries credentials', 'remove them');
    }
    return url.href;
}
/** Builds the Config. Throws InputError for the first invalid input. */
function parseConfig(source, ctx) {
    const { workspace } = ctx;
    const v = (0,read/* readInputs */.Ko)(source, workspace);
    const registry = v.registry?.replace(/\/+$/, '');
    const images = (0,config_images/* readImages */.H)(v, registry, workspace);
    const overlayRepository = overlayRepositoryOf(v);
    const overlay = (name, path) => overlayOf(name, path, v, workspace, overlayRepository !== undefined);
    const config = {
        workspace,
        images,
        registry,
        overlays: v.overlay.map((p) => overlay('overlay', p)),
        overlayRepository,
        fromOverlay: v['from-overlay'] === undefined ? undefined : overlay('from-overlay', v['from-overlay']),
        deployPaths: v['deploy-paths'],
        ignorePaths: v['ignore-paths'],
        mode: v.mode,
        tagTemplate: v['tag-template'],
        prTagTemplate: v['pr-tag-template'],
        extraTags: v['extra-tags'],
        promoteTags: v['promote-tags'],
        sourceTag: v['source-tag'],
        tag: (0,tag_input/* parseTagInput */.qe)(v.tag, images),
        forceBuild: v['force-build'],
        push: v.push,
        writeOverlay: v['write-overlay'],
        pinDigest: v['pin-digest'],
        commit: COMMIT_MODES[v.commit],
        commitMessage: v['commit-message'],
        pullRequestBranch: v['pull-request-branch'].replace(/\{environment\}/g, v.environment === undefined ? 'deploy' : environmentSlug(v.environment)),
        createMissing: v['create-missing'],
        environment: v.environment,
        environmentUrl: v['environment-url'] === undefined ? undefined : normalUrl(v['environment-url']),
        githubDeployment: v['github-deployment'] === 'auto'
            ? v.environment !== undefined
            : v['github-deployment'] === 'true',
        base: v.base,
        githubToken: v['github-token'],
        dryRun: v['dry-run'],
        insecureRegistries: v['insecure-registries'],
        allowTagOverwrite: v['allow-tag-overwrite'],
        cacheFrom: v['cache-from'],
        cacheTo: v['cache-to'],
        matrixImage: v['matrix-image'],
        maxParallel: v['max-parallel'],
        registryCheck: v['registry-check'],
        fromPlan: v['from-plan'] === undefined ? undefined : parsePlanInput(v['from-plan'], images),
        sign: signOf(v),
        verify: verifyOf(v),
        signRequested: v['sign-requested'] || undefined,
    };
    // Unset optional settings are absent, not undefined.
    for (const [key, value] of Object.entries(config)) {
        if (value === undefined)
            Reflect.deleteProperty(config, key);
    }
    for (const rule of RULES) {
        const problem = rule(config, v);
        if (problem)
            throw problem;
    }
    return config;
}


/***/ }),

/***/ 62000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkGlobs),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   eB: () => (/* binding */ isValidBranchName),
/* harmony export */   gM: () => (/* binding */ readYaml),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _changes_globs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76770);
/* harmony import */ var _overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19153);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);
/* harmony import */ var _tags_template_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78159);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64389);
/* harmony import */ var _yaml_input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(13898);
/**
 * The one reader of input text: every input of the table (inputs.ts) becomes a typed value by
 * its kind. An empty value means the table's default, except for lists (empty is an empty
 * list), `source-tag` (empty turns source tags off) and secrets. Every error names the input
 * and says what to do.
 */









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
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Checks path globs; `label` says where inside the input they are (`images[0].paths`). */
function checkGlobs(input, patterns, workspace, label) {
    const where = label ? `${label}: ` : '';
    for (const p of patterns) {
        const problem = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .globProblem */ .AI)(p);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${where}invalid glob "${p}": ${problem}`);
        // A bare directory name matches only a file of that name, never what is inside it.
        const body = p.startsWith('!') ? p.slice(1) : p;
        if (!/[*?[\]{}()!+@\\]/.test(body) && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, body))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${where}"${p}" is a directory and matches nothing inside it`, `write "${p}/**"`);
        }
    }
    return patterns;
}
/**
 * A tag template: known tokens; {source} only in source-tag, which has nothing else (one
 * source, one tag) and at least 12 hex of it; every build its own tag when `immutable`.
 */
function checkTagTemplate(name, template, immutable = false) {
    let tokens;
    try {
        tokens = (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTemplate */ .QC)(template).flatMap((p) => ('token' in p ? [p] : []));
    }
    catch (err) {
        if (err instanceof _tags_template_js__WEBPACK_IMPORTED_MODULE_6__/* .TemplateError */ .$w)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, err.message);
        throw err;
    }
    const source = name === 'source-tag';
    const other = tokens.find((p) => (p.token === 'source') !== source);
    if (other && !source) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, '{source} is only for source-tag', 'use {sha:7} to name the commit');
    }
    if (other) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `{${other.token}} would give one source several tags`, 'use only {source:N} and literal text');
    }
    if (source && !tokens.some((p) => (p.length ?? 64) >= 12)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${template}" does not name the source with at least 12 hex characters`, 'include {source:16} (or {source}), or set it empty to turn source tags off');
    }
    if (immutable && !(0,_tags_template_js__WEBPACK_IMPORTED_MODULE_6__/* .isImmutableTemplate */ .pe)(template)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${template}" gives the same tag to different builds`, 'include {sha:7} (or {sha}, {version}, {run}, {datetime}) so every build gets its own immutable tag');
    }
    return template;
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
/** A branch name template: {environment} is its only token, and it is a name, not a ref. */
function checkBranchTemplate(name, value) {
    const unknown = /\{(?!environment\})[^}]*\}?/.exec(value);
    if (unknown) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" has an unknown token ${unknown[0]}`, 'the only token is {environment}');
    }
    if (value.startsWith('refs/')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is a ref, not a branch name`, `give the branch name, e.g. ${value.replace(/^refs\/(heads\/)?/, '') || 'main'}`);
    }
    if (!isValidBranchName(value.replace(/\{environment\}/g, 'env'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not a valid branch name`, 'use letters, digits, "/", "-", "_" and "."');
    }
    return value;
}
/** The images list: inline YAML, a `.yml`/`.yaml` file in the workspace, or data already. */
function readYaml(name, source, workspace) {
    const data = source.structured?.(name);
    if (data !== undefined)
        return data;
    const raw = source.get(name);
    const single = raw.trim();
    if (single === '')
        return undefined;
    // A single line naming a .yml/.yaml file is a path; anything else is inline YAML.
    const file = !single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-');
    const text = file
        ? (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_8__/* .readInputFile */ .j)(name, (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideWorkspace */ .s)(workspace, single, name), single)
        : raw;
    return (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_8__/* .parseInputYaml */ .V)(name, text, 'the list');
}
function readInput(name, spec, source, workspace) {
    if (spec.kind === 'yaml')
        return readYaml(name, source, workspace);
    const raw = source.get(name);
    const keepsEmpty = spec.kind === 'lines' ||
        spec.kind === 'list' ||
        spec.kind === 'globs' ||
        spec.kind === 'secret' ||
        (spec.kind === 'template' && (spec.of === 'source' || (spec.of === 'tag' && spec.list)));
    const text = raw.trim() === '' && !keepsEmpty ? spec.default : raw;
    const value = text.trim();
    switch (spec.kind) {
        case 'boolean': {
            const v = value.toLowerCase();
            if (v === 'true' || v === 'false')
                return v === 'true';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not a boolean`, 'use true or false');
        }
        case 'enum': {
            const v = value.toLowerCase();
            if (spec.values.includes(v))
                return v;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not allowed`, `use one of: ${spec.values.join(', ')}`);
        }
        case 'integer': {
            const n = Number(value);
            if (/^\d+$/.test(value) && n >= spec.min && n <= spec.max)
                return n;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not a whole number from ${spec.min} to ${spec.max}`);
        }
        case 'text':
            if (/[\r\n]/.test(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, 'must be one line', 'remove the line breaks');
            if (value !== '' && spec.pattern && !spec.pattern.test(value)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" ${spec.problem ?? 'is not valid'}`, spec.fix);
            }
            return value === '' ? undefined : value;
        case 'secret':
            return value === '' ? undefined : value;
        case 'document': {
            if (value === '')
                return undefined;
            if (spec.inline.test(value))
                return value;
            if (/[\r\n]/.test(value)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `is neither ${spec.what} nor the path of one`);
            }
            const file = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideWorkspace */ .s)(workspace, value, name);
            return (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_8__/* .readInputFile */ .j)(name, file, value, spec.what).trim();
        }
        case 'lines':
            return lines(text);
        case 'globs':
            return checkGlobs(name, lines(text), workspace);
        case 'list': {
            const items = list(text);
            const bad = items.find((i) => spec.pattern && !spec.pattern.test(i));
            if (bad !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${bad}" ${spec.problem ?? 'is not valid'}`);
            return items;
        }
        case 'json':
            if (value === '')
                return undefined;
            try {
                return JSON.parse(value);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, 'is not JSON', spec.fix);
            }
        case 'template':
            switch (spec.of) {
                case 'tag':
                    return spec.list
                        ? list(text).map((t) => checkTagTemplate(name, t))
                        : checkTagTemplate(name, value, spec.immutable);
                case 'source':
                    return value === '' ? undefined : checkTagTemplate(name, value);
                case 'commit-message':
                    (0,_overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_4__/* .checkCommitTemplate */ .cD)(value, name);
                    return value;
                case 'branch':
                    return checkBranchTemplate(name, value);
            }
    }
}
/** Reads every input of the table from `source`; throws InputError for the first bad one. */
function readInputs(source, workspace) {
    const values = {};
    for (const [name, spec] of Object.entries(_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUTS */ .m)) {
        values[name] = readInput(name, spec, source, workspace);
    }
    return values;
}


/***/ }),

/***/ 72931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ plainTagOf),
/* harmony export */   oH: () => (/* binding */ requestedRef),
/* harmony export */   qe: () => (/* binding */ parseTagInput)
/* harmony export */ });
/* unused harmony export parseRequestedRef */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98286);
/* harmony import */ var _overlay_set_image_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19572);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70286);
/**
 * The `tag` input's grammar (the CLI's `deploy NAME=REF` is its command-line face): one REF
 * for every image or `NAME=REF` lines, where a REF is
 *
 *   sha-1a2b3c4, v1.2.3      a tag
 *   TAG@sha256:<64 hex>      a tag, checked to point at that digest
 *   sha256:<64 hex>          a digest
 *   ghcr.io/acme/api:v1      a full reference (it has a "/"), with a tag and/or digest
 *   1a2b3c4                  a commit SHA (7–40 lowercase hex, always read as a commit): the
 *                            tag tag-template makes for that commit
 *   *:v2, ghcr.io/acme/api:*, *@sha256:…
 *                            kustomize's `*`: that part is what the overlay has now (the
 *                            image's repository, its tag, its digest)
 *   REF -> TAG               mode promote: the image gets TAG in its repository, instead of
 *                            REF's own tag (`promote SRC DST` on the command line)
 *
 * or `previous`, `previous~N`, `NAME=previous` to roll back.
 */




const SHA_RE = /^[0-9a-f]{7,40}$/;
/**
 * A REF with kustomize's `*` parts (`*:v2`, `ghcr.io/acme/api:*`, `*@sha256:…`): the parts
 * given, read like any REF, and which parts the overlay keeps.
 */
function withKeep(text) {
    const parts = (0,_overlay_set_image_args_js__WEBPACK_IMPORTED_MODULE_2__/* .splitImage */ .s5)(text);
    const keep = {};
    if (parts.tag === '*')
        keep.tag = true;
    if (parts.digest === '*')
        keep.digest = true;
    const tag = parts.tag === '*' ? undefined : parts.tag;
    const digest = parts.digest === '*' ? undefined : parts.digest;
    if (parts.name !== '*' && (parts.name.includes('*') || !parts.name.includes('/'))) {
        return { problem: `"${parts.name}" is not a repository: * stands for a whole part` };
    }
    if ([tag, digest].some((p) => p?.includes('*'))) {
        return { problem: '* stands for a whole part (repository, tag or digest)' };
    }
    const given = (parts.name === '*' ? '' : parts.name) +
        (tag !== undefined ? `${parts.name === '*' ? '' : ':'}${tag}` : '') +
        (digest !== undefined ? `@${digest}` : '');
    const body = parts.name === '*' && tag === undefined && digest !== undefined ? digest : given;
    if (body === '' && !keep.tag && !keep.digest) {
        return { problem: 'it names neither a tag nor a digest' };
    }
    const parsed = body === '' ? { ref: {} } : parseRequestedRef(body, { keeps: true });
    if ('problem' in parsed)
        return parsed;
    return { ref: { ...parsed.ref, keep } };
}
/** Reads one REF; `problem` says why it is none (for the input's or the CLI's message). */
function parseRequestedRef(text, options = {}) {
    const bad = (problem) => ({ problem });
    if (text === '')
        return bad('the reference is empty');
    if (text.includes('*') && !options.keeps)
        return withKeep(text);
    if (SHA_RE.test(text))
        return { ref: { commit: text } };
    if (text.includes('/')) {
        const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseReference */ .WF)(text);
        if (!parsed.ok)
            return bad(`not a valid image reference: ${parsed.reason}`);
        const { tag, digest } = parsed.ref;
        if (tag === undefined && digest === undefined && !options.keeps) {
            return bad('a full reference needs a tag or a digest (:tag, @sha256:...)');
        }
        const ref = { repository: (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(parsed.ref) };
        if (tag !== undefined)
            ref.tag = tag;
        if (digest !== undefined)
            ref.digest = digest;
        return { ref };
    }
    const at = text.indexOf('@');
    if (at === -1 && /^[a-z0-9]+([+._-][a-z0-9]+)*:/.test(text)) {
        // `sha256:…` is a digest; `nginx:1.27` is a reference without its repository path.
        const issue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(text);
        if (!issue)
            return { ref: { digest: text } };
        if (/^sha\d+:/.test(text))
            return bad(`not a valid digest: ${issue}`);
        return bad(`a tag cannot contain ":"; a full reference needs its repository path (docker.io/library/${text})`);
    }
    const tag = at === -1 ? text : text.slice(0, at);
    const tagIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
    if (tagIssue)
        return bad(`"${tag}" is not a valid tag: ${tagIssue}`);
    if (at === -1)
        return { ref: { tag } };
    const digest = text.slice(at + 1);
    const digestIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(digest);
    if (digestIssue)
        return bad(`"${digest}" is not a valid digest: ${digestIssue}`);
    return { ref: { tag, digest } };
}
/** `previous` → 1, `previous~3` → 3; undefined for anything else. */
function parsePrevious(value) {
    const m = /^previous(?:~(\d+))?$/.exec(value);
    if (!m)
        return undefined;
    const steps = m[1] === undefined ? 1 : Number(m[1]);
    if (!Number.isSafeInteger(steps) || steps < 1 || steps > 50) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', `"${value}": N in previous~N goes from 1 to 50`);
    }
    return steps;
}
/** The `tag` input's lines (comments dropped) → a TagRequest for the configured images. */
function parseTagInput(entries, images) {
    if (entries.length === 0)
        return undefined;
    const names = images.map((i) => i.name);
    const byName = new Map();
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const name = eq === -1 ? undefined : entry.slice(0, eq).trim();
        if (name !== undefined && !names.includes(name)) {
            const hint = (0,_images_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(name, names);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', `"${entry}" names the image "${name}", which is not configured`, `the configured images are: ${names.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`);
        }
        if (byName.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', name === undefined ? 'gives more than one REF for every image' : `"${name}" is named twice`, 'give one REF, or NAME=REF lines (one per image)');
        }
        byName.set(name, { entry, value: (eq === -1 ? entry : entry.slice(eq + 1)).trim() });
    }
    const previous = [...byName.values()].map((e) => parsePrevious(e.value));
    if (previous.some((p) => p !== undefined)) {
        if (previous.some((p) => p === undefined)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', 'mixes "previous" with tags', 'roll back (previous) and redeploy (tags) in separate runs');
        }
        if (new Set(previous).size > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', 'asks for different previous~N steps', 'use one N');
        const request = { kind: 'previous', steps: previous[0] ?? 1 };
        if (!byName.has(undefined))
            request.images = [...byName.keys()];
        return request;
    }
    const request = { kind: 'refs', byImage: {} };
    for (const [name, { entry, value: line }] of byName) {
        // `REF -> TAG` (mode promote): the tag the image gets in its own repository.
        const [value = '', as, extra] = line.split(/\s*->\s*/);
        if (extra !== undefined || (as !== undefined && (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(as) !== undefined)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', `"${entry}": after "->" comes the one tag the image gets in its repository${as !== undefined && (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(as) ? ` ("${as}": ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(as) ?? ''})` : ''}`, 'e.g. api=ghcr.io/acme/staging-api:v1.2.3 -> v1.2.3');
        }
        const parsed = parseRequestedRef(value);
        if ('problem' in parsed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tag', `"${entry}": ${parsed.problem}`, 'give a tag such as sha-1a2b3c4, a digest, a full reference, a commit SHA, NAME=REF lines, or "previous" to roll back');
        }
        const ref = as === undefined ? parsed.ref : { ...parsed.ref, as };
        if (name === undefined)
            request.all = ref;
        else
            request.byImage[name] = ref;
    }
    return request;
}
/** What a `refs` request asks of image `name`: its own NAME= line, else the line for all. */
function requestedRef(request, name) {
    return request?.kind === 'refs' ? (request.byImage[name] ?? request.all) : undefined;
}
/** The tag of a REF that is a tag alone (no digest, repository or commit). */
function plainTagOf(ref) {
    return ref && ref.digest === undefined && ref.repository === undefined && ref.commit === undefined
        ? ref.tag
        : undefined;
}


/***/ }),

/***/ 22143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ VALUE_SHAPES),
/* harmony export */   Yv: () => (/* binding */ DECISIONS)
/* harmony export */ });
/* unused harmony exports MODES, OVERLAY_FORMATS */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64389);

const MODES = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m.mode.values;
const OVERLAY_FORMATS = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m['overlay-format'].values;
/** How an image's value is spelled at its key: kept as found (`auto`) or forced. */
const VALUE_SHAPES = ['auto', 'tag', 'digest', 'reference'];
const DECISIONS = ['build', 'reuse', 'promote', 'rollback', 'skip'];


/***/ }),

/***/ 13898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseInputYaml),
/* harmony export */   j: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/** Reading and parsing the YAML an input names, with errors that name the input. */



/** The longest input file read (an images list or CLI config is a few KB). */
const MAX_INPUT_FILE_BYTES = 1024 * 1024;
/**
 * Reads the file an input names. Only regular files: a FIFO would block the run forever,
 * a device or a huge file is never an image list.
 */
function readInputFile(input, file, shown = file, what = 'a regular YAML file') {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    }
    if (!info.isFile()) {
        const kind = info.isDirectory()
            ? 'a directory'
            : info.isFIFO()
                ? 'a FIFO'
                : 'not a regular file';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${shown} is ${kind}`, `name ${what}`);
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

/***/ 71896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   SI: () => (/* binding */ writesOverlays),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   bp: () => (/* binding */ describeValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27251);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80662);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90652);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3171);





/** `sha-1a2b3c4`, `v1.2.3@sha256:…`, `ghcr.io/acme/api:v1`: an overlay value for sentences. */
function describeValue(value) {
    if (!value)
        return 'nothing';
    const ref = value.tag ?? (value.digest ? `@${value.digest.slice(0, 19)}…` : undefined);
    return ref ?? value.repository ?? 'nothing';
}
function short(digest) {
    return digest.slice(0, 19);
}
/** What the environment runs, for reasons: its value, digest and the commit it came from. */
function running(f, image) {
    const commit = f.deployed?.commit ? `, built from ${f.deployed.commit.sha.slice(0, 7)}` : '';
    return `${describeValue(f.deployed?.value)} (${short(image.digest)}…${commit})`;
}
/** Where an image came from, for reasons: its tag, digest and the commit it was built from. */
function origin(image) {
    const built = image.revision ? `, built from ${image.revision.slice(0, 7)}` : '';
    return `${image.tag} (${short(image.digest)}…${built})`;
}
function fail(f, name, reason, error) {
    return { kind: 'fail', name, image: f.image, reason, error };
}
/** verify: signature — the decision stands only on a verified signature (src/engine/trust.ts). */
function gated(f, ctx, d, need) {
    return (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .trusted */ .IZ)(f, ctx.facts, ctx.config, d, need);
}
function lookupError(lookup) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isProblem */ .A)(lookup) ? lookup.problem : undefined;
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
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
                throw err;
            return fail(f, 'skip', 'cannot be decided for this run', (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err));
        }
    });
    return sharedValues(decisions, input);
}
/** Whether this run writes overlays (a file edit or a commit); a plan never does. */
function writesOverlays(config) {
    return (config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan';
}
function decideImage(f, ctx) {
    const { config, trigger } = ctx;
    if (f.planned)
        return fromPlan(f, ctx);
    if (!config.registryCheck)
        return unverified(f);
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
    if (request?.kind === 'refs') {
        if (!f.requested) {
            return keepDeployed(f, 'skip', `not named in the tag input; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`);
        }
        return redeploy(f, f.requested, ctx);
    }
    if (trigger.kind === 'tag' || trigger.kind === 'release')
        return release(f, ctx);
    return bySource(f, ctx);
}
/** set-image --no-verify: what is asked for goes in as given; nothing else changes. */
function unverified(f) {
    const requested = f.requested;
    if (!requested) {
        return {
            kind: 'keep-unverified',
            image: f.image,
            reason: `not named; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`,
        };
    }
    return {
        kind: 'write-unverified',
        image: f.image,
        reason: `setting ${describeRequested(f, requested)} as given, without asking the registry`,
        write: {
            repository: requested.repository,
            ...(requested.tag ? { tag: requested.tag } : {}),
            ...(requested.digest ? { digest: requested.digest } : {}),
        },
    };
}
/** Keeps what the overlay runs (re-verified), or fails when it is not in the registry. */
function keepDeployed(f, name, reason) {
    const deployed = f.deployed;
    if (!deployed)
        return { kind: 'keep-unverified', image: f.image, reason };
    const problem = lookupError(deployed.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(deployed.image);
    if (!image) {
        return fail(f, name, reason, `the overlay ${deployed.overlay} runs ${describeValue(deployed.value)}, which is not in ${deployed.repository.name}`);
    }
    return { kind: 'keep', name, image: f.image, reason, target: image };
}
/**
 * Keeping what runs is a reuse when deploy config changed since the configuration the
 * environment runs (or may have), else a skip. That configuration is its newest record's
 * (src/engine/record.ts); without a record, the commit the running image was built from.
 */
function keepName(f) {
    const config = f.record?.config;
    if (config)
        return config.decision;
    return f.comparison.change.kind === 'deploy' || f.comparison.note ? 'reuse' : 'skip';
}
/** Why keepName decided as it did, when a record told it (appended to the reason). */
function configNote(f) {
    return f.record?.config ? `; ${f.record.config.reason}` : '';
}
// ---------------------------------------------------------------------------------------
// Holds (docs/record.md): after a rollback or an explicit redeploy moved the image away
// from its source, the auto rule keeps it where it is while the head's source is the same.
/** A held image keeps what it runs (verified), whatever its source's images are. */
function keepHeld(f, hold) {
    const reason = `${hold.reason}; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}${configNote(f)}`;
    const d = keepDeployed(f, keepName(f), reason);
    return d.kind === 'keep' ? { ...d, held: hold.origin } : d;
}
/** Environment tags (promote-tags) follow what a rollback or redeploy writes. */
function envTags(ctx) {
    const { config, trigger, policy } = ctx;
    if (!writesOverlays(config) || trigger.pullRequest)
        return [];
    return policy.env().map((tag) => ({ tag, mutable: true }));
}
/** The auto rule: reuse, promote, adopt or build, from the source key. */
function bySource(f, ctx) {
    const { config, policy } = ctx;
    // Only the auto rule reads the records: no `tag` input names the image here.
    const hold = f.record?.hold;
    if (hold)
        return keepHeld(f, hold);
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
    const source = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(f.sourceImage);
    const deployed = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(f.deployed?.image);
    if (source && deployed?.digest === source.digest) {
        const name = keepName(f);
        const keep = {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, an image of this source${configNote(f)}`,
            target: deployed,
        };
        return gated(f, ctx, keep, 'source');
    }
    // A rebuild of this source runs (force-build): the source tag names the first image, the
    // environment another one built from the same files — keep it, never swap it back.
    if (source && deployed && f.deployed?.sourceKey === key) {
        const keep = {
            kind: 'keep',
            name: keepName(f),
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, built from this source${configNote(f)}`,
            target: deployed,
        };
        return gated(f, ctx, keep, 'source');
    }
    const primary = policy.primary();
    if (source) {
        const promoted = promote(f, ctx, source, primary, `${why}; an image of this source exists: ${origin(source)}`);
        return gated(f, ctx, promoted, 'source');
    }
    const sourceTag = policy.sourceTag(key);
    const adopted = adoption(f, key);
    if (adopted) {
        const name = keepName(f);
        const keep = {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the deployed ${running(f, adopted)} was built from the same source before it had a source tag of this key version, so it is reused${sourceTag ? ` and gets ${sourceTag}` : ''}${configNote(f)}`,
            target: adopted,
            ...(sourceTag ? { adopt: sourceTag } : {}),
        };
        return gated(f, ctx, keep, 'source');
    }
    return build(f, ctx, `${why}; ${firstDeployNote(f) ?? 'no image of this source exists'}`);
}
/** The deployed image when its commit has the same source key (it predates source tags). */
function adoption(f, key) {
    const deployed = f.deployed;
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(deployed?.image);
    if (!deployed || !image || deployed.sourceKey !== key)
        return undefined;
    return image;
}
/** A note for an overlay value that names no image yet (a first deploy). */
function firstDeployNote(f) {
    const deployed = f.deployed;
    if (!deployed)
        return undefined;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(deployed.image))
        return undefined;
    if (deployed.value.tag === undefined && deployed.value.digest === undefined) {
        return `first deploy: ${deployed.overlay} names no image for ${f.image.name} yet, so the first build fills it in`;
    }
    return `first deploy: the overlay's ${describeValue(deployed.value)} is not an image in ${deployed.repository.name}, so the first build replaces it`;
}
/**
 * Builds the primary tag once: this run's, unless given (a matrix job builds its plan's,
 * with that tag's lookup). A tag the registry has already is not rebuilt.
 */
function build(f, ctx, reason, later = ctx.extra, { tag: primary, image: primaryImage } = primaryOf(f, ctx)) {
    const { policy } = ctx;
    const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(primaryImage);
    if (existing) {
        // A re-run: this commit's image is in the registry already (a tag is never rebuilt).
        const rerun = {
            kind: 'tag',
            name: 'build',
            image: f.image,
            reason: `${reason} (${primary} was already built by an earlier run; not rebuilt)`,
            target: existing,
            addTags: sourceTagToAdd(f, policy),
            laterTags: later,
            write: { tag: primary },
        };
        return gated(f, ctx, rerun, 'source');
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
/** This run's primary tag and what the registry holds under it. */
function primaryOf(f, ctx) {
    const tag = f.primary ?? ctx.policy.primary();
    return { tag, image: f.tagged.get(tag) };
}
/** The source tag, unless the registry has it already (a source keeps its first image). */
function sourceTagToAdd(f, policy) {
    if ('problem' in f.source || (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(f.sourceImage) || (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isProblem */ .A)(f.sourceImage))
        return [];
    // Source tags off: sourceTag() is undefined.
    const tag = policy.sourceTag(f.source.key);
    return tag ? [tag] : [];
}
function promote(f, ctx, source, tag, reason) {
    const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(f.tagged.get(tag));
    if (existing && existing.digest !== source.digest) {
        return fail(f, 'promote', reason, `${tag} already names another image (${short(existing.digest)}…) in ${existing.repository.name}; tags are never moved`);
    }
    return {
        kind: 'tag',
        name: 'promote',
        image: f.image,
        reason,
        target: source,
        addTags: [tag],
        laterTags: ctx.extra,
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
    const releaseImage = f.tagged.get(tag);
    const releaseProblem = lookupError(releaseImage);
    if (releaseProblem)
        return fail(f, 'promote', `release ${name}`, releaseProblem);
    if (ctx.config.forceBuild)
        return releaseBuild(f, ctx, `release ${name}: force-build is set`, later);
    if ('problem' in f.source)
        return fail(f, 'promote', `release ${name}`, f.source.problem);
    const sourceProblem = lookupError(f.sourceImage);
    if (sourceProblem)
        return fail(f, 'promote', `release ${name}`, sourceProblem);
    const source = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(f.sourceImage) ?? adoption(f, f.source.key);
    if (source) {
        const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(releaseImage);
        if (existing && existing.digest !== source.digest) {
            return fail(f, 'promote', `release ${name}`, `${tag} already names another image (${short(existing.digest)}…) in ${existing.repository.name}; release tags are never moved`);
        }
        const adopt = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(f.sourceImage) ? [] : sourceTagToAdd(f, policy);
        const promoted = {
            kind: 'tag',
            name: 'promote',
            image: f.image,
            reason: `release ${name}: promoting the image of ${trigger.head.slice(0, 7)}'s source, ${origin(source)}, without rebuilding`,
            target: source,
            addTags: adopt,
            laterTags: later,
            write: { tag },
        };
        return gated(f, ctx, promoted, 'source');
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
function redeploy(f, requested, ctx) {
    const reason = `redeploying the requested ${describeRequested(f, requested)} (was ${describeValue(f.deployed?.value)})`;
    const image = requestedImage(f, requested, 'reuse', reason);
    if ('kind' in image)
        return image;
    const written = pinnedWrite(f, ctx, 'reuse', reason, image, [], envTags(ctx), undefined, requested.digest !== undefined);
    return gated(f, ctx, written, 'digest');
}
/** `sha-1a2b3c4`, `v1@sha256:…`, `ghcr.io/acme/api:v1`: a requested ref, for sentences. */
function describeRequested(f, r) {
    const at = r.digest ? `@${short(r.digest)}…` : '';
    const ref = `${r.tag ?? ''}${at}`;
    return r.repository.name === f.image.repository.name ? ref : `${r.repository.name}:${ref}`;
}
/** The requested image as the registry has it, or the failure that says why it cannot be used. */
function requestedImage(f, requested, name, reason) {
    const problem = lookupError(requested.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(requested.image);
    if (image && requested.tag && requested.digest && image.tagDigest !== requested.digest) {
        // `TAG@sha256:…`: the tag must name the digest given.
        return fail(f, name, reason, `${requested.repository.name}:${requested.tag} ${image.tagDigest ? `is ${image.tagDigest}` : 'does not exist'}, not the digest given (${requested.digest})`);
    }
    if (image)
        return image;
    const what = `${requested.repository.name}${requested.tag ? `:${requested.tag}` : ''}${requested.digest ? `@${requested.digest}` : ''}`;
    return fail(f, name, reason, `${what} does not exist in registry ${requested.repository.domain} (no such tag, digest or repository); nothing was built — check the reference, or name only the images that have it (${f.image.name}=…, one per image)`);
}
/** A write of `image`'s tag; a mutable tag goes in only pinned to its digest. */
function pinnedWrite(f, ctx, name, reason, image, addTags = [], later = [], copyFrom, 
/** The tag was given with its digest (`TAG@sha256:…`): both are written. */
given = false) {
    const decision = (write) => ({
        kind: 'tag',
        name,
        image: f.image,
        reason,
        target: image,
        addTags,
        laterTags: later,
        write,
        ...(copyFrom ? { copyFrom: copyFrom.repository } : {}),
    });
    // A value that is only a digest is written as one.
    if (!image.tag)
        return decision({ digest: image.digest });
    const mutable = ctx.policy.mutableReason(image.tag);
    if (mutable && !ctx.config.pinDigest && !given) {
        return fail(f, name, reason, (0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .mutableTagRefusal */ .xo)(mutable, `set pin-digest: true to write it with its digest ${short(image.digest)}…, or give an immutable tag`));
    }
    if (mutable || given)
        return decision({ tag: image.tag, digest: image.digest });
    // An immutable tag goes in alone: it must still name the image (a pinned value whose tag
    // was moved by someone else would deploy another image).
    if (image.tagDigest !== image.digest) {
        return fail(f, name, reason, `${image.repository.name}:${image.tag} ${image.tagDigest ? `now points to ${image.tagDigest}` : 'no longer exists'}, not to the pinned ${image.digest}; tags are never moved back — deploy the digest or a tag that names it`);
    }
    return decision({ tag: image.tag });
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
    const written = pinnedWrite(f, ctx, 'rollback', `rolling ${f.image.name} back from ${from} to ${describeValue(rb.target.value)}, deployed by ${commit.slice(0, 7)}${skippedNote}`, image, [], envTags(ctx));
    return gated(f, ctx, written, 'digest');
}
/** mode build: build every (selected) image; a tag already built is not rebuilt. */
function buildMode(f, ctx) {
    const planned = f.requested?.tag;
    const reason = ctx.config.matrixImage
        ? `matrix build of ${f.image.name}`
        : 'mode "build" builds every image';
    if (planned === undefined)
        return build(f, ctx, reason);
    // A matrix job builds the tag its plan chose; that tag (not this run's own) tells whether
    // an earlier attempt built it already.
    const requested = f.requested?.image;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isProblem */ .A)(requested))
        return fail(f, 'build', reason, requested.problem);
    return build(f, ctx, reason, ctx.extra, { tag: planned, image: requested });
}
/** mode reuse: what the overlay runs (or the requested ref) must exist; nothing is built. */
function reuseMode(f, ctx) {
    if (f.requested)
        return redeploy(f, f.requested, ctx);
    if (!f.deployed) {
        return fail(f, 'reuse', 'mode "reuse"', `the overlay has no value for ${f.image.name} and no tag was given`);
    }
    const kept = keepDeployed(f, 'reuse', `mode "reuse": ${f.image.name} keeps running ${describeValue(f.deployed.value)}`);
    return gated(f, ctx, kept, 'digest');
}
/** mode promote: the source overlay's (or the requested) image goes to the target. */
function promoteMode(f, ctx) {
    const { facts, policy } = ctx;
    const env = policy.env().map((t) => ({ tag: t, mutable: true }));
    if (facts.gate && !facts.gate.ok)
        return fail(f, 'promote', 'promotion', facts.gate.reason);
    if (f.requested) {
        const reason = `promoting the requested ${describeRequested(f, f.requested)}`;
        const image = requestedImage(f, f.requested, 'promote', reason);
        if ('kind' in image)
            return image;
        return gated(f, ctx, promoteInto(f, ctx, image, reason, env, f.requested.as), 'digest');
    }
    const source = f.promoteSource;
    if (!source) {
        return keepDeployed(f, 'skip', `the source overlay does not run ${f.image.name}; it keeps running ${describeValue(f.deployed?.value)}`);
    }
    const reason = `promoting ${describeValue(source.value)} from ${source.overlay}`;
    const problem = lookupError(source.image);
    if (problem)
        return fail(f, 'promote', reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(source.image);
    if (!image) {
        return fail(f, 'promote', reason, `${source.repository.name}:${describeValue(source.value)} is not in the registry`);
    }
    if (source.value.tag === undefined) {
        return fail(f, 'promote', reason, `the source pins only a digest for ${f.image.name}; add its tag next to the digest in ${source.overlay}`);
    }
    return gated(f, ctx, promoteInto(f, ctx, image, reason, env), 'digest');
}
/**
 * Puts `image` into the image's own repository: as it is (same repository), or copied from
 * another repository (blob mounts, no pull) under its tag — or under `as`, which is then
 * added like any immutable tag (never moved unless allow-tag-overwrite).
 */
function promoteInto(f, ctx, image, reason, env, as) {
    const cross = image.repository.name !== f.image.repository.name;
    if (!cross && as === undefined)
        return pinnedWrite(f, ctx, 'promote', reason, image, [], env);
    const tag = as ?? image.tag;
    if (!tag) {
        return fail(f, 'promote', reason, `${image.repository.name}@${short(image.digest)}… has no tag to copy it under into ${f.image.repository.name}; name one (REF -> TAG)`);
    }
    const target = as === undefined
        ? { ...image, repository: f.image.repository }
        : { ...image, repository: f.image.repository, tag: as, tagDigest: image.digest };
    return pinnedWrite(f, ctx, 'promote', `${reason}${cross ? ` (copied from ${image.repository.name})` : ''}`, target, [tag], env, cross ? image : undefined);
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
    // The plan built or promoted an image of this source; its other images are redeploys.
    const need = planned.decision === 'build' || planned.decision === 'promote' ? 'source' : 'digest';
    if (planned.decision === 'skip' && planned.tag === '') {
        return { kind: 'keep-unverified', image: f.image, reason };
    }
    if (planned.decision === 'promote' && planned.digest) {
        // The planned promotion happens here, on the digest the plan found; the planned tag
        // (a release or this run's tag) moves with the other later tags, once all is verified.
        // A planned tag that names another image by now is never moved: fail before anything.
        const now = f.requested?.image;
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isProblem */ .A)(now))
            return fail(f, 'promote', reason, now.problem);
        if (now && now.digest !== planned.digest) {
            return fail(f, 'promote', reason, `${f.image.repository.name}:${planned.tag} already names another image (${short(now.digest)}…), not the planned ${short(planned.digest)}…; tags are never moved`);
        }
        const promoted = {
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
        return gated(f, ctx, promoted, need);
    }
    const requested = f.requested;
    const problem = requested ? lookupError(requested.image) : undefined;
    if (problem)
        return fail(f, planned.decision, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(requested?.image);
    if (!image) {
        return fail(f, planned.decision, reason, `${f.image.repository.name}:${planned.tag} is not in the registry; did its build job succeed?`);
    }
    if (planned.decision === 'skip' ||
        (planned.decision === 'reuse' && f.deployed?.value.tag === planned.tag)) {
        const keep = {
            kind: 'keep',
            name: planned.decision === 'skip' ? 'skip' : 'reuse',
            image: f.image,
            reason,
            target: image,
        };
        return gated(f, ctx, keep, need);
    }
    const addTags = planned.decision === 'build' ? sourceTagToAdd(f, ctx.policy) : [];
    const applied = {
        kind: 'tag',
        name: planned.decision,
        image: f.image,
        reason,
        target: image,
        addTags,
        laterTags: later.filter((t) => !addTags.includes(t.tag)),
        write: { tag: planned.tag },
    };
    return gated(f, ctx, applied, need);
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
            const slot = (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .overlaySlot */ .lJ)(state, f.image);
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
            const there = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .found */ .F)(f.tagged.get(tag));
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
        case 'write-unverified':
            return 'reuse';
        case 'build':
            return 'build';
    }
}


/***/ }),

/***/ 53810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   DT: () => (/* binding */ revisionOf),
/* harmony export */   _M: () => (/* binding */ repositoryOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98286);


const REVISION_LABEL = 'org.opencontainers.image.revision';
/**
 * Looks a tag (or digest) up; a registry that cannot answer gives a problem, not a throw.
 * A value pinned to a digest (`tag@digest`) is looked up both ways: the digest must exist,
 * and `tagDigest` records what the tag names now (another image, when it moved).
 */
async function lookup(deps, repository, tag, digest) {
    try {
        const registry = await deps.registries.forReference(repository);
        const [byDigest, byTag] = await Promise.all([
            digest
                ? registry.resolve((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(repository, undefined, digest))
                : Promise.resolve(undefined),
            tag ? registry.resolve((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(repository, tag)) : Promise.resolve(undefined),
        ]);
        const image = digest ? byDigest : byTag;
        if (!image)
            return undefined;
        const found = {
            repository,
            tag: tag ?? '',
            digest: image.digest,
            mediaType: image.mediaType,
            size: image.size,
        };
        if (tag && byTag)
            found.tagDigest = byTag.digest;
        return found;
    }
    catch (err) {
        return { problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) };
    }
}
/** The revision label of an image, or undefined when it has none (or cannot be read). */
async function revisionOf(deps, image) {
    try {
        const registry = await deps.registries.forReference(image.repository);
        const config = await registry.imageConfig((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(image.repository, undefined, image.digest));
        const revision = config?.labels[REVISION_LABEL];
        return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined;
    }
    catch (err) {
        deps.logger.debug(`cannot read the labels of ${image.repository.name}@${image.digest}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        return undefined;
    }
}
/** The repository an overlay value points at: its own (without tag or digest), else the image's. */
function repositoryOf(value, image) {
    if (value.repository === undefined)
        return image.repository;
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseReference */ .WF)(value.repository);
    return parsed.ok ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(parsed.ref) : image.repository;
}


/***/ }),

/***/ 21731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ factNeeds)
/* harmony export */ });
const NONE = {
    tree: false,
    sourceTags: false,
    primary: false,
    release: false,
    comparison: false,
    gate: false,
    rollback: false,
    records: false,
    recordKeys: false,
    labels: false,
};
/** The run writes overlays, so it writes a record (the same rule as decide's writesOverlays). */
function writesRecord(config) {
    return ((config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan' && !config.dryRun);
}
function releaseTrigger(trigger) {
    return (trigger.kind === 'tag' || trigger.kind === 'release') && !trigger.deleted;
}
function factNeeds(config, trigger) {
    const needs = byMode(config, trigger);
    // Only the reason's "built from" reads the label: worth a request, except in a plan.
    const labels = needs.sourceTags && config.mode !== 'plan';
    // image-promote sign states the requested image's source: its key at the head commit.
    return { ...needs, labels, ...(config.signRequested ? { tree: true } : {}) };
}
function byMode(config, trigger) {
    const recordKeys = writesRecord(config);
    // A fan-out deploy job applies its plan: the planned builds get their source tags.
    if (config.fromPlan)
        return { ...NONE, tree: true, sourceTags: true };
    switch (config.mode) {
        case 'build':
            return { ...NONE, tree: true, sourceTags: true, primary: config.tag === undefined };
        case 'reuse':
            return { ...NONE, recordKeys: recordKeys && config.tag !== undefined };
        case 'rollback':
            return { ...NONE, rollback: true, recordKeys };
        case 'promote':
            return { ...NONE, gate: releaseTrigger(trigger) };
        case 'auto':
        case 'plan':
            break;
    }
    if (trigger.deleted)
        return NONE;
    if (config.tag?.kind === 'previous')
        return { ...NONE, rollback: true, recordKeys };
    if (config.tag?.kind === 'refs')
        return { ...NONE, recordKeys };
    if (releaseTrigger(trigger)) {
        // The adoption of an image built before source tags needs the deployed commit's key.
        return { ...NONE, tree: true, sourceTags: true, release: true, comparison: true, gate: true };
    }
    return {
        ...NONE,
        tree: true,
        sourceTags: true,
        primary: true,
        comparison: true,
        records: true,
    };
}


/***/ }),

/***/ 80662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ readOverlayFor),
/* harmony export */   aG: () => (/* binding */ updatesFor),
/* harmony export */   gR: () => (/* binding */ canHold),
/* harmony export */   lJ: () => (/* binding */ overlaySlot),
/* harmony export */   nt: () => (/* binding */ readOverlayStates),
/* harmony export */   uk: () => (/* binding */ overlayValue),
/* harmony export */   xh: () => (/* binding */ readOverlayTextFor)
/* harmony export */ });
/* harmony import */ var _config_images_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70286);
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13768);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23657);
/**
 * The engine's view of overlay state: read every overlay once, and what one says an image
 * runs. The write phase plans its edits from the same state (no second read). Each file is
 * read with the images as it sees them (imageFor: an image's per-file key and value).
 */



/**
 * The images as `path` sees them, and those with a key there (or no per-file key map): an
 * image whose key map does not name the file is not looked for in it by key.
 */
function imagesIn(images, path) {
    const all = images.map((i) => (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(i, path));
    return { all, keyed: all.filter((i, n) => i.key !== undefined || !images[n]?.keyByFile) };
}
/** A kustomization names images without keys: there every image is looked for. */
function complete(state, all, keyed) {
    if (keyed === all.length)
        return state;
    if (state.format === 'kustomize')
        return (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readOverlayText */ .e)(state.text, state.overlay, all);
    const images = new Map(state.images);
    for (const { name } of all)
        if (!images.has(name))
            images.set(name, { name, found: false, value: {} });
    return { ...state, images };
}
/** What `text` (the overlay now or at some commit) says about `images`, per-file keys applied. */
function readOverlayTextFor(text, overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete((0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readOverlayText */ .e)(text, overlay, keyed), all, keyed.length);
}
/** Reads one overlay file, per-file keys applied. */
async function readOverlayFor(overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete(await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readOverlay */ .re)(overlay, keyed), all, keyed.length);
}
function readOverlayStates(overlays, images) {
    return Promise.all(overlays.map((o) => readOverlayFor(o, images)));
}
/**
 * `updates` with each image as `state`'s file sees it, for planning the edit. A key-path file
 * the image's key map does not name cannot hold it: a UserError naming image, file and patterns.
 */
function updatesFor(state, updates) {
    const path = state.overlay.path;
    return updates.map((u) => ({
        ...u,
        image: state.format === 'kustomize' ? (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(u.image, path) : (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .requireImageFor */ .O2)(u.image, path),
    }));
}
/** Whether `image` can be written into `state` (kustomize, or a key for its file). */
function canHold(state, image) {
    return state.format === 'kustomize' || (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(image, state.overlay.path).key !== undefined;
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


/***/ }),

/***/ 90652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ trusted),
/* harmony export */   cx: () => (/* binding */ signatureKey),
/* harmony export */   zv: () => (/* binding */ verifiedSignature)
/* harmony export */ });
/* unused harmony exports signedIn, signedBy */
/* harmony import */ var _source_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3317);

/** How the facts key a digest's signature check. */
function signatureKey(repository, digest) {
    return `${repository}@${digest}`;
}
/** `… in https://github.com/acme/app/actions/runs/42/attempts/1`, or where no run signed. */
function signedIn(s) {
    return s.runUrl !== undefined
        ? `in ${s.runUrl}`
        : `outside a workflow run (${s.repository} at ${s.commit.slice(0, 7)})`;
}
/** `signed by <identity> in <run>`: the words a verified reason ends with. */
function signedBy(s) {
    return `signed by ${s.identity} ${signedIn(s)}`;
}
function refuse(d, error) {
    return { kind: 'fail', name: d.name, image: d.image, reason: d.reason, error };
}
/**
 * `d` as the gate lets it through (its reason naming the signer), or a failure. Decisions
 * that rely on no existing image (build, fail, nothing to verify) pass unchanged, as does
 * everything when verify is none.
 */
function trusted(f, facts, config, d, need) {
    if (config.verify === undefined || (d.kind !== 'keep' && d.kind !== 'tag'))
        return d;
    // A copy from another repository is verified where its signatures are: its source.
    const repository = (d.kind === 'tag' ? d.copyFrom : undefined) ?? d.target.repository;
    const digest = d.target.digest;
    const where = `${digest} in ${repository.name}`;
    const fact = facts.signatures?.get(signatureKey(repository.name, digest));
    if (fact === undefined) {
        return refuse(d, `${where} was not checked for a signature, and verify: signature trusts nothing unchecked`);
    }
    if (!fact.ok) {
        return refuse(d, `${fact.problem}; verify: signature requires ${fact.required} — sign it from a trusted workflow (image-promote sign) only if you know what it was built from, or deploy an image signed under the policy`);
    }
    const s = fact.signature;
    if (need === 'source') {
        if ('problem' in f.source) {
            return refuse(d, `${where} is ${signedBy(s)}, but this image's source key is unknown (${f.source.problem}), so the statement cannot be compared with it`);
        }
        const key = f.source.key;
        if (s.sourceKey !== key || s.sourceKeyVersion !== _source_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_KEY_VERSION */ .PO) {
            const version = s.sourceKeyVersion === _source_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_KEY_VERSION */ .PO ? '' : ` (${s.sourceKeyVersion})`;
            return refuse(d, `${where} is ${signedBy(s)}, but for another source: source key ${s.sourceKey.slice(0, 16)}…${version} of ${s.repository} at ${s.commit.slice(0, 7)}, not this image's ${key.slice(0, 16)}… (${_source_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_KEY_VERSION */ .PO}); verify: signature requires a statement of this source — an image of other code under this source's tag is never deployed`);
        }
    }
    return { ...d, reason: `${d.reason}; ${signedBy(s)}` };
}
/** The signature an image's result reports: the one its decision was verified by. */
function verifiedSignature(facts, d) {
    if (d.kind !== 'keep' && d.kind !== 'tag')
        return undefined;
    const repository = (d.kind === 'tag' ? d.copyFrom : undefined) ?? d.target.repository;
    const fact = facts.signatures?.get(signatureKey(repository.name, d.target.digest));
    return fact?.ok ? fact.signature : undefined;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ isProblem),
/* harmony export */   F: () => (/* binding */ found)
/* harmony export */ });
function isProblem(lookup) {
    return lookup !== undefined && 'problem' in lookup;
}
function found(lookup) {
    return lookup !== undefined && !('problem' in lookup) ? lookup : undefined;
}


/***/ }),

/***/ 99668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ isVersionTag),
/* harmony export */   NO: () => (/* binding */ triggerFromEvent),
/* harmony export */   dT: () => (/* binding */ TriggerError)
/* harmony export */ });
/* unused harmony export versionFromTagName */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71243);
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
/** `v1.2.3` → `1.2.3`; other names are returned unchanged. */
function versionFromTagName(name) {
    return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}
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
                    ...(release ? { tagName, version: versionFromTagName(tagName) } : {}),
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


/***/ }),

/***/ 73329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   kM: () => (/* binding */ defaultAdvice)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BODY_BYTES, networkReason, redactUrl */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28902);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71517);


/** The default advice: 429 and 5xx are retried, Retry-After honoured. */
function defaultAdvice(res, now) {
    if (!(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryableStatus */ .PS)(res.status))
        return { retry: false };
    const delayMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(res.headers.get('retry-after'), now);
    return {
        retry: true,
        throttled: res.status === 429,
        ...(delayMs !== undefined ? { delayMs } : {}),
    };
}
/** The default cap on a buffered body: far above any manifest or API page. */
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
class TimeoutError extends Error {
    name = 'TimeoutError';
}
// Duck-typed: errors may come from another realm (undici's, or under jest's VM modules).
function asError(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const e = err;
    return typeof e.name === 'string' && typeof e.message === 'string' ? e : undefined;
}
/** The first error code (ECONNRESET, UND_ERR_…) in the cause chain. */
function errorCode(err) {
    let cur = asError(err);
    for (let depth = 0; depth < 4 && cur; depth++) {
        if (typeof cur.code === 'string')
            return cur.code;
        cur = asError(cur.cause);
    }
    return undefined;
}
/** Network-level failures worth another attempt (by code; fetch wraps them in a TypeError). */
function isTransientError(err) {
    if (err instanceof TimeoutError)
        return true;
    const e = asError(err);
    if (!e)
        return false;
    if (e.name === 'TypeError' && (e.message === 'fetch failed' || e.message === 'terminated')) {
        return true;
    }
    return (typeof e.code === 'string' &&
        /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|UND_ERR_)/.test(e.code));
}
/** Failures that happen before a request reaches the server: safe to repeat any request. */
function neverSent(err) {
    const code = errorCode(err);
    return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENOTFOUND';
}
/** The low-level reason (ECONNRESET, "socket hang up") behind a network failure. */
function networkReason(err) {
    let cur = asError(err);
    let reason = cur ? cur.message : String(err);
    for (let depth = 0; depth < 4 && cur; depth++) {
        if (typeof cur.code === 'string')
            return `${cur.code}${cur.message ? `: ${cur.message}` : ''}`;
        reason = cur.message || reason;
        cur = asError(cur.cause);
    }
    return reason;
}
class HttpClient {
    options;
    clock;
    maxBodyBytes;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
        this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    }
    get policy() {
        return this.options.policy;
    }
    /** Sends with retries and reads the whole body (bounded: see maxBodyBytes). */
    buffered(req, ctx) {
        return this.withRetries(req, ctx, false);
    }
    /**
     * Sends with retries; a 2xx body is handed back unread as `stream` (blob downloads), anything
     * else is read into `body`. The timeout covers the headers only for a streamed body: a body
     * that fails midway is retried by the caller, which restarts the whole transfer.
     */
    stream(req, ctx) {
        return this.withRetries(req, ctx, true);
    }
    async withRetries(req, ctx, streamBody) {
        const { policy, logger, describe } = this.options;
        const advise = this.options.advise ?? defaultAdvice;
        const replayable = req.body === undefined || Buffer.isBuffer(req.body);
        const idempotent = req.idempotent ?? true;
        const started = this.clock.now();
        for (let attempt = 1;; attempt++) {
            let outcome;
            try {
                outcome = { response: await this.once(req, streamBody, attempt) };
            }
            catch (error) {
                outcome = { error };
            }
            const retriesLeft = replayable && attempt <= policy.retries;
            if ('response' in outcome) {
                const res = outcome.response;
                const advice = advise(res, this.clock.now());
                if (!advice.retry || !retriesLeft || (!idempotent && advice.throttled !== true)) {
                    return res;
                }
                const delay = Math.max(advice.delayMs ?? 0, (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(policy, attempt - 1, this.clock.random));
                if (this.clock.now() + delay - started > policy.maxElapsedMs)
                    return res;
                logger.info(`${describe(ctx)}: HTTP ${res.status}${advice.note ? ` (${advice.note})` : ''} on ${ctx.operation}; retrying in ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
                await this.clock.sleep(delay);
                continue;
            }
            const { error } = outcome;
            if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .BodyTooLargeError */ .Au) {
                throw this.options.failure(ctx, {
                    kind: 'too-large',
                    limit: error.limit,
                    attempts: attempt,
                });
            }
            if (!isTransientError(error))
                throw error;
            const delay = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(policy, attempt - 1, this.clock.random);
            const again = retriesLeft && (idempotent || neverSent(error));
            if (!again || this.clock.now() + delay - started > policy.maxElapsedMs) {
                throw this.options.failure(ctx, {
                    kind: 'unreachable',
                    reason: networkReason(error),
                    attempts: attempt,
                });
            }
            logger.info(`${describe(ctx)}: ${networkReason(error)} on ${ctx.operation}; retrying in ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
            await this.clock.sleep(delay);
        }
    }
    async once(req, streamBody, attempt) {
        const { policy, logger } = this.options;
        const controller = new AbortController();
        let timer = setTimeout(() => {
            controller.abort();
        }, policy.timeoutMs);
        // A streamed upload may take long; what must not happen is a stall, so every chunk that
        // flows restarts the clock (an idle timeout), and the answer must follow the last chunk.
        const touch = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                controller.abort();
            }, policy.timeoutMs);
        };
        const raw = req.body;
        const payload = raw === undefined || Buffer.isBuffer(raw) ? raw : tap(raw, touch);
        try {
            const res = await this.options.transport({
                method: req.method,
                url: req.url,
                headers: req.headers ?? {},
                ...(payload !== undefined ? { body: payload } : {}),
                signal: controller.signal,
            });
            logger.debug(`${req.method} ${redactUrl(req.url)} → ${res.status}`);
            if (streamBody && res.status >= 200 && res.status < 300) {
                clearTimeout(timer);
                return {
                    status: res.status,
                    headers: res.headers,
                    body: EMPTY,
                    stream: res.body,
                    discard: res.discard,
                    attempts: attempt,
                };
            }
            if (req.method === 'HEAD') {
                res.discard();
                return { status: res.status, headers: res.headers, body: EMPTY, attempts: attempt };
            }
            // Reading the body (under the same timer) also returns the connection to the pool.
            const body = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .CB)(res.body, this.maxBodyBytes);
            return { status: res.status, headers: res.headers, body, attempts: attempt };
        }
        catch (err) {
            // Only our timer aborts this controller.
            if (controller.signal.aborted)
                throw new TimeoutError(`timed out after ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(policy.timeoutMs)}`);
            throw err;
        }
        finally {
            clearTimeout(timer);
        }
    }
}
const EMPTY = Buffer.alloc(0);
async function* tap(source, onChunk) {
    for await (const chunk of source) {
        onChunk();
        yield chunk;
    }
}
/** Drops the query (upload `_state`, token parameters) from URLs that reach logs. */
function redactUrl(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?…`;
}


/***/ }),

/***/ 28902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yq: () => (/* binding */ parseRateLimitReset)
/* harmony export */ });
const DEFAULT_RETRY_POLICY = {
    retries: 4,
    minDelayMs: 250,
    maxDelayMs: 8000,
    maxElapsedMs: 60_000,
    timeoutMs: 30_000,
};
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** 429 and the 5xx statuses that say "not now" rather than "never". */
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status);
}
/** Retry-After as ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === null)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/**
 * GitHub's primary rate limit: `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch
 * seconds) → ms until the reset (at least 0); undefined when the limit is not exhausted.
 */
function parseRateLimitReset(headers, now) {
    if (headers.get('x-ratelimit-remaining')?.trim() !== '0')
        return undefined;
    const reset = headers.get('x-ratelimit-reset')?.trim() ?? '';
    if (!/^\d+$/.test(reset))
        return undefined;
    return Math.max(0, Number(reset) * 1000 - now);
}
/** Backoff before retry number `retry` (0-based): half fixed, half random ("equal jitter"). */
function backoffDelay(policy, retry, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 71517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ BodyTooLargeError),
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   _2: () => (/* binding */ fetchTransport),
/* harmony export */   _3: () => (/* binding */ nodeTransport),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export readAll */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The wire under HttpClient (./client.ts): node:http(s) with keep-alive agents by default, or
 * any fetch (tests). node:http is the default because the global fetch loads undici on first
 * use (~25 ms, a large share of a short CLI run), and because it never decodes a
 * Content-Encoding: the bytes hashed are the bytes the registry stored.
 *
 * Redirects: followed within the origin; to another origin either followed without the
 * Authorization header (registries: blob downloads go to a CDN) or not followed at all (the
 * GitHub API: the 3xx answer is handed back and the caller refuses it).
 */



const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
class NodeHeaders {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    get(name) {
        const value = this.raw[name.toLowerCase()];
        if (value === undefined)
            return null;
        return Array.isArray(value) ? value.join(', ') : value;
    }
}
/**
 * A transport on node:http(s). Follows redirects (blob downloads often go to a CDN); one that
 * leaves the origin loses the Authorization header, or is not followed (`crossOrigin: stop`).
 */
function nodeTransport(options = {}) {
    const crossOrigin = options.crossOrigin ?? 'drop-authorization';
    // Idle keep-alive sockets are unref'd by node, so they never hold the process open.
    const http = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 16 });
    // TLS loads on the first https request (a plain-HTTP registry never needs it).
    let https;
    const tls = () => (https ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)).then((m) => ({
        agent: new m.Agent({ keepAlive: true, maxSockets: 16 }),
        request: m.request,
    })));
    const once = async (req, url) => {
        const secure = url.protocol === 'https:' ? await tls() : undefined;
        return new Promise((resolve, reject) => {
            const send = secure ? secure.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
            const outgoing = send(url, {
                method: req.method,
                headers: req.headers,
                agent: secure ? secure.agent : http,
                signal: req.signal,
            });
            outgoing.once('response', resolve);
            outgoing.once('error', reject);
            const body = req.body;
            if (body === undefined)
                outgoing.end();
            else if (Buffer.isBuffer(body))
                outgoing.end(body);
            else {
                // A failing source must abort the upload rather than leave it hanging.
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(body), outgoing).catch((err) => {
                    outgoing.destroy(err instanceof Error ? err : new Error(String(err)));
                });
            }
        });
    };
    return async (req) => {
        let url = new URL(req.url);
        let current = req;
        for (let hop = 0;; hop++) {
            const res = await once(current, url);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            const replayable = current.body === undefined || Buffer.isBuffer(current.body);
            const next = location ? safeUrl(location, url) : undefined;
            const leaves = next !== undefined && next.origin !== url.origin;
            const follow = !(leaves && crossOrigin === 'stop');
            if (REDIRECTS.has(status) && next && follow && hop < MAX_REDIRECTS && replayable) {
                res.resume();
                const headers = { ...current.headers };
                if (leaves) {
                    delete headers.Authorization;
                    delete headers.authorization;
                }
                const toGet = status === 303 && current.method !== 'HEAD';
                current = {
                    ...current,
                    url: next.toString(),
                    headers,
                    method: toGet ? 'GET' : current.method,
                    ...(toGet ? { body: undefined } : {}),
                };
                url = next;
                continue;
            }
            return {
                status,
                headers: new NodeHeaders(res.headers),
                body: res,
                discard: () => {
                    res.resume();
                },
            };
        }
    };
}
/** `location` resolved against `base`; undefined when it is not a URL, or not http(s). */
function safeUrl(location, base) {
    try {
        const url = new URL(location, base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
/** Adapts a fetch implementation (the test seam) to a Transport. */
function fetchTransport(fetchImpl) {
    return async (req) => {
        const init = {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
        };
        if (Buffer.isBuffer(req.body))
            init.body = req.body;
        else if (req.body) {
            // undici takes any async iterable as a streamed body, with duplex set.
            init.body = req.body;
            init.duplex = 'half';
        }
        const res = await fetchImpl(req.url, init);
        const stream = res.body;
        return {
            status: res.status,
            headers: res.headers,
            body: stream ?? EMPTY_BODY,
            discard: () => {
                stream?.cancel().catch(() => undefined);
            },
        };
    };
}
const EMPTY_BODY = {
    [Symbol.asyncIterator]: () => ({
        next: () => Promise.resolve({ done: true, value: undefined }),
    }),
};
/** Reads a whole body. */
function readAll(body) {
    return readBounded(body, Infinity);
}
/** A body longer than the reader's cap; reading stopped there. */
class BodyTooLargeError extends Error {
    limit;
    name = 'BodyTooLargeError';
    constructor(limit) {
        super(`the answer is larger than ${formatBytes(limit)}; reading stopped there`);
        this.limit = limit;
    }
}
/**
 * Reads a body up to `maxBytes`. One byte more stops the read (the stream is destroyed,
 * nothing more is received) and throws BodyTooLargeError: memory stays bounded whatever
 * the server sends.
 */
async function readBounded(body, maxBytes) {
    const chunks = [];
    let total = 0;
    // Leaving the loop early (the throw) returns the iterator, which destroys the stream.
    for await (const chunk of body) {
        total += chunk.byteLength;
        if (total > maxBytes)
            throw new BodyTooLargeError(maxBytes);
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks, total);
}
/** `32 MiB`, `512 KiB`, `100 bytes`. */
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 14950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ checkEncoding),
/* harmony export */   __: () => (/* binding */ ByteText),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony exports decodeBytes, byteOffsets, unchangedOutside */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_offsets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68644);
/**
 * Overlay files are bytes. Every edit writes the original bytes back with only the values'
 * byte ranges replaced — CRLF, a BOM, Latin-1 or other non-UTF-8 bytes, NUL, whatever the
 * file holds stays exactly as it was.
 *
 * The parsers read a text view of the bytes, decoded losslessly: valid UTF-8 as the
 * characters it encodes, and every byte that is not part of a valid UTF-8 sequence as one
 * lone surrogate, U+DC80–U+DCFF (U+DC00 + the byte). Valid UTF-8 never decodes to a lone
 * surrogate, so the view maps back to the bytes exactly and each character offset has one
 * byte offset (`decodeBytes`, `byteOffsets`).
 *
 * An edit is a ByteText: the original bytes and view, and the splices made to the view so far
 * (a piece table, in the view's character offsets). `bytes()` builds the new file from the
 * original bytes between the spliced ranges and the UTF-8 encoding of the new text, then
 * checks it: every byte outside the spliced ranges is the original byte, and the new bytes
 * decode to exactly the text the format's parser verified. New text must be well-formed
 * Unicode, and ASCII when the file is not UTF-8 (its encoding is unknown, so a non-ASCII
 * character could not be spelled in it); otherwise the edit is refused with the file and
 * line.
 */



/** The number of bytes of the valid UTF-8 sequence at `i`, or 0 when there is none. */
function sequenceLength(b, i) {
    const lead = b[i] ?? 0;
    const at = (k, lo = 0x80, hi = 0xbf) => {
        const c = b[i + k];
        return c !== undefined && c >= lo && c <= hi;
    };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return at(1) ? 2 : 0;
    if (lead === 0xe0)
        return at(1, 0xa0) && at(2) ? 3 : 0;
    if (lead === 0xed)
        return at(1, 0x80, 0x9f) && at(2) ? 3 : 0;
    if (lead >= 0xe1 && lead <= 0xef)
        return at(1) && at(2) ? 3 : 0;
    if (lead === 0xf0)
        return at(1, 0x90) && at(2) && at(3) ? 4 : 0;
    if (lead >= 0xf1 && lead <= 0xf3)
        return at(1) && at(2) && at(3) ? 4 : 0;
    if (lead === 0xf4)
        return at(1, 0x80, 0x8f) && at(2) && at(3) ? 4 : 0;
    return 0;
}
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
/** The lossless text view of `bytes` (see the module comment). */
function decodeBytes(bytes) {
    const buf = asBuffer(bytes);
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        return buf.toString('utf8');
    const parts = [];
    let run = 0;
    let i = 0;
    while (i < buf.length) {
        const n = sequenceLength(buf, i);
        if (n > 0) {
            i += n;
            continue;
        }
        if (run < i)
            parts.push(buf.toString('utf8', run, i));
        parts.push(String.fromCharCode(0xdc00 + (buf[i] ?? 0)));
        i++;
        run = i;
    }
    if (run < buf.length)
        parts.push(buf.toString('utf8', run));
    return parts.join('');
}
/** Whether `code` is a surrogate that stands for one raw byte in a decoded view. */
function isByteEscape(code) {
    return code >= 0xdc80 && code <= 0xdcff;
}
/**
 * The byte offset of each character offset in `offsets` (ascending) in a decoded view:
 * the inverse of decodeBytes, one pass over the text.
 */
function byteOffsets(text, offsets) {
    const out = [];
    let char = 0;
    let byte = 0;
    for (const target of offsets) {
        if (target < char)
            throw new Error('internal error: byte offsets asked out of order');
        while (char < target) {
            const code = text.charCodeAt(char);
            if (code < 0x80)
                byte += 1;
            else if (code < 0x800)
                byte += 2;
            else if (code >= 0xd800 && code <= 0xdbff) {
                const next = text.charCodeAt(char + 1);
                if (next >= 0xdc00 && next <= 0xdfff) {
                    if (char + 1 === target) {
                        throw new Error('internal error: an offset inside a surrogate pair');
                    }
                    byte += 4;
                    char += 2;
                    continue;
                }
                byte += 3;
            }
            else if (isByteEscape(code))
                byte += 1;
            else
                byte += 3;
            char++;
        }
        out.push(byte);
    }
    return out;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE = new RegExp(`[\\x00-\\x08\\x0a-\\x1f\\x7f]|${LONE_SURROGATE.source}`, 'g');
/**
 * `text` for a message: a raw byte (a byte escape of the view) and control characters as
 * `\xNN`, any other lone surrogate as `\uNNNN`.
 */
function printable(text) {
    return text.replace(UNPRINTABLE, (ch) => {
        const code = ch.charCodeAt(0);
        if (isByteEscape(code))
            return `\\x${(code - 0xdc00).toString(16).toUpperCase()}`;
        if (code < 0x80)
            return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
        return `\\u${code.toString(16).toUpperCase()}`;
    });
}
const BOMS = [
    [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
    [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
    [[0xfe, 0xff], 'UTF-16'],
    [[0xff, 0xfe], 'UTF-16'],
];
/**
 * Refuses a file that starts with a UTF-16 or UTF-32 byte order mark: the formats are read
 * as UTF-8 (a UTF-8 BOM is fine and kept).
 */
function checkEncoding(bytes, file) {
    for (const [bom, name] of BOMS) {
        if (bom.every((b, i) => bytes[i] === b)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} starts with a ${name} byte order mark; image-promote reads and writes overlays as UTF-8 — save the file as UTF-8`);
        }
    }
}
function pieceLength(p) {
    return p.kind === 'kept' ? p.to - p.from : p.text.length;
}
/**
 * Whether `after` is `before` with only `changes` replaced (in order, not overlapping): the
 * bytes before, between and after the changed ranges must be identical.
 */
function unchangedOutside(before, after, changes) {
    let from = 0;
    let shift = 0;
    const same = (a, b) => Buffer.compare(asBuffer(before).subarray(a, b), asBuffer(after).subarray(a + shift, b + shift)) === 0;
    for (const c of changes) {
        if (c.start < from || c.end < c.start)
            return false;
        if (!same(from, c.start))
            return false;
        shift += c.length - (c.end - c.start);
        from = c.end;
    }
    return after.length - shift === before.length && same(from, before.length);
}
class ByteText {
    original;
    originalText;
    pieces;
    text;
    constructor(
    /** The file's bytes as read. */
    original, 
    /** The decoded view of `original`. */
    originalText, pieces, 
    /** The current text: the original view with the splices made so far. */
    text) {
        this.original = original;
        this.originalText = originalText;
        this.pieces = pieces;
        this.text = text;
    }
    static fromBytes(bytes) {
        const original = asBuffer(bytes);
        const text = decodeBytes(original);
        const pieces = text === '' ? [] : [{ kind: 'kept', from: 0, to: text.length }];
        return new ByteText(original, text, pieces, text);
    }
    /** `text` as UTF-8 bytes (a lone surrogate becomes U+FFFD, as in any UTF-8 encoder). */
    static fromString(text) {
        return ByteText.fromBytes(Buffer.from(text, 'utf8'));
    }
    /** Whether the original bytes are valid UTF-8 (else only ASCII is written into them). */
    get utf8() {
        return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.original);
    }
    /**
     * The text with `splices` made; their offsets are in the current text and must not
     * overlap.
     */
    splice(splices) {
        let pieces = [...this.pieces];
        let text = this.text;
        for (const s of [...splices].sort((a, b) => b.start - a.start)) {
            if (s.start < 0 || s.end < s.start || s.end > text.length) {
                throw new Error(`internal error: splice ${s.start}-${s.end} outside the text`);
            }
            pieces = replace(pieces, s);
            text = text.slice(0, s.start) + s.text + text.slice(s.end);
        }
        return new ByteText(this.original, this.originalText, pieces, text);
    }
    /** The replaced ranges of the original view, in order. */
    changes() {
        const out = [];
        let at = 0;
        let open;
        for (const p of this.pieces) {
            if (p.kind === 'new') {
                if (open)
                    open.text += p.text;
                else
                    open = { start: at, end: at, text: p.text };
                continue;
            }
            if (p.from > at) {
                if (!open)
                    open = { start: at, end: at, text: '' };
                open.end = p.from;
            }
            if (open) {
                if (open.start !== open.end || open.text !== '')
                    out.push(open);
                open = undefined;
            }
            at = p.to;
        }
        const end = this.originalText.length;
        if (at < end || open) {
            const last = open ?? { start: at, end: at, text: '' };
            last.end = end;
            if (last.start !== last.end || last.text !== '')
                out.push(last);
        }
        return out;
    }
    /** Whether any splice changed the text. */
    get changed() {
        return this.changes().length > 0;
    }
    /**
     * The bytes of the edited file: the original bytes outside the changed ranges, the UTF-8
     * of the new text inside them — checked (see the module comment). Throws a UserError
     * naming `file` and the line when new text cannot be written into this file.
     */
    bytes(file) {
        const changes = this.changes();
        if (changes.length === 0)
            return this.original;
        const lines = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_2__/* .lineIndex */ .Dp)(this.originalText);
        const utf8 = this.utf8;
        const offsets = byteOffsets(this.originalText, changes.flatMap((c) => [c.start, c.end]));
        const parts = [];
        const byteChanges = [];
        let from = 0;
        changes.forEach((c, i) => {
            const start = offsets[2 * i] ?? 0;
            const end = offsets[2 * i + 1] ?? 0;
            const at = `${file}:${lines.line(c.start)}`;
            if (LONE_SURROGATE.test(c.text)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${at}: cannot write ${JSON.stringify(printable(c.text.trim()))}: it is not valid Unicode text (a lone surrogate) — check the value and key names in the configuration`);
            }
            if (!utf8 && /[\u0080-\uffff]/.test(c.text)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${at}: cannot write ${JSON.stringify(c.text.trim())} into ${file}: the file is not UTF-8 (it has bytes that are not valid UTF-8), so its encoding is unknown and only ASCII can be written into it — save the file as UTF-8, or use ASCII names`);
            }
            const replacement = Buffer.from(c.text, 'utf8');
            parts.push(this.original.subarray(from, start), replacement);
            byteChanges.push({ start, end, length: replacement.length });
            from = end;
        });
        parts.push(this.original.subarray(from));
        const out = Buffer.concat(parts);
        const refuse = (why) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: refusing to write it: ${why}; the file was not changed`);
        };
        if (!unchangedOutside(this.original, out, byteChanges)) {
            refuse('the new bytes differ from the old ones outside the values written');
        }
        if (decodeBytes(out) !== this.text) {
            refuse('next to the bytes around it, the new text would read as different characters (a byte that is not UTF-8 right before or after the value?)');
        }
        return out;
    }
}
/** `pieces` with the characters `s.start`–`s.end` of their text replaced by `s.text`. */
function replace(pieces, s) {
    const out = [];
    let at = 0;
    let inserted = false;
    const insert = () => {
        if (inserted)
            return;
        inserted = true;
        if (s.text !== '')
            out.push({ kind: 'new', text: s.text });
    };
    for (const p of pieces) {
        const len = pieceLength(p);
        const start = at;
        const end = at + len;
        at = end;
        if (end <= s.start) {
            out.push(p);
            continue;
        }
        if (start < s.start)
            out.push(slicePiece(p, 0, s.start - start));
        insert();
        if (end > s.end)
            out.push(slicePiece(p, Math.max(s.end - start, 0), len));
    }
    insert();
    return out;
}
function slicePiece(p, from, to) {
    return p.kind === 'kept'
        ? { kind: 'kept', from: p.from + from, to: p.from + to }
        : { kind: 'new', text: p.text.slice(from, to) };
}


/***/ }),

/***/ 19153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ DEFAULT_COMMIT_MESSAGE),
/* harmony export */   Vv: () => (/* binding */ commitMessageChange),
/* harmony export */   cD: () => (/* binding */ checkCommitTemplate),
/* harmony export */   jq: () => (/* binding */ renderCommitMessage)
/* harmony export */ });
/* unused harmony export COMMIT_MESSAGE_TOKENS */
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
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
/** Every digest (`@sha256:…` in a reference, or a bare `sha256:…` value) cut to 12 hex. */
function short(value) {
    return value.replace(/\b(sha\d+:[0-9a-f]{12})[0-9a-f]+/g, '$1');
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
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12875);
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

/***/ 15354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ openDocument),
/* harmony export */   n: () => (/* binding */ loadFormats)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5284);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12875);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87950);
/**
 * One interface over the key-path formats — YAML (Helm values, raw manifests, any YAML),
 * JSON and Terraform variable files: read a value by key path, list the keys, and write
 * values in place. A document is opened on a file's bytes and text view (byte-text.ts); an
 * edit returns the edited ByteText. Each format's editor verifies its own edits (see
 * yaml-edit.ts, json-edit.ts, tfvars.ts). The JSON and tfvars editors load on first use
 * (loadFormats; each is its own chunk of the bundle): a run on YAML never compiles them.
 */




const editors = {};
/**
 * Loads the editors of `formats` (YAML's is always there). Whoever opens a JSON or tfvars
 * document loads its editor first: src/overlay/state.ts does for every overlay it reads.
 */
async function loadFormats(formats) {
    for (const format of formats) {
        if (format === 'json')
            editors.json ??= await __webpack_require__.e(/* import() */ 269).then(__webpack_require__.bind(__webpack_require__, 18269));
        if (format === 'tfvars')
            editors.tfvars ??= await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 82118));
    }
}
function editor(format) {
    const loaded = editors[format];
    if (!loaded) {
        throw new Error(`the ${format} editor is not loaded: src/overlay/documents.ts loadFormats comes first`);
    }
    return loaded;
}
function yamlDocument(source, y) {
    return {
        format: 'yaml',
        file: y.file,
        text: y.text,
        data: y.data,
        value(path) {
            const node = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .readNode */ .XH)(y, path);
            if (node === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(node) === 'empty')
                return undefined;
            const text = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(y, node);
            if (text === undefined) {
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlError */ .Iz(`${y.file}:${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLine */ .xP)(y, node) ?? '?'}: "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K7)(path)}" is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(node)}, not a value`);
            }
            const line = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLine */ .xP)(y, node);
            const notString = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value !== 'string';
            return { text, ...(line === undefined ? {} : { line }), ...(notString ? { notString } : {}) };
        },
        has: (path) => (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .readNode */ .XH)(y, path) !== undefined,
        keys: () => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_1__/* .dataKeys */ .ft)(y.data),
        edit: (sets) => (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .editYaml */ .aL)(source, y.file, sets.map((s) => ({ op: 'set', path: s.path, value: s.value }))),
    };
}
/**
 * Opens `source` as a key-path document of `format` (`parsed`, the YAML of `source.text`,
 * saves parsing it twice).
 */
function openDocument(format, source, file, parsed) {
    const text = source.text;
    if (format === 'yaml')
        return yamlDocument(source, parsed ?? (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, file));
    if (format === 'json') {
        const { editJson, jsonNode, jsonValue, parseJson } = editor('json');
        const f = parseJson(text, file);
        return {
            format,
            file,
            text,
            data: f.data,
            value: (path) => jsonValue(f, path),
            has: (path) => jsonNode(f, path) !== undefined,
            keys: () => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_1__/* .dataKeys */ .ft)(f.data),
            edit: (sets) => editJson(source, file, sets),
        };
    }
    const { editTfvars, parseTfvars, tfvarsHas, tfvarsValue } = editor('tfvars');
    const f = parseTfvars(text, file);
    return {
        format,
        file,
        text,
        data: f.data,
        value: (path) => tfvarsValue(f, path),
        has: (path) => tfvarsHas(f, path),
        keys: () => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_1__/* .dataKeys */ .ft)(f.data),
        edit: (sets) => editTfvars(source, file, sets),
    };
}


/***/ }),

/***/ 10987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ imageKeys),
/* harmony export */   Xd: () => (/* binding */ siblingDigest),
/* harmony export */   ek: () => (/* binding */ readKeyPathImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12875);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28685);



function imageKeys(key, repositoryKey) {
    const value = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyPath */ ._q)(key);
    const keys = { value, digest: [...value.slice(0, -1), 'digest'] };
    if (repositoryKey)
        keys.repository = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyPath */ ._q)(repositoryKey);
    return keys;
}
const SHAPE_NAMES = {
    tag: 'a tag',
    digest: 'a digest',
    reference: 'a full image reference',
};
/** The shape `image` reads `text` as: its configured `value`, or what the text looks like. */
function shapeFor(doc, image, key, text, line) {
    const found = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .readShape */ ._f)(text, key);
    const wanted = image.value;
    if (wanted === 'auto' || wanted === found)
        return found;
    // A single word read as a tag can still be a repository name (`image: nginx`).
    if (wanted === 'reference' && found === 'tag' && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(text))
        return 'reference';
    const at = `${doc.file}${line === undefined ? '' : `:${line}`}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: image ${image.name} has value: ${wanted}, but "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(key)}" holds ${SHAPE_NAMES[found]} ("${text}") — set value: ${found} (or auto) for this image, or point key at ${SHAPE_NAMES[wanted]}`);
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
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
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
    const slot = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(keys.value);
    const at = doc.value(keys.value);
    if (at === undefined)
        return { name: image.name, found: false, value: {}, slot };
    const shape = shapeFor(doc, image, keys.value, at.text, at.line);
    let value;
    if (shape === 'reference') {
        value = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(at.text) ?? {};
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


/***/ }),

/***/ 12875:
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

/***/ 64183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ kustomizeImages),
/* harmony export */   r9: () => (/* binding */ kustomizeEdits)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_FIELDS, findKustomizeImage */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87950);
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

/***/ 13768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cC: () => (/* reexport */ plan/* planOverlayEdit */.c),
  re: () => (/* binding */ readOverlay),
  vP: () => (/* binding */ writeOverlayEdits)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/overlay/atomic-write.ts
/**
 * Atomic file replacement: the new content goes to a temp file in the same directory (same
 * file system, so rename is atomic), keeps the file's mode, is flushed, then renamed over the
 * original. Readers see the old bytes or the new bytes, never a half-written file.
 */



/** Writes `content` (the exact bytes) next to `file` without touching `file` yet. */
async function stageWrite(file, content) {
    // Replace the file a symlink points to, not the symlink itself.
    const target = await (0,promises_.realpath)(file);
    const mode = (await (0,promises_.stat)(target)).mode & 0o7777;
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.image-promote-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, 'wx', mode);
    try {
        await handle.writeFile(content);
        await handle.sync();
    }
    catch (err) {
        await handle.close();
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
    await handle.close();
    // open() applies the umask; set the exact mode of the original.
    await (0,promises_.chmod)(temp, mode);
    let committed = false;
    return {
        file: target,
        async commit() {
            await (0,promises_.rename)(temp, target);
            committed = true;
        },
        async discard() {
            if (!committed)
                await (0,promises_.rm)(temp, { force: true });
        },
    };
}

// EXTERNAL MODULE: ./src/overlay/state.ts
var state = __webpack_require__(23657);
// EXTERNAL MODULE: ./src/overlay/plan.ts
var plan = __webpack_require__(16241);
;// CONCATENATED MODULE: ./src/overlay/overlay-files.ts
/**
 * The overlay API the engine calls: read what an overlay runs (once), plan a write from that
 * state, and write planned edits — all of them or none, each only into a regular file inside
 * the root it belongs to. Files are read and written as bytes, never decoded and encoded
 * again (byte-text.ts).
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
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
/** What `overlay` says each of `images` runs now (the state the planner works on). */
async function readOverlay(overlay, images) {
    const [bytes] = await Promise.all([readOverlayFile(overlay), (0,state/* loadOverlayFormat */.o)(overlay)]);
    return (0,state/* readOverlayText */.e)(bytes, overlay, images);
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
        if (!(await readOverlayFile(edit.overlay)).equals(edit.before)) {
            throw new errors/* UserError */.yo(`${edit.overlay.path} changed while image-promote was editing it — run again`);
        }
    }
    const staged = [];
    try {
        for (const [real, edit] of targets)
            staged.push({ write: await stageWrite(real, edit.after), edit });
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
                await (await stageWrite(real, edit.before)).commit();
            throw err;
        }
    }
    finally {
        await Promise.all(staged.map((s) => s.write.discard()));
    }
    return changed.map((e) => e.overlay.path);
}


/***/ }),

/***/ 16241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ planOverlayEdit)
/* harmony export */ });
/* unused harmony export formatImageValue */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98286);
/* harmony import */ var _byte_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14950);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15354);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12875);
/* harmony import */ var _key_path_image_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10987);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64183);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23657);
/* harmony import */ var _tags_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(27251);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(28685);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87950);











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
        const tagIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(update.tag);
        if (tagIssue)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: tag "${update.tag}" is not valid: ${tagIssue}`);
    }
    if (update.digest !== undefined) {
        const digestIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(update.digest);
        if (digestIssue)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: digest "${update.digest}" is not valid: ${digestIssue}`);
    }
    try {
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryName */ .$M)(update.repository);
    }
    catch (err) {
        if (err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_1__/* .ReferenceError */ .AF) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: repository "${update.repository}" is not valid: ${err.reason}`);
        }
        throw err;
    }
}
/** The repository as written into a file: Docker's short form of the verified name. */
function spelled(repository) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryName */ .$M)(repository).familiar;
}
/** Whether the digest goes next to the tag (pin-digest, or a tag that moves). */
function pinned(update, shape, options, overlay) {
    if (shape === 'digest' || update.tag === undefined)
        return false;
    if (update.pin && update.digest !== undefined)
        return true;
    const tag = update.tag;
    const mutable = !options.isImmutable(tag);
    if (!options.pinDigest && !mutable)
        return false;
    if (update.digest === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(options.pinDigest && !mutable
            ? `${what(update, overlay)}: pin-digest is on but the digest of ${tag} is not known`
            : `${what(update, overlay)}: ${(0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .mutableTagRefusal */ .xo)(`"${tag}" is not an immutable tag`, 'its digest is not known here; deploy an immutable tag (a commit tag like sha-1a2b3c4, or a release)')}`);
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
function planKustomize(state, source, current, updates, options) {
    const { overlay } = state;
    const y = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_10__/* .parseYaml */ .hN)(source.text, overlay.path);
    const entries = (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_6__/* .kustomizeImages */ .Aw)(y);
    const edits = [];
    const expected = new Map();
    for (const u of updates) {
        const entry = entries.find((e) => e.name === u.image.name);
        if (!entry && !options.createMissing) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`image ${u.image.name} is not in ${overlay.path}: its images: list names ${someOf(entries.map((e) => e.name))} — fix the image name, add an entry for it, or set create-missing: true to have one added`);
        }
        if (u.image.value === 'reference') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: the image has value: reference, but a kustomization's images: entries hold newName, newTag and digest — use value: auto (or tag, or digest) for this image`);
        }
        const was = current.get(u.image.name)?.value ?? {};
        let shape = u.image.value === 'auto' ? (current.get(u.image.name)?.shape ?? 'tag') : u.image.value;
        // Only the digest is known: an entry with just `digest:` runs exactly that image.
        if (shape === 'tag' && u.tag === undefined)
            shape = 'digest';
        const pin = pinned(u, shape, options, overlay);
        const keepName = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .sameRepository */ .RB)(entry ? (entry.newName ?? entry.name) : u.image.name, u.repository);
        // Back to the entry's own name: kustomize reads that as the image, so newName goes.
        const backToName = !keepName && entry !== undefined && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .sameRepository */ .RB)(entry.name, u.repository);
        const newName = keepName
            ? 'keep'
            : backToName
                ? 'remove'
                : { set: spelled(u.repository) };
        const after = {};
        const repository = keepName ? was.repository : backToName ? undefined : spelled(u.repository);
        if (repository !== undefined)
            after.repository = repository;
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: its entry holds a digest only, and the digest of ${u.tag ?? '?'} is not known`);
            }
            edits.push(...(0,_kustomize_js__WEBPACK_IMPORTED_MODULE_6__/* .kustomizeEdits */ .r9)(y, u.image.name, {
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
            edits.push(...(0,_kustomize_js__WEBPACK_IMPORTED_MODULE_6__/* .kustomizeEdits */ .r9)(y, u.image.name, { newName, newTag: { set: tag }, digest }));
            after.tag = tag;
            if (pin)
                after.digest = u.digest;
            else if (digest === 'keep' && was.digest !== undefined)
                after.digest = was.digest;
        }
        expected.set(u.image.name, after);
    }
    const after = edits.length === 0 ? source : (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_10__/* .editYaml */ .aL)(source, overlay.path, edits);
    return { after, expected };
}
// ---------------------------------------------------------------------------------------
// Key paths (YAML, JSON, tfvars)
function notNamed(doc, u, key) {
    const keys = doc.keys();
    const likely = keys.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
    const shown = likely.length > 0 ? likely : keys;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${doc.file} has no "${key}" for image ${u.image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(shown)}) — fix key, add the key to the file, or set create-missing: true to have it added`);
}
/** Refuses a new `digest` key where it would not be read as the image's digest. */
function checkDigestPlace(doc, u, key, digestKey) {
    if (doc.has(digestKey))
        return;
    const why = key.length === 1
        ? `"${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .formatKeyPath */ .K7)(key)}" is at the top level, where a "digest" key would be a setting of its own`
        : (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .hasSelector */ .mh)(key)
            ? `"${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .formatKeyPath */ .K7)(key)}" is a field of a list element (a manifest), where a "digest" field is not read`
            : undefined;
    if (why === undefined)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, { path: doc.file })}: the digest must be written (pin-digest, or a tag that moves) but there is no place for it: ${why} — set value: reference to write repository:tag@digest in one value, or add a "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .formatKeyPath */ .K7)(digestKey)}" key`);
}
/**
 * Refuses a shape that would not read back as written at `key`: a bare tag at a key named
 * `image` reads as an image name, and a tag at a key named `digest` is where its own digest
 * would be read from.
 */
function checkShapeAt(u, overlay, keys, shape) {
    if (shape !== 'tag')
        return;
    const key = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .formatKeyPath */ .K7)(keys.value);
    if ((0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .readShape */ ._f)('tag', keys.value) === 'reference') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: "${key}" is a key named image, where a bare word is read as an image name (image: nginx), so a tag alone cannot be written there — set value: reference (or auto) for this image to write repository:tag, or point key at a tag key`);
    }
    if ((0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .formatKeyPath */ .K7)(keys.digest) === key) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: "${key}" is a key named digest, where the digest next to a tag is read from, so a tag cannot be written there — set value: digest (or auto) for this image, or point key at the tag key`);
    }
}
function planKeyPaths(state, source, format, updates, options) {
    const { overlay } = state;
    const doc = (0,_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .openDocument */ .E)(format, source, overlay.path);
    const sets = [];
    const byPath = new Map();
    const expected = new Map();
    const write = (u, path, value) => {
        const key = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .formatKeyPath */ .K7)(path);
        const other = byPath.get(key);
        if (other && other.value !== value && other.image === u.image.name) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: it would write both "${other.value}" and "${value}" to "${key}" — its key, repository-key and the digest key next to a tag must be different keys`);
        }
        if (other && other.value !== value) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`images ${other.image} and ${u.image.name} share "${key}" in ${overlay.path} but would write different values there ("${other.value}", "${value}") — give each image its own key, or deploy them together with the same tag`);
        }
        if (!other) {
            byPath.set(key, { value, image: u.image.name });
            sets.push({ path, value });
        }
    };
    for (const u of updates) {
        const { key, repositoryKey } = u.image;
        if (key === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: it is a ${format} file and the image has no key (e.g. key: image.tag)`);
        }
        const keys = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_5__/* .imageKeys */ .A8)(key, repositoryKey);
        const current = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_5__/* .readKeyPathImage */ .ek)(doc, u.image, []);
        if (!current.found && !doc.has(keys.value) && !options.createMissing) {
            throw notNamed(doc, u, key);
        }
        const shape = u.image.value === 'auto' ? (current.shape ?? (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .newKeyShape */ .D$)(keys.value)) : u.image.value;
        checkShapeAt(u, overlay, keys, shape);
        const pin = pinned(u, shape, options, overlay);
        const after = {};
        if (shape === 'reference') {
            const was = current.shape === 'reference' ? current.value.repository : undefined;
            const repository = was !== undefined && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .sameRepository */ .RB)(was, u.repository) ? was : spelled(u.repository);
            const digest = pin || u.tag === undefined ? u.digest : undefined;
            const value = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .renderReference */ .Wj)(repository, u.tag, digest);
            write(u, keys.value, value);
            expected.set(u.image.name, (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .splitReference */ .mQ)(value) ?? {});
            continue;
        }
        if (keys.repository) {
            const was = doc.value(keys.repository)?.text;
            if ((0,_value_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .sameRepository */ .RB)(was, u.repository)) {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: "${key}" holds a digest, and the digest of ${u.tag ?? '?'} is not known`);
            }
            write(u, keys.value, u.digest);
            after.digest = u.digest;
        }
        else {
            if (u.tag === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: only its digest is known, and "${key}" holds a tag — set value: digest or value: reference for this image`);
            }
            write(u, keys.value, u.tag);
            after.tag = u.tag;
            const wasDigest = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_5__/* .siblingDigest */ .Xd)(doc, keys);
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
    const after = sets.length === 0 ? source : doc.edit(sets);
    return { after, expected };
}
// ---------------------------------------------------------------------------------------
function sameValue(a, b) {
    return a?.repository === b?.repository && a?.tag === b?.tag && a?.digest === b?.digest;
}
function refuse(overlay, why) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`refusing to write ${overlay.path}: ${why}; the file was not changed (please report this)`);
}
/**
 * Plans writing `updates` into the overlay `state` was read from. Pure: works on
 * `state.bytes`; throws a UserError (nothing planned) when the result would be invalid or
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
    const source = _byte_text_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteText */ .__.fromBytes(state.bytes);
    const before = (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .readOverlayText */ .e)(state.bytes, resolved, images).images;
    // Each format's editor has checked its edits (the file parsed again, only the written
    // values changed) and bytes() the new bytes (the old ones outside the written values);
    // what is left to check is that every image reads as planned.
    const planned = format === 'kustomize'
        ? planKustomize(state, source, before, updates, options)
        : planKeyPaths(state, source, format, updates, options);
    const after = planned.after.bytes(overlay.path);
    const changed = !after.equals(state.bytes);
    const now = changed ? (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .readOverlayText */ .e)(after, resolved, images).images : before;
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
    return { overlay, format, before: state.bytes, after, changed, changes };
}


/***/ }),

/***/ 19572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bz: () => (/* binding */ SET_IMAGE_FORMS),
/* harmony export */   gF: () => (/* binding */ parseSetImageArgs),
/* harmony export */   gG: () => (/* binding */ SetImageArgError),
/* harmony export */   s5: () => (/* binding */ splitImage)
/* harmony export */ });
/* unused harmony exports KEEP, parseSetImageArg */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
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
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepositoryName */ .$M)(value);
        return undefined;
    }
    catch (err) {
        if (err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .ReferenceError */ .AF)
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
            newTag: change(arg, 'tag', parts.tag, _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tagProblem */ .qH),
            digest: change(arg, 'digest', parts.digest, _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ),
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


/***/ }),

/***/ 23657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readOverlayText),
/* harmony export */   o: () => (/* binding */ loadOverlayFormat)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98286);
/* harmony import */ var _byte_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14950);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5284);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15354);
/* harmony import */ var _key_path_image_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10987);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64183);
/* harmony import */ var _kustomization_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35595);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(87950);
/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the bytes
 * (or a text, taken as UTF-8) come in, the state goes out (used for the working tree and for
 * old commits alike). The parsers read the bytes' lossless text view (byte-text.ts).
 */










/** True for `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y) {
    const data = y.data;
    if (!(0,_data_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(data))
        return false;
    if ((data.kind === 'Kustomization' || data.kind === 'Component') &&
        typeof data.apiVersion === 'string' &&
        data.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return true;
    }
    const images = data.images;
    return (Array.isArray(images) &&
        images.length > 0 &&
        images.every((i) => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(i) && typeof i.name === 'string'));
}
/** The format by the file name alone (JSON and Terraform variables), if it says. */
function formatByName(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    if (_kustomization_files_js__WEBPACK_IMPORTED_MODULE_9__/* .KUSTOMIZATION_FILES */ .C.includes(name))
        return 'kustomize';
    const lower = name.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.tfvars'))
        return 'tfvars';
    return undefined;
}
/**
 * Loads the editor `overlay`'s format needs (JSON and tfvars load on demand: documents.ts),
 * known from the configuration alone: readOverlayText of this overlay works after it.
 */
async function loadOverlayFormat(overlay) {
    const given = overlay.format;
    await (0,_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .loadFormats */ .n)([given === 'auto' ? (formatByName(overlay.path) ?? 'yaml') : given]);
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
    if (given === 'kustomize') {
        // Told it is a kustomization (set-image): anything else is refused before it is used.
        if (formatByName(overlay.path) === 'kustomize')
            return { format: 'kustomize' };
        const yaml = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYaml */ .hN)(text, overlay.path);
        if (yaml.data === null || yaml.data === undefined || looksLikeKustomization(yaml)) {
            return { format: 'kustomize', yaml };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${overlay.path} is not a kustomization: it is not named kustomization.yaml and has no kind: Kustomization and no images: list — kustomize images are set in a kustomization; for a Helm values, YAML, JSON or tfvars file give each image its key`);
    }
    if (given !== 'auto')
        return { format: given };
    const byName = formatByName(overlay.path);
    if (byName)
        return { format: byName };
    const yaml = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYaml */ .hN)(text, overlay.path);
    if (looksLikeKustomization(yaml))
        return { format: 'kustomize', yaml };
    if (images.some((i) => i.key !== undefined))
        return { format: 'yaml', yaml };
    const names = images.map((i) => i.name).join(', ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('overlay-format', `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list), not .json or .tfvars, and no image (${names}) has a key`, `give each image the key path of its value in ${overlay.path} (images' key; on the command line --key NAME=PATH), or set overlay-format`);
}
function checkValues(state, path, warnings) {
    const { tag, digest } = state.value;
    const tagIssue = tag === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(tag);
    if (tagIssue) {
        warnings.push(`${path}: image ${state.name} has tag "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(tag ?? '')}", which is not a valid tag: ${tagIssue}`);
    }
    const digestIssue = digest === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .digestProblem */ .WQ)(digest);
    if (digestIssue) {
        warnings.push(`${path}: image ${state.name} has digest "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(digest ?? '')}", which is not valid: ${digestIssue}`);
    }
}
function kustomizeState(source, y, overlay, images) {
    const entries = (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_7__/* .kustomizeImages */ .Aw)(y);
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
        bytes: source.original,
        text: source.text,
        images: states,
        known: entries.map((e) => e.name),
        warnings: [],
    };
}
/**
 * What `content` (the overlay's bytes now, or its text at some commit, taken as UTF-8) says
 * about `images`. A JSON or tfvars overlay's editor is loaded first (loadOverlayFormat).
 */
function readOverlayText(content, overlay, images) {
    const source = typeof content === 'string' ? _byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .ByteText */ .__.fromString(content) : _byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .ByteText */ .__.fromBytes(content);
    (0,_byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEncoding */ .SP)(source.original, overlay.path);
    const { text } = source;
    const { format, yaml } = resolveFormat(text, overlay, images);
    let state;
    if (format === 'kustomize') {
        state = kustomizeState(source, yaml ?? (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYaml */ .hN)(text, overlay.path), overlay, images);
    }
    else {
        const doc = (0,_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .openDocument */ .E)(format, source, overlay.path, yaml);
        const warnings = [];
        const states = new Map();
        for (const image of images)
            states.set(image.name, (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_6__/* .readKeyPathImage */ .ek)(doc, image, warnings));
        state = {
            overlay,
            format,
            bytes: source.original,
            text,
            images: states,
            known: doc.keys(),
            warnings,
        };
    }
    for (const s of state.images.values())
        checkValues(s, overlay.path, state.warnings);
    return state;
}


/***/ }),

/***/ 68644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ tooDeep),
/* harmony export */   Dp: () => (/* binding */ lineIndex),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   p0: () => (/* binding */ lineIndent)
/* harmony export */ });
/**
 * Character offsets in a file's text view (byte-text.ts), shared by the byte-preserving
 * editors (json-edit.ts, tfvars.ts, yaml-edit.ts): the line and column of an offset, the
 * indentation of a line, a splice — the new characters that replace one range — and the one
 * nesting limit of the three formats.
 */
/**
 * Collections nested deeper than this are refused. Parsers, comparisons and the yaml
 * library recurse per level; no overlay comes near this, and refusing it up front with the
 * place is better than running out of stack.
 */
const MAX_NESTING = 256;
/** The message for a file nested past MAX_NESTING; `at` is `file:line:column`. */
function tooDeep(at, extra = '') {
    return `${at}: nested more than ${MAX_NESTING} levels deep${extra}; image-promote reads overlays nested up to ${MAX_NESTING} levels — keep the image values in a flatter file`;
}
function lineIndex(text) {
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
    return { line, column: (offset) => offset - (starts[line(offset) - 1] ?? 0) + 1 };
}
/** The spaces and tabs that start the line `offset` is on, up to `offset`. */
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}


/***/ }),

/***/ 28685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ newKeyShape),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wj: () => (/* binding */ renderReference),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   mQ: () => (/* binding */ splitReference)
/* harmony export */ });
/* unused harmony export isDigestValue */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12875);
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
    return /^[a-z0-9]+:[0-9a-f]+$/.test(text) && (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ)(text) === undefined;
}
/** The repository, tag and digest of a reference, the repository spelled as written. */
function splitReference(text) {
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(text);
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
    return last === undefined || (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelector */ .cB)(last) ? undefined : String(last);
}
/** The shape of `text` found at `key`. */
function readShape(text, key) {
    if (isDigestValue(text))
        return 'digest';
    if (text !== text.trim() || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(text).ok)
        return 'tag';
    if (/[/:@]/.test(text))
        return 'reference';
    return lastKey(key)?.toLowerCase() === 'image' ? 'reference' : 'tag';
}
/**
 * The shape `value: auto` writes into a key that does not exist yet: a full reference at a key
 * named `image` (a bare word there reads as an image name), a digest at a key named `digest`,
 * a bare tag anywhere else.
 */
function newKeyShape(key) {
    const name = lastKey(key)?.toLowerCase();
    if (name === 'image')
        return 'reference';
    if (name === 'digest')
        return 'digest';
    return 'tag';
}
/** `repository[:tag][@digest]`. */
function renderReference(repository, tag, digest) {
    return (repository + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`));
}
/** Whether `written` (as a file spells it) names the repository `verified`. */
function sameRepository(written, verified) {
    if (written === undefined)
        return false;
    const a = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(written);
    if (!a.ok || a.ref.tag !== undefined || a.ref.digest !== undefined)
        return false;
    return a.ref.name === (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepositoryName */ .$M)(verified).name;
}


/***/ }),

/***/ 87950:
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
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(12875);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __webpack_require__(5284);
// EXTERNAL MODULE: ./src/overlay/byte-text.ts
var byte_text = __webpack_require__(14950);
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

// EXTERNAL MODULE: ./src/overlay/text-offsets.ts
var text_offsets = __webpack_require__(68644);
;// CONCATENATED MODULE: ./src/overlay/yaml-edit.ts
/**
 * Byte-preserving YAML edits, shared by the kustomize, Helm and key-path writers and by
 * `set-image`. The yaml library parses the file's text view (byte-text.ts) only to find where
 * things are (its node ranges are character offsets into the view); an edit then splices new
 * characters into it, and the new file is the original bytes with only those ranges
 * replaced. Nothing is re-serialised, so comments, blank lines, key order, anchors and
 * quoting outside the edited value stay exactly as they were, byte for byte.
 *
 * Every edit is checked afterwards: the new text must parse, hold the value that was
 * written, and equal the old data with only that change — so an edit that another place
 * would see through an alias or a `<<` merge is refused, not made.
 *
 * The yaml library composes documents recursively, so nesting is measured first on its
 * concrete syntax tree (built without recursion), and again counting what aliases repeat:
 * past MAX_NESTING levels, or an alias inside the value it names, the file is refused with
 * its line instead of running out of stack.
 */








/** A YAML file that cannot be read or edited; the message names the file (and line). */
class YamlError extends errors/* UserError */.yo {
    name = 'YamlError';
}
/** The YAML core schema's string tag (`!!str`). */
const STR_TAG = 'tag:yaml.org,2002:str';
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
/** The first collection token nested past MAX_NESTING, found without recursion. */
function tooDeepToken(tokens) {
    const stack = tokens.map((t) => [t, 0]);
    for (let top = stack.pop(); top; top = stack.pop()) {
        const [token, depth] = top;
        if (token.type === 'document') {
            if (token.value)
                stack.push([token.value, depth]);
            continue;
        }
        if (token.type !== 'block-map' &&
            token.type !== 'block-seq' &&
            token.type !== 'flow-collection') {
            continue;
        }
        if (depth + 1 > text_offsets/* MAX_NESTING */.M1)
            return token;
        for (const item of token.items) {
            if (item.key)
                stack.push([item.key, depth + 1]);
            if (item.value)
                stack.push([item.value, depth + 1]);
        }
    }
    return undefined;
}
function collectionChildren(node) {
    if ((0,dist/* isMap */.jh)(node))
        return node.items.flatMap((p) => [p.key, p.value]);
    if ((0,dist/* isSeq */.oP)(node))
        return node.items;
    return [];
}
/**
 * Refuses a document whose aliases make it nest past MAX_NESTING, or contain themselves
 * (`a: &a [*a]`): reading either recurses without end. Post-order over the collections,
 * each measured once, without recursion.
 */
function checkAliasDepth(doc, file, line) {
    const at = (node) => {
        const range = node?.range;
        return range ? `${file}:${line(range[0])}` : file;
    };
    const height = new Map();
    const open = new Set();
    const enter = (node) => {
        open.add(node);
        return { node, children: collectionChildren(node), next: 0, tallest: 0 };
    };
    const root = (0,dist/* isAlias */.Vj)(doc.contents) ? doc.contents.resolve(doc) : doc.contents;
    if (!(0,dist/* isCollection */.P3)(root))
        return;
    const stack = [enter(root)];
    for (let frame = stack[stack.length - 1]; frame; frame = stack[stack.length - 1]) {
        if (frame.next < frame.children.length) {
            let child = frame.children[frame.next++];
            if ((0,dist/* isAlias */.Vj)(child)) {
                const target = child.resolve(doc);
                if (open.has(target)) {
                    throw new YamlError(`${at(child)}: the alias *${child.source} is inside the value it names, so that value contains itself without end; image-promote cannot read it — write the value out`);
                }
                child = target;
            }
            if (!(0,dist/* isCollection */.P3)(child))
                continue;
            const known = height.get(child);
            if (known !== undefined)
                frame.tallest = Math.max(frame.tallest, known);
            else
                stack.push(enter(child));
            continue;
        }
        stack.pop();
        open.delete(frame.node);
        const h = frame.tallest + 1;
        if (h > text_offsets/* MAX_NESTING */.M1) {
            throw new YamlError((0,text_offsets/* tooDeep */.DI)(at(frame.node), ' counting what its aliases repeat'));
        }
        height.set(frame.node, h);
        const parent = stack[stack.length - 1];
        if (parent)
            parent.tallest = Math.max(parent.tallest, h);
    }
}
function usesAnchors(doc) {
    let found = false;
    (0,dist/* visit */.YR)(doc, {
        Node(_, node) {
            if ((0,dist/* isAlias */.Vj)(node) || node.anchor) {
                found = true;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
/** Parses and checks a file: valid YAML, one document, no alias bomb, not too deep. */
function parseYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const options = { merge: true, keepSourceTokens: true, uniqueKeys: true };
    const tokens = Array.from(new dist/* Parser */.iX(lines.addNewLine).parse(text));
    const deep = tooDeepToken(tokens);
    if (deep) {
        const { line, col } = lines.linePos(deep.offset);
        throw new YamlError((0,text_offsets/* tooDeep */.DI)(`${file}:${line}:${col}`));
    }
    const docs = Array.from(new dist/* Composer */.Dk(options).compose(tokens));
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
    const hasAnchors = usesAnchors(doc);
    if (hasAnchors)
        checkAliasDepth(doc, file, (offset) => lines.linePos(offset).line);
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
    // `!!int`, `!!binary`, `!custom`: the new text would be read with that type, or not as a
    // plain string. `!!str` and the non-specific `!` are strings.
    if (node.tag !== undefined && node.tag !== STR_TAG && node.tag !== '!') {
        throw new YamlError(`${where(y, path, node)} has the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}; image-promote writes plain string values — remove the tag`);
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
 * Applies `edits` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text. Each edit changes only the characters of the value it
 * sets (or the lines it adds or removes); `bytes()` of the result is the new file.
 */
function editYaml(input, file, edits) {
    let out = typeof input === 'string' ? byte_text/* ByteText */.__.fromString(input) : input;
    let y = parseYaml(out.text, file);
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
        out = out.splice(splices);
        y = check(y, out.text, edit);
    }
    return out;
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ workspaceRelative),
/* harmony export */   s: () => (/* binding */ resolveInsideWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * User-supplied paths (overlay, from-overlay, images files, build contexts) must stay inside
 * the workspace: no `..` escapes, no absolute paths elsewhere, no symlinks leading out. The
 * action writes and commits overlays, so a path outside would be a way to touch other files.
 */



function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    // `..foo` is a file name inside; `..` and `../x` are outside.
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** realpath of `path`, or of its nearest existing ancestor with the rest appended. */
function realpathOfNearest(path) {
    let existing = path;
    const rest = [];
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(existing)) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
        if (parent === existing)
            break;
        rest.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(existing));
        existing = parent;
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...rest);
}
/**
 * Resolves `input` (relative to `workspace`, or absolute) and returns the absolute path.
 * Throws InputError(inputName) when it is empty or leads outside the workspace, directly or
 * through a symlink. The path need not exist (callers report missing files themselves).
 */
function resolveInsideWorkspace(workspace, input, inputName) {
    if (input.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, 'the path is empty');
    if (input.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, 'the path contains a NUL character');
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, input);
    const fix = 'use a path inside the repository (relative to the workspace)';
    if (!isInside(root, path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, `"${input}" is outside the workspace ${root}`, fix);
    }
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    if (!isInside(realRoot, realpathOfNearest(path))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, `"${input}" leads outside the workspace through a symlink`, fix);
    }
    return path;
}
/** `path` relative to `workspace`, with `/` separators (for messages and git). */
function workspaceRelative(workspace, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
}


/***/ }),

/***/ 88562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ repositoryLinks),
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fw: () => (/* binding */ escapeMermaid),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   XH: () => (/* binding */ compareUrl),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   iQ: () => (/* binding */ markdownLink)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92119);
/**
 * Escaping outside text (environment and image names, actors, values, file names) for the
 * formats the record is shown in, and the only links it makes. Pure.
 *
 * - Markdown (job summary, table cells): ASCII punctuation is backslash-escaped, `<`, `>`
 *   and `&` become entities, line breaks become spaces: no link, image, HTML, code span,
 *   table cell or heading can come from the text.
 * - Mermaid (inside a quoted label): every character outside `[A-Za-z0-9 .,:_/@+=-]`
 *   becomes mermaid's numeric entity (`#34;` for `"`), so no quote, bracket, `%%`,
 *   backtick, semicolon or line break reaches the diagram's syntax; mermaid shows the
 *   entities as the characters they stand for.
 */

// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Text for markdown (a table cell, a list item, a paragraph), on one line. */
function escapeMarkdown(text) {
    return text
        .replace(LINE_BREAKS, ' ')
        .replace(/[\\`*_{}[\]()#+\-.!|~"'$%=:;,?@^]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/**
 * A value (tag, digest, reference) as a code span; text with any other character is
 * escaped instead (a `|` would end a table cell even inside a code span).
 */
function codeSpan(text) {
    return /^[A-Za-z0-9._:/@+ -]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
const MERMAID_SAFE = /^[A-Za-z0-9 .,:_/@+=-]$/;
/** Text for a quoted mermaid label (`id["…"]`), on one line. */
function escapeMermaid(text) {
    let out = '';
    for (const ch of text.replace(LINE_BREAKS, ' ')) {
        out += MERMAID_SAFE.test(ch) ? ch : `#${ch.codePointAt(0) ?? 0};`;
    }
    return out;
}
const SERVER_RE = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** The links base, or undefined when server or repository do not look like one. */
function repositoryLinks(server, repository) {
    const s = server?.replace(/\/+$/, '');
    if (!s || !repository || !SERVER_RE.test(s) || !REPOSITORY_RE.test(repository))
        return undefined;
    if (repository.split('/').some((part) => part === '.' || part === '..'))
        return undefined;
    return { server: s, repository };
}
/** `<server>/<owner>/<repo>/commit/<sha>`, for a full commit id only. */
function commitUrl(links, sha) {
    return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(sha) ? `${links.server}/${links.repository}/commit/${sha}` : undefined;
}
/** `<server>/<owner>/<repo>/compare/<a>...<b>`, for full commit ids only. */
function compareUrl(links, a, b) {
    return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(a) && _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(b)
        ? `${links.server}/${links.repository}/compare/${a}...${b}`
        : undefined;
}
/** A markdown link: `[label](url)` with the label escaped (the url is one made above). */
function markdownLink(label, url) {
    return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}
/**
 * Text for a terminal or a log line: control characters (an escape sequence, a line break
 * that would start a workflow command) are shown as `\xNN` / `\uNNNN` instead.
 */
function escapeTerminal(text) {
    return text.replace(LINE_BREAKS, (run) => Array.from(run, (c) => {
        const code = c.codePointAt(0) ?? 0;
        return code < 0x100
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    }).join(''));
}


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ RECORD_KINDS),
/* harmony export */   h: () => (/* binding */ RECORD_VERSION)
/* harmony export */ });
/**
 * The record of a deploy: what one run made an environment run, written with every overlay
 * change (as commit trailers, docs/record.md) and, where the token allows, as the payload of
 * a GitHub Deployment. Read back, it tells which commit's configuration an environment runs,
 * what was rolled back, and which images are held. Pure types.
 */
/** The record format's version. A reader ignores records of a newer version, with a reason. */
const RECORD_VERSION = 1;
/**
 * How an image got its value in this deploy:
 *   build     built from the commit's source and deployed
 *   promote   an existing image of the commit's source deployed (no build)
 *   reuse     the environment already ran an image of the commit's source (value unchanged)
 *   release   a version tag's image deployed (release promotion)
 *   redeploy  an explicit `tag:` deployed an image the commit's source did not ask for
 *   rollback  `tag: previous` went back to an earlier value
 */
const RECORD_KINDS = [
    'build',
    'promote',
    'reuse',
    'release',
    'redeploy',
    'rollback',
];


/***/ }),

/***/ 92119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ checkSource),
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   It: () => (/* binding */ encodeValue),
/* harmony export */   M5: () => (/* binding */ checkReference),
/* harmony export */   OA: () => (/* binding */ COMMIT_RE),
/* harmony export */   pK: () => (/* binding */ checkKind),
/* harmony export */   qW: () => (/* binding */ checkText),
/* harmony export */   su: () => (/* binding */ checkCommit),
/* harmony export */   wz: () => (/* binding */ decodeValue)
/* harmony export */ });
/* unused harmony exports MAX_TEXT, MAX_URL, digestOf, repositoryOf */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3728);
/**
 * Validation and encoding of the values a deploy record holds. Every value that reaches a
 * record passes through here, whether it is being written or read back (commit trailers,
 * deployment payloads): a value is either valid and kept, or dropped with a reason. Pure.
 */


/** Characters written as they are; everything else is percent-encoded (UTF-8 bytes). */
const SAFE = /[A-Za-z0-9._~:/@+-]/;
const ENCODED = /^(?:[A-Za-z0-9._~:/@+-]|%[0-9A-Fa-f]{2})*$/;
/** Percent-encodes `text` so that it holds no whitespace, `=`, `%` or control character. */
function encodeValue(text) {
    let out = '';
    for (const ch of text) {
        if (SAFE.test(ch)) {
            out += ch;
            continue;
        }
        for (const byte of new TextEncoder().encode(ch)) {
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        }
    }
    return out;
}
/** The text `encodeValue` encoded, or a reason it is not such a text. */
function decodeValue(text) {
    if (!ENCODED.test(text))
        return { ok: false, reason: 'holds characters a record never writes' };
    try {
        return { ok: true, value: decodeURIComponent(text) };
    }
    catch {
        return { ok: false, reason: 'is not valid percent-encoded UTF-8' };
    }
}
/** The longest free text (environment, actor) and URL a record keeps. */
const MAX_TEXT = 255;
const MAX_URL = 2048;
/** Image names as the configuration accepts them (src/config/parse.ts). */
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const SOURCE_RE = /^[0-9a-f]{64}$/;
const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ok = (value) => ({ ok: true, value });
const bad = (reason) => ({ ok: false, reason });
function checkName(name) {
    if (name.length > MAX_TEXT)
        return bad(`an image name is at most ${MAX_TEXT} characters`);
    return NAME_RE.test(name) ? ok(name) : bad('is not a valid image name');
}
/** A reference, written back in its fully qualified form (`nginx` → `docker.io/library/nginx`). */
function checkReference(ref) {
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(ref);
    return parsed.ok ? ok((0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(parsed.ref)) : bad(parsed.reason);
}
function checkDigest(digest) {
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ)(digest);
    return problem ? bad(problem) : ok(digest);
}
function checkSource(source) {
    return SOURCE_RE.test(source) ? ok(source) : bad('a source key is 64 lowercase hex characters');
}
function checkCommit(sha) {
    return COMMIT_RE.test(sha) ? ok(sha) : bad('a commit is a full id (40 or 64 lowercase hex)');
}
/** Free text (environment, actor): one line of printable characters. */
function checkText(text) {
    if (text.trim() === '')
        return bad('is empty');
    if (text.length > MAX_TEXT)
        return bad(`is longer than ${MAX_TEXT} characters`);
    if (CONTROL.test(text))
        return bad('holds a control character or a line break');
    if (/\p{Cs}/u.test(text))
        return bad('is not well-formed Unicode');
    return ok(text);
}
/** An http(s) URL without credentials, as the URL parser writes it. */
function checkUrl(url) {
    if (url.length > MAX_URL)
        return bad(`is longer than ${MAX_URL} characters`);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return bad('is not a URL');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return bad('is not an http(s) URL');
    if (parsed.username || parsed.password)
        return bad('holds credentials');
    return parsed.href === url ? ok(url) : bad('is not in its normal form');
}
function checkKind(kind) {
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_KINDS */ .e.includes(kind)
        ? { ok: true, value: kind }
        : { ok: false, reason: `is not one of ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_KINDS */ .e.join(', ')}` };
}
/** The digest a reference is pinned to (or undefined). */
function digestOf(ref) {
    const parsed = tryParseReference(ref);
    return parsed.ok ? parsed.ref.digest : undefined;
}
/** The repository of a reference (fully qualified, no tag or digest), or undefined. */
function repositoryOf(ref) {
    const parsed = tryParseReference(ref);
    return parsed.ok ? parsed.ref.name : undefined;
}


/***/ }),

/***/ 27481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryAuth: () => (/* binding */ RegistryAuth),
/* harmony export */   basicAuthorization: () => (/* binding */ basicAuthorization),
/* harmony export */   findDockerCredentials: () => (/* reexport safe */ _docker_config_js__WEBPACK_IMPORTED_MODULE_2__.ew),
/* harmony export */   mergeScopes: () => (/* binding */ mergeScopes),
/* harmony export */   parseWwwAuthenticate: () => (/* binding */ parseWwwAuthenticate),
/* harmony export */   pullScope: () => (/* binding */ pullScope),
/* harmony export */   pushScope: () => (/* binding */ pushScope)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76670);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58851);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30026);



/**
 * Parses a WWW-Authenticate header (RFC 7235): one or more challenges, each a scheme and
 * comma-separated `key=value` / `key="quoted, value"` parameters.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (re) => {
        while (i < n && re.test(header.charAt(i)))
            i++;
    };
    while (i < n) {
        skip(/[\s,]/);
        const schemeStart = i;
        skip(/[^\s,=]/);
        if (i === schemeStart)
            break;
        const current = { scheme: header.slice(schemeStart, i).toLowerCase(), params: {} };
        challenges.push(current);
        for (;;) {
            skip(/[\s,]/);
            const keyStart = i;
            skip(/[^\s,=]/);
            const key = header.slice(keyStart, i);
            skip(/\s/);
            if (key === '' || header.charAt(i) !== '=') {
                // Not a parameter: the next challenge's scheme starts here.
                i = keyStart;
                break;
            }
            i++;
            skip(/\s/);
            let value = '';
            if (header.charAt(i) === '"') {
                i++;
                while (i < n && header.charAt(i) !== '"') {
                    if (header.charAt(i) === '\\' && i + 1 < n)
                        i++;
                    value += header.charAt(i);
                    i++;
                }
                i++;
            }
            else {
                const valueStart = i;
                skip(/[^\s,]/);
                value = header.slice(valueStart, i);
            }
            current.params[key.toLowerCase()] = value;
        }
    }
    return challenges;
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
/** Merges scopes naming the same resource (`a:pull` + `a:push` → `a:pull,push`); sorted. */
function mergeScopes(scopes) {
    const byResource = new Map();
    for (const scope of scopes) {
        for (const one of scope.split(' ')) {
            const cut = one.lastIndexOf(':');
            if (cut <= 0)
                continue;
            const resource = one.slice(0, cut);
            const actions = byResource.get(resource) ?? new Set();
            one
                .slice(cut + 1)
                .split(',')
                .filter(Boolean)
                .forEach((a) => actions.add(a));
            byResource.set(resource, actions);
        }
    }
    return [...byResource.entries()]
        .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
        .sort();
}
/** Re-fetch a token this long before the registry would reject it. */
const EXPIRY_MARGIN_MS = 10_000;
/** Authentication state for one registry host. */
class RegistryAuth {
    options;
    scheme = 'unknown';
    bearer;
    basicHeader;
    credentials;
    tokens = new Map();
    /** Scope sets a registry asked to widen, keyed by the set we asked for. */
    upgrades = new Map();
    /** Tokens fetched in answer to a challenge → the scope set they were fetched for. */
    answered = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Primes credentials that are known up front (e.g. an ECR authorization token). */
    static withCredentials(options, creds) {
        return new RegistryAuth({ ...options, credentials: () => Promise.resolve(creds) });
    }
    /** The Authorization header for a request needing `scopes`, once the scheme is known. */
    async header(scopes, ctx) {
        if (this.scheme === 'basic')
            return this.basicHeader;
        if (this.scheme === 'bearer') {
            const upgraded = this.upgrades.get(mergeScopes(scopes).join(' ')) ?? scopes;
            return (await this.token(upgraded, ctx)).header;
        }
        return undefined;
    }
    /**
     * Learns from a 401 answer. Returns true when a retry can succeed: a new scheme, a token
     * covering more scopes, or credentials not sent before.
     */
    async onUnauthorized(wwwAuthenticate, scopes, sent, ctx) {
        const challenges = parseWwwAuthenticate(wwwAuthenticate ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        if (bearer?.params.realm) {
            this.scheme = 'bearer';
            const service = bearer.params.service;
            this.bearer = { realm: bearer.params.realm, ...(service ? { service } : {}) };
            const asked = mergeScopes(scopes).join(' ');
            const wanted = mergeScopes([
                ...(this.upgrades.get(asked) ?? scopes),
                ...(bearer.params.scope ? [bearer.params.scope] : []),
            ]);
            // The registry may want more than we asked for (insufficient_scope): remember it.
            if (wanted.join(' ') !== asked)
                this.upgrades.set(asked, wanted);
            const key = wanted.join(' ');
            // A token fetched for exactly this challenge and still refused: asking again won't help.
            if (sent !== undefined && this.answered.get(sent) === key)
                return false;
            // Drop a token only if it is the one just rejected; a pending one is shared instead.
            const cached = this.tokens.get(key);
            if (cached && sent !== undefined) {
                const token = await cached.catch(() => undefined);
                // Another request may already have replaced it while we waited.
                if (token?.header === sent && this.tokens.get(key) === cached)
                    this.tokens.delete(key);
            }
            const fresh = await this.token(wanted, ctx);
            this.answered.set(fresh.header, key);
            return fresh.header !== sent;
        }
        if (basic) {
            const creds = await this.loadCredentials();
            if (!creds || !('password' in creds))
                return false;
            this.scheme = 'basic';
            this.basicHeader = basicAuthorization(creds.username, creds.password);
            this.options.logger.mask(this.basicHeader.slice('Basic '.length));
            return this.basicHeader !== sent;
        }
        return false;
    }
    loadCredentials() {
        this.credentials ??= this.options.credentials().then((creds) => {
            registerCredentials(creds);
            return creds;
        });
        return this.credentials;
    }
    token(scopes, ctx) {
        const key = mergeScopes(scopes).join(' ');
        const cached = this.tokens.get(key);
        if (cached) {
            return cached.then((t) => {
                if (t.expiresAt - EXPIRY_MARGIN_MS > this.options.clock.now())
                    return t;
                if (this.tokens.get(key) === cached)
                    this.tokens.delete(key);
                return this.token(scopes, ctx);
            });
        }
        // Concurrent requests share one token request per scope set.
        const pending = this.fetchToken(mergeScopes(scopes), ctx);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return pending;
    }
    async fetchToken(scopes, ctx) {
        const { http, logger, clock, registry } = this.options;
        if (!this.bearer)
            throw new Error('unreachable: bearer token requested before a challenge');
        const { realm, service } = this.bearer;
        const creds = await this.loadCredentials();
        const tokenCtx = { ...ctx, operation: `token request to ${realmLabel(realm)}` };
        let res;
        if (creds && 'identityToken' in creds) {
            // OAuth2 refresh-token grant, as docker does for identity tokens.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'image-promote',
            });
            if (service)
                form.set('service', service);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            res = await http.buffered({
                method: 'POST',
                url: realm,
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString()),
            }, tokenCtx);
        }
        else {
            const url = new URL(realm);
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (creds) {
                url.searchParams.set('account', creds.username);
                headers.Authorization = basicAuthorization(creds.username, creds.password);
                logger.mask(headers.Authorization.slice('Basic '.length));
            }
            res = await http.buffered({ method: 'GET', url: url.toString(), headers }, tokenCtx);
        }
        const said = res.status === 200 ? '' : tokenErrorDetail(res.body);
        if (res.status === 401 || res.status === 403) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({ ...tokenCtx, status: res.status }, creds
                ? `the token service rejected the credentials docker has for ${registry} (HTTP ${res.status}${said})`
                : `the token service requires credentials for ${registry} (HTTP ${res.status}${said})`, `run docker login ${registry} with an account that may access ${scopes.join(' ')}`);
        }
        if (res.status !== 200) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({ ...tokenCtx, status: res.status, attempts: res.attempts }, `the token service answered HTTP ${res.status}${said}`, 'retry later, or check the registry status');
        }
        let body;
        try {
            body = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(tokenCtx, 'the token service did not answer with JSON');
        }
        const token = typeof body.token === 'string' && body.token
            ? body.token
            : typeof body.access_token === 'string'
                ? body.access_token
                : '';
        if (!token)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(tokenCtx, 'the token service answered without a token');
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(token);
        logger.mask(token);
        // The token spec's default lifetime is 60 s when expires_in is absent.
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        logger.debug(`registry ${registry}: got a token for ${scopes.join(' ') || '(no scope)'}`);
        return { header: `Bearer ${token}`, expiresAt: clock.now() + seconds * 1000 };
    }
}
/** Every form of a credential is redacted from then on, whatever the logger does with it. */
function registerCredentials(creds) {
    if (!creds)
        return;
    if ('password' in creds)
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.addCredentials(creds.username, creds.password);
    else
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(creds.identityToken);
}
/** `: <what the token server said>`, short and redacted (it may echo what it was sent). */
function tokenErrorDetail(body) {
    const text = body.toString('utf8').trim();
    if (text === '')
        return '';
    let detail = text;
    try {
        const json = JSON.parse(text);
        const first = json.errors?.[0]?.message;
        const picked = [json.error_description, json.details, json.error, json.message, first].find((v) => typeof v === 'string' && v !== '');
        if (picked !== undefined)
            detail = picked;
    }
    catch {
        // Not JSON: the text itself.
    }
    // Redacted whole, then shortened: a cut would leave a part of a secret unrecognised.
    return `: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(detail.replace(/\s+/g, ' ')).slice(0, 200)}`;
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
/** The realm without query or credentials, for messages. */
function realmLabel(realm) {
    try {
        const u = new URL(realm);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return 'the token service';
    }
}


/***/ }),

/***/ 30026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ew: () => (/* binding */ findDockerCredentials)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_SERVER, configKeyHost, dockerConfigDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * Credentials the way the docker CLI finds them, so image-promote works right after
 * `docker login`, docker/login-action or aws-actions/amazon-ecr-login:
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), `credHelpers` over
 * `credsStore`, then `auths`. Helpers speak the `docker-credential-<name> get` protocol.
 */




/** The key docker uses for Docker Hub in config files and when calling helpers. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Docker's ConvertToHostname: drop the scheme and any path (`https://x/v1/` → `x`). */
function configKeyHost(key) {
    const stripped = key.replace(/^https?:\/\//i, '');
    const slash = stripped.indexOf('/');
    return (slash === -1 ? stripped : stripped.slice(0, slash)).toLowerCase();
}
function sameRegistry(a, b) {
    const x = configKeyHost(a);
    const y = configKeyHost(b);
    return x === y || (DOCKER_HUB_HOSTS.has(x) && DOCKER_HUB_HOSTS.has(y));
}
function dockerConfigDir(env = process.env) {
    if (env.DOCKER_CONFIG)
        return env.DOCKER_CONFIG;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
}
async function readConfig(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot read docker config ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    if (text.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker config ${file} is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}); fix it or run docker login again`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker config ${file} must hold a JSON object`);
    }
    return parsed;
}
function fromAuthEntry(entry) {
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        const username = typeof entry.username === 'string' ? entry.username : undefined;
        return username
            ? { identityToken: entry.identitytoken, username }
            : { identityToken: entry.identitytoken };
    }
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username) {
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
function helperFor(config, host) {
    for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
        if (typeof helper === 'string' && helper !== '' && sameRegistry(key, host))
            return helper;
    }
    return typeof config.credsStore === 'string' && config.credsStore !== ''
        ? config.credsStore
        : undefined;
}
/** An ExecError (src/exec.ts), recognised without loading that module. */
function isExecError(err) {
    return err instanceof Error && err.name === 'ExecError' && 'exitCode' in err;
}
/** Runs `docker-credential-<helper> get`; undefined when the helper has nothing for `server`. */
async function askHelper(helper, server, options) {
    // The exec wrapper (and node:child_process) loads only when a helper is configured.
    const run = options.exec ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 73190))).exec;
    const program = `docker-credential-${helper}`;
    const result = await run(program, ['get'], {
        input: server,
        allowFailure: true,
        timeoutMs: 30000,
        ...(options.env ? { env: options.env } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
    });
    if (result.exitCode !== 0) {
        // The protocol reports a miss on stdout with a non-zero exit; anything else is a failure.
        const said = `${result.stdout} ${result.stderr}`.toLowerCase();
        if (said.includes('credentials not found'))
            return undefined;
        throw new Error(`${program} get exited with code ${result.exitCode}`);
    }
    let reply;
    try {
        reply = JSON.parse(result.stdout);
    }
    catch {
        throw new Error(`${program} get did not print JSON`);
    }
    const username = typeof reply.Username === 'string' ? reply.Username : '';
    const secret = typeof reply.Secret === 'string' ? reply.Secret : '';
    if (secret === '')
        return undefined;
    options.logger?.mask(secret);
    // Helpers store identity tokens (from `docker login` with OAuth) under this username.
    if (username === '<token>')
        return { identityToken: secret };
    return { username, password: secret };
}
/**
 * Credentials docker would use for `host` (e.g. `ghcr.io`, `localhost:5000`, `docker.io`), or
 * undefined. A helper that is missing or fails is reported as a warning and `auths` is tried.
 */
async function findDockerCredentials(host, options = {}) {
    const env = options.env ?? process.env;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dockerConfigDir(env), 'config.json');
    const config = await readConfig(file);
    if (!config)
        return undefined;
    const isHub = DOCKER_HUB_HOSTS.has(configKeyHost(host));
    const authKeys = Object.keys(config.auths ?? {}).filter((key) => sameRegistry(key, host));
    const helper = helperFor(config, host);
    if (helper) {
        // Helpers store entries under the address given to `docker login`; try the usual spellings.
        const servers = [...new Set([isHub ? DOCKER_HUB_SERVER : host, ...authKeys])];
        try {
            for (const server of servers) {
                const found = await askHelper(helper, server, { ...options, env });
                if (found)
                    return found;
            }
        }
        catch (err) {
            const why = isExecError(err) && err.exitCode === null ? 'could not run' : 'failed';
            options.logger?.warning(`docker credential helper '${helper}' ${why} for ${host} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}); using ${file} instead`);
        }
    }
    // Exact spelling first, then any key naming the same host (with scheme or /v1/ path).
    const ordered = [...authKeys.filter((k) => k === host), ...authKeys.filter((k) => k !== host)];
    for (const key of ordered) {
        const entry = config.auths?.[key];
        if (!entry || typeof entry !== 'object')
            continue;
        const creds = fromAuthEntry(entry);
        if (creds) {
            if ('password' in creds)
                options.logger?.mask(creds.password);
            else
                options.logger?.mask(creds.identityToken);
            return creds;
        }
    }
    return undefined;
}


/***/ }),

/***/ 80072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isEcrHost: () => (/* binding */ isEcrHost),
/* harmony export */   parseEcrHost: () => (/* binding */ parseEcrHost)
/* harmony export */ });
/**
 * Recognises Amazon ECR private registry hosts without loading the AWS SDK, so the provider
 * can decide which backend to use (and the build path whether to fetch an ECR login) cheaply.
 */
// Host suffixes ECR uses per partition (the same list amazon-ecr-credential-helper accepts).
const SUFFIXES = [
    ['amazonaws.com', 'aws', false],
    ['amazonaws.com.cn', 'aws-cn', false],
    ['amazonaws.eu', 'aws-eusc', false],
    ['on.aws', 'aws', true],
    ['on.amazonwebservices.com.cn', 'aws-cn', true],
    ['c2s.ic.gov', 'aws-iso', false],
    ['sc2s.sgov.gov', 'aws-iso-b', false],
    ['cloud.adc-e.uk', 'aws-iso-e', false],
    ['csp.hci.ic.gov', 'aws-iso-f', false],
];
const HOST_RE = /^(\d{12})\.dkr([.-])ecr(-fips)?\.([a-z0-9][a-z0-9-]*)\.(.+)$/;
/**
 * Parses `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` (and the dual-stack, EU and
 * isolated-partition forms). A port is ignored. Returns undefined for any other host.
 */
function parseEcrHost(host) {
    const bare = host.toLowerCase().replace(/:\d+$/, '');
    const m = HOST_RE.exec(bare);
    if (!m)
        return undefined;
    const [, accountId = '', sep, fips, region = '', suffix] = m;
    const known = SUFFIXES.find(([s]) => s === suffix);
    if (!known)
        return undefined;
    const [, basePartition, dualstack] = known;
    // Dual-stack hosts are `dkr-ecr`, the classic ones `dkr.ecr`; anything else is not ECR.
    if ((sep === '-') !== dualstack)
        return undefined;
    const partition = basePartition === 'aws' && region.startsWith('us-gov-') ? 'aws-us-gov' : basePartition;
    return { accountId, region, fips: fips !== undefined, dualstack, partition };
}
function isEcrHost(host) {
    return parseEcrHost(host) !== undefined;
}


/***/ }),

/***/ 58851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Uc: () => (/* binding */ formatRefSuffix),
/* harmony export */   _Y: () => (/* binding */ retryIntegrity),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   lw: () => (/* binding */ Http),
/* harmony export */   m0: () => (/* binding */ requireDigest)
/* harmony export */ });
/* unused harmony export REGISTRY_MAX_BODY_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28902);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71517);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76670);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10506);
/**
 * The registry's HTTP: the shared bounded layer (src/http: retries on 429/5xx, resets and
 * timeouts with backoff and jitter honouring Retry-After, bounded attempts, total time and
 * body size) with the registry's wording, and the error type every registry failure becomes.
 */






/**
 * A registry failure a user can act on; the message names registry, repository, reference.
 * The message is redacted here, once: it is often built from a registry's or token server's
 * answer, which may echo the credentials it was sent.
 */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    info;
    name = 'RegistryError';
    constructor(info, problem, fix) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${describeTarget(info)}: ${problem}${fix ? ` — ${fix}` : ''}`));
        this.info = info;
    }
}
/**
 * Content that does not hash to what it should: bytes asked for by digest that hash to
 * another one, bytes that contradict the `Docker-Content-Digest` sent with them, or bytes for
 * a tag that hash to a manifest the repository does not hold. Retried like a transient
 * fault (retryIntegrity); `problem` always starts "the registry returned bytes that …".
 */
class IntegrityError extends RegistryError {
    problem;
    name = 'IntegrityError';
    constructor(ctx, problem) {
        super({ ...ctx, code: 'DIGEST_MISMATCH', retryable: true }, problem, 'the registry or a proxy in between altered the content; nothing was promoted from it');
        this.problem = problem;
    }
}
/**
 * "the registry returned bytes that do not match `expected`[, `claimedBy`] (they hash to
 * `actual`)": the one wording for content that is not what it was asked for or said to be.
 */
function digestMismatch(ctx, expected, actual, claimedBy) {
    return new IntegrityError(ctx, `the registry returned bytes that do not match ${expected}${claimedBy ? `, ${claimedBy}` : ''} (they hash to ${actual})`);
}
/** Throws digestMismatch unless `bytes` hash to `digest` (see hashMatches). */
function requireDigest(ctx, bytes, digest, claimedBy) {
    if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashMatches */ .CR)(bytes, digest)) {
        throw digestMismatch(ctx, digest, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestOf */ .ol)(bytes, digest), claimedBy);
    }
}
/**
 * Runs `attempt` again while it throws IntegrityError, with the backoff and bounds of the
 * HTTP retries (attempts and total time); then fails with the last problem and the count.
 */
async function retryIntegrity(options, ctx, attempt) {
    const { policy, clock, logger } = options;
    const started = clock.now();
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (err) {
            if (!(err instanceof IntegrityError))
                throw err;
            const delay = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(policy, n - 1, clock.random);
            if (n > policy.retries || clock.now() + delay - started > policy.maxElapsedMs) {
                if (n === 1)
                    throw err;
                throw new RegistryError({ ...err.info, attempts: n }, `${err.problem} (${n} attempts)`, 'the registry or a proxy in between keeps altering the content; nothing was promoted from it');
            }
            logger.info(`registry ${ctx.registry}: ${err.problem} on ${ctx.operation}; retrying in ${(0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._V)(delay)} (attempt ${n + 1} of ${policy.retries + 1})`);
            await clock.sleep(delay);
        }
    }
}
function formatRefSuffix(reference) {
    if (reference === undefined)
        return '';
    return reference.includes(':') ? `@${reference}` : `:${reference}`;
}
function describeTarget(info) {
    const where = info.repository
        ? ` repository ${info.repository}${formatRefSuffix(info.reference)}`
        : '';
    return `registry ${info.registry}${where}: ${info.operation}`;
}
/** A registry answer larger than this is not read to the end (manifests are at most 4 MiB). */
const REGISTRY_MAX_BODY_BYTES = 64 * 1024 * 1024;
function registryFailure(ctx, failure) {
    if (failure.kind === 'too-large') {
        return new RegistryError({ ...ctx, attempts: failure.attempts, retryable: false }, `the answer is larger than ${(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(failure.limit)}; it was not read to the end`, 'the address may not be a registry, or a proxy in between answers instead of it');
    }
    return new RegistryError({ ...ctx, attempts: failure.attempts, retryable: true }, `could not reach the registry (${failure.reason})${failure.attempts > 1 ? ` after ${failure.attempts} attempts` : ''}`, 'check the registry address and the network, or retry later');
}
/** The shared HTTP client, describing requests and failures as the registry's. */
class Http extends _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq {
    constructor(options) {
        super({
            ...options,
            maxBodyBytes: options.maxBodyBytes ?? REGISTRY_MAX_BODY_BYTES,
            describe: (ctx) => `registry ${ctx.registry}`,
            failure: registryFailure,
        });
    }
}


/***/ }),

/***/ 10506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   T$: () => (/* binding */ pickImageChild),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   ZX: () => (/* binding */ bareMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export isAttestation */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98286);
/**
 * Manifest media types, digests over exact bytes, and the references a manifest holds
 * (an index's children, an image's config and layers). Pure: no I/O.
 */


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const IMAGE_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/**
 * Every manifest type, on every manifest request: distribution answers 404 for a manifest whose
 * type is missing from Accept, even though it exists (vectors/registry-http-transcript.json).
 */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const MANIFEST_MEDIA_TYPES = Object.values(MEDIA_TYPES);
/** `sha256:<hex>` (or the algorithm of `like`) over exactly these bytes. */
function digestOf(bytes, like) {
    const algorithm = like?.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
/** The hash algorithm `digest` names (sha256, sha384 or sha512), undefined for any other. */
function digestAlgorithm(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    return colon > 0 && ALGORITHMS.has(algorithm) ? algorithm : undefined;
}
/**
 * True when `bytes` hash to `digest` (sha256, sha384 or sha512, per its prefix). A digest of
 * another or no algorithm never matches: a claim that cannot be checked is not believed.
 */
function hashMatches(bytes, digest) {
    const algorithm = digestAlgorithm(digest);
    if (algorithm === undefined)
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex') === digest.slice(algorithm.length + 1);
}
/** `application/vnd.oci.image.index.v1+json; charset=utf-8` → the bare type. */
function bareMediaType(contentType) {
    if (!contentType)
        return undefined;
    const bare = contentType.split(';', 1)[0]?.trim().toLowerCase();
    return bare || undefined;
}
class ManifestError extends Error {
    name = 'ManifestError';
}
function readDescriptor(value, where) {
    if (typeof value !== 'object' || value === null) {
        throw new ManifestError(`${where} is not a descriptor object`);
    }
    const d = value;
    if (typeof d.digest !== 'string' || (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(d.digest) !== undefined) {
        throw new ManifestError(`${where} has an invalid digest`);
    }
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        throw new ManifestError(`${where} has an invalid size`);
    }
    const mediaType = typeof d.mediaType === 'string' ? d.mediaType : '';
    const foreign = mediaType.includes('nondistributable') ||
        mediaType.includes('foreign') ||
        (Array.isArray(d.urls) && d.urls.length > 0);
    const ref = { digest: d.digest, size: d.size, mediaType, foreign };
    const platform = readPlatform(d.platform);
    if (platform)
        ref.platform = platform;
    if (typeof d.annotations === 'object' && d.annotations !== null) {
        const strings = Object.entries(d.annotations).filter((e) => typeof e[1] === 'string');
        if (strings.length > 0)
            ref.annotations = Object.fromEntries(strings);
    }
    return ref;
}
function readPlatform(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const p = value;
    if (typeof p.os !== 'string' || typeof p.architecture !== 'string')
        return undefined;
    return {
        os: p.os,
        architecture: p.architecture,
        ...(typeof p.variant === 'string' ? { variant: p.variant } : {}),
    };
}
/** Build attestations (buildx provenance/SBOM) ride in an index as `unknown/unknown` images. */
function isAttestation(child) {
    return (child.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (child.platform?.os === 'unknown' && child.platform.architecture === 'unknown'));
}
/** The child of an index whose config describes the image: linux/amd64, else the first image. */
function pickImageChild(children) {
    const images = children.filter((c) => !isAttestation(c));
    return (images.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ??
        images[0]);
}
/**
 * Reads what a manifest references. The media type comes from the response's Content-Type,
 * else the manifest's own `mediaType`, else its shape (`manifests` means an index).
 */
function parseManifest(bytes, contentType) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new ManifestError('the manifest is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError('the manifest is not a JSON object');
    }
    const m = json;
    const declared = typeof m.mediaType === 'string' ? m.mediaType : undefined;
    const header = bareMediaType(contentType);
    const known = (t) => t !== undefined && (INDEX_TYPES.has(t) || IMAGE_TYPES.has(t));
    let mediaType = known(header) ? header : known(declared) ? declared : undefined;
    mediaType ??= Array.isArray(m.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
    if (INDEX_TYPES.has(mediaType)) {
        if (!Array.isArray(m.manifests))
            throw new ManifestError('the index has no "manifests" list');
        const children = m.manifests.map((c, i) => readDescriptor(c, `manifests[${i}]`));
        return { kind: 'index', mediaType, children };
    }
    const blobs = [];
    const config = m.config !== undefined ? readDescriptor(m.config, 'config') : undefined;
    if (config)
        blobs.push(config);
    if (m.layers !== undefined) {
        if (!Array.isArray(m.layers))
            throw new ManifestError('"layers" is not a list');
        m.layers.forEach((l, i) => blobs.push(readDescriptor(l, `layers[${i}]`)));
    }
    return { kind: 'image', mediaType, blobs, ...(config ? { config } : {}) };
}
/** Reads labels and `created` from image config JSON; throws ManifestError when it is not JSON. */
function parseImageConfig(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new ManifestError('the image config is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError('the image config is not a JSON object');
    }
    const c = json;
    const raw = c.config?.Labels;
    const labels = {};
    if (typeof raw === 'object' && raw !== null) {
        for (const [k, v] of Object.entries(raw))
            if (typeof v === 'string')
                labels[k] = v;
    }
    return { labels, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}


/***/ }),

/***/ 89274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ manifestReference)
/* harmony export */ });
/** What to ask the registry for: the digest when pinned (docker ignores the tag then), else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}


/***/ }),

/***/ 57937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
/* unused harmony export mapSettled */
/** Runs async work over items with at most `limit` in flight; results keep input order. */
async function mapSettled(items, limit, fn, stopOnError = false) {
    const results = items.map(() => undefined);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !(stopOnError && failed)) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                failed = true;
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    const count = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: count }, worker));
    return results;
}
/**
 * Like Promise.all with a concurrency limit: after a failure no new item starts, and the first
 * failure is thrown once the work in flight has finished (nothing is left running behind).
 */
async function mapPool(items, limit, fn) {
    const settled = await mapSettled(items, limit, fn, true);
    const values = [];
    for (const result of settled) {
        if (result?.status === 'rejected')
            throw result.reason;
        if (result)
            values.push(result.value);
    }
    return values;
}


/***/ }),

/***/ 51070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ overwriteRule),
/* harmony export */   u: () => (/* binding */ movedTagError)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58851);
/**
 * The two tag rules every registry backend applies, in one place: an existing tag is never
 * moved unless the caller says it may move (mutable tags, allow-tag-overwrite), and a tag that
 * no longer names what was written is reported as another writer's doing.
 */

/**
 * Before writing `tag`: `unchanged` when it already names `next`, `write` when it is new or
 * may move; throws when it names another digest and must not move.
 */
function overwriteRule(ctx, tag, current, next, allowOverwrite) {
    if (current === undefined)
        return 'write';
    if (current === next)
        return 'unchanged';
    if (allowOverwrite)
        return 'write';
    throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, operation: 'add tag' }, `tag ${tag} already points to ${current}; refusing to move it to ${next} (tags are treated as immutable)`, 'choose a new tag, or allow overwriting tags explicitly if moving it is intended');
}
/** A tag read back after a write (or at the end of a run) that no longer names `expected`. */
function movedTagError(ctx, tag, expected, actual, fix) {
    return new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, operation: 'verify tag' }, actual === undefined
        ? `tag ${tag} no longer exists (it should name ${expected}): another writer deleted it`
        : `tag ${tag} now points to ${actual}, not ${expected}: another writer moved it`, fix);
}


/***/ }),

/***/ 82246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  l4: () => (/* binding */ reportJson),
  ed: () => (/* binding */ textTable)
});

// UNUSED EXPORTS: reportOutputs, summaryMarkdown

// EXTERNAL MODULE: ./src/changes/classify.ts
var classify = __webpack_require__(27211);
;// CONCATENATED MODULE: ./src/gitops/outputs.ts
/**
 * What a run says of its overlay write-back, pure: the per-repository results, the report's
 * summary of them and the action outputs (`commit-sha`, `commits`, `pull-request-*`).
 */
/** What the report and the outputs say of write-back results (first overlay's repository first). */
function summarizeCommits(results) {
    const commits = {};
    for (const { repository, ...rest } of results)
        commits[repository] = rest;
    const pullRequest = results.find((r) => r.pullRequest)?.pullRequest;
    return { commitSha: results[0]?.commit ?? '', commits, ...(pullRequest ? { pullRequest } : {}) };
}
/** The action outputs for write-back results. */
function gitopsOutputs(results) {
    const { commitSha, commits, pullRequest } = summarizeCommits(results);
    return {
        commitSha,
        commits: JSON.stringify(commits),
        pullRequestNumber: pullRequest ? String(pullRequest.number) : '',
        pullRequestUrl: pullRequest?.url ?? '',
    };
}

// EXTERNAL MODULE: ./src/record/escape.ts
var record_escape = __webpack_require__(88562);
// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __webpack_require__(76670);
;// CONCATENATED MODULE: ./src/report.ts
/**
 * Results → the action's outputs and job summary (and the CLI's JSON/table). Pure. Every
 * string that leaves here passes the one redactor: reasons may quote a registry's answer.
 */




const DECISION_ORDER = ['build', 'promote', 'rollback', 'reuse', 'skip'];
/** Strongest first; an image the run never decided comes last. */
function rank(decision) {
    return decision === 'not-attempted' ? DECISION_ORDER.length : DECISION_ORDER.indexOf(decision);
}
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
        ...(r.signature ? { signature: r.signature } : {}),
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
    const changed = unknown ? 'unknown' : (0,classify/* strongest */.y)(run.images.map((r) => r.change));
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
        ...summarizeCommits(run.commits),
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
        ...(run.picture ? { picture: run.picture } : {}),
    };
}
/**
 * The `tag` output: the tag this run deploys — of the first image that changes (is built,
 * promoted, rolled back or redeployed), else of the first that keeps running what it runs.
 * Only a tag the registry has (guarantee 1), or, when the run itself only plans (plan, dry
 * run, push: false), the tag it would push; never another image's tag when the image that
 * changes has none yet.
 */
function outputTag(run) {
    const usable = (r) => r.status === 'verified' || (run.planning && (r.status === 'planned' || r.status === 'built'));
    const changing = run.images.filter((r) => r.write && r.status !== 'failed');
    const pick = changing.length > 0 ? changing : run.images;
    const first = pick.find((r) => r.tag && usable(r));
    return first?.tag ?? '';
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
        .sort((a, b) => rank(a.decision) - rank(b.decision))
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
/**
 * Markdown for the job summary (redacted): the decisions, then the environments picture.
 * Reasons quote outside text (file names, a registry's answer, who rolled back): they are
 * markdown-escaped, so none of it can become a link, HTML or a table cell.
 */
function summaryMarkdown(report, title = 'image-promote') {
    const rows = report.images.map((i) => `| ${escapeCell(i.name)} | ${i.status === 'failed' ? '❌ ' : ''}${i.decision} | ${escapeCell(fromTo(i))} | ${shortDigest(i.digest) ? `\`${shortDigest(i.digest)}\`` : '—'} | ${i.status} | ${escapeMarkdown(i.reason)} |`);
    const range = report.base
        ? `\`${report.base.slice(0, 7)}..${report.head.slice(0, 7)}\` (${report.baseRule})`
        : `\`${report.head.slice(0, 7)}\``;
    return redact([
        `### ${title}: ${report.decision}`,
        '',
        escapeMarkdown(report.reason),
        '',
        `Changes: **${report.changed}** in ${range}${overlayNote(report)}${deliveryNote(report)}`,
        '',
        '| Image | Decision | From → to | Digest | Status | Reason |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...(report.picture ? [report.picture] : []),
    ].join('\n'));
}
/** Plain-text table for the CLI (redacted). */
function textTable(report) {
    // SOURCE: the first 16 hex of the image's source key (its source tag's), '—' when unknown.
    const header = ['IMAGE', 'DECISION', 'FROM → TO', 'SOURCE', 'STATUS', 'REASON'];
    const rows = report.images.map((i) => [
        i.name,
        i.decision,
        fromTo(i),
        i.source ? i.source.slice(0, 16) : '—',
        i.status,
        i.reason,
    ]);
    const last = header.length - 1;
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (c === last ? 0 : (r[c] ?? '').length))));
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


/***/ }),

/***/ 40319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mn: () => (/* binding */ contextFilter)
/* harmony export */ });
/* unused harmony exports readDockerignore, goClean, DockerPatterns */
/**
 * Which files of a build context docker sends: `.dockerignore` with docker's exact semantics.
 * Pure. The rules, as docker's own code implements them — the pattern matcher the docker CLI,
 * the legacy builder's context walk and BuildKit's file sync share, its `.dockerignore` reader,
 * and the CLI's and BuildKit's choice of ignore file (checked against a real engine by
 * __tests__/integration/build/context.test.ts):
 *
 * Reading the file
 *   - Lines end at "\n" (a "\r" before it is dropped); a UTF-8 BOM on the first line is dropped.
 *   - A line that starts with "#" (before any trimming) is a comment.
 *   - Leading and trailing white space is trimmed (Go's unicode.IsSpace); empty lines are
 *     skipped. A leading "!" makes the pattern an exception; white space after it is trimmed.
 *   - Each pattern is cleaned like Go's filepath.Clean ("./a//b/" → "a/b", "a/../b" → "b")
 *     and one leading "/" is dropped: patterns are relative to the context root.
 *
 * Matching one pattern against a path relative to the context ("a/b/c")
 *   - "*" is any run of characters but "/", "?" one character but "/", "[…]" a character
 *     class ("[^…]" negated; unlike "*" and "?" a class can match "/"), "\x" the character x.
 *   - "**" is any number of directories, including none: "**" then "/x" matches "x" and "a/b/x";
 *     "a/**" matches everything under "a" (not "a" itself); a pattern that is only "**"
 *     matches everything.
 *   - Otherwise the pattern must equal the whole path: "a" matches "a", not "b/a" (but a
 *     pattern that matches a directory takes everything in it, see below).
 *
 * Deciding a path: docker walks the context from the root, and for each path reads the
 * patterns in order, the last one that matches deciding (a "!" pattern un-excludes). A
 * pattern that matched a path's parent directory counts as matching the path too
 * (`MatchesUsingParentResults`), so excluding "docs" excludes "docs/a.md", and "!docs/keep.md"
 * after it brings that one file back. A pattern is only tried where it could change the answer
 * so far (an exception on an excluded path, an exclusion on a sent one), and only what it
 * matched at a directory carries down: with "a", "!a/b/c", "a", the file "a/b/c" is sent.
 *
 * Which .dockerignore: the legacy builder reads `<context>/.dockerignore`; BuildKit prefers
 * `<Dockerfile>.dockerignore` next to the Dockerfile (`Dockerfile.dockerignore`,
 * `api.Dockerfile.dockerignore`) and falls back to `<context>/.dockerignore`. The legacy CLI
 * adds exceptions for the Dockerfile and `.dockerignore` when the patterns would exclude them
 * (TrimBuildFilesFromExcludes, with patternmatcher's older `Matches`). Since the same source
 * may be built by either, a file counts as sent when either builder sends it.
 *
 * Differences kept on purpose, each on the side of counting more:
 *   - Both walkers may skip an excluded directory without looking inside when they judge no
 *     exception can bring a file back (the legacy one unless an exception's text starts with
 *     the directory's path). A file such a skip drops is still counted here.
 *   - A .dockerignore docker cannot read (a line of 64 KiB or more, a lone "!") or a pattern
 *     whose Go regular expression this module does not reproduce exactly (a "\" before a
 *     letter, digit or non-ASCII character, a character class other than plain characters
 *     and ranges) excludes nothing here: every file counts. Docker either fails such a build
 *     or sends a subset of what is counted.
 */
/** A .dockerignore docker would read, as its pattern lines; undefined when it cannot. */
function readDockerignore(text) {
    const patterns = [];
    const lines = text.split('\n');
    // A final "\n" ends the last line; it does not start another.
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        // bufio.Scanner refuses a line (with its end) longer than its 64 KiB buffer.
        if (Buffer.byteLength(line, 'utf8') + 1 >= 64 * 1024)
            return undefined;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (i === 0 && line.startsWith('\uFEFF'))
            line = line.slice(1);
        if (line.startsWith('#'))
            continue;
        let pattern = goTrimSpace(line);
        if (pattern === '')
            continue;
        const invert = pattern.startsWith('!');
        if (invert)
            pattern = goTrimSpace(pattern.slice(1));
        if (pattern.length > 0) {
            pattern = goClean(pattern);
            if (pattern.length > 1 && pattern.startsWith('/'))
                pattern = pattern.slice(1);
        }
        patterns.push(invert ? `!${pattern}` : pattern);
    }
    return patterns;
}
// Go's unicode.IsSpace: the ASCII white space, U+0085, U+00A0 and the Unicode space separators.
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
/** strings.TrimSpace. */
function goTrimSpace(s) {
    return s.replace(TRIM, '');
}
/** filepath.Clean for "/"-separated paths. */
function goClean(path) {
    if (path === '')
        return '.';
    const rooted = path.startsWith('/');
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const joined = out.join('/');
    if (rooted)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}
// Characters patternmatcher escapes because they mean something in a regexp only.
const REGEXP_ONLY = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);
/** One character as a JavaScript regexp (u flag) that matches it literally. */
function literalChar(c) {
    return /^[A-Za-z0-9_]$/.test(c) ? c : `\\u{${c.codePointAt(0).toString(16)}}`;
}
/**
 * A character class at `chars[at]` ("[") in the shapes whose Go and JavaScript meanings agree:
 * an optional "^", then plain characters and ranges `a-z` (low ≤ high), then "]". Returns the
 * JavaScript class and the index after "]", or undefined.
 */
function simpleClass(chars, at) {
    let i = at + 1;
    let source = '[';
    if (chars[i] === '^') {
        source += '^';
        i++;
    }
    const plain = (c) => c !== undefined && !['\\', '[', ']', '-', '*', '?', '/', '^'].includes(c);
    let items = 0;
    for (;;) {
        const c = chars[i];
        if (c === ']' && items > 0)
            return { source: `${source}]`, end: i + 1 };
        if (!plain(c))
            return undefined;
        if (chars[i + 1] === '-') {
            const hi = chars[i + 2];
            if (!plain(hi) || c.codePointAt(0) > hi.codePointAt(0))
                return undefined;
            source += `${literalChar(c)}-${literalChar(hi)}`;
            i += 3;
        }
        else {
            source += literalChar(c);
            i++;
        }
        items++;
    }
}
/**
 * patternmatcher's Pattern.compile, reproduced: the match type it detects and, for regexp
 * patterns, the same regular expression in JavaScript. Undefined when the Go regexp has
 * constructs whose meaning is not reproduced here (see the module comment).
 */
function compilePattern(text) {
    const chars = Array.from(text);
    let type = 'exact';
    let source = '^';
    let i = 0;
    for (let k = 0; k < chars.length; i++) {
        const ch = chars[k++];
        if (ch === '*') {
            if (chars[k] === '*') {
                k++;
                if (chars[k] === '/')
                    k++;
                if (k === chars.length) {
                    if (type === 'exact')
                        type = 'prefix';
                    else {
                        source += '[^\\n]*';
                        type = 'regexp';
                    }
                }
                else {
                    source += '(?:[^\\n]*/)?';
                    type = 'regexp';
                }
                if (i === 0)
                    type = 'suffix';
            }
            else {
                source += '[^/]*';
                type = 'regexp';
            }
        }
        else if (ch === '?') {
            source += '[^/]';
            type = 'regexp';
        }
        else if (REGEXP_ONLY.has(ch)) {
            source += literalChar(ch);
        }
        else if (ch === '\\') {
            const next = chars[k];
            if (next === undefined) {
                // A trailing "\" stays in the regexp, which Go then refuses to compile.
                if (type === 'regexp')
                    return undefined;
                source += '\\\\';
                continue;
            }
            // Go's regexp reads "\" before ASCII punctuation (or space) as that character.
            if (!/^[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/.test(next))
                return undefined;
            source += literalChar(next);
            k++;
            type = 'regexp';
        }
        else if (ch === '[') {
            const cls = simpleClass(chars, k - 1);
            if (!cls)
                return undefined;
            source += cls.source;
            // The class's characters go through the same loop in Go, but none of them is special.
            i += chars.slice(k, cls.end).length;
            k = cls.end;
            type = 'regexp';
        }
        else if (ch === ']') {
            source += literalChar(ch);
            type = 'regexp';
        }
        else if (ch === '^') {
            // Not escaped by patternmatcher: an anchor in Go's regexp as in JavaScript's.
            source += '^';
        }
        else {
            source += literalChar(ch);
        }
    }
    switch (type) {
        case 'exact':
            return (path) => path === text;
        case 'prefix': {
            const prefix = text.slice(0, -2);
            return (path) => path.startsWith(prefix);
        }
        case 'suffix': {
            const suffix = text.slice(2);
            return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
        }
        case 'regexp': {
            let re;
            try {
                re = new RegExp(`${source}$`, 'u');
            }
            catch {
                return undefined;
            }
            return (path) => re.test(path);
        }
    }
}
/** A compiled pattern list, matched the way docker's context walkers match it. */
class DockerPatterns {
    patterns;
    /** Per directory, which patterns matched it (`MatchInfo`), as the walk computes them. */
    dirInfo = new Map();
    constructor(patterns) {
        this.patterns = patterns;
    }
    /** patternmatcher.New; undefined when docker refuses the list or it is not reproduced. */
    static compile(lines) {
        const patterns = [];
        for (const line of lines) {
            let p = goTrimSpace(line);
            if (p === '')
                continue;
            p = goClean(p);
            let exclusion = false;
            if (p.startsWith('!')) {
                if (p.length === 1)
                    return undefined;
                exclusion = true;
                p = p.slice(1);
            }
            const test = compilePattern(p);
            if (!test)
                return undefined;
            patterns.push({ exclusion, text: p, dirs: p.split('/'), test });
        }
        return new DockerPatterns(patterns);
    }
    get empty() {
        return this.patterns.length === 0;
    }
    /**
     * Whether docker leaves `path` (relative to the context, "/"-separated) out when it walks
     * the context: `MatchesUsingParentResults`, fed the results of the path's directories.
     */
    excludes(path) {
        if (this.patterns.length === 0)
            return false;
        const slash = path.lastIndexOf('/');
        const parent = slash === -1 ? undefined : this.infoOf(path.slice(0, slash));
        // The same loop as match(), without recording what matched: files have nothing inside.
        let matched = false;
        const { patterns } = this;
        for (let i = 0; i < patterns.length; i++) {
            const p = patterns[i];
            if ((parent !== undefined && parent[i] === true) || (p.exclusion === matched && p.test(path)))
                matched = !p.exclusion;
        }
        return matched;
    }
    infoOf(dir) {
        const known = this.dirInfo.get(dir);
        if (known)
            return known;
        const slash = dir.lastIndexOf('/');
        const parent = slash === -1 ? undefined : this.infoOf(dir.slice(0, slash));
        const { info } = this.match(dir, parent);
        this.dirInfo.set(dir, info);
        return info;
    }
    /**
     * MatchesUsingParentResults. `parent` is undefined for a top-level path (the walk passes the
     * zero MatchInfo, and a top-level path has no directories to try instead).
     */
    match(file, parent) {
        let matched = false;
        const info = new Array(this.patterns.length).fill(false);
        this.patterns.forEach((p, i) => {
            // A pattern that matched the directory matches what is in it, whatever came before.
            let match = parent ? parent[i] : false;
            if (!match) {
                if (p.exclusion !== matched)
                    return;
                match = p.test(file);
            }
            info[i] = match;
            if (match)
                matched = !p.exclusion;
        });
        return { matched, info };
    }
    /** The matcher's older `Matches`, which the docker CLI uses for its own files. */
    legacyMatches(file) {
        file = goClean(file);
        if (file === '.')
            return false;
        const slash = file.lastIndexOf('/');
        const parentDirs = slash === -1 ? ['.'] : file.slice(0, slash).split('/');
        let matched = false;
        for (const p of this.patterns) {
            if (p.exclusion !== matched)
                continue;
            let match = p.test(file);
            if (!match && slash !== -1 && p.dirs.length <= parentDirs.length)
                match = p.test(parentDirs.slice(0, p.dirs.length).join('/'));
            if (match)
                matched = !p.exclusion;
        }
        return matched;
    }
}
const SENDS_ALL = { sends: () => true, all: true };
/** The files docker sends from a context, under either builder. */
function contextFilter(ignores) {
    const contextLines = ignores.contextIgnore === undefined ? [] : readDockerignore(ignores.contextIgnore);
    // The legacy builder: <context>/.dockerignore, plus exceptions for the build's own files.
    let legacy;
    if (contextLines) {
        const lines = [...contextLines];
        if (DockerPatterns.compile(lines)?.legacyMatches('.dockerignore'))
            lines.push('!.dockerignore');
        const { dockerfile } = ignores;
        if (dockerfile !== undefined && DockerPatterns.compile(lines)?.legacyMatches(dockerfile))
            lines.push(`!${dockerfile}`);
        legacy = DockerPatterns.compile(lines);
    }
    if (!legacy || legacy.empty)
        return SENDS_ALL;
    if (ignores.dockerfileIgnore === undefined) {
        // BuildKit reads the same file and adds no exceptions: it sends no more than the legacy one.
        const only = legacy;
        return { sends: (path) => !only.excludes(path), all: false };
    }
    const lines = readDockerignore(ignores.dockerfileIgnore);
    const buildkit = lines ? DockerPatterns.compile(lines) : undefined;
    if (!buildkit || buildkit.empty)
        return SENDS_ALL;
    const classic = legacy;
    return { sends: (path) => !classic.excludes(path) || !buildkit.excludes(path), all: false };
}


/***/ }),

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ sourceKeys),
/* harmony export */   PO: () => (/* binding */ SOURCE_KEY_VERSION),
/* harmony export */   Vc: () => (/* binding */ inContext),
/* harmony export */   fH: () => (/* binding */ sourceKeysAt),
/* harmony export */   ol: () => (/* binding */ codeTest)
/* harmony export */ });
/* unused harmony exports sentByDocker, codeEntries */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76770);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34730);
/**
 * Source keys: what an image is built from, as one sha256. Pure.
 *
 * Invariant: two commits whose build contexts differ in any byte of a tracked file docker
 * would send never share a key. So the key is made of these tree entries (see
 * src/source/resolve.ts for how symlinks and ignore files are found, and
 * src/source/dockerignore.ts for docker's `.dockerignore` rules):
 *   - without `paths`: every entry in the image's context (symlinks to it followed) that docker
 *     sends, `.dockerignore` applied — `ignore-paths` and `deploy-paths` never take a file
 *     out; a submodule pointer at the context path counts too;
 *   - with `paths`: the entries `paths` names (last matching pattern wins), except those inside
 *     the context that `.dockerignore` keeps docker from sending. `paths` is the user's
 *     statement of what the image is built from: files outside the context count when it
 *     names them (a build step may use them), files in the context it leaves out do not;
 *   - always: the Dockerfile (its target, when it is a symlink), every symlink followed to the
 *     context, the Dockerfile and the ignore files, and the ignore files
 *     (`<context>/.dockerignore`, `<Dockerfile>.dockerignore`);
 *   - the `.gitattributes` of every directory that holds one of those entries, and of the
 *     directories above it: they decide the bytes git checks out (line endings, filters).
 * Each entry contributes its mode, blob id and path (`<mode> SP <oid> TAB <path> NUL`, in path
 * order), so renames, mode changes, symlink targets, submodule pointers and LFS pointer files
 * all change the key. The build recipe (context and Dockerfile as configured, target, build
 * args, platforms) comes first: the same files built another way are another image. What a
 * workflow writes into the checkout before the build (and `.git` itself) is not in the tree,
 * so not in the key: keep it out of the context with `.dockerignore`.
 *
 * v2 (this definition) replaced v1, which dropped `ignore-paths`/`deploy-paths` files from a
 * context, did not read `.dockerignore` and did not follow symlinks. Keys of different versions
 * never match; images built under v1 are adopted by the engine when their commit has the same
 * v2 key (src/engine/decide.ts, `adoption`).
 */



/** Bumped when the key's definition changes, so old keys never match new ones. */
const SOURCE_KEY_VERSION = 'image-promote source key v2';
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
function indexOf(paths, path) {
    const at = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerBound */ .yz)(paths, path);
    return paths[at] === path ? at : undefined;
}
/** Directories ('' for the root) that hold a `.gitattributes`, per tree. */
const attributeDirs = new WeakMap();
function attributesIn(tree) {
    let dirs = attributeDirs.get(tree);
    if (!dirs) {
        dirs = [];
        for (const p of tree.paths) {
            if (p === '.gitattributes')
                dirs.push('');
            else if (p.endsWith('/.gitattributes'))
                dirs.push(p.slice(0, -'/.gitattributes'.length));
        }
        attributeDirs.set(tree, dirs);
    }
    return dirs;
}
/**
 * A test for "docker sends this path of the repository" for an image: inside its context,
 * the context's filter decides; outside, nothing is sent.
 */
function sentByDocker(source) {
    const { context, filter } = source;
    if (context === '')
        return (p) => filter.all || filter.sends(p);
    const prefix = `${context}/`;
    return (p) => p.startsWith(prefix) && (filter.all || filter.sends(p.slice(prefix.length)));
}
/** Whether `path` is inside the image's context (the context itself included). */
function inContext(source, path) {
    return source.context === '' || path === source.context || path.startsWith(`${source.context}/`);
}
/**
 * A test for "`path` is code of the image" by the rules above, for any path (one a tree lists,
 * or one a diff names): what codeEntries picks from a tree, but for `.gitattributes` files
 * (they count through the files beside and below them, which a single path does not show).
 */
function codeTest(image, source) {
    const always = new Set(source.always);
    const sends = sentByDocker(source);
    if (image.paths.length > 0) {
        const named = new _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobList */ .Rz(image.paths).matches;
        return (p) => always.has(p) || (named(p) && (!inContext(source, p) || sends(p)));
    }
    return (p) => always.has(p) || p === source.context || sends(p);
}
/** The entries that are code of `image` (indices into `tree.paths`, ascending). */
function codeEntries(tree, image, source) {
    const { paths } = tree;
    const picked = [];
    const sends = sentByDocker(source);
    if (image.paths.length > 0) {
        for (const i of new _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobList */ .Rz(image.paths).allMatchIndices(paths)) {
            const p = paths[i];
            if (!inContext(source, p) || sends(p))
                picked.push(i);
        }
    }
    else {
        const dir = source.context;
        if (dir !== '') {
            // The context itself may be a submodule pointer.
            const at = indexOf(paths, dir);
            if (at !== undefined)
                picked.push(at);
        }
        const prefix = dir === '' ? '' : `${dir}/`;
        const { filter } = source;
        for (let i = prefix === '' ? 0 : (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerBound */ .yz)(paths, prefix); i < paths.length; i++) {
            const p = paths[i];
            if (!p.startsWith(prefix))
                break;
            if (filter.all || filter.sends(p.slice(prefix.length)))
                picked.push(i);
        }
    }
    for (const p of source.always) {
        const at = indexOf(paths, p);
        if (at !== undefined)
            picked.push(at);
    }
    const entries = [...new Set(picked)].sort((a, b) => a - b);
    return withAttributes(tree, entries);
}
/** Adds the `.gitattributes` of the directories that hold `entries` and of those above them. */
function withAttributes(tree, entries) {
    const dirs = attributesIn(tree);
    if (dirs.length === 0 || entries.length === 0)
        return entries;
    const { paths } = tree;
    const keyed = entries.map((i) => paths[i]);
    const more = [];
    for (const dir of dirs) {
        const prefix = dir === '' ? '' : `${dir}/`;
        const first = keyed[(0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerBound */ .yz)(keyed, prefix)];
        if (first?.startsWith(prefix) !== true)
            continue;
        const at = indexOf(paths, `${prefix}.gitattributes`);
        if (at !== undefined)
            more.push(at);
    }
    return more.length === 0 ? entries : [...new Set([...entries, ...more])].sort((a, b) => a - b);
}
/** Source keys of every image whose source resolved, from one tree. */
function sourceKeys(tree, images, sources) {
    const keys = new Map();
    for (const image of images) {
        const source = sources.get(image.name);
        if (!source || 'problem' in source)
            continue;
        const indices = codeEntries(tree, image, source);
        // One update per image: the bytes are the same as one update per entry.
        const records = [`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`];
        tree.appendRecords(indices, records);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(records.join(''));
        keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
    }
    return keys;
}
/** Resolves every image's source at the tree's commit (reading blobs with git), then keys. */
async function sourceKeysAt(git, tree, images) {
    const sources = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSources */ .l)(git, tree, images);
    return { keys: sourceKeys(tree, images, sources), sources };
}


/***/ }),

/***/ 34730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ resolveSources)
});

// UNUSED EXPORTS: resolveSource

// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __webpack_require__(76770);
;// CONCATENATED MODULE: ./src/source/blobs.ts
/** The contents of the blobs `oids` (full ids), as text; an id that names no blob is left out. */
async function readBlobs(git, oids) {
    const wanted = [...new Set(oids)];
    const blobs = await git.readBlobs(wanted);
    const out = new Map();
    wanted.forEach((oid, i) => {
        const blob = blobs[i];
        if (blob)
            out.set(oid, blob.toString('utf8'));
    });
    return out;
}

// EXTERNAL MODULE: ./src/source/dockerignore.ts
var dockerignore = __webpack_require__(40319);
;// CONCATENATED MODULE: ./src/source/resolve.ts



/** Go's limit on symlinks followed in one path (filepath.EvalSymlinks). */
const MAX_LINKS = 255;
const SYMLINK = '120000';
const GITLINK = '160000';
/** Mode and object id of entry `i`, from its record (`<mode> SP <oid> TAB <path> NUL`). */
function entryAt(tree, i) {
    const record = tree.record(i);
    const space = record.indexOf(' ');
    return { mode: record.slice(0, space), oid: record.slice(space + 1, record.indexOf('\t')) };
}
function indexOf(tree, path) {
    const at = (0,globs/* lowerBound */.yz)(tree.paths, path);
    return tree.paths[at] === path ? at : undefined;
}
function isDirectory(tree, path) {
    if (path === '')
        return true;
    return tree.paths[(0,globs/* lowerBound */.yz)(tree.paths, `${path}/`)]?.startsWith(`${path}/`) === true;
}
/**
 * Follows `path` through the tree like the operating system would. `links` are the symlink
 * entries followed; the result's kind is what the path finally names.
 */
function walk(tree, path, blobs) {
    const queue = path.split('/');
    const resolved = [];
    const links = [];
    const via = [];
    let kind = 'directory';
    while (queue.length > 0) {
        const part = queue.shift();
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            // Lexical, as in filepath.EvalSymlinks: back to the directory of what came before.
            if (resolved.length === 0)
                return { fail: 'escapes', at: '..', via };
            resolved.pop();
            kind = 'directory';
            continue;
        }
        // The path that is missing: from here on, as far as it was still to go.
        const rest = () => [...resolved, part, ...queue].filter((q) => q !== '').join('/');
        if (kind !== 'directory') {
            // Something inside a file: not a directory (ENOTDIR), so the path does not exist.
            return { fail: 'missing', at: rest(), via };
        }
        const candidate = [...resolved, part].join('/');
        const i = indexOf(tree, candidate);
        if (i === undefined) {
            if (!isDirectory(tree, candidate))
                return { fail: 'missing', at: rest(), via };
            resolved.push(part);
            continue;
        }
        const { mode, oid } = entryAt(tree, i);
        if (mode === SYMLINK) {
            const target = blobs.get(oid);
            if (target === undefined)
                return { need: oid };
            links.push(candidate);
            via.push(`${candidate} → ${target}`);
            if (links.length > MAX_LINKS)
                return { fail: 'loop', at: candidate, via };
            if (target.startsWith('/'))
                return { fail: 'escapes', at: target, via };
            queue.unshift(...target.split('/'));
            continue;
        }
        resolved.push(part);
        kind = mode === GITLINK ? 'gitlink' : 'file';
    }
    return { path: resolved.join('/'), kind, links, via };
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function join(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/**
 * An ignore file at `path`: its text and the entries on the way, `undefined` text when there
 * is none, `unreadable` when it cannot be read inside the repository (then nothing is left
 * out), or the blob needed next.
 */
function ignoreFile(tree, path, blobs) {
    const w = walk(tree, path, blobs);
    if ('need' in w)
        return w;
    if ('fail' in w) {
        if (w.fail === 'missing')
            return { entries: [] };
        // A symlink that leaves the repository or loops: its rules are unknown.
        return { unreadable: true, entries: indexOf(tree, path) === undefined ? [] : [path] };
    }
    const entries = [...w.links, ...(w.kind === 'directory' ? [] : [w.path])];
    if (w.kind !== 'file')
        return { unreadable: true, entries };
    const oid = entryAt(tree, indexOf(tree, w.path)).oid;
    const text = blobs.get(oid);
    if (text === undefined)
        return { need: oid };
    return { text, entries };
}
/** One image's resolution from the tree and the blobs known so far, or the blobs it needs. */
function resolveSource(tree, image, blobs) {
    const configuredContext = image.context === '.' ? '' : image.context;
    const context = walk(tree, configuredContext, blobs);
    const dockerfile = walk(tree, image.dockerfile, blobs);
    const dockerfileDir = walk(tree, dirname(image.dockerfile), blobs);
    const need = [context, dockerfile, dockerfileDir].flatMap((w) => ('need' in w ? [w.need] : []));
    if (need.length > 0)
        return { need };
    const problem = (what, path, kind, at, via) => ({ problem: { what, path, kind, at, via } });
    if ('fail' in context)
        return problem('context', image.context, context.fail, context.at, context.via);
    if ('need' in context)
        return { need: [context.need] };
    if (context.kind === 'file')
        return problem('context', image.context, 'not-directory', context.path, context.via);
    if ('fail' in dockerfile)
        return problem('Dockerfile', image.dockerfile, dockerfile.fail, dockerfile.at, dockerfile.via);
    if ('need' in dockerfile)
        return { need: [dockerfile.need] };
    if (dockerfile.kind !== 'file')
        return problem('Dockerfile', image.dockerfile, 'not-file', dockerfile.path, dockerfile.via);
    // The Dockerfile's directory resolved above, so this walk ends well too.
    const dfDir = 'path' in dockerfileDir ? dockerfileDir : undefined;
    const contextIgnore = ignoreFile(tree, join(context.path, '.dockerignore'), blobs);
    const dockerfileIgnore = dfDir
        ? ignoreFile(tree, join(dfDir.path, `${basename(image.dockerfile)}.dockerignore`), blobs)
        : { entries: [] };
    if ('need' in contextIgnore || 'need' in dockerfileIgnore) {
        return {
            need: [contextIgnore, dockerfileIgnore].flatMap((f) => ('need' in f ? [f.need] : [])),
        };
    }
    const prefix = context.path === '' ? '' : `${context.path}/`;
    const inside = context.path === '' || dockerfile.path.startsWith(prefix);
    const filter = contextIgnore.unreadable || dockerfileIgnore.unreadable
        ? (0,dockerignore/* contextFilter */.mn)({})
        : (0,dockerignore/* contextFilter */.mn)({
            ...(contextIgnore.text !== undefined ? { contextIgnore: contextIgnore.text } : {}),
            ...(dockerfileIgnore.text !== undefined
                ? { dockerfileIgnore: dockerfileIgnore.text }
                : {}),
            ...(inside ? { dockerfile: dockerfile.path.slice(prefix.length) } : {}),
        });
    const always = new Set([
        ...context.links,
        ...dockerfile.links,
        ...(dfDir?.links ?? []),
        dockerfile.path,
        ...contextIgnore.entries,
        ...dockerfileIgnore.entries,
    ]);
    return {
        context: context.path,
        dockerfile: dockerfile.path,
        always: [...always].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
        filter,
    };
}
/**
 * Every image's resolution at one commit, reading the blobs it needs (symlink targets,
 * ignore files) with git: one batch per round of symlinks followed.
 */
async function resolveSources(git, tree, images) {
    const blobs = new Map();
    const out = new Map();
    let pending = [...images];
    while (pending.length > 0) {
        const need = new Set();
        const next = [];
        for (const image of pending) {
            const r = resolveSource(tree, image, blobs);
            if ('need' in r) {
                for (const oid of r.need)
                    need.add(oid);
                next.push(image);
            }
            else {
                out.set(image.name, r);
            }
        }
        if (need.size === 0)
            break;
        const read = await readBlobs(git, [...need]);
        for (const oid of need) {
            const text = read.get(oid);
            if (text === undefined)
                throw new Error(`git cat-file cannot read the blob ${oid} of ${tree.commit.slice(0, 7)}`);
            blobs.set(oid, text);
        }
        pending = next;
    }
    return out;
}


/***/ }),

/***/ 71689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zc: () => (/* binding */ readTree)
/* harmony export */ });
/* unused harmony exports parseLsTree, treeFromListing */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71243);
/**
 * One commit's tree as git stores it: every entry of `git ls-tree -r` (files, symlinks,
 * submodule pointers), sorted by path. One git call, no history needed.
 *
 * A 20,000-file tree is read on every run, so the listing is kept as git printed it: one
 * string plus offsets into it. Paths are slices of that string; an entry's mode and id are
 * only cut out when asked for (`entries`, `record`).
 */

/** Parses `git ls-tree -r -z --full-tree` output: `<mode> SP <type> SP <oid> TAB <path> NUL`. */
function parseLsTree(output) {
    const listing = scan(output);
    return Array.from({ length: listing.paths.length }, (_, i) => listing.entry(i));
}
/** Offsets of each record of an ls-tree listing, in listing order. */
class Listing {
    text;
    paths = [];
    /** Start of the record (its mode). */
    starts = [];
    /** The space after the mode. */
    modeEnds = [];
    /** Start of the object id. */
    oidStarts = [];
    /** The TAB before the path. */
    tabs = [];
    /** The NUL after the path (the text's length when the last one is missing). */
    ends = [];
    /** False when git's order is not JavaScript's (see treeFromListing). */
    sorted = true;
    constructor(text) {
        this.text = text;
    }
    entry(i) {
        const text = this.text;
        return {
            mode: text.slice(this.starts[i], this.modeEnds[i]),
            oid: text.slice(this.oidStarts[i], this.tabs[i]),
            path: this.paths[i],
        };
    }
    record(i) {
        const out = [];
        this.appendRecords([i], out);
        return out.join('');
    }
    appendRecords(indices, out) {
        const { text, starts, modeEnds, oidStarts, ends } = this;
        // `<mode> ` and `<oid> TAB <path> NUL` are both in the listing as printed.
        for (const i of indices) {
            const end = ends[i];
            out.push(text.slice(starts[i], modeEnds[i] + 1));
            if (end < text.length)
                out.push(text.slice(oidStarts[i], end + 1));
            else
                out.push(text.slice(oidStarts[i], end), '\0');
        }
    }
    /** Reorders every column by `order` (indices into the current order). */
    permute(order) {
        const pick = (column) => order.map((i) => column[i]);
        const paths = pick(this.paths);
        this.paths.length = 0;
        for (const p of paths)
            this.paths.push(p);
        this.starts = pick(this.starts);
        this.modeEnds = pick(this.modeEnds);
        this.oidStarts = pick(this.oidStarts);
        this.tabs = pick(this.tabs);
        this.ends = pick(this.ends);
    }
}
function scan(output) {
    const listing = new Listing(output);
    const { paths, starts, modeEnds, oidStarts, tabs, ends } = listing;
    let previous = '';
    let at = 0;
    while (at < output.length) {
        const end = output.indexOf('\0', at);
        const stop = end === -1 ? output.length : end;
        const tab = output.indexOf('\t', at);
        if (tab === -1 || tab > stop)
            throw new Error(`unexpected git ls-tree output near "${output.slice(at, at + 80)}"`);
        const s1 = output.indexOf(' ', at);
        const s2 = output.indexOf(' ', s1 + 1);
        starts.push(at);
        modeEnds.push(s1);
        oidStarts.push(s2 + 1);
        tabs.push(tab);
        ends.push(stop);
        const path = output.slice(tab + 1, stop);
        if (path < previous)
            listing.sorted = false;
        paths.push(path);
        previous = path;
        at = stop + 1;
    }
    return listing;
}
class ListedTree {
    commit;
    listing;
    built;
    constructor(commit, listing) {
        this.commit = commit;
        this.listing = listing;
    }
    get paths() {
        return this.listing.paths;
    }
    get entries() {
        this.built ??= this.listing.paths.map((_, i) => this.listing.entry(i));
        return this.built;
    }
    record(i) {
        return this.listing.record(i);
    }
    appendRecords(indices, out) {
        this.listing.appendRecords(indices, out);
    }
}
/** A tree from `git ls-tree -r -z --full-tree` output (sorted here when git's order differs). */
function treeFromListing(commit, output) {
    const listing = scan(output);
    const paths = listing.paths;
    // git sorts bytes with trees as "name/"; that is JavaScript's order except for unusual
    // names (non-ASCII), so sort only when the scan saw a pair out of order.
    if (!listing.sorted) {
        const order = paths.map((_, j) => j);
        order.sort((a, b) => {
            const pa = paths[a];
            const pb = paths[b];
            return pa < pb ? -1 : pa > pb ? 1 : 0;
        });
        listing.permute(order);
    }
    return new ListedTree(commit, listing);
}
/** Listings already read or under way, per repository: a commit's tree never changes. */
const listings = new WeakMap();
/**
 * The tree of `commit` (which must be present locally). With `peel`, git itself checks that
 * `commit` names a commit (it lists `<commit>^{commit}`), so no separate lookup is needed.
 * A listing is read once per Git instance (a failed one is tried again on the next call), so
 * a caller may start it early and the engine picks it up.
 */
function readTree(git, commit, options = {}) {
    const peel = options.peel === true;
    // Only a full id always names the same tree (a branch or HEAD may move).
    if (!_git_js__WEBPACK_IMPORTED_MODULE_0__/* .FULL_ID */ .G2.test(commit))
        return listTree(git, commit, peel);
    let known = listings.get(git);
    if (!known)
        listings.set(git, (known = new Map()));
    const key = `${peel ? '^' : ''}${commit}`;
    const cached = known.get(key);
    if (cached)
        return cached;
    const listed = listTree(git, commit, peel);
    known.set(key, listed);
    listed.catch(() => known.delete(key));
    return listed;
}
async function listTree(git, commit, peel) {
    const listing = await git.lsTree(commit, { peel });
    if (peel)
        git.rememberCommit(commit);
    return treeFromListing(commit, listing);
}


/***/ }),

/***/ 27251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zd: () => (/* binding */ checkTagShapes),
  Dx: () => (/* binding */ createTagPolicy),
  xo: () => (/* binding */ mutableTagRefusal)
});

// UNUSED EXPORTS: renderInput, tagContext

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/event/trigger.ts
var event_trigger = __webpack_require__(99668);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __webpack_require__(78159);
;// CONCATENATED MODULE: ./src/tags/shapes.ts

/** How `release` tags are described in conflicts (git tag names are version tags). */
const RELEASE_TEMPLATE = 'the git tag name of a release (v1.2.3)';
// ---- Character sets -------------------------------------------------------------------------
/** Every character a tag may contain, in the order examples prefer them. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-';
const CLASSES = {
    hex: /^[0-9a-f]$/,
    digit: /^[0-9]$/,
    tag: /^[A-Za-z0-9_.-]$/,
};
function inSet(set, c) {
    return set.kind === 'eq' ? c === set.char : CLASSES[set.name].test(c);
}
const HEX = { kind: 'class', name: 'hex' };
const DIGIT = { kind: 'class', name: 'digit' };
const TAG_CHAR = { kind: 'class', name: 'tag' };
/** Literal text, one segment per character (tag text is ASCII: parseTemplate checks it). */
function literal(text) {
    return Array.from({ length: text.length }, (_, i) => ({
        set: { kind: 'eq', char: text.charAt(i) },
        min: 1,
        max: 1,
    }));
}
function tokenSegment(token, length) {
    switch (token) {
        case 'sha':
            return { set: HEX, min: length ?? 40, max: length ?? 40 };
        case 'source':
            return { set: HEX, min: length ?? 64, max: length ?? 64 };
        case 'pr':
        case 'run':
            // A number: a pull request or run number has at most 20 digits.
            return { set: DIGIT, min: 1, max: 20 };
        case 'date':
            return { set: DIGIT, min: 8, max: 8 };
        case 'datetime':
            return { set: DIGIT, min: 14, max: 14 };
        case 'branch':
        case 'version':
            return { set: TAG_CHAR, min: 0, max: Infinity };
    }
}
function maxLength(segments) {
    return segments.reduce((n, s) => n + s.max, 0);
}
function templateLanguage(template) {
    const segments = (0,tags_template/* parseTemplate */.QC)(template).flatMap((p) => 'text' in p ? literal(p.text) : [tokenSegment(p.token, p.length)]);
    return { segments, strip: true, long: maxLength(segments) > tags_template/* TAG_MAX_LENGTH */.h9 };
}
/** Registry tags of releases: a version tag (`v?` digits …), sanitised and shortened. */
const RELEASE_LANGUAGE = {
    segments: [
        { set: { kind: 'eq', char: 'v' }, min: 0, max: 1 },
        { set: DIGIT, min: 1, max: 1 },
        { set: TAG_CHAR, min: 0, max: Infinity },
    ],
    strip: true,
    long: true,
};
function tagLanguage(tag) {
    return { segments: literal(tag), strip: false, long: false };
}
// ---- Automata -------------------------------------------------------------------------------
/** A nondeterministic automaton over tag characters, with ε moves. */
class Nfa {
    edges = [];
    eps = [];
    accepting = new Set();
    starts = [];
    add() {
        this.edges.push([]);
        this.eps.push([]);
        return this.edges.length - 1;
    }
    edge(from, set, to) {
        this.edges[from].push({ set, to });
    }
    epsilon(from, to) {
        this.eps[from].push(to);
    }
    /** Appends `segments` after `from`; returns every state on the way and the end state. */
    chain(from, segments) {
        const states = [from];
        let cur = from;
        for (const s of segments) {
            for (let k = 0; k < s.min; k++) {
                const n = this.add();
                this.edge(cur, s.set, n);
                states.push(n);
                cur = n;
            }
            if (s.max === Infinity) {
                const loop = this.add();
                this.epsilon(cur, loop);
                this.edge(loop, s.set, loop);
                states.push(loop);
                cur = loop;
            }
            else if (s.max > s.min) {
                const end = this.add();
                this.epsilon(cur, end);
                for (let k = s.min; k < s.max; k++) {
                    const n = this.add();
                    this.edge(cur, s.set, n);
                    this.epsilon(n, end);
                    states.push(n);
                    cur = n;
                }
                states.push(end);
                cur = end;
            }
        }
        return { states, end: cur };
    }
    closure(states) {
        const out = new Set();
        const stack = [...states];
        while (stack.length > 0) {
            const s = stack.pop();
            if (out.has(s))
                continue;
            out.add(s);
            stack.push(...this.eps[s]);
        }
        return out;
    }
    /** The states after reading `c` from `states` (ε moves included), ascending. */
    step(states, c) {
        const next = new Set();
        for (const s of states)
            for (const e of this.edges[s])
                if (inSet(e.set, c))
                    for (const t of this.closed(e.to))
                        next.add(t);
        return [...next].sort((p, q) => p - q);
    }
    closures = new Map();
    closed(state) {
        let c = this.closures.get(state);
        if (!c)
            this.closures.set(state, (c = [...this.closure([state])]));
        return c;
    }
    /** Every state reachable from the starts by reading "." and "-" only (stripped prefixes). */
    afterDotsAndDashes() {
        let all = [...this.closure(this.starts)];
        for (;;) {
            const more = new Set([...all, ...this.step(all, '.'), ...this.step(all, '-')]);
            if (more.size === all.length)
                return all.sort((p, q) => p - q);
            all = [...more];
        }
    }
    /** Adds `-` and 8 hex after each of `from`, ending in an accepting state (fitTag's suffix). */
    hashSuffix(from) {
        const tail = this.add();
        for (const s of from)
            this.epsilon(s, tail);
        const { end } = this.chain(tail, [
            { set: { kind: 'eq', char: '-' }, min: 1, max: 1 },
            { set: HEX, min: 8, max: 8 },
        ]);
        this.accepting.add(end);
    }
}
/**
 * The tags a kind can produce (`render`) or a shape accepts (`accept`), as an automaton whose
 * start states already account for stripped leading "." and "-".
 */
function automaton(language) {
    const nfa = new Nfa();
    const begin = nfa.add();
    nfa.starts.push(begin);
    const { states, end } = nfa.chain(begin, language.segments);
    nfa.accepting.add(end);
    const start = language.strip
        ? nfa.afterDotsAndDashes()
        : [...nfa.closure(nfa.starts)].sort((p, q) => p - q);
    // Every non-empty prefix of a (stripped) rendering can head a shortened one: an
    // over-approximation of fitTag, added after the start states so the head is never empty.
    if (language.long)
        nfa.hashSuffix(states);
    return { nfa, start };
}
/**
 * The literal text every tag of `language` starts with: its leading literal characters, less
 * the "." and "-" stripping removes in front and a shortening may trim at the end.
 */
function fixedStart(language) {
    let text = '';
    for (const s of language.segments) {
        if (s.set.kind !== 'eq' || s.min !== 1 || s.max !== 1)
            break;
        text += s.set.char;
    }
    if (language.strip) {
        const kept = text.replace(/^[.-]+/, '');
        // All of it may go, and then whatever follows leads: nothing is fixed.
        if (kept.length < text.length && kept === '')
            return '';
        text = kept;
    }
    return language.long ? text.replace(/[.-]+$/, '') : text;
}
/**
 * The characters a tag of `language` can start with, or undefined when the leading segments
 * do not say (the tag may be empty, or stripping "." and "-" lets a later character lead). A
 * shortened tag keeps its first character (fitTag keeps a non-empty prefix).
 */
function firstChars(language) {
    let chars = '';
    for (const s of language.segments) {
        for (const c of ALPHABET)
            if (s.max > 0 && !chars.includes(c) && inSet(s.set, c))
                chars += c;
        if (s.min > 0)
            return language.strip && /[.-]/.test(chars) ? undefined : chars;
    }
    return undefined;
}
/**
 * The shortest tag `render` can produce that `accept` accepts, or undefined when none can be.
 * A rendered tag never starts with "." or "-" (they are stripped).
 */
function meet(render, accept) {
    // Quick answers: tags of both start with their fixed text, so different starts never meet;
    // nor do tags whose first characters cannot be the same.
    const pa = fixedStart(render);
    const pb = fixedStart(accept);
    if (!pa.startsWith(pb) && !pb.startsWith(pa))
        return undefined;
    const fa = firstChars(render);
    const fb = firstChars(accept);
    if (fa !== undefined && fb !== undefined && !Array.from(fa).some((c) => fb.includes(c))) {
        return undefined;
    }
    const a = automaton(render);
    const b = automaton(accept);
    // Characters the two automata cannot tell apart behave alike: one representative each.
    const distinct = new Map();
    for (const e of [...a.nfa.edges.flat(), ...b.nfa.edges.flat()])
        distinct.set(e.set.kind === 'eq' ? `=${e.set.char}` : e.set.name, e.set);
    const sets = [...distinct.values()];
    const seen = new Set();
    const alphabet = [];
    for (const c of ALPHABET) {
        const signature = sets.map((s) => (inSet(s, c) ? '1' : '0')).join('');
        if (seen.has(signature))
            continue;
        seen.add(signature);
        alphabet.push(c);
    }
    const key = (x, y) => `${x.join(',')}|${y.join(',')}`;
    const accepts = (nfa, states) => states.some((s) => nfa.accepting.has(s));
    const visited = new Set([key(a.start, b.start)]);
    let frontier = [{ x: a.start, y: b.start, text: '' }];
    while (frontier.length > 0) {
        const next = [];
        for (const node of frontier) {
            for (const c of alphabet) {
                if (node.text === '' && render.strip && (c === '.' || c === '-'))
                    continue;
                const x = a.nfa.step(node.x, c);
                if (x.length === 0)
                    continue;
                const y = b.nfa.step(node.y, c);
                if (y.length === 0)
                    continue;
                const text = node.text + c;
                if (accepts(a.nfa, x) && accepts(b.nfa, y))
                    return text;
                const k = key(x, y);
                if (visited.has(k))
                    continue;
                visited.add(k);
                next.push({ x, y, text });
            }
        }
        frontier = next;
    }
    return undefined;
}
// ---- The check ------------------------------------------------------------------------------
function freeText(template) {
    const tokens = (0,tags_template/* parseTemplate */.QC)(template).flatMap((p) => ('token' in p ? [p.token] : []));
    if (tokens.includes('branch'))
        return 'branch';
    if (tokens.includes('version'))
        return 'version';
    return undefined;
}
/**
 * Every way a tag of one kind can take a reserved shape (see the module comment), each with
 * an example. Empty for the defaults (`sha-{sha:7}`, `pr-{pr}-{sha:7}`, `src-{source:16}`,
 * `latest`). Templates must parse (parseTemplate); the config reader checks that first.
 */
function tagShapeConflicts(templates) {
    const out = [];
    const shapes = [];
    if (templates.sourceTag !== undefined) {
        shapes.push({
            kind: 'source-tag',
            template: templates.sourceTag,
            language: templateLanguage(templates.sourceTag),
        });
    }
    const commitShapes = ['tag-template', 'pr-tag-template'].map((kind) => {
        const template = kind === 'tag-template' ? templates.tagTemplate : templates.prTagTemplate;
        return { kind, template, language: templateLanguage(template) };
    });
    const check = (origin, template, language, against, dependsOn) => {
        for (const shape of against) {
            const example = meet(language, shape.language);
            if (example === undefined)
                continue;
            out.push({
                origin,
                template,
                shapeOf: shape.kind,
                shape: shape.template,
                example,
                ...(dependsOn ? { dependsOn } : {}),
            });
        }
    };
    const source = shapes.filter((s) => s.kind === 'source-tag');
    for (const c of commitShapes) {
        check(c.kind, c.template, c.language, source, freeText(c.template));
    }
    for (const t of templates.extraTags)
        check('extra-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
    for (const t of templates.promoteTags)
        check('promote-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
    for (const t of templates.requestedTags ?? [])
        check('tag', t, tagLanguage(t), source, undefined);
    check('release', RELEASE_TEMPLATE, RELEASE_LANGUAGE, source, 'tag name');
    if (templates.sourceTag !== undefined) {
        check('source-tag', templates.sourceTag, templateLanguage(templates.sourceTag), commitShapes, undefined);
    }
    return out;
}
/** The sentence for a conflict: what renders what, and whose shape that is. */
function describeConflict(c) {
    const what = c.origin === 'release'
        ? `a release's git tag name can give the registry tag "${c.example}"`
        : c.origin === 'tag'
            ? `"${c.template}"`
            : `"${c.template}" can render "${c.example}"`;
    const why = c.shapeOf === 'source-tag'
        ? 'source tags are reserved: "an image of this source exists" is decided by that tag alone'
        : `a tag of that shape says which commit an image was built from`;
    return `${what}, which has the shape of ${c.shapeOf} "${c.shape}"; ${why}`;
}

;// CONCATENATED MODULE: ./src/tags/policy.ts




/**
 * The one wording of the mutable-tag rule. `reason` comes from mutableReason; `fix` says how to
 * pin the tag where the user is (the pin-digest input, the CLI's --pin-digest, a digest).
 */
function mutableTagRefusal(reason, fix) {
    return `${reason}: a tag that can move is written only pinned to its digest — ${fix}`;
}
/** The tags the `tag` input names (`previous` names none; a commit's tag is tag-template's). */
function requestedTags(config) {
    const request = config.tag;
    if (request?.kind !== 'refs')
        return [];
    return [request.all, ...Object.values(request.byImage)].flatMap((r) => [
        ...(r?.tag !== undefined ? [r.tag] : []),
        ...(r?.as !== undefined ? [r.as] : []),
    ]);
}
/** What to do about a conflict, by the input that can be changed. */
function shapeFix(c) {
    switch (c.origin) {
        case 'tag':
            return 'name the commit tag (sha-…) or a digest instead: source tags are looked up, never requested';
        case 'release':
        case 'source-tag':
            return 'keep a prefix of its own in source-tag (the default is "src-{source:16}")';
        case 'extra-tags':
        case 'promote-tags':
            return `give "${c.template}" a prefix of its own (e.g. "branch-{branch}"), so it cannot look like a ${c.shapeOf} tag`;
        case 'tag-template':
        case 'pr-tag-template':
            return `change "${c.template}" (or source-tag) so the two start differently`;
    }
}
/**
 * Refuses tag templates that can collide with a reserved shape whatever the run (a conflict
 * of tagShapeConflicts with no `dependsOn`): an InputError naming the input, with an example.
 * For the config reader; createTagPolicy calls it too.
 */
function checkTagShapes(config) {
    const conflicts = tagShapeConflicts({
        tagTemplate: config.tagTemplate,
        prTagTemplate: config.prTagTemplate,
        ...(config.sourceTag !== undefined ? { sourceTag: config.sourceTag } : {}),
        extraTags: config.extraTags,
        promoteTags: config.promoteTags,
        requestedTags: requestedTags(config),
    });
    const fixed = conflicts.find((c) => c.dependsOn === undefined);
    if (!fixed)
        return;
    throw new errors/* InputError */.dz(fixed.origin, describeConflict(fixed), shapeFix(fixed));
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
        return (0,tags_template/* renderTemplate */.Xm)(template, ctx);
    }
    catch (err) {
        if (err instanceof tags_template/* TemplateError */.$w)
            throw new errors/* InputError */.dz(input, `"${template}": ${err.message}`);
        throw err;
    }
}
/** Throws when `template` cannot be rendered from a commit alone (tokens besides {sha}). */
function commitTemplateProblem(template) {
    const others = (0,tags_template/* tokensOf */.k8)(template).filter((t) => t !== 'sha');
    if (others.length > 0 || !(0,tags_template/* tokensOf */.k8)(template).includes('sha')) {
        throw new errors/* InputError */.dz('tag', `a commit SHA stands for the tag tag-template makes for it, but "${template}" ${others.length > 0 ? `uses {${others.join('}, {')}}` : 'has no {sha}'}, so a commit alone does not say its tag`, 'give the tag itself');
    }
}
/** Whether this run's builds get `extra-tags` templates, one by one. */
function extraTagApplies(template, trigger) {
    if (trigger.pullRequest || trigger.kind === 'tag' || trigger.kind === 'release')
        return false;
    if ((0,tags_template/* usesToken */.et)(template, 'branch'))
        return trigger.branch !== undefined && trigger.branch !== '';
    return trigger.onDefaultBranch;
}
function reservedShapes(config) {
    const templates = [
        ['source-tag', config.sourceTag],
        ['tag-template', config.tagTemplate],
        ['pr-tag-template', config.prTagTemplate],
    ];
    const matchers = new Map();
    for (const [shape, template] of templates)
        if (template !== undefined)
            matchers.set(shape, { template, test: (0,tags_template/* templateMatcher */.xx)(template) });
    return {
        taken: (tag, among) => {
            for (const shape of among) {
                const m = matchers.get(shape);
                if (m?.test(tag))
                    return { shape, template: m.template };
            }
            return undefined;
        },
    };
}
const EVERY_SHAPE = ['source-tag', 'tag-template', 'pr-tag-template'];
/**
 * The refusal of a tag rendered for this run that takes a reserved shape: which value made it
 * (the branch, the version) and what to do.
 */
function renderedShapeError(input, template, tag, taken, ctx) {
    const value = (0,tags_template/* usesToken */.et)(template, 'branch')
        ? `the branch "${ctx.branch ?? ''}" makes `
        : (0,tags_template/* usesToken */.et)(template, 'version')
            ? `the version "${ctx.version ?? ''}" makes `
            : '';
    const why = taken.shape === 'source-tag'
        ? 'source tags are reserved for images of that source, so nothing else may make one'
        : 'a tag of that shape says which commit an image was built from';
    const fix = value.startsWith('the branch')
        ? `nothing was pushed; rename the branch, or give "${template}" a prefix of its own (e.g. "branch-{branch}")`
        : `nothing was pushed; change "${template}" so it cannot look like a ${taken.shape} tag`;
    return new errors/* InputError */.dz(input, `${value}"${template}" ${value === '' ? 'renders' : 'render'} "${tag}", which has the shape of ${taken.shape} "${taken.template}": ${why}`, fix);
}
function createTagPolicy(config, trigger, now) {
    checkTagShapes(config);
    const pullRequest = trigger.pullRequest !== undefined;
    const primaryInput = pullRequest ? 'pr-tag-template' : 'tag-template';
    const primaryTemplate = pullRequest ? config.prTagTemplate : config.tagTemplate;
    const ctx = tagContext(trigger, now);
    const shapes = reservedShapes(config);
    const extra = [];
    for (const template of config.extraTags) {
        if (!extraTagApplies(template, trigger))
            continue;
        let tag;
        try {
            tag = (0,tags_template/* renderTemplate */.Xm)(template, ctx);
        }
        catch {
            // A mutable add-on whose token has no value in this run (e.g. {pr} on a push) is left out.
            continue;
        }
        const taken = shapes.taken(tag, EVERY_SHAPE);
        if (taken)
            throw renderedShapeError('extra-tags', template, tag, taken, ctx);
        extra.push(tag);
    }
    const release = (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
        ? (0,tags_template/* tagFromName */.IB)(trigger.tagName) || undefined
        : undefined;
    const releaseTaken = release ? shapes.taken(release, ['source-tag']) : undefined;
    if (release && releaseTaken) {
        throw new errors/* InputError */.dz('source-tag', `the release ${trigger.tagName ?? release} gives the registry tag "${release}", which has the shape of source-tag "${releaseTaken.template}": source tags are reserved for images of that source`, 'nothing was pushed; keep a prefix of its own in source-tag (the default is "src-{source:16}")');
    }
    // Tags this run treats as mutable whatever their shape: they move between runs.
    const mutable = new Map([['latest', '"latest" always moves']]);
    if (trigger.branch) {
        const branchTag = (0,tags_template/* sanitizeForTag */.ne)(trigger.branch);
        if (branchTag)
            mutable.set(branchTag, `"${branchTag}" is the name of a branch`);
    }
    for (const t of extra)
        mutable.set(t, `"${t}" is in extra-tags`);
    for (const template of config.promoteTags) {
        try {
            const t = (0,tags_template/* renderTemplate */.Xm)(template, ctx);
            mutable.set(t, `"${t}" is in promote-tags (an environment tag)`);
        }
        catch {
            // Not renderable in this run, so not a tag this run could have made.
        }
    }
    const matchers = [config.tagTemplate, config.prTagTemplate, config.sourceTag]
        .filter((t) => t !== undefined)
        .map(tags_template/* templateMatcher */.xx);
    return {
        // No check needed: a commit tag of source-tag shape means a source tag of commit-tag shape
        // too, which checkTagShapes refuses whatever the run.
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
        commitTag: (sha) => {
            commitTemplateProblem(config.tagTemplate);
            return renderInput('tag', config.tagTemplate, { sha: sha.padEnd(40, '0'), date: now });
        },
        commitDigits: () => {
            commitTemplateProblem(config.tagTemplate);
            return Math.max(7, ...(0,tags_template/* parseTemplate */.QC)(config.tagTemplate).map((p) => 'token' in p && p.token === 'sha' ? (p.length ?? 40) : 0));
        },
        env: () => config.promoteTags.map((template) => {
            const tag = renderInput('promote-tags', template, ctx);
            const taken = shapes.taken(tag, EVERY_SHAPE);
            if (taken)
                throw renderedShapeError('promote-tags', template, tag, taken, ctx);
            return tag;
        }),
        isImmutable: (tag) => !mutable.has(tag) && ((0,event_trigger/* isVersionTag */.JM)(tag) || matchers.some((m) => m(tag))),
        mutableReason: (tag) => {
            const known = mutable.get(tag);
            if (known)
                return known;
            if ((0,event_trigger/* isVersionTag */.JM)(tag) || matchers.some((m) => m(tag)))
                return undefined;
            return `"${tag}" is not a tag tag-template, pr-tag-template or source-tag make, nor a version`;
        },
    };
}


/***/ }),

/***/ 78159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   IB: () => (/* binding */ tagFromName),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   et: () => (/* binding */ usesToken),
/* harmony export */   h9: () => (/* binding */ TAG_MAX_LENGTH),
/* harmony export */   k8: () => (/* binding */ tokensOf),
/* harmony export */   ne: () => (/* binding */ sanitizeForTag),
/* harmony export */   pe: () => (/* binding */ isImmutableTemplate),
/* harmony export */   x3: () => (/* binding */ shaExtractor),
/* harmony export */   xx: () => (/* binding */ templateMatcher)
/* harmony export */ });
/* unused harmony exports TOKENS, fitTag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98286);
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


/***/ })

};
