import { describe, expect, it } from '@jest/globals';
import { Classifier, strongest, type ChangeKind } from '../../../src/changes/classify.js';

const rules = {
  deployPaths: ['k8s/**', 'deploy/**', 'infra/**', 'helm/**'],
  ignorePaths: ['**/*.md', 'docs/**', '.github/**'],
  images: [
    { name: 'api', context: 'services/api', dockerfile: 'services/api/Dockerfile', paths: [] },
    // Explicit paths narrow the context and add shared code.
    {
      name: 'web',
      context: 'services/web',
      dockerfile: 'docker/web.Dockerfile',
      paths: ['services/web/src/**', 'libs/ui/**', '!libs/ui/**/*.test.ts'],
    },
    { name: 'root', context: '.', dockerfile: 'Dockerfile', paths: [] },
  ],
};

function kinds(files: string[]): Record<string, ChangeKind> {
  const out: Record<string, ChangeKind> = {};
  for (const [name, change] of new Classifier(rules).classify(files)) out[name] = change.kind;
  return out;
}

describe('Classifier', () => {
  it.each<[string, string[], Record<string, ChangeKind>]>([
    ['code in one image', ['services/api/main.go'], { api: 'code', web: 'none', root: 'code' }],
    [
      'config only',
      ['k8s/prod/kustomization.yaml'],
      { api: 'deploy', web: 'deploy', root: 'deploy' },
    ],
    [
      'docs only',
      ['docs/guide.md', 'README.md', '.github/workflows/ci.yml'],
      { api: 'ignored', web: 'ignored', root: 'ignored' },
    ],
    // ignore-paths apply to every image, wherever the file is.
    [
      'a README inside a context is ignored',
      ['services/api/README.md'],
      { api: 'ignored', web: 'ignored', root: 'ignored' },
    ],
    [
      'the Dockerfile always counts, even outside the context',
      ['docker/web.Dockerfile'],
      { api: 'none', web: 'code', root: 'code' },
    ],
    [
      'explicit paths beat ignore-paths',
      ['libs/ui/README.md'],
      { api: 'ignored', web: 'code', root: 'ignored' },
    ],
    [
      'shared code through explicit paths',
      ['libs/ui/button.tsx'],
      { api: 'none', web: 'code', root: 'code' },
    ],
    [
      'a negated path is not code',
      ['libs/ui/button.test.ts'],
      { api: 'none', web: 'none', root: 'code' },
    ],
    [
      'explicit paths narrow the context',
      ['services/web/package.json'],
      { api: 'none', web: 'none', root: 'code' },
    ],
    [
      'code beats deploy',
      ['k8s/a.yaml', 'services/api/x.go'],
      { api: 'code', web: 'deploy', root: 'code' },
    ],
    [
      'an ignored file inside deploy-paths is ignored',
      ['k8s/README.md'],
      { api: 'ignored', web: 'ignored', root: 'ignored' },
    ],
    ['nothing', [], { api: 'none', web: 'none', root: 'none' }],
  ])('%s', (_name, files, expected) => {
    expect(kinds(files)).toEqual(expected);
  });

  it('names an example file', () => {
    expect(new Classifier(rules).classify(['docs/a.md', 'services/api/x.go']).get('api')).toEqual({
      kind: 'code',
      example: 'services/api/x.go',
    });
  });

  it('does not depend on the order of the file list', () => {
    const files = [
      'services/web/src/a.ts',
      'k8s/x.yaml',
      'docs/a.md',
      'services/api/z.go',
      'Dockerfile',
      'libs/ui/b.tsx',
    ];
    const forward = new Classifier(rules).classify(files);
    const backward = new Classifier(rules).classify([...files].reverse());
    expect([...backward.entries()].map(([n, c]) => [n, c.kind])).toEqual(
      [...forward.entries()].map(([n, c]) => [n, c.kind]),
    );
    expect(forward.get('api')).toEqual({ kind: 'code', example: 'services/api/z.go' });
  });

  it('counts a submodule at the context path as code', () => {
    const sub = new Classifier({
      deployPaths: [],
      ignorePaths: [],
      images: [
        { name: 'lib', context: 'vendor/lib', dockerfile: 'vendor/lib/Dockerfile', paths: [] },
      ],
    });
    expect(sub.classify(['vendor/lib']).get('lib')?.kind).toBe('code');
    expect(sub.classify(['vendor/lib-other/x']).get('lib')?.kind).toBe('none');
  });

  it('orders kinds', () => {
    expect(strongest(['ignored', 'deploy', 'none'])).toBe('deploy');
    expect(strongest([])).toBe('none');
  });
});
