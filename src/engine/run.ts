/**
 * One run of the engine: detect changes, decide, settle decisions against the registry
 * and git history, build/promote, verify, and only then write overlays. Used by the
 * action (main.ts) and the CLI (cli/plan.ts). Nothing is written to an overlay unless
 * every image is verified in the registry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Classifier, type ImageChange } from '../changes/classify.js';
import {
  detectChanges,
  gitChangedFiles,
  type ApiChangeSource,
  type ChangeSet,
} from '../changes/detect.js';
import type { Config, Decision, ImageConfig } from '../config/types.js';
import type { Trigger } from '../event/trigger.js';
import type { Git } from '../git.js';
import type { Logger } from '../log.js';
import { errorMessage, UserError } from '../errors.js';
import {
  planImages,
  isMutableTag,
  mutableTags,
  tagContext,
  type DeployedRef,
  type ImagePlan,
  type Intent,
} from '../plan.js';
import {
  formatReference,
  parseReference,
  tryParseReference,
  withTagAndDigest,
  type ImageReference,
} from '../reference.js';
import type { RegistryProvider } from '../registry/types.js';
import type { BuildOutcome, BuildRequest } from '../build/types.js';
import { ociLabels } from '../build/argv.js';
import { renderTemplate, shaExtractor, tokensOf } from '../tags/template.js';
import { isVersionTag } from '../event/trigger.js';
import { History } from '../changes/history.js';
import { commitOverlays } from '../overlay/commit.js';
import { renderCommitMessage } from '../overlay/commit-message.js';
import { findCurrentSince, findPreviousValues } from '../overlay/history.js';
import { planOverlayEdit, readOverlay, writeOverlayEdits } from '../overlay/overlay-files.js';
import type { ImageUpdate, OverlayChange, OverlayEdit, OverlayState } from '../overlay/types.js';
import type { ImageResult, RunResult } from './types.js';

/** How far back release and PR lookups walk. */
export const LOOKBACK_COMMITS = 100;

export interface EngineDeps {
  config: Config;
  trigger: Trigger;
  git: Git;
  logger: Logger;
  registries: RegistryProvider;
  /** Builds and pushes from `workspace`; injected so the engine does not depend on docker. */
  build: (requests: BuildRequest[], workspace: string) => Promise<BuildOutcome[]>;
  api?: ApiChangeSource;
  now: Date;
  /** e.g. https://github.com/acme/app, for the OCI source label. */
  sourceUrl?: string;
}

/** What settling an intent produced: a result plus any registry work still to do. */
interface Settled {
  result: ImageResult;
  image: ImageConfig;
  build?: { tag: string; extraTags: string[]; thenTags: string[] };
  /** Registry work: make `target` (tag) point at `source`'s manifest. */
  promote?: { source: ImageReference; targets: ImageReference[] };
  /** Set once `promote` was carried out. */
  promoted?: boolean;
  /** The value to write to overlays (tag/digest/newName) once verified. */
  write: boolean;
}

