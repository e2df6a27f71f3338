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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/overlay/atomic-write.ts
var atomic_write = __webpack_require__(1957);
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

// EXTERNAL MODULE: ./src/overlay/kustomize.ts
var kustomize = __webpack_require__(4183);
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

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/set-image.ts







const HELP = `usage: image-promote set-image FILE ARG... [--dry-run]

Sets images in a kustomization like \`kustomize edit set image\`, without a kustomize
binary and without touching any other byte of the file (comments, order, quoting).
FILE is a kustomization.yaml (or the directory holding it). Each ARG is one of:
  ${SET_IMAGE_FORMS.join('\n  ')}
A part that is not given is removed from the entry; * keeps what the file has
(e.g. app=*:v2 changes the tag and keeps newName). Entries are matched by name; new ones are
added at the end of images:.

options:
  --dry-run  print the new file instead of writing it`;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
async function kustomizationFile(cwd, input) {
    const path = (0,external_node_path_.resolve)(cwd, input);
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch {
        throw new errors/* UserError */.yo(`image-promote set-image: ${input} does not exist`);
    }
    if (!info.isDirectory())
        return path;
    for (const name of KUSTOMIZATION_FILES) {
        const candidate = (0,external_node_path_.join)(path, name);
        if (await (0,promises_.stat)(candidate).then(() => true, () => false))
            return candidate;
    }
    throw new errors/* UserError */.yo(`image-promote set-image: ${input} has no kustomization.yaml`);
}
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
async function setImageCommand(ctx) {
    const { values, positionals } = (0,context/* parseFlags */.bQ)('set-image', ctx.args, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
        ctx.stdout(`${HELP}\n`);
        return 0;
    }
    const [input, ...args] = positionals;
    if (input === undefined || args.length === 0) {
        throw new context/* UsageError */.eb(`image-promote set-image: expected FILE and at least one image\n\n${HELP}`);
    }
    let parsed;
    try {
        parsed = parseSetImageArgs(args);
    }
    catch (err) {
        if (err instanceof SetImageArgError)
            throw new context/* UsageError */.eb(`image-promote set-image: ${err.message}`);
        throw err;
    }
    const file = await kustomizationFile(ctx.cwd, input);
    const text = await (0,promises_.readFile)(file, 'utf8');
    const { after, changes } = setImagesText(text, input, parsed);
    if (values['dry-run']) {
        ctx.stdout(after);
        return 0;
    }
    if (changes.length === 0) {
        ctx.logger.info(`image-promote set-image: ${input} already says that; nothing written`);
        return 0;
    }
    await (0,atomic_write/* writeFileAtomic */.Z)(file, after);
    for (const c of changes)
        ctx.stdout(`${c.name}: ${show(c.before)} -> ${show(c.after)}\n`);
    return 0;
}


/***/ })

};
