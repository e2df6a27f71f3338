/**
 * Blob contents for source keys: the targets of symlinks on the way to a context or a
 * Dockerfile, and `.dockerignore` files. Few and small, read with one `git cat-file --batch`.
 */
import type { Git } from '../git.js';

/** The contents of the blobs `oids` (full ids), as text; an id that names no blob is left out. */
export async function readBlobs(git: Git, oids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(oids)];
  const blobs = await git.readBlobs(wanted);
  const out = new Map<string, string>();
  wanted.forEach((oid, i) => {
    const blob = blobs[i];
    if (blob) out.set(oid, blob.toString('utf8'));
  });
  return out;
}
