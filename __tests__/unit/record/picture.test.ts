/**
 * The environments picture: mermaid's own parser (under a jsdom DOM, so its sanitizer runs
 * as in a browser) accepts every generated diagram, and every label reads back as the text
 * it was made from — for any names and values, quotes, brackets, `%%`, line breaks,
 * backticks and markup included. The table under it parses (marked) into exactly one row
 * per image, with no HTML and no link but the ones it makes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { Lexer, parseInline, type Token, type Tokens } from 'marked';
import { repositoryLinks } from '../../../src/record/escape.js';
import type { HoldOrigin } from '../../../src/record/holds.js';
import {
  environmentTitle,
  imageLines,
  renderMermaid,
  renderPicture,
  renderPictureTable,
  type PictureEnvironment,
  type PictureImage,
} from '../../../src/record/picture.js';
import {
  DIGEST,
  digestArb,
  hex,
  nastyText,
  referenceArb,
  SHA,
  SOURCE,
} from '../../support/record-fixtures.js';

interface Vertex {
  id: string;
  text?: string;
}
interface FlowDb {
  getVertices(): Map<string, Vertex>;
  getSubGraphs(): { id: string; title: string }[];
  getEdges(): { start: string; end: string }[];
}
interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: FlowDb }> };
}

const dom = new JSDOM('');
let mermaid: Mermaid;

beforeAll(async () => {
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.window;
  delete g.document;
  dom.window.close();
});

/** Mermaid's entity placeholders back to characters; `<br>` splits lines. */
function decode(text: string): string[] {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .split(/<br\s*\/?>/)
    .map((line) => line.trim());
}

/** Text as a one-line label shows it: line breaks as spaces, no space at either end. */
const oneLine = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();

/**
 * Parses the diagram (getDiagramFromText is the parser mermaid.parse runs, and gives the
 * parsed diagram) and checks that every box and node reads back as its text.
 */
async function accept(
  environments: readonly PictureEnvironment[],
  flows: [string, string][] = [],
): Promise<void> {
  const source = renderMermaid(environments, {
    links: repositoryLinks('https://github.com', 'acme/app'),
    flows,
  });
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(source);
  const titles = db.getSubGraphs().map((s) => `${s.id}: ${decode(s.title).join('\n')}`);
  expect(titles.sort()).toEqual(
    environments.map((env, e) => `e${e}: ${oneLine(environmentTitle(env))}`).sort(),
  );
  const vertices = db.getVertices();
  environments.forEach((env, e) => {
    env.images.slice(0, 20).forEach((image, i) => {
      const text = vertices.get(`e${e}i${i}`)?.text ?? '';
      expect(decode(text)).toEqual(imageLines(image).map(oneLine));
    });
  });
  const ids = new Set(environments.map((_, e) => `e${e}`));
  for (const edge of db.getEdges()) {
    expect(ids.has(edge.start) && ids.has(edge.end)).toBe(true);
  }
}

const at = new Date(Date.UTC(2025, 0, 2, 15, 4));

function holdBy(actor: string | undefined): HoldOrigin {
  return {
    source: SOURCE.s2,
    image: {
      name: 'api',
      kind: 'rollback',
      to: 'ghcr.io/acme/api:sha-1111111',
      rolledBackFrom: { ref: 'ghcr.io/acme/api:sha-2222222' },
      source: SOURCE.s2,
    },
    entry: {
      commit: SHA.d,
      time: at,
      ...(actor !== undefined ? { actor } : {}),
      from: 'trailers',
      record: { version: 1, images: [] },
    },
  };
}

const ENVIRONMENTS: PictureEnvironment[] = [
  {
    name: 'dev',
    configCommit: SHA.b,
    overlayCommit: SHA.c,
    images: [
      {
        name: 'api',
        runs: 'ghcr.io/acme/api:sha-2222222',
        digest: DIGEST.d2,
        change: {
          from: 'ghcr.io/acme/api:sha-1111111',
          to: 'ghcr.io/acme/api:sha-2222222',
          kind: 'build',
        },
      },
    ],
  },
  {
    name: 'prod',
    configCommit: SHA.a,
    images: [
      {
        name: 'api',
        runs: 'ghcr.io/acme/api:sha-1111111',
        digest: DIGEST.d1,
        hold: holdBy('octocat'),
      },
      { name: 'worker', runs: 'sha-5555555' },
    ],
  },
  { name: 'staging', images: [] },
];

