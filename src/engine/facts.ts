/**
 * Gathering the facts a decision needs, once: the tree of the commit being deployed and the
 * images' source keys, what the overlays run, what the registry holds (every digest computed
 * from bytes by the registry layer), the commits the deployed images came from and what
 * changed since, the release gate and rollback targets. Lookups run in parallel; a registry
 * that cannot answer becomes a `problem` fact, never a guess.
 */
import { Classifier, type ImageChange } from '../changes/classify.js';
import { detectChanges, gitChangedFiles, type ChangeSet } from '../changes/detect.js';
import { History } from '../changes/history.js';
import type { Config, ImageConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import { isVersionTag } from '../event/trigger.js';
import type { ExecResult } from '../exec.js';
import type { OverlayState } from '../overlay/types.js';
import { tryParseReference, withTagAndDigest, type ImageReference } from '../reference.js';
import { sourceKeys, sourceKeysAt } from '../source/keys.js';
import { checkSources } from '../source/check.js';
import { resolveSources, type SourceResolution } from '../source/resolve.js';
import { planOverlayEdit } from '../overlay/plan.js';
import { readOverlayText } from '../overlay/state.js';
import { readTree, type Tree } from '../source/tree.js';
import { shaExtractor } from '../tags/template.js';
import type { EngineDeps } from './context.js';
import type { Placement } from './placement.js';
import { readOverlayStates, overlayValue } from './overlay-state.js';
import {
  found,
  type Comparison,
  type DeployedFacts,
  type ImageFacts,
  type ImageValue,
  type Lookup,
  type RegistryImage,
  type RunFacts,
} from './types.js';

const REVISION_LABEL = 'org.opencontainers.image.revision';

/** The images this run decides: one in a matrix job, the plan's in a deploy job, else all. */
export function selectedImages(config: Config): ImageConfig[] {
  if (config.matrixImage) return config.images.filter((i) => i.name === config.matrixImage);
  if (config.fromPlan) {
    const names = new Set(config.fromPlan.map((p) => p.name));
    return config.images.filter((i) => names.has(i.name));
  }
  return config.images;
}

/**
 * Looks a tag (or digest) up; a registry that cannot answer gives a problem, not a throw.
 * A value pinned to a digest (`tag@digest`) is looked up both ways: the digest must exist,
 * and `tagDigest` records what the tag names now (another image, when it moved).
 */
export async function lookup(
  deps: EngineDeps,
  repository: ImageReference,
  tag: string | undefined,
  digest?: string,
): Promise<Lookup> {
  try {
    const registry = await deps.registries.forReference(repository);
    const [byDigest, byTag] = await Promise.all([
      digest
        ? registry.resolve(withTagAndDigest(repository, undefined, digest))
        : Promise.resolve(undefined),
      tag ? registry.resolve(withTagAndDigest(repository, tag)) : Promise.resolve(undefined),
    ]);
    const image = digest ? byDigest : byTag;
    if (!image) return undefined;
    const found: RegistryImage = { repository, tag: tag ?? '', digest: image.digest };
    if (tag && byTag) found.tagDigest = byTag.digest;
    return found;
  } catch (err) {
    return { problem: errorMessage(err) };
  }
}

/** The revision label of an image, or undefined when it has none (or cannot be read). */
async function revisionOf(deps: EngineDeps, image: RegistryImage): Promise<string | undefined> {
  try {
    const registry = await deps.registries.forReference(image.repository);
    const config = await registry.imageConfig(
      withTagAndDigest(image.repository, undefined, image.digest),
    );
    const revision = config?.labels[REVISION_LABEL];
    return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined;
  } catch (err) {
    deps.logger.debug(
      `cannot read the labels of ${image.repository.name}@${image.digest}: ${errorMessage(err)}`,
    );
    return undefined;
  }
}

/** The repository an overlay value points at: its own (without tag or digest), else the image's. */
export function repositoryOf(value: ImageValue, image: ImageConfig): ImageReference {
  if (value.repository === undefined) return image.repository;
  const parsed = tryParseReference(value.repository);
  return parsed.ok ? withTagAndDigest(parsed.ref) : image.repository;
}

/** The SHA prefix a deployed tag names (`sha-1a2b3c4` → `1a2b3c4`), by the tag templates. */
function shaPrefixOf(deps: EngineDeps, value: ImageValue): string | undefined {
  const { config } = deps;
  const tag = value.tag;
  return tag
    ? [config.tagTemplate, config.prTagTemplate]
        .map((t) => shaExtractor(t)?.(tag))
        .find((p) => p !== undefined)
    : undefined;
}

/**
 * The commit a deployed image was built from: its tag, its git tag, or its revision label.
 * `byPrefix` is the local lookup of the tag's SHA prefix, when it was started already.
 */
async function deployedCommit(
  deps: EngineDeps,
  history: History,
  value: ImageValue,
  image: RegistryImage | undefined,
  byPrefix?: Promise<string | undefined>,
): Promise<DeployedFacts['commit']> {
  const { git } = deps;
  const tag = value.tag;
  const prefix = shaPrefixOf(deps, value);
  if (prefix) {
    const sha = await (byPrefix ?? git.resolveCommit(prefix));
    if (sha) return { sha, via: 'tag' };
  }
  if (tag && isVersionTag(tag)) {
    const sha = await history.ensureTag(tag);
    if (sha) return { sha, via: 'git-tag' };
  }
  if (image) {
    const revision = image.revision ?? (await revisionOf(deps, image));
    if (
      revision &&
      (!prefix || revision.startsWith(prefix)) &&
      (await history.ensureCommit(revision))
    ) {
      return { sha: revision, via: 'label' };
    }
  }
  if (prefix) {
    // Images built elsewhere have no label: find the commit in (deepened) history.
    const sha = await history.deepenUntil([deps.trigger.head], () => git.resolveCommit(prefix));
    if (sha) return { sha, via: 'tag' };
  }
  return undefined;
}

async function headTree(deps: EngineDeps, history: History): Promise<Tree | { problem: string }> {
  const head = deps.trigger.head;
  try {
    // Present already (the usual case): listing `<head>^{commit}` is the presence check too.
    const listed = await readTree(deps.git, head, { peel: true }).catch(() => undefined);
    if (listed) return listed;
    if (!(await history.ensureCommit(head))) {
      return {
        problem: `the commit ${head.slice(0, 7)} is not in the checkout and cannot be fetched`,
      };
    }
    return await readTree(deps.git, head);
  } catch (err) {
    return { problem: `cannot list the files of ${head.slice(0, 7)}: ${errorMessage(err)}` };
  }
}

function classifier(
  config: Config,
  images: readonly ImageConfig[],
  sources: ReadonlyMap<string, SourceResolution> | undefined,
): Classifier {
  return new Classifier({
    deployPaths: config.deployPaths,
    ignorePaths: config.ignorePaths,
    images,
    ...(sources ? { sources } : {}),
  });
}

/**
 * Git work for the comparison with one deployed commit, started as soon as the commit is
 * known (before the decision needs it): the changed files, and the old text of every target
 * overlay among them (to recognise the deploy commit itself).
 */
interface DeployedDiff {
  changed: string[];
  /** `git show <sha>:<path>` of each changed target overlay. */
  old: Map<string, ExecResult>;
}

/**
 * `eager`: read the overlays' old texts alongside the diff (usually the deploy commit since
 * `sha` changed them) instead of after it; only those the diff lists are used.
 */
function diffWithHead(
  deps: EngineDeps,
  sha: string,
  overlays: readonly OverlayState[],
  eager = false,
): Promise<DeployedDiff> {
  const head = deps.trigger.head;
  if (sha === head) return Promise.resolve({ changed: [], old: new Map() });
  const show = (path: string) => deps.git.run(['show', `${sha}:${path}`], { allowFailure: true });
  const paths = [...new Set(overlays.map((s) => s.overlay.path))];
  const early = eager ? new Map(paths.map((p) => [p, quiet(show(p))])) : undefined;
  return gitChangedFiles(deps.git, sha, head).then(async (changed) => {
    const used = paths.filter((p) => changed.includes(p));
    const texts = await Promise.all(used.map((p) => early?.get(p) ?? show(p)));
    return { changed, old: new Map(used.map((p, i) => [p, texts[i] as ExecResult])) };
  });
}

/** Marks a promise that may never be awaited as handled (its rejection surfaces where used). */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export async function gatherFacts(deps: EngineDeps, placement: Placement): Promise<RunFacts> {
  const { config, policy, logger } = deps;
  const history = new History(deps.git, logger);
  const images = selectedImages(config);

  // The tree of the deployed commit is listed while the overlays are read and the registry
  // is asked everything that does not depend on the source keys.
  const treeListed = headTree(deps, history);
  const [overlays, fromOverlay] = await Promise.all([
    readOverlayStates(placement.overlays, config.images),
    config.mode === 'promote' && placement.fromOverlay
      ? readOverlayStates([placement.fromOverlay], config.images)
      : Promise.resolve([] as OverlayState[]),
  ]);
  for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings)) logger.warning(w);

  let primary: string | undefined;
  try {
    primary = policy.primary();
  } catch {
    // The decision reports the template problem per image.
  }
  const request = config.tag?.kind === 'tags' ? config.tag : undefined;
  const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));

  // The deployed tags' commits first (git runs beside the registry requests below): each
  // SHA prefix is looked up, and diffed with the head as `<prefix>^{commit}` at the same
  // time, which names the same commit whenever the lookup finds one.
  const diffs = new Map<string, Promise<DeployedDiff>>();
  const byPrefixOf = new Map<string, Promise<string | undefined>>();
  const startPrefix = (prefix: string): Promise<string | undefined> => {
    let started = byPrefixOf.get(prefix);
    if (started) return started;
    started = quiet(deps.git.resolveCommit(prefix));
    // Old overlay texts are read ahead only while that is a handful of git calls.
    const eager = (byPrefixOf.size + 1) * overlays.length <= 4;
    const speculative = quiet(diffWithHead(deps, `${prefix}^{commit}`, overlays, eager));
    void started.then(
      (sha) => {
        if (sha && !diffs.has(sha))
          diffs.set(sha, quiet(speculative.catch(() => diffWithHead(deps, sha, overlays))));
      },
      () => undefined,
    );
    byPrefixOf.set(prefix, started);
    return started;
  };
  const byPrefix = images.map((image) => {
    const deployedValue = valueIn(overlays, image);
    const prefix = deployedValue ? shaPrefixOf(deps, deployedValue.value) : undefined;
    return prefix ? startPrefix(prefix) : undefined;
  });

  const tree = await treeListed;
  // Where each image is built from (symlinks followed, .dockerignore read: local git reads).
  const sources: Map<string, SourceResolution> | { problem: string } =
    'problem' in tree
      ? tree
      : await resolveSources(deps.git, tree, images).catch((err: unknown) => ({
          problem: `cannot read what the images are built from at ${tree.commit.slice(0, 7)}: ${errorMessage(err)}`,
        }));
  // Typos (a context or Dockerfile that does not exist, paths that match nothing) fail first:
  // before anything is asked of the registry or fetched (only local git reads run until here).
  if (!('problem' in tree) && !('problem' in sources)) {
    checkSources(tree, images, sources, {
      written:
        config.writeOverlay && !config.overlayRepository ? config.overlays.map((o) => o.path) : [],
    });
  }

  const early = images.map((image, i) => {
    const deployedValue = valueIn(overlays, image);
    const deployedRepo = deployedValue ? repositoryOf(deployedValue.value, image) : undefined;
    const requestedTag =
      planned.get(image.name)?.tag ||
      (request ? (request.byImage[image.name] ?? request.all) : undefined);
    const promoteValue = valueIn(fromOverlay, image);
    return {
      image,
      deployedValue,
      deployedRepo,
      requestedTag,
      promoteValue,
      // Lookups never reject: a registry that cannot answer gives a problem.
      lookups: Promise.all([
        deployedValue && deployedRepo && (deployedValue.value.tag || deployedValue.value.digest)
          ? lookup(deps, deployedRepo, deployedValue.value.tag, deployedValue.value.digest)
          : Promise.resolve(undefined),
        primary ? lookup(deps, image.repository, primary) : Promise.resolve(undefined),
        policy.release
          ? lookup(deps, image.repository, policy.release)
          : Promise.resolve(undefined),
        requestedTag ? lookup(deps, image.repository, requestedTag) : Promise.resolve(undefined),
        promoteValue && (promoteValue.value.tag || promoteValue.value.digest)
          ? lookup(
              deps,
              repositoryOf(promoteValue.value, image),
              promoteValue.value.tag,
              promoteValue.value.digest,
            )
          : Promise.resolve(undefined),
      ]),
      byPrefix: byPrefix[i],
    };
  });
  // An image the overlays do not name is explained by the event's rule: start that now.
  const eventChanges = early.some((e) => !e.deployedValue)
    ? quiet(detectEventChanges(deps))
    : undefined;

  // Let the requests and git calls get under way before the keys are computed.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const keys =
    'problem' in tree || 'problem' in sources ? undefined : sourceKeys(tree, images, sources);

  const keyOf = (image: ImageConfig): ImageFacts['source'] => {
    if ('problem' in sources) return { problem: sources.problem };
    const key = keys?.get(image.name);
    return key ?? { problem: 'internal error: no key computed' };
  };

  const perImage = await Promise.all(
    early.map(async (e) => {
      const { image, deployedValue, deployedRepo, requestedTag, promoteValue } = e;
      const source = keyOf(image);
      const sourceTag = 'key' in source ? policy.sourceTag(source.key) : undefined;
      const [sourceImage, [deployedImage, primaryImage, releaseImage, requested, promoteImage]] =
        await Promise.all([
          sourceTag ? lookup(deps, image.repository, sourceTag) : Promise.resolve(undefined),
          e.lookups,
        ]);
      // Where a reused or promoted image came from: read its revision label.
      const sourceFound = found(sourceImage);
      if (sourceFound && sourceFound.digest !== found(deployedImage)?.digest) {
        const revision = await revisionOf(deps, sourceFound);
        if (revision) sourceFound.revision = revision;
      }
      const facts: ImageFacts = {
        image,
        source,
        comparison: { rule: 'unknown', change: { kind: 'none' } },
        ...(sourceTag ? { sourceImage } : {}),
        ...(primary ? { primaryImage } : {}),
        ...(policy.release ? { releaseImage } : {}),
      };
      if (deployedValue && deployedRepo) {
        facts.deployed = {
          overlay: deployedValue.overlay,
          value: deployedValue.value,
          repository: deployedRepo,
          image: deployedImage,
        };
      }
      if (requestedTag)
        facts.requested = { tag: requestedTag, image: requested, repository: image.repository };
      if (promoteValue) {
        facts.promoteSource = {
          overlay: promoteValue.overlay,
          value: promoteValue.value,
          repository: repositoryOf(promoteValue.value, image),
          image: promoteImage,
        };
      }
      const plan = planned.get(image.name);
      if (plan) facts.planned = plan;
      return facts;
    }),
  );

  const [withComparison, gate, rollback] = await Promise.all([
    compare(deps, history, perImage, tree, 'problem' in sources ? undefined : sources, overlays, {
      byPrefix: early.map((e) => e.byPrefix),
      diffs,
      ...(eventChanges ? { eventChanges } : {}),
    }),
    needsGate(deps)
      ? import('./gate.js').then(({ releaseGate }) => releaseGate(deps))
      : Promise.resolve(undefined),
    config.mode === 'rollback' || config.tag?.kind === 'previous'
      ? import('./rollback.js').then(({ rollbackFacts }) =>
          rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file)),
        )
      : Promise.resolve(undefined),
  ]);
  const facts: RunFacts = {
    images: withComparison.images.map((f) => {
      const rb = rollback?.get(f.image.name);
      return rb ? { ...f, rollback: rb } : f;
    }),
    overlays,
    ...(gate ? { gate } : {}),
    ...(withComparison.changes ? { changes: withComparison.changes } : {}),
  };
  return facts;
}

