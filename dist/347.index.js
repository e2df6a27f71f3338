export const id = 347;
export const ids = [347];
export const modules = {

/***/ 14347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseGate: () => (/* binding */ releaseGate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _changes_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45881);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71243);






async function releaseGate(deps) {
    const { git, trigger, logger } = deps;
    const head = trigger.head;
    const branch = trigger.defaultBranch ?? 'main';
    const what = trigger.tagName ?? head.slice(0, 7);
    const refuse = (detail) => ({
        ok: false,
        reason: `${what} points at ${head.slice(0, 7)}, which ${detail}; refusing to release a commit that is not on the default branch "${branch}"`,
    });
    const history = new _changes_history_js__WEBPACK_IMPORTED_MODULE_3__/* .History */ .B(git, logger);
    const remote = await history.remote();
    if (!remote) {
        const tip = await git.resolveCommit(branch);
        if (!tip)
            return refuse(`cannot be checked: there is no remote and no local branch "${branch}"`);
        return (await git.isAncestor(head, tip)) ? { ok: true } : refuse('is not on it');
    }
    const tip = await history.remoteTip(branch);
    if (!tip)
        return refuse(`cannot be checked: ${remote} has no branch "${branch}"`);
    if (tip === head)
        return { ok: true };
    if (await git.hasCommit(tip)) {
        if (await git.isAncestor(head, tip))
            return { ok: true };
        if (!(await git.isShallow()))
            return refuse('is not on it');
    }
    try {
        return (await scratchAncestry(git, remote, branch, head))
            ? { ok: true }
            : refuse('is not on it');
    }
    catch (err) {
        return refuse(`cannot be checked (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)})`);
    }
}
async function scratchAncestry(git, remote, branch, head) {
    const gitDir = await git.commonDir();
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'image-promote-gate-'));
    try {
        const scratch = new _git_js__WEBPACK_IMPORTED_MODULE_5__/* .Git */ .TU(dir);
        await scratch.initBare();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'objects', 'info'), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'objects', 'info', 'alternates'), `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'objects')}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'shallow'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'shallow')).catch(() => undefined);
        await scratch.configSet('include.path', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'config'));
        await scratch.configSet('core.bare', 'true');
        const ref = 'refs/image-promote/gate';
        let url = (await git.remoteUrl(remote)) ?? remote;
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]+@[^/]+:/.test(url) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(url)) {
            url = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(git.cwd, url);
        }
        const fetch = (depth) => scratch.fetchBranch(url, branch, { ...depth, into: ref, quiet: true });
        const count = () => scratch.countCommits(ref);
        let fetched = await fetch({ depth: 1 });
        if (fetched.exitCode !== 0)
            throw new Error(`cannot fetch ${branch}: ${fetched.stderr.trim()}`);
        let seen = await count();
        for (const step of [0, ..._changes_history_js__WEBPACK_IMPORTED_MODULE_3__/* .DEEPEN_STEPS */ .E]) {
            if (step > 0) {
                fetched = await fetch({ deepen: step });
                if (fetched.exitCode !== 0)
                    throw new Error(`cannot deepen: ${fetched.stderr.trim()}`);
                const now = await count();
                if (now === seen)
                    return await scratch.isAncestor(head, ref);
                seen = now;
            }
            if (await scratch.isAncestor(head, ref))
                return true;
        }
        return false;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
