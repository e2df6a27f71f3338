/**
 * The decision table of DESIGN.md, pure: Trigger + changes + config + what the overlay
 * runs → one intent per image. Intents that need facts from the registry or from git
 * history (does this tag exist? which PR commit was built?) say so; the engine gathers
 * those facts and settles them (see engine/settle.ts).
 */
import type { ChangeSet } from './changes/detect.js';
import type { ChangeKind, ImageChange } from './changes/classify.js';
import type { Config, ImageConfig } from './config/types.js';
import type { Trigger } from './event/trigger.js';
import type { InputName } from './config/inputs.js';
import { InputError } from './errors.js';
import { renderTemplate, sanitizeForTag, TemplateError, type TagContext } from './tags/template.js';

/** What an overlay says an environment runs for one image. */
export interface DeployedRef {
  tag?: string;
  digest?: string;
  newName?: string;
}

export type Intent =
  /** Build and push `tag` (plus mutable `extraTags`). */
  | { type: 'build'; tag: string; extraTags: string[]; reason: string }
  /**
   * Use the existing `tag` after proving it exists. When it does not exist, build
   * `buildTag` instead (auto mode) or fail (no `buildTag`).
   */
  | { type: 'reuse'; tag: string; reason: string; buildTag?: string; extraTags?: string[] }
  /** Nothing to deploy; `tag` (if any) is reported as what runs, after verification. */
  | { type: 'skip'; tag?: string; reason: string }
  /**
   * Pull request: the newest PR commit whose preview image exists with no code change
   * since; else `fallbackTag` (what production runs, when the PR changed no code); else build.
   */
  | { type: 'pr-lookup'; prNumber: number; fallbackTag?: string; buildTag: string; reason: string }
  /** Release: find the image built for the tagged commit, add `releaseTags` in the registry. */
  | { type: 'release'; releaseTags: string[]; buildTag: string; reason: string }
  /** Promotion from another overlay (or an explicit tag): verify, copy/tag, write. */
  | { type: 'promote'; source: DeployedRef; addTags: string[]; reason: string }
  /** Cannot be decided (e.g. a tag template with no value for this event). */
  | { type: 'fail'; reason: string }
  /** Roll back to the previous deployed value found in the overlay's history. */
  | { type: 'rollback'; current: DeployedRef; reason: string };

export interface ImagePlan {
  image: ImageConfig;
  change: ImageChange;
  intent: Intent;
}

export interface PlanInput {
  config: Config;
  trigger: Trigger;
  /** The change list, for the modes that look at changes (auto, plan). */
  changes?: ChangeSet;
  perImage: Map<string, ImageChange>;
  /** What the target overlay runs now, per image name. */
  deployed: Map<string, DeployedRef>;
  /** What the promotion source overlay runs, per image name (mode promote). */
  source?: Map<string, DeployedRef>;
  now: Date;
}

export function tagContext(trigger: Trigger, now: Date, sha = trigger.head): TagContext {
  const ctx: TagContext = { sha, date: now };
  if (trigger.branch) ctx.branch = trigger.branch;
  if (trigger.pullRequest) ctx.pr = trigger.pullRequest.number;
  if (trigger.runNumber) ctx.run = trigger.runNumber;
  if (trigger.version) ctx.version = trigger.version;
  return ctx;
}

/** The immutable tag a build of `sha` gets in this run. */
export function buildTagFor(
  config: Pick<Config, 'prTagTemplate' | 'tagTemplate'>,
  trigger: Trigger,
  now: Date,
  sha = trigger.head,
): string {
  return trigger.pullRequest
    ? renderInput('pr-tag-template', config.prTagTemplate, tagContext(trigger, now, sha))
    : renderInput('tag-template', config.tagTemplate, tagContext(trigger, now, sha));
}

/** Renders a template from an input; a token with no value names that input. */
export function renderInput(input: InputName, template: string, ctx: TagContext): string {
  try {
    return renderTemplate(template, ctx);
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(input, `"${template}": ${err.message}`);
    throw err;
  }
}

