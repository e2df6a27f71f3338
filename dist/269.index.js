export const id = 269;
export const ids = [269];
export const modules = {

/***/ 18269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JsonError: () => (/* binding */ JsonError),
/* harmony export */   editJson: () => (/* binding */ editJson),
/* harmony export */   jsonNode: () => (/* binding */ jsonNode),
/* harmony export */   jsonValue: () => (/* binding */ jsonValue),
/* harmony export */   parseJson: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5284);
/* harmony import */ var _byte_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14950);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12875);
/* harmony import */ var _text_offsets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68644);





class JsonError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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
        if (depth >= _text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NESTING */ .M1 && (this.text[this.pos] === '{' || this.text[this.pos] === '[')) {
            this.deep(this.pos);
        }
        const t = this.text;
        const start = this.pos;
        const c = t[start];
        if (c === '{' || c === '[')
            return this.collection(depth);
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
        return this.fail(start, c === undefined ? 'unexpected end of file' : `unexpected "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(c)}"`);
    }
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
    collection(depth) {
        const start = this.pos;
        const isObject = this.text[start] === '{';
        const close = isObject ? '}' : ']';
        const members = [];
        const items = [];
        const done = () => isObject
            ? { kind: 'object', start, end: this.pos, members }
            : { kind: 'array', start, end: this.pos, items };
        this.pos++;
        this.ws();
        if (this.text[this.pos] === close) {
            this.pos++;
            return done();
        }
        for (;;) {
            if (isObject)
                members.push(this.member(depth));
            else
                items.push(this.value(depth + 1));
            this.ws();
            const c = this.text[this.pos];
            this.pos++;
            if (c === close)
                return done();
            if (c !== ',')
                this.fail(this.pos - 1, `expected "," or "${close}"`);
        }
    }
    member(depth) {
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
        return { key, keyStart, keyEnd, value: this.value(depth + 1) };
    }
}
function parseJson(text, file) {
    const lines = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndex */ .Dp)(text);
    const fail = (offset, why) => {
        throw new JsonError(`${file}:${lines.line(offset)}:${lines.column(offset)}: invalid JSON: ${why} — fix the file first`);
    };
    const deep = (offset) => {
        throw new JsonError((0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeep */ .DI)(`${file}:${lines.line(offset)}:${lines.column(offset)}`));
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
    const name = path.length === 0 ? 'the document' : `"${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(path)}"`;
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
function locate(f, path) {
    let node = f.root;
    const concrete = [];
    for (const [depth, seg] of path.entries()) {
        const here = path.slice(0, depth);
        if (node.kind === 'object' && !(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelector */ .cB)(seg)) {
            const i = memberIndex(f, node, String(seg), path.slice(0, depth + 1));
            const member = i === undefined ? undefined : node.members[i];
            if (!member)
                return { kind: 'missing', depth, obj: node, path: [...concrete, ...path.slice(depth)] };
            concrete.push(String(seg));
            node = member.value;
            continue;
        }
        if (node.kind === 'array' && (typeof seg === 'number' || (0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelector */ .cB)(seg))) {
            const i = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelector */ .cB)(seg) ? selectItem(f, node, seg, path.slice(0, depth + 1)) : seg;
            const item = i === undefined ? undefined : node.items[i];
            if (item === undefined || i === undefined) {
                throw new JsonError((0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelector */ .cB)(seg)
                    ? `${where(f, here, node)} has no element with "${seg.field}": "${seg.equals}"; image-promote does not add list elements — add it to the file first`
                    : `${where(f, here, node)} has ${node.items.length} items, so there is no item ${String(seg)}`);
            }
            concrete.push(i);
            node = item;
            continue;
        }
        throw new JsonError(`${where(f, here, node)} is ${describe(node)}, not ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelector */ .cB)(seg) || typeof seg === 'number' ? 'a list' : 'an object'}, so it has no ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelector */ .cB)(seg) ? 'element' : 'key'} "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)([seg])}"`);
    }
    return { kind: 'found', node, path: concrete };
}
function jsonNode(f, path) {
    const found = locate(f, path);
    return found.kind === 'found' ? found.node : undefined;
}
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
                    const outer = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, node.start);
                    const inner = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, first.keyStart);
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
        const indent = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, first.keyStart);
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
    if (style.unit !== undefined && isMultiline(f, f.root)) {
        const outer = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, obj.start);
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
                throw new JsonError(`${where(f, set.path.slice(0, found.depth))} has no "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(rest)}" and image-promote does not add list elements — add it to the file first`);
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
function editJson(input, file, sets) {
    return (0,_data_path_js__WEBPACK_IMPORTED_MODULE_1__/* .editChecked */ .gW)(input, sets, {
        file,
        parse: (t) => parseJson(t, file),
        plan: planSet,
        invalid: 'invalid JSON',
        refuse: (message) => new JsonError(message),
    });
}


/***/ })

};
