/**
 * Gathering the facts a decision needs, once, and only those (src/engine/needs.ts): the
 * tree of the commit being deployed and the images' source keys, what the overlays run, what
 * the registry holds (every digest computed from bytes by the registry layer), the commits
 * the deployed images came from and what changed since, the release gate and rollback
 * targets. Lookups run in parallel; a registry that cannot answer becomes a `problem` fact,
 * never a guess. Typos (an image or key the overlays do not have, a context or Dockerfile
 * that does not exist) fail here, before anything is asked of a registry.
 */
import { Classifier, type ImageChange } from '../changes/classify.js';
import { detectChanges, type ChangeSet } from '../changes/detect.js';
import { History } from '../changes/history.js';
import { imageFor, keyMissProblem } from '../config/images.js';
import { requestedRef } from '../config/tag-input.js';
import type { Config, ImageConfig, RequestedRef } from '../config/types.js';
import { errorMessage, InputError, UserError } from '../errors.js';
import { isVersionTag } from '../event/trigger.js';
import type { OverlayState } from '../overlay/types.js';
import { sourceKeys, sourceKeysAt } from '../source/keys.js';
import { checkSources, nearest } from '../source/check.js';
import { resolveSources, type SourceResolution } from '../source/resolve.js';
import { readTree, type Tree } from '../source/tree.js';
import { shaExtractor } from '../tags/template.js';
import type { EngineDeps } from './context.js';
import { lookup, repositoryOf, revisionOf } from './lookup.js';
import { factNeeds, type FactNeeds } from './needs.js';
import type { Placement } from './placement.js';
import {
  found,
  overlaySlot,
  overlayValue,
  type Comparison,
  type DeployedFacts,
  type ImageFacts,
  type ImageValue,
  type Lookup,
  type RegistryImage,
  type RunFacts,
} from './types.js';

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
 * The image as this run knows it: an image whose repository nobody configured (no
 * `registry`, no `repository`) lives where the overlay that runs it says — a value's
 * repository, or, in a kustomization, the entry's name (kustomize's own rule). Without either
 * (a values file with only a tag) the image has no repository, unless the requested ref
 * names one: an input error before any registry is asked.
 */
function withRepository(
  image: ImageConfig,
  states: readonly OverlayState[],
  requested: RequestedRef | undefined,
): ImageConfig {
  if (!image.defaultRepository || requested?.repository) return image;
  const held = states.find((s) => s.images.get(image.name)?.found);
  const value = held ? overlayValue(held, image.name) : undefined;
  if (value?.repository !== undefined) {
    const repository = repositoryOf(value, image);
    return repository === image.repository ? image : { ...image, repository };
  }
  // A kustomization names the image itself (a new entry, with create-missing, too).
  const kustomize = held ? held.format === 'kustomize' : states[0]?.format === 'kustomize';
  if (kustomize) return image;
  const where =
    states.length > 0
      ? `${states.map((s) => s.overlay.path).join(', ')} does not name one`
      : 'no overlay names one';
  throw new InputError(
    'registry',
    `no repository for ${image.name}: ${where}`,
    `set registry (on the command line: --registry, e.g. ghcr.io/acme), a repository for ${image.name} in images, or give a full reference (${image.name}=ghcr.io/acme/${image.name}:TAG)`,
  );
}

/** The SHA prefix a deployed tag names (`sha-1a2b3c4` → `1a2b3c4`), by the tag templates. */
function shaPrefixOf(config: Config, value: ImageValue): string | undefined {
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
  const prefix = shaPrefixOf(deps.config, value);
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
  /** `git show <sha>:<path>` of each changed target overlay (undefined: not in `sha`). */
  old: Map<string, string | undefined>;
}

/**
 * `early`: the overlays' old texts (overlayPaths order), read alongside the diff (usually the
 * deploy commit since `sha` changed them) instead of after it; only those it lists are used.
 */
function diffWithHead(
  deps: EngineDeps,
  sha: string,
  overlays: readonly OverlayState[],
  early?: Promise<(string | undefined)[]>,
): Promise<DeployedDiff> {
  const head = deps.trigger.head;
  if (sha === head) return Promise.resolve({ changed: [], old: new Map() });
  const paths = overlayPaths(overlays);
  return deps.git.changedFiles(sha, head).then(async (changed) => {
    const read = await early;
    const used = paths.filter((p) => changed.includes(p));
    const texts = read
      ? used.map((p) => read[paths.indexOf(p)])
      : await Promise.all(used.map((p) => deps.git.show(sha, p)));
    return { changed, old: new Map(used.map((p, i) => [p, texts[i]])) };
  });
}

