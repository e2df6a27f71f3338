import { describe, expect, it } from '@jest/globals';
import { sharedRegistry } from '../support/env.js';

describe('smoke', () => {
  it('registry up', async () => {
    const r = await fetch(`${sharedRegistry().url}/v2/`);
    expect(r.status).toBe(200);
  });
});