describe('renderMermaid', () => {
  it('draws each environment, its images, this run’s changes, holds and the promotion flow', async () => {
    const source = renderMermaid(ENVIRONMENTS, {
      links: repositoryLinks('https://github.com/', 'acme/app'),
      flows: [
        ['dev', 'staging'],
        ['staging', 'prod'],
        ['prod', 'nowhere'],
      ],
    });
    expect(source).toBe(
      [
        'flowchart LR',
        `  subgraph e0["dev #183; config bbbbbbb"]`,
        '    direction TB',
        `    e0i0["api<br/>sha-2222222 #183; sha256:222222222222<br/>this run: sha-1111111 #8594; sha-2222222 #40;build#41;"]`,
        '  end',
        `  subgraph e1["prod #183; config aaaaaaa"]`,
        '    direction TB',
        `    e1i0["api<br/>sha-1111111 #183; sha256:111111111111<br/>held: rolled back from sha-2222222 by octocat at 2025-01-02 15:04 UTC #40;ddddddd#41;"]`,
        `    e1i1["worker<br/>sha-5555555"]`,
        '  end',
        `  subgraph e2["staging #183; config unknown"]`,
        '    direction TB',
        `    e2none["#40;no image#41;"]`,
        '  end',
        '  e0 --> e2',
        '  e2 --> e1',
        '  classDef changed fill:#dafbe1,stroke:#1a7f37,color:#000',
        '  classDef held fill:#fff8c5,stroke:#9a6700,color:#000',
        '  class e0i0 changed',
        '  class e1i0 held',
        `  click e0i0 href "https://github.com/acme/app/commit/${SHA.b}" _blank`,
        `  click e1i0 href "https://github.com/acme/app/commit/${SHA.a}" _blank`,
        `  click e1i1 href "https://github.com/acme/app/commit/${SHA.a}" _blank`,
      ].join('\n'),
    );
    await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    await accept(ENVIRONMENTS, [
      ['dev', 'staging'],
      ['staging', 'prod'],
    ]);
    // The parser is strict: the test would see a diagram it does not accept.
    await expect(mermaid.parse(source.replace('e0i0["api', 'e0i0["a"pi'))).rejects.toThrow();
  });

  it('makes no link from a server or repository that is not one', () => {
    for (const [server, repo] of [
      ['javascript:alert(1)', 'acme/app'],
      ['https://github.com', 'acme/app" onclick="x'],
      ['https://github.com', '../..'],
      [undefined, 'acme/app'],
    ] as const) {
      expect(repositoryLinks(server, repo)).toBeUndefined();
    }
    expect(renderMermaid(ENVIRONMENTS)).not.toContain('click');
  });

  it('draws at most maxImages per environment and says how many more there are', async () => {
    const images = Array.from({ length: 25 }, (_, i) => ({ name: `img${i}`, runs: `v${i}` }));
    const source = renderMermaid([{ name: 'prod', images }]);
    expect(source).toContain('e0i19["img19');
    expect(source).not.toContain('e0i20');
    expect(source).toContain('e0more["+ 5 more"]');
    await accept([{ name: 'prod', images }]);
  });

  const value = fc.oneof(referenceArb, nastyText);
  const imageArb: fc.Arbitrary<PictureImage> = fc
    .record({
      name: nastyText,
      runs: fc.option(value, { nil: undefined }),
      digest: fc.option(digestArb, { nil: undefined }),
      change: fc.option(
        fc.record({ from: fc.option(value, { nil: undefined }), to: value, kind: nastyText }),
        { nil: undefined },
      ),
      actor: fc.option(fc.option(nastyText, { nil: undefined }), { nil: null }),
    })
    .map(({ actor, change, ...rest }) => {
      const image: PictureImage = { name: rest.name };
      if (rest.runs !== undefined) image.runs = rest.runs;
      if (rest.digest !== undefined) image.digest = rest.digest;
      if (change) {
        image.change = { to: change.to, kind: change.kind };
        if (change.from !== undefined) image.change.from = change.from;
      }
      if (actor !== null) image.hold = holdBy(actor);
      return image;
    });
  const environmentsArb = fc.array(
    fc.record({
      name: nastyText,
      configCommit: fc.option(hex(40), { nil: undefined }),
      images: fc.array(imageArb, { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  );

  it('writes diagrams mermaid accepts and reads back as written, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(environmentsArb, fc.nat(), async (raw, seed) => {
        const environments = raw.map((env) => {
          const out: PictureEnvironment = { name: env.name, images: env.images };
          if (env.configCommit !== undefined) out.configCommit = env.configCommit;
          return out;
        });
        const names = environments.map((e) => e.name);
        const flows: [string, string][] =
          names.length > 1
            ? [[names[seed % names.length] ?? '', names[(seed + 1) % names.length] ?? '']]
            : [];
        await accept(environments, flows);
      }),
      { numRuns: 50 },
    );
  });
});