function overlayPaths(overlays: readonly OverlayState[]): string[] {
  return [...new Set(overlays.map((s) => s.overlay.path))];
}

/** Marks a promise that may never be awaited as handled (its rejection surfaces where used). */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Typos in what the run reads, before any registry request: every image the run acts on
 * must be named by a target overlay (kustomize: an `images:` entry; other formats: a value
 * at its key), unless `create-missing` adds it.
 */
export function checkOverlaysName(
  config: Config,
  states: readonly OverlayState[],
  images: readonly ImageConfig[],
): void {
  if (states.length === 0 || config.createMissing) return;
  for (const image of images) {
    if (states.some((s) => s.images.get(image.name)?.found)) continue;
    const first = states[0] as OverlayState;
    const where = states.map((s) => s.overlay.path).join(', ');
    if (first.format === 'kustomize') {
      const has = first.known.length > 0 ? `it has ${someOf(first.known)}` : 'it names no image';
      throw new InputError(
        'images',
        `${where} does not name the image ${image.name} (${has})`,
        'fix the image name, add an entry for it to the overlay, or set create-missing: true (--create-missing)',
      );
    }
    // The overlay that gives the image a key (a per-file key map picks by path), and that key.
    const state = states.find((s) => imageFor(image, s.overlay.path).key !== undefined) ?? first;
    const key = imageFor(image, state.overlay.path).key;
    if (key === undefined) {
      const miss = keyMissProblem(image, first.overlay.path);
      if (miss) throw new UserError(miss);
      // No key at all: most often a misspelt name (the configured images have keys).
      const keyed = config.images
        .filter((i) => imageFor(i, first.overlay.path).key !== undefined)
        .map((i) => i.name);
      const hint = nearest(image.name, keyed);
      throw new InputError(
        'images',
        `${where} is a ${first.format} file, and the image ${image.name} has no key path for it (images with one: ${someOf(keyed)})`,
        `${hint ? `did you mean ${hint}? ` : ''}fix the image name, or give ${image.name} a key (key: in its images entry; deploy --key ${image.name}=PATH)`,
      );
    }
    const likely = state.known.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
    throw new InputError(
      'images',
      `${where} has no value at "${key}" for the image ${image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(likely.length > 0 ? likely : state.known)})`,
      'fix the key, add the key to the overlay, or set create-missing: true (--create-missing)',
    );
  }
}

