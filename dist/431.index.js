export const id = 431;
export const ids = [431];
export const modules = {

/***/ 37792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ leafCertificate)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);

function leafCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    const raw = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (!raw)
        return undefined;
    try {
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(raw));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 35431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUNDLE_V03_MEDIA_TYPE: () => (/* reexport */ BUNDLE_V03_MEDIA_TYPE),
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  IN_TOTO_PAYLOAD_TYPE: () => (/* reexport */ provenance_statement/* IN_TOTO_PAYLOAD_TYPE */.T4),
  IN_TOTO_STATEMENT_V1: () => (/* reexport */ provenance_statement/* IN_TOTO_STATEMENT_V1 */.tV),
  SOURCE_PREDICATE_TYPE: () => (/* reexport */ provenance_statement/* SOURCE_PREDICATE_TYPE */.tf),
  StatementError: () => (/* reexport */ provenance_statement/* StatementError */.Mp),
  anchoredPattern: () => (/* reexport */ anchoredPattern),
  buildSourceStatement: () => (/* reexport */ provenance_statement/* buildSourceStatement */.Tq),
  copyBundles: () => (/* reexport */ copyBundles),
  createSigner: () => (/* reexport */ createSigner),
  defaultCertificateIdentity: () => (/* reexport */ defaultCertificateIdentity),
  findBundles: () => (/* reexport */ findBundles),
  keyHint: () => (/* reexport */ keyHint),
  parseSigningKey: () => (/* reexport */ parseSigningKey),
  parseSourceStatement: () => (/* reexport */ provenance_statement/* parseSourceStatement */.qn),
  parseTrustedRoot: () => (/* reexport */ parseTrustedRoot),
  parseVerifyKeys: () => (/* reexport */ parseVerifyKeys),
  preparePolicy: () => (/* reexport */ preparePolicy),
  runUrlOf: () => (/* reexport */ provenance_statement/* runUrlOf */.Qm),
  signImage: () => (/* reexport */ signImage),
  verifyBundle: () => (/* reexport */ verifyBundle),
  verifyImage: () => (/* reexport */ verifyImage),
  verifySignedStatement: () => (/* reexport */ verifySignedStatement)
});

// EXTERNAL MODULE: ./src/provenance/statement.ts
var provenance_statement = __webpack_require__(74158);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
;// CONCATENATED MODULE: ./src/provenance/keys.ts



