/**
 * The record of a deploy in the engine (docs/record.md; the format and its rules are in
 * src/record/). Three hooks, each called from one place:
 *
 *   gatherRecords       (facts)  the environment's records — the overlay commits' trailers and
 *                                the newest successful GitHub Deployment — for the reuse/skip
 *                                rule (which commit's configuration runs) and for holds
 *   startRecord         (run)    once every image is verified: the record of this deploy
 *                                (appended to the overlay commit as trailers) and its GitHub
 *                                Deployment, set in progress; `finish` sets success or failure
 *                                after the write
 *   environmentsPicture (run)    what each environment the configuration knows runs after the
 *                                run, for the job summary's picture
 *
 * Nothing here fails a deploy: a history that cannot be read is no record (reuse stays the
 * safe answer), a GitHub API that refuses (a missing `deployments: write`) is a warning.
 * Loaded on demand by facts.ts and run.ts.
 */
import { imageFor } from '../config/images.js';
import { requestedRef } from '../config/tag-input.js';
import type { Config, ImageConfig, OverlayConfig } from '../config/types.js';
import type { ImageChange } from '../changes/classify.js';
import { errorMessage } from '../errors.js';
import type { Git } from '../git.js';
import type { OverlayState } from '../overlay/types.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import { redact } from '../redact.js';
import {
  configVerdict,
  finishDeployment,
  holdOf,
  pictureOf,
  renderPicture,
  readDeployed,
  readHistory,
  readStatus,
  recordEntries,
  recordKind,
  repositoryLinks,
  runningConfig,
  runUrl,
  startDeployment,
  type DeployRecord,
  type DeploymentsApi,
  type EnvironmentOverlay,
  type HistoryEntry,
  type PictureEnvironment,
  type RecordEntry,
  type RecordImage,
} from '../record/index.js';
import type { EngineDeps } from './context.js';
import { nameOf, writesOverlays } from './decide.js';
import { factNeeds } from './needs.js';
import type { Outcome } from './execute.js';
import type { Placement } from './placement.js';
import {
  found,
  type ImageFacts,
  type ImageValue,
  type RecordFacts,
  type RunFacts,
} from './types.js';
import type { RunResult } from './types.js';

/** Overlay commits read for the records, at most (a shallow clone is deepened only as needed). */
export const RECORD_HISTORY = 50;
/** Overlay commits the summary's picture reads per environment (never deepening). */
export const PICTURE_HISTORY = 20;

/**
 * The images as the file at `path` sees them (per-file keys applied), without those whose
 * key map does not name the file (they are not looked for there).
 */
function imagesAt(images: readonly ImageConfig[], path: string): ImageConfig[] {
  return images
    .map((image) => ({ image, at: imageFor(image, path) }))
    .filter(({ image, at }) => at.key !== undefined || !image.keyByFile)
    .map(({ at }) => at);
}

/**
 * Whether the history read so far reaches each image's newest record that is not a reuse of
 * the same value (or a change without a record): what a hold can start from. Reading further
 * back cannot change a hold or the running configuration.
 */
function settled(names: readonly string[]): (entries: readonly HistoryEntry[]) => boolean {
  return (entries) =>
    names.every((name) =>
      entries.some((e) =>
        e.images.some(
          (i) =>
            i.name === name && !(i.kind === 'reuse' && (i.from === undefined || i.from === i.to)),
        ),
      ),
    );
}

/** The deployments API when the run records deployments, or undefined (with a warning). */
async function deploymentsApi(deps: EngineDeps): Promise<DeploymentsApi | undefined> {
  if (!deps.deployments || deps.config.environment === undefined) return undefined;
  try {
    return await deps.deployments();
  } catch (err) {
    deps.logger.warning(
      `no GitHub Deployment is read or recorded: ${errorMessage(err)}; the overlay commit's record (its trailers) still records the deploy`,
    );
    return undefined;
  }
}

/** The newest successful deployment of the environment, as a record entry. */
async function deployedEntry(deps: EngineDeps): Promise<RecordEntry | undefined> {
  const api = await deploymentsApi(deps);
  const environment = deps.config.environment;
  if (!api || environment === undefined) return undefined;
  const read = await readDeployed(api, environment);
  if (!read.ok) {
    deps.logger.warning(read.warning);
    return undefined;
  }
  if (read.entry) {
    deps.logger.debug(
      `the newest deployment of ${environment} (${String(read.entry.deployment.id)}) runs the configuration of ${read.entry.record.configCommit ?? read.entry.commit}`,
    );
  }
  return read.entry;
}

/**
 * The commit a repository's history is read at: its HEAD, resolved once per run when the run
 * commits nothing (the records and the summary's picture read the same history); undefined
 * when the run writes back (HEAD moves: each read resolves it) or HEAD names no commit.
 */
