import { describe, expect, it } from '@jest/globals';
import type { ImageResult, RunResult } from '../../src/engine/types.js';
import {
  buildReport,
  reportJson,
  reportOutputs,
  summaryMarkdown,
  textTable,
} from '../../src/report.js';

const D = `sha256:${'a'.repeat(64)}`;
const HEAD = 'b'.repeat(40);

function image(over: Partial<ImageResult>): ImageResult {
  return {
    name: 'api',
    repository: 'ghcr.io/acme/api',
    decision: 'skip',
    reason: 'r',
    change: 'none',
    status: 'verified',
    addedTags: [],
    write: false,
    ...over,
  };
}

function run(images: ImageResult[], over: Partial<RunResult> = {}): RunResult {
  return {
    images,
    overlayChanged: false,
    overlayFiles: [],
    overlayChanges: [],
    overlayTexts: [],
    commits: [],
    dryRun: false,
    planning: false,
    changes: {
      head: HEAD,
      base: 'c'.repeat(40),
      baseRule: 'push',
      files: ['x'],
      complete: true,
      source: 'git',
    },
    ...over,
  };
}

describe('buildReport / reportOutputs', () => {
  const result = run([
    image({
      name: 'api',
      decision: 'build',
      reason: 'code of api changed',
      change: 'code',
      tag: 'sha-bbbbbbb',
      digest: D,
    }),
    image({
      name: 'web',
      repository: 'ghcr.io/acme/web',
      decision: 'skip',
      reason: 'nothing changed',
      tag: 'sha-0000001',
      digest: D,
    }),
    image({
      name: 'worker',
      repository: 'ghcr.io/acme/worker',
      decision: 'build',
      reason: 'code of worker changed',
      change: 'code',
      tag: 'sha-bbbbbbb',
      status: 'planned',
    }),
  ]);
  const outputs = reportOutputs(buildReport(result, HEAD));

  it('sets every output as a string', () => {
    expect(outputs).toMatchObject({
      decision: 'build',
      tag: 'sha-bbbbbbb',
      base: 'c'.repeat(40),
      head: HEAD,
      'base-rule': 'push',
      changed: 'code',
      'overlay-changed': 'false',
      'commit-sha': '',
    });
    expect(JSON.parse(outputs.digests)).toEqual({ api: D, web: D });
    expect(outputs['kustomize-args']).toBe(
      `api=ghcr.io/acme/api:sha-bbbbbbb@${D} web=ghcr.io/acme/web:sha-0000001@${D}`,
    );
  });

  it('lists images with their refs, and only unbuilt planned builds in the matrix', () => {
    const images = JSON.parse(outputs.images) as Record<string, string>[];
    expect(images[0]).toEqual({
      name: 'api',
      repository: 'ghcr.io/acme/api',
      ref: `ghcr.io/acme/api:sha-bbbbbbb@${D}`,
      tag: 'sha-bbbbbbb',
      digest: D,
      source: '',
      decision: 'build',
      reason: 'code of api changed',
      status: 'verified',
      changed: 'code',
      from: '',
      base: '',
      addTags: [],
    });
    expect(JSON.parse(outputs.matrix)).toEqual({
      include: [{ name: 'worker', tag: 'sha-bbbbbbb', repository: 'ghcr.io/acme/worker' }],
    });
  });

  it('carries the signature of an image signed or verified, and none otherwise', () => {
    const signature = {
      identity: 'https://github.com/acme/app/.github/workflows/deploy.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
      signedAt: '2026-01-02T03:04:05.000Z',
      referrer: D,
      sourceKey: 'c'.repeat(64),
      sourceKeyVersion: 'image-promote source key v2',
      repository: 'acme/app',
      serverUrl: 'https://github.com',
      commit: HEAD,
      runUrl: 'https://github.com/acme/app/actions/runs/42/attempts/1',
    };
    const signed = reportOutputs(
      buildReport(
        run([image({ tag: 'sha-bbbbbbb', digest: D, signature }), image({ name: 'web' })]),
        HEAD,
      ),
    );
    const [api, web] = JSON.parse(signed.images) as Record<string, unknown>[];
    expect(api?.signature).toEqual(signature);
    expect(web).not.toHaveProperty('signature');
  });

  it('groups the reason by decision', () => {
    expect(outputs.reason).toBe(
      'build api — code of api changed; build worker — code of worker changed; skip web — nothing changed',
    );
  });

  it('never outputs a tag that is not in the registry, unless the run only plans', () => {
    const images = [
      image({ name: 'api', decision: 'build', tag: 'sha-new', status: 'failed', error: 'x' }),
      image({ name: 'web', decision: 'build', tag: 'sha-plan', status: 'planned' }),
      image({ name: 'db', decision: 'skip', tag: 'sha-old', digest: D }),
    ];
    expect(buildReport(run(images), HEAD).tag).toBe('sha-old');
    expect(buildReport(run(images, { planning: true }), HEAD).tag).toBe('sha-plan');
  });

  it('says unknown when the change list is incomplete, and reports failures', () => {
    const failed = buildReport(
      run([image({ status: 'failed', error: 'docker build failed', decision: 'build' })], {
        failure: '1 of 1 image(s) failed: api (docker build failed). No overlay was written.',
        changes: { head: HEAD, baseRule: 'unknown', files: [], complete: false, source: 'none' },
      }),
      HEAD,
    );
    expect(failed.changed).toBe('unknown');
    // A failed run says so in `decision`, whatever the images' decisions were.
    expect(failed.decision).toBe('failed');
    expect(failed.reason).toMatch(/failed: api/);
    expect(failed.images[0]?.reason).toBe('r — FAILED: docker build failed');
  });
});

