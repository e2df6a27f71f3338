/**
 * The CLI's config file: YAML whose keys are the action's input names. Values may be
 * YAML lists/maps/booleans; they are turned into the strings the action would receive,
 * so one parser (parse.ts) serves both.
 */
import { stringify } from 'yaml';
import { parseInputYaml, readInputFile } from './yaml-input.js';
import { InputError } from '../errors.js';
import { INPUTS, type InputName, type InputSource } from './inputs.js';

/** Lists and maps that the action would receive as YAML text (not lines, not scalars). */
function isYamlData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return false;
  return !(
    Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

function toInputString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!isYamlData(value)) return (value as (string | number)[]).map(String).join('\n');
  return stringify(value);
}

/** Reads a config file; unknown keys are an error that names them. */
export function fileInputSource(path: string, env: NodeJS.ProcessEnv): InputSource {
  let doc = parseInputYaml('--config', readInputFile('--config', path), path);
  if (doc === null || doc === undefined) doc = {};
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError(
      '--config',
      `${path} must be a map whose keys are the action's input names`,
    );
  }
  const values = doc as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    if (!(key in INPUTS)) {
      throw new InputError(
        '--config',
        `${path} has an unknown key "${key}"`,
        `use the action's input names: ${Object.keys(INPUTS).join(', ')}`,
      );
    }
  }
  return {
    // The parsed list itself: parsing its YAML text again would give the same data.
    structured(name: InputName): unknown {
      return name in values && isYamlData(values[name]) ? values[name] : undefined;
    },
    get(name: InputName): string {
      if (name in values) return toInputString(values[name]);
      // The action gets the job token by default; the CLI takes it from the environment.
      if (name === 'github-token') return env.GITHUB_TOKEN ?? '';
      return INPUTS[name].default;
    },
  };
}