const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
function pemBlocks(text) {
    return [...text.matchAll(PEM_BLOCK)].map((m) => ({
        label: m[1] ?? '',
        text: m[0],
        body: (m[2] ?? '').replace(/\s+/g, ''),
    }));
}
function keyHint(publicKey) {
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')}`;
}
function describeKey(key) {
    const type = key.asymmetricKeyType ?? 'unknown';
    if (type === 'ec')
        return `an EC key on curve ${key.asymmetricKeyDetails?.namedCurve ?? '?'}`;
    return `an ${type.toUpperCase()} key`;
}
function isP256(key) {
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
}
const GENERATE = 'generate one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem` and pass its text from a secret';
function parseSigningKey(text, input = 'signing-key') {
    const trimmed = text.trim();
    redact/* redactor */.$p.add(trimmed);
    const blocks = pemBlocks(trimmed);
    for (const block of blocks) {
        redact/* redactor */.$p.add(block.text);
        redact/* redactor */.$p.add(block.body);
        for (const line of block.text.split(/\r?\n/)) {
            if (line.length >= 16 && !line.startsWith('-----'))
                redact/* redactor */.$p.add(line.trim());
        }
    }
    if (blocks.length === 0) {
        throw new errors/* InputError */.dz(input, 'holds no PEM key (no -----BEGIN … KEY----- block)', GENERATE);
    }
    if (blocks.length > 1) {
        throw new errors/* InputError */.dz(input, `holds ${blocks.length} PEM blocks; give exactly one private key`);
    }
    const [block] = blocks;
    switch (block.label) {
        case 'PRIVATE KEY':
        case 'EC PRIVATE KEY':
            break;
        case 'ENCRYPTED PRIVATE KEY':
            throw new errors/* InputError */.dz(input, 'holds an encrypted private key', 'store the key unencrypted in a secret (`openssl pkey -in key.pem -out plain.pem`)');
        case 'PUBLIC KEY':
            throw new errors/* InputError */.dz(input, 'holds a public key, not the private key signing needs', 'pass the private key here (from a secret) and the public key to verify-key');
        default:
            throw new errors/* InputError */.dz(input, `holds a "${block.label}" PEM block, not a private key`, GENERATE);
    }
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: block.text, format: 'pem' });
    }
    catch {
        throw new errors/* InputError */.dz(input, 'holds a PEM private key that cannot be read', GENERATE);
    }
    if (!isP256(privateKey)) {
        throw new errors/* InputError */.dz(input, `holds ${describeKey(privateKey)}; signing needs an EC P-256 (prime256v1) key`, GENERATE);
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    return { privateKey, publicKey, hint: keyHint(publicKey) };
}
function parseVerifyKeys(text, input = 'verify-key') {
    const blocks = pemBlocks(text);
    if (blocks.length === 0) {
        throw new errors/* InputError */.dz(input, 'holds no PEM public key (no -----BEGIN PUBLIC KEY----- block)', 'give the public key of the signing key: `openssl pkey -in key.pem -pubout`');
    }
    return blocks.map((block, i) => {
        const which = blocks.length > 1 ? `key ${i + 1}` : 'the key';
        if (block.label.includes('PRIVATE')) {
            redact/* redactor */.$p.add(block.text);
            redact/* redactor */.$p.add(block.body);
            throw new errors/* InputError */.dz(input, `${which} is a private key; verify-key takes public keys only`, 'derive the public key with `openssl pkey -in key.pem -pubout` and keep the private key secret');
        }
        if (block.label !== 'PUBLIC KEY') {
            throw new errors/* InputError */.dz(input, `${which} is a "${block.label}" PEM block, not a PUBLIC KEY`);
        }
        let publicKey;
        try {
            publicKey = (0,external_node_crypto_.createPublicKey)({ key: block.text, format: 'pem' });
        }
        catch {
            throw new errors/* InputError */.dz(input, `${which} is a PEM public key that cannot be read`);
        }
        if (!isP256(publicKey)) {
            throw new errors/* InputError */.dz(input, `${which} is ${describeKey(publicKey)}; image-promote signs with EC P-256 keys only`);
        }
        return { publicKey, hint: keyHint(publicKey) };
    });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/provenance/public-good-trusted-root.json
const public_good_trusted_root_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","tlogs":[{"baseUrl":"https://rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-01-12T11:53:27Z"}},"logId":{"keyId":"wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="}},{"baseUrl":"https://log2025-1.rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=","keyDetails":"PKIX_ED25519","validFor":{"start":"2025-09-23T00:00:00Z"}},"logId":{"keyId":"zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A="}}],"certificateAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=="}]},"validFor":{"start":"2021-03-07T03:20:29Z","end":"2022-12-31T23:59:59.999Z"}},{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ"}]},"validFor":{"start":"2022-04-13T20:06:15Z"}}],"ctlogs":[{"baseUrl":"https://ctfe.sigstore.dev/test","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-03-14T00:00:00Z","end":"2022-10-31T23:59:59.999Z"}},"logId":{"keyId":"CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I="}},{"baseUrl":"https://ctfe.sigstore.dev/2022","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2022-10-20T00:00:00Z"}},"logId":{"keyId":"3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4="}}],"timestampAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore-tsa-selfsigned"},"uri":"https://timestamp.sigstore.dev/api/v1/timestamp","certChain":{"certificates":[{"rawBytes":"MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E"}]},"validFor":{"start":"2025-07-04T00:00:00Z"}}]}');
;// CONCATENATED MODULE: ./src/provenance/policy.ts





const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function defaultCertificateIdentity(serverUrl, repository) {
    const host = new URL(serverUrl).host;
    return `${escapeRegExp(`https://${host}/${repository}/.github/workflows/`)}[^@]+@.+`;
}
function anchoredPattern(source, input = 'certificate-identity') {
    if (source.trim() === '') {
        throw new errors/* InputError */.dz(input, 'is empty', 'give a regular expression the identity must match');
    }
    try {
        return new RegExp(`^(?:${source})$`);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `is not a valid regular expression (${err instanceof Error ? err.message : String(err)})`);
    }
}
function parseTrustedRoot(text, input = 'trusted-root') {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(input, 'is not valid JSON', 'give the text of a Sigstore trusted_root.json');
    }
    const mediaType = typeof json === 'object' && json !== null
        ? json.mediaType
        : undefined;
    if (typeof mediaType !== 'string' ||
        !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new errors/* InputError */.dz(input, 'is not a Sigstore trusted root (its mediaType is not application/vnd.dev.sigstore.trustedroot…)', 'give the text of a trusted_root.json, e.g. from `cosign trusted-root create` or your Sigstore deployment');
    }
    let root;
    try {
        root = dist.TrustedRoot.fromJSON(json);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `cannot be read (${err instanceof Error ? err.message : String(err)})`);
    }
    if (root.certificateAuthorities.length === 0 || root.tlogs.length === 0) {
        throw new errors/* InputError */.dz(input, `lists ${root.certificateAuthorities.length} certificate authorities and ${root.tlogs.length} transparency logs; keyless verification needs at least one of each`);
    }
    return root;
}
function publicGoodTrustedRoot() {
    return dist.TrustedRoot.fromJSON(public_good_trusted_root_namespaceObject);
}
function trustMaterial(root, input) {
    try {
        return (0,verify_dist/* toTrustMaterial */.jO)(root);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `holds key material that cannot be used (${err instanceof Error ? err.message : String(err)})`);
    }
}
function preparePolicy(input) {
    if (input.kind === 'key')
        return { kind: 'key', keys: parseVerifyKeys(input.verifyKey) };
    const source = input.certificateIdentity ?? defaultCertificateIdentity(input.serverUrl, input.repository);
    const identity = anchoredPattern(source);
    const issuer = input.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
    if (issuer.trim() === '') {
        throw new errors/* InputError */.dz('certificate-oidc-issuer', 'is empty', `e.g. ${GITHUB_ACTIONS_ISSUER}`);
    }
    const custom = input.trustedRoot !== undefined;
    const root = custom ? parseTrustedRoot(input.trustedRoot ?? '') : publicGoodTrustedRoot();
    return {
        kind: 'keyless',
        identity,
        identityText: `^(?:${source})$`,
        issuer,
        ...(input.sourceRepositoryUri !== undefined
            ? { sourceRepositoryUri: input.sourceRepositoryUri }
            : {}),
        trust: trustMaterial(root, 'trusted-root'),
        trustName: custom ? 'the trusted-root given' : 'the public-good trusted root',
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(98286);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(28902);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/referrers-index.ts
var referrers_index = __webpack_require__(48358);
// EXTERNAL MODULE: ./src/registry/tag-precondition.ts
var tag_precondition = __webpack_require__(51802);
;// CONCATENATED MODULE: ./src/registry/referrers.ts







const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
const EMPTY_BLOB = Buffer.from('{}');
function referrersTag(digest) {
    const colon = digest.indexOf(':');
    if (colon <= 0)
        throw new Error(`referrersTag: ${digest} is not a digest`);
    const algorithm = digest.slice(0, colon).slice(0, 32);
    const encoded = digest.slice(colon + 1).slice(0, 64);
    return `${algorithm}-${encoded}`.replace(/[^A-Za-z0-9_.-]/g, '-');
}
function readDescriptor(value, where) {
    const ref = (0,referrers_index/* readReferrer */.Sz)(value);
    if (!ref)
        throw new registry_manifest/* ManifestError */.Sh(`${where} is not a descriptor (digest, size, mediaType)`);
    return { digest: ref.digest, size: ref.size, mediaType: ref.mediaType };
}
function parseArtifactManifest(bytes, contentType) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new registry_manifest/* ManifestError */.Sh('the manifest is not valid JSON');
    }
    if (!(0,referrers_index/* isRecord */.u4)(json))
        throw new registry_manifest/* ManifestError */.Sh('the manifest is not a JSON object');
    const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
    const mediaType = declared ?? (0,registry_manifest/* bareMediaType */.ZX)(contentType) ?? registry_manifest/* MEDIA_TYPES */.Z2.ociManifest;
    if (mediaType !== registry_manifest/* MEDIA_TYPES */.Z2.ociManifest) {
        throw new registry_manifest/* ManifestError */.Sh(`media type ${mediaType}, not an OCI image manifest`);
    }
    const config = json.config === undefined ? undefined : readDescriptor(json.config, 'config');
    if (!Array.isArray(json.layers))
        throw new registry_manifest/* ManifestError */.Sh('the manifest has no "layers" list');
    const layers = json.layers.map((l, i) => readDescriptor(l, `layers[${i}]`));
    const subject = json.subject === undefined ? undefined : readDescriptor(json.subject, 'subject');
    const artifactType = typeof json.artifactType === 'string' && json.artifactType !== ''
        ? json.artifactType
        : config?.mediaType;
    const annotations = (0,referrers_index/* stringRecord */.JM)(json.annotations);
    return {
        mediaType,
        layers,
        ...(artifactType !== undefined ? { artifactType } : {}),
        ...(subject ? { subject } : {}),
        ...(config ? { config } : {}),
        ...(annotations ? { annotations } : {}),
    };
}
function buildArtifactManifest(input) {
    const manifest = {
        schemaVersion: 2,
        mediaType: registry_manifest/* MEDIA_TYPES */.Z2.ociManifest,
        artifactType: input.artifactType,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: (0,registry_manifest/* digestOf */.ol)(EMPTY_BLOB), size: EMPTY_BLOB.length },
        layers: input.layers.map((l) => ({
            mediaType: l.mediaType,
            digest: l.digest,
            size: l.size,
            ...(l.annotations ? { annotations: l.annotations } : {}),
        })),
        subject: {
            mediaType: input.subject.mediaType,
            digest: input.subject.digest,
            size: input.subject.size,
        },
        ...(input.annotations ? { annotations: input.annotations } : {}),
    };
    return { bytes: Buffer.from(JSON.stringify(manifest)), mediaType: registry_manifest/* MEDIA_TYPES */.Z2.ociManifest };
}
async function listReferrers(store, repo, digest, artifactType) {
    const keep = (r) => artifactType === undefined || r.artifactType === artifactType;
    const api = await store.referrers(repo, digest, artifactType);
    if (api !== undefined)
        return { source: 'api', referrers: api.filter(keep) };
    const index = await store.readManifest((0,reference/* withTagAndDigest */.gh)(repo, referrersTag(digest)));
    if (!index)
        return { source: 'tag-schema', referrers: [] };
    try {
        return { source: 'tag-schema', referrers: (0,referrers_index/* parseReferrersIndex */.AH)(index.bytes).filter(keep) };
    }
    catch (err) {
        if (err instanceof registry_manifest/* ManifestError */.Sh)
            return { source: 'tag-schema', referrers: [] };
        throw err;
    }
}
async function pushReferrer(store, repo, manifest, options = {}) {
    const parsed = parseArtifactManifest(manifest.bytes, manifest.mediaType);
    const subject = parsed.subject;
    if (!subject)
        throw new Error('pushReferrer: the manifest has no subject');
    const digest = (0,registry_manifest/* digestOf */.ol)(manifest.bytes);
    const written = await store.writeManifest((0,reference/* withTagAndDigest */.gh)(repo, undefined, digest), manifest);
    const descriptor = {
        mediaType: manifest.mediaType,
        digest,
        size: manifest.bytes.length,
        ...(parsed.artifactType !== undefined ? { artifactType: parsed.artifactType } : {}),
        ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
    };
    const sleep = options.sleep ?? retry/* systemClock */.ml.sleep;
    if (written.subjectIndexed) {
        for (let attempt = 0; attempt < 4; attempt++) {
            if (attempt > 0)
                await sleep(250 * 2 ** attempt);
            const listed = await store.referrers(repo, subject.digest);
            if (listed === undefined)
                break;
            if (listed.some((r) => r.digest === digest))
                return { descriptor, via: 'api' };
        }
        throw new errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(repo)}: the registry answered OCI-Subject for referrer ${digest} of ${subject.digest}, but its referrers API does not list it — retry; if it persists, report it to the registry's operators`);
    }
    await addToReferrersTag(store, repo, subject.digest, descriptor, options.attempts ?? 5, sleep);
    return { descriptor, via: 'tag-schema' };
}
async function addToReferrersTag(store, repo, subject, descriptor, attempts, sleep) {
    const tag = referrersTag(subject);
    const ref = (0,reference/* withTagAndDigest */.gh)(repo, tag);
    for (let attempt = 1;; attempt++) {
        const current = await store.readManifest(ref);
        const next = withReferrer(current, descriptor, (0,reference/* formatReference */.FH)(ref));
        if (next === undefined)
            return;
        try {
            await store.writeManifest(ref, next, {
                allowOverwrite: true,
                expectCurrent: current?.digest ?? null,
            });
            return;
        }
        catch (err) {
            if (!(0,tag_precondition/* isTagRace */.G3)(err) || attempt >= attempts)
                throw err;
        }
        await sleep(100 * 2 ** attempt);
    }
}
function withReferrer(current, descriptor, where) {
    const entry = {
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size,
        ...(descriptor.artifactType !== undefined ? { artifactType: descriptor.artifactType } : {}),
        ...(descriptor.annotations ? { annotations: descriptor.annotations } : {}),
    };
    if (!current) {
        const index = { schemaVersion: 2, mediaType: registry_manifest/* MEDIA_TYPES */.Z2.ociIndex, manifests: [entry] };
        return { bytes: Buffer.from(JSON.stringify(index)), mediaType: registry_manifest/* MEDIA_TYPES */.Z2.ociIndex };
    }
    let index;
    try {
        if (current.mediaType !== registry_manifest/* MEDIA_TYPES */.Z2.ociIndex) {
            throw new registry_manifest/* ManifestError */.Sh(`media type ${current.mediaType}, not an OCI index`);
        }
        index = (0,referrers_index/* indexObject */.YD)(current.bytes);
    }
    catch (err) {
        if (!(err instanceof registry_manifest/* ManifestError */.Sh))
            throw err;
        throw new errors/* UserError */.yo(`${where} is the referrers tag of an image, but it holds something else (${err.message}); refusing to overwrite it — delete or rename that tag, then retry`);
    }
    if (index.manifests.some((m) => (0,referrers_index/* isRecord */.u4)(m) && m.digest === descriptor.digest)) {
        return undefined;
    }
    const next = { ...index, manifests: [...index.manifests, entry] };
    return { bytes: Buffer.from(JSON.stringify(next)), mediaType: registry_manifest/* MEDIA_TYPES */.Z2.ociIndex };
}
async function copyReferrers(from, to, digest, keep, options = {}) {
    const { referrers } = await listReferrers(from.store, from.repo, digest);
    const copied = [];
    const found = referrerManifests(from.store, from.repo, digest, referrers.filter(keep));
    for await (const { content, parsed } of found) {
        for (const blob of [...(parsed.config ? [parsed.config] : []), ...parsed.layers]) {
            const bytes = await from.store.readBlob(from.repo, blob.digest);
            const written = await to.store.writeBlob(to.repo, bytes);
            if (written.digest !== blob.digest) {
                throw new Error(`copyReferrers: blob ${blob.digest} was stored as ${written.digest}`);
            }
        }
        const pushed = await pushReferrer(to.store, to.repo, { bytes: content.bytes, mediaType: content.mediaType }, options);
        copied.push({ ...pushed, digest: content.digest });
    }
    return copied;
}
async function* referrerManifests(store, repo, digest, referrers) {
    for (const referrer of referrers) {
        const content = await store.readManifest((0,reference/* withTagAndDigest */.gh)(repo, undefined, referrer.digest));
        if (!content)
            continue;
        let parsed;
        try {
            parsed = parseArtifactManifest(content.bytes, content.mediaType);
        }
        catch (err) {
            if (err instanceof registry_manifest/* ManifestError */.Sh)
                continue;
            throw err;
        }
        if (parsed.subject?.digest === digest)
            yield { referrer, content, parsed };
    }
}

