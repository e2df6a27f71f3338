/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the text
 * comes in, the state goes out (used for the working tree and for old commits alike).
 */
import { basename } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { InputError } from '../errors.js';
import { digestProblem, tagProblem } from '../reference.js';
import { imageKeys, readKeyPathImage } from './key-path-image.js';
import { kustomizeImages } from './kustomize.js';
import type { OverlayImageState, OverlayState, ResolvedOverlayFormat } from './types.js';
import { parseYaml, type YamlFile } from './yaml-edit.js';

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a kustomization file name, `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y: YamlFile, path: string): boolean {
  if (KUSTOMIZATION_FILES.has(basename(path))) return true;
  const data = y.data;
  if (!isRecord(data)) return false;
  if (
    (data.kind === 'Kustomization' || data.kind === 'Component') &&
    typeof data.apiVersion === 'string' &&
    data.apiVersion.startsWith('kustomize.config.k8s.io/')
  ) {
    return true;
  }
  const images = data.images;
  return (
    Array.isArray(images) &&
    images.length > 0 &&
    images.every((i) => isRecord(i) && typeof i.name === 'string')
  );
}

/** Resolves `overlay-format: auto`: kustomize when it looks like one, else Helm key paths. */
export function resolveFormat(
  y: YamlFile,
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): ResolvedOverlayFormat {
  if (overlay.format === 'json' || overlay.format === 'tfvars') {
    throw new InputError('overlay-format', `"${overlay.format}" is not supported yet`);
  }
  if (overlay.format !== 'auto') return overlay.format;
  if (looksLikeKustomization(y, overlay.path)) return 'kustomize';
  if (images.some((i) => i.key !== undefined)) return 'helm';
  throw new InputError(
    'overlay-format',
    `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list) and no image has a helm-key`,
    'set overlay-format, or helm-key on each image',
  );
}

function checkValues(state: OverlayImageState, path: string, warnings: string[]): void {
  const tagIssue = state.tag === undefined ? undefined : tagProblem(state.tag);
  if (tagIssue) {
    warnings.push(
      `${path}: image ${state.name} has tag "${state.tag ?? ''}", which is not a valid tag: ${tagIssue}`,
    );
  }
  const digestIssue = state.digest === undefined ? undefined : digestProblem(state.digest);
  if (digestIssue) {
    warnings.push(
      `${path}: image ${state.name} has digest "${state.digest ?? ''}", which is not valid: ${digestIssue}`,
    );
  }
}

/** What an already parsed overlay says about `images`. */
export function overlayState(
  y: YamlFile,
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): OverlayState {
  const format = resolveFormat(y, overlay, images);
  const warnings: string[] = [];
  const states = new Map<string, OverlayImageState>();
  const entries = format === 'kustomize' ? kustomizeImages(y) : [];
  for (const image of images) {
    let state: OverlayImageState;
    if (format === 'kustomize') {
      const entry = entries.find((e) => e.name === image.name);
      state = { name: image.name, found: entry !== undefined };
      if (entry) {
        if (entry.newName !== undefined) state.newName = entry.newName;
        if (entry.newTag !== undefined) state.tag = entry.newTag;
        if (entry.digest !== undefined) state.digest = entry.digest;
        if (entry.line !== undefined) state.line = entry.line;
      }
    } else if (image.key === undefined) {
      state = { name: image.name, found: false };
      warnings.push(
        `${overlay.path}: image ${image.name} has no helm-key, so it cannot be found in this ${format} file`,
      );
    } else {
      const { found, tag, newName, digest, line, tagIsNumber } = readKeyPathImage(
        y,
        imageKeys(image.key, image.repositoryKey),
      );
      state = { name: image.name, found };
      if (tag !== undefined) state.tag = tag;
      if (newName !== undefined) state.newName = newName;
      if (digest !== undefined) state.digest = digest;
      if (line !== undefined) state.line = line;
      if (tagIsNumber) {
        warnings.push(
          `${overlay.path}:${line ?? '?'}: ${image.key} is written as a number (${tag ?? ''}); Helm reads it as a number — quote it`,
        );
      }
    }
    checkValues(state, overlay.path, warnings);
    states.set(image.name, state);
  }
  return { overlay, format, images: states, warnings };
}

/** Parses `text` (the overlay's content now or at some commit) and reads it. */
export function readOverlayText(
  text: string,
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): OverlayState {
  return overlayState(parseYaml(text, overlay.path), overlay, images);
}
