export const id = 222;
export const ids = [222];
export const modules = {

/***/ 8222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setImageCommand: () => (/* binding */ setImageCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/overlay/atomic-write.ts
var atomic_write = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/overlay/kustomize.ts
var kustomize = __webpack_require__(4183);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
;// CONCATENATED MODULE: ./src/overlay/set-image-args.ts
/**
 * The argument grammar of `kustomize edit set image` (kustomize v5, setimage.go):
 *
 *   name=newName:tag@digest   name=newName:tag   name=newName@digest   name=newName
 *   name:tag@digest           name:tag           name@digest
 *
 * Each argument describes the whole entry: a part that is not given is removed (`name:tag`
 * drops an existing `newName` and `digest`; `name=newName` drops `newTag` and `digest`), and
 * `*` as a part keeps what the file has. A name given twice: the last argument wins.
 *
 * Deliberate difference: every part is validated (kustomize writes any string), so a typo
 * is reported with the reason instead of ending up in the file.
 */

const KEEP = '*';
const SET_IMAGE_FORMS = [
    '<image>=<newimage>:<newtag>@<digest>',
    '<image>=<newimage>:<newtag>',
    '<image>=<newimage>@<digest>',
    '<image>=<newimage>',
    '<image>:<newtag>@<digest>',
    '<image>:<newtag>',
    '<image>@<digest>',
];
class SetImageArgError extends Error {
    arg;
    reason;
    name = 'SetImageArgError';
    constructor(arg, reason) {
        super(`invalid image argument "${arg}": ${reason}`);
        this.arg = arg;
        this.reason = reason;
    }
}
/** kustomize's image.Split: `:` and `@` only count after the first `/` (a host may have a port). */
function splitImage(value) {
    const slash = value.indexOf('/');
    const offset = slash > 0 ? slash : 0;
    const search = value.slice(offset);
    const at = search.indexOf('@');
    const colon = search.indexOf(':');
    if (colon < 0 && at < 0)
        return { name: value };
    if (at >= 0 && (colon < 0 || at < colon)) {
        return { name: value.slice(0, offset + at), digest: value.slice(offset + at + 1) };
    }
    if (at >= 0) {
        return {
            name: value.slice(0, offset + colon),
            tag: value.slice(offset + colon + 1, offset + at),
            digest: value.slice(offset + at + 1),
        };
    }
    return { name: value.slice(0, offset + colon), tag: value.slice(offset + colon + 1) };
}
function change(arg, part, value, problem) {
    if (value === undefined || value === '')
        return 'remove';
    if (value === KEEP)
        return 'keep';
    const issue = problem(value);
    if (issue)
        throw new SetImageArgError(arg, `${part} "${value}": ${issue}`);
    return { set: value };
}
function repositoryProblem(value) {
    try {
        (0,reference/* parseRepositoryName */.$M)(value);
        return undefined;
    }
    catch (err) {
        if (err instanceof reference/* ReferenceError */.AF)
            return err.reason;
        throw err;
    }
}
function parseSetImageArg(arg) {
    const eq = arg.indexOf('=');
    const key = eq === -1 ? undefined : arg.slice(0, eq);
    const value = eq === -1 ? arg : arg.slice(eq + 1);
    const parts = splitImage(value);
    if (key === undefined && parts.tag === undefined && parts.digest === undefined) {
        throw new SetImageArgError(arg, `it sets nothing; use one of:\n  ${SET_IMAGE_FORMS.join('\n  ')}`);
    }
    const name = key ?? parts.name;
    if (name === '' || name === KEEP)
        throw new SetImageArgError(arg, 'the image name is missing');
    const nameIssue = repositoryProblem(name);
    if (nameIssue)
        throw new SetImageArgError(arg, `image name "${name}": ${nameIssue}`);
    return {
        name,
        patch: {
            newName: change(arg, 'new name', key === undefined ? undefined : parts.name, repositoryProblem),
            newTag: change(arg, 'tag', parts.tag, reference/* tagProblem */.qH),
            digest: change(arg, 'digest', parts.digest, reference/* digestProblem */.WQ),
        },
    };
}
/** Parses all arguments; a name given twice keeps the last one (as kustomize does). */
function parseSetImageArgs(args) {
    const byName = new Map();
    for (const arg of args) {
        const parsed = parseSetImageArg(arg);
        byName.delete(parsed.name);
        byName.set(parsed.name, parsed);
    }
    return [...byName.values()];
}

// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __webpack_require__(7950);
;// CONCATENATED MODULE: ./src/overlay/set-image.ts
/**
 * `set-image` on a kustomization's text: kustomize's `edit set image` results, written in
 * place. Deliberate difference: entries keep their order (kustomize sorts them by name and
 * rewrites the file); new entries go to the end with keys in kustomize's field order.
 */


function same(a, b) {
    return a?.newName === b.newName && a?.newTag === b.newTag && a?.digest === b.digest;
}
function setImagesText(text, file, args) {
    const before = (0,yaml_edit/* parseYaml */.hN)(text, file);
    (0,kustomize/* kustomizeImages */.Aw)(before); // reject a malformed images: list before planning anything
    const edits = args.flatMap((a) => (0,kustomize/* kustomizeEdits */.r9)(before, a.name, a.patch));
    const after = edits.length === 0 ? text : (0,yaml_edit/* editYaml */.aL)(text, file, edits);
    const result = (0,yaml_edit/* parseYaml */.hN)(after, file);
    const changes = [];
    for (const { name } of args) {
        const old = (0,kustomize/* findKustomizeImage */.AK)(before, name);
        const now = (0,kustomize/* findKustomizeImage */.AK)(result, name);
        if (!now)
            throw new Error(`internal error: image ${name} missing after set-image`);
        if (!same(old, now))
            changes.push({ name, ...(old ? { before: old } : {}), after: now });
    }
    return { after, changes };
}

// EXTERNAL MODULE: ./src/registry/provider.ts
var registry_provider = __webpack_require__(4998);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/verify.ts
var cli_verify = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/tags/policy.ts
var tags_policy = __webpack_require__(8527);
;// CONCATENATED MODULE: ./src/cli/set-image.ts












const HELP = `usage: image-promote set-image FILE ARG... [--no-verify] [--pin-digest] [--dry-run]

Sets images in a kustomization like \`kustomize edit set image\`, without a kustomize
binary and without touching any other byte of the file (comments, order, quoting).
FILE is a kustomization.yaml (or the directory holding it). Each ARG is one of:
  ${SET_IMAGE_FORMS.join('\n  ')}
A part that is not given is removed from the entry; * keeps what the file has
(e.g. app=*:v2 changes the tag and keeps newName). Entries are matched by name; new ones are
added at the end of images:.

Every entry set is verified in its registry first (its repository is the entry's newName,
else its name): a tag or digest that is not there is refused, a tag given with a digest must
point at it, and nothing is written unless all of them check out. Tags that move (latest,
branch names, anything the action's tag-template, pr-tag-template and source-tag cannot make
that is not a version) are refused unless pinned to their digest: give name:tag@digest, or
--pin-digest to write the digest the registry has now.

options:
  --no-verify               plain kustomize replacement: no registry, no tag rule
  --pin-digest              write each entry's verified digest next to its tag
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 print the new file instead of writing it`;
function show(image) {
    if (!image)
        return '(new)';
    const parts = [
        image.newName === undefined ? undefined : `newName=${image.newName}`,
        image.newTag === undefined ? undefined : `newTag=${image.newTag}`,
        image.digest === undefined ? undefined : `digest=${image.digest}`,
    ].filter((p) => p !== undefined);
    return parts.length === 0 ? '(name only)' : parts.join(' ');
}
/**
 * Verifies what each argument's entry names after the edit; returns the arguments to apply
 * (with the verified digest set where it is to be pinned) and the digest of every entry.
 * Throws a UserError listing every entry that does not check out.
 */
async function verified(ctx, args, after, file, options) {
    const policy = (0,cli_verify/* cliTagPolicy */.Tr)();
    const result = (0,yaml_edit/* parseYaml */.hN)(after, file);
    const provider = (0,registry_provider/* createRegistryProvider */.n)({
        ...ctx.registry,
        logger: ctx.logger,
        env: ctx.env,
        insecureRegistries: options.insecureRegistries,
    });
    const digests = new Map();
    const pin = new Set();
    // One problem (or none) per argument, in argument order.
    const problems = await Promise.all(args.map(async ({ name }) => {
        const entry = (0,kustomize/* findKustomizeImage */.AK)(result, name);
        if (!entry)
            throw new Error(`internal error: image ${name} missing after set-image`);
        const { newTag: tag, digest } = entry;
        if (tag === undefined && digest === undefined) {
            return `${name}: the entry names no tag or digest, so the manifests' tag would be used, which cannot be verified here — give a tag or digest, or use --no-verify`;
        }
        const mutable = tag === undefined ? undefined : policy.mutableReason(tag);
        if (mutable && digest === undefined && !options.pinDigest) {
            return `${name}: ${(0,tags_policy/* mutableTagRefusal */.xo)(mutable, `give ${name}:${tag ?? ''}@sha256:…, or add --pin-digest to write the digest it has now`)}`;
        }
        const repositoryName = entry.newName ?? entry.name;
        let repository;
        try {
            repository = (0,reference/* parseRepositoryName */.$M)(repositoryName);
        }
        catch (err) {
            if (!(err instanceof reference/* ReferenceError */.AF))
                throw err;
            return `${name}: "${repositoryName}" is not a repository: ${err.reason}`;
        }
        const v = await (0,cli_verify/* verifyImage */.ZG)(provider, repository, tag, digest);
        if ('problem' in v)
            return `${name}: ${v.problem}`;
        digests.set(name, v.digest);
        if (digest === undefined && options.pinDigest)
            pin.add(name);
        return undefined;
    }));
    const refused = problems.filter((p) => p !== undefined);
    if (refused.length > 0) {
        throw new errors/* UserError */.yo(`image-promote set-image: refused, nothing was written:\n  ${refused.join('\n  ')}\n(--no-verify sets the images without asking the registry)`);
    }
    if (pin.size === 0)
        return { args, digests };
    return {
        args: args.map((a) => {
            const d = digests.get(a.name);
            return pin.has(a.name) && d ? { ...a, patch: { ...a.patch, digest: { set: d } } } : a;
        }),
        digests,
    };
}
async function setImageCommand(ctx) {
    const { values, positionals } = (0,context/* parseFlags */.bQ)('set-image', ctx.args, {
        'dry-run': { type: 'boolean' },
        'no-verify': { type: 'boolean' },
        'pin-digest': { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
    }, true);
    if (values.help) {
        ctx.stdout(`${HELP}\n`);
        return 0;
    }
    const [input, ...rawArgs] = positionals;
    if (input === undefined || rawArgs.length === 0) {
        throw new context/* UsageError */.eb(`image-promote set-image: expected FILE and at least one image\n\n${HELP}`);
    }
    const verify = !(values['no-verify'] ?? false);
    if (!verify && values['pin-digest']) {
        throw new context/* UsageError */.eb('image-promote set-image: --pin-digest needs the registry; it cannot go with --no-verify');
    }
    let args;
    try {
        args = parseSetImageArgs(rawArgs);
    }
    catch (err) {
        if (err instanceof SetImageArgError)
            throw new context/* UsageError */.eb(`image-promote set-image: ${err.message}`);
        throw err;
    }
    const file = await (0,cli_verify/* overlayFile */.tg)('set-image', ctx.cwd, input);
    const text = await (0,promises_.readFile)(file, 'utf8');
    let result = setImagesText(text, input, args);
    let digests = new Map();
    if (verify) {
        const checked = await verified(ctx, args, result.after, input, {
            pinDigest: values['pin-digest'] ?? false,
            insecureRegistries: values['insecure-registry'] ?? [],
        });
        digests = checked.digests;
        if (checked.args !== args)
            result = setImagesText(text, input, checked.args);
    }
    const { after, changes } = result;
    if (values['dry-run']) {
        ctx.stdout(after);
        return 0;
    }
    if (changes.length === 0) {
        ctx.logger.info(`image-promote set-image: ${input} already says that; nothing written`);
        return 0;
    }
    await (0,atomic_write/* writeFileAtomic */.Z)(file, after);
    for (const c of changes) {
        const digest = digests.get(c.name);
        ctx.stdout(`${c.name}: ${show(c.before)} -> ${show(c.after)}${digest ? ` (verified ${digest})` : ''}\n`);
    }
    return 0;
}


/***/ }),

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ cliTagPolicy),
/* harmony export */   ZG: () => (/* binding */ verifyImage),
/* harmony export */   m1: () => (/* binding */ defaultPolicyConfig),
/* harmony export */   tg: () => (/* binding */ overlayFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4389);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8410);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8286);
/* harmony import */ var _tags_policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8527);
/**
 * What `deploy` and `set-image` share before they write an overlay: the tag allow-list (the
 * same TagPolicy the action uses, src/tags/policy.ts) and the registry check of each image
 * (every digest computed from the manifest bytes the registry returned).
 */







