export const id = 331;
export const ids = [331];
export const modules = {

/***/ 2331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand),
/* harmony export */   parseDeployRef: () => (/* binding */ parseDeployRef),
/* harmony export */   tagForCommit: () => (/* binding */ tagForCommit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1974);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8410);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1243);
/* harmony import */ var _gitops_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6559);
/* harmony import */ var _overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9153);
/* harmony import */ var _overlay_key_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2875);
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8838);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8286);
/* harmony import */ var _registry_provider_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4998);
/* harmony import */ var _tags_policy_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8527);
/* harmony import */ var _tags_template_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8159);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5217);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1137);
/**
 * `image-promote deploy OVERLAY NAME=REF…`: the laptop version of a team's `deploy-sha`
 * script. Every REF is resolved in its registry first (digests computed from the manifest
 * bytes) and checked against the tag allow-list; only when all of them pass is the overlay
 * edited (any supported format, through src/overlay) and, on request, committed and pushed
 * in the git repository that holds it (src/gitops).
 */
















const HELP = `usage: image-promote deploy OVERLAY NAME=REF... [options]

Deploys images into an overlay: every REF is looked up in its registry first (the digest is
computed from the manifest bytes) and a REF that is not there is refused; only when every
image checks out is the file edited — a kustomization's images:, or a YAML/Helm values, JSON
or Terraform variables file by key path — keeping every other byte.

  OVERLAY  the file (or a directory holding a kustomization.yaml)
  NAME     the image's name: kustomize images[].name, or an image of --config
  REF      1a2b3c4               a commit SHA (7 to 40 hex digits) means the tag tag-template
                                 makes for that commit: sha-1a2b3c4 by default
           sha-1a2b3c4, v1.2.3   a tag in the image's repository
           TAG@sha256:...        a tag, checked to point at that digest
           sha256:...            a digest in the image's repository
           ghcr.io/acme/api:v1   a full reference (it has a "/"), with a tag and/or digest
The image's repository is that of a full reference, else the image's in the config, else
the registry (--registry, or the config's) joined with NAME, else the one OVERLAY already
names for it (kustomize newName, a full-reference value, helm-repository-key).

Tags that move (latest, branch names, extra-tags, promote-tags, and anything tag-template,
pr-tag-template and source-tag cannot make that is not a version) are written only pinned
to their verified digest: with --pin-digest, or as TAG@sha256:... in REF.

options:
  --registry R              registry (and namespace) of images not in --config (ghcr.io/acme)
  --config FILE             YAML whose keys are the action's input names, as for plan (default:
                            image-promote.yml in the working directory's repository): images
                            (repository, key, helm-repository-key, value), registry,
                            tag-template, extra-tags, promote-tags, source-tag, overlay-format,
                            pin-digest, create-missing, commit-message, environment,
                            insecure-registries
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
                            "${_overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_COMMIT_MESSAGE */ .Kb}")
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 check everything and print what would change; write nothing

Prints one line per image, "NAME: FROM → TO (DIGEST)", then the commit. Exit codes: 0 done,
1 refused or failed (the file is left as it was), 2 bad usage or config.`;
const SHA_RE = /^[0-9a-f]{7,40}$/;
/** Reads one REF (see the help text); throws UsageError with the reason. */
function parseDeployRef(name, input) {
    const bad = (why) => {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${name}=${input}: ${why}`);
    };
    if (input === '')
        bad('the reference is empty');
    if (SHA_RE.test(input))
        return { kind: 'commit', sha: input };
    if (input.includes('/')) {
        const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .tryParseReference */ .WF)(input);
        if (!parsed.ok)
            return bad(`not a valid image reference: ${parsed.reason}`);
        if (parsed.ref.tag === undefined && parsed.ref.digest === undefined) {
            bad('a full reference needs a tag or a digest (:tag, @sha256:...)');
        }
        return { kind: 'reference', ref: parsed.ref };
    }
    const at = input.indexOf('@');
    const tag = at === -1 ? input : input.slice(0, at);
    const digest = at === -1 ? undefined : input.slice(at + 1);
    if (at === -1 && /^[a-z0-9]+([+._-][a-z0-9]+)*:/.test(input) && !input.includes('/')) {
        // `sha256:…` is a digest; `nginx:1.27` is a reference without its repository path.
        const issue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .digestProblem */ .WQ)(input);
        if (!issue)
            return { kind: 'digest', digest: input };
        if (/^sha\d+:/.test(input))
            bad(`not a valid digest: ${issue}`);
        bad(`a tag cannot contain ":"; a full reference needs its repository path (docker.io/library/${input})`);
    }
    const tagIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .tagProblem */ .qH)(tag);
    if (tagIssue)
        bad(`"${tag}" is not a valid tag: ${tagIssue}`);
    if (digest !== undefined) {
        const digestIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .digestProblem */ .WQ)(digest);
        if (digestIssue)
            bad(`"${digest}" is not a valid digest: ${digestIssue}`);
        return { kind: 'tag', tag, digest };
    }
    return { kind: 'tag', tag };
}
/**
 * The tag `template` makes for a commit given as `sha` (7 to 40 hex). A template that needs
 * more of the SHA than given gets it from `expand` (git in the working directory); one
 * that needs anything but the SHA ({date}, {run}, {branch}, …) cannot be rendered from a
 * commit alone.
 */
async function tagForCommit(name, sha, template, expand) {
    const others = (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_12__/* .tokensOf */ .k8)(template).filter((t) => t !== 'sha');
    if (others.length > 0 || !(0,_tags_template_js__WEBPACK_IMPORTED_MODULE_12__/* .tokensOf */ .k8)(template).includes('sha')) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${name}=${sha}: tag-template "${template}" ${others.length > 0 ? `uses {${others.join('}, {')}}` : 'has no {sha}'}, so a commit alone does not say its tag — give the tag itself`);
    }
    const needed = Math.max(...(0,_tags_template_js__WEBPACK_IMPORTED_MODULE_12__/* .parseTemplate */ .QC)(template).map((p) => ('token' in p ? (p.length ?? 40) : 0)));
    let full = sha;
    if (sha.length < needed) {
        const expanded = await expand(sha);
        if (expanded === undefined) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${name}=${sha}: tag-template "${template}" needs ${needed} hex digits of the commit and ${sha} is no commit in this git repository — give the full SHA or the tag`);
        }
        full = expanded;
    }
    try {
        return (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_12__/* .renderTemplate */ .Xm)(template, { sha: full, date: new Date() });
    }
    catch (err) {
        if (err instanceof _tags_template_js__WEBPACK_IMPORTED_MODULE_12__/* .TemplateError */ .$w) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${name}=${sha}: ${err.message}`);
        }
        throw err;
    }
}
/** `NAME=VALUE` flags (--key, --value) → a map; the names must be images being deployed. */
function namedFlags(flag, values, names) {
    const out = new Map();
    for (const v of values) {
        const eq = v.indexOf('=');
        const name = eq > 0 ? v.slice(0, eq) : '';
        const value = eq > 0 ? v.slice(eq + 1) : '';
        if (name === '' || value === '') {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${flag} "${v}" is not NAME=VALUE`);
        }
        if (!names.has(name)) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${flag} ${v}: ${name} is not one of the images being deployed (${[...names].join(', ')})`);
        }
        out.set(name, value);
    }
    return out;
}
/** An image deploy knows by name only; its repository is decided by repositoryFor. */
function adHocImage(name) {
    return {
        name,
        // Replaced before use (repositoryFor); the overlay reader does not look at it.
        repository: (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .parseReference */ .F2)('localhost/unknown'),
        context: '.',
        dockerfile: 'Dockerfile',
        paths: [],
        buildArgs: {},
        platforms: [],
        value: 'auto',
    };
}
/** Inputs that mean something to the action run only: deploy reads the file without them. */
const RUN_ONLY = {
    mode: 'auto',
    'write-overlay': 'false',
    commit: 'false',
    'dry-run': 'false',
    overlay: '',
    'from-overlay': '',
    'overlay-repository': '',
    tag: '',
    'from-plan': '',
    'matrix-image': '',
    base: '',
};
/**
 * The --config file as a Config (its run-only inputs ignored), and which images it names.
 * Without --config, nothing but defaults.
 */
