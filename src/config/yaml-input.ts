/** Reading and parsing the YAML an input names, with errors that name the input. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InputError } from '../errors.js';

export function readInputFile(input: string, file: string, shown = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(
      input,
      `cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
}

/** Parses YAML with duplicate keys and alias bombs refused. */
export function parseInputYaml(input: string, text: string, what: string): unknown {
  try {
    return parse(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (err) {
    const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    throw new InputError(input, `${what} is not valid YAML: ${detail}`);
  }
}
