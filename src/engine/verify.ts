/**
 * The last word before outputs and overlay writes: every tag the run created or relies on
 * is read again from the registry (by GET, hashed) and must name the digest the run reports.
 * A tag another writer moved in the meantime fails its image and says so. A tag the registry
 * layer read back after the run's last write had finished (a one-tag retag) was read at the
 * end already: that read-back stands (Outcome.readLast, set by src/engine/execute.ts).
 *
 * The distribution API has no compare-and-swap, so a writer whose PUT lands after this read
 * can still move a tag; ECR's tag immutability is the lock that closes that window.
 */
import { errorMessage } from '../errors.js';
import { withTagAndDigest } from '../reference.js';
import type { EngineDeps } from './context.js';
import type { Outcome } from './execute.js';

export async function verifyOutcomes(
  outcomes: Outcome[],
  deps: EngineDeps,
  options: { planning: boolean },
): Promise<Outcome[]> {
  // Reads made while gathering facts are as fresh as it gets when the run wrote nothing.
  const fresh = !outcomes.some((o) => o.wrote);
  return Promise.all(
    outcomes.map(async ({ readLast, ...o }): Promise<Outcome> => {
      if (['failed', 'not-attempted', 'built', 'unverified'].includes(o.status)) return o;
      if (o.decision.kind === 'keep-unverified') return o;
      const target = o.target;
      if (options.planning) {
        // Nothing is pushed by design: what exists already is verified, the rest is planned.
        const d = o.decision;
        const exists =
          d.kind === 'keep' ||
          (d.kind === 'tag' && d.addTags.length === 0 && d.laterTags.length === 0 && !d.copyFrom);
        return { ...o, status: target && exists ? 'verified' : 'planned' };
      }
      if (!target) return o;
      if (fresh) return { ...o, status: 'verified' };
      try {
        const registry = await deps.registries.forReference(target.repository);
        for (const { tag, digest } of o.relies) {
          const read = readLast?.some(
            (r) => r.tag === tag && r.digest === (digest ?? target.digest),
          );
          if (read) continue;
          await registry.verifyTag(
            withTagAndDigest(target.repository, tag),
            digest ?? target.digest,
          );
        }
        return { ...o, status: 'verified' };
      } catch (err) {
        return { ...o, status: 'failed', error: errorMessage(err) };
      }
    }),
  );
}
