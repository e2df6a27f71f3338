export const id = 987;
export const ids = [987];
export const modules = {

/***/ 39987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aw: () => (/* binding */ historyCommand),
/* harmony export */   yA: () => (/* binding */ statusCommand)
/* harmony export */ });
/* unused harmony exports historyText, historyJson, statusText, statusJson */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88562);
/* harmony import */ var _holds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69307);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82113);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13267);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74310);





async function historyCommand(options) {
    const entries = await (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(options.git, options.overlay.file, {
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
        derive: { overlay: options.overlay, ...(options.images ? { images: options.images } : {}) },
        ...(options.logger ? { logger: options.logger } : {}),
    });
    return options.json
        ? `${JSON.stringify(historyJson(entries), null, 2)}\n`
        : historyText(entries, options.overlay.path);
}
async function statusCommand(environments, options = {}) {
    const statuses = await (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .readStatus */ .r)(environments, {
        ...(options.logger ? { logger: options.logger } : {}),
    });
    return options.json ? `${JSON.stringify(statusJson(statuses), null, 2)}\n` : statusText(statuses);
}
function columns(rows, indent = '') {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length);
        });
    }
    return rows.map((row) => indent +
        row
            .map((cell, i) => i === row.length - 1
            ? cell
            : cell + ' '.repeat((widths[i] ?? 0) - Array.from(cell).length))
            .join('  ')
            .trimEnd());
}
function imageCells(image) {
    const notes = [];
    if (image.rolledBackFrom)
        notes.push(`rolled back from ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortRef */ .m3)(image.rolledBackFrom.ref)}`);
    return [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(image.name),
        image.kind,
        image.to !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .fromTo */ .e8)(image.from, image.to)) : '',
        image.digest ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortDigest */ .VK)(image.digest) : '',
        notes.join('; '),
    ];
}
function historyText(entries, overlay) {
    if (entries.length === 0)
        return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(overlay)}: no commit changed it\n`;
    const out = [];
    for (const e of entries) {
        const head = [(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatTime */ .fU)(e.time), (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(e.commit), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.actor)];
        if (e.record) {
            if (e.record.environment !== undefined)
                head.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.record.environment));
            if (e.record.configCommit)
                head.push(`config ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(e.record.configCommit)}`);
        }
        else {
            head.push(`(no record) ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.subject)}`);
        }
        out.push(head.join('  '));
        out.push(...columns(e.images.map(imageCells), '  '));
        if (e.record && e.images.length === 0)
            out.push('  (configuration only)');
        for (const note of e.ignored)
            out.push(`  note: the record ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(note)}`);
    }
    return `${out.join('\n')}\n`;
}
function historyJson(entries) {
    return entries.map((e) => ({
        commit: e.commit,
        time: e.time.toISOString(),
        actor: e.actor,
        subject: e.subject,
        recorded: e.record !== undefined,
        ...(e.record?.environment !== undefined ? { environment: e.record.environment } : {}),
        ...(e.record?.configCommit !== undefined ? { configCommit: e.record.configCommit } : {}),
        ...(e.record?.run !== undefined ? { run: e.record.run } : {}),
        images: e.images,
        ...(e.ignored.length > 0 ? { ignored: e.ignored } : {}),
    }));
}
function statusText(statuses) {
    const out = [];
    for (const s of statuses) {
        const head = [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.environment), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.overlay)];
        if (s.problem !== undefined) {
            out.push(`${head.join('  ')}  cannot be read: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.problem)}`);
            continue;
        }
        head.push(s.configCommit ? `config ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(s.configCommit)}` : 'config unknown (no record)');
        out.push(head.join('  '));
        const rows = s.images.map((i) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(i.name),
            i.value !== undefined ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortRef */ .m3)(i.value)) : '(no value)',
            i.digest ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortDigest */ .VK)(i.digest) : '',
            i.since
                ? `${i.since.kind} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(i.since.commit)} by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(i.since.actor)} at ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatTime */ .fU)(i.since.time)}`
                : '',
            i.hold ? `held: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)((0,_holds_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOrigin */ .uN)(i.hold))}` : '',
        ]);
        out.push(...columns(rows, '  '));
    }
    return `${out.join('\n')}\n`;
}
function statusJson(statuses) {
    return statuses.map((s) => ({
        environment: s.environment,
        overlay: s.overlay,
        ...(s.problem !== undefined ? { problem: s.problem } : {}),
        ...(s.configCommit ? { configCommit: s.configCommit } : {}),
        ...(s.latest ? { latestCommit: s.latest.commit } : {}),
        images: s.images.map((i) => ({
            name: i.name,
            ...(i.value !== undefined ? { value: i.value } : {}),
            ...(i.digest !== undefined ? { digest: i.digest } : {}),
            ...(i.since
                ? {
                    since: {
                        commit: i.since.commit,
                        time: i.since.time.toISOString(),
                        actor: i.since.actor,
                        kind: i.since.kind,
                    },
                }
                : {}),
            ...(i.hold
                ? {
                    held: {
                        commit: i.hold.entry.commit,
                        time: i.hold.entry.time.toISOString(),
                        ...(i.hold.entry.actor !== undefined ? { actor: i.hold.entry.actor } : {}),
                        kind: i.hold.image.kind,
                        source: i.hold.source,
                        ...(i.hold.image.rolledBackFrom
                            ? { rolledBackFrom: i.hold.image.rolledBackFrom }
                            : {}),
                    },
                }
                : {}),
        })),
    }));
}


/***/ }),

/***/ 82113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   XX: () => (/* binding */ nameOnlyImage),
/* harmony export */   mG: () => (/* binding */ recordEntries),
/* harmony export */   oe: () => (/* binding */ MAX_HISTORY)
/* harmony export */ });
/* unused harmony export repositoryPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _changes_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45881);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25625);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23657);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98286);
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12785);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92119);









const MAX_HISTORY = 300;
async function repositoryPath(git, file) {
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(await git.topLevel());
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
    }
    catch (err) {
        const code = err.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err);
        throw new Error(`cannot read the history of ${file}: the file cannot be opened (${code}) — check the overlay path`, { cause: err });
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    if (path.startsWith('../') || path === '..') {
        throw new Error(`cannot read the history of ${file}: it is not inside the repository ${top}`);
    }
    return path;
}
async function readHistory(git, file, options = {}) {
    const limit = Math.max(1, Math.min(options.limit ?? 50, MAX_HISTORY));
    const rev = options.rev ?? 'HEAD';
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq;
    const resolved = git.resolveCommitInWorkTree(rev);
    resolved.catch(() => undefined);
    const path = await repositoryPath(git, file);
    if (options.derive)
        await (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_5__/* .loadOverlayFormat */ .o)(options.derive.overlay);
    const head = await resolved;
    if (!head) {
        throw new Error(`cannot read the history of ${path}: ${rev} is not a commit in ${git.cwd}`);
    }
    const key = [head, path, deriveKey(options.derive)].join('\0');
    const earlier = readsOf(git).get(key);
    if (earlier &&
        (earlier.whole ||
            earlier.entries.length >= limit ||
            (earlier.exhausted && options.deepen === false && git.fetchCount === earlier.fetches))) {
        return structuredClone(earlier.entries.slice(0, limit));
    }
    let entries = [];
    let whole = false;
    let exhausted = false;
    let fetches = git.fetchCount;
    const read = async () => {
        fetches = git.fetchCount;
        const commits = await logCommits(git, head, path, limit);
        exhausted = commits.length < limit;
        entries = commits.map(toEntry);
        if (options.derive)
            await derive(git, path, entries, options.derive, logger);
        if (commits.length >= limit || options.enough?.(entries) || options.deepen === false) {
            return true;
        }
        whole = !(await git.isShallow());
        return whole ? true : undefined;
    };
    if (options.deepen === false)
        await read();
    else
        await new _changes_history_js__WEBPACK_IMPORTED_MODULE_2__/* .History */ .B(git, logger).deepenUntil([head], read);
    readsOf(git).set(key, { entries: structuredClone(entries), whole, exhausted, fetches });
    return entries;
}
const READS = new WeakMap();
function readsOf(git) {
    let reads = READS.get(git);
    if (!reads) {
        reads = new Map();
        READS.set(git, reads);
    }
    return reads;
}
function deriveKey(d) {
    if (!d)
        return '';
    return JSON.stringify([d.overlay, d.images ?? null]);
}
function recordEntries(entries) {
    return entries.flatMap((e) => e.record
        ? [
            {
                commit: e.commit,
                time: e.time,
                actor: e.actor,
                record: e.record,
                from: 'trailers',
            },
        ]
        : []);
}
async function logCommits(git, head, path, limit) {
    const fields = (await git.firstParentMessages(head, path, limit)).split('\0');
    const out = [];
    for (let i = 0; i + 3 < fields.length; i += 4) {
        const sha = (fields[i] ?? '').trim();
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .checkCommit */ .su)(sha).ok)
            continue;
        out.push({
            sha,
            time: Number(fields[i + 1]),
            author: fields[i + 2] ?? '',
            message: fields[i + 3] ?? '',
        });
    }
    return out;
}
function toEntry(c) {
    const parsed = (0,_trailers_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRecordDetailed */ .Z0)(c.message);
    const record = parsed.record;
    return {
        commit: c.sha,
        time: new Date(c.time * 1000),
        actor: record?.actor ?? c.author,
        subject: c.message.split('\n', 1)[0] ?? '',
        ...(record ? { record } : {}),
        ignored: parsed.ignored,
        images: record
            ? record.images.map((i) => ({
                name: i.name,
                kind: i.kind,
                ...(i.from !== undefined ? { from: i.from } : {}),
                to: i.to,
                ...(i.digest !== undefined ? { digest: i.digest } : {}),
                ...(i.source !== undefined ? { source: i.source } : {}),
                ...(i.rolledBackFrom ? { rolledBackFrom: i.rolledBackFrom } : {}),
            }))
            : [],
    };
}
async function derive(git, path, entries, options, logger) {
    const unrecorded = entries.map((e, i) => (e.record ? -1 : i)).filter((i) => i !== -1);
    if (unrecorded.length === 0)
        return;
    const last = entries[entries.length - 1];
    const specs = [
        ...entries.map((e) => `${e.commit}:${path}`),
        ...(last ? [`${last.commit}^1:${path}`] : []),
    ];
    const texts = await git.readBlobs(specs);
    const images = options.images ?? kustomizeNames(texts, options.overlay);
    const states = texts.map((text, i) => {
        if (text === undefined)
            return undefined;
        try {
            return (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_5__/* .readOverlayText */ .e)(text, options.overlay, images);
        }
        catch (err) {
            logger.debug(`history: ${specs[i] ?? ''} does not parse: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
            return undefined;
        }
    });
    const cutOff = texts[entries.length] === undefined && (await git.isShallow());
    for (const i of unrecorded) {
        if (cutOff && i === entries.length - 1)
            continue;
        const entry = entries[i];
        entry.images = changes(states[i + 1], states[i], images);
    }
}
function changes(before, after, images) {
    if (!after)
        return [];
    const out = [];
    for (const image of images) {
        const to = after.images.get(image.name);
        if (!to?.found)
            continue;
        const from = before?.images.get(image.name);
        const fromText = from?.found ? valueText(from.value) : undefined;
        const toText = valueText(to.value);
        if (toText === undefined || fromText === toText)
            continue;
        out.push({
            name: image.name,
            kind: 'unknown',
            ...(fromText !== undefined ? { from: fromText } : {}),
            to: toText,
            ...(to.value.digest !== undefined ? { digest: to.value.digest } : {}),
        });
    }
    return out;
}
function valueText(value) {
    if (value.repository !== undefined) {
        const ref = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .checkReference */ .M5)(value.repository +
            (value.tag !== undefined ? `:${value.tag}` : '') +
            (value.digest !== undefined ? `@${value.digest}` : ''));
        if (ref.ok)
            return ref.value;
    }
    return value.tag ?? value.digest;
}
function kustomizeNames(texts, overlay) {
    const names = new Set();
    for (const text of texts) {
        if (text === undefined)
            continue;
        try {
            const state = (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_5__/* .readOverlayText */ .e)(text, overlay, []);
            if (state.format === 'kustomize')
                for (const n of state.known)
                    names.add(n);
        }
        catch {
        }
    }
    return [...names].map(nameOnlyImage);
}
function nameOnlyImage(name) {
    return {
        name,
        repository: (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)('localhost/image-promote-record'),
        context: '.',
        dockerfile: 'Dockerfile',
        paths: [],
        buildArgs: {},
        platforms: [],
        value: 'auto',
    };
}


