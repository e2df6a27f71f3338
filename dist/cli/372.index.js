export const id = 372;
export const ids = [372,662];
export const modules = {

/***/ 80662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canHold: () => (/* binding */ canHold),
/* harmony export */   onlyValuesChanged: () => (/* binding */ onlyValuesChanged),
/* harmony export */   readOverlayFor: () => (/* binding */ readOverlayFor),
/* harmony export */   readOverlayStates: () => (/* binding */ readOverlayStates),
/* harmony export */   readOverlayTextFor: () => (/* binding */ readOverlayTextFor),
/* harmony export */   updatesFor: () => (/* binding */ updatesFor)
/* harmony export */ });
/* harmony import */ var _config_images_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70286);
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19452);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23657);



function imagesIn(images, path) {
    const all = images.map((i) => (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(i, path));
    return { all, keyed: all.filter((i, n) => i.key !== undefined || !images[n]?.keyByFile) };
}
function complete(state, all, keyed) {
    if (keyed === all.length)
        return state;
    if (state.format === 'kustomize')
        return (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readOverlayText */ .e)(state.text, state.overlay, all);
    const images = new Map(state.images);
    for (const { name } of all)
        if (!images.has(name))
            images.set(name, { name, found: false, value: {} });
    return { ...state, images };
}
function readOverlayTextFor(text, overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete((0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readOverlayText */ .e)(text, overlay, keyed), all, keyed.length);
}
async function readOverlayFor(overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete(await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readOverlay */ .re)(overlay, keyed), all, keyed.length);
}
function readOverlayStates(overlays, images) {
    return Promise.all(overlays.map((o) => readOverlayFor(o, images)));
}
function updatesFor(state, updates) {
    const path = state.overlay.path;
    return updates.map((u) => ({
        ...u,
        image: state.format === 'kustomize' ? (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(u.image, path) : (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .requireImageFor */ .O2)(u.image, path),
    }));
}
function canHold(state, image) {
    return state.format === 'kustomize' || (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(image, state.overlay.path).key !== undefined;
}
function onlyValuesChanged(state, old, images, updates, options) {
    const before = readOverlayTextFor(old, state.overlay, images);
    return (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .planOverlayEdit */ .cC)(before, updatesFor(before, updates), options).after.equals(state.bytes);
}


/***/ }),

/***/ 46372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeOverlays: () => (/* binding */ writeOverlays)
});

// UNUSED EXPORTS: overlayUpdates

// EXTERNAL MODULE: ./src/overlay/commit-message.ts
var commit_message = __webpack_require__(19153);
// EXTERNAL MODULE: ./src/record/trailers.ts
var trailers = __webpack_require__(12785);
// EXTERNAL MODULE: ./src/overlay/overlay-files.ts + 2 modules
var overlay_files = __webpack_require__(19452);
// EXTERNAL MODULE: ./src/gitops/auth.ts
var auth = __webpack_require__(44040);
// EXTERNAL MODULE: ./src/gitops/clone.ts
var clone = __webpack_require__(10837);
// EXTERNAL MODULE: ./src/gitops/commit.ts
var commit = __webpack_require__(98007);
// EXTERNAL MODULE: ./src/gitops/github.ts
var github = __webpack_require__(41221);
// EXTERNAL MODULE: ./src/gitops/pull-request.ts
var pull_request = __webpack_require__(48833);
// EXTERNAL MODULE: ./src/gitops/repository.ts
var repository = __webpack_require__(32882);
// EXTERNAL MODULE: ./src/gitops/write-back.ts
var write_back = __webpack_require__(38939);
;// CONCATENATED MODULE: ./src/gitops/index.ts









// EXTERNAL MODULE: ./src/engine/overlay-state.ts
var overlay_state = __webpack_require__(80662);
;// CONCATENATED MODULE: ./src/engine/write.ts





