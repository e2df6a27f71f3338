/**
 * bench/startup: what the action costs before it does anything useful, measured on whole
 * processes as the runner starts them.
 *   (a) the JavaScript a non-ECR action run loads: dist/index.js plus every chunk it imports
 *       on that path, recorded by a module loader hook (target ≤ 1 MB);
 *   (b) action cold start to outputs: `node dist/index.js` with INPUT_* variables and an
 *       event file, for a reuse decision against a loopback distribution registry (source
 *       tag lookup, deployed tag lookup, verification; no docker), against `node -e 0`,
 *       alternating pairwise, median of the per-pair ratios (target ≤ 1.6×).
 * Run: npm run bench -- startup
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pushImage, pushManifest } from '../__tests__/support/oci-fixtures.js';
import { startRegistry } from '../__tests__/support/servers.js';
import { INPUTS, type InputName } from '../src/config/inputs.js';
import { pairwise, ratioLine, timed, type Command } from './support/measure.js';

const PAIRS = 21;
const SIZE_TARGET_BYTES = 1024 * 1024;
const STARTUP_TARGET = 1.6;

// scripts/bench.mjs passes the freshly bundled action. (A literal path here would make ncc
// copy dist/index.js into the benchmark bundle without its lazily loaded chunks.)
const action = process.env.IP_BENCH_ACTION ?? '';
if (!action)
  throw new Error(
    'run through `npm run bench -- startup` (IP_BENCH_ACTION names the bundled action)',
  );

/** One action run to measure: its environment and what its outputs must say. */
interface ActionScenario {
  /** Shown in the report, e.g. "docs-only push → skip". */
  title: string;
  /** The complete environment of the action process (INPUT_*, GITHUB_*). */
  env: NodeJS.ProcessEnv;
  /** The GITHUB_OUTPUT file, emptied before every run. */
  outputFile: string;
  /** Outputs the run must produce; a wrong decision would make the timing meaningless. */
  expect: Record<string, string>;
  cleanup(): void | Promise<void>;
}

function git(cwd: string, args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'gc.auto=0', ...args],
    { cwd, encoding: 'utf8' },
  );
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** INPUT_* as the runner sets them: every input, defaults from action.yml unless given. */
function inputEnv(inputs: Partial<Record<InputName, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, spec] of Object.entries(INPUTS) as [InputName, { default: string }][]) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] =
      inputs[name] ?? (spec.default.includes('${{') ? '' : spec.default);
  }
  return env;
}

/**
 * A reuse decision against a real registry: the overlay runs `sha-<c1>` of image `api`, the
 * registry holds that image under both `sha-<c1>` and the source tag the action computes for
 * the deployed commit, and the push changes only deploy config. The action looks the source
 * tag up, finds the running image, re-verifies it and decides `reuse`: no build, no write.
 * The source tag comes from a first run of the action in mode `plan` (its `images` output).
 */