/***/ }),

/***/ 69307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nv: () => (/* binding */ holdOf),
/* harmony export */   uN: () => (/* binding */ describeOrigin)
/* harmony export */ });
/* unused harmony exports holds, sameValue */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92119);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74310);



function holds(entries, queries) {
    return new Map(queries.map((q) => [q.image, holdOf(entries, q)]));
}
function holdOf(entries, query) {
    const { image } = query;
    const origin = findOrigin(entries, image);
    if (!origin)
        return { held: false, image };
    const release = (why, reason) => ({
        held: false,
        image,
        released: { origin, why, reason },
    });
    const what = describeOrigin(origin);
    if (query.explicit) {
        return release('explicit-tag', `released: this run names a tag for ${image} (${what})`);
    }
    if (query.running === undefined || !sameValue(origin.image, query.running)) {
        return release('moved', `released: the overlay no longer holds ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortRef */ .m3)(origin.image.to)} for ${image}, which ${what} left it at`);
    }
    if (query.headSource !== undefined && query.headSource !== origin.source) {
        return release('new-source', `released: ${image}'s code changed (source ${origin.source.slice(0, 16)} → ${query.headSource.slice(0, 16)}) since it was ${what}`);
    }
    return {
        held: true,
        image,
        origin,
        reason: `held: ${what}; a change to ${image}'s code or an explicit tag releases it`,
    };
}
function findOrigin(entries, image) {
    const sources = new Set();
    for (const entry of entries) {
        const img = entry.record.images.find((i) => i.name === image);
        if (!img)
            continue;
        if (img.kind === 'reuse' && (img.from === undefined || sameRef(img.from, img.to))) {
            if (img.source !== undefined)
                sources.add(img.source);
            continue;
        }
        if (img.kind !== 'rollback' && img.kind !== 'redeploy')
            return undefined;
        if (img.source === undefined)
            return undefined;
        if ([...sources].some((s) => s !== img.source))
            return undefined;
        return { entry, image: img, source: img.source };
    }
    return undefined;
}
function describeOrigin(origin) {
    const { image, entry } = origin;
    const away = image.rolledBackFrom?.ref ?? image.from;
    const verb = image.kind === 'rollback' ? 'rolled back from' : 'redeployed away from';
    const what = away === undefined ? `${verb} its previous value` : `${verb} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortRef */ .m3)(away)}`;
    const by = entry.actor ?? entry.record.actor;
    return `${what}${by ? ` by ${by}` : ''} at ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTime */ .fU)(entry.time)} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(entry.commit)})`;
}
function sameValue(image, running) {
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(image.to);
    if (!parsed.ok)
        return false;
    const { tag, digest, name } = parsed.ref;
    if (running.repository !== undefined) {
        const repo = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .checkReference */ .M5)(running.repository);
        if (!repo.ok || repo.value !== name)
            return false;
    }
    if ((running.tag ?? undefined) !== tag)
        return false;
    const recorded = digest ?? image.digest;
    if (tag === undefined)
        return running.digest !== undefined && running.digest === recorded;
    return running.digest === undefined || recorded === undefined || running.digest === recorded;
}
function sameRef(a, b) {
    const x = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .checkReference */ .M5)(a);
    const y = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .checkReference */ .M5)(b);
    return x.ok && y.ok && x.value === y.value;
}


