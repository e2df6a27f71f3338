/**
 * What kustomize renders from overlays image-promote wrote: the containers carry the written
 * image. Needs `kubectl kustomize` or `kustomize build`; skipped (with the reason logged)
 * on machines that have neither.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ImageConfig, OverlayConfig } from '../../../src/config/types.js';
import {
  planOverlayEdit,
  readOverlay,
  writeOverlayEdits,
} from '../../../src/overlay/overlay-files.js';
import { main } from '../../../src/cli.js';
import { silentLogger } from '../../../src/log.js';
import type { ImageUpdate } from '../../../src/overlay/types.js';
import { overlayImage } from '../../support/images.js';

function findRenderer(): { command: string; args: string[] } | { reason: string } {
  const candidates = [
    { command: 'kubectl', args: ['kustomize'] },
    { command: 'kustomize', args: ['build'] },
  ];
  for (const c of candidates) {
    try {
      execFileSync(c.command, [...c.args, '--help'], { stdio: 'ignore', timeout: 30000 });
      return c;
    } catch {
      // not installed or not working
    }
  }
  return { reason: 'neither `kubectl kustomize` nor `kustomize build` works on this machine' };
}

const renderer = findRenderer();
const itRenders = 'reason' in renderer ? it.skip : it;
if ('reason' in renderer) console.warn(`kustomize render tests skipped: ${renderer.reason}`);

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector: {matchLabels: {app: shop}}
  template:
    metadata: {labels: {app: shop}}
    spec:
      containers:
      - name: api
        image: api:dev
      - name: worker
        image: worker
      - name: web
        image: web:dev
`;

const OVERLAY = `# prod — comments and order are kept
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../base   # shared

images:
  - name: api
    newName: ghcr.io/acme/api   # registry
    newTag: 'sha-1a2b3c4'
    digest: ${D1}
  - name: worker
    newTag: "1.0"
`;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ip-render-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function layout(name: string): OverlayConfig {
  mkdirSync(join(dir, name, 'base'), { recursive: true });
  mkdirSync(join(dir, name, 'prod'), { recursive: true });
  writeFileSync(join(dir, name, 'base', 'deployment.yaml'), DEPLOYMENT);
  writeFileSync(join(dir, name, 'base', 'kustomization.yaml'), 'resources:\n- deployment.yaml\n');
  const file = join(dir, name, 'prod', 'kustomization.yaml');
  writeFileSync(file, OVERLAY);
  return { file, path: `${name}/prod/kustomization.yaml`, format: 'auto' };
}

function rendered(overlayDir: string): Record<string, string> {
  if ('reason' in renderer) throw new Error(renderer.reason);
  const out = execFileSync(renderer.command, [...renderer.args, overlayDir], {
    encoding: 'utf8',
    timeout: 60000,
  });
  const [deployment] = parseAllDocuments(out).map((d) => d.toJS() as unknown);
  const containers = (
    deployment as {
      spec: { template: { spec: { containers: { name: string; image: string }[] } } };
    }
  ).spec.template.spec.containers;
  return Object.fromEntries(containers.map((c) => [c.name, c.image]));
}

const image = (name: string): ImageConfig => overlayImage(name);

async function write(
  overlay: OverlayConfig,
  updates: ImageUpdate[],
  pinDigest: boolean,
): Promise<void> {
  const state = await readOverlay(
    overlay,
    updates.map((u) => u.image),
  );
  const edit = planOverlayEdit(state, updates, {
    pinDigest,
    createMissing: true,
    isImmutable: () => true,
  });
  await writeOverlayEdits([edit], { root: dir });
}

describe('kustomize renders what image-promote wrote', () => {
  itRenders('shows why a stale digest must go: it would keep the old image', () => {
    const overlay = layout('stale');
    writeFileSync(overlay.file, OVERLAY.replace("'sha-1a2b3c4'", "'sha-9f8e7d6'"));
    expect(rendered(join(dir, 'stale', 'prod')).api).toBe(`ghcr.io/acme/api:sha-9f8e7d6@${D1}`);
  });

  itRenders(
    'new tags without pin-digest (stale digest removed), numeric tags, new entries',
    async () => {
      const overlay = layout('tags');
      await write(
        overlay,
        [
          { image: image('api'), repository: 'ghcr.io/acme/api', tag: 'sha-9f8e7d6', digest: D2 },
          { image: image('worker'), repository: 'worker', tag: '2.0' },
          { image: image('web'), repository: 'ghcr.io/acme/web', tag: '20240601' },
        ],
        false,
      );
      expect(rendered(join(dir, 'tags', 'prod'))).toEqual({
        api: 'ghcr.io/acme/api:sha-9f8e7d6',
        worker: 'worker:2.0',
        web: 'ghcr.io/acme/web:20240601',
      });
      expect(readFileSync(overlay.file, 'utf8')).toContain(
        '# prod — comments and order are kept\n',
      );
    },
  );

  itRenders('tag and digest with pin-digest', async () => {
    const overlay = layout('pinned');
    await write(
      overlay,
      [{ image: image('api'), repository: 'ghcr.io/acme/api', tag: 'sha-9f8e7d6', digest: D2 }],
      true,
    );
    expect(rendered(join(dir, 'pinned', 'prod')).api).toBe(`ghcr.io/acme/api:sha-9f8e7d6@${D2}`);
  });

  itRenders('set-image arguments (the CLI door, --no-verify)', async () => {
    const overlay = layout('set-image');
    const args = ['api=*:v2', `worker=ghcr.io/acme/worker@${D2}`, 'web:1.25'];
    const code = await main(['set-image', overlay.file, '--no-verify', ...args], {
      cwd: dir,
      env: {},
      stdout: () => undefined,
      logger: silentLogger,
    });
    expect(code).toBe(0);
    expect(rendered(join(dir, 'set-image', 'prod'))).toEqual({
      api: 'ghcr.io/acme/api:v2',
      worker: `ghcr.io/acme/worker@${D2}`,
      web: 'web:1.25',
    });
  });

  itRenders('a raw Deployment as the overlay (format yaml, containers by name)', async () => {
    const base = join(dir, 'raw');
    mkdirSync(base, { recursive: true });
    writeFileSync(join(base, 'kustomization.yaml'), 'resources:\n- deployment.yaml\n');
    const file = join(base, 'deployment.yaml');
    writeFileSync(
      file,
      DEPLOYMENT.replace('image: api:dev', 'image: ghcr.io/acme/api:sha-1a2b3c4   # CI'),
    );
    const overlay: OverlayConfig = { file, path: 'raw/deployment.yaml', format: 'yaml' };
    const api = overlayImage('api', { key: 'spec.template.spec.containers[name=api].image' });
    const web = overlayImage('web', { key: 'spec.template.spec.containers[name=web].image' });
    await write(
      overlay,
      [
        { image: api, repository: 'ghcr.io/acme/api', tag: 'sha-9f8e7d6', digest: D2 },
        { image: web, repository: 'ghcr.io/acme/web', tag: 'v2', digest: D1 },
      ],
      true,
    );
    expect(rendered(base)).toEqual({
      api: `ghcr.io/acme/api:sha-9f8e7d6@${D2}`,
      worker: 'worker',
      web: `ghcr.io/acme/web:v2@${D1}`,
    });
    expect(readFileSync(file, 'utf8')).toContain(
      `image: ghcr.io/acme/api:sha-9f8e7d6@${D2}   # CI`,
    );
  });

  itRenders('a kustomization with a BOM and CRLF line endings', async () => {
    const overlay = layout('crlf');
    writeFileSync(overlay.file, `\uFEFF${OVERLAY.replace(/\n/g, '\r\n')}`);
    await write(
      overlay,
      [{ image: image('api'), repository: 'ghcr.io/acme/api', tag: 'sha-9f8e7d6', digest: D2 }],
      true,
    );
    const text = readFileSync(overlay.file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(rendered(join(dir, 'crlf', 'prod')).api).toBe(`ghcr.io/acme/api:sha-9f8e7d6@${D2}`);
  });
});
