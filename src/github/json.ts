/**
 * Reading GitHub's answers as outside text: every value is checked for the shape it must
 * have before it is used, and a wrong shape becomes a GitHubApiError that names the request
 * and the place ("the GitHub API answered GET /repos/a/b/pulls with an object, not a
 * list"), never a TypeError from deep inside.
 */
import { GitHubApiError } from './errors.js';

export type JsonObject = Record<string, unknown>;

/** `an object`, `a list`, `a string`, `a number`, `true`, `null`, … for messages. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return String(value);
    default:
      return typeof value;
  }
}

/** `at` and `key` joined: `head.ref`, `[3].sha`, `number`. */
export function pathOf(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`;
}

/**
 * Checks the answer to one request; `where` is `METHOD /path`. Places in the answer are
 * paths: '' for the answer itself, `[3]` for a list's item, `[3].head.ref` for a field.
 */
export class JsonReader {
  constructor(
    readonly where: string,
    private readonly status: number,
  ) {}

  fail(problem: string): GitHubApiError {
    return new GitHubApiError(
      this.where,
      this.status,
      `the GitHub API answered ${this.where} with ${problem}`,
      'GITHUB_API_URL may not point at the GitHub REST API, or a proxy answers in its place',
    );
  }

  list(value: unknown): unknown[] {
    if (!Array.isArray(value)) throw this.fail(`${describeJson(value)}, not a list`);
    return value;
  }

  object(value: unknown, at = ''): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw this.fail(
        at === ''
          ? `${describeJson(value)}, not an object`
          : `${describeJson(value)} at ${at}, not an object`,
      );
    }
    return value as JsonObject;
  }

  /** An optional object field: undefined when absent or null. */
  optionalObject(o: JsonObject, key: string, at: string): JsonObject | undefined {
    const v = o[key];
    return v === undefined || v === null ? undefined : this.object(v, pathOf(at, key));
  }

  string(o: JsonObject, key: string, at: string): string {
    const v = o[key];
    if (typeof v !== 'string') {
      throw this.fail(`${describeJson(v)} at ${pathOf(at, key)}, not a string`);
    }
    return v;
  }

  /** An optional string field: undefined when absent or null. */
  optionalString(o: JsonObject, key: string, at: string): string | undefined {
    const v = o[key];
    return v === undefined || v === null ? undefined : this.string(o, key, at);
  }

  /** A non-negative integer (ids, numbers, counts). */
  integer(o: JsonObject, key: string, at: string): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      throw this.fail(`${describeJson(v)} at ${pathOf(at, key)}, not a non-negative integer`);
    }
    return v;
  }

  optionalInteger(o: JsonObject, key: string, at: string): number | undefined {
    const v = o[key];
    return v === undefined || v === null ? undefined : this.integer(o, key, at);
  }

  optionalBoolean(o: JsonObject, key: string, at: string): boolean | undefined {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      throw this.fail(`${describeJson(v)} at ${pathOf(at, key)}, not true or false`);
    }
    return v;
  }

  /** A full commit SHA (40 hex, or 64 for SHA-256 repositories). */
  sha(o: JsonObject, key: string, at: string): string {
    const v = this.string(o, key, at);
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v)) {
      throw this.fail(`"${v.slice(0, 80)}" at ${pathOf(at, key)}, not a commit SHA`);
    }
    return v;
  }

  /** One of `allowed`. */
  oneOf<T extends string>(o: JsonObject, key: string, at: string, allowed: readonly T[]): T {
    const v = this.string(o, key, at);
    if (!(allowed as readonly string[]).includes(v)) {
      throw this.fail(
        `"${v.slice(0, 40)}" at ${pathOf(at, key)}, not one of ${allowed.join(', ')}`,
      );
    }
    return v as T;
  }
}
