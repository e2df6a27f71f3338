/**
 * Builds every requested image, with bounded parallelism, streams the builder's output as it
 * arrives, and proves each pushed image in the registry.
 *
 * The engine decides everything about tags before calling this (which tags to push now,
 * which existing tags may move — see src/tags/policy.ts): each request's tags are built and
 * pushed exactly as given. After a push the primary tag is read back from the registry,
 * which computes the digest from the bytes it holds; a missing tag or a digest other than
 * the one docker reported fails the image.
 *
 * Output: one build at a time → docker's lines inside a log group per image; builds in
 * parallel → each line prefixed with `[image] ` (groups cannot interleave). Either way a
 * one-line result with the elapsed time is printed as each image finishes.
 *
 * Failure policy: one failing image does not stop the others; every image gets an outcome,
 * so one run reports every broken image.
 */
import { performance } from 'node:perf_hooks';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import type { RegistryProvider } from '../registry/types.js';
import { DockerCommandError, formatElapsed } from './output.js';
import type { Builder, BuildOutcome, BuildOutput, BuildRequest } from './types.js';

export interface BuildDeps {
  builder: Builder;
  registries: RegistryProvider;
  logger: Logger;
  /** At most this many images are built at once (values below 1 count as 1). */
  maxParallel: number;
  /** Makes docker able to push to a registry host (ECR login); called once per host. */
  login?: (host: string) => Promise<unknown>;
  /** Monotonic clock in milliseconds for elapsed times; defaults to performance.now. */
  clock?: () => number;
}

/** Runs `fn` over `items`, at most `workers` at a time; results keep the input order. */
async function mapBounded<T, R>(
  items: readonly T[],
  workers: number,
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
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** An outcome of `req`: its name and tag names, with `fields`. */
function outcomeOf(req: BuildRequest, fields: Omit<BuildOutcome, 'name' | 'tags'>): BuildOutcome {
  return { name: req.image.name, tags: req.tags.map((t) => t.tag ?? ''), ...fields };
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
  const clock = deps.clock ?? (() => performance.now());
  const workers = Math.max(1, Math.min(Math.floor(deps.maxParallel) || 1, requests.length));
  const parallel = workers > 1;
  const { logger } = deps;

  return mapBounded(requests, workers, async (req) => {
    const name = req.image.name;
    const primary = req.tags[0];
    const title = primary ? `${name} ${formatReference(primary)}` : name;
    const start = clock();
    const attempt = async (output: BuildOutput): Promise<BuildOutcome> => {
      try {
        return await buildOne(req, deps, login, output, () => clock() - start);
      } catch (err) {
        return failed(req, err, clock() - start);
      }
    };
    let outcome: BuildOutcome;
    if (parallel) {
      logger.info(`[${name}] building ${primary ? formatReference(primary) : name}`);
      outcome = await attempt((line) => {
        logger.info(`[${name}] ${line}`);
      });
    } else {
      outcome = await logger.group(title, () =>
        attempt((line) => {
          logger.info(line);
        }),
      );
    }
    logger.info(resultLine(req, outcome));
    return outcome;
  });
}

/** `api: built and pushed … in 12.3 s` / `web: failed after 3.1 s: …`, one line. */
function resultLine(req: BuildRequest, outcome: BuildOutcome): string {
  const name = req.image.name;
  const elapsed = formatElapsed(outcome.elapsedMs);
  const primary = req.tags[0] ? formatReference(req.tags[0]) : name;
  if (outcome.status === 'failed') {
    return `${name}: failed after ${elapsed}: ${shortError(outcome.error)}`;
  }
  if (!req.push) return `${name}: built ${primary} locally (push is off) in ${elapsed}`;
  if (req.untagged) {
    const tags = req.tags.map((t) => t.tag ?? '').join(', ');
    return `${name}: built and pushed ${req.image.repository.name}@${outcome.digest ?? '?'} untagged (signed, then tagged ${tags}) in ${elapsed}`;
  }
  const others = req.tags.slice(1).map((t) => t.tag ?? '');
  const also = others.length > 0 ? ` (also ${others.join(', ')})` : '';
  return `${name}: built and pushed ${primary}${also} (${outcome.digest ?? '?'}) in ${elapsed}`;
}

/** The error on one line: a docker failure as its command, exit code and last line. */
function shortError(error: Error | undefined): string {
  if (error instanceof DockerCommandError) {
    const last = error.tail.at(-1);
    return `${error.command} exited with code ${error.exitCode}${last ? `: ${last}` : ''}`;
  }
  return (error ? errorMessage(error) : 'unknown error').split('\n')[0] ?? '';
}

function failed(req: BuildRequest, err: unknown, elapsedMs: number): BuildOutcome {
  const error = err instanceof Error ? err : new Error(errorMessage(err));
  const message = `image '${req.image.name}' failed: ${errorMessage(err)}`;
  return outcomeOf(req, { status: 'failed', message, error, elapsedMs });
}

async function buildOne(
  req: BuildRequest,
  deps: BuildDeps,
  login: (host: string) => Promise<unknown>,
  output: BuildOutput,
  elapsed: () => number,
): Promise<BuildOutcome> {
  const primary: ImageReference | undefined = req.tags[0];
  if (!primary) throw new Error(`internal: image '${req.image.name}' has no tag to build`);
  const shown = formatReference(primary);
  if (req.push) await login(primary.domain);
  const built = await deps.builder.build(req, output);
  if (!req.push) {
    const message = `Built ${shown} locally; not pushed (push is off).`;
    return outcomeOf(req, { status: 'built', message, elapsedMs: elapsed() });
  }
  const registry = await deps.registries.forReference(primary);
  // An untagged push (to be signed first) is found by its digest; its tags come later.
  const pushed =
    req.untagged && built.digest !== undefined
      ? withTagAndDigest(primary, undefined, built.digest)
      : primary;
  if (req.untagged && built.digest === undefined) {
    throw new Error(`the builder pushed ${req.image.name} by digest but reported no digest`);
  }
  const found = await registry.resolve(pushed);
  if (!found) {
    throw new Error(`docker pushed ${formatReference(pushed)} but the registry does not have it`);
  }
  if (built.digest !== undefined && built.digest !== found.digest) {
    throw new Error(
      `docker reported digest ${built.digest} for ${shown} but the registry has ${found.digest}; another run may have pushed the same tag`,
    );
  }
  return outcomeOf(req, {
    status: 'built',
    digest: found.digest,
    message: req.untagged
      ? `Built and pushed ${req.image.repository.name}@${found.digest}; its tags follow once it is signed.`
      : `Built and pushed ${shown} (${found.digest}).`,
    elapsedMs: elapsed(),
  });
}
