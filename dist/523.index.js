export const id = 523;
export const ids = [523];
export const modules = {

/***/ 65523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PICTURE_HISTORY: () => (/* binding */ PICTURE_HISTORY),
  RECORD_HISTORY: () => (/* binding */ RECORD_HISTORY),
  environmentsPicture: () => (/* binding */ environmentsPicture),
  gatherRecords: () => (/* binding */ gatherRecords),
  runRecord: () => (/* binding */ runRecord),
  startRecord: () => (/* binding */ startRecord)
});

// EXTERNAL MODULE: ./src/config/images.ts
var config_images = __webpack_require__(70286);
// EXTERNAL MODULE: ./src/config/tag-input.ts + 1 modules
var tag_input = __webpack_require__(41803);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/record/values.ts
var values = __webpack_require__(92119);
;// CONCATENATED MODULE: ./src/record/build.ts

function recordKind(input) {
    if (input.decision === 'skip')
        return undefined;
    if (input.request === 'previous' || input.decision === 'rollback')
        return 'rollback';
    if (input.request === 'tag')
        return 'redeploy';
    if (input.decision === 'promote')
        return input.release ? 'release' : 'promote';
    return input.decision;
}
function runUrl(env) {
    const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const id = env.GITHUB_RUN_ID ?? '';
    const attempt = env.GITHUB_RUN_ATTEMPT;
    if (!server || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9]+$/.test(id))
        return undefined;
    const tail = attempt && /^[0-9]+$/.test(attempt) ? `/attempts/${attempt}` : '';
    const url = `${server}/${repository}/actions/runs/${id}${tail}`;
    return (0,values/* checkUrl */.CU)(url).ok ? url : undefined;
}

// EXTERNAL MODULE: ./src/record/record.ts
var record_record = __webpack_require__(75380);
// EXTERNAL MODULE: ./src/record/trailers.ts
var trailers = __webpack_require__(12785);
;// CONCATENATED MODULE: ./src/record/text.ts

function text_shortSha(sha) {
    return sha.slice(0, 7);
}
function text_shortDigest(digest) {
    const colon = digest.indexOf(':');
    return colon === -1 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}
