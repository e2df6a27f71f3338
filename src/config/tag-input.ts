/**
 * The `tag` input's grammar (the CLI's `deploy NAME=REF` is its command-line face): one REF
 * for every image or `NAME=REF` lines, where a REF is
 *
 *   sha-1a2b3c4, v1.2.3      a tag
 *   TAG@sha256:<64 hex>      a tag, checked to point at that digest
 *   sha256:<64 hex>          a digest
 *   ghcr.io/acme/api:v1      a full reference (it has a "/"), with a tag and/or digest
 *   1a2b3c4                  a commit SHA (7–40 lowercase hex, always read as a commit): the
 *                            tag tag-template makes for that commit
 *   *:v2, ghcr.io/acme/api:*, *@sha256:…
 *                            kustomize's `*`: that part is what the overlay has now (the
 *                            image's repository, its tag, its digest)
 *   REF -> TAG               mode promote: the image gets TAG in its repository, instead of
 *                            REF's own tag (`promote SRC DST` on the command line)
 *
 * or `previous`, `previous~N`, `NAME=previous` to roll back.
 */
import { InputError } from '../errors.js';
import { digestProblem, tagProblem, tryParseReference, withTagAndDigest } from '../reference.js';
import { splitImage } from '../overlay/set-image-args.js';
import { nearest } from '../source/check.js';
import type { ImageConfig, RequestedRef, TagRequest } from './types.js';

const SHA_RE = /^[0-9a-f]{7,40}$/;

/**
 * A REF with kustomize's `*` parts (`*:v2`, `ghcr.io/acme/api:*`, `*@sha256:…`): the parts
 * given, read like any REF, and which parts the overlay keeps.
 */
function withKeep(text: string): { ref: RequestedRef } | { problem: string } {
  const parts = splitImage(text);
  const keep: NonNullable<RequestedRef['keep']> = {};
  if (parts.tag === '*') keep.tag = true;
  if (parts.digest === '*') keep.digest = true;
  const tag = parts.tag === '*' ? undefined : parts.tag;
  const digest = parts.digest === '*' ? undefined : parts.digest;
  if (parts.name !== '*' && (parts.name.includes('*') || !parts.name.includes('/'))) {
    return { problem: `"${parts.name}" is not a repository: * stands for a whole part` };
  }
  if ([tag, digest].some((p) => p?.includes('*'))) {
    return { problem: '* stands for a whole part (repository, tag or digest)' };
  }
  const given =
    (parts.name === '*' ? '' : parts.name) +
    (tag !== undefined ? `${parts.name === '*' ? '' : ':'}${tag}` : '') +
    (digest !== undefined ? `@${digest}` : '');
  const body = parts.name === '*' && tag === undefined && digest !== undefined ? digest : given;
  if (body === '' && !keep.tag && !keep.digest) {
    return { problem: 'it names neither a tag nor a digest' };
  }
  const parsed: { ref: RequestedRef } | { problem: string } =
    body === '' ? { ref: {} } : parseRequestedRef(body, { keeps: true });
  if ('problem' in parsed) return parsed;
  return { ref: { ...parsed.ref, keep } };
}

/** Reads one REF; `problem` says why it is none (for the input's or the CLI's message). */
export function parseRequestedRef(
  text: string,
  options: { keeps?: boolean } = {},
): { ref: RequestedRef } | { problem: string } {
  const bad = (problem: string) => ({ problem });
  if (text === '') return bad('the reference is empty');
  if (text.includes('*') && !options.keeps) return withKeep(text);
  if (SHA_RE.test(text)) return { ref: { commit: text } };
  if (text.includes('/')) {
    const parsed = tryParseReference(text);
    if (!parsed.ok) return bad(`not a valid image reference: ${parsed.reason}`);
    const { tag, digest } = parsed.ref;
    if (tag === undefined && digest === undefined && !options.keeps) {
      return bad('a full reference needs a tag or a digest (:tag, @sha256:...)');
    }
    const ref: RequestedRef = { repository: withTagAndDigest(parsed.ref) };
    if (tag !== undefined) ref.tag = tag;
    if (digest !== undefined) ref.digest = digest;
    return { ref };
  }
  const at = text.indexOf('@');
  if (at === -1 && /^[a-z0-9]+([+._-][a-z0-9]+)*:/.test(text)) {
    // `sha256:…` is a digest; `nginx:1.27` is a reference without its repository path.
    const issue = digestProblem(text);
    if (!issue) return { ref: { digest: text } };
    if (/^sha\d+:/.test(text)) return bad(`not a valid digest: ${issue}`);
    return bad(
      `a tag cannot contain ":"; a full reference needs its repository path (docker.io/library/${text})`,
    );
  }
  const tag = at === -1 ? text : text.slice(0, at);
  const tagIssue = tagProblem(tag);
  if (tagIssue) return bad(`"${tag}" is not a valid tag: ${tagIssue}`);
  if (at === -1) return { ref: { tag } };
  const digest = text.slice(at + 1);
  const digestIssue = digestProblem(digest);
  if (digestIssue) return bad(`"${digest}" is not a valid digest: ${digestIssue}`);
  return { ref: { tag, digest } };
}

