/**
 * Carrying decisions out: builds first, then the registry work that gives existing images
 * their new immutable tags (promotions, adoptions, shared values, copies between
 * repositories). Mutable and release/environment tags wait: they move only once every image
 * is verified (moveLaterTags). Each step returns new outcomes; nothing is changed in place.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildOutcome, BuildRequest } from '../build/types.js';
import { History } from '../changes/history.js';
import { errorMessage } from '../errors.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import type { EngineDeps } from './context.js';
import type { Decision, ImageStatus, RegistryImage, SignatureInfo, TagWrite } from './types.js';

/** An image's state as the run goes on. */
export interface Outcome {
  decision: Decision;
  status: ImageStatus;
  /** The image the environment should run (its digest once known). */
  target?: RegistryImage;
  /** Tags this run added or will add (besides the written tag). */
  added: string[];
  /** Tags whose digest must be re-read before anything is reported or written. */
  relies: { tag: string; digest?: string }[];
  /** Whether this run wrote to the registry for the image (its earlier reads are stale). */
  wrote: boolean;
  /**
   * Tags this image's writes read back after the run's last registry write had finished
   * (set by executeTags, used once by verifyOutcomes): that read-back is the final read.
   */
  readLast?: { tag: string; digest: string }[];
  /** Later tags (release, environment, mutable) that were moved. */
  moved?: string[];
  error?: string;
  /** The signature this run made for the image (sign; src/engine/provenance.ts). */
  signature?: SignatureInfo;
}

/** What the registry steps call out to when signing or verifying is on (src/engine/provenance.ts). */
export interface ExecuteHooks {
  /** After an image was copied into another repository: copy its signatures too. */
  copied?: (from: ImageReference, to: ImageReference, digest: string) => Promise<void>;
}

/**
 * The target's tag, when the run relies on it naming the target: a value pinned to a digest
 * whose (mutable) tag moved on relies on the digest alone.
 */
function targetTag(target: RegistryImage): { tag: string; digest: string }[] {
  return target.tag && target.tagDigest === target.digest
    ? [{ tag: target.tag, digest: target.digest }]
    : [];
}

/** Each tag (with the digest it must name) once, in order. */
function unique(relies: { tag: string; digest: string }[]): { tag: string; digest: string }[] {
  return relies.filter(
    (r, i) => relies.findIndex((o) => o.tag === r.tag && o.digest === r.digest) === i,
  );
}

/** The outcome before anything was executed. */
export function initialOutcome(d: Decision): Outcome {
  switch (d.kind) {
    case 'fail':
      return { decision: d, status: 'failed', added: [], relies: [], wrote: false, error: d.error };
    case 'keep-unverified':
      return { decision: d, status: 'verified', added: [], relies: [], wrote: false };
    case 'write-unverified':
      return { decision: d, status: 'unverified', added: [], relies: [], wrote: false };
    case 'keep':
      return {
        decision: d,
        status: 'planned',
        target: d.target,
        added: d.adopt ? [d.adopt] : [],
        relies: [
          ...targetTag(d.target),
          ...(d.adopt ? [{ tag: d.adopt, digest: d.target.digest }] : []),
        ],
        wrote: false,
      };
    case 'tag':
      return {
        decision: d,
        status: 'planned',
        target: d.target,
        added: [...d.addTags, ...d.laterTags.map((t) => t.tag)].filter((t) => t !== d.write.tag),
        // A promotion under a new tag relies on the tag it adds: read once, not twice.
        relies: unique([
          ...targetTag(d.target),
          ...d.addTags.map((tag) => ({ tag, digest: d.target.digest })),
        ]),
        wrote: false,
      };
    case 'build':
      return {
        decision: d,
        status: 'planned',
        added: [...d.pushTags.slice(1), ...d.laterTags.map((t) => t.tag)].filter(
          (t) => t !== d.write.tag,
        ),
        relies: d.pushTags.map((tag) => ({ tag })),
        wrote: false,
      };
  }
}