export async function runEngine(deps: EngineDeps): Promise<RunResult> {
  const { config, logger } = deps;
  // What the target overlays run now: an image's value comes from the first overlay that has it.
  const states: OverlayState[] = [];
  for (const overlay of config.overlays) states.push(await readOverlay(overlay, config.images));
  for (const w of states.flatMap((s) => s.warnings)) logger.warning(w);
  const deployed = new Map<string, DeployedRef>();
  for (const state of states) {
    for (const [name, value] of state.images)
      if (!deployed.has(name) && value.found) deployed.set(name, value);
  }

  let settled: Settled[];
  let changes: ChangeSet | undefined;
  if (config.fromPlan) {
    settled = settleFromPlan(deps);
  } else {
    const needsChanges = (config.mode === 'auto' || config.mode === 'plan') && !config.tag;
    let perImage = new Map<string, ImageChange>();
    if (needsChanges) {
      ({ changes, perImage } = await detectPerImage(deps, deployed));
      logger.info(
        changes.complete
          ? `${changes.files.length} changed file(s) between ${changes.base?.slice(0, 7) ?? '?'} and ${changes.head.slice(0, 7)} (${changes.baseRule}, via ${changes.source})`
          : `change list unavailable: ${changes.note ?? 'unknown'}`,
      );
    }
    const source = new Map<string, DeployedRef>();
    if (config.mode === 'promote' && config.fromOverlay) {
      const state = await readOverlay(config.fromOverlay, config.images);
      for (const [name, value] of state.images) if (value.found) source.set(name, value);
    }
    const plans = planImages({
      config,
      trigger: deps.trigger,
      ...(changes ? { changes } : {}),
      perImage,
      deployed,
      source,
      now: deps.now,
    });
    await scopeRollback(plans, deps, deployed);
    settled = [];
    for (const plan of plans) settled.push(await settle(plan, deps, deployed, changes));
  }

  const planning = config.mode === 'plan' || config.dryRun;
  if (!planning) {
    await executeBuilds(settled, deps);
    // Release and environment tags move only when every image of the run is good, and
    // push: false changes nothing in the registry.
    if (config.push && !settled.some((s) => s.result.status === 'failed'))
      await executePromotions(settled, deps);
  }
  await verifyAll(settled, deps, planning);

  const result: RunResult = {
    images: settled.map((s) => s.result),
    overlayChanged: false,
    overlayFiles: [],
    dryRun: config.dryRun,
    planning: planning || !config.push,
    ...(changes ? { changes } : {}),
  };
  const failed = result.images.filter((i) => i.status === 'failed');
  if (failed.length > 0) {
    result.failure = `${failed.length} of ${result.images.length} image(s) failed: ${failed.map((f) => `${f.name} (${f.error ?? f.reason})`).join('; ')}. No overlay was written.`;
    return result;
  }
  if ((config.writeOverlay || config.commit) && config.mode !== 'plan') {
    try {
      await applyOverlays(settled, states, deps, result);
    } catch (err) {
      // Reported like an image failure, so the outputs and summary are still written.
      result.failure = `updating the overlay failed: ${errorMessage(err)}`;
    }
  }
  return result;
}

/**
 * Writes every verified ref into the overlays that already run the image (the first
 * overlay when none does). All edits are planned before any file is written.
 */
async function applyOverlays(
  settled: Settled[],
  states: OverlayState[],
  deps: EngineDeps,
  result: RunResult,
): Promise<void> {
  const { config } = deps;
  if (config.commit && deps.trigger.pullRequest) {
    // It would push the overlay onto the PR's branch (or, for a fork, a branch of that name here).
    throw new UserError(
      'commit: true does not apply to pull request events; use write-overlay to render a preview',
    );
  }
  const updates = overlayUpdates(settled, deps);
  if (updates.length === 0) return;
  const mutable = mutableTags(config, deps.trigger, deps.now);
  const planEdits = async (): Promise<OverlayEdit[]> => {
    const edits: OverlayEdit[] = [];
    for (const [i, state] of states.entries()) {
      const mine = updates
        .filter((u) => {
          const holders = states.filter((s) => s.images.get(u.image.name)?.found);
          return holders.length === 0 ? i === 0 : holders.includes(state);
        })
        .map((u) =>
          needsNewName(state, u.image) ? { ...u, newName: u.image.repository.familiar } : u,
        );
      if (mine.length > 0)
        edits.push(
          await planOverlayEdit(state.overlay, mine, {
            pinDigest: config.pinDigest,
            mutableTags: mutable,
          }),
        );
    }
    return edits.filter((e) => e.changed);
  };
  const edits = await planEdits();
  result.overlayChanged = edits.length > 0;
  result.overlayFiles = edits.map((e) => e.overlay.path);
  if (config.dryRun || edits.length === 0) return;
  await writeOverlayEdits(edits);
  if (!config.commit) return;
  const message = renderCommitMessage(config.commitMessage, {
    ...(config.environment ? { environment: config.environment } : {}),
    sha: deps.trigger.head,
    changes: edits.flatMap((e) => e.changes.map(messageChange)),
  });
  // Tag and release checkouts are detached: their overlay change goes to the default branch.
  const branch =
    deps.trigger.kind === 'tag' || deps.trigger.kind === 'release'
      ? (deps.trigger.defaultBranch ?? 'main')
      : deps.trigger.branch;
  const committed = await commitOverlays(deps.git, {
    files: edits.map((e) => e.overlay.path),
    message,
    push: true,
    ...(branch ? { branch } : {}),
    logger: deps.logger,
    reapply: async () => {
      await writeOverlayEdits(await planEdits());
    },
  });
  if (committed.committed || committed.pushed) result.commitSha = committed.sha;
}

/**
 * `tag: previous` rolls back the last deploy: only the images whose current value came in
 * with the newest overlay commit that changed any image. The others keep running what
 * they run (their own previous value may be months old).
 */