/** The event rule's change list (the comparison when the deployed commit is unknown). */
function detectEventChanges(deps: EngineDeps): Promise<ChangeSet> {
  return detectChanges(deps.trigger, {
    git: deps.git,
    logger: deps.logger,
    ...(deps.api ? { api: deps.api } : {}),
  });
}

/**
 * Drops the target overlays from a change list when they differ from `base` only in the
 * images' values (the commit that deployed what runs): writing today's values into the old
 * file must give today's file, byte for byte.
 */
function withoutOwnDeploys(
  deps: EngineDeps,
  diff: DeployedDiff,
  overlays: readonly OverlayState[],
): string[] {
  const files = diff.changed;
  const own = new Set<string>();
  for (const state of overlays) {
    const path = state.overlay.path;
    if (!files.includes(path)) continue;
    const old = diff.old.get(path);
    if (!old || old.exitCode !== 0) continue;
    try {
      const updates = deps.config.images.flatMap((image) => {
        const v = overlayValue(state, image.name);
        if (!v) return [];
        return [{ image, repository: repositoryOf(v, image).name, ...v }];
      });
      const before = readOverlayText(old.stdout, state.overlay, deps.config.images);
      // The options the write uses, so the same values give the same bytes.
      const planned = planOverlayEdit(before, updates, {
        pinDigest: deps.config.pinDigest,
        createMissing: false,
        isImmutable: (tag) => deps.policy.isImmutable(tag),
      });
      if (planned.after === state.text) own.add(path);
    } catch {
      // Not a pure value change (or not plannable): it counts as deploy config.
    }
  }
  return own.size === 0 ? files : files.filter((f) => !own.has(f));
}

