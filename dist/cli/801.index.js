export const id = 801;
export const ids = [801];
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
    classify(files) {
        const sorted = isSorted(files) ? files : [...files].sort();
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
/* harmony export */   YP: () => (/* binding */ indexIn),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   yz: () => (/* binding */ lowerBound)
/* harmony export */ });
/* unused harmony export ascendingUnique */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

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
function simpleShape(pattern) {
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
class GlobList {
    compiled;
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
        this.rangeable = compiled.every((c) => c.negated || c.shape.kind !== 'other');
        if (compiled.length === 0)
            this.matches = () => false;
        else if (compiled.every((c) => !c.negated)) {
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
    allMatches(sorted) {
        return this.allMatchIndices(sorted).map((i) => sorted[i]);
    }
    allMatchIndices(sorted) {
        if (!this.rangeable) {
            const all = [];
            for (let i = 0; i < sorted.length; i++)
                if (this.matches(sorted[i]))
                    all.push(i);
            return all;
        }
        const runs = [];
        this.scanRanges(sorted, (i, p) => {
            (runs[p] ??= []).push(i);
            return false;
        });
        return inOrder(Object.values(runs));
    }
    firstMatch(sorted) {
        if (!this.rangeable)
            return sorted.find(this.matches);
        let first;
        this.scanRanges(sorted, (i) => {
            first = sorted[i];
            return true;
        });
        return first;
    }
    scanRanges(sorted, found) {
        for (const [p, { shape, negated }] of this.compiled.entries()) {
            if (negated || shape.kind === 'other')
                continue;
            const base = shape.kind === 'literal' ? shape.path : shape.base;
            const at = lowerBound(sorted, base);
            if (sorted[at] === base && this.matches(base) && found(at, p))
                return;
            if (shape.kind === 'literal')
                continue;
            const dir = `${base}/`;
            for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                const f = sorted[i];
                if (!f.startsWith(dir))
                    break;
                if (this.matches(f) && found(i, p))
                    return;
            }
        }
    }
}
function inOrder(runs) {
    if (runs.length <= 1)
        return runs[0] ?? [];
    runs.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < runs.length; i++) {
        if (runs[i - 1]?.at(-1) >= runs[i]?.[0])
            return ascendingUnique(runs.flat());
    }
    return runs.flat();
}
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
function indexIn(sorted, value) {
    const at = lowerBound(sorted, value);
    return sorted[at] === value ? at : undefined;
}
function compileGlobs(patterns) {
    return new GlobList(patterns).matches;
}
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
function shapeOf(pattern) {
    if (!GLOB_CHARS.test(pattern))
        return { kind: 'literal', path: pattern };
    const dirOnly = /^(.+)\/\*\*$/.exec(pattern);
    if (dirOnly?.[1] !== undefined && !GLOB_CHARS.test(dirOnly[1]))
        return { kind: 'dir', base: dirOnly[1] };
    return { kind: 'other' };
}
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


/***/ }),

/***/ 45881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ History),
/* harmony export */   E: () => (/* binding */ DEEPEN_STEPS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71243);


