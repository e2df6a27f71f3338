export const id = 998;
export const ids = [998];
export const modules = {

/***/ 7481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryAuth: () => (/* binding */ RegistryAuth),
/* harmony export */   basicAuthorization: () => (/* binding */ basicAuthorization),
/* harmony export */   findDockerCredentials: () => (/* reexport safe */ _docker_config_js__WEBPACK_IMPORTED_MODULE_2__.ew),
/* harmony export */   mergeScopes: () => (/* binding */ mergeScopes),
/* harmony export */   parseWwwAuthenticate: () => (/* binding */ parseWwwAuthenticate),
/* harmony export */   pullScope: () => (/* binding */ pullScope),
/* harmony export */   pushScope: () => (/* binding */ pushScope)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6670);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8851);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26);



/**
 * Parses a WWW-Authenticate header (RFC 7235): one or more challenges, each a scheme and
 * comma-separated `key=value` / `key="quoted, value"` parameters.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (re) => {
        while (i < n && re.test(header.charAt(i)))
            i++;
    };
    while (i < n) {
        skip(/[\s,]/);
        const schemeStart = i;
        skip(/[^\s,=]/);
        if (i === schemeStart)
            break;
        const current = { scheme: header.slice(schemeStart, i).toLowerCase(), params: {} };
        challenges.push(current);
        for (;;) {
            skip(/[\s,]/);
            const keyStart = i;
            skip(/[^\s,=]/);
            const key = header.slice(keyStart, i);
            skip(/\s/);
            if (key === '' || header.charAt(i) !== '=') {
                // Not a parameter: the next challenge's scheme starts here.
                i = keyStart;
                break;
            }
            i++;
            skip(/\s/);
            let value = '';
            if (header.charAt(i) === '"') {
                i++;
                while (i < n && header.charAt(i) !== '"') {
                    if (header.charAt(i) === '\\' && i + 1 < n)
                        i++;
                    value += header.charAt(i);
                    i++;
                }
                i++;
            }
            else {
                const valueStart = i;
                skip(/[^\s,]/);
                value = header.slice(valueStart, i);
            }
            current.params[key.toLowerCase()] = value;
        }
    }
    return challenges;
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
/** Merges scopes naming the same resource (`a:pull` + `a:push` → `a:pull,push`); sorted. */
function mergeScopes(scopes) {
    const byResource = new Map();
    for (const scope of scopes) {
        for (const one of scope.split(' ')) {
            const cut = one.lastIndexOf(':');
            if (cut <= 0)
                continue;
            const resource = one.slice(0, cut);
            const actions = byResource.get(resource) ?? new Set();
            one
                .slice(cut + 1)
                .split(',')
                .filter(Boolean)
                .forEach((a) => actions.add(a));
            byResource.set(resource, actions);
        }
    }
    return [...byResource.entries()]
        .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
        .sort();
}
/** Re-fetch a token this long before the registry would reject it. */
const EXPIRY_MARGIN_MS = 10_000;
/** Authentication state for one registry host. */
class RegistryAuth {
    options;
    scheme = 'unknown';
    bearer;
    basicHeader;
    credentials;
    tokens = new Map();
    /** Scope sets a registry asked to widen, keyed by the set we asked for. */
    upgrades = new Map();
    /** Tokens fetched in answer to a challenge → the scope set they were fetched for. */
    answered = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Primes credentials that are known up front (e.g. an ECR authorization token). */
    static withCredentials(options, creds) {
        return new RegistryAuth({ ...options, credentials: () => Promise.resolve(creds) });
    }
    /** The Authorization header for a request needing `scopes`, once the scheme is known. */
    async header(scopes, ctx) {
        if (this.scheme === 'basic')
            return this.basicHeader;
        if (this.scheme === 'bearer') {
            const upgraded = this.upgrades.get(mergeScopes(scopes).join(' ')) ?? scopes;
            return (await this.token(upgraded, ctx)).header;
        }
        return undefined;
    }
    /**
     * Learns from a 401 answer. Returns true when a retry can succeed: a new scheme, a token
     * covering more scopes, or credentials not sent before.
     */
    async onUnauthorized(wwwAuthenticate, scopes, sent, ctx) {
        const challenges = parseWwwAuthenticate(wwwAuthenticate ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        if (bearer?.params.realm) {
            this.scheme = 'bearer';
            const service = bearer.params.service;
            this.bearer = { realm: bearer.params.realm, ...(service ? { service } : {}) };
            const asked = mergeScopes(scopes).join(' ');
            const wanted = mergeScopes([
                ...(this.upgrades.get(asked) ?? scopes),
                ...(bearer.params.scope ? [bearer.params.scope] : []),
            ]);
            // The registry may want more than we asked for (insufficient_scope): remember it.
            if (wanted.join(' ') !== asked)
                this.upgrades.set(asked, wanted);
            const key = wanted.join(' ');
            // A token fetched for exactly this challenge and still refused: asking again won't help.
            if (sent !== undefined && this.answered.get(sent) === key)
                return false;
            // Drop a token only if it is the one just rejected; a pending one is shared instead.
            const cached = this.tokens.get(key);
            if (cached && sent !== undefined) {
                const token = await cached.catch(() => undefined);
                // Another request may already have replaced it while we waited.
                if (token?.header === sent && this.tokens.get(key) === cached)
                    this.tokens.delete(key);
            }
            const fresh = await this.token(wanted, ctx);
            this.answered.set(fresh.header, key);
            return fresh.header !== sent;
        }
        if (basic) {
            const creds = await this.loadCredentials();
            if (!creds || !('password' in creds))
                return false;
            this.scheme = 'basic';
            this.basicHeader = basicAuthorization(creds.username, creds.password);
            this.options.logger.mask(this.basicHeader.slice('Basic '.length));
            return this.basicHeader !== sent;
        }
        return false;
    }
    loadCredentials() {
        this.credentials ??= this.options.credentials().then((creds) => {
            registerCredentials(creds);
            return creds;
        });
        return this.credentials;
    }
    token(scopes, ctx) {
        const key = mergeScopes(scopes).join(' ');
        const cached = this.tokens.get(key);
        if (cached) {
            return cached.then((t) => {
                if (t.expiresAt - EXPIRY_MARGIN_MS > this.options.clock.now())
                    return t;
                if (this.tokens.get(key) === cached)
                    this.tokens.delete(key);
                return this.token(scopes, ctx);
            });
        }
        // Concurrent requests share one token request per scope set.
        const pending = this.fetchToken(mergeScopes(scopes), ctx);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return pending;
    }
    async fetchToken(scopes, ctx) {
        const { http, logger, clock, registry } = this.options;
        if (!this.bearer)
            throw new Error('unreachable: bearer token requested before a challenge');
        const { realm, service } = this.bearer;
        const creds = await this.loadCredentials();
        const tokenCtx = { ...ctx, operation: `token request to ${realmLabel(realm)}` };
        let res;
        if (creds && 'identityToken' in creds) {
            // OAuth2 refresh-token grant, as docker does for identity tokens.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'image-promote',
            });
            if (service)
                form.set('service', service);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            res = await http.buffered({
                method: 'POST',
                url: realm,
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString()),
            }, tokenCtx);
        }
        else {
            const url = new URL(realm);
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (creds) {
                url.searchParams.set('account', creds.username);
                headers.Authorization = basicAuthorization(creds.username, creds.password);
                logger.mask(headers.Authorization.slice('Basic '.length));
            }
            res = await http.buffered({ method: 'GET', url: url.toString(), headers }, tokenCtx);
        }
        const said = res.status === 200 ? '' : tokenErrorDetail(res.body);
        if (res.status === 401 || res.status === 403) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({ ...tokenCtx, status: res.status }, creds
                ? `the token service rejected the credentials docker has for ${registry} (HTTP ${res.status}${said})`
                : `the token service requires credentials for ${registry} (HTTP ${res.status}${said})`, `run docker login ${registry} with an account that may access ${scopes.join(' ')}`);
        }
        if (res.status !== 200) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({ ...tokenCtx, status: res.status, attempts: res.attempts }, `the token service answered HTTP ${res.status}${said}`, 'retry later, or check the registry status');
        }
        let body;
        try {
            body = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(tokenCtx, 'the token service did not answer with JSON');
        }
        const token = typeof body.token === 'string' && body.token
            ? body.token
            : typeof body.access_token === 'string'
                ? body.access_token
                : '';
        if (!token)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(tokenCtx, 'the token service answered without a token');
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(token);
        logger.mask(token);
        // The token spec's default lifetime is 60 s when expires_in is absent.
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        logger.debug(`registry ${registry}: got a token for ${scopes.join(' ') || '(no scope)'}`);
        return { header: `Bearer ${token}`, expiresAt: clock.now() + seconds * 1000 };
    }
}
/** Every form of a credential is redacted from then on, whatever the logger does with it. */
function registerCredentials(creds) {
    if (!creds)
        return;
    if ('password' in creds)
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.addCredentials(creds.username, creds.password);
    else
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(creds.identityToken);
}
/** `: <what the token server said>`, short and redacted (it may echo what it was sent). */
function tokenErrorDetail(body) {
    const text = body.toString('utf8').trim();
    if (text === '')
        return '';
    let detail = text;
    try {
        const json = JSON.parse(text);
        const first = json.errors?.[0]?.message;
        const picked = [json.error_description, json.details, json.error, json.message, first].find((v) => typeof v === 'string' && v !== '');
        if (picked !== undefined)
            detail = picked;
    }
    catch {
        // Not JSON: the text itself.
    }
    // Redacted whole, then shortened: a cut would leave a part of a secret unrecognised.
    return `: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(detail.replace(/\s+/g, ' ')).slice(0, 200)}`;
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
/** The realm without query or credentials, for messages. */
function realmLabel(realm) {
    try {
        const u = new URL(realm);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return 'the token service';
    }
}


/***/ }),

