export const id = 372;
export const ids = [372];
export const modules = {

/***/ 6372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeOverlays: () => (/* binding */ writeOverlays)
});

// UNUSED EXPORTS: overlayUpdates

// EXTERNAL MODULE: ./src/overlay/commit-message.ts
var commit_message = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/overlay/overlay-files.ts + 1 modules
var overlay_files = __webpack_require__(3768);
// EXTERNAL MODULE: ./src/gitops/auth.ts
var auth = __webpack_require__(4040);
// EXTERNAL MODULE: ./src/gitops/clone.ts
var clone = __webpack_require__(837);
// EXTERNAL MODULE: ./src/gitops/commit.ts
var commit = __webpack_require__(8007);
// EXTERNAL MODULE: ./src/gitops/github.ts
var github = __webpack_require__(1221);
// EXTERNAL MODULE: ./src/gitops/pull-request.ts
var pull_request = __webpack_require__(8833);
// EXTERNAL MODULE: ./src/gitops/repository.ts
var repository = __webpack_require__(2882);
// EXTERNAL MODULE: ./src/gitops/write-back.ts
var write_back = __webpack_require__(8939);
;// CONCATENATED MODULE: ./src/gitops/index.ts
/**
 * Where the overlay lives, and how its change gets there: the repository that holds each
 * overlay file (a nested checkout is its own repository), a separate GitOps repository
 * cloned for the run, and the write-back modes (commit, push with rebase-retry, pull
 * request). See docs/gitops.md.
 */









// EXTERNAL MODULE: ./src/engine/overlay-state.ts
var overlay_state = __webpack_require__(662);
;// CONCATENATED MODULE: ./src/engine/write.ts
/**
 * Writing verified refs into the overlays and getting the change where it belongs. Runs
 * only when every image is verified. All edits are planned from the state read while
 * gathering facts (each re-parsed by the planner) before any file is written; every write
 * re-checks that it stays inside the workspace (or the clone of overlay-repository). The
 * commit goes to the repository that holds each file, one per repository: pushed with the
 * rebase-retry loop, or proposed as a pull request.
 */




/**
 * The overlay updates of verified images whose value changes — and, with pin-digest, of
 * images that keep their value but do not carry its verified digest yet.
 */
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
                // A tag given with its digest goes in with it.
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
        // A value with no tag (a digest alone) is written as the digest.
        const tag = d.write.tag;
        // A tag written with its digest is pinned (a tag that moves, or one given pinned).
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
/**
 * Which overlay each update goes to: the first one that names the image, else the first that
 * can hold it (kustomize, or a key for the file), else the first.
 */
function write_assign(states, updates) {
    return states
        .map((state, i) => ({
        state,
        updates: updates.filter((u) => {
            const holders = states.filter((s) => s.images.get(u.image.name)?.found);
            if (holders.length > 0)
                return holders.includes(state);
            const able = states.findIndex((s) => (0,overlay_state/* canHold */.gR)(s, u.image));
            return i === (able === -1 ? 0 : able);
        }),
    }))
        .filter((a) => a.updates.length > 0);
}
/** A markdown table of the change, for a pull request's body. */
function changeTable(changes) {
    if (changes.length === 0)
        return '';
    const rows = changes.map((c) => `| ${c.image} | ${c.from ?? '(none)'} | ${c.to} |`);
    return ['| Image | From | To |', '| --- | --- | --- |', ...rows].join('\n');
}
async function writeOverlays(outcomes, facts, deps, placement) {
    const { config, policy } = deps;
    const updates = overlayUpdates(outcomes, facts, config.pinDigest);
    if (updates.length === 0)
        return { files: [], changed: false, commits: [], changes: [], texts: [] };
    const options = {
        pinDigest: config.pinDigest,
        createMissing: config.createMissing,
        // set-image --no-verify applies no tag rule (there is no digest to pin with).
        isImmutable: (tag) => !config.registryCheck || policy.isImmutable(tag),
    };
    const plan = (states) => write_assign(states, updates).map(({ state, updates: mine }) => (0,overlay_files/* planOverlayEdit */.cC)(state, (0,overlay_state/* updatesFor */.aG)(state, mine), options));
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
    // Commit where each file lives; with nothing changed, the repository still tells which
    // commit (or pull request) already holds the change.
    const targetFiles = edits.map((e) => e.overlay.file);
    const changes = edits.flatMap((e) => e.changes);
    const subject = (0,commit_message/* renderCommitMessage */.jq)(config.commitMessage, {
        ...(config.environment ? { environment: config.environment } : {}),
        sha: deps.trigger.head,
        changes: changes.map(commit_message/* commitMessageChange */.Vv),
    });
    const message = config.commit === 'pull-request' && changes.length > 0
        ? `${subject}\n\n${changeTable(changes)}\n\nProposed by image-promote for ${deps.trigger.head.slice(0, 7)}.`
        : subject;
    // A retry re-reads the files one repository holds (reset to its branch's content) and
    // plans all overlays again — so every image still goes to the overlay that names it — then
    // writes only those files.
    const reapply = async (held) => {
        const states = await Promise.all(facts.overlays.map(async (s) => held.includes(s.overlay.file) ? (0,overlay_state/* readOverlayFor */.M6)(s.overlay, config.images) : s));
        await (0,overlay_files/* writeOverlayEdits */.vP)(plan(states).filter((e) => e.changed && held.includes(e.overlay.file)), { root: placement.root });
    };
    const token = config.overlayRepository ? config.overlayRepository.token : config.githubToken;
    const writeOptions = {
        mode: target.mode,
        message,
        author: deps.author,
        reapply,
        logger: deps.logger,
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
    // The repositories were located (and checked) before anything was built or written.
    const groups = target.groups
        .map((g) => ({ ...g, files: g.files.filter((f) => targetFiles.includes(f)) }))
        .filter((g) => g.files.length > 0);
    const results = await (0,write_back/* writeBackAll */.YE)(groups, writeOptions);
    return { ...planned, commits: results };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   bB: () => (/* binding */ quoteAnswer)
/* harmony export */ });
/* unused harmony export QUOTE_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);
/**
 * The one error type of the GitHub REST client: a failure a user can act on, naming the
 * request (`GET /repos/acme/gitops/pulls`), never the token. Text taken from an answer is
 * quoted short (quoteAnswer) and the whole message goes through the redactor.
 */


