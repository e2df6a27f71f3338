export const id = 452;
export const ids = [452];
export const modules = {

/***/ 14950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ checkEncoding),
/* harmony export */   __: () => (/* binding */ ByteText),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony exports decodeBytes, byteOffsets, unchangedOutside */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_offsets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68644);



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
function decodeBytes(bytes) {
    const buf = asBuffer(bytes);
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
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
function isByteEscape(code) {
    return code >= 0xdc80 && code <= 0xdcff;
}
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
function checkEncoding(bytes, file) {
    for (const [bom, name] of BOMS) {
        if (bom.every((b, i) => bytes[i] === b)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} starts with a ${name} byte order mark; image-promote reads and writes overlays as UTF-8 — save the file as UTF-8`);
        }
    }
}
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
    constructor(original, originalText, pieces, text) {
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
    static fromString(text) {
        return ByteText.fromBytes(Buffer.from(text, 'utf8'));
    }
    get utf8() {
        return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.original);
    }
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
    get changed() {
        return this.changes().length > 0;
    }
    bytes(file) {
        const changes = this.changes();
        if (changes.length === 0)
            return this.original;
        const lines = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_2__/* .lineIndex */ .Dp)(this.originalText);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${at}: cannot write ${JSON.stringify(printable(c.text.trim()))}: it is not valid Unicode text (a lone surrogate) — check the value and key names in the configuration`);
            }
            if (!utf8 && /[\u0080-\uffff]/.test(c.text)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${at}: cannot write ${JSON.stringify(c.text.trim())} into ${file}: the file is not UTF-8 (it has bytes that are not valid UTF-8), so its encoding is unknown and only ASCII can be written into it — save the file as UTF-8, or use ASCII names`);
            }
            const replacement = Buffer.from(c.text, 'utf8');
            parts.push(this.original.subarray(from, start), replacement);
            byteChanges.push({ start, end, length: replacement.length });
            from = end;
        });
        parts.push(this.original.subarray(from));
        const out = Buffer.concat(parts);
        const refuse = (why) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: refusing to write it: ${why}; the file was not changed`);
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
        const len = p.kind === 'kept' ? p.to - p.from : p.text.length;
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ft: () => (/* binding */ dataKeys),
/* harmony export */   gW: () => (/* binding */ editChecked),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports selectorMatches, dataAt, withValue, checkEdit */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14950);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12875);



function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
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
    if ((0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isSelector */ .cB)(seg)) {
        if (!Array.isArray(data))
            return undefined;
        const [only, ...more] = selectorMatches(data, seg.field, seg.equals);
        return only === undefined || more.length > 0 ? undefined : { key: only };
    }
    if (Array.isArray(data) && typeof seg === 'number')
        return { key: seg };
    return { key: String(seg) };
}
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
function withValue(data, path, value) {
    const [head, ...rest] = path;
    if (head === undefined)
        return value;
    const s = step(data, head);
    if (!s)
        throw new Error(`no single element matches ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K7)([head])}`);
    if (Array.isArray(data)) {
        if (typeof s.key !== 'number' || s.key >= data.length) {
            throw new Error(`no element ${String(s.key)} in a list of ${data.length}`);
        }
        const copy = [...data];
        copy[s.key] = withValue(copy[s.key], rest, value);
        return copy;
    }
    if (data !== undefined && data !== null && !isRecord(data)) {
        throw new Error(`cannot set ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K7)(path)} under a value`);
    }
    const key = String(s.key);
    const entries = Object.entries(data ?? {}).filter(([k]) => k !== key);
    const old = isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;
    return Object.fromEntries([...entries, [key, withValue(old, rest, value)]]);
}
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
            out.push((0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K7)(path));
    };
    walk(data, []);
    return out;
}
function checkEdit(edit) {
    const fail = (why) => edit.refuse(`${edit.file}: refusing to write "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K7)(edit.path)}": the edit ${why}; the file was not changed (please report this)`);
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
function editChecked(input, sets, format) {
    let out = typeof input === 'string' ? _byte_text_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteText */ .__.fromString(input) : input;
    let f = format.parse(out.text);
    for (const set of sets) {
        const { splice, path } = format.plan(f, set);
        if (!splice)
            continue;
        out = out.splice([splice]);
        f = checkEdit({ ...format, before: f, next: out.text, path, value: set.value });
    }
    return out;
}


/***/ }),

/***/ 15354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ openDocument),
/* harmony export */   n: () => (/* binding */ loadFormats)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5284);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12875);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87950);




