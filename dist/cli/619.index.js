export const id = 619;
export const ids = [619];
export const modules = {

/***/ 2619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/registry/pool.ts
var pool = __webpack_require__(7937);
;// CONCATENATED MODULE: ./src/registry/promote.ts
/**
 * Promotion: point a tag at an existing image, in the same repository (retag) or another
 * repository of the same registry (copy), without pulling it and without changing its digest.
 */


/**
 * Reads a promotion target: a bare tag means "this tag in the source's repository"; anything
 * with `/`, `:` or `@` is a full reference, which must carry a tag and no digest.
 */
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
/** Retags within a repository or copies to another one; verifies the digest did not change. */
async function promoteImage(provider, source, target, options = {}) {
    const registry = await provider.forReference(source);
    const tag = target.tag;
    if (tag === undefined)
        throw new errors/* UserError */.yo(`target ${(0,reference/* formatReference */.FH)(target)} has no tag`);
    const result = target.path === source.path
        ? await registry.addTag(source, tag, options)
        : await registry.copy(source, target, options);
    if (source.digest !== undefined && result.descriptor.digest !== source.digest) {
        // The registry layer verifies every write; this guards the contract at the boundary too.
        throw new errors/* UserError */.yo(`promotion of ${(0,reference/* formatReference */.FH)(source)} produced ${result.descriptor.digest}; the digest must not change`);
    }
    return { source, target, descriptor: result.descriptor, changed: result.changed };
}

// EXTERNAL MODULE: ./src/registry/provider.ts
var registry_provider = __webpack_require__(4998);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
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
  --concurrency N           pairs promoted at once (default 8)
  --json                    print a JSON array of {source, target, digest, mediaType, size,
                            changed} (or {source, target, error}) instead
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable`;
function parsePairs(positionals) {
    if (positionals.length === 0 || positionals.length % 2 !== 0) {
        throw new context/* UsageError */.eb(`image-promote promote: expected SRC DST pairs, got ${positionals.length} argument(s)\n\n${HELP}`);
    }
    const pairs = [];
    const targets = new Set();
    for (let i = 0; i < positionals.length; i += 2) {
        const src = positionals[i] ?? '';
        const dst = positionals[i + 1] ?? '';
        const parsed = (0,reference/* tryParseReference */.WF)(src);
        if (!parsed.ok) {
            throw new context/* UsageError */.eb(`image-promote promote: invalid source "${src}": ${parsed.reason}`);
        }
        const source = parsed.ref.tag === undefined && parsed.ref.digest === undefined
            ? (0,reference/* withTagAndDigest */.gh)(parsed.ref, 'latest')
            : parsed.ref;
        let target;
        try {
            target = parsePromotionTarget(source, dst);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw new context/* UsageError */.eb(`image-promote promote: ${err.message}`);
            throw err;
        }
        const key = (0,reference/* formatReference */.FH)(target);
        // Two writes to one tag in the same run would race; the result would depend on timing.
        if (targets.has(key))
            throw new context/* UsageError */.eb(`image-promote promote: ${key} is named twice as a target`);
        targets.add(key);
        pairs.push({ source, target });
    }
    return pairs;
}
async function promoteCommand(ctx) {
    const { values, positionals } = (0,context/* parseFlags */.bQ)('promote', ctx.args, {
        'allow-overwrite': { type: 'boolean' },
        concurrency: { type: 'string' },
        json: { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
    }, true);
    if (values.help) {
        ctx.stdout(`${HELP}\n`);
        return 0;
    }
    const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new context/* UsageError */.eb(`image-promote promote: --concurrency must be a positive integer`);
    }
    const pairs = parsePairs(positionals);
    const allowOverwrite = values['allow-overwrite'] ?? false;
    const provider = (0,registry_provider/* createRegistryProvider */.n)({
        ...ctx.registry,
        logger: ctx.logger,
        env: ctx.env,
        insecureRegistries: values['insecure-registry'] ?? [],
        allowOverwrite,
    });
    const settled = await (0,pool/* mapSettled */.A)(pairs, concurrency, async ({ source, target }) => {
        const result = await promoteImage(provider, source, target, { allowOverwrite });
        ctx.logger.info(result.changed
            ? `promoted ${(0,reference/* formatReference */.FH)(source)} → ${(0,reference/* formatReference */.FH)(target)} (${result.descriptor.digest})`
            : `${(0,reference/* formatReference */.FH)(target)} already is ${result.descriptor.digest}; nothing to do`);
        return result;
    });
    const rows = pairs.map((pair, i) => {
        const outcome = settled[i];
        if (outcome?.status === 'fulfilled')
            return { pair, result: outcome.value };
        const error = (0,errors/* errorMessage */.gJ)(outcome?.status === 'rejected' ? outcome.reason : 'not run');
        ctx.logger.info(`image-promote promote: ${(0,reference/* formatReference */.FH)(pair.source)} → ${(0,reference/* formatReference */.FH)(pair.target)}: ${error}`);
        return { pair, error };
    });
    if (values.json) {
        const report = rows.map((row) => ({
            source: (0,reference/* formatReference */.FH)(row.pair.source),
            target: (0,reference/* formatReference */.FH)(row.pair.target),
            ...('result' in row
                ? { ...row.result.descriptor, changed: row.result.changed }
                : { error: row.error }),
        }));
        ctx.stdout(`${JSON.stringify(report)}\n`);
    }
    else {
        for (const row of rows) {
            if (!('result' in row))
                continue;
            const digest = row.result.descriptor.digest;
            ctx.stdout(pairs.length === 1 ? `${digest}\n` : `${(0,reference/* formatReference */.FH)(row.pair.target)} ${digest}\n`);
        }
    }
    return rows.some((row) => 'error' in row) ? 1 : 0;
}


/***/ })

};
