export const id = 498;
export const ids = [498,117];
export const modules = {

/***/ 26498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: GITHUB_LIMITS, GitHubClient, PULL_FILES_LIMIT, STATUS_DESCRIPTION_LIMIT

// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(28902);
// EXTERNAL MODULE: ./src/http/transport.ts
var transport = __webpack_require__(71517);
// EXTERNAL MODULE: ./src/http/link.ts
var http_link = __webpack_require__(61882);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/json.ts

function describeJson(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    switch (typeof value) {
        case 'object':
            return 'an object';
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'boolean':
            return String(value);
        default:
            return typeof value;
    }
}
function pathOf(at, key) {
    return at === '' ? key : `${at}.${key}`;
}
class JsonReader {
    where;
    status;
    constructor(where, status) {
        this.where = where;
        this.status = status;
    }
    fail(problem) {
        return new errors/* GitHubApiError */.OS(this.where, this.status, `the GitHub API answered ${this.where} with ${problem}`, 'GITHUB_API_URL may not point at the GitHub REST API, or a proxy answers in its place');
    }
    list(value) {
        if (!Array.isArray(value))
            throw this.fail(`${describeJson(value)}, not a list`);
        return value;
    }
    object(value, at = '') {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw this.fail(at === ''
                ? `${describeJson(value)}, not an object`
                : `${describeJson(value)} at ${at}, not an object`);
        }
        return value;
    }
    optionalObject(o, key, at) {
        const v = o[key];
        return v === undefined || v === null ? undefined : this.object(v, pathOf(at, key));
    }
    string(o, key, at) {
        const v = o[key];
        if (typeof v !== 'string') {
            throw this.fail(`${describeJson(v)} at ${pathOf(at, key)}, not a string`);
        }
        return v;
    }
    optionalString(o, key, at) {
        const v = o[key];
        return v === undefined || v === null ? undefined : this.string(o, key, at);
    }
    integer(o, key, at) {
        const v = o[key];
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
            throw this.fail(`${describeJson(v)} at ${pathOf(at, key)}, not a non-negative integer`);
        }
        return v;
    }
    optionalInteger(o, key, at) {
        const v = o[key];
        return v === undefined || v === null ? undefined : this.integer(o, key, at);
    }
    optionalBoolean(o, key, at) {
        const v = o[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'boolean') {
            throw this.fail(`${describeJson(v)} at ${pathOf(at, key)}, not true or false`);
        }
        return v;
    }
    sha(o, key, at) {
        const v = this.string(o, key, at);
        if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v)) {
            throw this.fail(`"${v.slice(0, 80)}" at ${pathOf(at, key)}, not a commit SHA`);
        }
        return v;
    }
    oneOf(o, key, at, allowed) {
        const v = this.string(o, key, at);
        if (!allowed.includes(v)) {
            throw this.fail(`"${v.slice(0, 40)}" at ${pathOf(at, key)}, not one of ${allowed.join(', ')}`);
        }
        return v;
    }
}

// EXTERNAL MODULE: ./src/github/server.ts
var server = __webpack_require__(49340);
;// CONCATENATED MODULE: ./src/github/types.ts
const DEPLOYMENT_STATES = [
    'error',
    'failure',
    'inactive',
    'in_progress',
    'queued',
    'pending',
    'success',
];

;// CONCATENATED MODULE: ./src/github/client.ts









