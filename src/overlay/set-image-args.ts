/**
 * The argument grammar of `kustomize edit set image` (kustomize v5, setimage.go):
 *
 *   name=newName:tag@digest   name=newName:tag   name=newName@digest   name=newName
 *   name:tag@digest           name:tag           name@digest
 *
 * Each argument describes the whole entry: a part that is not given is removed (`name:tag`
 * drops an existing `newName` and `digest`; `name=newName` drops `newTag` and `digest`), and
 * `*` as a part keeps what the file has. A name given twice: the last argument wins.
 *
 * Deliberate difference: every part is validated (kustomize writes any string), so a typo
 * is reported with the reason instead of ending up in the file.
 */
import { digestProblem, parseRepositoryName, ReferenceError, tagProblem } from '../reference.js';
import type { FieldChange, KustomizePatch } from './kustomize.js';

export const KEEP = '*';

export const SET_IMAGE_FORMS = [
  '<image>=<newimage>:<newtag>@<digest>',
  '<image>=<newimage>:<newtag>',
  '<image>=<newimage>@<digest>',
  '<image>=<newimage>',
  '<image>:<newtag>@<digest>',
  '<image>:<newtag>',
  '<image>@<digest>',
];

export class SetImageArgError extends Error {
  override readonly name = 'SetImageArgError';
  constructor(
    readonly arg: string,
    readonly reason: string,
  ) {
    super(`invalid image argument "${arg}": ${reason}`);
  }
}

export interface SetImageArg {
  /** The entry's `name`. */
  name: string;
  patch: KustomizePatch;
}

/** kustomize's image.Split: `:` and `@` only count after the first `/` (a host may have a port). */
export function splitImage(value: string): { name: string; tag?: string; digest?: string } {
  const slash = value.indexOf('/');
  const offset = slash > 0 ? slash : 0;
  const at = value.indexOf('@', offset);
  const colon = value.indexOf(':', offset);
  const hasTag = colon >= 0 && (at < 0 || colon < at);
  const nameEnd = hasTag ? colon : at;
  if (nameEnd < 0) return { name: value };
  return {
    name: value.slice(0, nameEnd),
    ...(hasTag ? { tag: value.slice(colon + 1, at < 0 ? value.length : at) } : {}),
    ...(at >= 0 ? { digest: value.slice(at + 1) } : {}),
  };
}

function change(
  arg: string,
  part: string,
  value: string | undefined,
  problem: (v: string) => string | undefined,
): FieldChange {
  if (value === undefined || value === '') return 'remove';
  if (value === KEEP) return 'keep';
  const issue = problem(value);
  if (issue) throw new SetImageArgError(arg, `${part} "${value}": ${issue}`);
  return { set: value };
}

function repositoryProblem(value: string): string | undefined {
  try {
    parseRepositoryName(value);
    return undefined;
  } catch (err) {
    if (err instanceof ReferenceError) return err.reason;
    throw err;
  }
}

export function parseSetImageArg(arg: string): SetImageArg {
  const eq = arg.indexOf('=');
  const key = eq === -1 ? undefined : arg.slice(0, eq);
  const value = eq === -1 ? arg : arg.slice(eq + 1);
  const parts = splitImage(value);
  if (key === undefined && parts.tag === undefined && parts.digest === undefined) {
    throw new SetImageArgError(
      arg,
      `it sets nothing; use one of:\n  ${SET_IMAGE_FORMS.join('\n  ')}`,
    );
  }
  const name = key ?? parts.name;
  if (name === '' || name === KEEP) throw new SetImageArgError(arg, 'the image name is missing');
  const nameIssue = repositoryProblem(name);
  if (nameIssue) throw new SetImageArgError(arg, `image name "${name}": ${nameIssue}`);
  return {
    name,
    patch: {
      newName: change(
        arg,
        'new name',
        key === undefined ? undefined : parts.name,
        repositoryProblem,
      ),
      newTag: change(arg, 'tag', parts.tag, tagProblem),
      digest: change(arg, 'digest', parts.digest, digestProblem),
    },
  };
}

/** Parses all arguments; a name given twice keeps the last one (as kustomize does). */
export function parseSetImageArgs(args: readonly string[]): SetImageArg[] {
  const byName = new Map<string, SetImageArg>();
  for (const arg of args) {
    const parsed = parseSetImageArg(arg);
    byName.delete(parsed.name);
    byName.set(parsed.name, parsed);
  }
  return [...byName.values()];
}
