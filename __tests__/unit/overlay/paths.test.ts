import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../src/errors.js';
import { resolveInsideWorkspace, workspaceRelative } from '../../../src/paths.js';

let root: string;
let ws: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ip-paths-'));
  ws = join(root, 'ws');
  mkdirSync(join(ws, 'k8s', 'prod'), { recursive: true });
  writeFileSync(join(ws, 'k8s', 'prod', 'kustomization.yaml'), 'images: []\n');
  writeFileSync(join(root, 'secret.yaml'), 'x: 1\n');
  symlinkSync(join(root, 'secret.yaml'), join(ws, 'k8s', 'leak.yaml'));
  symlinkSync(root, join(ws, 'outside-dir'));
  symlinkSync(join(ws, 'k8s', 'prod'), join(ws, 'prod-link'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('resolveInsideWorkspace', () => {
  it.each([
    ['k8s/prod/kustomization.yaml', 'k8s/prod/kustomization.yaml'],
    ['./k8s/prod/kustomization.yaml', 'k8s/prod/kustomization.yaml'],
    ['k8s/../k8s/prod/kustomization.yaml', 'k8s/prod/kustomization.yaml'],
    ['k8s/new/values.yaml', 'k8s/new/values.yaml'],
    ['prod-link/kustomization.yaml', 'prod-link/kustomization.yaml'],
    ['..file-not-parent.yaml', '..file-not-parent.yaml'],
    ['.', ''],
  ])('accepts %s', (input, relative) => {
    expect(resolveInsideWorkspace(ws, input, 'overlay')).toBe(join(ws, relative));
  });

  it('accepts an absolute path inside the workspace', () => {
    const file = join(ws, 'k8s', 'prod', 'kustomization.yaml');
    expect(resolveInsideWorkspace(ws, file, 'overlay')).toBe(file);
  });

  it.each([
    ['../secret.yaml', /is outside the workspace/],
    ['k8s/../../secret.yaml', /is outside the workspace/],
    ['/etc/passwd', /is outside the workspace/],
    ['k8s/leak.yaml', /leads outside the workspace through a symlink/],
    ['outside-dir/secret.yaml', /leads outside the workspace through a symlink/],
    ['outside-dir/not-there/x.yaml', /leads outside the workspace through a symlink/],
    ['', /the path is empty/],
    ['a\0b', /NUL/],
  ])('refuses %j', (input, message) => {
    expect(() => resolveInsideWorkspace(ws, input, 'from-overlay')).toThrow(InputError);
    expect(() => resolveInsideWorkspace(ws, input, 'from-overlay')).toThrow(message);
    expect(() => resolveInsideWorkspace(ws, input, 'from-overlay')).toThrow(
      /^input 'from-overlay': /,
    );
  });

  it('gives workspace-relative paths with / separators', () => {
    expect(workspaceRelative(ws, join(ws, 'k8s', 'prod', 'kustomization.yaml'))).toBe(
      'k8s/prod/kustomization.yaml',
    );
    expect(workspaceRelative(ws, ws)).toBe('.');
  });
});
