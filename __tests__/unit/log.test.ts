import { describe, expect, it } from '@jest/globals';
import { StderrLogger } from '../../src/log.js';

describe('StderrLogger.group', () => {
  it('writes a bold heading on a terminal and a plain line otherwise', async () => {
    for (const tty of [true, false]) {
      const lines: string[] = [];
      const logger = new StderrLogger(false, (l) => lines.push(l), tty);
      const value = await logger.group('api localhost:5000/acme/api:sha-1a2b3c4', () => {
        logger.info('Step 1/1 : FROM scratch');
        return Promise.resolve(7);
      });
      expect(value).toBe(7);
      const heading = '── api localhost:5000/acme/api:sha-1a2b3c4';
      expect(lines).toEqual([
        tty ? `\x1b[1m${heading}\x1b[0m` : heading,
        'Step 1/1 : FROM scratch',
      ]);
    }
  });
});