/** Characters of an answer a message quotes at most. */
const QUOTE_LIMIT = 300;
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    request;
    status;
    name = 'GitHubApiError';
    constructor(
    /** `METHOD /path`, without the query. */
    request, 
    /** The HTTP status of the answer, when there was one. */
    status, problem, fix) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${problem}${fix ? ` — ${fix}` : ''}`));
        this.request = request;
        this.status = status;
    }
}
/**
 * Up to `limit` characters of outside text for a message: redacted first (a cut could leave
 * a part of a secret unrecognised), control characters and runs of whitespace made single
 * spaces, an ellipsis when shortened.
 */
function quoteAnswer(text, limit = QUOTE_LIMIT) {
    // Only the start is ever shown; redact a bounded prefix (long enough for any secret).
    const head = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text.slice(0, limit * 4));
    // eslint-disable-next-line no-control-regex
    const clean = head.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
    return clean.length > limit || text.length > limit * 4 ? `${clean.slice(0, limit)}…` : clean;
}


/***/ }),

/***/ 9340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ githubApiUrl),
/* harmony export */   EI: () => (/* binding */ githubServerUrl),
/* harmony export */   Sz: () => (/* binding */ checkApiUrl),
/* harmony export */   y_: () => (/* binding */ isOnGitHubServer)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERVER_URL, DOTCOM_API_URL, isLoopbackHost, remoteHost */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Where the GitHub token may go (the API side of token scope): only to the REST API of the
 * run's GitHub server, over HTTPS. The server is GITHUB_SERVER_URL (default
 * https://github.com); its API is GITHUB_API_URL, or else `https://api.github.com` for
 * github.com and `<server>/api/v3` for GitHub Enterprise Server. Plain HTTP is accepted only
 * for a loopback address (tests). A repository is "on the server" when its remote's host is
 * the server's host: only then does the API know it.
 */

/** `url` without the user-info part, for messages. */
function withoutCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
const DEFAULT_SERVER_URL = 'https://github.com';
const DOTCOM_API_URL = 'https://api.github.com';
/** GITHUB_SERVER_URL without a trailing slash (default https://github.com). */
function githubServerUrl(env = process.env) {
    const server = env.GITHUB_SERVER_URL?.trim() || DEFAULT_SERVER_URL;
    return server.replace(/\/+$/, '');
}
/** True for 127.0.0.0/8, ::1 and localhost. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * The API root the token is sent to: GITHUB_API_URL, else derived from GITHUB_SERVER_URL.
 * Throws a UserError for a URL that is not HTTPS (plain HTTP only to loopback), or that
 * carries credentials, a query or a fragment.
 */
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
/** `url` as an API root (no trailing slash), or a UserError naming `what`. */
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
/**
 * The host a git remote URL points at (`host[:port]` for URLs, the host of `git@host:path`),
 * lower-cased; undefined for local paths and file:// URLs.
 */
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
/**
 * True when the repository at `remote` is on the GitHub server: an HTTP(S) remote on the
 * server's host and port, an SSH remote on its host name (SSH has its own port).
 */
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

