/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the bytes
 * (or a text, taken as UTF-8) come in, the state goes out (used for the working tree and for
 * old commits alike). The parsers read the bytes' lossless text view (byte-text.ts).
 */
import { basename } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { InputError, UserError } from '../errors.js';
import { digestProblem, tagProblem } from '../reference.js';
import { ByteText, checkEncoding, printable } from './byte-text.js';
import { isRecord } from './data-path.js';
import { loadFormats, openDocument } from './documents.js';
import { readKeyPathImage } from './key-path-image.js';
import { kustomizeImages } from './kustomize.js';
import { KUSTOMIZATION_FILES } from './kustomization-files.js';
import type { OverlayImageState, OverlayState, ResolvedOverlayFormat } from './types.js';
import { parseYaml, type YamlFile } from './yaml-edit.js';

/** True for `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y: YamlFile): boolean {
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

/** The format by the file name alone (JSON and Terraform variables), if it says. */
function formatByName(path: string): ResolvedOverlayFormat | undefined {
  const name = basename(path);
  if (KUSTOMIZATION_FILES.includes(name)) return 'kustomize';
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.tfvars')) return 'tfvars';
  return undefined;
}

/**
 * Loads the editor `overlay`'s format needs (JSON and tfvars load on demand: documents.ts),
 * known from the configuration alone: readOverlayText of this overlay works after it.
 */
export async function loadOverlayFormat(overlay: OverlayConfig): Promise<void> {
  const given = overlay.format;
  await loadFormats([given === 'auto' ? (formatByName(overlay.path) ?? 'yaml') : given]);
}

interface Resolved {
  format: ResolvedOverlayFormat;
  /** The parsed YAML when detection needed it. */
  yaml?: YamlFile;
}

/**
 * Resolves `overlay-format`: `helm` is `yaml`; `auto` goes by the file name (kustomization
 * files, `.json` and `.tfvars.json`, `.tfvars`), then by content (`kind: Kustomization`, an
 * `images:` list of named entries), then YAML key paths when the images have a `key`.
 */
function resolveFormat(
  text: string,
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): Resolved {
  const given = overlay.format;
  if (given === 'helm') return { format: 'yaml' };
  if (given === 'kustomize') {
    // Told it is a kustomization (set-image): anything else is refused before it is used.
    if (formatByName(overlay.path) === 'kustomize') return { format: 'kustomize' };
    const yaml = parseYaml(text, overlay.path);
    if (yaml.data === null || yaml.data === undefined || looksLikeKustomization(yaml)) {
      return { format: 'kustomize', yaml };
    }
    throw new UserError(
      `${overlay.path} is not a kustomization: it is not named kustomization.yaml and has no kind: Kustomization and no images: list — kustomize images are set in a kustomization; for a Helm values, YAML, JSON or tfvars file give each image its key`,
    );
  }
  if (given !== 'auto') return { format: given };
  const byName = formatByName(overlay.path);
  if (byName) return { format: byName };
  const yaml = parseYaml(text, overlay.path);
  if (looksLikeKustomization(yaml)) return { format: 'kustomize', yaml };
  if (images.some((i) => i.key !== undefined)) return { format: 'yaml', yaml };
  const names = images.map((i) => i.name).join(', ');
  throw new InputError(
    'overlay-format',
    `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list), not .json or .tfvars, and no image (${names}) has a key`,
    `give each image the key path of its value in ${overlay.path} (images' key; on the command line --key NAME=PATH), or set overlay-format`,
  );
}

function checkValues(state: OverlayImageState, path: string, warnings: string[]): void {
  const { tag, digest } = state.value;
  const tagIssue = tag === undefined ? undefined : tagProblem(tag);
  if (tagIssue) {
    warnings.push(
      `${path}: image ${state.name} has tag "${printable(tag ?? '')}", which is not a valid tag: ${tagIssue}`,
    );
  }
  const digestIssue = digest === undefined ? undefined : digestProblem(digest);
  if (digestIssue) {
    warnings.push(
      `${path}: image ${state.name} has digest "${printable(digest ?? '')}", which is not valid: ${digestIssue}`,
    );
  }
}

function kustomizeState(
  source: ByteText,
  y: YamlFile,
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): Omit<OverlayState, 'warnings'> & { warnings: string[] } {
  const entries = kustomizeImages(y);
  const states = new Map<string, OverlayImageState>();
  for (const image of images) {
    const entry = entries.find((e) => e.name === image.name);
    const slot = `images[name=${image.name}]`;
    if (!entry) {
      states.set(image.name, { name: image.name, found: false, value: {}, slot });
      continue;
    }
    const state: OverlayImageState = {
      name: image.name,
      found: true,
      value: {},
      shape: entry.newTag === undefined && entry.digest !== undefined ? 'digest' : 'tag',
      slot,
    };
    if (entry.newName !== undefined) state.value.repository = entry.newName;
    if (entry.newTag !== undefined) state.value.tag = entry.newTag;
    if (entry.digest !== undefined) state.value.digest = entry.digest;
    if (entry.line !== undefined) state.line = entry.line;
    states.set(image.name, state);
  }
  return {
    overlay,
    format: 'kustomize',
    bytes: source.original,
    text: source.text,
    images: states,
    known: entries.map((e) => e.name),
    warnings: [],
  };
}

/**
 * What `content` (the overlay's bytes now, or its text at some commit, taken as UTF-8) says
 * about `images`. A JSON or tfvars overlay's editor is loaded first (loadOverlayFormat).
 */
export function readOverlayText(
  content: Uint8Array | string,
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): OverlayState {
  const source =
    typeof content === 'string' ? ByteText.fromString(content) : ByteText.fromBytes(content);
  checkEncoding(source.original, overlay.path);
  const { text } = source;
  const { format, yaml } = resolveFormat(text, overlay, images);
  let state: OverlayState & { warnings: string[] };
  if (format === 'kustomize') {
    state = kustomizeState(source, yaml ?? parseYaml(text, overlay.path), overlay, images);
  } else {
    const doc = openDocument(format, source, overlay.path, yaml);
    const warnings: string[] = [];
    const states = new Map<string, OverlayImageState>();
    for (const image of images) states.set(image.name, readKeyPathImage(doc, image, warnings));
    state = {
      overlay,
      format,
      bytes: source.original,
      text,
      images: states,
      known: doc.keys(),
      warnings,
    };
  }
  for (const s of state.images.values()) checkValues(s, overlay.path, state.warnings);
  return state;
}
