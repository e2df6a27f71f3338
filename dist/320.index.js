export const id = 320;
export const ids = [320];
export const modules = {

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   bB: () => (/* binding */ quoteAnswer)
/* harmony export */ });
/* unused harmony export QUOTE_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76670);


const QUOTE_LIMIT = 300;
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    request;
    status;
    name = 'GitHubApiError';
    constructor(request, status, problem, fix) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${problem}${fix ? ` — ${fix}` : ''}`));
        this.request = request;
        this.status = status;
    }
}
function quoteAnswer(text, limit = QUOTE_LIMIT) {
    const head = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text.slice(0, limit * 4));
    const clean = head.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
    return clean.length > limit || text.length > limit * 4 ? `${clean.slice(0, limit)}…` : clean;
}


/***/ }),

/***/ 49340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ githubApiUrl),
/* harmony export */   EI: () => (/* binding */ githubServerUrl),
/* harmony export */   Sz: () => (/* binding */ checkApiUrl),
/* harmony export */   y_: () => (/* binding */ isOnGitHubServer)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERVER_URL, DOTCOM_API_URL, isLoopbackHost, remoteHost */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function withoutCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
const DEFAULT_SERVER_URL = 'https://github.com';
const DOTCOM_API_URL = 'https://api.github.com';
function githubServerUrl(env = process.env) {
    const server = env.GITHUB_SERVER_URL?.trim() || DEFAULT_SERVER_URL;
    return server.replace(/\/+$/, '');
}
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
function githubApiUrl(env = process.env) {
    const given = env.GITHUB_API_URL?.trim();
    if (given)
        return checkApiUrl(given, 'GITHUB_API_URL');
    const server = githubServerUrl(env);
    let host;
    try {
        host = new URL(server).hostname.toLowerCase();
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GITHUB_SERVER_URL ${withoutCredentials(server)} is not a URL: set it to the GitHub server (https://github.com, or https://<your GHES host>)`);
    }
    const derived = host === 'github.com' ? DOTCOM_API_URL : `${server}/api/v3`;
    return checkApiUrl(derived, 'the API URL derived from GITHUB_SERVER_URL');
}
function checkApiUrl(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} ${withoutCredentials(url)} is not a URL: set GITHUB_API_URL to the REST API root (https://api.github.com, or https://<GHES host>/api/v3)`);
    }
    if (parsed.username || parsed.password || parsed.search || parsed.hash) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} ${withoutCredentials(url)} carries credentials, a query or a fragment: give the bare API root (https://api.github.com, or https://<GHES host>/api/v3)`);
    }
    const secure = parsed.protocol === 'https:';
    const localPlain = parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
    if (!secure && !localPlain) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} ${url} is not HTTPS: the GitHub token is sent only over HTTPS (plain HTTP only to a loopback address); use the https:// address of the API`);
    }
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
function remoteHost(remote) {
    const url = withoutCredentials(remote.trim());
    const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(url);
    if (scp?.[1])
        return { host: scp[1].toLowerCase(), hostname: scp[1].toLowerCase() };
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (!/^(https?|ssh|git):$/.test(parsed.protocol) || parsed.hostname === '')
        return undefined;
    return { host: parsed.host.toLowerCase(), hostname: parsed.hostname.toLowerCase() };
}
function isOnGitHubServer(remote, env = process.env) {
    const where = remoteHost(remote);
    if (where === undefined)
        return false;
    let server;
    try {
        server = new URL(githubServerUrl(env));
    }
    catch {
        return false;
    }
    return /^https?:\/\//i.test(remote.trim())
        ? where.host === server.host.toLowerCase()
        : where.hostname === server.hostname.toLowerCase();
}


/***/ }),

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

/***/ 41221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ createPullRequestApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25625);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76670);




