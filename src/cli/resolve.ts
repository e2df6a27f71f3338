/**
 * `image-promote resolve REF`: the digest REF resolves to, through the engine — one image
 * whose `tag` input is REF, kept as it is (mode reuse), verified in the registry like every
 * image the action reuses (and, with `verify: signature` in the config, its signature).
 */
import type { InputName } from '../config/inputs.js';
import { fileInputSource } from '../config/file.js';
import type { Trigger } from '../event/trigger.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import type { RunResult } from '../engine/types.js';
import { configIn, commandFlags, singleReference, type CliContext } from './context.js';
import { commandInputs, commandLineTrigger, failedRun, runDoor } from './run.js';

const HELP = `usage: image-promote resolve REF [--json] [--config FILE] [--insecure-registry HOST]...

Prints the digest REF (a tag or digest reference; no tag means :latest) resolves to in its
registry: the hash of the manifest bytes read from it (a Docker-Content-Digest header is never
taken on trust). Exits 1 when the tag, digest or repository does not exist, or when the
registry keeps answering with bytes that do not match.

options:
  --json                    print {"reference","digest","mediaType","size"} instead
  --config FILE             the action's inputs as YAML (only insecure-registries and the
                            verify settings apply); not read unless given
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
Credentials come from the docker config (DOCKER_CONFIG or ~/.docker/config.json), as after
docker login; ECR registries use the AWS credentials of the environment.`;

export async function resolveCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    json: { type: 'boolean' },
    config: { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const { ref, result } = await runReference(ctx, positionals, HELP, values);
  if (result.failure) return failedRun(ctx, 'resolve', result);
  const image = result.images[0];
  if (!image?.digest) return failedRun(ctx, 'resolve', { ...result, failure: 'no digest' });
  ctx.stdout(
    values.json
      ? `${JSON.stringify({
          reference: formatReference(ref),
          digest: image.digest,
          mediaType: image.mediaType,
          size: image.size,
        })}\n`
      : `${image.digest}\n`,
  );
  return 0;
}

/**
 * One reference (no tag or digest means :latest, as docker reads it) kept as it is — mode
 * reuse, nothing written — through the engine: `resolve`, and `verify` with `extra` setting
 * `verify: signature` and its policy. Of `--config`, only insecure-registries and the
 * verify settings apply.
 */
export async function runReference(
  ctx: CliContext,
  positionals: string[],
  help: string,
  flags: { config?: string | undefined; 'insecure-registry'?: string[] | undefined },
  extra: Partial<Record<InputName, string>> = {},
  trigger: Trigger = commandLineTrigger(''),
): Promise<{ ref: ImageReference; result: RunResult }> {
  const parsed = singleReference(positionals, help);
  const ref =
    parsed.tag === undefined && parsed.digest === undefined
      ? withTagAndDigest(parsed, 'latest')
      : parsed;
  const configPath = flags.config === undefined ? undefined : configIn(ctx, ctx.cwd, flags.config);
  const file = configPath === undefined ? undefined : fileInputSource(configPath, ctx.env);
  const name = ref.name;
  const text: Partial<Record<InputName, string>> = {
    mode: 'reuse',
    tag: formatReference(ref),
    // A tag that moves resolves like any other; nothing is written.
    'pin-digest': 'true',
    overlay: '',
    'from-overlay': '',
    'overlay-repository': '',
    'write-overlay': 'false',
    commit: 'false',
    registry: '',
    ...extra,
    'insecure-registries': [
      ...(flags['insecure-registry'] ?? []),
      ...(file ? [file.get('insecure-registries')] : []),
    ].join('\n'),
  };
  const { result } = await runDoor(ctx, {
    inputs: commandInputs({ text, data: { images: [{ name, repository: name }] } }, file, ctx.env),
    workspace: ctx.cwd,
    trigger,
  });
  return { ref, result };
}
