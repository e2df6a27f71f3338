/**
 * The environment a GitHub Actions runner gives a JavaScript action's process, recreated for
 * the benchmarks, and nothing of the invoking shell's: every measured process (image-promote,
 * node -e 0, paths-filter, git, skopeo) gets a complete environment built here. Inherited
 * variables change what is measured: NODE_EXTRA_CA_CERTS alone makes node 20 read a CA
 * bundle at start-up (+60 ms on this machine), NODE_OPTIONS or NODE_COMPILE_CACHE change
 * module loading, ~/.gitconfig and ~/.docker/config.json change git and skopeo.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** PATH (to find git, skopeo), a private empty HOME, a fixed locale, and the CI markers. */
export function baseEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
  };
}

/** The GITHUB_* variables of a push to main of acme/shop. */
export interface RunnerStep {
  home: string;
  workspace: string;
  eventPath: string;
  sha: string;
  outputFile: string;
  summaryFile: string;
  temp: string;
}

export function runnerEnv(step: RunnerStep): NodeJS.ProcessEnv {
  return {
    ...baseEnv(step.home),
    GITHUB_WORKSPACE: step.workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: step.eventPath,
    GITHUB_SHA: step.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'bench',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'deploy',
    GITHUB_OUTPUT: step.outputFile,
    GITHUB_STEP_SUMMARY: step.summaryFile,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: step.temp,
  };
}

interface ActionYml {
  inputs?: Record<string, { default?: unknown } | null>;
}

/**
 * INPUT_* as the runner sets them for an action.yml: every input with a value given or a
 * default, named `INPUT_<NAME>` (upper case, spaces as `_`, hyphens kept). A default that is
 * an expression (`${{ github.token }}`) is left empty: no benchmark talks to GitHub.
 */
export function inputEnv(actionYml: string, given: Record<string, string>): NodeJS.ProcessEnv {
  const spec = parse(readFileSync(actionYml, 'utf8')) as ActionYml;
  const names = Object.keys(spec.inputs ?? {});
  const unknown = Object.keys(given).filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`${actionYml} has no input ${unknown.join(', ')}`);
  const env: NodeJS.ProcessEnv = {};
  for (const name of names) {
    const fallback = spec.inputs?.[name]?.default;
    const value =
      given[name] ??
      (typeof fallback === 'string' && !fallback.includes('${{') ? fallback : undefined);
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Outputs from a GITHUB_OUTPUT file (`name<<delimiter` heredocs, or `name=value`). */
export function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<=]+?)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    out[m[1] ?? ''] = m[3] ?? '';
  for (const m of text.matchAll(/^([^\n<=]+?)=(.*)$/gm)) out[m[1] ?? ''] ??= m[2] ?? '';
  return out;
}
