#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ singleReference),
/* harmony export */   Xb: () => (/* binding */ workspaceAndConfig),
/* harmony export */   Yy: () => (/* binding */ DEFAULT_CONFIGS),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   k$: () => (/* binding */ configIn),
/* harmony export */   lA: () => (/* binding */ workspaceFor),
/* harmony export */   tg: () => (/* binding */ overlayFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3916);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3657);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8286);








/** Bad usage: the CLI prints the message and exits 2. */
class UsageError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo {
    name = 'UsageError';
}
/** node:util parseArgs in strict mode, with its errors turned into UsageError. */
function parseFlags(args, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args, options, strict: true, allowPositionals });
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new UsageError(`${message}`);
    }
}
/** The one positional image reference a command takes, parsed; UsageError otherwise. */
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
/** Where the CLI looks for its config when --config is not given (in the repository root). */
const DEFAULT_CONFIGS = [
    'image-promote.yml',
    'image-promote.yaml',
    '.github/image-promote.yml',
];
/**
 * The workspace of a CLI run (the top of the git repository around `cwd`, else `cwd`) and
 * its config file: `--config` as given, else the first of DEFAULT_CONFIGS that exists.
 */
async function workspaceAndConfig(ctx, given) {
    const workspace = (await new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(ctx.cwd, ctx.logger).showToplevel()) ?? ctx.cwd;
    return { workspace, configPath: configIn(ctx, workspace, given) };
}
/** The config file of a run in `workspace`: `--config` as given, else the first default. */
function configIn(ctx, workspace, given) {
    return given !== undefined
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.cwd, given)
        : DEFAULT_CONFIGS.map((c) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace, c)).find((c) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(c));
}
/**
 * The file a command edits: `input` itself, or the kustomization in the directory `input`
 * names. Throws a UserError when neither exists.
 */
async function overlayFile(cwd, input) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, input);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    if (!info)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${input} does not exist`);
    if (!info.isDirectory())
        return path;
    for (const name of _overlay_state_js__WEBPACK_IMPORTED_MODULE_6__/* .KUSTOMIZATION_FILES */ .C) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name);
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(candidate).then(() => true, () => false))
            return candidate;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${input} has no kustomization.yaml`);
}
/**
 * The workspace of a command that edits `file`: the repository around the working directory
 * (or the working directory) when it holds the file; else the repository that holds the
 * file (a checkout next to this one); else the file's directory. Writes stay inside it.
 */
async function workspaceFor(ctx, file, around) {
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
    const inside = (root) => {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), real);
        return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
    };
    if (inside(around))
        return around;
    return (await new _git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), ctx.logger).showToplevel()) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Errors a user can act on. The action prints `message` as the failure; the CLI prints it
 * and exits 2 for usage/config problems, 1 for everything else.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input value. The message always names the input and says what to do. */
class InputError extends UserError {
    input;
    name = 'InputError';
    constructor(input, problem, fix) {
        super(`input '${input}': ${problem}${fix ? ` — ${fix}` : ''}`);
        this.input = input;
    }
}
/** Turns anything thrown (including non-Error values) into a printable message. */
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

/***/ 8092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExecError: () => (/* binding */ ExecError),
  exec: () => (/* binding */ exec),
  formatCommand: () => (/* binding */ formatCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/exec.ts
/**
 * The one way this project runs external commands: argument arrays, never a shell.
 * Event-derived strings (branch names, titles) can therefore never be interpreted.
 *
 * Output is either collected whole (the default: short commands whose output is parsed) or
 * streamed line by line through `onLine` while only the end of it is kept (long builds).
 */
// eslint-disable-next-line no-restricted-imports -- this module is the wrapper





class ExecError extends Error {
    command;
    exitCode;
    stderr;
    name = 'ExecError';
    constructor(command, exitCode, stderr, detail) {
        super(`${command} ${detail}${stderr.trim() ? `: ${lastLines(stderr, 20)}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** Renders argv for logs; quoting is cosmetic because nothing is ever passed to a shell. */
function formatCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-n).join('\n');
}
const STREAMING_TAIL_BYTES = 256 * 1024;
const MAX_LINE_CHARS = 64 * 1024;
/** Collects a stream's bytes, keeping only the last `limit` of them. */
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
        // Compact once twice the limit is held, so the cost stays linear in the output.
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
    text() {
        if (this.size > this.limit)
            this.compact();
        const text = Buffer.concat(this.chunks).toString('utf8');
        if (!this.dropped)
            return text;
        // The cut may fall inside a line (or a character): start at the next whole line.
        const newline = text.indexOf('\n');
        return newline === -1 ? '' : text.slice(newline + 1);
    }
}
/** Splits a byte stream into lines (UTF-8 safe across chunks) for `onLine`. */
class LineSplitter {
    emit;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
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
/** A private file a child writes its stdout to (see ExecOptions.largeOutput). */
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
            dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-promote-out-'));
            return new OutputFile(dir, (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, 'stdout'), 'w+', 0o600));
        }
        catch {
            if (dir)
                OutputFile.removeDir(dir);
            return undefined;
        }
    }
    static removeDir(dir) {
        try {
            (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)(dir, 'stdout'));
        }
        catch {
            // never created
        }
        try {
            (0,external_node_fs_.rmdirSync)(dir);
        }
        catch {
            // gone already
        }
    }
    /** Everything written, then the file is gone. */
    text() {
        if (this.removed)
            return '';
        try {
            const size = (0,external_node_fs_.fstatSync)(this.fd).size;
            const bytes = Buffer.allocUnsafe(size);
            let read = 0;
            while (read < size) {
                const n = (0,external_node_fs_.readSync)(this.fd, bytes, read, size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            return bytes.toString('utf8', 0, read);
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
            (0,external_node_fs_.closeSync)(this.fd);
        }
        catch {
            // closed already
        }
        OutputFile.removeDir(this.dir);
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
            child = (0,external_node_child_process_.spawn)(file, [...args], {
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
            const stdout = toFile ? toFile.text() : out.text();
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
            resolve({ exitCode, stdout, stderr });
        });
        // A child that exits before reading stdin raises EPIPE; the exit code tells the story.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
};


/***/ }),

/***/ 1243:
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8092);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5625);
/**
 * The one git wrapper, modelled on actions/checkout's git-command-manager: every git command
 * of the project is a named verb of `Git` (below), each running through `Git.run` and the
 * exec wrapper with an argument array. `Git.run` itself is for this file and for
 * src/gitops/ only; eslint.config.js refuses a literal argument list passed to `.run(`
 * anywhere else.
 *
 * No string from outside (a branch a remote names, an input, a tag from an event payload, a
 * SHA read from a tag or an image label) is ever read by git as an option: every verb puts
 * revisions after `--end-of-options` (or `--`), takes branch and tag names only as
 * `refs/heads/<name>` / `refs/tags/<name>` after checking them with `checkRefFormat` (git's
 * own `check-ref-format` rules, property-tested against the git binary), and takes only full
 * object ids where it fetches by id.
 */




