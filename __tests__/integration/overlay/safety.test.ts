/**
 * On disk: special files are refused before they are opened, writes go only into regular
 * files inside the root, and every refused plan leaves the file exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import {
  planOverlayEdit,
  readOverlay,
  writeOverlayEdits,
} from '../../../src/overlay/overlay-files.js';
import type { ImageUpdate, PlanOptions } from '../../../src/overlay/types.js';
import { overlayImage } from '../../support/images.js';

const D2 = `sha256:${'2'.repeat(64)}`;
const OPTIONS: PlanOptions = { pinDigest: false, createMissing: false, isImmutable: () => true };

let ws: string;
let outside: string;
let server: Server | undefined;

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'ip-safety-'));
  outside = mkdtempSync(join(tmpdir(), 'ip-outside-'));
});

afterAll(() => {
  server?.close();
  rmSync(ws, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function place(path: string, content: string): OverlayConfig {
  const file = join(ws, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return { file, path, format: 'auto' };
}

const api = (extra: Partial<ImageConfig> = {}): ImageConfig => overlayImage('api', extra);
const update = (image: ImageConfig, extra: Partial<ImageUpdate> = {}): ImageUpdate => ({
  image,
  repository: 'ghcr.io/acme/api',
  tag: 'v2',
  ...extra,
});

describe('reading refuses special files before opening them', () => {
  it('a FIFO (opening it would block), directly or through a symlink', async () => {
    const fifo = join(ws, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const overlay: OverlayConfig = { file: fifo, path: 'pipe.yaml', format: 'auto' };
    await expect(readOverlay(overlay, [api()])).rejects.toThrow(
      new UserError(
        'overlay pipe.yaml is a named pipe (FIFO), not a regular file — point "overlay" at the file itself',
      ),
    );
    const link = join(ws, 'link-to-pipe.yaml');
    symlinkSync(fifo, link);
    await expect(
      readOverlay({ file: link, path: 'link-to-pipe.yaml', format: 'auto' }, [api()]),
    ).rejects.toThrow(/link-to-pipe\.yaml is a named pipe/);
  });

  it('a socket, a device and a directory', async () => {
    const sock = join(ws, 'sock.yaml');
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(sock, resolve));
    await expect(
      readOverlay({ file: sock, path: 'sock.yaml', format: 'auto' }, [api()]),
    ).rejects.toThrow(/overlay sock\.yaml is a socket/);
    await expect(
      readOverlay({ file: '/dev/zero', path: 'zero.yaml', format: 'auto' }, [api()]),
    ).rejects.toThrow(/overlay zero\.yaml is a device/);
    mkdirSync(join(ws, 'k8s'), { recursive: true });
    await expect(
      readOverlay({ file: join(ws, 'k8s'), path: 'k8s', format: 'auto' }, [api()]),
    ).rejects.toThrow(
      /overlay k8s is a directory — name the file \(e\.g\. k8s\/kustomization\.yaml\)/,
    );
  });
});

describe('writing stays inside the root', () => {
  const K = 'images:\n- name: api\n  newTag: v1\n';

  it('refuses a symlink that leads out of the root, writing nothing', async () => {
    const target = join(outside, 'kustomization.yaml');
    writeFileSync(target, K);
    const link = join(ws, 'escape', 'kustomization.yaml');
    mkdirSync(join(ws, 'escape'), { recursive: true });
    symlinkSync(target, link);
    const inside = place('in/kustomization.yaml', K);
    const overlay: OverlayConfig = {
      file: link,
      path: 'escape/kustomization.yaml',
      format: 'auto',
    };
    const edits = [
      planOverlayEdit(await readOverlay(inside, [api()]), [update(api())], OPTIONS),
      planOverlayEdit(await readOverlay(overlay, [api()]), [update(api())], OPTIONS),
    ];
    await expect(writeOverlayEdits(edits, { root: ws })).rejects.toThrow(
      /refusing to write overlay escape\/kustomization\.yaml: it resolves to .*, outside .* — nothing was written/,
    );
    expect(readFileSync(target, 'utf8')).toBe(K);
    expect(readFileSync(inside.file, 'utf8')).toBe(K);
    // Inside the root, a symlink is followed.
    await writeOverlayEdits(edits.slice(0, 1), { root: ws });
    expect(readFileSync(inside.file, 'utf8')).toBe(
      `${K.replace('v1', 'v2')}  newName: ghcr.io/acme/api\n`,
    );
  });

  it('re-checks at write time: a file swapped for a symlink or a FIFO after planning is refused', async () => {
    const overlay = place('swap/kustomization.yaml', K);
    const edit = planOverlayEdit(await readOverlay(overlay, [api()]), [update(api())], OPTIONS);
    const target = join(outside, 'swapped.yaml');
    writeFileSync(target, K);
    unlinkSync(overlay.file);
    symlinkSync(target, overlay.file);
    await expect(writeOverlayEdits([edit], { root: ws })).rejects.toThrow(/outside/);
    expect(readFileSync(target, 'utf8')).toBe(K);
    unlinkSync(overlay.file);
    execFileSync('mkfifo', [overlay.file]);
    await expect(writeOverlayEdits([edit], { root: ws })).rejects.toThrow(
      /refusing to write overlay swap\/kustomization\.yaml: it is a named pipe \(FIFO\)/,
    );
  });
});

describe('every refused plan leaves the file untouched', () => {
  it.each([
    [
      'a tfvars value that is an expression',
      'envs/prod/terraform.tfvars',
      'region = "x"\nlambda_image_uri = "${var.registry}/api:v1" # c\n',
      api({ key: 'lambda_image_uri' }),
      {},
      OPTIONS,
      /terraform\.tfvars:2: "lambda_image_uri" is a string with \$\{…\} interpolation/,
    ],
    [
      'value: tag on a full reference',
      'values.yaml',
      'image: ghcr.io/acme/api:v1\n',
      api({ key: 'image', value: 'tag' }),
      {},
      OPTIONS,
      /image api has value: tag, but "image" holds a full image reference .* set value: reference/,
    ],
    [
      'pin-digest where a digest cannot go',
      'lambda.tfvars.json',
      '{\n  "image_tag": "v1"\n}\n',
      api({ key: 'image_tag' }),
      { digest: D2 },
      { ...OPTIONS, pinDigest: true },
      /there is no place for it: "image_tag" is at the top level/,
    ],
    [
      'an image the overlay does not name',
      'k8s/kustomization.yaml',
      'images:\n- name: web\n  newTag: v1\n',
      api(),
      {},
      OPTIONS,
      /image api is not in k8s\/kustomization\.yaml: its images: list names web/,
    ],
    [
      'a key the values file does not have',
      'values.json',
      '{"web": {"image": {"tag": "v1"}}}',
      api({ key: 'api.image.tag' }),
      {},
      OPTIONS,
      /values\.json has no "api\.image\.tag" for image api \(its image-like keys: web\.image\.tag\)/,
    ],
    [
      'a mutable tag without its digest',
      'values.yaml',
      'image:\n  tag: v1\n',
      api({ key: 'image.tag' }),
      { tag: 'main' },
      { ...OPTIONS, isImmutable: (t: string) => t !== 'main' },
      /"main" is not an immutable tag: a tag that can move is written only pinned/,
    ],
    [
      'an edit an alias would carry elsewhere',
      'values.yaml',
      'a: &t v1\nb: *t\n',
      api({ key: 'a' }),
      {},
      OPTIONS,
      /would change other values as well/,
    ],
    [
      'invalid JSON',
      'values.json',
      '{"image": {"tag": "v1",}}',
      api({ key: 'image.tag' }),
      {},
      OPTIONS,
      /values\.json:1:24: invalid JSON: expected a "quoted" key/,
    ],
  ])('%s', async (_, path, text, image, extra, options, message) => {
    const overlay = place(`refuse/${path}`, text);
    const attempt = async (): Promise<void> => {
      const state = await readOverlay({ ...overlay, path }, [image]);
      const edit = planOverlayEdit(state, [update(image, extra)], options);
      await writeOverlayEdits([edit], { root: ws });
    };
    await expect(attempt()).rejects.toThrow(UserError);
    await expect(attempt()).rejects.toThrow(message);
    expect(readFileSync(overlay.file, 'utf8')).toBe(text);
  });
});
