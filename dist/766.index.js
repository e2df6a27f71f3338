export const id = 766;
export const ids = [766];
export const modules = {

/***/ 93766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copySignatures: () => (/* binding */ copySignatures),
  prepareTrust: () => (/* binding */ prepareTrust),
  signOutcomes: () => (/* binding */ signOutcomes),
  verifyCandidates: () => (/* binding */ verifyCandidates)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/provenance/load.ts
function loadProvenance() {
    return Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 35431));
}

// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
// EXTERNAL MODULE: ./src/registry/pool.ts
var pool = __webpack_require__(57937);
// EXTERNAL MODULE: ./src/registry/types.ts
var types = __webpack_require__(30234);
// EXTERNAL MODULE: ./src/source/keys.ts
var keys = __webpack_require__(3317);
// EXTERNAL MODULE: ./src/engine/trust.ts
var engine_trust = __webpack_require__(90652);
// EXTERNAL MODULE: ./src/engine/types.ts
var engine_types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/provenance.ts









const PARALLEL = 8;
function signerInput(sign, env) {
    if (sign.kind === 'key')
        return { kind: 'key', signingKey: sign.signingKey };
    return {
        kind: 'keyless',
        fulcioUrl: sign.fulcioUrl,
        rekorUrl: sign.rekorUrl,
        ...(sign.tsaUrl !== undefined ? { tsaUrl: sign.tsaUrl } : {}),
        env,
    };
}
function serverUrlOf(env) {
    return (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
}
function repositoryOf(deps) {
    const repo = deps.trigger.repository;
    return repo ? `${repo.owner}/${repo.name}` : undefined;
}
function policyInput(verify, deps) {
    if (verify.kind === 'key')
        return { kind: 'key', verifyKey: verify.verifyKey };
    const repository = repositoryOf(deps);
    if (verify.certificateIdentity === undefined && repository === undefined) {
        throw new errors/* InputError */.dz('certificate-identity', "is empty, and the default (this repository's workflows) needs the repository, which is unknown here", 'give certificate-identity (a regular expression of the signing workflow), or the repository (GITHUB_REPOSITORY, --repository)');
    }
    return {
        kind: 'keyless',
        serverUrl: serverUrlOf(deps.env),
        repository: repository ?? '',
        certificateOidcIssuer: verify.certificateOidcIssuer,
        ...(verify.certificateIdentity !== undefined
            ? { certificateIdentity: verify.certificateIdentity }
            : {}),
        ...(verify.trustedRoot !== undefined ? { trustedRoot: verify.trustedRoot } : {}),
    };
}
function requirement(policy) {
    if (policy.kind === 'key') {
        return `a signature by verify-key (${policy.keys.map((k) => `key ${k.hint}`).join(', ')})`;
    }
    const root = policy.trustName === 'the public-good trusted root' ? '' : ` under ${policy.trustName}`;
    return `a signature by an identity matching ${policy.identityText} with issuer ${policy.issuer}${root}`;
}
async function prepareTrust(deps) {
    const { config } = deps;
    if (config.sign === undefined && config.verify === undefined)
        return undefined;
    const planning = config.mode === 'plan' || config.dryRun;
    if (config.sign?.kind === 'keyless' && !planning && !deps.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        throw new errors/* InputError */.dz('sign', 'keyless signs with the workflow OIDC token, but this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', 'give the job permissions: id-token: write (a pull request from a fork never gets one), or use sign: key');
    }
    const provenance = await loadProvenance();
    const signer = config.sign === undefined
        ? undefined
        : await provenance.createSigner(signerInput(config.sign, deps.env));
    const policy = config.verify === undefined
        ? undefined
        : provenance.preparePolicy(policyInput(config.verify, deps));
    return {
        provenance,
        ...(signer ? { signer } : {}),
        ...(policy ? { policy } : {}),
        required: policy ? requirement(policy) : '',
        stores: new Map(),
    };
}
function storeFor(deps, trust, repository) {
    let store = trust.stores.get(repository.domain);
    if (store === undefined) {
        store = deps.registries.forReference(repository).then((registry) => {
            if (!(0,types/* isArtifactStore */.A)(registry)) {
                throw new errors/* UserError */.yo(`the registry client of ${repository.domain} cannot read or write OCI referrers, where signatures live`);
            }
            let noReferrersApi = false;
            return {
                readManifest: (ref) => registry.readManifest(ref),
                writeManifest: (ref, manifest, options) => registry.writeManifest(ref, manifest, options),
                writeBlob: (repo, bytes) => registry.writeBlob(repo, bytes),
                readBlob: (repo, digest) => registry.readBlob(repo, digest),
                referrers: async (repo, digest, artifactType) => {
                    if (noReferrersApi)
                        return undefined;
                    const answer = await registry.referrers(repo, digest, artifactType);
                    if (answer === undefined)
                        noReferrersApi = true;
                    return answer;
                },
            };
        });
        trust.stores.set(repository.domain, store);
    }
    return store;
}
function infoOf(statement, signer, referrer, signedAt) {
    return {
        identity: signer.identity,
        ...(signer.issuer !== undefined ? { issuer: signer.issuer } : {}),
        ...(signer.keyHint !== undefined ? { keyHint: signer.keyHint } : {}),
        ...(signedAt ? { signedAt: signedAt.toISOString() } : {}),
        referrer,
        sourceKey: statement.sourceKey,
        sourceKeyVersion: statement.sourceKeyVersion,
        repository: statement.repository,
        serverUrl: statement.serverUrl,
        commit: statement.commit,
        ...(statement.workflowRef !== undefined ? { workflowRef: statement.workflowRef } : {}),
        ...(statement.runUrl !== undefined ? { runUrl: statement.runUrl } : {}),
    };
}
async function check(deps, trust, repository, digest) {
    try {
        const store = await storeFor(deps, trust, repository);
        const result = await trust.provenance.verifyImage(store, repository, digest, trust.policy);
        if (result.ok) {
            return {
                ok: true,
                signature: infoOf(result.statement, result.signer, result.referrer, result.signedAt),
            };
        }
        return { ok: false, found: result.found, problem: result.problem, required: trust.required };
    }
    catch (err) {
        return {
            ok: false,
            found: 'unreadable',
            problem: `cannot check the signatures of ${digest} in ${repository.name}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            required: trust.required,
        };
    }
}
async function verifyCandidates(facts, deps, trust) {
    const policy = trust.policy;
    if (policy === undefined)
        return facts;
    const candidates = new Map();
    const add = (image) => {
        if (image)
            candidates.set((0,engine_trust/* signatureKey */.cx)(image.repository.name, image.digest), image);
    };
    for (const f of facts.images) {
        add((0,engine_types/* found */.F9)(f.deployed?.image));
        add((0,engine_types/* found */.F9)(f.sourceImage));
        for (const lookup of f.tagged.values())
            add((0,engine_types/* found */.F9)(lookup));
        add((0,engine_types/* found */.F9)(f.requested?.image));
        add(f.rollback?.target?.image);
        add((0,engine_types/* found */.F9)(f.promoteSource?.image));
        if (f.planned?.digest)
            add({ repository: f.image.repository, digest: f.planned.digest });
    }
    const started = performance.now();
    const entries = await (0,pool/* mapPool */.P)([...candidates], PARALLEL, async ([key, c]) => {
        const fact = await check(deps, { ...trust, policy }, c.repository, c.digest);
        return [key, fact];
    });
    deps.logger.debug(`verified the signatures of ${entries.length} digest(s) in ${Math.round(performance.now() - started)} ms`);
    return { ...facts, signatures: new Map(entries) };
}
function statementFields(deps, provenance, key) {
    const { env, trigger } = deps;
    const repository = repositoryOf(deps);
    if (repository === undefined) {
        throw new errors/* UserError */.yo('cannot sign: the repository the source comes from is unknown — run in a workflow (GITHUB_REPOSITORY), or give --repository OWNER/NAME');
    }
    const serverUrl = serverUrlOf(env);
    const runId = env.GITHUB_RUN_ID;
    return {
        sourceKey: key,
        sourceKeyVersion: keys/* SOURCE_KEY_VERSION */.PO,
        repository,
        serverUrl,
        commit: trigger.head,
        ...(env.GITHUB_WORKFLOW_REF ? { workflowRef: env.GITHUB_WORKFLOW_REF } : {}),
        ...(runId
            ? {
                runUrl: provenance.runUrlOf(serverUrl, repository, runId, env.GITHUB_RUN_ATTEMPT || '1'),
            }
            : {}),
        imagePromoteVersion: package_namespaceObject.rE,
    };
}
async function signOne(deps, trust, repository, digest, key) {
    const { provenance, signer } = trust;
    const store = await storeFor(deps, trust, repository);
    const fields = statementFields(deps, provenance, key);
    const signed = await provenance.signImage(store, repository, digest, fields, signer);
    deps.logger.info(`signed ${repository.name}@${digest} as ${signed.signer.identity}: bundle ${signed.referrer} (${signed.via === 'api' ? 'referrers API' : 'referrers tag schema'})`);
    return {
        ...infoOf(signed.statement, signed.signer, signed.referrer, signed.signedAt),
        signedNow: true,
    };
}
async function signOutcomes(outcomes, facts, deps, trust) {
    const signer = trust.signer;
    if (signer === undefined) {
        const unsigned = outcomes.filter((o) => o.decision.kind === 'build' && o.status === 'pushed');
        if (unsigned.length > 0) {
            deps.logger.warning(`verify: signature is on but sign is none, so ${unsigned.map((o) => o.decision.image.name).join(', ')} went into the registry unsigned, and a run that verifies will refuse them — set sign: keyless or key where images are built`);
        }
        return outcomes;
    }
    const keyOf = (name) => {
        const source = facts.images.find((f) => f.image.name === name)?.source;
        if (source === undefined || 'problem' in source) {
            throw new errors/* UserError */.yo(`cannot sign: the source key of ${name} is unknown (${source?.problem ?? 'not computed'}), and the statement names it`);
        }
        return source.key;
    };
    return (0,pool/* mapPool */.P)(outcomes, PARALLEL, async (o) => {
        const d = o.decision;
        const target = o.target;
        if (o.status === 'failed' || target === undefined)
            return o;
        const built = d.kind === 'build' && o.status === 'pushed';
        const requested = deps.config.signRequested === true &&
            (d.kind === 'tag' || d.kind === 'keep') &&
            facts.images.some((f) => f.image.name === d.image.name && f.requested !== undefined);
        if (!built && !requested)
            return o;
        const where = `${target.repository.name}@${target.digest}`;
        const tags = d.kind === 'build' ? d.pushTags : [];
        let signature;
        try {
            signature = await signOne(deps, { ...trust, signer }, target.repository, target.digest, keyOf(d.image.name));
        }
        catch (err) {
            const held = tags.length > 0 ? `; no tag was added (${tags.join(', ')} name nothing)` : '';
            return {
                ...o,
                status: 'failed',
                error: `signing ${where} failed: ${(0,errors/* errorMessage */.gJ)(err)}${held}`,
                wrote: true,
            };
        }
        try {
            const registry = await deps.registries.forReference(target.repository);
            const source = (0,reference/* withTagAndDigest */.gh)(target.repository, undefined, target.digest);
            for (const tag of tags) {
                const done = await registry.addTag(source, tag, {
                    allowOverwrite: deps.config.allowTagOverwrite,
                });
                if (done.descriptor.digest !== target.digest) {
                    throw new Error(`${(0,reference/* formatReference */.FH)((0,reference/* withTagAndDigest */.gh)(target.repository, tag))} got ${done.descriptor.digest}, not ${target.digest}`);
                }
            }
        }
        catch (err) {
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err), wrote: true, signature };
        }
        return { ...o, wrote: true, signature };
    });
}
function copySignatures(deps, trust) {
    return async (from, to, digest) => {
        const [source, target] = await Promise.all([
            storeFor(deps, trust, from),
            storeFor(deps, trust, to),
        ]);
        const copied = await trust.provenance.copyBundles({ store: source, repository: (0,reference/* withTagAndDigest */.gh)(from) }, { store: target, repository: (0,reference/* withTagAndDigest */.gh)(to) }, digest);
        if (copied.length > 0) {
            deps.logger.info(`copied ${copied.length} signature bundle(s) of ${digest} from ${from.name} to ${to.name}`);
        }
    };
}


/***/ }),

/***/ 30234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ isArtifactStore)
/* harmony export */ });
function isArtifactStore(registry) {
    const r = registry;
    return (typeof r.readManifest === 'function' &&
        typeof r.writeManifest === 'function' &&
        typeof r.writeBlob === 'function' &&
        typeof r.readBlob === 'function' &&
        typeof r.referrers === 'function');
}


/***/ })

};