/***/ 26:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ew: () => (/* binding */ findDockerCredentials)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_SERVER, configKeyHost, dockerConfigDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * Credentials the way the docker CLI finds them, so image-promote works right after
 * `docker login`, docker/login-action or aws-actions/amazon-ecr-login:
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), `credHelpers` over
 * `credsStore`, then `auths`. Helpers speak the `docker-credential-<name> get` protocol.
 */




/** The key docker uses for Docker Hub in config files and when calling helpers. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Docker's ConvertToHostname: drop the scheme and any path (`https://x/v1/` → `x`). */
function configKeyHost(key) {
    const stripped = key.replace(/^https?:\/\//i, '');
    const slash = stripped.indexOf('/');
    return (slash === -1 ? stripped : stripped.slice(0, slash)).toLowerCase();
}
function sameRegistry(a, b) {
    const x = configKeyHost(a);
    const y = configKeyHost(b);
    return x === y || (DOCKER_HUB_HOSTS.has(x) && DOCKER_HUB_HOSTS.has(y));
}
function dockerConfigDir(env = process.env) {
    if (env.DOCKER_CONFIG)
        return env.DOCKER_CONFIG;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
}
async function readConfig(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot read docker config ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    if (text.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker config ${file} is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}); fix it or run docker login again`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker config ${file} must hold a JSON object`);
    }
    return parsed;
}
function fromAuthEntry(entry) {
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        const username = typeof entry.username === 'string' ? entry.username : undefined;
        return username
            ? { identityToken: entry.identitytoken, username }
            : { identityToken: entry.identitytoken };
    }
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username) {
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
function helperFor(config, host) {
    for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
        if (typeof helper === 'string' && helper !== '' && sameRegistry(key, host))
            return helper;
    }
    return typeof config.credsStore === 'string' && config.credsStore !== ''
        ? config.credsStore
        : undefined;
}
/** An ExecError (src/exec.ts), recognised without loading that module. */
function isExecError(err) {
    return err instanceof Error && err.name === 'ExecError' && 'exitCode' in err;
}
/** Runs `docker-credential-<helper> get`; undefined when the helper has nothing for `server`. */
async function askHelper(helper, server, options) {
    // The exec wrapper (and node:child_process) loads only when a helper is configured.
    const run = options.exec ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8092))).exec;
    const program = `docker-credential-${helper}`;
    const result = await run(program, ['get'], {
        input: server,
        allowFailure: true,
        timeoutMs: 30000,
        ...(options.env ? { env: options.env } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
    });
    if (result.exitCode !== 0) {
        // The protocol reports a miss on stdout with a non-zero exit; anything else is a failure.
        const said = `${result.stdout} ${result.stderr}`.toLowerCase();
        if (said.includes('credentials not found'))
            return undefined;
        throw new Error(`${program} get exited with code ${result.exitCode}`);
    }
    let reply;
    try {
        reply = JSON.parse(result.stdout);
    }
    catch {
        throw new Error(`${program} get did not print JSON`);
    }
    const username = typeof reply.Username === 'string' ? reply.Username : '';
    const secret = typeof reply.Secret === 'string' ? reply.Secret : '';
    if (secret === '')
        return undefined;
    options.logger?.mask(secret);
    // Helpers store identity tokens (from `docker login` with OAuth) under this username.
    if (username === '<token>')
        return { identityToken: secret };
    return { username, password: secret };
}
/**
 * Credentials docker would use for `host` (e.g. `ghcr.io`, `localhost:5000`, `docker.io`), or
 * undefined. A helper that is missing or fails is reported as a warning and `auths` is tried.
 */
async function findDockerCredentials(host, options = {}) {
    const env = options.env ?? process.env;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dockerConfigDir(env), 'config.json');
    const config = await readConfig(file);
    if (!config)
        return undefined;
    const isHub = DOCKER_HUB_HOSTS.has(configKeyHost(host));
    const authKeys = Object.keys(config.auths ?? {}).filter((key) => sameRegistry(key, host));
    const helper = helperFor(config, host);
    if (helper) {
        // Helpers store entries under the address given to `docker login`; try the usual spellings.
        const servers = [...new Set([isHub ? DOCKER_HUB_SERVER : host, ...authKeys])];
        try {
            for (const server of servers) {
                const found = await askHelper(helper, server, { ...options, env });
                if (found)
                    return found;
            }
        }
        catch (err) {
            const why = isExecError(err) && err.exitCode === null ? 'could not run' : 'failed';
            options.logger?.warning(`docker credential helper '${helper}' ${why} for ${host} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}); using ${file} instead`);
        }
    }
    // Exact spelling first, then any key naming the same host (with scheme or /v1/ path).
    const ordered = [...authKeys.filter((k) => k === host), ...authKeys.filter((k) => k !== host)];
    for (const key of ordered) {
        const entry = config.auths?.[key];
        if (!entry || typeof entry !== 'object')
            continue;
        const creds = fromAuthEntry(entry);
        if (creds) {
            if ('password' in creds)
                options.logger?.mask(creds.password);
            else
                options.logger?.mask(creds.identityToken);
            return creds;
        }
    }
    return undefined;
}


/***/ }),

/***/ 72:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isEcrHost: () => (/* binding */ isEcrHost),
/* harmony export */   parseEcrHost: () => (/* binding */ parseEcrHost)
/* harmony export */ });
/**
 * Recognises Amazon ECR private registry hosts without loading the AWS SDK, so the provider
 * can decide which backend to use (and the build path whether to fetch an ECR login) cheaply.
 */
// Host suffixes ECR uses per partition (the same list amazon-ecr-credential-helper accepts).
const SUFFIXES = [
    ['amazonaws.com', 'aws', false],
    ['amazonaws.com.cn', 'aws-cn', false],
    ['amazonaws.eu', 'aws-eusc', false],
    ['on.aws', 'aws', true],
    ['on.amazonwebservices.com.cn', 'aws-cn', true],
    ['c2s.ic.gov', 'aws-iso', false],
    ['sc2s.sgov.gov', 'aws-iso-b', false],
    ['cloud.adc-e.uk', 'aws-iso-e', false],
    ['csp.hci.ic.gov', 'aws-iso-f', false],
];
const HOST_RE = /^(\d{12})\.dkr([.-])ecr(-fips)?\.([a-z0-9][a-z0-9-]*)\.(.+)$/;
/**
 * Parses `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` (and the dual-stack, EU and
 * isolated-partition forms). A port is ignored. Returns undefined for any other host.
 */
function parseEcrHost(host) {
    const bare = host.toLowerCase().replace(/:\d+$/, '');
    const m = HOST_RE.exec(bare);
    if (!m)
        return undefined;
    const [, accountId = '', sep, fips, region = '', suffix] = m;
    const known = SUFFIXES.find(([s]) => s === suffix);
    if (!known)
        return undefined;
    const [, basePartition, dualstack] = known;
    // Dual-stack hosts are `dkr-ecr`, the classic ones `dkr.ecr`; anything else is not ECR.
    if ((sep === '-') !== dualstack)
        return undefined;
    const partition = basePartition === 'aws' && region.startsWith('us-gov-') ? 'aws-us-gov' : basePartition;
    return { accountId, region, fips: fips !== undefined, dualstack, partition };
}
function isEcrHost(host) {
    return parseEcrHost(host) !== undefined;
}


