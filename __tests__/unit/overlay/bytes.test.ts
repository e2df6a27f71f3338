/**
 * Overlays are bytes: whatever a file holds outside the values written — bytes that are not
 * UTF-8 (Latin-1 comments), NUL, a BOM, CRLF — is written back exactly, on disk, through
 * set-image and through the commit-retry check; a value that cannot be spelled in the file is
 * refused with the file and line. Plus the byte module's own pieces (the lossless view, the
 * piece table and the byte comparison the self-check uses).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OverlayConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import {
  byteOffsets,
  ByteText,
  decodeBytes,
  printable,
  unchangedOutside,
} from '../../../src/overlay/byte-text.js';
import {
  planOverlayEdit,
  readOverlay,
  writeOverlayEdits,
} from '../../../src/overlay/overlay-files.js';
import { main } from '../../../src/cli.js';
import { silentLogger } from '../../../src/log.js';
import { readOverlayText } from '../../../src/overlay/state.js';
import type { ImageUpdate, PlanOptions } from '../../../src/overlay/types.js';
import { overlayImage } from '../../support/images.js';

const OPTIONS: PlanOptions = { pinDigest: false, createMissing: false, isImmutable: () => true };
const b = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

const ws = mkdtempSync(join(tmpdir(), 'ip-bytes-'));
afterAll(() => {
  rmSync(ws, { recursive: true, force: true });
});

function place(path: string, content: Buffer): OverlayConfig {
  const file = join(ws, path);
  writeFileSync(file, content);
  return { file, path, format: 'auto' };
}

// A Latin-1 é (0xE9), a lone continuation byte, a truncated sequence, NUL, and an
// overlong encoding of "/" — none of them UTF-8.
const ODD = [0xe9, 0x80, 0xe2, 0x82, 0x00, 0xc0, 0xaf];

/** Per format: the file around its one value `v1`, and the key that holds it. */
const CASES: { name: string; path: string; key?: string; head: Buffer; tail: Buffer }[] = [
  {
    name: 'kustomize',
    path: 'kustomization.yaml',
    head: b(
      '\uFEFF# caf',
      ODD,
      '\r\nimages:\r\n- name: api # ',
      [0xfc],
      '\r\n  newName: ghcr.io/acme/api\r\n  newTag: ',
    ),
    tail: b(' # \u00e9t\u00e9 ', [0xff, 0xfe], '\r\n'),
  },
  {
    name: 'yaml',
    path: 'values.yaml',
    key: 'image.tag',
    head: b('# caf', ODD, '\nimage:\n  tag: "'),
    tail: b('" # ', [0xe9], '\nother: "x', [0xe9], 'y"\n'),
  },
  {
    name: 'json',
    path: 'values.json',
    key: 'image.tag',
    head: b('\uFEFF{\r\n  "note": "caf', [0xe9, 0x80, 0xc0], '",\r\n  "image": {"tag": "'),
    tail: b('"}\r\n}'),
  },
  {
    name: 'tfvars',
    path: 'prod.tfvars',
    key: 'image.tag',
    head: b('# caf', ODD, '\r\n// ', [0xe9], '\r\nimage = { tag = "'),
    tail: b('" } /* ', [0xe9, 0x00], ' */\r\nnote = "caf', [0xe9], '"\r\n'),
  },
];

function plan(path: string, bytes: Buffer, key: string | undefined, tag: string) {
  const image = overlayImage('api', key === undefined ? {} : { key });
  const state = readOverlayText(bytes, { file: `/ws/${path}`, path, format: 'auto' }, [image]);
  const update: ImageUpdate = { image, repository: 'ghcr.io/acme/api', tag };
  return { state, edit: planOverlayEdit(state, [update], OPTIONS) };
}

