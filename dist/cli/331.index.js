export const id = 331;
export const ids = [331];
export const modules = {

/***/ 42331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11974);
/* harmony import */ var _config_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70286);
/* harmony import */ var _config_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62000);
/* harmony import */ var _overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19153);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98286);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85217);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2801);









const HELP = `usage: image-promote deploy OVERLAY NAME=REF... [options]

Deploys images into an overlay, as the action does with \`tag: NAME=REF\`: every REF is
looked up in its registry first (the digest is computed from the manifest bytes) and a REF
that is not there is refused; images that share the value written (Helm global.imageTag)
get the tag on their own image, or the deploy is refused; only when every image checks out
is the file edited — a kustomization's images:, or a YAML/Helm values, JSON or Terraform
variables file by key path — keeping every other byte.

  OVERLAY  the file (or a directory holding a kustomization.yaml)
  NAME     the image's name: kustomize images[].name, or an image of --config
  REF      1a2b3c4               a commit SHA (7 to 40 hex digits) means the tag tag-template
                                 makes for that commit: sha-1a2b3c4 by default
           sha-1a2b3c4, v1.2.3   a tag in the image's repository
           TAG@sha256:...        a tag, checked to point at that digest (both are written)
           sha256:...            a digest in the image's repository
           ghcr.io/acme/api:v1   a full reference (it has a "/"), with a tag and/or digest
The image's repository is that of a full reference, else the image's in the config, else
the registry (--registry, or the config's) joined with NAME, else the one OVERLAY names for
it (kustomize newName or the entry's name, a full-reference value, helm-repository-key).

Tags that move (latest, branch names, extra-tags, promote-tags, and anything tag-template,
pr-tag-template and source-tag cannot make that is not a version) are written only pinned
to their verified digest: with --pin-digest, or as TAG@sha256:... in REF.

options:
  --registry R              registry (and namespace) of images not in --config (ghcr.io/acme)
  --config FILE             YAML whose keys are the action's input names (default:
                            image-promote.yml in the working directory's repository); what
                            says where and how to deploy is used (images, registry, key paths,
                            tag-template, extra-tags, promote-tags, source-tag, pin-digest,
                            create-missing, commit-message, environment, insecure-registries,
                            verify settings); what says what to deploy (tag, mode, overlay,
                            from-overlay, from-plan, commit, …) comes from the command line
  --key NAME=PATH           key path of NAME's value in a YAML/JSON/tfvars file
                            (global.imageTag, api.image.tag); repeatable
  --value NAME=SHAPE        write NAME's value as tag, digest or reference (default: the shape
                            the file holds); repeatable
  --pin-digest              write each image's verified digest next to its tag
  --create-missing          add an entry (or key) for an image the file does not name yet
  --commit                  commit the file in the git repository that holds it
  --push                    commit and push (rebased and retried when the branch moved)
  --message M               commit message template; tokens {changes} {image} {from} {to}
                            {sha} {environment} (default: commit-message of --config, else
                            "${_overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_COMMIT_MESSAGE */ .Kb}")
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 check everything and print what would change; write nothing

Prints one line per image, "NAME: FROM → TO (DIGEST)" — an image not named that shares the
value written adds what its running image gets — then the commit. Exit codes: 0 done, 1
refused or failed (the file is left as it was), 2 bad usage or config.`;
const FROM_THE_COMMAND = {
    mode: 'auto',
    'from-overlay': '',
    'overlay-repository': '',
    'overlay-branch': '',
    'from-plan': '',
    'matrix-image': '',
    base: '',
    'force-build': 'false',
};
function namedFlags(flag, values, names) {
    const out = new Map();
    for (const v of values) {
        const eq = v.indexOf('=');
        const name = eq > 0 ? v.slice(0, eq) : '';
        const value = eq > 0 ? v.slice(eq + 1) : '';
        if (name === '' || value === '')
            throw new _context_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`${flag} "${v}" is not NAME=VALUE`);
        if (!names.includes(name)) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`${flag} ${v}: ${name} is not one of the images being deployed (${names.join(', ')})`);
        }
        out.set(name, value);
    }
    return out;
}
function commitLine(r) {
    const where = r.repository === '.' ? '' : ` in ${r.repository}`;
    if (!r.commit)
        return `commit: none${where}`;
    if (!r.committed)
        return `commit: ${r.commit}${where} already has this change`;
    return `commit: ${r.commit}${where}${r.pushed ? ` (pushed to ${r.branch ?? 'its branch'})` : ''}`;
}
async function deployCommand(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .commandFlags */ .LZ)(ctx, HELP, {
        registry: { type: 'string' },
        config: { type: 'string' },
        key: { type: 'string', multiple: true },
        value: { type: 'string', multiple: true },
        'pin-digest': { type: 'boolean' },
        'create-missing': { type: 'boolean' },
        commit: { type: 'boolean' },
        push: { type: 'boolean' },
        message: { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const [overlayArg, ...pairs] = positionals;
    if (overlayArg === undefined || pairs.length === 0) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`expected OVERLAY and at least one NAME=REF\n\n${HELP}`);
    }
    const names = [];
    const refs = [];
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`"${pair}" is not NAME=REF (e.g. web=1a2b3c4, web=sha-1a2b3c4)`);
        }
        names.push(pair.slice(0, eq));
        refs.push(pair.slice(eq + 1));
    }
    const keys = namedFlags('--key', values.key ?? [], names);
    const shapes = namedFlags('--value', values.value ?? [], names);
    if (values.message !== undefined)
        (0,_overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_3__/* .checkCommitTemplate */ .cD)(values.message, '--message');
    const file = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .overlayFile */ .tg)(ctx.cwd, overlayArg);
    const located = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceAndConfig */ .Xb)(ctx, values.config);
    const workspace = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceFor */ .lA)(ctx, file, located.workspace);
    const config = located.configPath === undefined ? undefined : (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fileInputSource */ .m)(located.configPath, ctx.env);
    if (located.configPath !== undefined && values.config === undefined) {
        ctx.logger.debug(`deploy: using ${located.configPath}`);
    }
    const configured = config ? (0,_config_images_js__WEBPACK_IMPORTED_MODULE_1__/* .imagesData */ .jy)(config, workspace) : undefined;
    const images = (configured ?? []).map((entry) => ({ ...entry }));
    for (const name of names) {
        let entry = images.find((e) => e.name === name);
        if (!entry)
            images.push((entry = { name }));
        const key = keys.get(name);
        if (key !== undefined) {
            delete entry['helm-key'];
            entry.key = key;
        }
        const shape = shapes.get(name);
        if (shape !== undefined)
            entry.value = shape;
    }
    const insecure = [
        ...(values['insecure-registry'] ?? []),
        ...(0,_config_read_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(config?.get('insecure-registries') ?? ''),
    ];
    const text = {
        ...FROM_THE_COMMAND,
        overlay: (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .workspaceRelative */ .Uc)(workspace, file),
        tag: pairs.join('\n'),
        'write-overlay': 'true',
        commit: values.push ? 'true' : values.commit ? 'local' : 'false',
        'dry-run': values['dry-run'] ? 'true' : 'false',
        'insecure-registries': insecure.join('\n'),
        ...(values.registry !== undefined ? { registry: values.registry.replace(/\/+$/, '') } : {}),
        ...(values['pin-digest'] ? { 'pin-digest': 'true' } : {}),
        ...(values['create-missing'] ? { 'create-missing': 'true' } : {}),
        ...(values.message !== undefined ? { 'commit-message': values.message } : {}),
    };
    const commits = [...new Set(refs.filter((r) => /^[0-9a-f]{7,40}$/.test(r)))];
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(workspace, ctx.logger);
    const head = commits.length === 1 && commits[0] !== undefined && commits.length === new Set(refs).size
        ? commits[0]
        : ((await git.resolveCommit('HEAD')) ?? '');
    const { result, report } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runDoor */ .M6)(ctx, {
        inputs: (0,_run_js__WEBPACK_IMPORTED_MODULE_8__/* .commandInputs */ .tp)({ text, data: { images } }, config, ctx.env),
        workspace,
        trigger: (0,_run_js__WEBPACK_IMPORTED_MODULE_8__/* .commandLineTrigger */ .M9)(head),
        git,
    });
    if (result.failure)
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__/* .failedRun */ .XZ)(ctx, 'deploy', result);
    const sharing = result.images
        .filter((i) => !names.includes(i.name) && i.write && i.status !== 'failed')
        .map((i) => i.name);
    for (const name of [...names, ...sharing]) {
        const image = report.images.find((i) => i.name === name);
        const change = result.overlayChanges.find((c) => c.image === name);
        const digest = image?.digest ?? '';
        const verb = values['dry-run'] ? 'would get' : 'gets';
        const also = sharing.includes(name)
            ? `, sharing the value written: its running image ${verb} ${image?.tag}`
            : '';
        if (change) {
            ctx.stdout(`${name}: ${change.from ?? '(none)'} → ${change.to} (${digest})${also}\n`);
        }
        else if (image && also) {
            ctx.stdout(`${name}: ${image.from} (${digest})${also}\n`);
        }
        else if (image) {
            const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .formatReference */ .FH)((0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .withTagAndDigest */ .gh)((0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRepositoryName */ .$M)(image.repository), image.tag || undefined));
            ctx.stdout(`${name}: already ${ref} (${digest}), unchanged\n`);
        }
    }
    if (values['dry-run']) {
        ctx.logger.info(`dry run: ${result.overlayChanged ? `${overlayArg} would change` : `${overlayArg} already says that`}; nothing was written`);
        return 0;
    }
    if (result.commits.length === 0 && !result.overlayChanged) {
        ctx.logger.info(`${overlayArg} already says that; nothing written`);
    }
    for (const c of result.commits)
        ctx.stdout(`${commitLine(c)}\n`);
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