async function scopeRollback(
  plans: ImagePlan[],
  deps: EngineDeps,
  deployed: Map<string, DeployedRef>,
): Promise<void> {
  const overlay = deps.config.overlays[0];
  const rollbacks = plans.filter((p) => p.intent.type === 'rollback');
  if (!overlay || rollbacks.length < 2) return;
  // First the commits that brought each current value (this may deepen a shallow clone) …
  const sinceCommit = new Map<string, string | undefined>();
  for (const plan of rollbacks) {
    const current = deployed.get(plan.image.name);
    sinceCommit.set(
      plan.image.name,
      current
        ? await findCurrentSince(deps.git, overlay, plan.image, current, { logger: deps.logger })
        : undefined,
    );
  }
  // … then their order on the first-parent line of HEAD.
  const order = (
    await deps.git.run(['rev-list', '--first-parent', 'HEAD'], { allowFailure: true })
  ).stdout
    .split('\n')
    .filter(Boolean);
  const position = new Map(order.map((sha, i) => [sha, i]));
  const rank = (name: string): number => position.get(sinceCommit.get(name) ?? '') ?? Infinity;
  const newest = Math.min(...rollbacks.map((p) => rank(p.image.name)));
  if (newest === Infinity) return;
  for (const plan of rollbacks) {
    const r = rank(plan.image.name);
    if (r === newest) continue;
    const tag = deployed.get(plan.image.name)?.tag;
    plan.intent = {
      type: 'skip',
      ...(tag ? { tag } : {}),
      reason:
        r === Infinity
          ? `the overlay's history does not show when ${plan.image.name} got its current value, so it is not rolled back; it keeps running ${tag ?? 'what it runs'}`
          : `the last deploy (${order[newest]?.slice(0, 7) ?? '?'}) did not change ${plan.image.name}; it keeps running ${tag ?? 'what it runs'}`,
    };
  }
}

function classifier(config: Config): Classifier {
  return new Classifier({
    deployPaths: config.deployPaths,
    ignorePaths: config.ignorePaths,
    images: config.images,
  });
}

/**
 * What the deployed tag of `image` says about the commit it came from: the SHA prefix the
 * tag template encodes (sha-1a2b3c4 → 1a2b3c4), or a release tag's name (v1.2.3).
 */
function deployedCommitHint(config: Config, deployed: DeployedRef | undefined): string | undefined {
  const tag = deployed?.tag;
  if (!tag) return undefined;
  return shaExtractor(config.tagTemplate)?.(tag) ?? (isVersionTag(tag) ? tag : undefined);
}

/**
 * Changes per image. Most events have one base for all; for dispatch/schedule the base is
 * the commit each image's deployed tag came from, so every image is compared with what
 * it runs (a stale image is never hidden behind a newer one's base).
 */
async function detectPerImage(
  deps: EngineDeps,
  deployed: Map<string, DeployedRef>,
): Promise<{ changes: ChangeSet; perImage: Map<string, ImageChange> }> {
  const { config, trigger } = deps;
  const detect = (overlayCommit?: string): Promise<ChangeSet> =>
    detectChanges(trigger, {
      git: deps.git,
      logger: deps.logger,
      ...(deps.api ? { api: deps.api } : {}),
      overlayCommit: () => Promise.resolve(overlayCommit),
    });
  const classify = (changes: ChangeSet, images: ImageConfig[]): Map<string, ImageChange> => {
    if (changes.complete) return classifier({ ...config, images }).classify(changes.files);
    const untrusted = changes.note ?? 'unknown base';
    return new Map(images.map((i) => [i.name, { kind: 'code', untrusted }]));
  };
  if (trigger.base.kind !== 'overlay') {
    const changes = await detect();
    return { changes, perImage: classify(changes, config.images) };
  }
  const groups = new Map<string | undefined, ImageConfig[]>();
  for (const image of config.images) {
    const hint = deployedCommitHint(config, deployed.get(image.name));
    groups.set(hint, [...(groups.get(hint) ?? []), image]);
  }
  const perImage = new Map<string, ImageChange>();
  let reported: ChangeSet | undefined;
  for (const [hint, images] of groups) {
    const changes = await detect(hint);
    for (const [name, change] of classify(changes, images)) perImage.set(name, change);
    // The outputs show one range: the first image's.
    if (images.includes(config.images[0] as ImageConfig)) reported = changes;
  }
  return { changes: reported as ChangeSet, perImage };
}

function newResult(
  image: ImageConfig,
  decision: Decision,
  reason: string,
  change: ImageChange,
): ImageResult {
  return {
    name: image.name,
    repository: image.repository.name,
    decision,
    reason,
    change: change.kind,
    status: 'planned',
    addedTags: [],
  };
}