describe('every byte outside the value is written back as it was', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s, on disk', async (_, c) => {
    const overlay = place(c.path, Buffer.concat([c.head, b('v1'), c.tail]));
    const image = overlayImage('api', c.key === undefined ? {} : { key: c.key });
    const state = await readOverlay(overlay, [image]);
    expect(state.images.get('api')?.value.tag).toBe('v1');
    const edit = planOverlayEdit(
      state,
      [{ image, repository: 'ghcr.io/acme/api', tag: 'sha-9f8e7d6' }],
      OPTIONS,
    );
    await writeOverlayEdits([edit], { root: ws });
    expect(readFileSync(overlay.file)).toEqual(Buffer.concat([c.head, b('sha-9f8e7d6'), c.tail]));
  });

  it('set-image keeps them too (the CLI door, through the engine)', async () => {
    const head = b('# caf', ODD, '\nimages:\n- name: api\n  newTag: ');
    const tail = b(' # ', [0xe9], '\n');
    const overlay = place('kustomization.yaml', Buffer.concat([head, b('v1'), tail]));
    const code = await main(['set-image', overlay.file, '--no-verify', 'api=*:v2'], {
      cwd: ws,
      env: {},
      stdout: () => undefined,
      logger: silentLogger,
    });
    expect(code).toBe(0);
    expect(readFileSync(overlay.file)).toEqual(Buffer.concat([head, b('v2'), tail]));
  });

  it('a change of one non-UTF-8 byte after planning stops the write (the commit retry re-plans)', async () => {
    const overlay = place('race.yaml', b('# caf', [0xe9], '\nimage:\n  tag: v1\n'));
    const image = overlayImage('api', { key: 'image.tag' });
    const edit = planOverlayEdit(
      await readOverlay(overlay, [image]),
      [{ image, repository: 'ghcr.io/acme/api', tag: 'v2' }],
      OPTIONS,
    );
    writeFileSync(overlay.file, b('# caf', [0xe8], '\nimage:\n  tag: v1\n'));
    await expect(writeOverlayEdits([edit], { root: ws })).rejects.toThrow(
      'race.yaml changed while image-promote was editing it — run again',
    );
    expect(readFileSync(overlay.file)).toEqual(b('# caf', [0xe8], '\nimage:\n  tag: v1\n'));
  });
});

describe('a value that cannot be spelled in the file is refused with the file and line', () => {
  // Tags, digests, repositories and key paths are ASCII by validation; the byte layer still
  // refuses what it cannot spell.
  it('non-ASCII into a file that is not UTF-8 (its encoding is unknown)', () => {
    const latin1 = ByteText.fromBytes(b('# caf', [0xe9], '\nimage:\n  tag: v1\n'));
    const edited = latin1.splice([{ start: 21, end: 23, text: 'caf\u00e9' }]);
    expect(edited.text).toBe('# caf\udce9\nimage:\n  tag: caf\u00e9\n');
    expect(() => edited.bytes('v.yaml')).toThrow(
      new UserError(
        'v.yaml:3: cannot write "café" into v.yaml: the file is not UTF-8 (it has bytes that are not valid UTF-8), so its encoding is unknown and only ASCII can be written into it — save the file as UTF-8, or use ASCII names',
      ),
    );
  });

  it('into a UTF-8 file, as UTF-8', () => {
    const utf8 = ByteText.fromBytes(b('# caf\u00e9\nimage:\n  tag: v1\n'));
    expect(utf8.splice([{ start: 21, end: 23, text: '\u00e9' }]).bytes('v.yaml')).toEqual(
      b('# caf\u00e9\nimage:\n  tag: \u00e9\n'),
    );
  });

  it('a lone surrogate is not text', () => {
    const edited = ByteText.fromString('a: 1\n').splice([{ start: 3, end: 4, text: '"\ud800"' }]);
    expect(() => edited.bytes('v.yaml')).toThrow(
      'v.yaml:1: cannot write "\\"\\\\uD800\\"": it is not valid Unicode text (a lone surrogate)',
    );
  });

  it('a UTF-16 file is refused up front', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]);
    expect(() =>
      readOverlayText(utf16, { file: '/ws/v.yaml', path: 'v.yaml', format: 'auto' }, []),
    ).toThrow(
      new UserError(
        'v.yaml starts with a UTF-16 byte order mark; image-promote reads and writes overlays as UTF-8 — save the file as UTF-8',
      ),
    );
  });
});

