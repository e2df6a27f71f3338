/**
 * Verifying an image's source statement: find the Sigstore bundles attached to the image
 * (referrers), verify each with @sigstore/verify against the prepared policy (keyless: the
 * certificate chains to the trusted root's CA, its SCT and transparency-log entry verify, the
 * signature verifies, and then the identity, issuer and optional source repository match; key:
 * the signature verifies with one of the verify-key keys), and only then read the signed
 * statement: it must be image-promote's source predicate and its subject must be this image's
 * digest (a statement copied from another image is refused).
 *
 * A failure says what was found and what the policy required ("sha256:… in ghcr.io/acme/api
 * is signed by identity X, but certificate-identity requires ^(?:…)$"); with several bundles
 * the one that came closest to passing is reported. A registry that cannot answer is an error
 * (RegistryError), never "unsigned".
 */
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { ASN1Obj, RFC3161Timestamp } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  toSignedEntity,
  toTrustMaterial,
  Verifier,
  type SignedEntity,
  type Signer,
} from '@sigstore/verify';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import { listReferrers, referrerManifests } from '../registry/referrers.js';
import type { ArtifactStore, ReferrerDescriptor } from '../registry/types.js';
import { leafCertificate } from './certificate.js';
import type { PreparedPolicy } from './policy.js';
import { publicGoodTrustedRoot } from './policy.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  parseSourceStatement,
  peekPredicateType,
  SOURCE_PREDICATE_TYPE,
  StatementError,
  type SourceStatement,
} from './statement.js';

/** Media types of Sigstore bundles (v0.3, and the older `+json;version=0.x` form). */
export const BUNDLE_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.bundle';
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** Bundles are a few KiB; a referrer list can be long. Bounds on what one image costs. */
const MAX_BUNDLE_BYTES = 1024 * 1024;
const MAX_BUNDLES = 32;

const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';

/** Who signed: the certificate's identity and issuer, or the key's hint. */
export interface SignerIdentity {
  /** The certificate's subject alternative name, or `key sha256:<hex>` for a key. */
  identity: string;
  /** The OIDC issuer the certificate names (keyless). */
  issuer?: string;
  /** `sha256:<hex of the SPKI>` of the key (key-based). */
  keyHint?: string;
}

/** What was found when verification failed, closest to passing last. */
export type FoundProblem =
  | 'none'
  | 'other-predicate'
  | 'invalid'
  | 'other-key'
  | 'other-issuer'
  | 'other-identity'
  | 'other-subject';

const RANK: Record<FoundProblem, number> = {
  none: 0,
  'other-predicate': 1,
  invalid: 2,
  'other-key': 3,
  'other-issuer': 3,
  'other-identity': 3,
  'other-subject': 4,
};

/** A bundle that did not pass: what was found, and what the policy required. */
type Failure = { ok: false; found: Exclude<FoundProblem, 'none'>; problem: string };

/** A bundle that passed: who signed it, when, and the statement it signs. */
interface Passed {
  ok: true;
  signer: SignerIdentity;
  /** When the signature was made, from a verified log entry or timestamp (keyless). */
  signedAt?: Date;
  statement: SourceStatement;
}

export type BundleVerdict = Passed | Failure;

export type VerificationResult =
  /** `referrer`: the referrer manifest that carried the bundle. */
  | (Passed & { digest: string; referrer: string })
  | {
      ok: false;
      digest: string;
      found: FoundProblem;
      /** What was found and what the policy required, starting with the digest. */
      problem: string;
    };

export interface FoundBundle {
  /** The digest of the referrer manifest that carries the bundle. */
  referrer: string;
  /** How it was listed: the registry's referrers API or the referrers tag schema. */
  via: 'api' | 'tag-schema';
  /** The referrer's annotations (a hint only: nothing in them is trusted). */
  annotations: Record<string, string>;
  /** The bundle's media type (its layer's). */
  mediaType: string;
  /** The bundle JSON, read by digest and verified against it. */
  bundle: Buffer;
}

function isBundleType(type: string | undefined): boolean {
  return type?.startsWith(BUNDLE_MEDIA_TYPE_PREFIX) ?? false;
}

