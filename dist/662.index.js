export const id = 662;
export const ids = [662];
export const modules = {

/***/ 80662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canHold: () => (/* binding */ canHold),
/* harmony export */   onlyValuesChanged: () => (/* binding */ onlyValuesChanged),
/* harmony export */   readOverlayFor: () => (/* binding */ readOverlayFor),
/* harmony export */   readOverlayStates: () => (/* binding */ readOverlayStates),
/* harmony export */   readOverlayTextFor: () => (/* binding */ readOverlayTextFor),
/* harmony export */   updatesFor: () => (/* binding */ updatesFor)
/* harmony export */ });
/* harmony import */ var _config_images_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70286);
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19452);
/* harmony import */ var _overlay_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94054);



function imagesIn(images, path) {
    const all = images.map((i) => (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(i, path));
    return { all, keyed: all.filter((i, n) => i.key !== undefined || !images[n]?.keyByFile) };
}
function complete(state, all, keyed) {
    if (keyed === all.length)
        return state;
    if (state.format === 'kustomize')
        return (0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readOverlayText */ .e)(state.text, state.overlay, all);
    const images = new Map(state.images);
    for (const { name } of all)
        if (!images.has(name))
            images.set(name, { name, found: false, value: {} });
    return { ...state, images };
}
function readOverlayTextFor(text, overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete((0,_overlay_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readOverlayText */ .e)(text, overlay, keyed), all, keyed.length);
}
async function readOverlayFor(overlay, images) {
    const { all, keyed } = imagesIn(images, overlay.path);
    return complete(await (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readOverlay */ .re)(overlay, keyed), all, keyed.length);
}
function readOverlayStates(overlays, images) {
    return Promise.all(overlays.map((o) => readOverlayFor(o, images)));
}
function updatesFor(state, updates) {
    const path = state.overlay.path;
    return updates.map((u) => ({
        ...u,
        image: state.format === 'kustomize' ? (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(u.image, path) : (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .requireImageFor */ .O2)(u.image, path),
    }));
}
function canHold(state, image) {
    return state.format === 'kustomize' || (0,_config_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageFor */ .zd)(image, state.overlay.path).key !== undefined;
}
function onlyValuesChanged(state, old, images, updates, options) {
    const before = readOverlayTextFor(old, state.overlay, images);
    return (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_1__/* .planOverlayEdit */ .cC)(before, updatesFor(before, updates), options).after.equals(state.bytes);
}


/***/ })

};
