export const id = 619;
export const ids = [619];
export const modules = {

/***/ 32619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
;// CONCATENATED MODULE: ./src/registry/promote.ts


function parsePromotionTarget(source, target) {
    if (!/[/:@]/.test(target)) {
        const problem = (0,reference/* tagProblem */.qH)(target);
        if (problem)
            throw new errors/* UserError */.yo(`invalid target tag "${target}": ${problem}`);
        return (0,reference/* withTagAndDigest */.gh)(source, target);
    }
    const parsed = (0,reference/* tryParseReference */.WF)(target);
    if (!parsed.ok)
        throw new errors/* UserError */.yo(`invalid target reference "${target}": ${parsed.reason}`);
    const ref = parsed.ref;
    if (ref.digest !== undefined) {
        throw new errors/* UserError */.yo(`target "${target}" pins a digest; a promotion writes a tag (e.g. ${ref.name}:v1)`);
    }
    if (ref.tag === undefined) {
        throw new errors/* UserError */.yo(`target "${target}" has no tag; name the tag to write (e.g. ${ref.name}:v1)`);
    }
    if (ref.domain !== source.domain) {
        throw new errors/* UserError */.yo(`cannot promote ${(0,reference/* formatReference */.FH)(source)} to ${(0,reference/* formatReference */.FH)(ref)}: both must be in the same registry (copying between registries would need the layers pulled and pushed)`);
    }
    return ref;
}
async function promoteImage(provider, source, target, options = {}) {
    const registry = await provider.forReference(source);
    const tag = target.tag;
    if (tag === undefined)
        throw new UserError(`target ${formatReference(target)} has no tag`);
    const result = target.path === source.path
        ? await registry.addTag(source, tag, options)
        : await registry.copy(source, target, options);
    if (source.digest !== undefined && result.descriptor.digest !== source.digest) {
        throw new UserError(`promotion of ${formatReference(source)} produced ${result.descriptor.digest}; the digest must not change`);
    }
    return { source, target, descriptor: result.descriptor, changed: result.changed };
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(85217);
// EXTERNAL MODULE: ./src/cli/run.ts + 10 modules
var run = __webpack_require__(2801);
;// CONCATENATED MODULE: ./src/cli/promote.ts





const HELP = `usage: image-promote promote SRC DST [SRC DST ...] [options]

Points DST at the image SRC names without pulling or rebuilding it; the digest never changes.
  SRC  an image reference (tag or digest; no tag means :latest)
  DST  a bare tag (same repository: the manifest is retagged), or a full reference with a tag
       in the same registry (another repository: layers are mounted, not downloaded)
Several pairs run concurrently in one process (e.g. a whole release).

Prints one line per pair, in argument order: the digest when one pair is given, else
"TARGET DIGEST". A tag that already points to another digest is refused (exit 1). Every
write is read back: a pair fails (exit 1) when the registry returns bytes that do not hash
to what they should, or when another writer moved the tag before it was read back (the
registry API has no compare-and-swap; immutable tags in the registry are the real lock).

options:
  --allow-overwrite         allow moving a tag that already points to another digest
  --concurrency N           pairs promoted at once (default 8, at most 32)
  --json                    print a JSON array of {source, target, digest, mediaType, size}
                            (or {source, target, error}) instead
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable`;
function parsePairs(positionals) {
    if (positionals.length === 0 || positionals.length % 2 !== 0) {
        throw new context/* UsageError */.eb(`expected SRC DST pairs, got ${positionals.length} argument(s)\n\n${HELP}`);
    }
    const pairs = [];
    for (let i = 0; i < positionals.length; i += 2) {
        const src = positionals[i] ?? '';
        const dst = positionals[i + 1] ?? '';
        const parsed = (0,reference/* tryParseReference */.WF)(src);
        if (!parsed.ok)
            throw new context/* UsageError */.eb(`invalid source "${src}": ${parsed.reason}`);
        const source = parsed.ref.tag === undefined && parsed.ref.digest === undefined
            ? (0,reference/* withTagAndDigest */.gh)(parsed.ref, 'latest')
            : parsed.ref;
        let target;
        try {
            target = parsePromotionTarget(source, dst);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw new context/* UsageError */.eb(err.message);
            throw err;
        }
        const name = (0,reference/* formatReference */.FH)(target);
        if (pairs.some((p) => p.name === name))
            throw new context/* UsageError */.eb(`${name} is named twice as a target`);
        pairs.push({ source, target, name });
    }
    return pairs;
}
async function promoteCommand(ctx) {
    const flags = (0,context/* commandFlags */.LZ)(ctx, HELP, {
        'allow-overwrite': { type: 'boolean' },
        concurrency: { type: 'string' },
        json: { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
    });
    if (!flags)
        return 0;
    const { values, positionals } = flags;
    const pairs = parsePairs(positionals);
    const concurrency = values.concurrency ?? '8';
    if (!/^\d+$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 32) {
        throw new context/* UsageError */.eb(`--concurrency must be a whole number from 1 to 32`);
    }
    const text = {
        mode: 'promote',
        tag: pairs
            .map((p) => `${p.name}=${(0,reference/* formatReference */.FH)(p.source)} -> ${p.target.tag ?? ''}`)
            .join('\n'),
        'pin-digest': 'true',
        'allow-tag-overwrite': values['allow-overwrite'] ? 'true' : 'false',
        'insecure-registries': (values['insecure-registry'] ?? []).join('\n'),
        'promote-tags': '',
        'max-parallel': concurrency,
    };
    const images = pairs.map((p) => ({ name: p.name, repository: (0,reference/* withTagAndDigest */.gh)(p.target).name }));
    const { result } = await (0,run/* runDoor */.M6)(ctx, {
        inputs: (0,run/* commandInputs */.tp)({ text, data: { images } }, undefined, ctx.env),
        workspace: ctx.cwd,
        trigger: (0,run/* commandLineTrigger */.M9)(''),
    });
    if (result.failureKind === 'input') {
        ctx.logger.info(`image-promote promote: ${result.failure ?? ''}`);
        return 2;
    }
    const rows = pairs.map((pair) => {
        const image = result.images.find((i) => i.name === pair.name);
        const source = (0,reference/* formatReference */.FH)(pair.source);
        const target = (0,reference/* formatReference */.FH)(pair.target);
        if (!image || image.status !== 'verified' || !image.digest) {
            const error = image?.error ?? image?.reason ?? result.failure ?? 'not promoted';
            ctx.logger.info(`image-promote promote: ${source} → ${target}: ${error}`);
            return { source, target, error };
        }
        ctx.logger.info(`promoted ${source} → ${target} (${image.digest})`);
        return {
            source,
            target,
            digest: image.digest,
            ...(image.mediaType ? { mediaType: image.mediaType } : {}),
            ...(image.size !== undefined ? { size: image.size } : {}),
        };
    });
    if (values.json)
        ctx.stdout(`${JSON.stringify(rows)}\n`);
    else {
        for (const row of rows) {
            if (!('digest' in row))
                continue;
            ctx.stdout(pairs.length === 1 ? `${row.digest}\n` : `${row.target} ${row.digest}\n`);
        }
    }
    return rows.some((row) => 'error' in row) ? 1 : 0;
}


/***/ })

};
