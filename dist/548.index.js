export const id = 548;
export const ids = [548];
export const modules = {

/***/ 61882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ nextLink)
/* harmony export */ });
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m?.[1] !== undefined && /\brel\s*=\s*"?(?:[^"]*\s)?next(?:\s[^"]*)?"?/i.test(m[2] ?? '')) {
            return m[1];
        }
    }
    return undefined;
}


/***/ }),

/***/ 59548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OciArtifacts: () => (/* binding */ OciArtifacts)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27481);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58851);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10506);
/* harmony import */ var _http_link_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61882);
/* harmony import */ var _oci_wire_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89274);
/* harmony import */ var _referrers_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48358);
/* harmony import */ var _tag_precondition_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51802);








const MAX_REFERRER_PAGES = 20;
function toWrite(content, ref, ctx) {
    let parsed;
    try {
        parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(content.bytes, content.mediaType);
    }
    catch (err) {
        if (!(err instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh))
            throw err;
        throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(ctx, `refusing to write ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(ref)}: ${err.message}`);
    }
    return {
        bytes: content.bytes,
        mediaType: content.mediaType,
        digest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(content.bytes),
        parsed,
    };
}
function hasSubject(manifest) {
    try {
        const json = JSON.parse(manifest.bytes.toString('utf8'));
        return typeof json.subject === 'object' && json.subject !== null;
    }
    catch {
        return false;
    }
}
class OciArtifacts {
    oci;
    constructor(oci) {
        this.oci = oci;
    }
    async readManifest(ref) {
        this.oci.checkHost(ref);
        const fetched = await this.oci.fetchManifest(ref.path, (0,_oci_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestReference */ .T)(ref), [
            (0,_auth_js__WEBPACK_IMPORTED_MODULE_1__.pullScope)(ref.path),
        ]);
        return (fetched && { bytes: fetched.bytes, mediaType: fetched.mediaType, digest: fetched.digest });
    }
    async writeManifest(ref, content, options = {}) {
        const { oci } = this;
        oci.checkHost(ref);
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_1__.pushScope)(ref.path)];
        const manifest = toWrite(content, ref, oci.ctx('PUT manifest', ref.path));
        if (ref.digest !== undefined && ref.digest !== manifest.digest) {
            throw new Error(`writeManifest: the bytes hash to ${manifest.digest}, not ${ref.digest}`);
        }
        const tag = ref.digest === undefined ? ref.tag : undefined;
        if (tag === undefined) {
            const held = await oci.retry(oci.ctx('HEAD manifest', ref.path, manifest.digest), () => oci.headByDigest(ref.path, manifest.digest, scopes));
            if (held && !hasSubject(manifest)) {
                return { descriptor: (0,_oci_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .descriptorOf */ .n)(manifest), changed: false, subjectIndexed: false };
            }
            const answer = await oci.putManifest(ref.path, manifest.digest, manifest, scopes);
            await oci.confirmWrite(ref.path, manifest.digest, manifest, scopes, answer.claimed);
            return {
                descriptor: (0,_oci_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .descriptorOf */ .n)(manifest),
                changed: held === undefined,
                subjectIndexed: answer.subject !== undefined,
            };
        }
        oci.checkTag(tag, ref.path);
        const ctx = oci.ctx('PUT manifest', ref.path, tag);
        const current = await oci.fetchManifest(ref.path, tag, scopes, manifest.digest);
        (0,_tag_precondition_js__WEBPACK_IMPORTED_MODULE_5__/* .checkExpected */ .vi)(ctx, tag, current?.digest, options.expectCurrent);
        const unchanged = oci.checkOverwrite(current, (0,_oci_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .descriptorOf */ .n)(manifest), ref.path, tag, options);
        if (unchanged)
            return { ...unchanged, subjectIndexed: false };
        const answer = await oci.putManifest(ref.path, tag, manifest, scopes);
        const now = await oci.fetchManifest(ref.path, tag, scopes, manifest.digest);
        if (now?.digest !== manifest.digest) {
            if (now !== undefined && answer.claimed === now.digest) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(ctx, `the registry stored digest ${now.digest} instead of ${manifest.digest}`, 'the registry rewrote the manifest; its digest must not change');
            }
            throw (0,_tag_precondition_js__WEBPACK_IMPORTED_MODULE_5__/* .tagMoved */ .m7)(ctx, tag, manifest.digest, now?.digest);
        }
        return {
            descriptor: (0,_oci_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .descriptorOf */ .n)(manifest),
            changed: true,
            subjectIndexed: answer.subject !== undefined,
        };
    }
    async writeBlob(repo, bytes) {
        const { oci } = this;
        oci.checkHost(repo);
        const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(bytes);
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_1__.pushScope)(repo.path)];
        const ctx = oci.ctx('upload blob', repo.path, digest);
        if (await this.blobHeld(repo.path, digest, scopes))
            return { digest, size: bytes.length };
        const start = await oci.sendOk({
            method: 'POST',
            url: `${oci.options.endpoint}/v2/${repo.path}/blobs/uploads/`,
            headers: { 'Content-Length': '0' },
        }, scopes, ctx, 202);
        const location = start.headers.get('location');
        if (!location)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(ctx, 'the registry opened an upload without a Location');
        await oci.upload(location, repo.path, digest, bytes, String(bytes.length), scopes);
        if (!(await this.blobHeld(repo.path, digest, scopes))) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(ctx, 'the registry does not hold the blob after it accepted the upload', 'retry; if it persists, the registry is dropping writes');
        }
        return { digest, size: bytes.length };
    }
    readBlob(repo, digest) {
        return this.oci.readBlob(repo, digest);
    }
    async referrers(repo, digest, artifactType) {
        const { oci } = this;
        oci.checkHost(repo);
        const scopes = [(0,_auth_js__WEBPACK_IMPORTED_MODULE_1__.pullScope)(repo.path)];
        const ctx = oci.ctx('list referrers', repo.path, digest);
        const query = artifactType !== undefined ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        let url = `${oci.options.endpoint}/v2/${repo.path}/referrers/${digest}${query}`;
        const found = [];
        const seen = new Set();
        while (url !== undefined && !seen.has(url) && seen.size < MAX_REFERRER_PAGES) {
            seen.add(url);
            const res = await oci.send({ method: 'GET', url, headers: { Accept: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MEDIA_TYPES */ .Z2.ociIndex } }, scopes, ctx);
            if (res.status === 404)
                return seen.size === 1 ? undefined : found;
            if (res.status !== 200)
                throw oci.errorFor(res, ctx);
            try {
                found.push(...(0,_referrers_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReferrersIndex */ .AH)(res.body));
            }
            catch (err) {
                if (!(err instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh))
                    throw err;
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(ctx, `the referrers API answered something that is not an image index (${err.message})`);
            }
            const next = (0,_http_link_js__WEBPACK_IMPORTED_MODULE_7__/* .nextLink */ .I)(res.headers.get('link'));
            url = next === undefined ? undefined : new URL(next, url).toString();
        }
        return artifactType === undefined
            ? found
            : found.filter((r) => r.artifactType === artifactType);
    }
    async blobHeld(repository, digest, scopes) {
        const ctx = this.oci.ctx('HEAD blob', repository, digest);
        const res = await this.oci.send({ method: 'HEAD', url: `${this.oci.options.endpoint}/v2/${repository}/blobs/${digest}` }, scopes, ctx);
        if (res.status === 404)
            return false;
        if (res.status !== 200)
            throw this.oci.errorFor(res, ctx);
        return true;
    }
}