function fail(result: ImageResult, error: string): ImageResult {
  result.status = 'failed';
  result.error = error;
  return result;
}

function refFor(image: ImageConfig, tag: string): ImageReference {
  return withTagAndDigest(image.repository, tag);
}

async function exists(deps: EngineDeps, ref: ImageReference): Promise<string | undefined> {
  const registry = await deps.registries.forReference(ref);
  return (await registry.resolve(ref))?.digest;
}

/** Turns one intent into a result, looking things up where the intent needs facts. */
async function settle(
  plan: ImagePlan,
  deps: EngineDeps,
  deployed: Map<string, DeployedRef>,
  changes: ChangeSet | undefined,
): Promise<Settled> {
  const { image, change, intent } = plan;
  try {
    return await settleIntent(image, change, intent, deps, deployed, changes);
  } catch (err) {
    const decision: Decision =
      intent.type === 'pr-lookup'
        ? 'reuse'
        : intent.type === 'release'
          ? 'promote'
          : intent.type === 'fail'
            ? 'skip'
            : intent.type;
    return {
      image,
      result: fail(
        newResult(
          image,
          decision,
          intent.type === 'fail' ? 'cannot be decided for this event' : intent.reason,
          change,
        ),
        errorMessage(err),
      ),
      write: false,
    };
  }
}

