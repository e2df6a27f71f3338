/**
 * One run of the engine, used by the action (src/main.ts) and the CLI: gather facts, decide
 * (pure), execute, verify, write. Each phase returns new values. Nothing is written to an
 * overlay, and no release, environment or mutable tag moves, unless every image is verified.
 */
import { InputError, UserError, errorMessage } from '../errors.js';
import { TriggerError } from '../event/trigger.js';
import { mutableTagRefusal } from '../tags/policy.js';
import type { EngineDeps } from './context.js';
import { decide, describeValue, nameOf, writesOverlays } from './decide.js';
import {
  executeBuilds,
  executeTags,
  initialOutcome,
  moveLaterTags,
  type ExecuteHooks,
  type Outcome,
} from './execute.js';
import { gatherFacts, selectedImages } from './facts.js';
import { placeOverlays, type Placement } from './placement.js';
import type { TrustRun } from './provenance.js';
import { verifiedSignature } from './trust.js';
import type { ImageResult, RunFacts, RunResult } from './types.js';
import { verifyOutcomes } from './verify.js';

/** Checks that need no facts, made before anything is built or pushed. */
export function preflight(deps: Pick<EngineDeps, 'config' | 'trigger' | 'policy'>): void {
  const { config, trigger, policy } = deps;
  // set-image --no-verify applies no tag rule (kustomize's behaviour).
  if (config.tag?.kind === 'refs' && !config.pinDigest && config.registryCheck) {
    // The tag policy's rule, before any registry call: the run deploys what the input names
    // (a tag given with its digest is pinned already).
    for (const ref of [config.tag.all, ...Object.values(config.tag.byImage)]) {
      const t = ref?.digest === undefined ? ref?.tag : undefined;
      const why = t === undefined ? undefined : policy.mutableReason(t);
      if (why) {
        throw new InputError(
          'tag',
          mutableTagRefusal(
            why,
            'give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true (--pin-digest) to deploy it pinned to the digest it has now',
          ),
        );
      }
    }
  }
  if (config.commit !== 'none' && trigger.pullRequest && config.mode !== 'plan') {
    // It would push the overlay onto the PR's branch (or, for a fork, a branch of that name here).
    throw new UserError(
      `input 'commit': ${config.commit === 'push' ? 'true' : config.commit} does not apply to pull request events — use write-overlay to render a preview, or run the deploy on push`,
    );
  }
}

/**
 * sign / verify: the signer and policy (src/engine/provenance.ts, loaded only then), checked
 * before anything else happens.
 */
async function prepareTrust(deps: EngineDeps): Promise<TrustRun | undefined> {
  if (deps.config.sign === undefined && deps.config.verify === undefined) return undefined;
  return (await import('./provenance.js')).prepareTrust(deps);
}

export async function runEngine(deps: EngineDeps): Promise<RunResult> {
  const result = await runCounted(deps);
  const requests = deps.tally?.counts();
  if (requests?.length) result.requests = requests;
  return result;
}

async function runCounted(deps: EngineDeps): Promise<RunResult> {
  let placement: Placement;
  let trust: TrustRun | undefined;
  try {
    preflight(deps);
    trust = await prepareTrust(deps);
    placement = await placeOverlays(deps);
  } catch (err) {
    return notAttempted(deps, err);
  }
  try {
    const result = await runPlaced(deps, placement, trust);
    if (deps.summary) await addPicture(deps, placement, result);
    return result;
  } finally {
    await placement.cleanup();
  }
}

/** The environments picture for the job summary (src/engine/record.ts); never fails the run. */
async function addPicture(deps: EngineDeps, placement: Placement, result: RunResult) {
  try {
    const { environmentsPicture } = await import('./record.js');
    const picture = await environmentsPicture(deps, placement, result);
    if (picture) result.picture = picture;
  } catch (err) {
    deps.logger.debug(`the environments picture: ${errorMessage(err)}`);
  }
}

