export const id = 118;
export const ids = [118];
export const modules = {

/***/ 82118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TfvarsError: () => (/* binding */ TfvarsError),
/* harmony export */   TfvarsOpaque: () => (/* binding */ TfvarsOpaque),
/* harmony export */   editTfvars: () => (/* binding */ editTfvars),
/* harmony export */   parseTfvars: () => (/* binding */ parseTfvars),
/* harmony export */   quoteHcl: () => (/* binding */ quoteHcl),
/* harmony export */   tfvarsHas: () => (/* binding */ tfvarsHas),
/* harmony export */   tfvarsValue: () => (/* binding */ tfvarsValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5284);
/* harmony import */ var _byte_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14950);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12875);
/* harmony import */ var _text_offsets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68644);





class TfvarsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'TfvarsError';
}
class TfvarsOpaque {
    what;
    raw;
    constructor(what, raw) {
        this.what = what;
        this.raw = raw;
    }
}
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
    templateEnd(from, stringStart) {
        const t = this.text;
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
                this.fail(key.start, `expected a variable name, found "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(this.src(key))}"`);
            }
            const eq = this.next(false);
            if (!eq || this.src(eq) !== '=') {
                const blockLike = eq && (this.src(eq) === '{' || eq.kind === 'string' || eq.kind === 'ident');
                this.fail(eq?.start ?? key.end, blockLike
                    ? `"${this.src(key)}" is a block; a variables file holds only name = value attributes`
                    : `expected "=" after "${this.src(key)}"`);
            }
            const value = this.expression(['nl'], 0);
            this.add(items, seen, this.src(key), key, eq, value, this.next(false));
        }
    }
    add(items, seen, name, key, eq, value, after, comma = false) {
        if (after && after.kind !== 'nl') {
            this.fail(after.start, `unexpected "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(this.src(after))}" after the value of "${name}"`);
        }
        const twin = seen.get(name);
        if (twin) {
            this.fail(key.start, `"${name}" is set twice (also on line ${this.line(twin.keyStart)}); Terraform refuses that — remove one`);
        }
        const item = { key: name, keyStart: key.start, keyEnd: key.end, eq: eq.start, value, comma };
        seen.set(name, item);
        items.push(item);
    }
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
                if (depth >= _text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NESTING */ .M1)
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
    objectKey(key) {
        if (key.kind === 'ident') {
            const after = this.peek(false);
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
                return this.fail(key.start, `unexpected "${(0,_byte_text_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(this.src(key))}" where an object key belongs`);
            }
            const name = this.objectKey(key);
            if (name === undefined)
                return undefined;
            const eq = this.next(false);
            if (!eq || (this.src(eq) !== '=' && this.src(eq) !== ':')) {
                return this.fail(eq?.start ?? key.end, `expected "=" after the key "${name}"`);
            }
            const value = this.expression(['nl', ',', '}'], depth);
            const after = this.peek(false);
            const comma = after?.kind === 'punct' && this.src(after) === ',';
            this.add(items, seen, name, key, eq, value, comma || after === close ? undefined : after, comma);
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
function parseTfvars(text, file) {
    const { line, column } = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndex */ .Dp)(text);
    const fail = (offset, why) => {
        throw new TfvarsError(`${file}:${line(offset)}:${column(offset)}: not a valid variables file: ${why} — fix the file first`);
    };
    const deep = (offset) => {
        throw new TfvarsError((0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .tooDeep */ .DI)(`${file}:${line(offset)}:${column(offset)}`));
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
        throw new TfvarsError(`${f.file}: key "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(path)}" has ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelector */ .cB)(seg) ? `a list selector [${seg.field}=${seg.equals}]` : `a list index ${seg}`}; in a variables file image-promote goes through objects only (name.key.key)`);
    });
}
function notPlain(f, path, value) {
    const raw = f.text.slice(value.start, value.end);
    const shown = (0,_byte_text_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(raw.length > 60 || raw.includes('\n') ? `${raw.split(/\r?\n/)[0]?.slice(0, 60) ?? ''}…` : raw);
    const what = value.kind === 'object' ? 'an object' : value.kind === 'other' ? value.what : 'a string';
    return new TfvarsError(`${f.file}:${f.line(value.start)}: "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(path)}" is ${what} (${shown}), not a plain "…" string; image-promote reads and writes only plain strings — write the value as a quoted string, or point the key at one`);
}
function locate(f, path) {
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
            throw new TfvarsError(`${f.file}:${f.line(item.value.start)}: "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(path.slice(0, depth + 1))}" is ${item.value.kind === 'string' ? 'a string' : item.value.what}, not an object, so it has no key "${keys[depth + 1] ?? ''}"`);
        }
        parent = item.value;
        items = item.value.items;
    }
    throw new Error('internal error: empty key path');
}
function tfvarsValue(f, path) {
    const found = locate(f, path);
    if (found.kind === 'missing')
        return undefined;
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, path, value);
    return { text: value.value, line: f.line(value.start) };
}
function tfvarsHas(f, path) {
    return locate(f, path).kind === 'found';
}
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
                const outer = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, item.keyStart);
                const inner = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, first.keyStart);
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
            const outer = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, object.start);
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
        const indent = (0,_text_offsets_js__WEBPACK_IMPORTED_MODULE_4__/* .lineIndent */ .p0)(f.text, last.keyStart);
        const width = alignedWidth(f, last, keys[0] ?? '');
        const item = renderItem(f, keys, value, indent, unit, true, false, width);
        return {
            start: lastLine,
            end: lastLine,
            text: `${indent}${item}${last.comma ? ',' : ''}${f.newline}`,
        };
    }
    const at = last.value.end;
    const item = renderItem(f, keys, value, '', unit, false, false, 0);
    if (last.comma) {
        const comma = f.text.indexOf(',', at);
        return { start: comma + 1, end: comma + 1, text: ` ${item},` };
    }
    return { start: at, end: at, text: `, ${item}` };
}
function planSet(f, set) {
    const { path } = set;
    const found = locate(f, path);
    if (found.kind === 'missing') {
        const rest = keyOf(path, f).slice(found.depth);
        return {
            splice: found.parent
                ? insertInObject(f, found.parent, rest, set.value)
                : insertAtTop(f, rest, set.value),
            path,
        };
    }
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, path, value);
    if (value.value === set.value)
        return { path };
    return { splice: { start: value.start, end: value.end, text: quoteHcl(set.value) }, path };
}
function editTfvars(input, file, sets) {
    return (0,_data_path_js__WEBPACK_IMPORTED_MODULE_1__/* .editChecked */ .gW)(input, sets, {
        file,
        parse: (t) => parseTfvars(t, file),
        plan: planSet,
        invalid: 'an invalid file',
        refuse: (message) => new TfvarsError(message),
    });
}


/***/ })

};