const HEADS = new WeakMap<Placement, Map<Git, Promise<string | undefined>>>();

function headOf(placement: Placement, git: Git): Promise<string | undefined> {
  if (placement.writeBack) return Promise.resolve(undefined);
  let heads = HEADS.get(placement);
  if (!heads) HEADS.set(placement, (heads = new Map<Git, Promise<string | undefined>>()));
  let head = heads.get(git);
  // A failure is not kept: readHistory resolves HEAD itself and says what went wrong.
  if (!head) heads.set(git, (head = git.resolveCommitInWorkTree('HEAD').catch(() => undefined)));
  return head;
}

/** The records in one overlay's history, newest first ([] when it cannot be read). */
async function overlayEntries(
  deps: EngineDeps,
  placement: Placement,
  state: OverlayState,
  names: readonly string[],
): Promise<RecordEntry[]> {
  try {
    const git = await placement.gitFor(state.overlay.file);
    const rev = await headOf(placement, git);
    const history = await readHistory(git, state.overlay.file, {
      ...(rev ? { rev } : {}),
      limit: RECORD_HISTORY,
      derive: { overlay: state.overlay, images: imagesAt(deps.config.images, state.overlay.path) },
      enough: settled(names),
      logger: deps.logger,
    });
    return recordEntries(history);
  } catch (err) {
    deps.logger.debug(
      `the deploy records of ${state.overlay.path} cannot be read: ${errorMessage(err)}`,
    );
    return [];
  }
}

function newestFirst(entries: readonly RecordEntry[]): RecordEntry[] {
  return [...entries].sort((a, b) => b.time.getTime() - a.time.getTime());
}

/**
 * What changed for `images` between a commit and the head: the explanation's diff (its
 * classification, the deploy commits themselves left out), supplied by facts.ts. Undefined
 * when the commit is not there and cannot be fetched.
 */
export type ChangesSince = (
  commit: string,
  images: readonly ImageConfig[],
) => Promise<Map<string, ImageChange> | undefined>;

/**
 * Per image, the records of the environment whose overlay holds its value and the reuse/skip
 * verdict from the configuration that environment runs (docs/record.md, "Reading the record
 * back"). Images no target overlay names have none.
 */
