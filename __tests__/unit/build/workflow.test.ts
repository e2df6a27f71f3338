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

interface WorkflowInput {
  description?: string;
  type: string;
  required?: boolean;
  default?: string | boolean | number;
}

interface Workflow {
  on: {
    workflow_call: {
      inputs: Record<string, WorkflowInput>;
      secrets: Record<string, { description?: string; required?: boolean }>;
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

  it('declares inputs and secrets the way the workflow parser accepts them', () => {
    for (const [name, input] of Object.entries(call.inputs)) {
      expect([
        name,
        Object.keys(input).filter(
          (k) => !['description', 'type', 'required', 'default'].includes(k),
        ),
      ]).toEqual([name, []]);
      expect([name, ['string', 'boolean', 'number'].includes(input.type)]).toEqual([name, true]);
      if (input.default !== undefined) {
        // A default has the input's type, and no expression (none is evaluated there).
        expect([name, typeof input.default]).toEqual([name, input.type]);
        expect([name, String(input.default)]).not.toEqual([name, expect.stringContaining('${{')]);
      }
      if (input.required === true) expect([name, input.default]).toEqual([name, undefined]);
    }
    for (const [name, secret] of Object.entries(call.secrets)) {
      expect([
        name,
        Object.keys(secret).filter((k) => !['description', 'required'].includes(k)),
      ]).toEqual([name, []]);
    }
    // Every expression is closed.
    expect(text.split('${{').length).toBe(text.split('}}').length);
  });

  it('forwards inputs to the action with the action’s own defaults and compatible types', () => {
    for (const name of Object.keys(workflow.jobs)) {
      for (const [key, value] of Object.entries(actionStep(name).with ?? {})) {
        const m = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(String(value));
        if (!m) continue;
        const input = call.inputs[m[1] ?? ''];
        expect([name, key, input]).not.toEqual([name, key, undefined]);
        if (!input || input.required) continue;
        // Passing a value always overrides the action's default, so the two must agree:
        // an empty string would switch extra-tags, source-tag, … off rather than default them.
        const spec = INPUTS[key as keyof typeof INPUTS];
        expect([name, key, String(input.default)]).toEqual([name, key, spec.default]);
        if (input.type === 'boolean') {
          expect([name, key, ['true', 'false'].includes(spec.default)]).toEqual([name, key, true]);
        }
      }
    }
  });

  it('forwards what a caller needs, the overlay settings always together', () => {
    const forwarded = new Set(
      Object.values(workflow.jobs).flatMap((j) =>
        j.steps.flatMap((s) => (s.uses === './.image-promote' ? Object.keys(s.with ?? {}) : [])),
      ),
    );
    for (const key of [
      'images',
      'registry',
      'overlay',
      'overlay-format',
      'overlay-repository',
      'overlay-branch',
      'overlay-token',
      'from-overlay',
      'create-missing',
      'environment',
      'tag',
      'tag-template',
      'pr-tag-template',
      'extra-tags',
      'promote-tags',
      'source-tag',
      'deploy-paths',
      'ignore-paths',
      'pin-digest',
      'write-overlay',
      'commit',
      'pull-request-branch',
      'commit-message',
    ]) {
      expect([key, forwarded.has(key)]).toEqual([key, true]);
    }
    // `commit` takes false | true | pull-request.
    expect(call.inputs.commit).toMatchObject({ type: 'string', default: 'false' });
    expect(call.secrets['overlay-token']).toMatchObject({ required: false });
    for (const name of Object.keys(workflow.jobs)) {
      const w = actionStep(name).with ?? {};
      // overlay paths are relative to overlay-repository: never one without the other.
      expect([
        name,
        w['overlay-repository'],
        w['overlay-branch'],
        w['overlay-token'],
        w['overlay-format'],
      ]).toEqual([
        name,
        expression('inputs.overlay-repository'),
        expression('inputs.overlay-branch'),
        expression('secrets.overlay-token'),
        expression('inputs.overlay-format'),
      ]);
      // The same decision settings in every job.
      for (const key of [
        'tag-template',
        'extra-tags',
        'source-tag',
        'deploy-paths',
        'ignore-paths',
      ]) {
        expect([name, key, w[key]]).toEqual([name, key, expression(`inputs.${key}`)]);
      }
    }
    // The tag request belongs to the plan; the build job builds the planned tag.
    expect(actionStep('plan').with?.tag).toBe(expression('inputs.tag'));
    expect(actionStep('build').with?.tag).toBe(expression('matrix.tag'));
    expect(actionStep('deploy').with).not.toHaveProperty('tag');
  });

  it('checks the caller’s repository out at checkout-fetch-depth in every job', () => {
    expect(call.inputs['checkout-fetch-depth']).toMatchObject({ type: 'number', default: 1 });
    for (const [name, j] of Object.entries(workflow.jobs)) {
      const own = j.steps.filter(
        (s) => s.uses?.startsWith('actions/checkout@') === true && s.with?.path === undefined,
      );
      expect([name, own.map((s) => s.with)]).toEqual([
        name,
        [{ 'fetch-depth': expression('inputs.checkout-fetch-depth') }],
      ]);
    }
  });

  it('exposes the write-back outputs of the deploy job', () => {
    for (const output of ['commit-sha', 'commits', 'pull-request-number', 'pull-request-url']) {
      expect(call.outputs[output]?.value).toBe(expression(`jobs.deploy.outputs.${output}`));
      expect(job('deploy').outputs?.[output]).toBe(expression(`steps.deploy.outputs.${output}`));
    }
  });

  it('runs no shell: every step is an action', () => {
    for (const j of Object.values(workflow.jobs)) {
      for (const step of j.steps) expect(step.run).toBeUndefined();
    }
  });
});
