export const id = 558;
export const ids = [558];
export const modules = {

/***/ 68558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCommand: () => (/* binding */ resolveCommand),
/* harmony export */   runReference: () => (/* binding */ runReference)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11974);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98286);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85217);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2801);




const HELP = `usage: image-promote resolve REF [--json] [--config FILE] [--insecure-registry HOST]...

Prints the digest REF (a tag or digest reference; no tag means :latest) resolves to in its
registry: the hash of the manifest bytes read from it (a Docker-Content-Digest header is never
taken on trust). Exits 1 when the tag, digest or repository does not exist, or when the
registry keeps answering with bytes that do not match.

options:
  --json                    print {"reference","digest","mediaType","size"} instead
  --config FILE             the action's inputs as YAML (only insecure-registries and the
                            verify settings apply); not read unless given
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
Credentials come from the docker config (DOCKER_CONFIG or ~/.docker/config.json), as after
docker login; ECR registries use the AWS credentials of the environment.`;
async function resolveCommand(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .commandFlags */ .LZ)(ctx, HELP, {
        json: { type: 'boolean' },
        config: { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const { ref, result } = await runReference(ctx, positionals, HELP, values);
    if (result.failure)
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .failedRun */ .XZ)(ctx, 'resolve', result);
    const image = result.images[0];
    if (!image?.digest)
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .failedRun */ .XZ)(ctx, 'resolve', { ...result, failure: 'no digest' });
    ctx.stdout(values.json
        ? `${JSON.stringify({
            reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref),
            digest: image.digest,
            mediaType: image.mediaType,
            size: image.size,
        })}\n`
        : `${image.digest}\n`);
    return 0;
}
async function runReference(ctx, positionals, help, flags, extra = {}, trigger = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .commandLineTrigger */ .M9)('')) {
    const parsed = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .singleReference */ .GZ)(positionals, help);
    const ref = parsed.tag === undefined && parsed.digest === undefined
        ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(parsed, 'latest')
        : parsed;
    const configPath = flags.config === undefined ? undefined : (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .configIn */ .k$)(ctx, ctx.cwd, flags.config);
    const file = configPath === undefined ? undefined : (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fileInputSource */ .m)(configPath, ctx.env);
    const name = ref.name;
    const text = {
        mode: 'reuse',
        tag: (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref),
        'pin-digest': 'true',
        overlay: '',
        'from-overlay': '',
        'overlay-repository': '',
        'write-overlay': 'false',
        commit: 'false',
        registry: '',
        ...extra,
        'insecure-registries': [
            ...(flags['insecure-registry'] ?? []),
            ...(file ? [file.get('insecure-registries')] : []),
        ].join('\n'),
    };
    const { result } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runDoor */ .M6)(ctx, {
        inputs: (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .commandInputs */ .tp)({ text, data: { images: [{ name, repository: name }] } }, file, ctx.env),
        workspace: ctx.cwd,
        trigger,
    });
    return { ref, result };
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