/***/ }),

/***/ 75380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ sanitizeRecord),
/* harmony export */   _c: () => (/* binding */ rawRecord),
/* harmony export */   kK: () => (/* binding */ recordFromJson),
/* harmony export */   zO: () => (/* binding */ recordToJson)
/* harmony export */ });
/* unused harmony exports MAX_IMAGES, recordProblems */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3728);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92119);


const MAX_IMAGES = 1000;
function rawRecord(record) {
    return {
        version: String(record.version),
        ...(record.environment !== undefined ? { environment: record.environment } : {}),
        ...(record.configCommit !== undefined ? { configCommit: record.configCommit } : {}),
        ...(record.actor !== undefined ? { actor: record.actor } : {}),
        ...(record.run !== undefined ? { run: record.run } : {}),
        images: record.images.map((i) => ({
            name: i.name,
            kind: i.kind,
            to: i.to,
            ...(i.from !== undefined ? { from: i.from } : {}),
            ...(i.digest !== undefined ? { digest: i.digest } : {}),
            ...(i.source !== undefined ? { source: i.source } : {}),
            ...(i.rolledBackFrom !== undefined
                ? {
                    rolledBackFrom: i.rolledBackFrom.ref,
                    ...(i.rolledBackFrom.digest !== undefined
                        ? { rolledBackFromDigest: i.rolledBackFrom.digest }
                        : {}),
                }
                : {}),
        })),
    };
}
function sanitizeRecord(raw) {
    const ignored = [];
    if (raw.version === undefined)
        return { ignored: ['the record has no version'] };
    if (!/^[0-9]{1,9}$/.test(raw.version))
        return { ignored: ['the record version is not a number'] };
    const version = Number(raw.version);
    if (version !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_VERSION */ .h) {
        return {
            ignored: [
                version > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_VERSION */ .h
                    ? `the record has version ${version}, written by a newer image-promote: update image-promote to read it`
                    : `the record version ${version} is not one image-promote writes`,
            ],
        };
    }
    const field = (label, value, check) => {
        if (value === undefined)
            return undefined;
        const c = check(value);
        if (c.ok)
            return c.value;
        ignored.push(`${label} ${c.reason}`);
        return undefined;
    };
    const environment = field('the environment', raw.environment, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkText */ .qW);
    const configCommit = field('the config commit', raw.configCommit, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkCommit */ .su);
    const actor = field('the actor', raw.actor, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkText */ .qW);
    const run = field('the run URL', raw.run, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUrl */ .CU);
    const images = [];
    const seen = new Set();
    raw.images.forEach((img, index) => {
        if (images.length >= MAX_IMAGES) {
            if (images.length === MAX_IMAGES && index === MAX_IMAGES)
                ignored.push(`images after the first ${MAX_IMAGES}`);
            return;
        }
        const nameCheck = img.name === undefined ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkName */ .I3)(img.name);
        if (!nameCheck?.ok) {
            ignored.push(`image #${index + 1}: ${nameCheck ? `its name ${nameCheck.reason}` : 'it has no name'}`);
            return;
        }
        const name = nameCheck.value;
        if (seen.has(name)) {
            ignored.push(`image ${name}: listed twice, the first one is kept`);
            return;
        }
        const kind = img.kind === undefined ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKind */ .pK)(img.kind);
        if (!kind?.ok) {
            ignored.push(`image ${name}: ${kind ? `its kind ${kind.reason}` : 'it has no kind'}`);
            return;
        }
        const to = img.to === undefined ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReference */ .M5)(img.to);
        if (!to?.ok) {
            ignored.push(`image ${name}: ${to ? `its "to" ${to.reason}` : 'it has no "to"'}`);
            return;
        }
        const from = field(`image ${name}: its "from"`, img.from, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReference */ .M5);
        const digest = field(`image ${name}: its digest`, img.digest, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDigest */ .H2);
        const source = field(`image ${name}: its source key`, img.source, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSource */ .As);
        let rolledBackFrom;
        if (img.rolledBackFrom !== undefined || img.rolledBackFromDigest !== undefined) {
            if (kind.value !== 'rollback' && kind.value !== 'redeploy') {
                ignored.push(`image ${name}: "rolled back from" belongs to a rollback or redeploy only`);
            }
            else if (img.rolledBackFrom === undefined) {
                ignored.push(`image ${name}: a "rolled back from" digest without its reference`);
            }
            else {
                const ref = field(`image ${name}: its "rolled back from"`, img.rolledBackFrom, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReference */ .M5);
                const rbDigest = field(`image ${name}: its "rolled back from" digest`, img.rolledBackFromDigest, _values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDigest */ .H2);
                if (ref !== undefined)
                    rolledBackFrom = { ref, ...(rbDigest ? { digest: rbDigest } : {}) };
            }
        }
        seen.add(name);
        images.push({
            name,
            kind: kind.value,
            ...(from !== undefined ? { from } : {}),
            to: to.value,
            ...(digest !== undefined ? { digest } : {}),
            ...(source !== undefined ? { source } : {}),
            ...(rolledBackFrom ? { rolledBackFrom } : {}),
        });
    });
    return {
        record: {
            version: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_VERSION */ .h,
            ...(environment !== undefined ? { environment } : {}),
            ...(configCommit !== undefined ? { configCommit } : {}),
            ...(actor !== undefined ? { actor } : {}),
            ...(run !== undefined ? { run } : {}),
            images,
        },
        ignored,
    };
}
function recordProblems(record) {
    return sanitizeRecord(rawRecord(record)).ignored;
}
function recordToJson(record) {
    const clean = sanitizeRecord(rawRecord(record)).record;
    return clean ? { imagePromoteRecord: { ...rawRecord(clean), version: clean.version } } : {};
}
function recordFromJson(payload) {
    const body = isObject(payload) ? payload.imagePromoteRecord : undefined;
    if (!isObject(body))
        return { ignored: ['the payload holds no image-promote record'] };
    const ignored = [];
    const text = (obj, key, label) => {
        const v = obj[key];
        if (v === undefined)
            return undefined;
        if (typeof v === 'string')
            return v;
        ignored.push(`${label} is not a string`);
        return undefined;
    };
    const list = Array.isArray(body.images) ? body.images : [];
    if (body.images !== undefined && !Array.isArray(body.images))
        ignored.push('images is not a list');
    const images = list.flatMap((entry, i) => {
        if (!isObject(entry)) {
            ignored.push(`image #${i + 1} is not an object`);
            return [];
        }
        const raw = {};
        for (const key of [
            'name',
            'kind',
            'from',
            'to',
            'digest',
            'source',
            'rolledBackFrom',
            'rolledBackFromDigest',
        ]) {
            const v = text(entry, key, `image #${i + 1}: ${key}`);
            if (v !== undefined)
                raw[key] = v;
        }
        return [raw];
    });
    const raw = { images };
    if (typeof body.version === 'number')
        raw.version = String(body.version);
    for (const key of ['version', 'environment', 'configCommit', 'actor', 'run']) {
        if (key === 'version' && raw.version !== undefined)
            continue;
        const v = text(body, key, key);
        if (v !== undefined)
            raw[key] = v;
    }
    const result = sanitizeRecord(raw);
    return { ...result, ignored: [...ignored, ...result.ignored] };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 13267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ pictureOf),