async function settleIntent(
  image: ImageConfig,
  change: ImageChange,
  intent: Intent,
  deps: EngineDeps,
  deployed: Map<string, DeployedRef>,
  changes: ChangeSet | undefined,
): Promise<Settled> {
  const { config } = deps;
  const buildSettled = (
    tag: string,
    extraTags: string[],
    reason: string,
    thenTags: string[] = [],
  ): Settled => {
    const result = newResult(image, 'build', reason, change);
    result.tag = tag;
    result.addedTags = [...extraTags, ...thenTags];
    return { image, result, build: { tag, extraTags, thenTags }, write: true };
  };
  switch (intent.type) {
    case 'fail':
      throw new Error(intent.reason);
    case 'build':
      return buildSettled(intent.tag, intent.extraTags, intent.reason);
    case 'reuse': {
      const digest = await exists(deps, refFor(image, intent.tag));
      if (digest) {
        const result = newResult(image, 'reuse', intent.reason, change);
        Object.assign(result, { tag: intent.tag, digest, status: 'verified' });
        return { image, result, write: true };
      }
      if (intent.buildTag) {
        return buildSettled(
          intent.buildTag,
          intent.extraTags ?? [],
          `${intent.reason.split(';')[0] ?? ''}; the deployed tag ${intent.tag} is no longer in ${image.repository.name}, so building`,
        );
      }
      throw new Error(`tag ${intent.tag} does not exist in ${image.repository.name}`);
    }
    case 'skip': {
      const result = newResult(image, 'skip', intent.reason, change);
      if (intent.tag) {
        const digest = await exists(deps, refFor(image, intent.tag));
        if (digest) Object.assign(result, { tag: intent.tag, digest, status: 'verified' });
        else {
          result.reason += ` (warning: ${intent.tag} is no longer in the registry)`;
          deps.logger.warning(
            `${image.name}: the overlay runs ${intent.tag}, which is not in ${image.repository.name}`,
          );
        }
      } else {
        result.status = 'verified';
      }
      return { image, result, write: false };
    }
    case 'pr-lookup': {
      const found = await findPrImage(image, intent, deps, changes);
      if (found) {
        const since =
          found.sha === deps.trigger.head
            ? ''
            : `, and none changed since ${found.sha.slice(0, 7)}`;
        const result = newResult(
          image,
          'reuse',
          `${intent.reason}${since}; reusing the preview image ${found.tag}`,
          change,
        );
        Object.assign(result, { tag: found.tag, digest: found.digest, status: 'verified' });
        return { image, result, write: true };
      }
      if (intent.fallbackTag) {
        const digest = await exists(deps, refFor(image, intent.fallbackTag));
        if (digest) {
          const result = newResult(
            image,
            'reuse',
            `${intent.reason} and no preview image exists yet; using ${intent.fallbackTag} from the overlay`,
            change,
          );
          Object.assign(result, { tag: intent.fallbackTag, digest, status: 'verified' });
          return { image, result, write: true };
        }
      }
      return buildSettled(
        intent.buildTag,
        [],
        intent.fallbackTag !== undefined || change.kind !== 'code'
          ? `${intent.reason}, but no preview or deployed image exists to reuse, so building`
          : intent.reason,
      );
    }
    case 'release':
      return settleRelease(image, change, intent, deps, buildSettled);
    case 'promote': {
      const sourceRepo = intent.source.newName
        ? parseReference(intent.source.newName)
        : image.repository;
      const sourceRef = withTagAndDigest(
        sourceRepo,
        intent.source.digest ? undefined : intent.source.tag,
        intent.source.digest,
      );
      const registry = await deps.registries.forReference(sourceRef);
      const found = await registry.resolve(sourceRef);
      if (!found) throw new Error(`the source ${formatReference(sourceRef)} does not exist`);
      if (intent.source.tag && intent.source.digest) {
        const byTag = await registry.resolve(withTagAndDigest(sourceRepo, intent.source.tag));
        if (byTag?.digest !== intent.source.digest) {
          throw new Error(
            `the source overlay pins ${intent.source.digest}, but ${intent.source.tag} now points to ${byTag?.digest ?? 'nothing'}`,
          );
        }
      }
      const tag = intent.source.tag;
      if (!tag) {
        throw new Error(
          `the source pins only a digest for ${image.name}; image-promote deploys tags (add the tag next to the digest in the source overlay)`,
        );
      }
      const targets: ImageReference[] = [];
      const addTags = intent.addTags.map((t) =>
        renderTemplate(t, tagContext(deps.trigger, deps.now)),
      );
      if (sourceRepo.name !== image.repository.name && tag) targets.push(refFor(image, tag));
      for (const t of addTags) targets.push(refFor(image, t));
      const result = newResult(image, 'promote', intent.reason, change);
      result.digest = found.digest;
      if (tag) result.tag = tag;
      result.addedTags = addTags;
      return {
        image,
        result,
        promote: { source: withTagAndDigest(sourceRepo, undefined, found.digest), targets },
        write: true,
      };
    }
    case 'rollback': {
      const overlay = config.overlays[0];
      if (!overlay) throw new Error('rollback needs an overlay whose history to read');
      const current =
        intent.current.tag || intent.current.digest
          ? intent.current
          : (deployed.get(image.name) ?? {});
      const candidates = await findPreviousValues(deps.git, overlay, image, current, {
        logger: deps.logger,
      });
      // A previous value with the digest that runs now (the sha tag a release was promoted
      // from) would change nothing: the rollback target is the previous *image*.
      const currentRef =
        current.tag || current.digest
          ? withTagAndDigest(
              image.repository,
              current.digest ? undefined : current.tag,
              current.digest,
            )
          : undefined;
      const currentDigest = currentRef ? await exists(deps, currentRef) : undefined;
      for (const c of candidates) {
        // Overlays are written with tags; a digest-only value cannot be written back.
        if (!c.tag) continue;
        const repo = c.newName ? parseReference(c.newName) : image.repository;
        const ref = withTagAndDigest(repo, c.digest ? undefined : c.tag, c.digest);
        const digest = await exists(deps, ref);
        if (!digest) {
          deps.logger.info(
            `${image.name}: ${formatReference(ref)} from ${c.commit.slice(0, 7)} is no longer in the registry; looking further back`,
          );
          continue;
        }
        if (digest === currentDigest) {
          deps.logger.info(
            `${image.name}: ${formatReference(ref)} is the image that runs now; looking further back`,
          );
          continue;
        }
        const result = newResult(
          image,
          'rollback',
          `${intent.reason} to ${c.tag} (deployed by ${c.commit.slice(0, 7)})`,
          change,
        );
        Object.assign(result, { digest, status: 'verified', tag: c.tag });
        return { image, result, write: true };
      }
      throw new Error(
        `no earlier deployed value of ${image.name} in ${overlay.path}'s history exists in the registry`,
      );
    }
  }
}

const tagLists = new WeakMap<EngineDeps, Map<string, Promise<string[]>>>();

/**
 * The tag `template` gave a build of `sha`, if that image is in the registry. A template of
 * only {sha} (and {pr}) is rendered again; one with {branch}, {run}, {date}, … cannot be, so
 * the repository's tags are listed once and matched by the SHA they encode.
 */
