/**
 * `image-promote verify REF`: who signed an image, when, for which source and in which run —
 * through the engine, as `resolve` is: one image whose `tag` input is REF, kept as it is (mode
 * reuse) with `verify: signature`, so the image passes the same gate a deploy applies to a
 * redeploy (a signature of the digest under the policy; docs/trust.md). Exits 1 when it does
 * not verify, naming what was found and what the policy requires.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InputName } from '../config/inputs.js';
import type { ImageResult, SignatureInfo } from '../engine/types.js';
import type { Trigger } from '../event/trigger.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import { commandFlags, UsageError, type CliContext } from './context.js';
import { runReference } from './resolve.js';
import { commandLineTrigger, failedRun } from './run.js';

const HELP = `usage: image-promote verify REF [--json] [policy options] [--config FILE]

Verifies the signatures attached to REF (a tag or digest reference; no tag means :latest)
and prints who signed it, when, for which source (repository, commit, source key) and in
which run. A signature counts when it passes the policy and its statement's subject is REF's
digest. Exits 1 when none does, saying what was found (none, another identity or key, a
statement about another image) and what the policy requires.

policy (the action's inputs of the same names; the config file's verify settings apply
unless given here):
  --certificate-identity RE    keyless: the signer's identity must match RE whole
                               (default: any workflow of --repository)
  --certificate-oidc-issuer I  keyless: the certificate's OIDC issuer (default GitHub
                               Actions')
  --trusted-root FILE          keyless: a Sigstore trusted_root.json (default: the pinned
                               public-good root)
  --verify-key FILE            key-based: a PEM file of one or more EC P-256 public keys;
                               only signatures by them count
  --repository OWNER/NAME      the repository whose workflows the default identity accepts
                               (default: GITHUB_REPOSITORY)
options:
  --json                       print {"reference","digest","signature":{…}}
  --config FILE                the action's inputs as YAML (insecure-registries and the verify
                               settings apply)
  --insecure-registry HOST     reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                               repeatable`;

/** `--repository`, else GITHUB_REPOSITORY: the repository a command line acts for. */
export function repositoryFlag(
  ctx: CliContext,
  given: string | undefined,
): Trigger['repository'] | undefined {
  const text = given ?? ctx.env.GITHUB_REPOSITORY;
  if (text === undefined || text === '') return undefined;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text);
  if (!match) throw new UsageError(`--repository "${text}" is not OWNER/NAME`);
  return { owner: match[1] ?? '', name: match[2] ?? '' };
}

/** A file a flag names, as text (relative to the working directory). */
export function flagFile(ctx: CliContext, flag: string, path: string): string {
  try {
    return readFileSync(resolve(ctx.cwd, path), 'utf8');
  } catch (err) {
    throw new UsageError(
      `${flag} ${path}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
}

/** The signature, in lines a person reads. */
export function signatureLines(ref: string, s: SignatureInfo): string[] {
  const who = s.issuer !== undefined ? `${s.identity} (issuer ${s.issuer})` : s.identity;
  const when =
    s.signedAt ??
    (s.keyHint !== undefined
      ? 'not attested (a key-based signature carries no trusted time)'
      : 'not attested');
  const run =
    s.runUrl !== undefined
      ? `${s.runUrl}${s.workflowRef !== undefined ? ` (workflow ${s.workflowRef})` : ''}`
      : 'none (signed outside a workflow run)';
  return [
    ref,
    `  signed by  ${who}`,
    `  signed at  ${when}`,
    `  source     ${s.repository} at ${s.commit} (${s.serverUrl})`,
    `  source key ${s.sourceKey} (${s.sourceKeyVersion})`,
    `  run        ${run}`,
    `  bundle     ${s.referrer}`,
  ];
}

/** What REF resolved to, with its digest: `repo:tag@sha256:…`. */
export function resolvedRef(ref: ImageReference, image: ImageResult): string {
  return formatReference(withTagAndDigest(ref, ref.tag, image.digest));
}

export async function verifyCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    json: { type: 'boolean' },
    config: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'trusted-root': { type: 'string' },
    'verify-key': { type: 'string' },
    repository: { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const policy: Partial<Record<InputName, string>> = {};
  if (values['verify-key'] !== undefined) {
    policy['verify-key'] = flagFile(ctx, '--verify-key', values['verify-key']);
    // Only key signatures count: the keyless settings of the config do not apply.
    policy['certificate-identity'] = '';
    policy['trusted-root'] = '';
  }
  if (values['certificate-identity'] !== undefined) {
    policy['certificate-identity'] = values['certificate-identity'];
    if (values['verify-key'] === undefined) policy['verify-key'] = '';
  }
  if (values['certificate-oidc-issuer'] !== undefined) {
    policy['certificate-oidc-issuer'] = values['certificate-oidc-issuer'];
  }
  if (values['trusted-root'] !== undefined) {
    policy['trusted-root'] = flagFile(ctx, '--trusted-root', values['trusted-root']);
    if (values['verify-key'] === undefined) policy['verify-key'] = '';
  }
  const repository = repositoryFlag(ctx, values.repository);
  const { ref, result } = await runReference(
    ctx,
    positionals,
    HELP,
    values,
    { sign: 'none', 'signing-key': '', verify: 'signature', ...policy },
    { ...commandLineTrigger(''), ...(repository ? { repository } : {}) },
  );
  const image = result.images[0];
  if (result.failure) {
    // The image's own refusal (what was found, what is required), not the run's wrapper.
    return failedRun(ctx, 'verify', image?.error ? { ...result, failure: image.error } : result);
  }
  const signature = image?.signature;
  if (!image?.digest || !signature) {
    return failedRun(ctx, 'verify', { ...result, failure: 'no verified signature was reported' });
  }
  ctx.stdout(
    values.json
      ? `${JSON.stringify({ reference: formatReference(ref), digest: image.digest, signature })}\n`
      : `${signatureLines(resolvedRef(ref, image), signature).join('\n')}\n`,
  );
  return 0;
}