/* harmony export */   r: () => (/* binding */ readStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19452);
/* harmony import */ var _holds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69307);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82113);




async function readStatus(environments, options = {}) {
    return Promise.all(environments.map((env) => readOne(env, options)));
}
async function readOne(env, options) {
    const base = {
        environment: env.environment || env.overlay.path,
        overlay: env.overlay.path,
        images: [],
    };
    let history;
    try {
        history = await (0,_history_js__WEBPACK_IMPORTED_MODULE_3__/* .readHistory */ .Lu)(env.git, env.overlay.file, {
            ...(env.rev ? { rev: env.rev } : {}),
            limit: options.limit ?? 100,
            ...(options.deepen === false ? { deepen: false } : {}),
            derive: { overlay: env.overlay, ...(env.images ? { images: env.images } : {}) },
            ...(options.logger ? { logger: options.logger } : {}),
        });
    }
    catch (err) {
        return { ...base, problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) };
    }
    const names = env.images?.map((i) => i.name) ??
        [...new Set(history.flatMap((e) => e.images.map((i) => i.name)))].sort();
    let values;
    try {
        const images = env.images ?? names.map(_history_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOnlyImage */ .XX);
        const state = await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readOverlay */ .re)(env.overlay, images);
        values = new Map(images.map((i) => {
            const s = state.images.get(i.name);
            const text = s?.found ? (0,_history_js__WEBPACK_IMPORTED_MODULE_3__/* .valueText */ .Ru)(s.value) : undefined;
            return [
                i.name,
                {
                    ...(text !== undefined ? { value: text } : {}),
                    ...(s?.found && s.value.digest ? { digest: s.value.digest } : {}),
                    ...(s?.found ? { raw: s.value } : {}),
                },
            ];
        }));
    }
    catch (err) {
        return { ...base, problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) };
    }
    const records = (0,_history_js__WEBPACK_IMPORTED_MODULE_3__/* .recordEntries */ .mG)(history);
    const deployed = options.deployed?.get(env.environment);
    const newest = [...(deployed ? [deployed] : []), ...records].sort((a, b) => b.time.getTime() - a.time.getTime());
    const latestRecord = history.find((e) => e.record);
    const environment = env.environment || (latestRecord?.record?.environment ?? env.overlay.path);
    const configCommit = newest.find((e) => e.record.configCommit)?.record.configCommit;
    const images = names.map((name) => {
        const { raw, ...v } = values.get(name) ?? {};
        const change = newestChange(history, name);
        const verdict = (0,_holds_js__WEBPACK_IMPORTED_MODULE_2__/* .holdOf */ .nv)(records, {
            image: name,
            explicit: false,
            ...(raw ? { running: raw } : {}),
        });
        return {
            name,
            ...v,
            ...(change ? { since: change } : {}),
            ...(verdict.held ? { hold: verdict.origin } : {}),
        };
    });
    return {
        ...base,
        environment,
        images,
        ...(configCommit ? { configCommit } : {}),
        ...(history[0] ? { latest: history[0] } : {}),
        ...(latestRecord ? { latestRecord } : {}),
    };
}
function newestChange(history, name) {
    for (const entry of history) {
        const image = entry.images.find((i) => i.name === name);
        if (!image || (image.kind === 'reuse' && image.from === image.to))
            continue;
        return { commit: entry.commit, time: entry.time, actor: entry.actor, kind: image.kind };
    }
    return undefined;
}
function pictureOf(statuses) {
    return statuses.map((s) => ({
        name: s.environment,
        ...(s.configCommit ? { configCommit: s.configCommit } : {}),
        ...(s.latest ? { overlayCommit: s.latest.commit } : {}),
        images: s.images.map((i) => ({
            name: i.name,
            ...(i.value !== undefined ? { runs: i.value } : {}),
            ...(i.digest !== undefined ? { digest: i.digest } : {}),
            ...(i.hold ? { hold: i.hold } : {}),
        })),
    }));
}


