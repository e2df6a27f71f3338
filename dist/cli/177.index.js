export const id = 177;
export const ids = [177];
export const modules = {

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