/**
 * Images are built from the commit their tag names. When the checkout is elsewhere (the PR
 * merge commit actions/checkout makes by default, the default branch in a workflow_run),
 * that commit is checked out into a temporary worktree; returns its path, or undefined when
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
  await deps.git.worktreeAdd(dir, head);
  deps.logger.info(
    `the checkout is not at ${head.slice(0, 7)} (e.g. GitHub's PR merge commit); building from a worktree of ${head.slice(0, 7)} so the image matches its tag`,
  );
  return dir;
}

/** Runs every build decision; the others pass through unchanged. */
export async function executeBuilds(outcomes: Outcome[], deps: EngineDeps): Promise<Outcome[]> {
  const builds = outcomes.filter(
    (o): o is Outcome & { decision: Extract<Decision, { kind: 'build' }> } =>
      o.decision.kind === 'build' && o.status !== 'failed',
  );
  if (builds.length === 0) return outcomes;
  // src/build loads only when something is built (its own chunk).
  const { ociLabels } = await import('../build/argv.js');
  const labels = ociLabels({
    revision: deps.trigger.head,
    created: deps.now.toISOString(),
    ...(deps.trigger.version ? { version: deps.trigger.version } : {}),
    ...(deps.sourceUrl ? { source: deps.sourceUrl } : {}),
  });
  const requests: BuildRequest[] = builds.map(({ decision: d }) => ({
    image: d.image,
    tags: d.pushTags.map((t) => withTagAndDigest(d.image.repository, t)),
    labels: { 'org.opencontainers.image.version': deps.trigger.version ?? d.write.tag, ...labels },
    push: deps.config.push,
    // Signing: pushed by digest only; the tags come once it is signed (signOutcomes).
    ...(deps.config.sign && deps.config.push ? { untagged: true } : {}),
    cacheFrom: deps.config.cacheFrom,
    cacheTo: deps.config.cacheTo,
  }));
  let results: BuildOutcome[];
  let worktree: string | undefined;
  try {
    worktree = await headWorktree(deps);
    results = await deps.build(requests, worktree ?? deps.config.workspace);
  } catch (err) {
    // No docker, no head commit, or a request no builder can honour: every build fails.
    const error = errorMessage(err);
    return outcomes.map((o) =>
      builds.includes(o as (typeof builds)[number]) ? { ...o, status: 'failed', error } : o,
    );
  } finally {
    if (worktree) {
      await deps.git.worktreeRemove(worktree);
      await rm(worktree, { recursive: true, force: true });
    }
  }
  return outcomes.map((o) => {
    if (o.decision.kind !== 'build' || o.status === 'failed') return o;
    const d = o.decision;
    const result = results.find((r) => r.name === d.image.name);
    if (!result || result.status === 'failed') {
      return {
        ...o,
        status: 'failed',
        error: result?.message ?? 'the build did not report an outcome',
        wrote: true,
      };
    }
    if (!deps.config.push) return { ...o, status: 'built' };
    if (!result.digest) {
      return {
        ...o,
        status: 'failed',
        error: `the build of ${d.image.name} was pushed but no digest is known`,
        wrote: true,
      };
    }
    const digest = result.digest;
    return {
      ...o,
      status: 'pushed',
      wrote: true,
      target: { repository: d.image.repository, tag: d.pushTags[0] ?? d.write.tag, digest },
      relies: o.relies.map((r) => ({ ...r, digest })),
    };
  });
}

