export const id = 213;
export const ids = [213];
export const modules = {

/***/ 312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ parseMetadataFile),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   WG: () => (/* binding */ legacyBuildArgv),
/* harmony export */   bY: () => (/* binding */ buildxArgv),
/* harmony export */   d1: () => (/* binding */ pushArgv),
/* harmony export */   kX: () => (/* binding */ parsePushDigest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8286);
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
        throw new Error(`internal: build tags must carry a tag and no digest: ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref)}`);
    }
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref);
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
        throw new Error(`buildx metadata file is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new Error('buildx metadata file is not a JSON object');
    }
    const digest = data['containerimage.digest'];
    if (digest === undefined)
        return undefined;
    if (typeof digest !== 'string' || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidDigest */ .fH)(digest)) {
        throw new Error(`buildx metadata file has an invalid containerimage.digest: ${JSON.stringify(digest)}`);
    }
    return digest;
}


/***/ }),

/***/ 7211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ Classifier),
/* harmony export */   y: () => (/* binding */ strongest)
/* harmony export */ });
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6770);

const STRENGTH = { none: 0, ignored: 1, deploy: 2, code: 3 };
function strongest(kinds) {
    let best = 'none';
    for (const k of kinds)
        if (STRENGTH[k] > STRENGTH[best])
            best = k;
    return best;
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
        this.deploy = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(rules.deployPaths);
        this.ignore = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(rules.ignorePaths);
        this.images = rules.images.map((img) => ({
            name: img.name,
            // The Dockerfile goes last so that no `!` pattern can exclude it.
            strong: new _globs_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobList */ .Rz([...img.paths, (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeGlob */ .yk)(img.dockerfile)]),
            ...(img.paths.length === 0 ? { context: img.context === '.' ? '' : img.context } : {}),
        }));
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
        const result = new Map();
        for (const img of this.images) {
            const code = img.strong.firstMatch(sorted) ??
                (img.context === undefined ? undefined : firstOther(sorted, flag, img.context));
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
/** The first file under `dir` ('' = everywhere) that is neither ignored nor deploy config. */
function firstOther(sorted, flag, dir) {
    if (dir !== '') {
        // The directory itself changes when it is a submodule (a gitlink).
        const at = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerBound */ .yz)(sorted, dir);
        if (sorted[at] === dir && flag(at) === FILE_OTHER)
            return dir;
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let i = prefix === '' ? 0 : (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerBound */ .yz)(sorted, prefix); i < sorted.length; i++) {
        const f = sorted[i];
        if (!f.startsWith(prefix))
            break;
        if (flag(i) === FILE_OTHER)
            return f;
    }
    return undefined;
}


/***/ }),

/***/ 7213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  locate: () => (/* binding */ locate),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/file.ts
var config_file = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(8410);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tags/policy.ts
var tags_policy = __webpack_require__(8527);
// EXTERNAL MODULE: ./src/engine/overlay-state.ts
var overlay_state = __webpack_require__(662);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
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
/** What the environment runs, for reasons: its value, digest and the commit it came from. */
function running(f, image) {
    const commit = f.deployed?.commit ? `, built from ${f.deployed.commit.sha.slice(0, 7)}` : '';
    return `${describeValue(f.deployed?.value)} (${decide_short(image.digest)}…${commit})`;
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
    return (0,types/* isProblem */.A)(lookup) ? lookup.problem : undefined;
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
/** Whether this run writes overlays (a file edit or a commit); a plan never does. */
function writesOverlays(config) {
    return (config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan';
}
/**
 * An image whose new value would be written into overlays that do not name it fails before
 * anything is built or pushed (unless create-missing): the planner would refuse the write
 * after the work was done.
 */
function unnamed(decisions, input) {
    const { config, facts } = input;
    if (!writesOverlays(config) || config.createMissing || facts.overlays.length === 0)
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
    const image = (0,types/* found */.F)(deployed.image);
    if (!image) {
        return fail(f, name, reason, `the overlay ${deployed.overlay} runs ${describeValue(deployed.value)}, which is not in ${deployed.repository.name}`);
    }
    return { kind: 'keep', name, image: f.image, reason, target: image };
}
/** Keeping what runs is a reuse when deploy config changed since (or may have), else a skip. */
function keepName(f) {
    return f.comparison.change.kind === 'deploy' || f.comparison.note ? 'reuse' : 'skip';
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
    const source = (0,types/* found */.F)(f.sourceImage);
    const deployed = (0,types/* found */.F)(f.deployed?.image);
    if (source && deployed?.digest === source.digest) {
        const name = keepName(f);
        return {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, an image of this source`,
            target: deployed,
        };
    }
    // A rebuild of this source runs (force-build): the source tag names the first image, the
    // environment another one built from the same files — keep it, never swap it back.
    if (source && deployed && f.deployed?.sourceKey === key) {
        return {
            kind: 'keep',
            name: keepName(f),
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, built from this source`,
            target: deployed,
        };
    }
    const primary = policy.primary();
    if (source)
        return promote(f, ctx, source, primary, `${why}; an image of this source exists: ${origin(source)}`);
    const sourceTag = policy.sourceTag(key);
    const adopted = adoption(f, key);
    if (adopted) {
        const name = keepName(f);
        return {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the deployed ${running(f, adopted)} was built from the same source before source tags existed, so it is reused${sourceTag ? ` and gets ${sourceTag}` : ''}`,
            target: adopted,
            ...(sourceTag ? { adopt: sourceTag } : {}),
        };
    }
    return build(f, ctx, `${why}; ${firstDeployNote(f) ?? 'no image of this source exists'}`);
}
/** The deployed image when its commit has the same source key (it predates source tags). */
function adoption(f, key) {
    const deployed = f.deployed;
    const image = (0,types/* found */.F)(deployed?.image);
    if (!deployed || !image || deployed.sourceKey !== key)
        return undefined;
    return image;
}
/** A note for an overlay value that names no image yet (a first deploy). */
function firstDeployNote(f) {
    const deployed = f.deployed;
    if (!deployed)
        return undefined;
    if ((0,types/* found */.F)(deployed.image))
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
function build(f, ctx, reason, later = ctx.extra, { tag: primary, image: primaryImage } = {
    tag: ctx.policy.primary(),
    image: f.primaryImage,
}) {
    const { policy } = ctx;
    const existing = (0,types/* found */.F)(primaryImage);
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
    if ('problem' in f.source || (0,types/* found */.F)(f.sourceImage) || (0,types/* isProblem */.A)(f.sourceImage))
        return [];
    // Source tags off: sourceTag() is undefined.
    const tag = policy.sourceTag(f.source.key);
    return tag ? [tag] : [];
}
function promote(f, ctx, source, tag, reason) {
    const existing = (0,types/* found */.F)(f.primaryImage);
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
    const source = (0,types/* found */.F)(f.sourceImage) ?? adoption(f, f.source.key);
    if (source) {
        const existing = (0,types/* found */.F)(f.releaseImage);
        if (existing && existing.digest !== source.digest) {
            return fail(f, 'promote', `release ${name}`, `${tag} already names another image (${decide_short(existing.digest)}…) in ${existing.repository.name}; release tags are never moved`);
        }
        const adopt = (0,types/* found */.F)(f.sourceImage) ? [] : sourceTagToAdd(f, policy);
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
    const image = (0,types/* found */.F)(requested.image);
    if (!image) {
        return fail(f, 'reuse', reason, `${requested.repository.name}:${tag} does not exist; nothing was built — check the tag, or name the images that have it (tag: ${f.image.name}=…, one line per image)`);
    }
    return pinnedWrite(f, ctx, 'reuse', reason, image);
}
/** A write of `image`'s tag; a mutable tag goes in only pinned to its digest. */
function pinnedWrite(f, ctx, name, reason, image, addTags = [], later = [], copyFrom) {
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
    if (mutable && !ctx.config.pinDigest) {
        return fail(f, name, reason, (0,tags_policy/* mutableTagRefusal */.xo)(mutable, `set pin-digest: true to write it with its digest ${decide_short(image.digest)}…, or give an immutable tag`));
    }
    if (mutable)
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
    return pinnedWrite(f, ctx, 'rollback', `rolling ${f.image.name} back from ${from} to ${describeValue(rb.target.value)}, deployed by ${commit.slice(0, 7)}${skippedNote}`, image);
}
/** mode build: build every (selected) image; a tag already built is not rebuilt. */
function buildMode(f, ctx) {
    const planned = ctx.config.tag?.kind === 'tags' ? ctx.config.tag.all : undefined;
    const reason = ctx.config.matrixImage
        ? `matrix build of ${f.image.name}`
        : 'mode "build" builds every image';
    if (planned === undefined)
        return build(f, ctx, reason);
    // A matrix job builds the tag its plan chose; that tag (not this run's own) tells whether
    // an earlier attempt built it already.
    const requested = f.requested?.image;
    if ((0,types/* isProblem */.A)(requested))
        return fail(f, 'build', reason, requested.problem);
    return build(f, ctx, reason, ctx.extra, { tag: planned, image: requested });
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
        const image = (0,types/* found */.F)(f.requested?.image);
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
    const image = (0,types/* found */.F)(source.image);
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
        // A planned tag that names another image by now is never moved: fail before anything.
        const now = f.requested?.image;
        if ((0,types/* isProblem */.A)(now))
            return fail(f, 'promote', reason, now.problem);
        if (now && now.digest !== planned.digest) {
            return fail(f, 'promote', reason, `${f.image.repository.name}:${planned.tag} already names another image (${decide_short(now.digest)}…), not the planned ${decide_short(planned.digest)}…; tags are never moved`);
        }
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
    const image = (0,types/* found */.F)(requested?.image);
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
    const addTags = planned.decision === 'build' ? sourceTagToAdd(f, ctx.policy) : [];
    return {
        kind: 'tag',
        name: planned.decision,
        image: f.image,
        reason,
        target: image,
        addTags,
        laterTags: later.filter((t) => !addTags.includes(t.tag)),
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
            const slot = (0,overlay_state/* overlaySlot */.lJ)(state, f.image);
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
            const there = [(0,types/* found */.F)(f.primaryImage), (0,types/* found */.F)(f.releaseImage)].find((x) => x?.tag === tag);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/build/argv.ts
var argv = __webpack_require__(312);
// EXTERNAL MODULE: ./src/changes/history.ts
var changes_history = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
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
                relies: [
                    ...targetTag(d.target),
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
    if (!(await new changes_history/* History */.B(deps.git, deps.logger).ensureCommit(head))) {
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
    const labels = (0,argv/* ociLabels */.TT)({
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
            }
            return { ...o, wrote: true, status: o.status === 'planned' ? 'pushed' : o.status };
        }
        catch (err) {
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err), wrote: true };
        }
    }));
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

// EXTERNAL MODULE: ./src/engine/facts.ts + 3 modules
var engine_facts = __webpack_require__(427);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __webpack_require__(1243);
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
        const { cloneOverlayRepository } = await __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 837));
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
    // One Git per repository, so its fetches queue behind each other (Git.exclusive).
    const byTop = new Map([[await (0,promises_.realpath)(deps.git.cwd), deps.git]]);
    return {
        overlays: config.overlays,
        ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
        root,
        gitFor: async (file) => {
            // A second checkout inside the workspace has its own history.
            const probe = new src_git/* Git */.TU((0,external_node_path_.dirname)(file), logger);
            const top = await (0,promises_.realpath)((await probe.run(['rev-parse', '--show-toplevel'])).stdout.trim());
            let git = byTop.get(top);
            if (!git)
                byTop.set(top, (git = new src_git/* Git */.TU(top, logger)));
            return git;
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
    if (config.tag?.kind === 'tags' && !config.pinDigest) {
        // The tag policy's rule, before any registry call: the run deploys what the input names.
        for (const t of [config.tag.all, ...Object.values(config.tag.byImage)]) {
            const why = t === undefined ? undefined : policy.mutableReason(t);
            if (why) {
                throw new errors/* InputError */.dz('tag', (0,tags_policy/* mutableTagRefusal */.xo)(why, 'give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true to deploy it pinned to the digest it has now'));
            }
        }
    }
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
        facts = await (0,engine_facts/* gatherFacts */.pc)(deps, placement);
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
        const held = outcomes.flatMap((o) => o.decision.kind === 'tag' || o.decision.kind === 'build'
            ? o.decision.laterTags.map((t) => t.tag).filter((t) => !o.moved?.includes(t))
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
    if (writesOverlays(config)) {
        try {
            // Overlay edits and the git/GitHub write-back load only when something may be written.
            const { writeOverlays } = await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 5949));
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
        images: (0,engine_facts/* selectedImages */.Qm)(deps.config).map((image) => ({
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

// EXTERNAL MODULE: ./src/event/trigger.ts
var event_trigger = __webpack_require__(9668);
// EXTERNAL MODULE: ./src/source/tree.ts
var tree = __webpack_require__(1689);
// EXTERNAL MODULE: ./src/changes/classify.ts
var classify = __webpack_require__(7211);
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

// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __webpack_require__(6670);
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

// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(8092);
// EXTERNAL MODULE: ./src/registry/provider.ts
var provider = __webpack_require__(4998);
;// CONCATENATED MODULE: ./src/wiring.ts




function createEngineDeps(options) {
    const { config, trigger, logger, env, now } = options;
    const git = options.git ?? new src_git/* Git */.TU(config.workspace, logger);
    const registries = (0,provider/* createRegistryProvider */.n)({
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
        build: async (requests, workspace) => {
            // The docker path loads only when something is built (its own chunk).
            const [{ buildImages }, { detectBuilder }, { ensureRegistryLogin }] = await Promise.all([
                __webpack_require__.e(/* import() */ 939).then(__webpack_require__.bind(__webpack_require__, 8939)),
                __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 4558)),
                __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 9125)),
            ]);
            let builder = builders.get(workspace);
            if (!builder)
                builders.set(workspace, (builder = detectBuilder({ exec: exec.exec, logger, env, workspace })));
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
        const api = () => (source ??= __webpack_require__.e(/* import() */ 123).then(__webpack_require__.bind(__webpack_require__, 123)).then((m) => m.createGitHubChangeSource(apiOptions)));
        deps.api = {
            pullRequestFiles: async (n) => (await api()).pullRequestFiles(n),
            compareFiles: async (b, h) => (await api()).compareFiles(b, h),
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
    const headRev = values.head ?? 'HEAD';
    // Where the work tree is, the head commit and the branch: one git call.
    const { workspace, git, head, branch } = await locate(ctx, headRev);
    // The engine starts from the head commit's tree: git lists it while the config is parsed
    // (readTree hands the same listing to the engine).
    if (head)
        (0,tree/* readTree */.Zc)(git, head, { peel: true }).catch(() => undefined);
    const configPath = (0,context/* configIn */.k$)(ctx, workspace, values.config);
    if (!configPath)
        throw new context/* UsageError */.eb(`image-promote plan: no --config given and none of ${context/* DEFAULT_CONFIGS */.Yy.join(', ')} exists`);
    const file = (0,config_file/* fileInputSource */.m)(configPath, ctx.env);
    const config = (0,parse/* parseConfig */.o4)({
        // plan never builds, pushes or writes, whatever the file says.
        get: (name) => name === 'mode'
            ? 'plan'
            : name === 'base'
                ? (values.base ?? file.get('base'))
                : file.get(name),
        structured: (name) => name === 'mode' || name === 'base' ? undefined : file.structured?.(name),
    }, { workspace });
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
    const env = {
        ...ctx.env,
        GITHUB_SHA: head,
        GITHUB_REF: ctx.env.GITHUB_REF ?? (branch ? `refs/heads/${branch}` : undefined),
    };
    const trigger = (0,event_trigger/* triggerFromEvent */.NO)(eventName, payload, env, config.base);
    const deps = createEngineDeps({
        config,
        trigger,
        logger: ctx.logger,
        env,
        now: new Date(),
        // Reused when it is the engine's repository: it knows the head commit already.
        ...(git.cwd === config.workspace ? { git } : {}),
    });
    const result = await runEngine(deps);
    const report = buildReport(result, trigger.head);
    ctx.stdout(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : textTable(report));
    return result.failure ? 1 : 0;
}
/**
 * `git rev-parse --show-toplevel <head>^{commit} --abbrev-ref=loose HEAD` answers all three
 * at once (`--abbrev-ref=loose` shortens like `git symbolic-ref --short`, and prints `HEAD`
 * when detached); anything but its plain three-line answer falls back to one call each.
 */
async function locate(ctx, headRev) {
    const probe = new src_git/* Git */.TU(ctx.cwd, ctx.logger);
    const one = await probe.run(['rev-parse', '--show-toplevel', `${headRev}^{commit}`, '--abbrev-ref=loose', 'HEAD'], { allowFailure: true });
    const lines = one.stdout.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    const [top, sha, abbrev] = lines;
    if (one.exitCode === 0 &&
        lines.length === 3 &&
        top &&
        sha &&
        /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) &&
        abbrev) {
        const git = new src_git/* Git */.TU(top, ctx.logger);
        git.rememberCommit(sha);
        return { workspace: top, git, head: sha, branch: abbrev === 'HEAD' ? '' : abbrev };
    }
    const topLevel = await probe.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
    const workspace = topLevel.exitCode === 0 ? topLevel.stdout.trim() : ctx.cwd;
    const git = new src_git/* Git */.TU(workspace, ctx.logger);
    const head = await git.resolveCommit(headRev);
    const branch = (await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true })).stdout.trim();
    return { workspace, git, head, branch };
}


/***/ }),

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pc: () => (/* binding */ gatherFacts),
  $I: () => (/* binding */ lookup),
  _M: () => (/* binding */ repositoryOf),
  Qm: () => (/* binding */ selectedImages)
});

