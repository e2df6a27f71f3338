#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 85217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ singleReference),
/* harmony export */   LZ: () => (/* binding */ commandFlags),
/* harmony export */   Xb: () => (/* binding */ workspaceAndConfig),
/* harmony export */   Yy: () => (/* binding */ DEFAULT_CONFIGS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   k$: () => (/* binding */ configIn),
/* harmony export */   lA: () => (/* binding */ workspaceFor),
/* harmony export */   tg: () => (/* binding */ overlayFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(71243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(83916);
/* harmony import */ var _overlay_kustomization_files_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(35595);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8431);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(98286);









class UsageError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo {
    name = 'UsageError';
}
const HELP_FLAG = { type: 'boolean', short: 'h' };
function commandFlags(ctx, help, options) {
    const flags = { ...options, help: HELP_FLAG };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args: ctx.args, options: flags, strict: true, allowPositionals: true });
    }
    catch (err) {
        throw new UsageError(err instanceof Error ? err.message : String(err));
    }
    if (parsed.values.help) {
        ctx.stdout(`${help}\n`);
        return undefined;
    }
    return parsed;
}
function singleReference(positionals, help) {
    const [input, ...extra] = positionals;
    if (input === undefined || extra.length > 0) {
        throw new UsageError(`expected exactly one image reference, got ${positionals.length}\n\n${help}`);
    }
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .tryParseReference */ .WF)(input);
    if (!parsed.ok)
        throw new UsageError(`invalid image reference "${input}": ${parsed.reason}`);
    return parsed.ref;
}
const DEFAULT_CONFIGS = [
    'image-promote.yml',
    'image-promote.yaml',
    '.github/image-promote.yml',
];
async function workspaceAndConfig(ctx, given) {
    const workspace = (await new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(ctx.cwd, ctx.logger).showToplevel()) ?? ctx.cwd;
    return { workspace, configPath: configIn(ctx, workspace, given) };
}
function configIn(ctx, workspace, given) {
    return given !== undefined
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.cwd, given)
        : DEFAULT_CONFIGS.map((c) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace, c)).find((c) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(c));
}
async function overlayFile(cwd, input) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, input);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    if (!info)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${input} does not exist`);
    if (!info.isDirectory())
        return path;
    const found = _overlay_kustomization_files_js__WEBPACK_IMPORTED_MODULE_8__/* .KUSTOMIZATION_FILES */ .C.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name)).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
    if (found === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${input} has no kustomization.yaml`);
    return found;
}
async function workspaceFor(ctx, file, around) {
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(around), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file)))
        return around;
    return (await new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), ctx.logger).showToplevel()) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file);
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
class UserError extends Error {
    name = 'UserError';
}
class InputError extends UserError {
    input;
    name = 'InputError';
    constructor(input, problem, fix) {
        super(`input '${input}': ${problem}${fix ? ` — ${fix}` : ''}`);
        this.input = input;
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return `unexpected error: ${JSON.stringify(err)}`;
    }
    catch {
        return `unexpected error: ${String(err)}`;
    }
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ExecError: () => (/* binding */ ExecError),
/* harmony export */   exec: () => (/* binding */ exec),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_4__);