// EXTERNAL MODULE: ./src/provenance/certificate.ts
var certificate = __webpack_require__(37792);
;// CONCATENATED MODULE: ./src/provenance/verify.ts









const BUNDLE_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.bundle';
const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const MAX_BUNDLE_BYTES = 1024 * 1024;
const MAX_BUNDLES = 32;
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const RANK = {
    none: 0,
    'other-predicate': 1,
    invalid: 2,
    'other-key': 3,
    'other-issuer': 3,
    'other-identity': 3,
    'other-subject': 4,
};
function isBundleType(type) {
    return type?.startsWith(BUNDLE_MEDIA_TYPE_PREFIX) ?? false;
}
function relevance(a, b) {
    const ours = (r) => r.annotations?.['dev.sigstore.bundle.predicateType'] === provenance_statement/* SOURCE_PREDICATE_TYPE */.tf ? 0 : 1;
    const created = (r) => r.annotations?.['org.opencontainers.image.created'] ?? '';
    return ours(a) - ours(b) || created(b).localeCompare(created(a));
}
async function findBundles(store, repository, digest) {
    const { source, referrers } = await listReferrers(store, repository, digest);
    const candidates = referrers
        .filter((r) => isBundleType(r.artifactType))
        .sort(relevance)
        .slice(0, MAX_BUNDLES);
    const found = [];
    const manifests = referrerManifests(store, repository, digest, candidates);
    for await (const { referrer, parsed } of manifests) {
        const layer = parsed.layers.find((l) => isBundleType(l.mediaType));
        if (!layer || layer.size > MAX_BUNDLE_BYTES)
            continue;
        const bundle = await store.readBlob(repository, layer.digest);
        found.push({
            referrer: referrer.digest,
            via: source,
            annotations: parsed.annotations ?? {},
            mediaType: layer.mediaType,
            bundle,
        });
    }
    return found;
}
function message(err) {
    return err instanceof Error ? err.message : String(err);
}
function fail(found, problem) {
    return { ok: false, found, problem };
}
function signedAtOf(bundle) {
    const times = [];
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        const seconds = Number(entry.integratedTime);
        if (Number.isSafeInteger(seconds) && seconds > 0)
            times.push(seconds * 1000);
    }
    for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
        try {
            times.push(core_dist.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime.getTime());
        }
        catch {
        }
    }
    return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}