const editors = {};
async function loadFormats(formats) {
    for (const format of formats) {
        if (format === 'json')
            editors.json ??= await __webpack_require__.e(/* import() */ 269).then(__webpack_require__.bind(__webpack_require__, 18269));
        if (format === 'tfvars')
            editors.tfvars ??= await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 82118));
    }
}
function editor(format) {
    const loaded = editors[format];
    if (!loaded) {
        throw new Error(`the ${format} editor is not loaded: src/overlay/documents.ts loadFormats comes first`);
    }
    return loaded;
}
function openDocument(format, source, file, parsed) {
    const text = source.text;
    const common = (data) => ({ format, file, text, data, keys: () => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_1__/* .dataKeys */ .ft)(data) });
    if (format === 'yaml') {
        const y = parsed ?? (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, file);
        return {
            ...common(y.data),
            value(path) {
                const node = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .readNode */ .XH)(y, path);
                if (node === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(node) === 'empty')
                    return undefined;
                const text = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(y, node);
                if (text === undefined) {
                    throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlError */ .Iz(`${y.file}:${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLine */ .xP)(y, node) ?? '?'}: "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K7)(path)}" is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNode */ .WQ)(node)}, not a value`);
                }
                const line = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLine */ .xP)(y, node);
                const notString = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value !== 'string';
                return {
                    text,
                    ...(line === undefined ? {} : { line }),
                    ...(notString ? { notString } : {}),
                };
            },
            has: (path) => (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .readNode */ .XH)(y, path) !== undefined,
            edit: (sets) => (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .editYaml */ .aL)(source, file, sets.map((s) => ({ op: 'set', path: s.path, value: s.value }))),
        };
    }
    if (format === 'json') {
        const { editJson, jsonNode, jsonValue, parseJson } = editor('json');
        const f = parseJson(text, file);
        return {
            ...common(f.data),
            value: (path) => jsonValue(f, path),
            has: (path) => jsonNode(f, path) !== undefined,
            edit: (sets) => editJson(source, file, sets),
        };
    }
    const { editTfvars, parseTfvars, tfvarsHas, tfvarsValue } = editor('tfvars');
    const f = parseTfvars(text, file);
    return {
        ...common(f.data),
        value: (path) => tfvarsValue(f, path),
        has: (path) => tfvarsHas(f, path),
        edit: (sets) => editTfvars(source, file, sets),
    };
}


/***/ }),

/***/ 10987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ imageKeys),
/* harmony export */   Xd: () => (/* binding */ siblingDigest),
/* harmony export */   ek: () => (/* binding */ readKeyPathImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12875);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28685);



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
function shapeFor(doc, image, key, text, line) {
    const found = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .readShape */ ._f)(text, key);
    const wanted = image.value;
    if (wanted === 'auto' || wanted === found)
        return found;
    if (wanted === 'reference' && found === 'tag' && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(text))
        return 'reference';
    const at = `${doc.file}${line === undefined ? '' : `:${line}`}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: image ${image.name} has value: ${wanted}, but "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(key)}" holds ${SHAPE_NAMES[found]} ("${text}") — set value: ${found} (or auto) for this image, or point key at ${SHAPE_NAMES[wanted]}`);
}
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

/***/ 64183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ kustomizeImages),
/* harmony export */   r9: () => (/* binding */ kustomizeEdits)
/* harmony export */ });
/* unused harmony export KUSTOMIZE_FIELDS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87950);


const KUSTOMIZE_FIELDS = ['newName', 'newTag', 'digest'];
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
function kustomizeEdits(y, name, patch) {
    const entry = kustomizeImages(y).find((i) => i.name === name);
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

/***/ 19452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cC: () => (/* reexport */ planOverlayEdit),
  re: () => (/* binding */ readOverlay),
  vP: () => (/* binding */ writeOverlayEdits)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/overlay/atomic-write.ts



async function stageWrite(file, content) {
    const target = await (0,promises_.realpath)(file);
    const mode = (await (0,promises_.stat)(target)).mode & 0o7777;
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.image-promote-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, 'wx', mode);
    try {
        await handle.writeFile(content);
        await handle.sync();
    }
    catch (err) {
        await handle.close();
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
    await handle.close();
    await (0,promises_.chmod)(temp, mode);
    let committed = false;
    return {
        file: target,
        async commit() {
            await (0,promises_.rename)(temp, target);
            committed = true;
        },
        async discard() {
            if (!committed)
                await (0,promises_.rm)(temp, { force: true });
        },
    };
}

