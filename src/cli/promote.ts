/**
 * `image-promote promote SRC DST …`: points DST at the image SRC names, without pulling or
 * rebuilding it, through the engine — one image per pair (its repository DST's), promoted
 * from SRC (`mode: promote`, `tag: NAME=SRC -> TAG`), with the engine's tag rules: the
 * digest never changes, a tag that names another image is never moved unless
 * --allow-overwrite, every write is read back.
 */
import type { InputName } from '../config/inputs.js';
import { UserError } from '../errors.js';
import {
  formatReference,
  tryParseReference,
  withTagAndDigest,
  type ImageReference,
} from '../reference.js';
import { parsePromotionTarget } from '../registry/promote.js';
import { commandFlags, UsageError, type CliContext } from './context.js';
import { commandInputs, commandLineTrigger, runDoor } from './run.js';

const HELP = `usage: image-promote promote SRC DST [SRC DST ...] [options]

Points DST at the image SRC names without pulling or rebuilding it; the digest never changes.
  SRC  an image reference (tag or digest; no tag means :latest)
  DST  a bare tag (same repository: the manifest is retagged), or a full reference with a tag
       in the same registry (another repository: layers are mounted, not downloaded)
Several pairs run concurrently in one process (e.g. a whole release).

Prints one line per pair, in argument order: the digest when one pair is given, else
"TARGET DIGEST". A tag that already points to another digest is refused (exit 1). Every
write is read back: a pair fails (exit 1) when the registry returns bytes that do not hash
to what they should, or when another writer moved the tag before it was read back (the
registry API has no compare-and-swap; immutable tags in the registry are the real lock).

options:
  --allow-overwrite         allow moving a tag that already points to another digest
  --concurrency N           pairs promoted at once (default 8, at most 32)
  --json                    print a JSON array of {source, target, digest, mediaType, size}
                            (or {source, target, error}) instead
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable`;

interface Pair {
  source: ImageReference;
  target: ImageReference;
  /** The image the engine promotes this pair as (unique per target). */
  name: string;
}

function parsePairs(positionals: string[]): Pair[] {
  if (positionals.length === 0 || positionals.length % 2 !== 0) {
    throw new UsageError(
      `expected SRC DST pairs, got ${positionals.length} argument(s)\n\n${HELP}`,
    );
  }
  const pairs: Pair[] = [];
  for (let i = 0; i < positionals.length; i += 2) {
    const src = positionals[i] ?? '';
    const dst = positionals[i + 1] ?? '';
    const parsed = tryParseReference(src);
    if (!parsed.ok) throw new UsageError(`invalid source "${src}": ${parsed.reason}`);
    const source =
      parsed.ref.tag === undefined && parsed.ref.digest === undefined
        ? withTagAndDigest(parsed.ref, 'latest')
        : parsed.ref;
    let target: ImageReference;
    try {
      target = parsePromotionTarget(source, dst);
    } catch (err) {
      if (err instanceof UserError) throw new UsageError(err.message);
      throw err;
    }
    const name = formatReference(target);
    // Two writes to one tag in the same run would race; the result would depend on timing.
    if (pairs.some((p) => p.name === name))
      throw new UsageError(`${name} is named twice as a target`);
    pairs.push({ source, target, name });
  }
  return pairs;
}

export async function promoteCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    'allow-overwrite': { type: 'boolean' },
    concurrency: { type: 'string' },
    json: { type: 'boolean' },
    'insecure-registry': { type: 'string', multiple: true },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const pairs = parsePairs(positionals);
  const concurrency = values.concurrency ?? '8';
  if (!/^\d+$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 32) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 32`);
  }
  const text: Partial<Record<InputName, string>> = {
    mode: 'promote',
    tag: pairs
      .map((p) => `${p.name}=${formatReference(p.source)} -> ${p.target.tag ?? ''}`)
      .join('\n'),
    // Whatever the tag, nothing is written into an overlay: the digest is known.
    'pin-digest': 'true',
    'allow-tag-overwrite': values['allow-overwrite'] ? 'true' : 'false',
    'insecure-registries': (values['insecure-registry'] ?? []).join('\n'),
    'promote-tags': '',
    'max-parallel': concurrency,
  };
  const images = pairs.map((p) => ({ name: p.name, repository: withTagAndDigest(p.target).name }));
  const { result } = await runDoor(ctx, {
    inputs: commandInputs({ text, data: { images } }, undefined, ctx.env),
    workspace: ctx.cwd,
    trigger: commandLineTrigger(''),
  });
  if (result.failureKind === 'input') {
    ctx.logger.info(`image-promote promote: ${result.failure ?? ''}`);
    return 2;
  }
  const rows = pairs.map((pair) => {
    const image = result.images.find((i) => i.name === pair.name);
    const source = formatReference(pair.source);
    const target = formatReference(pair.target);
    if (!image || image.status !== 'verified' || !image.digest) {
      const error = image?.error ?? image?.reason ?? result.failure ?? 'not promoted';
      ctx.logger.info(`image-promote promote: ${source} → ${target}: ${error}`);
      return { source, target, error };
    }
    ctx.logger.info(`promoted ${source} → ${target} (${image.digest})`);
    return {
      source,
      target,
      digest: image.digest,
      ...(image.mediaType ? { mediaType: image.mediaType } : {}),
      ...(image.size !== undefined ? { size: image.size } : {}),
    };
  });
  if (values.json) ctx.stdout(`${JSON.stringify(rows)}\n`);
  else {
    for (const row of rows) {
      if (!('digest' in row)) continue;
      ctx.stdout(pairs.length === 1 ? `${row.digest}\n` : `${row.target} ${row.digest}\n`);
    }
  }
  return rows.some((row) => 'error' in row) ? 1 : 0;
}