const DEEPEN_STEPS = [32, 128, 512, 2048, 8192];
class History {
    git;
    logger;
    ready;
    remoteName;
    constructor(git, logger, ready = Promise.resolve()) {
        this.git = git;
        this.logger = logger;
        this.ready = ready;
    }
    async remote() {
        if (this.remoteName === undefined) {
            const remotes = await this.git.remotes();
            this.remoteName = remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
        }
        return this.remoteName;
    }
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
    async ensureBranch(branch) {
        const remote = await this.remote();
        if (!remote)
            return this.git.resolveCommit(branch);
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
    async ensureTag(name) {
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
        const sha = (listed.find((r) => r.ref.endsWith('^{}')) ?? listed[0])?.sha;
        if (sha === undefined)
            return undefined;
        return (await this.ensureCommit(sha)) ? sha : undefined;
    }
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
    async deepenUntil(refs, found) {
        const first = await found();
        if (first !== undefined)
            return first;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        await this.ready;
        for (const step of DEEPEN_STEPS) {
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

/***/ 2801:
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






function targetTag(target) {
    return target.tag && target.tagDigest === target.digest
        ? [{ tag: target.tag, digest: target.digest }]
        : [];
}
function unique(relies) {
    return relies.filter((r, i) => relies.findIndex((o) => o.tag === r.tag && o.digest === r.digest) === i);
}
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
async function executeBuilds(outcomes, deps) {
    const builds = outcomes.filter((o) => o.decision.kind === 'build' && o.status !== 'failed');
    if (builds.length === 0)
        return outcomes;
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
async function executeTags(outcomes, deps, hooks = {}) {
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
            if (strategy.forced === false && src_git/* FULL_ID */.G2.test(before))
                return { base: before, rule: 'push', unchecked: { problem: missing } };
            if (!(await history.ensureCommit(before)))
                return { rule: 'push', problem: missing };
            if (strategy.forced === false)
                return { base: before, rule: 'push' };
            const ancestor = await history.deepenUntil([head], async () => (await git.isAncestor(before, head)) ? true : (await git.isShallow()) ? undefined : false);
            if (ancestor === true)
                return { base: before, rule: 'push' };
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
        case 'pull-request':
        case 'merge-group': {
            const { kind, baseSha } = strategy;
            if (!(await history.ensureCommit(baseSha))) {
                const what = kind === 'pull-request' ? 'the PR base' : 'the merge group base';
                return { rule: kind, problem: `${what} ${detect_short(baseSha)} cannot be fetched` };
            }
            if (kind === 'merge-group')
                return { base: baseSha, rule: kind };
            return mergeBaseWith([baseSha], baseSha, kind);
        }
        case 'previous-tag':
            return previousTag(git, history, head, strategy.tagName);
        case 'overlay':
            return {
                rule: 'overlay',
                problem: 'the overlay names no image whose commit is known, and this event has no base of its own (set the "base" input)',
            };
        case 'unknown':
            return { rule: 'unknown', problem: strategy.reason };
    }
}
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
        return viaApiOrNone(trigger, opts, resolved.rule, resolved.problem);
    }
    const reason = gitUsable
        ? `the head commit ${detect_short(head)} is not in the checkout and cannot be fetched`
        : 'there is no git checkout';
    return viaApiOrNone(trigger, opts, trigger.base.kind, reason);
}
async function viaApiOrNone(trigger, opts, rule, problem) {
    return ((await fromApi(trigger, opts, { rule, problem })) ?? {
        head: trigger.head,
        baseRule: rule,
        files: [],
        complete: false,
        note: problem ?? 'no base commit',
        source: 'none',
    });
}
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

// EXTERNAL MODULE: ./src/config/images.ts
var config_images = __webpack_require__(70286);
// EXTERNAL MODULE: ./src/config/tag-input.ts
var tag_input = __webpack_require__(72931);
// EXTERNAL MODULE: ./src/source/keys.ts
var source_keys = __webpack_require__(3317);
// EXTERNAL MODULE: ./src/source/check.ts
var check = __webpack_require__(31513);
// EXTERNAL MODULE: ./src/source/resolve.ts + 1 modules
var resolve = __webpack_require__(34730);
// EXTERNAL MODULE: ./src/source/tree.ts
var source_tree = __webpack_require__(71689);
// EXTERNAL MODULE: ./src/tags/template.ts
var template = __webpack_require__(78159);
// EXTERNAL MODULE: ./src/engine/lookup.ts
var lookup = __webpack_require__(53810);
// EXTERNAL MODULE: ./src/engine/needs.ts
var engine_needs = __webpack_require__(21731);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/facts.ts















function selectedImages(config) {
    if (config.matrixImage)
        return config.images.filter((i) => i.name === config.matrixImage);
    if (config.fromPlan) {
        const names = new Set(config.fromPlan.map((p) => p.name));
        return config.images.filter((i) => names.has(i.name));
    }
    return config.images;
}
function withRepository(image, states, requested) {
    if (!image.defaultRepository || requested?.repository)
        return image;
    const held = states.find((s) => s.images.get(image.name)?.found);
    const value = held ? (0,types/* overlayValue */.uk)(held, image.name) : undefined;
    if (value?.repository !== undefined) {
        const repository = (0,lookup/* repositoryOf */._M)(value, image);
        return repository === image.repository ? image : { ...image, repository };
    }
    const kustomize = held ? held.format === 'kustomize' : states[0]?.format === 'kustomize';
    if (kustomize)
        return image;
    const where = states.length > 0
        ? `${states.map((s) => s.overlay.path).join(', ')} does not name one`
        : 'no overlay names one';
    throw new errors/* InputError */.dz('registry', `no repository for ${image.name}: ${where}`, `set registry (on the command line: --registry, e.g. ghcr.io/acme), a repository for ${image.name} in images, or give a full reference (${image.name}=ghcr.io/acme/${image.name}:TAG)`);
}
function shaPrefixOf(config, value) {
    const tag = value.tag;
    return tag
        ? [config.tagTemplate, config.prTagTemplate]
            .map((t) => (0,template/* shaExtractor */.x3)(t)?.(tag))
            .find((p) => p !== undefined)
        : undefined;
}
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
        const sha = await history.deepenUntil([deps.trigger.head], () => git.resolveCommit(prefix));
        if (sha)
            return { sha, via: 'tag' };
    }
    return undefined;
}
async function headTree(deps, history) {
    const head = deps.trigger.head;
    try {
        const listed = await (0,source_tree/* readTree */.Z)(deps.git, head, { peel: true }).catch(() => undefined);
        if (listed)
            return listed;
        if (!(await history.ensureCommit(head))) {
            return {
                problem: `the commit ${head.slice(0, 7)} is not in the checkout and cannot be fetched`,
            };
        }
        return await (0,source_tree/* readTree */.Z)(deps.git, head);
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
function diffWithHead(deps, sha, overlays, early) {
    const head = deps.trigger.head;
    if (sha === head)
        return Promise.resolve({ changed: [], old: new Map() });
    const paths = overlayPaths(overlays);
    return deps.git.changedFiles(sha, head).then(async (changed) => {
        const read = await early;
        const used = paths.filter((p) => changed.includes(p));
        const texts = read
            ? used.map((p) => read[paths.indexOf(p)])
            : await Promise.all(used.map((p) => deps.git.show(sha, p)));
        return { changed, old: new Map(used.map((p, i) => [p, texts[i]])) };
    });
}
function overlayPaths(overlays) {
    return [...new Set(overlays.map((s) => s.overlay.path))];
}
function quiet(promise) {
    promise.catch(() => undefined);
    return promise;
}
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
            throw new errors/* InputError */.dz('images', `${where} does not name the image ${image.name} (${has})`, 'fix the image name, add an entry for it to the overlay, or set create-missing: true (--create-missing)');
        }
        const state = states.find((s) => (0,config_images/* imageFor */.zd)(image, s.overlay.path).key !== undefined) ?? first;
        const key = (0,config_images/* imageFor */.zd)(image, state.overlay.path).key;
        if (key === undefined) {
            const miss = (0,config_images/* keyMissProblem */.ng)(image, first.overlay.path);
            if (miss)
                throw new errors/* UserError */.yo(miss);
            const keyed = config.images
                .filter((i) => (0,config_images/* imageFor */.zd)(i, first.overlay.path).key !== undefined)
                .map((i) => i.name);
            const hint = (0,check/* nearest */.p)(image.name, keyed);
            throw new errors/* InputError */.dz('images', `${where} is a ${first.format} file, and the image ${image.name} has no key path for it (images with one: ${someOf(keyed)})`, `${hint ? `did you mean ${hint}? ` : ''}fix the image name, or give ${image.name} a key (key: in its images entry; deploy --key ${image.name}=PATH)`);
        }
        const likely = state.known.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
        throw new errors/* InputError */.dz('images', `${where} has no value at "${key}" for the image ${image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(likely.length > 0 ? likely : state.known)})`, 'fix the key, add the key to the overlay, or set create-missing: true (--create-missing)');
    }
}
function someOf(names, limit = 12) {
    if (names.length === 0)
        return 'nothing';
    const shown = names.slice(0, limit).join(', ');
    return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function actedOn(config, images) {
    const request = config.tag;
    if (request?.kind === 'refs' && request.all === undefined)
        return images.filter((i) => i.name in request.byImage);
    if (request?.kind === 'previous' && request.images)
        return images.filter((i) => request.images?.includes(i.name));
    return [...images];
}
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
    const treeListed = needs.tree || needs.recordKeys ? headTree(deps, history) : undefined;
    const from = config.mode === 'promote' ? placement.fromOverlay : undefined;
    const reader = placement.overlays.length > 0 || from ? await Promise.all(/* import() */[__webpack_require__.e(452), __webpack_require__.e(662)]).then(__webpack_require__.bind(__webpack_require__, 80662)) : undefined;
    const none = [];
    const [overlays, fromOverlay] = await Promise.all([
        reader ? reader.readOverlayStates(placement.overlays, config.images) : none,
        reader && from ? reader.readOverlayStates([from], config.images) : none,
    ]);
    for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings))
        logger.warning(w);
    checkOverlaysName(config, overlays, actedOn(config, configured));
    const images = configured.map((image) => withRepository(image, overlays, (0,tag_input/* requestedRef */.oH)(config.tag, image.name)));
    const ask = config.registryCheck ? lookup/* lookup */.$I : () => Promise.resolve(undefined);
    const primary = needs.primary ? tryPrimary(deps) : undefined;
    const release = needs.release ? policy.release : undefined;
    const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));
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
            const slot = (0,types/* overlaySlot */.lJ)(state, image);
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
    const diffs = new Map();
    const byPrefixOf = new Map();
    const startPrefix = (prefix) => {
        let started = byPrefixOf.get(prefix);
        if (started)
            return started;
        const read = (byPrefixOf.size + 1) * overlays.length <= 4
            ? quiet(deps.git.commitFiles(prefix, overlayPaths(overlays)))
            : undefined;
        started = quiet(read
            ? read.then((r) => r.commit, () => deps.git.resolveCommit(prefix))
            : deps.git.resolveCommit(prefix));
        const speculative = quiet(diffWithHead(deps, `${prefix}^{commit}`, overlays, read?.then((r) => r.texts)));
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
    const sources = tree === undefined
        ? undefined
        : 'problem' in tree
            ? tree
            : await (0,resolve/* resolveSources */.l)(deps.git, tree, images).catch((err) => ({
                problem: `cannot read what the images are built from at ${tree.commit.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            }));
    if (needs.tree && tree && !('problem' in tree) && sources && !('problem' in sources)) {
        try {
            (0,check/* checkSources */.B)(tree, images, sources, {
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
        const sourceFound = (0,types/* found */.F9)(sourceImage);
        if (needs.labels &&
            !config.verify &&
            sourceFound &&
            sourceFound.digest !== (0,types/* found */.F9)(deployedImage)?.digest) {
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
            ? Promise.all(/* import() */[__webpack_require__.e(452), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 87092)).then(({ rollbackFacts }) => rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file)))
            : Promise.resolve(undefined),
        needs.records
            ? Promise.all(/* import() */[__webpack_require__.e(452), __webpack_require__.e(987), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952)).then(({ gatherRecords }) => gatherRecords(deps, placement, overlays, perImage, (commit, group) => changesSince(deps, history, commit, group, overlays, okSources, diffs)))
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
function recordKeys(deps, keys) {
    try {
        return keys();
    }
    catch (err) {
        deps.logger.debug(`the source keys for the deploy record: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
async function changesSince(deps, history, commit, images, overlays, sources, diffs) {
    if (!(await history.ensureCommit(commit)))
        return undefined;
    const diff = await (diffs.get(commit) ?? diffWithHead(deps, commit, overlays));
    return classifier(deps.config, images, sources).classify(await withoutOwnDeploys(deps, diff, overlays));
}
function tryPrimary(deps) {
    try {
        return deps.policy.primary();
    }
    catch {
        return undefined;
    }
}
function detectEventChanges(deps, ready) {
    return detectChanges(deps.trigger, {
        git: deps.git,
        logger: deps.logger,
        ...(deps.api ? { api: deps.api } : {}),
        ...(ready ? { ready } : {}),
    });
}
async function withoutOwnDeploys(deps, diff, overlays) {
    const files = diff.changed;
    const own = new Set();
    for (const state of overlays) {
        const path = state.overlay.path;
        if (!files.includes(path))
            continue;
        const old = diff.old.get(path);
        if (old === undefined)
            continue;
        const { onlyValuesChanged } = await Promise.all(/* import() */[__webpack_require__.e(452), __webpack_require__.e(662)]).then(__webpack_require__.bind(__webpack_require__, 80662));
        try {
            const updates = deps.config.images.flatMap((image) => {
                const v = (0,types/* overlayValue */.uk)(state, image.name);
                if (!v)
                    return [];
                return [{ image, repository: (0,lookup/* repositoryOf */._M)(v, image).name, ...v }];
            });
            const same = onlyValuesChanged(state, old, deps.config.images, updates, {
                pinDigest: deps.config.pinDigest,
                createMissing: false,
                isImmutable: (tag) => deps.policy.isImmutable(tag),
            });
            if (same)
                own.add(path);
        }
        catch {
        }
    }
    return own.size === 0 ? files : files.filter((f) => !own.has(f));
}
function valueIn(states, image) {
    for (const state of states) {
        const v = (0,types/* overlayValue */.uk)(state, image.name);
        if (v)
            return { overlay: state.overlay.path, value: v };
    }
    return undefined;
}
async function compare(deps, history, images, headTreeOrProblem, headSources, overlays, started) {
    const { config, trigger } = deps;
    const head = trigger.head;
    const override = trigger.base.kind === 'input';
    const commits = await Promise.all(images.map((f, i) => f.deployed && !('problem' in headTreeOrProblem)
        ? deployedCommit(deps, history, f.deployed.value, (0,types/* found */.F9)(f.deployed.image), started.byPrefix[i]).catch((err) => {
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
        const adoptable = indices.some((i) => {
            const f = out[i];
            const source = (0,types/* found */.F9)(f.sourceImage);
            return !source || source.digest !== (0,types/* found */.F9)(f.deployed?.image)?.digest;
        });
        try {
            const [diff, tree] = await Promise.all([
                override ? undefined : (started.diffs.get(sha) ?? diffWithHead(deps, sha, overlays)),
                adoptable ? (0,source_tree/* readTree */.Z)(deps.git, sha) : Promise.resolve(undefined),
            ]);
            const changes = diff
                ? classifier(config, group, headSources).classify(await withoutOwnDeploys(deps, diff, overlays))
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
    const byTop = new Map([[await (0,promises_.realpath)(deps.git.cwd), deps.git]]);
    const byDir = new Map();
    return {
        overlays: config.overlays,
        ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
        root,
        ...(writeBack ? { writeBack } : {}),
        gitFor: (file) => {
            const dir = (0,external_node_path_.dirname)(file);
            let found = byDir.get(dir);
            if (!found) {
                found = (async () => {
                    const shown = await new src_git/* Git */.TU(dir, logger).topLevel();
                    const top = await (0,promises_.realpath)(shown);
                    let git = byTop.get(top);
                    if (!git)
                        byTop.set(top, (git = new src_git/* Git */.TU(top, logger)));
                    git.rememberTopLevel(shown);
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


async function verifyOutcomes(outcomes, deps, options) {
    const fresh = !outcomes.some((o) => o.wrote);
    return Promise.all(outcomes.map(async ({ readLast, ...o }) => {
        if (['failed', 'not-attempted', 'built', 'unverified'].includes(o.status))
            return o;
        if (o.decision.kind === 'keep-unverified')
            return o;
        const target = o.target;
        if (options.planning) {
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









function preflight(deps) {
    const { config, trigger, policy } = deps;
    if (config.tag?.kind === 'refs' && !config.pinDigest && config.registryCheck) {
        for (const ref of [config.tag.all, ...Object.values(config.tag.byImage)]) {
            const t = ref?.digest === undefined ? ref?.tag : undefined;
            const why = t === undefined ? undefined : policy.mutableReason(t);
            if (why) {
                throw new errors/* InputError */.dz('tag', (0,tags_policy/* mutableTagRefusal */.xo)(why, 'give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true (--pin-digest) to deploy it pinned to the digest it has now'));
            }
        }
    }
    if (config.commit !== 'none' && trigger.pullRequest && config.mode !== 'plan') {
        throw new errors/* UserError */.yo(`input 'commit': ${config.commit === 'push' ? 'true' : config.commit} does not apply to pull request events — use write-overlay to render a preview, or run the deploy on push`);
    }
}
async function prepareTrust(deps) {
    if (deps.config.sign === undefined && deps.config.verify === undefined)
        return undefined;
    return (await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 95809))).prepareTrust(deps);
}
async function runEngine(deps) {
    const result = await runCounted(deps);
    const requests = deps.tally?.counts();
    if (requests?.length)
        result.requests = requests;
    return result;
}
async function runCounted(deps) {
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
async function addPicture(deps, placement, result) {
    try {
        const { environmentsPicture } = await Promise.all(/* import() */[__webpack_require__.e(452), __webpack_require__.e(987), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952));
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
        if (trust)
            facts = await (await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 95809))).verifyCandidates(facts, deps, trust);
    }
    catch (err) {
        return notAttempted(deps, err);
    }
    const decisions = (0,decide/* decide */.LD)({ config, trigger: deps.trigger, policy: deps.policy, facts });
    let outcomes = decisions.map(initialOutcome);
    if (!planning) {
        outcomes = await executeBuilds(outcomes, deps);
        let hooks = {};
        if (trust) {
            const provenance = await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 95809));
            outcomes = await provenance.signOutcomes(outcomes, facts, deps, trust);
            hooks = { copied: provenance.copySignatures(deps, trust) };
        }
        if (config.push)
            outcomes = await executeTags(outcomes, deps, hooks);
    }
    outcomes = await verifyOutcomes(outcomes, deps, { planning: planning || !config.push });
    if (!planning && config.push && !outcomes.some((o) => o.status === 'failed')) {
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
        const { startRecord } = await Promise.all(/* import() */[__webpack_require__.e(452), __webpack_require__.e(987), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952));
        const recorder = await startRecord(outcomes, facts, deps);
        if (recorder.record)
            result.record = recorder.record;
        try {
            const { writeOverlays } = await Promise.all(/* import() */[__webpack_require__.e(452), __webpack_require__.e(320), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 46372));
            const written = await writeOverlays(outcomes, facts, deps, placement, recorder.record);
            result.overlayChanged = written.changed;
            result.overlayFiles = written.files;
            result.overlayChanges = written.changes;
            result.overlayTexts = written.texts;
            result.commits = written.commits;
        }
        catch (err) {
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
;// CONCATENATED MODULE: ./src/http/tally.ts
class RequestTally {
    hosts = new Map();
    count(service, host, request) {
        const key = `${service} ${host}`;
        let entry = this.hosts.get(key);
        if (!entry) {
            entry = { service, host, requests: 0, retried: 0, throttled: 0 };
            this.hosts.set(key, entry);
        }
        entry.requests++;
        if (request.retry)
            entry.retried++;
        if (request.status === 429)
            entry.throttled++;
    }
    counts() {
        return [...this.hosts.values()].map((c) => ({ ...c }));
    }
}

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
var manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/pool.ts
var pool = __webpack_require__(57937);
// EXTERNAL MODULE: ./src/registry/oci-wire.ts
var oci_wire = __webpack_require__(89274);
// EXTERNAL MODULE: ./src/registry/backend.ts
var backend = __webpack_require__(41023);
;// CONCATENATED MODULE: ./src/registry/oci.ts











const DOCKER_HUB_API = 'registry-1.docker.io';
function isLoopback(host) {
    const bare = host.replace(/:\d+$/, '').toLowerCase();
    return bare === 'localhost' || bare === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}
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
function decodeErrors(body) {
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
const MANIFEST_CACHE_BYTES = 16 * 1024 * 1024;
class OciRegistry extends backend/* Backend */.Z {
    options;
    kind = 'oci';
    concurrency;
    artifactStore;
    known = new Map();
    knownBytes = 0;
    constructor(options) {
        super(options, 'another process writes this tag; the registry has no compare-and-swap, so make such tags immutable in the registry (the only real lock) or serialise the writers');
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
                return (0,oci_wire/* descriptorOf */.n)(known);
            const digest = ref.digest;
            const head = await this.retry(this.ctx('HEAD manifest', ref.path, digest), () => this.headByDigest(ref.path, digest, scopes));
            if (head !== null)
                return head;
        }
        const fetched = await this.fetchManifest(ref.path, reference, scopes);
        return fetched && (0,oci_wire/* descriptorOf */.n)(fetched);
    }
    async addTag(source, tag, options = {}) {
        this.checkHost(source);
        this.checkTag(tag, source.path);
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
        this.checkTag(tag, target.path);
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
        return this.configOf(ref.path, top, (digest) => this.fetchManifest(ref.path, digest, scopes), 'GET manifest', (digest) => this.readBlobIn(ref.path, digest, scopes));
    }
    async readBlob(repo, digest) {
        this.checkHost(repo);
        return this.readBlobIn(repo.path, digest, [(0,registry_auth.pullScope)(repo.path)]);
    }
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
        this.artifactStore ??= __webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 59548)).then(({ OciArtifacts }) => new OciArtifacts(this));
        return this.artifactStore;
    }
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
    remember(repository, manifest) {
        const key = `${repository}@${manifest.digest}`;
        if (this.known.has(key) || this.knownBytes + manifest.bytes.length > MANIFEST_CACHE_BYTES)
            return;
        this.known.set(key, manifest);
        this.knownBytes += manifest.bytes.length;
    }
    async putManifest(repository, reference, manifest, scopes) {
        const res = await this.sendOk({
            method: 'PUT',
            url: this.manifestUrl(repository, reference),
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        }, scopes, this.ctx('PUT manifest', repository, reference), 201, 200, 202);
        const claimed = res.headers.get('docker-content-digest');
        const subject = res.headers.get('oci-subject');
        return {
            ...(claimed !== null ? { claimed } : {}),
            ...(subject !== null ? { subject } : {}),
        };
    }
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
        const location = res.headers.get('location');
        if (!location)
            throw new registry_http/* RegistryError */.gl(ctx, 'the registry opened an upload without a Location');
        this.options.logger.debug(`registry ${this.options.registry}: mount of ${blob.digest} refused; streaming it`);
        const getCtx = this.ctx('GET blob', from, blob.digest);
        const download = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${from}/blobs/${blob.digest}` }, scopes, getCtx, true);
        if (download.status !== 200 || !download.stream)
            throw this.errorFor(download, getCtx);
        try {
            await this.upload(location, to, blob.digest, verifiedStream(download.stream, blob.digest, getCtx), download.headers.get('content-length'), scopes);
        }
        catch (err) {
            download.discard?.();
            throw err;
        }
    }
    async upload(location, repository, digest, body, length, scopes) {
        const { endpoint } = this.options;
        const headers = { 'Content-Type': 'application/octet-stream' };
        if (length !== null)
            headers['Content-Length'] = length;
        const patch = await this.sendOk({ method: 'PATCH', url: new URL(location, endpoint).toString(), headers, body }, scopes, this.ctx('upload blob', repository, digest), 202, 204);
        const commitUrl = new URL(patch.headers.get('location') ?? location, endpoint);
        commitUrl.searchParams.set('digest', digest);
        await this.sendOk({ method: 'PUT', url: commitUrl.toString(), headers: { 'Content-Length': '0' } }, scopes, this.ctx('commit blob', repository, digest), 201, 204, 200);
    }
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
    checkTag(tag, repository) {
        const problem = (0,reference/* tagProblem */.qH)(tag);
        if (problem) {
            throw new errors/* UserError */.yo(`cannot tag ${this.options.registry}/${repository}${(0,registry_http/* formatRefSuffix */.Uc)(tag)}: ${problem}`);
        }
    }
    async sendOk(req, scopes, ctx, ...ok) {
        const res = await this.send(req, scopes, ctx);
        if (!ok.includes(res.status))
            throw this.errorFor(res, ctx);
        return res;
    }
    errorFor(res, ctx) {
        res.discard?.();
        const raw = decodeErrors(res.body);
        const code = raw.code && (0,redact/* redact */.E$)(raw.code).slice(0, 100);
        const message = raw.message && (0,redact/* redact */.E$)(raw.message).slice(0, 300);
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
    async requestManifest(method, repository, reference, scopes, ctx) {
        const url = this.manifestUrl(repository, reference);
        const res = await this.send({ method, url, headers: { Accept: manifest/* MANIFEST_ACCEPT */.dY } }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        return res;
    }
    manifestUrl(repository, reference) {
        return `${this.options.endpoint}/v2/${repository}/manifests/${reference}`;
    }
    retry(ctx, attempt) {
        const { http, clock, logger } = this.options;
        return (0,registry_http/* retryIntegrity */._Y)({ policy: http.policy, clock, logger }, ctx, attempt);
    }
    async getManifestOnce(repository, reference, scopes, ctx) {
        const res = await this.requestManifest('GET', repository, reference, scopes, ctx);
        if (!res)
            return undefined;
        const bytes = res.body;
        const claimed = res.headers.get('docker-content-digest') ?? undefined;
        if (isDigest(reference))
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, reference);
        if (claimed !== undefined) {
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, claimed, 'the Docker-Content-Digest it sent');
        }
        const digest = isDigest(reference) ? reference : (0,manifest/* digestOf */.ol)(bytes, claimed);
        let parsed;
        try {
            parsed = (0,manifest/* parseManifest */.Ng)(bytes, res.headers.get('content-type') ?? undefined);
        }
        catch (err) {
            if (!(err instanceof manifest/* ManifestError */.Sh))
                throw err;
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry returned bytes that are not a manifest (${err.message}; they hash to ${digest})`);
        }
        return {
            manifest: { bytes, mediaType: parsed.mediaType, digest, parsed },
            claimed: claimed !== undefined,
        };
    }
    async headByDigest(repository, digest, scopes) {
        const ctx = this.ctx('HEAD manifest', repository, digest);
        const res = await this.requestManifest('HEAD', repository, digest, scopes, ctx);
        if (!res)
            return undefined;
        const claimed = res.headers.get('docker-content-digest');
        if (claimed !== null && claimed !== digest) {
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry answered a request for ${digest} with Docker-Content-Digest ${claimed}`);
        }
        const mediaType = (0,manifest/* bareMediaType */.ZX)(res.headers.get('content-type'));
        const size = Number(res.headers.get('content-length') ?? NaN);
        if (!mediaType || !manifest/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType) || !Number.isSafeInteger(size))
            return null;
        return { digest, mediaType, size };
    }
    async readSource(source, scopes) {
        const manifest = await this.fetchManifest(source.path, (0,oci_wire/* manifestReference */.T)(source), scopes);
        if (!manifest) {
            throw new registry_http/* RegistryError */.gl(this.ctx('read source', source.path, (0,oci_wire/* manifestReference */.T)(source)), 'the source image does not exist (no such tag, digest or repository)', 'check the reference, or build and push the image first');
        }
        return manifest;
    }
    async writeTag(repository, tag, manifest, scopes, options, copyContent) {
        const current = await this.fetchManifest(repository, tag, scopes, manifest.digest);
        const unchanged = this.checkOverwrite(current, (0,oci_wire/* descriptorOf */.n)(manifest), repository, tag, options);
        if (unchanged)
            return unchanged;
        await copyContent?.();
        const { claimed } = await this.putManifest(repository, tag, manifest, scopes);
        await this.confirmWrite(repository, tag, manifest, scopes, claimed);
        return { descriptor: (0,oci_wire/* descriptorOf */.n)(manifest), changed: true };
    }
    readBlobIn(repository, digest, scopes) {
        const ctx = this.ctx('GET blob', repository, digest);
        return this.retry(ctx, async () => {
            const res = await this.sendOk({ method: 'GET', url: `${this.options.endpoint}/v2/${repository}/blobs/${digest}` }, scopes, ctx, 200);
            if (res.body.length > MAX_CONFIG_BYTES) {
                throw new registry_http/* RegistryError */.gl(ctx, `the blob is larger than ${MAX_CONFIG_BYTES} bytes`);
            }
            (0,registry_http/* requireDigest */.m0)(ctx, res.body, digest);
            return res.body;
        });
    }
}
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
async function* verifiedStream(source, digest, ctx) {
    const algorithm = (0,manifest/* digestAlgorithm */.g4)(digest) ?? 'sha256';
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
    const actual = `${algorithm}:${hash.digest('hex')}`;
    if (actual !== digest)
        throw (0,registry_http/* digestMismatch */.H3)(ctx, digest, actual);
}
class ContentCopier {
    registry;
    from;
    to;
    scopes;
    concurrency;
    blobs = new Map();
    manifests = new Map();
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
        await (0,pool/* mapPool */.P)(parsed.children, this.concurrency, (child) => this.child(child));
    }
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
                const { to, scopes } = this;
                const { claimed } = await this.registry.putManifest(to, child.digest, fetched, scopes);
                await this.registry.confirmWrite(to, child.digest, fetched, scopes, claimed);
            })();
            this.manifests.set(child.digest, pending);
        }
        return pending;
    }
}
function isDigest(reference) {
    return reference.includes(':');
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
    const { tally } = options;
    const http = new registry_http/* Http */.lw({ transport, policy, logger, clock, ...(tally ? { tally } : {}) });
    const registries = new Map();
    const putPacers = new Map();
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
        const { EcrRegistry, createEcrClient, createEcrWriteClient, createPutImagePacer, getEcrAuthorization, } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 67734));
        const client = options.ecrClient?.(host) ?? (tally ? createEcrClient(host, { retry: policy }) : undefined);
        const writeClient = client && tally && !options.ecrClient
            ? createEcrWriteClient(host, client, { retry: policy })
            : undefined;
        if (tally) {
            for (const c of [client, writeClient])
                if (c)
                    countSdkRequests(c, domain, tally);
        }
        const sdk = { logger, retry: policy, ...(client ? { client } : {}) };
        const quotaKey = `${host.accountId}/${host.region}`;
        let putPacer = putPacers.get(quotaKey);
        if (!putPacer) {
            putPacer = createPutImagePacer(clock);
            putPacers.set(quotaKey, putPacer);
        }
        return new EcrRegistry({
            ...sdk,
            clock,
            putPacer,
            ...(writeClient ? { writeClient } : {}),
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
const REQUEST_TALLY = 'imagePromoteRequestTally';
function countSdkRequests(client, registry, tally) {
    const stack = client.middlewareStack;
    if (stack.identify().some((entry) => entry.startsWith(`${REQUEST_TALLY} `)))
        return;
    stack.add((next) => async (args) => {
        const request = args.request;
        const attempt = /attempt=(\d+)/.exec(request?.headers?.['amz-sdk-request'] ?? '');
        const retry = attempt ? Number(attempt[1]) > 1 : false;
        try {
            const out = await next(args);
            const status = out.response?.statusCode;
            tally.count('registry', registry, {
                retry,
                ...(typeof status === 'number' ? { status } : {}),
            });
            return out;
        }
        catch (err) {
            tally.count('registry', registry, { retry });
            throw err;
        }
    }, { step: 'deserialize', priority: 'low', name: REQUEST_TALLY });
}

;// CONCATENATED MODULE: ./src/wiring.ts





function createEngineDeps(options) {
    const { config, trigger, logger, env, now } = options;
    const git = options.git ?? new src_git/* Git */.TU(config.workspace, logger);
    const tally = new RequestTally();
    const registries = createRegistryProvider({
        ...options.registryClient,
        tally,
        logger,
        insecureRegistries: config.insecureRegistries,
        allowOverwrite: config.allowTagOverwrite,
        env,
        exec: exec.exec,
    });
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
        tally,
        ...(options.summary ? { summary: true } : {}),
        build: async (requests, workspace) => {
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
        const client = { token: config.githubToken, owner, repo: name, env, logger, tally };
        const apiOptions = {
            ...client,
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
            let deployments;
            deps.deployments = () => (deployments ??= __webpack_require__.e(/* import() */ 974).then(__webpack_require__.bind(__webpack_require__, 48974)).then((m) => m.createDeploymentsApi(client)));
        }
    }
    else if (config.githubDeployment) {
        logger.debug(`no GitHub Deployment of ${config.environment ?? 'the environment'} is recorded: ${config.githubToken ? 'the repository is unknown (GITHUB_REPOSITORY)' : 'github-token is empty'}`);
    }
    return deps;
}

;// CONCATENATED MODULE: ./src/cli/run.ts





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
async function runDoor(ctx, run) {
    const config = (0,parse/* parseConfig */.o)(run.inputs, { workspace: run.workspace });
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
        author: 'user',
        ...(ctx.registry ? { registryClient: ctx.registry } : {}),
    });
    const result = await runEngine(deps);
    return { config, result, report: (0,report/* buildReport */.FK)(result, run.trigger.head) };
}
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
/* harmony import */ var _source_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31513);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62000);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22143);









const IMAGE_KEYS = ('name repository context dockerfile paths target build-args platforms key helm-key ' +
    'helm-repository-key value').split(' ');
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const PLATFORM_RE = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
const KEY_EXAMPLE = 'e.g. api.image.tag, or spec.template.spec.containers[name=api].image';
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
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .lines */ .Mn)(value);
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
    if (_types_js__WEBPACK_IMPORTED_MODULE_8__/* .VALUE_SHAPES */ .B.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} "${value}" is not a value shape`, `use one of: ${_types_js__WEBPACK_IMPORTED_MODULE_8__/* .VALUE_SHAPES */ .B.join(', ')}`);
}
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
function settingFor(settings, path) {
    return settings.find((s) => (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlobs */ .tI)([s.pattern])(path))?.value;
}
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
function keyMissProblem(image, overlayPath) {
    if (!image.keyByFile || imageFor(image, overlayPath).key !== undefined)
        return undefined;
    return `image ${image.name} has no key for ${overlayPath}: its key map names ${image.keyByFile.map((s) => s.pattern).join(', ')} — add the file (or a glob that matches it) to the key of ${image.name} in "images"`;
}
function requireImageFor(image, overlayPath) {
    const problem = keyMissProblem(image, overlayPath);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problem);
    return imageFor(image, overlayPath);
}
function parseImage(raw, registry, workspace) {
    const { where, fields } = raw;
    const inputOf = (field) => raw.flat ? field : 'images';
    for (const key of Object.keys(fields)) {
        if (!IMAGE_KEYS.includes(key)) {
            const hint = (0,_source_check_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .p)(key, IMAGE_KEYS, 3);
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
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideWorkspace */ .sv)(workspace, context, inputOf('context'));
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideWorkspace */ .sv)(workspace, dockerfile, inputOf('dockerfile'));
    const paths = (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .checkGlobs */ .EQ)(inputOf('paths'), stringList(`${where}.paths`, fields.paths), workspace, raw.flat ? undefined : `${where}.paths`);
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
    const platforms = stringList(`${where}.platforms`, fields.platforms).flatMap((p) => (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(p));
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
function imagesData(source, workspace) {
    const data = (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .readYaml */ .gM)('images', source, workspace);
    return data === undefined ? undefined : imageEntries(data).map((r) => ({ ...r.fields }));
}
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
  o: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: environmentSlug

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





function rule(when, input, problem, fix) {
    const text = (t, c, v) => (typeof t === 'string' ? t : t(c, v));
    return (c, v) => when(c, v)
        ? new errors/* InputError */.dz(text(input, c, v), text(problem, c, v), text(fix, c, v))
        : undefined;
}
const writes = (c) => c.writeOverlay || c.commit !== 'none';
const overlayBranchNeedsRepository = rule((c, v) => v['overlay-branch'] !== undefined && !c.overlayRepository, 'overlay-branch', 'only applies to overlay-repository, which is not set', 'set overlay-repository, or remove overlay-branch');
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
const previousNeedsRollbackMode = rule((c) => c.tag?.kind === 'previous' && c.mode !== 'auto' && c.mode !== 'rollback', 'tag', (c) => `"previous" only means a rollback in mode auto or rollback, not ${c.mode}`, 'give a tag, or use mode: rollback');
const rollbackTakesPrevious = rule((c) => c.mode === 'rollback' && c.tag?.kind === 'refs', 'tag', 'mode "rollback" goes back through the overlay\'s history; it takes previous or previous~N', 'use mode: auto to redeploy a named tag');
const rollbackNeedsOverlay = rule((c) => (c.mode === 'rollback' || c.tag?.kind === 'previous') && c.overlays.length === 0, 'overlay', "a rollback reads the previous value from the overlay's git history, but no overlay is set", 'set "overlay"');
const promoteNeedsSource = rule((c) => c.mode === 'promote' && !c.fromOverlay && c.tag === undefined, 'mode', '"promote" needs a source', 'set from-overlay (the overlay to promote from) or tag');
const buildTakesOneTag = rule((c) => c.mode === 'build' &&
    c.tag?.kind === 'refs' &&
    (Object.keys(c.tag.byImage).length > 0 || (0,tag_input/* plainTagOf */.KI)(c.tag.all) === undefined), 'tag', 'mode "build" takes one tag (the planned tag of a matrix job), not NAME=REF lines, a digest, a full reference or a commit', 'give a single tag together with matrix-image');
const renameNeedsPromote = rule((c) => c.mode !== 'promote' &&
    c.tag?.kind === 'refs' &&
    [c.tag.all, ...Object.values(c.tag.byImage)].some((r) => r?.as !== undefined), 'tag', '"REF -> TAG" gives a promoted image its tag, which only mode "promote" does', 'set mode: promote, or give the REF alone');
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
const matrixImageIsConfigured = rule((c) => c.matrixImage !== undefined && !c.images.some((i) => i.name === c.matrixImage), 'matrix-image', (c) => `"${c.matrixImage}" is not one of the configured images`, (c) => `use one of: ${c.images.map((i) => i.name).join(', ')}`);
const writeNeedsOverlay = rule((c) => writes(c) && c.overlays.length === 0, (c) => (c.writeOverlay ? 'write-overlay' : 'commit'), 'there is no overlay to write', 'set "overlay" to the file(s) to update');
const writeNeedsPush = rule((c) => writes(c) && !c.push, 'push', 'false pushes nothing, so no image of this run is in the registry to write into an overlay', 'set push: true, or leave write-overlay and commit off (use dry-run to see what would be written)');
const pullRequestNeedsToken = rule((c, v) => c.commit === 'pull-request' && !c.githubToken && !v['overlay-token'], 'commit', '"pull-request" opens a pull request through the GitHub API, but no token is set', 'set github-token (the job token needs pull-requests: write) or overlay-token');
const pullRequestBranchIsValid = rule((c) => c.commit === 'pull-request' && !(0,read/* isValidBranchName */.eB)(c.pullRequestBranch), 'environment', (c, v) => `"${c.environment ?? ''}" makes the pull request branch "${c.pullRequestBranch}" (pull-request-branch "${v['pull-request-branch']}"), which is not a valid branch name`, 'use letters or digits in the environment name, or set pull-request-branch');
const environmentUrlNeedsEnvironment = rule((c) => c.environmentUrl !== undefined && c.environment === undefined, 'environment-url', "is the address of the deployed environment, but environment (the deployment's name) is not set", 'set environment, or remove environment-url');
const deploymentNeedsEnvironment = rule((c, v) => v['github-deployment'] === 'true' && c.environment === undefined, 'github-deployment', '"true" records each deploy as a GitHub Deployment of an environment, but environment is not set', 'set environment (e.g. production), or github-deployment: false');
const deploymentNeedsToken = rule((c, v) => v['github-deployment'] === 'true' && !c.githubToken, 'github-deployment', '"true" creates GitHub Deployments through the GitHub API, but github-token is empty', 'set github-token (the job token needs permissions: deployments: write), or github-deployment: false');
const signKeyNeedsSigningKey = rule((_c, v) => v.sign === 'key' && v['signing-key'] === undefined, 'signing-key', 'is empty, but sign: key signs with it', 'pass the PEM text of an EC P-256 private key from a secret (signing-key: ${{ secrets.IMAGE_SIGNING_KEY }}), or use sign: keyless');
const signingKeyNeedsSignKey = rule((_c, v) => v['signing-key'] !== undefined && v.sign !== 'key', 'signing-key', (_c, v) => `only applies to sign: key, and sign is ${v.sign}`, 'set sign: key, or remove signing-key');
const signNeedsPush = rule((c) => c.sign !== undefined && !c.push, 'sign', (c) => `${c.sign?.kind ?? ''} signs the images this run pushes, but push is false`, 'set push: true, or sign: none');
const verifyKeyNeedsVerify = rule((_c, v) => v['verify-key'] !== undefined && v.verify === 'none', 'verify-key', 'only applies to verify: signature, and verify is none', 'set verify: signature, or remove verify-key');
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
const keySigningNeedsVerifyKey = rule((c) => c.sign?.kind === 'key' && c.verify?.kind === 'keyless', 'verify-key', 'is empty, so verify: signature accepts keyless signatures only, but this run signs with signing-key', 'set verify-key to the public key of signing-key (`openssl pkey -in key.pem -pubout`)');
const verifyNeedsRegistryCheck = rule((c) => c.verify !== undefined && !c.registryCheck, 'verify', 'signature checks every image in its registry, but --no-verify asks no registry', 'drop --no-verify, or set verify: none in the config');
const signRequestedNeedsSign = rule((c) => c.signRequested === true && (c.sign === undefined || c.tag?.kind !== 'refs'), 'sign', (c) => c.sign === undefined
    ? 'is none, but the requested image is to be signed'
    : 'signs the requested image, but no image is requested', 'give --key-file or --keyless, and the image reference');
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









const COMMIT_MODES = {
    false: 'none',
    local: 'local',
    true: 'push',
    'pull-request': 'pull-request',
};
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
        if (!types/* DECISIONS */.Y.includes(decision))
            throw new errors/* InputError */.dz('from-plan', `${where} has no valid decision`);
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
function overlayOf(name, value, v, workspace, inRepository) {
    const format = v['overlay-format'];
    if (!inRepository) {
        const file = (0,paths/* resolveInsideWorkspace */.sv)(workspace, value, name);
        return { file, path: (0,paths/* workspaceRelative */.Uc)(workspace, file), format };
    }
    const path = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (path === '' || (0,external_node_path_.isAbsolute)(path) || path.split('/').includes('..') || path.includes('\0')) {
        throw new errors/* InputError */.dz(name, `"${value}" must be a path inside overlay-repository`, "write it relative to that repository's root");
    }
    return { file: '', path, format };
}
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
function environmentSlug(environment) {
    return environment
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
}
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
function parseConfig(source, { workspace }) {
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









function lines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
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
function checkGlobs(input, patterns, workspace, label) {
    const where = label ? `${label}: ` : '';
    for (const p of patterns) {
        const problem = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .globProblem */ .AI)(p);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${where}invalid glob "${p}": ${problem}`);
        const body = p.startsWith('!') ? p.slice(1) : p;
        if (!/[*?[\]{}()!+@\\]/.test(body) && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, body))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${where}"${p}" is a directory and matches nothing inside it`, `write "${p}/**"`);
        }
    }
    return patterns;
}
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
function readYaml(name, source, workspace) {
    const data = source.structured?.(name);
    if (data !== undefined)
        return data;
    const raw = source.get(name);
    const single = raw.trim();
    if (single === '')
        return undefined;
    const file = !single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-');
    const text = file
        ? (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_8__/* .readInputFile */ .j)(name, (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideWorkspace */ .sv)(workspace, single, name), single)
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
            const file = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideWorkspace */ .sv)(workspace, value, name);
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
/* harmony import */ var _source_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31513);




const SHA_RE = /^[0-9a-f]{7,40}$/;
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
function parseTagInput(entries, images) {
    if (entries.length === 0)
        return undefined;
    const names = images.map((i) => i.name);
    const byName = new Map();
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const name = eq === -1 ? undefined : entry.slice(0, eq).trim();
        if (name !== undefined && !names.includes(name)) {
            const hint = (0,_source_check_js__WEBPACK_IMPORTED_MODULE_3__/* .nearest */ .p)(name, names, 3);
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
function requestedRef(request, name) {
    return request?.kind === 'refs' ? (request.byImage[name] ?? request.all) : undefined;
}
function plainTagOf(ref) {
    return ref && ref.digest === undefined && ref.repository === undefined && ref.commit === undefined
        ? ref.tag
        : undefined;
}


/***/ }),

/***/ 22143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ VALUE_SHAPES),
/* harmony export */   Y: () => (/* binding */ DECISIONS)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64389);

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



const MAX_INPUT_FILE_BYTES = 1024 * 1024;
function readInputFile(input, file, shown = file, what = 'a regular YAML file') {
    const cannot = (err) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch (err) {
        throw cannot(err);
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
        throw cannot(err);
    }
}
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
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90652);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3171);




function describeValue(value) {
    if (!value)
        return 'nothing';
    const ref = value.tag ?? (value.digest ? `@${value.digest.slice(0, 19)}…` : undefined);
    return ref ?? value.repository ?? 'nothing';
}
function short(digest) {
    return digest.slice(0, 19);
}
function running(f, image) {
    const commit = f.deployed?.commit ? `, built from ${f.deployed.commit.sha.slice(0, 7)}` : '';
    return `${describeValue(f.deployed?.value)} (${short(image.digest)}…${commit})`;
}
function origin(image) {
    const built = image.revision ? `, built from ${image.revision.slice(0, 7)}` : '';
    return `${image.tag} (${short(image.digest)}…${built})`;
}
function fail(f, name, reason, error) {
    return { kind: 'fail', name, image: f.image, reason, error };
}
function gated(f, ctx, d, need) {
    return (0,_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .trusted */ .IZ)(f, ctx.facts, ctx.config, d, need);
}
function lookupError(lookup) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(lookup) ? lookup.problem : undefined;
}
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
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
                throw err;
            return fail(f, 'skip', 'cannot be decided for this run', (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err));
        }
    });
    return sharedValues(decisions, input);
}
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
function keepDeployed(f, name, reason) {
    const deployed = f.deployed;
    if (!deployed)
        return { kind: 'keep-unverified', image: f.image, reason };
    const problem = lookupError(deployed.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(deployed.image);
    if (!image) {
        return fail(f, name, reason, `the overlay ${deployed.overlay} runs ${describeValue(deployed.value)}, which is not in ${deployed.repository.name}`);
    }
    return { kind: 'keep', name, image: f.image, reason, target: image };
}
function keepName(f) {
    const config = f.record?.config;
    if (config)
        return config.decision;
    return f.comparison.change.kind === 'deploy' || f.comparison.note ? 'reuse' : 'skip';
}
function configNote(f) {
    return f.record?.config ? `; ${f.record.config.reason}` : '';
}
function keepHeld(f, hold) {
    const reason = `${hold.reason}; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}${configNote(f)}`;
    const d = keepDeployed(f, keepName(f), reason);
    return d.kind === 'keep' ? { ...d, held: hold.origin } : d;
}
function envTags(ctx) {
    const { config, trigger, policy } = ctx;
    if (!writesOverlays(config) || trigger.pullRequest)
        return [];
    return policy.env().map((tag) => ({ tag, mutable: true }));
}
function bySource(f, ctx) {
    const { config, policy } = ctx;
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
    const source = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage);
    const deployed = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.deployed?.image);
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
function adoption(f, key) {
    const deployed = f.deployed;
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(deployed?.image);
    if (!deployed || !image || deployed.sourceKey !== key)
        return undefined;
    return image;
}
function firstDeployNote(f) {
    const deployed = f.deployed;
    if (!deployed)
        return undefined;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(deployed.image))
        return undefined;
    if (deployed.value.tag === undefined && deployed.value.digest === undefined) {
        return `first deploy: ${deployed.overlay} names no image for ${f.image.name} yet, so the first build fills it in`;
    }
    return `first deploy: the overlay's ${describeValue(deployed.value)} is not an image in ${deployed.repository.name}, so the first build replaces it`;
}
function build(f, ctx, reason, later = ctx.extra, { tag: primary, image: primaryImage } = primaryOf(f, ctx)) {
    const { policy } = ctx;
    const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(primaryImage);
    if (existing) {
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
function primaryOf(f, ctx) {
    const tag = f.primary ?? ctx.policy.primary();
    return { tag, image: f.tagged.get(tag) };
}
function sourceTagToAdd(f, policy) {
    if ('problem' in f.source || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage) || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(f.sourceImage))
        return [];
    const tag = policy.sourceTag(f.source.key);
    return tag ? [tag] : [];
}
function promote(f, ctx, source, tag, reason) {
    const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.tagged.get(tag));
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
    const source = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage) ?? adoption(f, f.source.key);
    if (source) {
        const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(releaseImage);
        if (existing && existing.digest !== source.digest) {
            return fail(f, 'promote', `release ${name}`, `${tag} already names another image (${short(existing.digest)}…) in ${existing.repository.name}; release tags are never moved`);
        }
        const adopt = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage) ? [] : sourceTagToAdd(f, policy);
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
    const tag = later[0]?.tag;
    if (!tag || (decision.kind !== 'build' && decision.kind !== 'tag'))
        return decision;
    return { ...decision, write: { tag } };
}
function redeploy(f, requested, ctx) {
    const reason = `redeploying the requested ${describeRequested(f, requested)} (was ${describeValue(f.deployed?.value)})`;
    const image = requestedImage(f, requested, 'reuse', reason);
    if ('kind' in image)
        return image;
    const written = pinnedWrite(f, ctx, 'reuse', reason, image, [], envTags(ctx), undefined, requested.digest !== undefined);
    return gated(f, ctx, written, 'digest');
}
function describeRequested(f, r) {
    const at = r.digest ? `@${short(r.digest)}…` : '';
    const ref = `${r.tag ?? ''}${at}`;
    return r.repository.name === f.image.repository.name ? ref : `${r.repository.name}:${ref}`;
}
function requestedImage(f, requested, name, reason) {
    const problem = lookupError(requested.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(requested.image);
    if (image && requested.tag && requested.digest && image.tagDigest !== requested.digest) {
        return fail(f, name, reason, `${requested.repository.name}:${requested.tag} ${image.tagDigest ? `is ${image.tagDigest}` : 'does not exist'}, not the digest given (${requested.digest})`);
    }
    if (image)
        return image;
    const what = `${requested.repository.name}${requested.tag ? `:${requested.tag}` : ''}${requested.digest ? `@${requested.digest}` : ''}`;
    return fail(f, name, reason, `${what} does not exist in registry ${requested.repository.domain} (no such tag, digest or repository); nothing was built — check the reference, or name only the images that have it (${f.image.name}=…, one per image)`);
}
function pinnedWrite(f, ctx, name, reason, image, addTags = [], later = [], copyFrom, given = false) {
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
    if (!image.tag)
        return decision({ digest: image.digest });
    const mutable = ctx.policy.mutableReason(image.tag);
    if (mutable && !ctx.config.pinDigest && !given) {
        return fail(f, name, reason, (0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .mutableTagRefusal */ .xo)(mutable, `set pin-digest: true to write it with its digest ${short(image.digest)}…, or give an immutable tag`));
    }
    if (mutable || given)
        return decision({ tag: image.tag, digest: image.digest });
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
function buildMode(f, ctx) {
    const planned = f.requested?.tag;
    const reason = ctx.config.matrixImage
        ? `matrix build of ${f.image.name}`
        : 'mode "build" builds every image';
    if (planned === undefined)
        return build(f, ctx, reason);
    const requested = f.requested?.image;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(requested))
        return fail(f, 'build', reason, requested.problem);
    return build(f, ctx, reason, ctx.extra, { tag: planned, image: requested });
}
function reuseMode(f, ctx) {
    if (f.requested)
        return redeploy(f, f.requested, ctx);
    if (!f.deployed) {
        return fail(f, 'reuse', 'mode "reuse"', `the overlay has no value for ${f.image.name} and no tag was given`);
    }
    const kept = keepDeployed(f, 'reuse', `mode "reuse": ${f.image.name} keeps running ${describeValue(f.deployed.value)}`);
    return gated(f, ctx, kept, 'digest');
}
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
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(source.image);
    if (!image) {
        return fail(f, 'promote', reason, `${source.repository.name}:${describeValue(source.value)} is not in the registry`);
    }
    if (source.value.tag === undefined) {
        return fail(f, 'promote', reason, `the source pins only a digest for ${f.image.name}; add its tag next to the digest in ${source.overlay}`);
    }
    return gated(f, ctx, promoteInto(f, ctx, image, reason, env), 'digest');
}
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
function fromPlan(f, ctx) {
    const planned = f.planned;
    if (!planned)
        throw new Error('internal error: fromPlan without a plan entry');
    const later = planned.addTags.map((tag) => ({
        tag,
        mutable: ctx.policy.mutableReason(tag) !== undefined,
    }));
    const reason = `applying the plan: ${planned.decision}${planned.tag ? ` ${planned.tag}` : ''}`;
    const need = planned.decision === 'build' || planned.decision === 'promote' ? 'source' : 'digest';
    if (planned.decision === 'skip' && planned.tag === '') {
        return { kind: 'keep-unverified', image: f.image, reason };
    }
    if (planned.decision === 'promote' && planned.digest) {
        const now = f.requested?.image;
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(now))
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
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(requested?.image);
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
function writtenTag(d) {
    return d.kind === 'tag' || d.kind === 'build' ? d.write.tag : undefined;
}
function sharedValues(decisions, input) {
    const { facts, config } = input;
    const slotOf = new Map();
    for (const state of facts.overlays) {
        for (const f of facts.images) {
            const slot = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .overlaySlot */ .lJ)(state, f.image);
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
            const there = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.tagged.get(tag));
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
function writesRecord(config) {
    return ((config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan' && !config.dryRun);
}
function releaseTrigger(trigger) {
    return (trigger.kind === 'tag' || trigger.kind === 'release') && !trigger.deleted;
}
function factNeeds(config, trigger) {
    const needs = byMode(config, trigger);
    const labels = needs.sourceTags && config.mode !== 'plan';
    return { ...needs, labels, ...(config.signRequested ? { tree: true } : {}) };
}
function byMode(config, trigger) {
    const recordKeys = writesRecord(config);
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

/***/ 90652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ trusted),
/* harmony export */   cx: () => (/* binding */ signatureKey),
/* harmony export */   zv: () => (/* binding */ verifiedSignature)
/* harmony export */ });
/* unused harmony exports signedIn, signedBy */
/* harmony import */ var _source_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3317);

function signatureKey(repository, digest) {
    return `${repository}@${digest}`;
}
function signedIn(s) {
    return s.runUrl !== undefined
        ? `in ${s.runUrl}`
        : `outside a workflow run (${s.repository} at ${s.commit.slice(0, 7)})`;
}
function signedBy(s) {
    return `signed by ${s.identity} ${signedIn(s)}`;
}
function refuse(d, error) {
    return { kind: 'fail', name: d.name, image: d.image, reason: d.reason, error };
}
function trusted(f, facts, config, d, need) {
    if (config.verify === undefined || (d.kind !== 'keep' && d.kind !== 'tag'))
        return d;
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
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   F9: () => (/* binding */ found),
/* harmony export */   lJ: () => (/* binding */ overlaySlot),
/* harmony export */   uk: () => (/* binding */ overlayValue)
/* harmony export */ });
function isProblem(lookup) {
    return lookup !== undefined && 'problem' in lookup;
}
function found(lookup) {
    return lookup !== undefined && !('problem' in lookup) ? lookup : undefined;
}
function overlayValue(state, name) {
    const s = state.images.get(name);
    return s?.found ? s.value : undefined;
}
function overlaySlot(state, image) {
    const s = state.images.get(image.name);
    return s?.found ? s.slot : undefined;
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
function versionFromTagName(name) {
    return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}
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
function tagged(tagName, kind, notRelease) {
    const release = isVersionTag(tagName);
    return {
        kind: release ? kind : 'other',
        onDefaultBranch: false,
        base: release
            ? { kind: 'previous-tag', tagName }
            : { kind: 'unknown', reason: `${notRelease}, so it is not a release` },
        ...(release ? { tagName, version: versionFromTagName(tagName) } : {}),
    };
}
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
                trigger = {
                    ...common,
                    ...tagged(tagName, 'tag', `tag "${tagName}" is not a version tag (v1.2.3)`),
                    head: after,
                    deleted,
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
            const number = [pr.number, payload.number].find((n) => typeof n === 'number');
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
                ...tagged(tagName, 'release', `release "${tagName}" is not named like a version (v1.2.3)`),
                head: headFromEnv(),
                ref: `refs/tags/${tagName}`,
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
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
class TimeoutError extends Error {
    name = 'TimeoutError';
}
function asError(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const e = err;
    return typeof e.name === 'string' && typeof e.message === 'string' ? e : undefined;
}
function errorCode(err) {
    let cur = asError(err);
    for (let depth = 0; depth < 4 && cur; depth++) {
        if (typeof cur.code === 'string')
            return cur.code;
        cur = asError(cur.cause);
    }
    return undefined;
}
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
function neverSent(err) {
    const code = errorCode(err);
    return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENOTFOUND';
}
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
    buffered(req, ctx) {
        return this.withRetries(req, ctx, false);
    }
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
            this.count(req, ctx, attempt, outcome);
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
    count(req, ctx, attempt, outcome) {
        const { tally } = this.options;
        if (!tally || ('error' in outcome && neverSent(outcome.error)))
            return;
        let host;
        try {
            host = tally.host ? tally.host(ctx) : new URL(req.url).host;
        }
        catch {
            host = 'unknown';
        }
        tally.counts.count(tally.service, host, {
            retry: attempt > 1,
            ...('response' in outcome ? { status: outcome.response.status } : {}),
        });
    }
    async once(req, streamBody, attempt) {
        const { policy, logger } = this.options;
        const controller = new AbortController();
        let timer = setTimeout(() => {
            controller.abort();
        }, policy.timeoutMs);
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
            const body = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .CB)(res.body, this.maxBodyBytes);
            return { status: res.status, headers: res.headers, body, attempts: attempt };
        }
        catch (err) {
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
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status);
}
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
function parseRateLimitReset(headers, now) {
    if (headers.get('x-ratelimit-remaining')?.trim() !== '0')
        return undefined;
    const reset = headers.get('x-ratelimit-reset')?.trim() ?? '';
    if (!/^\d+$/.test(reset))
        return undefined;
    return Math.max(0, Number(reset) * 1000 - now);
}
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
function nodeTransport(options = {}) {
    const crossOrigin = options.crossOrigin ?? 'drop-authorization';
    const http = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 16 });
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
function safeUrl(location, base) {
    try {
        const url = new URL(location, base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
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
function readAll(body) {
    return readBounded(body, Infinity);
}
class BodyTooLargeError extends Error {
    limit;
    name = 'BodyTooLargeError';
    constructor(limit) {
        super(`the answer is larger than ${formatBytes(limit)}; reading stopped there`);
        this.limit = limit;
    }
}
async function readBounded(body, maxBytes) {
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.byteLength;
        if (total > maxBytes)
            throw new BodyTooLargeError(maxBytes);
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks, total);
}
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
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


const DEFAULT_COMMIT_MESSAGE = _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m['commit-message'].default;
const COMMIT_MESSAGE_TOKENS = [
    'environment',
    'image',
    'from',
    'to',
    'sha',
    'changes',
];
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
function checkCommitTemplate(template, input = 'commit-message') {
    for (const [, name = ''] of template.matchAll(TOKEN_RE)) {
        if (!isToken(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `unknown token {${name}}`, `use ${COMMIT_MESSAGE_TOKENS.map((t) => `{${t}}`).join(', ')}`);
        }
    }
}
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
        .replace(/\(\s*\)/g, '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim();
    if (vars.changes.length < 2)
        return subject;
    const body = vars.changes.map((c) => `- ${c.image}: ${arrow(c)}`).join('\n');
    return `${subject}\n\n${body}`;
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
function keyPathProblem(path) {
    return scan(path).problem;
}
function parseKeyPath(path) {
    const { path: segments, problem } = scan(path);
    if (problem !== undefined)
        throw new RangeError(`invalid key path "${path}": ${problem}`);
    return segments;
}
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
function hasSelector(path) {
    return path.some(isSelector);
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
function splitImage(value) {
    const slash = value.indexOf('/');
    const offset = slash > 0 ? slash : 0;
    const at = value.indexOf('@', offset);
    const colon = value.indexOf(':', offset);
    const hasTag = colon >= 0 && (at < 0 || colon < at);
    const nameEnd = hasTag ? colon : at;
    if (nameEnd < 0)
        return { name: value };
    return {
        name: value.slice(0, nameEnd),
        ...(hasTag ? { tag: value.slice(colon + 1, at < 0 ? value.length : at) } : {}),
        ...(at >= 0 ? { digest: value.slice(at + 1) } : {}),
    };
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

const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
function escapeMarkdown(text) {
    return text
        .replace(LINE_BREAKS, ' ')
        .replace(/[\\`*_{}[\]()#+\-.!|~"'$%=:;,?@^]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
function codeSpan(text) {
    return /^[A-Za-z0-9._:/@+ -]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
const MERMAID_SAFE = /^[A-Za-z0-9 .,:_/@+=-]$/;
function escapeMermaid(text) {
    let out = '';
    for (const ch of text.replace(LINE_BREAKS, ' ')) {
        out += MERMAID_SAFE.test(ch) ? ch : `#${ch.codePointAt(0) ?? 0};`;
    }
    return out;
}
const SERVER_RE = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function repositoryLinks(server, repository) {
    const s = server?.replace(/\/+$/, '');
    if (!s || !repository || !SERVER_RE.test(s) || !REPOSITORY_RE.test(repository))
        return undefined;
    if (repository.split('/').some((part) => part === '.' || part === '..'))
        return undefined;
    return { server: s, repository };
}
function commitUrl(links, sha) {
    return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(sha) ? `${links.server}/${links.repository}/commit/${sha}` : undefined;
}
function compareUrl(links, a, b) {
    return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(a) && _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(b)
        ? `${links.server}/${links.repository}/compare/${a}...${b}`
        : undefined;
}
function markdownLink(label, url) {
    return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}
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
const RECORD_VERSION = 1;
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


const SAFE = /[A-Za-z0-9._~:/@+-]/;
const ENCODED = /^(?:[A-Za-z0-9._~:/@+-]|%[0-9A-Fa-f]{2})*$/;
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
const MAX_TEXT = 255;
const MAX_URL = 2048;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const SOURCE_RE = /^[0-9a-f]{64}$/;
const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ok = (value) => ({ ok: true, value });
const bad = (reason) => ({ ok: false, reason });
function checkName(name) {
    if (name.length > MAX_TEXT)
        return bad(`an image name is at most ${MAX_TEXT} characters`);
    return NAME_RE.test(name) ? ok(name) : bad('is not a valid image name');
}
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
function digestOf(ref) {
    const parsed = tryParseReference(ref);
    return parsed.ok ? parsed.ref.digest : undefined;
}
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
const EXPIRY_MARGIN_MS = 10_000;
class RegistryAuth {
    options;
    scheme = 'unknown';
    bearer;
    basicHeader;
    credentials;
    tokens = new Map();
    upgrades = new Map();
    answered = new Map();
    constructor(options) {
        this.options = options;
    }
    static withCredentials(options, creds) {
        return new RegistryAuth({ ...options, credentials: () => Promise.resolve(creds) });
    }
    async header(scopes, ctx) {
        if (this.scheme === 'basic')
            return this.basicHeader;
        if (this.scheme === 'bearer') {
            const upgraded = this.upgrades.get(mergeScopes(scopes).join(' ')) ?? scopes;
            return (await this.token(upgraded, ctx)).header;
        }
        return undefined;
    }
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
            if (wanted.join(' ') !== asked)
                this.upgrades.set(asked, wanted);
            const key = wanted.join(' ');
            if (sent !== undefined && this.answered.get(sent) === key)
                return false;
            const cached = this.tokens.get(key);
            if (cached && sent !== undefined) {
                const token = await cached.catch(() => undefined);
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
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        logger.debug(`registry ${registry}: got a token for ${scopes.join(' ') || '(no scope)'}`);
        return { header: `Bearer ${token}`, expiresAt: clock.now() + seconds * 1000 };
    }
}
function registerCredentials(creds) {
    if (!creds)
        return;
    if ('password' in creds)
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.addCredentials(creds.username, creds.password);
    else
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(creds.identityToken);
}
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
    }
    return `: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(detail.replace(/\s+/g, ' ')).slice(0, 200)}`;
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
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

/***/ 41023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ Backend)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58851);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10506);



class Backend {
    options;
    movedFix;
    constructor(options, movedFix) {
        this.options = options;
        this.movedFix = movedFix;
    }
    ctx(operation, repository, reference) {
        return {
            registry: this.options.registry,
            operation,
            repository,
            ...(reference !== undefined ? { reference } : {}),
        };
    }
    checkHost(ref) {
        if (ref.domain !== this.options.registry) {
            throw new Error(`reference ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(ref)} does not belong to registry ${this.options.registry}`);
        }
    }
    checkOverwrite(current, next, repository, tag, options) {
        if (current === undefined)
            return undefined;
        if (current.digest === next.digest)
            return { descriptor: next, changed: false };
        if (options.allowOverwrite ?? this.options.allowOverwrite ?? false)
            return undefined;
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(this.ctx('add tag', repository, tag), `tag ${tag} already points to ${current.digest}; refusing to move it to ${next.digest} (tags are treated as immutable)`, 'choose a new tag, or allow overwriting tags explicitly if moving it is intended');
    }
    movedError(repository, tag, expected, actual) {
        return new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(this.ctx('verify tag', repository, tag), actual === undefined
            ? `tag ${tag} no longer exists (it should name ${expected}): another writer deleted it`
            : `tag ${tag} now points to ${actual}, not ${expected}: another writer moved it`, this.movedFix);
    }
    async configOf(repository, top, read, readOp, readBlob) {
        let image = top;
        for (let depth = 0; image.parsed.kind === 'index' && depth < 2; depth++) {
            const child = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .pickImageChild */ .T$)(image.parsed.children);
            const ctx = this.ctx('read image config', repository, image.digest);
            if (!child)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(ctx, 'the index lists no image');
            const next = await read(child.digest);
            if (!next) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(this.ctx(readOp, repository, child.digest), 'a manifest the index lists is missing from the repository', 'the index is incomplete; rebuild and push it');
            }
            image = next;
        }
        const ctx = this.ctx('read image config', repository, image.digest);
        if (image.parsed.kind !== 'image' || !image.parsed.config) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(ctx, 'the image manifest names no config');
        }
        const bytes = await readBlob(image.parsed.config.digest);
        try {
            return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageConfig */ .FB)(bytes);
        }
        catch (err) {
            if (err instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(ctx, err.message);
            throw err;
        }
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




const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
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
function isExecError(err) {
    return err instanceof Error && err.name === 'ExecError' && 'exitCode' in err;
}
async function askHelper(helper, server, options) {
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
    if (username === '<token>')
        return { identityToken: secret };
    return { username, password: secret };
}
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






class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    info;
    name = 'RegistryError';
    constructor(info, problem, fix) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${describeTarget(info)}: ${problem}${fix ? ` — ${fix}` : ''}`));
        this.info = info;
    }
}
class IntegrityError extends RegistryError {
    problem;
    name = 'IntegrityError';
    constructor(ctx, problem) {
        super({ ...ctx, code: 'DIGEST_MISMATCH', retryable: true }, problem, 'the registry or a proxy in between altered the content; nothing was promoted from it');
        this.problem = problem;
    }
}
function digestMismatch(ctx, expected, actual, claimedBy) {
    return new IntegrityError(ctx, `the registry returned bytes that do not match ${expected}${claimedBy ? `, ${claimedBy}` : ''} (they hash to ${actual})`);
}
function requireDigest(ctx, bytes, digest, claimedBy) {
    if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashMatches */ .CR)(bytes, digest)) {
        throw digestMismatch(ctx, digest, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestOf */ .ol)(bytes, digest), claimedBy);
    }
}
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
const REGISTRY_MAX_BODY_BYTES = 64 * 1024 * 1024;
function registryFailure(ctx, failure) {
    if (failure.kind === 'too-large') {
        return new RegistryError({ ...ctx, attempts: failure.attempts, retryable: false }, `the answer is larger than ${(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(failure.limit)}; it was not read to the end`, 'the address may not be a registry, or a proxy in between answers instead of it');
    }
    return new RegistryError({ ...ctx, attempts: failure.attempts, retryable: true }, `could not reach the registry (${failure.reason})${failure.attempts > 1 ? ` after ${failure.attempts} attempts` : ''}`, 'check the registry address and the network, or retry later');
}
class Http extends _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq {
    constructor({ tally, ...options }) {
        super({
            ...options,
            maxBodyBytes: options.maxBodyBytes ?? REGISTRY_MAX_BODY_BYTES,
            describe: (ctx) => `registry ${ctx.registry}`,
            failure: registryFailure,
            ...(tally
                ? { tally: { counts: tally, service: 'registry', host: (ctx) => ctx.registry } }
                : {}),
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


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const IMAGE_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const MANIFEST_MEDIA_TYPES = Object.values(MEDIA_TYPES);
function digestOf(bytes, like) {
    const algorithm = like?.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
function digestAlgorithm(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    return colon > 0 && ALGORITHMS.has(algorithm) ? algorithm : undefined;
}
function hashMatches(bytes, digest) {
    const algorithm = digestAlgorithm(digest);
    if (algorithm === undefined)
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex') === digest.slice(algorithm.length + 1);
}
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
function isAttestation(child) {
    return (child.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (child.platform?.os === 'unknown' && child.platform.architecture === 'unknown'));
}
function pickImageChild(children) {
    const images = children.filter((c) => !isAttestation(c));
    return (images.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ??
        images[0]);
}
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
/* harmony export */   T: () => (/* binding */ manifestReference),
/* harmony export */   n: () => (/* binding */ descriptorOf)
/* harmony export */ });
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
function descriptorOf(m) {
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}


/***/ }),

/***/ 57937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
async function mapPool(items, limit, fn) {
    const values = [];
    let next = 0;
    const failures = [];
    const worker = async () => {
        while (next < items.length && failures.length === 0) {
            const index = next++;
            try {
                values[index] = await fn(items[index], index);
            }
            catch (reason) {
                failures.push({ index, reason });
            }
        }
    };
    const count = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: count }, worker));
    const first = failures.sort((a, b) => a.index - b.index)[0];
    if (first)
        throw first.reason;
    return values;
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

// UNUSED EXPORTS: reportOutputs, requestsLine, summaryMarkdown

// EXTERNAL MODULE: ./src/changes/classify.ts
var classify = __webpack_require__(27211);
;// CONCATENATED MODULE: ./src/gitops/outputs.ts
function summarizeCommits(results) {
    const commits = {};
    for (const { repository, ...rest } of results)
        commits[repository] = rest;
    const pullRequest = results.find((r) => r.pullRequest)?.pullRequest;
    return { commitSha: results[0]?.commit ?? '', commits, ...(pullRequest ? { pullRequest } : {}) };
}
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




const DECISION_ORDER = ['build', 'promote', 'rollback', 'reuse', 'skip'];
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
        ...(run.requests?.length ? { requests: run.requests } : {}),
    };
}
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
function requestCount(c) {
    const notes = [
        ...(c.retried ? [`${c.retried} retried`] : []),
        ...(c.throttled ? [`${c.throttled} × 429`] : []),
    ];
    return `${codeSpan(c.host)} ${c.requests}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
function requestsLine(requests) {
    const part = (service, label) => {
        const of = requests.filter((c) => c.service === service);
        return of.length ? [`${label}: ${of.map(requestCount).join(' · ')}`] : [];
    };
    const parts = [
        ...part('registry', 'Registry requests'),
        ...part('github', 'GitHub API requests'),
    ];
    return parts.length ? parts.join('; ') : undefined;
}
function summaryMarkdown(report, title = 'image-promote') {
    const rows = report.images.map((i) => `| ${escapeCell(i.name)} | ${i.status === 'failed' ? '❌ ' : ''}${i.decision} | ${escapeCell(fromTo(i))} | ${shortDigest(i.digest) ? `\`${shortDigest(i.digest)}\`` : '—'} | ${i.status} | ${escapeMarkdown(i.reason)} |`);
    const range = report.base
        ? `\`${report.base.slice(0, 7)}..${report.head.slice(0, 7)}\` (${report.baseRule})`
        : `\`${report.head.slice(0, 7)}\``;
    const requests = report.requests ? requestsLine(report.requests) : undefined;
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
        ...(requests ? [requests, ''] : []),
    ].join('\n'));
}
function textTable(report) {
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

/***/ 31513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ checkSources),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _changes_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76770);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3317);




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
function nearest(wanted, candidates, max = Math.max(2, Math.floor(wanted.length / 3))) {
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
function directories(tree) {
    const dirs = new Set();
    for (const path of tree.paths) {
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
            dirs.add(path.slice(0, i));
    }
    return dirs;
}
function suggestion(wanted, candidates) {
    const near = nearest(wanted, candidates);
    return near
        ? `did you mean "${near}"?`
        : 'check the path (it is relative to the repository root)';
}
function problemError(tree, image, p, dirs) {
    const at = tree.commit.slice(0, 7);
    const named = `the ${p.what} "${p.path}"`;
    const chain = p.via.length > 0 ? ` (${p.via.join(', ')})` : '';
    const error = (message, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `image ${image}: ${message}`, hint);
    switch (p.kind) {
        case 'missing': {
            const candidates = p.what === 'context'
                ? dirs()
                : tree.paths.filter((f) => /(^|\/)[^/]*dockerfile[^/]*$/i.test(f));
            return error(`${named} does not exist at ${at}${chain}`, suggestion(p.at, candidates));
        }
        case 'not-directory':
            return error(`${named} is a file at ${at}, not a directory${chain}`, 'set context to the directory docker builds from');
        case 'not-file':
            return error(`${named} is not a file at ${at}${chain}`, 'set dockerfile to the Dockerfile itself');
        case 'escapes':
            return error(`${named} leads out of the repository at ${at}${chain}, so what it is built from cannot be known`, `point the symlink inside the repository, or set ${p.what === 'context' ? 'context' : 'dockerfile'} to the real path`);
        case 'loop':
            return error(`the symlinks of ${named} loop at ${at}${chain}`, 'make the symlinks end at a real file or directory');
    }
}
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
            if (new _changes_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobList */ .Rz([pattern]).firstMatch(tree.paths) !== undefined)
                continue;
            const base = picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern).base;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `${where}: paths pattern "${pattern}" matches no file at ${at}`, base ? suggestion(base, [...allDirs(), ...tree.paths]) : 'check the pattern');
        }
        const isCode = (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .codeTest */ .ol)(image, source);
        for (const overlay of options.written ?? []) {
            if ((0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .indexIn */ .YP)(tree.paths, overlay) === undefined || !isCode(overlay))
                continue;
            const viaContext = image.paths.length === 0 || (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .inContext */ .Vc)(source, overlay);
            const ignoreFile = source.context === '' ? '.dockerignore' : `${source.context}/.dockerignore`;
            const relative = source.context === '' ? overlay : overlay.slice(source.context.length + 1);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `${where}: the overlay ${overlay}, which this run writes, is part of its source (${viaContext ? `docker sends it from the context "${image.context}"` : 'paths names it'}), so every deploy would change the source key and rebuild it`, viaContext
                ? `add "${relative}" to ${ignoreFile} (docker then never sends it)${image.paths.length > 0 ? ', or leave it out of paths' : ', or set paths'}`
                : `leave ${overlay} out of paths`);
        }
    }
}


