// Regenerates action.yml from src/config/inputs.ts (the one table of inputs and outputs).
// `npm run action-yml`; __tests__/unit/action/action-yml.test.ts fails when they drift.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

const doc = {
  name: 'image-promote',
  description:
    'Build once, promote the same digest everywhere: build, reuse, promote or roll back container images and update GitOps overlays.',
  author: 'image-promote maintainers',
  branding: { icon: 'package', color: 'blue' },
  inputs: Object.fromEntries(
    Object.entries(INPUTS).map(([name, spec]) => [
      name,
      { description: spec.description, required: false, default: spec.default },
    ]),
  ),
  outputs: Object.fromEntries(
    Object.entries(OUTPUTS).map(([name, d]) => [name, { description: d }]),
  ),
  runs: { using: `node${major}`, main: 'dist/index.js' },
};
writeFileSync(
  join(root, 'action.yml'),
  `# Generated from src/config/inputs.ts by scripts/gen-action-yml.mjs — edit the table, then npm run action-yml.\n${stringify(doc, { lineWidth: 0 })}`,
);
