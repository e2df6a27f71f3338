/**
 * `image-promote sign REF`: signs an image built elsewhere (or before signing was turned on)
 * with the source statement of its image's source, through the engine: the image of --config
 * whose `tag` input is REF (mode reuse, `sign-requested`), so the engine computes the source
 * key at the commit (--commit, default HEAD), finds REF's digest in its registry (computed
 * from the bytes) and signs that digest as it signs a build (src/engine/provenance.ts).
 *
 * The statement says "this digest was built from this source": sign only digests you know
 * were (docs/trust.md, "Images signed before").
 */
import type { InputName } from '../config/inputs.js';
import { fileInputSource } from '../config/file.js';
import { imagesData } from '../config/images.js';
import { list } from '../config/read.js';
import type { Trigger } from '../event/trigger.js';
import { Git } from '../git.js';
import { formatReference } from '../reference.js';
import {
  commandFlags,
  singleReference,
  UsageError,
  workspaceAndConfig,
  type CliContext,
} from './context.js';
import { commandInputs, commandLineTrigger, failedRun, runDoor } from './run.js';
import { flagFile, repositoryFlag, resolvedRef, signatureLines } from './verify.js';

const HELP = `usage: image-promote sign REF (--key-file FILE | --key-env NAME | --keyless) [options]

Signs the image REF (a full reference with a tag or digest) with the source statement
image-promote attaches to what it builds: REF's digest (read from its registry) was built
from the source of --image at --commit (its source key, from the images of --config), in
--repository. The bundle is stored as an OCI referrer of the image, as a build's is, and
verifies with \`image-promote verify\` and \`verify: signature\`. Sign only digests you know were
built from that source: the statement says so.

  --key-file FILE          sign with the EC P-256 private key in FILE (PEM; sign: key)
  --key-env NAME           ... or with the one in the environment variable NAME
  --keyless                sign with the workflow's OIDC token through Fulcio and Rekor
                           (sign: keyless; in a job with permissions: id-token: write)
options:
  --image NAME             the image of --config REF is (default: its only image)
  --commit REV             the commit whose source REF was built from (default: HEAD)
  --repository OWNER/NAME  the repository the source is in (default: GITHUB_REPOSITORY)
  --config FILE            the action's inputs as YAML (default: image-promote.yml in the
                           working directory's repository); its images say what the source is
  --fulcio-url URL, --rekor-url URL, --tsa-url URL
                           keyless: the Sigstore services (default: the public good ones)
  --insecure-registry HOST reach HOST over plain HTTP (localhost/127.0.0.1 always are)
  --json                   print {"reference","digest","signature":{…}}
In a workflow run the statement names the run (GITHUB_RUN_ID, GITHUB_WORKFLOW_REF).`;

export async function signCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    'key-file': { type: 'string' },
    'key-env': { type: 'string' },
    keyless: { type: 'boolean' },
    image: { type: 'string' },
    commit: { type: 'string' },
    repository: { type: 'string' },
    config: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'tsa-url': { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const ref = singleReference(positionals, HELP);
  if (ref.tag === undefined && ref.digest === undefined) {
    throw new UsageError(`${positionals[0] ?? ''} names no tag or digest; give the image to sign`);
  }
  const ways = [values['key-file'], values['key-env'], values.keyless].filter(
    (w) => w !== undefined && w !== false,
  );
  if (ways.length !== 1) {
    throw new UsageError(`give exactly one of --key-file, --key-env and --keyless\n\n${HELP}`);
  }
  let signingKey: string | undefined;
  if (values['key-file'] !== undefined) {
    signingKey = flagFile(ctx, '--key-file', values['key-file']);
  } else if (values['key-env'] !== undefined) {
    signingKey = ctx.env[values['key-env']];
    if (!signingKey) throw new UsageError(`--key-env ${values['key-env']}: the variable is empty`);
  }
  // A secret: never printed from here on (the redactor also learns its lines when parsed).
  if (signingKey !== undefined) ctx.logger.mask(signingKey.trim());
  if (values.keyless !== true) {
    for (const flag of ['fulcio-url', 'rekor-url', 'tsa-url'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} applies to --keyless only`);
    }
  }

  const { workspace, configPath } = await workspaceAndConfig(ctx, values.config);
  const file = configPath === undefined ? undefined : fileInputSource(configPath, ctx.env);
  const images = file ? (imagesData(file, workspace) ?? []) : [];
  const names = images.map((i) => String(i.name));
  const name = values.image ?? (names.length === 1 ? names[0] : undefined);
  const entry = images.find((i) => i.name === name);
  if (name === undefined || entry === undefined) {
    throw new UsageError(
      names.length === 0
        ? `the source of REF is an image of the config, and ${configPath ?? 'no config file (image-promote.yml)'} has no images: give --config with the images`
        : `${values.image !== undefined ? `--image ${values.image} is not an image of ${configPath ?? 'the config'}` : 'give --image'}: one of ${names.join(', ')}`,
    );
  }
  const git = new Git(workspace, ctx.logger);
  const rev = values.commit ?? 'HEAD';
  const head = await git.resolveCommit(rev);
  if (head === undefined) throw new UsageError(`--commit ${rev} is no commit in ${workspace}`);
  const repository = repositoryFlag(ctx, values.repository);
  if (repository === undefined) {
    throw new UsageError(
      'the statement names the repository the source comes from: give --repository OWNER/NAME (or GITHUB_REPOSITORY)',
    );
  }

  const text: Partial<Record<InputName, string>> = {
    mode: 'reuse',
    tag: `${name}=${formatReference(ref)}`,
    'pin-digest': 'true',
    overlay: '',
    'from-overlay': '',
    'overlay-repository': '',
    'from-plan': '',
    'matrix-image': '',
    'write-overlay': 'false',
    commit: 'false',
    'dry-run': 'false',
    push: 'true',
    sign: values.keyless === true ? 'keyless' : 'key',
    'signing-key': signingKey ?? '',
    ...(values['fulcio-url'] !== undefined ? { 'fulcio-url': values['fulcio-url'] } : {}),
    ...(values['rekor-url'] !== undefined ? { 'rekor-url': values['rekor-url'] } : {}),
    ...(values['tsa-url'] !== undefined ? { 'tsa-url': values['tsa-url'] } : {}),
    // The image is signed, not trusted: no signature is asked of it.
    verify: 'none',
    'verify-key': '',
    'certificate-identity': '',
    'trusted-root': '',
    'sign-requested': 'true',
    'insecure-registries': [
      ...(values['insecure-registry'] ?? []),
      ...list(file?.get('insecure-registries') ?? ''),
    ].join('\n'),
  };
  const trigger: Trigger = { ...commandLineTrigger(head), repository };
  const { result } = await runDoor(ctx, {
    inputs: commandInputs({ text, data: { images: [entry] } }, file, ctx.env),
    workspace,
    trigger,
    git,
  });
  const image = result.images[0];
  if (result.failure) {
    return failedRun(ctx, 'sign', image?.error ? { ...result, failure: image.error } : result);
  }
  const signature = image?.signature;
  if (!image?.digest || !signature?.signedNow) {
    return failedRun(ctx, 'sign', { ...result, failure: 'the image was not signed' });
  }
  ctx.stdout(
    values.json
      ? `${JSON.stringify({ reference: formatReference(ref), digest: image.digest, signature })}\n`
      : `${signatureLines(resolvedRef(ref, image), signature).join('\n')}\n`,
  );
  return 0;
}