describe('redaction and delivery', () => {
  it('redacts credentials a registry echoed into a reason, in every output and the summary', () => {
    const echoed = `401 Unauthorized: Basic ${Buffer.from('ci:hunter2-password').toString('base64')}`;
    const report = buildReport(
      run([image({ status: 'failed', error: echoed, decision: 'promote' })], {
        failure: `api: ${echoed}`,
      }),
      HEAD,
    );
    const all = [
      ...Object.values(reportOutputs(report)),
      summaryMarkdown(report),
      textTable(report),
    ].join('\n');
    expect(all).not.toContain(Buffer.from('ci:hunter2-password').toString('base64'));
    expect(all).toContain('Basic ***');
  });

  it('outputs commits per repository and the pull request; from → to in the summary', () => {
    const report = buildReport(
      run([image({ decision: 'promote', tag: 'sha-2', from: 'sha-1', digest: D, write: true })], {
        commits: [
          {
            repository: 'acme/gitops',
            commit: 'd'.repeat(40),
            committed: true,
            pushed: true,
            branch: 'image-promote/prod',
            pullRequest: { number: 7, url: 'https://github.com/acme/gitops/pull/7' },
          },
        ],
      }),
      HEAD,
    );
    const outputs = reportOutputs(report);
    expect(outputs['pull-request-number']).toBe('7');
    expect(outputs['pull-request-url']).toBe('https://github.com/acme/gitops/pull/7');
    expect(outputs['commit-sha']).toBe('d'.repeat(40));
    expect(JSON.parse(outputs.commits)).toEqual({
      'acme/gitops': {
        commit: 'd'.repeat(40),
        committed: true,
        pushed: true,
        branch: 'image-promote/prod',
        pullRequest: { number: 7, url: 'https://github.com/acme/gitops/pull/7' },
      },
    });
    expect(summaryMarkdown(report)).toContain('| sha-1 → sha-2 |');
    expect(summaryMarkdown(report)).toContain(
      'pull request [#7](https://github.com/acme/gitops/pull/7)',
    );
  });
});

describe('summaryMarkdown / textTable', () => {
  it('renders a table, escaping pipes and newlines', () => {
    const report = buildReport(run([image({ reason: 'a | b\nc', tag: 'sha-1', digest: D })]), HEAD);
    const md = summaryMarkdown(report, 'image-promote (prod)');
    expect(md).toContain('### image-promote (prod): skip');
    expect(md).toContain('| Image | Decision | From → to | Digest | Status | Reason |');
    expect(md).toContain(`| api | skip | sha-1 | \`${D.slice(0, 19)}…\` | verified | a \\| b c |`);
    expect(textTable(report)).toMatch(/IMAGE\s+DECISION/);
    const dry = buildReport(
      run([image({})], {
        overlayChanged: true,
        overlayFiles: ['k8s/prod/kustomization.yaml'],
        dryRun: true,
      }),
      HEAD,
    );
    expect(summaryMarkdown(dry)).toContain('dry run: would update `k8s/prod/kustomization.yaml`');
    expect(reportJson(report)).toMatchObject({
      decision: 'skip',
      baseRule: 'push',
      images: [expect.objectContaining({ name: 'api' })],
    });
  });

  it("prints each image's source key (first 16 hex) in the text table", () => {
    const key = `0123456789abcdef${'9'.repeat(48)}`;
    const report = buildReport(
      run([
        image({
          name: 'api',
          decision: 'build',
          tag: 'sha-2',
          from: 'sha-1',
          source: key,
          status: 'planned',
          reason: 'code of api changed',
        }),
        image({ name: 'worker', tag: 'sha-1', digest: D, reason: 'nothing changed' }),
      ]),
      HEAD,
    );
    const lines = textTable(report).split('\n');
    expect(lines.slice(3, 6)).toEqual([
      'IMAGE   DECISION  FROM → TO      SOURCE            STATUS    REASON',
      'api     build     sha-1 → sha-2  0123456789abcdef  planned   code of api changed',
      'worker  skip      sha-1          —                 verified  nothing changed',
    ]);
    expect(textTable(report)).not.toContain(key);
  });
});