/** Ours (by annotation) first, then the newest; a hint for the order only. */
function relevance(a: ReferrerDescriptor, b: ReferrerDescriptor): number {
  const ours = (r: ReferrerDescriptor) =>
    r.annotations?.['dev.sigstore.bundle.predicateType'] === SOURCE_PREDICATE_TYPE ? 0 : 1;
  const created = (r: ReferrerDescriptor) =>
    r.annotations?.['org.opencontainers.image.created'] ?? '';
  return ours(a) - ours(b) || created(b).localeCompare(created(a));
}

/**
 * The Sigstore bundles attached to `digest` in `repository` (at most 32, ours first). A
 * listed referrer whose manifest is gone, is not an artifact manifest, or whose subject is
 * another digest is left out: the listing is a hint, the manifest read by digest is the truth.
 */
export async function findBundles(
  store: ArtifactStore,
  repository: ImageReference,
  digest: string,
): Promise<FoundBundle[]> {
  const { source, referrers } = await listReferrers(store, repository, digest);
  const candidates = referrers
    .filter((r) => isBundleType(r.artifactType))
    .sort(relevance)
    .slice(0, MAX_BUNDLES);
  const found: FoundBundle[] = [];
  const manifests = referrerManifests(store, repository, digest, candidates);
  for await (const { referrer, parsed } of manifests) {
    const layer = parsed.layers.find((l) => isBundleType(l.mediaType));
    if (!layer || layer.size > MAX_BUNDLE_BYTES) continue;
    const bundle = await store.readBlob(repository, layer.digest);
    found.push({
      referrer: referrer.digest,
      via: source,
      annotations: parsed.annotations ?? {},
      mediaType: layer.mediaType,
      bundle,
    });
  }
  return found;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function fail(found: Failure['found'], problem: string): Failure {
  return { ok: false, found, problem };
}

/** The earliest verified time of the signature: a log entry's or a timestamp authority's. */
function signedAtOf(bundle: Bundle): Date | undefined {
  const times: number[] = [];
  for (const entry of bundle.verificationMaterial.tlogEntries) {
    const seconds = Number(entry.integratedTime);
    if (Number.isSafeInteger(seconds) && seconds > 0) times.push(seconds * 1000);
  }
  for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
    try {
      times.push(RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime.getTime());
    } catch {
      // Verified by the Verifier already; an unreadable one there would have failed it.
    }
  }
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}

/** A UTF8String certificate extension's text (the Fulcio v2 extensions). */
function extensionText(signer: Signer, oid: string): string | undefined {
  const id = oid.split('.').map(Number);
  const pair = signer.identity?.oids?.find(
    (o) => o.oid?.id.length === id.length && o.oid.id.every((n, i) => n === id[i]),
  );
  if (!pair) return undefined;
  try {
    return ASN1Obj.parseBuffer(Buffer.from(pair.value)).value.toString('utf8');
  } catch {
    return undefined;
  }
}

let keyTrustRoot: TrustedRoot | undefined;

/**
 * Key-based: the signature must verify with one of the keys. A bundle that also carries
 * public-good log entries or timestamps (cosign --key) has them verified against the
 * public-good root; none are required.
 */
function verifyWithKeys(
  bundle: Bundle,
  entity: SignedEntity,
  policy: Extract<PreparedPolicy, { kind: 'key' }>,
): Failure | { signer: SignerIdentity } {
  const content = bundle.verificationMaterial.content;
  if (content.$case !== 'publicKey') {
    // Read without verifying it: only for the message.
    const who = leafCertificate(bundle)?.subjectAltName;
    return fail(
      'other-key',
      `is signed keylessly (a certificate${who ? ` for ${who}` : ''}), but verify-key accepts only signatures by its key${policy.keys.length > 1 ? 's' : ''} (${policy.keys.map((k) => k.hint).join(', ')})`,
    );
  }
  keyTrustRoot ??= publicGoodTrustedRoot();
  const root = keyTrustRoot;
  let lastError = '';
  for (const key of policy.keys) {
    const trust = toTrustMaterial(root, () => ({
      publicKey: key.publicKey,
      validFor: () => true,
    }));
    const verifier = new Verifier(trust, {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      timestampThreshold: 0,
    });
    try {
      verifier.verify(entity);
      return { signer: { identity: `key ${key.hint}`, keyHint: key.hint } };
    } catch (err) {
      lastError = message(err);
    }
  }
  const hint = content.publicKey.hint;
  if (policy.keys.some((k) => k.hint === hint)) {
    return fail(
      'invalid',
      `carries a signature that does not verify with the verify-key key it names (${hint}): the bundle was altered (${lastError})`,
    );
  }
  return fail(
    'other-key',
    `is signed by ${hint ? `key ${hint}` : 'a key the bundle does not name'}, but verify-key accepts only ${policy.keys.map((k) => k.hint).join(', ')}`,
  );
}

