/**
 * `image-promote set-image` (the CLI door, through the engine, with --no-verify so no
 * registry is asked) against kustomize's own table (kustomize/commands/edit/set/
 * setimage_test.go, kustomize v5): the same entries come out. Kustomize sorts entries and
 * writes keys alphabetically (`digest` first); image-promote keeps the file's order and writes
 * new keys in field order, so the data is compared here and the bytes in the tests further down.
 */
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import {
  parseSetImageArgs,
  SetImageArgError,
  splitImage,
} from '../../../src/overlay/set-image-args.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';

const D = 'sha256:24a0c4b4a4c0eb97a1aabb8e29f18e917d05abfe1b7a7c07857230879ce7d3d3';
const HEADER =
  'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- deployment.yaml\n';

/** The kustomization after `image-promote set-image --no-verify ARGS…` (throws with the log). */
async function run(args: string[], infile: string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ip-set-image-'));
  const file = join(dir, 'kustomization.yaml');
  writeFileSync(file, HEADER + infile.map((l) => `${l}\n`).join(''));
  let log = '';
  const code = await main(['set-image', file, '--no-verify', ...args], {
    cwd: dir,
    env: {},
    stdout: () => undefined,
    logger: new StderrLogger(false, (line) => (log += `${line}\n`)),
  });
  if (code !== 0) throw new Error(`set-image exited ${code}: ${log}`);
  return readFileSync(file, 'utf8');
}

function imagesOf(text: string): unknown {
  const doc = parse(text) as { images?: { name: string }[] };
  return [...(doc.images ?? [])].sort((a, b) => a.name.localeCompare(b.name));
}