/***/ }),

/***/ 40319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mn: () => (/* binding */ contextFilter)
/* harmony export */ });
/* unused harmony exports readDockerignore, goClean, DockerPatterns */
function readDockerignore(text) {
    const patterns = [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
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
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
function goTrimSpace(s) {
    return s.replace(TRIM, '');
}
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
const REGEXP_ONLY = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);
function literalChar(c) {
    return /^[A-Za-z0-9_]$/.test(c) ? c : `\\u{${c.codePointAt(0).toString(16)}}`;
}
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
                if (type === 'regexp')
                    return undefined;
                source += '\\\\';
                continue;
            }
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
            i += chars.slice(k, cls.end).length;
            k = cls.end;
            type = 'regexp';
        }
        else if (ch === ']') {
            source += literalChar(ch);
            type = 'regexp';
        }
        else if (ch === '^') {
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
class DockerPatterns {
    patterns;
    dirInfo = new Map();
    constructor(patterns) {
        this.patterns = patterns;
    }
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
    excludes(path) {
        if (this.patterns.length === 0)
            return false;
        const slash = path.lastIndexOf('/');
        const parent = slash === -1 ? undefined : this.infoOf(path.slice(0, slash));
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
    match(file, parent) {
        let matched = false;
        const info = new Array(this.patterns.length).fill(false);
        this.patterns.forEach((p, i) => {
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
function contextFilter(ignores) {
    const contextLines = ignores.contextIgnore === undefined ? [] : readDockerignore(ignores.contextIgnore);
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



const SOURCE_KEY_VERSION = 'image-promote source key v2';
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
function sentByDocker(source) {
    const { context, filter } = source;
    if (context === '')
        return (p) => filter.all || filter.sends(p);
    const prefix = `${context}/`;
    return (p) => p.startsWith(prefix) && (filter.all || filter.sends(p.slice(prefix.length)));
}
function inContext(source, path) {
    return source.context === '' || path === source.context || path.startsWith(`${source.context}/`);
}
function codeTest(image, source) {
    const always = new Set(source.always);
    const sends = sentByDocker(source);
    if (image.paths.length > 0) {
        const named = new _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobList */ .Rz(image.paths).matches;
        return (p) => always.has(p) || (named(p) && (!inContext(source, p) || sends(p)));
    }
    return (p) => always.has(p) || p === source.context || sends(p);
}
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
            const at = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .indexIn */ .YP)(paths, dir);
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
        const at = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .indexIn */ .YP)(paths, p);
        if (at !== undefined)
            picked.push(at);
    }
    const entries = [...new Set(picked)].sort((a, b) => a - b);
    return withAttributes(tree, entries);
}
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
        const at = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .indexIn */ .YP)(paths, `${prefix}.gitattributes`);
        if (at !== undefined)
            more.push(at);
    }
    return more.length === 0 ? entries : [...new Set([...entries, ...more])].sort((a, b) => a - b);
}
function sourceKeys(tree, images, sources) {
    const keys = new Map();
    for (const image of images) {
        const source = sources.get(image.name);
        if (!source || 'problem' in source)
            continue;
        const indices = codeEntries(tree, image, source);
        const records = [`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`];
        tree.appendRecords(indices, records);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(records.join(''));
        keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
    }
    return keys;
}
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