/***/ }),

/***/ 8851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   Uc: () => (/* binding */ formatRefSuffix),
/* harmony export */   _Y: () => (/* binding */ retryIntegrity),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   lw: () => (/* binding */ Http),
/* harmony export */   m0: () => (/* binding */ requireDigest),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports parseRetryAfter, networkReason, redactUrl, formatMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(506);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(670);
/**
 * HTTP with the resilience registries need: retries on 429/5xx, resets and timeouts, with
 * exponential backoff and jitter, honouring Retry-After, bounded in attempts and total time.
 * Also the error type every registry failure becomes.
 */




const DEFAULT_RETRY_POLICY = {
    retries: 4,
    minDelayMs: 250,
    maxDelayMs: 8000,
    maxElapsedMs: 60_000,
    timeoutMs: 30_000,
};
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status);
}
/** Retry-After as ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === null)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/** Backoff before retry number `retry` (0-based): half fixed, half random ("equal jitter"). */
function backoffDelay(policy, retry, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/**
 * A registry failure a user can act on; the message names registry, repository, reference.
 * The message is redacted here, once: it is often built from a registry's or token server's
 * answer, which may echo the credentials it was sent.
 */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    info;
    name = 'RegistryError';
    constructor(info, problem, fix) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${describeTarget(info)}: ${problem}${fix ? ` — ${fix}` : ''}`));
        this.info = info;
    }
}
/**
 * Content that does not hash to what it should: bytes asked for by digest that hash to
 * another one, bytes that contradict the `Docker-Content-Digest` sent with them, or bytes for
 * a tag that hash to a manifest the repository does not hold. Retried like a transient
 * fault (retryIntegrity); `problem` always starts "the registry returned bytes that …".
 */
class IntegrityError extends RegistryError {
    problem;
    name = 'IntegrityError';
    constructor(ctx, problem) {
        super({ ...ctx, code: 'DIGEST_MISMATCH', retryable: true }, problem, 'the registry or a proxy in between altered the content; nothing was promoted from it');
        this.problem = problem;
    }
}
/**
 * "the registry returned bytes that do not match `expected`[, `claimedBy`] (they hash to
 * `actual`)": the one wording for content that is not what it was asked for or said to be.
 */
function digestMismatch(ctx, expected, actual, claimedBy) {
    return new IntegrityError(ctx, `the registry returned bytes that do not match ${expected}${claimedBy ? `, ${claimedBy}` : ''} (they hash to ${actual})`);
}
/** Throws digestMismatch unless `bytes` hash to `digest` (see hashMatches). */
function requireDigest(ctx, bytes, digest, claimedBy) {
    if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .hashMatches */ .CR)(bytes, digest)) {
        throw digestMismatch(ctx, digest, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes, digest), claimedBy);
    }
}
/**
 * Runs `attempt` again while it throws IntegrityError, with the backoff and bounds of the
 * HTTP retries (attempts and total time); then fails with the last problem and the count.
 */
async function retryIntegrity(options, ctx, attempt) {
    const { policy, clock, logger } = options;
    const started = clock.now();
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (err) {
            if (!(err instanceof IntegrityError))
                throw err;
            const delay = backoffDelay(policy, n - 1, clock.random);
            if (n > policy.retries || clock.now() + delay - started > policy.maxElapsedMs) {
                if (n === 1)
                    throw err;
                throw new RegistryError({ ...err.info, attempts: n }, `${err.problem} (${n} attempts)`, 'the registry or a proxy in between keeps altering the content; nothing was promoted from it');
            }
            logger.info(`registry ${ctx.registry}: ${err.problem} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${n + 1} of ${policy.retries + 1})`);
            await clock.sleep(delay);
        }
    }
}
function formatRefSuffix(reference) {
    if (reference === undefined)
        return '';
    return reference.includes(':') ? `@${reference}` : `:${reference}`;
}
function describeTarget(info) {
    const where = info.repository
        ? ` repository ${info.repository}${formatRefSuffix(info.reference)}`
        : '';
    return `registry ${info.registry}${where}: ${info.operation}`;
}
class TimeoutError extends Error {
    name = 'TimeoutError';
}
// Duck-typed: errors may come from another realm (undici's, or under jest's VM modules).
function asError(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const e = err;
    return typeof e.name === 'string' && typeof e.message === 'string' ? e : undefined;
}
/** Network-level failures worth another attempt (by code; fetch wraps them in a TypeError). */
function isTransientError(err) {
    if (err instanceof TimeoutError)
        return true;
    const e = asError(err);
    if (!e)
        return false;
    if (e.name === 'TypeError' && (e.message === 'fetch failed' || e.message === 'terminated')) {
        return true;
    }
    return (typeof e.code === 'string' &&
        /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|UND_ERR_)/.test(e.code));
}
/** The low-level reason (ECONNRESET, "socket hang up") behind a network failure. */
function networkReason(err) {
    let cur = asError(err);
    let reason = cur ? cur.message : String(err);
    for (let depth = 0; depth < 4 && cur; depth++) {
        if (typeof cur.code === 'string')
            return `${cur.code}${cur.message ? `: ${cur.message}` : ''}`;
        reason = cur.message || reason;
        cur = asError(cur.cause);
    }
    return reason;
}
class Http {
    options;
    clock;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? systemClock;
    }
    get policy() {
        return this.options.policy;
    }
    /** Sends with retries and reads the whole body (manifests, JSON, errors). */
    buffered(req, ctx) {
        return this.withRetries(req, ctx, false);
    }
    /**
     * Sends with retries; a 2xx body is handed back unread as `stream` (blob downloads), anything
     * else is read into `body`. The timeout covers the headers only for a streamed body: a body
     * that fails midway is retried by the caller, which restarts the whole transfer.
     */
    stream(req, ctx) {
        return this.withRetries(req, ctx, true);
    }
    async withRetries(req, ctx, streamBody) {
        const { policy, logger } = this.options;
        const replayable = req.body === undefined || Buffer.isBuffer(req.body);
        const started = this.clock.now();
        for (let attempt = 1;; attempt++) {
            let outcome;
            try {
                outcome = { response: await this.once(req, streamBody, attempt) };
            }
            catch (error) {
                outcome = { error };
            }
            const retriesLeft = replayable && attempt <= policy.retries;
            if ('response' in outcome) {
                const res = outcome.response;
                if (!isRetryableStatus(res.status) || !retriesLeft)
                    return res;
                const hinted = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
                const delay = Math.max(hinted ?? 0, backoffDelay(policy, attempt - 1, this.clock.random));
                if (this.clock.now() + delay - started > policy.maxElapsedMs)
                    return res;
                logger.info(`registry ${ctx.registry}: HTTP ${res.status} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
                await this.clock.sleep(delay);
                continue;
            }
            const { error } = outcome;
            if (!isTransientError(error))
                throw error;
            const delay = backoffDelay(policy, attempt - 1, this.clock.random);
            if (!retriesLeft || this.clock.now() + delay - started > policy.maxElapsedMs) {
                throw new RegistryError({ ...ctx, attempts: attempt, retryable: true }, `could not reach the registry (${networkReason(error)})${attempt > 1 ? ` after ${attempt} attempts` : ''}`, 'check the registry address and the network, or retry later');
            }
            logger.info(`registry ${ctx.registry}: ${networkReason(error)} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
            await this.clock.sleep(delay);
        }
    }
    async once(req, streamBody, attempt) {
        const { policy, logger } = this.options;
        const controller = new AbortController();
        let timer = setTimeout(() => {
            controller.abort();
        }, policy.timeoutMs);
        // A streamed upload may take long; what must not happen is a stall, so every chunk that
        // flows restarts the clock (an idle timeout), and the answer must follow the last chunk.
        const touch = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                controller.abort();
            }, policy.timeoutMs);
        };
        const raw = req.body;
        const payload = raw === undefined || Buffer.isBuffer(raw) ? raw : tap(raw, touch);
        try {
            const res = await this.options.transport({
                method: req.method,
                url: req.url,
                headers: req.headers ?? {},
                ...(payload !== undefined ? { body: payload } : {}),
                signal: controller.signal,
            });
            logger.debug(`${req.method} ${redactUrl(req.url)} → ${res.status}`);
            if (streamBody && res.status >= 200 && res.status < 300) {
                clearTimeout(timer);
                return {
                    status: res.status,
                    headers: res.headers,
                    body: EMPTY,
                    stream: res.body,
                    discard: res.discard,
                    attempts: attempt,
                };
            }
            if (req.method === 'HEAD') {
                res.discard();
                return { status: res.status, headers: res.headers, body: EMPTY, attempts: attempt };
            }
            // Reading the body also returns the connection to the keep-alive pool.
            const body = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(res.body);
            return { status: res.status, headers: res.headers, body, attempts: attempt };
        }
        catch (err) {
            // Only our timer aborts this controller.
            if (controller.signal.aborted)
                throw new TimeoutError(`timed out after ${formatMs(policy.timeoutMs)}`);
            throw err;
        }
        finally {
            clearTimeout(timer);
        }
    }
}
const EMPTY = Buffer.alloc(0);
async function* tap(source, onChunk) {
    for await (const chunk of source) {
        onChunk();
        yield chunk;
    }
}
/** Drops the query (upload `_state`, token parameters) from URLs that reach logs. */
function redactUrl(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?…`;
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   T$: () => (/* binding */ pickImageChild),
/* harmony export */   ZX: () => (/* binding */ bareMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony exports MEDIA_TYPES, isIndexMediaType, isAttestation */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8286);
/**
 * Manifest media types, digests over exact bytes, and the references a manifest holds
 * (an index's children, an image's config and layers). Pure: no I/O.
 */


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const IMAGE_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/**
 * Every manifest type, on every manifest request: distribution answers 404 for a manifest whose
 * type is missing from Accept, even though it exists (vectors/registry-http-transcript.json).
 */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const MANIFEST_MEDIA_TYPES = Object.values(MEDIA_TYPES);
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
/** `sha256:<hex>` (or the algorithm of `like`) over exactly these bytes. */
function digestOf(bytes, like) {
    const algorithm = like?.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
/** The hash algorithm `digest` names (sha256, sha384 or sha512), undefined for any other. */
function digestAlgorithm(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    return colon > 0 && ALGORITHMS.has(algorithm) ? algorithm : undefined;
}
/**
 * True when `bytes` hash to `digest` (sha256, sha384 or sha512, per its prefix). A digest of
 * another or no algorithm never matches: a claim that cannot be checked is not believed.
 */
function hashMatches(bytes, digest) {
    const algorithm = digestAlgorithm(digest);
    if (algorithm === undefined)
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex') === digest.slice(algorithm.length + 1);
}
/** `application/vnd.oci.image.index.v1+json; charset=utf-8` → the bare type. */
function bareMediaType(contentType) {
    if (!contentType)
        return undefined;
    const bare = contentType.split(';', 1)[0]?.trim().toLowerCase();
    return bare || undefined;
}
class ManifestError extends Error {
    name = 'ManifestError';
}
function readDescriptor(value, where) {
    if (typeof value !== 'object' || value === null) {
        throw new ManifestError(`${where} is not a descriptor object`);
    }
    const d = value;
    if (typeof d.digest !== 'string' || (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(d.digest) !== undefined) {
        throw new ManifestError(`${where} has an invalid digest`);
    }
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        throw new ManifestError(`${where} has an invalid size`);
    }
    const mediaType = typeof d.mediaType === 'string' ? d.mediaType : '';
    const foreign = mediaType.includes('nondistributable') ||
        mediaType.includes('foreign') ||
        (Array.isArray(d.urls) && d.urls.length > 0);
    const ref = { digest: d.digest, size: d.size, mediaType, foreign };
    const platform = readPlatform(d.platform);
    if (platform)
        ref.platform = platform;
    if (typeof d.annotations === 'object' && d.annotations !== null) {
        const strings = Object.entries(d.annotations).filter((e) => typeof e[1] === 'string');
        if (strings.length > 0)
            ref.annotations = Object.fromEntries(strings);
    }
    return ref;
}
function readPlatform(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const p = value;
    if (typeof p.os !== 'string' || typeof p.architecture !== 'string')
        return undefined;
    return {
        os: p.os,
        architecture: p.architecture,
        ...(typeof p.variant === 'string' ? { variant: p.variant } : {}),
    };
}
/** Build attestations (buildx provenance/SBOM) ride in an index as `unknown/unknown` images. */
function isAttestation(child) {
    return (child.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (child.platform?.os === 'unknown' && child.platform.architecture === 'unknown'));
}
/** The child of an index whose config describes the image: linux/amd64, else the first image. */
function pickImageChild(children) {
    const images = children.filter((c) => !isAttestation(c));
    return (images.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ??
        images[0]);
}
/**
 * Reads what a manifest references. The media type comes from the response's Content-Type,
 * else the manifest's own `mediaType`, else its shape (`manifests` means an index).
 */
function parseManifest(bytes, contentType) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new ManifestError('the manifest is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError('the manifest is not a JSON object');
    }
    const m = json;
    const declared = typeof m.mediaType === 'string' ? m.mediaType : undefined;
    const header = bareMediaType(contentType);
    const known = (t) => t !== undefined && (INDEX_TYPES.has(t) || IMAGE_TYPES.has(t));
    let mediaType = known(header) ? header : known(declared) ? declared : undefined;
    mediaType ??= Array.isArray(m.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
    if (INDEX_TYPES.has(mediaType)) {
        if (!Array.isArray(m.manifests))
            throw new ManifestError('the index has no "manifests" list');
        const children = m.manifests.map((c, i) => readDescriptor(c, `manifests[${i}]`));
        return { kind: 'index', mediaType, children };
    }
    const blobs = [];
    const config = m.config !== undefined ? readDescriptor(m.config, 'config') : undefined;
    if (config)
        blobs.push(config);
    if (m.layers !== undefined) {
        if (!Array.isArray(m.layers))
            throw new ManifestError('"layers" is not a list');
        m.layers.forEach((l, i) => blobs.push(readDescriptor(l, `layers[${i}]`)));
    }
    return { kind: 'image', mediaType, blobs, ...(config ? { config } : {}) };
}
/** Reads labels and `created` from image config JSON; throws ManifestError when it is not JSON. */
function parseImageConfig(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new ManifestError('the image config is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError('the image config is not a JSON object');
    }
    const c = json;
    const raw = c.config?.Labels;
    const labels = {};
    if (typeof raw === 'object' && raw !== null) {
        for (const [k, v] of Object.entries(raw))
            if (typeof v === 'string')
                labels[k] = v;
    }
    return { labels, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}


/***/ }),

/***/ 5526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   WT: () => (/* binding */ apiEndpoint),
/* harmony export */   Zy: () => (/* binding */ OciRegistry)
/* harmony export */ });
/* unused harmony export nextLink */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6670);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8286);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7481);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8851);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(506);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7937);
/* harmony import */ var _tag_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1070);
/**
 * The OCI distribution backend: plain HTTP(S) against /v2/, no docker daemon.
 * Retag and copy move the exact manifest bytes with their content type, so the digest cannot
 * change; blobs move by cross-repository mount, streamed through only when a mount is refused.
 *
 * Digests are computed, never believed: a manifest's digest is the hash of the bytes read
 * here. Bytes asked for by digest must hash to it; bytes that contradict the
 * Docker-Content-Digest sent with them are refused; bytes read by tag without that header
 * must hash to a manifest the repository holds (a HEAD by that digest, which can be checked).
 * Each of these is an integrity fault, retried like a transient one (retryIntegrity), then
 * reported. A HEAD is used only by digest, never to learn what a tag points to.
 *
 * Every manifest PUT is re-read (a tag by GET and hash, a digest by HEAD). The distribution
 * API has no compare-and-swap: two writers of one tag can both pass the "tag is free" check;
 * the re-read catches the one whose write was overwritten before it looked again, but a PUT
 * landing after the last re-read is not seen (callers re-read once more at the end of a run
 * with verifyTag). Only server-side tag immutability really locks a tag.
 */