/** Adds immutable tags to existing images (promotions, adoptions, shared values, copies). */
export async function executeTags(
  outcomes: Outcome[],
  deps: EngineDeps,
  hooks: ExecuteHooks = {},
): Promise<Outcome[]> {
  // Writes finish in some order; each tag written (and read back by the registry layer)
  // remembers how many had finished with it, so the ones after the last write are known.
  let finished = 0;
  const readBack = new Map<Outcome, { tag: string; digest: string; at: number }[]>();
  const done = await Promise.all(
    outcomes.map(async (o): Promise<Outcome> => {
      const d = o.decision;
      if (o.status === 'failed' || !o.target) return o;
      const tags = d.kind === 'tag' ? d.addTags : d.kind === 'keep' && d.adopt ? [d.adopt] : [];
      const copyFrom = d.kind === 'tag' ? d.copyFrom : undefined;
      if (tags.length === 0 && !copyFrom) return o;
      const target = o.target;
      try {
        const registry = await deps.registries.forReference(target.repository);
        const source = withTagAndDigest(copyFrom ?? target.repository, undefined, target.digest);
        for (const tag of tags) {
          const to = withTagAndDigest(target.repository, tag);
          const done =
            copyFrom && copyFrom.name !== target.repository.name
              ? await registry.copy(source, to, { allowOverwrite: deps.config.allowTagOverwrite })
              : await registry.addTag(source, tag, {
                  allowOverwrite: deps.config.allowTagOverwrite,
                });
          if (done.descriptor.digest !== target.digest) {
            throw new Error(
              `${formatReference(to)} got ${done.descriptor.digest}, not ${target.digest}`,
            );
          }
          if (!done.changed)
            deps.logger.info(`${formatReference(to)} already is ${target.digest}; nothing to do`);
          finished++;
          const reads = readBack.get(o) ?? [];
          reads.push({ tag, digest: target.digest, at: finished });
          readBack.set(o, reads);
        }
        if (copyFrom && copyFrom.name !== target.repository.name && hooks.copied) {
          await hooks.copied(copyFrom, target.repository, target.digest);
          finished++;
        }
        return { ...o, wrote: true, status: o.status === 'planned' ? 'pushed' : o.status };
      } catch (err) {
        finished++;
        return { ...o, status: 'failed', error: errorMessage(err), wrote: true };
      }
    }),
  );
  return done.map((o, i) => {
    const last = (readBack.get(outcomes[i] as Outcome) ?? []).filter((r) => r.at === finished);
    return last.length > 0 && o.status !== 'failed'
      ? { ...o, readLast: last.map(({ tag, digest }) => ({ tag, digest })) }
      : o;
  });
}

/**
 * Release, environment and mutable tags, once every image is verified: first the immutable
 * ones (release tags, a plan's tags) of every image — they may be refused — and only when all
 * of those landed, the ones that move (environment tags, `latest`, branch tags).
 */
export async function moveLaterTags(outcomes: Outcome[], deps: EngineDeps): Promise<Outcome[]> {
  const immutable = await moveTags(outcomes, deps, false);
  if (immutable.some((o) => o.status === 'failed')) return immutable;
  return moveTags(immutable, deps, true);
}

async function moveTags(
  outcomes: Outcome[],
  deps: EngineDeps,
  mutableOnes: boolean,
): Promise<Outcome[]> {
  return Promise.all(
    outcomes.map(async (o): Promise<Outcome> => {
      const d = o.decision;
      const later: TagWrite[] = (d.kind === 'tag' || d.kind === 'build' ? d.laterTags : []).filter(
        (t) => t.mutable === mutableOnes,
      );
      if (later.length === 0 || !o.target || o.status === 'failed') return o;
      const target = o.target;
      try {
        const registry = await deps.registries.forReference(target.repository);
        for (const { tag, mutable } of later) {
          const done = await registry.addTag(
            withTagAndDigest(target.repository, undefined, target.digest),
            tag,
            {
              allowOverwrite: mutable || deps.config.allowTagOverwrite,
            },
          );
          if (done.descriptor.digest !== target.digest) {
            throw new Error(
              `${target.repository.name}:${tag} got ${done.descriptor.digest}, not ${target.digest}`,
            );
          }
        }
        return {
          ...o,
          wrote: true,
          moved: [...(o.moved ?? []), ...later.map((t) => t.tag)],
          relies: [
            ...o.relies,
            ...later.filter((t) => !t.mutable).map((t) => ({ tag: t.tag, digest: target.digest })),
          ],
        };
      } catch (err) {
        return {
          ...o,
          status: 'failed',
          error: `moving ${later.map((t) => t.tag).join(', ')}: ${errorMessage(err)}`,
          wrote: true,
        };
      }
    }),
  );
}