describe('kustomize edit set image: same resulting entries', () => {
  const cases: {
    description: string;
    args: string[];
    infile?: string[];
    expected: string[];
    /** kustomize writes an entry with neither tag nor digest; image-promote refuses it. */
    refused?: boolean;
  }[] = [
    {
      description: 'new name and tag',
      args: ['image1=my-image1:my-tag'],
      expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    },
    {
      description: 'numeric tag is quoted',
      args: ['image1=my-image1:1234'],
      expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: "1234"'],
    },
    {
      description: 'float-looking tag is quoted',
      args: ['image1=my-image1:3.2e2'],
      expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: "3.2e2"'],
    },
    {
      description: 'new name and digest',
      args: [`image1=my-image1@${D}`],
      expected: ['images:', `- digest: ${D}`, '  name: image1', '  newName: my-image1'],
    },
    {
      description: 'tag only',
      args: ['image1:my-tag'],
      expected: ['images:', '- name: image1', '  newTag: my-tag'],
    },
    {
      description: 'digest only',
      args: [`image1@${D}`],
      expected: ['images:', `- digest: ${D}`, '  name: image1'],
    },
    {
      description: 'tag and digest',
      args: [`my-image1:my-tag@${D}`],
      expected: ['images:', `- digest: ${D}`, '  name: my-image1', '  newTag: my-tag'],
    },
    {
      description: 'new name, tag and digest',
      args: [`image1=my-image1:my-tag@${D}`],
      expected: [
        'images:',
        `- digest: ${D}`,
        '  name: image1',
        '  newName: my-image1',
        '  newTag: my-tag',
      ],
    },
    {
      description: '<image>=<image> with a registry port',
      // Deliberate difference: an entry with neither tag nor digest is refused.
      refused: true,
      args: ['ngnix=localhost:5000/my-project/ngnix'],
      expected: ['images:', '- name: ngnix', '  newName: localhost:5000/my-project/ngnix'],
    },
    {
      description: 'registry port and tag',
      args: ['ngnix=localhost:5000/my-project/ngnix:dev-01'],
      expected: [
        'images:',
        '- name: ngnix',
        '  newName: localhost:5000/my-project/ngnix',
        '  newTag: dev-01',
      ],
    },
    {
      description: 'override file',
      args: ['image1=foo.bar.foo:8800/foo/image1:foo-bar'],
      infile: [
        'images:',
        '- name: image1',
        '  newName: my-image1',
        '  newTag: my-tag',
        '- name: image2',
        '  newName: my-image2',
        '  newTag: my-tag2',
      ],
      expected: [
        'images:',
        '- name: image1',
        '  newName: foo.bar.foo:8800/foo/image1',
        '  newTag: foo-bar',
        '- name: image2',
        '  newName: my-image2',
        '  newTag: my-tag2',
      ],
    },
    {
      description: 'override new tag and new name with just a new tag',
      args: ['image1:v1'],
      infile: ['images:', '- name: image1', '  newTag: my-tag'],
      expected: ['images:', '- name: image1', '  newTag: v1'],
    },
    {
      description: 'multiple args with multiple overrides',
      args: [
        'image1=foo.bar.foo:8800/foo/image1:foo-bar',
        `image2=my-image2@${D}`,
        'image3:my-tag',
      ],
      infile: [
        'images:',
        '- name: image1',
        '  newName: my-image1',
        '  newTag: my-tag1',
        '- name: image2',
        '  newName: my-image2',
        '  newTag: my-tag2',
        '- name: image3',
        '  newTag: my-tag',
      ],
      expected: [
        'images:',
        '- name: image1',
        '  newName: foo.bar.foo:8800/foo/image1',
        '  newTag: foo-bar',
        `- digest: ${D}`,
        '  name: image2',
        '  newName: my-image2',
        '- name: image3',
        '  newTag: my-tag',
      ],
    },
    {
      description: 'override new tag but keep new name',
      args: ['image1=*:v1'],
      infile: [
        'images:',
        '- name: image1',
        '  newName: foo.bar.foo:8800/foo/image1',
        '  newTag: my-tag',
      ],
      expected: [
        'images:',
        '- name: image1',
        '  newName: foo.bar.foo:8800/foo/image1',
        '  newTag: v1',
      ],
    },
    {
      description: 'override new name but keep new tag',
      args: ['image1=my-image1:*'],
      infile: [
        'images:',
        '- name: image1',
        '  newName: foo.bar.foo:8800/foo/image1',
        '  newTag: my-tag',
      ],
      expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    },
    {
      description: 'keep new name and new tag',
      args: ['image1=*:*'],
      infile: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
      expected: ['images:', '- name: image1', '  newName: my-image1', '  newTag: my-tag'],
    },
    {
      description: 'do not set asterisk as new name for existing image',
      args: ['image1=*:v1'],
      infile: ['images:', '- name: image1', '  newTag: my-tag'],
      expected: ['images:', '- name: image1', '  newTag: v1'],
    },
    {
      description: 'do not set asterisk as new name',
      args: ['image1=*:v1'],
      expected: ['images:', '- name: image1', '  newTag: v1'],
    },
    {
      description: 'do not set asterisk as new tag',
      // Deliberate difference: an entry with neither tag nor digest is refused.
      refused: true,
      args: ['image1=my-image1:*'],
      expected: ['images:', '- name: image1', '  newName: my-image1'],
    },
    {
      description: 'keep new name and update digest',
      args: [`image2=*@${D}`],
      infile: ['images:', '- name: image2', '  newName: my-image2', '  digest: sha256:abcdef12345'],
      expected: ['images:', `- digest: ${D}`, '  name: image2', '  newName: my-image2'],
    },
    {
      description: 'keep new name, remove tag, and set digest',
      args: [`image2=*@${D}`],
      infile: ['images:', '- name: image2', '  newName: my-image2', '  newTag: my-tag'],
      expected: ['images:', `- digest: ${D}`, '  name: image2', '  newName: my-image2'],
    },
    {
      description: 'update new name and keep the digest',
      args: ['image2=my-image2@*'],
      infile: [
        'images:',
        `- digest: ${D}`,
        '  name: image2',
        '  newName: foo.bar.foo:8800/foo/image1',
      ],
      expected: ['images:', `- digest: ${D}`, '  name: image2', '  newName: my-image2'],
    },
    // Cases beyond kustomize's table, checked against its code (parse + RunSetImage).
    {
      description: 'name=newName drops the tag and digest (kustomize issue #4375)',
      // Deliberate difference: an entry with neither tag nor digest is refused.
      refused: true,
      args: ['api=ghcr.io/acme/api'],
      infile: ['images:', '- name: api', '  newTag: v1', `  digest: ${D}`],
      expected: ['images:', '- name: api', '  newName: ghcr.io/acme/api'],
    },
    {
      description: 'name:tag drops newName and digest',
      args: ['api:v2'],
      infile: [
        'images:',
        '- name: api',
        '  newName: ghcr.io/acme/api',
        '  newTag: v1',
        `  digest: ${D}`,
      ],
      expected: ['images:', '- name: api', '  newTag: v2'],
    },
    {
      description: 'an empty tag after the colon means no tag',
      // Deliberate difference: an entry with neither tag nor digest is refused.
      refused: true,
      args: ['busybox=alpine:'],
      expected: ['images:', '- name: busybox', '  newName: alpine'],
    },
    {
      description: 'an empty new name means no newName',
      args: ['busybox=:3.6'],
      infile: ['images:', '- name: busybox', '  newName: alpine'],
      expected: ['images:', '- name: busybox', '  newTag: "3.6"'],
    },
    {
      description: 'the last argument for a name wins',
      args: ['api:v1', 'api:v2'],
      expected: ['images:', '- name: api', '  newTag: v2'],
    },
  ];

  it.each(cases.map((c) => [c.description, c] as const))('%s', async (_, c) => {
    if (c.refused) {
      await expect(run(c.args, c.infile)).rejects.toThrow(
        /set-image exited 2: .*(names neither a tag nor a digest|\* keeps the tag of image1, but no overlay names it)/,
      );
      return;
    }
    const out = await run(c.args, c.infile);
    expect(imagesOf(out)).toEqual(imagesOf(c.expected.join('\n')));
    expect(out.startsWith(HEADER)).toBe(true);
  });
});