/***/ }),

/***/ 74310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   e8: () => (/* binding */ fromTo),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   m3: () => (/* binding */ shortRef)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98286);

function shortSha(sha) {
    return sha.slice(0, 7);
}
function shortDigest(digest) {
    const colon = digest.indexOf(':');
    return colon === -1 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}
function formatTime(time) {
    if (Number.isNaN(time.getTime()))
        return 'an unknown time';
    return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function shortRef(ref) {
    if (!/[/:@]/.test(ref))
        return ref;
    if (/^[a-z0-9]+:[0-9a-f]{32,}$/.test(ref))
        return shortDigest(ref);
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(ref);
    if (!parsed.ok)
        return ref;
    const { tag, digest } = parsed.ref;
    if (tag !== undefined)
        return digest ? `${tag}@${shortDigest(digest)}` : tag;
    return digest ? shortDigest(digest) : parsed.ref.name;
}
function fromTo(from, to) {
    return `${from === undefined ? '(none)' : shortRef(from)} → ${shortRef(to)}`;
}


/***/ }),

/***/ 12785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ parseRecordDetailed),
/* harmony export */   wZ: () => (/* binding */ appendRecordTrailers)
/* harmony export */ });
/* unused harmony exports TRAILER, formatRecordTrailers, parseRecord, trailerBlock */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75380);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92119);


