export const id = 945;
export const ids = [945];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ History),
/* harmony export */   E: () => (/* binding */ DEEPEN_STEPS)
/* harmony export */ });
/** Deepen steps (commits added per step); the sum is the bound. */
const DEEPEN_STEPS = [32, 128, 512, 2048, 8192];
class History {
    git;
    logger;
    remoteName;
    constructor(git, logger) {
        this.git = git;
        this.logger = logger;
    }
    /** The remote to fetch from (`origin` when present), or null when there is none. */
    async remote() {
        if (this.remoteName === undefined) {
            const remotes = await this.git.remotes();
            this.remoteName = remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
        }
        return this.remoteName;
    }
    /**
     * Makes `sha` present locally; true when it is. Only a missing commit is fetched, by SHA,
     * and `--depth=1` only in a clone that is shallow already (a depth in a full clone would
     * make it shallow).
     */
    async ensureCommit(sha) {
        if (await this.git.hasCommit(sha))
            return true;
        const remote = await this.remote();
        if (!remote || !/^[0-9a-f]{40}$/.test(sha))
            return false;
        return this.git.exclusive(async () => {
            if (await this.git.hasCommit(sha))
                return true;
            this.logger.debug(`fetching ${sha} from ${remote}`);
            const depth = (await this.git.isShallow()) ? ['--depth=1'] : [];
            const r = await this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, remote, sha], { allowFailure: true });
            if (r.exitCode !== 0)
                this.logger.debug(`fetch of ${sha} failed: ${r.stderr.trim()}`);
            return this.git.hasCommit(sha);
        });
    }
    /**
     * Makes `refs/remotes/<remote>/<branch>` present; returns its SHA. The tip is learned with
     * ls-remote; a tip the clone has already only gets the ref (fetching it with --depth would
     * cut off history an earlier step deepened), a missing one is fetched like ensureCommit.
     */
    async ensureBranch(branch) {
        const remote = await this.remote();
        if (!remote)
            return this.git.resolveCommit(branch);
        const ref = `refs/remotes/${remote}/${branch}`;
        const local = await this.git.resolveCommit(ref);
        if (local)
            return local;
        const tip = await this.remoteTip(branch);
        if (!tip || !(await this.ensureCommit(tip)))
            return undefined;
        await this.git.run(['update-ref', ref, tip]);
        return tip;
    }
    /** The commit `refs/heads/<branch>` names on the remote now (ls-remote), or undefined. */
    async remoteTip(branch) {
        const remote = await this.remote();
        if (!remote)
            return undefined;
        const r = await this.git.run(['ls-remote', '--quiet', remote, `refs/heads/${branch}`], {
            allowFailure: true,
        });
        const tip = r.stdout.split('\t')[0]?.trim();
        if (r.exitCode !== 0 || !tip || !/^[0-9a-f]{40}$/.test(tip)) {
            this.logger.debug(`branch ${branch} is not on ${remote}: ${r.stderr.trim()}`);
            return undefined;
        }
        return tip;
    }
    /**
     * The commit of the tag `name`, made present. The tag's commit is learned with ls-remote
     * and fetched by SHA only when missing: fetching a tag with --depth into a clone that has
     * its commit already would cut that commit's history off again.
     */
    async ensureTag(name) {
        const local = await this.git.resolveCommit(`refs/tags/${name}`);
        if (local)
            return local;
        if (name.startsWith('-'))
            return undefined;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        const r = await this.git.run(['ls-remote', '--quiet', remote, `refs/tags/${name}`, `refs/tags/${name}^{}`], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        // An annotated tag lists the tag object and, with ^{}, the commit it points to.
        const lines = r.stdout
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split('\t'));
        const peeled = lines.find(([, ref]) => ref?.endsWith('^{}')) ?? lines[0];
        const sha = peeled?.[0];
        if (!sha || !/^[0-9a-f]{40}$/.test(sha))
            return undefined;
        return (await this.ensureCommit(sha)) ? sha : undefined;
    }
    /**
     * Fetches tags matching `pattern` (e.g. `refs/tags/*`). Tags are not part of a depth-1
     * checkout; they come as shallow tips only when the clone is shallow already (--depth
     * would turn a full clone into a shallow one).
     */
    async fetchTags(pattern) {
        const remote = await this.remote();
        if (!remote)
            return;
        await this.git.exclusive(async () => {
            const depth = (await this.git.isShallow()) ? ['--depth=1'] : [];
            await this.git.run(['fetch', '--no-recurse-submodules', ...depth, remote, `+${pattern}:${pattern}`], { allowFailure: true });
        });
    }
    /**
     * Calls `found()` after each deepening step until it returns a value, the history is
     * complete, or the bound is reached. `refs` are what to deepen (SHAs or refspecs).
     */
    async deepenUntil(refs, found) {
        const first = await found();
        if (first !== undefined)
            return first;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        for (const step of DEEPEN_STEPS) {
            // Complete (perhaps deepened by another lookup meanwhile): one last look.
            if (!(await this.git.isShallow()))
                return found();
            this.logger.info(`deepening the shallow clone by ${step} commits to find the base`);
            const r = await this.git.exclusive(() => this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${step}`, remote, ...refs], { allowFailure: true }));
            if (r.exitCode !== 0) {
                this.logger.debug(`deepen failed: ${r.stderr.trim()}`);
                return undefined;
            }
            const value = await found();
            if (value !== undefined)
                return value;
        }
        return undefined;
    }
}


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ fileInputSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3898);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4389);
/**
 * The CLI's config file: YAML whose keys are the action's input names. Values may be
 * YAML lists/maps/booleans; they are turned into the strings the action would receive,
 * so one parser (parse.ts) serves both.
 */




/** Lists and maps that the action would receive as YAML text (not lines, not scalars). */
function isYamlData(value) {
    if (value === null || value === undefined)
        return false;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return false;
    return !(Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'));
}
function toInputString(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (!isYamlData(value))
        return value.map(String).join('\n');
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(value);
}
/** Reads a config file; unknown keys are an error that names them. */
function fileInputSource(path, env) {
    let doc = (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputYaml */ .V)('--config', (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .j)('--config', path), path);
    if (doc === null || doc === undefined)
        doc = {};
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--config', `${path} must be a map whose keys are the action's input names`);
    }
    const values = doc;
    for (const key of Object.keys(values)) {
        if (!(key in _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--config', `${path} has an unknown key "${key}"`, `use the action's input names: ${Object.keys(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m).join(', ')}`);
        }
    }
    return {
        // The parsed list itself: parsing its YAML text again would give the same data.
        structured(name) {
            return name in values && isYamlData(values[name]) ? values[name] : undefined;
        },
        get(name) {
            if (name in values)
                return toInputString(values[name]);
            // The action gets the job token by default; the CLI takes it from the environment.
            if (name === 'github-token')
                return env.GITHUB_TOKEN ?? '';
            return _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m[name].default;
        },
    };
}


/***/ }),

/***/ 3153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ openDocument)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __webpack_require__(5284);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(2875);
;// CONCATENATED MODULE: ./src/overlay/text-offsets.ts
/**
 * Character offsets in a file's text, shared by the byte-preserving editors (json-edit.ts,
 * tfvars.ts, yaml-edit.ts): the line and column of an offset, the indentation of a line, and a
 * splice — the new characters that replace one range.
 */
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
function applySplice(text, s) {
    return text.slice(0, s.start) + s.text + text.slice(s.end);
}

;// CONCATENATED MODULE: ./src/overlay/json-edit.ts
/**
 * Byte-preserving JSON edits (`*.json`, `*.tfvars.json`). A small tokenizer finds where each
 * value is (character offsets); an edit splices new characters into the original text, so
 * indentation, key order, a BOM, CRLF and the final newline stay as they were. A missing key
 * is created in the file's own style (its indentation unit, `:` spacing and newline).
 *
 * Every edit is checked afterwards with JSON.parse: the new text must parse and equal the old
 * data with only the written value changed.
 */




/** A JSON file that cannot be read or edited; the message names the file (and line). */
class JsonError extends errors/* UserError */.yo {
    name = 'JsonError';
}
/** Nesting deeper than this is refused (the parser is recursive). */
const MAX_DEPTH = 512;
class Parser {
    text;
    fail;
    pos;
    constructor(text, fail) {
        this.text = text;
        this.fail = fail;
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
        if (depth > MAX_DEPTH)
            this.fail(this.pos, `nested more than ${MAX_DEPTH} levels deep`);
        this.ws();
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
        return this.fail(start, c === undefined ? 'unexpected end of file' : `unexpected "${c}"`);
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
    const lines = lineIndex(text);
    const fail = (offset, why) => {
        throw new JsonError(`${file}:${lines.line(offset)}:${lines.column(offset)}: invalid JSON: ${why} — fix the file first`);
    };
    const parser = new Parser(text, fail);
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
                    const outer = lineIndent(f.text, node.start);
                    const inner = lineIndent(f.text, first.keyStart);
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
        const indent = lineIndent(f.text, first.keyStart);
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
        const outer = lineIndent(f.text, obj.start);
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
 * Applies `sets` in order to `text` and returns the new text. Each set replaces only the
 * bytes of one value (or inserts one member); the result is checked with JSON.parse.
 */
function editJson(text, file, sets) {
    let f = parseJson(text, file);
    for (const set of sets) {
        const planned = planSet(f, set);
        if (!planned.splice)
            continue;
        f = (0,data_path/* checkEdit */.DM)({
            file,
            before: f,
            next: applySplice(f.text, planned.splice),
            path: planned.path,
            value: set.value,
            parse: (t) => parseJson(t, file),
            invalid: 'invalid JSON',
            refuse: (message) => new JsonError(message),
        });
    }
    return f.text;
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
    /** The offset after the `}` that closes a `${` or `%{` opened before `from`. */
    templateEnd(from, stringStart) {
        const t = this.text;
        let depth = 1;
        let i = from;
        while (i < t.length) {
            const c = t[i];
            if (c === '"') {
                // A string inside the interpolation: skip it, with its own interpolations.
                i++;
                while (i < t.length && t[i] !== '"') {
                    if (t[i] === '\\')
                        i += 2;
                    else if ((t[i] === '$' || t[i] === '%') && t[i + 1] === '{')
                        i = this.templateEnd(i + 2, stringStart);
                    else
                        i++;
                }
                i++;
                continue;
            }
            if (c === '{')
                depth++;
            if (c === '}' && --depth === 0)
                return i + 1;
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
    i = 0;
    constructor(text, toks, fail, line) {
        this.text = text;
        this.toks = toks;
        this.fail = fail;
        this.line = line;
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
                this.fail(key.start, `expected a variable name, found "${this.src(key)}"`);
            }
            const eq = this.next(false);
            if (!eq || this.src(eq) !== '=') {
                const blockLike = eq && (this.src(eq) === '{' || eq.kind === 'string' || eq.kind === 'ident');
                this.fail(eq?.start ?? key.end, blockLike
                    ? `"${this.src(key)}" is a block; a variables file holds only name = value attributes`
                    : `expected "=" after "${this.src(key)}"`);
            }
            const value = this.expression(['nl']);
            const after = this.next(false);
            if (after && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${this.src(after)}" after the value of "${this.src(key)}"`);
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
    /** The tokens of one expression: up to a terminator at bracket depth 0. */
    expression(terminators) {
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
                const saved = this.i;
                this.i = headAt + 1;
                const object = this.object(head, tail);
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
    /** Items of an object constructor whose `{` is `open`; undefined when a key is computed. */
    object(open, close) {
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
            let name;
            if (key.kind === 'ident')
                name = this.src(key);
            else if (key.kind === 'string' && key.value !== undefined)
                name = key.value;
            else if (key.kind === 'punct' && this.src(key) === '(')
                return undefined;
            else
                return this.fail(key.start, `unexpected "${this.src(key)}" where an object key belongs`);
            const eq = this.next(false);
            if (!eq || (this.src(eq) !== '=' && this.src(eq) !== ':')) {
                return this.fail(eq?.start ?? key.end, `expected "=" after the key "${name}"`);
            }
            const value = this.expression(['nl', ',', '}']);
            const after = this.peek(false);
            const comma = after?.kind === 'punct' && this.src(after) === ',';
            if (after && after !== close && !comma && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${this.src(after)}" after the value of "${name}"`);
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
    const { line, column } = lineIndex(text);
    const fail = (offset, why) => {
        throw new TfvarsError(`${file}:${line(offset)}:${column(offset)}: not a valid variables file: ${why} — fix the file first`);
    };
    const toks = new Scanner(text, fail).scan();
    const items = new TfParser(text, toks, fail, line).body();
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
    const shown = raw.length > 60 || raw.includes('\n') ? `${raw.split(/\r?\n/)[0]?.slice(0, 60) ?? ''}…` : raw;
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
                const outer = lineIndent(f.text, item.keyStart);
                const inner = lineIndent(f.text, first.keyStart);
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
            const outer = lineIndent(f.text, object.start);
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
        const indent = lineIndent(f.text, last.keyStart);
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
 * Applies `sets` in order and returns the new text; each is checked by parsing the result
 * again (same values everywhere else, the new string at its key).
 */
function editTfvars(text, file, sets) {
    let f = parseTfvars(text, file);
    for (const set of sets) {
        const s = tfvars_planSet(f, set);
        if (!s)
            continue;
        f = (0,data_path/* checkEdit */.DM)({
            file,
            before: f,
            next: applySplice(f.text, s),
            path: set.path,
            value: set.value,
            parse: (t) => parseTfvars(t, file),
            invalid: 'an invalid file',
            refuse: (message) => new TfvarsError(message),
        });
    }
    return f.text;
}

// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __webpack_require__(7950);
;// CONCATENATED MODULE: ./src/overlay/documents.ts
/**
 * One interface over the key-path formats — YAML (Helm values, raw manifests, any YAML),
 * JSON and Terraform variable files: read a value by key path, list the keys, and write
 * values in place. Each format's editor verifies its own edits (see yaml-edit.ts,
 * json-edit.ts, tfvars.ts).
 */






function yamlDocument(y) {
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
        edit: (sets) => (0,yaml_edit/* editYaml */.aL)(y.text, y.file, sets.map((s) => ({ op: 'set', path: s.path, value: s.value }))),
    };
}
/** Opens `text` as a key-path document of `format` (`parsed` saves parsing YAML twice). */
function openDocument(format, text, file, parsed) {
    if (format === 'yaml')
        return yamlDocument(parsed ?? (0,yaml_edit/* parseYaml */.hN)(text, file));
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
            edit: (sets) => editJson(text, file, sets),
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
        edit: (sets) => editTfvars(text, file, sets),
    };
}


/***/ }),

/***/ 987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ imageKeys),
/* harmony export */   Xd: () => (/* binding */ siblingDigest),
/* harmony export */   ek: () => (/* binding */ readKeyPathImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2875);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8685);



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

/***/ 8838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cC: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_6__.c),
/* harmony export */   re: () => (/* binding */ readOverlay),
/* harmony export */   vP: () => (/* binding */ writeOverlayEdits)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1957);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3657);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6241);
/**
 * The overlay API the engine calls: read what an overlay runs (once), plan a write from that
 * state, and write planned edits — all of them or none, each only into a regular file inside
 * the root it belongs to.
 */







