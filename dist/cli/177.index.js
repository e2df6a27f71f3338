export const id = 177;
export const ids = [177,312];
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
function commonFlags(input, withTags = true) {
    const args = ['--file', input.dockerfile];
    if (withTags)
        for (const ref of input.tags)
            args.push('--tag', tagged(ref));
    for (const [key, value] of Object.entries(input.labels))
        args.push('--label', `${key}=${value}`);
    for (const [key, value] of Object.entries(input.buildArgs)) {
        args.push('--build-arg', `${key}=${value}`);
    }
    if (input.target)
        args.push('--target', input.target);
    return args;
}
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
        args.push('--load');
    }
    args.push(input.context);
    return args;
}
function legacyBuildArgv(input, iidFile) {
    return [
        'build',
        ...commonFlags(input),
        ...(iidFile !== undefined ? ['--iidfile', iidFile] : []),
        input.context,
    ];
}
function saveArgv(imageId, file) {
    if (!/^sha256:[0-9a-f]{64}$/.test(imageId)) {
        throw new Error(`docker build wrote an image ID that is not one: ${JSON.stringify(imageId)}`);
    }
    return ['save', '--output', file, imageId];
}
function pushArgv(ref) {
    return ['push', tagged(ref)];
}
const PUSH_DIGEST_RE = /^\S+: digest: (sha256:[0-9a-f]{64}) size: \d+\s*$/gm;
function parsePushDigest(output) {
    let digest;
    for (const match of output.matchAll(PUSH_DIGEST_RE))
        digest = match[1];
    return digest;
}
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
        deps.logger.info(`Building with docker buildx (${result.stdout.trim().split('\n')[0] ?? ''})`);
        return new BuildxBuilder(deps);
    }
    deps.logger.info('docker buildx is not installed: building with `docker build` and pushing with `docker push`');
    return new LegacyBuilder(deps);
}
function argvInput(req, workspace) {
    const { image } = req;
    return {
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
        ...(image.target ? { target: image.target } : {}),
    };
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
    output(output) {
        return (output ??
            ((line) => {
                this.deps.logger.info(line);
            }));
    }
    async inTempDir(name, fn) {
        const base = this.deps.env?.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, `image-promote-${name}-`));
        try {
            return await fn(dir);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
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
        return this.inTempDir('buildx', async (dir) => {
            const metadataFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'metadata.json');
            await this.docker((0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .buildxArgv */ .bY)(argvInput(req, this.deps.workspace), { metadataFile }), 'docker buildx build', this.output(output));
            if (!req.push)
                return { pushedTags: [] };
            const digest = (0,_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMetadataFile */ .$u)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(metadataFile, 'utf8'));
            if (digest === undefined) {
                throw new Error(`docker buildx pushed image '${req.image.name}' but wrote no containerimage.digest to its metadata file`);
            }
            return { digest, pushedTags: req.untagged ? [] : req.tags.map((t) => t.tag ?? '') };
        });
    }
}
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
            throw new Error(`docker push reported different digests for the tags of image '${req.image.name}': ${[...digests].join(', ')}`);
        }
        const [digest] = digests;
        return digest === undefined ? { pushedTags } : { digest, pushedTags };
    }
    async buildUntagged(req, show) {
        const registries = this.deps.registries;
        const repository = req.image.repository;
        if (!registries)
            throw new Error('internal: an untagged push needs the registry client');
        const registry = await registries.forReference(repository);
        if (!(0,_registry_types_js__WEBPACK_IMPORTED_MODULE_7__/* .isArtifactStore */ .A)(registry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`image '${req.image.name}': the registry client of ${repository.domain} cannot upload an image by digest, which signing needs without buildx — add docker/setup-buildx-action before image-promote`);
        }
        return this.inTempDir('save', async (dir) => {
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
        });
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
const TAIL_LINES = 20;
class BuildOutputFilter {
    inBanner = false;
    accept(line) {
        if (BANNER_START.test(line)) {
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
const BANNER_START = /^DEPRECATED: The legacy builder is deprecated\b/;
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
class DockerCommandError extends Error {
    command;
    exitCode;
    tail;
    name = 'DockerCommandError';
    constructor(command, exitCode, tail) {
        super(`${command} exited with code ${exitCode}${tail.length > 0 ? `: ${tail.join('\n')}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.tail = tail;
    }
}
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
