/**
 * Tag shapes: can one kind of tag ever take the shape of another? Pure.
 *
 * Some tags are looked up to decide what to deploy: the source tag (`src-{source:16}`: "an
 * image of this source exists") and the commit tags (`tag-template`, `pr-tag-template`:
 * "this commit was built already", and the way back from a deployed tag to its commit). A tag
 * of one of those shapes pushed by anything else is a lie the next run believes: a branch
 * named `src-<16 hex of an innocent change's key>` with `extra-tags: {branch}` would give its
 * own image the innocent change's source tag, and auto mode would deploy it. So:
 *
 *   - nothing but `source-tag` may render a tag of source-tag shape: not `tag-template`,
 *     `pr-tag-template`, `extra-tags`, `promote-tags`, the `tag` input, nor a release tag made
 *     from a git tag name;
 *   - no mutable tag (`extra-tags`, `promote-tags`) and no source tag may render a tag of
 *     `tag-template` or `pr-tag-template` shape.
 *
 * (Version tags are left out on purpose: a mutable tag of version shape, `v1` in
 * `promote-tags`, is a common floating tag, and a release refuses to move a version tag that
 * names another image, so it cannot deploy one.)
 *
 * `tagShapeConflicts` answers conservatively from the templates alone: each template is read as
 * the set of strings it can render (literal text as written; `{sha:N}`/`{source:N}` N hex,
 * `{pr}`/`{run}` up to 20 digits, `{date}`/`{datetime}` 8/14 digits, `{branch}`/`{version}` any tag
 * characters; then leading "." and "-" stripped, and a rendering longer than 128 shortened
 * to a prefix, "-" and 8 hex), and the other as the set of tags its shape accepts (the same,
 * read as `templateMatcher` reads it). When the two sets meet it returns a conflict with the
 * shortest example; it never misses one, and may report one only an impossible value would
 * reach. A conflict whose example needs a particular `{branch}`, `{version}` or git tag name
 * (`dependsOn`) can only be refused when that value shows up: the TagPolicy does so at render
 * time (src/tags/policy.ts). The others are configuration errors.
 */
import type { InputName } from '../config/inputs.js';
import type { Config } from '../config/types.js';
import { parseTemplate, TAG_MAX_LENGTH, type Token } from './template.js';

/** The tag kinds whose shapes decide what is deployed. */
export type ReservedShape = 'source-tag' | 'tag-template' | 'pr-tag-template';

/** Where a tag comes from: an input, or `release` (the registry tag made from a git tag). */
export type TagOrigin =
  | Extract<
      InputName,
      'tag-template' | 'pr-tag-template' | 'source-tag' | 'extra-tags' | 'promote-tags' | 'tag'
    >
  | 'release';

/** The templates (sourceTag unset: source tags are off and reserve no shape), and the requested tags. */
export type TagTemplates = Pick<
  Config,
  'tagTemplate' | 'prTagTemplate' | 'sourceTag' | 'extraTags' | 'promoteTags'
> & {
  /** The tags the `tag` input names, as written (they are not templates). */
  requestedTags?: readonly string[];
};

export interface ShapeConflict {
  /** The input whose template (or tag) can render the tag; `release` for git tag names. */
  origin: TagOrigin;
  /** That template (the tag itself for the `tag` input; a description for `release`). */
  template: string;
  /** The kind whose shape the rendered tag would take. */
  shapeOf: ReservedShape;
  /** That kind's template. */
  shape: string;
  /** A tag `template` can render that `shape` accepts. */
  example: string;
  /**
   * The free-text value the example needs (`branch`, `version`, or `tag name` for a release):
   * the collision happens only for some values, and is refused when one shows up. Absent when
   * the template alone collides.
   */
  dependsOn?: 'branch' | 'version' | 'tag name';
}

/** How `release` tags are described in conflicts (git tag names are version tags). */
export const RELEASE_TEMPLATE = 'the git tag name of a release (v1.2.3)';

// ---- Character sets -------------------------------------------------------------------------

/** Every character a tag may contain, in the order examples prefer them. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-';

type CharSet = { kind: 'eq'; char: string } | { kind: 'class'; name: 'hex' | 'digit' | 'tag' };

const CLASSES = {
  hex: /^[0-9a-f]$/,
  digit: /^[0-9]$/,
  tag: /^[A-Za-z0-9_.-]$/,
} as const;

function inSet(set: CharSet, c: string): boolean {
  return set.kind === 'eq' ? c === set.char : CLASSES[set.name].test(c);
}

const HEX: CharSet = { kind: 'class', name: 'hex' };
const DIGIT: CharSet = { kind: 'class', name: 'digit' };
const TAG_CHAR: CharSet = { kind: 'class', name: 'tag' };

/** A run of `min` to `max` characters from one set. */
interface Segment {
  set: CharSet;
  min: number;
  max: number;
}