describe('the summary and the record', () => {
  it('escapes reasons, which quote outside text, and ends with the environments picture', () => {
    const reason = 'held: rolled back by [Eve](https://evil.example) <img src=x> | at 12:00';
    const report = buildReport(
      run([image({ reason, tag: 'sha-1', digest: D })], {
        picture: '#### Environments\n\n```mermaid\nflowchart LR\n```\n',
      }),
      HEAD,
    );
    const md = summaryMarkdown(report);
    expect(md).not.toContain('[Eve](');
    expect(md).not.toContain('<img');
    expect(md).toContain(
      '| held\\: rolled back by \\[Eve\\]\\(https\\://evil\\.example\\) &lt;img src\\=x&gt; \\| at 12\\:00 |',
    );
    expect(md.endsWith(' |\n\n#### Environments\n\n```mermaid\nflowchart LR\n```\n')).toBe(true);
    // Without a picture (a run that reads no overlay), the table ends the summary.
    expect(summaryMarkdown(buildReport(run([image({})]), HEAD)).endsWith(' |\n')).toBe(true);
  });
});

describe('the summary: requests per registry', () => {
  const requests = [
    { service: 'registry' as const, host: 'ghcr.io', requests: 4, retried: 0, throttled: 0 },
    {
      service: 'registry' as const,
      host: '127.0.0.1:5000',
      requests: 12,
      retried: 2,
      throttled: 1,
    },
    { service: 'github' as const, host: 'api.github.com', requests: 3, retried: 0, throttled: 0 },
  ];

  it('ends with the requests each registry (and the GitHub API) was sent', () => {
    const md = summaryMarkdown(buildReport(run([image({})], { requests }), HEAD));
    expect(
      md.endsWith(
        ' |\n\nRegistry requests: `ghcr.io` 4 · `127.0.0.1:5000` 12 (2 retried, 1 × 429); GitHub API requests: `api.github.com` 3\n',
      ),
    ).toBe(true);
    // After the environments picture when there is one.
    const pictured = summaryMarkdown(
      buildReport(run([image({})], { requests, picture: '#### Environments\n' }), HEAD),
    );
    expect(pictured).toMatch(/\n#### Environments\n\nRegistry requests: `ghcr\.io` 4 · /);
    // No requests (nothing asked a registry): no line.
    expect(summaryMarkdown(buildReport(run([image({})]), HEAD))).not.toContain('requests:');
  });

  it('escapes a host it cannot show as code, and redacts it', () => {
    const odd = [
      {
        service: 'registry' as const,
        host: 'evil.example/[x](http://a)|<b>',
        requests: 1,
        retried: 0,
        throttled: 0,
      },
    ];
    const md = summaryMarkdown(buildReport(run([image({})], { requests: odd }), HEAD));
    expect(md).toContain(
      'Registry requests: evil\\.example/\\[x\\]\\(http\\://a\\)\\|&lt;b&gt; 1\n',
    );
    expect(md).not.toContain('](');
    expect(md).not.toContain('<b>');
    // The line passes the one redactor like the rest of the summary.
    const basic = Buffer.from('ci:hunter2-password').toString('base64');
    const echoed = [{ ...odd[0], host: `Basic ${basic}` } as (typeof requests)[number]];
    const redacted = summaryMarkdown(buildReport(run([image({})], { requests: echoed }), HEAD));
    expect(redacted).not.toContain(basic);
    expect(redacted).toContain('Registry requests: Basic ***');
  });

  it('keeps the requests out of the outputs', () => {
    const report = buildReport(run([image({})], { requests }), HEAD);
    expect(JSON.stringify(reportOutputs(report))).not.toContain('127.0.0.1:5000');
    expect(JSON.stringify(reportJson(report))).not.toContain('127.0.0.1:5000');
  });
});