class ExecError extends Error {
    command;
    exitCode;
    stderr;
    name = 'ExecError';
    constructor(command, exitCode, stderr, detail) {
        const last = stderr.trimEnd().split('\n').slice(-20).join('\n');
        super(`${command} ${detail}${stderr.trim() ? `: ${last}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function formatCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
const STREAMING_TAIL_BYTES = 256 * 1024;
const MAX_LINE_CHARS = 64 * 1024;
class ByteTail {
    limit;
    chunks = [];
    size = 0;
    dropped = false;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        if (this.size > 2 * this.limit)
            this.compact();
    }
    compact() {
        const all = Buffer.concat(this.chunks);
        const kept = all.subarray(all.length - this.limit);
        this.chunks = [kept];
        this.dropped ||= kept.length < all.length;
        this.size = kept.length;
    }
    bytes() {
        if (this.size > this.limit)
            this.compact();
        return Buffer.concat(this.chunks);
    }
    text() {
        const text = this.bytes().toString('utf8');
        if (!this.dropped)
            return text;
        const newline = text.indexOf('\n');
        return newline === -1 ? '' : text.slice(newline + 1);
    }
}
class LineSplitter {
    emit;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder('utf8');
    partial = '';
    constructor(emit) {
        this.emit = emit;
    }
    push(chunk) {
        this.feed(this.decoder.write(chunk));
    }
    end() {
        this.feed(this.decoder.end());
        if (this.partial !== '')
            this.emit(this.partial.replace(/\r$/, ''));
        this.partial = '';
    }
    feed(text) {
        let rest = this.partial + text;
        for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n')) {
            this.emit(rest.slice(0, nl).replace(/\r$/, ''));
            rest = rest.slice(nl + 1);
        }
        while (rest.length > MAX_LINE_CHARS) {
            this.emit(rest.slice(0, MAX_LINE_CHARS));
            rest = rest.slice(MAX_LINE_CHARS);
        }
        this.partial = rest;
    }
}
class OutputFile {
    dir;
    fd;
    removed = false;
    constructor(dir, fd) {
        this.dir = dir;
        this.fd = fd;
    }
    static create() {
        let dir;
        try {
            dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'image-promote-out-'));
            return new OutputFile(dir, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'stdout'), 'w+', 0o600));
        }
        catch {
            if (dir)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
            return undefined;
        }
    }
    bytes() {
        if (this.removed)
            return Buffer.alloc(0);
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(this.fd).size;
            const bytes = Buffer.allocUnsafe(size);
            let read = 0;
            while (read < size) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(this.fd, bytes, read, size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            return bytes.subarray(0, read);
        }
        finally {
            this.remove();
        }
    }
    remove() {
        if (this.removed)
            return;
        this.removed = true;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        }
        catch {
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true, force: true });
    }
}
const exec = (file, args, options = {}) => {
    const shown = formatCommand(file, args);
    options.logger?.debug(`exec: ${shown}`);
    return new Promise((resolve, reject) => {
        const toFile = options.largeOutput && !options.onLine && options.tailBytes === undefined
            ? OutputFile.create()
            : undefined;
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio: ['pipe', toFile ? toFile.fd : 'pipe', 'pipe'],
                shell: false,
                windowsHide: true,
            });
        }
        catch (e) {
            toFile?.remove();
            throw e;
        }
        const limit = options.tailBytes ?? (options.onLine ? STREAMING_TAIL_BYTES : Number.POSITIVE_INFINITY);
        const out = new ByteTail(limit);
        const err = new ByteTail(limit);
        let lineError;
        const lines = (stream) => {
            const { onLine } = options;
            if (!onLine)
                return undefined;
            return new LineSplitter((line) => {
                if (lineError)
                    return;
                try {
                    onLine(stream, line);
                }
                catch (error) {
                    lineError = { error };
                }
            });
        };
        const outLines = lines('stdout');
        const errLines = lines('stderr');
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout?.on('data', (c) => {
            out.push(c);
            outLines?.push(c);
        });
        child.stderr.on('data', (c) => {
            err.push(c);
            errLines?.push(c);
        });
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            toFile?.remove();
            const detail = e.code === 'ENOENT' ? 'failed: command not found' : `failed to start: ${e.message}`;
            reject(new ExecError(shown, null, '', detail));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            outLines?.end();
            errLines?.end();
            const bytes = options.binary ? (toFile ? toFile.bytes() : out.bytes()) : undefined;
            const stdout = bytes ? '' : toFile ? toFile.bytes().toString('utf8') : out.text();
            const stderr = err.text();
            if (lineError) {
                const { error } = lineError;
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
            }
            if (timedOut) {
                reject(new ExecError(shown, null, stderr, `timed out after ${options.timeoutMs} ms`));
                return;
            }
            const exitCode = code ?? 128;
            if (exitCode !== 0 && !options.allowFailure) {
                const why = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
                reject(new ExecError(shown, exitCode, stderr, why));
                return;
            }
            resolve({ exitCode, stdout, stderr, ...(bytes ? { stdoutBytes: bytes } : {}) });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
};


/***/ }),

/***/ 71243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ FULL_ID),
/* harmony export */   Ij: () => (/* binding */ isTagName),
/* harmony export */   Q8: () => (/* binding */ isBranchName),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   at: () => (/* binding */ branchName),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   pL: () => (/* binding */ EMPTY_TREE)
/* harmony export */ });
/* unused harmony exports checkRefFormat, fullRefName, objectId */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73190);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(25625);