function loadConfig(path, ctx, workspace, registry, names) {
    if (path === undefined) {
        return { configured: new Set(), policy: (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .defaultPolicyConfig */ .m1)(), format: 'auto' };
    }
    const file = (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .fileInputSource */ .m)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, path), ctx.env);
    // The images list as the file holds it (parsed once, not written out and read back).
    const imagesData = file.structured?.('images');
    const hasImages = imagesData !== undefined || file.get('images').trim() !== '' || file.get('image').trim() !== '';
    const source = {
        structured: (name) => (name === 'images' ? imagesData : undefined),
        get: (name) => {
            const fixed = RUN_ONLY[name];
            if (fixed !== undefined)
                return fixed;
            if (name === 'registry' && registry !== undefined)
                return registry;
            // A file with only settings (registry, templates, key paths come from --key): the
            // images are the ones being deployed.
            if (name === 'images' && !hasImages)
                return names.map((n) => `- name: "${n}"`).join('\n');
            return file.get(name);
        },
    };
    const config = (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(source, { workspace });
    return {
        config,
        configured: new Set(hasImages ? config.images.map((i) => i.name) : []),
        policy: config,
        // Checked by parseConfig; deploy blanks `overlay`, so the Config does not carry it.
        format: (file.get('overlay-format').trim() || 'auto'),
    };
}
/** The repository top-level holding `file`, or undefined when it is in no git repository. */
async function repositoryRoot(ctx, file) {
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), ctx.logger);
    const top = await git.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
    return top.exitCode === 0 && top.stdout.trim() !== '' ? top.stdout.trim() : undefined;
}
function commitLine(r) {
    const where = r.repository === '.' ? '' : ` in ${r.repository}`;
    if (!r.commit)
        return `commit: none${where}`;
    if (!r.committed)
        return `commit: ${r.commit}${where} already has this change`;
    return `commit: ${r.commit}${where}${r.pushed ? ` (pushed to ${r.branch ?? 'its branch'})` : ''}`;
}
/**
 * Where NAME's REF is looked up: a full reference's repository; else the image's in the
 * config (under --registry when given); else the registry joined with NAME; else the
 * repository the overlay already names for it (kustomize newName — or the entry's name —, the
 * repository of a full-reference value, the value at helm-repository-key).
 */
