// The house rules for imports, checked by `npm run lint`: every module of src/ belongs to a
// layer (docs/design.md, "Layers"), imports point only down (to its own layer or a lower
// one), and the module graph has no cycle (static, type-only and dynamic imports all count:
// a lazy import is still a dependency). Exits 1 listing every violation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/**
 * Lowest first. A path matches the first entry whose prefix it starts with (a file, or a
 * folder ending in `/`). A module may import its own layer and the layers before it.
 */
export const LAYERS = [
  ['base', ['errors.ts', 'redact.ts', 'log.ts', 'exec.ts', 'paths.ts', 'reference.ts', 'http/']],
  ['git', ['git.ts']],
  ['model', ['config/types.ts', 'config/inputs.ts', 'event/', 'github/']],
  ['rules', ['tags/', 'changes/', 'source/']],
  ['adapters', ['registry/', 'build/', 'overlay/', 'provenance/']],
  ['places', ['gitops/', 'record/']],
  ['config', ['config/']],
  ['engine', ['engine/']],
  ['report', ['report.ts', 'wiring.ts']],
  ['doors', ['action/', 'cli/', 'cli.ts', 'main.ts', 'index.ts']],
];

function layerOf(file) {
  const rel = relative(src, file).split('\\').join('/');
  for (const [index, [name, prefixes]] of LAYERS.entries()) {
    if (prefixes.some((p) => (p.endsWith('/') ? rel.startsWith(p) : rel === p))) {
      return { index, name };
    }
  }
  return undefined;
}

function sources(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Relative imports of `file`, resolved to .ts files (comments stripped first). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out = new Set();
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec) continue;
    // JSON (package.json) is data, not a module with imports of its own.
    if (spec.endsWith('.json')) continue;
    out.add(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return [...out];
}

const files = sources(src);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const problems = [];
const rel = (f) => relative(root, f).split('\\').join('/');

for (const [file, deps] of graph) {
  const from = layerOf(file);
  if (!from) {
    problems.push(
      `${rel(file)}: belongs to no layer (add it to LAYERS in scripts/check-imports.mjs)`,
    );
    continue;
  }
  for (const dep of deps) {
    if (!graph.has(dep)) {
      problems.push(`${rel(file)}: imports ${rel(dep)}, which does not exist`);
      continue;
    }
    const to = layerOf(dep);
    if (to && to.index > from.index) {
      problems.push(
        `${rel(file)} (${from.name}) imports ${rel(dep)} (${to.name}): imports point down the layers`,
      );
    }
  }
}

// Cycles: Tarjan's strongly connected components; any component of more than one module
// (or a module importing itself) is a cycle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
function connect(v) {
  index.set(v, counter);
  low.set(v, counter);
  counter++;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!graph.has(w)) continue;
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) {
      low.set(v, Math.min(low.get(v), index.get(w)));
    }
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) {
      problems.push(`import cycle: ${component.map(rel).sort().join(' ↔ ')}`);
    }
  }
}
for (const file of files) if (!index.has(file)) connect(file);

if (problems.length > 0) {
  console.error(`check-imports: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-imports: ${files.length} modules, ${LAYERS.length} layers, no cycle`);