/***/ 1221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ createPullRequestApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6670);
/**
 * The pull requests `commit: pull-request` opens and updates, and the comparison that tells
 * which commits of its branch are not on the target yet, through the GitHub REST client
 * (src/github/client.ts, imported lazily: most runs never open a pull request). Failures
 * become messages a user can act on: what was attempted, where, what GitHub said (short,
 * redacted), and which permission or setting to check.
 */




/** An API failure as something a user can act on. */
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
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 117).then(__webpack_require__.bind(__webpack_require__, 6498));
    const client = createGitHubClient({
        token: options.token,
        logger,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.env ? { env: options.env } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
    });
    const repo = { owner: options.owner, repo: options.repo };
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

/***/ 8833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ proposeChange)
/* harmony export */ });
/* unused harmony exports OWN_COMMIT_TRAILER, pullRequestFields, ownCommitMessage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8092);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1243);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5625);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6670);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8007);
/**
 * `commit: pull-request`: the overlay change as a commit on a branch image-promote keeps
 * (`image-promote/<environment>`), and one pull request from it, opened or updated. The
 * commit is built with a private index and `commit-tree`: the checkout's branch, HEAD and
 * index stay as they were.
 *
 * image-promote never drops a commit it did not make. Its own commits are recognised by
 * their author and committer (both the github-actions bot identity, BOT_NAME / BOT_EMAIL)
 * together with the trailer `Image-Promote-Branch: <branch>` (OWN_COMMIT_TRAILER) that it
 * puts under every message it commits there. The commits of the branch that the target does
 * not have come from GitHub's comparison (exact in a shallow clone) and are each read from
 * the fetched branch itself, so the identity checked is the one hashed into the commit.
 *
 * - The branch holds only image-promote's commits: it is replaced by one commit on top of
 *   the target's tip (`--force-with-lease` on the tip that was checked).
 * - It holds commits of someone else and its pull request is open: the change is re-applied
 *   on the branch's content and added on top of them (a fast-forward).
 * - It holds commits of someone else and no pull request is open: refused, naming them.
 *
 * Idempotent: when the branch already holds exactly this change nothing is pushed and the
 * open pull request is left as it is; title and body are updated only with a new commit.
 */








