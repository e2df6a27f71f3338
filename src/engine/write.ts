/**
 * Writing verified refs into the overlays and getting the change where it belongs. Runs
 * only when every image is verified. All edits are planned from the state read while
 * gathering facts (each re-parsed by the planner) before any file is written; every write
 * re-checks that it stays inside the workspace (or the clone of overlay-repository). The
 * commit goes to the repository that holds each file, one per repository: pushed with the
 * rebase-retry loop, or proposed as a pull request.
 */
import { commitMessageChange, renderCommitMessage } from '../overlay/commit-message.js';
import { appendRecordTrailers } from '../record/trailers.js';
import type { DeployRecord } from '../record/types.js';
import { planOverlayEdit, writeOverlayEdits } from '../overlay/overlay-files.js';
import type { ImageUpdate, OverlayChange, OverlayEdit, OverlayState } from '../overlay/types.js';
import { writeBackAll, type WriteBackOptions } from '../gitops/index.js';
import type { EngineDeps } from './context.js';
import type { Outcome } from './execute.js';
import { canHold, readOverlayFor, updatesFor } from './overlay-state.js';
import type { Placement } from './placement.js';
import type { RepositoryCommit, RunFacts } from './types.js';

export interface WriteResult {
  files: string[];
  changed: boolean;
  commits: RepositoryCommit[];
  /** Per image, what changed in which overlay. */
  changes: (OverlayChange & { overlay: string })[];
  /** The new content of each changed overlay. */
  texts: { path: string; after: Buffer }[];
}

/**
 * The overlay updates of verified images whose value changes — and, with pin-digest, of
 * images that keep their value but do not carry its verified digest yet.
 */
export function overlayUpdates(
  outcomes: readonly Outcome[],
  facts: RunFacts,
  pinDigest: boolean,
): ImageUpdate[] {
  const updates: ImageUpdate[] = [];
  for (const o of outcomes) {
    const d = o.decision;
    if (d.kind === 'write-unverified' && o.status === 'unverified') {
      const { repository, tag, digest } = d.write;
      updates.push({
        image: d.image,
        repository: repository.name,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
        // A tag given with its digest goes in with it.
        ...(tag && digest ? { pin: true } : {}),
      });
      continue;
    }
    if (o.status !== 'verified' || !o.target) continue;
    const repository = o.target.repository.name;
    if (d.kind === 'keep') {
      const value = facts.images.find((f) => f.image.name === d.image.name)?.deployed?.value;
      if (pinDigest && value?.tag && value.digest !== o.target.digest) {
        updates.push({ image: d.image, repository, tag: value.tag, digest: o.target.digest });
      }
      continue;
    }
    if (d.kind !== 'tag' && d.kind !== 'build') continue;
    const digest = d.kind === 'tag' ? (d.write.digest ?? o.target.digest) : o.target.digest;
    // A value with no tag (a digest alone) is written as the digest.
    const tag = d.write.tag;
    // A tag written with its digest is pinned (a tag that moves, or one given pinned).
    const pin = d.kind === 'tag' && d.write.digest !== undefined && tag !== undefined;
    updates.push({
      image: d.image,
      repository,
      ...(tag !== undefined ? { tag } : {}),
      digest,
      ...(pin ? { pin } : {}),
    });
  }
  return updates;
}

/**
 * Which overlay each update goes to: the first one that names the image, else the first that
 * can hold it (kustomize, or a key for the file), else the first.
 */
function assign(states: readonly OverlayState[], updates: readonly ImageUpdate[]) {
  return states
    .map((state, i) => ({
      state,
      updates: updates.filter((u) => {
        const holders = states.filter((s) => s.images.get(u.image.name)?.found);
        if (holders.length > 0) return holders.includes(state);
        const able = states.findIndex((s) => canHold(s, u.image));
        return i === (able === -1 ? 0 : able);
      }),
    }))
    .filter((a) => a.updates.length > 0);
}

