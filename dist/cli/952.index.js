export const id = 952;
export const ids = [952];
export const modules = {

/***/ 85952:
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
// EXTERNAL MODULE: ./src/config/tag-input.ts
var tag_input = __webpack_require__(72931);
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
// EXTERNAL MODULE: ./src/record/holds.ts
var holds = __webpack_require__(69307);
// EXTERNAL MODULE: ./src/record/text.ts
var record_text = __webpack_require__(74310);
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
    const at = `${(0,record_text/* shortSha */.Fu)(running.commit)} (from the ${running.via === 'deployment' ? 'newest deployment' : 'overlay commit’s record'})`;
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

// EXTERNAL MODULE: ./src/record/history.ts
var record_history = __webpack_require__(82113);
// EXTERNAL MODULE: ./src/record/status.ts
var record_status = __webpack_require__(13267);
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
        image.runs !== undefined ? (0,record_text/* shortRef */.m3)(image.runs) : 'no value',
        ...(image.digest ? [(0,record_text/* shortDigest */.VK)(image.digest)] : []),
    ];
    lines.push(runs.join(' · '));
    if (image.change) {
        const from = image.change.from !== undefined ? (0,record_text/* shortRef */.m3)(image.change.from) : '(none)';
        lines.push(`this run: ${from} → ${(0,record_text/* shortRef */.m3)(image.change.to)} (${image.change.kind})`);
    }
    if (image.hold)
        lines.push(`held: ${(0,holds/* describeOrigin */.uN)(image.hold)}`);
    return lines;
}
function environmentTitle(env) {
    return `${env.name} · ${env.configCommit ? `config ${(0,record_text/* shortSha */.Fu)(env.configCommit)}` : 'config unknown'}`;
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
                (0,record_escape/* markdownLink */.iQ)((0,record_text/* shortSha */.Fu)(config), links && (0,record_escape/* commitUrl */.Bg)(links, config)),
                ...(links && head && head !== config && (0,record_escape/* compareUrl */.XH)(links, config, head)
                    ? [(0,record_escape/* markdownLink */.iQ)(`compare with ${(0,record_text/* shortSha */.Fu)(head)}`, (0,record_escape/* compareUrl */.XH)(links, config, head))]
                    : []),
            ].join(' · ')
            : '—';
        const overlayCell = env.overlayCommit
            ? (0,record_escape/* markdownLink */.iQ)((0,record_text/* shortSha */.Fu)(env.overlayCommit), links && (0,record_escape/* commitUrl */.Bg)(links, env.overlayCommit))
            : '—';
        const images = env.images.length > 0 ? env.images : [undefined];
        return images.map((image) => {
            const runs = image
                ? [
                    image.runs !== undefined ? (0,record_escape/* codeSpan */.SS)((0,record_text/* shortRef */.m3)(image.runs)) : 'no value',
                    ...(image.digest ? [(0,record_escape/* codeSpan */.SS)((0,record_text/* shortDigest */.VK)(image.digest))] : []),
                ].join(' ')
                : '—';
            const change = image?.change
                ? `${(0,record_escape/* codeSpan */.SS)(image.change.from !== undefined ? (0,record_text/* shortRef */.m3)(image.change.from) : '(none)')} → ${(0,record_escape/* codeSpan */.SS)((0,record_text/* shortRef */.m3)(image.change.to))} (${(0,record_escape/* escapeMarkdown */.FV)(image.change.kind)})`
                : '—';
            const hold = image?.hold ? (0,record_escape/* escapeMarkdown */.FV)(`held: ${(0,holds/* describeOrigin */.uN)(image.hold)}`) : '—';
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

// EXTERNAL MODULE: ./src/record/cli.ts
var cli = __webpack_require__(39987);
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
        const history = await (0,record_history/* readHistory */.Lu)(git, state.overlay.file, {
            ...(rev ? { rev } : {}),
            limit: RECORD_HISTORY,
            derive: { overlay: state.overlay, images: imagesAt(deps.config.images, state.overlay.path) },
            enough: settled(names),
            logger: deps.logger,
        });
        return (0,record_history/* recordEntries */.mG)(history);
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
                ? (0,holds/* holdOf */.nv)(entries, {
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
    const statuses = await (0,record_status/* readStatus */.r)(overlays, {
        limit: PICTURE_HISTORY,
        deepen: false,
        logger: deps.logger,
    });
    const environments = (0,record_status/* pictureOf */.C)(statuses);
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


/***/ })

};