function overlayUpdates(outcomes, facts, pinDigest) {
    const updates = [];
    for (const o of outcomes) {
        const d = o.decision;
        if (d.kind === 'write-unverified' && o.status === 'unverified') {
            const { repository, tag, digest } = d.write;
            updates.push({
                image: d.image,
                repository: repository.name,
                ...(tag ? { tag } : {}),
                ...(digest ? { digest } : {}),
                ...(tag && digest ? { pin: true } : {}),
            });
            continue;
        }
        if (o.status !== 'verified' || !o.target)
            continue;
        const repository = o.target.repository.name;
        if (d.kind === 'keep') {
            const value = facts.images.find((f) => f.image.name === d.image.name)?.deployed?.value;
            if (pinDigest && value?.tag && value.digest !== o.target.digest) {
                updates.push({ image: d.image, repository, tag: value.tag, digest: o.target.digest });
            }
            continue;
        }
        if (d.kind !== 'tag' && d.kind !== 'build')
            continue;
        const digest = d.kind === 'tag' ? (d.write.digest ?? o.target.digest) : o.target.digest;
        const tag = d.write.tag;
        const pin = d.kind === 'tag' && d.write.digest !== undefined && tag !== undefined;
        updates.push({
            image: d.image,
            repository,
            ...(tag !== undefined ? { tag } : {}),
            digest,
            ...(pin ? { pin } : {}),
        });
    }
    return updates;
}
function write_assign(states, updates) {
    return states
        .map((state, i) => ({
        state,
        updates: updates.filter((u) => {
            const holders = states.filter((s) => s.images.get(u.image.name)?.found);
            if (holders.length > 0)
                return holders.includes(state);
            const able = states.findIndex((s) => (0,overlay_state.canHold)(s, u.image));
            return i === (able === -1 ? 0 : able);
        }),
    }))
        .filter((a) => a.updates.length > 0);
}
function changeTable(changes) {
    if (changes.length === 0)
        return '';
    const rows = changes.map((c) => `| ${c.image} | ${c.from ?? '(none)'} | ${c.to} |`);
    return ['| Image | From | To |', '| --- | --- | --- |', ...rows].join('\n');
}
async function writeOverlays(outcomes, facts, deps, placement, record) {
    const { config, policy } = deps;
    const updates = overlayUpdates(outcomes, facts, config.pinDigest);
    if (updates.length === 0)
        return { files: [], changed: false, commits: [], changes: [], texts: [] };
    const options = {
        pinDigest: config.pinDigest,
        createMissing: config.createMissing,
        isImmutable: (tag) => !config.registryCheck || policy.isImmutable(tag),
    };
    const plan = (states) => write_assign(states, updates).map(({ state, updates: mine }) => (0,overlay_files/* planOverlayEdit */.cC)(state, (0,overlay_state.updatesFor)(state, mine), options));
    const edits = plan(facts.overlays);
    const changed = edits.filter((e) => e.changed);
    const planned = {
        files: changed.map((e) => e.overlay.path),
        changed: changed.length > 0,
        changes: edits.flatMap((e) => e.changes.map((c) => ({ ...c, overlay: e.overlay.path }))),
        texts: changed.map((e) => ({ path: e.overlay.path, after: e.after })),
    };
    if (config.dryRun)
        return { ...planned, commits: [] };
    await (0,overlay_files/* writeOverlayEdits */.vP)(changed, { root: placement.root });
    const target = placement.writeBack;
    if (!target)
        return { ...planned, commits: [] };
    const targetFiles = edits.map((e) => e.overlay.file);
    const changes = edits.flatMap((e) => e.changes);
    const subject = (0,commit_message/* renderCommitMessage */.jq)(config.commitMessage, {
        ...(config.environment ? { environment: config.environment } : {}),
        sha: deps.trigger.head,
        changes: changes.map(commit_message/* commitMessageChange */.Vv),
    });
    const body = config.commit === 'pull-request' && changes.length > 0
        ? `${subject}\n\n${changeTable(changes)}\n\nProposed by image-promote for ${deps.trigger.head.slice(0, 7)}.`
        : subject;
    const message = record ? (0,trailers/* appendRecordTrailers */.wZ)(body, record) : body;
    const reapply = async (held) => {
        const states = await Promise.all(facts.overlays.map(async (s) => held.includes(s.overlay.file) ? (0,overlay_state.readOverlayFor)(s.overlay, config.images) : s));
        await (0,overlay_files/* writeOverlayEdits */.vP)(plan(states).filter((e) => e.changed && held.includes(e.overlay.file)), { root: placement.root });
    };
    const token = config.overlayRepository ? config.overlayRepository.token : config.githubToken;
    const writeOptions = {
        mode: target.mode,
        message,
        author: deps.author,
        reapply,
        logger: deps.logger,
        ...(deps.tally ? { tally: deps.tally } : {}),
        ...(config.commit === 'pull-request'
            ? {
                pullRequest: {
                    branch: config.pullRequestBranch,
                    ...(token ? { token } : {}),
                    env: deps.env,
                },
            }
            : {}),
    };
    const groups = target.groups
        .map((g) => ({ ...g, files: g.files.filter((f) => targetFiles.includes(f)) }))
        .filter((g) => g.files.length > 0);
    const results = await (0,write_back/* writeBackAll */.YE)(groups, writeOptions);
    return { ...planned, commits: results };
}


