/**
 * Byte-exact before/after fixtures for every overlay format
 * (__tests__/fixtures/overlays/<format>/<case>/{case.json,before,after}): the planned text
 * must equal `after` byte for byte, read back as the expected values, plan nothing the
 * second time, and parse with the format's real consumer (the yaml library, JSON.parse,
 * HashiCorp's HCL parser via @cdktf/hcl2json) to the same document except the written keys.
 */
import { describe, expect, it } from '@jest/globals';
import { parseHcl } from '../../support/hcl2json.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYamlText } from 'yaml';
import type { ImageConfig, OverlayConfig, ValueShapeInput } from '../../../src/config/types.js';
import { dataAt, isRecord } from '../../../src/overlay/data-path.js';
import { parseKeyPath, type KeyPath } from '../../../src/overlay/key-path.js';
import { planOverlayEdit } from '../../../src/overlay/plan.js';
import { readOverlayText } from '../../../src/overlay/state.js';
import type { ImageUpdate, ImageValue, PlanOptions } from '../../../src/overlay/types.js';
import { overlayImage } from '../../support/images.js';
import { loadFormats } from '../../../src/overlay/documents.js';

// The JSON and tfvars editors load on demand (src/overlay/documents.ts); these tests call them directly.
await loadFormats(['json', 'tfvars']);

interface Case {
  description: string;
  path: string;
  images: { name: string; key?: string; repositoryKey?: string; value?: ValueShapeInput }[];
  updates: { image: string; repository: string; tag?: string; digest?: string }[];
  options: { pinDigest: boolean; createMissing?: boolean; mutableTags?: string[] };
  expect: Record<string, ImageValue>;
}

const ROOT = new URL('../../fixtures/overlays/', import.meta.url);
const FORMATS = ['kustomize', 'yaml', 'json', 'tfvars'] as const;
type Format = (typeof FORMATS)[number];

function cases(format: Format): [string, Case, URL][] {
  const dir = new URL(`${format}/`, ROOT);
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const at = new URL(`${name}/`, dir);
      const c = JSON.parse(readFileSync(new URL('case.json', at), 'utf8')) as Case;
      return [`${name}: ${c.description}`, c, at];
    });
}

function setup(c: Case): {
  images: ImageConfig[];
  updates: ImageUpdate[];
  options: PlanOptions;
  overlay: OverlayConfig;
} {
  const images = c.images.map((i) =>
    overlayImage(i.name, {
      ...(i.key ? { key: i.key } : {}),
      ...(i.repositoryKey ? { repositoryKey: i.repositoryKey } : {}),
      value: i.value ?? 'auto',
    }),
  );
  const byName = new Map(images.map((i) => [i.name, i]));
  const updates = c.updates.map(({ image, ...rest }) => {
    const config = byName.get(image);
    if (!config) throw new Error(`case names unknown image ${image}`);
    return { image: config, ...rest };
  });
  const mutable = new Set(['latest', ...(c.options.mutableTags ?? [])]);
  return {
    images,
    updates,
    options: {
      pinDigest: c.options.pinDigest,
      createMissing: c.options.createMissing ?? false,
      isImmutable: (tag) => !mutable.has(tag),
    },
    overlay: { file: `/ws/${c.path}`, path: c.path, format: 'auto' },
  };
}

/** The document as the format's real consumer parses it. */
async function consumerParse(format: Format, text: string): Promise<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === 'json') return JSON.parse(body) as unknown;
  if (format === 'tfvars') return parseHcl('overlay.tfvars', body);
  return parseYamlText(body) as unknown;
}

/** Objects left empty by removing keys go too (they may have been created by the edit). */
function prune(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(prune);
  if (!isRecord(data)) return data;
  const entries = Object.entries(data)
    .map(([k, v]) => [k, prune(v)] as const)
    .filter(([, v]) => !(isRecord(v) && Object.keys(v).length === 0));
  return Object.fromEntries(entries);
}

/** `data` without the values at `paths` (the ones an edit may change). */
function without(data: unknown, paths: readonly KeyPath[]): unknown {
  const copy = structuredClone(data);
  for (const path of paths) {
    const parent = dataAt(copy, path.slice(0, -1));
    const last = path[path.length - 1];
    if (isRecord(parent) && typeof last === 'string') Reflect.deleteProperty(parent, last);
    if (Array.isArray(parent) && typeof last === 'object') {
      const item: unknown = parent.find(
        (i) => isRecord(i) && String(i[last.field]) === last.equals,
      );
      if (isRecord(item)) delete item.image;
    }
  }
  return prune(copy);
}

function writtenPaths(format: Format, c: Case): KeyPath[] {
  if (format === 'kustomize') return [['images']];
  return c.images.flatMap((i) => {
    if (!i.key) return [];
    const key = parseKeyPath(i.key);
    const paths: KeyPath[] = [key, [...key.slice(0, -1), 'digest']];
    if (i.repositoryKey) paths.push(parseKeyPath(i.repositoryKey));
    return paths;
  });
}

describe.each(FORMATS)('%s fixtures', (format) => {
  it.each(cases(format))('%s', async (_, c, dir) => {
    const before = readFileSync(new URL('before', dir), 'utf8');
    const { images, updates, options, overlay } = setup(c);
    const state = readOverlayText(before, overlay, images);
    expect(state.format).toBe(format);
    const edit = planOverlayEdit(state, updates, options);
    const afterFile = new URL('after', dir);
    if (!existsSync(afterFile) && process.env.IMAGE_PROMOTE_WRITE_FIXTURES === '1') {
      writeFileSync(afterFile, edit.after);
    }
    expect(edit.after.toString('utf8')).toBe(readFileSync(afterFile, 'utf8'));
    expect(edit.changed).toBe(true);

    const again = readOverlayText(edit.after, overlay, images);
    for (const [name, value] of Object.entries(c.expect)) {
      expect(again.images.get(name)?.value).toEqual(value);
    }
    expect(planOverlayEdit(again, updates, options).changed).toBe(false);

    // The real consumer reads the same values and the same document elsewhere.
    const parsedBefore = await consumerParse(format, before);
    const parsedAfter = await consumerParse(format, edit.after.toString('utf8'));
    if (format !== 'kustomize') {
      for (const image of c.images) {
        const key = image.key ? parseKeyPath(image.key) : undefined;
        const read = key ? again.images.get(image.name) : undefined;
        if (!key || !read?.found) continue;
        const { repository, tag, digest } = read.value;
        expect(dataAt(parsedAfter, key)).toBe(
          read.shape === 'reference'
            ? `${repository ?? ''}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`
            : read.shape === 'digest'
              ? digest
              : tag,
        );
      }
    }
    const paths = writtenPaths(format, c);
    expect(without(parsedAfter, paths)).toEqual(without(parsedBefore, paths));
  });
});