/** Keyless: chain, SCT, log entry and signature, then identity, issuer, source repository. */
function verifyKeyless(
  bundle: Bundle,
  entity: SignedEntity,
  policy: Extract<PreparedPolicy, { kind: 'keyless' }>,
): Failure | { signer: SignerIdentity } {
  const required = `certificate-identity requires ${policy.identityText}`;
  if (bundle.verificationMaterial.content.$case === 'publicKey') {
    const hint = bundle.verificationMaterial.content.publicKey.hint;
    return fail(
      'other-identity',
      `is signed with a key (${hint || 'unnamed'}), not a Fulcio certificate, but ${required}`,
    );
  }
  let signer: Signer;
  try {
    signer = new Verifier(policy.trust).verify(entity);
  } catch (err) {
    return fail(
      'invalid',
      `carries a signature that does not verify against ${policy.trustName}: ${message(err)}`,
    );
  }
  const identity = signer.identity?.subjectAlternativeName ?? '';
  const issuer = signer.identity?.extensions?.issuer;
  const who = `identity ${identity || '(none)'}${issuer ? ` (issuer ${issuer})` : ''}`;
  if (!policy.identity.test(identity)) {
    return fail('other-identity', `is signed by ${who}, but ${required}`);
  }
  if (issuer !== policy.issuer) {
    return fail(
      'other-issuer',
      `is signed by ${who}, but certificate-oidc-issuer requires ${policy.issuer}`,
    );
  }
  if (policy.sourceRepositoryUri !== undefined) {
    const source = extensionText(signer, OID_SOURCE_REPOSITORY_URI);
    if (source !== policy.sourceRepositoryUri) {
      return fail(
        'other-identity',
        `is signed by ${who} from source repository ${source ?? '(not named in the certificate)'}, but the policy requires ${policy.sourceRepositoryUri}`,
      );
    }
  }
  return { signer: { identity, issuer } };
}

/** A bundle whose signature and signer passed the policy: the statement it signs, unread. */
export type SignedStatementVerdict =
  | {
      ok: true;
      signer: SignerIdentity;
      signedAt?: Date;
      /** The DSSE payload (an in-toto statement): only now worth reading. */
      payload: Buffer;
    }
  | Failure;

/** The bundle and its in-toto DSSE envelope's payload, or why there is none. */
function readEnvelope(bytes: Uint8Array): { bundle: Bundle; payload: Buffer } | Failure {
  if (bytes.length > MAX_BUNDLE_BYTES) {
    return fail('invalid', `carries a bundle larger than ${MAX_BUNDLE_BYTES} bytes`);
  }
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(Buffer.from(bytes).toString('utf8')));
  } catch (err) {
    return fail(
      'invalid',
      `carries something that is not a valid Sigstore bundle (${message(err)})`,
    );
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    return fail('other-predicate', 'carries a message signature, not a signed statement');
  }
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return fail(
      'other-predicate',
      `carries a DSSE envelope of ${JSON.stringify(envelope.payloadType.slice(0, 100))}, not an in-toto statement`,
    );
  }
  return { bundle, payload: envelope.payload };
}

function checkSigned(
  bundle: Bundle,
  payload: Buffer,
  policy: PreparedPolicy,
): SignedStatementVerdict {
  let entity: SignedEntity;
  try {
    entity = toSignedEntity(bundle);
  } catch (err) {
    return fail(
      'invalid',
      `carries a bundle whose verification material is unreadable (${message(err)})`,
    );
  }
  const checked =
    policy.kind === 'key'
      ? verifyWithKeys(bundle, entity, policy)
      : verifyKeyless(bundle, entity, policy);
  if ('ok' in checked) return checked;
  const signedAt = signedAtOf(bundle);
  return { ok: true, signer: checked.signer, ...(signedAt ? { signedAt } : {}), payload };
}