function extensionText(signer, oid) {
    const id = oid.split('.').map(Number);
    const pair = signer.identity?.oids?.find((o) => o.oid?.id.length === id.length && o.oid.id.every((n, i) => n === id[i]));
    if (!pair)
        return undefined;
    try {
        return core_dist.ASN1Obj.parseBuffer(Buffer.from(pair.value)).value.toString('utf8');
    }
    catch {
        return undefined;
    }
}
let keyTrustRoot;
function verifyWithKeys(bundle, entity, policy) {
    const content = bundle.verificationMaterial.content;
    if (content.$case !== 'publicKey') {
        const who = (0,certificate/* leafCertificate */.k)(bundle)?.subjectAltName;
        return fail('other-key', `is signed keylessly (a certificate${who ? ` for ${who}` : ''}), but verify-key accepts only signatures by its key${policy.keys.length > 1 ? 's' : ''} (${policy.keys.map((k) => k.hint).join(', ')})`);
    }
    keyTrustRoot ??= publicGoodTrustedRoot();
    const root = keyTrustRoot;
    let lastError = '';
    for (const key of policy.keys) {
        const trust = (0,verify_dist/* toTrustMaterial */.jO)(root, () => ({
            publicKey: key.publicKey,
            validFor: () => true,
        }));
        const verifier = new verify_dist/* Verifier */.BL(trust, {
            tlogThreshold: 0,
            ctlogThreshold: 0,
            timestampThreshold: 0,
        });
        try {
            verifier.verify(entity);
            return { signer: { identity: `key ${key.hint}`, keyHint: key.hint } };
        }
        catch (err) {
            lastError = message(err);
        }
    }
    const hint = content.publicKey.hint;
    if (policy.keys.some((k) => k.hint === hint)) {
        return fail('invalid', `carries a signature that does not verify with the verify-key key it names (${hint}): the bundle was altered (${lastError})`);
    }
    return fail('other-key', `is signed by ${hint ? `key ${hint}` : 'a key the bundle does not name'}, but verify-key accepts only ${policy.keys.map((k) => k.hint).join(', ')}`);
}
function verifyKeyless(bundle, entity, policy) {
    const required = `certificate-identity requires ${policy.identityText}`;
    if (bundle.verificationMaterial.content.$case === 'publicKey') {
        const hint = bundle.verificationMaterial.content.publicKey.hint;
        return fail('other-identity', `is signed with a key (${hint || 'unnamed'}), not a Fulcio certificate, but ${required}`);
    }
    let signer;
    try {
        signer = new verify_dist/* Verifier */.BL(policy.trust).verify(entity);
    }
    catch (err) {
        return fail('invalid', `carries a signature that does not verify against ${policy.trustName}: ${message(err)}`);
    }
    const identity = signer.identity?.subjectAlternativeName ?? '';
    const issuer = signer.identity?.extensions?.issuer;
    const who = `identity ${identity || '(none)'}${issuer ? ` (issuer ${issuer})` : ''}`;
    if (!policy.identity.test(identity)) {
        return fail('other-identity', `is signed by ${who}, but ${required}`);
    }
    if (issuer !== policy.issuer) {
        return fail('other-issuer', `is signed by ${who}, but certificate-oidc-issuer requires ${policy.issuer}`);
    }
    if (policy.sourceRepositoryUri !== undefined) {
        const source = extensionText(signer, OID_SOURCE_REPOSITORY_URI);
        if (source !== policy.sourceRepositoryUri) {
            return fail('other-identity', `is signed by ${who} from source repository ${source ?? '(not named in the certificate)'}, but the policy requires ${policy.sourceRepositoryUri}`);
        }
    }
    return { signer: { identity, issuer } };
}
function readEnvelope(bytes) {
    if (bytes.length > MAX_BUNDLE_BYTES) {
        return fail('invalid', `carries a bundle larger than ${MAX_BUNDLE_BYTES} bytes`);
    }
    let bundle;
    try {
        bundle = (0,bundle_dist.bundleFromJSON)(JSON.parse(Buffer.from(bytes).toString('utf8')));
    }
    catch (err) {
        return fail('invalid', `carries something that is not a valid Sigstore bundle (${message(err)})`);
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        return fail('other-predicate', 'carries a message signature, not a signed statement');
    }
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== provenance_statement/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        return fail('other-predicate', `carries a DSSE envelope of ${JSON.stringify(envelope.payloadType.slice(0, 100))}, not an in-toto statement`);
    }
    return { bundle, payload: envelope.payload };
}
function checkSigned(bundle, payload, policy) {
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    }
    catch (err) {
        return fail('invalid', `carries a bundle whose verification material is unreadable (${message(err)})`);
    }
    const checked = policy.kind === 'key'
        ? verifyWithKeys(bundle, entity, policy)
        : verifyKeyless(bundle, entity, policy);
    if ('ok' in checked)
        return checked;
    const signedAt = signedAtOf(bundle);
    return { ok: true, signer: checked.signer, ...(signedAt ? { signedAt } : {}), payload };
}
function verifySignedStatement(bytes, policy) {
    const envelope = readEnvelope(bytes);
    if ('found' in envelope)
        return envelope;
    return checkSigned(envelope.bundle, envelope.payload, policy);
}
function verifyBundle(bytes, digest, policy) {
    const envelope = readEnvelope(bytes);
    if ('found' in envelope)
        return envelope;
    const claimed = (0,provenance_statement/* peekPredicateType */.z0)(envelope.payload);
    if (claimed !== provenance_statement/* SOURCE_PREDICATE_TYPE */.tf) {
        return fail('other-predicate', `carries a statement of predicate type ${claimed ?? '(none)'}, not ${provenance_statement/* SOURCE_PREDICATE_TYPE */.tf}`);
    }
    const signed = checkSigned(envelope.bundle, envelope.payload, policy);
    if (!signed.ok)
        return signed;
    let statement;
    try {
        statement = (0,provenance_statement/* parseSourceStatement */.qn)(signed.payload);
    }
    catch (err) {
        if (!(err instanceof provenance_statement/* StatementError */.Mp))
            throw err;
        return fail('invalid', `is signed by ${signed.signer.identity}, but its statement is malformed: ${err.message}`);
    }
    if (statement.subject.digest !== digest) {
        return fail('other-subject', `carries a statement signed by ${signed.signer.identity} about ${statement.subject.digest} (${statement.subject.name}), another image: copied from it`);
    }
    return {
        ok: true,
        signer: signed.signer,
        ...(signed.signedAt ? { signedAt: signed.signedAt } : {}),
        statement,
    };
}
async function verifyImage(store, repository, digest, policy) {
    const where = `${digest} in ${(0,reference/* formatReference */.FH)((0,reference/* withTagAndDigest */.gh)(repository))}`;
    const bundles = await findBundles(store, repository, digest);
    if (bundles.length === 0) {
        return {
            ok: false,
            digest,
            found: 'none',
            problem: `${where} has no Sigstore bundle attached (no referrer of that type); sign it, or give it time if it was pushed before signing was turned on`,
        };
    }
    const verdicts = bundles.map((b) => ({
        bundle: b,
        verdict: verifyBundle(b.bundle, digest, policy),
    }));
    let best;
    for (const { bundle, verdict } of verdicts) {
        if (!verdict.ok)
            continue;
        const newer = best === undefined ||
            (verdict.signedAt?.getTime() ?? 0) > (best.verdict.signedAt?.getTime() ?? 0);
        if (newer)
            best = { bundle, verdict };
    }
    if (best) {
        const { signer, signedAt, statement } = best.verdict;
        return {
            ok: true,
            digest,
            signer,
            ...(signedAt ? { signedAt } : {}),
            statement,
            referrer: best.bundle.referrer,
        };
    }
    const failures = verdicts.map((v) => v.verdict).filter((v) => !v.ok);
    const closest = failures.reduce((a, b) => (RANK[b.found] > RANK[a.found] ? b : a));
    const others = failures.length - 1;
    return {
        ok: false,
        digest,
        found: closest.found,
        problem: `${where} ${closest.problem}${others > 0 ? ` (and ${others} other bundle${others > 1 ? 's' : ''} did not pass either)` : ''}`,
    };
}