/***/ }),

/***/ 10837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloneOverlayRepository: () => (/* binding */ cloneOverlayRepository)
/* harmony export */ });
/* unused harmony exports repositoryUrl, repositoryTransport, checkOverlayRepository, sparseDirectories */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _changes_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45881);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73190);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71243);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25625);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76670);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44040);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(98007);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32882);












const OWNER_NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
function repositoryUrl(repository, env = process.env) {
    if (!OWNER_NAME.test(repository))
        return repository;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repository.replace(/\.git$/, '')}.git`;
}
function repositoryTransport(url) {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
        if (scheme === 'https' || scheme === 'http')
            return 'http';
        if (scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ssh+git')
            return 'ssh';
        if (scheme === 'git')
            return 'git';
        if (scheme === 'file')
            return 'local';
        return 'other';
    }
    if (/^[A-Za-z0-9][A-Za-z0-9+.-]*::/.test(url))
        return 'other';
    const colon = url.indexOf(':');
    const slash = url.indexOf('/');
    if (colon > 0 && (slash === -1 || colon < slash))
        return 'ssh';
    return 'local';
}
function checkOverlayRepository(repository, options) {
    const url = repositoryUrl(repository, {});
    const transport = repositoryTransport(url);
    if (transport === 'other') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`overlay-repository ${(0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)((0,_auth_js__WEBPACK_IMPORTED_MODULE_9__/* .withoutCredentials */ .ri)(url))} is not an https://, ssh:// or git:// URL (nor owner/name); give one of those`);
    }
    if (transport === 'local' && !options.allowLocal) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`overlay-repository ${(0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)((0,_auth_js__WEBPACK_IMPORTED_MODULE_9__/* .withoutCredentials */ .ri)(url))} is a repository on this machine; give owner/name or an https:// or ssh:// URL, or set allow-local-overlay-repository: true if a local repository is intended`);
    }
    return transport;
}
function sparseDirectories(paths) {
    const dirs = new Set();
    for (const p of paths) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(p.replace(/\\/g, '/'));
        if (dir !== '.' && dir !== '')
            dirs.add(dir);
    }
    return [...dirs].sort();
}
async function checkOverlayFile(root, path, label, branch) {
    const parts = path.replace(/\\/g, '/').split('/');
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join('/');
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, at)).catch(() => undefined);
        if (info === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`overlay ${path} does not exist in ${label} (branch ${branch})`);
        }
        if (info.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`overlay ${path} in ${label} ${at === path ? 'is a symbolic link' : `lies under the symbolic link ${at}`}; image-promote does not follow links in overlay-repository — commit the file itself at that path`);
        }
        if (i === parts.length && !info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`overlay ${path} in ${label} is not a file (branch ${branch})`);
        }
    }
}
async function cloneOverlayRepository(config, paths, options = {}) {
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_7__/* .silentLogger */ .qq;
    const env = options.env ?? process.env;
    const execFn = options.exec ?? _exec_js__WEBPACK_IMPORTED_MODULE_5__.exec;
    const transport = checkOverlayRepository(config.repository, {
        allowLocal: options.allowLocalRepository === true,
    });
    const url = repositoryUrl(config.repository, env);
    const cleanUrl = (0,_auth_js__WEBPACK_IMPORTED_MODULE_9__/* .withoutCredentials */ .ri)(url);
    const label = OWNER_NAME.test(config.repository) ? config.repository : cleanUrl;
    const what = `overlay-repository ${label}`;
    const allowed = {
        ...options.gitEnv,
        GIT_ALLOW_PROTOCOL: transport === 'local' ? 'file' : 'https:http:ssh:git',
    };
    const policy = { serverUrl: env.GITHUB_SERVER_URL, githubToken: options.githubToken };
    const { env: gitEnv, notSent: tokenNotSent } = config.token
        ? (0,_auth_js__WEBPACK_IMPORTED_MODULE_9__/* .withToken */ .ub)(cleanUrl, config.token, policy, what, logger, allowed)
        : { env: allowed, notSent: undefined };
    const tokenHint = tokenNotSent ??
        (config.token
            ? 'check that overlay-token can read it (contents: read; write to commit)'
            : 'a private repository needs overlay-token');
    const failure = (stderr, doing) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)((0,_auth_js__WEBPACK_IMPORTED_MODULE_9__/* .redirectProblem */ .uc)(stderr, what) ?? `${doing} ${what}: ${(0,_commit_js__WEBPACK_IMPORTED_MODULE_10__/* .lastLine */ .fM)(stderr)} — ${tokenHint}`);
    if (config.branch !== undefined)
        (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .branchName */ .at)(config.branch, 'overlay-branch');
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.tempRoot ?? env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'image-promote-gitops-'));
    const cleanup = async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    };
    try {
        const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
        const git = new _git_js__WEBPACK_IMPORTED_MODULE_6__/* .Git */ .TU(root, logger, execFn, gitEnv);
        let branch = config.branch;
        if (branch === undefined) {
            let head;
            try {
                head = await git.lsRemoteSymref(url);
            }
            catch (err) {
                const stderr = err instanceof _exec_js__WEBPACK_IMPORTED_MODULE_5__.ExecError ? err.stderr : (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(failure(stderr, 'cannot read'));
            }
            if (head === undefined || !head.startsWith('refs/heads/')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${what} has no default branch (is it empty?); set overlay-branch`);
            }
            branch = head.slice('refs/heads/'.length);
            if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .isBranchName */ .Q8)(branch)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${what} names ${(0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(branch)} as its default branch (HEAD), which is not a valid branch name; set overlay-branch to the branch to use`);
            }
        }
        logger.info(`cloning ${label} (${branch}, shallow, only the overlay directories)`);
        const clone = await git.run([
            'clone',
            '--quiet',
            '--depth=1',
            '--filter=blob:none',
            '--no-checkout',
            '--single-branch',
            '--no-tags',
            `--branch=${branch}`,
            '--',
            url,
            '.',
        ], { allowFailure: true });
        if (clone.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(/Remote branch .* not found/i.test((0,_commit_js__WEBPACK_IMPORTED_MODULE_10__/* .lastLine */ .fM)(clone.stderr))
                ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(`overlay-branch ${branch} does not exist in ${label}`)
                : failure(clone.stderr, 'cannot clone'));
        }
        await git.run(['sparse-checkout', 'set', '--cone', '--stdin'], {
            input: sparseDirectories(paths).join('\n') + '\n',
        });
        await git.run(['checkout', '--quiet', '-B', branch, `refs/remotes/origin/${branch}`]);
        for (const p of paths)
            await checkOverlayFile(root, p, label, branch);
        const history = new _changes_history_js__WEBPACK_IMPORTED_MODULE_3__/* .History */ .B(git, logger);
        const [owner = '', name = ''] = config.repository.split('/');
        const github = OWNER_NAME.test(config.repository)
            ? { owner, repo: name.replace(/\.git$/, '') }
            : (0,_repository_js__WEBPACK_IMPORTED_MODULE_11__/* .githubRepositoryOf */ .hl)(cleanUrl);
        return {
            root,
            label,
            git,
            branch,
            remote: 'origin',
            remoteUrl: cleanUrl,
            ...(github ? { github } : {}),
            async deepenUntil(found) {
                const head = await git.resolveCommit('HEAD');
                return history.deepenUntil(head ? [head] : [], found);
            },
            cleanup,
        };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}