const ZERO_SHA = '0000000000000000000000000000000000000000';
/** The empty tree object: a diff base for a root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** A full object id (SHA-1 or SHA-256), as git prints it. */
const FULL_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Characters git never allows in a ref name (besides control characters and DEL). */
const REF_BAD_CHARACTERS = new Set([' ', '~', '^', ':', '?', '*', '[', '\\']);
/** A lone UTF-16 surrogate: the string has no UTF-8 form, so git would get other bytes. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * `git check-ref-format [--allow-onelevel] <name>` and `git check-ref-format --branch <name>`
 * (outside a repository, so `@{-1}` is not expanded) as one pure function: true exactly when
 * git 2.39 answers 0. The rules (git-check-ref-format(1)): components separated by `/`, none
 * empty, none starting with `.` or ending with `.lock`; at least two components unless
 * allowOneLevel; no `..`, no `@{`, not `@` alone, not ending with `.`; no control character,
 * DEL, space, `~ ^ : ? * [ \`. A name starting with `-` is refused (git reads it as an
 * option); so is a string that has no UTF-8 form (NUL, a lone surrogate).
 * `__tests__/unit/property/ref-format.test.ts` compares it with the git binary.
 */
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
/** A branch name git accepts (`git check-ref-format --branch`). */
function isBranchName(name) {
    return checkRefFormat(name, { branch: true });
}
/** A tag name git accepts (what `git tag` checks: `refs/tags/<name>`, no leading `-`). */
function isTagName(name) {
    return !name.startsWith('-') && checkRefFormat(`refs/tags/${name}`);
}
/** A name from outside, quoted and cut short for an error message. */
function shown(value) {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
/**
 * `name` when it is a valid branch name; otherwise a UserError naming `what` (the input or
 * the place the name came from) and the rule. The name is never passed to git unchecked.
 */
function branchName(name, what) {
    if (isBranchName(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(name)} is not a valid git branch name (git check-ref-format --branch): it must not start with "-", contain spaces, "..", "~^:?*[\\", "@{" or control characters, or end with "/", "." or ".lock"`);
}
/** `name` when it is a full ref name (`refs/…`); otherwise a UserError naming `what`. */
function fullRefName(name, what) {
    if (name.startsWith('refs/') && checkRefFormat(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(name)} is not a valid full git ref name (refs/…)`);
}
/** `sha` when it is a full object id; otherwise a UserError naming `what`. */
function objectId(sha, what) {
    if (FULL_ID.test(sha))
        return sha;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(sha)} is not a full git object id (40 or 64 hex digits)`);
}
/**
 * What fetch and deepen take: a full object id, a full ref name, or a refspec
 * `[+]<ref>[:<ref>]` of full ref names (`:` cannot be part of a ref name).
 */
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
    /** Commands that change the repository (fetches) run one at a time. */
    exclusiveTail = Promise.resolve();
    /**
     * Full ids known to be commits present here. Only positive answers are kept: a run only
     * ever adds objects (fetches), so a commit that was present stays present.
     */
    commits = new Set();
    /** A command answered that the work tree is inside a repository. */
    repository = false;
    constructor(cwd, logger = _log_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .qq, execFn = _exec_js__WEBPACK_IMPORTED_MODULE_2__.exec, 
    /** Extra environment for every git call (author, askpass, …). */
    extraEnv = {}) {
        this.cwd = cwd;
        this.logger = logger;
        this.execFn = execFn;
        this.extraEnv = extraEnv;
    }
    /**
     * Runs git with `args`. For the verbs below and src/gitops/ only: everywhere else a git
     * command is a named verb (eslint refuses a literal argument list passed to `.run(`).
     */
    run(args, options = {}) {
        return this.execFn('git', args, {
            cwd: this.cwd,
            // Never prompt (there is no terminal in CI) and never page.
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
        });
    }
    /**
     * Runs `fn` after every earlier exclusive call has finished: two fetches into one
     * repository at once fight over its lock files and shallow file.
     */
    exclusive(fn) {
        const run = this.exclusiveTail.then(fn, fn);
        this.exclusiveTail = run.catch(() => undefined);
        return run;
    }
    // ---- the repository ----------------------------------------------------------------
    /** `git init --bare` in cwd. */
    async initBare() {
        await this.run(['init', '--quiet', '--bare']);
    }
    /** Whether the work tree is inside a git repository (`git rev-parse --git-dir` succeeds). */
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
    /** Top-level directory of the work tree; throws outside a work tree. */
    async topLevel() {
        return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    }
    /** Top-level directory of the work tree, or undefined outside one. */
    async showToplevel() {
        const r = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
        const top = r.stdout.trim();
        return r.exitCode === 0 && top !== '' ? top : undefined;
    }
    /** The repository's git directory, absolute (`.git`, or a worktree's own directory). */
    async absoluteGitDir() {
        return (await this.run(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    }
    /** The git directory shared by all worktrees (objects, config), absolute. */
    async commonDir() {
        const dir = (await this.run(['rev-parse', '--git-common-dir'])).stdout.trim();
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(this.cwd, dir);
    }
    async isShallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.trim() === 'true';
    }
    /** `git config --get <key>`, or undefined when it is not set. */
    async configGet(key) {
        const r = await this.run(['config', '--get', '--end-of-options', key], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout.replace(/\n$/, '') : undefined;
    }
    /** `git config <key> <value>` in the repository's own configuration. */
    async configSet(key, value) {
        await this.run(['config', '--end-of-options', key, value]);
    }
    async remotes() {
        const r = await this.run(['remote'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
    /** The URL of remote `name`, or undefined when there is no such remote. */
    async remoteUrl(name) {
        const r = await this.run(['remote', 'get-url', '--end-of-options', name], {
            allowFailure: true,
        });
        const url = r.stdout.trim();
        return r.exitCode === 0 && url !== '' ? url : undefined;
    }
    /**
     * The ref the symbolic ref `name` (`HEAD`, `refs/remotes/origin/HEAD`) points to, in full
     * (`refs/heads/main`), or undefined when it is not a symbolic ref (a detached HEAD).
     */
    async symbolicRef(name) {
        const r = await this.run(['symbolic-ref', '--quiet', '--end-of-options', name], {
            allowFailure: true,
        });
        const target = r.stdout.trim();
        return r.exitCode === 0 && target !== '' ? target : undefined;
    }
    /** The checked-out branch (`main`), or undefined on a detached HEAD. */
    async currentBranch() {
        const target = await this.symbolicRef('HEAD');
        return target?.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : undefined;
    }
    // ---- commits and trees -------------------------------------------------------------
    /** Full SHA of a revision that is present locally, or undefined. */
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
    /**
     * Records that `sha` (a full id) names a commit present here, learned from a command that
     * needed it (e.g. a listing of `<sha>^{commit}`), so later lookups of it need no git call.
     */
    rememberCommit(sha) {
        if (!FULL_ID.test(sha))
            return;
        this.commits.add(sha);
        this.repository = true;
    }
    async hasCommit(sha) {
        return (await this.resolveCommit(sha)) !== undefined;
    }
    /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
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
    /** The number of commits reachable from `rev` (`git rev-list --count`); 0 when it fails. */
    async countCommits(rev) {
        const r = await this.run(['rev-list', '--count', '--end-of-options', rev], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? Number(r.stdout.trim()) : 0;
    }
    /**
     * The commits on the first-parent line from `rev` that changed `path`, newest first, with
     * their committer times (seconds), at most `maxCount`. Throws when git cannot list them.
     */
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
    /**
     * The nearest tag reachable from `rev` whose name matches one of `match` (globs) and not
     * `exclude` (`git describe --tags --abbrev=0`), or undefined when there is none.
     */
    /**
     * The first-parent commits of `rev` that touched `path` (newest first, at most `maxCount`),
     * each with its time, author name and whole message: NUL-separated fields (a commit message
     * cannot hold a NUL), `%H NUL %ct NUL %aN NUL %B NUL` per commit.
     */
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
    /**
     * Paths that differ between `base` and `head` (commits or trees), NUL-separated by git so
     * any file name survives: `--no-renames`, so a rename yields both paths.
     */
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
        ]);
        const files = r.stdout.split('\0');
        if (files[files.length - 1] === '')
            files.pop();
        return files;
    }
    /** The content of `path` at `rev` (`git show <rev>:<path>`), or undefined when absent. */
    async show(rev, path) {
        const r = await this.run(['show', '--end-of-options', `${rev}:${path}`], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    /**
     * The `git ls-tree -r -z --full-tree` listing of `rev` (see src/source/tree.ts). With
     * `peel`, `<rev>^{commit}` is listed, so git itself checks that `rev` names a commit.
     */
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
    /**
     * `git cat-file --batch` for `objects` (`<rev>:<path>`, ids): for each one a header line
     * (`<id> <type> <size>`, or `<object> missing`) and the content; git's output as is.
     */
    async catFileBatch(objects) {
        for (const o of objects) {
            if (o.includes('\n'))
                throw new Error(`git cat-file --batch: ${shown(o)} spans lines`);
        }
        const r = await this.run(['cat-file', '--batch'], {
            input: objects.map((o) => `${o}\n`).join(''),
            largeOutput: true,
        });
        return r.stdout;
    }
    /** The raw commit object `sha` (`git cat-file commit`), or undefined when absent. */
    async commitObject(sha) {
        const r = await this.run(['cat-file', 'commit', '--end-of-options', sha], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    // ---- refs and worktrees ------------------------------------------------------------
    /** Points the full ref `ref` (`refs/…`) at the object id `sha`. */
    async updateRef(ref, sha) {
        await this.run([
            'update-ref',
            '--end-of-options',
            fullRefName(ref, 'git update-ref:'),
            objectId(sha, 'git update-ref:'),
        ]);
    }
    /** Checks `commit` out, detached, into a new worktree at `dir`. */
    async worktreeAdd(dir, commit) {
        await this.run(['worktree', 'add', '--detach', '--force', '--end-of-options', dir, commit]);
    }
    /** Removes the worktree at `dir` (with its changes); false when git could not. */
    async worktreeRemove(dir) {
        const r = await this.run(['worktree', 'remove', '--force', '--end-of-options', dir], {
            allowFailure: true,
        });
        return r.exitCode === 0;
    }
    // ---- remotes: every name checked, every remote after `--` -------------------------
    /**
     * The refs `refs` (full ref names) of `remote` (a remote name or URL) as the remote has
     * them now, in the order listed; with `peel`, annotated tags also as `<ref>^{}` (the
     * commit). Throws (ExecError, with git's message) when the remote cannot be read.
     */
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
    /**
     * The ref the remote's `HEAD` points to (`refs/heads/main`; its default branch), or
     * undefined when its HEAD is not a symbolic ref (an empty repository). The name is the
     * remote's: check it before using it. Throws (ExecError) when the remote cannot be read.
     */
    async lsRemoteSymref(remote) {
        const r = await this.run(['ls-remote', '--symref', '--', remote, 'HEAD']);
        return /^ref: (\S[^\t\n]*)\tHEAD$/m.exec(r.stdout)?.[1];
    }
    /**
     * Fetches the commits `shas` (full object ids) from `remote`. Returns git's result (a
     * server may refuse a SHA it does not advertise): the caller decides what a failure means.
     */
    async fetchCommits(remote, shas, options = {}) {
        const ids = shas.map((sha) => objectId(sha, 'git fetch:'));
        return this.run(['fetch', ...fetchFlags(options), '--', remote, ...ids], {
            allowFailure: true,
        });
    }
    /**
     * Fetches branch `branch` of `remote` into the full ref `into` (forced), or only into
     * FETCH_HEAD when `into` is not given. The branch name is checked (`--branch` rules) and
     * passed only as `refs/heads/<branch>`. Returns git's result.
     */
    async fetchBranch(remote, branch, options = {}) {
        const source = `refs/heads/${branchName(branch, 'branch')}`;
        const refspec = options.into === undefined
            ? source
            : `+${source}:${fullRefName(options.into, 'git fetch: destination')}`;
        return this.run(['fetch', ...fetchFlags(options), '--', remote, refspec], {
            allowFailure: true,
        });
    }
    /** Fetches every tag of `remote` (`+refs/tags/*:refs/tags/*`). Returns git's result. */
    async fetchTags(remote, options = {}) {
        return this.run([
            'fetch',
            ...fetchFlags({ ...options, noTags: false }),
            '--',
            remote,
            '+refs/tags/*:refs/tags/*',
        ], { allowFailure: true });
    }
    /**
     * Deepens the shallow history of `revs` (full object ids, full ref names or refspecs of
     * them) by `commits` commits from `remote`. Returns git's result.
     */
    async deepen(remote, commits, revs) {
        return this.run(['fetch', ...fetchFlags({ deepen: commits }), '--', remote, ...revs.map(fetchable)], { allowFailure: true });
    }
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   jj: () => (/* binding */ StderrLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/**
 * Adapters (git, docker, registry) log through this interface; pure modules never log.
 * The action backs it with the runner's workflow commands, the CLI with stderr. Every line
 * passes through the one redactor (src/redact.ts), then — the CLI runs in workflow steps
 * too, and the runner reads stderr for commands as well — through neutralizeCommands
 * (src/action/runner.ts): no text from outside (an API answer, a registry error, git's
 * stderr, a file name, overlay content) can start a workflow command.
 */

/**
 * The runner's workflow-command rule (src/action/runner.ts): a line is a command when, after
 * leading whitespace, it starts with `::`, or holds `##[` anywhere.
 */
const WORD_JOINER = '\u2060';
/** Leading whitespace as .NET's TrimStart sees it (and more), then the first of two colons. */
const LEADING_COMMAND = /^([\s\u0085\u180e\u200b]*):(?=:)/;
/**
 * `text` with every line that the runner would read as a workflow command broken up (see
 * the module comment); everything else, line ends included, stays as it is.
 */
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
/**
 * CLI logger: everything goes to stderr so stdout stays machine-readable. A group is a bold
 * heading on a terminal and a plain `── title` line otherwise (logs, pipes).
 */
class StderrLogger {
    verbose;
    out;
    tty;
    constructor(verbose = false, out = (line) => process.stderr.write(line + '\n'), tty = process.stderr.isTTY) {
        this.verbose = verbose;
        this.out = out;
        this.tty = tty;
    }
    /** Redacted, then no workflow command (the order matters: a secret is matched whole). */
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

/***/ 132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  __: () => (/* binding */ ByteText),
  SP: () => (/* binding */ checkEncoding),
  g$: () => (/* binding */ printable)
});

// UNUSED EXPORTS: byteOffsets, decodeBytes, unchangedOutside

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/overlay/text-offsets.ts
var text_offsets = __nccwpck_require__(8644);
;// CONCATENATED MODULE: ./src/overlay/byte-text.ts
/**
 * Overlay files are bytes. Every edit writes the original bytes back with only the values'
 * byte ranges replaced — CRLF, a BOM, Latin-1 or other non-UTF-8 bytes, NUL, whatever the
 * file holds stays exactly as it was.
 *
 * The parsers read a text view of the bytes, decoded losslessly: valid UTF-8 as the
 * characters it encodes, and every byte that is not part of a valid UTF-8 sequence as one
 * lone surrogate, U+DC80–U+DCFF (U+DC00 + the byte). Valid UTF-8 never decodes to a lone
 * surrogate, so the view maps back to the bytes exactly and each character offset has one
 * byte offset (`decodeBytes`, `byteOffsets`).
 *
 * An edit is a ByteText: the original bytes and view, and the splices made to the view so far
 * (a piece table, in the view's character offsets). `bytes()` builds the new file from the
 * original bytes between the spliced ranges and the UTF-8 encoding of the new text, then
 * checks it: every byte outside the spliced ranges is the original byte, and the new bytes
 * decode to exactly the text the format's parser verified. New text must be well-formed
 * Unicode, and ASCII when the file is not UTF-8 (its encoding is unknown, so a non-ASCII
 * character could not be spelled in it); otherwise the edit is refused with the file and
 * line.
 */



/** The number of bytes of the valid UTF-8 sequence at `i`, or 0 when there is none. */
function sequenceLength(b, i) {
    const lead = b[i] ?? 0;
    const at = (k, lo = 0x80, hi = 0xbf) => {
        const c = b[i + k];
        return c !== undefined && c >= lo && c <= hi;
    };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return at(1) ? 2 : 0;
    if (lead === 0xe0)
        return at(1, 0xa0) && at(2) ? 3 : 0;
    if (lead === 0xed)
        return at(1, 0x80, 0x9f) && at(2) ? 3 : 0;
    if (lead >= 0xe1 && lead <= 0xef)
        return at(1) && at(2) ? 3 : 0;
    if (lead === 0xf0)
        return at(1, 0x90) && at(2) && at(3) ? 4 : 0;
    if (lead >= 0xf1 && lead <= 0xf3)
        return at(1) && at(2) && at(3) ? 4 : 0;
    if (lead === 0xf4)
        return at(1, 0x80, 0x8f) && at(2) && at(3) ? 4 : 0;
    return 0;
}
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
/** The lossless text view of `bytes` (see the module comment). */
function decodeBytes(bytes) {
    const buf = asBuffer(bytes);
    if ((0,external_node_buffer_namespaceObject.isUtf8)(buf))
        return buf.toString('utf8');
    const parts = [];
    let run = 0;
    let i = 0;
    while (i < buf.length) {
        const n = sequenceLength(buf, i);
        if (n > 0) {
            i += n;
            continue;
        }
        if (run < i)
            parts.push(buf.toString('utf8', run, i));
        parts.push(String.fromCharCode(0xdc00 + (buf[i] ?? 0)));
        i++;
        run = i;
    }
    if (run < buf.length)
        parts.push(buf.toString('utf8', run));
    return parts.join('');
}
/** Whether `code` is a surrogate that stands for one raw byte in a decoded view. */
function isByteEscape(code) {
    return code >= 0xdc80 && code <= 0xdcff;
}
/**
 * The byte offset of each character offset in `offsets` (ascending) in a decoded view:
 * the inverse of decodeBytes, one pass over the text.
 */
function byteOffsets(text, offsets) {
    const out = [];
    let char = 0;
    let byte = 0;
    for (const target of offsets) {
        if (target < char)
            throw new Error('internal error: byte offsets asked out of order');
        while (char < target) {
            const code = text.charCodeAt(char);
            if (code < 0x80)
                byte += 1;
            else if (code < 0x800)
                byte += 2;
            else if (code >= 0xd800 && code <= 0xdbff) {
                const next = text.charCodeAt(char + 1);
                if (next >= 0xdc00 && next <= 0xdfff) {
                    if (char + 1 === target) {
                        throw new Error('internal error: an offset inside a surrogate pair');
                    }
                    byte += 4;
                    char += 2;
                    continue;
                }
                byte += 3;
            }
            else if (isByteEscape(code))
                byte += 1;
            else
                byte += 3;
            char++;
        }
        out.push(byte);
    }
    return out;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE = new RegExp(`[\\x00-\\x08\\x0a-\\x1f\\x7f]|${LONE_SURROGATE.source}`, 'g');
/**
 * `text` for a message: a raw byte (a byte escape of the view) and control characters as
 * `\xNN`, any other lone surrogate as `\uNNNN`.
 */
function printable(text) {
    return text.replace(UNPRINTABLE, (ch) => {
        const code = ch.charCodeAt(0);
        if (isByteEscape(code))
            return `\\x${(code - 0xdc00).toString(16).toUpperCase()}`;
        if (code < 0x80)
            return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
        return `\\u${code.toString(16).toUpperCase()}`;
    });
}
const BOMS = [
    [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
    [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
    [[0xfe, 0xff], 'UTF-16'],
    [[0xff, 0xfe], 'UTF-16'],
];
/**
 * Refuses a file that starts with a UTF-16 or UTF-32 byte order mark: the formats are read
 * as UTF-8 (a UTF-8 BOM is fine and kept).
 */
function checkEncoding(bytes, file) {
    for (const [bom, name] of BOMS) {
        if (bom.every((b, i) => bytes[i] === b)) {
            throw new errors/* UserError */.yo(`${file} starts with a ${name} byte order mark; image-promote reads and writes overlays as UTF-8 — save the file as UTF-8`);
        }
    }
}
function pieceLength(p) {
    return p.kind === 'kept' ? p.to - p.from : p.text.length;
}
/**
 * Whether `after` is `before` with only `changes` replaced (in order, not overlapping): the
 * bytes before, between and after the changed ranges must be identical.
 */
function unchangedOutside(before, after, changes) {
    let from = 0;
    let shift = 0;
    const same = (a, b) => Buffer.compare(asBuffer(before).subarray(a, b), asBuffer(after).subarray(a + shift, b + shift)) === 0;
    for (const c of changes) {
        if (c.start < from || c.end < c.start)
            return false;
        if (!same(from, c.start))
            return false;
        shift += c.length - (c.end - c.start);
        from = c.end;
    }
    return after.length - shift === before.length && same(from, before.length);
}
class ByteText {
    original;
    originalText;
    pieces;
    text;
    constructor(
    /** The file's bytes as read. */
    original, 
    /** The decoded view of `original`. */
    originalText, pieces, 
    /** The current text: the original view with the splices made so far. */
    text) {
        this.original = original;
        this.originalText = originalText;
        this.pieces = pieces;
        this.text = text;
    }
    static fromBytes(bytes) {
        const original = asBuffer(bytes);
        const text = decodeBytes(original);
        const pieces = text === '' ? [] : [{ kind: 'kept', from: 0, to: text.length }];
        return new ByteText(original, text, pieces, text);
    }
    /** `text` as UTF-8 bytes (a lone surrogate becomes U+FFFD, as in any UTF-8 encoder). */
    static fromString(text) {
        return ByteText.fromBytes(Buffer.from(text, 'utf8'));
    }
    /** Whether the original bytes are valid UTF-8 (else only ASCII is written into them). */
    get utf8() {
        return (0,external_node_buffer_namespaceObject.isUtf8)(this.original);
    }
    /**
     * The text with `splices` made; their offsets are in the current text and must not
     * overlap.
     */
    splice(splices) {
        let pieces = [...this.pieces];
        let text = this.text;
        for (const s of [...splices].sort((a, b) => b.start - a.start)) {
            if (s.start < 0 || s.end < s.start || s.end > text.length) {
                throw new Error(`internal error: splice ${s.start}-${s.end} outside the text`);
            }
            pieces = replace(pieces, s);
            text = text.slice(0, s.start) + s.text + text.slice(s.end);
        }
        return new ByteText(this.original, this.originalText, pieces, text);
    }
    /** The replaced ranges of the original view, in order. */
    changes() {
        const out = [];
        let at = 0;
        let open;
        for (const p of this.pieces) {
            if (p.kind === 'new') {
                if (open)
                    open.text += p.text;
                else
                    open = { start: at, end: at, text: p.text };
                continue;
            }
            if (p.from > at) {
                if (!open)
                    open = { start: at, end: at, text: '' };
                open.end = p.from;
            }
            if (open) {
                if (open.start !== open.end || open.text !== '')
                    out.push(open);
                open = undefined;
            }
            at = p.to;
        }
        const end = this.originalText.length;
        if (at < end || open) {
            const last = open ?? { start: at, end: at, text: '' };
            last.end = end;
            if (last.start !== last.end || last.text !== '')
                out.push(last);
        }
        return out;
    }
    /** Whether any splice changed the text. */
    get changed() {
        return this.changes().length > 0;
    }
    /**
     * The bytes of the edited file: the original bytes outside the changed ranges, the UTF-8
     * of the new text inside them — checked (see the module comment). Throws a UserError
     * naming `file` and the line when new text cannot be written into this file.
     */
    bytes(file) {
        const changes = this.changes();
        if (changes.length === 0)
            return this.original;
        const lines = (0,text_offsets/* lineIndex */.Dp)(this.originalText);
        const utf8 = this.utf8;
        const offsets = byteOffsets(this.originalText, changes.flatMap((c) => [c.start, c.end]));
        const parts = [];
        const byteChanges = [];
        let from = 0;
        changes.forEach((c, i) => {
            const start = offsets[2 * i] ?? 0;
            const end = offsets[2 * i + 1] ?? 0;
            const at = `${file}:${lines.line(c.start)}`;
            if (LONE_SURROGATE.test(c.text)) {
                throw new errors/* UserError */.yo(`${at}: cannot write ${JSON.stringify(printable(c.text.trim()))}: it is not valid Unicode text (a lone surrogate) — check the value and key names in the configuration`);
            }
            if (!utf8 && /[\u0080-\uffff]/.test(c.text)) {
                throw new errors/* UserError */.yo(`${at}: cannot write ${JSON.stringify(c.text.trim())} into ${file}: the file is not UTF-8 (it has bytes that are not valid UTF-8), so its encoding is unknown and only ASCII can be written into it — save the file as UTF-8, or use ASCII names`);
            }
            const replacement = Buffer.from(c.text, 'utf8');
            parts.push(this.original.subarray(from, start), replacement);
            byteChanges.push({ start, end, length: replacement.length });
            from = end;
        });
        parts.push(this.original.subarray(from));
        const out = Buffer.concat(parts);
        const refuse = (why) => {
            throw new errors/* UserError */.yo(`${file}: refusing to write it: ${why}; the file was not changed`);
        };
        if (!unchangedOutside(this.original, out, byteChanges)) {
            refuse('the new bytes differ from the old ones outside the values written');
        }
        if (decodeBytes(out) !== this.text) {
            refuse('next to the bytes around it, the new text would read as different characters (a byte that is not UTF-8 right before or after the value?)');
        }
        return out;
    }
}
/** `pieces` with the characters `s.start`–`s.end` of their text replaced by `s.text`. */
function replace(pieces, s) {
    const out = [];
    let at = 0;
    let inserted = false;
    const insert = () => {
        if (inserted)
            return;
        inserted = true;
        if (s.text !== '')
            out.push({ kind: 'new', text: s.text });
    };
    for (const p of pieces) {
        const len = pieceLength(p);
        const start = at;
        const end = at + len;
        at = end;
        if (end <= s.start) {
            out.push(p);
            continue;
        }
        if (start < s.start)
            out.push(slicePiece(p, 0, s.start - start));
        insert();
        if (end > s.end)
            out.push(slicePiece(p, Math.max(s.end - start, 0), len));
    }
    insert();
    return out;
}
function slicePiece(p, from, to) {
    return p.kind === 'kept'
        ? { kind: 'kept', from: p.from + from, to: p.from + to }
        : { kind: 'new', text: p.text.slice(from, to) };
}


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ checkEdit),
/* harmony export */   ft: () => (/* binding */ dataKeys),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports selectorMatches, dataAt, withValue */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2875);
/**
 * Key paths over plain parsed data (what yaml's toJS, JSON.parse or the tfvars parser give):
 * used to compute what a document must hold after an edit, and to list the keys a file has.
 */


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Indices of the list elements a selector picks. */
function selectorMatches(list, field, equals) {
    const out = [];
    list.forEach((item, i) => {
        if (!isRecord(item))
            return;
        const v = item[field];
        if ((typeof v === 'string' || typeof v === 'number') && String(v) === equals)
            out.push(i);
    });
    return out;
}
function step(data, seg) {
    if ((0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelector */ .cB)(seg)) {
        if (!Array.isArray(data))
            return undefined;
        const [only, ...more] = selectorMatches(data, seg.field, seg.equals);
        return only === undefined || more.length > 0 ? undefined : { key: only };
    }
    if (Array.isArray(data) && typeof seg === 'number')
        return { key: seg };
    return { key: String(seg) };
}
/** The value at `path`, or undefined. */
function dataAt(data, path) {
    let node = data;
    for (const seg of path) {
        const s = step(node, seg);
        if (!s)
            return undefined;
        if (Array.isArray(node) && typeof s.key === 'number')
            node = node[s.key];
        else if (isRecord(node))
            node = Object.hasOwn(node, s.key) ? node[s.key] : undefined;
        else
            return undefined;
    }
    return node;
}
/**
 * `data` with `value` at `path`, creating mappings on the way (as a writer that creates a
 * missing key does). Throws when the path cannot exist in `data` (a selector that matches no
 * single element, a key under a value).
 */
function withValue(data, path, value) {
    const [head, ...rest] = path;
    if (head === undefined)
        return value;
    const s = step(data, head);
    if (!s)
        throw new Error(`no single element matches ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([head])}`);
    if (Array.isArray(data)) {
        if (typeof s.key !== 'number' || s.key >= data.length) {
            throw new Error(`no element ${String(s.key)} in a list of ${data.length}`);
        }
        const copy = [...data];
        copy[s.key] = withValue(copy[s.key], rest, value);
        return copy;
    }
    if (data !== undefined && data !== null && !isRecord(data)) {
        throw new Error(`cannot set ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(path)} under a value`);
    }
    const key = String(s.key);
    const entries = Object.entries(data ?? {}).filter(([k]) => k !== key);
    const old = isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;
    return Object.fromEntries([...entries, [key, withValue(old, rest, value)]]);
}
/**
 * The key paths of the values in `data`, in document order, for "the file has …" messages.
 * List elements with a string `name` are written `[name=…]`, others by index.
 */
function dataKeys(data, limit = 500) {
    const out = [];
    const walk = (node, path) => {
        if (out.length >= limit)
            return;
        if (Array.isArray(node)) {
            const list = node;
            list.forEach((item, i) => {
                const name = isRecord(item) ? item.name : undefined;
                const unique = typeof name === 'string' &&
                    /^[A-Za-z0-9_./:@-]+$/.test(name) &&
                    selectorMatches(list, 'name', name).length === 1;
                walk(item, unique ? [...path, { field: 'name', equals: name }] : [...path, i]);
            });
            return;
        }
        if (isRecord(node) && Object.getPrototypeOf(node) === Object.prototype) {
            for (const [k, v] of Object.entries(node))
                walk(v, [...path, k]);
            return;
        }
        if (path.length > 0)
            out.push((0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(path));
    };
    walk(data, []);
    return out;
}
/**
 * The self-check of one byte edit: `next` parsed again must hold exactly `before`'s data with
 * `value` at `path`. Returns the parsed file; otherwise throws `refuse(message)`, and the
 * caller writes nothing.
 */
function checkEdit(edit) {
    const fail = (why) => edit.refuse(`${edit.file}: refusing to write "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(edit.path)}": the edit ${why}; the file was not changed (please report this)`);
    let after;
    try {
        after = edit.parse(edit.next);
    }
    catch (err) {
        throw fail(`produced ${edit.invalid} (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(after.data, withValue(edit.before.data, edit.path, edit.value))) {
        throw fail('changed more than that value');
    }
    return after;
}


/***/ }),

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ openDocument)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __nccwpck_require__(5284);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/overlay/byte-text.ts + 1 modules
var byte_text = __nccwpck_require__(132);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __nccwpck_require__(2875);
// EXTERNAL MODULE: ./src/overlay/text-offsets.ts
var text_offsets = __nccwpck_require__(8644);
;// CONCATENATED MODULE: ./src/overlay/json-edit.ts
/**
 * Byte-preserving JSON edits (`*.json`, `*.tfvars.json`). A small tokenizer finds where each
 * value is (character offsets in the file's text view, byte-text.ts); an edit splices new
 * characters into it and the new file is the original bytes with only those ranges replaced,
 * so indentation, key order, a BOM, CRLF, the final newline and any byte in other strings
 * stay as they were. A missing key is created in the file's own style (its indentation unit,
 * `:` spacing and newline).
 *
 * Every edit is checked afterwards with JSON.parse: the new text must parse and equal the old
 * data with only the written value changed. Nesting past MAX_NESTING is refused (the
 * tokenizer recurses per level).
 */





/** A JSON file that cannot be read or edited; the message names the file (and line). */
class JsonError extends errors/* UserError */.yo {
    name = 'JsonError';
}
class Parser {
    text;
    fail;
    deep;
    pos;
    constructor(text, fail, deep) {
        this.text = text;
        this.fail = fail;
        this.deep = deep;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.pos++;
            else
                break;
        }
    }
    value(depth) {
        this.ws();
        if (depth >= text_offsets/* MAX_NESTING */.M1 && (this.text[this.pos] === '{' || this.text[this.pos] === '[')) {
            this.deep(this.pos);
        }
        const t = this.text;
        const start = this.pos;
        const c = t[start];
        if (c === '{')
            return this.object(depth);
        if (c === '[')
            return this.array(depth);
        if (c === '"')
            return { kind: 'string', start, end: this.string(), value: this.decoded(start) };
        for (const word of ['true', 'false', 'null']) {
            if (t.startsWith(word, start)) {
                this.pos += word.length;
                return { kind: word, start, end: this.pos };
            }
        }
        const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        m.lastIndex = start;
        if (m.exec(t)) {
            this.pos = m.lastIndex;
            return { kind: 'number', start, end: this.pos };
        }
        return this.fail(start, c === undefined ? 'unexpected end of file' : `unexpected "${(0,byte_text/* printable */.g$)(c)}"`);
    }
    /** Scans a string starting at this.pos (a `"`); returns its end offset. */
    string() {
        const t = this.text;
        const start = this.pos;
        let i = start + 1;
        for (;;) {
            const c = t.charCodeAt(i);
            if (Number.isNaN(c))
                this.fail(start, 'unterminated string');
            if (c === 34)
                break;
            if (c < 0x20)
                this.fail(i, 'a control character (e.g. a newline) inside a string');
            if (c === 92) {
                const e = t[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6)))
                        this.fail(i, 'invalid \\u escape');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    this.fail(i, 'invalid escape');
                i += 2;
                continue;
            }
            i++;
        }
        this.pos = i + 1;
        return this.pos;
    }
    decoded(start) {
        return JSON.parse(this.text.slice(start, this.pos));
    }
    object(depth) {
        const start = this.pos;
        this.pos++;
        const members = [];
        this.ws();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return { kind: 'object', start, end: this.pos, members };
        }
        for (;;) {
            this.ws();
            const keyStart = this.pos;
            if (this.text[keyStart] !== '"')
                this.fail(keyStart, 'expected a "quoted" key');
            const keyEnd = this.string();
            const key = this.decoded(keyStart);
            this.ws();
            if (this.text[this.pos] !== ':')
                this.fail(this.pos, 'expected ":" after a key');
            this.pos++;
            const value = this.value(depth + 1);
            members.push({ key, keyStart, keyEnd, value });
            this.ws();
            const c = this.text[this.pos];
            this.pos++;
            if (c === '}')
                return { kind: 'object', start, end: this.pos, members };
            if (c !== ',')
                this.fail(this.pos - 1, 'expected "," or "}"');
        }
    }
    array(depth) {
        const start = this.pos;
        this.pos++;
        const items = [];
        this.ws();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return { kind: 'array', start, end: this.pos, items };
        }
        for (;;) {
            items.push(this.value(depth + 1));
            this.ws();
            const c = this.text[this.pos];
            this.pos++;
            if (c === ']')
                return { kind: 'array', start, end: this.pos, items };
            if (c !== ',')
                this.fail(this.pos - 1, 'expected "," or "]"');
        }
    }
}
/** Parses and checks a JSON file (a BOM is allowed and kept). */
function parseJson(text, file) {
    const lines = (0,text_offsets/* lineIndex */.Dp)(text);
    const fail = (offset, why) => {
        throw new JsonError(`${file}:${lines.line(offset)}:${lines.column(offset)}: invalid JSON: ${why} — fix the file first`);
    };
    const deep = (offset) => {
        throw new JsonError((0,text_offsets/* tooDeep */.DI)(`${file}:${lines.line(offset)}:${lines.column(offset)}`));
    };
    const parser = new Parser(text, fail, deep);
    const root = parser.value(0);
    parser.ws();
    if (parser.pos < text.length)
        fail(parser.pos, 'more content after the JSON value');
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (err) {
        throw new JsonError(`${file}: invalid JSON: ${err instanceof Error ? err.message : String(err)} — fix the file first`);
    }
    return {
        text,
        file,
        root,
        data,
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        line: lines.line,
    };
}
function describe(node) {
    switch (node?.kind) {
        case undefined:
            return 'missing';
        case 'object':
            return 'an object';
        case 'array':
            return 'a list';
        case 'null':
            return 'null';
        default:
            return 'a value';
    }
}
function where(f, path, node) {
    const name = path.length === 0 ? 'the document' : `"${(0,key_path/* formatKeyPath */.K7)(path)}"`;
    return `${f.file}${node ? `:${f.line(node.start)}` : ''}: ${name}`;
}
function memberIndex(f, obj, key, path) {
    const found = obj.members.flatMap((m, i) => (m.key === key ? [i] : []));
    if (found.length > 1) {
        throw new JsonError(`${where(f, path)} is there ${found.length} times (lines ${found.map((i) => f.line(obj.members[i]?.keyStart ?? 0)).join(', ')}); readers disagree on which one counts — remove the others`);
    }
    return found[0];
}
function selectItem(f, list, seg, path) {
    const found = [];
    list.items.forEach((item, i) => {
        if (item.kind !== 'object')
            return;
        const field = item.members.find((m) => m.key === seg.field)?.value;
        if (field?.kind === 'string' && field.value === seg.equals)
            found.push(i);
        else if (field?.kind === 'number' && f.text.slice(field.start, field.end) === seg.equals)
            found.push(i);
    });
    if (found.length > 1) {
        throw new JsonError(`${where(f, path)} matches ${found.length} list elements (lines ${found.map((i) => f.line(list.items[i]?.start ?? 0)).join(', ')}); make the selector unique`);
    }
    return found[0];
}
/**
 * Finds `path`. Throws a JsonError when it goes through something that is not an object or
 * list, or through a selector that picks no element.
 */
function locate(f, path) {
    let node = f.root;
    const concrete = [];
    for (const [depth, seg] of path.entries()) {
        const here = path.slice(0, depth);
        if (node.kind === 'object' && !(0,key_path/* isSelector */.cB)(seg)) {
            const i = memberIndex(f, node, String(seg), path.slice(0, depth + 1));
            const member = i === undefined ? undefined : node.members[i];
            if (!member)
                return { kind: 'missing', depth, obj: node, path: [...concrete, ...path.slice(depth)] };
            concrete.push(String(seg));
            node = member.value;
            continue;
        }
        if (node.kind === 'array' && (typeof seg === 'number' || (0,key_path/* isSelector */.cB)(seg))) {
            const i = (0,key_path/* isSelector */.cB)(seg) ? selectItem(f, node, seg, path.slice(0, depth + 1)) : seg;
            const item = i === undefined ? undefined : node.items[i];
            if (item === undefined || i === undefined) {
                throw new JsonError((0,key_path/* isSelector */.cB)(seg)
                    ? `${where(f, here, node)} has no element with "${seg.field}": "${seg.equals}"; image-promote does not add list elements — add it to the file first`
                    : `${where(f, here, node)} has ${node.items.length} items, so there is no item ${String(seg)}`);
            }
            concrete.push(i);
            node = item;
            continue;
        }
        throw new JsonError(`${where(f, here, node)} is ${describe(node)}, not ${(0,key_path/* isSelector */.cB)(seg) || typeof seg === 'number' ? 'a list' : 'an object'}, so it has no ${(0,key_path/* isSelector */.cB)(seg) ? 'element' : 'key'} "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
    }
    return { kind: 'found', node, path: concrete };
}
/** The node at `path` (undefined when a key on the way is missing). */
function jsonNode(f, path) {
    const found = locate(f, path);
    return found.kind === 'found' ? found.node : undefined;
}
/**
 * The text of the value at `path`: strings as they are, numbers and booleans as spelled;
 * undefined when missing or null. A JsonError when it is an object or a list.
 */
function jsonValue(f, path) {
    const node = jsonNode(f, path);
    if (node === undefined || node.kind === 'null')
        return undefined;
    const line = f.line(node.start);
    if (node.kind === 'string')
        return { text: node.value, line };
    if (node.kind === 'object' || node.kind === 'array') {
        throw new JsonError(`${where(f, path, node)} is ${describe(node)}, not a single value`);
    }
    return { text: f.text.slice(node.start, node.end), line };
}
function isMultiline(f, node) {
    return f.text.slice(node.start, node.end).includes('\n');
}
function detectStyle(f) {
    let unit;
    let colon;
    const visit = (node) => {
        if (node.kind === 'object') {
            const first = node.members[0];
            if (first) {
                if (colon === undefined) {
                    const between = f.text.slice(first.keyEnd, first.value.start);
                    if (!between.includes('\n'))
                        colon = between;
                }
                if (unit === undefined && isMultiline(f, node)) {
                    const outer = (0,text_offsets/* lineIndent */.p0)(f.text, node.start);
                    const inner = (0,text_offsets/* lineIndent */.p0)(f.text, first.keyStart);
                    if (inner.startsWith(outer) && inner.length > outer.length)
                        unit = inner.slice(outer.length);
                }
            }
            for (const m of node.members) {
                if (unit !== undefined && colon !== undefined)
                    return;
                visit(m.value);
            }
        }
        else if (node.kind === 'array') {
            for (const item of node.items) {
                if (unit !== undefined && colon !== undefined)
                    return;
                visit(item);
            }
        }
    };
    visit(f.root);
    const multiline = isMultiline(f, f.root);
    return { newline: f.newline, unit: unit ?? (multiline ? '  ' : undefined), colon: colon ?? ': ' };
}
function renderMember(keys, value, indent, style, multiline) {
    const [head, ...rest] = keys;
    if (head === undefined)
        return JSON.stringify(value);
    const key = JSON.stringify(head) + style.colon;
    if (rest.length === 0)
        return key + JSON.stringify(value);
    if (multiline && style.unit !== undefined) {
        const inner = indent + style.unit;
        return `${key}{${style.newline}${inner}${renderMember(rest, value, inner, style, true)}${style.newline}${indent}}`;
    }
    return `${key}{${renderMember(rest, value, indent, style, false)}}`;
}
function insertMember(f, obj, keys, value) {
    const style = detectStyle(f);
    const last = obj.members[obj.members.length - 1];
    const multiline = isMultiline(f, obj) && style.unit !== undefined;
    if (last && multiline) {
        const first = obj.members[0] ?? last;
        const indent = (0,text_offsets/* lineIndent */.p0)(f.text, first.keyStart);
        const at = last.value.end;
        const member = renderMember(keys, value, indent, style, true);
        return { start: at, end: at, text: `,${style.newline}${indent}${member}` };
    }
    if (last) {
        const second = obj.members[1];
        const first = obj.members[0];
        const comma = first && second
            ? f.text.slice(first.value.end, second.keyStart)
            : style.colon.endsWith(' ')
                ? ', '
                : ',';
        const at = last.value.end;
        return { start: at, end: at, text: comma + renderMember(keys, value, '', style, false) };
    }
    // An empty object: one member on its own line in a multi-line file, inline otherwise.
    if (style.unit !== undefined && isMultiline(f, f.root)) {
        const outer = (0,text_offsets/* lineIndent */.p0)(f.text, obj.start);
        const inner = outer + style.unit;
        const member = renderMember(keys, value, inner, style, true);
        return {
            start: obj.start,
            end: obj.end,
            text: `{${style.newline}${inner}${member}${style.newline}${outer}}`,
        };
    }
    return {
        start: obj.start,
        end: obj.end,
        text: `{${renderMember(keys, value, '', style, false)}}`,
    };
}
function planSet(f, set) {
    const found = locate(f, set.path);
    if (found.kind === 'missing') {
        const rest = set.path.slice(found.depth);
        const keys = rest.map((seg) => {
            if (typeof seg !== 'string') {
                throw new JsonError(`${where(f, set.path.slice(0, found.depth))} has no "${(0,key_path/* formatKeyPath */.K7)(rest)}" and image-promote does not add list elements — add it to the file first`);
            }
            return seg;
        });
        return { splice: insertMember(f, found.obj, keys, set.value), path: found.path };
    }
    const { node } = found;
    if (node.kind === 'object' || node.kind === 'array') {
        throw new JsonError(`${where(f, set.path, node)} is ${describe(node)}, not a single value`);
    }
    if (node.kind === 'string' && node.value === set.value)
        return { path: found.path };
    return {
        splice: { start: node.start, end: node.end, text: JSON.stringify(set.value) },
        path: found.path,
    };
}
/**
 * Applies `sets` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text. Each set replaces only one value (or inserts one
 * member); the result is checked with JSON.parse.
 */
function editJson(input, file, sets) {
    let out = typeof input === 'string' ? byte_text/* ByteText */.__.fromString(input) : input;
    let f = parseJson(out.text, file);
    for (const set of sets) {
        const planned = planSet(f, set);
        if (!planned.splice)
            continue;
        out = out.splice([planned.splice]);
        f = (0,data_path/* checkEdit */.DM)({
            file,
            before: f,
            next: out.text,
            path: planned.path,
            value: set.value,
            parse: (t) => parseJson(t, file),
            invalid: 'invalid JSON',
            refuse: (message) => new JsonError(message),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/overlay/tfvars.ts
/**
 * Terraform variable files (`*.tfvars`, HCL native syntax): read and write `name = "value"`
 * attributes at the top level and inside object constructors (`image = { tag = "v1" }`) by
 * key path. A tokenizer finds where everything is; an edit splices new characters into the
 * original text, so comments (`#`, `//`, `/* *\/`), alignment, heredocs and every other value
 * stay exactly as they were.
 *
 * Only plain quoted strings are read and written. A value that is anything else — an
 * expression, a reference, a number, a list, a heredoc, a string with `${…}` interpolation or
 * a `%{…}` directive — is refused with the file, line and key: image-promote cannot know what
 * it evaluates to, and replacing it would change more than the image.
 *
 * Offsets are characters of the file's text view (byte-text.ts): the new file is the original
 * bytes with only the spliced ranges replaced. Object keys are names, quoted strings or whole
 * numbers (`{ 0 = "t1" }` has the key "0"); an object with any other key (`(var.k)`,
 * `"${x}"`, `1.5`) is computed and read as a whole. Objects nested past MAX_NESTING are
 * refused (the parser recurses per object); lists and templates are scanned without
 * recursion.
 *
 * Every edit is checked afterwards: the new text is parsed again and must hold the same
 * values as before except the one written.
 */





/** A variables file that cannot be read or edited; the message names the file and line. */
class TfvarsError extends errors/* UserError */.yo {
    name = 'TfvarsError';
}
/** A value that is not a plain string, kept as its source text (for comparisons). */
class TfvarsOpaque {
    what;
    raw;
    constructor(what, raw) {
        this.what = what;
        this.raw = raw;
    }
}
// ---------------------------------------------------------------------------------------
// Tokens
const IDENT_RE = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const NUMBER_RE = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const OPERATORS = ['==', '!=', '<=', '>=', '=>', '&&', '||', '...'];
class Scanner {
    text;
    fail;
    tokens = [];
    pos;
    constructor(text, fail) {
        this.text = text;
        this.fail = fail;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    push(kind, start, end, extra = {}) {
        this.tokens.push({ kind, start, end, ...extra });
        this.pos = end;
    }
    scan() {
        const t = this.text;
        while (this.pos < t.length) {
            const start = this.pos;
            const c = t[start] ?? '';
            if (c === ' ' || c === '\t') {
                this.pos++;
            }
            else if (c === '\n') {
                this.push('nl', start, start + 1);
            }
            else if (c === '\r' && t[start + 1] === '\n') {
                this.push('nl', start, start + 2);
            }
            else if (c === '#' || (c === '/' && t[start + 1] === '/')) {
                let end = t.indexOf('\n', start);
                if (end === -1)
                    end = t.length;
                if (t[end - 1] === '\r')
                    end--;
                this.push('comment', start, end);
            }
            else if (c === '/' && t[start + 1] === '*') {
                const close = t.indexOf('*/', start + 2);
                if (close === -1)
                    this.fail(start, 'a /* comment is never closed');
                this.push('comment', start, close + 2);
            }
            else if (c === '"') {
                this.quoted(start);
            }
            else if (c === '<' && t[start + 1] === '<' && /[-A-Za-z_]/.test(t[start + 2] ?? '')) {
                this.heredoc(start);
            }
            else if (this.sticky(IDENT_RE, start) !== undefined) {
                this.push('ident', start, this.sticky(IDENT_RE, start) ?? start);
            }
            else if (this.sticky(NUMBER_RE, start) !== undefined) {
                this.push('number', start, this.sticky(NUMBER_RE, start) ?? start);
            }
            else {
                const op = OPERATORS.find((o) => t.startsWith(o, start));
                this.push('punct', start, start + (op?.length ?? 1));
            }
        }
        return this.tokens;
    }
    sticky(re, at) {
        re.lastIndex = at;
        return re.exec(this.text) ? re.lastIndex : undefined;
    }
    /** A quoted template `"…"`; plain when it has no `${…}` or `%{…}`. */
    quoted(start) {
        const t = this.text;
        let i = start + 1;
        let value = '';
        let notPlain;
        for (;;) {
            const c = t[i];
            if (c === undefined || c === '\n' || c === '\r') {
                this.fail(start, 'a quoted string is not closed on its line (use a heredoc for text over several lines)');
            }
            if (c === '"')
                break;
            if (c === '\\') {
                const e = t[i + 1];
                const simple = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
                if (e !== undefined && simple[e] !== undefined) {
                    value += simple[e];
                    i += 2;
                    continue;
                }
                const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0;
                const digits = t.slice(i + 2, i + 2 + hex);
                if (hex === 0 || !new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
                    this.fail(i, `invalid escape "\\${e ?? ''}" in a string`);
                }
                const code = Number.parseInt(digits, 16);
                if (code > 0x10ffff)
                    this.fail(i, 'invalid unicode escape in a string');
                value += String.fromCodePoint(code);
                i += 2 + hex;
                continue;
            }
            if ((c === '$' || c === '%') && t[i + 1] === c && t[i + 2] === '{') {
                // `$${` and `%%{` are a literal `${` and `%{`.
                value += `${c}{`;
                i += 3;
                continue;
            }
            if ((c === '$' || c === '%') && t[i + 1] === '{') {
                notPlain ??=
                    c === '$' ? 'a string with ${…} interpolation' : 'a string with a %{…} directive';
                i = this.templateEnd(i + 2, start);
                continue;
            }
            value += c;
            i++;
        }
        this.push('string', start, i + 1, notPlain === undefined ? { value } : { notPlain });
    }
    /**
     * The offset after the `}` that closes a `${` or `%{` opened before `from`. Strings inside
     * it (with interpolations of their own) are skipped with an explicit stack, not recursion.
     */
    templateEnd(from, stringStart) {
        const t = this.text;
        // Each entry: the open braces of an interpolation, or -1 for a string inside one.
        const stack = [1];
        let i = from;
        while (i < t.length) {
            const c = t[i];
            const top = stack.length - 1;
            if (stack[top] === -1) {
                if (c === '\\')
                    i += 2;
                else if ((c === '$' || c === '%') && t[i + 1] === c && t[i + 2] === '{')
                    i += 3;
                else if ((c === '$' || c === '%') && t[i + 1] === '{') {
                    stack.push(1);
                    i += 2;
                }
                else {
                    if (c === '"')
                        stack.pop();
                    i++;
                }
                continue;
            }
            if (c === '"')
                stack.push(-1);
            else if (c === '{')
                stack[top] = (stack[top] ?? 0) + 1;
            else if (c === '}') {
                stack[top] = (stack[top] ?? 0) - 1;
                if (stack[top] === 0) {
                    stack.pop();
                    if (stack.length === 0)
                        return i + 1;
                }
            }
            i++;
        }
        return this.fail(stringStart, 'a ${…} in a string is never closed');
    }
    /** `<<EOF` / `<<-EOF` up to and including the closing marker. */
    heredoc(start) {
        const t = this.text;
        const m = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)(\r?\n)/uy;
        m.lastIndex = start;
        const found = m.exec(t);
        if (!found)
            this.fail(start, 'a heredoc marker (<<EOF) must be followed by a new line');
        const marker = found[2] ?? '';
        let lineStart = m.lastIndex;
        while (lineStart <= t.length) {
            let lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = t.length;
            const line = t.slice(lineStart, lineEnd).replace(/\r$/, '');
            if (line.trim() === marker) {
                const end = lineStart + line.length - (line.length - line.trimEnd().length);
                this.push('heredoc', start, end);
                return;
            }
            if (lineEnd === t.length)
                break;
            lineStart = lineEnd + 1;
        }
        this.fail(start, `the heredoc <<${found[1] ?? ''}${marker} is never closed (no line with ${marker})`);
    }
}
// ---------------------------------------------------------------------------------------
// Structure
const OPEN = { '(': ')', '[': ']', '{': '}' };
class TfParser {
    text;
    toks;
    fail;
    line;
    deep;
    i = 0;
    constructor(text, toks, fail, line, deep) {
        this.text = text;
        this.toks = toks;
        this.fail = fail;
        this.line = line;
        this.deep = deep;
    }
    src(t) {
        return this.text.slice(t.start, t.end);
    }
    peek(skipNewlines) {
        let j = this.i;
        while (j < this.toks.length) {
            const t = this.toks[j];
            if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl')))
                j++;
            else
                return t;
        }
        return undefined;
    }
    next(skipNewlines) {
        while (this.i < this.toks.length) {
            const t = this.toks[this.i++];
            if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl')))
                continue;
            return t;
        }
        return undefined;
    }
    body() {
        const items = [];
        const seen = new Map();
        for (;;) {
            const key = this.next(true);
            if (!key)
                return items;
            if (key.kind !== 'ident') {
                this.fail(key.start, `expected a variable name, found "${(0,byte_text/* printable */.g$)(this.src(key))}"`);
            }
            const eq = this.next(false);
            if (!eq || this.src(eq) !== '=') {
                const blockLike = eq && (this.src(eq) === '{' || eq.kind === 'string' || eq.kind === 'ident');
                this.fail(eq?.start ?? key.end, blockLike
                    ? `"${this.src(key)}" is a block; a variables file holds only name = value attributes`
                    : `expected "=" after "${this.src(key)}"`);
            }
            const value = this.expression(['nl'], 0);
            const after = this.next(false);
            if (after && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${(0,byte_text/* printable */.g$)(this.src(after))}" after the value of "${this.src(key)}"`);
            }
            const item = {
                key: this.src(key),
                keyStart: key.start,
                keyEnd: key.end,
                eq: eq.start,
                value,
                comma: false,
            };
            this.duplicate(seen, item);
            items.push(item);
        }
    }
    duplicate(seen, item) {
        const twin = seen.get(item.key);
        if (twin) {
            this.fail(item.keyStart, `"${item.key}" is set twice (also on line ${this.line(twin.keyStart)}); Terraform refuses that — remove one`);
        }
        seen.set(item.key, item);
    }
    /**
     * The tokens of one expression: up to a terminator at bracket depth 0. `depth`: the objects
     * it is inside.
     */
    expression(terminators, depth) {
        const first = this.i;
        const stack = [];
        let j = this.i;
        for (; j < this.toks.length; j++) {
            const t = this.toks[j];
            if (!t)
                break;
            const s = t.kind === 'punct' ? this.src(t) : '';
            if (stack.length === 0) {
                if (t.kind === 'nl' && terminators.includes('nl'))
                    break;
                if (t.kind === 'punct' && terminators.includes(s))
                    break;
            }
            if (t.kind !== 'punct')
                continue;
            if (OPEN[s] !== undefined)
                stack.push(OPEN[s]);
            else if (s === ')' || s === ']' || s === '}') {
                if (stack.pop() !== s)
                    this.fail(t.start, `unexpected "${s}"`);
            }
        }
        if (stack.length > 0) {
            this.fail(this.toks[first]?.start ?? this.text.length, `a "${stack[stack.length - 1] === '}' ? '{' : stack[stack.length - 1] === ']' ? '[' : '('}" is never closed`);
        }
        const toks = this.toks.slice(first, j).filter((t) => t.kind !== 'comment' && t.kind !== 'nl');
        this.i = j;
        const head = toks[0];
        const tail = toks[toks.length - 1];
        if (!head || !tail) {
            return this.fail(this.toks[j]?.start ?? this.text.length, 'expected a value');
        }
        const range = { start: head.start, end: tail.end };
        if (toks.length === 1) {
            if (head.kind === 'string') {
                return head.value !== undefined
                    ? { kind: 'string', value: head.value, ...range }
                    : { kind: 'other', what: head.notPlain ?? 'a template', ...range };
            }
            if (head.kind === 'heredoc')
                return { kind: 'other', what: 'a heredoc', ...range };
            if (head.kind === 'number')
                return { kind: 'other', what: 'a number', ...range };
            const word = this.src(head);
            if (word === 'true' || word === 'false')
                return { kind: 'other', what: 'a bool', ...range };
            if (word === 'null')
                return { kind: 'other', what: 'null', ...range };
        }
        const open = this.src(head);
        const headAt = this.toks.indexOf(head, first);
        const tailAt = this.toks.lastIndexOf(tail, j);
        if (head.kind === 'punct' && open === '{' && this.closes(headAt, tailAt)) {
            const inner = this.toks
                .slice(headAt + 1, tailAt)
                .find((t) => t.kind !== 'nl' && t.kind !== 'comment');
            if (!(inner?.kind === 'ident' && this.src(inner) === 'for')) {
                if (depth >= text_offsets/* MAX_NESTING */.M1)
                    this.deep(head.start);
                const saved = this.i;
                this.i = headAt + 1;
                const object = this.object(head, tail, depth + 1);
                this.i = saved;
                if (object)
                    return object;
                return { kind: 'other', what: 'an object with computed keys', ...range };
            }
            return { kind: 'other', what: 'a for expression', ...range };
        }
        if (head.kind === 'punct' && open === '[' && this.closes(headAt, tailAt)) {
            return { kind: 'other', what: 'a list', ...range };
        }
        return { kind: 'other', what: 'an expression', ...range };
    }
    /** Whether the bracket at token `open` is closed by the token at `close` (one collection). */
    closes(open, close) {
        let depth = 0;
        for (let j = open; j <= close; j++) {
            const t = this.toks[j];
            if (!t || t.kind !== 'punct')
                continue;
            const s = this.src(t);
            if (OPEN[s] !== undefined)
                depth++;
            else if (s === ')' || s === ']' || s === '}') {
                depth--;
                if (depth === 0)
                    return j === close;
            }
        }
        return false;
    }
    /**
     * The name of the object key `key` (a name, a quoted string or a whole number, as Terraform
     * reads them); undefined for any other key (an expression: the object is computed).
     */
    objectKey(key) {
        if (key.kind === 'ident') {
            const after = this.peek(false);
            // `a.b = …`, `a[0] = …`: a traversal, evaluated.
            if (after?.kind === 'punct' && (this.src(after) === '.' || this.src(after) === '[')) {
                return undefined;
            }
            return this.src(key);
        }
        if (key.kind === 'string')
            return key.value;
        if (key.kind === 'number') {
            const digits = this.src(key);
            return /^[0-9]+$/.test(digits) ? BigInt(digits).toString() : undefined;
        }
        return undefined;
    }
    /**
     * Items of an object constructor whose `{` is `open` (`depth` objects deep); undefined when
     * a key is computed.
     */
    object(open, close, depth) {
        const items = [];
        const seen = new Map();
        for (;;) {
            let key = this.next(true);
            while (key && key.kind === 'punct' && this.src(key) === ',')
                key = this.next(true);
            if (!key)
                this.fail(open.start, 'an object is never closed');
            if (key === close)
                return { kind: 'object', start: open.start, end: close.end, items };
            if (key.kind === 'punct' && !['(', '-', '!'].includes(this.src(key))) {
                return this.fail(key.start, `unexpected "${(0,byte_text/* printable */.g$)(this.src(key))}" where an object key belongs`);
            }
            const name = this.objectKey(key);
            // A computed key: the object is read as a whole (its brackets are balanced).
            if (name === undefined)
                return undefined;
            const eq = this.next(false);
            if (!eq || (this.src(eq) !== '=' && this.src(eq) !== ':')) {
                return this.fail(eq?.start ?? key.end, `expected "=" after the key "${name}"`);
            }
            const value = this.expression(['nl', ',', '}'], depth);
            const after = this.peek(false);
            const comma = after?.kind === 'punct' && this.src(after) === ',';
            if (after && after !== close && !comma && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${(0,byte_text/* printable */.g$)(this.src(after))}" after the value of "${name}"`);
            }
            const item = {
                key: name,
                keyStart: key.start,
                keyEnd: key.end,
                eq: eq.start,
                value,
                comma,
            };
            this.duplicate(seen, item);
            items.push(item);
        }
    }
}
function toData(text, value) {
    if (value.kind === 'string')
        return value.value;
    if (value.kind === 'object')
        return itemsData(text, value.items);
    return new TfvarsOpaque(value.what, text.slice(value.start, value.end));
}
function itemsData(text, items) {
    return Object.fromEntries(items.map((i) => [i.key, toData(text, i.value)]));
}
/** Parses a variables file; a TfvarsError (file:line:column) when it is not valid. */
function parseTfvars(text, file) {
    const { line, column } = (0,text_offsets/* lineIndex */.Dp)(text);
    const fail = (offset, why) => {
        throw new TfvarsError(`${file}:${line(offset)}:${column(offset)}: not a valid variables file: ${why} — fix the file first`);
    };
    const deep = (offset) => {
        throw new TfvarsError((0,text_offsets/* tooDeep */.DI)(`${file}:${line(offset)}:${column(offset)}`));
    };
    const toks = new Scanner(text, fail).scan();
    const items = new TfParser(text, toks, fail, line, deep).body();
    return {
        text,
        file,
        items,
        data: itemsData(text, items),
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        line,
    };
}
function keyOf(path, f) {
    return path.map((seg) => {
        if (typeof seg === 'string')
            return seg;
        throw new TfvarsError(`${f.file}: key "${(0,key_path/* formatKeyPath */.K7)(path)}" has ${(0,key_path/* isSelector */.cB)(seg) ? `a list selector [${seg.field}=${seg.equals}]` : `a list index ${seg}`}; in a variables file image-promote goes through objects only (name.key.key)`);
    });
}
function notPlain(f, path, value) {
    const raw = f.text.slice(value.start, value.end);
    const shown = (0,byte_text/* printable */.g$)(raw.length > 60 || raw.includes('\n') ? `${raw.split(/\r?\n/)[0]?.slice(0, 60) ?? ''}…` : raw);
    const what = value.kind === 'object' ? 'an object' : value.kind === 'other' ? value.what : 'a string';
    return new TfvarsError(`${f.file}:${f.line(value.start)}: "${(0,key_path/* formatKeyPath */.K7)(path)}" is ${what} (${shown}), not a plain "…" string; image-promote reads and writes only plain strings — write the value as a quoted string, or point the key at one`);
}
function tfvars_locate(f, path) {
    const keys = keyOf(path, f);
    let items = f.items;
    let parent;
    for (const [depth, key] of keys.entries()) {
        const item = items.find((i) => i.key === key);
        if (!item)
            return parent ? { kind: 'missing', depth, items, parent } : { kind: 'missing', depth, items };
        if (depth === keys.length - 1)
            return { kind: 'found', item };
        if (item.value.kind !== 'object') {
            throw new TfvarsError(`${f.file}:${f.line(item.value.start)}: "${(0,key_path/* formatKeyPath */.K7)(path.slice(0, depth + 1))}" is ${item.value.kind === 'string' ? 'a string' : item.value.what}, not an object, so it has no key "${keys[depth + 1] ?? ''}"`);
        }
        parent = item.value;
        items = item.value.items;
    }
    throw new Error('internal error: empty key path');
}
/** The string at `path`, undefined when missing; a TfvarsError when it is not a plain string. */
function tfvarsValue(f, path) {
    const found = tfvars_locate(f, path);
    if (found.kind === 'missing')
        return undefined;
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, path, value);
    return { text: value.value, line: f.line(value.start) };
}
/** Whether something (of any kind) is at `path`. */
function tfvarsHas(f, path) {
    return tfvars_locate(f, path).kind === 'found';
}
// ---------------------------------------------------------------------------------------
// Writing
/** `value` as an HCL quoted string that reads back as exactly `value` (no interpolation). */
function quoteHcl(value) {
    let out = '"';
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    out += '"';
    // `${` and `%{` start templates: double the sigil to keep them literal.
    return out.replace(/([$%])\{/g, '$1$1{');
}
function renderKey(key, topLevel, f) {
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key))
        return key;
    if (topLevel) {
        throw new TfvarsError(`${f.file}: "${key}" is not a valid variable name`);
    }
    return quoteHcl(key);
}
function lineEndAfter(text, pos) {
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl + 1;
}
function detectUnit(f) {
    const visit = (items) => {
        for (const item of items) {
            if (item.value.kind !== 'object')
                continue;
            const first = item.value.items[0];
            if (first && f.text.slice(item.value.start, first.keyStart).includes('\n')) {
                const outer = (0,text_offsets/* lineIndent */.p0)(f.text, item.keyStart);
                const inner = (0,text_offsets/* lineIndent */.p0)(f.text, first.keyStart);
                if (inner.startsWith(outer) && inner.length > outer.length)
                    return inner.slice(outer.length);
            }
            const deeper = visit(item.value.items);
            if (deeper !== undefined)
                return deeper;
        }
        return undefined;
    };
    return visit(f.items) ?? '  ';
}
/** `key = "value"` or `key = { … }` for the keys still missing. */
function renderItem(f, keys, value, indent, unit, multiline, topLevel, width) {
    const [head, ...rest] = keys;
    if (head === undefined)
        return quoteHcl(value);
    const key = renderKey(head, topLevel, f).padEnd(width);
    if (rest.length === 0)
        return `${key} = ${quoteHcl(value)}`;
    if (multiline) {
        const inner = indent + unit;
        return `${key} = {${f.newline}${inner}${renderItem(f, rest, value, inner, unit, true, false, 0)}${f.newline}${indent}}`;
    }
    return `${key} = { ${renderItem(f, rest, value, indent, unit, false, false, 0)} }`;
}
/** Width to pad a new key to so its `=` lines up with the item above (as `terraform fmt` does). */
function alignedWidth(f, above, key) {
    if (!above || f.text.slice(above.keyEnd, above.eq).includes('\n'))
        return 0;
    if (f.text.slice(above.value.start, above.value.end).includes('\n'))
        return 0;
    const width = above.eq - above.keyStart - 1;
    return width > key.length && /^ *$/.test(f.text.slice(above.keyEnd, above.eq - 1)) ? width : 0;
}
function insertAtTop(f, keys, value) {
    const unit = detectUnit(f);
    const last = f.items[f.items.length - 1];
    const lastLine = last ? lineEndAfter(f.text, last.value.end) : 0;
    // Directly under the last attribute when nothing but blank space follows it.
    const adjacent = last !== undefined && f.text.slice(lastLine).trim() === '';
    const width = adjacent ? alignedWidth(f, last, keys[0] ?? '') : 0;
    const line = renderItem(f, keys, value, '', unit, true, true, width);
    const at = adjacent ? lastLine : f.text.length;
    if (at === f.text.length && f.text.length > 0 && !f.text.endsWith('\n')) {
        return { start: at, end: at, text: f.newline + line };
    }
    return { start: at, end: at, text: line + f.newline };
}
function insertInObject(f, object, keys, value) {
    const unit = detectUnit(f);
    const last = object.items[object.items.length - 1];
    const closeAt = object.end - 1;
    if (!last) {
        const inside = f.text.slice(object.start + 1, closeAt);
        if (inside.includes('\n')) {
            const outer = (0,text_offsets/* lineIndent */.p0)(f.text, object.start);
            const inner = outer + unit;
            return {
                start: object.start,
                end: object.end,
                text: `{${f.newline}${inner}${renderItem(f, keys, value, inner, unit, true, false, 0)}${f.newline}${outer}}`,
            };
        }
        return {
            start: object.start,
            end: object.end,
            text: `{ ${renderItem(f, keys, value, '', unit, false, false, 0)} }`,
        };
    }
    const first = object.items[0] ?? last;
    const multiline = f.text.slice(object.start, first.keyStart).includes('\n');
    const lastLine = lineEndAfter(f.text, last.value.end);
    if (multiline && closeAt >= lastLine) {
        const indent = (0,text_offsets/* lineIndent */.p0)(f.text, last.keyStart);
        const width = alignedWidth(f, last, keys[0] ?? '');
        const item = renderItem(f, keys, value, indent, unit, true, false, width);
        return {
            start: lastLine,
            end: lastLine,
            text: `${indent}${item}${last.comma ? ',' : ''}${f.newline}`,
        };
    }
    // A one-line object (or `}` right after the last item): add the item inline.
    const at = last.value.end;
    const item = renderItem(f, keys, value, '', unit, false, false, 0);
    if (last.comma) {
        const comma = f.text.indexOf(',', at);
        return { start: comma + 1, end: comma + 1, text: ` ${item},` };
    }
    return { start: at, end: at, text: `, ${item}` };
}
function tfvars_planSet(f, set) {
    const found = tfvars_locate(f, set.path);
    const keys = keyOf(set.path, f);
    if (found.kind === 'missing') {
        const rest = keys.slice(found.depth);
        return found.parent
            ? insertInObject(f, found.parent, rest, set.value)
            : insertAtTop(f, rest, set.value);
    }
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, set.path, value);
    if (value.value === set.value)
        return undefined;
    return { start: value.start, end: value.end, text: quoteHcl(set.value) };
}
/**
 * Applies `sets` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text; each is checked by parsing the result again (same
 * values everywhere else, the new string at its key).
 */
function editTfvars(input, file, sets) {
    let out = typeof input === 'string' ? byte_text/* ByteText */.__.fromString(input) : input;
    let f = parseTfvars(out.text, file);
    for (const set of sets) {
        const s = tfvars_planSet(f, set);
        if (!s)
            continue;
        out = out.splice([s]);
        f = (0,data_path/* checkEdit */.DM)({
            file,
            before: f,
            next: out.text,
            path: set.path,
            value: set.value,
            parse: (t) => parseTfvars(t, file),
            invalid: 'an invalid file',
            refuse: (message) => new TfvarsError(message),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __nccwpck_require__(7950);
;// CONCATENATED MODULE: ./src/overlay/documents.ts
/**
 * One interface over the key-path formats — YAML (Helm values, raw manifests, any YAML),
 * JSON and Terraform variable files: read a value by key path, list the keys, and write
 * values in place. A document is opened on a file's bytes and text view (byte-text.ts); an
 * edit returns the edited ByteText. Each format's editor verifies its own edits (see
 * yaml-edit.ts, json-edit.ts, tfvars.ts).
 */






function yamlDocument(source, y) {
    return {
        format: 'yaml',
        file: y.file,
        text: y.text,
        data: y.data,
        value(path) {
            const node = (0,yaml_edit/* readNode */.XH)(y, path);
            if (node === undefined || (0,yaml_edit/* describeNode */.WQ)(node) === 'empty')
                return undefined;
            const text = (0,yaml_edit/* scalarText */.ws)(y, node);
            if (text === undefined) {
                throw new yaml_edit/* YamlError */.Iz(`${y.file}:${(0,yaml_edit/* nodeLine */.xP)(y, node) ?? '?'}: "${(0,key_path/* formatKeyPath */.K7)(path)}" is ${(0,yaml_edit/* describeNode */.WQ)(node)}, not a value`);
            }
            const line = (0,yaml_edit/* nodeLine */.xP)(y, node);
            const notString = (0,dist/* isScalar */.jn)(node) && typeof node.value !== 'string';
            return { text, ...(line === undefined ? {} : { line }), ...(notString ? { notString } : {}) };
        },
        has: (path) => (0,yaml_edit/* readNode */.XH)(y, path) !== undefined,
        keys: () => (0,data_path/* dataKeys */.ft)(y.data),
        edit: (sets) => (0,yaml_edit/* editYaml */.aL)(source, y.file, sets.map((s) => ({ op: 'set', path: s.path, value: s.value }))),
    };
}
/**
 * Opens `source` as a key-path document of `format` (`parsed`, the YAML of `source.text`,
 * saves parsing it twice).
 */
function openDocument(format, source, file, parsed) {
    const text = source.text;
    if (format === 'yaml')
        return yamlDocument(source, parsed ?? (0,yaml_edit/* parseYaml */.hN)(text, file));
    if (format === 'json') {
        const f = parseJson(text, file);
        return {
            format,
            file,
            text,
            data: f.data,
            value: (path) => jsonValue(f, path),
            has: (path) => jsonNode(f, path) !== undefined,
            keys: () => (0,data_path/* dataKeys */.ft)(f.data),
            edit: (sets) => editJson(source, file, sets),
        };
    }
    const f = parseTfvars(text, file);
    return {
        format,
        file,
        text,
        data: f.data,
        value: (path) => tfvarsValue(f, path),
        has: (path) => tfvarsHas(f, path),
        keys: () => (0,data_path/* dataKeys */.ft)(f.data),
        edit: (sets) => editTfvars(source, file, sets),
    };
}


/***/ }),

/***/ 987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ imageKeys),
/* harmony export */   Xd: () => (/* binding */ siblingDigest),
/* harmony export */   ek: () => (/* binding */ readKeyPathImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2875);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8685);



function imageKeys(key, repositoryKey) {
    const value = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyPath */ ._q)(key);
    const keys = { value, digest: [...value.slice(0, -1), 'digest'] };
    if (repositoryKey)
        keys.repository = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyPath */ ._q)(repositoryKey);
    return keys;
}
const SHAPE_NAMES = {
    tag: 'a tag',
    digest: 'a digest',
    reference: 'a full image reference',
};
/** The shape `image` reads `text` as: its configured `value`, or what the text looks like. */
function shapeFor(doc, image, key, text, line) {
    const found = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .readShape */ ._f)(text, key);
    const wanted = image.value;
    if (wanted === 'auto' || wanted === found)
        return found;
    // A single word read as a tag can still be a repository name (`image: nginx`).
    if (wanted === 'reference' && found === 'tag' && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(text))
        return 'reference';
    const at = `${doc.file}${line === undefined ? '' : `:${line}`}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: image ${image.name} has value: ${wanted}, but "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(key)}" holds ${SHAPE_NAMES[found]} ("${text}") — set value: ${found} (or auto) for this image, or point key at ${SHAPE_NAMES[wanted]}`);
}
/**
 * The digest in the `digest` key next to a tag. An empty one (`digest: ""`) means "none", as
 * chart templates read it; so does a `digest` key that is not a single value (some charts
 * use `digest:` for settings of their own) — writing a digest there is refused later.
 */