function apiError(err, what, options) {
    if (!(err instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS))
        return err instanceof Error ? err : new Error(String(err));
    const where = `${options.owner}/${options.repo}`;
    const hint = err.status === 401
        ? 'the token was refused; check overlay-token / github-token'
        : err.status === 403 || err.status === 404
            ? `the token needs "pull-requests: write" and "contents: write" on ${where} (a fine-grained token or a GitHub App token for another repository; the job token only reaches its own)`
            : err.status === 422
                ? 'GitHub refused the pull request (is the branch based on the target branch, and are pull requests enabled?)'
                : undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(`could not ${what} in ${where}: ${err.message}${hint ? ` — ${hint}` : ''}`));
}
async function createPullRequestApi(options) {
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .qq;
    logger.mask(options.token);
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 117).then(__webpack_require__.bind(__webpack_require__, 26498));
    const { owner, repo: name, ...clientOptions } = options;
    const client = createGitHubClient({ ...clientOptions, logger });
    const repo = { owner, repo: name };
    const fieldsOf = (p) => ({
        number: p.number,
        url: p.url,
        title: p.title,
        body: p.body,
    });
    return {
        async findOpen(head, base) {
            try {
                const listing = await client.listPulls(repo, { state: 'open', head, base });
                const found = listing.items.find((p) => p.head.ref === head && p.base.ref === base);
                if (found === undefined && listing.truncated) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`could not list the open pull requests from ${head} into ${base} in ${options.owner}/${options.repo}: the GitHub API kept sending more pages than one branch can have pull requests`);
                }
                return found ? fieldsOf(found) : undefined;
            }
            catch (err) {
                throw apiError(err, 'list pull requests', options);
            }
        },
        async create(head, base, fields) {
            try {
                return fieldsOf(await client.createPull(repo, { head, base, ...fields }));
            }
            catch (err) {
                throw apiError(err, `open a pull request from ${head} into ${base}`, options);
            }
        },
        async update(number, fields) {
            try {
                return fieldsOf(await client.updatePull(repo, number, fields));
            }
            catch (err) {
                throw apiError(err, `update pull request #${number}`, options);
            }
        },
        async commitsAhead(base, head) {
            try {
                const comparison = await client.compare(repo, base, head);
                if (comparison.commits.length < comparison.totalCommits) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${head} has ${comparison.totalCommits} commits that ${base} does not have, more than the GitHub API lists (${comparison.commits.length}); image-promote cannot check that none of them would be lost`);
                }
                return comparison.commits.map((c) => c.sha);
            }
            catch (err) {
                throw apiError(err, `compare ${base} with ${head}`, options);
            }
        },
    };
}


/***/ }),

/***/ 48833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ proposeChange)
/* harmony export */ });
/* unused harmony exports OWN_COMMIT_TRAILER, pullRequestFields, ownCommitMessage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73190);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25625);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76670);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98007);








const OWN_COMMIT_TRAILER = 'Image-Promote-Branch';
const MAX_PUSH_ATTEMPTS = 3;
function pullRequestFields(message) {
    const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(message).replace(/\r\n/g, '\n').trim();
    const [subject = '', ...rest] = text.split('\n');
    const body = rest
        .join('\n')
        .replace(new RegExp(`(?:^|\\n)${OWN_COMMIT_TRAILER}: [^\\n]*$`), '')
        .trim();
    return { title: subject.trim(), body };
}
function ownCommitMessage(message, head) {
    const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(message).replace(/\r\n/g, '\n').trim();
    const last = text.split(/\n\s*\n/).at(-1) ?? '';
    const trailers = text.includes('\n\n') && /^(?:[A-Za-z0-9-]+: [^\n]*(?:\n|$))+$/.test(last);
    return `${text}${trailers ? '\n' : '\n\n'}${OWN_COMMIT_TRAILER}: ${head}\n`;
}
async function commitInfo(repo, commit) {
    const text = await repo.git.commitObject(commit);
    if (text === undefined)
        return undefined;
    const split = text.indexOf('\n\n');
    const header = split === -1 ? text : text.slice(0, split);
    const message = split === -1 ? '' : text.slice(split + 2);
    const tree = /^tree ([0-9a-f]+)$/m.exec(header)?.[1];
    if (tree === undefined)
        return undefined;
    const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? '');
    const identity = (role) => new RegExp(`^${role} (.*) \\d+ [+-]\\d{4}$`, 'm').exec(header)?.[1] ?? '';
    return { tree, parents, author: identity('author'), committer: identity('committer'), message };
}
function isOwnCommit(info, head) {
    const bot = `${_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .BOT_NAME */ .Wm} <${_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .BOT_EMAIL */ .tW}>`;
    if (info.author !== bot || info.committer !== bot)
        return false;
    const paragraphs = info.message.trim().split(/\n\s*\n/);
    const trailers = (paragraphs.at(-1) ?? '').split('\n');
    return trailers.includes(`${OWN_COMMIT_TRAILER}: ${head}`);
}
function describeCommit(sha, info) {
    const subject = info.message.split('\n')[0]?.trim() ?? '';
    const name = info.author.replace(/\s*<[^>]*>$/, '');
    return `${sha.slice(0, 7)} "${subject.length > 60 ? `${subject.slice(0, 59)}…` : subject}" by ${name}`;
}
async function remoteBranchTip(repo, remote, branch) {
    try {
        const [tip] = await repo.git.lsRemote(remote, [`refs/heads/${branch}`]);
        return tip?.sha;
    }
    catch (err) {
        const why = err instanceof _exec_js__WEBPACK_IMPORTED_MODULE_3__.ExecError ? (0,_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .lastLine */ .fM)(err.stderr) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`cannot read the branches of ${repo.label}: ${why}`));
    }
}
async function treeWith(repo, base, paths) {
    const gitDir = await repo.git.absoluteGitDir();
    const index = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, `image-promote-${process.pid}-${Date.now()}.index`);
    const env = { GIT_INDEX_FILE: index };
    try {
        await repo.git.run(['read-tree', '--end-of-options', base], { env });
        await repo.git.run(['update-index', '--add', '--remove', '--', ...paths], { env });
        return (await repo.git.run(['write-tree'], { env })).stdout.trim();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(index, { force: true });
    }
}
async function place(repo, params, target, logger) {
    const { remote, base, baseTip, tree, paths } = target;
    const head = params.head;
    const branchTip = await remoteBranchTip(repo, remote, head);
    if (branchTip === undefined)
        return { kind: 'push', tree, parent: baseTip, lease: '' };
    const fetched = await repo.git.fetchBranch(remote, head, { noTags: true });
    const tipInfo = await commitInfo(repo, branchTip);
    if (fetched.exitCode !== 0 || tipInfo === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`cannot fetch ${head} from ${repo.label} to check what it holds: ${(0,_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .lastLine */ .fM)(fetched.stderr) || `its tip ${branchTip.slice(0, 7)} did not arrive`}`));
    }
    if (tipInfo.tree === tree && tipInfo.parents.length === 1 && tipInfo.parents[0] === baseTip) {
        return { kind: 'holds', commit: branchTip };
    }
    const ahead = await params.api.commitsAhead(baseTip, branchTip);
    if (ahead.length > 0 && ahead.at(-1) !== branchTip) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GitHub's comparison of ${base} with ${head} does not end at ${head}'s tip ${branchTip.slice(0, 7)} (the branch moved meanwhile?); run again`);
    }
    const foreign = [];
    for (const sha of ahead) {
        const info = await commitInfo(repo, sha);
        if (info === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`commit ${sha.slice(0, 7)} of ${head} is not in the fetched branch; image-promote cannot check who made it — run again`);
        }
        if (!isOwnCommit(info, head))
            foreign.push(describeCommit(sha, info));
    }
    if (foreign.length === 0) {
        return { kind: 'push', tree, parent: baseTip, lease: branchTip };
    }
    const listed = `${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}`;
    const open = await params.api.findOpen(head, base);
    if (open === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`${head} on ${repo.label} has ${foreign.length === 1 ? 'a commit' : `${foreign.length} commits`} that image-promote did not make (${listed}) and no open pull request into ${base}; image-promote does not replace ${foreign.length === 1 ? 'it' : 'them'} — merge or delete ${head} (or set another pull-request-branch), then run again`));
    }
    logger.warning((0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`${head} has ${foreign.length === 1 ? 'a commit' : 'commits'} image-promote did not make (${listed}); the overlay change goes on top of ${foreign.length === 1 ? 'it' : 'them'} in pull request #${open.number} instead of replacing the branch`));
    await repo.git.run(['restore', `--source=${branchTip}`, '--worktree', '--', ...paths]);
    await params.reapply(params.files);
    const onBranch = await treeWith(repo, branchTip, paths);
    if (onBranch === tipInfo.tree)
        return { kind: 'holds', commit: branchTip, open };
    return { kind: 'push', tree: onBranch, parent: branchTip, lease: branchTip, open };
}
async function proposeChange(repo, params) {
    const logger = params.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq;
    const { remote } = repo;
    const base = params.base ?? repo.branch;
    if (remote === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot open a pull request for ${repo.label}: the repository has no remote to push to`);
    }
    if (base === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot open a pull request for ${repo.label}: HEAD is detached and no target branch was given; check out a branch`);
    }
    (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .branchName */ .at)(params.head, 'pull-request-branch');
    (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .branchName */ .at)(base, 'the branch the pull request targets');
    if (base === params.head) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`pull-request-branch "${params.head}" is the branch the pull request targets; choose another one`);
    }
    const paths = await (0,_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryPaths */ .D4)(repo.git, params.files);
    const baseTip = await (0,_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchBranchTip */ .kR)(repo.git, remote, base);
    const head = await (0,_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .headCommit */ .Qo)(repo.git);
    const differ = await repo.git.run(['diff', '--quiet', '--end-of-options', head, baseTip, '--', ...paths], { allowFailure: true });
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
    const target = { remote, base, baseTip, tree, paths };
    let placement = await place(repo, params, target, logger);
    let commit;
    let pushed = false;
    for (let attempt = 1;; attempt++) {
        if (placement.kind === 'holds') {
            commit = placement.commit;
            logger.info(`${params.head} on ${repo.label} already holds this change; nothing to push`);
            break;
        }
        const made = (await repo.git.run(['commit-tree', placement.tree, '-p', placement.parent, '-F', '-'], {
            env: _commit_js__WEBPACK_IMPORTED_MODULE_7__/* .BOT_ENV */ .yN,
            input: ownCommitMessage(params.message, params.head),
        })).stdout.trim();
        const push = await repo.git.run([
            'push',
            '--porcelain',
            '--no-verify',
            `--force-with-lease=refs/heads/${(0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .branchName */ .at)(params.head, 'pull-request-branch')}:${placement.lease}`,
            '--',
            remote,
            `${made}:refs/heads/${params.head}`,
        ], { allowFailure: true });
        if (push.exitCode === 0) {
            commit = made;
            pushed = true;
            logger.info(`pushed the overlay change to ${params.head} on ${repo.label}`);
            break;
        }
        const output = `${push.stdout}\n${push.stderr}`;
        if (!/stale info|\[rejected\]|fetch first|non-fast-forward/i.test(output)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`git push of ${params.head} to ${repo.label} failed: ${(0,_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .lastLine */ .fM)(push.stderr)}`));
        }
        if (attempt >= MAX_PUSH_ATTEMPTS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${params.head} on ${repo.label} kept changing while image-promote was writing to it (${attempt} attempts); run again`);
        }
        logger.info(`${params.head} moved on ${repo.label}; checking it again`);
        if (placement.parent !== baseTip) {
            await repo.git.run(['restore', `--source=${baseTip}`, '--worktree', '--', ...paths]);
            await params.reapply(params.files);
        }
        placement = await place(repo, params, target, logger);
    }
    const result = { commit, committed: pushed, pushed, branch: params.head };
    const open = placement.open ?? (await params.api.findOpen(params.head, base));
    if (open) {
        let pr = open;
        let updated = false;
        if (pushed) {
            const fields = pullRequestFields(params.message);
            const same = open.title === fields.title && open.body.trim() === fields.body;
            if (!same && fields.title !== '') {
                pr = await params.api.update(open.number, fields);
                updated = true;
                logger.info(`updated pull request #${pr.number}: ${pr.url}`);
            }
        }
        return { ...result, pullRequest: { number: pr.number, url: pr.url, created: false, updated } };
    }
    const info = pushed ? undefined : await commitInfo(repo, commit);
    const fields = pullRequestFields(info?.message ?? params.message);
    if (fields.title === '')
        fields.title = `image-promote: update ${params.head}`;
    const pr = await params.api.create(params.head, base, fields);
    logger.info(`opened pull request #${pr.number}: ${pr.url}`);
    return {
        ...result,
        pullRequest: { number: pr.number, url: pr.url, created: true, updated: false },
    };
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