/** Mutable tags for this build: only for runs of the default branch itself. */
export function extraTagsFor(
  config: Pick<Config, 'extraTags'>,
  trigger: Trigger,
  now: Date,
): string[] {
  if (!trigger.onDefaultBranch || trigger.pullRequest) return [];
  return config.extraTags.map((t) => renderInput('extra-tags', t, tagContext(trigger, now)));
}

/** Tags that may move between builds and so never belong in an overlay. */
export function mutableTags(config: Config, trigger: Trigger, now: Date): string[] {
  const ctx = tagContext(trigger, now);
  const out = new Set(['latest']);
  if (trigger.branch) out.add(sanitizeForTag(trigger.branch));
  for (const t of [...config.extraTags, ...config.promoteTags]) {
    try {
      out.add(renderTemplate(t, ctx));
    } catch {
      // A template that cannot render in this run cannot have produced a tag of it.
    }
  }
  return [...out];
}

export function isMutableTag(tag: string, config: Config, trigger: Trigger, now: Date): boolean {
  return mutableTags(config, trigger, now).includes(tag);
}

function describe(change: ImageChange): string {
  return change.example ? ` (e.g. ${change.example})` : '';
}

function deployedTagReason(deployed: DeployedRef | undefined): string {
  return deployed?.tag ? deployed.tag : 'nothing';
}

/** Decides every image for the modes that decide (auto, plan, build, reuse, promote, rollback). */
export function planImages(input: PlanInput): ImagePlan[] {
  const { config, changes } = input;
  const selected = config.matrixImage
    ? config.images.filter((i) => i.name === config.matrixImage)
    : config.images;
  return selected.map((image) => {
    const change = input.perImage.get(image.name) ?? {
      kind: changes?.complete === false ? 'code' : 'none',
    };
    let intent: Intent;
    try {
      intent = decide(image, change, input);
    } catch (err) {
      // A template that cannot render for this event fails this image, not the whole run.
      if (!(err instanceof InputError)) throw err;
      intent = { type: 'fail', reason: err.message };
    }
    return { image, change, intent };
  });
}

/** Interim: the old single-string view of the `tag` input (the decision core replaces it). */
function legacyTag(config: Config): string | undefined {
  const t = config.tag;
  if (!t) return undefined;
  if (t.kind === 'previous') return 'previous';
  return t.all ?? Object.values(t.byImage)[0];
}

