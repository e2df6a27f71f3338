/**
 * Every workflow the repository ships or documents is one GitHub accepts: the workflow files
 * and every complete workflow in README.md and docs/*.md go through GitHub's own workflow
 * parser (@actions/workflow-parser), and every `with:` given to image-promote names a real
 * input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parse } from 'yaml';
import { INPUTS } from '../../../src/config/inputs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface Workflow {
  name: string;
  content: string;
}

function documented(): Workflow[] {
  const files = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)].filter(
    (f) => f.endsWith('.md'),
  );
  const out: Workflow[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    let n = 0;
    for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      n++;
      const content = m[1] ?? '';
      // Workflows, and jobs shown without their trigger; other fragments (an overlay file,
      // a `with:` excerpt) are not workflows.
      if (!/^jobs:/m.test(content)) continue;
      out.push({
        name: `${file} (yaml block ${n})`,
        content: /^on:/m.test(content) ? content : `on: push\n${content}`,
      });
    }
  }
  return out;
}

function shipped(): Workflow[] {
  const dir = join(root, '.github', 'workflows');
  return readdirSync(dir).map((f) => ({
    name: `.github/workflows/${f}`,
    content: readFileSync(join(dir, f), 'utf8'),
  }));
}

async function parserErrors(w: Workflow): Promise<string[]> {
  const parsed = parseWorkflow(w, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return errors;
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function actionSteps(content: string): Step[] {
  const doc = parse(content) as { jobs?: Record<string, { steps?: Step[] }> };
  return Object.values(doc.jobs ?? {})
    .flatMap((job) => job.steps ?? [])
    .filter((s) => typeof s.uses === 'string' && /image-promote(@|$)/.test(s.uses));
}

const all = [...shipped(), ...documented()];

describe('workflows in the repository and its docs', () => {
  it('finds the documented workflows', () => {
    expect(documented().length).toBeGreaterThanOrEqual(5);
  });

  it.each(all.map((w) => [w.name, w] as const))(
    '%s passes GitHub’s workflow parser',
    async (_n, w) => {
      expect(await parserErrors(w)).toEqual([]);
    },
  );

  it.each(all.map((w) => [w.name, w] as const))(
    '%s gives image-promote only its inputs',
    (_n, w) => {
      for (const step of actionSteps(w.content)) {
        for (const key of Object.keys(step.with ?? {}))
          expect([key, key in INPUTS]).toEqual([key, true]);
      }
    },
  );

  it('catches a broken workflow (the check can fail)', async () => {
    const broken = { name: 'broken.yml', content: 'on: push\njobs:\n  a:\n    steps: 3\n' };
    expect((await parserErrors(broken)).length).toBeGreaterThan(0);
  });
});
