/**
 * ECR write pacing at scale: 50 promotions at once through the provider (the engine's path)
 * against an aws-sdk-client-mock ECR, on a fake clock, so ECR's PutImage quota is checked
 * without waiting for it.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  BatchGetImageCommand,
  ECRClient,
  ECRServiceException,
  PutImageCommand,
  type BatchGetImageCommandOutput,
  type PutImageCommandInput,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync } from 'node:fs';
import { backoffDelay, DEFAULT_RETRY_POLICY, type Clock } from '../../../src/http/retry.js';
import type { Logger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import {
  createEcrClient,
  ECR_PUT_IMAGE_ATTEMPTS,
  ECR_PUT_IMAGE_PER_SECOND,
  EcrRegistry,
  retryKind,
} from '../../../src/registry/ecr.js';
import { parseEcrHost } from '../../../src/registry/ecr-host.js';
import { RatePacer } from '../../../src/registry/pace.js';
import { promoteImage, type PromotionResult } from '../../../src/registry/promote.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';

const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
/** The same account and region through the dual-stack endpoint: the same quota. */
const DUALSTACK = '123456789012.dkr-ecr.us-east-1.on.aws';

interface FixtureImage {
  imageId: { imageDigest: string; imageTag: string };
  imageManifest: string;
  imageManifestMediaType: string;
}
function fixture(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/ecr/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}
const image = (fixture('batch-get-image') as unknown as { images: FixtureImage[] })
  .images[0] as FixtureImage;
const notFound = fixture('batch-get-image-not-found') as unknown as BatchGetImageCommandOutput;
const meta = { $metadata: {} };

const quietLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  group: (_title, fn) => fn(),
  mask: () => undefined,
};

/**
 * Virtual time: sleeps are timers that fire, earliest first, only once every promise that can
 * run has run (a macrotask turn), so concurrent sleepers see one consistent clock.
 */
class FakeTime implements Clock {
  private t = 0;
  private timers: { at: number; seq: number; resolve: () => void }[] = [];
  private seq = 0;
  readonly now = (): number => this.t;
  readonly random = (): number => 0.5;
  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve });
    });

  async run<T>(work: Promise<T>): Promise<T> {
    const state = { done: false };
    const settle = (): void => {
      state.done = true;
    };
    work.then(settle, settle);
    for (let turns = 0; turns < 100_000; turns++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (state.done) return work;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (!next) continue;
      this.t = Math.max(this.t, next.at);
      next.resolve();
    }
    throw new Error('fake time: the work never finished');
  }
}

function throttling(): Error {
  return new ECRServiceException({
    name: 'ThrottlingException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: 'Rate exceeded',
  });
}

let time: FakeTime;
const stub = (c: ECRClient) => mockClient(c);
let ecr: ReturnType<typeof stub>;
let client: ECRClient;
/** By tag (or digest): what BatchGetImage answers. */
let held: Map<string, FixtureImage>;
/** Every PutImage call: its tag and the (virtual) time it started. */
let puts: { tag: string; at: number }[];

beforeEach(() => {
  time = new FakeTime();
  client = new ECRClient({ region: 'us-east-1' });
  ecr = stub(client);
  held = new Map([
    [image.imageId.imageTag, image],
    [image.imageId.imageDigest, image],
  ]);
  puts = [];
  ecr.on(BatchGetImageCommand).callsFake((input: { imageIds: Record<string, string>[] }) => {
    const id = input.imageIds[0] ?? {};
    const found = held.get(id.imageTag ?? id.imageDigest ?? '');
    return found
      ? { images: [found], failures: [], ...meta }
      : { images: [], failures: [{ ...notFound.failures?.[0], imageId: id }], ...meta };
  });
});

/** PutImage: `answer` decides per call (undefined: store the tag and succeed). */
function onPut(answer: (tag: string, call: number) => Error | undefined = () => undefined): void {
  ecr.on(PutImageCommand).callsFake((input: PutImageCommandInput) => {
    const tag = input.imageTag ?? '';
    puts.push({ tag, at: time.now() });
    const err = answer(tag, puts.length);
    if (err) throw err;
    held.set(tag, {
      imageId: { imageDigest: input.imageDigest ?? '', imageTag: tag },
      imageManifest: input.imageManifest ?? '',
      imageManifestMediaType: input.imageManifestMediaType ?? '',
    });
    return { ...fixture('put-image'), ...meta };
  });
}

/** `count` promotions of the fixture image to new tags, all at once, as the engine fans out. */
function fanOut(
  count: number,
  hosts: string[] = [HOST],
): Promise<PromiseSettledResult<PromotionResult>[]> {
  const provider = createRegistryProvider({
    logger: quietLogger,
    env: {},
    clock: time,
    ecrClient: () => client,
  });
  return Promise.allSettled(
    Array.from({ length: count }, (_, i) => {
      const host = hosts[i % hosts.length] as string;
      const source = parseReference(`${host}/team/api:${image.imageId.imageTag}`);
      const target = parseReference(`${host}/team/api:v${i + 1}`);
      return promoteImage(provider, source, target);
    }),
  );
}

/** The most PutImage starts any one-second window [t, t + 1000) holds. */
function busiestSecond(): number {
  const starts = puts.map((p) => p.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as number;
    most = Math.max(most, starts.filter((t) => t >= from && t < from + 1000).length);
  }
  return most;
}

