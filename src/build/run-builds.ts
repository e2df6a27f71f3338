/**
 * Builds every requested image once, with bounded parallelism, and proves the result in
 * the registry.
 *
 * Per image: a primary tag that already exists means this commit was built before, so it
 * is reused, never rebuilt. Otherwise other immutable tags are checked before anything is
 * pushed (pushing would move them), the image is built and pushed, and the digest is
 * confirmed by resolving the primary tag in the registry.
 *
 * Failure policy: one failing image does not stop the others. Every image gets an
 * outcome, so one run reports every broken image; what the others pushed is harmless
 * (immutable tags nothing references until overlays are written, which the caller skips
 * on failure) and a re-run after the fix reuses them and rebuilds only the broken one.
 * Mutable tags (`latest`, branch tags) are different — people deploy them — so they are
 * moved through the registry only after every image succeeded.
 */
import { errorMessage, UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import type { Registry, RegistryProvider } from '../registry/types.js';
import type { Builder, BuildOutcome, BuildRequest } from './types.js';

export interface BuildDeps {
  builder: Builder;
  registries: RegistryProvider;
  logger: Logger;
  /** At most this many images are processed at once (values below 1 count as 1). */
  maxParallel: number;
  /** Tag names that may move (e.g. `latest`, a branch tag); every other tag is immutable. */
  mutableTags: ReadonlySet<string>;
  /** Allow moving an existing immutable tag (`allow-tag-overwrite`). */
  allowTagOverwrite: boolean;
  /** Makes docker able to push to a registry host (ECR login); called once per host. */
  login?: (host: string) => Promise<unknown>;
}

/** A ref whose tag or digest is known to exist: the registry resolved it. */
interface Proven {
  ref: ImageReference;
  digest: string;
}

/** Runs `fn` over `items`, at most `limit` at a time; results keep the input order. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

function tagNames(req: BuildRequest): string[] {
  return req.tags.map((t) => t.tag ?? '');
}

export async function buildImages(
  requests: readonly BuildRequest[],
  deps: BuildDeps,
): Promise<BuildOutcome[]> {
  const logins = new Map<string, Promise<unknown>>();
  const login = (host: string): Promise<unknown> => {
    let pending = logins.get(host);
    if (!pending) {
      pending = deps.login ? deps.login(host) : Promise.resolve();
      logins.set(host, pending);
    }
    return pending;
  };

  const results = await mapBounded(requests, deps.maxParallel, async (req) => {
    try {
      return await buildOne(req, deps, login);
    } catch (err) {
      return failed(req, err);
    }
  });
  const failedNames = results
    .filter((r) => r.outcome.status === 'failed')
    .map((r) => r.outcome.name);
  return Promise.all(
    results.map(async (result, index) => {
      const req = requests[index];
      return req ? moveMutableTags(req, result, failedNames, deps) : result.outcome;
    }),
  );
}

/** Points the image's mutable tags at it — only once every image of the run succeeded. */
async function moveMutableTags(
  req: BuildRequest,
  result: Result,
  failedNames: readonly string[],
  deps: BuildDeps,
): Promise<BuildOutcome> {
  const { outcome, proven } = result;
  const mutable = tagNames(req)
    .slice(1)
    .filter((t) => deps.mutableTags.has(t));
  if (!req.push || proven === undefined || mutable.length === 0) return outcome;
  if (failedNames.length > 0) {
    const who = failedNames.map((n) => `'${n}'`).join(', ');
    return {
      ...outcome,
      message: `${outcome.message} Did not move ${mutable.join(', ')} because ${who} failed.`,
    };
  }
  try {
    const registry = await deps.registries.forReference(proven.ref);
    for (const tag of mutable) await registry.addTag(proven.ref, tag, { allowOverwrite: true });
  } catch (err) {
    return { ...failed(req, err, `moving ${mutable.join(', ')}`).outcome, digest: proven.digest };
  }
  return { ...outcome, message: `${outcome.message} Moved ${mutable.join(', ')} to it.` };
}

interface Result {
  outcome: BuildOutcome;
  /** Set when the image exists in the registry under its primary tag. */
  proven?: Proven;
}

function failed(req: BuildRequest, err: unknown, during?: string): Result {
  const error = err instanceof Error ? err : new Error(errorMessage(err));
  return {
    outcome: {
      name: req.image.name,
      status: 'failed',
      tags: tagNames(req),
      message: `image '${req.image.name}' failed${during ? ` while ${during}` : ''}: ${errorMessage(err)}`,
      error,
    },
  };
}

async function buildOne(
  req: BuildRequest,
  deps: BuildDeps,
  login: (host: string) => Promise<unknown>,
): Promise<Result> {
  const primary = req.tags[0];
  if (!primary) throw new Error(`internal: image '${req.image.name}' has no tag to build`);
  const shown = formatReference(primary);
  const registry = await deps.registries.forReference(primary);
  const immutable = req.tags.slice(1).filter((t) => !deps.mutableTags.has(t.tag ?? ''));
  const tags = tagNames(req);

  const existing = await registry.resolve(primary);
  if (existing) {
    const proven = {
      ref: withTagAndDigest(primary, undefined, existing.digest),
      digest: existing.digest,
    };
    const added = req.push ? await ensureTags(registry, proven, immutable, deps) : [];
    deps.logger.info(`${shown} already exists (${existing.digest}): reusing it, not rebuilding`);
    return {
      proven,
      outcome: {
        name: req.image.name,
        status: 'reused',
        digest: existing.digest,
        tags,
        message:
          `Reused ${shown} (${existing.digest}): the tag already exists, so this commit was built before; not rebuilding.` +
          (added.length > 0 ? ` Added missing tags ${added.join(', ')}.` : ''),
      },
    };
  }

  if (req.push) {
    await refuseToMove(registry, immutable, deps);
    await login(primary.domain);
  }
  deps.logger.info(
    `Building ${shown} with ${deps.builder.kind === 'buildx' ? 'docker buildx' : 'docker build'}`,
  );
  // Mutable tags wait until every image succeeded (see the file comment); a local build
  // gets them all since nothing leaves the machine.
  const buildTags = req.push ? [primary, ...immutable] : req.tags;
  const built = await deps.builder.build({ ...req, tags: buildTags });
  if (!req.push) {
    return {
      outcome: {
        name: req.image.name,
        status: 'built',
        tags,
        message: `Built ${shown} locally; not pushed (push is off).`,
      },
    };
  }

  const found = await registry.resolve(primary);
  if (!found) {
    throw new Error(`docker pushed ${shown} but the registry does not have it`);
  }
  if (built.digest !== undefined && built.digest !== found.digest) {
    throw new Error(
      `docker reported digest ${built.digest} for ${shown} but the registry has ${found.digest}; another run may have pushed the same tag`,
    );
  }
  deps.logger.info(`Pushed ${shown} (${found.digest})`);
  return {
    proven: { ref: withTagAndDigest(primary, undefined, found.digest), digest: found.digest },
    outcome: {
      name: req.image.name,
      status: 'built',
      digest: found.digest,
      tags,
      message: `Built and pushed ${shown} (${found.digest}).`,
    },
  };
}

function immutableTagError(ref: ImageReference, digest: string, expected?: string): UserError {
  const what = expected ? `points at ${digest}, not ${expected},` : `already exists (${digest})`;
  return new UserError(
    `tag ${formatReference(ref)} ${what} and immutable tags are never moved — remove it from 'extra-tags', delete it from the registry, or set 'allow-tag-overwrite: true'`,
  );
}

/** Before a push: fail when an immutable extra tag already exists (it would move). */
async function refuseToMove(
  registry: Registry,
  immutable: readonly ImageReference[],
  deps: BuildDeps,
): Promise<void> {
  if (deps.allowTagOverwrite) return;
  for (const ref of immutable) {
    const found = await registry.resolve(ref);
    if (found) throw immutableTagError(ref, found.digest);
  }
}

/**
 * On reuse: make the immutable extra tags point at the image, as a complete run would
 * have (a previous run may have stopped between pushes). Returns the tags it added.
 */
async function ensureTags(
  registry: Registry,
  proven: Proven,
  immutable: readonly ImageReference[],
  deps: BuildDeps,
): Promise<string[]> {
  const added: string[] = [];
  for (const ref of immutable) {
    const found = await registry.resolve(ref);
    if (found?.digest === proven.digest) continue;
    if (found && !deps.allowTagOverwrite) throw immutableTagError(ref, found.digest, proven.digest);
    const tag = ref.tag ?? '';
    await registry.addTag(proven.ref, tag, { allowOverwrite: deps.allowTagOverwrite });
    added.push(tag);
  }
  return added;
}