function repositoryFor(name, ref, from) {
    if (ref.kind === 'reference')
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .withTagAndDigest */ .gh)(ref.ref);
    if (from.configured)
        return from.configured.repository;
    if (from.registry !== undefined) {
        try {
            return (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .joinRepository */ .pA)(from.registry, name);
        }
        catch (err) {
            if (!(err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_9__/* .ReferenceError */ .AF))
                throw err;
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${name} under ${from.registry} is not a repository: ${err.reason}`);
        }
    }
    const current = from.overlay.images.get(name);
    const written = current?.found === true
        ? (current.value.repository ?? (from.overlay.format === 'kustomize' ? name : undefined))
        : undefined;
    if (written !== undefined) {
        try {
            return (0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .parseRepositoryName */ .$M)(written);
        }
        catch (err) {
            if (!(err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_9__/* .ReferenceError */ .AF))
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`image-promote deploy: ${from.overlay.overlay.path} names "${written}" as the repository of ${name}, which is not a repository (${err.reason}) — give --registry or a full reference`);
        }
    }
    throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: no repository for ${name}: ${from.overlay.overlay.path} does not name one, so give --registry (e.g. ghcr.io/acme), a --config that lists ${name} under images, or a full reference (${name}=ghcr.io/acme/${name}:TAG)`);
}
async function deployCommand(ctx) {
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_13__/* .parseFlags */ .bQ)('deploy', ctx.args, {
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
        help: { type: 'boolean', short: 'h' },
    }, true);
    if (values.help) {
        ctx.stdout(`${HELP}\n`);
        return 0;
    }
    const [overlayArg, ...pairs] = positionals;
    if (overlayArg === undefined || pairs.length === 0) {
        throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: expected OVERLAY and at least one NAME=REF\n\n${HELP}`);
    }
    const requests = [];
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: "${pair}" is not NAME=REF (e.g. web=1a2b3c4, web=sha-1a2b3c4)`);
        }
        const name = pair.slice(0, eq);
        if (requests.some((r) => r.name === name)) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: ${name} is named twice`);
        }
        requests.push({ name, ref: parseDeployRef(name, pair.slice(eq + 1)) });
    }
    const names = new Set(requests.map((r) => r.name));
    const keys = namedFlags('--key', values.key ?? [], names);
    for (const [name, key] of keys) {
        const problem = (0,_overlay_key_path_js__WEBPACK_IMPORTED_MODULE_7__/* .keyPathProblem */ .Q2)(key);
        if (problem)
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: --key ${name}=${key}: ${problem}`);
    }
    const shapes = namedFlags('--value', values.value ?? [], names);
    for (const [name, shape] of shapes) {
        if (!_config_types_js__WEBPACK_IMPORTED_MODULE_15__/* .VALUE_SHAPES */ .B0.includes(shape)) {
            throw new _context_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`image-promote deploy: --value ${name}=${shape}: use one of ${_config_types_js__WEBPACK_IMPORTED_MODULE_15__/* .VALUE_SHAPES */ .B0.join(', ')}`);
        }
    }
    if (values.message !== undefined)
        (0,_overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_6__/* .checkCommitTemplate */ .cD)(values.message, '--message');
    const registryFlag = values.registry?.replace(/\/+$/, '');
    // Where things are: the overlay, the repository holding it, the config.
    const file = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .overlayFile */ .tg)('deploy', ctx.cwd, overlayArg);
    const { workspace, configPath } = await (0,_context_js__WEBPACK_IMPORTED_MODULE_13__/* .workspaceAndConfig */ .Xb)(ctx, values.config);
    const cwdGit = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(ctx.cwd, ctx.logger);
    if (configPath !== undefined && values.config === undefined) {
        ctx.logger.debug(`deploy: using ${configPath}`);
    }
    const { config, configured, policy: policyConfig, format, } = loadConfig(configPath, ctx, workspace, registryFlag, [...names]);
    const registry = registryFlag ?? config?.registry;
    const policy = (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .cliTagPolicy */ .Tr)(policyConfig);
    const pinDigest = (values['pin-digest'] ?? false) || (config?.pinDigest ?? false);
    const createMissing = (values['create-missing'] ?? false) || (config?.createMissing ?? false);
    // The images as the overlay knows them (key paths and shapes from the config or flags).
    const images = requests.map(({ name }) => {
        const configuredImage = configured.has(name)
            ? config?.images.find((i) => i.name === name)
            : undefined;
        const image = { ...(configuredImage ?? adHocImage(name)) };
        const key = keys.get(name);
        if (key !== undefined)
            image.key = key;
        const shape = shapes.get(name);
        if (shape !== undefined)
            image.value = shape;
        return image;
    });
    const overlay = { file, path: overlayArg, format };
    const state = await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readOverlay */ .re)(overlay, images);
    for (const w of state.warnings)
        ctx.logger.warning(w);
    const commitMode = values.push ? 'push' : values.commit ? 'commit' : undefined;
    const dryRun = values['dry-run'] ?? false;
    let repo;
    if (commitMode !== undefined && !dryRun) {
        // A change that cannot be committed (or pushed) is refused before the file is touched.
        // Its label is relative to the repository of the working directory ('.' for that one).
        repo = await (0,_gitops_index_js__WEBPACK_IMPORTED_MODULE_5__/* .locateRepository */ .ZX)(file, { cwd: ctx.cwd, workspace, logger: ctx.logger });
        if (commitMode === 'push' && (repo.remote === undefined || repo.branch === undefined)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`image-promote deploy: cannot --push from ${repo.label}: ${repo.remote === undefined ? 'the repository has no remote' : 'HEAD is detached; check out the branch to deploy to'} — nothing was written`);
        }
    }
    // Each image: its repository, and the tag and/or digest to verify.
    const expand = async (sha) => {
        const r = await cwdGit.run(['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    };
    const targets = [];
    for (const [i, { name, ref }] of requests.entries()) {
        const repository = repositoryFor(name, ref, {
            configured: configured.has(name) ? images[i] : undefined,
            registry,
            overlay: state,
        });
        const image = { ...images[i], repository };
        const target = { name, image, repository };
        if (ref.kind === 'commit') {
            target.sha = ref.sha;
            target.tag = await tagForCommit(name, ref.sha, policyConfig.tagTemplate, expand);
        }
        else if (ref.kind === 'tag') {
            target.tag = ref.tag;
            if (ref.digest !== undefined)
                target.digest = ref.digest;
        }
        else if (ref.kind === 'digest') {
            target.digest = ref.digest;
        }
        else {
            if (ref.ref.tag !== undefined)
                target.tag = ref.ref.tag;
            if (ref.ref.digest !== undefined)
                target.digest = ref.ref.digest;
        }
        targets.push(target);
    }
    // The allow-list first (no registry needed to refuse), then the registry.
    const refused = [];
    for (const t of targets) {
        if (t.tag === undefined || t.digest !== undefined || pinDigest)
            continue;
        const why = policy.mutableReason(t.tag);
        if (why) {
            refused.push(`${t.name}: ${(0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_11__/* .mutableTagRefusal */ .xo)(why, `add --pin-digest to write ${t.tag}@<its digest now>, or deploy an immutable tag (sha-1a2b3c4, v1.2.3)`)}`);
        }
    }
    if (refused.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`image-promote deploy: refused, nothing was written:\n  ${refused.join('\n  ')}`);
    }
    const provider = (0,_registry_provider_js__WEBPACK_IMPORTED_MODULE_10__/* .createRegistryProvider */ .n)({
        ...ctx.registry,
        logger: ctx.logger,
        env: ctx.env,
        insecureRegistries: [
            ...(values['insecure-registry'] ?? []),
            ...(config?.insecureRegistries ?? []),
        ],
    });
    const verified = await Promise.all(targets.map((t) => (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .verifyImage */ .ZG)(provider, t.repository, t.tag, t.digest)));
    const problems = verified
        .map((v, i) => ('problem' in v ? `${targets[i]?.name ?? '?'}: ${v.problem}` : undefined))
        .filter((p) => p !== undefined);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`image-promote deploy: not deployed, nothing was written:\n  ${problems.join('\n  ')}`);
    }
    const found = verified;
    // Plan the edit from the file as read, write it, commit it.
    const updates = targets.map((t, i) => ({
        image: t.image,
        repository: t.repository.name,
        ...(t.tag !== undefined ? { tag: t.tag } : {}),
        digest: found[i].digest,
    }));
    const options = {
        pinDigest,
        createMissing,
        isImmutable: (tag) => policy.isImmutable(tag),
    };
    const replan = async () => (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_8__/* .planOverlayEdit */ .cC)(await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readOverlay */ .re)(overlay, images), updates, options);
    const edit = (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_8__/* .planOverlayEdit */ .cC)(state, updates, options);
    const writeRoot = repo?.root ?? (await repositoryRoot(ctx, file)) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file);
    if (!dryRun && edit.changed)
        await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeOverlayEdits */ .vP)([edit], { root: writeRoot });
    for (const [i, t] of targets.entries()) {
        const digest = found[i].digest;
        const change = edit.changes.find((c) => c.image === t.name);
        ctx.stdout(change
            ? `${t.name}: ${change.from ?? '(none)'} → ${change.to} (${digest})\n`
            : `${t.name}: already ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .formatReference */ .FH)((0,_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .withTagAndDigest */ .gh)(t.repository, t.tag))} (${digest}), unchanged\n`);
    }
    if (dryRun) {
        ctx.logger.info(`dry run: ${edit.changed ? `${overlayArg} would change` : `${overlayArg} already says that`}; nothing was written`);
        return 0;
    }
    if (commitMode === undefined) {
        if (!edit.changed)
            ctx.logger.info(`${overlayArg} already says that; nothing written`);
        return 0;
    }
    const shas = new Set(targets.map((t) => t.sha));
    const [sha] = shas.size === 1 ? [...shas] : [undefined];
    const message = (0,_overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_6__/* .renderCommitMessage */ .jq)(values.message ?? config?.commitMessage ?? _overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_COMMIT_MESSAGE */ .Kb, {
        ...(config?.environment ? { environment: config.environment } : {}),
        ...(sha ? { sha } : {}),
        changes: edit.changes.map(_overlay_commit_message_js__WEBPACK_IMPORTED_MODULE_6__/* .commitMessageChange */ .Vv),
    });
    if (repo === undefined)
        throw new Error('internal error: deploy commits without a repository');
    const result = await (0,_gitops_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writeBack */ .XU)(repo, [file], {
        mode: commitMode,
        message,
        // A deploy from a laptop is the person's commit, not the bot's.
        author: 'user',
        logger: ctx.logger,
        reapply: async () => {
            const again = await replan();
            if (again.changed)
                await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeOverlayEdits */ .vP)([again], { root: writeRoot });
        },
    });
    ctx.stdout(`${commitLine(result)}\n`);
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


