/**
 * `image-promote ref REF`: how a reference is read (domain, path, tag, digest, the full and
 * the familiar name), as JSON; no registry, no engine run.
 */
import { commandFlags, singleReference, type CliContext } from './context.js';

const HELP = `usage: image-promote ref REF

Prints how REF is read, as JSON: {"domain","path","tag","digest","name","familiar"}.
"name" is fully qualified (docker.io/library/nginx), "familiar" is Docker's short form
(nginx:1.27); "tag" and "digest" are null when absent. Exits 2 with the reason when REF is
not a valid image reference (distribution reference grammar).`;

export function refCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {});
  if (!flags) return Promise.resolve(0);
  const ref = singleReference(flags.positionals, HELP);
  const { domain, path, tag, digest, name, familiar } = ref;
  const out = { domain, path, tag: tag ?? null, digest: digest ?? null, name, familiar };
  ctx.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return Promise.resolve(0);
}
