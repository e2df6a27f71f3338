import { formatReference, withTagAndDigest } from '../reference.js';
import { createRegistryProvider } from '../registry/provider.js';
import { parseFlags, singleReference, type CliContext } from './context.js';

const HELP = `usage: image-promote resolve REF [--json] [--insecure-registry HOST]...

Prints the digest REF (a tag or digest reference; no tag means :latest) resolves to in its
registry: the hash of the manifest bytes read from it (a Docker-Content-Digest header is never
taken on trust). Exits 1 when the tag, digest or repository does not exist, or when the
registry keeps answering with bytes that do not match.

options:
  --json                    print {"reference","digest","mediaType","size"} instead
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
Credentials come from the docker config (DOCKER_CONFIG or ~/.docker/config.json), as after
docker login; ECR registries use the AWS credentials of the environment.`;

export async function resolveCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'resolve',
    ctx.args,
    {
      json: { type: 'boolean' },
      'insecure-registry': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    ctx.stdout(`${HELP}\n`);
    return 0;
  }
  const parsed = singleReference('resolve', positionals, HELP);
  // docker's default: a reference without tag or digest means :latest.
  const ref =
    parsed.tag === undefined && parsed.digest === undefined
      ? withTagAndDigest(parsed, 'latest')
      : parsed;
  const provider = createRegistryProvider({
    ...ctx.registry,
    logger: ctx.logger,
    env: ctx.env,
    insecureRegistries: values['insecure-registry'] ?? [],
  });
  const registry = await provider.forReference(ref);
  const found = await registry.resolve(ref);
  if (!found) {
    ctx.logger.info(
      `image-promote resolve: ${formatReference(ref)} does not exist in registry ${ref.domain} (no such tag, digest or repository)`,
    );
    return 1;
  }
  ctx.stdout(
    values.json
      ? `${JSON.stringify({ reference: formatReference(ref), ...found })}\n`
      : `${found.digest}\n`,
  );
  return 0;
}
