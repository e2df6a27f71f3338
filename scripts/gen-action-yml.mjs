// Regenerates action.yml (inputs and outputs) and README.md's outputs table from
// src/config/inputs.ts, the one table of inputs and outputs. `npm run action-yml` writes them;
// `--check` writes nothing and exits 1 naming the files that are not current
// (__tests__/unit/action/action-yml.test.ts runs it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import ts from 'typescript';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const source = readFileSync(join(root, 'src/config/inputs.ts'), 'utf8');
const js = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = mkdtempSync(join(tmpdir(), 'ip-action-yml-'));
const file = join(dir, 'inputs.mjs');
writeFileSync(file, js);
const { INPUTS, OUTPUTS } = await import(pathToFileURL(file).href);
rmSync(dir, { recursive: true, force: true });
const major = readFileSync(join(root, '.node-version'), 'utf8').trim();

/** The description, with the values an input allows when its kind says them. */
function describe(spec) {
  if (spec.kind === 'enum') return `${spec.description} One of: ${spec.values.join(', ')}.`;
  if (spec.kind === 'integer') {
    return `${spec.description} A whole number from ${spec.min} to ${spec.max}.`;
  }
  return spec.description;
}

const doc = {
  name: 'image-promote',
  description:
    'Build once, promote the same digest everywhere: build, reuse, promote or roll back container images and update GitOps overlays.',
  author: 'image-promote maintainers',
  branding: { icon: 'package', color: 'blue' },
  inputs: Object.fromEntries(
    Object.entries(INPUTS)
      .filter(([, spec]) => spec.cli !== true)
      .map(([name, spec]) => [
        name,
        { description: describe(spec), required: false, default: spec.default },
      ]),
  ),
  outputs: Object.fromEntries(
    Object.entries(OUTPUTS).map(([name, d]) => [name, { description: d }]),
  ),
  runs: { using: `node${major}`, main: 'dist/index.js' },
};
/** Both files as prettier (the repository's format check) leaves them. */
async function formatted(path, text) {
  return prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });
}

const actionPath = join(root, 'action.yml');
const actionYml = await formatted(
  actionPath,
  `# Generated from src/config/inputs.ts by scripts/gen-action-yml.mjs — edit the table, then npm run action-yml.\n${stringify(doc, { lineWidth: 0 })}`,
);

const START = '<!-- outputs:start (generated from src/config/inputs.ts: npm run action-yml) -->';
const END = '<!-- outputs:end -->';
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from === -1 || to < from) {
  console.error(`README.md needs the markers ${START} and ${END} around the outputs table`);
  process.exit(1);
}
const cell = (text) => text.replace(/\|/g, '\\|');
const table = [
  '| output | meaning |',
  '| --- | --- |',
  ...Object.entries(OUTPUTS).map(([name, d]) => `| \`${name}\` | ${cell(d)} |`),
].join('\n');
const newReadme = await formatted(
  readmePath,
  `${readme.slice(0, from)}${START}\n\n${table}\n\n${readme.slice(to)}`,
);

const stale = [];
for (const [path, text] of [
  [actionPath, actionYml],
  [readmePath, newReadme],
]) {
  if (readFileSync(path, 'utf8') === text) continue;
  stale.push(path.slice(root.length + 1));
  if (!check) writeFileSync(path, text);
}
if (check && stale.length > 0) {
  console.error(`not current: ${stale.join(', ')} — run npm run action-yml`);
  process.exit(1);
}