describe('renderPictureTable', () => {
  function cells(markdown: string): Tokens.Table {
    const tokens = new Lexer().lex(markdown);
    const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables).toHaveLength(1);
    return tables[0] as Tokens.Table;
  }

  /** A cell's text as it reads: escapes and entities undone. */
  /** A cell as a reader sees it: rendered to HTML by marked, then as text. */
  const plain = (text: string | undefined): string =>
    parseInline(text ?? '', { async: false })
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');

  function inline(tokens: readonly Token[]): Token[] {
    return tokens.flatMap((t) => [
      t,
      ...inline('tokens' in t && Array.isArray(t.tokens) ? t.tokens : []),
    ]);
  }

  it('lists every image with links to its commits and the compare view', () => {
    const table = renderPictureTable(ENVIRONMENTS, {
      links: repositoryLinks('https://github.com', 'acme/app'),
      head: SHA.d,
    });
    const lines = table.split('\n');
    expect(lines[0]).toBe(
      '| Environment | Image | Runs | Config commit | Overlay commit | This run | Hold |',
    );
    expect(lines[2]).toBe(
      `| dev | api | \`sha-2222222\` \`sha256:222222222222\` | [bbbbbbb](https://github.com/acme/app/commit/${SHA.b}) · [compare with ddddddd](https://github.com/acme/app/compare/${SHA.b}...${SHA.d}) | [ccccccc](https://github.com/acme/app/commit/${SHA.c}) | \`sha-1111111\` → \`sha-2222222\` (build) | — |`,
    );
    expect(lines[3]).toContain(
      'held\\: rolled back from sha\\-2222222 by octocat at 2025\\-01\\-02 15\\:04 UTC \\(ddddddd\\)',
    );
    expect(lines[5]).toBe('| staging | — | — | — | — | — | — |');
    expect(cells(table).rows).toHaveLength(4);
  });

  it('keeps any text inside its cell: no HTML, no link, no code span but its own', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: nastyText,
            images: fc.array(
              fc.record({ name: nastyText, runs: nastyText, kind: nastyText, actor: nastyText }),
              { minLength: 1, maxLength: 3 },
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (raw) => {
          const environments: PictureEnvironment[] = raw.map((env) => ({
            name: env.name,
            configCommit: SHA.a,
            images: env.images.map((i) => ({
              name: i.name,
              runs: i.runs,
              change: { to: i.runs, kind: i.kind },
              hold: holdBy(i.actor),
            })),
          }));
          const markdown = renderPicture(environments, {
            links: repositoryLinks('https://github.com', 'acme/app'),
            head: SHA.b,
          });
          const table = cells(markdown.slice(markdown.indexOf('| Environment')));
          expect(table.rows).toHaveLength(raw.reduce((n, env) => n + env.images.length, 0));
          let row = 0;
          for (const env of raw) {
            for (const image of env.images) {
              const cellsOf = table.rows[row++] ?? [];
              expect(cellsOf).toHaveLength(7);
              const all = inline(cellsOf.flatMap((c) => c.tokens));
              expect(all.filter((t) => t.type === 'html')).toEqual([]);
              const links = all
                .filter((t): t is Tokens.Link => t.type === 'link')
                .map((t) => t.href);
              expect(links).toEqual([
                `https://github.com/acme/app/commit/${SHA.a}`,
                `https://github.com/acme/app/compare/${SHA.a}...${SHA.b}`,
              ]);
              expect(plain(cellsOf[0]?.text)).toBe(oneLine(env.name));
              expect(plain(cellsOf[1]?.text)).toBe(oneLine(image.name));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
