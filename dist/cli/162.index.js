export const id = 162;
export const ids = [162];
export const modules = {

/***/ 40162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setImageCommand: () => (/* binding */ setImageCommand),
/* harmony export */   setImageRef: () => (/* binding */ setImageRef)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71243);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8431);
/* harmony import */ var _overlay_set_image_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19572);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98286);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85217);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2801);






const HELP = `usage: image-promote set-image FILE ARG... [--no-verify] [--pin-digest] [--dry-run]

Sets images in a kustomization like \`kustomize edit set image\`, without a kustomize
binary and without touching any other byte of the file (comments, order, quoting).
FILE is a kustomization.yaml (or the directory holding it); any other file is refused.
Each ARG is one of:
  ${_overlay_set_image_args_js__WEBPACK_IMPORTED_MODULE_2__/* .SET_IMAGE_FORMS */ .bz.join('\n  ')}
A part that is not given is removed from the entry; * keeps what the file has
(e.g. app=*:v2 changes the tag and keeps newName). Entries are matched by name; new ones are
added at the end of images:.

Every entry set is verified in its registry first (its repository is the entry's newName,
else its name): a tag or digest that is not there is refused, a tag given with a digest must
point at it, and nothing is written unless all of them check out. Tags that move (latest,
branch names, anything the action's tag-template, pr-tag-template and source-tag cannot make
that is not a version) are refused unless pinned to their digest: give name:tag@digest, or
--pin-digest to write the digest the registry has now.

Deliberate differences from kustomize: every part is validated; an entry must name a tag or
a digest (an entry with neither would run whatever the manifests say); entries keep their
order; a digest that still names the tag set stays.

options:
  --no-verify               plain kustomize replacement: no registry, no tag rule
  --pin-digest              write each entry's verified digest next to its tag
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 print the new file instead of writing it`;
function part(change, prefix) {
    if (change === 'keep')
        return `${prefix}*`;
    if (change === 'remove')
        return '';
    return `${prefix}${change.set}`;
}
function setImageRef(arg) {
    const { newName, newTag, digest } = arg.patch;
    if (newTag === 'remove' && digest === 'remove') {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${arg.name}: the argument names neither a tag nor a digest, so the entry would run whatever tag the manifests say, which cannot be verified — add :TAG or @DIGEST`);
    }
    const repository = newName === 'keep'
        ? '*'
        : (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepositoryName */ .$M)(newName === 'remove' ? arg.name : newName.set).name;
    return `${arg.name}=${repository}${part(newTag, ':')}${part(digest, '@')}`;
}
function show(value) {
    if (!value)
        return '(new)';
    const parts = [
        value.repository === undefined ? undefined : `newName=${value.repository}`,
        value.tag === undefined ? undefined : `newTag=${value.tag}`,
        value.digest === undefined ? undefined : `digest=${value.digest}`,
    ].filter((p) => p !== undefined);
    return parts.length === 0 ? '(name only)' : parts.join(' ');
}
async function setImageCommand(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .commandFlags */ .LZ)(ctx, HELP, {
        'dry-run': { type: 'boolean' },
        'no-verify': { type: 'boolean' },
        'pin-digest': { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const [input, ...rawArgs] = positionals;
    if (input === undefined || rawArgs.length === 0) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`expected FILE and at least one image\n\n${HELP}`);
    }
    const verify = !(values['no-verify'] ?? false);
    if (!verify && values['pin-digest']) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--pin-digest needs the registry; it cannot go with --no-verify');
    }
    let args;
    try {
        args = (0,_overlay_set_image_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSetImageArgs */ .gF)(rawArgs);
    }
    catch (err) {
        if (err instanceof _overlay_set_image_args_js__WEBPACK_IMPORTED_MODULE_2__/* .SetImageArgError */ .gG)
            throw new _context_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(err.message);
        throw err;
    }
    const file = await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .overlayFile */ .tg)(ctx.cwd, input);
    const workspace = await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceFor */ .lA)(ctx, file, (await new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU(ctx.cwd, ctx.logger).showToplevel()) ?? ctx.cwd);
    const text = {
        overlay: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRelative */ .Uc)(workspace, file),
        'overlay-format': 'kustomize',
        tag: args.map(setImageRef).join('\n'),
        mode: 'auto',
        'write-overlay': 'true',
        'create-missing': 'true',
        'pin-digest': values['pin-digest'] ? 'true' : 'false',
        'dry-run': values['dry-run'] ? 'true' : 'false',
        'insecure-registries': (values['insecure-registry'] ?? []).join('\n'),
        'registry-check': verify ? 'true' : 'false',
    };
    const { result } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runDoor */ .M6)(ctx, {
        inputs: (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .commandInputs */ .tp)({ text, data: { images: args.map((a) => ({ name: a.name })) } }, undefined, ctx.env),
        workspace,
        trigger: (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .commandLineTrigger */ .M9)(''),
        git: new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU(workspace, ctx.logger),
    });
    if (result.failure)
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .failedRun */ .XZ)(ctx, 'set-image', result);
    if (values['dry-run']) {
        const planned = result.overlayTexts[0];
        ctx.stdout(planned ? planned.after.toString('utf8') : '');
        if (!planned)
            ctx.logger.info(`image-promote set-image: ${input} already says that`);
        return 0;
    }
    if (result.overlayChanges.length === 0) {
        ctx.logger.info(`image-promote set-image: ${input} already says that; nothing written`);
        return 0;
    }
    for (const c of result.overlayChanges) {
        const image = result.images.find((i) => i.name === c.image);
        const verified = image?.status === 'verified' && image.digest ? ` (verified ${image.digest})` : '';
        ctx.stdout(`${c.image}: ${show(c.before)} -> ${show(c.after)}${verified}\n`);
    }
    return 0;
}


/***/ })

};