async function builtTag(
  deps: EngineDeps,
  image: ImageConfig,
  template: string,
  sha: string,
  pr?: number,
): Promise<{ tag: string; digest: string } | undefined> {
  const rerenderable = tokensOf(template).every(
    (t) => t === 'sha' || (t === 'pr' && pr !== undefined),
  );
  if (rerenderable) {
    const tag = renderTemplate(template, {
      sha,
      date: deps.now,
      ...(pr === undefined ? {} : { pr }),
    });
    const digest = await exists(deps, refFor(image, tag));
    return digest ? { tag, digest } : undefined;
  }
  const extract = shaExtractor(template);
  if (!extract) return undefined;
  let cache = tagLists.get(deps);
  if (!cache) tagLists.set(deps, (cache = new Map<string, Promise<string[]>>()));
  let tags = cache.get(image.repository.name);
  if (!tags) {
    tags = deps.registries.forReference(image.repository).then((r) => r.listTags(image.repository));
    cache.set(image.repository.name, tags);
  }
  for (const tag of await tags) {
    const prefix = extract(tag);
    if (!prefix || !sha.startsWith(prefix)) continue;
    const digest = await exists(deps, refFor(image, tag));
    if (digest) return { tag, digest };
  }
  return undefined;
}

/** Newest commit of the PR whose preview image exists and after which no code changed. */
async function findPrImage(
  image: ImageConfig,
  intent: Extract<Intent, { type: 'pr-lookup' }>,
  deps: EngineDeps,
  changes: ChangeSet | undefined,
): Promise<{ tag: string; sha: string; digest: string } | undefined> {
  if (!changes?.base || changes.source !== 'git') return undefined;
  const r = await deps.git.run(
    ['rev-list', `--max-count=${LOOKBACK_COMMITS}`, `${changes.base}..${deps.trigger.head}`],
    { allowFailure: true },
  );
  if (r.exitCode !== 0) return undefined;
  const commits = r.stdout.split('\n').filter(Boolean);
  const classify = classifier(deps.config);
  for (const sha of commits) {
    const found = await builtTag(deps, image, deps.config.prTagTemplate, sha, intent.prNumber);
    if (!found) continue;
    const { tag, digest } = found;
    const since = classify
      .classify(await gitChangedFiles(deps.git, sha, deps.trigger.head))
      .get(image.name);
    // Code changed after that image was built (e.g. changed and reverted): it is stale.
    if (since?.kind === 'code') return undefined;
    return { tag, sha, digest };
  }
  return undefined;
}

async function settleRelease(
  image: ImageConfig,
  change: ImageChange,
  intent: Extract<Intent, { type: 'release' }>,
  deps: EngineDeps,
  buildSettled: (tag: string, extraTags: string[], reason: string, thenTags?: string[]) => Settled,
): Promise<Settled> {
  const { trigger, git, config } = deps;
  const head = trigger.head;
  const history = new History(git, deps.logger);
  const branch = trigger.defaultBranch ?? 'main';
  const tip = await history.ensureBranch(branch);
  if (!tip)
    throw new Error(
      `cannot fetch the default branch "${branch}" to check that ${trigger.tagName ?? head} is on it`,
    );
  const reachable = await history.deepenUntil([tip, head], async () =>
    (await git.isAncestor(head, tip)) ? true : (await git.isShallow()) ? undefined : false,
  );
  if (reachable !== true) {
    throw new Error(
      `${trigger.tagName ?? head} points at ${head.slice(0, 7)}, which is not on the default branch "${branch}"; refusing to promote an unmerged commit`,
    );
  }
  const log = await git.run(
    ['rev-list', '--first-parent', `--max-count=${LOOKBACK_COMMITS}`, head],
    { allowFailure: true },
  );
  const commits = log.stdout.split('\n').filter(Boolean);
  const classify = classifier(config);
  for (const sha of commits) {
    const found = await builtTag(deps, image, config.tagTemplate, sha);
    if (!found) continue;
    const { tag, digest } = found;
    const since =
      sha === head
        ? undefined
        : classify.classify(await gitChangedFiles(git, sha, head)).get(image.name);
    if (since?.kind === 'code') break;
    const result = newResult(
      image,
      'promote',
      `${intent.reason}: found ${tag}${sha === head ? '' : ` (built for ${sha.slice(0, 7)}; no code of ${image.name} changed since)`}`,
      change,
    );
    Object.assign(result, {
      tag: intent.releaseTags[0] ?? tag,
      digest,
      addedTags: intent.releaseTags,
    });
    return {
      image,
      result,
      promote: {
        source: withTagAndDigest(image.repository, undefined, digest),
        targets: intent.releaseTags.map((t) => refFor(image, t)),
      },
      write: true,
    };
  }
  const settled = buildSettled(
    intent.buildTag,
    [],
    `${intent.reason}, but no image was built for it, so building ${intent.buildTag} once`,
    intent.releaseTags,
  );
  settled.result.decision = 'build';
  return settled;
}

