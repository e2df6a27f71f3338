export const id = 943;
export const ids = [943];
export const modules = {

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locate: () => (/* binding */ locate),
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11974);
/* harmony import */ var _event_trigger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99668);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/* harmony import */ var _source_tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71689);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82246);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2801);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85217);









const USAGE = `usage: image-promote plan [--config FILE] [--base REV] [--head REV] [--event FILE --event-name NAME] [--json]

  --config FILE      YAML whose keys are the action's input names (default: image-promote.yml)
  --base REV         compare against this commit instead of the event's rule
  --head REV         the commit to plan for (default: HEAD)
  --event FILE       a GitHub event payload (JSON), with --event-name
  --event-name NAME  push, pull_request, workflow_dispatch, release, …
  --json             print one JSON object with the action's output fields`;
async function planCommand(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .commandFlags */ .LZ)(ctx, USAGE, {
        config: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        event: { type: 'string' },
        'event-name': { type: 'string' },
        json: { type: 'boolean' },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    if (positionals.length > 0)
        throw new _context_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`unexpected argument "${positionals[0] ?? ''}"\n${USAGE}`);
    if ((values.event === undefined) !== (values['event-name'] === undefined)) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--event and --event-name go together');
    }
    for (const [flag, rev] of [
        ['--base', values.base],
        ['--head', values.head],
    ]) {
        if (rev?.startsWith('-'))
            throw new _context_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`${flag} "${rev}" is not a revision`);
    }
    const headRev = values.head ?? 'HEAD';
    const { workspace, git, head, branch } = await locate(ctx, headRev);
    if (head)
        (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .readTree */ .Z)(git, head, { peel: true }).catch(() => undefined);
    const configPath = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .configIn */ .k$)(ctx, workspace, values.config);
    if (!configPath)
        throw new _context_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`no --config given and none of ${_context_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_CONFIGS */ .Yy.join(', ')} exists`);
    const file = (0,_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .fileInputSource */ .m)(configPath, ctx.env);
    const inputs = (0,_run_js__WEBPACK_IMPORTED_MODULE_7__/* .commandInputs */ .tp)({ text: { mode: 'plan', ...(values.base !== undefined ? { base: values.base } : {}) } }, file, ctx.env);
    if (!head)
        throw new _context_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--head "${headRev}" is not a commit here`);
    let eventName = 'workflow_dispatch';
    let payload = {};
    if (values.event && values['event-name']) {
        eventName = values['event-name'];
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, values.event), 'utf8'));
        }
        catch (err) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`cannot read --event ${values.event}: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    const env = {
        ...ctx.env,
        GITHUB_SHA: head,
        GITHUB_REF: ctx.env.GITHUB_REF ?? (branch ? `refs/heads/${branch}` : undefined),
    };
    const base = inputs.get('base').trim();
    const trigger = (0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_3__/* .triggerFromEvent */ .NO)(eventName, payload, env, base === '' ? undefined : base);
    const { result, report } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_7__/* .runDoor */ .M6)(ctx, { inputs, workspace, trigger, git, env });
    ctx.stdout(values.json ? `${JSON.stringify((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .reportJson */ .l4)(report), null, 2)}\n` : (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .textTable */ .ed)(report));
    if (result.failure && result.failureKind === 'input')
        return 2;
    return result.failure ? 1 : 0;
}
async function locate(ctx, headRev) {
    const here = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(ctx.cwd, ctx.logger);
    const known = await here.whereAmI(headRev);
    if (known) {
        const git = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(known.topLevel, ctx.logger);
        git.rememberCommit(known.commit);
        const branch = known.head.startsWith('refs/heads/')
            ? known.head.slice('refs/heads/'.length)
            : '';
        return { workspace: known.topLevel, git, head: known.commit, branch };
    }
    const workspace = (await here.showToplevel()) ?? ctx.cwd;
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(workspace, ctx.logger);
    const [head, branch] = await Promise.all([git.resolveCommit(headRev), git.currentBranch()]);
    return { workspace, git, head, branch: branch ?? '' };
}


/***/ }),

/***/ 11974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ fileInputSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13898);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64389);




function isYamlData(value) {
    if (value === null || value === undefined)
        return false;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return false;
    return !(Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'));
}
function toInputString(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (!isYamlData(value))
        return value.map(String).join('\n');
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(value);
}
function fileInputSource(path, env) {
    let doc = (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputYaml */ .V)('--config', (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .j)('--config', path), path);
    if (doc === null || doc === undefined)
        doc = {};
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--config', `${path} must be a map whose keys are the action's input names`);
    }
    const values = doc;
    for (const key of Object.keys(values)) {
        if (!(key in _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--config', `${path} has an unknown key "${key}"`, `use the action's input names: ${Object.keys(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m).join(', ')}`);
        }
    }
    return {
        structured(name) {
            return name in values && isYamlData(values[name]) ? values[name] : undefined;
        },
        get(name) {
            if (name in values)
                return toInputString(values[name]);
            if (name === 'github-token')
                return env.GITHUB_TOKEN ?? '';
            return _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m[name].default;
        },
    };
}


/***/ })

};
