/**
 * The one place that says which tags a run makes and which of them may move. Pure: built once
 * from the Config, the Trigger and the run's clock; every tag it hands out is checked against
 * the tag grammar where it is made.
 *
 *   primary  the immutable tag of this run's commit (`tag-template`, or `pr-tag-template` on a
 *            pull request): what a build is pushed as and what a promotion adds
 *   source   the immutable tag naming an image's source (`source-tag`, `src-{source:16}`)
 *   release  the registry tag of the release this run is for (a `v1.2.3` tag push or release)
 *   extra    mutable tags builds get (`extra-tags`): templates with {branch} on every branch
 *            push, the others (`latest`) on the default branch only
 *   env      mutable environment tags promotions and releases add (`promote-tags`)
 *
 * An overlay may name a tag only when it is immutable by this allow-list: a tag the
 * tag-template or pr-tag-template can make, a version tag, or a source tag — and not one
 * this run treats as mutable. Everything else (`latest`, a branch, an environment tag) goes
 * into an overlay only pinned to its verified digest.
 */
import type { InputName } from '../config/inputs.js';
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { isVersionTag, type Trigger } from '../event/trigger.js';
import {
  parseTemplate,
  renderTemplate,
  tokensOf,
  sanitizeForTag,
  tagFromName,
  templateMatcher,
  TemplateError,
  usesToken,
  type TagContext,
} from './template.js';

export interface TagPolicy {
  /**
   * This run's immutable tag for the head commit. Throws InputError naming the input when the
   * template has no value in this run (e.g. {version} on a branch push).
   */
  primary(): string;
  /** The source tag of a source key (64 hex), or undefined when source tags are off. */
  sourceTag(key: string): string | undefined;
  /** The release tag of this run (tag push or release), if it is one. */
  readonly release: string | undefined;
  /** Mutable tags this run's builds get. */
  readonly extra: readonly string[];
  /** Mutable environment tags (promote-tags) rendered for this run; throws like primary(). */
  env(): string[];
  /**
   * The tag `tag-template` makes for a commit given as a SHA (`tag: 1a2b3c4`, `deploy
   * web=1a2b3c4`), which must have at least `commitDigits()` hex digits. Throws InputError
   * (input `tag`) when the template needs more than a commit ({date}, {run}, {branch}, …).
   */
  commitTag(sha: string): string;
  /** How many hex digits of a commit commitTag needs (40 for `{sha}`). */
  commitDigits(): number;
  /** True when `tag` may go into an overlay without a digest (see the module comment). */
  isImmutable(tag: string): boolean;
  /** Why `tag` is mutable, for messages (`"latest" is in extra-tags`), or undefined. */
  mutableReason(tag: string): string | undefined;
}

/**
 * The one wording of the mutable-tag rule. `reason` comes from mutableReason; `fix` says how to
 * pin the tag where the user is (the pin-digest input, the CLI's --pin-digest, a digest).
 */
export function mutableTagRefusal(reason: string, fix: string): string {
  return `${reason}: a tag that can move is written only pinned to its digest — ${fix}`;
}

export type PolicyConfig = Pick<
  Config,
  'tagTemplate' | 'prTagTemplate' | 'extraTags' | 'promoteTags' | 'sourceTag'
>;

/** The values tag templates draw on in this run. */
export function tagContext(trigger: Trigger, now: Date): TagContext {
  const ctx: TagContext = { sha: trigger.head, date: now };
  if (trigger.branch) ctx.branch = trigger.branch;
  if (trigger.pullRequest) ctx.pr = trigger.pullRequest.number;
  if (trigger.runNumber) ctx.run = trigger.runNumber;
  if (trigger.version) ctx.version = trigger.version;
  return ctx;
}

/** Renders a template from an input; a token with no value (or a bad tag) names the input. */
export function renderInput(input: InputName, template: string, ctx: TagContext): string {
  try {
    return renderTemplate(template, ctx);
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(input, `"${template}": ${err.message}`);
    throw err;
  }
}