// EXTERNAL MODULE: ./src/changes/classify.ts
var classify = __webpack_require__(7211);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __webpack_require__(1243);
// EXTERNAL MODULE: ./src/changes/history.ts
var changes_history = __webpack_require__(5881);
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
    const history = new changes_history/* History */.B(git, logger);
    const head = trigger.head;
    const gitUsable = await git.isRepository();
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/event/trigger.ts
var trigger = __webpack_require__(9668);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __webpack_require__(6770);
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
/**
 * The entries that are code of `image`, in path order (indices into `tree.paths`).
 * `shared.ignored(i, dir)` says whether entry i (under `dir`) is ignored or deploy config.
 */
function codeEntries(tree, image, shared) {
    const { paths } = tree;
    const strong = new globs/* GlobList */.Rz([...image.paths, (0,globs/* escapeGlob */.yk)(image.dockerfile)]).allMatchIndices(paths);
    if (image.paths.length > 0)
        return strong;
    const picked = [];
    const dir = image.context === '.' ? '' : image.context;
    if (dir !== '') {
        // The context itself may be a submodule pointer.
        const at = (0,globs/* lowerBound */.yz)(paths, dir);
        if (paths[at] === dir && !shared.ignored(at, dir))
            picked.push(at);
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let i = prefix === '' ? 0 : (0,globs/* lowerBound */.yz)(paths, prefix); i < paths.length; i++) {
        if (!paths[i].startsWith(prefix))
            break;
        if (!shared.ignored(i, dir))
            picked.push(i);
    }
    // The Dockerfile (and anything else the strong rule names) counts even when ignored.
    return strong.length === 0 ? picked : mergeAscending(picked, strong);
}
/** The union of two ascending lists of indices, ascending. */
function mergeAscending(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const x = i < a.length ? a[i] : Infinity;
        const y = j < b.length ? b[j] : Infinity;
        if (x <= y) {
            out.push(x);
            i++;
            if (x === y)
                j++;
        }
        else {
            out.push(y);
            j++;
        }
    }
    return out;
}
/** Source keys of every image, from one tree. */
function sourceKeys(tree, images, rules) {
    // ignore-paths and deploy-paths are evaluated once per file, and only when an image
    // without `paths` needs them.
    const ignore = new globs/* GlobList */.Rz(rules.ignorePaths);
    const deploy = new globs/* GlobList */.Rz(rules.deployPaths);
    // Per context directory, only the patterns that can match inside it are tested.
    const within = new Map();
    const notCode = (dir) => {
        let test = within.get(dir);
        if (!test) {
            const i = ignore.within(dir).matches;
            const d = deploy.within(dir).matches;
            test = (p) => i(p) || d(p);
            within.set(dir, test);
        }
        return test;
    };
    const memo = new Int8Array(tree.paths.length); // 0 unknown, 1 code, 2 not code
    const ignored = (i, dir) => {
        if (memo[i] === 0)
            memo[i] = notCode(dir)(tree.paths[i]) ? 2 : 1;
        return memo[i] === 2;
    };
    const keys = new Map();
    for (const image of images) {
        const indices = codeEntries(tree, image, { ignored });
        // One update per image: the bytes are the same as one update per entry.
        const records = [`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`];
        tree.appendRecords(indices, records);
        const hash = (0,external_node_crypto_.createHash)('sha256').update(records.join(''));
        keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
    }
    return keys;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
    const at = (0,globs/* lowerBound */.yz)(tree.paths, `${dir}/`);
    // A submodule pointer at the context path counts as the context.
    return (tree.paths[at]?.startsWith(`${dir}/`) === true ||
        tree.paths[(0,globs/* lowerBound */.yz)(tree.paths, dir)] === dir);
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
            if (new globs/* GlobList */.Rz([pattern]).firstMatch(tree.paths) !== undefined)
                continue;
            const base = picomatch_default().scan(pattern).base;
            dirs ??= directories(tree);
            throw new errors/* InputError */.dz('images', `${where}: paths pattern "${pattern}" matches no file at ${at}`, base ? suggestion(base, [...dirs, ...tree.paths]) : 'check the pattern');
        }
    }
}

