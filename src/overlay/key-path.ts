/**
 * Dotted key paths into YAML (`helm-key: api.image.tag`, `containers.0.image`). A segment of
 * digits indexes a list when the node there is a list and is a plain key otherwise.
 */
export type KeyPath = readonly (string | number)[];

const SEGMENT_RE = /^[A-Za-z0-9_-]+$/;

/** Returns why `path` is not a key path, or undefined when it is. */
export function keyPathProblem(path: string): string | undefined {
  if (path === '') return 'a key path cannot be empty';
  const bad = path.split('.').find((s) => !SEGMENT_RE.test(s));
  if (bad === undefined) return undefined;
  return bad === ''
    ? 'a key path has no empty segments (no leading, trailing or doubled ".")'
    : `segment "${bad}" may only contain letters, digits, "_" and "-"`;
}

/** Splits `a.b.0.c` into segments; throws a RangeError with the reason when invalid. */
export function parseKeyPath(path: string): KeyPath {
  const problem = keyPathProblem(path);
  if (problem !== undefined) throw new RangeError(`invalid key path "${path}": ${problem}`);
  return path.split('.').map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
}

/** `a.b.0.c` again, for messages. */
export function formatKeyPath(path: KeyPath): string {
  return path.map(String).join('.');
}
