export const id = 837;
export const ids = [837];
export const modules = {

/***/ 44040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ri: () => (/* binding */ withoutCredentials),
/* harmony export */   ub: () => (/* binding */ withToken),
/* harmony export */   uc: () => (/* binding */ redirectProblem)
/* harmony export */ });
/* unused harmony exports TOKEN_USER, isHttpUrl, basicCredentials, tokenEnv, isLoopbackHost, tokenDecision */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const TOKEN_USER = 'x-access-token';
function isHttpUrl(url) {
    return /^https?:\/\//i.test(url);
}
function basicCredentials(token) {
    return Buffer.from(`${TOKEN_USER}:${token}`, 'utf8').toString('base64');
}
function tokenEnv(url, token, logger, base = process.env) {
    const credentials = basicCredentials(token);
    logger.mask(token);
    logger.mask(credentials);
    const existing = Number.parseInt(base.GIT_CONFIG_COUNT ?? '', 10);
    const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
    const key = `http.${url}.extraheader`;
    return {
        GIT_CONFIG_COUNT: String(start + 3),
        [`GIT_CONFIG_KEY_${start}`]: key,
        [`GIT_CONFIG_VALUE_${start}`]: '',
        [`GIT_CONFIG_KEY_${start + 1}`]: key,
        [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${credentials}`,
        [`GIT_CONFIG_KEY_${start + 2}`]: 'http.followRedirects',
        [`GIT_CONFIG_VALUE_${start + 2}`]: 'false',
        GIT_TRACE_REDACT: '1',
    };
}
function withoutCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
function tokenDecision(url, token, policy, what) {
    if (!isHttpUrl(url)) {
        return { send: false, why: `${what} is not reached over HTTPS: the token is not used` };
    }
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not a valid URL; give https://host/owner/name.git`);
    }
    if (policy.githubToken !== undefined && token === policy.githubToken) {
        const serverText = policy.serverUrl || 'https://github.com';
        let server;
        try {
            server = new URL(serverText);
        }
        catch {
            server = undefined;
        }
        if (server?.origin !== target.origin) {
            return {
                send: false,
                why: `github-token is only sent to the GitHub server (${server?.origin ?? serverText}), not to ${target.origin}: pass a token for ${what} as overlay-token`,
            };
        }
    }
    if (target.protocol === 'http:' && !isLoopbackHost(target.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is reached over plain HTTP (${target.origin}): refusing to send a token in clear text — use its https:// URL`);
    }
    return { send: true };
}
function withToken(url, token, policy, what, logger, base) {
    logger.mask(token);
    const decision = tokenDecision(url, token, policy, what);
    if (decision.send) {
        return { env: { ...base, ...tokenEnv(url, token, logger, { ...process.env, ...base }) } };
    }
    logger.info(decision.why);
    return { env: base, notSent: decision.why };
}
function redirectProblem(stderr, what) {
    const status = /returned error: (30[12378])\b/.exec(stderr)?.[1];
    if (status === undefined)
        return undefined;
    return `${what} redirects elsewhere (HTTP ${status}); with a token git follows no redirect, so that the token never reaches another host — set it to the URL it redirects to`;
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

/***/ 98007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ repositoryPaths),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Ro: () => (/* binding */ commitOverlays),
/* harmony export */   Wm: () => (/* binding */ BOT_NAME),
/* harmony export */   fM: () => (/* binding */ lastLine),
/* harmony export */   kR: () => (/* binding */ fetchBranchTip),
/* harmony export */   tW: () => (/* binding */ BOT_EMAIL),
/* harmony export */   yN: () => (/* binding */ BOT_ENV)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71243);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25625);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76670);