/** `previous` → 1, `previous~3` → 3; undefined for anything else. */
function parsePrevious(value: string): number | undefined {
  const m = /^previous(?:~(\d+))?$/.exec(value);
  if (!m) return undefined;
  const steps = m[1] === undefined ? 1 : Number(m[1]);
  if (!Number.isSafeInteger(steps) || steps < 1 || steps > 50) {
    throw new InputError('tag', `"${value}": N in previous~N goes from 1 to 50`);
  }
  return steps;
}

/** The `tag` input's lines (comments dropped) → a TagRequest for the configured images. */
export function parseTagInput(
  entries: readonly string[],
  images: readonly ImageConfig[],
): TagRequest | undefined {
  if (entries.length === 0) return undefined;
  const names = images.map((i) => i.name);
  const byName = new Map<string | undefined, { entry: string; value: string }>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const name = eq === -1 ? undefined : entry.slice(0, eq).trim();
    if (name !== undefined && !names.includes(name)) {
      const hint = nearest(name, names, 3);
      throw new InputError(
        'tag',
        `"${entry}" names the image "${name}", which is not configured`,
        `the configured images are: ${names.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
    }
    if (byName.has(name)) {
      throw new InputError(
        'tag',
        name === undefined ? 'gives more than one REF for every image' : `"${name}" is named twice`,
        'give one REF, or NAME=REF lines (one per image)',
      );
    }
    byName.set(name, { entry, value: (eq === -1 ? entry : entry.slice(eq + 1)).trim() });
  }
  const previous = [...byName.values()].map((e) => parsePrevious(e.value));
  if (previous.some((p) => p !== undefined)) {
    if (previous.some((p) => p === undefined)) {
      throw new InputError(
        'tag',
        'mixes "previous" with tags',
        'roll back (previous) and redeploy (tags) in separate runs',
      );
    }
    if (new Set(previous).size > 1)
      throw new InputError('tag', 'asks for different previous~N steps', 'use one N');
    const request: TagRequest = { kind: 'previous', steps: previous[0] ?? 1 };
    if (!byName.has(undefined)) request.images = [...byName.keys()] as string[];
    return request;
  }
  const request: TagRequest = { kind: 'refs', byImage: {} };
  for (const [name, { entry, value: line }] of byName) {
    // `REF -> TAG` (mode promote): the tag the image gets in its own repository.
    const [value = '', as, extra] = line.split(/\s*->\s*/);
    if (extra !== undefined || (as !== undefined && tagProblem(as) !== undefined)) {
      throw new InputError(
        'tag',
        `"${entry}": after "->" comes the one tag the image gets in its repository${as !== undefined && tagProblem(as) ? ` ("${as}": ${tagProblem(as) ?? ''})` : ''}`,
        'e.g. api=ghcr.io/acme/staging-api:v1.2.3 -> v1.2.3',
      );
    }
    const parsed = parseRequestedRef(value);
    if ('problem' in parsed) {
      throw new InputError(
        'tag',
        `"${entry}": ${parsed.problem}`,
        'give a tag such as sha-1a2b3c4, a digest, a full reference, a commit SHA, NAME=REF lines, or "previous" to roll back',
      );
    }
    const ref = as === undefined ? parsed.ref : { ...parsed.ref, as };
    if (name === undefined) request.all = ref;
    else request.byImage[name] = ref;
  }
  return request;
}

/** What a `refs` request asks of image `name`: its own NAME= line, else the line for all. */
export function requestedRef(
  request: TagRequest | undefined,
  name: string,
): RequestedRef | undefined {
  return request?.kind === 'refs' ? (request.byImage[name] ?? request.all) : undefined;
}

/** The tag of a REF that is a tag alone (no digest, repository or commit). */
export function plainTagOf(ref: RequestedRef | undefined): string | undefined {
  return ref && ref.digest === undefined && ref.repository === undefined && ref.commit === undefined
    ? ref.tag
    : undefined;
}
