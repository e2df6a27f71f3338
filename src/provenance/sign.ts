/**
 * Signing an image's source statement and attaching it to the image.
 *
 * The signer makes a Sigstore bundle v0.3 holding a DSSE envelope over the statement
 * (`application/vnd.in-toto+json`): with `sign: key`, signed here with the P-256 key of
 * `signing-key`, the verification material is the key's hint only (no certificate, no log
 * entry: for GHES and air-gapped registries); with `sign: keyless`, through Fulcio and Rekor
 * (src/provenance/keyless.ts, loaded only then, so @sigstore/sign and its HTTP stack stay in
 * their own chunk).
 *
 * The bundle is stored as an OCI 1.1 referrer of the image: an image manifest with
 * artifactType `application/vnd.dev.sigstore.bundle.v0.3+json`, the empty config, the bundle
 * as its one layer and the image as its subject, the layout cosign v3 and
 * actions/attest-build-provenance use, so each finds the others' bundles.
 */
import { bundleToJSON, toDSSEBundle } from '@sigstore/bundle';
import { dsse } from '@sigstore/core';
import { sign as cryptoSign } from 'node:crypto';
import { UserError } from '../errors.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import {
  buildArtifactManifest,
  EMPTY_BLOB,
  pushReferrer,
  type PushReferrerOptions,
} from '../registry/referrers.js';
import type { ArtifactStore } from '../registry/types.js';
import { parseSigningKey } from './keys.js';
import {
  buildSourceStatement,
  IN_TOTO_PAYLOAD_TYPE,
  SOURCE_PREDICATE_TYPE,
  StatementError,
  type SourceStatement,
  type SourceStatementFields,
} from './statement.js';
import type { KeylessOptions, SignedBundle, StatementSigner } from './signer.js';
import { BUNDLE_V03_MEDIA_TYPE, type FoundBundle } from './verify.js';

export type { KeylessOptions, SignedBundle, StatementSigner } from './signer.js';

export type SignerInput =
  { kind: 'key'; signingKey: string } | ({ kind: 'keyless' } & KeylessOptions);

/** The key signer: DSSE over the statement with the P-256 key, verification material = hint. */
function keySigner(signingKey: string): StatementSigner {
  const key = parseSigningKey(signingKey);
  return {
    kind: 'key',
    sign(statement: Buffer): Promise<SignedBundle> {
      const pae = dsse.preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, statement);
      const signature = cryptoSign('sha256', pae, key.privateKey);
      const bundle = toDSSEBundle({
        artifact: statement,
        artifactType: IN_TOTO_PAYLOAD_TYPE,
        signature,
        keyHint: key.hint,
      });
      return Promise.resolve({
        bundle: Buffer.from(JSON.stringify(bundleToJSON(bundle))),
        signer: { identity: `key ${key.hint}`, keyHint: key.hint },
      });
    },
  };
}

/**
 * A signer for `sign: key` or `sign: keyless`. Inputs are checked here (an InputError names
 * the input): the key is parsed (and registered with the redactor), the URLs must be http(s).
 */
export async function createSigner(input: SignerInput): Promise<StatementSigner> {
  if (input.kind === 'key') return keySigner(input.signingKey);
  const { keylessSigner } = await import('./keyless.js');
  return keylessSigner(input);
}

export interface SignImageOptions extends PushReferrerOptions {
  /** The `org.opencontainers.image.created` annotation's time (default now). */
  now?: () => Date;
}

/** The bundle as stored, where (referrer, via: as FoundBundle says), and what it signs. */
export interface SignImageResult extends SignedBundle, Pick<FoundBundle, 'referrer' | 'via'> {
  /** The image digest that was signed. */
  digest: string;
  statement: SourceStatement;
}

/**
 * Signs a source statement about `digest` (which must be in `repository`) and attaches the
 * bundle to it as a referrer. Also the CLI's `sign REF`: any existing digest can be signed.
 */
export async function signImage(
  store: ArtifactStore,
  repository: ImageReference,
  digest: string,
  fields: SourceStatementFields,
  signer: StatementSigner,
  options: SignImageOptions = {},
): Promise<SignImageResult> {
  const repo = withTagAndDigest(repository);
  const image = await store.readManifest(withTagAndDigest(repository, undefined, digest));
  if (!image) {
    throw new UserError(
      `cannot sign ${digest}: ${formatReference(repo)} does not hold it — push the image first, or check the repository`,
    );
  }
  let built: { statement: SourceStatement; bytes: Buffer };
  try {
    built = buildSourceStatement({ name: repo.name, digest }, fields);
  } catch (err) {
    if (err instanceof StatementError) {
      throw new UserError(`cannot build the source statement for ${digest}: ${err.message}`, {
        cause: err,
      });
    }
    throw err;
  }
  const signed = await signer.sign(built.bytes);
  const layer = await store.writeBlob(repo, signed.bundle);
  await store.writeBlob(repo, EMPTY_BLOB);
  const created = (options.now?.() ?? new Date()).toISOString();
  const manifest = buildArtifactManifest({
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    subject: { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length },
    layers: [
      {
        mediaType: BUNDLE_V03_MEDIA_TYPE,
        digest: layer.digest,
        size: layer.size,
        annotations: {
          'org.opencontainers.image.title': `${layer.digest.replace(':', '-')}.sigstore.json`,
        },
      },
    ],
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': SOURCE_PREDICATE_TYPE,
      'org.opencontainers.image.created': created,
    },
  });
  const pushed = await pushReferrer(store, repo, manifest, options);
  return {
    digest,
    referrer: pushed.descriptor.digest,
    via: pushed.via,
    signer: signed.signer,
    ...(signed.signedAt ? { signedAt: signed.signedAt } : {}),
    statement: built.statement,
    bundle: signed.bundle,
  };
}
