/**
 * Which facts a run needs, from its Config and Trigger alone (pure). The facts phase
 * gathers nothing else: a redeploy, a rollback, `resolve` or `promote` never lists the
 * commit's tree or asks the registry for source tags, and a run without overlays that
 * reads no source never touches git.
 *
 *   tree        the head commit's tree, the source keys and the typo checks of contexts,
 *               Dockerfiles and `paths` (the auto rule, releases, build mode, a plan's builds)
 *   sourceTags  the registry's answer for each source tag (the auto rule, releases)
 *   primary     this run's own tag (a re-run finds its build; a promotion must not move it)
 *   release     the release tag (tag pushes and releases)
 *   comparison  the deployed commits and what changed since (reuse vs skip, adoption)
 *   gate        is the tagged commit on the default branch (releases, promote on a tag)
 *   rollback    the overlay's history (`previous`)
 *   records     the environment's deploy records (overlay trailers, GitHub Deployments):
 *               which commit's configuration runs (reuse vs skip) and which images a
 *               rollback holds (the auto rule on branches)
 *   recordKeys  the head's source keys for the record a redeploy or rollback writes (the
 *               hold it starts is against them); no typo checks: a rollback is never
 *               stopped by a context that no longer exists
 *   labels      the revision label of the image a source tag names, for the reason's "built
 *               from <commit>" (a manifest and a config blob per image); `plan` leaves it out,
 *               so a plan asks the registry for no more than its two tags per image
 *
 * `image-promote sign` (sign-requested) needs the tree too: the statement names the source.
 */
import type { Config } from '../config/types.js';
import type { Trigger } from '../event/trigger.js';

export interface FactNeeds {
  tree: boolean;
  sourceTags: boolean;
  primary: boolean;
  release: boolean;
  comparison: boolean;
  gate: boolean;
  rollback: boolean;
  records: boolean;
  recordKeys: boolean;
  labels: boolean;
}

const NONE: FactNeeds = {
  tree: false,
  sourceTags: false,
  primary: false,
  release: false,
  comparison: false,
  gate: false,
  rollback: false,
  records: false,
  recordKeys: false,
  labels: false,
};

/** The run writes overlays, so it writes a record (the same rule as decide's writesOverlays). */
function writesRecord(
  config: Pick<Config, 'writeOverlay' | 'commit' | 'mode' | 'dryRun'>,
): boolean {
  return (
    (config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan' && !config.dryRun
  );
}

function releaseTrigger(trigger: Pick<Trigger, 'kind' | 'deleted'>): boolean {
  return (trigger.kind === 'tag' || trigger.kind === 'release') && !trigger.deleted;
}

type NeedsConfig = Pick<
  Config,
  'mode' | 'tag' | 'fromPlan' | 'writeOverlay' | 'commit' | 'dryRun' | 'signRequested'
>;

export function factNeeds(
  config: NeedsConfig,
  trigger: Pick<Trigger, 'kind' | 'deleted'>,
): FactNeeds {
  const needs = byMode(config, trigger);
  // Only the reason's "built from" reads the label: worth a request, except in a plan.
  const labels = needs.sourceTags && config.mode !== 'plan';
  // image-promote sign states the requested image's source: its key at the head commit.
  return { ...needs, labels, ...(config.signRequested ? { tree: true } : {}) };
}

function byMode(config: NeedsConfig, trigger: Pick<Trigger, 'kind' | 'deleted'>): FactNeeds {
  const recordKeys = writesRecord(config);
  // A fan-out deploy job applies its plan: the planned builds get their source tags.
  if (config.fromPlan) return { ...NONE, tree: true, sourceTags: true };
  switch (config.mode) {
    case 'build':
      return { ...NONE, tree: true, sourceTags: true, primary: config.tag === undefined };
    case 'reuse':
      return { ...NONE, recordKeys: recordKeys && config.tag !== undefined };
    case 'rollback':
      return { ...NONE, rollback: true, recordKeys };
    case 'promote':
      return { ...NONE, gate: releaseTrigger(trigger) };
    case 'auto':
    case 'plan':
      break;
  }
  if (trigger.deleted) return NONE;
  if (config.tag?.kind === 'previous') return { ...NONE, rollback: true, recordKeys };
  if (config.tag?.kind === 'refs') return { ...NONE, recordKeys };
  if (releaseTrigger(trigger)) {
    // The adoption of an image built before source tags needs the deployed commit's key.
    return { ...NONE, tree: true, sourceTags: true, release: true, comparison: true, gate: true };
  }
  return {
    ...NONE,
    tree: true,
    sourceTags: true,
    primary: true,
    comparison: true,
    records: true,
  };
}