/** Docker Hub's API lives on another host than the name users write. */
const DOCKER_HUB_API = 'registry-1.docker.io';
function isLoopback(host) {
    const bare = host.replace(/:\d+$/, '').toLowerCase();
    return bare === 'localhost' || bare === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}
/**
 * Base URL of a registry's API. Loopback registries are reached over plain HTTP, as docker
 * does; so are the hosts listed as insecure (`host` matches any port, `host:port` only that).
 */
function apiEndpoint(domain, insecureRegistries = []) {
    const host = domain === 'docker.io' ? DOCKER_HUB_API : domain;
    const bare = host.replace(/:\d+$/, '');
    const insecure = isLoopback(host) ||
        insecureRegistries.some((entry) => {
            const e = entry
                .trim()
                .replace(/^https?:\/\//i, '')
                .replace(/\/+$/, '')
                .toLowerCase();
            return e === host.toLowerCase() || e === bare.toLowerCase();
        });
    return `${insecure ? 'http' : 'https'}://${host}`;
}
/**
 * The first registry error code and a short message from an error body, redacted: a
 * registry may echo the credentials it was sent.
 */
function decodeErrors(body) {
    const { code, message } = decodeErrorsRaw(body);
    // Redacted whole, then shortened: a cut would leave a part of a secret unrecognised.
    return {
        ...(code ? { code: (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(code).slice(0, 100) } : {}),
        ...(message ? { message: (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message).slice(0, 300) } : {}),
    };
}
function decodeErrorsRaw(body) {
    if (body.length === 0)
        return {};
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const first = parsed.errors?.[0];
        if (!first)
            return {};
        const code = typeof first.code === 'string' ? first.code : undefined;
        const messages = (parsed.errors ?? [])
            .slice(0, 3)
            .map((e) => {
            const detail = typeof e.detail === 'string' ? ` ${e.detail}` : '';
            return typeof e.message === 'string' ? `${e.message}${detail}` : '';
        })
            .filter(Boolean);
        return {
            ...(code ? { code } : {}),
            ...(messages.length ? { message: messages.join('; ') } : {}),
        };
    }
    catch {
        const text = body
            .subarray(0, 64 * 1024)
            .toString('utf8')
            .trim();
        return text ? { message: text } : {};
    }
}
class OciRegistry {
    options;
    kind = 'oci';
    concurrency;
    constructor(options) {
        this.options = options;
        this.concurrency = options.concurrency ?? 8;
    }
    async resolve(ref) {
        this.checkHost(ref);
        const reference = manifestReference(ref);
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pullScope)(ref.path)];
        if (ref.digest !== undefined) {
            // A request by digest can be checked, so a HEAD suffices when it names type and size.
            const digest = ref.digest;
            const head = await this.retry(this.ctx('HEAD manifest', ref.path, digest), () => this.headByDigest(ref.path, digest, scopes));
            if (head !== null)
                return head;
        }
        // By tag: the GET's bytes, hashed here, confirmed to be a manifest the repository holds.
        const fetched = await this.fetchManifest(ref.path, reference, scopes);
        return fetched && descriptorOf(fetched);
    }
    async addTag(source, tag, options = {}) {
        this.checkHost(source);
        checkTag(tag, this.options.registry, source.path);
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pushScope)(source.path)];
        const manifest = await this.readSource(source, scopes);
        return this.writeTag(source.path, tag, manifest, scopes, options);
    }
    async copy(source, target, options = {}) {
        this.checkHost(source);
        this.checkHost(target);
        const tag = target.tag;
        if (tag === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`copy target ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(target)} has no tag: name the tag to write, e.g. ${target.name}:v1`);
        }
        checkTag(tag, this.options.registry, target.path);
        if (source.path === target.path && target.digest === undefined) {
            return this.addTag(source, tag, options);
        }
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pushScope)(target.path), (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pullScope)(source.path)];
        const manifest = await this.readSource(source, scopes);
        if (target.digest !== undefined && target.digest !== manifest.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`copy target ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(target)} pins digest ${target.digest}, but the source ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(source)} is ${manifest.digest}`);
        }
        let copyContent;
        if (source.path !== target.path) {
            const copier = new ContentCopier(this, source.path, target.path, scopes, this.concurrency);
            // The index's manifests are read while the target tag is checked (reads only: nothing
            // is written before the overwrite rule has passed).
            copier.prefetch(manifest);
            copyContent = () => copier.copyReferenced(manifest);
        }
        return this.writeTag(target.path, tag, manifest, scopes, options, copyContent);
    }
    async listTags(repo) {
        this.checkHost(repo);
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pullScope)(repo.path)];
        const ctx = this.ctx('list tags', repo.path);
        const tags = [];
        const seen = new Set();
        let url = `${this.options.endpoint}/v2/${repo.path}/tags/list?n=1000`;
        while (url !== undefined) {
            // A registry that ignores `n` answers everything at once; one that pages sends Link.
            if (seen.has(url))
                break;
            seen.add(url);
            const res = await this.send({ method: 'GET', url }, scopes, ctx);
            if (res.status === 404)
                return [];
            if (res.status !== 200)
                throw this.errorFor(res, ctx);
            let page;
            try {
                page = JSON.parse(res.body.toString('utf8'));
            }
            catch {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, 'the tag list is not valid JSON');
            }
            if (Array.isArray(page.tags)) {
                for (const t of page.tags)
                    if (typeof t === 'string')
                        tags.push(t);
            }
            url = nextLink(res.headers.get('link'), url);
        }
        return tags;
    }
    async verifyTag(ref, expectedDigest) {
        this.checkHost(ref);
        if (ref.tag === undefined) {
            throw new Error(`verifyTag needs a reference with a tag, not ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(ref)}`);
        }
        const now = await this.fetchManifest(ref.path, ref.tag, [(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pullScope)(ref.path)], expectedDigest);
        if (now?.digest !== expectedDigest) {
            throw this.movedError(ref.path, ref.tag, expectedDigest, now?.digest);
        }
    }
    async imageConfig(ref) {
        this.checkHost(ref);
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pullScope)(ref.path)];
        const top = await this.fetchManifest(ref.path, manifestReference(ref), scopes);
        if (!top)
            return undefined;
        const image = await this.imageOf(ref.path, top, scopes);
        const ctx = this.ctx('read image config', ref.path, image.digest);
        if (image.parsed.kind !== 'image' || !image.parsed.config) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, 'the image manifest names no config');
        }
        const bytes = await this.readBlobIn(ref.path, image.parsed.config.digest, scopes);
        try {
            return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageConfig */ .FB)(bytes);
        }
        catch (err) {
            if (err instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .ManifestError */ .Sh)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, err.message);
            throw err;
        }
    }
    async readBlob(repo, digest) {
        this.checkHost(repo);
        return this.readBlobIn(repo.path, digest, [(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__.pullScope)(repo.path)]);
    }
    // ---- building blocks shared with ContentCopier -------------------------------------------
    /**
     * GET a manifest with integrity retries. Its digest is the hash of the bytes; bytes asked
     * for by digest must hash to it, bytes sent with a Docker-Content-Digest must hash to that,
     * and bytes read by tag with no such header must hash to `expected` or to a manifest the
     * repository holds (a HEAD by that digest: a request that can be checked).
     */
    async fetchManifest(repository, reference, scopes, expected) {
        const ctx = this.ctx('GET manifest', repository, reference);
        return this.retry(ctx, async () => {
            const answer = await this.getManifestOnce(repository, reference, scopes, ctx);
            if (!answer)
                return undefined;
            const { manifest: fetched, claimed } = answer;
            if (isDigest(reference) || claimed || fetched.digest === expected)
                return fetched;
            const held = await this.headByDigest(repository, fetched.digest, scopes);
            if (held === undefined) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .IntegrityError */ .cs(ctx, `the registry returned bytes for ${reference} that hash to ${fetched.digest}, a manifest repository ${repository} does not hold`);
            }
            return fetched;
        });
    }
    /** PUT the exact bytes under `reference`; returns the digest the registry claims it stored. */
    async putManifest(repository, reference, manifest, scopes) {
        const ctx = this.ctx('PUT manifest', repository, reference);
        const res = await this.send({
            method: 'PUT',
            url: this.manifestUrl(repository, reference),
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        }, scopes, ctx);
        if (res.status !== 201 && res.status !== 200 && res.status !== 202) {
            throw this.errorFor(res, ctx);
        }
        return res.headers.get('docker-content-digest') ?? undefined;
    }
    /**
     * Re-reads what a PUT wrote: a digest reference by HEAD (checkable), a tag by GET and hash.
     * `claimed` is the digest the PUT's answer named, to tell a registry that rewrote the
     * manifest from another writer that moved the tag.
     */
    async confirmWrite(repository, reference, manifest, scopes, claimed) {
        const ctx = this.ctx('PUT manifest', repository, reference);
        if (isDigest(reference)) {
            const held = await this.retry(this.ctx('HEAD manifest', repository, reference), () => this.headByDigest(repository, reference, scopes));
            if (held === undefined) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, `the registry does not hold ${reference} after it accepted the PUT`, 'retry; if it persists, the registry is dropping writes');
            }
            return;
        }
        const now = await this.fetchManifest(repository, reference, scopes, manifest.digest);
        if (now?.digest === manifest.digest)
            return;
        if (now !== undefined && claimed === now.digest) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, `the registry stored digest ${now.digest} instead of ${manifest.digest}`, 'the registry rewrote the manifest; promotion must keep the digest, so nothing was reported as promoted');
        }
        throw this.movedError(repository, reference, manifest.digest, now?.digest);
    }
    /** Mounts a blob from another repository; streams it through when the mount is refused. */
    async mountBlob(blob, from, to, scopes) {
        const policy = this.options.http.policy;
        for (let attempt = 1;; attempt++) {
            try {
                await this.mountOrStream(blob, from, to, scopes);
                return;
            }
            catch (err) {
                const retryable = err instanceof _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl && err.info.retryable === true;
                if (!retryable || attempt > policy.retries)
                    throw err;
                const delay = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .backoffDelay */ .EY)(policy, attempt - 1, this.options.clock.random);
                this.options.logger.info(`registry ${this.options.registry}: blob ${blob.digest} transfer to ${to} failed (${err.message}); restarting it`);
                await this.options.clock.sleep(delay);
            }
        }
    }
    async mountOrStream(blob, from, to, scopes) {
        const ctx = this.ctx('mount blob', to, blob.digest);
        const mountUrl = `${this.options.endpoint}/v2/${to}/blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}`;
        const res = await this.send({ method: 'POST', url: mountUrl, headers: { 'Content-Length': '0' } }, scopes, ctx);
        if (res.status === 201)
            return;
        if (res.status !== 202)
            throw this.errorFor(res, ctx);
        // 202: the registry opened an upload session instead of mounting; fill it from the source.
        const location = res.headers.get('location');
        if (!location)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, 'the registry opened an upload without a Location');
        this.options.logger.debug(`registry ${this.options.registry}: mount of ${blob.digest} refused; streaming it`);
        const getCtx = this.ctx('GET blob', from, blob.digest);
        const download = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${from}/blobs/${blob.digest}` }, scopes, getCtx, true);
        if (download.status !== 200 || !download.stream)
            throw this.errorFor(download, getCtx);
        // PATCH the bytes into the session, then PUT ?digest= to commit: the upload flow every
        // registry supports (some refuse a body on the final PUT).
        const patchCtx = this.ctx('upload blob', to, blob.digest);
        const headers = { 'Content-Type': 'application/octet-stream' };
        const length = download.headers.get('content-length');
        if (length !== null)
            headers['Content-Length'] = length;
        let patch;
        try {
            patch = await this.send({
                method: 'PATCH',
                url: new URL(location, this.options.endpoint).toString(),
                headers,
                // Hashed on the way through: bytes that are not the blob abort the upload.
                body: verifiedStream(download.stream, blob.digest, getCtx),
            }, scopes, patchCtx);
        }
        catch (err) {
            // Release the download's connection.
            download.discard?.();
            throw err;
        }
        if (patch.status !== 202 && patch.status !== 204)
            throw this.errorFor(patch, patchCtx);
        const commitUrl = new URL(patch.headers.get('location') ?? location, this.options.endpoint);
        commitUrl.searchParams.set('digest', blob.digest);
        const putCtx = this.ctx('commit blob', to, blob.digest);
        const put = await this.send({ method: 'PUT', url: commitUrl.toString(), headers: { 'Content-Length': '0' } }, scopes, putCtx);
        if (put.status !== 201 && put.status !== 204 && put.status !== 200) {
            throw this.errorFor(put, putCtx);
        }
    }
    /**
     * One request with authentication. A 401 teaches the auth state (scheme, then maybe a wider
     * scope) and the request is retried, at most twice, and only when the credentials changed.
     */
    async send(req, scopes, ctx, stream = false) {
        const { http, auth } = this.options;
        for (let round = 0;; round++) {
            const authorization = await auth.header(scopes, ctx);
            const headers = {
                ...req.headers,
                ...(authorization ? { Authorization: authorization } : {}),
            };
            const request = { ...req, headers };
            const res = stream ? await http.stream(request, ctx) : await http.buffered(request, ctx);
            const replayable = req.body === undefined || Buffer.isBuffer(req.body);
            if (res.status !== 401 || round >= 2 || !replayable)
                return res;
            const retry = await auth.onUnauthorized(res.headers.get('www-authenticate'), scopes, authorization, ctx);
            if (!retry)
                return res;
        }
    }
    errorFor(res, ctx) {
        res.discard?.();
        const { code, message } = decodeErrors(res.body);
        const info = {
            ...ctx,
            status: res.status,
            ...(code ? { code } : {}),
            attempts: res.attempts,
            retryable: (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .isRetryableStatus */ .PS)(res.status),
        };
        const what = `HTTP ${res.status}${code ? ` ${code}` : ''}${message ? ` (${message})` : ''}`;
        const registry = this.options.registry;
        switch (res.status) {
            case 401:
                return new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(info, `authentication required or rejected (${what})`, `run docker login ${registry} (or check the credentials docker config holds for it)`);
            case 403:
                return new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(info, `access denied (${what})`, 'use credentials that may read the source and push to the target repository');
            case 404:
                return new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(info, `not found (${what})`, 'check the repository and reference');
            default:
                if ((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .isRetryableStatus */ .PS)(res.status)) {
                    return new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(info, `the registry failed with ${what}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''}`, 'the registry is overloaded or unavailable; retry later');
                }
                return new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(info, `failed with ${what}`, hintFor(code, message));
        }
    }
    ctx(operation, repository, reference) {
        return {
            registry: this.options.registry,
            operation,
            repository,
            ...(reference !== undefined ? { reference } : {}),
        };
    }
    // ---- helpers ---------------------------------------------------------------------------
    manifestUrl(repository, reference) {
        return `${this.options.endpoint}/v2/${repository}/manifests/${reference}`;
    }
    retry(ctx, attempt) {
        const { http, clock, logger } = this.options;
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .retryIntegrity */ ._Y)({ policy: http.policy, clock, logger }, ctx, attempt);
    }
    /**
     * One GET: the bytes, their hash, checked against the digest asked for and the header;
     * `claimed` says a Docker-Content-Digest came with them (and matched).
     */
    async getManifestOnce(repository, reference, scopes, ctx) {
        const res = await this.send({
            method: 'GET',
            url: this.manifestUrl(repository, reference),
            headers: { Accept: _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ACCEPT */ .dY },
        }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        const bytes = res.body;
        const claimed = res.headers.get('docker-content-digest') ?? undefined;
        if (isDigest(reference))
            (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .requireDigest */ .m0)(ctx, bytes, reference);
        if (claimed !== undefined) {
            (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .requireDigest */ .m0)(ctx, bytes, claimed, 'the Docker-Content-Digest it sent');
        }
        const digest = isDigest(reference) ? reference : (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestOf */ .ol)(bytes, claimed);
        let parsed;
        try {
            parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .parseManifest */ .Ng)(bytes, res.headers.get('content-type') ?? undefined);
        }
        catch (err) {
            if (!(err instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .ManifestError */ .Sh))
                throw err;
            // Cut short or altered on the way (nothing to hash it against): read it again.
            throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .IntegrityError */ .cs(ctx, `the registry returned bytes that are not a manifest (${err.message}; they hash to ${digest})`);
        }
        return {
            manifest: { bytes, mediaType: parsed.mediaType, digest, parsed },
            claimed: claimed !== undefined,
        };
    }
    /**
     * HEAD by digest: the descriptor, undefined when the repository does not hold it, null when
     * the answer lacks type or size. A Docker-Content-Digest naming another digest is an
     * integrity fault.
     */
    async headByDigest(repository, digest, scopes) {
        const ctx = this.ctx('HEAD manifest', repository, digest);
        const res = await this.send({
            method: 'HEAD',
            url: this.manifestUrl(repository, digest),
            headers: { Accept: _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ACCEPT */ .dY },
        }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        const claimed = res.headers.get('docker-content-digest');
        if (claimed !== null && claimed !== digest) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .IntegrityError */ .cs(ctx, `the registry answered a request for ${digest} with Docker-Content-Digest ${claimed}`);
        }
        const mediaType = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .bareMediaType */ .ZX)(res.headers.get('content-type'));
        const size = Number(res.headers.get('content-length') ?? NaN);
        if (!mediaType || !isKnownManifestType(mediaType) || !Number.isSafeInteger(size))
            return null;
        return { digest, mediaType, size };
    }
    /** The source manifest, verified (by its digest when the reference pins one). */
    async readSource(source, scopes) {
        const manifest = await this.fetchManifest(source.path, manifestReference(source), scopes);
        if (!manifest)
            throw this.sourceMissing(source);
        return manifest;
    }
    /**
     * The one write path: refuse or skip by the overwrite rule, copy what the manifest needs,
     * PUT the exact bytes, re-read the tag.
     */
    async writeTag(repository, tag, manifest, scopes, options, copyContent) {
        const current = await this.fetchManifest(repository, tag, scopes, manifest.digest);
        const unchanged = this.checkOverwrite(current, manifest, repository, tag, options);
        if (unchanged)
            return unchanged;
        await copyContent?.();
        const claimed = await this.putManifest(repository, tag, manifest, scopes);
        await this.confirmWrite(repository, tag, manifest, scopes, claimed);
        return { descriptor: descriptorOf(manifest), changed: true };
    }
    /** The image manifest behind `manifest`: itself, or the index's linux/amd64 (or first) image. */
    async imageOf(repository, manifest, scopes) {
        let current = manifest;
        // An index of indexes is legal; two levels is as deep as real images go.
        for (let depth = 0; current.parsed.kind === 'index' && depth < 2; depth++) {
            const child = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .pickImageChild */ .T$)(current.parsed.children);
            const ctx = this.ctx('read image config', repository, current.digest);
            if (!child)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, 'the index lists no image');
            const fetched = await this.fetchManifest(repository, child.digest, scopes);
            if (!fetched) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(this.ctx('GET manifest', repository, child.digest), 'a manifest the index lists is missing from the repository', 'the index is incomplete; rebuild and push it');
            }
            current = fetched;
        }
        return current;
    }
    /** GET a (config) blob, checked against its digest (integrity retries) and bounded in size. */
    readBlobIn(repository, digest, scopes) {
        const ctx = this.ctx('GET blob', repository, digest);
        return this.retry(ctx, async () => {
            const res = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${repository}/blobs/${digest}` }, scopes, ctx);
            if (res.status !== 200)
                throw this.errorFor(res, ctx);
            if (res.body.length > MAX_CONFIG_BYTES) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(ctx, `the blob is larger than ${MAX_CONFIG_BYTES} bytes`);
            }
            (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .requireDigest */ .m0)(ctx, res.body, digest);
            return res.body;
        });
    }
    movedError(repository, tag, expected, actual) {
        return (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .movedTagError */ .u)(this.ctx('verify tag', repository, tag), tag, expected, actual, 'another process writes this tag; the registry has no compare-and-swap, so make such tags immutable in the registry (the only real lock) or serialise the writers');
    }
    /**
     * The overwrite rule, the only place it is applied for this backend: the same digest is a
     * no-op; another digest is refused unless overwriting is allowed (mutable tags).
     */
    checkOverwrite(current, manifest, repository, tag, options) {
        const allow = options.allowOverwrite ?? this.options.allowOverwrite ?? false;
        const ctx = this.ctx('add tag', repository, tag);
        return (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .overwriteRule */ .E)(ctx, tag, current?.digest, manifest.digest, allow) === 'unchanged'
            ? { descriptor: descriptorOf(manifest), changed: false }
            : undefined;
    }
    sourceMissing(source) {
        return new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(this.ctx('read source', source.path, manifestReference(source)), 'the source image does not exist (no such tag, digest or repository)', 'check the reference, or build and push the image first');
    }
    checkHost(ref) {
        if (ref.domain !== this.options.registry) {
            throw new Error(`reference ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(ref)} does not belong to registry ${this.options.registry}`);
        }
    }
}
/** Config blobs are a few KiB; refuse to buffer anything absurd. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Passes a blob's bytes through, failing at the end when they do not hash to `digest`. */
async function* verifiedStream(source, digest, ctx) {
    // Hashed like hashMatches: an algorithm it does not know never matches.
    const algorithm = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestAlgorithm */ .g4)(digest) ?? 'sha256';
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
    const actual = `${algorithm}:${hash.digest('hex')}`;
    if (actual !== digest)
        throw (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .digestMismatch */ .H3)(ctx, digest, actual);
}
/** Copies everything a manifest references from one repository to another. */
class ContentCopier {
    registry;
    from;
    to;
    scopes;
    concurrency;
    blobs = new Map();
    manifests = new Map();
    /** Child manifests read ahead of the copy (see prefetch). */
    fetched = new Map();
    constructor(registry, from, to, scopes, concurrency) {
        this.registry = registry;
        this.from = from;
        this.to = to;
        this.scopes = scopes;
        this.concurrency = concurrency;
    }
    async copyReferenced(manifest) {
        const { parsed } = manifest;
        if (parsed.kind === 'image') {
            const blobs = parsed.blobs.filter((b) => !b.foreign);
            await (0,_pool_js__WEBPACK_IMPORTED_MODULE_8__/* .mapPool */ .P)(blobs, this.concurrency, (blob) => this.blob(blob));
            return;
        }
        // Children first: a registry may refuse an index whose manifests it does not have.
        await (0,_pool_js__WEBPACK_IMPORTED_MODULE_8__/* .mapPool */ .P)(parsed.children, this.concurrency, (child) => this.child(child));
    }
    /**
     * Starts reading an index's child manifests (at most `concurrency` at once, as the copy
     * would), so the copy finds them read. Failures surface where the copy uses them.
     */
    prefetch(manifest) {
        if (manifest.parsed.kind !== 'index')
            return;
        let running = 0;
        const waiting = [];
        const acquire = async () => {
            if (running < this.concurrency)
                running++;
            else
                await new Promise((resolve) => waiting.push(resolve));
        };
        const release = () => {
            // The slot passes straight to the next reader.
            const next = waiting.shift();
            if (next)
                next();
            else
                running--;
        };
        for (const child of manifest.parsed.children) {
            if (this.fetched.has(child.digest))
                continue;
            const read = (async () => {
                await acquire();
                try {
                    return await this.registry.fetchManifest(this.from, child.digest, this.scopes);
                }
                finally {
                    release();
                }
            })();
            read.catch(() => undefined);
            this.fetched.set(child.digest, read);
        }
    }
    blob(blob) {
        let pending = this.blobs.get(blob.digest);
        if (!pending) {
            pending = this.registry.mountBlob(blob, this.from, this.to, this.scopes);
            this.blobs.set(blob.digest, pending);
        }
        return pending;
    }
    child(child) {
        let pending = this.manifests.get(child.digest);
        if (!pending) {
            pending = (async () => {
                const fetched = await (this.fetched.get(child.digest) ??
                    this.registry.fetchManifest(this.from, child.digest, this.scopes));
                if (!fetched) {
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl(this.registry.ctx('GET manifest', this.from, child.digest), 'a manifest the index lists is missing from the source repository', 'the source index is incomplete; rebuild and push it');
                }
                await this.copyReferenced(fetched);
                const claimed = await this.registry.putManifest(this.to, child.digest, fetched, this.scopes);
                await this.registry.confirmWrite(this.to, child.digest, fetched, this.scopes, claimed);
            })();
            this.manifests.set(child.digest, pending);
        }
        return pending;
    }
}
function descriptorOf(m) {
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}
function isDigest(reference) {
    return reference.includes(':');
}
function isKnownManifestType(mediaType) {
    return _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_MEDIA_TYPES */ .$T.includes(mediaType);
}
/** What to ask the registry for: the digest when pinned (docker ignores the tag then), else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
function checkTag(tag, registry, repository) {
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .tagProblem */ .qH)(tag);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot tag ${registry}/${repository}${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRefSuffix */ .Uc)(tag)}: ${problem}`);
    }
}
function hintFor(code, message) {
    const text = `${code ?? ''} ${message ?? ''}`.toLowerCase();
    if (text.includes('immutable') || code === 'TAG_INVALID') {
        return 'the repository may have immutable tags; choose a new tag';
    }
    if (code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN') {
        return 'the registry is missing layers the manifest needs; push the image again';
    }
    if (code === 'NAME_INVALID')
        return 'check the repository name';
    return undefined;
}
/** RFC 8288 `Link: <url>; rel="next"`, resolved against the current URL. */
function nextLink(link, current) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
        if (m && /rel="?next"?/i.test(m[2] ?? ''))
            return new URL(m[1] ?? '', current).toString();
    }
    return undefined;
}


/***/ }),

/***/ 7937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ mapSettled),
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
/** Runs async work over items with at most `limit` in flight; results keep input order. */
async function mapSettled(items, limit, fn, stopOnError = false) {
    const results = items.map(() => undefined);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !(stopOnError && failed)) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                failed = true;
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    const count = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: count }, worker));
    return results;
}
/**
 * Like Promise.all with a concurrency limit: after a failure no new item starts, and the first
 * failure is thrown once the work in flight has finished (nothing is left running behind).
 */
async function mapPool(items, limit, fn) {
    const settled = await mapSettled(items, limit, fn, true);
    const values = [];
    for (const result of settled) {
        if (result?.status === 'rejected')
            throw result.reason;
        if (result)
            values.push(result.value);
    }
    return values;
}


/***/ }),

/***/ 4998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ createRegistryProvider)
/* harmony export */ });
/* unused harmony export loadEcrAuthorization */
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7481);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26);
/* harmony import */ var _ecr_host_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8851);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5526);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(670);






function createRegistryProvider(options) {
    const policy = { ..._http_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO, ...options.retry };
    const clock = options.clock ?? _http_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml;
    const { logger } = options;
    const transport = options.fetch ? (0,_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchTransport */ ._2)(options.fetch) : (0,_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeTransport */ ._3)();
    const http = new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .Http */ .lw({ transport, policy, logger, clock });
    const registries = new Map();
    const oci = (domain, known) => {
        const authOptions = { registry: domain, http, logger, clock };
        const auth = known
            ? _auth_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuth.withCredentials(authOptions, known)
            : new _auth_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuth({
                ...authOptions,
                credentials: () => (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_1__/* .findDockerCredentials */ .ew)(domain, {
                    logger,
                    ...(options.env ? { env: options.env } : {}),
                    ...(options.exec ? { exec: options.exec } : {}),
                }),
            });
        return new _oci_js__WEBPACK_IMPORTED_MODULE_3__/* .OciRegistry */ .Zy({
            registry: domain,
            endpoint: (0,_oci_js__WEBPACK_IMPORTED_MODULE_3__/* .apiEndpoint */ .WT)(domain, options.insecureRegistries),
            http,
            auth,
            logger,
            clock,
            ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        });
    };
    const ecr = async (domain, host) => {
        const { EcrRegistry, getEcrAuthorization } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 9857));
        const client = options.ecrClient?.(host);
        const sdk = { logger, retry: policy, ...(client ? { client } : {}) };
        return new EcrRegistry({
            ...sdk,
            clock,
            registry: domain,
            ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
            oci: async () => {
                const login = await getEcrAuthorization(domain, sdk);
                return oci(domain, { username: login.username, password: login.password });
            },
        });
    };
    return {
        forReference(ref) {
            let registry = registries.get(ref.domain);
            if (!registry) {
                const host = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_5__.parseEcrHost)(ref.domain);
                registry = host ? ecr(ref.domain, host) : Promise.resolve(oci(ref.domain));
                registries.set(ref.domain, registry);
                registry.catch(() => registries.delete(ref.domain));
            }
            return registry;
        },
    };
}
/**
 * GetAuthorizationToken for an ECR host without loading the SDK up front (for `docker login
 * --password-stdin` on the build path). The password is masked through `logger`.
 */
async function loadEcrAuthorization(host, options) {
    const { getEcrAuthorization } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 9857));
    return getEcrAuthorization(host, options);
}


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ overwriteRule),
/* harmony export */   u: () => (/* binding */ movedTagError)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8851);
/**
 * The two tag rules every registry backend applies, in one place: an existing tag is never
 * moved unless the caller says it may move (mutable tags, allow-tag-overwrite), and a tag that
 * no longer names what was written is reported as another writer's doing.
 */

/**
 * Before writing `tag`: `unchanged` when it already names `next`, `write` when it is new or
 * may move; throws when it names another digest and must not move.
 */
function overwriteRule(ctx, tag, current, next, allowOverwrite) {
    if (current === undefined)
        return 'write';
    if (current === next)
        return 'unchanged';
    if (allowOverwrite)
        return 'write';
    throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, operation: 'add tag' }, `tag ${tag} already points to ${current}; refusing to move it to ${next} (tags are treated as immutable)`, 'choose a new tag, or allow overwriting tags explicitly if moving it is intended');
}
/** A tag read back after a write (or at the end of a run) that no longer names `expected`. */
function movedTagError(ctx, tag, expected, actual, fix) {
    return new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, operation: 'verify tag' }, actual === undefined
        ? `tag ${tag} no longer exists (it should name ${expected}): another writer deleted it`
        : `tag ${tag} now points to ${actual}, not ${expected}: another writer moved it`, fix);
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _2: () => (/* binding */ fetchTransport),
/* harmony export */   _3: () => (/* binding */ nodeTransport),
/* harmony export */   yw: () => (/* binding */ readAll)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The wire under Http: node:http(s) with keep-alive agents by default, or any fetch (tests).
 * node:http is the default because the global fetch loads undici on first use (~25 ms, a
 * large share of a short CLI run), and because it never decodes a Content-Encoding: the
 * bytes hashed are the bytes the registry stored.
 */



const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
class NodeHeaders {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    get(name) {
        const value = this.raw[name.toLowerCase()];
        if (value === undefined)
            return null;
        return Array.isArray(value) ? value.join(', ') : value;
    }
}
/**
 * A transport on node:http(s). Follows redirects (blob downloads often go to a CDN) and drops
 * Authorization when a redirect leaves the registry's origin.
 */
function nodeTransport() {
    // Idle keep-alive sockets are unref'd by node, so they never hold the process open.
    const http = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 16 });
    // TLS loads on the first https request (a plain-HTTP registry never needs it).
    let https;
    const tls = () => (https ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)).then((m) => ({
        agent: new m.Agent({ keepAlive: true, maxSockets: 16 }),
        request: m.request,
    })));
    const once = async (req, url) => {
        const secure = url.protocol === 'https:' ? await tls() : undefined;
        return new Promise((resolve, reject) => {
            const send = secure ? secure.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
            const outgoing = send(url, {
                method: req.method,
                headers: req.headers,
                agent: secure ? secure.agent : http,
                signal: req.signal,
            });
            outgoing.once('response', resolve);
            outgoing.once('error', reject);
            const body = req.body;
            if (body === undefined)
                outgoing.end();
            else if (Buffer.isBuffer(body))
                outgoing.end(body);
            else {
                // A failing source must abort the upload rather than leave it hanging.
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(body), outgoing).catch((err) => {
                    outgoing.destroy(err instanceof Error ? err : new Error(String(err)));
                });
            }
        });
    };
    return async (req) => {
        let url = new URL(req.url);
        let current = req;
        for (let hop = 0;; hop++) {
            const res = await once(current, url);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            const replayable = current.body === undefined || Buffer.isBuffer(current.body);
            if (REDIRECTS.has(status) && location && hop < MAX_REDIRECTS && replayable) {
                res.resume();
                const next = new URL(location, url);
                const headers = { ...current.headers };
                if (next.origin !== url.origin) {
                    delete headers.Authorization;
                    delete headers.authorization;
                }
                const toGet = status === 303 && current.method !== 'HEAD';
                current = {
                    ...current,
                    url: next.toString(),
                    headers,
                    method: toGet ? 'GET' : current.method,
                    ...(toGet ? { body: undefined } : {}),
                };
                url = next;
                continue;
            }
            return {
                status,
                headers: new NodeHeaders(res.headers),
                body: res,
                discard: () => {
                    res.resume();
                },
            };
        }
    };
}
/** Adapts a fetch implementation (the test seam) to a Transport. */
function fetchTransport(fetchImpl) {
    return async (req) => {
        const init = {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
        };
        if (Buffer.isBuffer(req.body))
            init.body = req.body;
        else if (req.body) {
            // undici takes any async iterable as a streamed body, with duplex set.
            init.body = req.body;
            init.duplex = 'half';
        }
        const res = await fetchImpl(req.url, init);
        const stream = res.body;
        return {
            status: res.status,
            headers: res.headers,
            body: stream ?? EMPTY_BODY,
            discard: () => {
                stream?.cancel().catch(() => undefined);
            },
        };
    };
}
const EMPTY_BODY = {
    [Symbol.asyncIterator]: () => ({
        next: () => Promise.resolve({ done: true, value: undefined }),
    }),
};
/** Reads a whole body. */
async function readAll(body) {
    const chunks = [];
    for await (const chunk of body) {
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks);
}


/***/ })

};