describe('ECR PutImage pacing', () => {
  it('is the documented default quota', () => {
    expect(ECR_PUT_IMAGE_PER_SECOND).toBe(10);
  });

  it('makes all 50 writes of a fan-out, never more than 10 starts in any second', async () => {
    onPut();
    const results = await time.run(fanOut(50));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill('fulfilled'));
    expect(puts.map((p) => p.tag).sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `v${i + 1}`).sort(),
    );
    expect(busiestSecond()).toBe(10);
    // Paced, not stalled: 50 writes at 10/s start within 4 to 5 seconds.
    const last = Math.max(...puts.map((p) => p.at));
    expect(last).toBeGreaterThanOrEqual(4000);
    expect(last).toBeLessThan(5000);
    for (const r of results) {
      if (r.status === 'fulfilled')
        expect(r.value.descriptor.digest).toBe(image.imageId.imageDigest);
    }
  });

  it('shares one budget across the hosts of one account and region', async () => {
    onPut();
    const results = await time.run(fanOut(30, [HOST, DUALSTACK]));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(puts).toHaveLength(30);
    expect(busiestSecond()).toBeLessThanOrEqual(10);
  });

  it('retries ThrottlingException with backoff: all 50 succeed, each within the attempt bound', async () => {
    // ECR's budget is used by someone else too: the first 15 calls are throttled.
    onPut((_tag, call) => (call <= 15 ? throttling() : undefined));
    const results = await time.run(fanOut(50));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill('fulfilled'));
    expect(puts).toHaveLength(65);
    const perTag = new Map<string, number>();
    for (const p of puts) perTag.set(p.tag, (perTag.get(p.tag) ?? 0) + 1);
    expect(perTag.size).toBe(50);
    expect(Math.max(...perTag.values())).toBeLessThanOrEqual(ECR_PUT_IMAGE_ATTEMPTS);
    // The retries are paced too.
    expect(busiestSecond()).toBeLessThanOrEqual(10);
  });

  it('gives up on a tag that stays throttled after the bounded attempts, and names them', async () => {
    onPut((tag) => (tag === 'v7' ? throttling() : undefined));
    const results = await time.run(fanOut(20));
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [[i, r.reason]] : []));
    expect(failed).toHaveLength(1);
    const [index, reason] = failed[0] as [number, Error];
    expect(index).toBe(6);
    expect(reason.message).toMatch(
      new RegExp(`PutImage.*ThrottlingException\\) after ${ECR_PUT_IMAGE_ATTEMPTS} attempts`),
    );
    expect(puts.filter((p) => p.tag === 'v7')).toHaveLength(ECR_PUT_IMAGE_ATTEMPTS);
    // A backoff before each retry (on top of any wait for a slot), growing per retry.
    const at = puts.filter((p) => p.tag === 'v7').map((p) => p.at);
    at.slice(1).forEach((t, retry) => {
      const before = at[retry] as number;
      expect(t - before).toBeGreaterThanOrEqual(
        backoffDelay(DEFAULT_RETRY_POLICY, retry, time.random),
      );
    });
  });

  it('fails an image at once on an error that is not throttling', async () => {
    const invalid = new ECRServiceException({
      name: 'InvalidParameterException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'bad manifest',
    });
    onPut((tag) => (tag === 'v3' ? invalid : undefined));
    const results = await time.run(fanOut(50));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results[2]?.status).toBe('rejected');
    expect(puts.filter((p) => p.tag === 'v3')).toHaveLength(1);
    expect(puts).toHaveLength(50);
  });
});

describe('retryKind', () => {
  const sdkError = (name: string, extra: Record<string, unknown> = {}): Error =>
    Object.assign(new Error('x'), { name, $metadata: {}, ...extra });

  it('knows the SDK throttling names, $retryable.throttling and HTTP 429', () => {
    expect(retryKind(sdkError('ThrottlingException'))).toBe('throttling');
    expect(retryKind(sdkError('TooManyRequestsException'))).toBe('throttling');
    expect(retryKind(sdkError('Other', { $retryable: { throttling: true } }))).toBe('throttling');
    expect(retryKind(sdkError('Other', { $metadata: { httpStatusCode: 429 } }))).toBe('throttling');
  });

  it('retries server errors, but not client errors or the images-per-repository quota', () => {
    expect(retryKind(sdkError('ServerException'))).toBe('transient');
    expect(retryKind(sdkError('Other', { $metadata: { httpStatusCode: 503 } }))).toBe('transient');
    expect(retryKind(sdkError('LimitExceededException'))).toBeUndefined();
    expect(retryKind(sdkError('ImageTagAlreadyExistsException'))).toBeUndefined();
    expect(retryKind('not an error')).toBeUndefined();
  });
});

describe('RatePacer', () => {
  it('lets `limit` starts through at once, then one per freed slot', async () => {
    const pacer = new RatePacer(3, 1000, time);
    const at: number[] = [];
    await time.run(
      Promise.all(Array.from({ length: 7 }, () => pacer.acquire().then(() => at.push(time.now())))),
    );
    expect(at).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });
});

describe('the PutImage client', () => {
  it('is made without SDK retries (the paced retries are the only ones) and shares credentials', async () => {
    const registry = new EcrRegistry({
      registry: HOST,
      logger: quietLogger,
      oci: () => Promise.reject(new Error('not used')),
    });
    const clients = registry as unknown as { client: ECRClient; writeClient: ECRClient };
    expect(await clients.writeClient.config.maxAttempts()).toBe(1);
    expect(await clients.client.config.maxAttempts()).toBe(DEFAULT_RETRY_POLICY.retries + 1);
    expect(await clients.writeClient.config.region()).toBe('us-east-1');
    const host = parseEcrHost(HOST);
    if (!host) throw new Error('not parsed');
    const credentials = () => Promise.resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' });
    const writes = createEcrClient(host, { maxAttempts: 1, credentials });
    expect(await writes.config.credentials()).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'x',
    });
  });
});