async function runPlaced(
  deps: EngineDeps,
  placement: Placement,
  trust: TrustRun | undefined,
): Promise<RunResult> {
  const { config } = deps;
  const planning = config.mode === 'plan' || config.dryRun;
  let facts: RunFacts;
  try {
    facts = await gatherFacts(deps, placement);
    // verify: signature — every digest the decision may use, checked before deciding.
    if (trust) facts = await (await import('./provenance.js')).verifyCandidates(facts, deps, trust);
  } catch (err) {
    // Nothing was attempted; the outputs still say so for every image.
    return notAttempted(deps, err);
  }
  const decisions = decide({ config, trigger: deps.trigger, policy: deps.policy, facts });
  let outcomes = decisions.map(initialOutcome);
  if (!planning) {
    outcomes = await executeBuilds(outcomes, deps);
    let hooks: ExecuteHooks = {};
    if (trust) {
      const provenance = await import('./provenance.js');
      // sign: what was built is signed before any of its tags exist, then tagged.
      outcomes = await provenance.signOutcomes(outcomes, facts, deps, trust);
      // A copy into another repository takes its signatures along.
      hooks = { copied: provenance.copySignatures(deps, trust) };
    }
    if (config.push) outcomes = await executeTags(outcomes, deps, hooks);
  }
  outcomes = await verifyOutcomes(outcomes, deps, { planning: planning || !config.push });
  if (!planning && config.push && !outcomes.some((o) => o.status === 'failed')) {
    // Release, environment and mutable tags move only now, and are read back (when none
    // moved, the verification above was the last word).
    const moved = await moveLaterTags(outcomes, deps);
    if (moved.some((o, i) => o !== outcomes[i]))
      outcomes = await verifyOutcomes(moved, deps, { planning: false });
  }
  const result: RunResult = {
    images: outcomes.map((o) => imageResult(o, facts)),
    overlayChanged: false,
    overlayFiles: [],
    overlayChanges: [],
    overlayTexts: [],
    commits: [],
    dryRun: config.dryRun,
    planning: planning || !config.push,
    ...(facts.changes ? { changes: facts.changes } : {}),
  };
  const failed = result.images.filter((i) => i.status === 'failed');
  if (failed.length > 0) {
    const first = failed[0] as ImageResult;
    const held = outcomes.flatMap((o) =>
      o.decision.kind === 'tag' || o.decision.kind === 'build'
        ? o.decision.laterTags.map((t) => t.tag).filter((t) => !o.moved?.includes(t))
        : [],
    );
    result.failureKind = 'run';
    result.failure =
      `${first.name}: ${first.error ?? first.reason}` +
      (failed.length > 1
        ? ` (and ${failed.length - 1} more image(s) failed: ${failed
            .slice(1)
            .map((f) => f.name)
            .join(', ')})`
        : '') +
      '. No overlay was written' +
      (held.length > 0 ? ` and ${[...new Set(held)].join(', ')} did not move` : '') +
      '.';
    return result;
  }
  if (writesOverlays(config)) {
    // The record of this deploy (trailers, a GitHub Deployment in progress): src/engine/record.ts.
    const { startRecord } = await import('./record.js');
    const recorder = await startRecord(outcomes, facts, deps);
    if (recorder.record) result.record = recorder.record;
    try {
      // Overlay edits and the git/GitHub write-back load only when something may be written.
      const { writeOverlays } = await import('./write.js');
      const written = await writeOverlays(outcomes, facts, deps, placement, recorder.record);
      result.overlayChanged = written.changed;
      result.overlayFiles = written.files;
      result.overlayChanges = written.changes;
      result.overlayTexts = written.texts;
      result.commits = written.commits;
    } catch (err) {
      // Reported like an image failure, so the outputs and summary are still written.
      result.failure = `updating the overlay failed: ${errorMessage(err)}`;
      result.failureKind = err instanceof InputError ? 'input' : 'run';
    }
    await recorder.finish(result);
  }
  return result;
}

function imageResult(o: Outcome, facts: RunFacts): ImageResult {
  const d = o.decision;
  const f = facts.images.find((x) => x.image.name === d.image.name);
  const writes = d.kind === 'tag' || d.kind === 'build' || d.kind === 'write-unverified';
  const tag = writes ? (d.write.tag ?? o.target?.tag) : o.target?.tag || undefined;
  const reason = d.reason;
  const result: ImageResult = {
    name: d.image.name,
    repository: d.image.repository.name,
    decision: nameOf(d),
    reason,
    change: f?.comparison.change.kind ?? 'none',
    status: o.status,
    addedTags: o.added,
    write: writes,
  };
  if (f && 'key' in f.source) result.source = f.source.key;
  if (tag) result.tag = tag;
  const pinned = d.kind === 'tag' || d.kind === 'write-unverified' ? d.write.digest : undefined;
  const digest = pinned ?? o.target?.digest;
  if (digest) result.digest = digest;
  if (o.target?.mediaType !== undefined && o.target.digest === digest) {
    result.mediaType = o.target.mediaType;
    if (o.target.size !== undefined) result.size = o.target.size;
  }
  if (o.error) result.error = o.error;
  if (d.kind === 'keep' && d.held) result.held = d.held;
  const signature = o.signature ?? verifiedSignature(facts, d);
  if (signature) result.signature = signature;
  if (f?.deployed) result.from = describeValue(f.deployed.value);
  if (f?.comparison.base) result.base = f.comparison.base;
  if (f) result.baseRule = f.comparison.rule;
  return result;
}

/** A run that stopped before deciding: every image says so, and why (`err`). */
function notAttempted(deps: EngineDeps, err: unknown): RunResult {
  return {
    images: selectedImages(deps.config).map((image) => ({
      name: image.name,
      repository: image.repository.name,
      decision: 'not-attempted',
      reason: 'not attempted: the run stopped before deciding',
      change: 'none',
      status: 'not-attempted',
      addedTags: [],
      write: false,
    })),
    overlayChanged: false,
    overlayFiles: [],
    overlayChanges: [],
    overlayTexts: [],
    commits: [],
    failure: errorMessage(err),
    failureKind: err instanceof InputError || err instanceof TriggerError ? 'input' : 'run',
    dryRun: deps.config.dryRun,
    planning: true,
  };
}
