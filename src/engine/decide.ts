/**
 * The decision, pure: facts (source keys, what the overlay runs, what the registry holds),
 * the Config, the Trigger and the TagPolicy → one Decision per image. No I/O; every lookup
 * it needs was gathered before (src/engine/facts.ts).
 *
 *   the environment runs an image of this source   → reuse (skip when no deploy config changed)
 *   an image of this source exists                  → promote: add this run's tag, no build
 *   the deployed image predates source tags and its
 *   commit has this source                          → reuse it and give it its source tag (adopt)
 *   otherwise                                       → build once
 *
 * Pull requests, pushes, merge queues, dispatch and schedule all go through that rule;
 * releases add their tag to the image of the tagged commit's source; `tag` redeploys or
 * rolls back; the other modes are explicit. Images that share one overlay value are then
 * made to agree (sharedValues).
 */
import type { Config, DecisionName } from '../config/types.js';
import { errorMessage, InputError } from '../errors.js';
import type { Trigger } from '../event/trigger.js';
import type { HoldVerdict } from '../record/index.js';
import { mutableTagRefusal, type TagPolicy } from '../tags/policy.js';
import { trusted, type TrustNeed } from './trust.js';
import {
  found,
  isProblem,
  overlaySlot,
  type Decision,
  type ImageFacts,
  type ImageValue,
  type Lookup,
  type RegistryImage,
  type RequestedFacts,
  type RunFacts,
  type TagWrite,
} from './types.js';

export interface DecideInput {
  config: Config;
  trigger: Trigger;
  policy: TagPolicy;
  facts: RunFacts;
}

/** `sha-1a2b3c4`, `v1.2.3@sha256:…`, `ghcr.io/acme/api:v1`: an overlay value for sentences. */
export function describeValue(value: ImageValue | undefined): string {
  if (!value) return 'nothing';
  const ref = value.tag ?? (value.digest ? `@${value.digest.slice(0, 19)}…` : undefined);
  return ref ?? value.repository ?? 'nothing';
}

function short(digest: string): string {
  return digest.slice(0, 19);
}

/** What the environment runs, for reasons: its value, digest and the commit it came from. */
function running(f: ImageFacts, image: RegistryImage): string {
  const commit = f.deployed?.commit ? `, built from ${f.deployed.commit.sha.slice(0, 7)}` : '';
  return `${describeValue(f.deployed?.value)} (${short(image.digest)}…${commit})`;
}

/** Where an image came from, for reasons: its tag, digest and the commit it was built from. */
function origin(image: RegistryImage): string {
  const built = image.revision ? `, built from ${image.revision.slice(0, 7)}` : '';
  return `${image.tag} (${short(image.digest)}…${built})`;
}

function fail(f: ImageFacts, name: DecisionName, reason: string, error: string): Decision {
  return { kind: 'fail', name, image: f.image, reason, error };
}

/** verify: signature — the decision stands only on a verified signature (src/engine/trust.ts). */
function gated(f: ImageFacts, ctx: DecideInput, d: Decision, need: TrustNeed): Decision {
  return trusted(f, ctx.facts, ctx.config, d, need);
}

function lookupError(lookup: Lookup): string | undefined {
  return isProblem(lookup) ? lookup.problem : undefined;
}

/** "code of api changed since the deployed sha-1a2b3c4 (services/api/main.py, …)" */
function explanation(f: ImageFacts): string {
  const { change, rule } = f.comparison;
  const since =
    rule === 'deployed' ? ` since the deployed ${describeValue(f.deployed?.value)}` : '';
  const example = change.example ? ` (e.g. ${change.example})` : '';
  if (change.untrusted !== undefined) return `the change list is unknown (${change.untrusted})`;
  switch (change.kind) {
    case 'code':
      return `code of ${f.image.name} changed${since}${example}`;
    case 'deploy':
      return `only deploy config changed${since}${example}`;
    case 'ignored':
      return `only ignored files changed${since}${example}`;
    case 'none':
      return `nothing that affects ${f.image.name} changed${since}`;
  }
}

interface Context extends DecideInput {
  /** The mutable tags builds and promotions of this run move once everything is verified. */
  extra: TagWrite[];
}