const ZERO_SHA = '0000000000000000000000000000000000000000';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const FULL_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const REF_BAD_CHARACTERS = new Set([' ', '~', '^', ':', '?', '*', '[', '\\']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function checkRefFormat(name, options = {}) {
    if (name.startsWith('-'))
        return false;
    if (options.branch)
        return name !== 'HEAD' && checkRefFormat(`refs/heads/${name}`);
    if (name === '@' || name.endsWith('.') || name.includes('..') || name.includes('@{')) {
        return false;
    }
    if (LONE_SURROGATE.test(name))
        return false;
    for (const ch of name) {
        const code = ch.charCodeAt(0);
        if (code < 0x20 || code === 0x7f || REF_BAD_CHARACTERS.has(ch))
            return false;
    }
    const components = name.split('/');
    if (components.length < 2 && !options.allowOneLevel)
        return false;
    return components.every((c) => c !== '' && !c.startsWith('.') && !c.endsWith('.lock'));
}
function isBranchName(name) {
    return checkRefFormat(name, { branch: true });
}
function isTagName(name) {
    return !name.startsWith('-') && checkRefFormat(`refs/tags/${name}`);
}
function shown(value) {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
function branchName(name, what) {
    if (isBranchName(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(name)} is not a valid git branch name (git check-ref-format --branch): it must not start with "-", contain spaces, "..", "~^:?*[\\", "@{" or control characters, or end with "/", "." or ".lock"`);
}
function fullRefName(name, what) {
    if (name.startsWith('refs/') && checkRefFormat(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(name)} is not a valid full git ref name (refs/…)`);
}
function objectId(sha, what) {
    if (FULL_ID.test(sha))
        return sha;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(sha)} is not a full git object id (40 or 64 hex digits)`);
}
function fetchable(rev) {
    if (FULL_ID.test(rev))
        return rev;
    const sides = rev.replace(/^\+/, '').split(':');
    if (sides.length <= 2 && sides.every((s) => s.startsWith('refs/') && checkRefFormat(s))) {
        return rev;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`refusing to fetch ${shown(rev)}: not a full object id, ref name or refspec of ref names`);
}
function fetchFlags(options) {
    const count = (name, n) => {
        if (n === undefined)
            return [];
        if (!Number.isInteger(n) || n < 1)
            throw new Error(`git fetch --${name}: ${n} is not a count`);
        return [`--${name}=${n}`];
    };
    return [
        ...(options.quiet ? ['--quiet'] : []),
        ...(options.noTags === false ? [] : ['--no-tags']),
        '--no-recurse-submodules',
        ...count('depth', options.depth),
        ...count('deepen', options.deepen),
    ];
}
class Git {
    cwd;
    logger;
    execFn;
    extraEnv;
    exclusiveTail = Promise.resolve();
    commits = new Set();
    repository = false;
    top;
    complete = false;
    fetches = 0;
    get fetchCount() {
        return this.fetches;
    }
    constructor(cwd, logger = _log_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .qq, execFn = _exec_js__WEBPACK_IMPORTED_MODULE_2__.exec, extraEnv = {}) {
        this.cwd = cwd;
        this.logger = logger;
        this.execFn = execFn;
        this.extraEnv = extraEnv;
    }
    run(args, options = {}) {
        if (args.includes('fetch') || args.includes('pull')) {
            this.fetches++;
            this.complete = false;
        }
        return this.execFn('git', args, {
            cwd: this.cwd,
            env: {
                ...process.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_PAGER: 'cat',
                LC_ALL: 'C',
                ...this.extraEnv,
                ...options.env,
            },
            allowFailure: options.allowFailure,
            input: options.input,
            logger: this.logger,
            ...(options.largeOutput ? { largeOutput: true } : {}),
            ...(options.binary ? { binary: true } : {}),
        });
    }
    exclusive(fn) {
        const run = this.exclusiveTail.then(fn, fn);
        this.exclusiveTail = run.catch(() => undefined);
        return run;
    }
    async initBare() {
        await this.run(['init', '--quiet', '--bare']);
    }
    async isRepository() {
        if (this.repository)
            return true;
        try {
            await this.run(['rev-parse', '--git-dir']);
        }
        catch {
            return false;
        }
        this.repository = true;
        return true;
    }
    rememberTopLevel(top) {
        this.top ??= Promise.resolve(top);
    }
    async resolveCommitInWorkTree(rev) {
        if (this.commits.has(rev) || (this.top && this.complete))
            return this.resolveCommit(rev);
        const fetches = this.fetches;
        const asked = this.run([
            'rev-parse',
            '--show-toplevel',
            '--is-shallow-repository',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${rev}^{commit}`,
        ], { allowFailure: true }).then((r) => {
            const [top, shallow, sha] = r.stdout.split('\n');
            if (r.exitCode > 1 || !top || (shallow !== 'true' && shallow !== 'false'))
                return undefined;
            return { top, shallow: shallow === 'true', sha: r.exitCode === 0 ? sha : undefined };
        });
        this.top ??= this.askTopLevel(asked.then((a) => a?.top));
        const answer = await asked;
        if (!answer)
            return this.resolveCommit(rev);
        if (!answer.shallow && fetches === this.fetches)
            this.complete = true;
        if (!answer.sha)
            return undefined;
        this.rememberCommit(answer.sha);
        return answer.sha;
    }
    async topLevel() {
        this.top ??= this.askTopLevel();
        return this.top;
    }
    askTopLevel(known = Promise.resolve(undefined)) {
        const top = known.then(async (t) => t ?? (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim());
        top.catch(() => {
            if (this.top === top)
                this.top = undefined;
        });
        return top;
    }
    async showToplevel() {
        const r = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
        const top = r.stdout.trim();
        return r.exitCode === 0 && top !== '' ? top : undefined;
    }
    async absoluteGitDir() {
        return (await this.run(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    }
    async commonDir() {
        const dir = (await this.run(['rev-parse', '--git-common-dir'])).stdout.trim();
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(this.cwd, dir);
    }
    async isShallow() {
        if (this.complete)
            return false;
        const fetches = this.fetches;
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        const shallow = r.stdout.trim() === 'true';
        if (!shallow && fetches === this.fetches)
            this.complete = true;
        return shallow;
    }
    async configGet(key) {
        const r = await this.run(['config', '--get', '--end-of-options', key], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout.replace(/\n$/, '') : undefined;
    }
    async authorName() {
        const r = await this.run(['var', 'GIT_AUTHOR_IDENT'], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        const name = /^(.*?) <[^>]*> \d+ [+-]\d{4}$/.exec(r.stdout.trim())?.[1]?.trim();
        return name === undefined || name === '' ? undefined : name;
    }
    async configSet(key, value) {
        await this.run(['config', '--end-of-options', key, value]);
    }
    async remotes() {
        const r = await this.run(['remote'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
    async remoteUrl(name) {
        const r = await this.run(['remote', 'get-url', '--end-of-options', name], {
            allowFailure: true,
        });
        const url = r.stdout.trim();
        return r.exitCode === 0 && url !== '' ? url : undefined;
    }
    async symbolicRef(name) {
        const r = await this.run(['symbolic-ref', '--quiet', '--end-of-options', name], {
            allowFailure: true,
        });
        const target = r.stdout.trim();
        return r.exitCode === 0 && target !== '' ? target : undefined;
    }
    async whereAmI(rev) {
        if (rev.startsWith('-'))
            return undefined;
        const r = await this.run(['rev-parse', '--show-toplevel', `${rev}^{commit}`, '--symbolic-full-name', 'HEAD', '--'], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        const lines = r.stdout.split('\n');
        if (lines.at(-1) === '')
            lines.pop();
        const [topLevel, commit, head, end] = lines;
        if (lines.length !== 4 || end !== '--' || !topLevel || !head || !FULL_ID.test(commit ?? ''))
            return undefined;
        this.rememberCommit(commit);
        return { topLevel, commit: commit, head };
    }
    async currentBranch() {
        const target = await this.symbolicRef('HEAD');
        return target?.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : undefined;
    }
    async resolveCommit(rev) {
        if (this.commits.has(rev))
            return rev;
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
            allowFailure: true,
        });
        if (r.exitCode !== 0)
            return undefined;
        const sha = r.stdout.trim();
        this.rememberCommit(sha);
        return sha;
    }
    rememberCommit(sha) {
        if (!FULL_ID.test(sha))
            return;
        this.commits.add(sha);
        this.repository = true;
    }
    async hasCommit(sha) {
        return (await this.resolveCommit(sha)) !== undefined;
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], { allowFailure: true });
        if (r.exitCode === 0)
            return true;
        if (r.exitCode === 1)
            return false;
        throw new Error(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${r.stderr.trim()}`);
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', '--end-of-options', a, b], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] : undefined;
    }
    async countCommits(rev) {
        const r = await this.run(['rev-list', '--count', '--end-of-options', rev], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? Number(r.stdout.trim()) : 0;
    }
    async firstParentLog(rev, path, maxCount) {
        const r = await this.run([
            'log',
            '--first-parent',
            '--format=%H %ct',
            `--max-count=${maxCount}`,
            '--end-of-options',
            rev,
            '--',
            path,
        ], { allowFailure: true });
        if (r.exitCode !== 0)
            throw new Error(`git log of ${path} failed: ${r.stderr.trim()}`);
        return r.stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [sha = '', time = '0'] = line.split(' ');
            return { sha, time: Number(time) };
        });
    }
    async firstParentMessages(rev, path, maxCount) {
        const r = await this.run([
            'log',
            '--first-parent',
            '--no-color',
            '--format=%H%x00%ct%x00%aN%x00%B%x00',
            `--max-count=${maxCount}`,
            '--end-of-options',
            rev,
            '--',
            `:(top,literal)${path}`,
        ], { allowFailure: true });
        if (r.exitCode !== 0) {
            throw new Error(`git log of ${path} failed: ${r.stderr.trim()} — is it in this repository?`);
        }
        return r.stdout;
    }
    async describeTag(rev, options) {
        const r = await this.run([
            'describe',
            '--tags',
            '--abbrev=0',
            ...options.match.map((m) => `--match=${m}`),
            ...(options.exclude !== undefined ? [`--exclude=${options.exclude}`] : []),
            '--end-of-options',
            rev,
        ], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async changedFiles(base, head) {
        const r = await this.run([
            '-c',
            'core.quotepath=off',
            'diff',
            '--name-only',
            '-z',
            '--no-renames',
            '--no-ext-diff',
            '--no-textconv',
            '--ignore-submodules=none',
            '--end-of-options',
            base,
            head,
            '--',
        ], { largeOutput: true });
        const files = r.stdout.split('\0');
        if (files[files.length - 1] === '')
            files.pop();
        return files;
    }
    async show(rev, path) {
        const r = await this.run(['show', '--end-of-options', `${rev}:${path}`], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async lsTree(rev, options = {}) {
        const r = await this.run([
            '-c',
            'core.quotepath=off',
            'ls-tree',
            '-r',
            '-z',
            '--full-tree',
            '--end-of-options',
            options.peel ? `${rev}^{commit}` : rev,
        ], { largeOutput: true });
        return r.stdout;
    }
    async readBlobs(objects) {
        return (await this.readObjects(objects)).map((o) => o?.type === 'blob' ? o.content : undefined);
    }
    async commitFiles(rev, paths) {
        const [commit, ...files] = await this.readObjects([
            `${rev}^{commit}`,
            ...paths.map((p) => `${rev}^{commit}:${p}`),
        ]);
        if (commit?.type !== 'commit')
            return { commit: undefined, texts: paths.map(() => undefined) };
        this.rememberCommit(commit.id);
        return {
            commit: commit.id,
            texts: files.map((f) => (f?.type === 'blob' ? f.content.toString('utf8') : undefined)),
        };
    }
    async readObjects(objects) {
        for (const o of objects) {
            if (o.includes('\n'))
                throw new Error(`git cat-file --batch: ${shown(o)} spans lines`);
        }
        if (objects.length === 0)
            return [];
        const r = await this.run(['cat-file', '--batch'], {
            input: objects.map((o) => `${o}\n`).join(''),
            largeOutput: true,
            binary: true,
        });
        const bytes = r.stdoutBytes ?? Buffer.alloc(0);
        const out = [];
        let at = 0;
        for (let i = 0; i < objects.length; i++) {
            const nl = bytes.indexOf(0x0a, at);
            if (nl === -1)
                throw new Error(`git cat-file --batch ended after ${i} of ${objects.length} objects`);
            const header = /^([0-9a-f]+) (\S+) (\d+)$/.exec(bytes.subarray(at, nl).toString('utf8'));
            at = nl + 1;
            if (!header) {
                out.push(undefined);
                continue;
            }
            const size = Number(header[3]);
            out.push({
                id: header[1] ?? '',
                type: header[2] ?? '',
                content: bytes.subarray(at, at + size),
            });
            at += size + 1;
        }
        return out;
    }
    async commitObject(sha) {
        const r = await this.run(['cat-file', 'commit', '--end-of-options', sha], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async updateRef(ref, sha) {
        await this.run([
            'update-ref',
            '--end-of-options',
            fullRefName(ref, 'git update-ref:'),
            objectId(sha, 'git update-ref:'),
        ]);
    }
    async worktreeAdd(dir, commit) {
        await this.run(['worktree', 'add', '--detach', '--force', '--end-of-options', dir, commit]);
    }
    async worktreeRemove(dir) {
        const r = await this.run(['worktree', 'remove', '--force', '--end-of-options', dir], {
            allowFailure: true,
        });
        return r.exitCode === 0;
    }
    async lsRemote(remote, refs, options = {}) {
        const patterns = refs.flatMap((ref) => {
            fullRefName(ref, 'git ls-remote:');
            return options.peel ? [ref, `${ref}^{}`] : [ref];
        });
        const r = await this.run(['ls-remote', '--quiet', '--', remote, ...patterns]);
        const wanted = new Set(patterns);
        return r.stdout
            .split('\n')
            .map((line) => line.split('\t'))
            .flatMap(([sha = '', ref = '']) => FULL_ID.test(sha) && wanted.has(ref) ? [{ sha, ref }] : []);
    }
    async lsRemoteSymref(remote) {
        const r = await this.run(['ls-remote', '--symref', '--', remote, 'HEAD']);
        return /^ref: (\S[^\t\n]*)\tHEAD$/m.exec(r.stdout)?.[1];
    }
    async fetchCommits(remote, shas, options = {}) {
        const ids = shas.map((sha) => objectId(sha, 'git fetch:'));
        return this.run(['fetch', ...fetchFlags(options), '--', remote, ...ids], {
            allowFailure: true,
        });
    }
    async fetchBranch(remote, branch, options = {}) {
        const source = `refs/heads/${branchName(branch, 'branch')}`;
        const refspec = options.into === undefined
            ? source
            : `+${source}:${fullRefName(options.into, 'git fetch: destination')}`;
        return this.run(['fetch', ...fetchFlags(options), '--', remote, refspec], {
            allowFailure: true,
        });
    }
    async fetchTags(remote, options = {}) {
        return this.run([
            'fetch',
            ...fetchFlags({ ...options, noTags: false }),
            '--',
            remote,
            '+refs/tags/*:refs/tags/*',
        ], { allowFailure: true });
    }
    async deepen(remote, commits, revs) {
        return this.run(['fetch', ...fetchFlags({ deepen: commits }), '--', remote, ...revs.map(fetchable)], { allowFailure: true });
    }
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   jj: () => (/* binding */ StderrLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76670);

const WORD_JOINER = '\u2060';
const LEADING_COMMAND = /^([\s\u0085\u180e\u200b]*):(?=:)/;
function neutralizeCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => i % 2 === 1
        ? part
        : part.replace(LEADING_COMMAND, `$1:${WORD_JOINER}`).replaceAll('##[', `##${WORD_JOINER}[`))
        .join('');
}
class StderrLogger {
    verbose;
    out;
    tty;
    constructor(verbose = false, out = (line) => process.stderr.write(line + '\n'), tty = process.stderr.isTTY) {
        this.verbose = verbose;
        this.out = out;
        this.tty = tty;
    }
    write(text) {
        this.out(neutralizeCommands((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text)));
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${message}`);
    }
    info(message) {
        this.write(message);
    }
    warning(message) {
        this.write(`warning: ${message}`);
    }
    mask(secret) {
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(secret);
    }
    async group(title, fn) {
        const heading = neutralizeCommands((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`── ${title}`));
        this.out(this.tty ? `\x1b[1m${heading}\x1b[0m` : heading);
        return fn();
    }
}
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    mask: (secret) => {
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(secret);
    },
    group: (_title, fn) => fn(),
};


/***/ }),

/***/ 35595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ KUSTOMIZATION_FILES)
/* harmony export */ });
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Uc: () => (/* binding */ workspaceRelative),
/* harmony export */   sv: () => (/* binding */ resolveInsideWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);



function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function realpathOfNearest(path) {
    let existing = path;
    const rest = [];
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(existing)) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
        if (parent === existing)
            break;
        rest.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(existing));
        existing = parent;
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...rest);
}
function resolveInsideWorkspace(workspace, input, inputName) {
    if (input.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, 'the path is empty');
    if (input.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, 'the path contains a NUL character');
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, input);
    const fix = 'use a path inside the repository (relative to the workspace)';
    if (!isInside(root, path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, `"${input}" is outside the workspace ${root}`, fix);
    }
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    if (!isInside(realRoot, realpathOfNearest(path))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, `"${input}" leads outside the workspace through a symlink`, fix);
    }
    return path;
}
function workspaceRelative(workspace, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
}


/***/ }),

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony export Redactor */
const MASK = '***';
const MIN_SECRET_LENGTH = 4;
const PATTERNS = [
    [
        /authorization/i,
        /\b(authorization\b["']?\s*[:=]\s*["']?)[^\s"',;]+(?:[ \t]+[^\s"',;]+)?/gi,
        `$1${MASK}`,
    ],
    [/Bearer|Basic/, /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${MASK}`],
    ['eyJ', /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, MASK],
    ['gh', /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, MASK],
    ['github_pat_', /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, MASK],
    ['://', /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@'"<>`]+(?::[^/\s'"<>`]*)?@/gi, `$1${MASK}@`],
    [
        '@',
        /(^|[\s'"(<[=,;])[^\s/:@'"<>()[\]`=,;]+:[^\s/'"<>`]+@(?!(?:sha256|sha384|sha512|blake3):|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9=_-]{32,})(?=\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9])/g,
        `$1${MASK}@`,
    ],
];
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
class Redactor {
    secrets = new Set();
    ordered = [];
    listeners = [];
    add(secret) {
        if (secret.length < MIN_SECRET_LENGTH)
            return;
        const forms = new Set([secret, base64(secret), Buffer.from(secret).toString('base64url')]);
        const encoded = encodeURIComponent(secret);
        if (encoded !== secret)
            forms.add(encoded);
        const json = JSON.stringify(secret).slice(1, -1);
        if (json !== secret)
            forms.add(json);
        for (const f of [...forms])
            if (f.endsWith('='))
                forms.add(f.replace(/=+$/, ''));
        this.addForms(forms);
    }
    addCredentials(username, password) {
        this.add(password);
        const pair = `${username}:${password}`;
        const forms = new Set([base64(pair), base64(pair).replace(/=+$/, '')]);
        this.addForms(forms);
    }
    onSecret(listener) {
        this.listeners.push(listener);
        for (const s of this.secrets)
            listener(s);
    }
    redact(text) {
        let out = text;
        for (const s of this.ordered)
            if (out.includes(s))
                out = out.split(s).join(MASK);
        for (const [needle, pattern, replacement] of PATTERNS) {
            if (typeof needle === 'string' ? !out.includes(needle) : !needle.test(out))
                continue;
            out = out.replace(pattern, replacement);
        }
        return out;
    }
    addForms(forms) {
        let added = false;
        for (const form of forms) {
            if (form.length < MIN_SECRET_LENGTH || this.secrets.has(form))
                continue;
            this.secrets.add(form);
            added = true;
            for (const listener of this.listeners)
                listener(form);
        }
        if (added)
            this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
    }
}
const redactor = new Redactor();
function redact(text) {
    return redactor.redact(text);
}


/***/ }),

/***/ 98286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseRepositoryName),
/* harmony export */   AF: () => (/* binding */ ReferenceError),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   gh: () => (/* binding */ withTagAndDigest),
/* harmony export */   pA: () => (/* binding */ joinRepository),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX */
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;
const INPUT_LENGTH_MAX = 1024;
const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const host = `(?:${domainComponent}(?:\\.${domainComponent})*|${ipv6})`;
const domainRe = `${host}(?::[0-9]+)?`;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const PATH_RE = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const DOMAIN_RE = new RegExp(`^${domainRe}$`);
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
class ReferenceError extends Error {
    input;
    reason;
    name = 'ReferenceError';
    constructor(input, reason) {
        super(`invalid image reference ${JSON.stringify(input)}: ${reason}`);
        this.input = input;
        this.reason = reason;
    }
}
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
function tagProblem(tag) {
    if (tag === '')
        return 'a tag cannot be empty';
    if (tag.length > 128)
        return `a tag is at most 128 characters (this one has ${tag.length})`;
    if (!TAG_RE.test(tag)) {
        return 'a tag must start with a letter, digit or underscore and contain only letters, digits, "_", "." and "-"';
    }
    return undefined;
}
function digestProblem(digest) {
    if (!DIGEST_RE.test(digest))
        return 'a digest looks like sha256:<64 lowercase hex characters>';
    const [algorithm = '', hex = ''] = digest.split(':', 2);
    const expected = DIGEST_HEX_LENGTH[algorithm];
    if (expected === undefined)
        return `unsupported digest algorithm "${algorithm}"`;
    if (hex.length !== expected)
        return `a ${algorithm} digest has ${expected} hex characters, not ${hex.length}`;
    if (hex !== hex.toLowerCase())
        return 'digest hex must be lowercase';
    return undefined;
}
function isValidDigest(digest) {
    return digestProblem(digest) === undefined;
}
function isDomainComponent(first) {
    return first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first;
}
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    let [domain, path] = slash === -1 || !isDomainComponent(first)
        ? [DEFAULT_DOMAIN, name]
        : [first, name.slice(slash + 1)];
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !path.includes('/'))
        path = OFFICIAL_REPO_PREFIX + path;
    return { domain, path };
}
function parseName(input, name) {
    if (name === '')
        throw new ReferenceError(input, 'the repository name is empty');
    const { domain, path } = splitDomain(name);
    if (!DOMAIN_RE.test(domain))
        throw new ReferenceError(input, `invalid registry host "${domain}"`);
    if (path !== path.toLowerCase())
        throw new ReferenceError(input, 'repository name must be lowercase');
    if (!PATH_RE.test(path)) {
        throw new ReferenceError(input, `invalid repository path "${path}": use lowercase letters, digits and single separators (".", "_", "__", "-") between "/"-separated parts`);
    }
    if (path.length > NAME_TOTAL_LENGTH_MAX) {
        throw new ReferenceError(input, `repository path "${path.slice(0, 40)}…" is longer than ${NAME_TOTAL_LENGTH_MAX} characters (${path.length})`);
    }
    return { domain, path };
}
function parseReference(input) {
    const s = input.trim();
    if (s === '')
        throw new ReferenceError(input, 'the reference is empty');
    if (/\s/.test(s))
        throw new ReferenceError(input, 'a reference cannot contain whitespace');
    if (s.length > INPUT_LENGTH_MAX) {
        throw new ReferenceError(input, `a reference is at most ${INPUT_LENGTH_MAX} characters`);
    }
    if (IDENTIFIER_RE.test(s)) {
        throw new ReferenceError(input, 'a 64-character hex string is an image ID, not a repository name');
    }
    let rest = s;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        const problem = digestProblem(digest);
        if (problem)
            throw new ReferenceError(input, problem);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        const problem = tagProblem(tag);
        if (problem)
            throw new ReferenceError(input, problem);
    }
    const { domain, path } = parseName(input, rest);
    return build(domain, path, tag, digest);
}
function tryParseReference(input) {
    try {
        return { ok: true, ref: parseReference(input) };
    }
    catch (err) {
        if (err instanceof ReferenceError)
            return { ok: false, reason: err.reason };
        throw err;
    }
}
function build(domain, path, tag, digest) {
    const name = `${domain}/${path}`;
    let familiarName = name;
    if (domain === DEFAULT_DOMAIN) {
        const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
        familiarName = path.startsWith(OFFICIAL_REPO_PREFIX) && !rest.includes('/') ? rest : path;
        const slash = familiarName.indexOf('/');
        if (slash !== -1 && isDomainComponent(familiarName.slice(0, slash)))
            familiarName = name;
    }
    const suffix = (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`);
    const ref = { domain, path, name, familiar: familiarName + suffix };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
function withTagAndDigest(ref, tag, digest) {
    return build(ref.domain, ref.path, tag, digest);
}
function formatReference(ref) {
    return (ref.name +
        (ref.tag === undefined ? '' : `:${ref.tag}`) +
        (ref.digest === undefined ? '' : `@${ref.digest}`));
}
function joinRepository(registry, repository) {
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    const hasHost = slash !== -1 && (/[.:]/.test(first) || first === 'localhost');
    const full = hasHost || !registry ? repository : `${registry.replace(/\/+$/, '')}/${repository}`;
    return parseReference(full);
}
function parseRepositoryName(input) {
    const ref = parseReference(input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ReferenceError(input, 'a repository name has no tag or digest');
    }
    return ref;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ usage),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8330);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(25625);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(76670);
/* harmony import */ var _cli_context_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(85217);







const COMMANDS = {
    plan: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18943))).planCommand,
        summary: 'show what the action would decide for a commit range',
    },
    resolve: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68558))).resolveCommand,
        summary: 'print the digest a reference resolves to',
    },
    promote: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(619)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32619))).promoteCommand,
        summary: 'add a tag or copy an image without pulling it',
    },
    deploy: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(331)]).then(__nccwpck_require__.bind(__nccwpck_require__, 42331))).deployCommand,
        summary: 'verify images in the registry, write them into an overlay, commit',
    },
    'set-image': {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(162)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40162))).setImageCommand,
        summary: 'kustomize edit set image, verified in the registry, keeping every other byte',
    },
    history: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(452), __nccwpck_require__.e(987), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32514))).historyCommandDoor,
        summary: "an overlay's deploy record, newest first (who deployed what, how, rollbacks)",
    },
    status: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(452), __nccwpck_require__.e(987), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83058))).statusCommandDoor,
        summary: 'what each environment runs now, and which images a rollback holds',
    },
    verify: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(137)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71137))).verifyCommand,
        summary: 'print who signed an image, when, for which source and in which run',
    },
    sign: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(801), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26521))).signCommand,
        summary: "sign an image built elsewhere with its source's statement",
    },
    ref: {
        load: async () => (await __nccwpck_require__.e(/* import() */ 231).then(__nccwpck_require__.bind(__nccwpck_require__, 58231))).refCommand,
        summary: 'show how an image reference is parsed',
    },
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
    return [
        'usage: image-promote <command> [options]',
        '',
        'commands:',
        ...lines,
        '',
        'Run `image-promote <command> --help` for the options of a command.',
    ].join('\n');
}
async function main(argv, io = {}) {
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    const args = argv.filter((a) => a !== '--verbose' && a !== '-v');
    const logger = io.logger ?? new _log_js__WEBPACK_IMPORTED_MODULE_4__/* .StderrLogger */ .jj(verbose);
    const write = io.stdout ?? ((t) => process.stdout.write(t));
    const stdout = (text) => {
        write((0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .neutralizeCommands */ .Kw)((0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(text)));
    };
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        stdout(usage() + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === '--version') {
        stdout(`${_package_json__WEBPACK_IMPORTED_MODULE_2__/* .version */ .rE}\n`);
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        logger.info(`image-promote: unknown command '${name}'\n\n${usage()}`);
        return 2;
    }
    const ctx = {
        args: rest,
        cwd: io.cwd ?? process.cwd(),
        env: io.env ?? process.env,
        stdout,
        logger,
        ...(io.registry ? { registry: io.registry } : {}),
    };
    try {
        return await (await command.load())(ctx);
    }
    catch (err) {
        logger.info(`image-promote ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
        return err instanceof _cli_context_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz ? 2 : 1;
    }
}
function isEntryPoint() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(entry) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (isEntryPoint()) {
    void main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}

var __webpack_exports__main = __webpack_exports__.i;
var __webpack_exports__usage = __webpack_exports__.C;
export { __webpack_exports__main as main, __webpack_exports__usage as usage };
