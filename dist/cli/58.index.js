export const id = 58;
export const ids = [58,514];
export const modules = {

/***/ 32514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCommandDoor: () => (/* binding */ historyCommandDoor),
/* harmony export */   readOnlyConfig: () => (/* binding */ readOnlyConfig),
/* harmony export */   repositoryOf: () => (/* binding */ repositoryOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11974);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73503);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/* harmony import */ var _record_cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39987);
/* harmony import */ var _record_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82113);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85217);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2801);









const HELP = `usage: image-promote history OVERLAY [--json] [--limit N] [--config FILE]

The deploy record of an overlay, newest first: for each commit that changed the file (its
first-parent history), when, which commit, who, the environment and the commit whose
configuration it deployed, and per image what it went from → to, the digest, and how:
build, promote, reuse, release, redeploy (an explicit tag), rollback (tag: previous) — or
unknown for a commit without image-promote's record (an edit by hand, or made before
records), whose from → to are read from the file's versions.

  OVERLAY        the file (or a directory holding a kustomization.yaml)
  --json         print the entries as a JSON array
  --limit N      read at most N commits (default 50, at most ${_record_history_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_HISTORY */ .oe})
  --config FILE  YAML whose keys are the action's input names (default: image-promote.yml
                 in the overlay's repository, when there is one): its images and
                 overlay-format read overlays that are not kustomizations

A shallow clone is deepened as far as needed. Exit codes: 0 done, 1 the history cannot be
read, 2 bad usage or config.`;
const READ_ONLY = {
    mode: 'plan',
    'from-plan': '',
    'matrix-image': '',
    tag: '',
    commit: 'false',
    'write-overlay': 'false',
    'dry-run': 'false',
};
const GIVEN_OVERLAYS = {
    'from-overlay': '',
    'overlay-repository': '',
    'overlay-branch': '',
};
async function repositoryOf(ctx, file) {
    const top = await new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), ctx.logger).showToplevel();
    if (top === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file} is not in a git repository: its record is the history of the repository that holds it`);
    }
    return top;
}
function readOnlyConfig(ctx, workspace, given, overlays) {
    const path = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .configIn */ .k$)(ctx, workspace, given);
    if (path === undefined)
        return undefined;
    const file = (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .fileInputSource */ .m)(path, ctx.env);
    const text = {
        ...READ_ONLY,
        ...(overlays ? { ...GIVEN_OVERLAYS, overlay: overlays.join('\n') } : {}),
    };
    return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o)((0,_run_js__WEBPACK_IMPORTED_MODULE_8__/* .commandInputs */ .tp)({ text }, file, ctx.env), { workspace });
}
async function historyCommandDoor(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .commandFlags */ .LZ)(ctx, HELP, {
        json: { type: 'boolean' },
        limit: { type: 'string' },
        config: { type: 'string' },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const [input, ...extra] = positionals;
    if (input === undefined || extra.length > 0) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`expected exactly one OVERLAY, got ${positionals.length}\n\n${HELP}`);
    }
    let limit;
    if (values.limit !== undefined) {
        limit = Number(values.limit);
        if (!/^\d+$/.test(values.limit) || limit < 1 || limit > _record_history_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_HISTORY */ .oe) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--limit "${values.limit}" is not a number from 1 to ${_record_history_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_HISTORY */ .oe}`);
        }
    }
    const file = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .overlayFile */ .tg)(ctx.cwd, input);
    const top = await repositoryOf(ctx, file);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(top, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    const config = readOnlyConfig(ctx, top, values.config, [path]);
    const overlay = config?.overlays[0] ?? { file, path, format: 'auto' };
    ctx.stdout(await (0,_record_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .historyCommand */ .aw)({
        git: new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(top, ctx.logger),
        overlay,
        ...(config ? { images: config.images } : {}),
        ...(values.json ? { json: true } : {}),
        ...(limit !== undefined ? { limit } : {}),
        logger: ctx.logger,
    }));
    return 0;
}


/***/ }),

/***/ 83058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommandDoor: () => (/* binding */ statusCommandDoor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71243);
/* harmony import */ var _record_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39987);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85217);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32514);






const HELP = `usage: image-promote status [OVERLAY...] [--config FILE] [--json]

What each environment runs now, read from its overlay and the overlay's history: per image
the value and digest, the commit that brought it in (when, by whom, and how: build,
promote, reuse, release, redeploy, rollback), whether a rollback or redeploy holds it (the
automatic runs keep it until its code changes or a tag is given), and the commit whose
configuration the environment runs (its newest record).

The environments are the OVERLAYs given (each named by its newest record), else the ones the
config file knows: overlay (named by environment) and from-overlay (the environment it
promotes from).

  OVERLAY        an overlay file (or a directory holding a kustomization.yaml)
  --config FILE  YAML whose keys are the action's input names (default: image-promote.yml in
                 the repository); its images and overlay-format read the overlays
  --json         print the environments as a JSON array

GitHub Deployments are not read here: the environment's page on GitHub shows them. Exit
codes: 0 done, 1 an overlay cannot be read, 2 bad usage or config.`;
function environmentName(config, path) {
    if (config.environment === undefined)
        return '';
    return config.overlays.length > 1 ? `${config.environment} (${path})` : config.environment;
}
async function statusCommandDoor(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .commandFlags */ .LZ)(ctx, HELP, {
        config: { type: 'string' },
        json: { type: 'boolean' },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const { workspace } = await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceAndConfig */ .Xb)(ctx, values.config);
    const environments = [];
    if (positionals.length > 0) {
        for (const input of positionals) {
            const file = await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .overlayFile */ .tg)(ctx.cwd, input);
            const top = await (0,_history_js__WEBPACK_IMPORTED_MODULE_5__.repositoryOf)(ctx, file);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(top, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
            const config = (0,_history_js__WEBPACK_IMPORTED_MODULE_5__.readOnlyConfig)(ctx, top, values.config, [path]);
            environments.push({
                environment: '',
                overlay: config?.overlays[0] ?? { file, path, format: 'auto' },
                git: new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .TU(top, ctx.logger),
                ...(config ? { images: config.images } : {}),
            });
        }
    }
    else {
        const config = (0,_history_js__WEBPACK_IMPORTED_MODULE_5__.readOnlyConfig)(ctx, workspace, values.config);
        if (!config || (config.overlays.length === 0 && !config.fromOverlay)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`status needs the environments: give their overlays (image-promote status k8s/prod k8s/staging)${config ? ', or set overlay (and from-overlay) in the config file' : ' or a config file with overlay (and from-overlay)'}`);
        }
        if (config.overlayRepository) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the overlays live in ${config.overlayRepository.repository}: clone it and run status there with the overlays as arguments`);
        }
        const known = [
            ...(config.fromOverlay ? [{ environment: '', overlay: config.fromOverlay }] : []),
            ...config.overlays.map((overlay) => ({
                environment: environmentName(config, overlay.path),
                overlay,
            })),
        ];
        for (const { environment, overlay } of known) {
            environments.push({
                environment,
                overlay,
                git: new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .TU(await (0,_history_js__WEBPACK_IMPORTED_MODULE_5__.repositoryOf)(ctx, overlay.file), ctx.logger),
                images: config.images,
            });
        }
    }
    ctx.stdout(await (0,_record_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .statusCommand */ .yA)(environments, {
        ...(values.json ? { json: true } : {}),
        logger: ctx.logger,
    }));
    return 0;
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