/** from-plan: the deploy job of a fan-out; every planned image must now exist. */
function settleFromPlan(deps: EngineDeps): Settled[] {
  const out: Settled[] = [];
  for (const planned of deps.config.fromPlan ?? []) {
    const image = deps.config.images.find((i) => i.name === planned.name);
    if (!image) continue;
    const result: ImageResult = {
      name: image.name,
      repository: image.repository.name,
      decision: planned.decision,
      reason: `applying the plan: ${planned.decision}${planned.tag ? ` ${planned.tag}` : ''}`,
      change: 'none',
      status: planned.tag ? 'planned' : 'verified',
      addedTags: planned.addTags,
      ...(planned.tag ? { tag: planned.tag } : {}),
    };
    const settled: Settled = { image, result, write: planned.decision !== 'skip' };
    if (planned.decision === 'promote' && planned.digest) {
      // A planned promotion (e.g. a release) happens here, on the digest the plan found.
      settled.promote = {
        source: withTagAndDigest(image.repository, undefined, planned.digest),
        targets: [...new Set([planned.tag, ...planned.addTags])]
          .filter(Boolean)
          .map((t) => refFor(image, t)),
      };
      result.digest = planned.digest;
    } else if (planned.decision !== 'skip' && planned.tag && planned.addTags.length > 0) {
      // Release tags of an image the matrix built: added once the build is verified.
      settled.promote = {
        source: refFor(image, planned.tag),
        targets: planned.addTags.map((t) => refFor(image, t)),
      };
    }
    out.push(settled);
  }
  return out;
}

/**
 * Images are built from the commit their tag names. When the checkout is elsewhere (the
 * PR merge commit actions/checkout makes by default, the default branch in a workflow_run),
 * that commit is checked out into a temporary worktree. Returns its path, or undefined when
 * the workspace already is the head commit.
 */
async function headWorktree(deps: EngineDeps): Promise<string | undefined> {
  const head = deps.trigger.head;
  if ((await deps.git.resolveCommit('HEAD')) === head) return undefined;
  if (!(await new History(deps.git, deps.logger).ensureCommit(head))) {
    throw new Error(
      `cannot build ${head.slice(0, 7)}: the commit is not in the checkout and cannot be fetched`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'image-promote-head-'));
  await deps.git.run(['worktree', 'add', '--detach', '--force', dir, head]);
  deps.logger.info(
    `the checkout is not at ${head.slice(0, 7)} (e.g. GitHub's PR merge commit); building from a worktree of ${head.slice(0, 7)} so the image matches its tag`,
  );
  return dir;
}

async function executeBuilds(settled: Settled[], deps: EngineDeps): Promise<void> {
  const toBuild = settled.filter((s) => s.build && s.result.status !== 'failed');
  if (toBuild.length === 0) return;
  const labels = (tag: string): Record<string, string> =>
    ociLabels({
      revision: deps.trigger.head,
      created: deps.now.toISOString(),
      version: deps.trigger.version ?? tag,
      ...(deps.sourceUrl ? { source: deps.sourceUrl } : {}),
    });
  const requests: BuildRequest[] = toBuild.map((s) => {
    const b = s.build as NonNullable<Settled['build']>;
    return {
      image: s.image,
      tags: [b.tag, ...b.extraTags].map((t) => refFor(s.image, t)),
      labels: labels(b.tag),
      push: deps.config.push,
      cacheFrom: deps.config.cacheFrom,
      cacheTo: deps.config.cacheTo,
    };
  });
  let outcomes: BuildOutcome[];
  let worktree: string | undefined;
  try {
    worktree = await headWorktree(deps);
    outcomes = await deps.build(requests, worktree ?? deps.config.workspace);
  } catch (err) {
    // No docker, no head commit, or a request no builder can honour: every image fails, with why.
    for (const s of toBuild) fail(s.result, errorMessage(err));
    return;
  } finally {
    if (worktree) {
      await deps.git.run(['worktree', 'remove', '--force', worktree], { allowFailure: true });
      await rm(worktree, { recursive: true, force: true });
    }
  }
  for (const s of toBuild) {
    const outcome = outcomes.find((o) => o.name === s.image.name);
    const b = s.build as NonNullable<Settled['build']>;
    if (!outcome || outcome.status === 'failed') {
      fail(s.result, outcome?.message ?? 'the build did not report an outcome');
      continue;
    }
    if (outcome.status === 'reused')
      s.result.reason += ` (${b.tag} was already built by an earlier run; not rebuilt)`;
    if (outcome.digest) s.result.digest = outcome.digest;
    if (b.thenTags.length > 0) {
      // A release built now still gets its release tags on the same digest.
      s.promote = {
        source: refFor(s.image, b.tag),
        targets: b.thenTags.map((t) => refFor(s.image, t)),
      };
    }
  }
}

