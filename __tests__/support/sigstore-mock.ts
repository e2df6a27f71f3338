/**
 * Mock Sigstore services for keyless tests, on one loopback HTTP server: Fulcio, Rekor (v1 API)
 * and a timestamp authority from @sigstore/mock (its request handlers, served over real HTTP
 * rather than its nock interception), plus a stand-in for the GitHub Actions OIDC token service
 * (ACTIONS_ID_TOKEN_REQUEST_URL) that hands out an unsigned JWT with the claims a test chooses
 * (the mock Fulcio reads claims without verifying them). `trustedRoot` is the trusted_root.json
 * text of exactly these services.
 *
 * The mock Rekor logs a proposed entry as it is sent; real Rekor stores a `dsse` entry in its
 * canonical form (envelope and payload hashes, signature and verifier), which is what a
 * verifier compares with the bundle. `canonicalDsse` does that step before the mock logs it.
 */
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import {
  HashAlgorithm,
  PublicKeyDetails,
  TrustedRoot,
  type CertificateAuthority,
  type TransparencyLogInstance,
} from '@sigstore/protobuf-specs';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockSigstore {
  url: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** trusted_root.json of these services. */
  trustedRoot: string;
  /** The ACTIONS_ID_TOKEN_* variables a job with `id-token: write` has. */
  env: NodeJS.ProcessEnv;
  /** The request token the token service expects (a secret, to check redaction). */
  requestToken: string;
  /** Every token handed out. */
  issued: string[];
  /** Claims of the next tokens. */
  claims: Record<string, string>;
  /** Paths requested, in order. */
  requests: string[];
  stop(): Promise<void>;
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The claims GitHub Actions puts in a job's token (those Fulcio turns into extensions). */
export function githubClaims(
  repository: string,
  workflow = 'deploy.yml',
  ref = 'refs/heads/main',
): Record<string, string> {
  return {
    iss: 'https://token.actions.githubusercontent.com',
    // The mock Fulcio makes the certificate's SAN from `sub`; GitHub's Fulcio uses the
    // job_workflow_ref URL, which is what this is.
    sub: `https://github.com/${repository}/.github/workflows/${workflow}@${ref}`,
    aud: 'sigstore',
    repository,
    ref,
    sha: '1'.repeat(40),
    workflow_ref: `${repository}/.github/workflows/${workflow}@${ref}`,
    job_workflow_ref: `${repository}/.github/workflows/${workflow}@${ref}`,
    run_id: '42',
    run_attempt: '1',
    event_name: 'push',
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

const REKOR_ENTRIES = '/api/v1/log/entries';

/** A proposed `dsse` 0.0.1 entry in the form Rekor stores (any other entry as it is). */
function canonicalDsse(body: string): string {
  const entry = JSON.parse(body) as {
    kind?: string;
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
  };
  const proposed = entry.spec?.proposedContent;
  if (entry.kind !== 'dsse' || !proposed) return body;
  const envelope = JSON.parse(proposed.envelope) as {
    payload: string;
    signatures: { sig: string }[];
  };
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({
        signature: s.sig,
        verifier: proposed.verifiers[i] ?? proposed.verifiers[0],
      })),
    },
  });
}

const bytesOf = (view: ArrayBufferView) =>
  Buffer.from(view.buffer, view.byteOffset, view.byteLength);

export async function startMockSigstore(): Promise<MockSigstore> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  // Clocks on whole seconds. The mock TSA writes genTime with milliseconds, trailing zeros
  // dropped (".25Z"), which @sigstore/core reads only as three digits (Sigstore's TSA writes
  // whole seconds); its clock is a whole second after its certificates are made, so genTime is
  // within them. The mock CA stamps notBefore with milliseconds where a real Fulcio
  // certificate has whole seconds, so a log entry's integratedTime in the same second would
  // fall before it; its clock is a whole second before now. Every certificate is then valid
  // for the log entries and timestamps of the next 10 minutes, as a real one is.
  const tsa = await initializeTSA(keyPair, new Date((Math.floor(Date.now() / 1000) + 2) * 1000));
  const ctlog = await initializeCTLog(keyPair);
  const ca = await initializeCA(
    keyPair,
    ctlog,
    new Date((Math.floor(Date.now() / 1000) - 1) * 1000),
  );
  const tlog = await initializeTLog(url, keyPair);
  const routes = new Map<string, HandlerFn>();
  for (const handler of [fulcioHandler(ca), rekorHandler(tlog), tsaHandler(tsa)]) {
    routes.set(handler.path, handler.fn);
  }
  const requestToken = `request-token-${createHash('sha256').update(url).digest('hex').slice(0, 24)}`;
  const state: MockSigstore = {
    url,
    fulcioUrl: url,
    rekorUrl: url,
    tsaUrl: url,
    trustedRoot: '',
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    requestToken,
    issued: [],
    claims: githubClaims('acme/app'),
    requests: [],
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', url).pathname;
    state.requests.push(`${req.method ?? ''} ${path}`);
    void (async () => {
      const body = await readBody(req);
      if (path === '/token') {
        if (req.headers.authorization !== `Bearer ${requestToken}`) {
          res.writeHead(401).end('{"message":"bad request token"}');
          return;
        }
        const audience = new URL(req.url ?? '/', url).searchParams.get('audience');
        const claims = { ...state.claims, aud: audience ?? '' };
        const jwt = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.${b64url('not-verified')}`;
        state.issued.push(jwt);
        res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ value: jwt }));
        return;
      }
      const handler = req.method === 'POST' ? routes.get(path) : undefined;
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      const answer = await handler(path === REKOR_ENTRIES ? canonicalDsse(body) : body);
      const payload =
        typeof answer.response === 'string' ? answer.response : bytesOf(answer.response);
      res
        .writeHead(answer.statusCode, { 'Content-Type': answer.contentType ?? 'text/plain' })
        .end(payload);
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });

  const start = new Date(Date.now() - 60 * 60 * 1000);
  const authority = (certificates: ArrayBufferView[]): CertificateAuthority => ({
    subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
    uri: url,
    certChain: { certificates: certificates.map((c) => ({ rawBytes: bytesOf(c) })) },
    validFor: { start },
    operator: 'sigstore.mock',
  });
  const log = (key: Buffer): TransparencyLogInstance => ({
    baseUrl: url,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: {
      rawBytes: key,
      keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
      validFor: { start },
    },
    logId: { keyId: createHash('sha256').update(key).digest() },
    checkpointKeyId: undefined,
    operator: 'sigstore.mock',
  });
  const root: TrustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [authority([ca.rootCertificate])],
    tlogs: [log(tlog.publicKey)],
    ctlogs: [log(ctlog.publicKey)],
    timestampAuthorities: [authority([tsa.intCertificate, tsa.rootCertificate])],
  };
  state.trustedRoot = JSON.stringify(TrustedRoot.toJSON(root));
  return state;
}
