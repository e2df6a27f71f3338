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
import type { ImageUpdate, OverlayEdit } from '../../../src/overlay/types.js';
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

/** Reads the overlay as the engine does, then plans from that state. */
async function plan(overlay: OverlayConfig, updates: ImageUpdate[]): Promise<OverlayEdit> {
  const state = await readOverlay(
    overlay,
    updates.map((u) => u.image),
  );
  return planOverlayEdit(state, updates, {
    pinDigest: false,
    createMissing: false,
    isImmutable: (t) => t !== 'latest',
  });
}

const up = (img: ImageConfig, tag: string): ImageUpdate => ({
  image: img,
  repository: img.name,
  tag,
});

const K = '# staging\nimages:\n- name: api\n  newTag: v1\n';
const V = 'api:\n  image:\n    tag: v1 # CI\n';

describe('writing overlays', () => {
  it('writes several overlays atomically, keeping each file’s mode, and leaves no temp files', async () => {
    const k = place('a/kustomization.yaml', K, 0o600);
    const v = place('a/values.yaml', V, 0o664);
    const edits = [
      await plan(k, [up(image('api'), 'v2')]),
      await plan(v, [up(image('api', 'api.image.tag'), 'v2')]),
    ];
    expect(await writeOverlayEdits(edits, { root: ws })).toEqual([
      'a/kustomization.yaml',
      'a/values.yaml',
    ]);
    expect(readFileSync(k.file, 'utf8')).toBe(K.replace('v1', 'v2'));
    expect(readFileSync(v.file, 'utf8')).toBe(V.replace('v1', 'v2'));
    expect(statSync(k.file).mode & 0o777).toBe(0o600);
    expect(statSync(v.file).mode & 0o777).toBe(0o664);
    expect(readdirSync(join(ws, 'a')).sort()).toEqual(['kustomization.yaml', 'values.yaml']);
    expect((await readOverlay(k, [image('api')])).images.get('api')).toMatchObject({
      value: { tag: 'v2' },
    });
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const target = place('base/kustomization.yaml', K);
    const link = join(ws, 'link-kustomization.yaml');
    symlinkSync(target.file, link);
    const overlay: OverlayConfig = { file: link, path: 'link-kustomization.yaml', format: 'auto' };
    await writeOverlayEdits([await plan(overlay, [up(image('api'), 'v3')])], { root: ws });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target.file, 'utf8')).toBe(K.replace('v1', 'v3'));
  });

  it('writes nothing when one of the files changed since planning', async () => {
    const k = place('b/kustomization.yaml', K);
    const v = place('b/values.yaml', V);
    const edits = [
      await plan(k, [up(image('api'), 'v2')]),
      await plan(v, [up(image('api', 'api.image.tag'), 'v2')]),
    ];
    writeFileSync(v.file, `${V}# someone else\n`);
    await expect(writeOverlayEdits(edits, { root: ws })).rejects.toThrow(
      /b\/values.yaml changed while image-promote was editing it/,
    );
    expect(readFileSync(k.file, 'utf8')).toBe(K);
  });

  it('a retry reads and plans the new bytes again, and writes them back but for the value', async () => {
    const latin1 = (comment: number, tag: string): Buffer =>
      Buffer.concat([
        Buffer.from('# caf'),
        Buffer.from([comment]),
        Buffer.from(`\r\nimages:\r\n- name: api\r\n  newTag: ${tag} # \x00\r\n`, 'latin1'),
      ]);
    const k = place('r/kustomization.yaml', '');
    writeFileSync(k.file, latin1(0xe9, 'v1'));
    const first = await plan(k, [up(image('api'), 'v2')]);
    // Another writer changes only a byte that is not UTF-8: still a change.
    writeFileSync(k.file, latin1(0xe8, 'v1'));
    await expect(writeOverlayEdits([first], { root: ws })).rejects.toThrow(
      /r\/kustomization.yaml changed while image-promote was editing it/,
    );
    expect(readFileSync(k.file)).toEqual(latin1(0xe8, 'v1'));
    // What the engine's commit retry does: read again, plan again, write.
    await writeOverlayEdits([await plan(k, [up(image('api'), 'v2')])], { root: ws });
    expect(readFileSync(k.file)).toEqual(latin1(0xe8, 'v2'));
  });

  it('refuses invalid files and unsafe values, leaving the file as it was', async () => {
    const broken = place('c/kustomization.yaml', 'images:\n- name: api\n  newTag: [v1\n');
    await expect(plan(broken, [up(image('api'), 'v2')])).rejects.toThrow(
      /^c\/kustomization\.yaml:\d+:\d+: invalid YAML/,
    );
    const ok = place('c/ok/kustomization.yaml', K);
    await expect(plan(ok, [up(image('api'), 'latest')])).rejects.toThrow(UserError);
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