/** Throws when `template` cannot be rendered from a commit alone (tokens besides {sha}). */
function commitTemplateProblem(template: string): void {
  const others = tokensOf(template).filter((t) => t !== 'sha');
  if (others.length > 0 || !tokensOf(template).includes('sha')) {
    throw new InputError(
      'tag',
      `a commit SHA stands for the tag tag-template makes for it, but "${template}" ${others.length > 0 ? `uses {${others.join('}, {')}}` : 'has no {sha}'}, so a commit alone does not say its tag`,
      'give the tag itself',
    );
  }
}

/** Whether this run's builds get `extra-tags` templates, one by one. */
function extraTagApplies(template: string, trigger: Trigger): boolean {
  if (trigger.pullRequest || trigger.kind === 'tag' || trigger.kind === 'release') return false;
  if (usesToken(template, 'branch')) return trigger.branch !== undefined && trigger.branch !== '';
  return trigger.onDefaultBranch;
}

export function createTagPolicy(config: PolicyConfig, trigger: Trigger, now: Date): TagPolicy {
  const pullRequest = trigger.pullRequest !== undefined;
  const primaryInput: InputName = pullRequest ? 'pr-tag-template' : 'tag-template';
  const primaryTemplate = pullRequest ? config.prTagTemplate : config.tagTemplate;
  const ctx = tagContext(trigger, now);

  const extra: string[] = [];
  for (const template of config.extraTags) {
    if (!extraTagApplies(template, trigger)) continue;
    try {
      extra.push(renderTemplate(template, ctx));
    } catch {
      // A mutable add-on whose token has no value in this run (e.g. {pr} on a push) is left out.
    }
  }
  const release =
    (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
      ? tagFromName(trigger.tagName) || undefined
      : undefined;

  // Tags this run treats as mutable whatever their shape: they move between runs.
  const mutable = new Map<string, string>([['latest', '"latest" always moves']]);
  if (trigger.branch) {
    const branchTag = sanitizeForTag(trigger.branch);
    if (branchTag) mutable.set(branchTag, `"${branchTag}" is the name of a branch`);
  }
  for (const t of extra) mutable.set(t, `"${t}" is in extra-tags`);
  for (const template of config.promoteTags) {
    try {
      const t = renderTemplate(template, ctx);
      mutable.set(t, `"${t}" is in promote-tags (an environment tag)`);
    } catch {
      // Not renderable in this run, so not a tag this run could have made.
    }
  }
  const matchers = [config.tagTemplate, config.prTagTemplate, config.sourceTag]
    .filter((t): t is string => t !== undefined)
    .map(templateMatcher);

  return {
    primary: () => renderInput(primaryInput, primaryTemplate, ctx),
    sourceTag: (key) =>
      config.sourceTag === undefined
        ? undefined
        : renderInput('source-tag', config.sourceTag, {
            sha: trigger.head,
            date: now,
            source: key,
          }),
    release,
    extra,
    commitTag: (sha) => {
      commitTemplateProblem(config.tagTemplate);
      return renderInput('tag', config.tagTemplate, { sha: sha.padEnd(40, '0'), date: now });
    },
    commitDigits: () => {
      commitTemplateProblem(config.tagTemplate);
      return Math.max(
        7,
        ...parseTemplate(config.tagTemplate).map((p) =>
          'token' in p && p.token === 'sha' ? (p.length ?? 40) : 0,
        ),
      );
    },
    env: () => config.promoteTags.map((t) => renderInput('promote-tags', t, ctx)),
    isImmutable: (tag) => !mutable.has(tag) && (isVersionTag(tag) || matchers.some((m) => m(tag))),
    mutableReason: (tag) => {
      const known = mutable.get(tag);
      if (known) return known;
      if (isVersionTag(tag) || matchers.some((m) => m(tag))) return undefined;
      return `"${tag}" is not a tag tag-template, pr-tag-template or source-tag make, nor a version`;
    },
  };
}
