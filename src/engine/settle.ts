/**
 * Settling intents: the facts an intent needs from the registry and git history (does the
 * tag exist, which PR commit or release commit was built, what ran before) turn it into
 * a result and the registry work still to do.
 */
import type { ImageChange } from '../changes/classify.js';
import { gitChangedFiles, type ChangeSet } from '../changes/detect.js';
import { History } from '../changes/history.js';
import type { Decision, ImageConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import { findCurrentSince, findPreviousValues } from '../overlay/history.js';
import type { ImageValue } from '../overlay/types.js';
import { tagContext, type DeployedRef, type ImagePlan, type Intent } from '../plan.js';
import {
  formatReference,
  parseReference,
  withTagAndDigest,
  type ImageReference,
} from '../reference.js';
import { renderTemplate, shaExtractor, tokensOf } from '../tags/template.js';
import {
  classifier,
  exists,
  fail,
  LOOKBACK_COMMITS,
  newResult,
  refFor,
  type EngineDeps,
  type Settled,
} from './context.js';
import type { ImageResult } from './types.js';

/**
 * `tag: previous` rolls back the last deploy: only the images whose current value came in
 * with the newest overlay commit that changed any image. The others keep running what
 * they run (their own previous value may be months old).
 */
export async function scopeRollback(
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
        ? await findCurrentSince(deps.git, overlay, plan.image, imageValue(current), {
            logger: deps.logger,
          })
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

/** Turns one intent into a result, looking things up where the intent needs facts. */
export async function settle(
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

export async function settleIntent(
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
      const candidates = await findPreviousValues(deps.git, overlay, image, imageValue(current), {
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
        const repo = c.repository ? parseReference(c.repository) : image.repository;
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
export async function builtTag(
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
export async function findPrImage(
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

export async function settleRelease(
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
export function settleFromPlan(deps: EngineDeps): Settled[] {
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

/** A DeployedRef as the overlay reader's ImageValue (`newName` is `repository` there). */
function imageValue(ref: DeployedRef): ImageValue {
  const value: ImageValue = {};
  if (ref.newName !== undefined) value.repository = ref.newName;
  if (ref.tag !== undefined) value.tag = ref.tag;
  if (ref.digest !== undefined) value.digest = ref.digest;
  return value;
}
