export const id = 92;
export const ids = [92,662];
export const modules = {

/***/ 80662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canHold: () => (/* binding */ canHold),
/* harmony export */   onlyValuesChanged: () => (/* binding */ onlyValuesChanged),
/* harmony export */   readOverlayFor: () => (/* binding */ readOverlayFor),
/* harmony export */   readOverlayStates: () => (/* binding */ readOverlayStates),
/* harmony export */   readOverlayTextFor: () => (/* binding */ readOverlayTextFor),
/* harmony export */   updatesFor: () => (/* binding */ updatesFor)
/* harmony export */ });
/* harmony import */ var _config_images_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70286);
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19452);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94054);



function imagesIn(images, path) {
    const all = images.map((i) => (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(i, path));
    return { all, keyed: all.filter((i, n) => i.key !== undefined || !images[n]?.keyByFile) };
}
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
function readOverlayTextFor(text, overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete((0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readOverlayText */ .e)(text, overlay, keyed), all, keyed.length);
}
async function readOverlayFor(overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete(await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readOverlay */ .re)(overlay, keyed), all, keyed.length);
}
function readOverlayStates(overlays, images) {
    return Promise.all(overlays.map((o) => readOverlayFor(o, images)));
}
function updatesFor(state, updates) {
    const path = state.overlay.path;
    return updates.map((u) => ({
        ...u,
        image: state.format === 'kustomize' ? (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(u.image, path) : (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .requireImageFor */ .O2)(u.image, path),
    }));
}
function canHold(state, image) {
    return state.format === 'kustomize' || (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(image, state.overlay.path).key !== undefined;
}
function onlyValuesChanged(state, old, images, updates, options) {
    const before = readOverlayTextFor(old, state.overlay, images);
    return (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .planOverlayEdit */ .cC)(before, updatesFor(before, updates), options).after.equals(state.bytes);
}


/***/ }),

/***/ 87092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployStack: () => (/* binding */ deployStack),
/* harmony export */   rollbackCandidates: () => (/* binding */ rollbackCandidates),
/* harmony export */   rollbackFacts: () => (/* binding */ rollbackFacts),
/* harmony export */   valueHistory: () => (/* binding */ valueHistory),
/* harmony export */   valueKey: () => (/* binding */ valueKey)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _changes_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45881);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53810);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80662);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3171);







const MAX_COMMITS = 300;
function valueKey(v) {
    return [v.repository ?? '', v.tag ?? '', v.tag === undefined ? (v.digest ?? '') : ''].join('\0');
}
function deployStack(values) {
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
async function valueHistory(git, state, images, logger, needed = 6) {
    const file = state.overlay.file;
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(git.cwd);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(top, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file))
        .split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)
        .join('/');
    const history = new _changes_history_js__WEBPACK_IMPORTED_MODULE_2__/* .History */ .B(git, logger);
    const head = await git.resolveCommit('HEAD');
    const times = new Map();
    const readLog = async () => {
        return (await git.firstParentLog('HEAD', path, MAX_COMMITS)).map(({ sha, time }) => {
            times.set(sha, time);
            return sha;
        });
    };
    let commits = [];
    let values = new Map();
    let runs = new Map();
    await history.deepenUntil(head ? [head] : [], async () => {
        commits = await readLog();
        values = await valuesAt(git, commits, path, state, images, logger);
        runs = runsOf(images, commits, values);
        const enough = images.every((image) => rollbackCandidates(runs.get(image.name) ?? []).length >= needed);
        return enough || commits.length >= MAX_COMMITS || !(await git.isShallow()) ? true : undefined;
    });
    return { runs, times, order: commits };
}
function runsOf(images, commits, values) {
    const runs = new Map();
    for (const image of images) {
        const list = values.get(image.name) ?? [];
        const out = [];
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
    return runs;
}
async function valuesAt(git, commits, path, state, images, logger) {
    const out = new Map(images.map((i) => [i.name, []]));
    if (commits.length === 0)
        return out;
    const blobs = await git.readBlobs(commits.map((c) => `${c}:${path}`));
    for (const [i, commit] of commits.entries()) {
        const content = blobs[i];
        let parsed;
        if (content !== undefined) {
            try {
                parsed = (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_5__.readOverlayTextFor)(content, state.overlay, images);
            }
            catch (err) {
                logger.debug(`rollback: ${commit.slice(0, 7)}:${path} does not parse: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
            }
        }
        for (const image of images) {
            out.get(image.name)?.push(parsed ? (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .overlayValue */ .uk)(parsed, image.name) : undefined);
        }
    }
    return out;
}
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
    const since = new Map();
    const runsOf = new Map();
    for (const [state, group] of byOverlay) {
        let history;
        try {
            history = await valueHistory(await gitFor(state.overlay.file), state, group.map((f) => f.image), deps.logger, steps + 5);
        }
        catch (err) {
            for (const f of group)
                result.set(f.image.name, { problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err) });
            continue;
        }
        for (const f of group) {
            const runs = history.runs.get(f.image.name) ?? [];
            runsOf.set(f.image.name, runs);
            const current = runs[0];
            const at = current ? history.order.indexOf(current.commit) : -1;
            since.set(f.image.name, current ? (history.times.get(current.commit) ?? 0) * 1_000_000 - at : -Infinity);
        }
    }
    const newest = Math.max(...[...since.values()]);
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
function rollbackCandidates(runs) {
    return deployStack([...runs].reverse())
        .slice(0, -1)
        .reverse();
}
async function target(deps, f, runs, steps) {
    const current = (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .found */ .F9)(f.deployed?.image);
    const skipped = [];
    let remaining = steps;
    for (const entry of rollbackCandidates(runs)) {
        const { value } = entry;
        if (value.tag === undefined && value.digest === undefined)
            continue;
        const repository = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryOf */ ._M)(value, f.image);
        const image = await (0,_lookup_js__WEBPACK_IMPORTED_MODULE_4__/* .lookup */ .$I)(deps, repository, value.tag, value.digest);
        const label = value.tag ?? value.digest ?? '?';
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isProblem */ .AN)(image))
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


/***/ })

};
