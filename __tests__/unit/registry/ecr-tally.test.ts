/**
 * The ECR SDK client's requests in the run's tally (src/registry/provider.ts): the provider
 * counts each attempt the SDK sends, retries included, under the registry host, and the
 * authorization call and the registry's calls share the one counted client.
 */
import { describe, expect, it } from '@jest/globals';
import { ECRClient } from '@aws-sdk/client-ecr';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { RequestTally } from '../../../src/http/tally.js';
import { silentLogger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { countSdkRequests, createRegistryProvider } from '../../../src/registry/provider.js';

const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/ecr/${name}.json`, import.meta.url), 'utf8');
}

/** A real ECRClient whose HTTP handler answers from a script (the SDK's retries run). */
function wireClient(answers: { status: number; body: string }[], targets: string[]): ECRClient {
  const handler = {
    handle: (request: { headers: Record<string, string> }) => {
      targets.push(request.headers['x-amz-target'] ?? '');
      const next = answers.shift() ?? { status: 500, body: '{}' };
      return Promise.resolve({
        response: {
          statusCode: next.status,
          headers: { 'content-type': 'application/x-amz-json-1.1' },
          body: Readable.from([Buffer.from(next.body)]),
        },
      });
    },
  };
  return new ECRClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 3,
    requestHandler: handler,
  });
}

describe('ECR requests in the tally', () => {
  it('counts every SDK attempt under the registry: a 429, then the retry that reads', async () => {
    const targets: string[] = [];
    const client = wireClient(
      [
        { status: 429, body: fixture('error-throttling') },
        { status: 200, body: fixture('batch-get-image') },
      ],
      targets,
    );
    const tally = new RequestTally();
    const provider = createRegistryProvider({
      logger: silentLogger,
      env: {},
      tally,
      ecrClient: () => client,
    });
    const registry = await provider.forReference(parseReference(`${HOST}/team/api`));
    expect(await registry.resolve(parseReference(`${HOST}/team/api:sha-1a2b3c4`))).toBeDefined();
    expect(targets).toHaveLength(2);
    expect(tally.counts()).toEqual([
      { service: 'registry', host: HOST, requests: 2, retried: 1, throttled: 1 },
    ]);
  });

  it('adds its counter to a client once', async () => {
    const targets: string[] = [];
    const client = wireClient([{ status: 200, body: fixture('batch-get-image') }], targets);
    const tally = new RequestTally();
    countSdkRequests(client, HOST, tally);
    countSdkRequests(client, HOST, tally);
    const provider = createRegistryProvider({
      logger: silentLogger,
      env: {},
      tally,
      ecrClient: () => client,
    });
    const registry = await provider.forReference(parseReference(`${HOST}/team/api`));
    await registry.resolve(parseReference(`${HOST}/team/api:sha-1a2b3c4`));
    expect(tally.counts()).toEqual([
      { service: 'registry', host: HOST, requests: 1, retried: 0, throttled: 0 },
    ]);
  });
});