const MAX_LINKS = 255;
const SYMLINK = '120000';
const GITLINK = '160000';
function entryAt(tree, i) {
    const record = tree.record(i);
    const space = record.indexOf(' ');
    return { mode: record.slice(0, space), oid: record.slice(space + 1, record.indexOf('\t')) };
}
function isDirectory(tree, path) {
    if (path === '')
        return true;
    return tree.paths[(0,globs/* lowerBound */.yz)(tree.paths, `${path}/`)]?.startsWith(`${path}/`) === true;
}
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
            if (resolved.length === 0)
                return { fail: 'escapes', at: '..', via };
            resolved.pop();
            kind = 'directory';
            continue;
        }
        const rest = () => [...resolved, part, ...queue].filter((q) => q !== '').join('/');
        if (kind !== 'directory') {
            return { fail: 'missing', at: rest(), via };
        }
        const candidate = [...resolved, part].join('/');
        const i = (0,globs/* indexIn */.YP)(tree.paths, candidate);
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
function ignoreFile(tree, path, blobs) {
    const w = walk(tree, path, blobs);
    if ('need' in w)
        return w;
    if ('fail' in w) {
        if (w.fail === 'missing')
            return { entries: [] };
        return { unreadable: true, entries: (0,globs/* indexIn */.YP)(tree.paths, path) === undefined ? [] : [path] };
    }
    const entries = [...w.links, ...(w.kind === 'directory' ? [] : [w.path])];
    if (w.kind !== 'file')
        return { unreadable: true, entries };
    const oid = entryAt(tree, (0,globs/* indexIn */.YP)(tree.paths, w.path)).oid;
    const text = blobs.get(oid);
    if (text === undefined)
        return { need: oid };
    return { text, entries };
}
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
/* harmony export */   Z: () => (/* binding */ readTree)
/* harmony export */ });
/* unused harmony export treeFromListing */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71243);

