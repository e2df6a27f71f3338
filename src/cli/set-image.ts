import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../overlay/atomic-write.js';
import { findKustomizeImage, type KustomizeImage } from '../overlay/kustomize.js';
import {
  parseSetImageArgs,
  SET_IMAGE_FORMS,
  SetImageArgError,
  type SetImageArg,
} from '../overlay/set-image-args.js';
import { setImagesText } from '../overlay/set-image.js';
import { parseYaml } from '../overlay/yaml-edit.js';
import { parseRepositoryName, ReferenceError } from '../reference.js';
import { createRegistryProvider } from '../registry/provider.js';
import { parseFlags, UsageError, type CliContext } from './context.js';
import { cliTagPolicy, overlayFile, verifyImage } from './verify.js';
import { mutableTagRefusal } from '../tags/policy.js';

const HELP = `usage: image-promote set-image FILE ARG... [--no-verify] [--pin-digest] [--dry-run]

Sets images in a kustomization like \`kustomize edit set image\`, without a kustomize
binary and without touching any other byte of the file (comments, order, quoting).
FILE is a kustomization.yaml (or the directory holding it). Each ARG is one of:
  ${SET_IMAGE_FORMS.join('\n  ')}
A part that is not given is removed from the entry; * keeps what the file has
(e.g. app=*:v2 changes the tag and keeps newName). Entries are matched by name; new ones are
added at the end of images:.

Every entry set is verified in its registry first (its repository is the entry's newName,
else its name): a tag or digest that is not there is refused, a tag given with a digest must
point at it, and nothing is written unless all of them check out. Tags that move (latest,
branch names, anything the action's tag-template, pr-tag-template and source-tag cannot make
that is not a version) are refused unless pinned to their digest: give name:tag@digest, or
--pin-digest to write the digest the registry has now.

options:
  --no-verify               plain kustomize replacement: no registry, no tag rule
  --pin-digest              write each entry's verified digest next to its tag
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 print the new file instead of writing it`;

function show(image: KustomizeImage | undefined): string {
  if (!image) return '(new)';
  const parts = [
    image.newName === undefined ? undefined : `newName=${image.newName}`,
    image.newTag === undefined ? undefined : `newTag=${image.newTag}`,
    image.digest === undefined ? undefined : `digest=${image.digest}`,
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? '(name only)' : parts.join(' ');
}

/**
 * Verifies what each argument's entry names after the edit; returns the arguments to apply
 * (with the verified digest set where it is to be pinned) and the digest of every entry.
 * Throws a UserError listing every entry that does not check out.
 */
async function verified(
  ctx: CliContext,
  args: SetImageArg[],
  after: string,
  file: string,
  options: { pinDigest: boolean; insecureRegistries: string[] },
): Promise<{ args: SetImageArg[]; digests: Map<string, string> }> {
  const policy = cliTagPolicy();
  const result = parseYaml(after, file);
  const provider = createRegistryProvider({
    ...ctx.registry,
    logger: ctx.logger,
    env: ctx.env,
    insecureRegistries: options.insecureRegistries,
  });
  const digests = new Map<string, string>();
  const pin = new Set<string>();
  // One problem (or none) per argument, in argument order.
  const problems = await Promise.all(
    args.map(async ({ name }): Promise<string | undefined> => {
      const entry = findKustomizeImage(result, name);
      if (!entry) throw new Error(`internal error: image ${name} missing after set-image`);
      const { newTag: tag, digest } = entry;
      if (tag === undefined && digest === undefined) {
        return `${name}: the entry names no tag or digest, so the manifests' tag would be used, which cannot be verified here — give a tag or digest, or use --no-verify`;
      }
      const mutable = tag === undefined ? undefined : policy.mutableReason(tag);
      if (mutable && digest === undefined && !options.pinDigest) {
        return `${name}: ${mutableTagRefusal(mutable, `give ${name}:${tag ?? ''}@sha256:…, or add --pin-digest to write the digest it has now`)}`;
      }
      const repositoryName = entry.newName ?? entry.name;
      let repository;
      try {
        repository = parseRepositoryName(repositoryName);
      } catch (err) {
        if (!(err instanceof ReferenceError)) throw err;
        return `${name}: "${repositoryName}" is not a repository: ${err.reason}`;
      }
      const v = await verifyImage(provider, repository, tag, digest);
      if ('problem' in v) return `${name}: ${v.problem}`;
      digests.set(name, v.digest);
      if (digest === undefined && options.pinDigest) pin.add(name);
      return undefined;
    }),
  );
  const refused = problems.filter((p): p is string => p !== undefined);
  if (refused.length > 0) {
    throw new UserError(
      `image-promote set-image: refused, nothing was written:\n  ${refused.join('\n  ')}\n(--no-verify sets the images without asking the registry)`,
    );
  }
  if (pin.size === 0) return { args, digests };
  return {
    args: args.map((a) => {
      const d = digests.get(a.name);
      return pin.has(a.name) && d ? { ...a, patch: { ...a.patch, digest: { set: d } } } : a;
    }),
    digests,
  };
}

export async function setImageCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'set-image',
    ctx.args,
    {
      'dry-run': { type: 'boolean' },
      'no-verify': { type: 'boolean' },
      'pin-digest': { type: 'boolean' },
      'insecure-registry': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    ctx.stdout(`${HELP}\n`);
    return 0;
  }
  const [input, ...rawArgs] = positionals;
  if (input === undefined || rawArgs.length === 0) {
    throw new UsageError(
      `image-promote set-image: expected FILE and at least one image\n\n${HELP}`,
    );
  }
  const verify = !(values['no-verify'] ?? false);
  if (!verify && values['pin-digest']) {
    throw new UsageError(
      'image-promote set-image: --pin-digest needs the registry; it cannot go with --no-verify',
    );
  }
  let args;
  try {
    args = parseSetImageArgs(rawArgs);
  } catch (err) {
    if (err instanceof SetImageArgError)
      throw new UsageError(`image-promote set-image: ${err.message}`);
    throw err;
  }
  const file = await overlayFile('set-image', ctx.cwd, input);
  const content = await readFile(file);
  let result = setImagesText(content, input, args);
  let digests = new Map<string, string>();
  if (verify) {
    const checked = await verified(ctx, args, result.text, input, {
      pinDigest: values['pin-digest'] ?? false,
      insecureRegistries: values['insecure-registry'] ?? [],
    });
    digests = checked.digests;
    if (checked.args !== args) result = setImagesText(content, input, checked.args);
  }
  const { after, changes } = result;
  if (values['dry-run']) {
    ctx.stdout(result.text);
    return 0;
  }
  if (changes.length === 0) {
    ctx.logger.info(`image-promote set-image: ${input} already says that; nothing written`);
    return 0;
  }
  await writeFileAtomic(file, after);
  for (const c of changes) {
    const digest = digests.get(c.name);
    ctx.stdout(
      `${c.name}: ${show(c.before)} -> ${show(c.after)}${digest ? ` (verified ${digest})` : ''}\n`,
    );
  }
  return 0;
}