/***/ }),

/***/ 75380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ sanitizeRecord),
/* harmony export */   _c: () => (/* binding */ rawRecord),
/* harmony export */   kK: () => (/* binding */ recordFromJson),
/* harmony export */   zO: () => (/* binding */ recordToJson)
/* harmony export */ });
/* unused harmony exports MAX_IMAGES, recordProblems */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3728);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92119);


const MAX_IMAGES = 1000;
function rawRecord(record) {
    return {
        version: String(record.version),
        ...(record.environment !== undefined ? { environment: record.environment } : {}),
        ...(record.configCommit !== undefined ? { configCommit: record.configCommit } : {}),
        ...(record.actor !== undefined ? { actor: record.actor } : {}),
        ...(record.run !== undefined ? { run: record.run } : {}),
        images: record.images.map((i) => ({
            name: i.name,
            kind: i.kind,
            to: i.to,
            ...(i.from !== undefined ? { from: i.from } : {}),
            ...(i.digest !== undefined ? { digest: i.digest } : {}),
            ...(i.source !== undefined ? { source: i.source } : {}),
            ...(i.rolledBackFrom !== undefined
                ? {
                    rolledBackFrom: i.rolledBackFrom.ref,
                    ...(i.rolledBackFrom.digest !== undefined
                        ? { rolledBackFromDigest: i.rolledBackFrom.digest }
                        : {}),
                }
                : {}),
        })),
    };
}
function sanitizeRecord(raw) {
    const ignored = [];
    if (raw.version === undefined)
        return { ignored: ['the record has no version'] };
    if (!/^[0-9]{1,9}$/.test(raw.version))
        return { ignored: ['the record version is not a number'] };
    const version = Number(raw.version);
    if (version !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_VERSION */ .h) {
        return {
            ignored: [
                version > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_VERSION */ .h
                    ? `the record has version ${version}, written by a newer image-promote: update image-promote to read it`
                    : `the record version ${version} is not one image-promote writes`,
            ],
        };
    }
    const field = (label, value, check) => {
        if (value === undefined)
            return undefined;
        const c = check(value);
        if (c.ok)
            return c.value;
        ignored.push(`${label} ${c.reason}`);
        return undefined;
    };
    const environment = field('the environment', raw.environment, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkText */ .qW);
    const configCommit = field('the config commit', raw.configCommit, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkCommit */ .su);
    const actor = field('the actor', raw.actor, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkText */ .qW);
    const run = field('the run URL', raw.run, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUrl */ .CU);
    const images = [];
    const seen = new Set();
    raw.images.forEach((img, index) => {
        if (images.length >= MAX_IMAGES) {
            if (images.length === MAX_IMAGES && index === MAX_IMAGES)
                ignored.push(`images after the first ${MAX_IMAGES}`);
            return;
        }
        const nameCheck = img.name === undefined ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkName */ .I3)(img.name);
        if (!nameCheck?.ok) {
            ignored.push(`image #${index + 1}: ${nameCheck ? `its name ${nameCheck.reason}` : 'it has no name'}`);
            return;
        }
        const name = nameCheck.value;
        if (seen.has(name)) {
            ignored.push(`image ${name}: listed twice, the first one is kept`);
            return;
        }
        const kind = img.kind === undefined ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKind */ .pK)(img.kind);
        if (!kind?.ok) {
            ignored.push(`image ${name}: ${kind ? `its kind ${kind.reason}` : 'it has no kind'}`);
            return;
        }
        const to = img.to === undefined ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReference */ .M5)(img.to);
        if (!to?.ok) {
            ignored.push(`image ${name}: ${to ? `its "to" ${to.reason}` : 'it has no "to"'}`);
            return;
        }
        const from = field(`image ${name}: its "from"`, img.from, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReference */ .M5);
        const digest = field(`image ${name}: its digest`, img.digest, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDigest */ .H2);
        const source = field(`image ${name}: its source key`, img.source, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSource */ .As);
        let rolledBackFrom;
        if (img.rolledBackFrom !== undefined || img.rolledBackFromDigest !== undefined) {
            if (kind.value !== 'rollback' && kind.value !== 'redeploy') {
                ignored.push(`image ${name}: "rolled back from" belongs to a rollback or redeploy only`);
            }
            else if (img.rolledBackFrom === undefined) {
                ignored.push(`image ${name}: a "rolled back from" digest without its reference`);
            }
            else {
                const ref = field(`image ${name}: its "rolled back from"`, img.rolledBackFrom, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReference */ .M5);
                const rbDigest = field(`image ${name}: its "rolled back from" digest`, img.rolledBackFromDigest, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDigest */ .H2);
                if (ref !== undefined)
                    rolledBackFrom = { ref, ...(rbDigest ? { digest: rbDigest } : {}) };
            }
        }
        seen.add(name);
        images.push({
            name,
            kind: kind.value,
            ...(from !== undefined ? { from } : {}),
            to: to.value,
            ...(digest !== undefined ? { digest } : {}),
            ...(source !== undefined ? { source } : {}),
            ...(rolledBackFrom ? { rolledBackFrom } : {}),
        });
    });
    return {
        record: {
            version: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_VERSION */ .h,
            ...(environment !== undefined ? { environment } : {}),
            ...(configCommit !== undefined ? { configCommit } : {}),
            ...(actor !== undefined ? { actor } : {}),
            ...(run !== undefined ? { run } : {}),
            images,
        },
        ignored,
    };
}
function recordProblems(record) {
    return sanitizeRecord(rawRecord(record)).ignored;
}
function recordToJson(record) {
    const clean = sanitizeRecord(rawRecord(record)).record;
    return clean ? { imagePromoteRecord: { ...rawRecord(clean), version: clean.version } } : {};
}
function recordFromJson(payload) {
    const body = isObject(payload) ? payload.imagePromoteRecord : undefined;
    if (!isObject(body))
        return { ignored: ['the payload holds no image-promote record'] };
    const ignored = [];
    const text = (obj, key, label) => {
        const v = obj[key];
        if (v === undefined)
            return undefined;
        if (typeof v === 'string')
            return v;
        ignored.push(`${label} is not a string`);
        return undefined;
    };
    const list = Array.isArray(body.images) ? body.images : [];
    if (body.images !== undefined && !Array.isArray(body.images))
        ignored.push('images is not a list');
    const images = list.flatMap((entry, i) => {
        if (!isObject(entry)) {
            ignored.push(`image #${i + 1} is not an object`);
            return [];
        }
        const raw = {};
        for (const key of [
            'name',
            'kind',
            'from',
            'to',
            'digest',
            'source',
            'rolledBackFrom',
            'rolledBackFromDigest',
        ]) {
            const v = text(entry, key, `image #${i + 1}: ${key}`);
            if (v !== undefined)
                raw[key] = v;
        }
        return [raw];
    });
    const raw = { images };
    if (typeof body.version === 'number')
        raw.version = String(body.version);
    for (const key of ['version', 'environment', 'configCommit', 'actor', 'run']) {
        if (key === 'version' && raw.version !== undefined)
            continue;
        const v = text(body, key, key);
        if (v !== undefined)
            raw[key] = v;
    }
    const result = sanitizeRecord(raw);
    return { ...result, ignored: [...ignored, ...result.ignored] };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 12785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ parseRecordDetailed),