function siblingDigest(doc, keys) {
    try {
        return doc.value(keys.digest)?.text || undefined;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            return undefined;
        throw err;
    }
}
/** What `doc` says about `image` (found: false when the key is missing or empty). */
function readKeyPathImage(doc, image, warnings) {
    if (image.key === undefined) {
        warnings.push(`${doc.file}: image ${image.name} has no key, so it cannot be found in this ${doc.format} file`);
        return { name: image.name, found: false, value: {} };
    }
    const keys = imageKeys(image.key, image.repositoryKey);
    const slot = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(keys.value);
    const at = doc.value(keys.value);
    if (at === undefined)
        return { name: image.name, found: false, value: {}, slot };
    const shape = shapeFor(doc, image, keys.value, at.text, at.line);
    let value;
    if (shape === 'reference') {
        value = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(at.text) ?? {};
    }
    else {
        value = shape === 'tag' ? { tag: at.text } : { digest: at.text };
        const repository = keys.repository ? doc.value(keys.repository)?.text : undefined;
        if (repository)
            value = { repository, ...value };
        if (shape === 'tag') {
            const digest = siblingDigest(doc, keys);
            if (digest)
                value.digest = digest;
        }
    }
    if (shape === 'tag' && at.notString) {
        warnings.push(`${doc.file}:${at.line ?? '?'}: ${slot} is written as a number (${at.text}); Helm reads it as a number — quote it`);
    }
    const state = { name: image.name, found: true, value, shape, slot };
    if (at.line !== undefined)
        state.line = at.line;
    return state;
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   Q2: () => (/* binding */ keyPathProblem),
/* harmony export */   _q: () => (/* binding */ parseKeyPath),
/* harmony export */   cB: () => (/* binding */ isSelector),
/* harmony export */   mh: () => (/* binding */ hasSelector)
/* harmony export */ });
/**
 * Dotted key paths into an overlay (`key: api.image.tag`, `containers.0.image`,
 * `spec.template.spec.containers[name=api].image`).
 *
 *   path     = segment *( "." segment )
 *   segment  = name [ "[" field "=" value "]" ] | digits
 *   name     = 1*( ALPHA / DIGIT / "_" / "-" )       (field likewise)
 *   value    = 1*( ALPHA / DIGIT / "_" / "-" / "." / "/" / ":" / "@" )
 *
 * A segment of digits indexes a list when the node there is a list and is a plain key
 * otherwise. `name[field=value]` is the key `name`, holding a list, then the one element of
 * that list that is a mapping whose `field` is `value` (a container by its name).
 */
