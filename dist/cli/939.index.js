export const id = 939;
export const ids = [939];
export const modules = {

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

/***/ 61320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildImages: () => (/* binding */ buildImages)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98286);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27851);
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
    const clock = deps.clock ?? (() => node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now());
    const workers = Math.max(1, Math.min(Math.floor(deps.maxParallel) || 1, requests.length));
    const parallel = workers > 1;
    const { logger } = deps;
    return mapBounded(requests, workers, async (req) => {
        const name = req.image.name;
        const primary = req.tags[0];
        const title = primary ? `${name} ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(primary)}` : name;
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
            logger.info(`[${name}] building ${primary ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(primary) : name}`);
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
    const elapsed = (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .formatElapsed */ .C7)(outcome.elapsedMs);
    const primary = req.tags[0] ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(req.tags[0]) : name;
    if (outcome.status === 'failed') {
        return `${name}: failed after ${elapsed}: ${shortError(outcome.error)}`;
    }
    if (!req.push)
        return `${name}: built ${primary} locally (push is off) in ${elapsed}`;
    if (req.untagged) {
        const tags = req.tags.map((t) => t.tag ?? '').join(', ');
        return `${name}: built and pushed ${req.image.repository.name}@${outcome.digest ?? '?'} untagged (signed, then tagged ${tags}) in ${elapsed}`;
    }
    const others = req.tags.slice(1).map((t) => t.tag ?? '');
    const also = others.length > 0 ? ` (also ${others.join(', ')})` : '';
    return `${name}: built and pushed ${primary}${also} (${outcome.digest ?? '?'}) in ${elapsed}`;
}
/** The error on one line: a docker failure as its command, exit code and last line. */
function shortError(error) {
    if (error instanceof _output_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerCommandError */ .YJ) {
        const last = error.tail.at(-1);
        return `${error.command} exited with code ${error.exitCode}${last ? `: ${last}` : ''}`;
    }
    return (error ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) : 'unknown error').split('\n')[0] ?? '';
}
function failed(req, err, elapsedMs) {
    const error = err instanceof Error ? err : new Error((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
    return {
        name: req.image.name,
        status: 'failed',
        tags: tagNames(req),
        message: `image '${req.image.name}' failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`,
        error,
        elapsedMs,
    };
}
async function buildOne(req, deps, login, output, elapsed) {
    const primary = req.tags[0];
    if (!primary)
        throw new Error(`internal: image '${req.image.name}' has no tag to build`);
    const shown = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(primary);
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
    // An untagged push (to be signed first) is found by its digest; its tags come later.
    const pushed = req.untagged && built.digest !== undefined
        ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .withTagAndDigest */ .gh)(primary, undefined, built.digest)
        : primary;
    if (req.untagged && built.digest === undefined) {
        throw new Error(`the builder pushed ${req.image.name} by digest but reported no digest`);
    }
    const found = await registry.resolve(pushed);
    if (!found) {
        throw new Error(`docker pushed ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(pushed)} but the registry does not have it`);
    }
    if (built.digest !== undefined && built.digest !== found.digest) {
        throw new Error(`docker reported digest ${built.digest} for ${shown} but the registry has ${found.digest}; another run may have pushed the same tag`);
    }
    return {
        name: req.image.name,
        status: 'built',
        digest: found.digest,
        tags,
        message: req.untagged
            ? `Built and pushed ${req.image.repository.name}@${found.digest}; its tags follow once it is signed.`
            : `Built and pushed ${shown} (${found.digest}).`,
        elapsedMs: elapsed(),
    };
}


/***/ })

};
