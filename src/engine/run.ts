/**
 * One run of the engine: detect changes, decide, settle decisions against the registry
 * and git history, build/promote, verify, and only then write overlays. Used by the
 * action (main.ts) and the CLI (cli/plan.ts). Nothing is written to an overlay unless
 * every image is verified in the registry.
 */
import type { ImageChange } from '../changes/classify.js';
import type { ChangeSet } from '../changes/detect.js';
import { errorMessage } from '../errors.js';
import { readOverlay } from '../overlay/overlay-files.js';
import type { ImageValue, OverlayState } from '../overlay/types.js';
import { planImages, type DeployedRef } from '../plan.js';
import { detectPerImage } from './changes.js';
import type { EngineDeps, Settled } from './context.js';
import { executeBuilds, executePromotions, verifyAll } from './execute.js';
import { applyOverlays } from './overlays.js';
import { scopeRollback, settle, settleFromPlan } from './settle.js';
import type { RunResult } from './types.js';

export async function runEngine(deps: EngineDeps): Promise<RunResult> {
  const { config, logger } = deps;
  // What the target overlays run now: an image's value comes from the first overlay that has it.
  const states: OverlayState[] = [];
  for (const overlay of config.overlays) states.push(await readOverlay(overlay, config.images));
  for (const w of states.flatMap((s) => s.warnings)) logger.warning(w);
  const deployed = new Map<string, DeployedRef>();
  for (const state of states) {
    for (const [name, value] of state.images)
      if (!deployed.has(name) && value.found) deployed.set(name, deployedRef(value.value));
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
      for (const [name, value] of state.images)
        if (value.found) source.set(name, deployedRef(value.value));
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
  if ((config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan') {
    try {
      await applyOverlays(settled, states, deps, result);
    } catch (err) {
      // Reported like an image failure, so the outputs and summary are still written.
      result.failure = `updating the overlay failed: ${errorMessage(err)}`;
    }
  }
  return result;
}

/** An overlay value as the planner's DeployedRef (`repository` was called `newName`). */
function deployedRef(value: ImageValue): DeployedRef {
  const ref: DeployedRef = {};
  if (value.repository !== undefined) ref.newName = value.repository;
  if (value.tag !== undefined) ref.tag = value.tag;
  if (value.digest !== undefined) ref.digest = value.digest;
  return ref;
}