const NAME = '[A-Za-z0-9_-]+';
const SELECTOR_VALUE = '[A-Za-z0-9_./:@-]+';
const SEGMENT_RE = new RegExp(`(${NAME})(?:\\[(${NAME})=(${SELECTOR_VALUE})\\])?`, 'y');
function isSelector(segment) {
    return typeof segment === 'object';
}
function scan(path) {
    if (path === '')
        return { path: [], problem: 'a key path cannot be empty' };
    const out = [];
    let pos = 0;
    for (;;) {
        SEGMENT_RE.lastIndex = pos;
        const m = SEGMENT_RE.exec(path);
        if (!m) {
            const rest = path.slice(pos);
            if (rest === '' || rest.startsWith('.')) {
                return {
                    path: out,
                    problem: 'a key path has no empty segments (no leading, trailing or doubled ".")',
                };
            }
            const bad = rest.split('.')[0] ?? rest;
            return {
                path: out,
                problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
            };
        }
        const [whole, name = '', field, equals] = m;
        out.push(/^[0-9]+$/.test(name) ? Number(name) : name);
        if (field !== undefined && equals !== undefined) {
            if (/^[0-9]+$/.test(name)) {
                return { path: out, problem: `segment "${whole}": a list index cannot have a selector` };
            }
            out.push({ field, equals });
        }
        pos += whole.length;
        if (pos === path.length)
            return { path: out };
        if (path[pos] !== '.') {
            const bad = path.slice(pos - whole.length).split('.')[0] ?? whole;
            return {
                path: out,
                problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
            };
        }
        pos++;
    }
}
/** Returns why `path` is not a key path, or undefined when it is. */
function keyPathProblem(path) {
    return scan(path).problem;
}
/** Splits `a.b[f=v].0.c` into segments; throws a RangeError with the reason when invalid. */
function parseKeyPath(path) {
    const { path: segments, problem } = scan(path);
    if (problem !== undefined)
        throw new RangeError(`invalid key path "${path}": ${problem}`);
    return segments;
}
/** `a.b[f=v].0.c` again, for messages and as the identity of a place in a file. */
function formatKeyPath(path) {
    let out = '';
    for (const seg of path) {
        if (isSelector(seg))
            out += `[${seg.field}=${seg.equals}]`;
        else
            out += (out === '' ? '' : '.') + String(seg);
    }
    return out;
}
/** Whether the path goes through a list element chosen by a selector (a raw manifest). */
function hasSelector(path) {
    return path.some(isSelector);
}