/** A markdown table of the change, for a pull request's body. */
function changeTable(changes: readonly OverlayChange[]): string {
  if (changes.length === 0) return '';
  const rows = changes.map((c) => `| ${c.image} | ${c.from ?? '(none)'} | ${c.to} |`);
  return ['| Image | From | To |', '| --- | --- | --- |', ...rows].join('\n');
}

export async function writeOverlays(
  outcomes: readonly Outcome[],
  facts: RunFacts,
  deps: EngineDeps,
  placement: Placement,
  /** The record of this deploy: its trailers end the commit message (docs/record.md). */
  record?: DeployRecord,
): Promise<WriteResult> {
  const { config, policy } = deps;
  const updates = overlayUpdates(outcomes, facts, config.pinDigest);
  if (updates.length === 0)
    return { files: [], changed: false, commits: [], changes: [], texts: [] };
  const options = {
    pinDigest: config.pinDigest,
    createMissing: config.createMissing,
    // set-image --no-verify applies no tag rule (there is no digest to pin with).
    isImmutable: (tag: string) => !config.registryCheck || policy.isImmutable(tag),
  };
  const plan = (states: readonly OverlayState[]): OverlayEdit[] =>
    assign(states, updates).map(({ state, updates: mine }) =>
      planOverlayEdit(state, updatesFor(state, mine), options),
    );
  const edits = plan(facts.overlays);
  const changed = edits.filter((e) => e.changed);
  const planned = {
    files: changed.map((e) => e.overlay.path),
    changed: changed.length > 0,
    changes: edits.flatMap((e) => e.changes.map((c) => ({ ...c, overlay: e.overlay.path }))),
    texts: changed.map((e) => ({ path: e.overlay.path, after: e.after })),
  };
  if (config.dryRun) return { ...planned, commits: [] };
  await writeOverlayEdits(changed, { root: placement.root });
  const target = placement.writeBack;
  if (!target) return { ...planned, commits: [] };

  // Commit where each file lives; with nothing changed, the repository still tells which
  // commit (or pull request) already holds the change.
  const targetFiles = edits.map((e) => e.overlay.file);
  const changes = edits.flatMap((e) => e.changes);
  const subject = renderCommitMessage(config.commitMessage, {
    ...(config.environment ? { environment: config.environment } : {}),
    sha: deps.trigger.head,
    changes: changes.map(commitMessageChange),
  });
  const body =
    config.commit === 'pull-request' && changes.length > 0
      ? `${subject}\n\n${changeTable(changes)}\n\nProposed by image-promote for ${deps.trigger.head.slice(0, 7)}.`
      : subject;
  const message = record ? appendRecordTrailers(body, record) : body;
  // A retry re-reads the files one repository holds (reset to its branch's content) and
  // plans all overlays again — so every image still goes to the overlay that names it — then
  // writes only those files.
  const reapply = async (held: readonly string[]): Promise<void> => {
    const states = await Promise.all(
      facts.overlays.map(async (s) =>
        held.includes(s.overlay.file) ? readOverlayFor(s.overlay, config.images) : s,
      ),
    );
    await writeOverlayEdits(
      plan(states).filter((e) => e.changed && held.includes(e.overlay.file)),
      { root: placement.root },
    );
  };
  const token = config.overlayRepository ? config.overlayRepository.token : config.githubToken;
  const writeOptions: WriteBackOptions = {
    mode: target.mode,
    message,
    author: deps.author,
    reapply,
    logger: deps.logger,
    ...(deps.tally ? { tally: deps.tally } : {}),
    ...(config.commit === 'pull-request'
      ? {
          pullRequest: {
            branch: config.pullRequestBranch,
            ...(token ? { token } : {}),
            env: deps.env,
          },
        }
      : {}),
  };
  // The repositories were located (and checked) before anything was built or written.
  const groups = target.groups
    .map((g) => ({ ...g, files: g.files.filter((f) => targetFiles.includes(f)) }))
    .filter((g) => g.files.length > 0);
  const results = await writeBackAll(groups, writeOptions);
  return { ...planned, commits: results };
}