/** What a kind of tag can be: segments, then what rendering does to them. */
interface Language {
  segments: Segment[];
  /** Leading "." and "-" are stripped from a rendering (templates, git tag names). */
  strip: boolean;
  /** A rendering may exceed 128 characters and be shortened (see fitTag). */
  long: boolean;
}

/** Literal text, one segment per character (tag text is ASCII: parseTemplate checks it). */
function literal(text: string): Segment[] {
  return Array.from({ length: text.length }, (_, i) => ({
    set: { kind: 'eq', char: text.charAt(i) },
    min: 1,
    max: 1,
  }));
}

function tokenSegment(token: Token, length: number | undefined): Segment {
  switch (token) {
    case 'sha':
      return { set: HEX, min: length ?? 40, max: length ?? 40 };
    case 'source':
      return { set: HEX, min: length ?? 64, max: length ?? 64 };
    case 'pr':
    case 'run':
      // A number: a pull request or run number has at most 20 digits.
      return { set: DIGIT, min: 1, max: 20 };
    case 'date':
      return { set: DIGIT, min: 8, max: 8 };
    case 'datetime':
      return { set: DIGIT, min: 14, max: 14 };
    case 'branch':
    case 'version':
      return { set: TAG_CHAR, min: 0, max: Infinity };
  }
}

function maxLength(segments: readonly Segment[]): number {
  return segments.reduce((n, s) => n + s.max, 0);
}

function templateLanguage(template: string): Language {
  const segments = parseTemplate(template).flatMap((p) =>
    'text' in p ? literal(p.text) : [tokenSegment(p.token, p.length)],
  );
  return { segments, strip: true, long: maxLength(segments) > TAG_MAX_LENGTH };
}

/** Registry tags of releases: a version tag (`v?` digits …), sanitised and shortened. */
const RELEASE_LANGUAGE: Language = {
  segments: [
    { set: { kind: 'eq', char: 'v' }, min: 0, max: 1 },
    { set: DIGIT, min: 1, max: 1 },
    { set: TAG_CHAR, min: 0, max: Infinity },
  ],
  strip: true,
  long: true,
};

function tagLanguage(tag: string): Language {
  return { segments: literal(tag), strip: false, long: false };
}

// ---- Automata -------------------------------------------------------------------------------

/** A nondeterministic automaton over tag characters, with ε moves. */
class Nfa {
  readonly edges: { set: CharSet; to: number }[][] = [];
  readonly eps: number[][] = [];
  readonly accepting = new Set<number>();
  readonly starts: number[] = [];

  add(): number {
    this.edges.push([]);
    this.eps.push([]);
    return this.edges.length - 1;
  }

  edge(from: number, set: CharSet, to: number): void {
    (this.edges[from] as { set: CharSet; to: number }[]).push({ set, to });
  }

  epsilon(from: number, to: number): void {
    (this.eps[from] as number[]).push(to);
  }

  /** Appends `segments` after `from`; returns every state on the way and the end state. */
  chain(from: number, segments: readonly Segment[]): { states: number[]; end: number } {
    const states = [from];
    let cur = from;
    for (const s of segments) {
      for (let k = 0; k < s.min; k++) {
        const n = this.add();
        this.edge(cur, s.set, n);
        states.push(n);
        cur = n;
      }
      if (s.max === Infinity) {
        const loop = this.add();
        this.epsilon(cur, loop);
        this.edge(loop, s.set, loop);
        states.push(loop);
        cur = loop;
      } else if (s.max > s.min) {
        const end = this.add();
        this.epsilon(cur, end);
        for (let k = s.min; k < s.max; k++) {
          const n = this.add();
          this.edge(cur, s.set, n);
          this.epsilon(n, end);
          states.push(n);
          cur = n;
        }
        states.push(end);
        cur = end;
      }
    }
    return { states, end: cur };
  }

