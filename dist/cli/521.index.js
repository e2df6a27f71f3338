export const id = 521;
export const ids = [521,558,137];
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

/***/ 26521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signCommand: () => (/* binding */ signCommand)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11974);
/* harmony import */ var _config_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70286);
/* harmony import */ var _config_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62000);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71243);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98286);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85217);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2801);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71137);








const HELP = `usage: image-promote sign REF (--key-file FILE | --key-env NAME | --keyless) [options]

Signs the image REF (a full reference with a tag or digest) with the source statement
image-promote attaches to what it builds: REF's digest (read from its registry) was built
from the source of --image at --commit (its source key, from the images of --config), in
--repository. The bundle is stored as an OCI referrer of the image, as a build's is, and
verifies with \`image-promote verify\` and \`verify: signature\`. Sign only digests you know were
built from that source: the statement says so.

  --key-file FILE          sign with the EC P-256 private key in FILE (PEM; sign: key)
  --key-env NAME           ... or with the one in the environment variable NAME
  --keyless                sign with the workflow's OIDC token through Fulcio and Rekor
                           (sign: keyless; in a job with permissions: id-token: write)
options:
  --image NAME             the image of --config REF is (default: its only image)
  --commit REV             the commit whose source REF was built from (default: HEAD)
  --repository OWNER/NAME  the repository the source is in (default: GITHUB_REPOSITORY)
  --config FILE            the action's inputs as YAML (default: image-promote.yml in the
                           working directory's repository); its images say what the source is
  --fulcio-url URL, --rekor-url URL, --tsa-url URL
                           keyless: the Sigstore services (default: the public good ones)
  --insecure-registry HOST reach HOST over plain HTTP (localhost/127.0.0.1 always are)
  --json                   print {"reference","digest","signature":{…}}
In a workflow run the statement names the run (GITHUB_RUN_ID, GITHUB_WORKFLOW_REF).`;
async function signCommand(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .commandFlags */ .LZ)(ctx, HELP, {
        'key-file': { type: 'string' },
        'key-env': { type: 'string' },
        keyless: { type: 'boolean' },
        image: { type: 'string' },
        commit: { type: 'string' },
        repository: { type: 'string' },
        config: { type: 'string' },
        'fulcio-url': { type: 'string' },
        'rekor-url': { type: 'string' },
        'tsa-url': { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
        json: { type: 'boolean' },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const ref = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .singleReference */ .GZ)(positionals, HELP);
    if (ref.tag === undefined && ref.digest === undefined) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${positionals[0] ?? ''} names no tag or digest; give the image to sign`);
    }
    const ways = [values['key-file'], values['key-env'], values.keyless].filter((w) => w !== undefined && w !== false);
    if (ways.length !== 1) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`give exactly one of --key-file, --key-env and --keyless\n\n${HELP}`);
    }
    let signingKey;
    if (values['key-file'] !== undefined) {
        signingKey = (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__.flagFile)(ctx, '--key-file', values['key-file']);
    }
    else if (values['key-env'] !== undefined) {
        signingKey = ctx.env[values['key-env']];
        if (!signingKey)
            throw new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--key-env ${values['key-env']}: the variable is empty`);
    }
    if (signingKey !== undefined)
        ctx.logger.mask(signingKey.trim());
    if (values.keyless !== true) {
        for (const flag of ['fulcio-url', 'rekor-url', 'tsa-url']) {
            if (values[flag] !== undefined)
                throw new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--${flag} applies to --keyless only`);
        }
    }
    const { workspace, configPath } = await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .workspaceAndConfig */ .Xb)(ctx, values.config);
    const file = configPath === undefined ? undefined : (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fileInputSource */ .m)(configPath, ctx.env);
    const images = file ? ((0,_config_images_js__WEBPACK_IMPORTED_MODULE_1__/* .imagesData */ .jy)(file, workspace) ?? []) : [];
    const names = images.map((i) => String(i.name));
    const name = values.image ?? (names.length === 1 ? names[0] : undefined);
    const entry = images.find((i) => i.name === name);
    if (name === undefined || entry === undefined) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(names.length === 0
            ? `the source of REF is an image of the config, and ${configPath ?? 'no config file (image-promote.yml)'} has no images: give --config with the images`
            : `${values.image !== undefined ? `--image ${values.image} is not an image of ${configPath ?? 'the config'}` : 'give --image'}: one of ${names.join(', ')}`);
    }
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(workspace, ctx.logger);
    const rev = values.commit ?? 'HEAD';
    const head = await git.resolveCommit(rev);
    if (head === undefined)
        throw new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--commit ${rev} is no commit in ${workspace}`);
    const repository = (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__.repositoryFlag)(ctx, values.repository);
    if (repository === undefined) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('the statement names the repository the source comes from: give --repository OWNER/NAME (or GITHUB_REPOSITORY)');
    }
    const text = {
        mode: 'reuse',
        tag: `${name}=${(0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(ref)}`,
        'pin-digest': 'true',
        overlay: '',
        'from-overlay': '',
        'overlay-repository': '',
        'from-plan': '',
        'matrix-image': '',
        'write-overlay': 'false',
        commit: 'false',
        'dry-run': 'false',
        push: 'true',
        sign: values.keyless === true ? 'keyless' : 'key',
        'signing-key': signingKey ?? '',
        ...(values['fulcio-url'] !== undefined ? { 'fulcio-url': values['fulcio-url'] } : {}),
        ...(values['rekor-url'] !== undefined ? { 'rekor-url': values['rekor-url'] } : {}),
        ...(values['tsa-url'] !== undefined ? { 'tsa-url': values['tsa-url'] } : {}),
        verify: 'none',
        'verify-key': '',
        'certificate-identity': '',
        'trusted-root': '',
        'sign-requested': 'true',
        'insecure-registries': [
            ...(values['insecure-registry'] ?? []),
            ...(0,_config_read_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(file?.get('insecure-registries') ?? ''),
        ].join('\n'),
    };
    const trigger = { ...(0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .commandLineTrigger */ .M9)(head), repository };
    const { result } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runDoor */ .M6)(ctx, {
        inputs: (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .commandInputs */ .tp)({ text, data: { images: [entry] } }, file, ctx.env),
        workspace,
        trigger,
        git,
    });
    const image = result.images[0];
    if (result.failure) {
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .failedRun */ .XZ)(ctx, 'sign', image?.error ? { ...result, failure: image.error } : result);
    }
    const signature = image?.signature;
    if (!image?.digest || !signature?.signedNow) {
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .failedRun */ .XZ)(ctx, 'sign', { ...result, failure: 'the image was not signed' });
    }
    ctx.stdout(values.json
        ? `${JSON.stringify({ reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(ref), digest: image.digest, signature })}\n`
        : `${(0,_verify_js__WEBPACK_IMPORTED_MODULE_7__.signatureLines)((0,_verify_js__WEBPACK_IMPORTED_MODULE_7__.resolvedRef)(ref, image), signature).join('\n')}\n`);
    return 0;
}