class ListedTree {
    commit;
    text;
    paths = [];
    starts = [];
    modeEnds = [];
    oidStarts = [];
    tabs = [];
    ends = [];
    sorted = true;
    built;
    constructor(commit, text) {
        this.commit = commit;
        this.text = text;
    }
    get entries() {
        this.built ??= this.paths.map((path, i) => ({
            mode: this.text.slice(this.starts[i], this.modeEnds[i]),
            oid: this.text.slice(this.oidStarts[i], this.tabs[i]),
            path,
        }));
        return this.built;
    }
    record(i) {
        const out = [];
        this.appendRecords([i], out);
        return out.join('');
    }
    appendRecords(indices, out) {
        const { text, starts, modeEnds, oidStarts, ends } = this;
        for (const i of indices) {
            const end = ends[i];
            out.push(text.slice(starts[i], modeEnds[i] + 1));
            if (end < text.length)
                out.push(text.slice(oidStarts[i], end + 1));
            else
                out.push(text.slice(oidStarts[i], end), '\0');
        }
    }
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
function treeFromListing(commit, output) {
    const listing = new ListedTree(commit, output);
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
    if (!listing.sorted) {
        const order = paths.map((_, j) => j);
        order.sort((a, b) => {
            const pa = paths[a];
            const pb = paths[b];
            return pa < pb ? -1 : pa > pb ? 1 : 0;
        });
        listing.permute(order);
    }
    return listing;
}
const listings = new WeakMap();
function readTree(git, commit, options = {}) {
    const peel = options.peel === true;
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

const RELEASE_TEMPLATE = 'the git tag name of a release (v1.2.3)';
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
    afterDotsAndDashes() {
        let all = [...this.closure(this.starts)];
        for (;;) {
            const more = new Set([...all, ...this.step(all, '.'), ...this.step(all, '-')]);
            if (more.size === all.length)
                return all.sort((p, q) => p - q);
            all = [...more];
        }
    }
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
function automaton(language) {
    const nfa = new Nfa();
    const begin = nfa.add();
    nfa.starts.push(begin);
    const { states, end } = nfa.chain(begin, language.segments);
    nfa.accepting.add(end);
    const start = language.strip
        ? nfa.afterDotsAndDashes()
        : [...nfa.closure(nfa.starts)].sort((p, q) => p - q);
    if (language.long)
        nfa.hashSuffix(states);
    return { nfa, start };
}
function fixedStart(language) {
    let text = '';
    for (const s of language.segments) {
        if (s.set.kind !== 'eq' || s.min !== 1 || s.max !== 1)
            break;
        text += s.set.char;
    }
    if (language.strip) {
        const kept = text.replace(/^[.-]+/, '');
        if (kept.length < text.length && kept === '')
            return '';
        text = kept;
    }
    return language.long ? text.replace(/[.-]+$/, '') : text;
}
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
function meet(render, accept) {
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
function freeText(template) {
    const tokens = (0,tags_template/* parseTemplate */.QC)(template).flatMap((p) => ('token' in p ? [p.token] : []));
    if (tokens.includes('branch'))
        return 'branch';
    if (tokens.includes('version'))
        return 'version';
    return undefined;
}
function tagShapeConflicts(templates) {
    const out = [];
    const shape = (kind, template) => ({
        kind,
        template,
        language: templateLanguage(template),
    });
    const source = templates.sourceTag === undefined ? [] : [shape('source-tag', templates.sourceTag)];
    const commitShapes = [
        shape('tag-template', templates.tagTemplate),
        shape('pr-tag-template', templates.prTagTemplate),
    ];
    const check = (origin, template, language, against, dependsOn) => {
        for (const s of against) {
            const example = meet(language, s.language);
            if (example === undefined)
                continue;
            out.push({
                origin,
                template,
                shapeOf: s.kind,
                shape: s.template,
                example,
                ...(dependsOn ? { dependsOn } : {}),
            });
        }
    };
    for (const c of commitShapes)
        check(c.kind, c.template, c.language, source, freeText(c.template));
    for (const t of templates.extraTags)
        check('extra-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
    for (const t of templates.promoteTags)
        check('promote-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
    for (const t of templates.requestedTags ?? [])
        check('tag', t, tagLanguage(t), source, undefined);
    check('release', RELEASE_TEMPLATE, RELEASE_LANGUAGE, source, 'tag name');
    for (const s of source)
        check('source-tag', s.template, s.language, commitShapes, undefined);
    return out;
}
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




function mutableTagRefusal(reason, fix) {
    return `${reason}: a tag that can move is written only pinned to its digest — ${fix}`;
}
function requestedTags(config) {
    const request = config.tag;
    if (request?.kind !== 'refs')
        return [];
    return [request.all, ...Object.values(request.byImage)].flatMap((r) => [
        ...(r?.tag !== undefined ? [r.tag] : []),
        ...(r?.as !== undefined ? [r.as] : []),
    ]);
}
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
function checkTagShapes(config) {
    const conflicts = tagShapeConflicts({ ...config, requestedTags: requestedTags(config) });
    const fixed = conflicts.find((c) => c.dependsOn === undefined);
    if (!fixed)
        return;
    throw new errors/* InputError */.dz(fixed.origin, describeConflict(fixed), shapeFix(fixed));
}
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
function commitTemplateProblem(template) {
    const others = (0,tags_template/* tokensOf */.k8)(template).filter((t) => t !== 'sha');
    if (others.length > 0 || !(0,tags_template/* tokensOf */.k8)(template).includes('sha')) {
        throw new errors/* InputError */.dz('tag', `a commit SHA stands for the tag tag-template makes for it, but "${template}" ${others.length > 0 ? `uses {${others.join('}, {')}}` : 'has no {sha}'}, so a commit alone does not say its tag`, 'give the tag itself');
    }
}
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
    return (tag, among) => {
        for (const shape of among) {
            const m = matchers.get(shape);
            if (m?.test(tag))
                return { shape, template: m.template };
        }
        return undefined;
    };
}
const EVERY_SHAPE = ['source-tag', 'tag-template', 'pr-tag-template'];
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
    const taken = reservedShapes(config);
    const extra = [];
    for (const template of config.extraTags) {
        if (!extraTagApplies(template, trigger))
            continue;
        let tag;
        try {
            tag = (0,tags_template/* renderTemplate */.Xm)(template, ctx);
        }
        catch {
            continue;
        }
        const shape = taken(tag, EVERY_SHAPE);
        if (shape)
            throw renderedShapeError('extra-tags', template, tag, shape, ctx);
        extra.push(tag);
    }
    const release = (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
        ? (0,tags_template/* tagFromName */.IB)(trigger.tagName) || undefined
        : undefined;
    const releaseTaken = release ? taken(release, ['source-tag']) : undefined;
    if (release && releaseTaken) {
        throw new errors/* InputError */.dz('source-tag', `the release ${trigger.tagName ?? release} gives the registry tag "${release}", which has the shape of source-tag "${releaseTaken.template}": source tags are reserved for images of that source`, 'nothing was pushed; keep a prefix of its own in source-tag (the default is "src-{source:16}")');
    }
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
        }
    }
    const immutableShape = (tag) => (0,event_trigger/* isVersionTag */.JM)(tag) || taken(tag, EVERY_SHAPE) !== undefined;
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
            const shape = taken(tag, EVERY_SHAPE);
            if (shape)
                throw renderedShapeError('promote-tags', template, tag, shape, ctx);
            return tag;
        }),
        isImmutable: (tag) => !mutable.has(tag) && immutableShape(tag),
        mutableReason: (tag) => {
            const known = mutable.get(tag);
            if (known)
                return known;
            if (immutableShape(tag))
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
function isImmutableTemplate(template) {
    return parseTemplate(template).some((p) => 'token' in p &&
        ((p.token === 'sha' && (p.length ?? 40) >= 7) ||
            p.token === 'version' ||
            p.token === 'run' ||
            p.token === 'datetime'));
}
function tokensOf(template) {
    return [...new Set(parseTemplate(template).flatMap((p) => ('token' in p ? [p.token] : [])))];
}
function usesToken(template, token) {
    return parseTemplate(template).some((p) => 'token' in p && p.token === token);
}
function sanitizeForTag(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
}
const TAG_MAX_LENGTH = 128;
function fitTag(tag, original = tag) {
    if (tag.length <= TAG_MAX_LENGTH)
        return tag;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(original).digest('hex').slice(0, 8);
    const head = tag.slice(0, TAG_MAX_LENGTH - hash.length - 1).replace(/[.-]+$/, '');
    return `${head}-${hash}`;
}
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
    const tag = fitTag(out.replace(/^[.-]+/, ''), out);
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
    if (problem)
        throw new TemplateError(`renders to ${JSON.stringify(tag)}, which is not a valid tag: ${problem}`);
    return tag;
}
function shaExtractor(template) {
    const parts = parseTemplate(template);
    if (!parts.some((p) => 'token' in p && p.token === 'sha'))
        return undefined;
    const source = parts
        .map((p) => {
        if ('text' in p)
            return escapeRegExp(p.text);
        if (p.token === 'sha')
            return `(?<sha>${tokenPattern(p).full})`;
        if (p.token === 'branch' || p.token === 'version')
            return '[A-Za-z0-9_.-]+?';
        return tokenPattern(p).full;
    })
        .join('');
    const re = new RegExp(`^${source}$`);
    return (tag) => re.exec(tag)?.groups?.sha;
}
function tokenPattern(p) {
    switch (p.token) {
        case 'sha':
        case 'source': {
            const n = p.length ?? (p.token === 'sha' ? 40 : 64);
            return { full: `[0-9a-f]{${n}}`, prefix: `[0-9a-f]{0,${n}}` };
        }
        case 'pr':
        case 'run':
            return { full: '\\d+', prefix: '\\d*' };
        case 'date':
            return { full: '\\d{8}', prefix: '\\d{0,8}' };
        case 'datetime':
            return { full: '\\d{14}', prefix: '\\d{0,14}' };
        case 'branch':
        case 'version':
            return { full: '[A-Za-z0-9_.-]*', prefix: '[A-Za-z0-9_.-]*' };
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
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
function dotDashStrings(n) {
    let all = [''];
    for (let i = 0; i < n; i++)
        all = all.flatMap((s) => [`${s}.`, `${s}-`]);
    return all;
}
function templateMatcher(template) {
    const parts = parseTemplate(template);
    const patterns = parts.map((p) => 'text' in p
        ? {
            full: escapeRegExp(p.text),
            prefix: `(?:${Array.from({ length: p.text.length }, (_, i) => escapeRegExp(p.text.slice(0, i + 1))).join('|')})?`,
        }
        : tokenPattern(p));
    const full = new RegExp(`^${patterns.map((p) => p.full).join('')}$`);
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