/***/ }),

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ kustomizeImages),
/* harmony export */   r9: () => (/* binding */ kustomizeEdits)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_FIELDS, findKustomizeImage */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7950);
/**
 * Kustomization `images:` entries: read them by `name` (never by position) and turn a
 * change of one entry into byte-preserving YAML edits.
 */


const KUSTOMIZE_FIELDS = ['newName', 'newTag', 'digest'];
/** All `images:` entries; throws YamlError (with the line) on a malformed list. */
function kustomizeImages(y) {
    const root = y.doc.contents;
    if (root !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(root) !== 'empty') {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}: is not a kustomization (the top level is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(root)})`);
    }
    const list = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images']);
    if (list === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(list) === 'empty')
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list)) {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}:${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeLine */ .xP)(y, list) ?? '?'}: "images" is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(list)}, not a list`);
    }
    const seen = new Map();
    return list.items.map((item, index) => {
        const line = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeLine */ .xP)(y, item);
        const at = `${y.file}:${line ?? '?'}: images[${index}]`;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images', index])))
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at} is not a mapping`);
        const field = (key) => {
            const node = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images', index, key]);
            if (node === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(node) === 'empty')
                return undefined;
            const text = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(y, node);
            if (text === undefined)
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at}.${key} is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(node)}, not a value`);
            return text;
        };
        const name = field('name');
        if (name === undefined || name === '')
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at} has no "name"`);
        const image = { name, index };
        if (line !== undefined)
            image.line = line;
        for (const key of KUSTOMIZE_FIELDS) {
            const value = field(key);
            if (value !== undefined)
                image[key] = value;
        }
        const twin = seen.get(name);
        if (twin) {
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}: images lists "${name}" twice (lines ${twin.line ?? '?'} and ${line ?? '?'}); kustomize applies only one of them — remove the other`);
        }
        seen.set(name, image);
        return image;
    });
}
function findKustomizeImage(y, name) {
    return kustomizeImages(y).find((i) => i.name === name);
}
/**
 * Edits that make the entry `name` match `patch`: existing keys are replaced in place or
 * removed, missing ones are added after the entry's last key; a missing entry is appended to
 * `images:` (created if needed) with its keys in kustomize's order.
 */
