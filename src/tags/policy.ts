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
 *
 * Shapes are kept apart (src/tags/shapes.ts): a configuration whose templates can collide
 * whatever the run is refused when the policy is made (checkTagShapes), and a tag that would
 * take a reserved shape only for this run's values — `{branch}` of a branch named
 * `src-0123456789abcdef` — is refused when it is rendered, before anything is pushed: nothing
 * but source-tag makes a tag of source-tag shape, and no mutable tag takes the shape of
 * tag-template or pr-tag-template.
 */
import type { InputName } from '../config/inputs.js';
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { isVersionTag, type Trigger } from '../event/trigger.js';
import {
  describeConflict,
  tagShapeConflicts,
  type ReservedShape,
  type ShapeConflict,
} from './shapes.js';
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
  'tagTemplate' | 'prTagTemplate' | 'extraTags' | 'promoteTags' | 'sourceTag' | 'tag'
>;

/** The tags the `tag` input names (`previous` names none; a commit's tag is tag-template's). */
function requestedTags(config: PolicyConfig): string[] {
  const request = config.tag;
  if (request?.kind !== 'refs') return [];
  return [request.all, ...Object.values(request.byImage)].flatMap((r) => [
    ...(r?.tag !== undefined ? [r.tag] : []),
    ...(r?.as !== undefined ? [r.as] : []),
  ]);
}

/** What to do about a conflict, by the input that can be changed. */
function shapeFix(c: ShapeConflict): string {
  switch (c.origin) {
    case 'tag':
      return 'name the commit tag (sha-…) or a digest instead: source tags are looked up, never requested';
    case 'release':
    case 'source-tag':
      return 'keep a prefix of its own in source-tag (the default is "src-{source:16}")';
    case 'extra-tags':
    case 'promote-tags':
      return `give "${c.template}" a prefix of its own (e.g. "branch-{branch}"), so it cannot look like a ${c.shapeOf} tag`;
    case 'tag-template':
    case 'pr-tag-template':
      return `change "${c.template}" (or source-tag) so the two start differently`;
  }
}

/**
 * Refuses tag templates that can collide with a reserved shape whatever the run (a conflict
 * of tagShapeConflicts with no `dependsOn`): an InputError naming the input, with an example.
 * For the config reader; createTagPolicy calls it too.
 */
export function checkTagShapes(config: PolicyConfig): void {
  const conflicts = tagShapeConflicts({ ...config, requestedTags: requestedTags(config) });
  const fixed = conflicts.find((c) => c.dependsOn === undefined);
  if (!fixed) return;
  throw new InputError(fixed.origin, describeConflict(fixed), shapeFix(fixed));
}

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

type Taken = { shape: ReservedShape; template: string };

/** The reserved shape (of `among`) `tag` takes, with its template, or undefined. */
function reservedShapes(
  config: PolicyConfig,
): (tag: string, among: readonly ReservedShape[]) => Taken | undefined {
  const templates: [ReservedShape, string | undefined][] = [
    ['source-tag', config.sourceTag],
    ['tag-template', config.tagTemplate],
    ['pr-tag-template', config.prTagTemplate],
  ];
  const matchers = new Map<ReservedShape, { template: string; test: (tag: string) => boolean }>();
  for (const [shape, template] of templates)
    if (template !== undefined) matchers.set(shape, { template, test: templateMatcher(template) });
  return (tag, among) => {
    for (const shape of among) {
      const m = matchers.get(shape);
      if (m?.test(tag)) return { shape, template: m.template };
    }
    return undefined;
  };
}

const EVERY_SHAPE: readonly ReservedShape[] = ['source-tag', 'tag-template', 'pr-tag-template'];

/**
 * The refusal of a tag rendered for this run that takes a reserved shape: which value made it
 * (the branch, the version) and what to do.
 */
function renderedShapeError(
  input: InputName,
  template: string,
  tag: string,
  taken: Taken,
  ctx: TagContext,
): InputError {
  const value = usesToken(template, 'branch')
    ? `the branch "${ctx.branch ?? ''}" makes `
    : usesToken(template, 'version')
      ? `the version "${ctx.version ?? ''}" makes `
      : '';
  const why =
    taken.shape === 'source-tag'
      ? 'source tags are reserved for images of that source, so nothing else may make one'
      : 'a tag of that shape says which commit an image was built from';
  const fix = value.startsWith('the branch')
    ? `nothing was pushed; rename the branch, or give "${template}" a prefix of its own (e.g. "branch-{branch}")`
    : `nothing was pushed; change "${template}" so it cannot look like a ${taken.shape} tag`;
  return new InputError(
    input,
    `${value}"${template}" ${value === '' ? 'renders' : 'render'} "${tag}", which has the shape of ${taken.shape} "${taken.template}": ${why}`,
    fix,
  );
}

export function createTagPolicy(config: PolicyConfig, trigger: Trigger, now: Date): TagPolicy {
  checkTagShapes(config);
  const pullRequest = trigger.pullRequest !== undefined;
  const primaryInput: InputName = pullRequest ? 'pr-tag-template' : 'tag-template';
  const primaryTemplate = pullRequest ? config.prTagTemplate : config.tagTemplate;
  const ctx = tagContext(trigger, now);
  const taken = reservedShapes(config);

  const extra: string[] = [];
  for (const template of config.extraTags) {
    if (!extraTagApplies(template, trigger)) continue;
    let tag: string;
    try {
      tag = renderTemplate(template, ctx);
    } catch {
      // A mutable add-on whose token has no value in this run (e.g. {pr} on a push) is left out.
      continue;
    }
    const shape = taken(tag, EVERY_SHAPE);
    if (shape) throw renderedShapeError('extra-tags', template, tag, shape, ctx);
    extra.push(tag);
  }
  const release =
    (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
      ? tagFromName(trigger.tagName) || undefined
      : undefined;
  const releaseTaken = release ? taken(release, ['source-tag']) : undefined;
  if (release && releaseTaken) {
    throw new InputError(
      'source-tag',
      `the release ${trigger.tagName ?? release} gives the registry tag "${release}", which has the shape of source-tag "${releaseTaken.template}": source tags are reserved for images of that source`,
      'nothing was pushed; keep a prefix of its own in source-tag (the default is "src-{source:16}")',
    );
  }

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
  // Made by tag-template, pr-tag-template or source-tag, or a version.
  const immutableShape = (tag: string) =>
    isVersionTag(tag) || taken(tag, EVERY_SHAPE) !== undefined;

  return {
    // No check needed: a commit tag of source-tag shape means a source tag of commit-tag shape
    // too, which checkTagShapes refuses whatever the run.
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
    env: () =>
      config.promoteTags.map((template) => {
        const tag = renderInput('promote-tags', template, ctx);
        const shape = taken(tag, EVERY_SHAPE);
        if (shape) throw renderedShapeError('promote-tags', template, tag, shape, ctx);
        return tag;
      }),
    isImmutable: (tag) => !mutable.has(tag) && immutableShape(tag),
    mutableReason: (tag) => {
      const known = mutable.get(tag);
      if (known) return known;
      if (immutableShape(tag)) return undefined;
      return `"${tag}" is not a tag tag-template, pr-tag-template or source-tag make, nor a version`;
    },
  };
}