export async function gatherRecords(
  deps: EngineDeps,
  placement: Placement,
  overlays: readonly OverlayState[],
  images: readonly ImageFacts[],
  changesSince: ChangesSince,
): Promise<Map<string, RecordFacts>> {
  const head = deps.trigger.head;
  const groups = new Map<OverlayState, ImageFacts[]>();
  for (const f of images) {
    const state = overlays.find((s) => s.overlay.path === f.deployed?.overlay);
    if (state) groups.set(state, [...(groups.get(state) ?? []), f]);
  }
  const out = new Map<string, RecordFacts>();
  if (groups.size === 0) return out;
  const [deployed, ...histories] = await Promise.all([
    deployedEntry(deps),
    ...[...groups].map(([state, group]) =>
      overlayEntries(
        deps,
        placement,
        state,
        group.map((f) => f.image.name),
      ),
    ),
  ]);
  await Promise.all(
    [...groups.values()].map(async (group, i) => {
      const entries = newestFirst([...(deployed ? [deployed] : []), ...(histories[i] ?? [])]);
      const running = runningConfig(entries);
      const changes =
        running && running.commit !== head
          ? await changesSince(
              running.commit,
              group.map((f) => f.image),
            ).catch((err: unknown) => {
              deps.logger.debug(
                `cannot list what changed since the deployed config ${running.commit.slice(0, 7)}: ${errorMessage(err)}`,
              );
              return undefined;
            })
          : undefined;
      for (const f of group) {
        const change = changes
          ? (changes.get(f.image.name) ?? { kind: 'none' as const })
          : undefined;
        // Records are read for the auto rule only: no `tag` input names the image.
        const hold = f.deployed
          ? holdOf(entries, {
              image: f.image.name,
              ...('key' in f.source ? { headSource: f.source.key } : {}),
              running: f.deployed.value,
              explicit: false,
            })
          : undefined;
        if (hold?.held === false && hold.released) {
          deps.logger.info(`${f.image.name}: ${hold.released.reason}`);
        }
        out.set(f.image.name, {
          entries,
          ...(running
            ? { config: configVerdict({ head, running, ...(change ? { change } : {}) }) }
            : {}),
          ...(hold?.held ? { hold } : {}),
        });
      }
    }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------
// Writing the record of this deploy

/** A value as a full reference: `repository:tag`, or `repository@digest` without a tag. */
function reference(
  repository: ImageReference,
  tag: string | undefined,
  digest: string | undefined,
): string | undefined {
  if (tag === undefined && digest === undefined) return undefined;
  return formatReference(withTagAndDigest(repository, tag, tag === undefined ? digest : undefined));
}

function valueReference(repository: ImageReference, value: ImageValue): string | undefined {
  return reference(repository, value.tag, value.digest);
}

/** How the run's request applies to an image, for its record's kind. */
function requestOf(config: Config, name: string): 'previous' | 'tag' | undefined {
  const request = config.tag;
  if (request?.kind === 'previous') {
    return request.images === undefined || request.images.includes(name) ? 'previous' : undefined;
  }
  if (request?.kind === 'refs' && (config.mode === 'auto' || config.mode === 'reuse')) {
    return requestedRef(request, name) !== undefined ? 'tag' : undefined;
  }
  return undefined;
}

/** What the environment runs for the image once the run has written it (a reference). */
function written(o: Outcome, f: ImageFacts | undefined): string | undefined {
  const d = o.decision;
  switch (d.kind) {
    case 'keep':
      return f?.deployed ? valueReference(f.deployed.repository, f.deployed.value) : undefined;
    case 'tag':
    case 'build':
      return o.target ? reference(o.target.repository, d.write.tag, o.target.digest) : undefined;
    case 'write-unverified':
      return reference(d.write.repository, d.write.tag, d.write.digest);
    case 'keep-unverified':
    case 'fail':
      return undefined;
  }
}

/** The record of this deploy: the images it deployed (skips are not listed), or undefined. */
export async function runRecord(
  outcomes: readonly Outcome[],
  facts: RunFacts,
  deps: EngineDeps,
): Promise<DeployRecord | undefined> {
  const { config, trigger, env } = deps;
  const release = trigger.kind === 'tag' || trigger.kind === 'release';
  const images: RecordImage[] = [];
  for (const o of outcomes) {
    if (o.status !== 'verified' && o.status !== 'unverified') continue;
    const d = o.decision;
    const f = facts.images.find((x) => x.image.name === d.image.name);
    const request = requestOf(config, d.image.name);
    const kind = recordKind({
      decision: nameOf(d),
      ...(request ? { request } : {}),
      release,
    });
    const to = written(o, f);
    if (kind === undefined || to === undefined) continue;
    const from = f?.deployed ? valueReference(f.deployed.repository, f.deployed.value) : undefined;
    const digest = d.kind === 'write-unverified' ? d.write.digest : o.target?.digest;
    const source = f && 'key' in f.source ? f.source.key : undefined;
    const away = found(f?.deployed?.image)?.digest;
    images.push({
      name: d.image.name,
      kind,
      ...(from !== undefined ? { from } : {}),
      to,
      ...(digest !== undefined ? { digest } : {}),
      ...(source !== undefined ? { source } : {}),
      ...((kind === 'rollback' || kind === 'redeploy') && from !== undefined
        ? { rolledBackFrom: { ref: from, ...(away !== undefined ? { digest: away } : {}) } }
        : {}),
    });
  }
  if (images.length === 0) return undefined;
  const actor =
    env.GITHUB_ACTOR?.trim() ||
    (deps.author === 'user' ? await deps.git.authorName().catch(() => undefined) : undefined);
  const run = runUrl(env);
  return {
    version: 1,
    ...(config.environment !== undefined ? { environment: config.environment } : {}),
    configCommit: trigger.head,
    ...(actor ? { actor } : {}),
    ...(run !== undefined ? { run } : {}),
    images,
  };
}

/** Whether this run's deploy is recorded as a GitHub Deployment (docs/record.md). */
function recordsDeployment(config: Config): boolean {
  return (
    config.githubDeployment &&
    config.environment !== undefined &&
    writesOverlays(config) &&
    !config.dryRun &&
    // A proposed change runs only once its pull request is merged.
    config.commit !== 'pull-request'
  );
}

export interface Recorder {
  /** The record of this deploy, for the overlay commit's trailers (undefined: nothing deployed). */
  record?: DeployRecord;
  /** Sets the deployment's final state from the run's result (success, or failure). */
  finish(result: RunResult): Promise<void>;
}

/**
 * The record of this deploy, and — when the run records deployments — its GitHub Deployment
 * (ref: the commit deployed), set in progress. Call once every image is verified, before the
 * overlays are written; never throws.
 */
export async function startRecord(
  outcomes: readonly Outcome[],
  facts: RunFacts,
  deps: EngineDeps,
): Promise<Recorder> {
  const { config, logger } = deps;
  let record: DeployRecord | undefined;
  try {
    record = await runRecord(outcomes, facts, deps);
  } catch (err) {
    logger.warning(`the deploy record could not be made: ${errorMessage(err)}`);
  }
  const none: Recorder = { ...(record ? { record } : {}), finish: () => Promise.resolve() };
  const environment = config.environment;
  if (!record || environment === undefined || !recordsDeployment(config)) return none;
  const api = await deploymentsApi(deps);
  if (!api) return none;
  const links = {
    ...(runUrl(deps.env) !== undefined ? { logUrl: runUrl(deps.env) } : {}),
    ...(config.environmentUrl !== undefined ? { environmentUrl: config.environmentUrl } : {}),
  };
  const started = await startDeployment(api, {
    environment,
    ref: deps.trigger.head,
    record,
    ...links,
  });
  if (!started.ok) {
    logger.warning(started.warning);
    return none;
  }
  const { deployment } = started;
  logger.info(`GitHub Deployment ${String(deployment.id)} of ${environment}: in progress`);
  return {
    record,
    async finish(result) {
      const state = result.failure ? 'failure' : 'success';
      const done = await finishDeployment(api, deployment, {
        state,
        ...links,
        ...(result.failure ? { description: redact(result.failure) } : {}),
      });
      if (!done.ok) {
        logger.warning(done.warning);
        return;
      }
      for (const warning of done.warnings) logger.warning(warning);
      logger.info(
        `GitHub Deployment ${String(deployment.id)} of ${environment}: ${state}${done.inactivated.length > 0 ? ` (${done.inactivated.map(String).join(', ')} marked inactive)` : ''}`,
      );
    },
  };
}

// ---------------------------------------------------------------------------------------
// The picture

/**
 * The environments the configuration knows — `from-overlay` (the environment promoted from)
 * and the target overlays (`environment`) — as they are after the run: the values each
 * overlay holds, the configuration it runs, holds, and what this run changed — drawn as
 * the summary's markdown (a mermaid diagram and a table with the links). Reads only the
 * history the clone has. Undefined when the configuration names no overlay.
 */
export async function environmentsPicture(
  deps: EngineDeps,
  placement: Placement,
  result: RunResult,
): Promise<RunResult['picture']> {
  const { config, trigger, env } = deps;
  const targets = placement.overlays;
  const from = placement.fromOverlay;
  if (targets.length === 0 && !from) return undefined;
  const targetName = (o: OverlayConfig): string =>
    targets.length === 1
      ? (config.environment ?? o.path)
      : config.environment !== undefined
        ? `${config.environment} (${o.path})`
        : o.path;
  const overlays: EnvironmentOverlay[] = await Promise.all(
    [...(from ? [from] : []), ...targets].map(async (overlay, i) => {
      const git = await placement.gitFor(overlay.file);
      const rev = await headOf(placement, git);
      return {
        // The environment promoted from is named by its newest record ('').
        environment: from && i === 0 ? '' : targetName(overlay),
        overlay,
        git,
        ...(rev ? { rev } : {}),
        images: imagesAt(config.images, overlay.path),
      };
    }),
  );
  const statuses = await readStatus(overlays, {
    limit: PICTURE_HISTORY,
    deepen: false,
    logger: deps.logger,
  });
  const environments: PictureEnvironment[] = pictureOf(statuses);
  // Overlay commits live in another repository than the links point to.
  if (config.overlayRepository) for (const e of environments) delete e.overlayCommit;
  const deployed = result.record !== undefined && !result.failure && !result.dryRun;
  // A run of the automatic rule decided each image's hold with the head's source; the
  // history alone cannot tell a hold the code has outgrown.
  const decidedHolds = factNeeds(config, trigger).records;
  for (const [i, environment] of environments.entries()) {
    if (from && i === 0) continue;
    if (deployed) environment.configCommit = trigger.head;
    for (const image of environment.images) {
      const r = result.images.find((x) => x.name === image.name);
      if (!r) continue;
      if (decidedHolds) {
        delete image.hold;
        if (r.held) image.hold = r.held;
      }
      // The digest the run verified (the overlay may hold a tag alone).
      if (r.status === 'verified' && r.digest !== undefined && image.digest === undefined)
        image.digest = r.digest;
      const recorded = result.record?.images.find((x) => x.name === image.name);
      if (recorded && recorded.from !== recorded.to) {
        image.change = {
          ...(recorded.from !== undefined ? { from: recorded.from } : {}),
          to: recorded.to,
          kind: recorded.kind,
        };
      } else if (!recorded && r.write && r.status !== 'failed' && (r.tag || r.digest)) {
        image.change = {
          ...(r.from !== undefined ? { from: r.from } : {}),
          to: r.tag ?? r.digest ?? '',
          kind: result.planning ? `${r.decision}, planned` : r.decision,
        };
      }
    }
  }
  const links = repositoryLinks(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY);
  const first = environments[0];
  const flows: [string, string][] =
    from && first ? environments.slice(1).map((e) => [first.name, e.name]) : [];
  return renderPicture(environments, { ...(links ? { links } : {}), head: trigger.head, flows });
}