function decide(image: ImageConfig, change: ImageChange, input: PlanInput): Intent {
  const { trigger, changes, now } = input;
  const config = { ...input.config, tag: legacyTag(input.config) };
  const deployed = input.deployed.get(image.name);
  const buildTag = (): string =>
    config.tag && config.tag !== 'previous' ? config.tag : buildTagFor(config, trigger, now);
  const build = (reason: string): Intent => ({
    type: 'build',
    tag: buildTag(),
    extraTags: extraTagsFor(config, trigger, now),
    reason,
  });

  switch (config.mode) {
    case 'build':
      return build(
        config.matrixImage ? `matrix build of ${image.name}` : 'mode "build" builds every image',
      );
    case 'reuse': {
      const tag = config.tag ?? deployed?.tag;
      if (!tag) {
        return {
          type: 'skip',
          reason: `mode "reuse", but the overlay has no tag for ${image.name} and no "tag" input was given`,
        };
      }
      return {
        type: 'reuse',
        tag,
        reason: config.tag
          ? `reusing the requested tag ${tag}`
          : `reusing ${tag}, which the overlay runs now`,
      };
    }
    case 'promote': {
      if (config.tag && config.tag !== 'previous') {
        return {
          type: 'promote',
          source: { tag: config.tag },
          addTags: config.promoteTags,
          reason: `promoting the requested tag ${config.tag}`,
        };
      }
      const source = input.source?.get(image.name);
      if (!source?.tag && !source?.digest) {
        return { type: 'skip', reason: `the source overlay does not run ${image.name}` };
      }
      return {
        type: 'promote',
        source,
        addTags: config.promoteTags,
        reason: `promoting ${source.tag ?? source.digest ?? ''} from ${config.fromOverlay?.path ?? 'the source overlay'}`,
      };
    }
    case 'rollback':
      return rollbackOrRedeploy(image, deployed, config.tag ?? 'previous');
    case 'auto':
    case 'plan':
      break;
  }

  if (trigger.deleted)
    return {
      type: 'skip',
      reason:
        trigger.kind === 'release'
          ? `the release ${trigger.tagName ?? ''} was not published by this event (edited, deleted or unpublished); nothing to deploy`
          : `the push deleted ${trigger.ref ?? 'the ref'}; nothing to deploy`,
    };
  if (config.tag) return rollbackOrRedeploy(image, deployed, config.tag);

  if (trigger.kind === 'tag' || trigger.kind === 'release') {
    const releaseTags = [
      sanitizeForTag(trigger.tagName ?? ''),
      ...config.promoteTags.map((t) => renderInput('promote-tags', t, tagContext(trigger, now))),
    ].filter(Boolean);
    return {
      type: 'release',
      releaseTags,
      buildTag: renderInput('tag-template', config.tagTemplate, tagContext(trigger, now)),
      reason: `release ${trigger.tagName ?? ''}: promoting the image built for ${trigger.head.slice(0, 7)}`,
    };
  }

  if (config.forceBuild) return build('force-build is set');
  const untrusted =
    change.untrusted ??
    (changes && !changes.complete ? (changes.note ?? 'unknown base') : undefined);
  if (untrusted !== undefined) {
    return build(`the change list cannot be trusted (${untrusted}), so building to be safe`);
  }

  if (trigger.pullRequest) {
    // Reuse the newest preview image with no code change after it; failing that, a PR
    // that changed code builds, and one that did not runs what production runs.
    const code = change.kind === 'code';
    const lookup: Intent = {
      type: 'pr-lookup',
      prNumber: trigger.pullRequest.number,
      buildTag: buildTag(),
      reason: code
        ? `code of ${image.name} changed in the pull request${describe(change)}`
        : `no code of ${image.name} changed in the pull request`,
    };
    if (!code && deployed?.tag) lookup.fallbackTag = deployed.tag;
    return lookup;
  }

  return decideByChange(
    change,
    deployed,
    build,
    buildTag,
    () => extraTagsFor(config, trigger, now),
    image,
  );
}

function decideByChange(
  change: ImageChange,
  deployed: DeployedRef | undefined,
  build: (reason: string) => Intent,
  buildTag: () => string,
  extraTags: () => string[],
  image: ImageConfig,
): Intent {
  const kind: ChangeKind = change.kind;
  switch (kind) {
    case 'code':
      return build(`code of ${image.name} changed${describe(change)}`);
    case 'deploy':
      if (!deployed?.tag) {
        return build(
          `only deploy config changed${describe(change)}, but the overlay runs no tag of ${image.name} to reuse`,
        );
      }
      return {
        type: 'reuse',
        tag: deployed.tag,
        buildTag: buildTag(),
        extraTags: extraTags(),
        reason: `only deploy config changed${describe(change)}; reusing ${deployed.tag}`,
      };
    case 'ignored':
      return {
        type: 'skip',
        ...(deployed?.tag ? { tag: deployed.tag } : {}),
        reason: `only ignored files changed${describe(change)}; ${image.name} keeps running ${deployedTagReason(deployed)}`,
      };
    case 'none':
      return {
        type: 'skip',
        ...(deployed?.tag ? { tag: deployed.tag } : {}),
        reason: `nothing that affects ${image.name} changed; it keeps running ${deployedTagReason(deployed)}`,
      };
  }
}

function rollbackOrRedeploy(
  image: ImageConfig,
  deployed: DeployedRef | undefined,
  tag: string,
): Intent {
  if (tag === 'previous') {
    return {
      type: 'rollback',
      current: deployed ?? {},
      reason: `rolling ${image.name} back from ${deployedTagReason(deployed)}`,
    };
  }
  return { type: 'reuse', tag, reason: `redeploying the requested tag ${tag}` };
}