/** The action's defaults for the tag inputs (tag-template, extra-tags, source-tag, …). */
function defaultPolicyConfig() {
    return {
        tagTemplate: _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m['tag-template'].default,
        prTagTemplate: _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m['pr-tag-template'].default,
        extraTags: (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m['extra-tags'].default),
        promoteTags: (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m['promote-tags'].default),
        sourceTag: _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m['source-tag'].default,
    };
}
/**
 * The TagPolicy for a command line: no event, as on the default branch, so every rendered
 * extra tag (`latest`) and environment tag counts as mutable.
 */
function cliTagPolicy(config = defaultPolicyConfig()) {
    const trigger = {
        eventName: 'cli',
        kind: 'other',
        head: '0'.repeat(40),
        onDefaultBranch: true,
        dispatchInputs: {},
        base: { kind: 'unknown', reason: 'command line' },
        deleted: false,
    };
    return (0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .createTagPolicy */ .Dx)(config, trigger, new Date());
}
/**
 * Looks `tag` and/or `digest` up in `repository`. Returns the verified image, or a sentence
 * saying what is wrong (not there; the tag names another digest than the one given; the
 * registry failed).
 */
async function verifyImage(provider, repository, tag, digest) {
    if (tag === undefined && digest === undefined) {
        throw new Error('internal error: verifyImage without tag or digest');
    }
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .withTagAndDigest */ .gh)(repository, tag, tag === undefined ? digest : undefined);
    let found;
    try {
        found = await (await provider.forReference(repository)).resolve(ref);
    }
    catch (err) {
        return { problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err) };
    }
    if (!found) {
        return {
            problem: `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(ref)} does not exist in registry ${repository.domain} (no such tag, digest or repository)`,
        };
    }
    if (digest !== undefined && found.digest !== digest) {
        return {
            problem: `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(ref)} is ${found.digest}, not the digest given (${digest})`,
        };
    }
    return { repository, ...(tag !== undefined ? { tag } : {}), digest: found.digest };
}
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * The file a command edits: `input` itself, or the kustomization in the directory `input`
 * names. Throws a UserError (prefixed with the command) when neither exists.
 */
async function overlayFile(command, cwd, input) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, input);
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`image-promote ${command}: ${input} does not exist`);
    }
    if (!info.isDirectory())
        return path;
    for (const name of KUSTOMIZATION_FILES) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, name);
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(candidate).then(() => true, () => false))
            return candidate;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`image-promote ${command}: ${input} has no kustomization.yaml`);
}


/***/ })

};
