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
function outcomeOf(req, fields) {
    return { name: req.image.name, tags: req.tags.map((t) => t.tag ?? ''), ...fields };
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
function shortError(error) {
    if (error instanceof _output_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerCommandError */ .YJ) {
        const last = error.tail.at(-1);
        return `${error.command} exited with code ${error.exitCode}${last ? `: ${last}` : ''}`;
    }
    return (error ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) : 'unknown error').split('\n')[0] ?? '';
}
function failed(req, err, elapsedMs) {
    const error = err instanceof Error ? err : new Error((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
    const message = `image '${req.image.name}' failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`;
    return outcomeOf(req, { status: 'failed', message, error, elapsedMs });
}
async function buildOne(req, deps, login, output, elapsed) {
    const primary = req.tags[0];
    if (!primary)
        throw new Error(`internal: image '${req.image.name}' has no tag to build`);
    const shown = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(primary);
    if (req.push)
        await login(primary.domain);
    const built = await deps.builder.build(req, output);
    if (!req.push) {
        const message = `Built ${shown} locally; not pushed (push is off).`;
        return outcomeOf(req, { status: 'built', message, elapsedMs: elapsed() });
    }
    const registry = await deps.registries.forReference(primary);
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
    return outcomeOf(req, {
        status: 'built',
        digest: found.digest,
        message: req.untagged
            ? `Built and pushed ${req.image.repository.name}@${found.digest}; its tags follow once it is signed.`
            : `Built and pushed ${shown} (${found.digest}).`,
        elapsedMs: elapsed(),
    });
}


/***/ })

};