const GITHUB_LIMITS = {
    retries: 4,
    minDelayMs: 500,
    maxDelayMs: 8000,
    maxElapsedMs: 60_000,
    timeoutMs: 30_000,
    maxBodyBytes: 32 * 1024 * 1024,
    maxPages: 10,
};
const PULL_FILES_LIMIT = 3000;
const STATUS_DESCRIPTION_LIMIT = 140;
const PER_PAGE = 100;
const USER_AGENT = 'image-promote';
const API_VERSION = '2022-11-28';
function githubAdvice(res, now) {
    if (res.status === 403 || res.status === 429) {
        const reset = (0,retry/* parseRateLimitReset */.yq)(res.headers, now);
        const after = (0,retry/* parseRetryAfter */.mu)(res.headers.get('retry-after'), now);
        if (reset !== undefined || after !== undefined) {
            const delayMs = Math.max(reset === undefined ? 0 : reset + 1000, after ?? 0);
            return { retry: true, throttled: true, delayMs, note: 'rate limited' };
        }
    }
    return (0,client/* defaultAdvice */.kM)(res, now);
}
function encodePath(...parts) {
    return parts.map((p) => encodeURIComponent(String(p))).join('/');
}
class GitHubClient {
    options;
    baseUrl;
    base;
    http;
    limits;
    logger;
    clock;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? retry/* systemClock */.ml;
        this.baseUrl = (0,server/* checkApiUrl */.Sz)(options.baseUrl, 'the GitHub API URL');
        this.base = new URL(`${this.baseUrl}/`);
        this.limits = { ...GITHUB_LIMITS, ...options.limits };
        this.logger = options.logger ?? log/* silentLogger */.qq;
        this.logger.mask(options.token);
        const host = this.base.host;
        this.http = new client/* HttpClient */.Qq({
            transport: options.transport ?? (0,transport/* nodeTransport */._3)({ crossOrigin: 'stop' }),
            policy: this.limits,
            logger: this.logger,
            clock: this.clock,
            maxBodyBytes: this.limits.maxBodyBytes,
            describe: () => `GitHub API ${host}`,
            failure: (ctx, failure) => this.failure(ctx.operation, failure),
            advise: githubAdvice,
            ...(options.tally ? { tally: { counts: options.tally, service: 'github' } } : {}),
        });
    }
    async listPulls(repo, filter = {}, page = {}) {
        return this.paginate(`repos/${encodePath(repo.owner, repo.repo)}/pulls`, {
            state: filter.state ?? 'open',
            head: filter.head === undefined ? undefined : `${repo.owner}:${filter.head}`,
            base: filter.base,
        }, (read, value, at) => this.pull(read, value, at), page.maxPages);
    }
    async getPull(repo, number) {
        const a = await this.call('GET', `repos/${encodePath(repo.owner, repo.repo, 'pulls', number)}`);
        return this.pull(a.read, a.data);
    }
    async createPull(repo, fields) {
        const a = await this.call('POST', `repos/${encodePath(repo.owner, repo.repo)}/pulls`, {
            body: {
                head: fields.head,
                base: fields.base,
                title: fields.title,
                body: fields.body ?? '',
                ...(fields.draft !== undefined ? { draft: fields.draft } : {}),
            },
            ok: [201],
        });
        return this.pull(a.read, a.data);
    }
    async updatePull(repo, number, fields) {
        const a = await this.call('PATCH', `repos/${encodePath(repo.owner, repo.repo, 'pulls', number)}`, { body: fields });
        return this.pull(a.read, a.data);
    }
    async listPullFiles(repo, number) {
        return this.paginate(`repos/${encodePath(repo.owner, repo.repo, 'pulls', number, 'files')}`, {}, (read, value, at) => this.file(read, value, at), Math.ceil(PULL_FILES_LIMIT / PER_PAGE));
    }
    async compare(repo, base, head) {
        const a = await this.call('GET', `repos/${encodePath(repo.owner, repo.repo, 'compare')}/${encodeURIComponent(base)}...${encodeURIComponent(head)}`);
        const o = a.read.object(a.data);
        const commits = a.read.list(o.commits).map((c, i) => this.commit(a.read, c, `commits[${i}]`));
        const mergeBase = a.read.optionalObject(o, 'merge_base_commit', '');
        const status = a.read.optionalString(o, 'status', '');
        const aheadBy = a.read.optionalInteger(o, 'ahead_by', '');
        const behindBy = a.read.optionalInteger(o, 'behind_by', '');
        return {
            ...(status !== undefined ? { status } : {}),
            ...(aheadBy !== undefined ? { aheadBy } : {}),
            ...(behindBy !== undefined ? { behindBy } : {}),
            totalCommits: a.read.optionalInteger(o, 'total_commits', '') ?? aheadBy ?? commits.length,
            ...(mergeBase ? { mergeBase: a.read.sha(mergeBase, 'sha', 'merge_base_commit') } : {}),
            commits,
            ...(o.files === undefined || o.files === null
                ? {}
                : {
                    files: a.read.list(o.files).map((f, i) => this.file(a.read, f, `files[${i}]`)),
                }),
        };
    }
    async createDeployment(repo, fields) {
        const a = await this.call('POST', `repos/${encodePath(repo.owner, repo.repo)}/deployments`, {
            body: {
                ref: fields.ref,
                task: fields.task ?? 'deploy',
                environment: fields.environment,
                auto_merge: false,
                required_contexts: [],
                ...(fields.description !== undefined ? { description: fields.description } : {}),
                ...(fields.payload !== undefined ? { payload: fields.payload } : {}),
                ...(fields.productionEnvironment !== undefined
                    ? { production_environment: fields.productionEnvironment }
                    : {}),
                ...(fields.transientEnvironment !== undefined
                    ? { transient_environment: fields.transientEnvironment }
                    : {}),
            },
            ok: [201],
        });
        return this.deployment(a.read, a.data);
    }
    async listDeployments(repo, filter = {}, page = {}) {
        return this.paginate(`repos/${encodePath(repo.owner, repo.repo)}/deployments`, { environment: filter.environment, ref: filter.ref, sha: filter.sha, task: filter.task }, (read, value, at) => this.deployment(read, value, at), page.maxPages);
    }
    async createDeploymentStatus(repo, deploymentId, fields) {
        const description = fields.description === undefined
            ? undefined
            : fields.description.length > STATUS_DESCRIPTION_LIMIT
                ? `${fields.description.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`
                : fields.description;
        const a = await this.call('POST', `repos/${encodePath(repo.owner, repo.repo, 'deployments', deploymentId, 'statuses')}`, {
            body: {
                state: fields.state,
                ...(fields.environmentUrl !== undefined
                    ? { environment_url: fields.environmentUrl }
                    : {}),
                ...(fields.logUrl !== undefined ? { log_url: fields.logUrl } : {}),
                ...(description !== undefined ? { description } : {}),
                ...(fields.autoInactive !== undefined ? { auto_inactive: fields.autoInactive } : {}),
                ...(fields.environment !== undefined ? { environment: fields.environment } : {}),
            },
            ok: [201],
        });
        return this.deploymentStatus(a.read, a.data);
    }
    async listDeploymentStatuses(repo, deploymentId, page = {}) {
        return this.paginate(`repos/${encodePath(repo.owner, repo.repo, 'deployments', deploymentId, 'statuses')}`, {}, (read, value, at) => this.deploymentStatus(read, value, at), page.maxPages);
    }
    failure(request, failure) {
        if (failure.kind === 'too-large') {
            return new errors/* GitHubApiError */.OS(request, undefined, `the GitHub API answered ${request} with more than ${(0,transport/* formatBytes */.z3)(failure.limit)}; reading stopped there`, 'GITHUB_API_URL may not point at the GitHub REST API, or a proxy answers in its place');
        }
        return new errors/* GitHubApiError */.OS(request, undefined, `could not reach the GitHub API at ${this.base.host} for ${request} (${failure.reason})${failure.attempts > 1 ? ` after ${failure.attempts} attempts` : ''}`, 'check GITHUB_API_URL and the network, or retry later');
    }
    async call(method, target, options = {}) {
        const url = typeof target === 'string' ? new URL(target, this.base) : target;
        if (!this.underBase(url)) {
            throw new errors/* GitHubApiError */.OS(`${method} ${url.pathname}`, undefined, `refusing to send the GitHub token to ${url.origin}${url.pathname}: it is not under ${this.baseUrl}`);
        }
        const request = `${method} ${url.pathname}`;
        const body = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body), 'utf8');
        const res = await this.http.buffered({
            method,
            url: url.href,
            headers: {
                Accept: 'application/vnd.github+json',
                'X-GitHub-Api-Version': API_VERSION,
                'User-Agent': USER_AGENT,
                Authorization: `token ${this.options.token}`,
                ...(body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
            },
            ...(body ? { body } : {}),
            idempotent: method !== 'POST',
        }, { operation: request });
        if (res.status >= 300 && res.status < 400) {
            const location = res.headers.get('location') ?? '';
            let where = 'elsewhere';
            try {
                where = new URL(location, url).origin;
            }
            catch {
            }
            throw new errors/* GitHubApiError */.OS(request, res.status, `the GitHub API answered ${request} with a redirect (HTTP ${res.status}) to ${(0,errors/* quoteAnswer */.bB)(where, 100)}; it was not followed: the token is sent only to ${this.baseUrl}`, 'check GITHUB_API_URL (the API root of the GitHub server)');
        }
        const ok = options.ok ?? [200];
        if (!ok.includes(res.status))
            throw this.statusError(request, res.status, res.headers, res.body);
        const read = new JsonReader(request, res.status);
        const text = res.body.toString('utf8');
        let data;
        try {
            data = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            const type = res.headers.get('content-type')?.split(';')[0]?.trim();
            throw read.fail(`something that is not JSON (${type ? `${(0,errors/* quoteAnswer */.bB)(type, 60)}, ` : ''}${res.body.length} bytes: "${(0,errors/* quoteAnswer */.bB)(text, 120)}")`);
        }
        return { headers: res.headers, data, read };
    }
    statusError(request, status, headers, body) {
        const text = body.toString('utf8');
        let said = '';
        try {
            const o = JSON.parse(text);
            if (typeof o === 'object' && o !== null && !Array.isArray(o)) {
                const r = o;
                const errors = Array.isArray(r.errors) ? r.errors : [];
                const details = errors
                    .slice(0, 3)
                    .map((e) => typeof e === 'object' && e !== null && typeof e.message === 'string'
                    ? String(e.message)
                    : '')
                    .filter(Boolean);
                said = [typeof r.message === 'string' ? r.message : '', ...details]
                    .filter(Boolean)
                    .join('; ');
            }
        }
        catch {
            said = text;
        }
        const reset = (0,retry/* parseRateLimitReset */.yq)(headers, this.clock.now());
        const limit = reset === undefined
            ? ''
            : ` (the rate limit is exhausted; it resets in ${(0,retry/* formatMs */._V)(reset)}, at ${new Date(this.clock.now() + reset).toISOString()})`;
        return new errors/* GitHubApiError */.OS(request, status, `the GitHub API answered ${request} with HTTP ${status}${said ? `: ${(0,errors/* quoteAnswer */.bB)(said)}` : ''}${limit}`);
    }
    async paginate(path, query, item, maxPages = this.limits.maxPages) {
        const entries = [];
        const done = (truncated) => ({
            items: entries.map((e, i) => item(e.read, e.value, `[${i}]`)),
            truncated,
        });
        const seen = new Set();
        let target = new URL(path, this.base);
        target.searchParams.set('per_page', String(PER_PAGE));
        for (const [k, v] of Object.entries(query)) {
            if (v !== undefined)
                target.searchParams.set(k, String(v));
        }
        for (let pages = 0; target !== undefined; pages++) {
            if (pages >= maxPages) {
                this.logger.debug(`GitHub API: stopped ${path} after ${maxPages} pages`);
                return done(true);
            }
            seen.add(target.href);
            const a = await this.call('GET', target);
            for (const value of a.read.list(a.data))
                entries.push({ read: a.read, value });
            const next = (0,http_link/* nextLink */.I)(a.headers.get('link'));
            if (next === undefined)
                break;
            let nextUrl;
            try {
                nextUrl = new URL(next, target);
            }
            catch {
                throw a.read.fail(`a next-page link that is not a URL ("${(0,errors/* quoteAnswer */.bB)(next, 100)}")`);
            }
            if (!this.underBase(nextUrl)) {
                throw a.read.fail(`a next-page link outside ${this.baseUrl} (${(0,errors/* quoteAnswer */.bB)(nextUrl.origin, 100)}); it was not followed`);
            }
            target = seen.has(nextUrl.href) ? undefined : nextUrl;
        }
        return done(false);
    }
    underBase(url) {
        return url.origin === this.base.origin && url.pathname.startsWith(this.base.pathname);
    }
    pull(read, value, at = '') {
        const o = read.object(value, at);
        const head = read.object(o.head, pathOf(at, 'head'));
        const base = read.object(o.base, pathOf(at, 'base'));
        const headRepo = read.optionalObject(head, 'repo', pathOf(at, 'head'));
        const headSha = read.optionalString(head, 'sha', pathOf(at, 'head'));
        const baseSha = read.optionalString(base, 'sha', pathOf(at, 'base'));
        const repository = headRepo
            ? read.optionalString(headRepo, 'full_name', pathOf(at, 'head.repo'))
            : undefined;
        return {
            number: read.integer(o, 'number', at),
            url: read.string(o, 'html_url', at),
            state: read.oneOf(o, 'state', at, ['open', 'closed']),
            title: read.string(o, 'title', at),
            body: read.optionalString(o, 'body', at) ?? '',
            head: {
                ref: read.string(head, 'ref', pathOf(at, 'head')),
                ...(headSha !== undefined ? { sha: headSha } : {}),
                ...(repository !== undefined ? { repository } : {}),
            },
            base: {
                ref: read.string(base, 'ref', pathOf(at, 'base')),
                ...(baseSha !== undefined ? { sha: baseSha } : {}),
            },
        };
    }
    file(read, value, at) {
        const o = read.object(value, at);
        const previous = read.optionalString(o, 'previous_filename', at);
        return {
            filename: read.string(o, 'filename', at),
            status: read.optionalString(o, 'status', at) ?? 'modified',
            ...(previous ? { previousFilename: previous } : {}),
        };
    }
    identity(read, value, at) {
        const o = read.object(value, at);
        return { name: read.string(o, 'name', at), email: read.string(o, 'email', at) };
    }
    commit(read, value, at) {
        const o = read.object(value, at);
        const commit = read.object(o.commit, pathOf(at, 'commit'));
        const parents = o.parents === undefined ? [] : read.list(o.parents);
        return {
            sha: read.sha(o, 'sha', at),
            message: read.string(commit, 'message', pathOf(at, 'commit')),
            author: this.identity(read, commit.author, pathOf(at, 'commit.author')),
            committer: this.identity(read, commit.committer, pathOf(at, 'commit.committer')),
            parents: parents.map((p, i) => {
                const where = pathOf(at, `parents[${i}]`);
                return read.sha(read.object(p, where), 'sha', where);
            }),
        };
    }
    deployment(read, value, at = '') {
        const o = read.object(value, at);
        const creator = read.optionalObject(o, 'creator', at);
        const login = creator
            ? read.optionalString(creator, 'login', pathOf(at, 'creator'))
            : undefined;
        const description = read.optionalString(o, 'description', at);
        const updatedAt = read.optionalString(o, 'updated_at', at);
        const production = read.optionalBoolean(o, 'production_environment', at);
        const transient = read.optionalBoolean(o, 'transient_environment', at);
        return {
            id: read.integer(o, 'id', at),
            sha: read.sha(o, 'sha', at),
            ref: read.string(o, 'ref', at),
            task: read.optionalString(o, 'task', at) ?? 'deploy',
            environment: read.string(o, 'environment', at),
            payload: o.payload ?? {},
            createdAt: read.string(o, 'created_at', at),
            ...(description !== undefined ? { description } : {}),
            ...(login !== undefined ? { creator: login } : {}),
            ...(updatedAt !== undefined ? { updatedAt } : {}),
            ...(production !== undefined ? { productionEnvironment: production } : {}),
            ...(transient !== undefined ? { transientEnvironment: transient } : {}),
        };
    }
    deploymentStatus(read, value, at = '') {
        const o = read.object(value, at);
        const creator = read.optionalObject(o, 'creator', at);
        const login = creator
            ? read.optionalString(creator, 'login', pathOf(at, 'creator'))
            : undefined;
        const optional = (key) => {
            const v = read.optionalString(o, key, at);
            return v === '' ? undefined : v;
        };
        const description = optional('description');
        const environment = optional('environment');
        const environmentUrl = optional('environment_url');
        const logUrl = optional('log_url') ?? optional('target_url');
        return {
            id: read.integer(o, 'id', at),
            state: read.oneOf(o, 'state', at, DEPLOYMENT_STATES),
            createdAt: read.string(o, 'created_at', at),
            ...(description !== undefined ? { description } : {}),
            ...(environment !== undefined ? { environment } : {}),
            ...(environmentUrl !== undefined ? { environmentUrl } : {}),
            ...(logUrl !== undefined ? { logUrl } : {}),
            ...(login !== undefined ? { creator: login } : {}),
        };
    }
}
function createGitHubClient(options) {
    const { env, baseUrl, ...rest } = options;
    return new GitHubClient({ ...rest, baseUrl: baseUrl ?? (0,server/* githubApiUrl */.BN)(env) });
}


/***/ }),

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

/***/ 61882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ nextLink)
/* harmony export */ });
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m?.[1] !== undefined && /\brel\s*=\s*"?(?:[^"]*\s)?next(?:\s[^"]*)?"?/i.test(m[2] ?? '')) {
            return m[1];
        }
    }
    return undefined;
}


/***/ })

};
