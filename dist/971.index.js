export const id = 971;
export const ids = [971];
export const modules = {

/***/ 99971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadSavedImage: () => (/* binding */ uploadSavedImage)
/* harmony export */ });
/* unused harmony exports OCI_CONFIG_MEDIA_TYPE, LAYER_MEDIA_TYPES, listTar */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98286);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10506);








const BLOCK = 512;
const MAX_JSON_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 1_000_000;
const MAX_LINK_HOPS = 8;
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const LAYER_MEDIA_TYPES = {
    tar: 'application/vnd.oci.image.layer.v1.tar',
    gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
};
function problem(detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`the image docker saved cannot be read: ${detail}`);
}
function text(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
function number(block, start, length) {
    const field = block.subarray(start, start + length);
    if (((field[0] ?? 0) & 0x80) !== 0) {
        let value = (field[0] ?? 0) & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return value;
    }
    const digits = text(block, start, length).trim();
    if (digits === '')
        return 0;
    if (!/^[0-7]+$/.test(digits))
        throw problem(`a tar header holds "${digits}" where a number goes`);
    return parseInt(digits, 8);
}
function paxRecords(body) {
    const out = new Map();
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = Number(body.subarray(at, space).toString('ascii'));
        if (!Number.isSafeInteger(length) || length <= 0)
            break;
        const record = body.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    return out;
}
function normalize(name) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.posix
        .normalize(name)
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
}
const TYPE_FLAGS = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '2': 'symlink',
    '5': 'directory',
};
async function listTar(file) {
    const entries = new Map();
    const { size: total } = await file.stat();
    const header = Buffer.alloc(BLOCK);
    let offset = 0;
    let longName;
    let longLink;
    let pax = new Map();
    while (offset + BLOCK <= total) {
        const { bytesRead } = await file.read(header, 0, BLOCK, offset);
        if (bytesRead < BLOCK)
            throw problem('the archive ends inside a header');
        if (header.every((b) => b === 0))
            break;
        const size = number(header, 124, 12);
        const flag = String.fromCharCode(header[156] ?? 0);
        const start = offset + BLOCK;
        if (start + size > total)
            throw problem('the archive ends inside a member');
        offset = start + Math.ceil(size / BLOCK) * BLOCK;
        if (flag === 'L' || flag === 'K' || flag === 'x') {
            if (size > MAX_JSON_BYTES)
                throw problem('an extended header is too large');
            const body = Buffer.alloc(size);
            await file.read(body, 0, size, start);
            if (flag === 'L')
                longName = text(body, 0, size);
            else if (flag === 'K')
                longLink = text(body, 0, size);
            else
                pax = paxRecords(body);
            continue;
        }
        if (flag === 'g')
            continue;
        const prefix = text(header, 345, 155);
        const short = text(header, 0, 100);
        const name = normalize(pax.get('path') ?? longName ?? (prefix !== '' ? `${prefix}/${short}` : short));
        const link = pax.get('linkpath') ?? longLink ?? text(header, 157, 100);
        const type = TYPE_FLAGS[flag] ?? 'other';
        entries.set(name, {
            name,
            type,
            offset: start,
            size,
            ...(type === 'symlink' ? { link } : {}),
        });
        if (entries.size > MAX_ENTRIES)
            throw problem(`it has more than ${MAX_ENTRIES} members`);
        longName = undefined;
        longLink = undefined;
        pax = new Map();
    }
    return entries;
}
function member(entries, path) {
    let name = normalize(path);
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
        const entry = entries.get(name);
        if (!entry)
            throw problem(`manifest.json names ${path}, which is not in the archive`);
        if (entry.type === 'file')
            return entry;
        if (entry.type !== 'symlink' || entry.link === undefined) {
            throw problem(`${path} is not a file in the archive`);
        }
        name = normalize(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(name), entry.link));
    }
    throw problem(`${path} is a chain of more than ${MAX_LINK_HOPS} symlinks`);
}
async function readMember(file, entry) {
    if (entry.size > MAX_JSON_BYTES)
        throw problem(`${entry.name} is ${entry.size} bytes`);
    const bytes = Buffer.alloc(entry.size);
    await file.read(bytes, 0, entry.size, entry.offset);
    return bytes;
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw problem(`${what} is not JSON`);
    }
}
function savedManifest(json) {
    const only = Array.isArray(json) && json.length === 1 ? json[0] : undefined;
    if (typeof only !== 'object' || only === null) {
        throw problem('manifest.json does not describe exactly one image');
    }
    const { Config: config, Layers: layers } = only;
    if (typeof config !== 'string' || !Array.isArray(layers)) {
        throw problem('manifest.json has no Config and Layers');
    }
    if (!layers.every((l) => typeof l === 'string')) {
        throw problem('manifest.json lists a layer that is not a path');
    }
    return { config, layers };
}
function diffIds(config) {
    const rootfs = config?.rootfs;
    const ids = rootfs?.diff_ids;
    if (!Array.isArray(ids) || !ids.every((d) => typeof d === 'string')) {
        throw problem('the image config has no rootfs.diff_ids');
    }
    return ids;
}
async function layerBlob(path, file, entry, diffId) {
    const magic = Buffer.alloc(Math.min(4, entry.size));
    await file.read(magic, 0, magic.length, entry.offset);
    const range = { start: entry.offset, end: entry.offset + entry.size - 1 };
    const whole = async () => {
        const chunks = [];
        if (entry.size > 0)
            for await (const c of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, range))
                chunks.push(c);
        return Buffer.concat(chunks);
    };
    if (magic[0] === 0x1f && magic[1] === 0x8b) {
        return { bytes: await whole(), mediaType: LAYER_MEDIA_TYPES.gzip };
    }
    if (magic.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
        return { bytes: await whole(), mediaType: LAYER_MEDIA_TYPES.zstd };
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const gzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGzip)();
    const out = [];
    gzip.on('data', (c) => out.push(c));
    const done = new Promise((resolve, reject) => {
        gzip.on('end', resolve);
        gzip.on('error', reject);
    });
    if (entry.size > 0) {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, range)) {
            hash.update(chunk);
            if (!gzip.write(chunk))
                await new Promise((r) => gzip.once('drain', r));
        }
    }
    gzip.end();
    await done;
    const actual = `sha256:${hash.digest('hex')}`;
    if (actual !== diffId) {
        throw problem(`${entry.name} hashes to ${actual}, but the config says the layer is ${diffId}`);
    }
    return { bytes: Buffer.concat(out), mediaType: LAYER_MEDIA_TYPES.gzip };
}
async function uploadSavedImage(path, store, repository) {
    const repo = (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .withTagAndDigest */ .gh)(repository);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const entries = await listTar(file);
        const saved = savedManifest(parseJson(await readMember(file, member(entries, 'manifest.json')), 'manifest.json'));
        const configBytes = await readMember(file, member(entries, saved.config));
        const ids = diffIds(parseJson(configBytes, saved.config));
        if (ids.length !== saved.layers.length) {
            throw problem(`manifest.json lists ${saved.layers.length} layers, the config ${ids.length} diff_ids`);
        }
        const layers = [];
        for (const [i, layerPath] of saved.layers.entries()) {
            const blob = await layerBlob(path, file, member(entries, layerPath), ids[i] ?? '');
            const written = await store.writeBlob(repo, blob.bytes);
            layers.push({ mediaType: blob.mediaType, digest: written.digest, size: written.size });
        }
        const config = await store.writeBlob(repo, configBytes);
        const manifest = Buffer.from(JSON.stringify({
            schemaVersion: 2,
            mediaType: _registry_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA_TYPES */ .Z2.ociManifest,
            config: { mediaType: OCI_CONFIG_MEDIA_TYPE, digest: config.digest, size: config.size },
            layers,
        }));
        const digest = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestOf */ .ol)(manifest);
        const written = await store.writeManifest((0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .withTagAndDigest */ .gh)(repo, undefined, digest), {
            bytes: manifest,
            mediaType: _registry_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA_TYPES */ .Z2.ociManifest,
        });
        return written.descriptor;
    }
    finally {
        await file.close();
    }
}


/***/ })

};