async function executePromotions(settled: Settled[], deps: EngineDeps): Promise<void> {
  for (const s of settled) {
    if (!s.promote || s.result.status === 'failed') continue;
    try {
      const registry = await deps.registries.forReference(s.promote.source);
      for (const target of s.promote.targets) {
        const sameRepo = target.name === s.promote.source.name;
        const options = {
          allowOverwrite:
            deps.config.allowTagOverwrite ||
            isMutableTag(target.tag ?? '', deps.config, deps.trigger, deps.now),
        };
        const done = sameRepo
          ? await registry.addTag(s.promote.source, target.tag ?? '', options)
          : await registry.copy(s.promote.source, target, options);
        if (s.result.digest && done.descriptor.digest !== s.result.digest) {
          throw new Error(
            `promotion to ${formatReference(target)} produced ${done.descriptor.digest}, not ${s.result.digest}`,
          );
        }
        s.result.digest = done.descriptor.digest;
      }
      s.promoted = true;
    } catch (err) {
      fail(s.result, errorMessage(err));
    }
  }
}

/** Guarantee 1: every tag reported or written is looked up right before output. */
async function verifyAll(settled: Settled[], deps: EngineDeps, planning: boolean): Promise<void> {
  await Promise.all(
    settled.map(async (s) => {
      const r = s.result;
      if (r.status === 'failed' || (!r.tag && !r.digest)) return;
      if (s.promote && !s.promoted) {
        // Not carried out (plan, dry run, push: false, or another image failed): the
        // source digest is known, the new tags are not in the registry.
        r.status = 'planned';
        return;
      }
      if (s.build && (planning || !deps.config.push)) {
        // Not pushed by this run (plan, dry run, push: false). An earlier run may have
        // built it already; then it is verified and a fan-out need not build it again.
        const digest = r.tag
          ? await exists(deps, refFor(s.image, r.tag)).catch(() => undefined)
          : undefined;
        if (digest) {
          Object.assign(r, { digest, status: 'verified' });
          r.reason += ` (${r.tag ?? ''} is already in the registry from an earlier run)`;
        } else {
          r.status = 'planned';
        }
        return;
      }
      try {
        const ref = r.tag
          ? refFor(s.image, r.tag)
          : withTagAndDigest(s.image.repository, undefined, r.digest);
        const digest = await exists(deps, ref);
        if (!digest) {
          fail(r, `${formatReference(ref)} does not exist in the registry`);
          return;
        }
        if (r.digest && r.digest !== digest) {
          fail(r, `${formatReference(ref)} points to ${digest}, expected ${r.digest}`);
          return;
        }
        r.digest = digest;
        r.status = 'verified';
      } catch (err) {
        fail(r, errorMessage(err));
      }
    }),
  );
}

/** Tags alone read best in a commit subject; the full values only when the repository moved. */
function messageChange(c: OverlayChange): { image: string; from?: string; to: string } {
  const sameRepository = (c.before?.newName ?? '') === (c.after.newName ?? '');
  const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
  const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
  return { image: c.image, to, ...(from ? { from } : {}) };
}

/**
 * Whether the overlay must also say which repository to pull from: when its entry is new
 * or names another repository than the one the tag was verified in (e.g. after a copy).
 */
function needsNewName(state: OverlayState, image: ImageConfig): boolean {
  const value = state.images.get(image.name);
  const current = value?.newName ?? (state.format === 'kustomize' ? image.name : undefined);
  if (current === undefined) return image.helmRepositoryKey !== undefined;
  const parsed = tryParseReference(current);
  return !parsed.ok || parsed.ref.name !== image.repository.name;
}

function overlayUpdates(settled: Settled[], deps: EngineDeps): ImageUpdate[] {
  const updates: ImageUpdate[] = [];
  for (const s of settled) {
    const r = s.result;
    if (!s.write || r.status !== 'verified' || !r.tag) continue;
    // Guarantee 1, second half: a tag that moves never goes into an overlay.
    if (isMutableTag(r.tag, deps.config, deps.trigger, deps.now)) {
      throw new Error(`refusing to write the mutable tag ${r.tag} of ${r.name} into an overlay`);
    }
    updates.push({ image: s.image, tag: r.tag, ...(r.digest ? { digest: r.digest } : {}) });
  }
  return updates;
}