/***/ }),

/***/ 71137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   flagFile: () => (/* binding */ flagFile),
/* harmony export */   repositoryFlag: () => (/* binding */ repositoryFlag),
/* harmony export */   resolvedRef: () => (/* binding */ resolvedRef),
/* harmony export */   signatureLines: () => (/* binding */ signatureLines),
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98286);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85217);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68558);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2801);






const HELP = `usage: image-promote verify REF [--json] [policy options] [--config FILE]

Verifies the signatures attached to REF (a tag or digest reference; no tag means :latest)
and prints who signed it, when, for which source (repository, commit, source key) and in
which run. A signature counts when it passes the policy and its statement's subject is REF's
digest. Exits 1 when none does, saying what was found (none, another identity or key, a
statement about another image) and what the policy requires.

policy (the action's inputs of the same names; the config file's verify settings apply
unless given here):
  --certificate-identity RE    keyless: the signer's identity must match RE whole
                               (default: any workflow of --repository)
  --certificate-oidc-issuer I  keyless: the certificate's OIDC issuer (default GitHub
                               Actions')
  --trusted-root FILE          keyless: a Sigstore trusted_root.json (default: the pinned
                               public-good root)
  --verify-key FILE            key-based: a PEM file of one or more EC P-256 public keys;
                               only signatures by them count
  --repository OWNER/NAME      the repository whose workflows the default identity accepts
                               (default: GITHUB_REPOSITORY)
options:
  --json                       print {"reference","digest","signature":{…}}
  --config FILE                the action's inputs as YAML (insecure-registries and the verify
                               settings apply)
  --insecure-registry HOST     reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                               repeatable`;
