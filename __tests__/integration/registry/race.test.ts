/**
 * Two concurrent promotions of different digests to one new tag, at CLI level, in every
 * interleaving of their writes and read-backs. Each CLI talks to the real registry through its
 * own fault proxy (no faults) whose `hold` parks its manifest PUT and the GET that reads the
 * tag back, so the test releases them in a chosen order.
 *
 * What is guaranteed: a process reports success only with the digest the tag holds at the
 * moment of its final re-read; the one whose PUT was overwritten before it read the tag back
 * fails, saying another writer moved the tag.
 *
 * The honest limit: the distribution API has no compare-and-swap, so both processes pass the
 * "tag does not exist yet" check and both PUT. A PUT that lands after a process's last
 * re-read is not seen by that process (it reports success for a tag that has moved since);
 * a later `Registry.verifyTag` (the engine re-reads every tag at the end of a run) does see
 * it. Only server-side tag immutability (ECR IMMUTABLE repositories) really locks a tag.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli.js';
import { StderrLogger, silentLogger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import { sharedRegistry } from '../../support/env.js';
import { startFaultProxy, type FaultProxy, type Hold } from '../../support/fault-proxy.js';
import { getManifest, pushImage, sha256 } from '../../support/oci-fixtures.js';

const repo = `race${Date.now()}/app`;
const direct = () => ({ url: sharedRegistry().url });
let configDir: string;
let proxies: { A: FaultProxy; B: FaultProxy };
const digests = { A: '', B: '' };

type Who = 'A' | 'B';
type Step = `${Who}.put` | `${Who}.reread`;

beforeAll(async () => {
  configDir = mkdtempSync(join(tmpdir(), 'ip-race-cfg-'));
  digests.A = (await pushImage(direct(), repo, 'a', { seed: `${repo}-a` })).digest;
  digests.B = (await pushImage(direct(), repo, 'b', { seed: `${repo}-b` })).digest;
  const upstream = sharedRegistry().url;
  proxies = {
    A: await startFaultProxy({ upstream, seed: 1 }),
    B: await startFaultProxy({ upstream, seed: 2 }),
  };
});

afterAll(async () => {
  await proxies.A.stop();
  await proxies.B.stop();
  rmSync(configDir, { recursive: true, force: true });
});

async function held(tag: string): Promise<string | undefined> {
  const found = await getManifest(direct(), repo, tag);
  return found && sha256(found.bytes);
}

interface Client {
  put: Hold;
  reread: Hold;
  done: Promise<{ code: number; out: string; err: string }>;
}

/** Starts `promote repo@digest tag` for `who`, with its PUT and read-back held at its proxy. */
function start(who: Who, tag: string): Client {
  const proxy = proxies[who];
  const manifestOfTag = (path: string) => path.endsWith(`/manifests/${tag}`);
  let putSent = false;
  const put = proxy.hold((r) => {
    if (r.method !== 'PUT' || !manifestOfTag(r.path)) return false;
    putSent = true;
    return true;
  });
  // The GET of the tag after the PUT is the read-back (the one before it is the free check).
  const reread = proxy.hold((r) => putSent && r.method === 'GET' && manifestOfTag(r.path));
  const out: string[] = [];
  const err: string[] = [];
  const done = main(['promote', `${proxy.host}/${repo}@${digests[who]}`, tag], {
    stdout: (t) => out.push(t),
    logger: new StderrLogger(false, (line) => err.push(line)),
    env: { DOCKER_CONFIG: configDir, HOME: configDir },
    cwd: process.cwd(),
  }).then((code) => ({ code, out: out.join(''), err: err.join('\n') }));
  return { put, reread, done };
}

/** Every order of the four events in which each client's PUT comes before its read-back. */
function interleavings(): Step[][] {
  const all: Step[][] = [];
  const walk = (prefix: Step[], a: number, b: number) => {
    if (a === 2 && b === 2) {
      all.push(prefix);
      return;
    }
    if (a < 2) walk([...prefix, a === 0 ? 'A.put' : 'A.reread'], a + 1, b);
    if (b < 2) walk([...prefix, b === 0 ? 'B.put' : 'B.reread'], a, b + 1);
  };
  walk([], 0, 0);
  return all;
}

describe('two concurrent promotions of different digests to one new tag', () => {
  const orders = interleavings();

  it('covers all six interleavings', () => {
    expect(orders).toHaveLength(6);
  });

  it.each(orders.map((order, i) => [order.join(' → '), order, i] as const))(
    '%s',
    async (_name, order, i) => {
      const tag = `release-${i}`;
      const clients = { A: start('A', tag), B: start('B', tag) };
      // Both passed the "tag is free" check: neither PUT has landed yet.
      await Promise.all([clients.A.put.arrived, clients.B.put.arrived]);
      expect(await held(tag)).toBeUndefined();

      const seenAtReread: Partial<Record<Who, string>> = {};
      let lastPut: Who | undefined;
      for (const step of order) {
        const [who, event] = step.split('.') as [Who, 'put' | 'reread'];
        const client = clients[who];
        if (event === 'put') {
          client.put.release();
          // Its read-back arriving means the PUT has landed.
          await client.reread.arrived;
          lastPut = who;
        } else {
          seenAtReread[who] = await held(tag);
          expect(seenAtReread[who]).toBe(lastPut && digests[lastPut]);
          client.reread.release();
          await client.done;
        }
      }

      for (const who of ['A', 'B'] as const) {
        const result = await clients[who].done;
        const atReread = seenAtReread[who];
        if (atReread === digests[who]) {
          expect(result).toMatchObject({ code: 0, out: `${digests[who]}\n` });
        } else {
          // Never success with a digest the tag did not hold when it was read back.
          expect(result.code).toBe(1);
          expect(result.out).toBe('');
          expect(result.err).toContain(
            `registry ${proxies[who].host} repository ${repo}:${tag}: verify tag: tag ${tag} now points to ${atReread ?? ''}, not ${digests[who]}: another writer moved it`,
          );
        }
      }
      // The tag ends with the last PUT; whoever wrote it last has seen its own write.
      const final = await held(tag);
      const last = order
        .filter((s) => s.endsWith('.put'))
        .at(-1)
        ?.startsWith('A')
        ? 'A'
        : 'B';
      expect(final).toBe(digests[last]);
      expect((await clients[last].done).code).toBe(0);

      // The honest limit: the first writer that read back before the second PUT landed
      // reported success; the end-of-run re-read (verifyTag) is what catches that.
      const first = last === 'A' ? 'B' : 'A';
      if ((await clients[first].done).code === 0) {
        const registry = await createRegistryProvider({
          logger: silentLogger,
          env: {},
        }).forReference(parseReference(`${proxies[first].host}/${repo}`));
        await expect(
          registry.verifyTag(
            parseReference(`${proxies[first].host}/${repo}:${tag}`),
            digests[first],
          ),
        ).rejects.toThrow(
          `now points to ${digests[last]}, not ${digests[first]}: another writer moved it`,
        );
      }
    },
  );
});
