/**
 * One gate for every record, written or read: `sanitizeRecord` keeps what is valid and says
 * why the rest was left out, never throws. The trailer writer writes only what it keeps, so
 * whatever it writes reads back the same; the readers (trailers, deployment payloads) keep
 * only what it accepts. Reasons name fields and valid image names, never the rejected text.
 * Pure.
 */
import { RECORD_VERSION, type DeployRecord, type RecordImage } from './types.js';
import {
  checkCommit,
  checkDigest,
  checkKind,
  checkName,
  checkReference,
  checkSource,
  checkText,
  checkUrl,
  type Checked,
} from './values.js';

/** More images than any configuration has: the rest of a longer record is left out. */
export const MAX_IMAGES = 1000;

/** A record as text fields, before validation (from trailers, JSON, or the engine). */
export interface RawImage {
  name?: string;
  kind?: string;
  from?: string;
  to?: string;
  digest?: string;
  source?: string;
  rolledBackFrom?: string;
  rolledBackFromDigest?: string;
}

export interface RawRecord {
  version?: string;
  environment?: string;
  configCommit?: string;
  actor?: string;
  run?: string;
  images: RawImage[];
}

export interface Sanitized {
  /** Undefined when nothing of a record is left (no or an unknown version). */
  record?: DeployRecord;
  /** What was left out, and why. */
  ignored: string[];
}

/** The raw form of a record (for the writers: everything goes through sanitizeRecord). */
export function rawRecord(record: DeployRecord): RawRecord {
  return {
    version: String(record.version),
    ...(record.environment !== undefined ? { environment: record.environment } : {}),
    ...(record.configCommit !== undefined ? { configCommit: record.configCommit } : {}),
    ...(record.actor !== undefined ? { actor: record.actor } : {}),
    ...(record.run !== undefined ? { run: record.run } : {}),
    images: record.images.map((i) => ({
      name: i.name,
      kind: i.kind,
      to: i.to,
      ...(i.from !== undefined ? { from: i.from } : {}),
      ...(i.digest !== undefined ? { digest: i.digest } : {}),
      ...(i.source !== undefined ? { source: i.source } : {}),
      ...(i.rolledBackFrom !== undefined
        ? {
            rolledBackFrom: i.rolledBackFrom.ref,
            ...(i.rolledBackFrom.digest !== undefined
              ? { rolledBackFromDigest: i.rolledBackFrom.digest }
              : {}),
          }
        : {}),
    })),
  };
}

