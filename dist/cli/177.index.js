export const id = 177;
export const ids = [177];
export const modules = {

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCommand: () => (/* binding */ resolveCommand)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8286);
/* harmony import */ var _registry_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4998);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5217);



const HELP = `usage: image-promote resolve REF [--json] [--insecure-registry HOST]...

Prints the digest REF (a tag or digest reference; no tag means :latest) resolves to in its
registry: the hash of the manifest bytes read from it (a Docker-Content-Digest header is never
taken on trust). Exits 1 when the tag, digest or repository does not exist, or when the
registry keeps answering with bytes that do not match.

options:
  --json                    print {"reference","digest","mediaType","size"} instead
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
Credentials come from the docker config (DOCKER_CONFIG or ~/.docker/config.json), as after
docker login; ECR registries use the AWS credentials of the environment.`;
async function resolveCommand(ctx) {
    const { values, positionals } = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('resolve', ctx.args, {
        json: { type: 'boolean' },
        'insecure-registry': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
    }, true);
    if (values.help) {
        ctx.stdout(`${HELP}\n`);
        return 0;
    }
    const parsed = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .singleReference */ .GZ)('resolve', positionals, HELP);
    // docker's default: a reference without tag or digest means :latest.
    const ref = parsed.tag === undefined && parsed.digest === undefined
        ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .withTagAndDigest */ .gh)(parsed, 'latest')
        : parsed;
    const provider = (0,_registry_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createRegistryProvider */ .n)({
        ...ctx.registry,
        logger: ctx.logger,
        env: ctx.env,
        insecureRegistries: values['insecure-registry'] ?? [],
    });
    const registry = await provider.forReference(ref);
    const found = await registry.resolve(ref);
    if (!found) {
        ctx.logger.info(`image-promote resolve: ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(ref)} does not exist in registry ${ref.domain} (no such tag, digest or repository)`);
        return 1;
    }
    ctx.stdout(values.json
        ? `${JSON.stringify({ reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(ref), ...found })}\n`
        : `${found.digest}\n`);
    return 0;
}


/***/ })

};