  closure(states: Iterable<number>): Set<number> {
    const out = new Set<number>();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (out.has(s)) continue;
      out.add(s);
      stack.push(...(this.eps[s] as number[]));
    }
    return out;
  }

  /** The states after reading `c` from `states` (ε moves included), ascending. */
  step(states: readonly number[], c: string): number[] {
    const next = new Set<number>();
    for (const s of states)
      for (const e of this.edges[s] as { set: CharSet; to: number }[])
        if (inSet(e.set, c)) for (const t of this.closed(e.to)) next.add(t);
    return [...next].sort((p, q) => p - q);
  }

  private readonly closures = new Map<number, number[]>();

  private closed(state: number): number[] {
    let c = this.closures.get(state);
    if (!c) this.closures.set(state, (c = [...this.closure([state])]));
    return c;
  }

  /** Every state reachable from the starts by reading "." and "-" only (stripped prefixes). */
  afterDotsAndDashes(): number[] {
    let all = [...this.closure(this.starts)];
    for (;;) {
      const more = new Set([...all, ...this.step(all, '.'), ...this.step(all, '-')]);
      if (more.size === all.length) return all.sort((p, q) => p - q);
      all = [...more];
    }
  }

  /** Adds `-` and 8 hex after each of `from`, ending in an accepting state (fitTag's suffix). */
  hashSuffix(from: Iterable<number>): void {
    const tail = this.add();
    for (const s of from) this.epsilon(s, tail);
    const { end } = this.chain(tail, [
      { set: { kind: 'eq', char: '-' }, min: 1, max: 1 },
      { set: HEX, min: 8, max: 8 },
    ]);
    this.accepting.add(end);
  }
}

/**
 * The tags a kind can produce (`render`) or a shape accepts (`accept`), as an automaton whose
 * start states already account for stripped leading "." and "-".
 */
function automaton(language: Language): { nfa: Nfa; start: number[] } {
  const nfa = new Nfa();
  const begin = nfa.add();
  nfa.starts.push(begin);
  const { states, end } = nfa.chain(begin, language.segments);
  nfa.accepting.add(end);
  const start = language.strip
    ? nfa.afterDotsAndDashes()
    : [...nfa.closure(nfa.starts)].sort((p, q) => p - q);
  // Every non-empty prefix of a (stripped) rendering can head a shortened one: an
  // over-approximation of fitTag, added after the start states so the head is never empty.
  if (language.long) nfa.hashSuffix(states);
  return { nfa, start };
}

/**
 * The literal text every tag of `language` starts with: its leading literal characters, less
 * the "." and "-" stripping removes in front and a shortening may trim at the end.
 */
function fixedStart(language: Language): string {
  let text = '';
  for (const s of language.segments) {
    if (s.set.kind !== 'eq' || s.min !== 1 || s.max !== 1) break;
    text += s.set.char;
  }
  if (language.strip) {
    const kept = text.replace(/^[.-]+/, '');
    // All of it may go, and then whatever follows leads: nothing is fixed.
    if (kept.length < text.length && kept === '') return '';
    text = kept;
  }
  return language.long ? text.replace(/[.-]+$/, '') : text;
}

/**
 * The characters a tag of `language` can start with, or undefined when the leading segments
 * do not say (the tag may be empty, or stripping "." and "-" lets a later character lead). A
 * shortened tag keeps its first character (fitTag keeps a non-empty prefix).
 */
function firstChars(language: Language): string | undefined {
  let chars = '';
  for (const s of language.segments) {
    for (const c of ALPHABET) if (s.max > 0 && !chars.includes(c) && inSet(s.set, c)) chars += c;
    if (s.min > 0) return language.strip && /[.-]/.test(chars) ? undefined : chars;
  }
  return undefined;
}

/**
 * The shortest tag `render` can produce that `accept` accepts, or undefined when none can be.
 * A rendered tag never starts with "." or "-" (they are stripped).
 */
