/**
 * Which facts a run gathers for the record (src/engine/needs.ts): the environment's records
 * only for the auto rule on branches (the reuse/skip rule and holds apply nowhere else), and
 * the head's source keys for a redeploy or rollback only when it writes the record that
 * starts a hold — never with the typo checks, which could stop a rollback.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { factNeeds } from '../../../src/engine/needs.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-needs-'));
const OVERLAY = 'k8s/prod/kustomization.yaml';
const write = { overlay: OVERLAY, 'write-overlay': 'true' };

function needs(inputs: Partial<Record<InputName, string>>, kind = 'push', deleted = false) {
  const all: Partial<Record<InputName, string>> = {
    images: '- name: api',
    registry: 'ghcr.io/a',
    ...inputs,
  };
  const config = parseConfig({ get: (n) => all[n] ?? INPUTS[n].default }, { workspace });
  return factNeeds(config, { kind: kind as 'push', deleted });
}

describe('the record’s facts', () => {
  it('reads the records for the auto rule on branches, plans included', () => {
    expect(needs({})).toMatchObject({ records: true, recordKeys: false, tree: true });
    expect(needs({ mode: 'plan' })).toMatchObject({ records: true });
    expect(needs({ ...write })).toMatchObject({ records: true });
    // A release deploys what it releases; a tag names what to deploy; a deleted branch nothing.
    expect(needs({}, 'tag')).toMatchObject({ records: false });
    expect(needs({ tag: 'sha-1a2b3c4' })).toMatchObject({ records: false });
    expect(needs({ tag: 'previous', overlay: OVERLAY })).toMatchObject({ records: false });
    expect(needs({}, 'push', true)).toMatchObject({ records: false });
    expect(needs({ mode: 'build' })).toMatchObject({ records: false });
  });

  it('computes the source keys a redeploy or rollback records, without the typo checks, only when it writes', () => {
    for (const inputs of [
      { ...write, tag: 'previous' },
      { ...write, tag: 'api=sha-1a2b3c4' },
      { ...write, mode: 'rollback', tag: 'previous' },
      { ...write, mode: 'reuse', tag: 'sha-1a2b3c4' },
    ]) {
      expect(needs(inputs)).toMatchObject({ recordKeys: true, tree: false, sourceTags: false });
    }
    expect(needs({ overlay: OVERLAY, tag: 'previous' })).toMatchObject({ recordKeys: false });
    expect(needs({ ...write, tag: 'previous', 'dry-run': 'true' })).toMatchObject({
      recordKeys: false,
    });
    expect(needs({ ...write, mode: 'reuse' })).toMatchObject({ recordKeys: false });
  });
});
