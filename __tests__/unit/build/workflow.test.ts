/**
 * The reusable fan-out workflow is YAML that no compiler checks: these tests pin its
 * wiring (plan → matrix build → deploy from the plan) and keep every action input it
 * passes in step with the action's input table.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { INPUTS } from '../../../src/config/inputs.js';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  needs?: string | string[];
  if?: string;
  'runs-on': string;
  outputs?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: unknown };
  steps: Step[];
}

interface Workflow {
  on: {
    workflow_call: {
      inputs: Record<string, { type: string; required?: boolean; default?: unknown }>;
      secrets: Record<string, unknown>;
      outputs: Record<string, { value: string }>;
    };
  };
  jobs: Record<string, Job>;
}

const file = fileURLToPath(
  new URL('../../../.github/workflows/image-promote.yml', import.meta.url),
);
const text = readFileSync(file, 'utf8');
const workflow = parse(text) as Workflow;
const call = workflow.on.workflow_call;

function job(name: string): Job {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`no job ${name}`);
  return found;
}

/** The step that runs image-promote in `name`. */
function actionStep(name: string): Step {
  const steps = job(name).steps.filter((s) => s.uses === './.image-promote');
  expect(steps).toHaveLength(1);
  return steps[0] as Step;
}

const expression = (s: string): string => `\${{ ${s} }}`;

describe('reusable fan-out workflow', () => {
  it('has exactly the three jobs, wired plan → build → deploy', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'build', 'deploy']);
    expect(job('plan').needs).toBeUndefined();
    expect(job('build').needs).toBe('plan');
    expect(job('deploy').needs).toEqual(['plan', 'build']);
  });

  it('plan: runs the action in plan mode and exposes its matrix and images', () => {
    const step = actionStep('plan');
    expect(step.with?.mode).toBe('plan');
    expect(step.id).toBe('plan');
    expect(job('plan').outputs).toEqual({
      matrix: expression('steps.plan.outputs.matrix'),
      images: expression('steps.plan.outputs.images'),
    });
  });

  it('build: one job per planned image, skipped when nothing builds', () => {
    const build = job('build');
    expect(build.strategy).toEqual({
      'fail-fast': false,
      matrix: expression('fromJSON(needs.plan.outputs.matrix)'),
    });
    expect(build.if).toBe('fromJSON(needs.plan.outputs.matrix).include[0] != null');
    expect(actionStep('build').with).toMatchObject({
      mode: 'build',
      'matrix-image': expression('matrix.name'),
      tag: expression('matrix.tag'),
    });
  });

  it('deploy: runs after successful or skipped builds, verifies the plan, writes overlays', () => {
    const condition = job('deploy').if ?? '';
    expect(condition).toContain('!cancelled()');
    expect(condition).toContain("needs.plan.result == 'success'");
    expect(condition).toContain(
      "(needs.build.result == 'success' || needs.build.result == 'skipped')",
    );
    expect(condition).not.toContain('always()');
    expect(actionStep('deploy').with).toMatchObject({
      'from-plan': expression('needs.plan.outputs.images'),
      'write-overlay': expression('inputs.write-overlay'),
      commit: expression('inputs.commit'),
    });
    // Only the deploy job may touch overlays.
    for (const name of ['plan', 'build']) {
      expect(actionStep(name).with).not.toHaveProperty('write-overlay');
      expect(actionStep(name).with).not.toHaveProperty('commit');
    }
  });

  it('every job checks out the action at action-ref before running it', () => {
    for (const [name, j] of Object.entries(workflow.jobs)) {
      const checkout = j.steps.findIndex(
        (s) =>
          s.uses?.startsWith('actions/checkout@') === true && s.with?.path === '.image-promote',
      );
      expect([name, checkout]).not.toEqual([name, -1]);
      expect(j.steps[checkout]?.with).toEqual({
        repository: expression('inputs.action-repository'),
        ref: expression('inputs.action-ref'),
        path: '.image-promote',
      });
      expect(checkout).toBeLessThan(j.steps.findIndex((s) => s.uses === './.image-promote'));
    }
  });

  it('passes only inputs the action has', () => {
    for (const name of Object.keys(workflow.jobs)) {
      for (const key of Object.keys(actionStep(name).with ?? {})) {
        expect([name, key, key in INPUTS]).toEqual([name, key, true]);
      }
    }
  });

  it('declares every input, secret and job output it refers to', () => {
    const refs = (kind: string): string[] => [
      ...new Set(
        [...text.matchAll(new RegExp(`\\b${kind}\\.([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1] ?? ''),
      ),
    ];
    expect(refs('inputs').filter((n) => !(n in call.inputs))).toEqual([]);
    expect(refs('secrets').filter((n) => !(n in call.secrets))).toEqual([]);
    for (const output of Object.values(call.outputs)) {
      const [, jobName = '', outputName = ''] =
        /^\$\{\{ jobs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(output.value) ?? [];
      expect(job(jobName).outputs).toHaveProperty([outputName]);
    }
  });

  it('runs no shell: every step is an action', () => {
    for (const j of Object.values(workflow.jobs)) {
      for (const step of j.steps) expect(step.run).toBeUndefined();
    }
  });
});
