import { errorMessage, UserError } from '../errors.js';
import {
  formatReference,
  tryParseReference,
  withTagAndDigest,
  type ImageReference,
} from '../reference.js';
import { mapSettled } from '../registry/pool.js';
import { parsePromotionTarget, promoteImage, type PromotionResult } from '../registry/promote.js';
import { createRegistryProvider } from '../registry/provider.js';
import { parseFlags, UsageError, type CliContext } from './context.js';

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
  --concurrency N           pairs promoted at once (default 8)
  --json                    print a JSON array of {source, target, digest, mediaType, size,
                            changed} (or {source, target, error}) instead
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable`;

interface Pair {
  source: ImageReference;
  target: ImageReference;
}

function parsePairs(positionals: string[]): Pair[] {
  if (positionals.length === 0 || positionals.length % 2 !== 0) {
    throw new UsageError(
      `image-promote promote: expected SRC DST pairs, got ${positionals.length} argument(s)\n\n${HELP}`,
    );
  }
  const pairs: Pair[] = [];
  const targets = new Set<string>();
  for (let i = 0; i < positionals.length; i += 2) {
    const src = positionals[i] ?? '';
    const dst = positionals[i + 1] ?? '';
    const parsed = tryParseReference(src);
    if (!parsed.ok) {
      throw new UsageError(`image-promote promote: invalid source "${src}": ${parsed.reason}`);
    }
    const source =
      parsed.ref.tag === undefined && parsed.ref.digest === undefined
        ? withTagAndDigest(parsed.ref, 'latest')
        : parsed.ref;
    let target: ImageReference;
    try {
      target = parsePromotionTarget(source, dst);
    } catch (err) {
      if (err instanceof UserError) throw new UsageError(`image-promote promote: ${err.message}`);
      throw err;
    }
    const key = formatReference(target);
    // Two writes to one tag in the same run would race; the result would depend on timing.
    if (targets.has(key))
      throw new UsageError(`image-promote promote: ${key} is named twice as a target`);
    targets.add(key);
    pairs.push({ source, target });
  }
  return pairs;
}

export async function promoteCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'promote',
    ctx.args,
    {
      'allow-overwrite': { type: 'boolean' },
      concurrency: { type: 'string' },
      json: { type: 'boolean' },
      'insecure-registry': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    ctx.stdout(`${HELP}\n`);
    return 0;
  }
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`image-promote promote: --concurrency must be a positive integer`);
  }
  const pairs = parsePairs(positionals);
  const allowOverwrite = values['allow-overwrite'] ?? false;
  const provider = createRegistryProvider({
    ...ctx.registry,
    logger: ctx.logger,
    env: ctx.env,
    insecureRegistries: values['insecure-registry'] ?? [],
    allowOverwrite,
  });
  const settled = await mapSettled(pairs, concurrency, async ({ source, target }) => {
    const result = await promoteImage(provider, source, target, { allowOverwrite });
    ctx.logger.info(
      result.changed
        ? `promoted ${formatReference(source)} → ${formatReference(target)} (${result.descriptor.digest})`
        : `${formatReference(target)} already is ${result.descriptor.digest}; nothing to do`,
    );
    return result;
  });

  type Row = { pair: Pair; result: PromotionResult } | { pair: Pair; error: string };
  const rows: Row[] = pairs.map((pair, i) => {
    const outcome = settled[i];
    if (outcome?.status === 'fulfilled') return { pair, result: outcome.value };
    const error = errorMessage(outcome?.status === 'rejected' ? outcome.reason : 'not run');
    ctx.logger.info(
      `image-promote promote: ${formatReference(pair.source)} → ${formatReference(pair.target)}: ${error}`,
    );
    return { pair, error };
  });

  if (values.json) {
    const report = rows.map((row) => ({
      source: formatReference(row.pair.source),
      target: formatReference(row.pair.target),
      ...('result' in row
        ? { ...row.result.descriptor, changed: row.result.changed }
        : { error: row.error }),
    }));
    ctx.stdout(`${JSON.stringify(report)}\n`);
  } else {
    for (const row of rows) {
      if (!('result' in row)) continue;
      const digest = row.result.descriptor.digest;
      ctx.stdout(
        pairs.length === 1 ? `${digest}\n` : `${formatReference(row.pair.target)} ${digest}\n`,
      );
    }
  }
  return rows.some((row) => 'error' in row) ? 1 : 0;
}
