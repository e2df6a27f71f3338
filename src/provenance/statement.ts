/**
 * The source statement: an in-toto Statement v1 whose subject is one image (its repository and
 * sha256 digest) and whose predicate says which source it was built from (the source key and
 * its definition version), by which repository, commit, workflow and run, and which
 * image-promote wrote it. docs/trust.md documents the predicate; its type URI names version 1
 * and changes when a field's meaning changes. Pure: no I/O, no signing.
 *
 * `parseSourceStatement` reads text from a registry, i.e. from anyone who can push: every
 * field is checked (types, lengths, shapes, and that the run URL belongs to the repository),
 * unknown predicate fields are ignored, and a statement of another predicate type is refused.
 */

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Version 1 of image-promote's source predicate (an identifier: nothing fetches it). */
export const SOURCE_PREDICATE_TYPE = 'https://github.com/image-promote/source/v1';

/** Statements are a few hundred bytes; anything far larger is not one of ours. */
const MAX_STATEMENT_BYTES = 64 * 1024;

/** What the signer states about the image, besides the image itself. */
export interface SourceStatementFields {
  /** The image's source key: 64 lowercase hex (src/source/keys.ts). */
  sourceKey: string;
  /** The definition the key was computed with (src/source/keys.ts SOURCE_KEY_VERSION). */
  sourceKeyVersion: string;
  /** `owner/name` of the repository the source comes from. */
  repository: string;
  /** The forge's base URL, e.g. `https://github.com` or a GHES host; no trailing slash. */
  serverUrl: string;
  /** The commit the source key was computed at: 40 (or, for sha256 repositories, 64) hex. */
  commit: string;
  /** `owner/repo/.github/workflows/<file>@<ref>` of the signing workflow, when one signed. */
  workflowRef?: string;
  /** `<serverUrl>/<repository>/actions/runs/<id>/attempts/<n>`, when a workflow run signed. */
  runUrl?: string;
  /** The image-promote version that wrote the statement. */
  imagePromoteVersion: string;
}

export interface SourceStatement extends SourceStatementFields {
  subject: {
    /** The image repository, e.g. `ghcr.io/acme/api` (informational: the digest binds). */
    name: string;
    /** `sha256:<64 hex>`. */
    digest: string;
  };
}

/** Text that is not a valid source statement; `message` says which field and why. */
export class StatementError extends Error {
  override readonly name = 'StatementError';
}

const HEX64 = /^[0-9a-f]{64}$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/;
/** Printable text without whitespace other than single spaces. */
const PRINTABLE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const NO_SPACE = /^[\x21-\x7e]+$/;

function text(value: unknown, field: string, max: number, shape: RegExp): string {
  if (typeof value !== 'string') throw new StatementError(`${field} is not a string`);
  if (value.length > max) throw new StatementError(`${field} is longer than ${max} characters`);
  if (!shape.test(value)) throw new StatementError(`${field} has an invalid form`);
  return value;
}

/** `https://host[:port]` (GHES may be plain http on a private network), nothing else. */
function serverUrlOf(value: unknown): string {
  const raw = text(value, 'serverUrl', 200, NO_SPACE).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StatementError('serverUrl is not a URL');
  }
  const bare = url.pathname === '/' || url.pathname === '';
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    !bare
  ) {
    throw new StatementError('serverUrl must be a bare http(s) origin such as https://github.com');
  }
  return url.origin;
}

/** The run URL image-promote writes for a workflow run. */
export function runUrlOf(
  serverUrl: string,
  repository: string,
  runId: string | number,
  attempt: string | number,
): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}/attempts/${attempt}`;
}

function runUrlField(value: unknown, serverUrl: string, repository: string): string {
  const url = text(value, 'runUrl', 400, NO_SPACE);
  const prefix = `${serverUrl}/${repository}/actions/runs/`;
  if (!url.startsWith(prefix) || !/^\d{1,20}\/attempts\/\d{1,6}$/.test(url.slice(prefix.length))) {
    throw new StatementError(
      `runUrl must be ${prefix}<id>/attempts/<n> (a run of the statement's repository)`,
    );
  }
  return url;
}