/***/ }),

/***/ 6559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zu: () => (/* reexport */ commitFiles),
  ZX: () => (/* reexport */ repository/* locateRepository */.ZX),
  XU: () => (/* reexport */ writeBack)
});

// UNUSED EXPORTS: BOT_EMAIL, BOT_NAME, basicCredentials, cloneOverlayRepository, commitOverlays, createPullRequestApi, githubRepositoryOf, gitopsOutputs, groupByRepository, isHttpUrl, proposeChange, pullRequestFields, repositoryUrl, sparseDirectories, summarizeCommits, tokenEnv, withoutCredentials

// EXTERNAL MODULE: ./src/gitops/clone.ts
var clone = __webpack_require__(837);
// EXTERNAL MODULE: ./src/gitops/commit.ts
var gitops_commit = __webpack_require__(8007);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/gitops/github.ts
/**
 * The pull requests `commit: pull-request` opens and updates, through the GitHub REST API
 * with the toolkit's Octokit. @actions/github is imported lazily: most runs never open a
 * pull request and must not load it.
 */



function pullOf(p) {
    return { number: p.number, url: p.html_url, title: p.title, body: p.body ?? '' };
}
/** An API failure as something a user can act on, without anything the server echoed back. */
function apiError(err, what, options) {
    const status = err.status;
    const message = err instanceof Error ? err.message : String(err);
    const where = `${options.owner}/${options.repo}`;
    const hint = status === 401
        ? 'the token was refused; check overlay-token / github-token'
        : status === 403 || status === 404
            ? `the token needs "pull-requests: write" and "contents: write" on ${where} (a fine-grained token or a GitHub App token for another repository; the job token only reaches its own)`
            : status === 422
                ? 'GitHub refused the pull request (is the branch based on the target branch, and are pull requests enabled?)'
                : undefined;
    return new errors/* UserError */.yo((0,redact/* redact */.E$)(`could not ${what} in ${where}: ${message}${typeof status === 'number' ? ` (HTTP ${status})` : ''}${hint ? ` — ${hint}` : ''}`));
}
async function createPullRequestApi(options) {
    const logger = options.logger ?? log/* silentLogger */.q;
    logger.mask(options.token);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    const { owner, repo } = options;
    return {
        async findOpen(head, base) {
            try {
                const pulls = await octokit.paginate(octokit.rest.pulls.list, {
                    owner,
                    repo,
                    state: 'open',
                    head: `${owner}:${head}`,
                    base,
                    per_page: 100,
                });
                const found = pulls.find((p) => p.head.ref === head && p.base.ref === base);
                return found ? pullOf(found) : undefined;
            }
            catch (err) {
                throw apiError(err, 'list pull requests', options);
            }
        },
        async create(head, base, fields) {
            try {
                const r = await octokit.rest.pulls.create({ owner, repo, head, base, ...fields });
                return pullOf(r.data);
            }
            catch (err) {
                throw apiError(err, `open a pull request from ${head} into ${base}`, options);
            }
        },
        async update(number, fields) {
            try {
                const r = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...fields });
                return pullOf(r.data);
            }
            catch (err) {
                throw apiError(err, `update pull request #${number}`, options);
            }
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/gitops/pull-request.ts
/**
 * `commit: pull-request`: the overlay change as one commit on top of the target branch's
 * tip, force-pushed to a branch image-promote owns (`image-promote/<environment>`), and one
 * pull request from it, opened or updated. The commit is built with a private index and
 * `commit-tree`: the checkout's branch, HEAD and index stay as they were.
 *
 * Idempotent: when the branch already holds exactly this change (same parent, same tree)
 * nothing is pushed, and an open pull request is returned as it is (its title and body
 * updated only when they differ).
 */






/** Subject → title; the rest (after the blank line) → body. */
function pullRequestFields(message) {
    const text = (0,redact/* redact */.E$)(message).replace(/\r\n/g, '\n').trim();
    const [subject = '', ...rest] = text.split('\n');
    return { title: subject.trim(), body: rest.join('\n').trim() };
}
/** Tree and parents from the raw commit object (a shallow clone's grafts do not hide them). */
async function commitInfo(repo, commit) {
    const r = await repo.git.run(['cat-file', 'commit', commit], { allowFailure: true });
    if (r.exitCode !== 0)
        return undefined;
    const header = r.stdout.split('\n\n')[0] ?? '';
    const tree = /^tree ([0-9a-f]+)$/m.exec(header)?.[1];
    if (tree === undefined)
        return undefined;
    const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? '');
    return { tree, parents };
}
/** The tip of `branch` on the remote, or undefined when the branch does not exist. */
async function remoteBranchTip(repo, remote, branch) {
    const r = await repo.git.run(['ls-remote', '--heads', remote, `refs/heads/${branch}`], {
        allowFailure: true,
    });
    if (r.exitCode !== 0) {
        throw new errors/* UserError */.yo((0,redact/* redact */.E$)(`cannot read the branches of ${repo.label}: ${(0,gitops_commit/* lastLine */.fM)(r.stderr)}`));
    }
    const line = r.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split('\t')[0];
}
/** The tree of the target's tip with the work tree's `paths`, written with a private index. */
async function treeWith(repo, base, paths) {
    const gitDir = (await repo.git.run(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    const index = (0,external_node_path_.join)(gitDir, `image-promote-${process.pid}-${Date.now()}.index`);
    const env = { GIT_INDEX_FILE: index };
    try {
        await repo.git.run(['read-tree', base], { env });
        await repo.git.run(['update-index', '--add', '--remove', '--', ...paths], { env });
        return (await repo.git.run(['write-tree'], { env })).stdout.trim();
    }
    finally {
        await (0,promises_.rm)(index, { force: true });
    }
}
async function proposeChange(repo, params) {
    const logger = params.logger ?? log/* silentLogger */.q;
    const { remote } = repo;
    const base = params.base ?? repo.branch;
    if (remote === undefined) {
        throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: the repository has no remote to push to`);
    }
    if (base === undefined) {
        throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: HEAD is detached and no target branch was given; check out a branch`);
    }
    if (base === params.head) {
        throw new errors/* UserError */.yo(`pull-request-branch "${params.head}" is the branch the pull request targets; choose another one`);
    }
    const paths = await (0,gitops_commit/* repositoryPaths */.D4)(repo.git, params.files);
    const baseTip = await (0,gitops_commit/* fetchBranchTip */.kR)(repo.git, remote, base);
    // The edit was made on HEAD's content; when the target has other content, redo it there.
    const head = await (0,gitops_commit/* headCommit */.Qo)(repo.git);
    const differ = await repo.git.run(['diff', '--quiet', head, baseTip, '--', ...paths], {
        allowFailure: true,
    });
    if (differ.exitCode !== 0) {
        logger.info(`${base} has moved on ${remote}; applying the overlay change on top of it`);
        await repo.git.run(['restore', `--source=${baseTip}`, '--worktree', '--', ...paths]);
        await params.reapply(params.files);
    }
    const tree = await treeWith(repo, baseTip, paths);
    const baseInfo = await commitInfo(repo, baseTip);
    if (baseInfo?.tree === tree) {
        logger.info(`${base} already has the overlay change; no pull request needed`);
        return { commit: baseTip, committed: false, pushed: false, branch: params.head };
    }
    const fields = pullRequestFields(params.message);
    const branchTip = await remoteBranchTip(repo, remote, params.head);
    let commit;
    if (branchTip !== undefined) {
        await repo.git.run(['fetch', '--no-tags', '--no-recurse-submodules', remote, `refs/heads/${params.head}`], { allowFailure: true });
        const info = await commitInfo(repo, branchTip);
        if (info?.tree === tree && info.parents.length === 1 && info.parents[0] === baseTip) {
            commit = branchTip;
        }
    }
    let pushed = false;
    const committed = commit === undefined;
    if (commit === undefined) {
        commit = (await repo.git.run(['commit-tree', tree, '-p', baseTip, '-F', '-'], {
            env: gitops_commit/* BOT_ENV */.yN,
            input: (0,redact/* redact */.E$)(params.message),
        })).stdout.trim();
        // The branch belongs to image-promote: whatever it held is replaced.
        const push = await repo.git.run([
            'push',
            '--porcelain',
            '--no-verify',
            '--force',
            remote,
            `${commit}:refs/heads/${params.head}`,
        ], { allowFailure: true });
        if (push.exitCode !== 0) {
            throw new errors/* UserError */.yo((0,redact/* redact */.E$)(`git push of ${params.head} to ${repo.label} failed: ${(0,gitops_commit/* lastLine */.fM)(push.stderr)}`));
        }
        pushed = true;
        logger.info(`pushed the overlay change to ${params.head} on ${repo.label}`);
    }
    else {
        logger.info(`${params.head} on ${repo.label} already holds this change; nothing to push`);
    }
    const open = await params.api.findOpen(params.head, base);
    if (open) {
        const same = open.title === fields.title && open.body.trim() === fields.body;
        const pr = same ? open : await params.api.update(open.number, fields);
        if (!same)
            logger.info(`updated pull request #${pr.number}: ${pr.url}`);
        return {
            commit,
            committed,
            pushed,
            branch: params.head,
            pullRequest: { number: pr.number, url: pr.url, created: false, updated: !same },
        };
    }
    const pr = await params.api.create(params.head, base, fields);
    logger.info(`opened pull request #${pr.number}: ${pr.url}`);
    return {
        commit,
        committed,
        pushed,
        branch: params.head,
        pullRequest: { number: pr.number, url: pr.url, created: true, updated: false },
    };
}

// EXTERNAL MODULE: ./src/gitops/repository.ts
var repository = __webpack_require__(2882);
;// CONCATENATED MODULE: ./src/gitops/write-back.ts
/**
 * Getting an overlay change into the repository that holds the overlay: commit it, commit
 * and push it (rebase-retry), or propose it as a pull request. One result per repository;
 * a change that was asked to land and did not is an error, never a quiet no-op.
 */






function pushTarget(repo) {
    if (repo.remote === undefined) {
        throw new errors/* UserError */.yo(`cannot push the overlay change in ${repo.label}: the repository has no remote`);
    }
    if (repo.branch === undefined) {
        throw new errors/* UserError */.yo(`cannot push the overlay change in ${repo.label}: HEAD is detached and no target branch was given; check out a branch (actions/checkout \`ref: main\`)`);
    }
    return { remote: repo.remote, branch: repo.branch };
}
/** Commits (and pushes, or proposes) `files`, all held by `repo`. */
async function writeBack(repo, files, options) {
    const logger = options.logger ?? log/* silentLogger */.q;
    if (options.mode === 'pull-request') {
        const pr = options.pullRequest;
        if (pr === undefined)
            throw new Error('writeBack: mode pull-request needs pullRequest');
        let api = pr.api;
        if (api === undefined) {
            if (repo.github === undefined) {
                throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: its remote (${repo.remoteUrl ?? 'none'}) is not a GitHub repository`);
            }
            if (!pr.token) {
                throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: no token (set github-token or overlay-token)`);
            }
            api = await createPullRequestApi({
                ...repo.github,
                token: pr.token,
                ...(pr.apiUrl ? { baseUrl: pr.apiUrl } : {}),
                logger,
            });
        }
        const r = await proposeChange(repo, {
            files,
            message: options.message,
            head: pr.branch,
            reapply: options.reapply,
            api,
            logger,
        });
        return {
            repository: repo.label,
            commit: r.commit,
            committed: r.committed,
            pushed: r.pushed,
            branch: r.pullRequest ? r.branch : (repo.branch ?? r.branch),
            ...(r.pullRequest
                ? { pullRequest: { number: r.pullRequest.number, url: r.pullRequest.url } }
                : {}),
        };
    }
    const push = options.mode === 'push';
    const target = push ? pushTarget(repo) : undefined;
    const r = await (0,gitops_commit/* commitOverlays */.Ro)(repo.git, {
        files,
        message: options.message,
        push,
        ...(target ?? {}),
        reapply: options.reapply,
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.author ? { author: options.author } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        logger,
    });
    return {
        repository: repo.label,
        commit: r.sha,
        committed: r.committed,
        pushed: r.pushed,
        ...(target ? { branch: target.branch } : repo.branch ? { branch: repo.branch } : {}),
    };
}
/**
 * "Commit (and push) the files F in the repositories that hold them, with message M": the
 * files are grouped by repository (one commit each, in the order the files come) and
 * written back one repository after the other. The engine's write uses it; a caller that
 * has located the one repository already (`deploy`, before it writes) calls writeBack.
 */
async function commitFiles(files, options) {
    const groups = await (0,repository/* groupByRepository */.fr)(files, options);
    const results = [];
    for (const { repository, files: held } of groups) {
        results.push(await writeBack(repository, held, options));
    }
    return results;
}

;// CONCATENATED MODULE: ./src/gitops/index.ts
/**
 * Where the overlay lives, and how its change gets there: the repository that holds each
 * overlay file (a nested checkout is its own repository), a separate GitOps repository
 * cloned for the run, and the write-back modes (commit, push with rebase-retry, pull
 * request). See docs/gitops.md.
 */










/***/ })

};