function needsGate({ config, trigger }: EngineDeps): boolean {
  const kind = trigger.kind;
  return (
    (kind === 'tag' || kind === 'release') &&
    !trigger.deleted &&
    (config.mode === 'auto' || config.mode === 'plan' || config.mode === 'promote')
  );
}

/** The value the first target overlay that names the image holds. */
function valueIn(
  states: readonly OverlayState[],
  image: ImageConfig,
): { overlay: string; value: ImageValue } | undefined {
  for (const state of states) {
    const v = overlayValue(state, image.name);
    if (v) return { overlay: state.overlay.path, value: v };
  }
  return undefined;
}

/**
 * The explanation: for each image, what changed between the commit it runs (when that is
 * known) and the commit being deployed; the others share the event rule's change list.
 * Also the source key at each deployed commit, for adopting images built before source tags.
 */
async function compare(
  deps: EngineDeps,
  history: History,
  images: ImageFacts[],
  headTreeOrProblem: Tree | { problem: string },
  headSources: ReadonlyMap<string, SourceResolution> | undefined,
  overlays: readonly OverlayState[],
  started: {
    /** Per image (in order): the local lookup of its deployed tag's SHA prefix. */
    byPrefix: (Promise<string | undefined> | undefined)[];
    /** Diffs with deployed commits, by SHA, begun before the decision needed them. */
    diffs: Map<string, Promise<DeployedDiff>>;
    /** The event rule's change list, begun when some image certainly needs it. */
    eventChanges?: Promise<ChangeSet>;
  },
): Promise<{ images: ImageFacts[]; changes?: ChangeSet }> {
  const { config, trigger } = deps;
  const head = trigger.head;
  // Deployed commits, per image (in parallel; fetches are by exact SHA or tag).
  const commits = await Promise.all(
    images.map((f, i) =>
      f.deployed && !('problem' in headTreeOrProblem)
        ? deployedCommit(
            deps,
            history,
            f.deployed.value,
            found(f.deployed.image),
            started.byPrefix[i],
          ).catch((err: unknown) => {
            deps.logger.debug(
              `${f.image.name}: cannot find the deployed commit: ${errorMessage(err)}`,
            );
            return undefined;
          })
        : Promise.resolve(undefined),
    ),
  );
  const byCommit = new Map<string, number[]>();
  commits.forEach((c, i) => {
    if (c) byCommit.set(c.sha, [...(byCommit.get(c.sha) ?? []), i]);
  });
  const out = images.map((f) => ({ ...f }));
  for (const [sha, indices] of byCommit) {
    const group = indices.map((i) => (out[i] as ImageFacts).image);
    // The key at the deployed commit matters when the environment does not run the image the
    // source tag names: an image that predates source tags (adopt it), or a rebuild of the
    // same source (keep it).
    const adoptable = indices.some((i) => {
      const f = out[i] as ImageFacts;
      const source = found(f.sourceImage);
      return !source || source.digest !== found(f.deployed?.image)?.digest;
    });
    try {
      const [diff, tree] = await Promise.all([
        started.diffs.get(sha) ?? diffWithHead(deps, sha, overlays),
        adoptable ? readTree(deps.git, sha) : Promise.resolve(undefined),
      ]);
      // The deploy that wrote the running value into the overlay is not news.
      const files = withoutOwnDeploys(deps, diff, overlays);
      const changes = classifier(config, group, headSources).classify(files);
      const keys = tree
        ? (await sourceKeysAt(deps.git, tree, group).catch(() => undefined))?.keys
        : undefined;
      for (const i of indices) {
        const f = out[i] as ImageFacts;
        const commit = commits[i];
        if (!f.deployed || !commit) continue;
        const key = keys?.get(f.image.name)?.key;
        f.deployed = { ...f.deployed, commit, ...(key ? { sourceKey: key } : {}) };
        f.comparison = {
          base: sha,
          rule: 'deployed',
          change: changes.get(f.image.name) ?? { kind: 'none' },
        };
      }
    } catch (err) {
      deps.logger.debug(
        `cannot compare ${sha.slice(0, 7)} with ${head.slice(0, 7)}: ${errorMessage(err)}`,
      );
      for (const i of indices) commits[i] = undefined;
    }
  }
  const rest = out
    .map((_f, i) => (commits[i] ? undefined : i))
    .filter((i): i is number => i !== undefined);
  if (rest.length === 0) return { images: out };
  const changes = await (started.eventChanges ?? detectEventChanges(deps));
  const group = rest.map((i) => (out[i] as ImageFacts).image);
  const classified: Map<string, ImageChange> = changes.complete
    ? classifier(config, group, headSources).classify(changes.files)
    : new Map(
        group.map((g) => [g.name, { kind: 'code', untrusted: changes.note ?? 'unknown base' }]),
      );
  for (const i of rest) {
    const f = out[i] as ImageFacts;
    const comparison: Comparison = {
      rule: changes.baseRule,
      change: classified.get(f.image.name) ?? { kind: 'none' },
      ...(changes.base ? { base: changes.base } : {}),
      ...(changes.complete ? {} : { note: changes.note ?? 'unknown base' }),
    };
    f.comparison = comparison;
  }
  return { images: out, changes };
}