// EXTERNAL MODULE: ./src/overlay/plan.ts
var plan = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/overlay/state.ts
var overlay_state = __webpack_require__(3657);
// EXTERNAL MODULE: ./src/source/tree.ts
var source_tree = __webpack_require__(1689);
// EXTERNAL MODULE: ./src/tags/template.ts
var template = __webpack_require__(8159);
// EXTERNAL MODULE: ./src/engine/overlay-state.ts
var engine_overlay_state = __webpack_require__(662);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
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
                ? registry.resolve((0,reference/* withTagAndDigest */.gh)(repository, undefined, digest))
                : Promise.resolve(undefined),
            tag ? registry.resolve((0,reference/* withTagAndDigest */.gh)(repository, tag)) : Promise.resolve(undefined),
        ]);
        const image = digest ? byDigest : byTag;
        if (!image)
            return undefined;
        const found = { repository, tag: tag ?? '', digest: image.digest };
        if (tag && byTag)
            found.tagDigest = byTag.digest;
        return found;
    }
    catch (err) {
        return { problem: (0,errors/* errorMessage */.gJ)(err) };
    }
}
/** The revision label of an image, or undefined when it has none (or cannot be read). */
async function revisionOf(deps, image) {
    try {
        const registry = await deps.registries.forReference(image.repository);
        const config = await registry.imageConfig((0,reference/* withTagAndDigest */.gh)(image.repository, undefined, image.digest));
        const revision = config?.labels[REVISION_LABEL];
        return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined;
    }
    catch (err) {
        deps.logger.debug(`cannot read the labels of ${image.repository.name}@${image.digest}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
/** The repository an overlay value points at: its own (without tag or digest), else the image's. */
function repositoryOf(value, image) {
    if (value.repository === undefined)
        return image.repository;
    const parsed = (0,reference/* tryParseReference */.WF)(value.repository);
    return parsed.ok ? (0,reference/* withTagAndDigest */.gh)(parsed.ref) : image.repository;
}
/** The SHA prefix a deployed tag names (`sha-1a2b3c4` → `1a2b3c4`), by the tag templates. */
function shaPrefixOf(deps, value) {
    const { config } = deps;
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
    const prefix = shaPrefixOf(deps, value);
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
function classifier(config, images) {
    return new classify/* Classifier */.s({
        deployPaths: config.deployPaths,
        ignorePaths: config.ignorePaths,
        images,
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
    const show = (path) => deps.git.run(['show', `${sha}:${path}`], { allowFailure: true });
    const paths = [...new Set(overlays.map((s) => s.overlay.path))];
    const early = eager ? new Map(paths.map((p) => [p, quiet(show(p))])) : undefined;
    return gitChangedFiles(deps.git, sha, head).then(async (changed) => {
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
async function gatherFacts(deps, placement) {
    const { config, policy, logger } = deps;
    const history = new changes_history/* History */.B(deps.git, logger);
    const images = selectedImages(config);
    // The tree of the deployed commit is listed while the overlays are read and the registry
    // is asked everything that does not depend on the source keys.
    const treeListed = headTree(deps, history);
    const [overlays, fromOverlay] = await Promise.all([
        (0,engine_overlay_state/* readOverlayStates */.nt)(placement.overlays, config.images),
        config.mode === 'promote' && placement.fromOverlay
            ? (0,engine_overlay_state/* readOverlayStates */.nt)([placement.fromOverlay], config.images)
            : Promise.resolve([]),
    ]);
    for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings))
        logger.warning(w);
    let primary;
    try {
        primary = policy.primary();
    }
    catch {
        // The decision reports the template problem per image.
    }
    const request = config.tag?.kind === 'tags' ? config.tag : undefined;
    const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));
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
        const deployedValue = valueIn(overlays, image);
        const prefix = deployedValue ? shaPrefixOf(deps, deployedValue.value) : undefined;
        return prefix ? startPrefix(prefix) : undefined;
    });
    const tree = await treeListed;
    // Typos (a context or Dockerfile that does not exist, paths that match nothing) fail first:
    // before anything is asked of the registry or fetched (only local git reads run until here).
    if (!('problem' in tree))
        checkSources(tree, images);
    const early = images.map((image, i) => {
        const deployedValue = valueIn(overlays, image);
        const deployedRepo = deployedValue ? repositoryOf(deployedValue.value, image) : undefined;
        const requestedTag = planned.get(image.name)?.tag ||
            (request ? (request.byImage[image.name] ?? request.all) : undefined);
        const promoteValue = valueIn(fromOverlay, image);
        return {
            image,
            deployedValue,
            deployedRepo,
            requestedTag,
            promoteValue,
            // Lookups never reject: a registry that cannot answer gives a problem.
            lookups: Promise.all([
                deployedValue && deployedRepo && (deployedValue.value.tag || deployedValue.value.digest)
                    ? lookup(deps, deployedRepo, deployedValue.value.tag, deployedValue.value.digest)
                    : Promise.resolve(undefined),
                primary ? lookup(deps, image.repository, primary) : Promise.resolve(undefined),
                policy.release
                    ? lookup(deps, image.repository, policy.release)
                    : Promise.resolve(undefined),
                requestedTag ? lookup(deps, image.repository, requestedTag) : Promise.resolve(undefined),
                promoteValue && (promoteValue.value.tag || promoteValue.value.digest)
                    ? lookup(deps, repositoryOf(promoteValue.value, image), promoteValue.value.tag, promoteValue.value.digest)
                    : Promise.resolve(undefined),
            ]),
            byPrefix: byPrefix[i],
        };
    });
    // An image the overlays do not name is explained by the event's rule: start that now.
    const eventChanges = early.some((e) => !e.deployedValue)
        ? quiet(detectEventChanges(deps))
        : undefined;
    // Let the requests and git calls get under way before the keys are computed.
    await new Promise((resolve) => setImmediate(resolve));
    const keys = 'problem' in tree ? undefined : sourceKeys(tree, images, config);
    const keyOf = (image) => {
        if ('problem' in tree)
            return { problem: tree.problem };
        const key = keys?.get(image.name);
        return key ?? { problem: 'internal error: no key computed' };
    };
    const perImage = await Promise.all(early.map(async (e) => {
        const { image, deployedValue, deployedRepo, requestedTag, promoteValue } = e;
        const source = keyOf(image);
        const sourceTag = 'key' in source ? policy.sourceTag(source.key) : undefined;
        const [sourceImage, [deployedImage, primaryImage, releaseImage, requested, promoteImage]] = await Promise.all([
            sourceTag ? lookup(deps, image.repository, sourceTag) : Promise.resolve(undefined),
            e.lookups,
        ]);
        // Where a reused or promoted image came from: read its revision label.
        const sourceFound = (0,types/* found */.F)(sourceImage);
        if (sourceFound && sourceFound.digest !== (0,types/* found */.F)(deployedImage)?.digest) {
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
                repository: repositoryOf(promoteValue.value, image),
                image: promoteImage,
            };
        }
        const plan = planned.get(image.name);
        if (plan)
            facts.planned = plan;
        return facts;
    }));
    const [withComparison, gate, rollback] = await Promise.all([
        compare(deps, history, perImage, tree, overlays, {
            byPrefix: early.map((e) => e.byPrefix),
            diffs,
            ...(eventChanges ? { eventChanges } : {}),
        }),
        needsGate(deps)
            ? __webpack_require__.e(/* import() */ 347).then(__webpack_require__.bind(__webpack_require__, 4347)).then(({ releaseGate }) => releaseGate(deps))
            : Promise.resolve(undefined),
        config.mode === 'rollback' || config.tag?.kind === 'previous'
            ? __webpack_require__.e(/* import() */ 92).then(__webpack_require__.bind(__webpack_require__, 7092)).then(({ rollbackFacts }) => rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file)))
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
/** The event rule's change list (the comparison when the deployed commit is unknown). */
function detectEventChanges(deps) {
    return detectChanges(deps.trigger, {
        git: deps.git,
        logger: deps.logger,
        ...(deps.api ? { api: deps.api } : {}),
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
        if (!old || old.exitCode !== 0)
            continue;
        try {
            const updates = deps.config.images.flatMap((image) => {
                const v = (0,engine_overlay_state/* overlayValue */.uk)(state, image.name);
                if (!v)
                    return [];
                return [{ image, repository: repositoryOf(v, image).name, ...v }];
            });
            const before = (0,overlay_state/* readOverlayText */.e)(old.stdout, state.overlay, deps.config.images);
            // The options the write uses, so the same values give the same bytes.
            const planned = (0,plan/* planOverlayEdit */.c)(before, updates, {
                pinDigest: deps.config.pinDigest,
                createMissing: false,
                isImmutable: (tag) => deps.policy.isImmutable(tag),
            });
            if (planned.after === state.text)
                own.add(path);
        }
        catch {
            // Not a pure value change (or not plannable): it counts as deploy config.
        }
    }
    return own.size === 0 ? files : files.filter((f) => !own.has(f));
}
function needsGate({ config, trigger }) {
    const kind = trigger.kind;
    return ((kind === 'tag' || kind === 'release') &&
        !trigger.deleted &&
        (config.mode === 'auto' || config.mode === 'plan' || config.mode === 'promote'));
}
/** The value the first target overlay that names the image holds. */
function valueIn(states, image) {
    for (const state of states) {
        const v = (0,engine_overlay_state/* overlayValue */.uk)(state, image.name);
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
async function compare(deps, history, images, headTreeOrProblem, overlays, started) {
    const { config, trigger } = deps;
    const head = trigger.head;
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
                started.diffs.get(sha) ?? diffWithHead(deps, sha, overlays),
                adoptable ? (0,source_tree/* readTree */.Zc)(deps.git, sha) : Promise.resolve(undefined),
            ]);
            // The deploy that wrote the running value into the overlay is not news.
            const files = withoutOwnDeploys(deps, diff, overlays);
            const changes = classifier(config, group).classify(files);
            const keys = tree ? sourceKeys(tree, group, config) : undefined;
            for (const i of indices) {
                const f = out[i];
                const commit = commits[i];
                if (!f.deployed || !commit)
                    continue;
                const key = keys?.get(f.image.name)?.key;
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
    const changes = await (started.eventChanges ?? detectEventChanges(deps));
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


/***/ }),

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lJ: () => (/* binding */ overlaySlot),
/* harmony export */   nt: () => (/* binding */ readOverlayStates),
/* harmony export */   uk: () => (/* binding */ overlayValue)
/* harmony export */ });
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8838);

function readOverlayStates(overlays, images) {
    return Promise.all(overlays.map((o) => (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readOverlay */ .re)(o, images)));
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

/***/ 1689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zc: () => (/* binding */ readTree)
/* harmony export */ });
/* unused harmony exports parseLsTree, treeFromListing */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1243);
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
    const r = await git.run([
        '-c',
        'core.quotepath=off',
        'ls-tree',
        '-r',
        '-z',
        '--full-tree',
        peel ? `${commit}^{commit}` : commit,
    ], { largeOutput: true });
    if (peel)
        git.rememberCommit(commit);
    return treeFromListing(commit, r.stdout);
}


/***/ })

};