const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
const BOT_ENV = {
    GIT_AUTHOR_NAME: BOT_NAME,
    GIT_AUTHOR_EMAIL: BOT_EMAIL,
    GIT_COMMITTER_NAME: BOT_NAME,
    GIT_COMMITTER_EMAIL: BOT_EMAIL,
};
const RETRYABLE = /non-fast-forward|fetch first|\[rejected\]|cannot lock ref|failed to update ref|stale info|incorrect old value/i;
function backoff(attempt) {
    return Math.min(15000, 1000 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 250);
}
const defaultSleep = (ms) => new Promise((resolve) => {
    setTimeout(resolve, ms);
});
async function repositoryPaths(git, files) {
    const cwd = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(git.cwd);
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(await git.topLevel());
    return Promise.all(files.map(async (f) => {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(git.cwd, f));
        const inTop = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, real);
        if (inTop === '' || inTop.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inTop)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${f} is not inside the git repository at ${top}`);
        }
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }));
}
async function headCommit(git) {
    const sha = await git.resolveCommit('HEAD');
    if (sha === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the repository at ${git.cwd} has no commit yet`);
    return sha;
}
async function commitPaths(git, paths, message, author = 'bot') {
    await git.run(['add', '--', ...paths]);
    const staged = await git.run(['diff', '--cached', '--quiet', '--', ...paths], {
        allowFailure: true,
    });
    if (staged.exitCode === 0)
        return false;
    await git.run([
        '-c',
        'commit.gpgsign=false',
        'commit',
        '--no-verify',
        '--only',
        '--quiet',
        '--file=-',
        '--',
        ...paths,
    ], { ...(author === 'bot' ? { env: BOT_ENV } : {}), input: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(message) });
    return true;
}
async function currentBranch(git) {
    const branch = await git.currentBranch();
    if (branch === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('cannot push the overlay commit: HEAD is detached and no branch was given');
    }
    return branch;
}
async function fetchBranchTip(git, remote, branch) {
    const r = await git.fetchBranch(remote, branch);
    if (r.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(`cannot fetch ${branch} from ${remote}: ${lastLine(r.stderr) || 'git fetch failed'}`));
    }
    const tip = await git.resolveCommit('FETCH_HEAD');
    if (tip === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`fetching ${branch} from ${remote} gave no commit`);
    return tip;
}
function lastLine(text) {
    return text.trim().split('\n').pop()?.trim() ?? '';
}
async function holds(git, commit, paths) {
    const r = await git.run(['diff', '--quiet', '--end-of-options', commit, '--', ...paths], {
        allowFailure: true,
    });
    return r.exitCode === 0;
}
async function commitOverlays(git, params) {
    const logger = params.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq;
    const sleep = params.sleep ?? defaultSleep;
    const remote = params.remote ?? 'origin';
    const maxAttempts = Math.max(1, params.maxAttempts ?? 5);
    const paths = await repositoryPaths(git, params.files);
    const branch = params.push
        ? (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .branchName */ .at)(params.branch ?? (await currentBranch(git)), 'the branch to push the overlay commit to')
        : undefined;
    let committed = await commitPaths(git, paths, params.message, params.author);
    if (branch === undefined) {
        return { sha: await headCommit(git), committed, pushed: false, attempts: 0 };
    }
    const rebaseOnto = async (tip) => {
        await git.run(['reset', '--quiet', tip]);
        await git.run(['checkout', tip, '--', ...paths]);
        await params.reapply(params.files);
        return commitPaths(git, paths, params.message, params.author);
    };
    if (!committed) {
        const tip = await fetchBranchTip(git, remote, branch);
        const head = await headCommit(git);
        if (tip === head || (await holds(git, tip, paths))) {
            return { sha: tip, committed: false, pushed: false, attempts: 0 };
        }
        if (!(await git.isAncestor(head, tip))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${remote} ${branch} does not have the overlay change, and it is in local commits that ${remote} does not have: push them, or reset ${branch} to ${remote}/${branch} and run again`);
        }
        logger.info(`${branch} moved on ${remote}; applying the overlay change on top of it`);
        committed = await rebaseOnto(tip);
        if (!committed)
            return { sha: tip, committed: false, pushed: false, attempts: 0 };
    }
    for (let attempt = 1;; attempt++) {
        const push = await git.run(['push', '--porcelain', '--no-verify', '--', remote, `HEAD:refs/heads/${branch}`], { allowFailure: true });
        if (push.exitCode === 0)
            return { sha: await headCommit(git), committed, pushed: true, attempts: attempt };
        const output = `${push.stdout}\n${push.stderr}`.trim();
        if (!RETRYABLE.test(output)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(`git push to ${remote} ${branch} failed: ${push.stderr.trim() || output}`));
        }
        if (attempt >= maxAttempts) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`could not push the overlay commit to ${remote} ${branch} after ${attempt} attempts: the branch kept moving`);
        }
        const wait = backoff(attempt);
        logger.info(`${branch} moved on ${remote}; re-applying the overlay change on top (attempt ${attempt + 1} of ${maxAttempts}, in ${wait} ms)`);
        await sleep(wait);
        const tip = await fetchBranchTip(git, remote, branch);
        committed = await rebaseOnto(tip);
        if (!committed) {
            logger.info(`${remote} ${branch} already has the overlay change; nothing to push`);
            return { sha: tip, committed: false, pushed: false, attempts: attempt };
        }
    }
}


/***/ }),

/***/ 32882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fr: () => (/* binding */ groupByRepository),
/* harmony export */   hl: () => (/* binding */ githubRepositoryOf)
/* harmony export */ });
/* unused harmony export locateRepository */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73190);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25625);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44040);







function githubRepositoryOf(url) {
    const clean = (0,_auth_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .ri)(url.trim());
    const m = /^(?:https?|ssh|git):\/\/[^/]+\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(clean) ??
        /^[\w.-]+@[\w.-]+:\/?([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(clean);
    if (!m?.[1] || !m[2])
        return undefined;
    return { owner: m[1], repo: m[2] };
}
function labelOf(root, workspace) {
    if (workspace === undefined)
        return root;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, root);
    if (rel === '')
        return '.';
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return root;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
async function realDirOf(file) {
    try {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file));
    }
    catch {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file)));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file}: neither the file nor its directory exists`);
        }
    }
}
async function remoteOf(git, branch) {
    if (branch !== undefined) {
        const name = (await git.configGet(`branch.${branch}.remote`))?.trim();
        if (name !== undefined && name !== '' && name !== '.')
            return name;
    }
    const remotes = await git.remotes();
    return remotes.includes('origin') ? 'origin' : remotes[0];
}
async function topLevelOf(file, options) {
    const dir = await realDirOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd ?? process.cwd(), file));
    const probe = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(dir, options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq, options.exec ?? _exec_js__WEBPACK_IMPORTED_MODULE_3__.exec, {
        ...options.gitEnv,
    });
    const top = await probe.showToplevel();
    if (top === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file} is not inside a git repository, so its change cannot be committed: check the overlay out with git (actions/checkout), or set overlay-repository`);
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(top);
}
async function locateRepository(file, options = {}) {
    return repositoryAt(await topLevelOf(file, options), options);
}
async function repositoryAt(root, options) {
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq;
    const execFn = options.exec ?? _exec_js__WEBPACK_IMPORTED_MODULE_3__.exec;
    const gitEnv = options.gitEnv ?? {};
    let git = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(root, logger, execFn, gitEnv);
    const workspaceRoot = options.workspace === undefined ? undefined : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(options.workspace);
    const checkedOut = await git.currentBranch();
    const isWorkspaceRepository = workspaceRoot === undefined || workspaceRoot === root;
    const branch = checkedOut ?? (isWorkspaceRepository ? options.branch : undefined);
    const remote = await remoteOf(git, checkedOut);
    const remoteUrl = remote === undefined ? undefined : await git.remoteUrl(remote);
    if (options.token && remoteUrl !== undefined) {
        const serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL;
        const { env } = (0,_auth_js__WEBPACK_IMPORTED_MODULE_6__/* .withToken */ .ub)((0,_auth_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .ri)(remoteUrl), options.token, { serverUrl, githubToken: options.githubToken }, `the remote ${remote ?? ''} of ${labelOf(root, workspaceRoot)}`, logger, gitEnv);
        git = new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(root, logger, execFn, env);
    }
    const github = remoteUrl === undefined ? undefined : githubRepositoryOf(remoteUrl);
    return {
        root,
        label: labelOf(root, workspaceRoot),
        git,
        ...(branch !== undefined ? { branch } : {}),
        ...(remote !== undefined ? { remote } : {}),
        ...(remoteUrl !== undefined ? { remoteUrl: (0,_auth_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .ri)(remoteUrl) } : {}),
        ...(github ? { github } : {}),
    };
}
async function groupByRepository(files, options = {}) {
    const groups = [];
    for (const given of files) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd ?? process.cwd(), given);
        const root = await topLevelOf(file, options);
        let group = groups.find((g) => g.repository.root === root);
        if (!group) {
            group = { repository: await repositoryAt(root, options), files: [] };
            groups.push(group);
        }
        if (!group.files.includes(file))
            group.files.push(file);
    }
    return groups;
}


/***/ })

};