function kustomizeEdits(y, name, patch) {
    const entry = findKustomizeImage(y, name);
    if (!entry) {
        const entries = [['name', name]];
        for (const key of KUSTOMIZE_FIELDS) {
            const change = patch[key];
            if (typeof change === 'object')
                entries.push([key, change.set]);
        }
        return [{ op: 'append', path: ['images'], entries }];
    }
    const edits = [];
    for (const key of KUSTOMIZE_FIELDS) {
        const change = patch[key];
        const path = ['images', entry.index, key];
        if (change === 'remove') {
            // A key written with no value (`digest:`) is removed as well.
            if ((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, path) !== undefined)
                edits.push({ op: 'delete', path });
        }
        else if (change !== 'keep' && entry[key] !== change.set) {
            edits.push({ op: 'set', path, value: change.set });
        }
    }
    return edits;
}


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ KUSTOMIZATION_FILES),
/* harmony export */   e: () => (/* binding */ readOverlayText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8286);
/* harmony import */ var _byte_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(132);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5284);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4537);
/* harmony import */ var _key_path_image_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(987);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4183);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7950);
/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the bytes
 * (or a text, taken as UTF-8) come in, the state goes out (used for the working tree and for
 * old commits alike). The parsers read the bytes' lossless text view (byte-text.ts).
 */









/** The names kustomize reads a kustomization from, in the order it looks for them. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** True for `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y) {
    const data = y.data;
    if (!(0,_data_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(data))
        return false;
    if ((data.kind === 'Kustomization' || data.kind === 'Component') &&
        typeof data.apiVersion === 'string' &&
        data.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return true;
    }
    const images = data.images;
    return (Array.isArray(images) &&
        images.length > 0 &&
        images.every((i) => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(i) && typeof i.name === 'string'));
}
/** The format by the file name alone (JSON and Terraform variables), if it says. */
function formatByName(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    if (KUSTOMIZATION_FILES.includes(name))
        return 'kustomize';
    const lower = name.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.tfvars'))
        return 'tfvars';
    return undefined;
}
/**
 * Resolves `overlay-format`: `helm` is `yaml`; `auto` goes by the file name (kustomization
 * files, `.json` and `.tfvars.json`, `.tfvars`), then by content (`kind: Kustomization`, an
 * `images:` list of named entries), then YAML key paths when the images have a `key`.
 */
function resolveFormat(text, overlay, images) {
    const given = overlay.format;
    if (given === 'helm')
        return { format: 'yaml' };
    if (given === 'kustomize') {
        // Told it is a kustomization (set-image): anything else is refused before it is used.
        if (formatByName(overlay.path) === 'kustomize')
            return { format: 'kustomize' };
        const yaml = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYaml */ .hN)(text, overlay.path);
        if (yaml.data === null || yaml.data === undefined || looksLikeKustomization(yaml)) {
            return { format: 'kustomize', yaml };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${overlay.path} is not a kustomization: it is not named kustomization.yaml and has no kind: Kustomization and no images: list — kustomize images are set in a kustomization; for a Helm values, YAML, JSON or tfvars file give each image its key`);
    }
    if (given !== 'auto')
        return { format: given };
    const byName = formatByName(overlay.path);
    if (byName)
        return { format: byName };
    const yaml = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYaml */ .hN)(text, overlay.path);
    if (looksLikeKustomization(yaml))
        return { format: 'kustomize', yaml };
    if (images.some((i) => i.key !== undefined))
        return { format: 'yaml', yaml };
    const names = images.map((i) => i.name).join(', ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('overlay-format', `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list), not .json or .tfvars, and no image (${names}) has a key`, `give each image the key path of its value in ${overlay.path} (images' key; on the command line --key NAME=PATH), or set overlay-format`);
}
function checkValues(state, path, warnings) {
    const { tag, digest } = state.value;
    const tagIssue = tag === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(tag);
    if (tagIssue) {
        warnings.push(`${path}: image ${state.name} has tag "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(tag ?? '')}", which is not a valid tag: ${tagIssue}`);
    }
    const digestIssue = digest === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .digestProblem */ .WQ)(digest);
    if (digestIssue) {
        warnings.push(`${path}: image ${state.name} has digest "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(digest ?? '')}", which is not valid: ${digestIssue}`);
    }
}
function kustomizeState(source, y, overlay, images) {
    const entries = (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_7__/* .kustomizeImages */ .Aw)(y);
    const states = new Map();
    for (const image of images) {
        const entry = entries.find((e) => e.name === image.name);
        const slot = `images[name=${image.name}]`;
        if (!entry) {
            states.set(image.name, { name: image.name, found: false, value: {}, slot });
            continue;
        }
        const state = {
            name: image.name,
            found: true,
            value: {},
            shape: entry.newTag === undefined && entry.digest !== undefined ? 'digest' : 'tag',
            slot,
        };
        if (entry.newName !== undefined)
            state.value.repository = entry.newName;
        if (entry.newTag !== undefined)
            state.value.tag = entry.newTag;
        if (entry.digest !== undefined)
            state.value.digest = entry.digest;
        if (entry.line !== undefined)
            state.line = entry.line;
        states.set(image.name, state);
    }
    return {
        overlay,
        format: 'kustomize',
        bytes: source.original,
        text: source.text,
        images: states,
        known: entries.map((e) => e.name),
        warnings: [],
    };
}
/**
 * What `content` (the overlay's bytes now, or its text at some commit, taken as UTF-8) says
 * about `images`.
 */
function readOverlayText(content, overlay, images) {
    const source = typeof content === 'string' ? _byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .ByteText */ .__.fromString(content) : _byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .ByteText */ .__.fromBytes(content);
    (0,_byte_text_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEncoding */ .SP)(source.original, overlay.path);
    const { text } = source;
    const { format, yaml } = resolveFormat(text, overlay, images);
    let state;
    if (format === 'kustomize') {
        state = kustomizeState(source, yaml ?? (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYaml */ .hN)(text, overlay.path), overlay, images);
    }
    else {
        const doc = (0,_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .openDocument */ .E)(format, source, overlay.path, yaml);
        const warnings = [];
        const states = new Map();
        for (const image of images)
            states.set(image.name, (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_6__/* .readKeyPathImage */ .ek)(doc, image, warnings));
        state = {
            overlay,
            format,
            bytes: source.original,
            text,
            images: states,
            known: doc.keys(),
            warnings,
        };
    }
    for (const s of state.images.values())
        checkValues(s, overlay.path, state.warnings);
    return state;
}


/***/ }),

/***/ 8644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ tooDeep),
/* harmony export */   Dp: () => (/* binding */ lineIndex),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   p0: () => (/* binding */ lineIndent)
/* harmony export */ });
/**
 * Character offsets in a file's text view (byte-text.ts), shared by the byte-preserving
 * editors (json-edit.ts, tfvars.ts, yaml-edit.ts): the line and column of an offset, the
 * indentation of a line, a splice — the new characters that replace one range — and the one
 * nesting limit of the three formats.
 */
/**
 * Collections nested deeper than this are refused. Parsers, comparisons and the yaml
 * library recurse per level; no overlay comes near this, and refusing it up front with the
 * place is better than running out of stack.
 */
const MAX_NESTING = 256;
/** The message for a file nested past MAX_NESTING; `at` is `file:line:column`. */
function tooDeep(at, extra = '') {
    return `${at}: nested more than ${MAX_NESTING} levels deep${extra}; image-promote reads overlays nested up to ${MAX_NESTING} levels — keep the image values in a flatter file`;
}
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    const line = (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    return { line, column: (offset) => offset - (starts[line(offset) - 1] ?? 0) + 1 };
}
/** The spaces and tabs that start the line `offset` is on, up to `offset`. */
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ newKeyShape),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wj: () => (/* binding */ renderReference),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   mQ: () => (/* binding */ splitReference)
/* harmony export */ });
/* unused harmony export isDigestValue */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8286);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2875);
/**
 * Value shapes: reading what a scalar holds (a tag, a digest or a full reference) and
 * spelling a new one.
 *
 * A value is a digest when it is `sha256:<64 hex>` (or another algorithm of a valid digest),
 * a reference when it parses as an image reference and has more than a single word (a `/`,
 * `:` or `@`: `ghcr.io/acme/api:v1`, `nginx:1.27`, `api@sha256:…`), and a tag otherwise. A
 * single word at a key named `image` (`image: nginx`) is a reference too: that key holds
 * images, not tags.
 */


function isDigestValue(text) {
    return /^[a-z0-9]+:[0-9a-f]+$/.test(text) && (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ)(text) === undefined;
}
/** The repository, tag and digest of a reference, the repository spelled as written. */
function splitReference(text) {
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(text);
    if (!parsed.ok || text !== text.trim())
        return undefined;
    let rest = text;
    const value = {};
    const at = rest.indexOf('@');
    if (at !== -1) {
        value.digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        value.tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { repository: rest, ...value };
}
function lastKey(path) {
    const last = path[path.length - 1];
    return last === undefined || (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelector */ .cB)(last) ? undefined : String(last);
}
/** The shape of `text` found at `key`. */
function readShape(text, key) {
    if (isDigestValue(text))
        return 'digest';
    if (text !== text.trim() || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(text).ok)
        return 'tag';
    if (/[/:@]/.test(text))
        return 'reference';
    return lastKey(key)?.toLowerCase() === 'image' ? 'reference' : 'tag';
}
/**
 * The shape `value: auto` writes into a key that does not exist yet: a full reference at a key
 * named `image` (a bare word there reads as an image name), a digest at a key named `digest`,
 * a bare tag anywhere else.
 */
function newKeyShape(key) {
    const name = lastKey(key)?.toLowerCase();
    if (name === 'image')
        return 'reference';
    if (name === 'digest')
        return 'digest';
    return 'tag';
}
/** `repository[:tag][@digest]`. */
function renderReference(repository, tag, digest) {
    return (repository + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`));
}
/** Whether `written` (as a file spells it) names the repository `verified`. */
function sameRepository(written, verified) {
    if (written === undefined)
        return false;
    const a = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(written);
    if (!a.ok || a.ref.tag !== undefined || a.ref.digest !== undefined)
        return false;
    return a.ref.name === (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepositoryName */ .$M)(verified).name;
}


/***/ }),

/***/ 7950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Iz: () => (/* binding */ YamlError),
  WQ: () => (/* binding */ describeNode),
  aL: () => (/* binding */ editYaml),
  xP: () => (/* binding */ nodeLine),
  hN: () => (/* binding */ parseYaml),
  XH: () => (/* binding */ readNode),
  ws: () => (/* binding */ scalarText)
});

// UNUSED EXPORTS: resolveSelectors

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __nccwpck_require__(2875);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __nccwpck_require__(5284);
// EXTERNAL MODULE: ./src/overlay/byte-text.ts + 1 modules
var byte_text = __nccwpck_require__(132);
;// CONCATENATED MODULE: ./src/overlay/scalar-style.ts
/**
 * How a new scalar value is spelled in a file. A tag like `1.20` written plain is read back
 * as the number 1.2 by Helm (go-yaml, YAML 1.1) and by kustomize, so anything that any YAML
 * reader could take for something other than the same string is quoted.
 */

// Characters image references, tags, digests and plain words are made of. Everything else
// (a leading indicator like `-`, `*`, `&`, `@`; `#`; `: `; flow brackets; edge spaces)
// leads to quoting. `:` and single spaces only count when a word character follows.
const PLAIN_RE = /^[A-Za-z0-9_./](?:[A-Za-z0-9_./@+-]|:(?=[A-Za-z0-9_./@+-])| (?=[A-Za-z0-9_./@+-]))*$/;
function readsBackAs(text, version) {
    try {
        return (0,dist/* parse */.qg)(text, { version });
    }
    catch {
        return undefined;
    }
}
/**
 * True when `value` can be written without quotes: plain in YAML 1.2 (the yaml library,
 * kustomize's kyaml) and YAML 1.1 (go-yaml v2 in Helm: `yes`, `on`, `0755`, `1:20`,
 * `2024-01-01` are not strings there). In flow collections `:` is avoided as well.
 */
function isSafePlain(value, flow = false) {
    if (!PLAIN_RE.test(value))
        return false;
    if (flow && value.includes(':'))
        return false;
    return readsBackAs(value, '1.2') === value && readsBackAs(value, '1.1') === value;
}
function doubleQuoted(value) {
    // JSON string syntax is valid YAML double-quoted syntax.
    return JSON.stringify(value);
}
/**
 * Spells `value` for the file. An existing quoting style is kept (a value that was in single
 * quotes stays in single quotes); plain values that would not read back as the same string
 * are double-quoted; numbers and booleans are written as such.
 */
function renderScalar(value, style, flow = false) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new RangeError(`cannot write ${String(value)} to YAML`);
        return String(value);
    }
    if (typeof value === 'boolean')
        return String(value);
    if (style === 'QUOTE_DOUBLE')
        return doubleQuoted(value);
    if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value))
        return `'${value.replace(/'/g, "''")}'`;
    return isSafePlain(value, flow) ? value : doubleQuoted(value);
}

// EXTERNAL MODULE: ./src/overlay/text-offsets.ts
var text_offsets = __nccwpck_require__(8644);
;// CONCATENATED MODULE: ./src/overlay/yaml-edit.ts
/**
 * Byte-preserving YAML edits, shared by the kustomize, Helm and key-path writers and by
 * `set-image`. The yaml library parses the file's text view (byte-text.ts) only to find where
 * things are (its node ranges are character offsets into the view); an edit then splices new
 * characters into it, and the new file is the original bytes with only those ranges
 * replaced. Nothing is re-serialised, so comments, blank lines, key order, anchors and
 * quoting outside the edited value stay exactly as they were, byte for byte.
 *
 * Every edit is checked afterwards: the new text must parse, hold the value that was
 * written, and equal the old data with only that change — so an edit that another place
 * would see through an alias or a `<<` merge is refused, not made.
 *
 * The yaml library composes documents recursively, so nesting is measured first on its
 * concrete syntax tree (built without recursion), and again counting what aliases repeat:
 * past MAX_NESTING levels, or an alias inside the value it names, the file is refused with
 * its line instead of running out of stack.
 */








/** A YAML file that cannot be read or edited; the message names the file (and line). */
class YamlError extends errors/* UserError */.yo {
    name = 'YamlError';
}
/** The YAML core schema's string tag (`!!str`). */
const STR_TAG = 'tag:yaml.org,2002:str';
/** Aliases a document may expand to while being read (yaml's default, stated on purpose). */
const MAX_ALIAS_COUNT = 100;
function isEmptyDocument(doc) {
    const c = doc.contents;
    return c === null || ((0,dist/* isScalar */.jn)(c) && c.value === null);
}
function parseError(file, lines, err) {
    const { line, col } = lines.linePos(err.pos[0]);
    const message = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
    return new YamlError(`${file}:${line}:${col}: invalid YAML: ${message} — fix the file first`);
}
/** The first collection token nested past MAX_NESTING, found without recursion. */
function tooDeepToken(tokens) {
    const stack = tokens.map((t) => [t, 0]);
    for (let top = stack.pop(); top; top = stack.pop()) {
        const [token, depth] = top;
        if (token.type === 'document') {
            if (token.value)
                stack.push([token.value, depth]);
            continue;
        }
        if (token.type !== 'block-map' &&
            token.type !== 'block-seq' &&
            token.type !== 'flow-collection') {
            continue;
        }
        if (depth + 1 > text_offsets/* MAX_NESTING */.M1)
            return token;
        for (const item of token.items) {
            if (item.key)
                stack.push([item.key, depth + 1]);
            if (item.value)
                stack.push([item.value, depth + 1]);
        }
    }
    return undefined;
}
function collectionChildren(node) {
    if ((0,dist/* isMap */.jh)(node))
        return node.items.flatMap((p) => [p.key, p.value]);
    if ((0,dist/* isSeq */.oP)(node))
        return node.items;
    return [];
}
/**
 * Refuses a document whose aliases make it nest past MAX_NESTING, or contain themselves
 * (`a: &a [*a]`): reading either recurses without end. Post-order over the collections,
 * each measured once, without recursion.
 */