/**
 * Verifies a bundle's DSSE signature and its signer against the policy, whatever statement
 * it carries (any in-toto predicate): the building block of verifyBundle, and what checks a
 * bundle made by another tool. Offline.
 */
export function verifySignedStatement(
  bytes: Uint8Array,
  policy: PreparedPolicy,
): SignedStatementVerdict {
  const envelope = readEnvelope(bytes);
  if ('found' in envelope) return envelope;
  return checkSigned(envelope.bundle, envelope.payload, policy);
}

/**
 * Verifies one bundle (its JSON bytes) as the source statement of the image `digest`.
 * Offline: everything needed is in the bundle and the policy. Untrusted input throughout:
 * only the claimed predicate type is looked at (to set other tools' bundles aside) before the
 * signature and the signer are accepted; the statement is read after.
 */
export function verifyBundle(
  bytes: Uint8Array,
  digest: string,
  policy: PreparedPolicy,
): BundleVerdict {
  const envelope = readEnvelope(bytes);
  if ('found' in envelope) return envelope;
  const claimed = peekPredicateType(envelope.payload);
  if (claimed !== SOURCE_PREDICATE_TYPE) {
    return fail(
      'other-predicate',
      `carries a statement of predicate type ${claimed ?? '(none)'}, not ${SOURCE_PREDICATE_TYPE}`,
    );
  }
  const signed = checkSigned(envelope.bundle, envelope.payload, policy);
  if (!signed.ok) return signed;
  let statement: SourceStatement;
  try {
    statement = parseSourceStatement(signed.payload);
  } catch (err) {
    if (!(err instanceof StatementError)) throw err;
    return fail(
      'invalid',
      `is signed by ${signed.signer.identity}, but its statement is malformed: ${err.message}`,
    );
  }
  if (statement.subject.digest !== digest) {
    return fail(
      'other-subject',
      `carries a statement signed by ${signed.signer.identity} about ${statement.subject.digest} (${statement.subject.name}), another image: copied from it`,
    );
  }
  return {
    ok: true,
    signer: signed.signer,
    ...(signed.signedAt ? { signedAt: signed.signedAt } : {}),
    statement,
  };
}

/**
 * Finds and verifies the source statement of `digest` in `repository`. The newest bundle that
 * passes wins; when none passes, the failure of the bundle that came closest is reported.
 */
export async function verifyImage(
  store: ArtifactStore,
  repository: ImageReference,
  digest: string,
  policy: PreparedPolicy,
): Promise<VerificationResult> {
  const where = `${digest} in ${formatReference(withTagAndDigest(repository))}`;
  const bundles = await findBundles(store, repository, digest);
  if (bundles.length === 0) {
    return {
      ok: false,
      digest,
      found: 'none',
      problem: `${where} has no Sigstore bundle attached (no referrer of that type); sign it, or give it time if it was pushed before signing was turned on`,
    };
  }
  const verdicts = bundles.map((b) => ({
    bundle: b,
    verdict: verifyBundle(b.bundle, digest, policy),
  }));
  let best: { bundle: FoundBundle; verdict: Passed } | undefined;
  for (const { bundle, verdict } of verdicts) {
    if (!verdict.ok) continue;
    const newer =
      best === undefined ||
      (verdict.signedAt?.getTime() ?? 0) > (best.verdict.signedAt?.getTime() ?? 0);
    if (newer) best = { bundle, verdict };
  }
  if (best) {
    const { signer, signedAt, statement } = best.verdict;
    return {
      ok: true,
      digest,
      signer,
      ...(signedAt ? { signedAt } : {}),
      statement,
      referrer: best.bundle.referrer,
    };
  }
  const failures = verdicts.map((v) => v.verdict).filter((v): v is Failure => !v.ok);
  const closest = failures.reduce((a, b) => (RANK[b.found] > RANK[a.found] ? b : a));
  const others = failures.length - 1;
  return {
    ok: false,
    digest,
    found: closest.found,
    problem: `${where} ${closest.problem}${others > 0 ? ` (and ${others} other bundle${others > 1 ? 's' : ''} did not pass either)` : ''}`,
  };
}
