/**
 * `set-image` on a kustomization's bytes: kustomize's `edit set image` results, written in
 * place (the old bytes with only the values' ranges replaced, byte-text.ts). Deliberate
 * difference: entries keep their order (kustomize sorts them by name and rewrites the file);
 * new entries go to the end with keys in kustomize's field order.
 */
import { ByteText, checkEncoding } from './byte-text.js';
import {
  findKustomizeImage,
  kustomizeEdits,
  kustomizeImages,
  type KustomizeImage,
} from './kustomize.js';
import type { SetImageArg } from './set-image-args.js';
import { editYaml, parseYaml } from './yaml-edit.js';

export interface SetImageChange {
  name: string;
  before?: KustomizeImage;
  after: KustomizeImage;
}

export interface SetImageResult {
  /** The new file's bytes. */
  after: Buffer;
  /** Their text view (byte-text.ts), for reading the result. */
  text: string;
  changes: SetImageChange[];
}

function same(a: KustomizeImage | undefined, b: KustomizeImage): boolean {
  return a?.newName === b.newName && a?.newTag === b.newTag && a?.digest === b.digest;
}

/** `content`: the kustomization's bytes (or its text, taken as UTF-8). */
export function setImagesText(
  content: Uint8Array | string,
  file: string,
  args: readonly SetImageArg[],
): SetImageResult {
  const source =
    typeof content === 'string' ? ByteText.fromString(content) : ByteText.fromBytes(content);
  checkEncoding(source.original, file);
  const before = parseYaml(source.text, file);
  kustomizeImages(before); // reject a malformed images: list before planning anything
  const edits = args.flatMap((a) => kustomizeEdits(before, a.name, a.patch));
  const edited = edits.length === 0 ? source : editYaml(source, file, edits);
  const after = edited.bytes(file);
  const result = parseYaml(edited.text, file);
  const changes: SetImageChange[] = [];
  for (const { name } of args) {
    const old = findKustomizeImage(before, name);
    const now = findKustomizeImage(result, name);
    if (!now) throw new Error(`internal error: image ${name} missing after set-image`);
    if (!same(old, now)) changes.push({ name, ...(old ? { before: old } : {}), after: now });
  }
  return { after, text: edited.text, changes };
}
