/**
 * What each environment runs now: the values its overlay holds (read from the file), and
 * from its history when each value came in, by whom and how, which commit's configuration
 * runs (the newest record's config commit) and which images a rollback holds.
 */
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Git } from '../git.js';
import type { Logger } from '../log.js';
import { readOverlay } from '../overlay/overlay-files.js';
import { holdOf, type HoldOrigin } from './holds.js';
import type { ImageValue } from '../overlay/types.js';
import {
  nameOnlyImage,
  readHistory,
  recordEntries,
  valueText,
  type HistoryEntry,
  type HistoryImage,
} from './history.js';
import type { PictureEnvironment } from './picture.js';
import type { HistoryKind, RecordEntry } from './types.js';

export interface EnvironmentOverlay {
  /** The environment's name; '' for the newest record's (else the overlay's path). */
  environment: string;
  overlay: OverlayConfig;
  /** The repository that holds the overlay file. */
  git: Git;
  /** The commit whose history is read (default HEAD). */
  rev?: string;
  /** The configured images; without them, a kustomization's image names. */
  images?: readonly ImageConfig[];
}

export interface ImageStatus {
  name: string;
  /** The overlay's value: a full reference when it names a repository, else the tag. */
  value?: string;
  digest?: string;
  /** The newest overlay commit that changed the value. */
  since?: { commit: string; time: Date; actor: string; kind: HistoryKind };
  /** A rollback or redeploy that holds the image (released only by its code or a tag). */
  hold?: HoldOrigin;
}

export interface EnvironmentStatus {
  environment: string;
  /** The overlay's path (workspace- or repository-relative). */
  overlay: string;
  images: ImageStatus[];
  /** The commit whose configuration runs, from the newest record. */
  configCommit?: string;
  /** The newest overlay commit, and the newest one with a record. */
  latest?: HistoryEntry;
  latestRecord?: HistoryEntry;
  /** Why the environment could not be read (the rest of the entry is empty). */
  problem?: string;
}

/**
 * Reads every environment (in parallel). A newer deployment record (readDeployed) may be
 * passed per environment: it wins over the overlay's for the config commit.
 */
export async function readStatus(
  environments: readonly EnvironmentOverlay[],
  options: StatusOptions = {},
): Promise<EnvironmentStatus[]> {
  return Promise.all(environments.map((env) => readOne(env, options)));
}

export interface StatusOptions {
  /** Overlay commits read per environment (default 100). */
  limit?: number;
  /** false: read only the history a shallow clone has (default: deepen it as needed). */
  deepen?: boolean;
  logger?: Logger;
  deployed?: ReadonlyMap<string, RecordEntry>;
}

async function readOne(
  env: EnvironmentOverlay,
  options: StatusOptions,
): Promise<EnvironmentStatus> {
  const base = {
    environment: env.environment || env.overlay.path,
    overlay: env.overlay.path,
    images: [],
  };
  let history: HistoryEntry[];
  try {
    history = await readHistory(env.git, env.overlay.file, {
      ...(env.rev ? { rev: env.rev } : {}),
      limit: options.limit ?? 100,
      ...(options.deepen === false ? { deepen: false } : {}),
      derive: { overlay: env.overlay, ...(env.images ? { images: env.images } : {}) },
      ...(options.logger ? { logger: options.logger } : {}),
    });
  } catch (err) {
    return { ...base, problem: errorMessage(err) };
  }
  const names =
    env.images?.map((i) => i.name) ??
    [...new Set(history.flatMap((e) => e.images.map((i) => i.name)))].sort();
  let values: Map<string, { value?: string; digest?: string; raw?: ImageValue }>;
  try {
    const images = env.images ?? names.map(nameOnlyImage);
    const state = await readOverlay(env.overlay, images);
    values = new Map(
      images.map((i) => {
        const s = state.images.get(i.name);
        const text = s?.found ? valueText(s.value) : undefined;
        return [
          i.name,
          {
            ...(text !== undefined ? { value: text } : {}),
            ...(s?.found && s.value.digest ? { digest: s.value.digest } : {}),
            ...(s?.found ? { raw: s.value } : {}),
          },
        ];
      }),
    );
  } catch (err) {
    return { ...base, problem: errorMessage(err) };
  }
  const records = recordEntries(history);
  const deployed = options.deployed?.get(env.environment);
  const newest = [...(deployed ? [deployed] : []), ...records].sort(
    (a, b) => b.time.getTime() - a.time.getTime(),
  );
  const latestRecord = history.find((e) => e.record);
  const environment = env.environment || (latestRecord?.record?.environment ?? env.overlay.path);
  const configCommit = newest.find((e) => e.record.configCommit)?.record.configCommit;
  const images: ImageStatus[] = names.map((name) => {
    const { raw, ...v } = values.get(name) ?? {};
    const change = newestChange(history, name);
    const verdict = holdOf(records, {
      image: name,
      explicit: false,
      ...(raw ? { running: raw } : {}),
    });
    return {
      name,
      ...v,
      ...(change ? { since: change } : {}),
      ...(verdict.held ? { hold: verdict.origin } : {}),
    };
  });
  return {
    ...base,
    environment,
    images,
    ...(configCommit ? { configCommit } : {}),
    ...(history[0] ? { latest: history[0] } : {}),
    ...(latestRecord ? { latestRecord } : {}),
  };
}

function newestChange(history: readonly HistoryEntry[], name: string): ImageStatus['since'] {
  for (const entry of history) {
    const image: HistoryImage | undefined = entry.images.find((i) => i.name === name);
    if (!image || (image.kind === 'reuse' && image.from === image.to)) continue;
    return { commit: entry.commit, time: entry.time, actor: entry.actor, kind: image.kind };
  }
  return undefined;
}

/** The picture's input from the environments' status (add this run's changes to it). */
export function pictureOf(statuses: readonly EnvironmentStatus[]): PictureEnvironment[] {
  return statuses.map((s) => ({
    name: s.environment,
    ...(s.configCommit ? { configCommit: s.configCommit } : {}),
    ...(s.latest ? { overlayCommit: s.latest.commit } : {}),
    images: s.images.map((i) => ({
      name: i.name,
      ...(i.value !== undefined ? { runs: i.value } : {}),
      ...(i.digest !== undefined ? { digest: i.digest } : {}),
      ...(i.hold ? { hold: i.hold } : {}),
    })),
  }));
}