describe('the lossless view', () => {
  const bytes = fc.uint8Array({ maxLength: 64 });

  it('maps every byte string to a text and back', () => {
    fc.assert(
      fc.property(bytes, (raw) => {
        const text = decodeBytes(raw);
        expect(ByteText.fromBytes(raw).bytes('f')).toEqual(Buffer.from(raw));
        // Valid UTF-8 reads as itself; anything else has one escape per stray byte.
        if (Buffer.from(raw).toString('utf8') === text) return;
        expect(text).toMatch(/[\udc80-\udcff]/);
      }),
      { numRuns: 500 },
    );
  });

  it('splices ASCII at any character offset into exactly the bytes around it', () => {
    fc.assert(
      fc.property(
        bytes,
        fc.nat(),
        fc.nat(),
        fc.stringMatching(/^[ -~]{0,6}$/),
        (raw, i, j, insert) => {
          const source = ByteText.fromBytes(raw);
          const text = source.text;
          const inPair = (k: number) =>
            /[\ud800-\udbff]/.test(text[k - 1] ?? '') && /[\udc00-\udfff]/.test(text[k] ?? '');
          const [s, e] = [i % (text.length + 1), j % (text.length + 1)].sort((x, y) => x - y) as [
            number,
            number,
          ];
          if (inPair(s) || inPair(e)) return;
          const edited = source.splice([{ start: s, end: e, text: insert }]);
          const [bs, be] = byteOffsets(text, [s, e]) as [number, number];
          const expected = Buffer.concat([
            Buffer.from(raw).subarray(0, bs),
            Buffer.from(insert),
            Buffer.from(raw).subarray(be),
          ]);
          let out: Buffer;
          try {
            out = edited.bytes('f');
          } catch (err) {
            // Joining two stray bytes into one valid character is refused, never written.
            expect(err).toBeInstanceOf(UserError);
            expect(decodeBytes(expected)).not.toBe(edited.text);
            return;
          }
          expect(out).toEqual(expected);
          expect(decodeBytes(out)).toBe(edited.text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('composes splices into ranges of the original', () => {
    let t = ByteText.fromString('0123456789');
    t = t.splice([{ start: 2, end: 4, text: 'ab' }]); // 01ab456789
    t = t.splice([{ start: 3, end: 3, text: 'X' }]); // 01aXb456789
    t = t.splice([{ start: 8, end: 11, text: '' }]); // 01aXb456
    expect(t.text).toBe('01aXb456');
    expect(t.changes()).toEqual([
      { start: 2, end: 4, text: 'aXb' },
      { start: 7, end: 10, text: '' },
    ]);
    expect(t.bytes('f')).toEqual(b('01aXb456'));
  });

  it('refuses a splice that would join stray bytes into another character', () => {
    // 0xC3 [x] 0xA9: removing x would make "é" out of two stray bytes.
    const source = ByteText.fromBytes(b([0xc3], 'x', [0xa9]));
    expect(source.text).toBe('\udcc3x\udca9');
    expect(() => source.splice([{ start: 1, end: 2, text: '' }]).bytes('f.yaml')).toThrow(
      'f.yaml: refusing to write it: next to the bytes around it, the new text would read as different characters',
    );
  });

  it('byte comparison outside the changed ranges', () => {
    const before = b('abcdef');
    expect(unchangedOutside(before, b('aXYdef'), [{ start: 1, end: 3, length: 2 }])).toBe(true);
    expect(unchangedOutside(before, b('aXYdeF'), [{ start: 1, end: 3, length: 2 }])).toBe(false);
    expect(unchangedOutside(before, b('AXYdef'), [{ start: 1, end: 3, length: 2 }])).toBe(false);
    expect(unchangedOutside(before, b('aXYdefg'), [{ start: 1, end: 3, length: 2 }])).toBe(false);
    expect(unchangedOutside(before, b('aZdef'), [{ start: 1, end: 3, length: 1 }])).toBe(true);
  });

  it('spells stray bytes and control characters for messages', () => {
    expect(printable(decodeBytes(b('caf', [0xe9], '\n\0\t')))).toBe('caf\\xE9\\x0A\\x00\t');
  });
});

describe('reading values next to stray bytes', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { state, edit } = plan(c.path, Buffer.concat([c.head, b('v1'), c.tail]), c.key, 'v2');
    expect(state.images.get('api')?.value.tag).toBe('v1');
    expect(edit.changes.map((ch) => [ch.before?.tag, ch.after.tag])).toEqual([['v1', 'v2']]);
    expect(edit.after).toEqual(Buffer.concat([c.head, b('v2'), c.tail]));
  });
});

it('a value with a stray byte or a line break is shown escaped in the warning', () => {
  const state = readOverlayText(
    b('images:\n- name: api\n  newTag: "v1', [0xe9], '\\n::error::x"\n'),
    { file: '/ws/kustomization.yaml', path: 'kustomization.yaml', format: 'auto' },
    [overlayImage('api')],
  );
  expect(state.warnings).toEqual([
    expect.stringMatching(
      /^kustomization\.yaml: image api has tag "v1\\xE9\\x0A::error::x", which is not a valid tag: /,
    ),
  ]);
});