/** Overlays larger than this are refused (an overlay is a small text file). */
const MAX_OVERLAY_BYTES = 8 * 1024 * 1024;
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return undefined;
}
function notAFile(overlay, kind) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(kind === 'a directory'
        ? `overlay ${overlay.path} is a directory — name the file (e.g. ${overlay.path}/kustomization.yaml)`
        : `overlay ${overlay.path} is ${kind}, not a regular file — point "overlay" at the file itself`);
}
/**
 * Reads an overlay file. Its type is checked before it is opened (opening a FIFO would
 * block), and again on the open handle (non-blocking) in case it was swapped in between.
 */
async function readOverlayFile(overlay) {
    const failed = (err) => {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`overlay ${overlay.path} does not exist — check the path in "overlay"`);
        }
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`overlay ${overlay.path} is a symlink loop`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot read overlay ${overlay.path}: ${code ?? String(err)}`);
    };
    const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(overlay.file).catch(failed);
    const info = link.isSymbolicLink() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(overlay.file).catch(failed) : link;
    const kind = kindOf(info);
    if (kind !== undefined)
        throw notAFile(overlay, kind);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(overlay.file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK).catch(failed);
    try {
        const opened = await handle.stat();
        const openedKind = kindOf(opened);
        if (openedKind !== undefined || !opened.isFile())
            throw notAFile(overlay, openedKind ?? 'not a regular file');
        if (opened.size > MAX_OVERLAY_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`overlay ${overlay.path} is ${opened.size} bytes; image-promote edits overlays up to ${MAX_OVERLAY_BYTES} bytes`);
        }
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/** What `overlay` says each of `images` runs now (the state the planner works on). */
async function readOverlay(overlay, images) {
    return (0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .readOverlayText */ .e)(await readOverlayFile(overlay), overlay, images);
}
function inside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel !== '' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
}
/**
 * The real path `edit` writes to, after checking it is a regular file inside `root` (both
 * with symlinks resolved). Throws a UserError otherwise.
 */
async function checkTarget(edit, root) {
    const { overlay } = edit;
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(overlay.file);
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot write overlay ${overlay.path}: ${code === 'ENOENT' ? 'it no longer exists' : (code ?? String(err))}`);
    }
    if (!inside(root, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write overlay ${overlay.path}: it resolves to ${real}, outside ${root} (a symlink out of the repository?) — nothing was written`);
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(real);
    const kind = kindOf(info);
    if (kind !== undefined || !info.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write overlay ${overlay.path}: it is ${kind ?? 'not a regular file'} — nothing was written`);
    }
    return real;
}
async function realRoot(root) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot write overlays: ${root} is not readable (${err.code ?? String(err)})`);
    }
}
/**
 * Writes planned edits: each file atomically, and the set as a whole — every file is checked
 * to be a regular file inside `root` (symlinks resolved) and unchanged since planning, and
 * staged before the first one is replaced; if replacing one fails, those already replaced get
 * their old content back. The target checks run again right before each file is replaced
 * (the engine calls this again on a commit retry). Returns the overlay paths written.
 */
async function writeOverlayEdits(edits, options) {
    const root = await realRoot(options.root);
    const changed = edits.filter((e) => e.changed);
    const targets = new Map();
    for (const edit of changed) {
        const real = await checkTarget(edit, root);
        if (targets.has(real)) {
            throw new Error(`internal error: ${edit.overlay.path} planned twice; plan all its images at once`);
        }
        targets.set(real, edit);
        if ((await readOverlayFile(edit.overlay)) !== edit.before) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${edit.overlay.path} changed while image-promote was editing it — run again`);
        }
    }
    const staged = [];
    try {
        for (const [real, edit] of targets)
            staged.push({ write: await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .stageWrite */ .w)(real, edit.after), edit });
        const done = [];
        try {
            for (const { write, edit } of staged) {
                const real = await checkTarget(edit, root);
                if (real !== write.file) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write overlay ${edit.overlay.path}: it now resolves to ${real}, not ${write.file} — run again`);
                }
                await write.commit();
                done.push({ real, edit });
            }
        }
        catch (err) {
            for (const { real, edit } of done)
                await (await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .stageWrite */ .w)(real, edit.before)).commit();
            throw err;
        }
    }
    finally {
        await Promise.all(staged.map((s) => s.write.discard()));
    }
    return changed.map((e) => e.overlay.path);
}


/***/ }),

/***/ 6241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ planOverlayEdit)
/* harmony export */ });
/* unused harmony export formatImageValue */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8286);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3153);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2875);
/* harmony import */ var _key_path_image_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(987);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4183);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3657);
/* harmony import */ var _tags_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8527);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8685);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7950);










/** `ghcr.io/acme/api:sha-1a2b3c4@sha256:…`, or just the tag when the repository is not set. */
function formatImageValue(value) {
    let out = value.repository ?? '';
    if (value.tag !== undefined)
        out += (out ? ':' : '') + value.tag;
    if (value.digest !== undefined)
        out += `@${value.digest}`;
    return out === '' ? '(none)' : out;
}
function what(update, overlay) {
    return `cannot write image ${update.image.name} into ${overlay.path}`;
}
function validate(update, overlay) {
    const at = what(update, overlay);
    if (update.tag === undefined && update.digest === undefined) {
        throw new Error(`internal error: an update of ${update.image.name} without tag or digest`);
    }
    if (update.tag !== undefined) {
        const tagIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(update.tag);
        if (tagIssue)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: tag "${update.tag}" is not valid: ${tagIssue}`);
    }
    if (update.digest !== undefined) {
        const digestIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(update.digest);
        if (digestIssue)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: digest "${update.digest}" is not valid: ${digestIssue}`);
    }
    try {
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryName */ .$M)(update.repository);
    }
    catch (err) {
        if (err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_1__/* .ReferenceError */ .AF) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: repository "${update.repository}" is not valid: ${err.reason}`);
        }
        throw err;
    }
}
/** The repository as written into a file: Docker's short form of the verified name. */
function spelled(repository) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryName */ .$M)(repository).familiar;
}
/** Whether the digest goes next to the tag (pin-digest, or a tag that moves). */
function pinned(update, shape, options, overlay) {
    if (shape === 'digest' || update.tag === undefined)
        return false;
    const tag = update.tag;
    const mutable = !options.isImmutable(tag);
    if (!options.pinDigest && !mutable)
        return false;
    if (update.digest === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(options.pinDigest && !mutable
            ? `${what(update, overlay)}: pin-digest is on but the digest of ${tag} is not known`
            : `${what(update, overlay)}: ${(0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_7__/* .mutableTagRefusal */ .xo)(`"${tag}" is not an immutable tag`, 'its digest is not known here; deploy an immutable tag (a commit tag like sha-1a2b3c4, or a release)')}`);
    }
    return true;
}
/** Whether an existing digest is stale once `tag`/`digest` are written (see the module comment). */
function staleDigest(current, update) {
    if (current.digest === undefined)
        return false;
    if (current.tag !== update.tag)
        return true;
    return update.digest !== undefined && update.digest !== current.digest;
}
function someOf(names, limit = 12) {
    if (names.length === 0)
        return 'nothing';
    const shown = names.slice(0, limit).join(', ');
    return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function planKustomize(state, current, updates, options) {
    const { overlay } = state;
    const y = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_9__/* .parseYaml */ .hN)(state.text, overlay.path);
    const entries = (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizeImages */ .Aw)(y);
    const edits = [];
    const expected = new Map();
    for (const u of updates) {
        const entry = entries.find((e) => e.name === u.image.name);
        if (!entry && !options.createMissing) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`image ${u.image.name} is not in ${overlay.path}: its images: list names ${someOf(entries.map((e) => e.name))} — fix the image name, add an entry for it, or set create-missing: true to have one added`);
        }
        if (u.image.value === 'reference') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: the image has value: reference, but a kustomization's images: entries hold newName, newTag and digest — use value: auto (or tag, or digest) for this image`);
        }
        const was = current.get(u.image.name)?.value ?? {};
        let shape = u.image.value === 'auto' ? (current.get(u.image.name)?.shape ?? 'tag') : u.image.value;
        // Only the digest is known: an entry with just `digest:` runs exactly that image.
        if (shape === 'tag' && u.tag === undefined)
            shape = 'digest';
        const pin = pinned(u, shape, options, overlay);
        const keepName = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRepository */ .RB)(entry ? (entry.newName ?? entry.name) : u.image.name, u.repository);
        const newName = keepName ? 'keep' : { set: spelled(u.repository) };
        const after = {};
        const repository = keepName ? was.repository : spelled(u.repository);
        if (repository !== undefined)
            after.repository = repository;
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: its entry holds a digest only, and the digest of ${u.tag ?? '?'} is not known`);
            }
            edits.push(...(0,_kustomize_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizeEdits */ .r9)(y, u.image.name, {
                newName,
                newTag: 'remove',
                digest: { set: u.digest },
            }));
            after.digest = u.digest;
        }
        else {
            const tag = u.tag;
            let digest = 'keep';
            if (pin)
                digest = { set: u.digest };
            else if (staleDigest(was, u))
                digest = 'remove';
            edits.push(...(0,_kustomize_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizeEdits */ .r9)(y, u.image.name, { newName, newTag: { set: tag }, digest }));
            after.tag = tag;
            if (pin)
                after.digest = u.digest;
            else if (digest === 'keep' && was.digest !== undefined)
                after.digest = was.digest;
        }
        expected.set(u.image.name, after);
    }
    const after = edits.length === 0 ? state.text : (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_9__/* .editYaml */ .aL)(state.text, overlay.path, edits);
    return { after, expected };
}
// ---------------------------------------------------------------------------------------
// Key paths (YAML, JSON, tfvars)
function notNamed(doc, u, key) {
    const keys = doc.keys();
    const likely = keys.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
    const shown = likely.length > 0 ? likely : keys;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${doc.file} has no "${key}" for image ${u.image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(shown)}) — fix key, add the key to the file, or set create-missing: true to have it added`);
}
/** Refuses a new `digest` key where it would not be read as the image's digest. */
function checkDigestPlace(doc, u, key, digestKey) {
    if (doc.has(digestKey))
        return;
    const why = key.length === 1
        ? `"${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(key)}" is at the top level, where a "digest" key would be a setting of its own`
        : (0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .hasSelector */ .mh)(key)
            ? `"${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(key)}" is a field of a list element (a manifest), where a "digest" field is not read`
            : undefined;
    if (why === undefined)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, { path: doc.file })}: the digest must be written (pin-digest, or a tag that moves) but there is no place for it: ${why} — set value: reference to write repository:tag@digest in one value, or add a "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(digestKey)}" key`);
}
function planKeyPaths(state, format, updates, options) {
    const { overlay } = state;
    const doc = (0,_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .openDocument */ .E)(format, state.text, overlay.path);
    const sets = [];
    const byPath = new Map();
    const expected = new Map();
    const write = (u, path, value) => {
        const key = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(path);
        const other = byPath.get(key);
        if (other && other.value !== value) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`images ${other.image} and ${u.image.name} share "${key}" in ${overlay.path} but would write different values there ("${other.value}", "${value}") — give each image its own key, or deploy them together with the same tag`);
        }
        if (!other) {
            byPath.set(key, { value, image: u.image.name });
            sets.push({ path, value });
        }
    };
    for (const u of updates) {
        const { key, repositoryKey } = u.image;
        if (key === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: it is a ${format} file and the image has no key (e.g. key: image.tag)`);
        }
        const keys = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_4__/* .imageKeys */ .A8)(key, repositoryKey);
        const current = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_4__/* .readKeyPathImage */ .ek)(doc, u.image, []);
        if (!current.found && !doc.has(keys.value) && !options.createMissing) {
            throw notNamed(doc, u, key);
        }
        const shape = u.image.value === 'auto' ? (current.shape ?? 'tag') : u.image.value;
        const pin = pinned(u, shape, options, overlay);
        const after = {};
        if (shape === 'reference') {
            const was = current.shape === 'reference' ? current.value.repository : undefined;
            const repository = was !== undefined && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRepository */ .RB)(was, u.repository) ? was : spelled(u.repository);
            const digest = pin || u.tag === undefined ? u.digest : undefined;
            const value = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .renderReference */ .Wj)(repository, u.tag, digest);
            write(u, keys.value, value);
            expected.set(u.image.name, (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .splitReference */ .mQ)(value) ?? {});
            continue;
        }
        if (keys.repository) {
            const was = doc.value(keys.repository)?.text;
            if ((0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRepository */ .RB)(was, u.repository)) {
                if (was !== undefined)
                    after.repository = was;
            }
            else {
                after.repository = spelled(u.repository);
                write(u, keys.repository, after.repository);
            }
        }
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: "${key}" holds a digest, and the digest of ${u.tag ?? '?'} is not known`);
            }
            write(u, keys.value, u.digest);
            after.digest = u.digest;
        }
        else {
            if (u.tag === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: only its digest is known, and "${key}" holds a tag — set value: digest or value: reference for this image`);
            }
            write(u, keys.value, u.tag);
            after.tag = u.tag;
            const wasDigest = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_4__/* .siblingDigest */ .Xd)(doc, keys);
            const was = {
                ...(current.found ? { tag: current.value.tag } : {}),
                ...(wasDigest ? { digest: wasDigest } : {}),
            };
            if (pin) {
                checkDigestPlace(doc, u, keys.value, keys.digest);
                write(u, keys.digest, u.digest);
                after.digest = u.digest;
            }
            else if (staleDigest(was, u)) {
                // Emptied rather than removed: chart templates and schemas may expect the key.
                write(u, keys.digest, '');
            }
            else if (was.digest !== undefined) {
                after.digest = was.digest;
            }
        }
        expected.set(u.image.name, after);
    }
    const after = sets.length === 0 ? state.text : doc.edit(sets);
    return { after, expected };
}
// ---------------------------------------------------------------------------------------
function sameValue(a, b) {
    return a?.repository === b?.repository && a?.tag === b?.tag && a?.digest === b?.digest;
}
function refuse(overlay, why) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`refusing to write ${overlay.path}: ${why}; the file was not changed (please report this)`);
}
/**
 * Plans writing `updates` into the overlay `state` was read from. Pure: works on
 * `state.text`; throws a UserError (nothing planned) when the result would be invalid or
 * would not run exactly the given images.
 */
