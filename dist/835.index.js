export const id = 835;
export const ids = [835];
export const modules = {

/***/ 9835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeOverlays: () => (/* binding */ writeOverlays)
});

// UNUSED EXPORTS: overlayUpdates

// EXTERNAL MODULE: ./src/overlay/commit-message.ts
var commit_message = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/overlay/overlay-files.ts + 1 modules
var overlay_files = __webpack_require__(3768);
// EXTERNAL MODULE: ./src/gitops/clone.ts
var clone = __webpack_require__(837);
// EXTERNAL MODULE: ./src/gitops/commit.ts
var gitops_commit = __webpack_require__(8007);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/gitops/github.ts
/**
 * The pull requests `commit: pull-request` opens and updates, through the GitHub REST API
 * with the toolkit's Octokit. @actions/github is imported lazily: most runs never open a
 * pull request and must not load it.
 */



function pullOf(p) {
    return { number: p.number, url: p.html_url, title: p.title, body: p.body ?? '' };
}
/** An API failure as something a user can act on, without anything the server echoed back. */
function apiError(err, what, options) {
    const status = err.status;
    const message = err instanceof Error ? err.message : String(err);
    const where = `${options.owner}/${options.repo}`;
    const hint = status === 401
        ? 'the token was refused; check overlay-token / github-token'
        : status === 403 || status === 404
            ? `the token needs "pull-requests: write" and "contents: write" on ${where} (a fine-grained token or a GitHub App token for another repository; the job token only reaches its own)`
            : status === 422
                ? 'GitHub refused the pull request (is the branch based on the target branch, and are pull requests enabled?)'
                : undefined;
    return new errors/* UserError */.yo((0,redact/* redact */.E$)(`could not ${what} in ${where}: ${message}${typeof status === 'number' ? ` (HTTP ${status})` : ''}${hint ? ` — ${hint}` : ''}`));
}
async function createPullRequestApi(options) {
    const logger = options.logger ?? log/* silentLogger */.q;
    logger.mask(options.token);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    const { owner, repo } = options;
    return {
        async findOpen(head, base) {
            try {
                const pulls = await octokit.paginate(octokit.rest.pulls.list, {
                    owner,
                    repo,
                    state: 'open',
                    head: `${owner}:${head}`,
                    base,
                    per_page: 100,
                });
                const found = pulls.find((p) => p.head.ref === head && p.base.ref === base);
                return found ? pullOf(found) : undefined;
            }
            catch (err) {
                throw apiError(err, 'list pull requests', options);
            }
        },
        async create(head, base, fields) {
            try {
                const r = await octokit.rest.pulls.create({ owner, repo, head, base, ...fields });
                return pullOf(r.data);
            }
            catch (err) {
                throw apiError(err, `open a pull request from ${head} into ${base}`, options);
            }
        },
        async update(number, fields) {
            try {
                const r = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...fields });
                return pullOf(r.data);
            }
            catch (err) {
                throw apiError(err, `update pull request #${number}`, options);
            }
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/gitops/pull-request.ts
/**
 * `commit: pull-request`: the overlay change as one commit on top of the target branch's
 * tip, force-pushed to a branch image-promote owns (`image-promote/<environment>`), and one
 * pull request from it, opened or updated. The commit is built with a private index and
 * `commit-tree`: the checkout's branch, HEAD and index stay as they were.
 *
 * Idempotent: when the branch already holds exactly this change (same parent, same tree)
 * nothing is pushed, and an open pull request is returned as it is (its title and body
 * updated only when they differ).
 */






/** Subject → title; the rest (after the blank line) → body. */
function pullRequestFields(message) {
    const text = (0,redact/* redact */.E$)(message).replace(/\r\n/g, '\n').trim();
    const [subject = '', ...rest] = text.split('\n');
    return { title: subject.trim(), body: rest.join('\n').trim() };
}
/** Tree and parents from the raw commit object (a shallow clone's grafts do not hide them). */
async function commitInfo(repo, commit) {
    const r = await repo.git.run(['cat-file', 'commit', commit], { allowFailure: true });
    if (r.exitCode !== 0)
        return undefined;
    const header = r.stdout.split('\n\n')[0] ?? '';
    const tree = /^tree ([0-9a-f]+)$/m.exec(header)?.[1];
    if (tree === undefined)
        return undefined;
    const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? '');
    return { tree, parents };
}
/** The tip of `branch` on the remote, or undefined when the branch does not exist. */
async function remoteBranchTip(repo, remote, branch) {
    const r = await repo.git.run(['ls-remote', '--heads', remote, `refs/heads/${branch}`], {
        allowFailure: true,
    });
    if (r.exitCode !== 0) {
        throw new errors/* UserError */.yo((0,redact/* redact */.E$)(`cannot read the branches of ${repo.label}: ${(0,gitops_commit/* lastLine */.fM)(r.stderr)}`));
    }
    const line = r.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split('\t')[0];
}
/** The tree of the target's tip with the work tree's `paths`, written with a private index. */
async function treeWith(repo, base, paths) {
    const gitDir = (await repo.git.run(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    const index = (0,external_node_path_.join)(gitDir, `image-promote-${process.pid}-${Date.now()}.index`);
    const env = { GIT_INDEX_FILE: index };
    try {
        await repo.git.run(['read-tree', base], { env });
        await repo.git.run(['update-index', '--add', '--remove', '--', ...paths], { env });
        return (await repo.git.run(['write-tree'], { env })).stdout.trim();
    }
    finally {
        await (0,promises_.rm)(index, { force: true });
    }
}
async function proposeChange(repo, params) {
    const logger = params.logger ?? log/* silentLogger */.q;
    const { remote } = repo;
    const base = params.base ?? repo.branch;
    if (remote === undefined) {
        throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: the repository has no remote to push to`);
    }
    if (base === undefined) {
        throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: HEAD is detached and no target branch was given; check out a branch`);
    }
    if (base === params.head) {
        throw new errors/* UserError */.yo(`pull-request-branch "${params.head}" is the branch the pull request targets; choose another one`);
    }
    const paths = await (0,gitops_commit/* repositoryPaths */.D4)(repo.git, params.files);
    const baseTip = await (0,gitops_commit/* fetchBranchTip */.kR)(repo.git, remote, base);
    // The edit was made on HEAD's content; when the target has other content, redo it there.
    const head = await (0,gitops_commit/* headCommit */.Qo)(repo.git);
    const differ = await repo.git.run(['diff', '--quiet', head, baseTip, '--', ...paths], {
        allowFailure: true,
    });
    if (differ.exitCode !== 0) {
        logger.info(`${base} has moved on ${remote}; applying the overlay change on top of it`);
        await repo.git.run(['restore', `--source=${baseTip}`, '--worktree', '--', ...paths]);
        await params.reapply(params.files);
    }
    const tree = await treeWith(repo, baseTip, paths);
    const baseInfo = await commitInfo(repo, baseTip);
    if (baseInfo?.tree === tree) {
        logger.info(`${base} already has the overlay change; no pull request needed`);
        return { commit: baseTip, committed: false, pushed: false, branch: params.head };
    }
    const fields = pullRequestFields(params.message);
    const branchTip = await remoteBranchTip(repo, remote, params.head);
    let commit;
    if (branchTip !== undefined) {
        await repo.git.run(['fetch', '--no-tags', '--no-recurse-submodules', remote, `refs/heads/${params.head}`], { allowFailure: true });
        const info = await commitInfo(repo, branchTip);
        if (info?.tree === tree && info.parents.length === 1 && info.parents[0] === baseTip) {
            commit = branchTip;
        }
    }
    let pushed = false;
    const committed = commit === undefined;
    if (commit === undefined) {
        commit = (await repo.git.run(['commit-tree', tree, '-p', baseTip, '-F', '-'], {
            env: gitops_commit/* BOT_ENV */.yN,
            input: (0,redact/* redact */.E$)(params.message),
        })).stdout.trim();
        // The branch belongs to image-promote: whatever it held is replaced.
        const push = await repo.git.run([
            'push',
            '--porcelain',
            '--no-verify',
            '--force',
            remote,
            `${commit}:refs/heads/${params.head}`,
        ], { allowFailure: true });
        if (push.exitCode !== 0) {
            throw new errors/* UserError */.yo((0,redact/* redact */.E$)(`git push of ${params.head} to ${repo.label} failed: ${(0,gitops_commit/* lastLine */.fM)(push.stderr)}`));
        }
        pushed = true;
        logger.info(`pushed the overlay change to ${params.head} on ${repo.label}`);
    }
    else {
        logger.info(`${params.head} on ${repo.label} already holds this change; nothing to push`);
    }
    const open = await params.api.findOpen(params.head, base);
    if (open) {
        const same = open.title === fields.title && open.body.trim() === fields.body;
        const pr = same ? open : await params.api.update(open.number, fields);
        if (!same)
            logger.info(`updated pull request #${pr.number}: ${pr.url}`);
        return {
            commit,
            committed,
            pushed,
            branch: params.head,
            pullRequest: { number: pr.number, url: pr.url, created: false, updated: !same },
        };
    }
    const pr = await params.api.create(params.head, base, fields);
    logger.info(`opened pull request #${pr.number}: ${pr.url}`);
    return {
        commit,
        committed,
        pushed,
        branch: params.head,
        pullRequest: { number: pr.number, url: pr.url, created: true, updated: false },
    };
}

// EXTERNAL MODULE: ./src/gitops/repository.ts
var repository = __webpack_require__(2882);
;// CONCATENATED MODULE: ./src/gitops/write-back.ts
/**
 * Getting an overlay change into the repository that holds the overlay: commit it, commit
 * and push it (rebase-retry), or propose it as a pull request. One result per repository;
 * a change that was asked to land and did not is an error, never a quiet no-op.
 */






function pushTarget(repo) {
    if (repo.remote === undefined) {
        throw new errors/* UserError */.yo(`cannot push the overlay change in ${repo.label}: the repository has no remote`);
    }
    if (repo.branch === undefined) {
        throw new errors/* UserError */.yo(`cannot push the overlay change in ${repo.label}: HEAD is detached and no target branch was given; check out a branch (actions/checkout \`ref: main\`)`);
    }
    return { remote: repo.remote, branch: repo.branch };
}
/** Commits (and pushes, or proposes) `files`, all held by `repo`. */
async function writeBack(repo, files, options) {
    const logger = options.logger ?? log/* silentLogger */.q;
    if (options.mode === 'pull-request') {
        const pr = options.pullRequest;
        if (pr === undefined)
            throw new Error('writeBack: mode pull-request needs pullRequest');
        let api = pr.api;
        if (api === undefined) {
            if (repo.github === undefined) {
                throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: its remote (${repo.remoteUrl ?? 'none'}) is not a GitHub repository`);
            }
            if (!pr.token) {
                throw new errors/* UserError */.yo(`cannot open a pull request for ${repo.label}: no token (set github-token or overlay-token)`);
            }
            api = await createPullRequestApi({
                ...repo.github,
                token: pr.token,
                ...(pr.apiUrl ? { baseUrl: pr.apiUrl } : {}),
                logger,
            });
        }
        const r = await proposeChange(repo, {
            files,
            message: options.message,
            head: pr.branch,
            reapply: options.reapply,
            api,
            logger,
        });
        return {
            repository: repo.label,
            commit: r.commit,
            committed: r.committed,
            pushed: r.pushed,
            branch: r.pullRequest ? r.branch : (repo.branch ?? r.branch),
            ...(r.pullRequest
                ? { pullRequest: { number: r.pullRequest.number, url: r.pullRequest.url } }
                : {}),
        };
    }
    const push = options.mode === 'push';
    const target = push ? pushTarget(repo) : undefined;
    const r = await (0,gitops_commit/* commitOverlays */.Ro)(repo.git, {
        files,
        message: options.message,
        push,
        ...(target ?? {}),
        reapply: options.reapply,
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.author ? { author: options.author } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        logger,
    });
    return {
        repository: repo.label,
        commit: r.sha,
        committed: r.committed,
        pushed: r.pushed,
        ...(target ? { branch: target.branch } : repo.branch ? { branch: repo.branch } : {}),
    };
}
/**
 * "Commit (and push) the files F in the repositories that hold them, with message M": the
 * files are grouped by repository (one commit each, in the order the files come) and
 * written back one repository after the other. The engine's write uses it; a caller that
 * has located the one repository already (`deploy`, before it writes) calls writeBack.
 */
async function commitFiles(files, options) {
    const groups = await (0,repository/* groupByRepository */.fr)(files, options);
    const results = [];
    for (const { repository, files: held } of groups) {
        results.push(await writeBack(repository, held, options));
    }
    return results;
}

;// CONCATENATED MODULE: ./src/gitops/index.ts
/**
 * Where the overlay lives, and how its change gets there: the repository that holds each
 * overlay file (a nested checkout is its own repository), a separate GitOps repository
 * cloned for the run, and the write-back modes (commit, push with rebase-retry, pull
 * request). See docs/gitops.md.
 */









;// CONCATENATED MODULE: ./src/engine/write.ts
/**
 * Writing verified refs into the overlays and getting the change where it belongs. Runs
 * only when every image is verified. All edits are planned from the state read while
 * gathering facts (each re-parsed by the planner) before any file is written; every write
 * re-checks that it stays inside the workspace (or the clone of overlay-repository). The
 * commit goes to the repository that holds each file, one per repository: pushed with the
 * rebase-retry loop, or proposed as a pull request.
 */



/**
 * The overlay updates of verified images whose value changes — and, with pin-digest, of
 * images that keep their value but do not carry its verified digest yet.
 */
function overlayUpdates(outcomes, facts, pinDigest) {
    const updates = [];
    for (const o of outcomes) {
        const d = o.decision;
        if (o.status !== 'verified' || !o.target)
            continue;
        const repository = o.target.repository.name;
        if (d.kind === 'keep') {
            const value = facts.images.find((f) => f.image.name === d.image.name)?.deployed?.value;
            if (pinDigest && value?.tag && value.digest !== o.target.digest) {
                updates.push({ image: d.image, repository, tag: value.tag, digest: o.target.digest });
            }
            continue;
        }
        if (d.kind !== 'tag' && d.kind !== 'build')
            continue;
        const digest = d.kind === 'tag' ? (d.write.digest ?? o.target.digest) : o.target.digest;
        updates.push({ image: d.image, repository, tag: d.write.tag ?? o.target.tag, digest });
    }
    return updates;
}
/** Which overlay each update goes to: the first one that names the image, else the first. */
function write_assign(states, updates) {
    return states
        .map((state, i) => ({
        state,
        updates: updates.filter((u) => {
            const holders = states.filter((s) => s.images.get(u.image.name)?.found);
            return holders.length === 0 ? i === 0 : holders.includes(state);
        }),
    }))
        .filter((a) => a.updates.length > 0);
}
/** A markdown table of the change, for a pull request's body. */
function changeTable(changes) {
    if (changes.length === 0)
        return '';
    const rows = changes.map((c) => `| ${c.image} | ${c.from ?? '(none)'} | ${c.to} |`);
    return ['| Image | From | To |', '| --- | --- | --- |', ...rows].join('\n');
}
async function writeOverlays(outcomes, facts, deps, placement) {
    const { config, policy } = deps;
    const updates = overlayUpdates(outcomes, facts, config.pinDigest);
    if (updates.length === 0)
        return { files: [], changed: false, commits: [] };
    const options = {
        pinDigest: config.pinDigest,
        createMissing: config.createMissing,
        isImmutable: (tag) => policy.isImmutable(tag),
    };
    const plan = (states) => write_assign(states, updates).map(({ state, updates: mine }) => (0,overlay_files/* planOverlayEdit */.cC)(state, mine, options));
    const edits = plan(facts.overlays);
    const changed = edits.filter((e) => e.changed);
    const files = changed.map((e) => e.overlay.path);
    if (config.dryRun)
        return { files, changed: changed.length > 0, commits: [] };
    await (0,overlay_files/* writeOverlayEdits */.vP)(changed, { root: placement.root });
    if (config.commit === 'none')
        return { files, changed: changed.length > 0, commits: [] };
    // Commit where each file lives; with nothing changed, the repository still tells which
    // commit (or pull request) already holds the change.
    const targetFiles = edits.map((e) => e.overlay.file);
    const changes = edits.flatMap((e) => e.changes);
    const subject = (0,commit_message/* renderCommitMessage */.jq)(config.commitMessage, {
        ...(config.environment ? { environment: config.environment } : {}),
        sha: deps.trigger.head,
        changes: changes.map(commit_message/* commitMessageChange */.Vv),
    });
    const message = config.commit === 'pull-request' && changes.length > 0
        ? `${subject}\n\n${changeTable(changes)}\n\nProposed by image-promote for ${deps.trigger.head.slice(0, 7)}.`
        : subject;
    // A retry re-reads the files one repository holds (reset to its branch's content) and
    // plans all overlays again — so every image still goes to the overlay that names it — then
    // writes only those files.
    const reapply = async (held) => {
        const states = await Promise.all(facts.overlays.map(async (s) => held.includes(s.overlay.file) ? (0,overlay_files/* readOverlay */.re)(s.overlay, config.images) : s));
        await (0,overlay_files/* writeOverlayEdits */.vP)(plan(states).filter((e) => e.changed && held.includes(e.overlay.file)), { root: placement.root });
    };
    // Tag and release checkouts are detached: their overlay change goes to the default branch.
    const detachedBranch = deps.trigger.kind === 'tag' || deps.trigger.kind === 'release'
        ? (deps.trigger.defaultBranch ?? 'main')
        : deps.trigger.branch;
    const token = config.overlayRepository ? config.overlayRepository.token : config.githubToken;
    const writeOptions = {
        mode: config.commit === 'pull-request' ? 'pull-request' : 'push',
        message,
        reapply,
        logger: deps.logger,
        ...(config.commit === 'pull-request'
            ? {
                pullRequest: {
                    branch: config.pullRequestBranch,
                    ...(token ? { token } : {}),
                    ...(deps.env.GITHUB_API_URL ? { apiUrl: deps.env.GITHUB_API_URL } : {}),
                },
            }
            : {}),
    };
    const results = placement.clone
        ? [await writeBack(placement.clone, targetFiles, writeOptions)]
        : await commitFiles(targetFiles, {
            ...writeOptions,
            workspace: config.workspace,
            cwd: config.workspace,
            ...(detachedBranch ? { branch: detachedBranch } : {}),
        });
    return { files, changed: changed.length > 0, commits: results };
}


/***/ })

};
