export const id = 312;
export const ids = [312];
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


/***/ })

};
