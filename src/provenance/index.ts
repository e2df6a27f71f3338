/**
 * The provenance module: sign an image's source statement and attach it as an OCI referrer,
 * find and verify it, copy it with the image. The engine loads it only when signing or
 * verifying is on (load.ts), so an unsigned run loads none of it; keyless signing loads
 * @sigstore/sign on top (keyless.ts). docs/trust.md is the user-facing description.
 */
export {
  buildSourceStatement,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  parseSourceStatement,
  runUrlOf,
  SOURCE_PREDICATE_TYPE,
  StatementError,
  type SourceStatement,
  type SourceStatementFields,
} from './statement.js';
export {
  keyHint,
  parseSigningKey,
  parseVerifyKeys,
  type SigningKey,
  type VerifyKey,
} from './keys.js';
export {
  anchoredPattern,
  defaultCertificateIdentity,
  GITHUB_ACTIONS_ISSUER,
  parseTrustedRoot,
  preparePolicy,
  type PolicyInput,
  type PreparedPolicy,
} from './policy.js';
export {
  BUNDLE_V03_MEDIA_TYPE,
  findBundles,
  verifyBundle,
  verifyImage,
  verifySignedStatement,
  type BundleVerdict,
  type FoundBundle,
  type FoundProblem,
  type SignedStatementVerdict,
  type SignerIdentity,
  type VerificationResult,
} from './verify.js';
export {
  createSigner,
  signImage,
  type KeylessOptions,
  type SignedBundle,
  type SignerInput,
  type SignImageOptions,
  type SignImageResult,
  type StatementSigner,
} from './sign.js';
export { copyBundles, type CopiedBundle } from './copy.js';
