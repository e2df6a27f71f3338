export const id = 974;
export const ids = [974];
export const modules = {

/***/ 48974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDeploymentsApi: () => (/* binding */ createDeploymentsApi)
/* harmony export */ });
async function createDeploymentsApi(options) {
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 498).then(__webpack_require__.bind(__webpack_require__, 26498));
    const client = createGitHubClient({
        token: options.token,
        ...(options.env ? { env: options.env } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.tally ? { tally: options.tally } : {}),
    });
    const repo = { owner: options.owner, repo: options.repo };
    const onePage = { maxPages: 1 };
    return {
        create: (fields) => client.createDeployment(repo, fields),
        createStatus: (id, fields) => client.createDeploymentStatus(repo, id, fields),
        list: async (filter, limit) => (await client.listDeployments(repo, filter, onePage)).items.slice(0, limit),
        listStatuses: async (id, limit) => (await client.listDeploymentStatuses(repo, id, onePage)).items.slice(0, limit),
    };
}


/***/ })

};
