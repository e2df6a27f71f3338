/**
 * The signature gate of the decision (`verify: signature`), pure: a decision that relies on an
 * image — reuse, skip, promote, adopt, redeploy, roll back, a plan's image — stands only when
 * the facts hold a signature of that digest that passed the policy (src/engine/provenance.ts
 * checked every candidate before deciding). For reuse, promote and adopt (and a release or
 * re-run that takes an image of this source) the signed statement must also name this image's
 * source key and key version: a signed image of other code under this source tag is a replay.
 *
 * A refusal names the digest, what was found (none, another identity or key, a statement
 * about another image, another source) and what the policy requires. An accepted decision's
 * reason says who signed it and in which run; a revision label is never evidence.
 */
import type { Config } from '../config/types.js';
import { SOURCE_KEY_VERSION } from '../source/keys.js';
import type { Decision, ImageFacts, RunFacts, SignatureInfo } from './types.js';

/**
 * `source`: the signature must state this image's source (reuse, promote, adopt);
 * `digest`: any signed statement about the digest will do (redeploy, rollback, CLI writes).
 */
export type TrustNeed = 'source' | 'digest';

/** How the facts key a digest's signature check. */
export function signatureKey(repository: string, digest: string): string {
  return `${repository}@${digest}`;
}

/** `… in https://github.com/acme/app/actions/runs/42/attempts/1`, or where no run signed. */
export function signedIn(s: SignatureInfo): string {
  return s.runUrl !== undefined
    ? `in ${s.runUrl}`
    : `outside a workflow run (${s.repository} at ${s.commit.slice(0, 7)})`;
}

/** `signed by <identity> in <run>`: the words a verified reason ends with. */
export function signedBy(s: SignatureInfo): string {
  return `signed by ${s.identity} ${signedIn(s)}`;
}

function refuse(d: Decision & { kind: 'keep' | 'tag' }, error: string): Decision {
  return { kind: 'fail', name: d.name, image: d.image, reason: d.reason, error };
}

/**
 * `d` as the gate lets it through (its reason naming the signer), or a failure. Decisions
 * that rely on no existing image (build, fail, nothing to verify) pass unchanged, as does
 * everything when verify is none.
 */
export function trusted(
  f: ImageFacts,
  facts: Pick<RunFacts, 'signatures'>,
  config: Pick<Config, 'verify'>,
  d: Decision,
  need: TrustNeed,
): Decision {
  if (config.verify === undefined || (d.kind !== 'keep' && d.kind !== 'tag')) return d;
  // A copy from another repository is verified where its signatures are: its source.
  const repository = (d.kind === 'tag' ? d.copyFrom : undefined) ?? d.target.repository;
  const digest = d.target.digest;
  const where = `${digest} in ${repository.name}`;
  const fact = facts.signatures?.get(signatureKey(repository.name, digest));
  if (fact === undefined) {
    return refuse(
      d,
      `${where} was not checked for a signature, and verify: signature trusts nothing unchecked`,
    );
  }
  if (!fact.ok) {
    return refuse(
      d,
      `${fact.problem}; verify: signature requires ${fact.required} — sign it from a trusted workflow (image-promote sign) only if you know what it was built from, or deploy an image signed under the policy`,
    );
  }
  const s = fact.signature;
  if (need === 'source') {
    if ('problem' in f.source) {
      return refuse(
        d,
        `${where} is ${signedBy(s)}, but this image's source key is unknown (${f.source.problem}), so the statement cannot be compared with it`,
      );
    }
    const key = f.source.key;
    if (s.sourceKey !== key || s.sourceKeyVersion !== SOURCE_KEY_VERSION) {
      const version = s.sourceKeyVersion === SOURCE_KEY_VERSION ? '' : ` (${s.sourceKeyVersion})`;
      return refuse(
        d,
        `${where} is ${signedBy(s)}, but for another source: source key ${s.sourceKey.slice(0, 16)}…${version} of ${s.repository} at ${s.commit.slice(0, 7)}, not this image's ${key.slice(0, 16)}… (${SOURCE_KEY_VERSION}); verify: signature requires a statement of this source — an image of other code under this source's tag is never deployed`,
      );
    }
  }
  return { ...d, reason: `${d.reason}; ${signedBy(s)}` };
}

/** The signature an image's result reports: the one its decision was verified by. */
export function verifiedSignature(
  facts: Pick<RunFacts, 'signatures'>,
  d: Decision,
): SignatureInfo | undefined {
  if (d.kind !== 'keep' && d.kind !== 'tag') return undefined;
  const repository = (d.kind === 'tag' ? d.copyFrom : undefined) ?? d.target.repository;
  const fact = facts.signatures?.get(signatureKey(repository.name, d.target.digest));
  return fact?.ok ? fact.signature : undefined;
}
