/**
 * The path rule as a table: which kind of change each image sees, from its paths, its context
 * (what docker sends from it), the shared ignore and deploy rules, and its resolution.
 */
import { describe, expect, it } from '@jest/globals';
import { Classifier, strongest, type ChangeKind } from '../../../src/changes/classify.js';
import { contextFilter } from '../../../src/source/dockerignore.js';
import type { SourceResolution } from '../../../src/source/resolve.js';

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
    // The root context holds everything: docker sends the overlay and the docs too.
    [
      'config only',
      ['k8s/prod/kustomization.yaml'],
      { api: 'deploy', web: 'deploy', root: 'code' },
    ],
    [
      'docs only',
      ['docs/guide.md', 'README.md', '.github/workflows/ci.yml'],
      { api: 'ignored', web: 'ignored', root: 'code' },
    ],
    // ignore-paths never take a file out of a context docker sends.
    [
      'a README inside a context is code of that image',
      ['services/api/README.md'],
      { api: 'code', web: 'ignored', root: 'code' },
    ],
    [
      'the Dockerfile always counts, even outside the context',
      ['docker/web.Dockerfile'],
      { api: 'none', web: 'code', root: 'code' },
    ],
    [
      'explicit paths beat ignore-paths',
      ['libs/ui/README.md'],
      { api: 'ignored', web: 'code', root: 'code' },
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
      { api: 'ignored', web: 'ignored', root: 'code' },
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

  describe('with the images resolved at the commit being deployed', () => {
    const resolved = (
      context: string,
      dockerfile: string,
      ignore?: string,
      always: string[] = [dockerfile],
    ): SourceResolution => ({
      context,
      dockerfile,
      always,
      filter: contextFilter(ignore === undefined ? {} : { contextIgnore: ignore }),
    });
    const sources = new Map<string, SourceResolution>([
      // services/api is a symlink to real/api, whose .dockerignore keeps docs out.
      [
        'api',
        resolved('real/api', 'real/api/Dockerfile', '*.md\n', [
          'real/api/.dockerignore',
          'real/api/Dockerfile',
          'services/api',
        ]),
      ],
      ['web', resolved('services/web', 'docker/web.Dockerfile', 'src/**/*.snap\n')],
      ['root', resolved('', 'Dockerfile', 'k8s\ndocs\n*.md\n')],
    ]);
    const classify = (files: string[]): Record<string, ChangeKind> => {
      const out: Record<string, ChangeKind> = {};
      for (const [name, change] of new Classifier({ ...rules, sources }).classify(files))
        out[name] = change.kind;
      return out;
    };

    it.each<[string, string[], Record<string, ChangeKind>]>([
      ['code behind the symlink', ['real/api/main.go'], { api: 'code', web: 'none', root: 'code' }],
      ['the symlink itself', ['services/api'], { api: 'code', web: 'none', root: 'code' }],
      [
        // (root's "*.md" is docker's: top-level files only, so root is sent this one.)
        'a file .dockerignore keeps out is what ignore-paths say it is',
        ['real/api/README.md'],
        { api: 'ignored', web: 'ignored', root: 'code' },
      ],
      [
        'the .dockerignore itself is code',
        ['real/api/.dockerignore'],
        { api: 'code', web: 'none', root: 'code' },
      ],
      [
        'paths: a file docker does not send from the context is not code',
        ['services/web/src/a.snap'],
        { api: 'none', web: 'none', root: 'code' },
      ],
      [
        "the root image's .dockerignore keeps the overlay out",
        ['k8s/prod/kustomization.yaml'],
        { api: 'deploy', web: 'deploy', root: 'deploy' },
      ],
      [
        'a .gitattributes above the context counts; one beside it does not',
        ['real/.gitattributes'],
        { api: 'code', web: 'none', root: 'code' },
      ],
      [
        'a root .gitattributes counts for every image',
        ['.gitattributes'],
        { api: 'code', web: 'code', root: 'code' },
      ],
    ])('%s', (_name, files, expected) => {
      expect(classify(files)).toEqual(expected);
    });
  });

  it('orders kinds', () => {
    expect(strongest(['ignored', 'deploy', 'none'])).toBe('deploy');
    expect(strongest([])).toBe('none');
  });
});