const TRAILER = {
    record: 'Image-Promote-Record',
    environment: 'Image-Promote-Environment',
    configCommit: 'Image-Promote-Config-Commit',
    actor: 'Image-Promote-Actor',
    run: 'Image-Promote-Run',
    image: 'Image-Promote-Image',
};
const NOT_RECORD = ['image-promote-branch'];
const IMAGE_FIELDS = [
    ['kind', 'kind'],
    ['from', 'from'],
    ['to', 'to'],
    ['digest', 'digest'],
    ['source', 'source'],
    ['rolled-back-from', 'rolledBackFrom'],
    ['rolled-back-from-digest', 'rolledBackFromDigest'],
];
function formatRecordTrailers(record) {
    const clean = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeRecord */ .P6)((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .rawRecord */ ._c)(record)).record;
    if (!clean)
        return '';
    const raw = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .rawRecord */ ._c)(clean);
    const lines = [`${TRAILER.record}: ${String(clean.version)}`];
    const single = [
        [TRAILER.environment, raw.environment],
        [TRAILER.configCommit, raw.configCommit],
        [TRAILER.actor, raw.actor],
        [TRAILER.run, raw.run],
    ];
    for (const [key, value] of single)
        if (value !== undefined)
            lines.push(`${key}: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(value)}`);
    for (const image of raw.images) {
        const fields = IMAGE_FIELDS.flatMap(([label, key]) => {
            const value = image[key];
            return value === undefined ? [] : [`${label}=${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(value)}`];
        });
        lines.push(`${TRAILER.image}: ${[(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(image.name ?? ''), ...fields].join(' ')}`);
    }
    return lines.join('\n');
}
function appendRecordTrailers(message, record) {
    const trailers = formatRecordTrailers(record);
    const body = message.replace(/\s+$/, '');
    return trailers ? `${body}\n\n${trailers}` : body;
}
function parseRecord(message) {
    return parseRecordDetailed(message).record;
}
function parseRecordDetailed(message) {
    const trailers = trailerBlock(message);
    const ours = trailers.filter((t) => t.key.toLowerCase().startsWith('image-promote-') && !NOT_RECORD.includes(t.key.toLowerCase()));
    if (ours.length === 0)
        return { ignored: [] };
    const ignored = [];
    const raw = { images: [] };
    const singles = [
        [TRAILER.record, 'version'],
        [TRAILER.environment, 'environment'],
        [TRAILER.configCommit, 'configCommit'],
        [TRAILER.actor, 'actor'],
        [TRAILER.run, 'run'],
    ];
    for (const [key, field] of singles) {
        const values = ours
            .filter((t) => t.key.toLowerCase() === key.toLowerCase())
            .map((t) => t.value);
        const distinct = [...new Set(values)];
        if (distinct.length > 1) {
            ignored.push(`${key} appears ${values.length} times with different values`);
            continue;
        }
        const [only] = distinct;
        if (only === undefined)
            continue;
        const decoded = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(only);
        if (decoded.ok)
            raw[field] = decoded.value;
        else
            ignored.push(`${key} ${decoded.reason}`);
    }
    const known = new Set([...singles.map(([k]) => k), TRAILER.image].map((k) => k.toLowerCase()));
    for (const t of ours) {
        const key = t.key.toLowerCase();
        if (key === TRAILER.image.toLowerCase()) {
            const image = parseImageLine(t.value, raw.images.length + 1, ignored);
            if (image)
                raw.images.push(image);
        }
        else if (!known.has(key)) {
            ignored.push(`unknown trailer ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(t.key)}`);
        }
    }
    if (raw.version === undefined) {
        return {
            ignored: [...ignored, `the Image-Promote trailers have no ${TRAILER.record} version`],
        };
    }
    const result = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeRecord */ .P6)(raw);
    return { ...result, ignored: [...ignored, ...result.ignored] };
}
function parseImageLine(value, index, ignored) {
    const [first = '', ...tokens] = value.split(/\s+/).filter(Boolean);
    const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(first);
    if (first === '' || first.includes('=') || !name.ok) {
        ignored.push(`image #${index}: the line does not start with an image name`);
        return undefined;
    }
    const image = { name: name.value };
    for (const token of tokens) {
        const eq = token.indexOf('=');
        const label = eq === -1 ? token : token.slice(0, eq);
        const field = IMAGE_FIELDS.find(([l]) => l === label)?.[1];
        if (eq === -1 || !field) {
            ignored.push(`image #${index}: unknown field ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeValue */ .It)(label)}`);
            continue;
        }
        if (image[field] !== undefined) {
            ignored.push(`image #${index}: ${label} appears twice, the first one is kept`);
            continue;
        }
        const decoded = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(token.slice(eq + 1));
        if (decoded.ok)
            image[field] = decoded.value;
        else
            ignored.push(`image #${index}: ${label} ${decoded.reason}`);
    }
    return image;
}
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];
function trailerBlock(message) {
    const lines = message.replace(/\r\n?/g, '\n').split('\n');
    let endOfTitle = 0;
    while (endOfTitle < lines.length && (lines[endOfTitle] ?? '').trim() === '')
        endOfTitle++;
    while (endOfTitle < lines.length && (lines[endOfTitle] ?? '').trim() !== '')
        endOfTitle++;
    let trailerLines = 0;
    let nonTrailer = 0;
    let continuations = 0;
    let recognized = false;
    let onlySpaces = true;
    let start = -1;
    let end = lines.length;
    for (let i = lines.length - 1; i >= endOfTitle; i--) {
        const line = lines[i] ?? '';
        if (line.startsWith('#')) {
            nonTrailer += continuations;
            continuations = 0;
            continue;
        }
        if (line.trim() === '') {
            if (onlySpaces) {
                end = i;
                continue;
            }
            nonTrailer += continuations;
            if ((recognized && trailerLines * 3 >= nonTrailer) || (trailerLines > 0 && nonTrailer === 0))
                start = i + 1;
            break;
        }
        onlySpaces = false;
        if (GIT_GENERATED.some((p) => line.startsWith(p))) {
            trailerLines++;
            continuations = 0;
            recognized = true;
        }
        else if (separatorAt(line) >= 1) {
            trailerLines++;
            continuations = 0;
        }
        else if (/^\s/.test(line)) {
            continuations++;
        }
        else {
            nonTrailer += 1 + continuations;
            continuations = 0;
        }
    }
    if (start === -1)
        return [];
    const out = [];
    for (const line of lines.slice(start, end)) {
        if (line.startsWith('#'))
            continue;
        const last = out[out.length - 1];
        if (/^\s/.test(line)) {
            if (last)
                last.value = `${last.value} ${line.trim()}`.trim();
            continue;
        }
        const at = separatorAt(line);
        if (at < 1)
            continue;
        out.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
    }
    return out;
}
function separatorAt(line) {
    let whitespace = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === ':')
            return i;
        if (!whitespace && /[A-Za-z0-9-]/.test(c))
            continue;
        if (i !== 0 && (c === ' ' || c === '\t')) {
            whitespace = true;
            continue;
        }
        break;
    }
    return -1;
}


/***/ })

};