function someOf(names: readonly string[], limit = 12): string {
  if (names.length === 0) return 'nothing';
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

/**
 * The images a run acts on, for the typo check: a `tag` input naming some images acts on
 * those (the others keep running whatever they run, if anything).
 */
function actedOn(config: Config, images: readonly ImageConfig[]): ImageConfig[] {
  const request = config.tag;
  if (request?.kind === 'refs' && request.all === undefined)
    return images.filter((i) => i.name in request.byImage);
  if (request?.kind === 'previous' && request.images)
    return images.filter((i) => request.images?.includes(i.name));
  return [...images];
}

/** A ref with kustomize's `*` parts filled in from what the overlay has now. */
function kept(
  ref: RequestedRef,
  image: ImageConfig,
  states: readonly OverlayState[],
): RequestedRef {
  if (!ref.keep?.tag && !ref.keep?.digest) return ref;
  const held = valueIn(states, image);
  const out: RequestedRef = { ...ref };
  for (const part of ['tag', 'digest'] as const) {
    if (!ref.keep[part]) continue;
    const value = held?.value[part];
    if (value === undefined) {
      throw new InputError(
        'tag',
        `* keeps the ${part} of ${image.name}, but ${held ? `${held.overlay} has none for it` : 'no overlay names it'}`,
        `give the ${part}`,
      );
    }
    out[part] = value;
  }
  return out;
}

/** The tag a requested ref names: its tag, or the tag tag-template makes for its commit. */
async function requestedTag(deps: EngineDeps, ref: RequestedRef): Promise<string | undefined> {
  if (ref.commit === undefined) return ref.tag;
  const needed = deps.policy.commitDigits();
  let sha = ref.commit;
  if (sha.length < needed) {
    const full = await deps.git.resolveCommit(sha);
    if (!full) {
      throw new InputError(
        'tag',
        `tag-template "${deps.config.tagTemplate}" needs ${needed} hex digits of the commit, and ${sha} is no commit in ${deps.git.cwd}`,
        'give the full SHA, or the tag itself',
      );
    }
    sha = full;
  }
  return deps.policy.commitTag(sha);
}

export async function gatherFacts(deps: EngineDeps, placement: Placement): Promise<RunFacts> {
  const { config, policy, logger } = deps;
  const needs: FactNeeds = factNeeds(config, deps.trigger);
  const history = new History(deps.git, logger);
  const configured = selectedImages(config);

  // The tree of the deployed commit is listed while the overlays are read.
  const treeListed = needs.tree || needs.recordKeys ? headTree(deps, history) : undefined;
  // The overlay readers (the YAML library among them) load only when there is an overlay.
  const from = config.mode === 'promote' ? placement.fromOverlay : undefined;
  const reader =
    placement.overlays.length > 0 || from ? await import('./overlay-state.js') : undefined;
  const none: OverlayState[] = [];
  const [overlays, fromOverlay] = await Promise.all([
    reader ? reader.readOverlayStates(placement.overlays, config.images) : none,
    reader && from ? reader.readOverlayStates([from], config.images) : none,
  ]);
  for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings)) logger.warning(w);
  checkOverlaysName(config, overlays, actedOn(config, configured));

  const images = configured.map((image) =>
    withRepository(image, overlays, requestedRef(config.tag, image.name)),
  );
  // set-image --no-verify: nothing is asked of a registry.
  const ask = config.registryCheck ? lookup : (): Promise<Lookup> => Promise.resolve(undefined);
  const primary = needs.primary ? tryPrimary(deps) : undefined;
  const release = needs.release ? policy.release : undefined;
  const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));

  // The tags this run may write into a value several images share (Helm global.imageTag):
  // each of them is looked up in every sharing image's repository too.
  const sharedTags = new Map<string, Set<string>>();
  const requested = await Promise.all(
    images.map(async (image): Promise<RequestedRef | undefined> => {
      const plannedTag = planned.get(image.name)?.tag;
      if (plannedTag) return { tag: plannedTag };
      const given = requestedRef(config.tag, image.name);
      if (!given) return undefined;
      const ref = kept(given, image, overlays);
      const tag = await requestedTag(deps, ref);
      return { ...ref, ...(tag !== undefined ? { tag } : {}) };
    }),
  );
  for (const state of overlays) {
    const slots = new Map<string, number[]>();
    images.forEach((image, i) => {
      const slot = overlaySlot(state, image);
      if (slot) slots.set(slot, [...(slots.get(slot) ?? []), i]);
    });
    for (const members of slots.values()) {
      if (members.length < 2) continue;
      const written = members.flatMap((i) => {
        const tag = requested[i]?.tag;
        return tag ? [tag] : [];
      });
      for (const i of members) {
        const set = sharedTags.get(images[i]?.name ?? '') ?? new Set<string>();
        for (const t of written) set.add(t);
        sharedTags.set(images[i]?.name ?? '', set);
      }
    }
  }

  // The deployed tags' commits first (git runs beside the registry requests below): each
  // SHA prefix is looked up, and diffed with the head as `<prefix>^{commit}` at the same
  // time, which names the same commit whenever the lookup finds one.
  const diffs = new Map<string, Promise<DeployedDiff>>();
  const byPrefixOf = new Map<string, Promise<string | undefined>>();
  const startPrefix = (prefix: string): Promise<string | undefined> => {
    let started = byPrefixOf.get(prefix);
    if (started) return started;
    // Old overlay texts are read ahead only while that is a handful of objects, in the one
    // `git cat-file --batch` that finds the commit.
    const read =
      (byPrefixOf.size + 1) * overlays.length <= 4
        ? quiet(deps.git.commitFiles(prefix, overlayPaths(overlays)))
        : undefined;
    started = quiet(
      read
        ? read.then(
            (r) => r.commit,
            () => deps.git.resolveCommit(prefix),
          )
        : deps.git.resolveCommit(prefix),
    );
    const speculative = quiet(
      diffWithHead(
        deps,
        `${prefix}^{commit}`,
        overlays,
        read?.then((r) => r.texts),
      ),
    );
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
    if (!needs.comparison) return undefined;
    const deployedValue = valueIn(overlays, image);
    const prefix = deployedValue ? shaPrefixOf(config, deployedValue.value) : undefined;
    return prefix ? startPrefix(prefix) : undefined;
  });

  // An image the overlays do not name is explained by the event's rule: its diff runs while
  // the tree is read; anything it would fetch or ask the API waits for the typo checks.
  let typosChecked: (ok: boolean) => void = () => undefined;
  const checked = new Promise<void>((resolve, reject) => {
    typosChecked = (ok) => {
      if (ok) resolve();
      else reject(new Error('the typo checks failed'));
    };
  });
  const eventChanges =
    needs.comparison &&
    images.length > 0 &&
    (deps.trigger.base.kind === 'input' || images.some((image) => !valueIn(overlays, image)))
      ? quiet(detectEventChanges(deps, quiet(checked)))
      : undefined;

  const tree = treeListed ? await treeListed : undefined;
  // Where each image is built from (symlinks followed, .dockerignore read: local git reads).
  const sources: Map<string, SourceResolution> | { problem: string } | undefined =
    tree === undefined
      ? undefined
      : 'problem' in tree
        ? tree
        : await resolveSources(deps.git, tree, images).catch((err: unknown) => ({
            problem: `cannot read what the images are built from at ${tree.commit.slice(0, 7)}: ${errorMessage(err)}`,
          }));
  // Typos (a context or Dockerfile that does not exist, paths that match nothing) fail first:
  // before anything is asked of the registry or fetched (only local git reads run until here).
  if (needs.tree && tree && !('problem' in tree) && sources && !('problem' in sources)) {
    try {
      checkSources(tree, images, sources, {
        written:
          config.writeOverlay && !config.overlayRepository
            ? config.overlays.map((o) => o.path)
            : [],
      });
    } catch (err) {
      typosChecked(false);
      throw err;
    }
  }
  typosChecked(true);

  const early = images.map((image, i) => {
    const deployedValue = valueIn(overlays, image);
    const deployedRepo = deployedValue ? repositoryOf(deployedValue.value, image) : undefined;
    const ref = requested[i];
    const requestedRepo = ref?.repository ?? image.repository;
    const promoteValue = valueIn(fromOverlay, image);
    const own = [
      ...(primary ? [primary] : []),
      ...(release ? [release] : []),
      ...(sharedTags.get(image.name) ?? []),
    ];
    const tagged = [...new Set(own)];
    return {
      image,
      deployedValue,
      deployedRepo,
      ref,
      requestedRepo,
      promoteValue,
      // Lookups never reject: a registry that cannot answer gives a problem.
      lookups: Promise.all([
        deployedValue && deployedRepo && (deployedValue.value.tag || deployedValue.value.digest)
          ? ask(deps, deployedRepo, deployedValue.value.tag, deployedValue.value.digest)
          : Promise.resolve(undefined),
        Promise.all(tagged.map((t) => ask(deps, image.repository, t))).then(
          (found) => new Map(tagged.map((t, j) => [t, found[j]])),
        ),
        ref && (ref.tag || ref.digest)
          ? ask(deps, requestedRepo, ref.tag, ref.digest)
          : Promise.resolve(undefined),
        promoteValue && (promoteValue.value.tag || promoteValue.value.digest)
          ? ask(
              deps,
              repositoryOf(promoteValue.value, image),
              promoteValue.value.tag,
              promoteValue.value.digest,
            )
          : Promise.resolve(undefined),
      ] as const),
      byPrefix: byPrefix[i],
    };
  });

  // Let the requests and git calls get under way before the keys are computed.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const keys =
    tree && sources && !('problem' in tree) && !('problem' in sources)
      ? needs.tree
        ? sourceKeys(tree, images, sources)
        : recordKeys(deps, () => sourceKeys(tree, images, sources))
      : undefined;

  const keyOf = (image: ImageConfig): ImageFacts['source'] => {
    if (!sources) return { problem: 'the source key was not needed by this run' };
    if ('problem' in sources) return { problem: sources.problem };
    const key = keys?.get(image.name);
    return key ?? { problem: keys ? 'internal error: no key computed' : 'cannot be computed' };
  };

  const perImage = await Promise.all(
    early.map(async (e) => {
      const { image, deployedValue, deployedRepo, ref, requestedRepo, promoteValue } = e;
      const source = keyOf(image);
      const sourceTag =
        needs.sourceTags && 'key' in source ? policy.sourceTag(source.key) : undefined;
      const [sourceImage, [deployedImage, tagged, requestedImage, promoteImage]] =
        await Promise.all([
          sourceTag ? ask(deps, image.repository, sourceTag) : Promise.resolve(undefined),
          e.lookups,
        ]);
      // Where a reused or promoted image came from: read its revision label (with verify:
      // signature the signed statement says it, and a label is never evidence; a plan
      // leaves it out: src/engine/needs.ts).
      const sourceFound = found(sourceImage);
      if (
        needs.labels &&
        !config.verify &&
        sourceFound &&
        sourceFound.digest !== found(deployedImage)?.digest
      ) {
        const revision = await revisionOf(deps, sourceFound);
        if (revision) sourceFound.revision = revision;
      }
      const facts: ImageFacts = {
        image,
        source,
        comparison: { rule: 'unknown', change: { kind: 'none' } },
        tagged,
        ...(sourceTag ? { sourceImage } : {}),
      };
      if (primary) facts.primary = primary;
      if (deployedValue && deployedRepo) {
        facts.deployed = {
          overlay: deployedValue.overlay,
          value: deployedValue.value,
          repository: deployedRepo,
          image: deployedImage,
        };
      }
      if (ref && (ref.tag || ref.digest)) {
        facts.requested = {
          ...(ref.tag ? { tag: ref.tag } : {}),
          ...(ref.digest ? { digest: ref.digest } : {}),
          ...(ref.as ? { as: ref.as } : {}),
          image: requestedImage,
          repository: requestedRepo,
        };
      }
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

  const okSources = sources && !('problem' in sources) ? sources : undefined;
  const [withComparison, gate, rollback, records] = await Promise.all([
    needs.comparison
      ? compare(
          deps,
          history,
          perImage,
          tree ?? { problem: 'no tree' },
          sources && !('problem' in sources) ? sources : undefined,
          overlays,
          {
            byPrefix: early.map((e) => e.byPrefix),
            diffs,
            ...(eventChanges ? { eventChanges } : {}),
          },
        )
      : Promise.resolve<{ images: ImageFacts[]; changes?: ChangeSet }>({ images: perImage }),
    needs.gate
      ? import('./gate.js').then(({ releaseGate }) => releaseGate(deps))
      : Promise.resolve(undefined),
    needs.rollback
      ? import('./rollback.js').then(({ rollbackFacts }) =>
          rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file)),
        )
      : Promise.resolve(undefined),
    // The environment's records: reuse or skip, and holds (src/engine/record.ts).
    needs.records
      ? import('./record.js').then(({ gatherRecords }) =>
          gatherRecords(deps, placement, overlays, perImage, (commit, group) =>
            changesSince(deps, history, commit, group, overlays, okSources, diffs),
          ),
        )
      : Promise.resolve(undefined),
  ]);
  const facts: RunFacts = {
    images: withComparison.images.map((f) => {
      const rb = rollback?.get(f.image.name);
      const record = records?.get(f.image.name);
      return rb || record
        ? { ...f, ...(rb ? { rollback: rb } : {}), ...(record ? { record } : {}) }
        : f;
    }),
    overlays,
    ...(gate ? { gate } : {}),
    ...(withComparison.changes ? { changes: withComparison.changes } : {}),
  };
  return facts;
}