// EXTERNAL MODULE: ./src/overlay/state.ts + 1 modules
var overlay_state = __webpack_require__(94054);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
// EXTERNAL MODULE: ./src/overlay/byte-text.ts
var byte_text = __webpack_require__(14950);
// EXTERNAL MODULE: ./src/overlay/documents.ts
var documents = __webpack_require__(15354);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(12875);
// EXTERNAL MODULE: ./src/overlay/key-path-image.ts
var key_path_image = __webpack_require__(10987);
// EXTERNAL MODULE: ./src/overlay/kustomize.ts
var kustomize = __webpack_require__(64183);
// EXTERNAL MODULE: ./src/tags/policy.ts + 1 modules
var policy = __webpack_require__(27251);
// EXTERNAL MODULE: ./src/overlay/value-shape.ts
var value_shape = __webpack_require__(28685);
// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __webpack_require__(87950);
;// CONCATENATED MODULE: ./src/overlay/plan.ts











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
        const tagIssue = (0,reference/* tagProblem */.qH)(update.tag);
        if (tagIssue)
            throw new errors/* UserError */.yo(`${at}: tag "${update.tag}" is not valid: ${tagIssue}`);
    }
    if (update.digest !== undefined) {
        const digestIssue = (0,reference/* digestProblem */.WQ)(update.digest);
        if (digestIssue)
            throw new errors/* UserError */.yo(`${at}: digest "${update.digest}" is not valid: ${digestIssue}`);
    }
    try {
        (0,reference/* parseRepositoryName */.$M)(update.repository);
    }
    catch (err) {
        if (err instanceof reference/* ReferenceError */.AF) {
            throw new errors/* UserError */.yo(`${at}: repository "${update.repository}" is not valid: ${err.reason}`);
        }
        throw err;
    }
}
function spelled(repository) {
    return (0,reference/* parseRepositoryName */.$M)(repository).familiar;
}
function pinned(update, shape, options, overlay) {
    if (shape === 'digest' || update.tag === undefined)
        return false;
    if (update.pin && update.digest !== undefined)
        return true;
    const tag = update.tag;
    const mutable = !options.isImmutable(tag);
    if (!options.pinDigest && !mutable)
        return false;
    if (update.digest === undefined) {
        throw new errors/* UserError */.yo(options.pinDigest && !mutable
            ? `${what(update, overlay)}: pin-digest is on but the digest of ${tag} is not known`
            : `${what(update, overlay)}: ${(0,policy/* mutableTagRefusal */.xo)(`"${tag}" is not an immutable tag`, 'its digest is not known here; deploy an immutable tag (a commit tag like sha-1a2b3c4, or a release)')}`);
    }
    return true;
}
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
function planKustomize(state, source, current, updates, options) {
    const { overlay } = state;
    const y = (0,yaml_edit/* parseYaml */.hN)(source.text, overlay.path);
    const entries = (0,kustomize/* kustomizeImages */.Aw)(y);
    const edits = [];
    const expected = new Map();
    for (const u of updates) {
        const entry = entries.find((e) => e.name === u.image.name);
        if (!entry && !options.createMissing) {
            throw new errors/* UserError */.yo(`image ${u.image.name} is not in ${overlay.path}: its images: list names ${someOf(entries.map((e) => e.name))} — fix the image name, add an entry for it, or set create-missing: true to have one added`);
        }
        if (u.image.value === 'reference') {
            throw new errors/* UserError */.yo(`${what(u, overlay)}: the image has value: reference, but a kustomization's images: entries hold newName, newTag and digest — use value: auto (or tag, or digest) for this image`);
        }
        const was = current.get(u.image.name)?.value ?? {};
        let shape = u.image.value === 'auto' ? (current.get(u.image.name)?.shape ?? 'tag') : u.image.value;
        if (shape === 'tag' && u.tag === undefined)
            shape = 'digest';
        const pin = pinned(u, shape, options, overlay);
        const keepName = (0,value_shape/* sameRepository */.RB)(entry ? (entry.newName ?? entry.name) : u.image.name, u.repository);
        const backToName = !keepName && entry !== undefined && (0,value_shape/* sameRepository */.RB)(entry.name, u.repository);
        const newName = keepName
            ? 'keep'
            : backToName
                ? 'remove'
                : { set: spelled(u.repository) };
        const after = {};
        const repository = keepName ? was.repository : backToName ? undefined : spelled(u.repository);
        if (repository !== undefined)
            after.repository = repository;
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new errors/* UserError */.yo(`${what(u, overlay)}: its entry holds a digest only, and the digest of ${u.tag ?? '?'} is not known`);
            }
            edits.push(...(0,kustomize/* kustomizeEdits */.r9)(y, u.image.name, {
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
            edits.push(...(0,kustomize/* kustomizeEdits */.r9)(y, u.image.name, { newName, newTag: { set: tag }, digest }));
            after.tag = tag;
            if (pin)
                after.digest = u.digest;
            else if (digest === 'keep' && was.digest !== undefined)
                after.digest = was.digest;
        }
        expected.set(u.image.name, after);
    }
    const after = edits.length === 0 ? source : (0,yaml_edit/* editYaml */.aL)(source, overlay.path, edits);
    return { after, expected };
}
function notNamed(doc, u, key) {
    const keys = doc.keys();
    const likely = keys.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
    const shown = likely.length > 0 ? likely : keys;
    return new errors/* UserError */.yo(`${doc.file} has no "${key}" for image ${u.image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(shown)}) — fix key, add the key to the file, or set create-missing: true to have it added`);
}
function checkDigestPlace(doc, u, key, digestKey) {
    if (doc.has(digestKey))
        return;
    const why = key.length === 1
        ? `"${(0,key_path/* formatKeyPath */.K7)(key)}" is at the top level, where a "digest" key would be a setting of its own`
        : (0,key_path/* hasSelector */.mh)(key)
            ? `"${(0,key_path/* formatKeyPath */.K7)(key)}" is a field of a list element (a manifest), where a "digest" field is not read`
            : undefined;
    if (why === undefined)
        return;
    throw new errors/* UserError */.yo(`${what(u, { path: doc.file })}: the digest must be written (pin-digest, or a tag that moves) but there is no place for it: ${why} — set value: reference to write repository:tag@digest in one value, or add a "${(0,key_path/* formatKeyPath */.K7)(digestKey)}" key`);
}
function checkShapeAt(u, overlay, keys, shape) {
    if (shape !== 'tag')
        return;
    const key = (0,key_path/* formatKeyPath */.K7)(keys.value);
    if ((0,value_shape/* readShape */._f)('tag', keys.value) === 'reference') {
        throw new errors/* UserError */.yo(`${what(u, overlay)}: "${key}" is a key named image, where a bare word is read as an image name (image: nginx), so a tag alone cannot be written there — set value: reference (or auto) for this image to write repository:tag, or point key at a tag key`);
    }
    if ((0,key_path/* formatKeyPath */.K7)(keys.digest) === key) {
        throw new errors/* UserError */.yo(`${what(u, overlay)}: "${key}" is a key named digest, where the digest next to a tag is read from, so a tag cannot be written there — set value: digest (or auto) for this image, or point key at the tag key`);
    }
}
function planKeyPaths(state, source, format, updates, options) {
    const { overlay } = state;
    const doc = (0,documents/* openDocument */.E)(format, source, overlay.path);
    const sets = [];
    const byPath = new Map();
    const expected = new Map();
    const write = (u, path, value) => {
        const key = (0,key_path/* formatKeyPath */.K7)(path);
        const other = byPath.get(key);
        if (other && other.value !== value && other.image === u.image.name) {
            throw new errors/* UserError */.yo(`${what(u, overlay)}: it would write both "${other.value}" and "${value}" to "${key}" — its key, repository-key and the digest key next to a tag must be different keys`);
        }
        if (other && other.value !== value) {
            throw new errors/* UserError */.yo(`images ${other.image} and ${u.image.name} share "${key}" in ${overlay.path} but would write different values there ("${other.value}", "${value}") — give each image its own key, or deploy them together with the same tag`);
        }
        if (!other) {
            byPath.set(key, { value, image: u.image.name });
            sets.push({ path, value });
        }
    };
    for (const u of updates) {
        const { key, repositoryKey } = u.image;
        if (key === undefined) {
            throw new errors/* UserError */.yo(`${what(u, overlay)}: it is a ${format} file and the image has no key (e.g. key: image.tag)`);
        }
        const keys = (0,key_path_image/* imageKeys */.A8)(key, repositoryKey);
        const current = (0,key_path_image/* readKeyPathImage */.ek)(doc, u.image, []);
        if (!current.found && !doc.has(keys.value) && !options.createMissing) {
            throw notNamed(doc, u, key);
        }
        const shape = u.image.value === 'auto' ? (current.shape ?? (0,value_shape/* newKeyShape */.D$)(keys.value)) : u.image.value;
        checkShapeAt(u, overlay, keys, shape);
        const pin = pinned(u, shape, options, overlay);
        const after = {};
        if (shape === 'reference') {
            const was = current.shape === 'reference' ? current.value.repository : undefined;
            const repository = was !== undefined && (0,value_shape/* sameRepository */.RB)(was, u.repository) ? was : spelled(u.repository);
            const digest = pin || u.tag === undefined ? u.digest : undefined;
            const value = (0,value_shape/* renderReference */.Wj)(repository, u.tag, digest);
            write(u, keys.value, value);
            expected.set(u.image.name, (0,value_shape/* splitReference */.mQ)(value) ?? {});
            continue;
        }
        if (keys.repository) {
            const was = doc.value(keys.repository)?.text;
            if ((0,value_shape/* sameRepository */.RB)(was, u.repository)) {
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
                throw new errors/* UserError */.yo(`${what(u, overlay)}: "${key}" holds a digest, and the digest of ${u.tag ?? '?'} is not known`);
            }
            write(u, keys.value, u.digest);
            after.digest = u.digest;
        }
        else {
            if (u.tag === undefined) {
                throw new errors/* UserError */.yo(`${what(u, overlay)}: only its digest is known, and "${key}" holds a tag — set value: digest or value: reference for this image`);
            }
            write(u, keys.value, u.tag);
            after.tag = u.tag;
            const wasDigest = (0,key_path_image/* siblingDigest */.Xd)(doc, keys);
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
                write(u, keys.digest, '');
            }
            else if (was.digest !== undefined) {
                after.digest = was.digest;
            }
        }
        expected.set(u.image.name, after);
    }
    const after = sets.length === 0 ? source : doc.edit(sets);
    return { after, expected };
}
function sameValue(a, b) {
    return a?.repository === b?.repository && a?.tag === b?.tag && a?.digest === b?.digest;
}
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
    const source = byte_text/* ByteText */.__.fromBytes(state.bytes);
    const before = (0,overlay_state/* readOverlayText */.e)(state.bytes, resolved, images).images;
    const planned = format === 'kustomize'
        ? planKustomize(state, source, before, updates, options)
        : planKeyPaths(state, source, format, updates, options);
    const after = planned.after.bytes(overlay.path);
    const changed = !after.equals(state.bytes);
    const now = changed ? (0,overlay_state/* readOverlayText */.e)(after, resolved, images).images : before;
    const changes = [];
    for (const u of updates) {
        const was = before.get(u.image.name);
        const is = now.get(u.image.name);
        const want = planned.expected.get(u.image.name);
        if (!is?.found || !want || !sameValue(is.value, want)) {
            throw new errors/* UserError */.yo(`refusing to write ${overlay.path}: image ${u.image.name} would read as ${is?.found ? formatImageValue(is.value) : 'missing'} instead of ${want ? formatImageValue(want) : '?'}; the file was not changed (please report this)`);
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
    return { overlay, format, before: state.bytes, after, changed, changes };
}

;// CONCATENATED MODULE: ./src/overlay/overlay-files.ts







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
    return new errors/* UserError */.yo(kind === 'a directory'
        ? `overlay ${overlay.path} is a directory — name the file (e.g. ${overlay.path}/kustomization.yaml)`
        : `overlay ${overlay.path} is ${kind}, not a regular file — point "overlay" at the file itself`);
}
async function readOverlayFile(overlay) {
    const failed = (err) => {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} does not exist — check the path in "overlay"`);
        }
        if (code === 'ELOOP')
            throw new errors/* UserError */.yo(`overlay ${overlay.path} is a symlink loop`);
        throw new errors/* UserError */.yo(`cannot read overlay ${overlay.path}: ${code ?? String(err)}`);
    };
    const link = await (0,promises_.lstat)(overlay.file).catch(failed);
    const info = link.isSymbolicLink() ? await (0,promises_.stat)(overlay.file).catch(failed) : link;
    const kind = kindOf(info);
    if (kind !== undefined)
        throw notAFile(overlay, kind);
    const handle = await (0,promises_.open)(overlay.file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch(failed);
    try {
        const opened = await handle.stat();
        const openedKind = kindOf(opened);
        if (openedKind !== undefined || !opened.isFile())
            throw notAFile(overlay, openedKind ?? 'not a regular file');
        if (opened.size > MAX_OVERLAY_BYTES) {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} is ${opened.size} bytes; image-promote edits overlays up to ${MAX_OVERLAY_BYTES} bytes`);
        }
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
async function readOverlay(overlay, images) {
    const [bytes] = await Promise.all([readOverlayFile(overlay), (0,overlay_state/* loadOverlayFormat */.o)(overlay)]);
    return (0,overlay_state/* readOverlayText */.e)(bytes, overlay, images);
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && !rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel);
}
async function checkTarget(edit, root) {
    const { overlay } = edit;
    let real;
    try {
        real = await (0,promises_.realpath)(overlay.file);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo(`cannot write overlay ${overlay.path}: ${code === 'ENOENT' ? 'it no longer exists' : (code ?? String(err))}`);
    }
    if (!inside(root, real)) {
        throw new errors/* UserError */.yo(`refusing to write overlay ${overlay.path}: it resolves to ${real}, outside ${root} (a symlink out of the repository?) — nothing was written`);
    }
    const info = await (0,promises_.lstat)(real);
    const kind = kindOf(info);
    if (kind !== undefined || !info.isFile()) {
        throw new errors/* UserError */.yo(`refusing to write overlay ${overlay.path}: it is ${kind ?? 'not a regular file'} — nothing was written`);
    }
    return real;
}
async function realRoot(root) {
    try {
        return await (0,promises_.realpath)(root);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`cannot write overlays: ${root} is not readable (${err.code ?? String(err)})`);
    }
}
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
        if (!(await readOverlayFile(edit.overlay)).equals(edit.before)) {
            throw new errors/* UserError */.yo(`${edit.overlay.path} changed while image-promote was editing it — run again`);
        }
    }
    const staged = [];
    try {
        for (const [real, edit] of targets)
            staged.push({ write: await stageWrite(real, edit.after), edit });
        const done = [];
        try {
            for (const { write, edit } of staged) {
                const real = await checkTarget(edit, root);
                if (real !== write.file) {
                    throw new errors/* UserError */.yo(`refusing to write overlay ${edit.overlay.path}: it now resolves to ${real}, not ${write.file} — run again`);
                }
                await write.commit();
                done.push({ real, edit });
            }
        }
        catch (err) {
            for (const { real, edit } of done)
                await (await stageWrite(real, edit.before)).commit();
            throw err;
        }
    }
    finally {
        await Promise.all(staged.map((s) => s.write.discard()));
    }
    return changed.map((e) => e.overlay.path);
}