async function reuseDecision(): Promise<ActionScenario> {
  const dir = mkdtempSync(join(tmpdir(), 'ip-bench-startup-'));
  const registry = await startRegistry();
  try {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    const imageRepo = `${registry.localhost}/acme/api`;
    const overlay = (tag: string, replicas: number): Record<string, string> => ({
      'deploy/kustomization.yaml': [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - deployment.yaml',
        'images:',
        '  - name: api',
        `    newName: ${imageRepo}`,
        `    newTag: ${tag}`,
        '',
      ].join('\n'),
      'deploy/deployment.yaml': `kind: Deployment\nspec:\n  replicas: ${replicas}\n`,
    });
    write(repo, {
      'services/api/Dockerfile': 'FROM scratch\nCOPY main.go /\n',
      'services/api/main.go': 'package main\n',
      'docs/guide.md': '# guide\n',
    });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'initial']);
    const built = git(repo, ['rev-parse', 'HEAD']).trim();
    const deployedTag = `sha-${built.slice(0, 7)}`;
    write(repo, overlay(deployedTag, 1));
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', `deploy ${deployedTag}`]);
    const before = git(repo, ['rev-parse', 'HEAD']).trim();
    // The push: deploy config only (replicas), so the image's source is unchanged.
    write(repo, overlay(deployedTag, 2));
    git(repo, ['commit', '-q', '-am', 'scale api']);
    const after = git(repo, ['rev-parse', 'HEAD']).trim();
    const image = await pushImage({ url: registry.url }, 'acme/api', deployedTag, {
      seed: 'bench-startup',
    });

    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        ref: 'refs/heads/main',
        before,
        after,
        forced: false,
        repository: { default_branch: 'main', full_name: 'acme/shop' },
      }),
    );
    const outputFile = join(dir, 'output');
    const summary = join(dir, 'summary');
    writeFileSync(summary, '');
    const inputs = {
      image: 'api',
      registry: `${registry.localhost}/acme`,
      context: 'services/api',
      overlay: 'deploy/kustomization.yaml',
    };
    const envFor = (mode: string): NodeJS.ProcessEnv => ({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...inputEnv({ ...inputs, mode }),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: after,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: dir,
    });
    // The source tag the action computes for this commit: from a plan run's outputs.
    writeFileSync(outputFile, '');
    timed({ file: process.execPath, args: [action], options: { env: envFor('plan'), cwd: repo } });
    const planned = JSON.parse(readOutputs(outputFile).images ?? '[]') as { source?: string }[];
    const source = planned[0]?.source;
    if (!source || !/^[0-9a-f]{64}$/.test(source))
      throw new Error(`the plan run gave no source key: ${JSON.stringify(planned)}`);
    await pushManifest(
      { url: registry.url },
      'acme/api',
      `src-${source.slice(0, 16)}`,
      image.manifest,
      image.mediaType,
    );
    return {
      title: 'deploy-config push → reuse (registry lookups, no build)',
      env: envFor('auto'),
      outputFile,
      expect: { decision: 'reuse', changed: 'deploy', tag: deployedTag },
      cleanup: async () => {
        await registry.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await registry.stop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Outputs from a GITHUB_OUTPUT file (`name<<delimiter` heredocs). */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of readFileSync(file, 'utf8').matchAll(
    /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm,
  ))
    out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

function actionCommand(scenario: ActionScenario, extraArgs: string[] = []): Command {
  return {
    file: process.execPath,
    args: [...extraArgs, action],
    options: { env: scenario.env, cwd: scenario.env.GITHUB_WORKSPACE },
    reset: () => {
      writeFileSync(scenario.outputFile, '');
    },
    check: (stdout) => {
      const outputs = readOutputs(scenario.outputFile);
      for (const [name, value] of Object.entries(scenario.expect)) {
        if (outputs[name] !== value) {
          throw new Error(
            `action output ${name} is ${JSON.stringify(outputs[name])}, expected ${JSON.stringify(value)}:\n${stdout}`,
          );
        }
      }
    },
  };
}

/** Runs the action once with a loader hook and returns the files under dist/ it loaded. */
function loadedFiles(scenario: ActionScenario): { path: string; bytes: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'ip-bench-hooks-'));
  try {
    const log = join(dir, 'loaded.txt');
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(log, '');
    writeFileSync(
      hooks,
      [
        "import { appendFileSync } from 'node:fs';",
        'export async function load(url, context, next) {',
        '  const result = await next(url, context);',
        `  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
        '  return result;',
        '}',
      ].join('\n'),
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    timed(actionCommand(scenario, ['--import', pathToFileURL(register).href]));
    const dist = dirname(action);
    const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))]
      .map((url) => fileURLToPath(url))
      .filter((path) => !relative(dist, path).startsWith('..'));
    return files.map((path) => ({ path, bytes: statSync(path).size }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

async function main(): Promise<void> {
  console.log(`node ${process.version}; action ${relative(process.cwd(), action)}`);
  const scenario = await reuseDecision();
  try {
    // (a) what a non-ECR run loads
    const files = loadedFiles(scenario);
    if (!files.some((f) => f.path === action))
      throw new Error('the loader hook saw no dist/index.js');
    const total = files.reduce((n, f) => n + f.bytes, 0);
    console.log(`\n(a) JavaScript loaded by a non-ECR action run (${scenario.title})`);
    for (const f of files)
      console.log(
        `    ${relative(dirname(action), f.path).padEnd(16)} ${kib(f.bytes).padStart(9)}`,
      );
    console.log(
      `loaded JavaScript: ${(total / 1024 / 1024).toFixed(2)} MB (target ≤ 1 MB) → ${total <= SIZE_TARGET_BYTES ? 'met' : 'NOT met'}`,
    );

    // (b) cold start to outputs vs an empty node process
    const empty: Command = { file: process.execPath, args: ['-e', '0'] };
    const result = pairwise(actionCommand(scenario), empty, PAIRS, 3);
    console.log(
      `\n(b) action cold start to outputs (${scenario.title}), ${PAIRS} alternating pairs`,
    );
    console.log(ratioLine('startup', 'node -e 0', result, STARTUP_TARGET));
  } finally {
    await scenario.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