/** Decides every gathered image, then makes images that share an overlay value agree. */
export function decide(input: DecideInput): Decision[] {
  const ctx: Context = {
    ...input,
    extra: input.policy.extra.map((tag) => ({ tag, mutable: true })),
  };
  const decisions = input.facts.images.map((f) => {
    try {
      return decideImage(f, ctx);
    } catch (err) {
      // A template with no value in this run (or another input problem) fails this image.
      if (!(err instanceof InputError)) throw err;
      return fail(f, 'skip', 'cannot be decided for this run', errorMessage(err));
    }
  });
  return sharedValues(decisions, input);
}

/** Whether this run writes overlays (a file edit or a commit); a plan never does. */
export function writesOverlays(config: Pick<Config, 'writeOverlay' | 'commit' | 'mode'>): boolean {
  return (config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan';
}

function decideImage(f: ImageFacts, ctx: Context): Decision {
  const { config, trigger } = ctx;
  if (f.planned) return fromPlan(f, ctx);
  if (!config.registryCheck) return unverified(f);
  switch (config.mode) {
    case 'build':
      return buildMode(f, ctx);
    case 'reuse':
      return reuseMode(f, ctx);
    case 'promote':
      return promoteMode(f, ctx);
    case 'rollback':
      return rollback(f, ctx);
    case 'auto':
    case 'plan':
      break;
  }
  if (trigger.deleted) {
    const why =
      trigger.kind === 'release'
        ? `the release ${trigger.tagName ?? ''} was not published by this event (edited, deleted or unpublished); nothing to deploy`
        : `the push deleted ${trigger.ref ?? 'the ref'}; nothing to deploy`;
    return keepDeployed(f, 'skip', why);
  }
  const request = config.tag;
  if (request?.kind === 'previous') return rollback(f, ctx);
  if (request?.kind === 'refs') {
    if (!f.requested) {
      return keepDeployed(
        f,
        'skip',
        `not named in the tag input; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`,
      );
    }
    return redeploy(f, f.requested, ctx);
  }
  if (trigger.kind === 'tag' || trigger.kind === 'release') return release(f, ctx);
  return bySource(f, ctx);
}

/** set-image --no-verify: what is asked for goes in as given; nothing else changes. */
function unverified(f: ImageFacts): Decision {
  const requested = f.requested;
  if (!requested) {
    return {
      kind: 'keep-unverified',
      image: f.image,
      reason: `not named; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`,
    };
  }
  return {
    kind: 'write-unverified',
    image: f.image,
    reason: `setting ${describeRequested(f, requested)} as given, without asking the registry`,
    write: {
      repository: requested.repository,
      ...(requested.tag ? { tag: requested.tag } : {}),
      ...(requested.digest ? { digest: requested.digest } : {}),
    },
  };
}

/** Keeps what the overlay runs (re-verified), or fails when it is not in the registry. */
function keepDeployed(f: ImageFacts, name: 'reuse' | 'skip', reason: string): Decision {
  const deployed = f.deployed;
  if (!deployed) return { kind: 'keep-unverified', image: f.image, reason };
  const problem = lookupError(deployed.image);
  if (problem) return fail(f, name, reason, problem);
  const image = found(deployed.image);
  if (!image) {
    return fail(
      f,
      name,
      reason,
      `the overlay ${deployed.overlay} runs ${describeValue(deployed.value)}, which is not in ${deployed.repository.name}`,
    );
  }
  return { kind: 'keep', name, image: f.image, reason, target: image };
}

/**
 * Keeping what runs is a reuse when deploy config changed since the configuration the
 * environment runs (or may have), else a skip. That configuration is its newest record's
 * (src/engine/record.ts); without a record, the commit the running image was built from.
 */
function keepName(f: ImageFacts): 'reuse' | 'skip' {
  const config = f.record?.config;
  if (config) return config.decision;
  return f.comparison.change.kind === 'deploy' || f.comparison.note ? 'reuse' : 'skip';
}

/** Why keepName decided as it did, when a record told it (appended to the reason). */
function configNote(f: ImageFacts): string {
  return f.record?.config ? `; ${f.record.config.reason}` : '';
}

// ---------------------------------------------------------------------------------------
// Holds (docs/record.md): after a rollback or an explicit redeploy moved the image away
// from its source, the auto rule keeps it where it is while the head's source is the same.

/** A held image keeps what it runs (verified), whatever its source's images are. */
function keepHeld(f: ImageFacts, hold: Extract<HoldVerdict, { held: true }>): Decision {
  const reason = `${hold.reason}; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}${configNote(f)}`;
  const d = keepDeployed(f, keepName(f), reason);
  return d.kind === 'keep' ? { ...d, held: hold.origin } : d;
}

/** Environment tags (promote-tags) follow what a rollback or redeploy writes. */
function envTags(ctx: Context): TagWrite[] {
  const { config, trigger, policy } = ctx;
  if (!writesOverlays(config) || trigger.pullRequest) return [];
  return policy.env().map((tag) => ({ tag, mutable: true }));
}

/** The auto rule: reuse, promote, adopt or build, from the source key. */
function bySource(f: ImageFacts, ctx: Context): Decision {
  const { config, policy } = ctx;
  // Only the auto rule reads the records: no `tag` input names the image here.
  const hold = f.record?.hold;
  if (hold) return keepHeld(f, hold);
  const why = explanation(f);
  if (config.forceBuild) return build(f, ctx, `force-build is set (${why})`);
  if ('problem' in f.source) {
    return fail(f, 'build', `cannot tell what ${f.image.name} is built from`, f.source.problem);
  }
  const key = f.source.key;
  const sourceProblem = lookupError(f.sourceImage);
  if (sourceProblem) {
    return fail(f, 'build', `cannot tell whether an image of this source exists`, sourceProblem);
  }
  const source = found(f.sourceImage);
  const deployed = found(f.deployed?.image);
  if (source && deployed?.digest === source.digest) {
    const name = keepName(f);
    const keep: Decision = {
      kind: 'keep',
      name,
      image: f.image,
      reason: `${why}; the environment already runs ${running(f, deployed)}, an image of this source${configNote(f)}`,
      target: deployed,
    };
    return gated(f, ctx, keep, 'source');
  }
  // A rebuild of this source runs (force-build): the source tag names the first image, the
  // environment another one built from the same files — keep it, never swap it back.
  if (source && deployed && f.deployed?.sourceKey === key) {
    const keep: Decision = {
      kind: 'keep',
      name: keepName(f),
      image: f.image,
      reason: `${why}; the environment already runs ${running(f, deployed)}, built from this source${configNote(f)}`,
      target: deployed,
    };
    return gated(f, ctx, keep, 'source');
  }
  const primary = policy.primary();
  if (source) {
    const promoted = promote(
      f,
      ctx,
      source,
      primary,
      `${why}; an image of this source exists: ${origin(source)}`,
    );
    return gated(f, ctx, promoted, 'source');
  }
  const sourceTag = policy.sourceTag(key);
  const adopted = adoption(f, key);
  if (adopted) {
    const name = keepName(f);
    const keep: Decision = {
      kind: 'keep',
      name,
      image: f.image,
      reason: `${why}; the deployed ${running(f, adopted)} was built from the same source before it had a source tag of this key version, so it is reused${sourceTag ? ` and gets ${sourceTag}` : ''}${configNote(f)}`,
      target: adopted,
      ...(sourceTag ? { adopt: sourceTag } : {}),
    };
    return gated(f, ctx, keep, 'source');
  }
  return build(f, ctx, `${why}; ${firstDeployNote(f) ?? 'no image of this source exists'}`);
}

/** The deployed image when its commit has the same source key (it predates source tags). */
function adoption(f: ImageFacts, key: string): RegistryImage | undefined {
  const deployed = f.deployed;
  const image = found(deployed?.image);
  if (!deployed || !image || deployed.sourceKey !== key) return undefined;
  return image;
}

/** A note for an overlay value that names no image yet (a first deploy). */
function firstDeployNote(f: ImageFacts): string | undefined {
  const deployed = f.deployed;
  if (!deployed) return undefined;
  if (found(deployed.image)) return undefined;
  if (deployed.value.tag === undefined && deployed.value.digest === undefined) {
    return `first deploy: ${deployed.overlay} names no image for ${f.image.name} yet, so the first build fills it in`;
  }
  return `first deploy: the overlay's ${describeValue(deployed.value)} is not an image in ${deployed.repository.name}, so the first build replaces it`;
}

/**
 * Builds the primary tag once: this run's, unless given (a matrix job builds its plan's,
 * with that tag's lookup). A tag the registry has already is not rebuilt.
 */
function build(
  f: ImageFacts,
  ctx: Context,
  reason: string,
  later: TagWrite[] = ctx.extra,
  { tag: primary, image: primaryImage }: { tag: string; image: Lookup } = primaryOf(f, ctx),
): Decision {
  const { policy } = ctx;
  const existing = found(primaryImage);
  if (existing) {
    // A re-run: this commit's image is in the registry already (a tag is never rebuilt).
    const rerun: Decision = {
      kind: 'tag',
      name: 'build',
      image: f.image,
      reason: `${reason} (${primary} was already built by an earlier run; not rebuilt)`,
      target: existing,
      addTags: sourceTagToAdd(f, policy),
      laterTags: later,
      write: { tag: primary },
    };
    return gated(f, ctx, rerun, 'source');
  }
  return {
    kind: 'build',
    image: f.image,
    reason,
    pushTags: [primary, ...sourceTagToAdd(f, policy)],
    laterTags: later,
    write: { tag: primary },
  };
}

/** This run's primary tag and what the registry holds under it. */
function primaryOf(f: ImageFacts, ctx: Context): { tag: string; image: Lookup } {
  const tag = f.primary ?? ctx.policy.primary();
  return { tag, image: f.tagged.get(tag) };
}

/** The source tag, unless the registry has it already (a source keeps its first image). */
function sourceTagToAdd(f: ImageFacts, policy: TagPolicy): string[] {
  if ('problem' in f.source || found(f.sourceImage) || isProblem(f.sourceImage)) return [];
  // Source tags off: sourceTag() is undefined.
  const tag = policy.sourceTag(f.source.key);
  return tag ? [tag] : [];
}

function promote(
  f: ImageFacts,
  ctx: Context,
  source: RegistryImage,
  tag: string,
  reason: string,
): Decision {
  const existing = found(f.tagged.get(tag));
  if (existing && existing.digest !== source.digest) {
    return fail(
      f,
      'promote',
      reason,
      `${tag} already names another image (${short(existing.digest)}…) in ${existing.repository.name}; tags are never moved`,
    );
  }
  return {
    kind: 'tag',
    name: 'promote',
    image: f.image,
    reason,
    target: source,
    addTags: [tag],
    laterTags: ctx.extra,
    write: { tag },
  };
}

/** Releases: the image of the tagged commit's source gets the release (and env) tags. */
function release(f: ImageFacts, ctx: Context): Decision {
  const { facts, policy, trigger } = ctx;
  const name = trigger.tagName ?? 'the release';
  if (facts.gate && !facts.gate.ok) return fail(f, 'promote', `release ${name}`, facts.gate.reason);
  const tag = policy.release;
  if (tag === undefined) {
    return fail(
      f,
      'promote',
      `release ${name}`,
      `the git tag "${name}" gives no usable registry tag`,
    );
  }
  const later: TagWrite[] = [
    { tag, mutable: false },
    ...policy.env().map((t) => ({ tag: t, mutable: true })),
  ];
  const releaseImage = f.tagged.get(tag);
  const releaseProblem = lookupError(releaseImage);
  if (releaseProblem) return fail(f, 'promote', `release ${name}`, releaseProblem);
  if (ctx.config.forceBuild)
    return releaseBuild(f, ctx, `release ${name}: force-build is set`, later);
  if ('problem' in f.source) return fail(f, 'promote', `release ${name}`, f.source.problem);
  const sourceProblem = lookupError(f.sourceImage);
  if (sourceProblem) return fail(f, 'promote', `release ${name}`, sourceProblem);
  const source = found(f.sourceImage) ?? adoption(f, f.source.key);
  if (source) {
    const existing = found(releaseImage);
    if (existing && existing.digest !== source.digest) {
      return fail(
        f,
        'promote',
        `release ${name}`,
        `${tag} already names another image (${short(existing.digest)}…) in ${existing.repository.name}; release tags are never moved`,
      );
    }
    const adopt = found(f.sourceImage) ? [] : sourceTagToAdd(f, policy);
    const promoted: Decision = {
      kind: 'tag',
      name: 'promote',
      image: f.image,
      reason: `release ${name}: promoting the image of ${trigger.head.slice(0, 7)}'s source, ${origin(source)}, without rebuilding`,
      target: source,
      addTags: adopt,
      laterTags: later,
      write: { tag },
    };
    return gated(f, ctx, promoted, 'source');
  }
  return releaseBuild(
    f,
    ctx,
    `release ${name}: no image of ${trigger.head.slice(0, 7)}'s source exists, so building it once`,
    later,
  );
}

function releaseBuild(f: ImageFacts, ctx: Context, reason: string, later: TagWrite[]): Decision {
  const decision = build(f, ctx, reason, later);
  // The overlay gets the release tag, which exists once the later tags are added.
  const tag = later[0]?.tag;
  if (!tag || (decision.kind !== 'build' && decision.kind !== 'tag')) return decision;
  return { ...decision, write: { tag } };
}

/** `tag: sha-1a2b3c4` (or `api=…`): that image, verified; a missing tag is never built. */
function redeploy(f: ImageFacts, requested: RequestedFacts, ctx: Context): Decision {
  const reason = `redeploying the requested ${describeRequested(f, requested)} (was ${describeValue(f.deployed?.value)})`;
  const image = requestedImage(f, requested, 'reuse', reason);
  if ('kind' in image) return image;
  const written = pinnedWrite(
    f,
    ctx,
    'reuse',
    reason,
    image,
    [],
    envTags(ctx),
    undefined,
    requested.digest !== undefined,
  );
  return gated(f, ctx, written, 'digest');
}

/** `sha-1a2b3c4`, `v1@sha256:…`, `ghcr.io/acme/api:v1`: a requested ref, for sentences. */
function describeRequested(f: ImageFacts, r: RequestedFacts): string {
  const at = r.digest ? `@${short(r.digest)}…` : '';
  const ref = `${r.tag ?? ''}${at}`;
  return r.repository.name === f.image.repository.name ? ref : `${r.repository.name}:${ref}`;
}

/** The requested image as the registry has it, or the failure that says why it cannot be used. */
function requestedImage(
  f: ImageFacts,
  requested: RequestedFacts,
  name: DecisionName,
  reason: string,
): RegistryImage | Decision {
  const problem = lookupError(requested.image);
  if (problem) return fail(f, name, reason, problem);
  const image = found(requested.image);
  if (image && requested.tag && requested.digest && image.tagDigest !== requested.digest) {
    // `TAG@sha256:…`: the tag must name the digest given.
    return fail(
      f,
      name,
      reason,
      `${requested.repository.name}:${requested.tag} ${image.tagDigest ? `is ${image.tagDigest}` : 'does not exist'}, not the digest given (${requested.digest})`,
    );
  }
  if (image) return image;
  const what = `${requested.repository.name}${requested.tag ? `:${requested.tag}` : ''}${requested.digest ? `@${requested.digest}` : ''}`;
  return fail(
    f,
    name,
    reason,
    `${what} does not exist in registry ${requested.repository.domain} (no such tag, digest or repository); nothing was built — check the reference, or name only the images that have it (${f.image.name}=…, one per image)`,
  );
}

/** A write of `image`'s tag; a mutable tag goes in only pinned to its digest. */
function pinnedWrite(
  f: ImageFacts,
  ctx: Context,
  name: DecisionName,
  reason: string,
  image: RegistryImage,
  addTags: string[] = [],
  later: TagWrite[] = [],
  copyFrom?: RegistryImage,
  /** The tag was given with its digest (`TAG@sha256:…`): both are written. */
  given = false,
): Decision {
  const decision = (write: { tag?: string; digest?: string }): Decision => ({
    kind: 'tag',
    name,
    image: f.image,
    reason,
    target: image,
    addTags,
    laterTags: later,
    write,
    ...(copyFrom ? { copyFrom: copyFrom.repository } : {}),
  });
  // A value that is only a digest is written as one.
  if (!image.tag) return decision({ digest: image.digest });
  const mutable = ctx.policy.mutableReason(image.tag);
  if (mutable && !ctx.config.pinDigest && !given) {
    return fail(
      f,
      name,
      reason,
      mutableTagRefusal(
        mutable,
        `set pin-digest: true to write it with its digest ${short(image.digest)}…, or give an immutable tag`,
      ),
    );
  }
  if (mutable || given) return decision({ tag: image.tag, digest: image.digest });
  // An immutable tag goes in alone: it must still name the image (a pinned value whose tag
  // was moved by someone else would deploy another image).
  if (image.tagDigest !== image.digest) {
    return fail(
      f,
      name,
      reason,
      `${image.repository.name}:${image.tag} ${image.tagDigest ? `now points to ${image.tagDigest}` : 'no longer exists'}, not to the pinned ${image.digest}; tags are never moved back — deploy the digest or a tag that names it`,
    );
  }
  return decision({ tag: image.tag });
}

function rollback(f: ImageFacts, ctx: Context): Decision {
  const request = ctx.config.tag;
  const steps = request?.kind === 'previous' ? request.steps : 1;
  const rb = f.rollback;
  const from = describeValue(f.deployed?.value);
  if (!rb) {
    return keepDeployed(f, 'skip', `not rolled back; ${f.image.name} keeps running ${from}`);
  }
  const back = steps === 1 ? 'the previous deploy' : `${steps} deploys back`;
  if (!rb.target) {
    return fail(
      f,
      'rollback',
      `rolling ${f.image.name} back from ${from} to ${back}`,
      rb.problem ?? 'no earlier deployed value exists',
    );
  }
  const { image, commit, skipped } = rb.target;
  const skippedNote = skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '';
  const written = pinnedWrite(
    f,
    ctx,
    'rollback',
    `rolling ${f.image.name} back from ${from} to ${describeValue(rb.target.value)}, deployed by ${commit.slice(0, 7)}${skippedNote}`,
    image,
    [],
    envTags(ctx),
  );
  return gated(f, ctx, written, 'digest');
}

/** mode build: build every (selected) image; a tag already built is not rebuilt. */
function buildMode(f: ImageFacts, ctx: Context): Decision {
  const planned = f.requested?.tag;
  const reason = ctx.config.matrixImage
    ? `matrix build of ${f.image.name}`
    : 'mode "build" builds every image';
  if (planned === undefined) return build(f, ctx, reason);
  // A matrix job builds the tag its plan chose; that tag (not this run's own) tells whether
  // an earlier attempt built it already.
  const requested = f.requested?.image;
  if (isProblem(requested)) return fail(f, 'build', reason, requested.problem);
  return build(f, ctx, reason, ctx.extra, { tag: planned, image: requested });
}

/** mode reuse: what the overlay runs (or the requested ref) must exist; nothing is built. */
function reuseMode(f: ImageFacts, ctx: Context): Decision {
  if (f.requested) return redeploy(f, f.requested, ctx);
  if (!f.deployed) {
    return fail(
      f,
      'reuse',
      'mode "reuse"',
      `the overlay has no value for ${f.image.name} and no tag was given`,
    );
  }
  const kept = keepDeployed(
    f,
    'reuse',
    `mode "reuse": ${f.image.name} keeps running ${describeValue(f.deployed.value)}`,
  );
  return gated(f, ctx, kept, 'digest');
}

/** mode promote: the source overlay's (or the requested) image goes to the target. */
function promoteMode(f: ImageFacts, ctx: Context): Decision {
  const { facts, policy } = ctx;
  const env = policy.env().map((t) => ({ tag: t, mutable: true }));
  if (facts.gate && !facts.gate.ok) return fail(f, 'promote', 'promotion', facts.gate.reason);
  if (f.requested) {
    const reason = `promoting the requested ${describeRequested(f, f.requested)}`;
    const image = requestedImage(f, f.requested, 'promote', reason);
    if ('kind' in image) return image;
    return gated(f, ctx, promoteInto(f, ctx, image, reason, env, f.requested.as), 'digest');
  }
  const source = f.promoteSource;
  if (!source) {
    return keepDeployed(
      f,
      'skip',
      `the source overlay does not run ${f.image.name}; it keeps running ${describeValue(f.deployed?.value)}`,
    );
  }
  const reason = `promoting ${describeValue(source.value)} from ${source.overlay}`;
  const problem = lookupError(source.image);
  if (problem) return fail(f, 'promote', reason, problem);
  const image = found(source.image);
  if (!image) {
    return fail(
      f,
      'promote',
      reason,
      `${source.repository.name}:${describeValue(source.value)} is not in the registry`,
    );
  }
  if (source.value.tag === undefined) {
    return fail(
      f,
      'promote',
      reason,
      `the source pins only a digest for ${f.image.name}; add its tag next to the digest in ${source.overlay}`,
    );
  }
  return gated(f, ctx, promoteInto(f, ctx, image, reason, env), 'digest');
}

/**
 * Puts `image` into the image's own repository: as it is (same repository), or copied from
 * another repository (blob mounts, no pull) under its tag — or under `as`, which is then
 * added like any immutable tag (never moved unless allow-tag-overwrite).
 */
function promoteInto(
  f: ImageFacts,
  ctx: Context,
  image: RegistryImage,
  reason: string,
  env: TagWrite[],
  as?: string,
): Decision {
  const cross = image.repository.name !== f.image.repository.name;
  if (!cross && as === undefined) return pinnedWrite(f, ctx, 'promote', reason, image, [], env);
  const tag = as ?? image.tag;
  if (!tag) {
    return fail(
      f,
      'promote',
      reason,
      `${image.repository.name}@${short(image.digest)}… has no tag to copy it under into ${f.image.repository.name}; name one (REF -> TAG)`,
    );
  }
  const target: RegistryImage =
    as === undefined
      ? { ...image, repository: f.image.repository }
      : { ...image, repository: f.image.repository, tag: as, tagDigest: image.digest };
  return pinnedWrite(
    f,
    ctx,
    'promote',
    `${reason}${cross ? ` (copied from ${image.repository.name})` : ''}`,
    target,
    [tag],
    env,
    cross ? image : undefined,
  );
}

/** from-plan: the deploy job of a fan-out carries out what the plan decided. */
function fromPlan(f: ImageFacts, ctx: Context): Decision {
  const planned = f.planned;
  if (!planned) throw new Error('internal error: fromPlan without a plan entry');
  const later = planned.addTags.map((tag) => ({
    tag,
    mutable: ctx.policy.mutableReason(tag) !== undefined,
  }));
  const reason = `applying the plan: ${planned.decision}${planned.tag ? ` ${planned.tag}` : ''}`;
  // The plan built or promoted an image of this source; its other images are redeploys.
  const need: TrustNeed =
    planned.decision === 'build' || planned.decision === 'promote' ? 'source' : 'digest';
  if (planned.decision === 'skip' && planned.tag === '') {
    return { kind: 'keep-unverified', image: f.image, reason };
  }
  if (planned.decision === 'promote' && planned.digest) {
    // The planned promotion happens here, on the digest the plan found; the planned tag
    // (a release or this run's tag) moves with the other later tags, once all is verified.
    // A planned tag that names another image by now is never moved: fail before anything.
    const now = f.requested?.image;
    if (isProblem(now)) return fail(f, 'promote', reason, now.problem);
    if (now && now.digest !== planned.digest) {
      return fail(
        f,
        'promote',
        reason,
        `${f.image.repository.name}:${planned.tag} already names another image (${short(now.digest)}…), not the planned ${short(planned.digest)}…; tags are never moved`,
      );
    }
    const promoted: Decision = {
      kind: 'tag',
      name: 'promote',
      image: f.image,
      reason,
      target: { repository: f.image.repository, tag: '', digest: planned.digest },
      addTags: [],
      laterTags: [
        { tag: planned.tag, mutable: ctx.policy.mutableReason(planned.tag) !== undefined },
        ...later,
      ],
      write: { tag: planned.tag },
    };
    return gated(f, ctx, promoted, need);
  }
  const requested = f.requested;
  const problem = requested ? lookupError(requested.image) : undefined;
  if (problem) return fail(f, planned.decision, reason, problem);
  const image = found(requested?.image);
  if (!image) {
    return fail(
      f,
      planned.decision,
      reason,
      `${f.image.repository.name}:${planned.tag} is not in the registry; did its build job succeed?`,
    );
  }
  if (
    planned.decision === 'skip' ||
    (planned.decision === 'reuse' && f.deployed?.value.tag === planned.tag)
  ) {
    const keep: Decision = {
      kind: 'keep',
      name: planned.decision === 'skip' ? 'skip' : 'reuse',
      image: f.image,
      reason,
      target: image,
    };
    return gated(f, ctx, keep, need);
  }
  const addTags = planned.decision === 'build' ? sourceTagToAdd(f, ctx.policy) : [];
  const applied: Decision = {
    kind: 'tag',
    name: planned.decision,
    image: f.image,
    reason,
    target: image,
    addTags,
    laterTags: later.filter((t) => !addTags.includes(t.tag)),
    write: { tag: planned.tag },
  };
  return gated(f, ctx, applied, need);
}

// ---------------------------------------------------------------------------------------
// Shared values

/** The tag a decision writes, or undefined when it keeps the overlay value. */
function writtenTag(d: Decision): string | undefined {
  return d.kind === 'tag' || d.kind === 'build' ? d.write.tag : undefined;
}

/**
 * Images that share one overlay value (e.g. Helm `global.imageTag`) must each hold the
 * written tag before it is written: an image that keeps what it runs gets the tag on its
 * current digest (a retag, no build). When that cannot be done (push: false, or the tag
 * names another image there), every image of the group fails and nothing is written.
 */
function sharedValues(decisions: Decision[], input: DecideInput): Decision[] {
  const { facts, config } = input;
  const slotOf = new Map<string, string>();
  for (const state of facts.overlays) {
    for (const f of facts.images) {
      const slot = overlaySlot(state, f.image);
      if (slot && !slotOf.has(f.image.name))
        slotOf.set(f.image.name, `${state.overlay.path}#${slot}`);
    }
  }
  const groups = new Map<string, number[]>();
  decisions.forEach((d, i) => {
    const slot = slotOf.get(d.image.name);
    if (slot) groups.set(slot, [...(groups.get(slot) ?? []), i]);
  });
  const out = [...decisions];
  for (const [slot, members] of groups) {
    if (members.length < 2) continue;
    const where = slot.replace('#', ' key ');
    const names = members.map((i) => (out[i] as Decision).image.name).join(', ');
    const tags = [
      ...new Set(members.map((i) => writtenTag(out[i] as Decision)).filter((t) => t !== undefined)),
    ];
    if (tags.length === 0) continue;
    const failAll = (error: string): void => {
      for (const i of members) {
        const d = out[i] as Decision;
        if (d.kind !== 'fail')
          out[i] = fail(facts.images[i] as ImageFacts, nameOf(d), d.reason, error);
      }
    };
    if (tags.length > 1) {
      failAll(
        `${names} share ${where} but would get different tags (${tags.join(', ')}); deploy them together or give each its own key`,
      );
      continue;
    }
    const tag = tags[0] as string;
    for (const i of members) {
      const d = out[i] as Decision;
      if (d.kind !== 'keep') continue;
      const f = facts.images[i] as ImageFacts;
      const there = found(f.tagged.get(tag));
      if (!config.push) {
        failAll(
          `${d.image.name} shares ${where} with the images that change, but push: false cannot add ${tag} to its image`,
        );
        break;
      }
      if (there && there.digest !== d.target.digest) {
        failAll(
          `${d.image.name} shares ${where}, but ${tag} already names another image in ${there.repository.name}; writing it would change what ${d.image.name} runs`,
        );
        break;
      }
      const release = input.policy.release === tag;
      out[i] = {
        kind: 'tag',
        name: 'reuse',
        image: d.image,
        reason: `${d.reason}; it shares ${where} with the images that change, so its current image gets ${tag} too (no build)`,
        target: d.target,
        addTags: [...(release ? [] : [tag]), ...(d.adopt ? [d.adopt] : [])],
        laterTags: release ? [{ tag, mutable: false }] : [],
        write: { tag },
      };
    }
  }
  return out;
}

export function nameOf(d: Decision): DecisionName {
  switch (d.kind) {
    case 'keep':
    case 'tag':
    case 'fail':
      return d.name;
    case 'keep-unverified':
      return 'skip';
    case 'write-unverified':
      return 'reuse';
    case 'build':
      return 'build';
  }
}
