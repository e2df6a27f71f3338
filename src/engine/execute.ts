/** Carrying out the decisions: builds, registry promotions, and the final verification. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ociLabels } from '../build/argv.js';
import type { BuildOutcome, BuildRequest } from '../build/types.js';
import { History } from '../changes/history.js';
import { errorMessage } from '../errors.js';
import { isMutableTag } from '../plan.js';
import { formatReference, withTagAndDigest } from '../reference.js';
import { exists, fail, refFor, type EngineDeps, type Settled } from './context.js';

/**
 * Images are built from the commit their tag names. When the checkout is elsewhere (the
 * PR merge commit actions/checkout makes by default, the default branch in a workflow_run),
 * that commit is checked out into a temporary worktree. Returns its path, or undefined when
 * the workspace already is the head commit.
 */
export async function headWorktree(deps: EngineDeps): Promise<string | undefined> {
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

export async function executeBuilds(settled: Settled[], deps: EngineDeps): Promise<void> {
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

export async function executePromotions(settled: Settled[], deps: EngineDeps): Promise<void> {
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
export async function verifyAll(
  settled: Settled[],
  deps: EngineDeps,
  planning: boolean,
): Promise<void> {
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
