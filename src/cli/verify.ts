/**
 * What `deploy` and `set-image` share before they write an overlay: the tag allow-list (the
 * same TagPolicy the action uses, src/tags/policy.ts) and the registry check of each image
 * (every digest computed from the manifest bytes the registry returned).
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { INPUTS } from '../config/inputs.js';
import { list } from '../config/parse.js';
import { errorMessage, UserError } from '../errors.js';
import type { Trigger } from '../event/trigger.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import type { RegistryProvider } from '../registry/types.js';
import { createTagPolicy, type PolicyConfig, type TagPolicy } from '../tags/policy.js';

/** The action's defaults for the tag inputs (tag-template, extra-tags, source-tag, …). */
export function defaultPolicyConfig(): PolicyConfig {
  return {
    tagTemplate: INPUTS['tag-template'].default,
    prTagTemplate: INPUTS['pr-tag-template'].default,
    extraTags: list(INPUTS['extra-tags'].default),
    promoteTags: list(INPUTS['promote-tags'].default),
    sourceTag: INPUTS['source-tag'].default,
  };
}

/**
 * The TagPolicy for a command line: no event, as on the default branch, so every rendered
 * extra tag (`latest`) and environment tag counts as mutable.
 */
export function cliTagPolicy(config: PolicyConfig = defaultPolicyConfig()): TagPolicy {
  const trigger: Trigger = {
    eventName: 'cli',
    kind: 'other',
    head: '0'.repeat(40),
    onDefaultBranch: true,
    dispatchInputs: {},
    base: { kind: 'unknown', reason: 'command line' },
    deleted: false,
  };
  return createTagPolicy(config, trigger, new Date());
}

/** What the registry holds for one image, with the digest hashed from its manifest. */
export interface VerifiedImage {
  repository: ImageReference;
  tag?: string;
  digest: string;
}

/**
 * Looks `tag` and/or `digest` up in `repository`. Returns the verified image, or a sentence
 * saying what is wrong (not there; the tag names another digest than the one given; the
 * registry failed).
 */
export async function verifyImage(
  provider: RegistryProvider,
  repository: ImageReference,
  tag: string | undefined,
  digest: string | undefined,
): Promise<VerifiedImage | { problem: string }> {
  if (tag === undefined && digest === undefined) {
    throw new Error('internal error: verifyImage without tag or digest');
  }
  const ref = withTagAndDigest(repository, tag, tag === undefined ? digest : undefined);
  let found;
  try {
    found = await (await provider.forReference(repository)).resolve(ref);
  } catch (err) {
    return { problem: errorMessage(err) };
  }
  if (!found) {
    return {
      problem: `${formatReference(ref)} does not exist in registry ${repository.domain} (no such tag, digest or repository)`,
    };
  }
  if (digest !== undefined && found.digest !== digest) {
    return {
      problem: `${formatReference(ref)} is ${found.digest}, not the digest given (${digest})`,
    };
  }
  return { repository, ...(tag !== undefined ? { tag } : {}), digest: found.digest };
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * The file a command edits: `input` itself, or the kustomization in the directory `input`
 * names. Throws a UserError (prefixed with the command) when neither exists.
 */
export async function overlayFile(command: string, cwd: string, input: string): Promise<string> {
  const path = resolve(cwd, input);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`image-promote ${command}: ${input} does not exist`);
  }
  if (!info.isDirectory()) return path;
  for (const name of KUSTOMIZATION_FILES) {
    const candidate = join(path, name);
    if (
      await stat(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  throw new UserError(`image-promote ${command}: ${input} has no kustomization.yaml`);
}