function meet(render: Language, accept: Language): string | undefined {
  // Quick answers: tags of both start with their fixed text, so different starts never meet;
  // nor do tags whose first characters cannot be the same.
  const pa = fixedStart(render);
  const pb = fixedStart(accept);
  if (!pa.startsWith(pb) && !pb.startsWith(pa)) return undefined;
  const fa = firstChars(render);
  const fb = firstChars(accept);
  if (fa !== undefined && fb !== undefined && !Array.from(fa).some((c) => fb.includes(c))) {
    return undefined;
  }
  const a = automaton(render);
  const b = automaton(accept);
  // Characters the two automata cannot tell apart behave alike: one representative each.
  const distinct = new Map<string, CharSet>();
  for (const e of [...a.nfa.edges.flat(), ...b.nfa.edges.flat()])
    distinct.set(e.set.kind === 'eq' ? `=${e.set.char}` : e.set.name, e.set);
  const sets = [...distinct.values()];
  const seen = new Set<string>();
  const alphabet: string[] = [];
  for (const c of ALPHABET) {
    const signature = sets.map((s) => (inSet(s, c) ? '1' : '0')).join('');
    if (seen.has(signature)) continue;
    seen.add(signature);
    alphabet.push(c);
  }
  const key = (x: readonly number[], y: readonly number[]): string =>
    `${x.join(',')}|${y.join(',')}`;
  const accepts = (nfa: Nfa, states: readonly number[]): boolean =>
    states.some((s) => nfa.accepting.has(s));
  interface Node {
    x: number[];
    y: number[];
    text: string;
  }
  const visited = new Set<string>([key(a.start, b.start)]);
  let frontier: Node[] = [{ x: a.start, y: b.start, text: '' }];
  while (frontier.length > 0) {
    const next: Node[] = [];
    for (const node of frontier) {
      for (const c of alphabet) {
        if (node.text === '' && render.strip && (c === '.' || c === '-')) continue;
        const x = a.nfa.step(node.x, c);
        if (x.length === 0) continue;
        const y = b.nfa.step(node.y, c);
        if (y.length === 0) continue;
        const text = node.text + c;
        if (accepts(a.nfa, x) && accepts(b.nfa, y)) return text;
        const k = key(x, y);
        if (visited.has(k)) continue;
        visited.add(k);
        next.push({ x, y, text });
      }
    }
    frontier = next;
  }
  return undefined;
}

// ---- The check ------------------------------------------------------------------------------

function freeText(template: string): 'branch' | 'version' | undefined {
  const tokens = parseTemplate(template).flatMap((p) => ('token' in p ? [p.token] : []));
  if (tokens.includes('branch')) return 'branch';
  if (tokens.includes('version')) return 'version';
  return undefined;
}

/**
 * Every way a tag of one kind can take a reserved shape (see the module comment), each with
 * an example. Empty for the defaults (`sha-{sha:7}`, `pr-{pr}-{sha:7}`, `src-{source:16}`,
 * `latest`). Templates must parse (parseTemplate); the config reader checks that first.
 */
export function tagShapeConflicts(templates: TagTemplates): ShapeConflict[] {
  const out: ShapeConflict[] = [];
  type Shape = { kind: ReservedShape; template: string; language: Language };
  const shape = (kind: ReservedShape, template: string): Shape => ({
    kind,
    template,
    language: templateLanguage(template),
  });
  const source =
    templates.sourceTag === undefined ? [] : [shape('source-tag', templates.sourceTag)];
  const commitShapes = [
    shape('tag-template', templates.tagTemplate),
    shape('pr-tag-template', templates.prTagTemplate),
  ];
  const check = (
    origin: TagOrigin,
    template: string,
    language: Language,
    against: readonly Shape[],
    dependsOn: ShapeConflict['dependsOn'],
  ): void => {
    for (const s of against) {
      const example = meet(language, s.language);
      if (example === undefined) continue;
      out.push({
        origin,
        template,
        shapeOf: s.kind,
        shape: s.template,
        example,
        ...(dependsOn ? { dependsOn } : {}),
      });
    }
  };
  for (const c of commitShapes) check(c.kind, c.template, c.language, source, freeText(c.template));
  for (const t of templates.extraTags)
    check('extra-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
  for (const t of templates.promoteTags)
    check('promote-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
  for (const t of templates.requestedTags ?? []) check('tag', t, tagLanguage(t), source, undefined);
  check('release', RELEASE_TEMPLATE, RELEASE_LANGUAGE, source, 'tag name');
  for (const s of source) check('source-tag', s.template, s.language, commitShapes, undefined);
  return out;
}

/** The sentence for a conflict: what renders what, and whose shape that is. */
export function describeConflict(c: ShapeConflict): string {
  const what =
    c.origin === 'release'
      ? `a release's git tag name can give the registry tag "${c.example}"`
      : c.origin === 'tag'
        ? `"${c.template}"`
        : `"${c.template}" can render "${c.example}"`;
  const why =
    c.shapeOf === 'source-tag'
      ? 'source tags are reserved: "an image of this source exists" is decided by that tag alone'
      : `a tag of that shape says which commit an image was built from`;
  return `${what}, which has the shape of ${c.shapeOf} "${c.shape}"; ${why}`;
}
