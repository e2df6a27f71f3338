/**
 * Blob contents for source keys: the targets of symlinks on the way to a context or a
 * Dockerfile, and `.dockerignore` files. Few and small, read with one `git cat-file --batch`.
 */
import type { Git } from '../git.js';

/** The index where `size` UTF-8 bytes of `text` starting at `at` end (git sizes are bytes). */
function endOfBytes(text: string, at: number, size: number): number {
  if (Buffer.byteLength(text.slice(at, at + size), 'utf8') === size) return at + size;
  let bytes = 0;
  let i = at;
  while (bytes < size && i < text.length) {
    const code = text.codePointAt(i) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code >= 0x10000 ? 2 : 1;
  }
  return i;
}

/**
 * The contents of the blobs `oids` (full ids), as text; an id that names no blob here is left
 * out. Output that cannot be split by its byte sizes (contents that are not UTF-8) is read again
 * one blob at a time.
 */
export async function readBlobs(git: Git, oids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wanted = [...new Set(oids)];
  if (wanted.length === 0) return out;
  const text = await git.catFileBatch(wanted);
  let at = 0;
  for (let n = 0; n < wanted.length; n++) {
    const oid = wanted[n] as string;
    const nl = text.indexOf('\n', at);
    const header = nl === -1 ? '' : text.slice(at, nl);
    const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
    if (!m || m[1] !== oid) {
      if (header === `${oid} missing`) {
        at = nl + 1;
        continue;
      }
      return readOneByOne(git, wanted.slice(n), out);
    }
    const start = nl + 1;
    const end = endOfBytes(text, start, Number(m[3]));
    if (text[end] !== '\n') return readOneByOne(git, wanted.slice(n), out);
    if (m[2] === 'blob') out.set(oid, text.slice(start, end));
    at = end + 1;
  }
  return out;
}

async function readOneByOne(
  git: Git,
  oids: readonly string[],
  out: Map<string, string>,
): Promise<Map<string, string>> {
  for (const oid of oids) {
    const text = await git.blobText(oid);
    if (text !== undefined) out.set(oid, text);
  }
  return out;
}
