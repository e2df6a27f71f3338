/**
 * `image-promote set-image FILE ARG…`: `kustomize edit set image`, for kustomizations only,
 * through the engine. Each argument (kustomize's grammar, src/overlay/set-image-args.ts)
 * becomes a `NAME=REF` line of the action's `tag` input; the engine verifies every entry in
 * its registry, refuses tags that move unless pinned, and writes only the values it sets.
 * Anything but a kustomization is refused before any registry request; `--no-verify` only
 * skips the registry (and, with it, the tag rule), as kustomize does.
 */
import type { InputName } from '../config/inputs.js';
import { Git } from '../git.js';
import { workspaceRelative } from '../paths.js';
import type { OverlayChange } from '../overlay/types.js';
import {
  parseSetImageArgs,
  SET_IMAGE_FORMS,
  SetImageArgError,
  type SetImageArg,
} from '../overlay/set-image-args.js';
import type { FieldChange } from '../overlay/kustomize.js';
import { parseRepositoryName } from '../reference.js';
import { overlayFile, commandFlags, UsageError, workspaceFor, type CliContext } from './context.js';
import { commandInputs, commandLineTrigger, failedRun, runDoor } from './run.js';

const HELP = `usage: image-promote set-image FILE ARG... [--no-verify] [--pin-digest] [--dry-run]

Sets images in a kustomization like \`kustomize edit set image\`, without a kustomize
binary and without touching any other byte of the file (comments, order, quoting).
FILE is a kustomization.yaml (or the directory holding it); any other file is refused.
Each ARG is one of:
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

Deliberate differences from kustomize: every part is validated; an entry must name a tag or
a digest (an entry with neither would run whatever the manifests say); entries keep their
order; a digest that still names the tag set stays.

options:
  --no-verify               plain kustomize replacement: no registry, no tag rule
  --pin-digest              write each entry's verified digest next to its tag
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 print the new file instead of writing it`;

/** One part of a REF: `*` keeps what the file has, nothing drops it. */
function part(change: FieldChange, prefix: string): string {
  if (change === 'keep') return `${prefix}*`;
  if (change === 'remove') return '';
  return `${prefix}${change.set}`;
}

/**
 * An argument as a `NAME=REF` line of the `tag` input: the repository is the new name, `*`
 * (keep the file's), or — when kustomize drops newName — the image's own name.
 */
export function setImageRef(arg: SetImageArg): string {
  const { newName, newTag, digest } = arg.patch;
  if (newTag === 'remove' && digest === 'remove') {
    throw new UsageError(
      `${arg.name}: the argument names neither a tag nor a digest, so the entry would run whatever tag the manifests say, which cannot be verified — add :TAG or @DIGEST`,
    );
  }
  const repository =
    newName === 'keep'
      ? '*'
      : parseRepositoryName(newName === 'remove' ? arg.name : newName.set).name;
  return `${arg.name}=${repository}${part(newTag, ':')}${part(digest, '@')}`;
}

function show(value: OverlayChange['before']): string {
  if (!value) return '(new)';
  const parts = [
    value.repository === undefined ? undefined : `newName=${value.repository}`,
    value.tag === undefined ? undefined : `newTag=${value.tag}`,
    value.digest === undefined ? undefined : `digest=${value.digest}`,
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? '(name only)' : parts.join(' ');
}

export async function setImageCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    'dry-run': { type: 'boolean' },
    'no-verify': { type: 'boolean' },
    'pin-digest': { type: 'boolean' },
    'insecure-registry': { type: 'string', multiple: true },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const [input, ...rawArgs] = positionals;
  if (input === undefined || rawArgs.length === 0) {
    throw new UsageError(`expected FILE and at least one image\n\n${HELP}`);
  }
  const verify = !(values['no-verify'] ?? false);
  if (!verify && values['pin-digest']) {
    throw new UsageError('--pin-digest needs the registry; it cannot go with --no-verify');
  }
  let args: SetImageArg[];
  try {
    args = parseSetImageArgs(rawArgs);
  } catch (err) {
    if (err instanceof SetImageArgError) throw new UsageError(err.message);
    throw err;
  }
  const file = await overlayFile(ctx.cwd, input);
  // Nothing outside the workspace (the repository around, or the file's) is written.
  const workspace = await workspaceFor(
    ctx,
    file,
    (await new Git(ctx.cwd, ctx.logger).showToplevel()) ?? ctx.cwd,
  );
  const text: Partial<Record<InputName, string>> = {
    overlay: workspaceRelative(workspace, file),
    'overlay-format': 'kustomize',
    tag: args.map(setImageRef).join('\n'),
    mode: 'auto',
    'write-overlay': 'true',
    // kustomize adds an entry for a name the file does not have.
    'create-missing': 'true',
    'pin-digest': values['pin-digest'] ? 'true' : 'false',
    'dry-run': values['dry-run'] ? 'true' : 'false',
    'insecure-registries': (values['insecure-registry'] ?? []).join('\n'),
    'registry-check': verify ? 'true' : 'false',
  };
  const { result } = await runDoor(ctx, {
    inputs: commandInputs(
      { text, data: { images: args.map((a) => ({ name: a.name })) } },
      undefined,
      ctx.env,
    ),
    workspace,
    trigger: commandLineTrigger(''),
    git: new Git(workspace, ctx.logger),
  });
  if (result.failure) return failedRun(ctx, 'set-image', result);
  if (values['dry-run']) {
    const planned = result.overlayTexts[0];
    // A preview on a terminal: the new file as text.
    ctx.stdout(planned ? planned.after.toString('utf8') : '');
    if (!planned) ctx.logger.info(`image-promote set-image: ${input} already says that`);
    return 0;
  }
  if (result.overlayChanges.length === 0) {
    ctx.logger.info(`image-promote set-image: ${input} already says that; nothing written`);
    return 0;
  }
  for (const c of result.overlayChanges) {
    const image = result.images.find((i) => i.name === c.image);
    const verified =
      image?.status === 'verified' && image.digest ? ` (verified ${image.digest})` : '';
    ctx.stdout(`${c.image}: ${show(c.before)} -> ${show(c.after)}${verified}\n`);
  }
  return 0;
}