function text_formatTime(time) {
    if (Number.isNaN(time.getTime()))
        return 'an unknown time';
    return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function text_shortRef(ref) {
    if (!/[/:@]/.test(ref))
        return ref;
    if (/^[a-z0-9]+:[0-9a-f]{32,}$/.test(ref))
        return text_shortDigest(ref);
    const parsed = (0,reference/* tryParseReference */.WF)(ref);
    if (!parsed.ok)
        return ref;
    const { tag, digest } = parsed.ref;
    if (tag !== undefined)
        return digest ? `${tag}@${text_shortDigest(digest)}` : tag;
    return digest ? text_shortDigest(digest) : parsed.ref.name;
}
function text_fromTo(from, to) {
    return `${from === undefined ? '(none)' : text_shortRef(from)} → ${text_shortRef(to)}`;
}

;// CONCATENATED MODULE: ./src/record/holds.ts



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
    const what = holds_describeOrigin(origin);
    if (query.explicit) {
        return release('explicit-tag', `released: this run names a tag for ${image} (${what})`);
    }
    if (query.running === undefined || !sameValue(origin.image, query.running)) {
        return release('moved', `released: the overlay no longer holds ${text_shortRef(origin.image.to)} for ${image}, which ${what} left it at`);
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
function holds_describeOrigin(origin) {
    const { image, entry } = origin;
    const away = image.rolledBackFrom?.ref ?? image.from;
    const verb = image.kind === 'rollback' ? 'rolled back from' : 'redeployed away from';
    const what = away === undefined ? `${verb} its previous value` : `${verb} ${text_shortRef(away)}`;
    const by = entry.actor ?? entry.record.actor;
    return `${what}${by ? ` by ${by}` : ''} at ${text_formatTime(entry.time)} (${text_shortSha(entry.commit)})`;
}
function sameValue(image, running) {
    const parsed = (0,reference/* tryParseReference */.WF)(image.to);
    if (!parsed.ok)
        return false;
    const { tag, digest, name } = parsed.ref;
    if (running.repository !== undefined) {
        const repo = (0,values/* checkReference */.M5)(running.repository);
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
    const x = (0,values/* checkReference */.M5)(a);
    const y = (0,values/* checkReference */.M5)(b);
    return x.ok && y.ok && x.value === y.value;
}

;// CONCATENATED MODULE: ./src/record/config-commit.ts

function runningConfig(entries) {
    let best;
    for (const entry of entries) {
        if (entry.record.configCommit === undefined)
            continue;
        if (!best || entry.time.getTime() > best.time.getTime())
            best = entry;
    }
    if (!best?.record.configCommit)
        return undefined;
    return { commit: best.record.configCommit, via: best.from, entry: best };
}
function configVerdict(query) {
    const { head, running, change } = query;
    if (!running) {
        return {
            decision: 'reuse',
            configChanged: 'unknown',
            reason: 'no record tells which commit’s deploy config the environment runs',
        };
    }
    const at = `${text_shortSha(running.commit)} (from the ${running.via === 'deployment' ? 'newest deployment' : 'overlay commit’s record'})`;
    if (running.commit === head) {
        return {
            decision: 'skip',
            configChanged: false,
            reason: `the environment runs this commit’s deploy config already`,
        };
    }
    if (!change) {
        return {
            decision: 'reuse',
            configChanged: 'unknown',
            reason: `the files changed since the deployed config ${at} could not be listed`,
        };
    }
    if (change.untrusted !== undefined) {
        return {
            decision: 'reuse',
            configChanged: 'unknown',
            reason: `the change list since the deployed config ${at} cannot be trusted: ${change.untrusted}`,
        };
    }
    if (change.kind === 'deploy' || change.kind === 'code') {
        const example = change.example ? ` (e.g. ${change.example})` : '';
        return {
            decision: 'reuse',
            configChanged: true,
            reason: `deploy config changed since the deployed config ${at}${example}`,
        };
    }
    return {
        decision: 'skip',
        configChanged: false,
        reason: `no deploy config changed since the deployed config ${at}`,
    };
}

;// CONCATENATED MODULE: ./src/record/deployments.ts



const DEPLOYMENT_TASK = 'deploy:image-promote';
const MAX_DEPLOYMENTS = 20;
async function startDeployment(api, options) {
    const problem = invalidOptions(options);
    if (problem)
        return { ok: false, warning: `no deployment was recorded: ${problem}` };
    let deployment;
    try {
        deployment = await api.create({
            ref: options.ref,
            task: DEPLOYMENT_TASK,
            environment: options.environment,
            payload: (0,record_record/* recordToJson */.zO)(options.record),
            description: describe(options.record),
            ...(options.production !== undefined ? { productionEnvironment: options.production } : {}),
            ...(options.transient !== undefined ? { transientEnvironment: options.transient } : {}),
        });
    }
    catch (err) {
        return {
            ok: false,
            warning: writeWarning(err, `create a deployment of ${JSON.stringify(options.environment)}`),
        };
    }
    try {
        await api.createStatus(deployment.id, {
            state: 'in_progress',
            description: 'image-promote is deploying',
            ...links(options),
        });
    }
    catch (err) {
        return { ok: false, warning: writeWarning(err, `set deployment ${deployment.id} in progress`) };
    }
    return { ok: true, deployment };
}
async function finishDeployment(api, deployment, options) {
    const description = options.description !== undefined
        ? options.description.slice(0, 140)
        : options.state === 'success'
            ? 'deployed by image-promote'
            : 'image-promote failed to deploy';
    try {
        await api.createStatus(deployment.id, {
            state: options.state,
            description,
            ...links(options),
            ...(options.state === 'success' ? { autoInactive: true } : {}),
        });
    }
    catch (err) {
        return {
            ok: false,
            warning: writeWarning(err, `set deployment ${deployment.id} to ${options.state}`),
        };
    }
    if (options.state !== 'success')
        return { ok: true, inactivated: [], warnings: [] };
    const inactivated = [];
    const warnings = [];
    try {
        const earlier = (await api.list({ environment: deployment.environment, task: DEPLOYMENT_TASK }, MAX_DEPLOYMENTS))
            .filter((d) => d.id !== deployment.id && newer(deployment, d))
            .sort(newestFirst);
        for (const d of earlier) {
            const [latest] = await api.listStatuses(d.id, 1);
            if (latest?.state === 'inactive')
                break;
            if (latest?.state !== 'success')
                continue;
            await api.createStatus(d.id, {
                state: 'inactive',
                description: `superseded by deployment ${deployment.id}`,
            });
            inactivated.push(d.id);
        }
    }
    catch (err) {
        warnings.push(writeWarning(err, `mark the earlier deployments of ${JSON.stringify(deployment.environment)} inactive`));
    }
    return { ok: true, inactivated, warnings };
}
async function readDeployed(api, environment) {
    try {
        const deployments = (await api.list({ environment, task: DEPLOYMENT_TASK }, MAX_DEPLOYMENTS)).sort(newestFirst);
        for (const d of deployments.slice(0, MAX_DEPLOYMENTS)) {
            const [latest] = await api.listStatuses(d.id, 1);
            if (latest?.state !== 'success')
                continue;
            const parsed = (0,record_record/* recordFromJson */.kK)(d.payload);
            const sha = (0,values/* checkCommit */.su)(d.sha);
            if (!parsed.record || !sha.ok)
                continue;
            const record = parsed.record.configCommit
                ? parsed.record
                : { ...parsed.record, configCommit: sha.value };
            const creator = d.creator !== undefined ? (0,values/* checkText */.qW)(d.creator) : undefined;
            const actor = record.actor ?? (creator?.ok ? creator.value : undefined);
            return {
                ok: true,
                entry: {
                    commit: sha.value,
                    time: new Date(d.createdAt),
                    ...(actor !== undefined ? { actor } : {}),
                    record,
                    from: 'deployment',
                    deployment: d,
                    ignored: parsed.ignored,
                },
            };
        }
        return { ok: true };
    }
    catch (err) {
        return { ok: false, warning: readWarning(err, environment) };
    }
}
function invalidOptions(options) {
    const env = (0,values/* checkText */.qW)(options.environment);
    if (!env.ok)
        return `the environment name ${env.reason}`;
    const ref = (0,values/* checkCommit */.su)(options.ref);
    if (!ref.ok)
        return `the ref ${ref.reason}`;
    for (const [label, url] of [
        ['log URL', options.logUrl],
        ['environment URL', options.environmentUrl],
    ]) {
        if (url === undefined)
            continue;
        const u = (0,values/* checkUrl */.CU)(url);
        if (!u.ok)
            return `the ${label} ${u.reason}`;
    }
    return undefined;
}
function links(options) {
    return {
        ...(options.logUrl !== undefined ? { logUrl: options.logUrl } : {}),
        ...(options.environmentUrl !== undefined ? { environmentUrl: options.environmentUrl } : {}),
    };
}
function describe(record) {
    const text = `image-promote: ${record.images.map((i) => `${i.name} ${i.kind}`).join(', ') || 'configuration'}`;
    return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
function statusOf(err) {
    if (typeof err !== 'object' || err === null || !('status' in err))
        return undefined;
    const status = err.status;
    return typeof status === 'number' ? status : undefined;
}
function deployments_short(err) {
    const text = (0,errors/* errorMessage */.gJ)(err).replace(/\s+/g, ' ').trim();
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
function writeWarning(err, what) {
    const status = statusOf(err);
    const fallback = "the overlay commit's record (its trailers) still records this deploy";
    if (status === 403 || status === 404) {
        return `could not ${what} (HTTP ${status}): the token may not write deployments — give the job \`permissions: deployments: write\` to see deploys under the repository's environments; ${fallback}`;
    }
    return `could not ${what}${status !== undefined ? ` (HTTP ${status})` : ''}: ${deployments_short(err)}; ${fallback}`;
}
function readWarning(err, environment) {
    const status = statusOf(err);
    const fallback = "the overlay's newest record is used instead";
    if (status === 403 || status === 404) {
        return `could not read the deployments of ${JSON.stringify(environment)} (HTTP ${status}): the token may not read deployments — give the job \`permissions: deployments: read\` (or write); ${fallback}`;
    }
    return `could not read the deployments of ${JSON.stringify(environment)}${status !== undefined ? ` (HTTP ${status})` : ''}: ${deployments_short(err)}; ${fallback}`;
}
function time(d) {
    const t = Date.parse(d.createdAt);
    return Number.isNaN(t) ? 0 : t;
}
function newestFirst(a, b) {
    return time(b) - time(a) || b.id - a.id;
}
function newer(a, b) {
    return newestFirst(a, b) < 0;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/changes/history.ts
var changes_history = __webpack_require__(45881);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/overlay/state.ts + 1 modules
var overlay_state = __webpack_require__(94054);
;// CONCATENATED MODULE: ./src/record/history.ts









const MAX_HISTORY = 300;
async function repositoryPath(git, file) {
    const top = await (0,promises_.realpath)(await git.topLevel());
    let real;
    try {
        real = await (0,promises_.realpath)(file);
    }
    catch (err) {
        const code = err.code ?? (0,errors/* errorMessage */.gJ)(err);
        throw new Error(`cannot read the history of ${file}: the file cannot be opened (${code}) — check the overlay path`, { cause: err });
    }
    const path = (0,external_node_path_.relative)(top, real).split(external_node_path_.sep).join('/');
    if (path.startsWith('../') || path === '..') {
        throw new Error(`cannot read the history of ${file}: it is not inside the repository ${top}`);
    }
    return path;
}
async function history_readHistory(git, file, options = {}) {
    const limit = Math.max(1, Math.min(options.limit ?? 50, MAX_HISTORY));
    const rev = options.rev ?? 'HEAD';
    const logger = options.logger ?? log/* silentLogger */.qq;
    const resolved = git.resolveCommitInWorkTree(rev);
    resolved.catch(() => undefined);
    const path = await repositoryPath(git, file);
    if (options.derive)
        await (0,overlay_state/* loadOverlayFormat */.o)(options.derive.overlay);
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
        await new changes_history/* History */.B(git, logger).deepenUntil([head], read);
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
        if (!(0,values/* checkCommit */.su)(sha).ok)
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
    const parsed = (0,trailers/* parseRecordDetailed */.Z0)(c.message);
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
            return (0,overlay_state/* readOverlayText */.e)(text, options.overlay, images);
        }
        catch (err) {
            logger.debug(`history: ${specs[i] ?? ''} does not parse: ${(0,errors/* errorMessage */.gJ)(err)}`);
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
        const ref = (0,values/* checkReference */.M5)(value.repository +
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
            const state = (0,overlay_state/* readOverlayText */.e)(text, overlay, []);
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
        repository: (0,reference/* parseReference */.F2)('localhost/image-promote-record'),
        context: '.',
        dockerfile: 'Dockerfile',
        paths: [],
        buildArgs: {},
        platforms: [],
        value: 'auto',
    };
}

// EXTERNAL MODULE: ./src/overlay/overlay-files.ts + 2 modules
var overlay_files = __webpack_require__(19452);
;// CONCATENATED MODULE: ./src/record/status.ts




async function status_readStatus(environments, options = {}) {
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
        history = await history_readHistory(env.git, env.overlay.file, {
            ...(env.rev ? { rev: env.rev } : {}),
            limit: options.limit ?? 100,
            ...(options.deepen === false ? { deepen: false } : {}),
            derive: { overlay: env.overlay, ...(env.images ? { images: env.images } : {}) },
            ...(options.logger ? { logger: options.logger } : {}),
        });
    }
    catch (err) {
        return { ...base, problem: (0,errors/* errorMessage */.gJ)(err) };
    }
    const names = env.images?.map((i) => i.name) ??
        [...new Set(history.flatMap((e) => e.images.map((i) => i.name)))].sort();
    let values;
    try {
        const images = env.images ?? names.map(nameOnlyImage);
        const state = await (0,overlay_files/* readOverlay */.re)(env.overlay, images);
        values = new Map(images.map((i) => {
            const s = state.images.get(i.name);
            const text = s?.found ? valueText(s.value) : undefined;
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
        return { ...base, problem: (0,errors/* errorMessage */.gJ)(err) };
    }
    const records = recordEntries(history);
    const deployed = options.deployed?.get(env.environment);
    const newest = [...(deployed ? [deployed] : []), ...records].sort((a, b) => b.time.getTime() - a.time.getTime());
    const latestRecord = history.find((e) => e.record);
    const environment = env.environment || (latestRecord?.record?.environment ?? env.overlay.path);
    const configCommit = newest.find((e) => e.record.configCommit)?.record.configCommit;
    const images = names.map((name) => {
        const { raw, ...v } = values.get(name) ?? {};
        const change = newestChange(history, name);
        const verdict = holdOf(records, {
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

// EXTERNAL MODULE: ./src/record/escape.ts
var record_escape = __webpack_require__(88562);
;// CONCATENATED MODULE: ./src/record/picture.ts



const BR = '<br/>';
function renderMermaid(environments, options = {}) {
    const max = Math.max(1, options.maxImages ?? 20);
    const lines = ['flowchart LR'];
    const changed = [];
    const held = [];
    const clicks = [];
    environments.forEach((env, e) => {
        lines.push(`  subgraph e${e}["${(0,record_escape/* escapeMermaid */.Fw)(environmentTitle(env))}"]`);
        lines.push('    direction TB');
        const shown = env.images.slice(0, max);
        shown.forEach((image, i) => {
            const id = `e${e}i${i}`;
            lines.push(`    ${id}["${imageLabel(image)}"]`);
            if (image.change)
                changed.push(id);
            if (image.hold)
                held.push(id);
            const link = options.links && env.configCommit ? (0,record_escape/* commitUrl */.Bg)(options.links, env.configCommit) : undefined;
            if (link)
                clicks.push(`  click ${id} href "${link}" _blank`);
        });
        if (env.images.length > shown.length) {
            lines.push(`    e${e}more["${(0,record_escape/* escapeMermaid */.Fw)(`+ ${env.images.length - shown.length} more`)}"]`);
        }
        if (env.images.length === 0)
            lines.push(`    e${e}none["${(0,record_escape/* escapeMermaid */.Fw)('(no image)')}"]`);
        lines.push('  end');
    });
    const index = new Map(environments.map((env, e) => [env.name, e]));
    for (const [from, to] of options.flows ?? []) {
        const a = index.get(from);
        const b = index.get(to);
        if (a !== undefined && b !== undefined && a !== b)
            lines.push(`  e${a} --> e${b}`);
    }
    lines.push('  classDef changed fill:#dafbe1,stroke:#1a7f37,color:#000');
    lines.push('  classDef held fill:#fff8c5,stroke:#9a6700,color:#000');
    if (changed.length > 0)
        lines.push(`  class ${changed.join(',')} changed`);
    if (held.length > 0)
        lines.push(`  class ${held.join(',')} held`);
    lines.push(...clicks);
    return lines.join('\n');
}
function imageLines(image) {
    const lines = [image.name];
    const runs = [
        image.runs !== undefined ? text_shortRef(image.runs) : 'no value',
        ...(image.digest ? [text_shortDigest(image.digest)] : []),
    ];
    lines.push(runs.join(' · '));
    if (image.change) {
        const from = image.change.from !== undefined ? text_shortRef(image.change.from) : '(none)';
        lines.push(`this run: ${from} → ${text_shortRef(image.change.to)} (${image.change.kind})`);
    }
    if (image.hold)
        lines.push(`held: ${holds_describeOrigin(image.hold)}`);
    return lines;
}
function environmentTitle(env) {
    return `${env.name} · ${env.configCommit ? `config ${text_shortSha(env.configCommit)}` : 'config unknown'}`;
}
function imageLabel(image) {
    return imageLines(image).map(record_escape/* escapeMermaid */.Fw).join(BR);
}
function renderPictureTable(environments, options = {}) {
    const { links, head } = options;
    const rows = environments.flatMap((env) => {
        const config = env.configCommit;
        const configCell = config
            ? [
                (0,record_escape/* markdownLink */.iQ)(text_shortSha(config), links && (0,record_escape/* commitUrl */.Bg)(links, config)),
                ...(links && head && head !== config && (0,record_escape/* compareUrl */.XH)(links, config, head)
                    ? [(0,record_escape/* markdownLink */.iQ)(`compare with ${text_shortSha(head)}`, (0,record_escape/* compareUrl */.XH)(links, config, head))]
                    : []),
            ].join(' · ')
            : '—';
        const overlayCell = env.overlayCommit
            ? (0,record_escape/* markdownLink */.iQ)(text_shortSha(env.overlayCommit), links && (0,record_escape/* commitUrl */.Bg)(links, env.overlayCommit))
            : '—';
        const images = env.images.length > 0 ? env.images : [undefined];
        return images.map((image) => {
            const runs = image
                ? [
                    image.runs !== undefined ? (0,record_escape/* codeSpan */.SS)(text_shortRef(image.runs)) : 'no value',
                    ...(image.digest ? [(0,record_escape/* codeSpan */.SS)(text_shortDigest(image.digest))] : []),
                ].join(' ')
                : '—';
            const change = image?.change
                ? `${(0,record_escape/* codeSpan */.SS)(image.change.from !== undefined ? text_shortRef(image.change.from) : '(none)')} → ${(0,record_escape/* codeSpan */.SS)(text_shortRef(image.change.to))} (${(0,record_escape/* escapeMarkdown */.FV)(image.change.kind)})`
                : '—';
            const hold = image?.hold ? (0,record_escape/* escapeMarkdown */.FV)(`held: ${holds_describeOrigin(image.hold)}`) : '—';
            return `| ${(0,record_escape/* escapeMarkdown */.FV)(env.name)} | ${image ? (0,record_escape/* escapeMarkdown */.FV)(image.name) : '—'} | ${runs} | ${configCell} | ${overlayCell} | ${change} | ${hold} |`;
        });
    });
    return [
        '| Environment | Image | Runs | Config commit | Overlay commit | This run | Hold |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}
function renderPicture(environments, options = {}) {
    if (environments.length === 0)
        return '';
    return [
        '#### Environments',
        '',
        '```mermaid',
        renderMermaid(environments, options),
        '```',
        '',
        renderPictureTable(environments, options),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/record/cli.ts





async function historyCommand(options) {
    const entries = await readHistory(options.git, options.overlay.file, {
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
        derive: { overlay: options.overlay, ...(options.images ? { images: options.images } : {}) },
        ...(options.logger ? { logger: options.logger } : {}),
    });
    return options.json
        ? `${JSON.stringify(historyJson(entries), null, 2)}\n`
        : historyText(entries, options.overlay.path);
}
async function statusCommand(environments, options = {}) {
    const statuses = await readStatus(environments, {
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
        notes.push(`rolled back from ${shortRef(image.rolledBackFrom.ref)}`);
    return [
        escapeTerminal(image.name),
        image.kind,
        image.to !== undefined ? escapeTerminal(fromTo(image.from, image.to)) : '',
        image.digest ? shortDigest(image.digest) : '',
        notes.join('; '),
    ];
}
function historyText(entries, overlay) {
    if (entries.length === 0)
        return `${escapeTerminal(overlay)}: no commit changed it\n`;
    const out = [];
    for (const e of entries) {
        const head = [formatTime(e.time), shortSha(e.commit), escapeTerminal(e.actor)];
        if (e.record) {
            if (e.record.environment !== undefined)
                head.push(escapeTerminal(e.record.environment));
            if (e.record.configCommit)
                head.push(`config ${shortSha(e.record.configCommit)}`);
        }
        else {
            head.push(`(no record) ${escapeTerminal(e.subject)}`);
        }
        out.push(head.join('  '));
        out.push(...columns(e.images.map(imageCells), '  '));
        if (e.record && e.images.length === 0)
            out.push('  (configuration only)');
        for (const note of e.ignored)
            out.push(`  note: the record ${escapeTerminal(note)}`);
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
        const head = [escapeTerminal(s.environment), escapeTerminal(s.overlay)];
        if (s.problem !== undefined) {
            out.push(`${head.join('  ')}  cannot be read: ${escapeTerminal(s.problem)}`);
            continue;
        }
        head.push(s.configCommit ? `config ${shortSha(s.configCommit)}` : 'config unknown (no record)');
        out.push(head.join('  '));
        const rows = s.images.map((i) => [
            escapeTerminal(i.name),
            i.value !== undefined ? escapeTerminal(shortRef(i.value)) : '(no value)',
            i.digest ? shortDigest(i.digest) : '',
            i.since
                ? `${i.since.kind} ${shortSha(i.since.commit)} by ${escapeTerminal(i.since.actor)} at ${formatTime(i.since.time)}`
                : '',
            i.hold ? `held: ${escapeTerminal(describeOrigin(i.hold))}` : '',
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

;// CONCATENATED MODULE: ./src/record/index.ts













// EXTERNAL MODULE: ./src/engine/decide.ts
var decide = __webpack_require__(71896);
// EXTERNAL MODULE: ./src/engine/needs.ts
var needs = __webpack_require__(21731);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/record.ts









const RECORD_HISTORY = 50;
const PICTURE_HISTORY = 20;
function imagesAt(images, path) {
    return images
        .map((image) => ({ image, at: (0,config_images/* imageFor */.zd)(image, path) }))
        .filter(({ image, at }) => at.key !== undefined || !image.keyByFile)
        .map(({ at }) => at);
}
function settled(names) {
    return (entries) => names.every((name) => entries.some((e) => e.images.some((i) => i.name === name && !(i.kind === 'reuse' && (i.from === undefined || i.from === i.to)))));
}
async function deploymentsApi(deps) {
    if (!deps.deployments || deps.config.environment === undefined)
        return undefined;
    try {
        return await deps.deployments();
    }
    catch (err) {
        deps.logger.warning(`no GitHub Deployment is read or recorded: ${(0,errors/* errorMessage */.gJ)(err)}; the overlay commit's record (its trailers) still records the deploy`);
        return undefined;
    }
}
async function deployedEntry(deps) {
    const api = await deploymentsApi(deps);
    const environment = deps.config.environment;
    if (!api || environment === undefined)
        return undefined;
    const read = await readDeployed(api, environment);
    if (!read.ok) {
        deps.logger.warning(read.warning);
        return undefined;
    }
    if (read.entry) {
        deps.logger.debug(`the newest deployment of ${environment} (${String(read.entry.deployment.id)}) runs the configuration of ${read.entry.record.configCommit ?? read.entry.commit}`);
    }
    return read.entry;
}
const HEADS = new WeakMap();
function headOf(placement, git) {
    if (placement.writeBack)
        return Promise.resolve(undefined);
    let heads = HEADS.get(placement);
    if (!heads)
        HEADS.set(placement, (heads = new Map()));
    let head = heads.get(git);
    if (!head)
        heads.set(git, (head = git.resolveCommitInWorkTree('HEAD').catch(() => undefined)));
    return head;
}
async function overlayEntries(deps, placement, state, names) {
    try {
        const git = await placement.gitFor(state.overlay.file);
        const rev = await headOf(placement, git);
        const history = await history_readHistory(git, state.overlay.file, {
            ...(rev ? { rev } : {}),
            limit: RECORD_HISTORY,
            derive: { overlay: state.overlay, images: imagesAt(deps.config.images, state.overlay.path) },
            enough: settled(names),
            logger: deps.logger,
        });
        return recordEntries(history);
    }
    catch (err) {
        deps.logger.debug(`the deploy records of ${state.overlay.path} cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return [];
    }
}
function record_newestFirst(entries) {
    return [...entries].sort((a, b) => b.time.getTime() - a.time.getTime());
}
async function gatherRecords(deps, placement, overlays, images, changesSince) {
    const head = deps.trigger.head;
    const groups = new Map();
    for (const f of images) {
        const state = overlays.find((s) => s.overlay.path === f.deployed?.overlay);
        if (state)
            groups.set(state, [...(groups.get(state) ?? []), f]);
    }
    const out = new Map();
    if (groups.size === 0)
        return out;
    const [deployed, ...histories] = await Promise.all([
        deployedEntry(deps),
        ...[...groups].map(([state, group]) => overlayEntries(deps, placement, state, group.map((f) => f.image.name))),
    ]);
    await Promise.all([...groups.values()].map(async (group, i) => {
        const entries = record_newestFirst([...(deployed ? [deployed] : []), ...(histories[i] ?? [])]);
        const running = runningConfig(entries);
        const changes = running && running.commit !== head
            ? await changesSince(running.commit, group.map((f) => f.image)).catch((err) => {
                deps.logger.debug(`cannot list what changed since the deployed config ${running.commit.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`);
                return undefined;
            })
            : undefined;
        for (const f of group) {
            const change = changes
                ? (changes.get(f.image.name) ?? { kind: 'none' })
                : undefined;
            const hold = f.deployed
                ? holdOf(entries, {
                    image: f.image.name,
                    ...('key' in f.source ? { headSource: f.source.key } : {}),
                    running: f.deployed.value,
                    explicit: false,
                })
                : undefined;
            if (hold?.held === false && hold.released) {
                deps.logger.info(`${f.image.name}: ${hold.released.reason}`);
            }
            out.set(f.image.name, {
                entries,
                ...(running
                    ? { config: configVerdict({ head, running, ...(change ? { change } : {}) }) }
                    : {}),
                ...(hold?.held ? { hold } : {}),
            });
        }
    }));
    return out;
}
function record_reference(repository, tag, digest) {
    if (tag === undefined && digest === undefined)
        return undefined;
    return (0,reference/* formatReference */.FH)((0,reference/* withTagAndDigest */.gh)(repository, tag, tag === undefined ? digest : undefined));
}
function valueReference(repository, value) {
    return record_reference(repository, value.tag, value.digest);
}
function requestOf(config, name) {
    const request = config.tag;
    if (request?.kind === 'previous') {
        return request.images === undefined || request.images.includes(name) ? 'previous' : undefined;
    }
    if (request?.kind === 'refs' && (config.mode === 'auto' || config.mode === 'reuse')) {
        return (0,tag_input/* requestedRef */.oH)(request, name) !== undefined ? 'tag' : undefined;
    }
    return undefined;
}
function written(o, f) {
    const d = o.decision;
    switch (d.kind) {
        case 'keep':
            return f?.deployed ? valueReference(f.deployed.repository, f.deployed.value) : undefined;
        case 'tag':
        case 'build':
            return o.target ? record_reference(o.target.repository, d.write.tag, o.target.digest) : undefined;
        case 'write-unverified':
            return record_reference(d.write.repository, d.write.tag, d.write.digest);
        case 'keep-unverified':
        case 'fail':
            return undefined;
    }
}
async function runRecord(outcomes, facts, deps) {
    const { config, trigger, env } = deps;
    const release = trigger.kind === 'tag' || trigger.kind === 'release';
    const images = [];
    for (const o of outcomes) {
        if (o.status !== 'verified' && o.status !== 'unverified')
            continue;
        const d = o.decision;
        const f = facts.images.find((x) => x.image.name === d.image.name);
        const request = requestOf(config, d.image.name);
        const kind = recordKind({
            decision: (0,decide/* nameOf */.Vb)(d),
            ...(request ? { request } : {}),
            release,
        });
        const to = written(o, f);
        if (kind === undefined || to === undefined)
            continue;
        const from = f?.deployed ? valueReference(f.deployed.repository, f.deployed.value) : undefined;
        const digest = d.kind === 'write-unverified' ? d.write.digest : o.target?.digest;
        const source = f && 'key' in f.source ? f.source.key : undefined;
        const away = (0,types/* found */.F9)(f?.deployed?.image)?.digest;
        images.push({
            name: d.image.name,
            kind,
            ...(from !== undefined ? { from } : {}),
            to,
            ...(digest !== undefined ? { digest } : {}),
            ...(source !== undefined ? { source } : {}),
            ...((kind === 'rollback' || kind === 'redeploy') && from !== undefined
                ? { rolledBackFrom: { ref: from, ...(away !== undefined ? { digest: away } : {}) } }
                : {}),
        });
    }
    if (images.length === 0)
        return undefined;
    const actor = env.GITHUB_ACTOR?.trim() ||
        (deps.author === 'user' ? await deps.git.authorName().catch(() => undefined) : undefined);
    const run = runUrl(env);
    return {
        version: 1,
        ...(config.environment !== undefined ? { environment: config.environment } : {}),
        configCommit: trigger.head,
        ...(actor ? { actor } : {}),
        ...(run !== undefined ? { run } : {}),
        images,
    };
}
function recordsDeployment(config) {
    return (config.githubDeployment &&
        config.environment !== undefined &&
        (0,decide/* writesOverlays */.SI)(config) &&
        !config.dryRun &&
        config.commit !== 'pull-request');
}
async function startRecord(outcomes, facts, deps) {
    const { config, logger } = deps;
    let record;
    try {
        record = await runRecord(outcomes, facts, deps);
    }
    catch (err) {
        logger.warning(`the deploy record could not be made: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const none = { ...(record ? { record } : {}), finish: () => Promise.resolve() };
    const environment = config.environment;
    if (!record || environment === undefined || !recordsDeployment(config))
        return none;
    const api = await deploymentsApi(deps);
    if (!api)
        return none;
    const links = {
        ...(runUrl(deps.env) !== undefined ? { logUrl: runUrl(deps.env) } : {}),
        ...(config.environmentUrl !== undefined ? { environmentUrl: config.environmentUrl } : {}),
    };
    const started = await startDeployment(api, {
        environment,
        ref: deps.trigger.head,
        record,
        ...links,
    });
    if (!started.ok) {
        logger.warning(started.warning);
        return none;
    }
    const { deployment } = started;
    logger.info(`GitHub Deployment ${String(deployment.id)} of ${environment}: in progress`);
    return {
        record,
        async finish(result) {
            const state = result.failure ? 'failure' : 'success';
            const done = await finishDeployment(api, deployment, {
                state,
                ...links,
                ...(result.failure ? { description: (0,redact/* redact */.E$)(result.failure) } : {}),
            });
            if (!done.ok) {
                logger.warning(done.warning);
                return;
            }
            for (const warning of done.warnings)
                logger.warning(warning);
            logger.info(`GitHub Deployment ${String(deployment.id)} of ${environment}: ${state}${done.inactivated.length > 0 ? ` (${done.inactivated.map(String).join(', ')} marked inactive)` : ''}`);
        },
    };
}
async function environmentsPicture(deps, placement, result) {
    const { config, trigger, env } = deps;
    const targets = placement.overlays;
    const from = placement.fromOverlay;
    if (targets.length === 0 && !from)
        return undefined;
    const targetName = (o) => targets.length === 1
        ? (config.environment ?? o.path)
        : config.environment !== undefined
            ? `${config.environment} (${o.path})`
            : o.path;
    const overlays = await Promise.all([...(from ? [from] : []), ...targets].map(async (overlay, i) => {
        const git = await placement.gitFor(overlay.file);
        const rev = await headOf(placement, git);
        return {
            environment: from && i === 0 ? '' : targetName(overlay),
            overlay,
            git,
            ...(rev ? { rev } : {}),
            images: imagesAt(config.images, overlay.path),
        };
    }));
    const statuses = await status_readStatus(overlays, {
        limit: PICTURE_HISTORY,
        deepen: false,
        logger: deps.logger,
    });
    const environments = pictureOf(statuses);
    if (config.overlayRepository)
        for (const e of environments)
            delete e.overlayCommit;
    const deployed = result.record !== undefined && !result.failure && !result.dryRun;
    const decidedHolds = (0,needs/* factNeeds */.m)(config, trigger).records;
    for (const [i, environment] of environments.entries()) {
        if (from && i === 0)
            continue;
        if (deployed)
            environment.configCommit = trigger.head;
        for (const image of environment.images) {
            const r = result.images.find((x) => x.name === image.name);
            if (!r)
                continue;
            if (decidedHolds) {
                delete image.hold;
                if (r.held)
                    image.hold = r.held;
            }
            if (r.status === 'verified' && r.digest !== undefined && image.digest === undefined)
                image.digest = r.digest;
            const recorded = result.record?.images.find((x) => x.name === image.name);
            if (recorded && recorded.from !== recorded.to) {
                image.change = {
                    ...(recorded.from !== undefined ? { from: recorded.from } : {}),
                    to: recorded.to,
                    kind: recorded.kind,
                };
            }
            else if (!recorded && r.write && r.status !== 'failed' && (r.tag || r.digest)) {
                image.change = {
                    ...(r.from !== undefined ? { from: r.from } : {}),
                    to: r.tag ?? r.digest ?? '',
                    kind: result.planning ? `${r.decision}, planned` : r.decision,
                };
            }
        }
    }
    const links = (0,record_escape/* repositoryLinks */.Ay)(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY);
    const first = environments[0];
    const flows = from && first ? environments.slice(1).map((e) => [first.name, e.name]) : [];
    return renderPicture(environments, { ...(links ? { links } : {}), head: trigger.head, flows });
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
