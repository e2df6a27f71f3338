/**
 * The bodies of the CLI's `history OVERLAY [--json]` and `status` commands: gathering (git,
 * the overlay files) and formatting, without argument parsing or printing. The text forms
 * escape outside text for a terminal (escapeTerminal); the JSON forms are JSON.
 */
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import type { Git } from '../git.js';
import type { Logger } from '../log.js';
import { escapeTerminal } from './escape.js';
import { describeOrigin } from './holds.js';
import { readHistory, type HistoryEntry, type HistoryImage } from './history.js';
import { readStatus, type EnvironmentOverlay, type EnvironmentStatus } from './status.js';
import { formatTime, fromTo, shortDigest, shortRef, shortSha } from './text.js';

export interface HistoryCommand {
  git: Git;
  overlay: OverlayConfig;
  images?: readonly ImageConfig[];
  json?: boolean;
  limit?: number;
  logger?: Logger;
}

/** `history OVERLAY [--json]`: the overlay's deploys, newest first. */
export async function historyCommand(options: HistoryCommand): Promise<string> {
  const entries = await readHistory(options.git, options.overlay.file, {
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    derive: { overlay: options.overlay, ...(options.images ? { images: options.images } : {}) },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return options.json
    ? `${JSON.stringify(historyJson(entries), null, 2)}\n`
    : historyText(entries, options.overlay.path);
}

/** `status`: what each environment's overlay runs now. */
export async function statusCommand(
  environments: readonly EnvironmentOverlay[],
  options: { json?: boolean; logger?: Logger } = {},
): Promise<string> {
  const statuses = await readStatus(environments, {
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return options.json ? `${JSON.stringify(statusJson(statuses), null, 2)}\n` : statusText(statuses);
}

/** Columns padded to their widest cell (the last one is not padded). */
function columns(rows: readonly string[][], indent = ''): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length);
    });
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) =>
          i === row.length - 1
            ? cell
            : cell + ' '.repeat((widths[i] ?? 0) - Array.from(cell).length),
        )
        .join('  ')
        .trimEnd(),
  );
}

function imageCells(image: HistoryImage): string[] {
  const notes: string[] = [];
  if (image.rolledBackFrom) notes.push(`rolled back from ${shortRef(image.rolledBackFrom.ref)}`);
  return [
    escapeTerminal(image.name),
    image.kind,
    image.to !== undefined ? escapeTerminal(fromTo(image.from, image.to)) : '',
    image.digest ? shortDigest(image.digest) : '',
    notes.join('; '),
  ];
}

export function historyText(entries: readonly HistoryEntry[], overlay: string): string {
  if (entries.length === 0) return `${escapeTerminal(overlay)}: no commit changed it\n`;
  const out: string[] = [];
  for (const e of entries) {
    const head = [formatTime(e.time), shortSha(e.commit), escapeTerminal(e.actor)];
    if (e.record) {
      if (e.record.environment !== undefined) head.push(escapeTerminal(e.record.environment));
      if (e.record.configCommit) head.push(`config ${shortSha(e.record.configCommit)}`);
    } else {
      head.push(`(no record) ${escapeTerminal(e.subject)}`);
    }
    out.push(head.join('  '));
    out.push(...columns(e.images.map(imageCells), '  '));
    if (e.record && e.images.length === 0) out.push('  (configuration only)');
    for (const note of e.ignored) out.push(`  note: the record ${escapeTerminal(note)}`);
  }
  return `${out.join('\n')}\n`;
}

export function historyJson(entries: readonly HistoryEntry[]): Record<string, unknown>[] {
  return entries.map((e) => ({
    commit: e.commit,
    time: e.time.toISOString(),
    actor: e.actor,
    subject: e.subject,
    recorded: e.record !== undefined,
    ...(e.record?.environment !== undefined ? { environment: e.record.environment } : {}),
    ...(e.record?.configCommit !== undefined ? { configCommit: e.record.configCommit } : {}),
    ...(e.record?.run !== undefined ? { run: e.record.run } : {}),
    images: e.images,
    ...(e.ignored.length > 0 ? { ignored: e.ignored } : {}),
  }));
}

export function statusText(statuses: readonly EnvironmentStatus[]): string {
  const out: string[] = [];
  for (const s of statuses) {
    const head = [escapeTerminal(s.environment), escapeTerminal(s.overlay)];
    if (s.problem !== undefined) {
      out.push(`${head.join('  ')}  cannot be read: ${escapeTerminal(s.problem)}`);
      continue;
    }
    head.push(s.configCommit ? `config ${shortSha(s.configCommit)}` : 'config unknown (no record)');
    out.push(head.join('  '));
    const rows = s.images.map((i) => [
      escapeTerminal(i.name),
      i.value !== undefined ? escapeTerminal(shortRef(i.value)) : '(no value)',
      i.digest ? shortDigest(i.digest) : '',
      i.since
        ? `${i.since.kind} ${shortSha(i.since.commit)} by ${escapeTerminal(i.since.actor)} at ${formatTime(i.since.time)}`
        : '',
      i.hold ? `held: ${escapeTerminal(describeOrigin(i.hold))}` : '',
    ]);
    out.push(...columns(rows, '  '));
  }
  return `${out.join('\n')}\n`;
}

export function statusJson(statuses: readonly EnvironmentStatus[]): Record<string, unknown>[] {
  return statuses.map((s) => ({
    environment: s.environment,
    overlay: s.overlay,
    ...(s.problem !== undefined ? { problem: s.problem } : {}),
    ...(s.configCommit ? { configCommit: s.configCommit } : {}),
    ...(s.latest ? { latestCommit: s.latest.commit } : {}),
    images: s.images.map((i) => ({
      name: i.name,
      ...(i.value !== undefined ? { value: i.value } : {}),
      ...(i.digest !== undefined ? { digest: i.digest } : {}),
      ...(i.since
        ? {
            since: {
              commit: i.since.commit,
              time: i.since.time.toISOString(),
              actor: i.since.actor,
              kind: i.since.kind,
            },
          }
        : {}),
      ...(i.hold
        ? {
            held: {
              commit: i.hold.entry.commit,
              time: i.hold.entry.time.toISOString(),
              ...(i.hold.entry.actor !== undefined ? { actor: i.hold.entry.actor } : {}),
              kind: i.hold.image.kind,
              source: i.hold.source,
              ...(i.hold.image.rolledBackFrom
                ? { rolledBackFrom: i.hold.image.rolledBackFrom }
                : {}),
            },
          }
        : {}),
    })),
  }));
}
