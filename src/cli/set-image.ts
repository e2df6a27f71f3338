import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../overlay/atomic-write.js';
import type { KustomizeImage } from '../overlay/kustomize.js';
import { parseSetImageArgs, SET_IMAGE_FORMS, SetImageArgError } from '../overlay/set-image-args.js';
import { setImagesText } from '../overlay/set-image.js';
import { parseFlags, UsageError, type CliContext } from './context.js';

const HELP = `usage: image-promote set-image FILE ARG... [--dry-run]

Sets images in a kustomization like \`kustomize edit set image\`, without a kustomize
binary and without touching any other byte of the file (comments, order, quoting).
FILE is a kustomization.yaml (or the directory holding it). Each ARG is one of:
  ${SET_IMAGE_FORMS.join('\n  ')}
A part that is not given is removed from the entry; * keeps what the file has
(e.g. app=*:v2 changes the tag and keeps newName). Entries are matched by name; new ones are
added at the end of images:.

options:
  --dry-run  print the new file instead of writing it`;

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

async function kustomizationFile(cwd: string, input: string): Promise<string> {
  const path = resolve(cwd, input);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`image-promote set-image: ${input} does not exist`);
  }
  if (!info.isDirectory()) return path;
  for (const name of KUSTOMIZATION_FILES) {
    const candidate = join(path, name);
    if (
      await stat(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  throw new UserError(`image-promote set-image: ${input} has no kustomization.yaml`);
}

function show(image: KustomizeImage | undefined): string {
  if (!image) return '(new)';
  const parts = [
    image.newName === undefined ? undefined : `newName=${image.newName}`,
    image.newTag === undefined ? undefined : `newTag=${image.newTag}`,
    image.digest === undefined ? undefined : `digest=${image.digest}`,
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? '(name only)' : parts.join(' ');
}

export async function setImageCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'set-image',
    ctx.args,
    { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    ctx.stdout(`${HELP}\n`);
    return 0;
  }
  const [input, ...args] = positionals;
  if (input === undefined || args.length === 0) {
    throw new UsageError(
      `image-promote set-image: expected FILE and at least one image\n\n${HELP}`,
    );
  }
  let parsed;
  try {
    parsed = parseSetImageArgs(args);
  } catch (err) {
    if (err instanceof SetImageArgError)
      throw new UsageError(`image-promote set-image: ${err.message}`);
    throw err;
  }
  const file = await kustomizationFile(ctx.cwd, input);
  const text = await readFile(file, 'utf8');
  const { after, changes } = setImagesText(text, input, parsed);
  if (values['dry-run']) {
    ctx.stdout(after);
    return 0;
  }
  if (changes.length === 0) {
    ctx.logger.info(`image-promote set-image: ${input} already says that; nothing written`);
    return 0;
  }
  await writeFileAtomic(file, after);
  for (const c of changes) ctx.stdout(`${c.name}: ${show(c.before)} -> ${show(c.after)}\n`);
  return 0;
}
