export const id = 937;
export const ids = [937];
export const modules = {

/***/ 14937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keylessSigner: () => (/* binding */ keylessSigner)
/* harmony export */ });
/* unused harmony exports serviceUrl, githubActionsToken */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15179);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76670);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37792);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74158);






const DEFAULT_TIMEOUT_MS = 30_000;
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
function serviceUrl(value, input) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `is not a URL: ${JSON.stringify(value)}`, 'e.g. https://fulcio.sigstore.dev');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `must be an http(s) URL, not ${url.protocol}`);
    }
    if (url.username || url.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, 'must not carry credentials');
    return url.toString().replace(/\/+$/, '');
}
async function githubActionsToken(env, timeoutMs) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('sign', 'keyless signing needs the workflow OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set', 'give the job `permissions: id-token: write` (or use sign: key)');
    }
    _redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$p.add(requestToken);
    const target = new URL(url);
    target.searchParams.set('audience', 'sigstore');
    let lastProblem = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
        try {
            const res = await fetch(target, {
                headers: { Accept: 'application/json', Authorization: `Bearer ${requestToken}` },
                signal: AbortSignal.timeout(timeoutMs),
            });
            const text = await res.text();
            if (res.ok) {
                const value = JSON.parse(text).value;
                if (typeof value !== 'string' || value === '') {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('the OIDC token service answered without a token');
                }
                _redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$p.add(value);
                return value;
            }
            lastProblem = `HTTP ${res.status} ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(text).slice(0, 200)}`;
            if (res.status < 500 && res.status !== 429)
                break;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
                throw err;
            lastProblem = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(err instanceof Error ? err.message : String(err));
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`keyless signing: could not get the workflow's OIDC token (${lastProblem}) — check that the job has permissions: id-token: write`);
}
function certificateIdentity(bundle) {
    const cert = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .leafCertificate */ .k)(bundle);
    if (!cert)
        return { identity: '(no certificate)' };
    const v2 = cert.extension(OID_FULCIO_ISSUER_V2);
    let issuer;
    try {
        issuer = v2
            ? v2.valueObj.subs[0]?.value.toString('utf8')
            : cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('utf8');
    }
    catch {
        issuer = undefined;
    }
    return {
        identity: cert.subjectAltName ?? '(no subject alternative name)',
        ...(issuer ? { issuer } : {}),
    };
}
function signedAtOf(bundle) {
    const seconds = bundle.verificationMaterial.tlogEntries
        .map((e) => Number(e.integratedTime))
        .filter((n) => Number.isSafeInteger(n) && n > 0);
    return seconds.length > 0 ? new Date(Math.min(...seconds) * 1000) : undefined;
}
function signingError(err, fulcio, rekor) {
    const e = err;
    const code = typeof e.code === 'string' ? e.code : 'SIGNING_ERROR';
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
    const text = `${typeof e.message === 'string' ? e.message : String(err)}${cause}`;
    const hint = code.startsWith('IDENTITY_TOKEN')
        ? 'check the OIDC token (permissions: id-token: write)'
        : code.startsWith('CA_')
            ? `check fulcio-url (${fulcio}) and that it trusts the token's issuer`
            : code.startsWith('TLOG_')
                ? `check rekor-url (${rekor})`
                : code.startsWith('TSA_')
                    ? 'check the timestamp authority URL'
                    : 'retry; if it persists, check the Sigstore service URLs';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(`keyless signing failed (${code}${text ? `: ${text}` : ''}) — ${hint}`));
}
function keylessSigner(options) {
    const fulcio = serviceUrl(options.fulcioUrl ?? _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FULCIO_URL */ .jl, 'fulcio-url');
    const rekor = serviceUrl(options.rekorUrl ?? _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REKOR_URL */ .AD, 'rekor-url');
    const tsa = options.tsaUrl !== undefined ? serviceUrl(options.tsaUrl, 'tsa-url') : undefined;
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const env = options.env ?? process.env;
    const token = options.identityToken ?? (() => githubActionsToken(env, timeout));
    const retry = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 };
    return {
        kind: 'keyless',
        async sign(statement) {
            const witnesses = [
                new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .RekorWitness */ .fU({ rekorBaseURL: rekor, entryType: 'dsse', timeout, retry }),
                ...(tsa ? [new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .TSAWitness */ .gs({ tsaBaseURL: tsa, timeout, retry })] : []),
            ];
            const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({
                signer: new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .FulcioSigner */ .$o({
                    fulcioBaseURL: fulcio,
                    identityProvider: { getToken: token },
                    timeout,
                    retry,
                }),
                witnesses,
            });
            let bundle;
            try {
                bundle = await builder.create({ data: statement, type: _statement_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4 });
            }
            catch (err) {
                const cause = err.cause;
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
                    throw err;
                if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
                    throw cause;
                throw signingError(err, fulcio, rekor);
            }
            const signedAt = signedAtOf(bundle);
            return {
                bundle: Buffer.from(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle))),
                signer: certificateIdentity(bundle),
                ...(signedAt ? { signedAt } : {}),
            };
        },
    };
}


/***/ })

};
