export const id = 125;
export const ids = [125];
export const modules = {

/***/ 69125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ensureRegistryLogin: () => (/* binding */ ensureRegistryLogin)
/* harmony export */ });
async function ensureRegistryLogin(host, options) {
    const env = options.env ?? process.env;
    const helpers = options.helpers ?? (await registryHelpers(options.exec, options.logger, env));
    if (!helpers.isEcrHost(host))
        return false;
    if (await helpers.hasDockerCredentials(host)) {
        options.logger.debug(`docker already has credentials for ${host}`);
        return false;
    }
    const auth = await helpers.getAuthorization(host);
    options.logger.mask(auth.password);
    await options.exec('docker', ['login', '--username', auth.username, '--password-stdin', host], {
        env,
        input: auth.password,
        logger: options.logger,
    });
    options.logger.info(`Logged docker in to ${host} with an ECR authorization token`);
    return true;
}
async function registryHelpers(exec, logger, env) {
    const [{ parseEcrHost }, { findDockerCredentials }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 80072)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 27481)),
    ]);
    return {
        isEcrHost: (host) => parseEcrHost(host) !== undefined,
        hasDockerCredentials: async (host) => (await findDockerCredentials(host, { exec, logger, env })) !== undefined,
        getAuthorization: async (host) => {
            const { getEcrAuthorization } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 67734));
            return getEcrAuthorization(host, { logger });
        },
    };
}


/***/ })

};
