export const id = 123;
export const ids = [123];
export const modules = {

/***/ 60123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMPARE_FILES_CAP: () => (/* binding */ COMPARE_FILES_CAP),
/* harmony export */   PR_FILES_CAP: () => (/* binding */ PR_FILES_CAP),
/* harmony export */   createGitHubChangeSource: () => (/* binding */ createGitHubChangeSource)
/* harmony export */ });
const PR_FILES_CAP = 3000;
const COMPARE_FILES_CAP = 300;
function names(entries) {
    const out = new Set();
    for (const f of entries) {
        out.add(f.filename);
        if (f.previousFilename)
            out.add(f.previousFilename);
    }
    return [...out];
}
async function createGitHubChangeSource(options) {
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 498).then(__webpack_require__.bind(__webpack_require__, 26498));
    const client = createGitHubClient({
        token: options.token,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.env ? { env: options.env } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.tally ? { tally: options.tally } : {}),
    });
    const repo = { owner: options.owner, repo: options.repo };
    return {
        async pullRequestFiles(number) {
            const listing = await client.listPullFiles(repo, number);
            const entries = listing.items;
            const files = names(entries);
            if (entries.length >= PR_FILES_CAP) {
                return {
                    files,
                    complete: false,
                    note: `the pull request files API stops at ${PR_FILES_CAP} files`,
                };
            }
            if (listing.truncated) {
                return {
                    files,
                    complete: false,
                    note: `the pull request files API had more pages than a pull request can have (${entries.length} files in them)`,
                };
            }
            if (options.expectedPrFiles !== undefined && entries.length < options.expectedPrFiles) {
                return {
                    files,
                    complete: false,
                    note: `the API listed ${entries.length} of the ${options.expectedPrFiles} changed files`,
                };
            }
            return { files, complete: true };
        },
        async compareFiles(base, head) {
            const comparison = await client.compare(repo, base, head);
            if (comparison.files === undefined) {
                return { files: [], complete: false, note: 'the compare API returned no file list' };
            }
            const entries = comparison.files;
            const files = names(entries);
            if (entries.length >= COMPARE_FILES_CAP) {
                return {
                    files,
                    complete: false,
                    note: `the compare API stops at ${COMPARE_FILES_CAP} files`,
                };
            }
            return { files, complete: true };
        },
    };
}


/***/ })

};