/* harmony export */   wZ: () => (/* binding */ appendRecordTrailers)
/* harmony export */ });
/* unused harmony exports TRAILER, formatRecordTrailers, parseRecord, trailerBlock */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75380);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92119);


const TRAILER = {
    record: 'Image-Promote-Record',
    environment: 'Image-Promote-Environment',
    configCommit: 'Image-Promote-Config-Commit',
    actor: 'Image-Promote-Actor',
    run: 'Image-Promote-Run',
    image: 'Image-Promote-Image',
};
const NOT_RECORD = ['image-promote-branch'];
const IMAGE_FIELDS = [
    ['kind', 'kind'],
    ['from', 'from'],
    ['to', 'to'],
    ['digest', 'digest'],
    ['source', 'source'],
    ['rolled-back-from', 'rolledBackFrom'],
    ['rolled-back-from-digest', 'rolledBackFromDigest'],
];
function formatRecordTrailers(record) {
    const clean = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeRecord */ .P6)((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .rawRecord */ ._c)(record)).record;
    if (!clean)
        return '';
    const raw = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .rawRecord */ ._c)(clean);
    const lines = [`${TRAILER.record}: ${String(clean.version)}`];
    const single = [
        [TRAILER.environment, raw.environment],
        [TRAILER.configCommit, raw.configCommit],
        [TRAILER.actor, raw.actor],
        [TRAILER.run, raw.run],
    ];
    for (const [key, value] of single)
        if (value !== undefined)
            lines.push(`${key}: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(value)}`);
    for (const image of raw.images) {
        const fields = IMAGE_FIELDS.flatMap(([label, key]) => {
            const value = image[key];
            return value === undefined ? [] : [`${label}=${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(value)}`];
        });
        lines.push(`${TRAILER.image}: ${[(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(image.name ?? ''), ...fields].join(' ')}`);
    }
    return lines.join('\n');
}
function appendRecordTrailers(message, record) {
    const trailers = formatRecordTrailers(record);
    const body = message.replace(/\s+$/, '');
    return trailers ? `${body}\n\n${trailers}` : body;
}
function parseRecord(message) {
    return parseRecordDetailed(message).record;
}
function parseRecordDetailed(message) {
    const trailers = trailerBlock(message);
    const ours = trailers.filter((t) => t.key.toLowerCase().startsWith('image-promote-') && !NOT_RECORD.includes(t.key.toLowerCase()));
    if (ours.length === 0)
        return { ignored: [] };
    const ignored = [];
    const raw = { images: [] };
    const singles = [
        [TRAILER.record, 'version'],
        [TRAILER.environment, 'environment'],
        [TRAILER.configCommit, 'configCommit'],
        [TRAILER.actor, 'actor'],
        [TRAILER.run, 'run'],
    ];
    for (const [key, field] of singles) {
        const values = ours
            .filter((t) => t.key.toLowerCase() === key.toLowerCase())
            .map((t) => t.value);
        const distinct = [...new Set(values)];
        if (distinct.length > 1) {
            ignored.push(`${key} appears ${values.length} times with different values`);
            continue;
        }
        const [only] = distinct;
        if (only === undefined)
            continue;
        const decoded = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(only);
        if (decoded.ok)
            raw[field] = decoded.value;
        else
            ignored.push(`${key} ${decoded.reason}`);
    }
    const known = new Set([...singles.map(([k]) => k), TRAILER.image].map((k) => k.toLowerCase()));
    for (const t of ours) {
        const key = t.key.toLowerCase();
        if (key === TRAILER.image.toLowerCase()) {
            const image = parseImageLine(t.value, raw.images.length + 1, ignored);
            if (image)
                raw.images.push(image);
        }
        else if (!known.has(key)) {
            ignored.push(`unknown trailer ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(t.key)}`);
        }
    }
    if (raw.version === undefined) {
        return {
            ignored: [...ignored, `the Image-Promote trailers have no ${TRAILER.record} version`],
        };
    }
    const result = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeRecord */ .P6)(raw);
    return { ...result, ignored: [...ignored, ...result.ignored] };
}
function parseImageLine(value, index, ignored) {
    const [first = '', ...tokens] = value.split(/\s+/).filter(Boolean);
    const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(first);
    if (first === '' || first.includes('=') || !name.ok) {
        ignored.push(`image #${index}: the line does not start with an image name`);
        return undefined;
    }
    const image = { name: name.value };
    for (const token of tokens) {
        const eq = token.indexOf('=');
        const label = eq === -1 ? token : token.slice(0, eq);
        const field = IMAGE_FIELDS.find(([l]) => l === label)?.[1];
        if (eq === -1 || !field) {
            ignored.push(`image #${index}: unknown field ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(label)}`);
            continue;
        }
        if (image[field] !== undefined) {
            ignored.push(`image #${index}: ${label} appears twice, the first one is kept`);
            continue;
        }
        const decoded = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(token.slice(eq + 1));
        if (decoded.ok)
            image[field] = decoded.value;
        else
            ignored.push(`image #${index}: ${label} ${decoded.reason}`);
    }
    return image;
}
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];
function trailerBlock(message) {
    const lines = message.replace(/\r\n?/g, '\n').split('\n');
    let endOfTitle = 0;
    while (endOfTitle < lines.length && (lines[endOfTitle] ?? '').trim() === '')
        endOfTitle++;
    while (endOfTitle < lines.length && (lines[endOfTitle] ?? '').trim() !== '')
        endOfTitle++;
    let trailerLines = 0;
    let nonTrailer = 0;
    let continuations = 0;
    let recognized = false;
    let onlySpaces = true;
    let start = -1;
    let end = lines.length;
    for (let i = lines.length - 1; i >= endOfTitle; i--) {
        const line = lines[i] ?? '';
        if (line.startsWith('#')) {
            nonTrailer += continuations;
            continuations = 0;
            continue;
        }
        if (line.trim() === '') {
            if (onlySpaces) {
                end = i;
                continue;
            }
            nonTrailer += continuations;
            if ((recognized && trailerLines * 3 >= nonTrailer) || (trailerLines > 0 && nonTrailer === 0))
                start = i + 1;
            break;
        }
        onlySpaces = false;
        if (GIT_GENERATED.some((p) => line.startsWith(p))) {
            trailerLines++;
            continuations = 0;
            recognized = true;
        }
        else if (separatorAt(line) >= 1) {
            trailerLines++;
            continuations = 0;
        }
        else if (/^\s/.test(line)) {
            continuations++;
        }
        else {
            nonTrailer += 1 + continuations;
            continuations = 0;
        }
    }
    if (start === -1)
        return [];
    const out = [];
    for (const line of lines.slice(start, end)) {
        if (line.startsWith('#'))
            continue;
        const last = out[out.length - 1];
        if (/^\s/.test(line)) {
            if (last)
                last.value = `${last.value} ${line.trim()}`.trim();
            continue;
        }
        const at = separatorAt(line);
        if (at < 1)
            continue;
        out.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
    }
    return out;
}
function separatorAt(line) {
    let whitespace = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === ':')
            return i;
        if (!whitespace && /[A-Za-z0-9-]/.test(c))
            continue;
        if (i !== 0 && (c === ' ' || c === '\t')) {
            whitespace = true;
            continue;
        }
        break;
    }
    return -1;
}


/***/ })

};