/***/ }),

/***/ 48358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ parseReferrersIndex),
/* harmony export */   JM: () => (/* binding */ stringRecord),
/* harmony export */   Sz: () => (/* binding */ readReferrer),
/* harmony export */   YD: () => (/* binding */ indexObject),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10506);


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringRecord(value) {
    if (!isRecord(value))
        return undefined;
    const entries = Object.entries(value).filter((e) => typeof e[1] === 'string');
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
function readReferrer(value) {
    if (!isRecord(value))
        return undefined;
    const { digest, size, mediaType, artifactType, annotations } = value;
    if (typeof digest !== 'string' || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidDigest */ .fH)(digest))
        return undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return undefined;
    if (typeof mediaType !== 'string' || mediaType === '')
        return undefined;
    const strings = stringRecord(annotations);
    return {
        digest,
        size,
        mediaType,
        ...(typeof artifactType === 'string' && artifactType !== '' ? { artifactType } : {}),
        ...(strings ? { annotations: strings } : {}),
    };
}
function indexObject(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new _manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestError */ .Sh('not valid JSON');
    }
    if (!isRecord(json))
        throw new _manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestError */ .Sh('not a JSON object');
    if (json.mediaType !== undefined && json.mediaType !== _manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociIndex) {
        throw new _manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestError */ .Sh(`media type ${JSON.stringify(json.mediaType)}, not an OCI index`);
    }
    const { manifests } = json;
    if (!Array.isArray(manifests))
        throw new _manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestError */ .Sh('no "manifests" list');
    return json;
}
function parseReferrersIndex(bytes) {
    const out = [];
    for (const entry of indexObject(bytes).manifests) {
        const ref = readReferrer(entry);
        if (ref)
            out.push(ref);
    }
    return out;
}


/***/ }),

/***/ 51802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ isTagRace),
/* harmony export */   m7: () => (/* binding */ tagMoved),
/* harmony export */   vi: () => (/* binding */ checkExpected)
/* harmony export */ });
/* unused harmony exports TAG_CONFLICT, TAG_MOVED */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58851);

const TAG_CONFLICT = 'TAG_CONFLICT';
const TAG_MOVED = 'TAG_MOVED';
function checkExpected(ctx, tag, current, expected) {
    if (expected === undefined || (current ?? null) === expected)
        return;
    throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, code: TAG_CONFLICT, retryable: true }, current === undefined
        ? `tag ${tag} was expected to name ${expected}, but it no longer exists`
        : `tag ${tag} was expected to ${expected === null ? 'not exist' : `name ${expected}`}, but it names ${current}`, 'another process writes this tag at the same time; retry');
}
function tagMoved(ctx, tag, written, actual) {
    return new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, code: TAG_MOVED, retryable: true }, actual === undefined
        ? `tag ${tag} no longer exists right after it was written (it should name ${written})`
        : `tag ${tag} names ${actual} right after ${written} was written: another writer moved it`, 'another process writes this tag at the same time; retry');
}
function isTagRace(err) {
    return (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl && (err.info.code === TAG_CONFLICT || err.info.code === TAG_MOVED));
}


/***/ })

};