;// CONCATENATED MODULE: ./src/provenance/sign.ts









function keySigner(signingKey) {
    const key = parseSigningKey(signingKey);
    return {
        kind: 'key',
        sign(statement) {
            const pae = core_dist.dsse.preAuthEncoding(provenance_statement/* IN_TOTO_PAYLOAD_TYPE */.T4, statement);
            const signature = (0,external_node_crypto_.sign)('sha256', pae, key.privateKey);
            const bundle = (0,bundle_dist.toDSSEBundle)({
                artifact: statement,
                artifactType: provenance_statement/* IN_TOTO_PAYLOAD_TYPE */.T4,
                signature,
                keyHint: key.hint,
            });
            return Promise.resolve({
                bundle: Buffer.from(JSON.stringify((0,bundle_dist.bundleToJSON)(bundle))),
                signer: { identity: `key ${key.hint}`, keyHint: key.hint },
            });
        },
    };
}
async function createSigner(input) {
    if (input.kind === 'key')
        return keySigner(input.signingKey);
    const { keylessSigner } = await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(937)]).then(__webpack_require__.bind(__webpack_require__, 14937));
    return keylessSigner(input);
}
async function signImage(store, repository, digest, fields, signer, options = {}) {
    const repo = (0,reference/* withTagAndDigest */.gh)(repository);
    const image = await store.readManifest((0,reference/* withTagAndDigest */.gh)(repository, undefined, digest));
    if (!image) {
        throw new errors/* UserError */.yo(`cannot sign ${digest}: ${(0,reference/* formatReference */.FH)(repo)} does not hold it — push the image first, or check the repository`);
    }
    let built;
    try {
        built = (0,provenance_statement/* buildSourceStatement */.Tq)({ name: repo.name, digest }, fields);
    }
    catch (err) {
        if (err instanceof provenance_statement/* StatementError */.Mp) {
            throw new errors/* UserError */.yo(`cannot build the source statement for ${digest}: ${err.message}`, {
                cause: err,
            });
        }
        throw err;
    }
    const signed = await signer.sign(built.bytes);
    const layer = await store.writeBlob(repo, signed.bundle);
    await store.writeBlob(repo, EMPTY_BLOB);
    const created = (options.now?.() ?? new Date()).toISOString();
    const manifest = buildArtifactManifest({
        artifactType: BUNDLE_V03_MEDIA_TYPE,
        subject: { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length },
        layers: [
            {
                mediaType: BUNDLE_V03_MEDIA_TYPE,
                digest: layer.digest,
                size: layer.size,
                annotations: {
                    'org.opencontainers.image.title': `${layer.digest.replace(':', '-')}.sigstore.json`,
                },
            },
        ],
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': provenance_statement/* SOURCE_PREDICATE_TYPE */.tf,
            'org.opencontainers.image.created': created,
        },
    });
    const pushed = await pushReferrer(store, repo, manifest, options);
    return {
        digest,
        referrer: pushed.descriptor.digest,
        via: pushed.via,
        signer: signed.signer,
        ...(signed.signedAt ? { signedAt: signed.signedAt } : {}),
        statement: built.statement,
        bundle: signed.bundle,
    };
}

