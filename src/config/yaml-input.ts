/** Reading and parsing the YAML an input names, with errors that name the input. */
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { InputError } from '../errors.js';

/** The longest input file read (an images list or CLI config is a few KB). */
const MAX_INPUT_FILE_BYTES = 1024 * 1024;

/**
 * Reads the file an input names. Only regular files: a FIFO would block the run forever,
 * a device or a huge file is never an image list.
 */
export function readInputFile(
  input: string,
  file: string,
  shown = file,
  what = 'a regular YAML file',
): string {
  const cannot = (err: unknown) =>
    new InputError(
      input,
      `cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  let info;
  try {
    info = statSync(file);
  } catch (err) {
    throw cannot(err);
  }
  if (!info.isFile()) {
    const kind = info.isDirectory()
      ? 'a directory'
      : info.isFIFO()
        ? 'a FIFO'
        : 'not a regular file';
    throw new InputError(input, `${shown} is ${kind}`, `name ${what}`);
  }
  if (info.size > MAX_INPUT_FILE_BYTES) {
    throw new InputError(input, `${shown} is ${info.size} bytes`, 'an input file is at most 1 MiB');
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw cannot(err);
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