function planOverlayEdit(state, updates, options) {
    const { overlay, format } = state;
    const names = new Set();
    for (const u of updates) {
        if (names.has(u.image.name)) {
            throw new Error(`internal error: image ${u.image.name} updated twice in ${overlay.path}`);
        }
        names.add(u.image.name);
        validate(u, overlay);
    }
    const resolved = { ...overlay, format };
    const images = updates.map((u) => u.image);
    const before = (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readOverlayText */ .e)(state.text, resolved, images).images;
    // Each format's editor has checked its edits (the file parsed again, only the written
    // values changed); what is left to check is that every image reads as planned.
    const planned = format === 'kustomize'
        ? planKustomize(state, before, updates, options)
        : planKeyPaths(state, format, updates, options);
    const { after } = planned;
    const now = after === state.text ? before : (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readOverlayText */ .e)(after, resolved, images).images;
    const changes = [];
    for (const u of updates) {
        const was = before.get(u.image.name);
        const is = now.get(u.image.name);
        const want = planned.expected.get(u.image.name);
        if (!is?.found || !want || !sameValue(is.value, want)) {
            refuse(overlay, `image ${u.image.name} would read as ${is?.found ? formatImageValue(is.value) : 'missing'} instead of ${want ? formatImageValue(want) : '?'}`);
        }
        const from = was?.found ? was.value : undefined;
        if (sameValue(from, is.value))
            continue;
        changes.push({
            image: u.image.name,
            ...(from ? { from: formatImageValue(from), before: from } : {}),
            to: formatImageValue(is.value),
            after: is.value,
        });
    }
    return { overlay, format, before: state.text, after, changed: after !== state.text, changes };
}


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readOverlayText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8286);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5284);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3153);
/* harmony import */ var _key_path_image_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(987);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4183);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7950);
/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the text
 * comes in, the state goes out (used for the working tree and for old commits alike).
 */