function checkAliasDepth(doc, file, line) {
    const at = (node) => {
        const range = node?.range;
        return range ? `${file}:${line(range[0])}` : file;
    };
    const height = new Map();
    const open = new Set();
    const enter = (node) => {
        open.add(node);
        return { node, children: collectionChildren(node), next: 0, tallest: 0 };
    };
    const root = (0,dist/* isAlias */.Vj)(doc.contents) ? doc.contents.resolve(doc) : doc.contents;
    if (!(0,dist/* isCollection */.P3)(root))
        return;
    const stack = [enter(root)];
    for (let frame = stack[stack.length - 1]; frame; frame = stack[stack.length - 1]) {
        if (frame.next < frame.children.length) {
            let child = frame.children[frame.next++];
            if ((0,dist/* isAlias */.Vj)(child)) {
                const target = child.resolve(doc);
                if (open.has(target)) {
                    throw new YamlError(`${at(child)}: the alias *${child.source} is inside the value it names, so that value contains itself without end; image-promote cannot read it — write the value out`);
                }
                child = target;
            }
            if (!(0,dist/* isCollection */.P3)(child))
                continue;
            const known = height.get(child);
            if (known !== undefined)
                frame.tallest = Math.max(frame.tallest, known);
            else
                stack.push(enter(child));
            continue;
        }
        stack.pop();
        open.delete(frame.node);
        const h = frame.tallest + 1;
        if (h > text_offsets/* MAX_NESTING */.M1) {
            throw new YamlError((0,text_offsets/* tooDeep */.DI)(at(frame.node), ' counting what its aliases repeat'));
        }
        height.set(frame.node, h);
        const parent = stack[stack.length - 1];
        if (parent)
            parent.tallest = Math.max(parent.tallest, h);
    }
}
function usesAnchors(doc) {
    let found = false;
    (0,dist/* visit */.YR)(doc, {
        Node(_, node) {
            if ((0,dist/* isAlias */.Vj)(node) || node.anchor) {
                found = true;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
/** Parses and checks a file: valid YAML, one document, no alias bomb, not too deep. */
function parseYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const options = { merge: true, keepSourceTokens: true, uniqueKeys: true };
    const tokens = Array.from(new dist/* Parser */.iX(lines.addNewLine).parse(text));
    const deep = tooDeepToken(tokens);
    if (deep) {
        const { line, col } = lines.linePos(deep.offset);
        throw new YamlError((0,text_offsets/* tooDeep */.DI)(`${file}:${line}:${col}`));
    }
    const docs = Array.from(new dist/* Composer */.Dk(options).compose(tokens));
    for (const d of docs) {
        const err = d.errors[0];
        if (err)
            throw parseError(file, lines, err);
    }
    const withContent = docs.filter((d) => !isEmptyDocument(d));
    const second = withContent[1];
    if (second) {
        const at = lines.linePos(second.range[0]).line;
        throw new YamlError(`${file} holds ${withContent.length} YAML documents (the second starts at line ${at}); image-promote edits single-document files — move the image settings into a file of their own`);
    }
    let doc = withContent[0] ?? docs[0];
    if (!doc) {
        const empty = new dist/* LineCounter */.HN();
        doc = (0,dist/* parseDocument */.Tp)(text, { ...options, lineCounter: empty });
    }
    const hasAnchors = usesAnchors(doc);
    if (hasAnchors)
        checkAliasDepth(doc, file, (offset) => lines.linePos(offset).line);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        if (err instanceof ReferenceError) {
            throw new YamlError(`${file}: expanding its aliases goes past ${MAX_ALIAS_COUNT} copies (a "billion laughs" file?); image-promote refuses to read it`);
        }
        throw err;
    }
    return {
        text,
        file,
        doc,
        data,
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        hasAnchors,
        line: (offset) => lines.linePos(offset).line,
        column: (offset) => lines.linePos(offset).col - 1,
    };
}
// ---------------------------------------------------------------------------------------
// Reading
function rangeOf(node) {
    const range = node?.range;
    if (!range)
        throw new Error('internal error: YAML node without a source range');
    return range;
}
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && (key.value === '<<' || typeof key.value === 'symbol');
}
function keyString(key) {
    if (!(0,dist/* isScalar */.jn)(key) || isMergeKey(key))
        return undefined;
    return String(key.value);
}
function deref(y, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(y.doc) : node;
}
function ownPairIndex(map, key) {
    return map.items.findIndex((p) => keyString(p.key) === key);
}
/** A key of a mapping, its own or from a `<<` merge (own keys win, earlier merges win). */
function mapGet(y, map, key, depth) {
    const own = map.items[ownPairIndex(map, key)];
    if (own)
        return own.value;
    if (depth > 32)
        return undefined;
    for (const pair of map.items) {
        if (!isMergeKey(pair.key))
            continue;
        const source = deref(y, pair.value);
        const sources = (0,dist/* isSeq */.oP)(source) ? source.items.map((i) => deref(y, i)) : [source];
        for (const s of sources) {
            if (!(0,dist/* isMap */.jh)(s))
                continue;
            const found = mapGet(y, s, key, depth + 1);
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
/**
 * The node at `path` as a reader sees it (through aliases and `<<` merges), or undefined.
 * A key with no value gives a null scalar.
 */
function readNode(y, path) {
    let node = y.doc.contents;
    for (const [depth, seg] of path.entries()) {
        node = deref(y, node);
        if ((0,key_path/* isSelector */.cB)(seg)) {
            if (!(0,dist/* isSeq */.oP)(node))
                return undefined;
            const index = selectIndex(y, node, seg, path.slice(0, depth + 1), true);
            node = index === undefined ? undefined : node.items[index];
        }
        else if ((0,dist/* isMap */.jh)(node))
            node = mapGet(y, node, String(seg), 0);
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number')
            node = node.items[seg];
        else
            return undefined;
        if (node === undefined || node === null)
            return undefined;
    }
    return deref(y, node);
}
/**
 * The index of the one element of `seq` that is a mapping whose `field` is `equals`;
 * undefined when none is, a YamlError when several are (which one would be meant?).
 */
function selectIndex(y, seq, seg, path, throughAliases) {
    const found = [];
    seq.items.forEach((item, i) => {
        const node = throughAliases ? deref(y, item) : item;
        if (!(0,dist/* isMap */.jh)(node))
            return;
        const field = throughAliases
            ? mapGet(y, node, seg.field, 0)
            : node.items[ownPairIndex(node, seg.field)]?.value;
        if (scalarText(y, deref(y, field)) === seg.equals)
            found.push(i);
    });
    if (found.length > 1) {
        throw new YamlError(`${y.file}: "${(0,key_path/* formatKeyPath */.K7)(path)}" matches ${found.length} list elements (lines ${found.map((i) => nodeLine(y, seq.items[i]) ?? '?').join(', ')}); make the selector unique`);
    }
    return found[0];
}
/**
 * The text of a scalar as written: strings as they are, numbers and booleans as spelled in
 * the file (`1.20` stays `1.20`), null and non-scalars as undefined.
 */
function scalarText(y, node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    const [start, end] = rangeOf(node);
    return y.text.slice(start, end);
}
/** 1-based line of a node, for messages. */
function nodeLine(y, node) {
    const range = node?.range;
    return range ? y.line(range[0]) : undefined;
}
function describeNode(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isAlias */.Vj)(node))
        return 'an alias';
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'empty' : 'a value';
    return 'missing';
}
function where(y, path, node) {
    const line = node === undefined ? undefined : nodeLine(y, node);
    const name = path.length === 0 ? 'the document' : `"${(0,key_path/* formatKeyPath */.K7)(path)}"`;
    return `${y.file}${line === undefined ? '' : `:${line}`}: ${name}`;
}
function isNullScalar(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === null;
}
/** Offset of the first line start at or after `pos`. */
function lineEndAfter(text, pos) {
    if (pos > 0 && text[pos - 1] === '\n')
        return pos;
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl + 1;
}
/** End of what a pair holds (before any trailing comment). */
function pairContentEnd(pair) {
    return pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
}
function emptyTarget(y, path, depth, node, parent, unit) {
    let remove;
    if ((0,dist/* isScalar */.jn)(node)) {
        const [start, end] = rangeOf(node);
        if (end > start) {
            // `key: ~` / `key: null`: drop the token (and the spaces before it) as well.
            let from = start;
            while (from > 0 && y.text[from - 1] === ' ')
                from--;
            remove = [from, end];
        }
    }
    if (depth === 0) {
        return { kind: 'empty', depth, at: y.text.length, indent: 0, ...(remove ? { remove } : {}) };
    }
    if (!parent || parent.map.flow) {
        throw new YamlError(`${where(y, path.slice(0, depth), node)} is empty in a place image-promote cannot extend; give it a value first`);
    }
    return {
        kind: 'empty',
        depth,
        at: lineEndAfter(y.text, pairContentEnd(parent.pair)),
        indent: y.column(rangeOf(parent.pair.key)[0]) + unit(),
        ...(remove ? { remove } : {}),
    };
}
function locate(y, path, unit) {
    let node = y.doc.contents;
    let flow = false;
    let parent;
    for (let depth = 0; depth < path.length; depth++) {
        const seg = path[depth];
        if (node === null || isNullScalar(node))
            return emptyTarget(y, path, depth, node, parent, unit);
        if ((0,dist/* isAlias */.Vj)(node)) {
            throw new YamlError(`${where(y, path.slice(0, depth), node)} is an alias (*${node.source}); image-promote does not write through aliases — change the anchored value, or write the value out in full`);
        }
        if ((0,dist/* isMap */.jh)(node) && !(0,key_path/* isSelector */.cB)(seg)) {
            flow ||= node.flow === true;
            const index = ownPairIndex(node, String(seg));
            if (index === -1)
                return { kind: 'missing', depth, map: node, flow };
            const pair = node.items[index];
            parent = { map: node, pair, index };
            node = pair.value;
            continue;
        }
        if ((0,dist/* isSeq */.oP)(node) && (typeof seg === 'number' || (0,key_path/* isSelector */.cB)(seg))) {
            flow ||= node.flow === true;
            const index = (0,key_path/* isSelector */.cB)(seg)
                ? selectIndex(y, node, seg, path.slice(0, depth + 1), false)
                : seg;
            const item = index === undefined ? undefined : node.items[index];
            if (item === undefined) {
                throw new YamlError((0,key_path/* isSelector */.cB)(seg)
                    ? `${where(y, path.slice(0, depth), node)} has no element with ${seg.field}: ${seg.equals}; image-promote does not add list elements — add it to the file first`
                    : `${where(y, path.slice(0, depth), node)} has ${node.items.length} items, so there is no item ${String(seg)}`);
            }
            parent = undefined;
            node = item;
            continue;
        }
        throw new YamlError(`${where(y, path.slice(0, depth), node)} is ${describeNode(node)}, not a ${(0,key_path/* isSelector */.cB)(seg) ? 'list' : 'mapping'}, so it has no ${(0,key_path/* isSelector */.cB)(seg) ? 'element' : 'key'} "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
    }
    return { kind: 'found', node, parent, flow };
}
function dashColumn(y, seq) {
    const token = seq.srcToken;
    if (token?.type === 'block-seq') {
        const indicator = token.items[0]?.start.find((t) => t.type === 'seq-item-ind');
        if (indicator)
            return y.column(indicator.offset);
    }
    return y.column(rangeOf(seq.items[0])[0]) - 2;
}
function detectStyle(y) {
    let unit;
    let dashOffset;
    (0,dist/* visit */.YR)(y.doc, {
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                return undefined;
            const keyCol = y.column(pair.key.range[0]);
            const value = pair.value;
            if (unit === undefined && (0,dist/* isMap */.jh)(value) && !value.flow && value.items[0]) {
                const childCol = y.column(rangeOf(value.items[0].key)[0]);
                if (childCol > keyCol)
                    unit = childCol - keyCol;
            }
            if (dashOffset === undefined && (0,dist/* isSeq */.oP)(value) && !value.flow && value.items.length > 0) {
                const offset = dashColumn(y, value) - keyCol;
                if (offset >= 0)
                    dashOffset = offset;
            }
            return unit !== undefined && dashOffset !== undefined ? dist/* visit */.YR.BREAK : undefined;
        },
    });
    // Kustomize writes `images:\n- name: …`; two-space indentation is the common default.
    return { unit: unit ?? 2, dashOffset: dashOffset ?? 0 };
}
function renderKey(key) {
    if ((0,key_path/* isSelector */.cB)(key)) {
        throw new YamlError(`image-promote does not add list elements (${(0,key_path/* formatKeyPath */.K7)([key])}) — add it to the file first`);
    }
    return renderScalar(String(key));
}
function itemLines(dashCol, keyOffset, entries) {
    return entries.map(([key, value], i) => {
        const lead = i === 0
            ? `${' '.repeat(dashCol)}-${' '.repeat(keyOffset - 1)}`
            : ' '.repeat(dashCol + keyOffset);
        return `${lead}${renderKey(key)}: ${renderScalar(value)}`;
    });
}
function blockLines(keys, payload, indent, style) {
    const lines = [];
    keys.forEach((key, i) => {
        const pad = ' '.repeat(indent + i * style.unit);
        const last = i === keys.length - 1;
        if (last && payload.kind === 'scalar') {
            lines.push(`${pad}${renderKey(key)}: ${renderScalar(payload.value)}`);
        }
        else {
            lines.push(`${pad}${renderKey(key)}:`);
        }
    });
    if (payload.kind === 'item') {
        const keyCol = indent + (keys.length - 1) * style.unit;
        lines.push(...itemLines(keyCol + style.dashOffset, 2, payload.entries));
    }
    return lines;
}
function flowValue(keys, payload) {
    if (keys.length === 0) {
        if (payload.kind === 'scalar')
            return renderScalar(payload.value, undefined, true);
        return `[${flowItem(payload.entries)}]`;
    }
    const [head, ...rest] = keys;
    return `{${renderKey(head)}: ${flowValue(rest, payload)}}`;
}
function flowItem(entries) {
    return `{${entries.map(([k, v]) => `${renderKey(k)}: ${renderScalar(v, undefined, true)}`).join(', ')}}`;
}
function insertLines(y, at, lines) {
    const joined = lines.join(y.newline);
    // At the end of a file without a final newline, keep it that way.
    if (at === y.text.length && y.text.length > 0 && !y.text.endsWith('\n')) {
        return { start: at, end: at, text: y.newline + joined };
    }
    return { start: at, end: at, text: joined + y.newline };
}
function createAt(y, target, path, payload, style) {
    if (target.kind === 'found')
        throw new Error('internal error: createAt on an existing node');
    const keys = path.slice(target.depth);
    if (target.kind === 'empty') {
        const splices = [
            insertLines(y, target.at, blockLines(keys, payload, target.indent, style)),
        ];
        if (target.remove)
            splices.push({ start: target.remove[0], end: target.remove[1], text: '' });
        return splices;
    }
    const { map } = target;
    const [head, ...rest] = keys;
    if (target.flow) {
        const entry = `${renderKey(head)}: ${flowValue(rest, payload)}`;
        const last = map.items[map.items.length - 1];
        if (last)
            return [{ start: pairContentEnd(last), end: pairContentEnd(last), text: `, ${entry}` }];
        const [start, end] = rangeOf(map);
        return [{ start, end, text: `{${entry}}` }];
    }
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!first || !last)
        throw new Error('internal error: empty block mapping');
    const indent = y.column(rangeOf(first.key)[0]);
    const at = lineEndAfter(y.text, pairContentEnd(last));
    return [insertLines(y, at, blockLines(keys, payload, indent, style))];
}
function planSet(y, path, value) {
    if (path.length === 0)
        throw new Error('internal error: set needs a key path');
    const style = lazyStyle(y);
    const target = locate(y, path, () => style().unit);
    if (target.kind !== 'found')
        return createAt(y, target, path, { kind: 'scalar', value }, style());
    const node = target.node;
    if (node === null || node === undefined) {
        throw new YamlError(`${where(y, path)} has no value image-promote can replace; write one first`);
    }
    if (!(0,dist/* isScalar */.jn)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a single value`);
    }
    const type = node.type;
    if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        throw new YamlError(`${where(y, path, node)} is a block scalar (| or >); write it on one line (key: value) so it can be updated in place`);
    }
    // `!!int`, `!!binary`, `!custom`: the new text would be read with that type, or not as a
    // plain string. `!!str` and the non-specific `!` are strings.
    if (node.tag !== undefined && node.tag !== STR_TAG && node.tag !== '!') {
        throw new YamlError(`${where(y, path, node)} has the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}; image-promote writes plain string values — remove the tag`);
    }
    const [start, end] = rangeOf(node);
    const old = y.text.slice(start, end);
    let text = renderScalar(value, node.value === null ? undefined : type, target.flow);
    // `key:` with nothing after the colon: the empty scalar sits right after it.
    if (old === '')
        text = ` ${text}`;
    return text === old ? [] : [{ start, end, text }];
}
function planDelete(y, path) {
    const target = locate(y, path, () => 2);
    if (target.kind !== 'found')
        return [];
    const { parent, node } = target;
    if (!parent)
        throw new YamlError(`${where(y, path, node)} is a list item; only keys can be removed`);
    if (node !== null && !(0,dist/* isScalar */.jn)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}; only single values are removed`);
    }
    const { map, pair, index } = parent;
    if (map.items.length === 1) {
        throw new YamlError(`${where(y, path, node)} is the only key of its mapping; image-promote does not leave empty mappings`);
    }
    const next = map.items[index + 1];
    const keyStart = rangeOf(pair.key)[0];
    if (map.flow) {
        const previous = map.items[index - 1];
        if (previous)
            return [{ start: pairContentEnd(previous), end: pairContentEnd(pair), text: '' }];
        if (next)
            return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
    }
    const lineStart = y.text.lastIndexOf('\n', keyStart - 1) + 1;
    if (y.text.slice(lineStart, keyStart).trim() === '') {
        return [{ start: lineStart, end: lineEndAfter(y.text, pairContentEnd(pair)), text: '' }];
    }
    // The key shares its line with `- `: let the next key move up into its place.
    if (next)
        return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
    throw new Error('internal error: cannot remove the last key of a list item');
}
function planAppend(y, path, entries) {
    if (entries.length === 0)
        throw new Error('internal error: append needs entries');
    const style = lazyStyle(y);
    const target = locate(y, path, () => style().unit);
    const payload = { kind: 'item', entries };
    if (target.kind !== 'found')
        return createAt(y, target, path, payload, style());
    const { node, parent } = target;
    if (isNullScalar(node) && parent && !parent.map.flow) {
        const empty = emptyTarget(y, path, path.length, node, parent, () => style().unit);
        if (empty.kind !== 'empty')
            throw new Error('internal error');
        const keyCol = y.column(rangeOf(parent.pair.key)[0]);
        const lines = itemLines(keyCol + style().dashOffset, 2, entries);
        const splices = [insertLines(y, empty.at, lines)];
        if (empty.remove)
            splices.push({ start: empty.remove[0], end: empty.remove[1], text: '' });
        return splices;
    }
    if (!(0,dist/* isSeq */.oP)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a list`);
    }
    const last = node.items[node.items.length - 1];
    if (node.flow || target.flow) {
        if (last !== undefined) {
            const end = rangeOf(last)[1];
            return [{ start: end, end, text: `, ${flowItem(entries)}` }];
        }
        const [start, end] = rangeOf(node);
        return [{ start, end, text: `[${flowItem(entries)}]` }];
    }
    const first = node.items[0];
    const dashCol = dashColumn(y, node);
    let keyOffset = 2;
    if ((0,dist/* isMap */.jh)(first) && first.items[0]) {
        const offset = y.column(rangeOf(first.items[0].key)[0]) - dashCol;
        if (offset >= 2)
            keyOffset = offset;
    }
    const at = lineEndAfter(y.text, rangeOf(last)[1]);
    return [insertLines(y, at, itemLines(dashCol, keyOffset, entries))];
}
function lazyStyle(y) {
    let style;
    return () => (style ??= detectStyle(y));
}
// ---------------------------------------------------------------------------------------
// Checking the result
/** `data` with `update` applied at `path` (creating mappings on the way). */
function updateData(data, path, update) {
    const [head, ...rest] = path;
    if (head === undefined)
        return update(data);
    if ((0,key_path/* isSelector */.cB)(head))
        throw new Error('internal error: unresolved selector');
    if (Array.isArray(data) && typeof head === 'number') {
        const copy = [...data];
        copy[head] = updateData(copy[head], rest, update);
        return copy;
    }
    const key = String(head);
    const entries = Object.entries((0,data_path/* isRecord */.u4)(data) ? data : {}).filter(([k]) => k !== key);
    const value = updateData((0,data_path/* isRecord */.u4)(data) ? data[key] : undefined, rest, update);
    return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
}
const REMOVED = undefined;
function expectedData(data, edit) {
    switch (edit.op) {
        case 'set':
            return updateData(data, edit.path, () => edit.value);
        case 'delete':
            return updateData(data, edit.path, () => REMOVED);
        case 'append':
            return updateData(data, edit.path, (old) => [
                ...(Array.isArray(old) ? old : []),
                Object.fromEntries(edit.entries),
            ]);
    }
}
function check(before, text, edit) {
    const fail = (why) => {
        throw new YamlError(`${before.file}: refusing to write "${(0,key_path/* formatKeyPath */.K7)(edit.path)}": the edit ${why}; the file was not changed`);
    };
    let after;
    try {
        after = parseYaml(text, before.file);
    }
    catch (err) {
        fail(`produced invalid YAML (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!after)
        return fail('produced nothing');
    const node = readNode(after, edit.path);
    if (edit.op === 'set' && !((0,dist/* isScalar */.jn)(node) && node.value === edit.value))
        fail('did not write the value (please report this)');
    if (edit.op === 'delete' && locate(after, edit.path, () => 2).kind === 'found')
        fail('did not remove the key (please report this)');
    if (edit.op === 'append' && !(0,dist/* isSeq */.oP)(node))
        fail('did not write a list (please report this)');
    if (!(0,external_node_util_.isDeepStrictEqual)(after.data, expectedData(before.data, edit))) {
        fail(before.hasAnchors
            ? 'would change other values as well: another place reads it through an alias or a << merge — give that place its own value, or write the value out in full'
            : 'changed more than that value (please report this)');
    }
    return after;
}
/**
 * `path` with each `[field=value]` selector replaced by the index of the element it picks
 * (in the file's own nodes: edits never go through aliases).
 */
function resolveSelectors(y, path) {
    if (!path.some(key_path/* isSelector */.cB))
        return path;
    const out = [];
    let node = y.doc.contents;
    for (const [depth, seg] of path.entries()) {
        if ((0,key_path/* isSelector */.cB)(seg)) {
            if (!(0,dist/* isSeq */.oP)(node)) {
                throw new YamlError(`${where(y, path.slice(0, depth), node ?? undefined)} is ${describeNode(node)}, not a list, so it has no element "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
            }
            const index = selectIndex(y, node, seg, path.slice(0, depth + 1), false);
            if (index === undefined) {
                throw new YamlError(`${where(y, path.slice(0, depth), node)} has no element with ${seg.field}: ${seg.equals}; image-promote does not add list elements — add it to the file first`);
            }
            out.push(index);
            node = node.items[index];
            continue;
        }
        out.push(seg);
        if ((0,dist/* isMap */.jh)(node))
            node = node.items[ownPairIndex(node, String(seg))]?.value;
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number')
            node = node.items[seg];
        else
            node = undefined;
    }
    return out;
}
/**
 * Applies `edits` in order to `input` (a file's bytes and text view, or a string taken as
 * UTF-8) and returns the edited text. Each edit changes only the characters of the value it
 * sets (or the lines it adds or removes); `bytes()` of the result is the new file.
 */