/***/ }),

/***/ 94054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ loadOverlayFormat),
  e: () => (/* binding */ readOverlayText)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
// EXTERNAL MODULE: ./src/overlay/byte-text.ts
var byte_text = __webpack_require__(14950);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __webpack_require__(5284);
// EXTERNAL MODULE: ./src/overlay/documents.ts
var documents = __webpack_require__(15354);
// EXTERNAL MODULE: ./src/overlay/key-path-image.ts
var key_path_image = __webpack_require__(10987);
// EXTERNAL MODULE: ./src/overlay/kustomize.ts
var kustomize = __webpack_require__(64183);
;// CONCATENATED MODULE: ./src/overlay/kustomization-files.ts
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __webpack_require__(87950);
;// CONCATENATED MODULE: ./src/overlay/state.ts










function looksLikeKustomization(y) {
    const data = y.data;
    if (!(0,data_path/* isRecord */.u4)(data))
        return false;
    if ((data.kind === 'Kustomization' || data.kind === 'Component') &&
        typeof data.apiVersion === 'string' &&
        data.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return true;
    }
    const images = data.images;
    return (Array.isArray(images) &&
        images.length > 0 &&
        images.every((i) => (0,data_path/* isRecord */.u4)(i) && typeof i.name === 'string'));
}
function formatByName(path) {
    const name = (0,external_node_path_.basename)(path);
    if (KUSTOMIZATION_FILES.includes(name))
        return 'kustomize';
    const lower = name.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.tfvars'))
        return 'tfvars';
    return undefined;
}
async function loadOverlayFormat(overlay) {
    const given = overlay.format;
    await (0,documents/* loadFormats */.n)([given === 'auto' ? (formatByName(overlay.path) ?? 'yaml') : given]);
}
function resolveFormat(text, overlay, images) {
    const given = overlay.format;
    if (given === 'helm')
        return { format: 'yaml' };
    if (given === 'kustomize') {
        if (formatByName(overlay.path) === 'kustomize')
            return { format: 'kustomize' };
        const yaml = (0,yaml_edit/* parseYaml */.hN)(text, overlay.path);
        if (yaml.data === null || yaml.data === undefined || looksLikeKustomization(yaml)) {
            return { format: 'kustomize', yaml };
        }
        throw new errors/* UserError */.yo(`${overlay.path} is not a kustomization: it is not named kustomization.yaml and has no kind: Kustomization and no images: list — kustomize images are set in a kustomization; for a Helm values, YAML, JSON or tfvars file give each image its key`);
    }
    if (given !== 'auto')
        return { format: given };
    const byName = formatByName(overlay.path);
    if (byName)
        return { format: byName };
    const yaml = (0,yaml_edit/* parseYaml */.hN)(text, overlay.path);
    if (looksLikeKustomization(yaml))
        return { format: 'kustomize', yaml };
    if (images.some((i) => i.key !== undefined))
        return { format: 'yaml', yaml };
    const names = images.map((i) => i.name).join(', ');
    throw new errors/* InputError */.dz('overlay-format', `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list), not .json or .tfvars, and no image (${names}) has a key`, `give each image the key path of its value in ${overlay.path} (images' key; on the command line --key NAME=PATH), or set overlay-format`);
}
function checkValues(state, path, warnings) {
    const { tag, digest } = state.value;
    const tagIssue = tag === undefined ? undefined : (0,reference/* tagProblem */.qH)(tag);
    if (tagIssue) {
        warnings.push(`${path}: image ${state.name} has tag "${(0,byte_text/* printable */.g$)(tag ?? '')}", which is not a valid tag: ${tagIssue}`);
    }
    const digestIssue = digest === undefined ? undefined : (0,reference/* digestProblem */.WQ)(digest);
    if (digestIssue) {
        warnings.push(`${path}: image ${state.name} has digest "${(0,byte_text/* printable */.g$)(digest ?? '')}", which is not valid: ${digestIssue}`);
    }
}
function kustomizeState(source, y, overlay, images) {
    const entries = (0,kustomize/* kustomizeImages */.Aw)(y);
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
function readOverlayText(content, overlay, images) {
    const source = typeof content === 'string' ? byte_text/* ByteText */.__.fromString(content) : byte_text/* ByteText */.__.fromBytes(content);
    (0,byte_text/* checkEncoding */.SP)(source.original, overlay.path);
    const { text } = source;
    const { format, yaml } = resolveFormat(text, overlay, images);
    let state;
    if (format === 'kustomize') {
        state = kustomizeState(source, yaml ?? (0,yaml_edit/* parseYaml */.hN)(text, overlay.path), overlay, images);
    }
    else {
        const doc = (0,documents/* openDocument */.E)(format, source, overlay.path, yaml);
        const warnings = [];
        const states = new Map();
        for (const image of images)
            states.set(image.name, (0,key_path_image/* readKeyPathImage */.ek)(doc, image, warnings));
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

/***/ 68644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ tooDeep),
/* harmony export */   Dp: () => (/* binding */ lineIndex),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   p0: () => (/* binding */ lineIndent)
/* harmony export */ });
const MAX_NESTING = 256;
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
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}


