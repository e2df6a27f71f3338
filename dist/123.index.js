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
    const { owner, repo: name, expectedPrFiles, ...clientOptions } = options;
    const client = createGitHubClient(clientOptions);
    const repo = { owner, repo: name };
    const incomplete = (files, note) => ({ files, complete: false, note });
    return {
        async pullRequestFiles(number) {
            const listing = await client.listPullFiles(repo, number);
            const entries = listing.items;
            const files = names(entries);
            if (entries.length >= PR_FILES_CAP) {
                return incomplete(files, `the pull request files API stops at ${PR_FILES_CAP} files`);
            }
            if (listing.truncated) {
                return incomplete(files, `the pull request files API had more pages than a pull request can have (${entries.length} files in them)`);
            }
            if (expectedPrFiles !== undefined && entries.length < expectedPrFiles) {
                return incomplete(files, `the API listed ${entries.length} of the ${expectedPrFiles} changed files`);
            }
            return { files, complete: true };
        },
        async compareFiles(base, head) {
            const comparison = await client.compare(repo, base, head);
            if (comparison.files === undefined) {
                return incomplete([], 'the compare API returned no file list');
            }
            const files = names(comparison.files);
            if (comparison.files.length >= COMPARE_FILES_CAP) {
                return incomplete(files, `the compare API stops at ${COMPARE_FILES_CAP} files`);
            }
            return { files, complete: true };
        },
    };
}


/***/ })

};