/**
 * The source keys a record needs (the hold a rollback starts is against them): a key that
 * cannot be computed leaves the record without it, never fails the rollback.
 */
function recordKeys<T>(deps: EngineDeps, keys: () => T): T | undefined {
  try {
    return keys();
  } catch (err) {
    deps.logger.debug(`the source keys for the deploy record: ${errorMessage(err)}`);
    return undefined;
  }
}

/**
 * What changed for `images` between `commit` (the configuration an environment runs, from
 * its record) and the head, classified like the explanation (the deploy commits themselves
 * left out); undefined when the commit is not there and cannot be fetched. `diffs`: those
 * taken already, by commit (usually the deployed tag's commit is the one the record names).
 */
async function changesSince(
  deps: EngineDeps,
  history: History,
  commit: string,
  images: readonly ImageConfig[],
  overlays: readonly OverlayState[],
  sources: ReadonlyMap<string, SourceResolution> | undefined,
  diffs: ReadonlyMap<string, Promise<DeployedDiff>>,
): Promise<Map<string, ImageChange> | undefined> {
  if (!(await history.ensureCommit(commit))) return undefined;
  const diff = await (diffs.get(commit) ?? diffWithHead(deps, commit, overlays));
  return classifier(deps.config, images, sources).classify(
    await withoutOwnDeploys(deps, diff, overlays),
  );
}

