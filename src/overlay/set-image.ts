/**
 * `set-image` on a kustomization's text: kustomize's `edit set image` results, written in
 * place. Deliberate difference: entries keep their order (kustomize sorts them by name and
 * rewrites the file); new entries go to the end with keys in kustomize's field order.
 */
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
  after: string;
  changes: SetImageChange[];
}

function same(a: KustomizeImage | undefined, b: KustomizeImage): boolean {
  return a?.newName === b.newName && a?.newTag === b.newTag && a?.digest === b.digest;
}

export function setImagesText(
  text: string,
  file: string,
  args: readonly SetImageArg[],
): SetImageResult {
  const before = parseYaml(text, file);
  kustomizeImages(before); // reject a malformed images: list before planning anything
  const edits = args.flatMap((a) => kustomizeEdits(before, a.name, a.patch));
  const after = edits.length === 0 ? text : editYaml(text, file, edits);
  const result = parseYaml(after, file);
  const changes: SetImageChange[] = [];
  for (const { name } of args) {
    const old = findKustomizeImage(before, name);
    const now = findKustomizeImage(result, name);
    if (!now) throw new Error(`internal error: image ${name} missing after set-image`);
    if (!same(old, now)) changes.push({ name, ...(old ? { before: old } : {}), after: now });
  }
  return { after, changes };
}
