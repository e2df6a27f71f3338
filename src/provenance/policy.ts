/**
 * What a signature must show to be accepted, prepared once per run so a bad input fails before
 * anything is built: the keyless policy (certificate identity as an anchored regular
 * expression, OIDC issuer, optionally the source repository, and the Sigstore trusted root:
 * the pinned public-good root shipped in this directory or a `trusted_root.json` given as
 * text) or the key policy (the public keys of `verify-key`).
 *
 * The pinned root is public-good-trusted-root.json: byte for byte the `trusted_root.json`
 * target of Sigstore's TUF repository; docs/trust.md says where it comes from and how to
 * refresh it.
 */
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { InputError } from '../errors.js';
import { parseVerifyKeys, type VerifyKey } from './keys.js';
import publicGoodRoot from './public-good-trusted-root.json' with { type: 'json' };

/** GitHub Actions' OIDC issuer: the default `certificate-oidc-issuer`. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

export type PolicyInput =
  | {
      kind: 'keyless';
      /**
       * `certificate-identity`: a regular expression the certificate's subject alternative
       * name must match whole (it is anchored as `^(?:…)$`). Default: this repository's
       * workflows, `https://<server host>/<owner>/<repo>/.github/workflows/<file>@<ref>`.
       */
      certificateIdentity?: string;
      /** `certificate-oidc-issuer`, compared exactly. Default: GitHub Actions'. */
      certificateOidcIssuer?: string;
      /** `trusted-root`: the text of a Sigstore trusted_root.json. Default: public good. */
      trustedRoot?: string;
      /** The forge and repository the default identity is made of. */
      serverUrl: string;
      repository: string;
      /**
       * When set, the certificate's Source Repository URI extension (1.3.6.1.4.1.57264.1.12,
       * which Fulcio fills from the workflow's repository) must equal it: pins the calling
       * repository when the identity is a reusable workflow shared by many.
       */
      sourceRepositoryUri?: string;
    }
  | {
      kind: 'key';
      /** `verify-key`: the PEM text of one or more EC P-256 public keys. */
      verifyKey: string;
    };

export type PreparedPolicy =
  | {
      kind: 'keyless';
      /** The anchored expression, as it is matched. */
      identity: RegExp;
      /** The same, as the user's text reads: `^(?:…)$` (RegExp.source escapes slashes). */
      identityText: string;
      issuer: string;
      sourceRepositoryUri?: string;
      trust: TrustMaterial;
      /** `public good` or `trusted-root`, for messages. */
      trustName: string;
    }
  | { kind: 'key'; keys: VerifyKey[] };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The default `certificate-identity`: any workflow file of this repository, at any ref (the
 * subject alternative name Fulcio gives a GitHub Actions job is its workflow's
 * `https://<host>/<owner>/<repo>/.github/workflows/<file>@<ref>`).
 */
export function defaultCertificateIdentity(serverUrl: string, repository: string): string {
  const host = new URL(serverUrl).host;
  return `${escapeRegExp(`https://${host}/${repository}/.github/workflows/`)}[^@]+@.+`;
}

/** `^(?:source)$`, compiled; an InputError naming `input` when it is not a valid expression. */
export function anchoredPattern(source: string, input = 'certificate-identity'): RegExp {
  if (source.trim() === '') {
    throw new InputError(input, 'is empty', 'give a regular expression the identity must match');
  }
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (err) {
    throw new InputError(
      input,
      `is not a valid regular expression (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}

/** Parses a trusted_root.json text; an InputError naming `input` when it is not one. */
export function parseTrustedRoot(text: string, input = 'trusted-root'): TrustedRoot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(
      input,
      'is not valid JSON',
      'give the text of a Sigstore trusted_root.json',
    );
  }
  const mediaType =
    typeof json === 'object' && json !== null
      ? (json as { mediaType?: unknown }).mediaType
      : undefined;
  if (
    typeof mediaType !== 'string' ||
    !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')
  ) {
    throw new InputError(
      input,
      'is not a Sigstore trusted root (its mediaType is not application/vnd.dev.sigstore.trustedroot…)',
      'give the text of a trusted_root.json, e.g. from `cosign trusted-root create` or your Sigstore deployment',
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (err) {
    throw new InputError(
      input,
      `cannot be read (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (root.certificateAuthorities.length === 0 || root.tlogs.length === 0) {
    throw new InputError(
      input,
      `lists ${root.certificateAuthorities.length} certificate authorities and ${root.tlogs.length} transparency logs; keyless verification needs at least one of each`,
    );
  }
  return root;
}

/** The pinned public-good trusted root. */
export function publicGoodTrustedRoot(): TrustedRoot {
  return TrustedRoot.fromJSON(publicGoodRoot);
}

function trustMaterial(root: TrustedRoot, input: string): TrustMaterial {
  try {
    return toTrustMaterial(root);
  } catch (err) {
    throw new InputError(
      input,
      `holds key material that cannot be used (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}

/** Checks and compiles a policy; every problem is an InputError naming its input. */
export function preparePolicy(input: PolicyInput): PreparedPolicy {
  if (input.kind === 'key') return { kind: 'key', keys: parseVerifyKeys(input.verifyKey) };
  const source =
    input.certificateIdentity ?? defaultCertificateIdentity(input.serverUrl, input.repository);
  const identity = anchoredPattern(source);
  const issuer = input.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
  if (issuer.trim() === '') {
    throw new InputError('certificate-oidc-issuer', 'is empty', `e.g. ${GITHUB_ACTIONS_ISSUER}`);
  }
  const custom = input.trustedRoot !== undefined;
  const root = custom ? parseTrustedRoot(input.trustedRoot ?? '') : publicGoodTrustedRoot();
  return {
    kind: 'keyless',
    identity,
    identityText: `^(?:${source})$`,
    issuer,
    ...(input.sourceRepositoryUri !== undefined
      ? { sourceRepositoryUri: input.sourceRepositoryUri }
      : {}),
    trust: trustMaterial(root, 'trusted-root'),
    trustName: custom ? 'the trusted-root given' : 'the public-good trusted root',
  };
}