const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/** True for `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y) {
    const data = y.data;
    if (!(0,_data_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data))
        return false;
    if ((data.kind === 'Kustomization' || data.kind === 'Component') &&
        typeof data.apiVersion === 'string' &&
        data.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return true;
    }
    const images = data.images;
    return (Array.isArray(images) &&
        images.length > 0 &&
        images.every((i) => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(i) && typeof i.name === 'string'));
}
/** The format by the file name alone (JSON and Terraform variables), if it says. */
function formatByName(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    if (KUSTOMIZATION_FILES.has(name))
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
    if (given !== 'auto')
        return { format: given };
    const byName = formatByName(overlay.path);
    if (byName)
        return { format: byName };
    const yaml = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYaml */ .hN)(text, overlay.path);
    if (looksLikeKustomization(yaml))
        return { format: 'kustomize', yaml };
    if (images.some((i) => i.key !== undefined))
        return { format: 'yaml', yaml };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('overlay-format', `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list), not .json or .tfvars, and no image has a key`, 'set overlay-format, or key on each image');
}
function checkValues(state, path, warnings) {
    const { tag, digest } = state.value;
    const tagIssue = tag === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(tag);
    if (tagIssue) {
        warnings.push(`${path}: image ${state.name} has tag "${tag ?? ''}", which is not a valid tag: ${tagIssue}`);
    }
    const digestIssue = digest === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .digestProblem */ .WQ)(digest);
    if (digestIssue) {
        warnings.push(`${path}: image ${state.name} has digest "${digest ?? ''}", which is not valid: ${digestIssue}`);
    }
}
function kustomizeState(y, overlay, images) {
    const entries = (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_6__/* .kustomizeImages */ .Aw)(y);
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
        text: y.text,
        images: states,
        known: entries.map((e) => e.name),
        warnings: [],
    };
}
/** What `text` (the overlay's content now or at some commit) says about `images`. */
function readOverlayText(text, overlay, images) {
    const { format, yaml } = resolveFormat(text, overlay, images);
    let state;
    if (format === 'kustomize') {
        state = kustomizeState(yaml ?? (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYaml */ .hN)(text, overlay.path), overlay, images);
    }
    else {
        const doc = (0,_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .openDocument */ .E)(format, text, overlay.path, yaml);
        const warnings = [];
        const states = new Map();
        for (const image of images)
            states.set(image.name, (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_5__/* .readKeyPathImage */ .ek)(doc, image, warnings));
        state = { overlay, format, text, images: states, known: doc.keys(), warnings };
    }
    for (const s of state.images.values())
        checkValues(s, overlay.path, state.warnings);
    return state;
}


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wj: () => (/* binding */ renderReference),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   mQ: () => (/* binding */ splitReference)
/* harmony export */ });
/* unused harmony export isDigestValue */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8286);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2875);
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


/***/ })

};
