/** The engine's change detection: one base for most events, one per image for dispatch/schedule. */
import type { ImageChange } from '../changes/classify.js';
import { detectChanges, type ChangeSet } from '../changes/detect.js';
import type { Config, ImageConfig } from '../config/types.js';
import { isVersionTag } from '../event/trigger.js';
import type { DeployedRef } from '../plan.js';
import { shaExtractor } from '../tags/template.js';
import { classifier, type EngineDeps } from './context.js';

/**
 * What the deployed tag of `image` says about the commit it came from: the SHA prefix the
 * tag template encodes (sha-1a2b3c4 → 1a2b3c4), or a release tag's name (v1.2.3).
 */
export function deployedCommitHint(
  config: Config,
  deployed: DeployedRef | undefined,
): string | undefined {
  const tag = deployed?.tag;
  if (!tag) return undefined;
  return shaExtractor(config.tagTemplate)?.(tag) ?? (isVersionTag(tag) ? tag : undefined);
}

/**
 * Changes per image. Most events have one base for all; for dispatch/schedule the base is
 * the commit each image's deployed tag came from, so every image is compared with what
 * it runs (a stale image is never hidden behind a newer one's base).
 */
export async function detectPerImage(
  deps: EngineDeps,
  deployed: Map<string, DeployedRef>,
): Promise<{ changes: ChangeSet; perImage: Map<string, ImageChange> }> {
  const { config, trigger } = deps;
  const detect = (overlayCommit?: string): Promise<ChangeSet> =>
    detectChanges(trigger, {
      git: deps.git,
      logger: deps.logger,
      ...(deps.api ? { api: deps.api } : {}),
      overlayCommit: () => Promise.resolve(overlayCommit),
    });
  const classify = (changes: ChangeSet, images: ImageConfig[]): Map<string, ImageChange> => {
    if (changes.complete) return classifier({ ...config, images }).classify(changes.files);
    const untrusted = changes.note ?? 'unknown base';
    return new Map(images.map((i) => [i.name, { kind: 'code', untrusted }]));
  };
  if (trigger.base.kind !== 'overlay') {
    const changes = await detect();
    return { changes, perImage: classify(changes, config.images) };
  }
  const groups = new Map<string | undefined, ImageConfig[]>();
  for (const image of config.images) {
    const hint = deployedCommitHint(config, deployed.get(image.name));
    groups.set(hint, [...(groups.get(hint) ?? []), image]);
  }
  const perImage = new Map<string, ImageChange>();
  let reported: ChangeSet | undefined;
  for (const [hint, images] of groups) {
    const changes = await detect(hint);
    for (const [name, change] of classify(changes, images)) perImage.set(name, change);
    // The outputs show one range: the first image's.
    if (images.includes(config.images[0] as ImageConfig)) reported = changes;
  }
  return { changes: reported as ChangeSet, perImage };
}
