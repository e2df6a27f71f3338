import { describe, expect, it } from '@jest/globals';
import { BuildOutputFilter, formatElapsed, LineTail } from '../../../src/build/output.js';

function filtered(lines: string[]): string[] {
  const filter = new BuildOutputFilter();
  return lines.filter((l) => filter.accept(l));
}

describe('BuildOutputFilter', () => {
  it('drops both forms of the legacy-builder banner with their indented lines', () => {
    expect(
      filtered([
        'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.',
        '            Install the buildx component to build images with BuildKit:',
        '            https://docs.docker.com/go/buildx/',
        '',
        'Sending build context to Docker daemon  3.072kB',
        'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.',
        '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0',
        '            environment-variable.',
        'Step 1/2 : FROM scratch',
        ' ---> ',
      ]),
    ).toEqual([
      'Sending build context to Docker daemon  3.072kB',
      'Step 1/2 : FROM scratch',
      ' ---> ',
    ]);
  });

  it('keeps indented lines outside the banner, drops blank lines', () => {
    expect(filtered(['Step 2/2 : COPY a /', ' ---> 1a2b3c4d', '   ', ' ---> Running'])).toEqual([
      'Step 2/2 : COPY a /',
      ' ---> 1a2b3c4d',
      ' ---> Running',
    ]);
  });
});

describe('LineTail', () => {
  it('keeps the last lines only', () => {
    const tail = new LineTail(3);
    for (let i = 1; i <= 5; i++) tail.push(`l${i}`);
    expect(tail.lines()).toEqual(['l3', 'l4', 'l5']);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0.0 s'],
    [3140, '3.1 s'],
    [12_345, '12.3 s'],
    [59_960, '1 min 00 s'],
    [65_000, '1 min 05 s'],
    [612_400, '10 min 12 s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