function checkFields(fields: Record<string, unknown>): SourceStatementFields {
  const repository = text(fields.repository, 'repository', 201, REPOSITORY);
  const serverUrl = serverUrlOf(fields.serverUrl);
  const out: SourceStatementFields = {
    sourceKey: text(fields.sourceKey, 'sourceKey', 64, HEX64),
    sourceKeyVersion: text(fields.sourceKeyVersion, 'sourceKeyVersion', 128, PRINTABLE),
    repository,
    serverUrl,
    commit: text(fields.commit, 'commit', 64, COMMIT),
    imagePromoteVersion: text(fields.imagePromoteVersion, 'imagePromoteVersion', 64, VERSION),
  };
  if (fields.workflowRef !== undefined) {
    const ref = text(fields.workflowRef, 'workflowRef', 1024, NO_SPACE);
    if (!/^[^@]+\/\.github\/workflows\/[^@]+@.+$/.test(ref)) {
      throw new StatementError('workflowRef must be <owner>/<repo>/.github/workflows/<file>@<ref>');
    }
    out.workflowRef = ref;
  }
  if (fields.runUrl !== undefined) out.runUrl = runUrlField(fields.runUrl, serverUrl, repository);
  return out;
}

function subjectOf(name: unknown, digest: unknown): SourceStatement['subject'] {
  const n = text(name, 'subject name', 512, NO_SPACE);
  const d = text(digest, 'subject digest', 71, /^sha256:[0-9a-f]{64}$/);
  return { name: n, digest: d };
}

/**
 * The statement for an image and the exact bytes to sign. Throws StatementError (naming the
 * field) for a value that a reader would refuse.
 */
export function buildSourceStatement(
  subject: { name: string; digest: string },
  fields: SourceStatementFields,
): { statement: SourceStatement; bytes: Buffer } {
  const checked = checkFields({ ...fields });
  const s = subjectOf(subject.name, subject.digest);
  const predicate = {
    sourceKey: checked.sourceKey,
    sourceKeyVersion: checked.sourceKeyVersion,
    repository: checked.repository,
    serverUrl: checked.serverUrl,
    commit: checked.commit,
    ...(checked.workflowRef !== undefined ? { workflowRef: checked.workflowRef } : {}),
    ...(checked.runUrl !== undefined ? { runUrl: checked.runUrl } : {}),
    imagePromoteVersion: checked.imagePromoteVersion,
  };
  const statement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: s.name, digest: { sha256: s.digest.slice('sha256:'.length) } }],
    predicateType: SOURCE_PREDICATE_TYPE,
    predicate,
  };
  return { statement: { ...checked, subject: s }, bytes: Buffer.from(JSON.stringify(statement)) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text of a bounded size; StatementError otherwise. */
function jsonObject(bytes: Uint8Array): Record<string, unknown> {
  if (bytes.length > MAX_STATEMENT_BYTES) {
    throw new StatementError(`the statement is larger than ${MAX_STATEMENT_BYTES} bytes`);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new StatementError('the statement is not valid JSON');
  }
  if (!isRecord(json)) throw new StatementError('the statement is not a JSON object');
  return json;
}

/**
 * The predicate type a statement claims, read without trusting anything else in it (to sort
 * bundles before they are verified); undefined when it is not an in-toto statement.
 */
export function peekPredicateType(bytes: Uint8Array): string | undefined {
  try {
    const json = jsonObject(bytes);
    return typeof json.predicateType === 'string' ? json.predicateType.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a source statement (v1) from untrusted bytes; StatementError says what is wrong. */
export function parseSourceStatement(bytes: Uint8Array): SourceStatement {
  const json = jsonObject(bytes);
  if (json._type !== IN_TOTO_STATEMENT_V1) {
    throw new StatementError(`_type is not ${IN_TOTO_STATEMENT_V1}`);
  }
  if (json.predicateType !== SOURCE_PREDICATE_TYPE) {
    throw new StatementError(`predicateType is not ${SOURCE_PREDICATE_TYPE}`);
  }
  const { subject, predicate } = json;
  if (!Array.isArray(subject) || subject.length !== 1) {
    throw new StatementError('subject must list exactly one image');
  }
  const only: unknown = subject[0];
  if (!isRecord(only) || !isRecord(only.digest)) {
    throw new StatementError('subject[0] has no digest object');
  }
  const hex = only.digest.sha256;
  const s = subjectOf(only.name, typeof hex === 'string' ? `sha256:${hex}` : hex);
  if (!isRecord(predicate)) throw new StatementError('predicate is not an object');
  return { ...checkFields(predicate), subject: s };
}