describe('set-image writes in place', () => {
  it('changes only the lines of the values it sets', async () => {
    const infile = [
      'images:',
      '# the API',
      '- name: image1 # main',
      '  newName: my-image1',
      '  newTag: my-tag   # bumped by CI',
      '',
      '- name: image2',
      '  newName: my-image2',
      '  newTag: "my-tag2"',
      'patchesJson6902:',
      '- patch: |-',
      '    - op: remove',
      '      path: /spec/selector',
    ];
    const out = await run(['image2=*:v2', 'image1=*:1.0'], infile);
    expect(out).toBe(
      HEADER +
        [
          'images:',
          '# the API',
          '- name: image1 # main',
          '  newName: my-image1',
          '  newTag: "1.0"   # bumped by CI',
          '',
          '- name: image2',
          '  newName: my-image2',
          '  newTag: "v2"',
          'patchesJson6902:',
          '- patch: |-',
          '    - op: remove',
          '      path: /spec/selector',
          '',
        ].join('\n'),
    );
  });

  it('keeps entry order and appends new entries with keys in field order', async () => {
    const out = await run(
      [`zeta=ghcr.io/acme/zeta:v1@${D}`, 'alpha:v3'],
      ['images:', '- name: alpha', '  newTag: v2'],
    );
    expect(out).toBe(
      `${HEADER}images:\n- name: alpha\n  newTag: v3\n- name: zeta\n  newName: ghcr.io/acme/zeta\n  newTag: v1\n  digest: ${D}\n`,
    );
  });

  it('removes keys the argument leaves out, in place', async () => {
    const out = await run(
      [`api@${D}`],
      [
        'images:',
        '- name: api',
        '  newName: ghcr.io/acme/api # repo',
        '  newTag: v1',
        'namespace: prod',
      ],
    );
    expect(out).toBe(`${HEADER}images:\n- name: api\n  digest: ${D}\nnamespace: prod\n`);
  });
});

describe('argument grammar', () => {
  it.each([
    ['nginx', { name: 'nginx' }],
    ['nginx:1.2', { name: 'nginx', tag: '1.2' }],
    [`nginx@${D}`, { name: 'nginx', digest: D }],
    [`nginx:1.2@${D}`, { name: 'nginx', tag: '1.2', digest: D }],
    ['foo.com:443/nginx:1.2.3', { name: 'foo.com:443/nginx', tag: '1.2.3' }],
    [`foo.com:443/nginx:1.2.3@${D}`, { name: 'foo.com:443/nginx', tag: '1.2.3', digest: D }],
    ['*:v1', { name: '*', tag: 'v1' }],
    ['my-image2@*', { name: 'my-image2', digest: '*' }],
  ])('splits %s like kustomize', (value, parts) => {
    expect(splitImage(value)).toEqual(parts);
  });

  it.each([
    ['bad', /sets nothing; use one of/],
    ['=x:1', /image name is missing/],
    ['*:v1', /image name is missing/],
    ['Image1:v1', /image name "Image1": repository name must be lowercase/],
    ['image1:-x', /tag "-x": a tag must start with/],
    ['image1@sha256:123', /digest "sha256:123": a digest looks like/],
    ['image1=My/Thing:v1', /new name "My\/Thing"/],
    ['image1=ghcr.io/a/b:c:d', /tag "c:d"/],
  ])('rejects %s with the reason', (arg, reason) => {
    expect(() => parseSetImageArgs([arg])).toThrow(SetImageArgError);
    expect(() => parseSetImageArgs([arg])).toThrow(reason);
  });
});