/***/ }),

/***/ 28685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ newKeyShape),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wj: () => (/* binding */ renderReference),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   mQ: () => (/* binding */ splitReference)
/* harmony export */ });
/* unused harmony export isDigestValue */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12875);


function isDigestValue(text) {
    return /^[a-z0-9]+:[0-9a-f]+$/.test(text) && (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ)(text) === undefined;
}
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
function readShape(text, key) {
    if (isDigestValue(text))
        return 'digest';
    if (text !== text.trim() || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(text).ok)
        return 'tag';
    if (/[/:@]/.test(text))
        return 'reference';
    return lastKey(key)?.toLowerCase() === 'image' ? 'reference' : 'tag';
}
function newKeyShape(key) {
    const name = lastKey(key)?.toLowerCase();
    if (name === 'image')
        return 'reference';
    if (name === 'digest')
        return 'digest';
    return 'tag';
}
function renderReference(repository, tag, digest) {
    return (repository + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`));
}
function sameRepository(written, verified) {
    if (written === undefined)
        return false;
    const a = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(written);
    if (!a.ok || a.ref.tag !== undefined || a.ref.digest !== undefined)
        return false;
    return a.ref.name === (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepositoryName */ .$M)(verified).name;
}


/***/ }),

/***/ 87950:
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __webpack_require__(12875);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __webpack_require__(5284);
// EXTERNAL MODULE: ./src/overlay/byte-text.ts
var byte_text = __webpack_require__(14950);
;// CONCATENATED MODULE: ./src/overlay/scalar-style.ts

const PLAIN_RE = /^[A-Za-z0-9_./](?:[A-Za-z0-9_./@+-]|:(?=[A-Za-z0-9_./@+-])| (?=[A-Za-z0-9_./@+-]))*$/;
function readsBackAs(text, version) {
    try {
        return (0,dist/* parse */.qg)(text, { version });
    }
    catch {
        return undefined;
    }
}
function isSafePlain(value, flow = false) {
    if (!PLAIN_RE.test(value))
        return false;
    if (flow && value.includes(':'))
        return false;
    return readsBackAs(value, '1.2') === value && readsBackAs(value, '1.1') === value;
}
function doubleQuoted(value) {
    return JSON.stringify(value);
}
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
var text_offsets = __webpack_require__(68644);
;// CONCATENATED MODULE: ./src/overlay/yaml-edit.ts








class YamlError extends errors/* UserError */.yo {
    name = 'YamlError';
}
const STR_TAG = 'tag:yaml.org,2002:str';
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
function checkYamlCharacters(text, file) {
    const bare = /\r(?!\n)/.exec(text);
    if (!bare)
        return;
    const line = text.slice(0, bare.index).split(/\r\n|\n/).length;
    throw new YamlError(`${file}:${line}: holds a carriage return that is not followed by a line feed; image-promote edits files whose lines end in LF or CRLF — fix the line ending`);
}
function parseYaml(text, file) {
    checkYamlCharacters(text, file);
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
function scalarText(y, node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    const [start, end] = rangeOf(node);
    return y.text.slice(start, end);
}
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
function lineEndAfter(text, pos) {
    if (pos > 0 && text[pos - 1] === '\n')
        return pos;
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl + 1;
}
function pairContentEnd(pair) {
    return pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
}
function emptyTarget(y, path, depth, node, parent, unit) {
    let remove;
    if ((0,dist/* isScalar */.jn)(node)) {
        const [start, end] = rangeOf(node);
        if (end > start) {
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
    for (const [depth, seg] of path.entries()) {
        if (node === null || isNullScalar(node))
            return emptyTarget(y, path, depth, node, parent, unit);
        if ((0,dist/* isAlias */.Vj)(node)) {
            throw new YamlError(`${where(y, path.slice(0, depth), node)} is an alias (*${node.source}); image-promote does not write through aliases — change the anchored value, or write the value out in full`);
        }
        if ((0,dist/* isMap */.jh)(node)) {
            flow ||= node.flow === true;
            const index = ownPairIndex(node, String(seg));
            if (index === -1)
                return { kind: 'missing', depth, map: node, flow };
            const pair = node.items[index];
            parent = { map: node, pair, index };
            node = pair.value;
            continue;
        }
        if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            flow ||= node.flow === true;
            const item = node.items[seg];
            if (item === undefined) {
                throw new YamlError(`${where(y, path.slice(0, depth), node)} has ${node.items.length} items, so there is no item ${seg}`);
            }
            parent = undefined;
            node = item;
            continue;
        }
        throw new YamlError(`${where(y, path.slice(0, depth), node)} is ${describeNode(node)}, not a mapping, so it has no key "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
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
    if (node.tag !== undefined && node.tag !== STR_TAG && node.tag !== '!') {
        throw new YamlError(`${where(y, path, node)} has the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}; image-promote writes plain string values — remove the tag`);
    }
    const [start, end] = rangeOf(node);
    const old = y.text.slice(start, end);
    let text = renderScalar(value, node.value === null ? undefined : type, target.flow);
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
    const fail = (why) => new YamlError(`${before.file}: refusing to write "${(0,key_path/* formatKeyPath */.K7)(edit.path)}": the edit ${why}; the file was not changed`);
    let after;
    try {
        after = parseYaml(text, before.file);
    }
    catch (err) {
        throw fail(`produced invalid YAML (${err instanceof Error ? err.message : String(err)})`);
    }
    const node = readNode(after, edit.path);
    if (edit.op === 'set' && !((0,dist/* isScalar */.jn)(node) && node.value === edit.value))
        throw fail('did not write the value (please report this)');
    if (edit.op === 'delete' && locate(after, edit.path, () => 2).kind === 'found')
        throw fail('did not remove the key (please report this)');
    if (edit.op === 'append' && !(0,dist/* isSeq */.oP)(node))
        throw fail('did not write a list (please report this)');
    if (!(0,external_node_util_.isDeepStrictEqual)(after.data, expectedData(before.data, edit))) {
        throw fail(before.hasAnchors
            ? 'would change other values as well: another place reads it through an alias or a << merge — give that place its own value, or write the value out in full'
            : 'changed more than that value (please report this)');
    }
    return after;
}
function resolveSelectors(y, path) {
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


/***/ })

};
