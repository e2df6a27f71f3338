import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import {
  planOverlayEdit,
  readOverlay,
  writeOverlayEdits,
} from '../../../src/overlay/overlay-files.js';
import { overlayImage } from '../../support/images.js';

let ws: string;

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'ip-write-'));
});

afterAll(() => {
  rmSync(ws, { recursive: true, force: true });
});

const image = (name: string, key?: string): ImageConfig => overlayImage(name, key ? { key } : {});

function place(path: string, content: string, mode = 0o644): OverlayConfig {
  const file = join(ws, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, mode);
  return { file, path, format: 'auto' };
}

const K = '# staging\nimages:\n- name: api\n  newTag: v1\n';
const V = 'api:\n  image:\n    tag: v1 # CI\n';

describe('writing overlays', () => {
  it('writes several overlays atomically, keeping each file’s mode, and leaves no temp files', async () => {
    const k = place('a/kustomization.yaml', K, 0o600);
    const v = place('a/values.yaml', V, 0o664);
    const edits = [
      await planOverlayEdit(k, [{ image: image('api'), tag: 'v2' }], { pinDigest: false }),
      await planOverlayEdit(v, [{ image: image('api', 'api.image.tag'), tag: 'v2' }], {
        pinDigest: false,
      }),
    ];
    expect(await writeOverlayEdits(edits)).toEqual(['a/kustomization.yaml', 'a/values.yaml']);
    expect(readFileSync(k.file, 'utf8')).toBe(K.replace('v1', 'v2'));
    expect(readFileSync(v.file, 'utf8')).toBe(V.replace('v1', 'v2'));
    expect(statSync(k.file).mode & 0o777).toBe(0o600);
    expect(statSync(v.file).mode & 0o777).toBe(0o664);
    expect(readdirSync(join(ws, 'a')).sort()).toEqual(['kustomization.yaml', 'values.yaml']);
    expect((await readOverlay(k, [image('api')])).images.get('api')).toMatchObject({ tag: 'v2' });
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const target = place('base/kustomization.yaml', K);
    const link = join(ws, 'link-kustomization.yaml');
    symlinkSync(target.file, link);
    const overlay: OverlayConfig = { file: link, path: 'link-kustomization.yaml', format: 'auto' };
    await writeOverlayEdits([
      await planOverlayEdit(overlay, [{ image: image('api'), tag: 'v3' }], { pinDigest: false }),
    ]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target.file, 'utf8')).toBe(K.replace('v1', 'v3'));
  });

  it('writes nothing when one of the files changed since planning', async () => {
    const k = place('b/kustomization.yaml', K);
    const v = place('b/values.yaml', V);
    const edits = [
      await planOverlayEdit(k, [{ image: image('api'), tag: 'v2' }], { pinDigest: false }),
      await planOverlayEdit(v, [{ image: image('api', 'api.image.tag'), tag: 'v2' }], {
        pinDigest: false,
      }),
    ];
    writeFileSync(v.file, `${V}# someone else\n`);
    await expect(writeOverlayEdits(edits)).rejects.toThrow(
      /b\/values.yaml changed while image-promote was editing it/,
    );
    expect(readFileSync(k.file, 'utf8')).toBe(K);
  });

  it('refuses invalid files and unsafe values, leaving the file as it was', async () => {
    const broken = place('c/kustomization.yaml', 'images:\n- name: api\n  newTag: [v1\n');
    await expect(
      planOverlayEdit(broken, [{ image: image('api'), tag: 'v2' }], { pinDigest: false }),
    ).rejects.toThrow(/^c\/kustomization\.yaml:\d+:\d+: invalid YAML/);
    const ok = place('c/ok/kustomization.yaml', K);
    await expect(
      planOverlayEdit(ok, [{ image: image('api'), tag: 'latest' }], { pinDigest: false }),
    ).rejects.toThrow(UserError);
    expect(readFileSync(broken.file, 'utf8')).toBe('images:\n- name: api\n  newTag: [v1\n');
    expect(readFileSync(ok.file, 'utf8')).toBe(K);
  });

  it('says when the overlay does not exist', async () => {
    const missing: OverlayConfig = {
      file: join(ws, 'nope.yaml'),
      path: 'nope.yaml',
      format: 'auto',
    };
    await expect(readOverlay(missing, [image('api')])).rejects.toThrow(
      /overlay nope.yaml does not exist/,
    );
  });
});