function editYaml(input, file, edits) {
    let out = typeof input === 'string' ? byte_text/* ByteText */.__.fromString(input) : input;
    let y = parseYaml(out.text, file);
    for (const given of edits) {
        const edit = { ...given, path: resolveSelectors(y, given.path) };
        let splices;
        switch (edit.op) {
            case 'set':
                splices = planSet(y, edit.path, edit.value);
                break;
            case 'delete':
                splices = planDelete(y, edit.path);
                break;
            case 'append':
                splices = planAppend(y, edit.path, edit.entries);
                break;
        }
        if (splices.length === 0)
            continue;
        out = out.splice(splices);
        y = check(y, out.text, edit);
    }
    return out;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony export Redactor */
/**
 * The one redactor. Every text that leaves the process (log lines, error messages, action
 * outputs, the job summary, commit messages, CLI output) passes through `redact`, including
 * text copied from a registry's or an API's answer, which may echo what we sent.
 *
 * It removes every registered secret in the forms it travels in (as is, base64, base64url,
 * URL-encoded, JSON-escaped; a `user:password` pair also as the base64 of both), and, without
 * registration, anything shaped like a credential: `Authorization` header values, `Basic` and
 * `Bearer` credentials, JWTs, GitHub tokens, the user-info part of URLs of any scheme
 * (`https://`, `git://`, `ssh://`, …; a password with an `@` in it too), and the
 * `user:password@` of scp-style and scheme-less addresses (`user:password@host:path`, and
 * `user:password@host` as git prints a `git://` URL it cannot reach). An image reference's
 * `name:tag@sha256:…` is not a credential and stays.
 */
const MASK = '***';
/** Shorter "secrets" would shred every line; nothing real is this short. */
const MIN_SECRET_LENGTH = 4;
const PATTERNS = [
    // `Authorization: Bearer abc`, `"authorization":"Basic abc"`, `WWW-Authenticate` is not a secret.
    [/\b(authorization\b["']?\s*[:=]\s*["']?)[^\s"',;]+(?:[ \t]+[^\s"',;]+)?/gi, `$1${MASK}`],
    [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${MASK}`],
    // JSON Web Tokens (registry bearer tokens, OIDC tokens).
    [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, MASK],
    // GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_, and fine-grained PATs.
    [/\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, MASK],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, MASK],
    // https://user:password@host, git://user:p@ss@host → scheme://***@host
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@'"<>`]+(?::[^/\s'"<>`]*)?@/gi, `$1${MASK}@`],
    // user:password@host:path, user:password@host — at the start of a word, not a digest's `@`.
    [
        /(^|[\s'"(<[=,;])[^\s/:@'"<>()[\]`=,;]+:[^\s/'"<>`]+@(?!(?:sha256|sha384|sha512|blake3):|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9=_-]{32,})(?=\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9])/g,
        `$1${MASK}@`,
    ],
];
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
function base64url(text) {
    return Buffer.from(text, 'utf8').toString('base64url');
}
class Redactor {
    secrets = new Set();
    /** Longest first, so a secret that contains another is removed whole. */
    ordered = [];
    listeners = [];
    /** Registers a secret and the forms it is sent in. */
    add(secret) {
        if (secret.length < MIN_SECRET_LENGTH)
            return;
        const forms = new Set([secret, base64(secret), base64url(secret)]);
        const encoded = encodeURIComponent(secret);
        if (encoded !== secret)
            forms.add(encoded);
        const json = JSON.stringify(secret).slice(1, -1);
        if (json !== secret)
            forms.add(json);
        // Base64 without padding shows up inside longer base64 strings.
        for (const f of [...forms])
            if (f.endsWith('='))
                forms.add(f.replace(/=+$/, ''));
        this.addForms(forms);
    }
    /** Registers a username/password pair: the password, and `user:password` as Basic sends it. */
    addCredentials(username, password) {
        this.add(password);
        const pair = `${username}:${password}`;
        const forms = new Set([base64(pair), base64(pair).replace(/=+$/, '')]);
        this.addForms(forms);
    }
    /** Called with every form registered from now on (the runner's `::add-mask::`). */
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
        for (const [pattern, replacement] of PATTERNS) {
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
/** The process's redactor: loggers, errors, outputs and commit messages all use it. */
const redactor = new Redactor();
function redact(text) {
    return redactor.redact(text);
}


/***/ }),

/***/ 8286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseRepositoryName),
/* harmony export */   AF: () => (/* binding */ ReferenceError),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   gh: () => (/* binding */ withTagAndDigest),
/* harmony export */   pA: () => (/* binding */ joinRepository),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX, parseReference */
/**
 * Image references, following the distribution reference grammar
 * (github.com/distribution/reference, regexp.go) plus Docker's normalisation
 * (normalize.go): `nginx` → `docker.io/library/nginx`. Every place that reads a
 * reference goes through here.
 */
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
/** Longest repository path (the part after the domain), as in distribution's Parse. */
const NAME_TOTAL_LENGTH_MAX = 255;
/**
 * No valid reference comes near this (255 path + host + 128 tag + sha512 digest); refusing
 * longer input up front keeps the regular expressions below on short strings.
 */
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
/** True when `tag` is a valid tag: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
/** Returns why `tag` is not a valid tag, or undefined when it is. */
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
/** Returns why `digest` is not a valid digest, or undefined when it is. */
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
/**
 * True when the first `/`-separated component of a name is a registry host rather than a
 * path component: `localhost`, anything with `.` or `:`, or anything with an uppercase
 * letter (paths are lowercase, so Docker reads `Foo/bar` as host `Foo`).
 */
function isDomainComponent(first) {
    return first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first;
}
/** Splits `name` into domain and path the way Docker does (splitDockerDomain). */
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    let domain;
    let path;
    if (slash === -1 || !isDomainComponent(first)) {
        domain = DEFAULT_DOMAIN;
        path = name;
    }
    else {
        domain = first;
        path = name.slice(slash + 1);
    }
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !path.includes('/'))
        path = OFFICIAL_REPO_PREFIX + path;
    return { domain, path };
}
/** Parses a name-only reference part and validates it. */
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
/** Parses and normalises an image reference; throws ReferenceError with the reason. */
function parseReference(input) {
    const s = input.trim();
    if (s === '')
        throw new ReferenceError(input, 'the reference is empty');
    if (/\s/.test(s))
        throw new ReferenceError(input, 'a reference cannot contain whitespace');
    if (s.length > INPUT_LENGTH_MAX) {
        throw new ReferenceError(input, `a reference is at most ${INPUT_LENGTH_MAX} characters`);
    }
    // As in ParseNormalizedNamed: the whole input, so `<64 hex>:tag` is still a name.
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
    // A tag is after the last ':' that follows the last '/', so `localhost:5000/app` has none.
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
/** Like parseReference but returns the reason instead of throwing. */
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
        // `library/` is dropped only for single-level official images (familiarizeName).
        const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
        familiarName = path.startsWith(OFFICIAL_REPO_PREFIX) && !rest.includes('/') ? rest : path;
        // Docker's short form is ambiguous when the path's first part looks like a host
        // (`docker.io/localhost/app` would read back as registry `localhost`): keep the domain.
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
/** Returns a copy with a different tag and/or digest (undefined removes it). */
function withTagAndDigest(ref, tag, digest) {
    return build(ref.domain, ref.path, tag, digest);
}
/** `domain/path[:tag][@digest]`, fully qualified. */
function formatReference(ref) {
    return (ref.name +
        (ref.tag === undefined ? '' : `:${ref.tag}`) +
        (ref.digest === undefined ? '' : `@${ref.digest}`));
}
/**
 * Joins a configured `registry` (e.g. `ghcr.io/acme`, `localhost:5000`) and an image
 * `repository` into one reference. A repository that already names a registry host wins.
 */
function joinRepository(registry, repository) {
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    // Unlike splitDomain, an uppercase first part is not taken for a host here: under a
    // configured registry `MyOrg/api` is a path, and the parser then says it must be lowercase.
    const hasHost = slash !== -1 && (/[.:]/.test(first) || first === 'localhost');
    const full = hasHost || !registry ? repository : `${registry.replace(/\/+$/, '')}/${repository}`;
    return parseReference(full);
}
/** Parses a repository name (no tag, no digest), e.g. a kustomize `newName`. */
function parseRepositoryName(input) {
    const ref = parseReference(input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ReferenceError(input, 'a repository name has no tag or digest');
    }
    return ref;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
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

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main),
  C: () => (/* binding */ usage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(5625);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __nccwpck_require__(5217);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `image-promote` CLI: the same engine as the action, for local dry runs and scripts.
 * Exit codes: 0 success, 1 failure (including "not found"), 2 bad usage or config.
 */







// Commands load on demand: `promote` never pays for compiling the planning engine, and the
// other way round (ncc emits each as its own chunk next to dist/cli/index.js).
const COMMANDS = {
    plan: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(757), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8943))).planCommand,
        summary: 'show what the action would decide for a commit range',
    },
    resolve: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(757), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8558))).resolveCommand,
        summary: 'print the digest a reference resolves to',
    },
    promote: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(757), __nccwpck_require__.e(619)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2619))).promoteCommand,
        summary: 'add a tag or copy an image without pulling it',
    },
    deploy: {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(757), __nccwpck_require__.e(331)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2331))).deployCommand,
        summary: 'verify images in the registry, write them into an overlay, commit',
    },
    'set-image': {
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(757), __nccwpck_require__.e(162)]).then(__nccwpck_require__.bind(__nccwpck_require__, 162))).setImageCommand,
        summary: 'kustomize edit set image, verified in the registry, keeping every other byte',
    },
    ref: {
        load: async () => (await __nccwpck_require__.e(/* import() */ 231).then(__nccwpck_require__.bind(__nccwpck_require__, 8231))).refCommand,
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
/**
 * Runs the CLI and returns its exit code; never throws. `io` replaces the process's streams,
 * environment and working directory, and may carry registry client settings
 * (`io.registry`: retry policy, clock, fetch) for programs that embed the CLI.
 */
async function main(argv, io = {}) {
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    const args = argv.filter((a) => a !== '--verbose' && a !== '-v');
    const logger = io.logger ?? new log/* StderrLogger */.jj(verbose);
    const write = io.stdout ?? ((t) => process.stdout.write(t));
    // stdout may carry text from a registry (e.g. promote --json errors) or the repository (a
    // file name in plan): redacted like stderr, and never a workflow command (src/log.ts).
    const stdout = (text) => {
        write((0,log/* neutralizeCommands */.Kw)((0,redact/* redact */.E$)(text)));
    };
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        stdout(usage() + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === '--version') {
        stdout(`${package_namespaceObject.rE}\n`);
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
        logger.info(`image-promote ${name}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return err instanceof context/* UsageError */.eb || err instanceof errors/* InputError */.dz ? 2 : 1;
    }
}
function isEntryPoint() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,external_node_fs_.realpathSync)(entry) === (0,external_node_fs_.realpathSync)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
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
