export const id = 558;
export const ids = [558,312];
export const modules = {

/***/ 60312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ parseMetadataFile),
/* harmony export */   WG: () => (/* binding */ legacyBuildArgv),
/* harmony export */   bY: () => (/* binding */ buildxArgv),
/* harmony export */   d1: () => (/* binding */ pushArgv),
/* harmony export */   kX: () => (/* binding */ parsePushDigest),
/* harmony export */   ociLabels: () => (/* binding */ ociLabels),
/* harmony export */   uL: () => (/* binding */ saveArgv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98286);
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
/** Flags both builders share: Dockerfile, tags (unless left out), labels, build args, target. */
function commonFlags(input, withTags = true) {
    const args = ['--file', input.dockerfile];
    if (withTags)
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
/**
 * `docker buildx build …`: one command builds, tags and pushes every tag at once; or, when
 * `untagged`, pushes the image by digest alone (docker/build-push-action's push-by-digest
 * output: no tag is created, the digest is in the metadata file).
 */
function buildxArgv(input, options) {
    const byDigest = input.push && input.untagged === true;
    const args = ['buildx', 'build', '--progress', 'plain', ...commonFlags(input, !byDigest)];
    if (input.platforms.length > 0)
        args.push('--platform', input.platforms.join(','));
    for (const c of input.cacheFrom)
        args.push('--cache-from', c);
    for (const c of input.cacheTo)
        args.push('--cache-to', c);
    args.push('--metadata-file', options.metadataFile);
    if (byDigest) {
        const name = input.tags[0]?.name;
        if (name === undefined)
            throw new Error('internal: a build by digest needs its repository');
        args.push('--output', `type=image,name=${name},push-by-digest=true,name-canonical=true,push=true`);
    }
    else if (input.push) {
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
/**
 * `docker build …` with the classic builder: tags locally; pushing is `pushArgv` per tag, or
 * (untagged) `saveArgv` of the image whose ID `iidFile` receives, uploaded by digest.
 */
function legacyBuildArgv(input, iidFile) {
    return [
        'build',
        ...commonFlags(input),
        ...(iidFile !== undefined ? ['--iidfile', iidFile] : []),
        input.context,
    ];
}
/** `docker save -o FILE IMAGE-ID`: the image as a tar archive (src/build/saved-image.ts). */
function saveArgv(imageId, file) {
    if (!/^sha256:[0-9a-f]{64}$/.test(imageId)) {
        throw new Error(`docker build wrote an image ID that is not one: ${JSON.stringify(imageId)}`);
    }
    return ['save', '--output', file, imageId];
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

/***/ 54558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BuildxBuilder: () => (/* binding */ BuildxBuilder),
/* harmony export */   LegacyBuilder: () => (/* binding */ LegacyBuilder),
/* harmony export */   detectBuilder: () => (/* binding */ detectBuilder),
/* harmony export */   legacyUnsupported: () => (/* binding */ legacyUnsupported)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98286);
/* harmony import */ var _registry_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30234);
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60312);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27851);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the docker CLI is not available on this runner: image-promote builds images with it — install docker or use a runner image that has it', { cause: err });
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
        context: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, image.context),
        dockerfile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, image.dockerfile),
        tags: req.tags,
        labels: req.labels,
        buildArgs: image.buildArgs,
        platforms: image.platforms,
        cacheFrom: req.cacheFrom,
        cacheTo: req.cacheTo,
        push: req.push,
        ...(req.untagged ? { untagged: true } : {}),
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
            throw new Error(`internal: tag ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(ref)} of image '${req.image.name}' is not in ${repo}`);
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
        const filter = new _output_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildOutputFilter */ .o$();
        const tail = new _output_js__WEBPACK_IMPORTED_MODULE_6__/* .LineTail */ .Zw();
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
            throw new _output_js__WEBPACK_IMPORTED_MODULE_6__/* .DockerCommandError */ .YJ(what, result.exitCode, tail.lines());
        return result;
    }
}
class BuildxBuilder extends DockerBuilder {
    kind = 'buildx';
    async build(req, output) {
        checkTags(req);
        const base = this.deps.env?.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'image-promote-buildx-'));
        try {
            const metadataFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'metadata.json');
            await this.docker((0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .buildxArgv */ .bY)(argvInput(req, this.deps.workspace), { metadataFile }), 'docker buildx build', this.output(output));
            if (!req.push)
                return { pushedTags: [] };
            const digest = (0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMetadataFile */ .$u)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(metadataFile, 'utf8'));
            if (digest === undefined) {
                throw new Error(`docker buildx pushed image '${req.image.name}' but wrote no containerimage.digest to its metadata file`);
            }
            return { digest, pushedTags: req.untagged ? [] : req.tags.map((t) => t.tag ?? '') };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(problem);
        checkTags(req);
        const show = this.output(output);
        if (req.push && req.untagged)
            return this.buildUntagged(req, show);
        await this.docker((0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .legacyBuildArgv */ .WG)(argvInput(req, this.deps.workspace)), 'docker build', show);
        if (!req.push)
            return { pushedTags: [] };
        const pushedTags = [];
        const digests = new Set();
        for (const ref of req.tags) {
            const result = await this.docker((0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .pushArgv */ .d1)(ref), `docker push ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(ref)}`, show);
            pushedTags.push(ref.tag ?? '');
            const digest = (0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePushDigest */ .kX)(result.stdout);
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
    /**
     * Builds (tagged locally only), then `docker save`s the image by its ID and uploads it by
     * digest through the registry client (src/build/saved-image.ts): no tag is created.
     */
    async buildUntagged(req, show) {
        const registries = this.deps.registries;
        const repository = req.image.repository;
        if (!registries)
            throw new Error('internal: an untagged push needs the registry client');
        const registry = await registries.forReference(repository);
        if (!(0,_registry_types_js__WEBPACK_IMPORTED_MODULE_7__/* .isArtifactStore */ .A)(registry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`image '${req.image.name}': the registry client of ${repository.domain} cannot upload an image by digest, which signing needs without buildx — add docker/setup-buildx-action before image-promote`);
        }
        const base = this.deps.env?.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'image-promote-save-'));
        try {
            const iidFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'iid');
            const input = argvInput(req, this.deps.workspace);
            await this.docker((0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .legacyBuildArgv */ .WG)(input, iidFile), 'docker build', show);
            const imageId = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(iidFile, 'utf8')).trim();
            const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'image.tar');
            await this.docker((0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .saveArgv */ .uL)(imageId, archive), `docker save ${imageId}`, show);
            const { uploadSavedImage } = await __webpack_require__.e(/* import() */ 971).then(__webpack_require__.bind(__webpack_require__, 99971));
            const pushed = await uploadSavedImage(archive, registry, repository);
            show(`uploaded ${imageId} to ${repository.name} by digest: ${pushed.digest}`);
            return { digest: pushed.digest, pushedTags: [] };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 27851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   YJ: () => (/* binding */ DockerCommandError),
/* harmony export */   Zw: () => (/* binding */ LineTail),
/* harmony export */   o$: () => (/* binding */ BuildOutputFilter)
/* harmony export */ });
/* unused harmony export TAIL_LINES */
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


/***/ }),

/***/ 30234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ isArtifactStore)
/* harmony export */ });
/** True when `registry` can store artifacts (both real backends can; test doubles may not). */
function isArtifactStore(registry) {
    const r = registry;
    return (typeof r.readManifest === 'function' &&
        typeof r.writeManifest === 'function' &&
        typeof r.writeBlob === 'function' &&
        typeof r.readBlob === 'function' &&
        typeof r.referrers === 'function');
}


/***/ })

};