;// CONCATENATED MODULE: ./src/provenance/copy.ts


function copyBundles(from, to, digest, options = {}) {
    return copyReferrers({ store: from.store, repo: from.repository }, { store: to.store, repo: to.repository }, digest, (r) => r.artifactType?.startsWith(BUNDLE_MEDIA_TYPE_PREFIX) ?? false, options);
}

;// CONCATENATED MODULE: ./src/provenance/index.ts








/***/ }),

/***/ 74158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ StatementError),
/* harmony export */   Qm: () => (/* binding */ runUrlOf),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Tq: () => (/* binding */ buildSourceStatement),
/* harmony export */   qn: () => (/* binding */ parseSourceStatement),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   tf: () => (/* binding */ SOURCE_PREDICATE_TYPE),
/* harmony export */   z0: () => (/* binding */ peekPredicateType)
/* harmony export */ });
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const SOURCE_PREDICATE_TYPE = 'https://github.com/image-promote/source/v1';
const MAX_STATEMENT_BYTES = 64 * 1024;
class StatementError extends Error {
    name = 'StatementError';
}
const HEX64 = /^[0-9a-f]{64}$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/;
const PRINTABLE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const NO_SPACE = /^[\x21-\x7e]+$/;
function text(value, field, max, shape) {
    if (typeof value !== 'string')
        throw new StatementError(`${field} is not a string`);
    if (value.length > max)
        throw new StatementError(`${field} is longer than ${max} characters`);
    if (!shape.test(value))
        throw new StatementError(`${field} has an invalid form`);
    return value;
}
function serverUrlOf(value) {
    const raw = text(value, 'serverUrl', 200, NO_SPACE).replace(/\/+$/, '');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new StatementError('serverUrl is not a URL');
    }
    const bare = url.pathname === '/' || url.pathname === '';
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') ||
        url.username !== '' ||
        url.password !== '' ||
        url.search !== '' ||
        url.hash !== '' ||
        !bare) {
        throw new StatementError('serverUrl must be a bare http(s) origin such as https://github.com');
    }
    return url.origin;
}
function runUrlOf(serverUrl, repository, runId, attempt) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}/attempts/${attempt}`;
}
function runUrlField(value, serverUrl, repository) {
    const url = text(value, 'runUrl', 400, NO_SPACE);
    const prefix = `${serverUrl}/${repository}/actions/runs/`;
    if (!url.startsWith(prefix) || !/^\d{1,20}\/attempts\/\d{1,6}$/.test(url.slice(prefix.length))) {
        throw new StatementError(`runUrl must be ${prefix}<id>/attempts/<n> (a run of the statement's repository)`);
    }
    return url;
}
function checkFields(fields) {
    const repository = text(fields.repository, 'repository', 201, REPOSITORY);
    const serverUrl = serverUrlOf(fields.serverUrl);
    const out = {
        sourceKey: text(fields.sourceKey, 'sourceKey', 64, HEX64),
        sourceKeyVersion: text(fields.sourceKeyVersion, 'sourceKeyVersion', 128, PRINTABLE),
        repository,
        serverUrl,
        commit: text(fields.commit, 'commit', 64, COMMIT),
        imagePromoteVersion: text(fields.imagePromoteVersion, 'imagePromoteVersion', 64, VERSION),
    };
    if (fields.workflowRef !== undefined) {
        const ref = text(fields.workflowRef, 'workflowRef', 1024, NO_SPACE);
        if (!/^[^@]+\/\.github\/workflows\/[^@]+@.+$/.test(ref)) {
            throw new StatementError('workflowRef must be <owner>/<repo>/.github/workflows/<file>@<ref>');
        }
        out.workflowRef = ref;
    }
    if (fields.runUrl !== undefined)
        out.runUrl = runUrlField(fields.runUrl, serverUrl, repository);
    return out;
}
function subjectOf(name, digest) {
    const n = text(name, 'subject name', 512, NO_SPACE);
    const d = text(digest, 'subject digest', 71, /^sha256:[0-9a-f]{64}$/);
    return { name: n, digest: d };
}
function buildSourceStatement(subject, fields) {
    const checked = checkFields({ ...fields });
    const s = subjectOf(subject.name, subject.digest);
    const predicate = {
        sourceKey: checked.sourceKey,
        sourceKeyVersion: checked.sourceKeyVersion,
        repository: checked.repository,
        serverUrl: checked.serverUrl,
        commit: checked.commit,
        ...(checked.workflowRef !== undefined ? { workflowRef: checked.workflowRef } : {}),
        ...(checked.runUrl !== undefined ? { runUrl: checked.runUrl } : {}),
        imagePromoteVersion: checked.imagePromoteVersion,
    };
    const statement = {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: s.name, digest: { sha256: s.digest.slice('sha256:'.length) } }],
        predicateType: SOURCE_PREDICATE_TYPE,
        predicate,
    };
    return { statement: { ...checked, subject: s }, bytes: Buffer.from(JSON.stringify(statement)) };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function jsonObject(bytes) {
    if (bytes.length > MAX_STATEMENT_BYTES) {
        throw new StatementError(`the statement is larger than ${MAX_STATEMENT_BYTES} bytes`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new StatementError('the statement is not valid JSON');
    }
    if (!isRecord(json))
        throw new StatementError('the statement is not a JSON object');
    return json;
}
function peekPredicateType(bytes) {
    try {
        const json = jsonObject(bytes);
        return typeof json.predicateType === 'string' ? json.predicateType.slice(0, 200) : undefined;
    }
    catch {
        return undefined;
    }
}
function parseSourceStatement(bytes) {
    const json = jsonObject(bytes);
    if (json._type !== IN_TOTO_STATEMENT_V1) {
        throw new StatementError(`_type is not ${IN_TOTO_STATEMENT_V1}`);
    }
    if (json.predicateType !== SOURCE_PREDICATE_TYPE) {
        throw new StatementError(`predicateType is not ${SOURCE_PREDICATE_TYPE}`);
    }
    const { subject, predicate } = json;
    if (!Array.isArray(subject) || subject.length !== 1) {
        throw new StatementError('subject must list exactly one image');
    }
    const only = subject[0];
    if (!isRecord(only) || !isRecord(only.digest)) {
        throw new StatementError('subject[0] has no digest object');
    }
    const hex = only.digest.sha256;
    const s = subjectOf(only.name, typeof hex === 'string' ? `sha256:${hex}` : hex);
    if (!isRecord(predicate))
        throw new StatementError('predicate is not an object');
    return { ...checkFields(predicate), subject: s };
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
