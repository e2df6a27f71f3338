export const id = 734;
export const ids = [734];
export const modules = {

/***/ 67734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EcrRegistry: () => (/* binding */ EcrRegistry),
  createEcrClient: () => (/* binding */ createEcrClient),
  createEcrWriteClient: () => (/* binding */ createEcrWriteClient),
  createPutImagePacer: () => (/* binding */ createPutImagePacer),
  getEcrAuthorization: () => (/* binding */ getEcrAuthorization)
});

// UNUSED EXPORTS: ECR_PUT_IMAGE_ATTEMPTS, ECR_PUT_IMAGE_PER_SECOND, awsError, retryKind

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(28249);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(28902);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
// EXTERNAL MODULE: ./src/registry/ecr-host.ts
var ecr_host = __webpack_require__(80072);
// EXTERNAL MODULE: ./src/registry/http.ts
var http = __webpack_require__(58851);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/oci-wire.ts
var oci_wire = __webpack_require__(89274);
;// CONCATENATED MODULE: ./src/registry/pace.ts
class RatePacer {
    limit;
    windowMs;
    clock;
    starts = [];
    queue = Promise.resolve();
    constructor(limit, windowMs, clock) {
        this.limit = limit;
        this.windowMs = windowMs;
        this.clock = clock;
        if (!Number.isInteger(limit) || limit < 1)
            throw new Error(`invalid pacer limit ${limit}`);
        if (!(windowMs > 0))
            throw new Error(`invalid pacer window ${windowMs}`);
    }
    acquire() {
        const turn = this.queue.then(() => this.take());
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    async take() {
        for (;;) {
            const now = this.clock.now();
            while (this.starts.length > 0 && this.starts[0] + this.windowMs <= now) {
                this.starts.shift();
            }
            if (this.starts.length < this.limit) {
                this.starts.push(now);
                return;
            }
            await this.clock.sleep(this.starts[0] + this.windowMs - now);
        }
    }
}

// EXTERNAL MODULE: ./src/registry/tag-precondition.ts
var tag_precondition = __webpack_require__(51802);
// EXTERNAL MODULE: ./src/registry/backend.ts
var backend = __webpack_require__(41023);
;// CONCATENATED MODULE: ./src/registry/ecr.ts












const ECR_PUT_IMAGE_PER_SECOND = 10;
const ECR_PUT_IMAGE_ATTEMPTS = 5;
function createPutImagePacer(clock = http_retry/* systemClock */.ml) {
    return new RatePacer(ECR_PUT_IMAGE_PER_SECOND, 1000, clock);
}
function createEcrClient(host, options = {}) {
    const policy = options.retry ?? http_retry/* DEFAULT_RETRY_POLICY */.cO;
    return new dist_cjs/* ECRClient */.S70({
        region: host.region,
        useFipsEndpoint: host.fips,
        useDualstackEndpoint: host.dualstack,
        maxAttempts: options.maxAttempts ?? policy.retries + 1,
        retryMode: 'standard',
        requestHandler: { requestTimeout: policy.timeoutMs, connectionTimeout: policy.timeoutMs },
        ...(options.credentials ? { credentials: options.credentials } : {}),
    });
}
function createEcrWriteClient(host, client, options = {}) {
    return createEcrClient(host, {
        ...options,
        maxAttempts: 1,
        credentials: client.config.credentials,
    });
}
function requireEcrHost(host) {
    const parsed = (0,ecr_host.parseEcrHost)(host);
    if (!parsed) {
        throw new errors/* UserError */.yo(`${host} is not an Amazon ECR registry host (expected <account>.dkr.ecr.<region>.amazonaws.com)`);
    }
    return parsed;
}
async function getEcrAuthorization(host, options) {
    const parsed = requireEcrHost(host);
    const client = options.client ?? createEcrClient(parsed, options.retry ? { retry: options.retry } : {});
    const ctx = { registry: host, operation: 'GetAuthorizationToken' };
    let data;
    try {
        const out = await client.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6({}));
        data = out.authorizationData?.[0];
    }
    catch (err) {
        throw awsError(err, ctx);
    }
    const token = data?.authorizationToken;
    if (!data || !token)
        throw new http/* RegistryError */.gl(ctx, 'ECR returned no authorization token');
    redact/* redactor */.$p.add(token);
    options.logger.mask(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new http/* RegistryError */.gl(ctx, 'ECR returned an authorization token of unknown form');
    const password = decoded.slice(colon + 1);
    redact/* redactor */.$p.addCredentials(decoded.slice(0, colon), password);
    options.logger.mask(password);
    return {
        username: decoded.slice(0, colon),
        password,
        endpoint: data.proxyEndpoint ?? `https://${host}`,
        ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
    };
}
class EcrRegistry extends backend/* Backend */.Z {
    options;
    kind = 'ecr';
    host;
    client;
    writeClient;
    putPacer;
    oci;
    constructor(options) {
        super(options, 'another process writes this tag; make the repository IMMUTABLE in ECR (the only real lock) or serialise the writers');
        this.options = options;
        this.host = requireEcrHost(options.registry);
        const retry = options.retry ? { retry: options.retry } : {};
        this.client = options.client ?? createEcrClient(this.host, retry);
        this.writeClient =
            options.writeClient ?? options.client ?? createEcrWriteClient(this.host, this.client, retry);
        this.putPacer = options.putPacer ?? createPutImagePacer(options.clock ?? http_retry/* systemClock */.ml);
    }
    async resolve(ref) {
        this.checkHost(ref);
        const image = await this.getImage(ref.path, (0,oci_wire/* manifestReference */.T)(ref));
        return image && descriptorOf(image);
    }
    async addTag(source, tag, options = {}) {
        this.checkHost(source);
        const problem = (0,reference/* tagProblem */.qH)(tag);
        if (problem)
            throw new errors/* UserError */.yo(`cannot tag ${source.name}:${tag}: ${problem}`);
        const [current, image] = await Promise.all([
            this.getImage(source.path, tag),
            this.getImage(source.path, (0,oci_wire/* manifestReference */.T)(source)),
        ]);
        if (!image) {
            throw new http/* RegistryError */.gl(this.ctx('BatchGetImage', source.path, (0,oci_wire/* manifestReference */.T)(source)), 'the source image does not exist (no such tag, digest or repository)', 'check the reference, or build and push the image first');
        }
        const unchanged = this.checkOverwrite(current, descriptorOf(image), source.path, tag, options);
        if (unchanged)
            return unchanged;
        const { changed, out } = await this.putImage(source.path, image, tag, 'choose a new tag; ECR will not move a tag in an immutable repository');
        const now = await this.getImage(source.path, tag);
        if (now?.digest !== image.digest) {
            if (now !== undefined && out?.image?.imageId?.imageDigest === now.digest) {
                throw new http/* RegistryError */.gl(this.ctx('PutImage', source.path, tag), `ECR stored digest ${now.digest} instead of ${image.digest}`);
            }
            throw this.movedError(source.path, tag, image.digest, now?.digest);
        }
        return { descriptor: descriptorOf(image), changed };
    }
    async copy(source, target, options = {}) {
        this.checkHost(source);
        this.checkHost(target);
        if (source.path === target.path && target.tag !== undefined && target.digest === undefined) {
            return this.addTag(source, target.tag, options);
        }
        return (await this.fallback()).copy(source, target, options);
    }
    async verifyTag(ref, expectedDigest) {
        this.checkHost(ref);
        if (ref.tag === undefined) {
            throw new Error(`verifyTag needs a reference with a tag, not ${(0,reference/* formatReference */.FH)(ref)}`);
        }
        const now = await this.getImage(ref.path, ref.tag);
        if (now?.digest !== expectedDigest) {
            throw this.movedError(ref.path, ref.tag, expectedDigest, now?.digest);
        }
    }
    async imageConfig(ref) {
        this.checkHost(ref);
        const read = async (reference) => {
            const image = await this.getImage(ref.path, reference);
            return image && { ...image, parsed: this.parse(image, ref.path) };
        };
        const top = await read((0,oci_wire/* manifestReference */.T)(ref));
        if (!top)
            return undefined;
        return this.configOf(ref.path, top, read, 'BatchGetImage', async (digest) => (await this.fallback()).readBlob(ref, digest));
    }
    async readManifest(ref) {
        this.checkHost(ref);
        const image = await this.getImage(ref.path, (0,oci_wire/* manifestReference */.T)(ref));
        return (image && {
            bytes: Buffer.from(image.manifest, 'utf8'),
            mediaType: image.mediaType,
            digest: image.digest,
        });
    }
    async writeManifest(ref, content, options = {}) {
        this.checkHost(ref);
        const manifest = content.bytes.toString('utf8');
        const ctx = this.ctx('PutImage', ref.path, ref.tag ?? ref.digest);
        if (!Buffer.from(manifest, 'utf8').equals(content.bytes)) {
            throw new http/* RegistryError */.gl(ctx, 'the manifest is not UTF-8 text, which PutImage needs');
        }
        let subject;
        try {
            (0,registry_manifest/* parseManifest */.Ng)(content.bytes, content.mediaType);
            const json = JSON.parse(manifest);
            subject = typeof json.subject === 'object' && json.subject !== null;
        }
        catch (err) {
            if (!(err instanceof registry_manifest/* ManifestError */.Sh))
                throw err;
            throw new http/* RegistryError */.gl(ctx, `refusing to write ${(0,reference/* formatReference */.FH)(ref)}: ${err.message}`);
        }
        const image = {
            manifest,
            mediaType: content.mediaType,
            digest: (0,registry_manifest/* digestOf */.ol)(content.bytes),
        };
        if (ref.digest !== undefined && ref.digest !== image.digest) {
            throw new Error(`writeManifest: the bytes hash to ${image.digest}, not ${ref.digest}`);
        }
        const tag = ref.digest === undefined ? ref.tag : undefined;
        if (tag === undefined) {
            const { changed } = await this.putImage(ref.path, image);
            if ((await this.getImage(ref.path, image.digest)) === undefined) {
                throw new http/* RegistryError */.gl(ctx, `ECR does not hold ${image.digest} after it accepted PutImage`, 'retry; if it persists, report it to AWS support');
            }
            return { descriptor: descriptorOf(image), changed, subjectIndexed: subject };
        }
        const problem = (0,reference/* tagProblem */.qH)(tag);
        if (problem)
            throw new errors/* UserError */.yo(`cannot tag ${ref.name}:${tag}: ${problem}`);
        const current = await this.getImage(ref.path, tag);
        (0,tag_precondition/* checkExpected */.vi)(ctx, tag, current?.digest, options.expectCurrent);
        const unchanged = this.checkOverwrite(current, descriptorOf(image), ref.path, tag, options);
        if (unchanged)
            return { ...unchanged, subjectIndexed: subject };
        const { changed } = await this.putImage(ref.path, image, tag);
        const now = await this.getImage(ref.path, tag);
        if (now?.digest !== image.digest) {
            throw (0,tag_precondition/* tagMoved */.m7)(ctx, tag, image.digest, now?.digest);
        }
        return { descriptor: descriptorOf(image), changed, subjectIndexed: subject };
    }
    async writeBlob(repo, bytes) {
        this.checkHost(repo);
        const digest = (0,registry_manifest/* digestOf */.ol)(bytes);
        const ctx = this.ctx('upload blob', repo.path, digest);
        if (await this.layerAvailable(repo.path, digest))
            return { digest, size: bytes.length };
        if (bytes.length === 0)
            throw new http/* RegistryError */.gl(ctx, 'ECR does not store empty blobs');
        const ids = { registryId: this.host.accountId, repositoryName: repo.path };
        try {
            const started = await this.client.send(new dist_cjs/* InitiateLayerUploadCommand */.Do9(ids));
            const uploadId = started.uploadId;
            if (!uploadId)
                throw new http/* RegistryError */.gl(ctx, 'InitiateLayerUpload returned no upload id');
            const partSize = started.partSize && started.partSize > 0 ? started.partSize : bytes.length;
            for (let first = 0; first < bytes.length; first += partSize) {
                const last = Math.min(first + partSize, bytes.length) - 1;
                await this.client.send(new dist_cjs/* UploadLayerPartCommand */.bVv({
                    ...ids,
                    uploadId,
                    partFirstByte: first,
                    partLastByte: last,
                    layerPartBlob: bytes.subarray(first, last + 1),
                }));
            }
            const done = await this.client.send(new dist_cjs/* CompleteLayerUploadCommand */.fU9({ ...ids, uploadId, layerDigests: [digest] }));
            if (done.layerDigest !== undefined && done.layerDigest !== digest) {
                throw new http/* RegistryError */.gl(ctx, `ECR stored the blob as ${done.layerDigest}, not ${digest}`);
            }
        }
        catch (err) {
            if (err instanceof http/* RegistryError */.gl)
                throw err;
            if (errorName(err) !== 'LayerAlreadyExistsException')
                throw awsError(err, ctx);
        }
        if (!(await this.layerAvailable(repo.path, digest))) {
            throw new http/* RegistryError */.gl(ctx, 'ECR does not report the blob available after CompleteLayerUpload', 'retry; if it persists, report it to AWS support');
        }
        return { digest, size: bytes.length };
    }
    async readBlob(repo, digest) {
        this.checkHost(repo);
        return (await this.fallback()).readBlob(repo, digest);
    }
    async referrers(repo, digest, artifactType) {
        this.checkHost(repo);
        const ctx = this.ctx('ListImageReferrers', repo.path, digest);
        const found = [];
        let nextToken;
        let pages = 0;
        do {
            let out;
            try {
                out = await this.client.send(new dist_cjs/* ListImageReferrersCommand */.hxf({
                    registryId: this.host.accountId,
                    repositoryName: repo.path,
                    subjectId: { imageDigest: digest },
                    ...(artifactType !== undefined ? { filter: { artifactTypes: [artifactType] } } : {}),
                    ...(nextToken ? { nextToken } : {}),
                }));
            }
            catch (err) {
                if (errorName(err) === 'RepositoryNotFoundException')
                    return [];
                throw awsError(err, ctx);
            }
            for (const r of out.referrers ?? []) {
                const { digest: d, mediaType, size } = r;
                if (typeof d !== 'string' || !(0,reference/* isValidDigest */.fH)(d))
                    continue;
                if (typeof mediaType !== 'string' || typeof size !== 'number' || size < 0)
                    continue;
                found.push({
                    digest: d,
                    mediaType,
                    size,
                    ...(r.artifactType ? { artifactType: r.artifactType } : {}),
                    ...(r.annotations && Object.keys(r.annotations).length > 0
                        ? { annotations: { ...r.annotations } }
                        : {}),
                });
            }
            nextToken = out.nextToken;
            pages++;
        } while (nextToken && pages < MAX_REFERRER_PAGES);
        return artifactType === undefined
            ? found
            : found.filter((r) => r.artifactType === artifactType);
    }
    async putImage(repository, image, tag, immutableFix = 'ECR will not move a tag in an immutable repository; make the repository mutable or write elsewhere') {
        const ctx = this.ctx('PutImage', repository, tag ?? image.digest);
        try {
            const out = await this.putWithRetry({
                registryId: this.host.accountId,
                repositoryName: repository,
                imageManifest: image.manifest,
                imageManifestMediaType: image.mediaType,
                imageDigest: image.digest,
                ...(tag !== undefined ? { imageTag: tag } : {}),
            }, ctx);
            return { changed: true, out };
        }
        catch (err) {
            if (errorName(err) === 'ImageTagAlreadyExistsException') {
                throw new http/* RegistryError */.gl({ ...ctx, code: 'ImageTagAlreadyExistsException' }, `the repository has immutable tags and ${tag ?? image.digest} already exists`, immutableFix);
            }
            if (errorName(err) === 'ImageAlreadyExistsException')
                return { changed: false };
            throw awsError(err, ctx);
        }
    }
    async putWithRetry(input, ctx) {
        const policy = this.options.retry ?? http_retry/* DEFAULT_RETRY_POLICY */.cO;
        const clock = this.options.clock ?? http_retry/* systemClock */.ml;
        for (let attempt = 1;; attempt++) {
            await this.putPacer.acquire();
            try {
                return await this.writeClient.send(new dist_cjs/* PutImageCommand */.SUU(input));
            }
            catch (err) {
                const kind = retryKind(err);
                if (kind === undefined || attempt >= ECR_PUT_IMAGE_ATTEMPTS) {
                    if (kind !== undefined)
                        recordAttempts(err, attempt);
                    throw err;
                }
                const delay = (0,http_retry/* backoffDelay */.EY)(policy, attempt - 1, clock.random);
                this.options.logger.debug(`${ctx.operation} ${ctx.repository ?? ''}: ${errorName(err) ?? 'error'} (${kind}), retry ${attempt} of ${ECR_PUT_IMAGE_ATTEMPTS - 1} in ${(0,http_retry/* formatMs */._V)(delay)}`);
                await clock.sleep(delay);
            }
        }
    }
    async layerAvailable(repository, digest) {
        const ctx = this.ctx('BatchCheckLayerAvailability', repository, digest);
        try {
            const out = await this.client.send(new dist_cjs/* BatchCheckLayerAvailabilityCommand */.YmI({
                registryId: this.host.accountId,
                repositoryName: repository,
                layerDigests: [digest],
            }));
            return (out.layers ?? []).some((l) => l.layerDigest === digest && l.layerAvailability === 'AVAILABLE');
        }
        catch (err) {
            throw awsError(err, ctx);
        }
    }
    fallback() {
        this.oci ??= this.options.oci();
        this.oci.catch(() => {
            this.oci = undefined;
        });
        return this.oci;
    }
    parse(image, repository) {
        try {
            return (0,registry_manifest/* parseManifest */.Ng)(Buffer.from(image.manifest, 'utf8'), image.mediaType);
        }
        catch (err) {
            if (err instanceof registry_manifest/* ManifestError */.Sh) {
                throw new http/* RegistryError */.gl(this.ctx('BatchGetImage', repository, image.digest), err.message);
            }
            throw err;
        }
    }
    getImage(repository, reference) {
        const ctx = this.ctx('BatchGetImage', repository, reference);
        const retry = {
            policy: this.options.retry ?? http_retry/* DEFAULT_RETRY_POLICY */.cO,
            clock: this.options.clock ?? http_retry/* systemClock */.ml,
            logger: this.options.logger,
        };
        return (0,http/* retryIntegrity */._Y)(retry, ctx, () => this.getImageOnce(repository, reference, ctx));
    }
    async getImageOnce(repository, reference, ctx) {
        const byDigest = reference.includes(':');
        const imageId = byDigest
            ? { imageDigest: reference }
            : { imageTag: reference };
        let images;
        let failures;
        try {
            const out = await this.client.send(new dist_cjs/* BatchGetImageCommand */.P8n({
                registryId: this.host.accountId,
                repositoryName: repository,
                imageIds: [imageId],
                acceptedMediaTypes: [...registry_manifest/* MANIFEST_MEDIA_TYPES */.$T],
            }));
            images = out.images ?? [];
            failures = out.failures ?? [];
        }
        catch (err) {
            if (errorName(err) === 'RepositoryNotFoundException')
                return undefined;
            throw awsError(err, ctx);
        }
        const image = images[0];
        if (image?.imageManifest) {
            const bytes = Buffer.from(image.imageManifest, 'utf8');
            const claimed = image.imageId?.imageDigest;
            if (byDigest)
                (0,http/* requireDigest */.m0)(ctx, bytes, reference);
            if (claimed !== undefined)
                (0,http/* requireDigest */.m0)(ctx, bytes, claimed, 'the imageDigest ECR sent');
            let mediaType = image.imageManifestMediaType;
            if (!mediaType) {
                try {
                    mediaType = (0,registry_manifest/* parseManifest */.Ng)(bytes).mediaType;
                }
                catch (err) {
                    if (!(err instanceof registry_manifest/* ManifestError */.Sh))
                        throw err;
                    throw new http/* IntegrityError */.cs(ctx, `the registry returned bytes that are not a manifest (${err.message})`);
                }
            }
            const digest = byDigest ? reference : (0,registry_manifest/* digestOf */.ol)(bytes, claimed);
            return { manifest: image.imageManifest, mediaType, digest };
        }
        const failure = failures[0];
        if (!failure || failure.failureCode === 'ImageNotFound')
            return undefined;
        const code = failure.failureCode ?? 'unknown';
        throw new http/* RegistryError */.gl({ ...ctx, code, retryable: code.startsWith('Upstream') }, `ECR could not return the image: ${code}${failure.failureReason ? ` (${failure.failureReason})` : ''}`, failureHint(code));
    }
}
const MAX_REFERRER_PAGES = 20;
function descriptorOf(image) {
    return {
        digest: image.digest,
        mediaType: image.mediaType,
        size: Buffer.byteLength(image.manifest, 'utf8'),
    };
}
function errorName(err) {
    return err instanceof Error ? err.name : undefined;
}
const THROTTLING_NAMES = new Set([
    'ThrottlingException',
    'TooManyRequestsException',
    'Throttling',
    'ThrottledException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
]);
const TRANSIENT_NAMES = new Set([
    'ServerException',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
function retryKind(err) {
    if (!(err instanceof Error))
        return undefined;
    const e = err;
    const status = e.$metadata?.httpStatusCode;
    if (THROTTLING_NAMES.has(e.name) || e.$retryable?.throttling === true || status === 429) {
        return 'throttling';
    }
    if (TRANSIENT_NAMES.has(e.name) || (status !== undefined && status >= 500))
        return 'transient';
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code))
        return 'transient';
    return undefined;
}
function recordAttempts(err, attempts) {
    const e = err;
    if (typeof err !== 'object' || err === null)
        return;
    e.$metadata = { ...e.$metadata, attempts };
}
function failureHint(code) {
    switch (code) {
        case 'KmsError':
            return 'check the KMS key permissions of the repository';
        case 'UpstreamAccessDenied':
        case 'UpstreamTooManyRequests':
        case 'UpstreamUnavailable':
            return 'this is a pull-through cache repository; check its upstream registry';
        default:
            return undefined;
    }
}
function awsError(err, ctx) {
    if (!(err instanceof Error))
        return new http/* RegistryError */.gl(ctx, `failed: ${String(err)}`);
    const status = err.$metadata;
    const info = {
        ...ctx,
        code: err.name,
        ...(status?.httpStatusCode ? { status: status.httpStatusCode } : {}),
        ...(status?.attempts ? { attempts: status.attempts } : {}),
    };
    switch (err.name) {
        case 'CredentialsProviderError':
            return new http/* RegistryError */.gl(info, 'no AWS credentials were found', 'configure credentials (e.g. aws-actions/configure-aws-credentials) before this step');
        case 'AccessDeniedException':
        case 'UnrecognizedClientException':
        case 'ExpiredTokenException':
        case 'InvalidSignatureException':
            return new http/* RegistryError */.gl(info, `AWS refused the request (${err.name})`, `check that the AWS credentials are valid and allow ecr:${ctx.operation} on the repository`);
        case 'RepositoryNotFoundException':
            return new http/* RegistryError */.gl(info, 'the repository does not exist', 'create the ECR repository first');
        case 'ThrottlingException':
        case 'ServerException':
            return new http/* RegistryError */.gl({ ...info, retryable: true }, `ECR kept failing (${err.name})${status?.attempts ? ` after ${status.attempts} attempts` : ''}`, 'retry later');
        default:
            return new http/* RegistryError */.gl(info, `failed: ${err.name}${err.message ? `: ${err.message}` : ''}`);
    }
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