/** This run's primary tag, or undefined when its template has no value here (decided later). */
function tryPrimary(deps: EngineDeps): string | undefined {
  try {
    return deps.policy.primary();
  } catch {
    // The decision reports the template problem per image.
    return undefined;
  }
}

/** The event rule's change list (the comparison when the deployed commit is unknown). */
function detectEventChanges(deps: EngineDeps, ready?: Promise<unknown>): Promise<ChangeSet> {
  return detectChanges(deps.trigger, {
    git: deps.git,
    logger: deps.logger,
    ...(deps.api ? { api: deps.api } : {}),
    ...(ready ? { ready } : {}),
  });
}

/**
 * Drops the target overlays from a change list when they differ from `base` only in the
 * images' values (the commit that deployed what runs): writing today's values into the old
 * file must give today's file, byte for byte.
 */
async function withoutOwnDeploys(
  deps: EngineDeps,
  diff: DeployedDiff,
  overlays: readonly OverlayState[],
): Promise<string[]> {
  const files = diff.changed;
  const own = new Set<string>();
  for (const state of overlays) {
    const path = state.overlay.path;
    if (!files.includes(path)) continue;
    const old = diff.old.get(path);
    if (old === undefined) continue;
    // Loaded already: the overlays were read with it.
    const { onlyValuesChanged } = await import('./overlay-state.js');
    try {
      const updates = deps.config.images.flatMap((image) => {
        const v = overlayValue(state, image.name);
        if (!v) return [];
        return [{ image, repository: repositoryOf(v, image).name, ...v }];
      });
      // The options the write uses, so the same values give the same bytes.
      const same = onlyValuesChanged(state, old, deps.config.images, updates, {
        pinDigest: deps.config.pinDigest,
        createMissing: false,
        isImmutable: (tag) => deps.policy.isImmutable(tag),
      });
      if (same) own.add(path);
    } catch {
      // Not a pure value change (or not plannable): it counts as deploy config.
    }
  }
  return own.size === 0 ? files : files.filter((f) => !own.has(f));
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
 * known) and the commit being deployed; the others — and every image when the `base` input
 * overrides — share the event rule's change list. Also the source key at each deployed
 * commit, for adopting images built before source tags.
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
  const override = trigger.base.kind === 'input';
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
        override ? undefined : (started.diffs.get(sha) ?? diffWithHead(deps, sha, overlays)),
        adoptable ? readTree(deps.git, sha) : Promise.resolve(undefined),
      ]);
      // The deploy that wrote the running value into the overlay is not news.
      const changes = diff
        ? classifier(config, group, headSources).classify(
            await withoutOwnDeploys(deps, diff, overlays),
          )
        : undefined;
      const keys = tree
        ? (await sourceKeysAt(deps.git, tree, group).catch(() => undefined))?.keys
        : undefined;
      for (const i of indices) {
        const f = out[i] as ImageFacts;
        const commit = commits[i];
        if (!f.deployed || !commit) continue;
        const key = keys?.get(f.image.name)?.key;
        f.deployed = { ...f.deployed, commit, ...(key ? { sourceKey: key } : {}) };
        if (changes) {
          f.comparison = {
            base: sha,
            rule: 'deployed',
            change: changes.get(f.image.name) ?? { kind: 'none' },
          };
        }
      }
    } catch (err) {
      deps.logger.debug(
        `cannot compare ${sha.slice(0, 7)} with ${head.slice(0, 7)}: ${errorMessage(err)}`,
      );
      for (const i of indices) commits[i] = undefined;
    }
  }
  const rest = out
    .map((_f, i) => (commits[i] && !override ? undefined : i))
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
