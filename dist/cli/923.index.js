export const id = 923;
export const ids = [923];
export const modules = {

/***/ 1957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   w: () => (/* binding */ stageWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Atomic file replacement: the new content goes to a temp file in the same directory (same
 * file system, so rename is atomic), keeps the file's mode, is flushed, then renamed over the
 * original. Readers see the old bytes or the new bytes, never a half-written file.
 */



/** Writes `content` next to `file` without touching `file` yet. */
async function stageWrite(file, content) {
    // Replace the file a symlink points to, not the symlink itself.
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
    const mode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target)).mode & 0o7777;
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.image-promote-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode);
    try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    catch (err) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw err;
    }
    await handle.close();
    // open() applies the umask; set the exact mode of the original.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temp, mode);
    let committed = false;
    return {
        file: target,
        async commit() {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
            committed = true;
        },
        async discard() {
            if (!committed)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        },
    };
}
/** Replaces `file` with `content` atomically. */
async function writeFileAtomic(file, content) {
    const staged = await stageWrite(file, content);
    try {
        await staged.commit();
    }
    finally {
        await staged.discard();
    }
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ findKustomizeImage),
/* harmony export */   Aw: () => (/* binding */ kustomizeImages),
/* harmony export */   r9: () => (/* binding */ kustomizeEdits)
/* harmony export */ });
/* unused harmony export KUSTOMIZE_FIELDS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7950);
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

/***/ 7950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(2875);
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

;// CONCATENATED MODULE: ./src/overlay/yaml-edit.ts
/**
 * Byte-preserving YAML edits, shared by the kustomize, Helm and key-path writers and by
 * `set-image`. The yaml library parses the file only to find where things are (its node
 * ranges are character offsets into the text); an edit then splices new characters into
 * the original text. Nothing is re-serialised, so comments, blank lines, key order, anchors
 * and quoting outside the edited value stay exactly as they were.
 *
 * Every edit is checked afterwards: the new text must parse, hold the value that was
 * written, and equal the old data with only that change — so an edit that another place
 * would see through an alias or a `<<` merge is refused, not made.
 */





/** A YAML file that cannot be read or edited; the message names the file (and line). */
class YamlError extends errors/* UserError */.yo {
    name = 'YamlError';
}
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
/** Parses and checks a file: valid YAML, one document, no alias bomb. */
function parseYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const options = { lineCounter: lines, merge: true, keepSourceTokens: true, uniqueKeys: true };
    const docs = (0,dist/* parseAllDocuments */.hR)(text, options);
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
    let hasAnchors = false;
    (0,dist/* visit */.YR)(doc, {
        Node(_, node) {
            if ((0,dist/* isAlias */.Vj)(node) || node.anchor) {
                hasAnchors = true;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
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
function applySplices(text, splices) {
    let out = text;
    for (const s of [...splices].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    }
    return out;
}
// ---------------------------------------------------------------------------------------
// Checking the result
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
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
    const entries = Object.entries(isRecord(data) ? data : {}).filter(([k]) => k !== key);
    const value = updateData(isRecord(data) ? data[key] : undefined, rest, update);
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
 * Applies `edits` in order to `text` and returns the new text. Each edit changes only the
 * characters of the value it sets (or the lines it adds or removes).
 */
function editYaml(text, file, edits) {
    let y = parseYaml(text, file);
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
        const next = applySplices(y.text, splices);
        y = check(y, next, edit);
    }
    return y.text;
}


/***/ })

};