export function sanitizeRecord(raw: RawRecord): Sanitized {
  const ignored: string[] = [];
  if (raw.version === undefined) return { ignored: ['the record has no version'] };
  if (!/^[0-9]{1,9}$/.test(raw.version)) return { ignored: ['the record version is not a number'] };
  const version = Number(raw.version);
  if (version !== RECORD_VERSION) {
    return {
      ignored: [
        version > RECORD_VERSION
          ? `the record has version ${version}, written by a newer image-promote: update image-promote to read it`
          : `the record version ${version} is not one image-promote writes`,
      ],
    };
  }
  const field = (label: string, value: string | undefined, check: (v: string) => Checked) => {
    if (value === undefined) return undefined;
    const c = check(value);
    if (c.ok) return c.value;
    ignored.push(`${label} ${c.reason}`);
    return undefined;
  };
  const environment = field('the environment', raw.environment, checkText);
  const configCommit = field('the config commit', raw.configCommit, checkCommit);
  const actor = field('the actor', raw.actor, checkText);
  const run = field('the run URL', raw.run, checkUrl);
  const images: RecordImage[] = [];
  const seen = new Set<string>();
  raw.images.forEach((img, index) => {
    if (images.length >= MAX_IMAGES) {
      if (images.length === MAX_IMAGES && index === MAX_IMAGES)
        ignored.push(`images after the first ${MAX_IMAGES}`);
      return;
    }
    const nameCheck = img.name === undefined ? undefined : checkName(img.name);
    if (!nameCheck?.ok) {
      ignored.push(
        `image #${index + 1}: ${nameCheck ? `its name ${nameCheck.reason}` : 'it has no name'}`,
      );
      return;
    }
    const name = nameCheck.value;
    if (seen.has(name)) {
      ignored.push(`image ${name}: listed twice, the first one is kept`);
      return;
    }
    const kind = img.kind === undefined ? undefined : checkKind(img.kind);
    if (!kind?.ok) {
      ignored.push(`image ${name}: ${kind ? `its kind ${kind.reason}` : 'it has no kind'}`);
      return;
    }
    const to = img.to === undefined ? undefined : checkReference(img.to);
    if (!to?.ok) {
      ignored.push(`image ${name}: ${to ? `its "to" ${to.reason}` : 'it has no "to"'}`);
      return;
    }
    const from = field(`image ${name}: its "from"`, img.from, checkReference);
    const digest = field(`image ${name}: its digest`, img.digest, checkDigest);
    const source = field(`image ${name}: its source key`, img.source, checkSource);
    let rolledBackFrom: RecordImage['rolledBackFrom'];
    if (img.rolledBackFrom !== undefined || img.rolledBackFromDigest !== undefined) {
      if (kind.value !== 'rollback' && kind.value !== 'redeploy') {
        ignored.push(`image ${name}: "rolled back from" belongs to a rollback or redeploy only`);
      } else if (img.rolledBackFrom === undefined) {
        ignored.push(`image ${name}: a "rolled back from" digest without its reference`);
      } else {
        const ref = field(
          `image ${name}: its "rolled back from"`,
          img.rolledBackFrom,
          checkReference,
        );
        const rbDigest = field(
          `image ${name}: its "rolled back from" digest`,
          img.rolledBackFromDigest,
          checkDigest,
        );
        if (ref !== undefined) rolledBackFrom = { ref, ...(rbDigest ? { digest: rbDigest } : {}) };
      }
    }
    seen.add(name);
    images.push({
      name,
      kind: kind.value,
      ...(from !== undefined ? { from } : {}),
      to: to.value,
      ...(digest !== undefined ? { digest } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(rolledBackFrom ? { rolledBackFrom } : {}),
    });
  });
  return {
    record: {
      version: RECORD_VERSION,
      ...(environment !== undefined ? { environment } : {}),
      ...(configCommit !== undefined ? { configCommit } : {}),
      ...(actor !== undefined ? { actor } : {}),
      ...(run !== undefined ? { run } : {}),
      images,
    },
    ignored,
  };
}

/** Why a record the engine built would not be written in full (empty when it would). */
export function recordProblems(record: DeployRecord): string[] {
  return sanitizeRecord(rawRecord(record)).ignored;
}

/** A record as JSON (a deployment's payload). Only what sanitizeRecord keeps. */
export function recordToJson(record: DeployRecord): Record<string, unknown> {
  const clean = sanitizeRecord(rawRecord(record)).record;
  return clean ? { imagePromoteRecord: { ...rawRecord(clean), version: clean.version } } : {};
}

/** A record from JSON (a deployment's payload); anything unexpected is left out with a reason. */
export function recordFromJson(payload: unknown): Sanitized {
  const body = isObject(payload) ? payload.imagePromoteRecord : undefined;
  if (!isObject(body)) return { ignored: ['the payload holds no image-promote record'] };
  const ignored: string[] = [];
  const text = (obj: Record<string, unknown>, key: string, label: string): string | undefined => {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    ignored.push(`${label} is not a string`);
    return undefined;
  };
  const list = Array.isArray(body.images) ? (body.images as unknown[]) : [];
  if (body.images !== undefined && !Array.isArray(body.images))
    ignored.push('images is not a list');
  const images: RawImage[] = list.flatMap((entry, i) => {
    if (!isObject(entry)) {
      ignored.push(`image #${i + 1} is not an object`);
      return [];
    }
    const raw: RawImage = {};
    for (const key of [
      'name',
      'kind',
      'from',
      'to',
      'digest',
      'source',
      'rolledBackFrom',
      'rolledBackFromDigest',
    ] as const) {
      const v = text(entry, key, `image #${i + 1}: ${key}`);
      if (v !== undefined) raw[key] = v;
    }
    return [raw];
  });
  const raw: RawRecord = { images };
  if (typeof body.version === 'number') raw.version = String(body.version);
  for (const key of ['version', 'environment', 'configCommit', 'actor', 'run'] as const) {
    if (key === 'version' && raw.version !== undefined) continue;
    const v = text(body, key, key);
    if (v !== undefined) raw[key] = v;
  }
  const result = sanitizeRecord(raw);
  return { ...result, ignored: [...ignored, ...result.ignored] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
