/**
 * Keyless signing through @sigstore/sign: the workflow's OIDC token (audience `sigstore`)
 * buys a short-lived Fulcio certificate for an ephemeral key, the DSSE signature goes to Rekor
 * (and, when a timestamp authority is named, to it), and the result is a Sigstore bundle v0.3.
 * Loaded by sign.ts only for `sign: keyless`, so @sigstore/sign and its HTTP stack
 * (make-fetch-happen) stay in a chunk of their own.
 *
 * The token is fetched here (not by @sigstore/sign's CI provider) so that it, and the request
 * token that fetches it, are registered with the redactor before anything can print them.
 */
import { bundleToJSON } from '@sigstore/bundle';
import {
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Bundle,
  type Witness,
} from '@sigstore/sign';
import { InputError, UserError } from '../errors.js';
import { redact, redactor } from '../redact.js';
import type { KeylessOptions, SignedBundle, StatementSigner } from './signer.js';
import { leafCertificate } from './certificate.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';

/** An http(s) URL for a service input, without a trailing slash; an InputError otherwise. */
export function serviceUrl(value: string, input: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new InputError(
      input,
      `is not a URL: ${JSON.stringify(value)}`,
      'e.g. https://fulcio.sigstore.dev',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(input, `must be an http(s) URL, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new InputError(input, 'must not carry credentials');
  return url.toString().replace(/\/+$/, '');
}

/**
 * The GitHub Actions OIDC token for audience `sigstore`. Needs `permissions: id-token: write`,
 * which is what sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN.
 */
export async function githubActionsToken(
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !requestToken) {
    throw new InputError(
      'sign',
      'keyless signing needs the workflow OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set',
      'give the job `permissions: id-token: write` (or use sign: key)',
    );
  }
  redactor.add(requestToken);
  const target = new URL(url);
  target.searchParams.set('audience', 'sigstore');
  let lastProblem = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await fetch(target, {
        headers: { Accept: 'application/json', Authorization: `Bearer ${requestToken}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      if (res.ok) {
        const value = (JSON.parse(text) as { value?: unknown }).value;
        if (typeof value !== 'string' || value === '') {
          throw new UserError('the OIDC token service answered without a token');
        }
        redactor.add(value);
        return value;
      }
      lastProblem = `HTTP ${res.status} ${redact(text).slice(0, 200)}`;
      if (res.status < 500 && res.status !== 429) break;
    } catch (err) {
      if (err instanceof UserError) throw err;
      lastProblem = redact(err instanceof Error ? err.message : String(err));
    }
  }
  throw new UserError(
    `keyless signing: could not get the workflow's OIDC token (${lastProblem}) — check that the job has permissions: id-token: write`,
  );
}

/** Who a Fulcio certificate was issued to: its SAN and the OIDC issuer extension. */
function certificateIdentity(bundle: Bundle): { identity: string; issuer?: string } {
  const cert = leafCertificate(bundle);
  if (!cert) return { identity: '(no certificate)' };
  const v2 = cert.extension(OID_FULCIO_ISSUER_V2);
  let issuer: string | undefined;
  try {
    issuer = v2
      ? v2.valueObj.subs[0]?.value.toString('utf8')
      : cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('utf8');
  } catch {
    issuer = undefined;
  }
  return {
    identity: cert.subjectAltName ?? '(no subject alternative name)',
    ...(issuer ? { issuer } : {}),
  };
}

function signedAtOf(bundle: Bundle): Date | undefined {
  const seconds = bundle.verificationMaterial.tlogEntries
    .map((e) => Number(e.integratedTime))
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  return seconds.length > 0 ? new Date(Math.min(...seconds) * 1000) : undefined;
}

/** What @sigstore/sign threw, as a message a user can act on (redacted: it may hold a token). */
function signingError(err: unknown, fulcio: string, rekor: string): UserError {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : 'SIGNING_ERROR';
  const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
  const text = `${typeof e.message === 'string' ? e.message : String(err)}${cause}`;
  const hint = code.startsWith('IDENTITY_TOKEN')
    ? 'check the OIDC token (permissions: id-token: write)'
    : code.startsWith('CA_')
      ? `check fulcio-url (${fulcio}) and that it trusts the token's issuer`
      : code.startsWith('TLOG_')
        ? `check rekor-url (${rekor})`
        : code.startsWith('TSA_')
          ? 'check the timestamp authority URL'
          : 'retry; if it persists, check the Sigstore service URLs';
  return new UserError(
    redact(`keyless signing failed (${code}${text ? `: ${text}` : ''}) — ${hint}`),
  );
}

/** The keyless signer; URLs are checked now, the token is fetched at signing time. */
export function keylessSigner(options: KeylessOptions): StatementSigner {
  const fulcio = serviceUrl(options.fulcioUrl ?? DEFAULT_FULCIO_URL, 'fulcio-url');
  const rekor = serviceUrl(options.rekorUrl ?? DEFAULT_REKOR_URL, 'rekor-url');
  const tsa = options.tsaUrl !== undefined ? serviceUrl(options.tsaUrl, 'tsa-url') : undefined;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const env = options.env ?? process.env;
  const token = options.identityToken ?? (() => githubActionsToken(env, timeout));
  const retry = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 };
  return {
    kind: 'keyless',
    async sign(statement: Buffer): Promise<SignedBundle> {
      const witnesses: Witness[] = [
        new RekorWitness({ rekorBaseURL: rekor, entryType: 'dsse', timeout, retry }),
        ...(tsa ? [new TSAWitness({ tsaBaseURL: tsa, timeout, retry })] : []),
      ];
      const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({
          fulcioBaseURL: fulcio,
          identityProvider: { getToken: token },
          timeout,
          retry,
        }),
        witnesses,
      });
      let bundle: Bundle;
      try {
        bundle = await builder.create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE });
      } catch (err) {
        // Our own token errors come back wrapped (IDENTITY_TOKEN_READ_ERROR): they say more.
        const cause = (err as { cause?: unknown }).cause;
        if (err instanceof UserError) throw err;
        if (cause instanceof UserError) throw cause;
        throw signingError(err, fulcio, rekor);
      }
      const signedAt = signedAtOf(bundle);
      return {
        bundle: Buffer.from(JSON.stringify(bundleToJSON(bundle))),
        signer: certificateIdentity(bundle),
        ...(signedAt ? { signedAt } : {}),
      };
    },
  };
}