/***/ }),

/***/ 38939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YE: () => (/* binding */ writeBackAll),
/* harmony export */   writeBackTargets: () => (/* binding */ writeBackTargets)
/* harmony export */ });
/* unused harmony exports writeBack, commitFiles */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49340);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25625);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98007);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41221);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48833);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32882);







function pushTarget(repo) {
    if (repo.remote === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot push the overlay change in ${repo.label}: the repository has no remote`);
    }
    if (repo.branch === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot push the overlay change in ${repo.label}: HEAD is detached and no target branch was given; check out a branch (actions/checkout \`ref: main\`)`);
    }
    return { remote: repo.remote, branch: repo.branch };
}
async function writeBack(repo, files, options) {
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .qq;
    if (options.mode === 'pull-request') {
        const pr = options.pullRequest;
        if (pr === undefined)
            throw new Error('writeBack: mode pull-request needs pullRequest');
        let api = pr.api;
        if (api === undefined) {
            const env = pr.env ?? process.env;
            if (repo.remoteUrl === undefined || !(0,_github_server_js__WEBPACK_IMPORTED_MODULE_1__/* .isOnGitHubServer */ .y_)(repo.remoteUrl, env)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`commit: pull-request cannot open a pull request for ${repo.label}: its remote (${repo.remoteUrl ?? 'none'}) is not on the GitHub server ${(0,_github_server_js__WEBPACK_IMPORTED_MODULE_1__/* .githubServerUrl */ .EI)(env)} (GITHUB_SERVER_URL), whose API is the only one the token is sent to; nothing was pushed — use commit: true for a repository elsewhere`);
            }
            if (repo.github === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot open a pull request for ${repo.label}: its remote (${repo.remoteUrl}) does not name an owner/repository on ${(0,_github_server_js__WEBPACK_IMPORTED_MODULE_1__/* .githubServerUrl */ .EI)(env)}`);
            }
            if (!pr.token) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot open a pull request for ${repo.label}: no token (set github-token or overlay-token)`);
            }
            api = await (0,_github_js__WEBPACK_IMPORTED_MODULE_4__/* .createPullRequestApi */ .T)({
                ...repo.github,
                token: pr.token,
                baseUrl: (0,_github_server_js__WEBPACK_IMPORTED_MODULE_1__/* .githubApiUrl */ .BN)(env),
                logger,
                ...(options.tally ? { tally: options.tally } : {}),
            });
        }
        const r = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_5__/* .proposeChange */ .P9)(repo, {
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
    const r = await (0,_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .commitOverlays */ .Ro)(repo.git, {
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
async function writeBackTargets(files, mode, options) {
    const groups = await (0,_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .groupByRepository */ .fr)(files, options);
    if (mode === 'push')
        for (const g of groups)
            pushTarget(g.repository);
    return groups;
}
async function writeBackAll(groups, options) {
    const results = [];
    for (const { repository, files } of groups) {
        results.push(await writeBack(repository, files, options));
    }
    return results;
}
async function commitFiles(files, options) {
    return writeBackAll(await writeBackTargets(files, options.mode, options), options);
}


/***/ })

};