/** The trailer that marks image-promote's commits on its pull request branch. */
const OWN_COMMIT_TRAILER = 'Image-Promote-Branch';
/** Pushes in all when the branch moves between reading and pushing it. */
const MAX_PUSH_ATTEMPTS = 3;
/** Subject → title; the rest (after the blank line, without image-promote's trailer) → body. */
function pullRequestFields(message) {
    const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(message).replace(/\r\n/g, '\n').trim();
    const [subject = '', ...rest] = text.split('\n');
    const body = rest
        .join('\n')
        .replace(new RegExp(`(?:^|\\n)${OWN_COMMIT_TRAILER}: [^\\n]*$`), '')
        .trim();
    return { title: subject.trim(), body };
}
/** The message image-promote commits on `head`: the message and the trailer that marks it. */
function ownCommitMessage(message, head) {
    const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(message).replace(/\r\n/g, '\n').trim();
    return `${text}\n\n${OWN_COMMIT_TRAILER}: ${head}\n`;
}
/**
 * Tree, parents, identities and message from the raw commit object (a shallow clone's grafts
 * do not hide the parents); undefined when the commit is not here.
 */
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
/** True for a commit image-promote made on `head` (see the module comment). */
function isOwnCommit(info, head) {
    const bot = `${_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .BOT_NAME */ .Wm} <${_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .BOT_EMAIL */ .tW}>`;
    if (info.author !== bot || info.committer !== bot)
        return false;
    const paragraphs = info.message.trim().split(/\n\s*\n/);
    const trailers = (paragraphs.at(-1) ?? '').split('\n');
    return trailers.includes(`${OWN_COMMIT_TRAILER}: ${head}`);
}
/** `1a2b3c4 "subject" by Name` for messages. */
function describeCommit(sha, info) {
    const subject = info.message.split('\n')[0]?.trim() ?? '';
    const name = info.author.replace(/\s*<[^>]*>$/, '');
    return `${sha.slice(0, 7)} "${subject.length > 60 ? `${subject.slice(0, 59)}…` : subject}" by ${name}`;
}
/** The tip of `branch` on the remote, or undefined when the branch does not exist. */
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
/** The tree of `base` with the work tree's `paths`, written with a private index. */
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
/** Decides how the change gets onto `head` without dropping a commit image-promote did not make. */
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
    // What a pull request from the branch would carry: the commits the target does not have.
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
        // Only image-promote's own commits: replaced by one commit on the target's tip.
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
    // The edit was made on HEAD's content; when the target has other content, redo it there.
    const head = await (0,_commit_js__WEBPACK_IMPORTED_MODULE_7__/* .headCommit */ .Qo)(repo.git);
    const differ = await repo.git.run(['diff', '--quiet', '--end-of-options', head, baseTip, '--', ...paths], {
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
        // The lease: the branch is replaced only if it still is what was checked.
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
        // Back to the change on the target's content before deciding again.
        if (placement.parent !== baseTip) {
            await repo.git.run(['restore', `--source=${baseTip}`, '--worktree', '--', ...paths]);
            await params.reapply(params.files);
        }
        placement = await place(repo, params, target, logger);
    }
    const committed = pushed;
    const open = placement.open ?? (await params.api.findOpen(params.head, base));
    if (open) {
        let pr = open;
        let updated = false;
        if (pushed) {
            // A new commit: the pull request says what it now carries.
            const fields = pullRequestFields(params.message);
            const same = open.title === fields.title && open.body.trim() === fields.body;
            if (!same && fields.title !== '') {
                pr = await params.api.update(open.number, fields);
                updated = true;
                logger.info(`updated pull request #${pr.number}: ${pr.url}`);
            }
        }
        return {
            commit,
            committed,
            pushed,
            branch: params.head,
            pullRequest: { number: pr.number, url: pr.url, created: false, updated },
        };
    }
    // The branch's commit describes the change it holds (this run's message may not: a run in
    // a checkout that holds the edit already has nothing to list).
    const info = pushed ? undefined : await commitInfo(repo, commit);
    const fields = pullRequestFields(info?.message ?? params.message);
    if (fields.title === '')
        fields.title = `image-promote: update ${params.head}`;
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


/***/ }),

/***/ 8939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YE: () => (/* binding */ writeBackAll),
/* harmony export */   writeBackTargets: () => (/* binding */ writeBackTargets)
/* harmony export */ });
/* unused harmony exports writeBack, commitFiles */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _github_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9340);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8007);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1221);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8833);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2882);
/**
 * Getting an overlay change into the repository that holds the overlay: commit it, commit
 * and push it (rebase-retry), or propose it as a pull request. One result per repository;
 * a change that was asked to land and did not is an error, never a quiet no-op.
 */







function pushTarget(repo) {
    if (repo.remote === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot push the overlay change in ${repo.label}: the repository has no remote`);
    }
    if (repo.branch === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot push the overlay change in ${repo.label}: HEAD is detached and no target branch was given; check out a branch (actions/checkout \`ref: main\`)`);
    }
    return { remote: repo.remote, branch: repo.branch };
}
/** Commits (and pushes, or proposes) `files`, all held by `repo`. */
async function writeBack(repo, files, options) {
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .qq;
    if (options.mode === 'pull-request') {
        const pr = options.pullRequest;
        if (pr === undefined)
            throw new Error('writeBack: mode pull-request needs pullRequest');
        let api = pr.api;
        if (api === undefined) {
            const env = pr.env ?? process.env;
            // The token goes to the API of the run's GitHub server, which knows only its own
            // repositories: refuse any other before anything is pushed or sent.
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
/**
 * The repositories `files` will be committed in, located and checked before anything is
 * written: every file inside a git repository, and for `push` a remote and a branch to push
 * to. Throws the UserError a later commit would have hit, so nothing is written half-way.
 */
async function writeBackTargets(files, mode, options) {
    const groups = await (0,_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .groupByRepository */ .fr)(files, options);
    if (mode === 'push')
        for (const g of groups)
            pushTarget(g.repository);
    return groups;
}
/** Commits (and pushes, or proposes) each located group: one commit per repository. */
async function writeBackAll(groups, options) {
    const results = [];
    for (const { repository, files } of groups) {
        results.push(await writeBack(repository, files, options));
    }
    return results;
}
/**
 * "Commit (and push) the files F in the repositories that hold them, with message M": the
 * files are grouped by repository (one commit each, in the order the files come), every
 * repository is checked first (writeBackTargets), then each is written back in turn.
 */
async function commitFiles(files, options) {
    return writeBackAll(await writeBackTargets(files, options.mode, options), options);
}


/***/ })

};