function repositoryFlag(ctx, given) {
    const text = given ?? ctx.env.GITHUB_REPOSITORY;
    if (text === undefined || text === '')
        return undefined;
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text);
    if (!match)
        throw new _context_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--repository "${text}" is not OWNER/NAME`);
    return { owner: match[1] ?? '', name: match[2] ?? '' };
}
function flagFile(ctx, flag, path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, path), 'utf8');
    }
    catch (err) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${flag} ${path}: cannot read it (${err.code ?? String(err)})`);
    }
}
function signatureLines(ref, s) {
    const who = s.issuer !== undefined ? `${s.identity} (issuer ${s.issuer})` : s.identity;
    const when = s.signedAt ??
        (s.keyHint !== undefined
            ? 'not attested (a key-based signature carries no trusted time)'
            : 'not attested');
    const run = s.runUrl !== undefined
        ? `${s.runUrl}${s.workflowRef !== undefined ? ` (workflow ${s.workflowRef})` : ''}`
        : 'none (signed outside a workflow run)';
    return [
        ref,
        `  signed by  ${who}`,
        `  signed at  ${when}`,
        `  source     ${s.repository} at ${s.commit} (${s.serverUrl})`,
        `  source key ${s.sourceKey} (${s.sourceKeyVersion})`,
        `  run        ${run}`,
        `  bundle     ${s.referrer}`,
    ];
}
function resolvedRef(ref, image) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .withTagAndDigest */ .gh)(ref, ref.tag, image.digest));
}
async function verifyCommand(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .commandFlags */ .LZ)(ctx, HELP, {
        json: { type: 'boolean' },
        config: { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        'trusted-root': { type: 'string' },
        'verify-key': { type: 'string' },
        repository: { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const policy = {};
    if (values['verify-key'] !== undefined) {
        policy['verify-key'] = flagFile(ctx, '--verify-key', values['verify-key']);
        policy['certificate-identity'] = '';
        policy['trusted-root'] = '';
    }
    if (values['certificate-identity'] !== undefined) {
        policy['certificate-identity'] = values['certificate-identity'];
        if (values['verify-key'] === undefined)
            policy['verify-key'] = '';
    }
    if (values['certificate-oidc-issuer'] !== undefined) {
        policy['certificate-oidc-issuer'] = values['certificate-oidc-issuer'];
    }
    if (values['trusted-root'] !== undefined) {
        policy['trusted-root'] = flagFile(ctx, '--trusted-root', values['trusted-root']);
        if (values['verify-key'] === undefined)
            policy['verify-key'] = '';
    }
    const repository = repositoryFlag(ctx, values.repository);
    const { ref, result } = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__.runReference)(ctx, positionals, HELP, values, { sign: 'none', 'signing-key': '', verify: 'signature', ...policy }, { ...(0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .commandLineTrigger */ .M9)(''), ...(repository ? { repository } : {}) });
    const image = result.images[0];
    if (result.failure) {
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .failedRun */ .XZ)(ctx, 'verify', image?.error ? { ...result, failure: image.error } : result);
    }
    const signature = image?.signature;
    if (!image?.digest || !signature) {
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .failedRun */ .XZ)(ctx, 'verify', { ...result, failure: 'no verified signature was reported' });
    }
    ctx.stdout(values.json
        ? `${JSON.stringify({ reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref), digest: image.digest, signature })}\n`
        : `${signatureLines(resolvedRef(ref, image), signature).join('\n')}\n`);
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
