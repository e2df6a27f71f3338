/**
 * What a signer is (src/provenance/sign.ts makes one for `sign: key`, keyless.ts for
 * `sign: keyless`): shared by both without either importing the other.
 */
import type { SignerIdentity } from './verify.js';

/** A signed payload: the bundle as JSON, who signed it, and when (when a log or TSA said so). */
export interface SignedBundle {
  bundle: Buffer;
  signer: SignerIdentity;
  signedAt?: Date;
}

export interface StatementSigner {
  readonly kind: 'key' | 'keyless';
  /** Signs an in-toto statement (its exact bytes) into a Sigstore bundle v0.3 with DSSE. */
  sign(statement: Buffer): Promise<SignedBundle>;
}

export interface KeylessOptions {
  /** `fulcio-url` (default https://fulcio.sigstore.dev). */
  fulcioUrl?: string;
  /** `rekor-url` (default https://rekor.sigstore.dev). */
  rekorUrl?: string;
  /** A timestamp authority's base URL, e.g. https://timestamp.sigstore.dev (optional). */
  tsaUrl?: string;
  /**
   * The OIDC token (audience `sigstore`). Default: the workflow's, from
   * ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN (`id-token: write`).
   */
  identityToken?: () => Promise<string>;
  /** Where the ACTIONS_ID_TOKEN_* variables are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Per request to Fulcio, Rekor, the TSA and the token service (default 30 s). */
  timeoutMs?: number;
}
