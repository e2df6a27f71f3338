export const id = 231;
export const ids = [231];
export const modules = {

/***/ 58231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refCommand: () => (/* binding */ refCommand)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85217);

const HELP = `usage: image-promote ref REF

Prints how REF is read, as JSON: {"domain","path","tag","digest","name","familiar"}.
"name" is fully qualified (docker.io/library/nginx), "familiar" is Docker's short form
(nginx:1.27); "tag" and "digest" are null when absent. Exits 2 with the reason when REF is
not a valid image reference (distribution reference grammar).`;
function refCommand(ctx) {
    const flags = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .commandFlags */ .LZ)(ctx, HELP, {});
    if (!flags)
        return Promise.resolve(0);
    const ref = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .singleReference */ .GZ)(flags.positionals, HELP);
    const { domain, path, tag, digest, name, familiar } = ref;
    const out = { domain, path, tag: tag ?? null, digest: digest ?? null, name, familiar };
    ctx.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return Promise.resolve(0);
}


/***/ })

};
