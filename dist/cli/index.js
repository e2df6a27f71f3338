#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main),
  C: () => (/* binding */ usage)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/errors.ts
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

;// CONCATENATED MODULE: ./src/log.ts
/** Collects secrets and redacts them; shared by every Logger implementation. */
class Redactor {
    secrets = new Set();
    add(secret) {
        // One- or two-character "secrets" would shred every log line; nothing real is that short.
        if (secret.length >= 3)
            this.secrets.add(secret);
    }
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
}
/** CLI logger: everything goes to stderr so stdout stays machine-readable. */
class StderrLogger {
    verbose;
    write;
    redactor = new Redactor();
    constructor(verbose = false, write = (line) => process.stderr.write(line + '\n')) {
        this.verbose = verbose;
        this.write = write;
    }
    debug(message) {
        if (this.verbose)
            this.write(this.redactor.redact(`debug: ${message}`));
    }
    info(message) {
        this.write(this.redactor.redact(message));
    }
    warning(message) {
        this.write(this.redactor.redact(`warning: ${message}`));
    }
    mask(secret) {
        this.redactor.add(secret);
    }
}
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    mask: () => undefined,
};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/context.ts


/** Bad usage: the CLI prints the message and exits 2. */
class UsageError extends UserError {
    name = 'UsageError';
}
/** node:util parseArgs in strict mode, with its errors turned into UsageError. */
function parseFlags(command, args, options, allowPositionals = false) {
    try {
        return parseArgs({ args, options, strict: true, allowPositionals });
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new UsageError(`image-promote ${command}: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/plan.ts
// Placeholder replaced by the module's real implementation before landing.
function planCommand(_ctx) {
    return Promise.reject(new Error('plan: not implemented yet'));
}

;// CONCATENATED MODULE: ./src/cli/resolve.ts
// Placeholder replaced by the module's real implementation before landing.
function resolveCommand(_ctx) {
    return Promise.reject(new Error('resolve: not implemented yet'));
}

;// CONCATENATED MODULE: ./src/cli/promote.ts
// Placeholder replaced by the module's real implementation before landing.
function promoteCommand(_ctx) {
    return Promise.reject(new Error('promote: not implemented yet'));
}

;// CONCATENATED MODULE: ./src/cli/set-image.ts
// Placeholder replaced by the module's real implementation before landing.
function setImageCommand(_ctx) {
    return Promise.reject(new Error('set-image: not implemented yet'));
}

;// CONCATENATED MODULE: ./src/cli/ref.ts
// Placeholder replaced by the module's real implementation before landing.
function refCommand(_ctx) {
    return Promise.reject(new Error('ref: not implemented yet'));
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `image-promote` CLI: the same engine as the action, for local dry runs and scripts.
 * Exit codes: 0 success, 1 failure (including "not found"), 2 bad usage or config.
 */










const COMMANDS = {
    plan: { run: planCommand, summary: 'show what the action would decide for a commit range' },
    resolve: { run: resolveCommand, summary: 'print the digest a reference resolves to' },
    promote: { run: promoteCommand, summary: 'add a tag or copy an image without pulling it' },
    'set-image': { run: setImageCommand, summary: 'kustomize edit set image, keeping every other byte' },
    ref: { run: refCommand, summary: 'show how an image reference is parsed' },
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
/** Runs the CLI and returns its exit code; never throws. */
async function main(argv, io = {}) {
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    const args = argv.filter((a) => a !== '--verbose' && a !== '-v');
    const logger = io.logger ?? new StderrLogger(verbose);
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        (io.stdout ?? ((t) => process.stdout.write(t)))(usage() + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === '--version') {
        (io.stdout ?? ((t) => process.stdout.write(t)))(`${VERSION}\n`);
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
        stdout: io.stdout ?? ((t) => process.stdout.write(t)),
        logger,
    };
    try {
        return await command.run(ctx);
    }
    catch (err) {
        logger.info(`image-promote ${name}: ${errorMessage(err)}`);
        return err instanceof UsageError || err instanceof InputError ? 2 : 1;
    }
}
const VERSION = '0.1.0';
function isEntryPoint() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(entry) === (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
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
