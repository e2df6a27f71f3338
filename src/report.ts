/**
 * Results → the action's outputs and job summary (and the CLI's JSON/table). Pure. Every
 * string that leaves here passes the one redactor: reasons may quote a registry's answer.
 */
import { strongest } from './changes/classify.js';
import type { DecisionName } from './config/types.js';
import type { ImageDecision, ImageResult, RunResult } from './engine/types.js';
import { summarizeCommits, type CommitsSummary } from './gitops/outputs.js';
import type { OutputName } from './config/inputs.js';
import type { RequestCount } from './http/tally.js';
import { codeSpan, escapeMarkdown } from './record/escape.js';
import { redact } from './redact.js';

const DECISION_ORDER: DecisionName[] = ['build', 'promote', 'rollback', 'reuse', 'skip'];

/** Strongest first; an image the run never decided comes last. */
function rank(decision: ImageDecision): number {
  return decision === 'not-attempted' ? DECISION_ORDER.length : DECISION_ORDER.indexOf(decision);
}

export type ReportDecision = DecisionName | 'failed';

export interface Report {
  decision: ReportDecision;
  reason: string;
  tag: string;
  base: string;
  head: string;
  baseRule: string;
  changed: string;
  overlayChanged: boolean;
  /** Overlay files changed (or, in a dry run, that would change). */
  overlayFiles: string[];
  dryRun: boolean;
  commitSha: string;
  commits: CommitsSummary['commits'];
  pullRequest?: CommitsSummary['pullRequest'];
  images: ReportImage[];
  digests: Record<string, string>;
  matrix: { include: MatrixEntry[] };
  kustomizeArgs: string[];
  /** The environments picture of the job summary, markdown (src/record/picture.ts). */
  picture?: string;
  /** The HTTP requests the run sent, per registry and API host (the job summary's last line). */
  requests?: RequestCount[];
}

/** One entry of the `images` output; `reason` is redacted, and a failure's error added. */
export interface ReportImage extends Pick<
  ImageResult,
  'name' | 'repository' | 'decision' | 'reason' | 'status' | 'signature'
> {
  ref: string;
  tag: string;
  digest: string;
  /** The image's source key (64 hex), '' when it was not computed. */
  source: string;
  changed: string;
  /** What the environment ran before ('' when nothing). */
  from: string;
  /** The commit the explanation compared with. */
  base: string;
  /** Registry tags besides `tag` this run adds (or, when planned, will add). */
  addTags: string[];
}

export interface MatrixEntry {
  name: string;
  tag: string;
  repository: string;
}

function refOf(r: ImageResult): string {
  return `${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

export function buildReport(run: RunResult, head: string): Report {
  const images = run.images.map<ReportImage>((r) => ({
    name: r.name,
    repository: r.repository,
    ref: r.tag || r.digest ? refOf(r) : '',
    tag: r.tag ?? '',
    digest: r.digest ?? '',
    source: r.source ?? '',
    decision: r.decision,
    reason: redact(
      r.status === 'failed' ? `${r.reason} — FAILED: ${r.error ?? 'unknown error'}` : r.reason,
    ),
    status: r.status,
    changed: r.change,
    from: r.from ?? '',
    base: r.base ?? '',
    addTags: r.addedTags,
    ...(r.signature ? { signature: r.signature } : {}),
  }));
  const decision: ReportDecision = run.failure
    ? 'failed'
    : (DECISION_ORDER.find((d) => run.images.some((r) => r.decision === d)) ?? 'skip');
  const digests: Record<string, string> = {};
  for (const r of run.images) if (r.digest && r.status !== 'failed') digests[r.name] = r.digest;
  const first = run.images[0];
  const changes = run.changes;
  const unknown = run.images.some((r) => r.baseRule !== 'deployed' && changes && !changes.complete);
  const changed = unknown ? 'unknown' : strongest(run.images.map((r) => r.change));
  return {
    decision,
    reason: redact(overallReason(run)),
    tag: outputTag(run),
    base: first?.base ?? changes?.base ?? '',
    head,
    baseRule: first?.baseRule ?? changes?.baseRule ?? '',
    changed,
    overlayChanged: run.overlayChanged,
    overlayFiles: run.overlayFiles,
    dryRun: run.dryRun,
    ...summarizeCommits(run.commits),
    images,
    digests,
    matrix: {
      include: run.images
        .filter((r) => r.decision === 'build' && r.status === 'planned' && r.tag)
        .map((r) => ({ name: r.name, tag: r.tag ?? '', repository: r.repository })),
    },
    kustomizeArgs: run.images
      .filter((r) => r.status === 'verified' && (r.tag || r.digest))
      .map((r) => `${r.name}=${refOf(r)}`),
    ...(run.picture ? { picture: run.picture } : {}),
    ...(run.requests?.length ? { requests: run.requests } : {}),
  };
}

/**
 * The `tag` output: the tag this run deploys — of the first image that changes (is built,
 * promoted, rolled back or redeployed), else of the first that keeps running what it runs.
 * Only a tag the registry has (guarantee 1), or, when the run itself only plans (plan, dry
 * run, push: false), the tag it would push; never another image's tag when the image that
 * changes has none yet.
 */
function outputTag(run: RunResult): string {
  const usable = (r: ImageResult): boolean =>
    r.status === 'verified' || (run.planning && (r.status === 'planned' || r.status === 'built'));
  const changing = run.images.filter((r) => r.write && r.status !== 'failed');
  const pick = changing.length > 0 ? changing : run.images;
  const first = pick.find((r) => r.tag && usable(r));
  return first?.tag ?? '';
}

function overallReason(run: RunResult): string {
  if (run.failure) return run.failure;
  const [only] = run.images;
  if (run.images.length === 1 && only) return only.reason;
  // Images with the same decision and reason share one clause: "build api, web — …".
  const groups = new Map<string, { decision: ImageDecision; reason: string; names: string[] }>();
  for (const r of run.images) {
    const key = `${r.decision}\0${r.reason}`;
    const group = groups.get(key) ?? { decision: r.decision, reason: r.reason, names: [] };
    group.names.push(r.name);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => rank(a.decision) - rank(b.decision))
    .map((g) => `${g.decision} ${g.names.join(', ')} — ${g.reason}`)
    .join('; ');
}

/** The action outputs, all strings, redacted. */
export function reportOutputs(report: Report): Record<OutputName, string> {
  const outputs: Record<OutputName, string> = {
    decision: report.decision,
    reason: report.reason,
    tag: report.tag,
    images: JSON.stringify(report.images),
    digests: JSON.stringify(report.digests),
    matrix: JSON.stringify(report.matrix),
    base: report.base,
    head: report.head,
    'base-rule': report.baseRule,
    changed: report.changed,
    'overlay-changed': String(report.overlayChanged),
    'kustomize-args': report.kustomizeArgs.join(' '),
    'commit-sha': report.commitSha,
    commits: JSON.stringify(report.commits),
    'pull-request-number': report.pullRequest ? String(report.pullRequest.number) : '',
    'pull-request-url': report.pullRequest?.url ?? '',
  };
  for (const key of Object.keys(outputs) as OutputName[]) outputs[key] = redact(outputs[key]);
  return outputs;
}

/** The CLI's `--json`: the output fields, with camelCase names and parsed JSON values. */
export function reportJson(report: Report): Record<string, unknown> {
  return {
    decision: report.decision,
    reason: report.reason,
    tag: report.tag,
    base: report.base,
    head: report.head,
    baseRule: report.baseRule,
    changed: report.changed,
    overlayChanged: report.overlayChanged,
    images: report.images,
    digests: report.digests,
    matrix: report.matrix,
    kustomizeArgs: report.kustomizeArgs,
    ...(report.commitSha ? { commitSha: report.commitSha } : {}),
    ...(Object.keys(report.commits).length > 0 ? { commits: report.commits } : {}),
    ...(report.pullRequest ? { pullRequest: report.pullRequest } : {}),
  };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function shortDigest(digest: string): string {
  return digest ? `${digest.slice(0, 19)}…` : '';
}

function overlayNote(report: Report): string {
  if (report.overlayFiles.length === 0) return report.dryRun ? ' · dry run' : '';
  const files = report.overlayFiles.map((f) => `\`${f}\``).join(', ');
  return report.dryRun ? ` · dry run: would update ${files}` : ` · updated ${files}`;
}

function fromTo(i: ReportImage): string {
  if (!i.tag && !i.from) return '—';
  if (i.from && i.tag && i.from !== i.tag) return `${i.from} → ${i.tag}`;
  return i.tag || i.from;
}

function deliveryNote(report: Report): string {
  if (report.pullRequest)
    return ` · pull request [#${report.pullRequest.number}](${report.pullRequest.url})`;
  return report.commitSha ? ` · commit \`${report.commitSha.slice(0, 7)}\`` : '';
}

/** One host's count: `` `ghcr.io` 12 (1 retried, 1 × 429) ``. */
function requestCount(c: RequestCount): string {
  const notes = [
    ...(c.retried ? [`${c.retried} retried`] : []),
    ...(c.throttled ? [`${c.throttled} × 429`] : []),
  ];
  return `${codeSpan(c.host)} ${c.requests}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * The summary's last line: the requests sent to each registry (and to the GitHub API), every
 * attempt counted, retries among them. Pushes by docker (a build) are docker's, not counted.
 */
export function requestsLine(requests: readonly RequestCount[]): string | undefined {
  const part = (service: RequestCount['service'], label: string): string[] => {
    const of = requests.filter((c) => c.service === service);
    return of.length ? [`${label}: ${of.map(requestCount).join(' · ')}`] : [];
  };
  const parts = [
    ...part('registry', 'Registry requests'),
    ...part('github', 'GitHub API requests'),
  ];
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * Markdown for the job summary (redacted): the decisions, then the environments picture, then
 * the requests the run sent.
 * Reasons quote outside text (file names, a registry's answer, who rolled back): they are
 * markdown-escaped, so none of it can become a link, HTML or a table cell.
 */
export function summaryMarkdown(report: Report, title = 'image-promote'): string {
  const rows = report.images.map(
    (i) =>
      `| ${escapeCell(i.name)} | ${i.status === 'failed' ? '❌ ' : ''}${i.decision} | ${escapeCell(fromTo(i))} | ${shortDigest(i.digest) ? `\`${shortDigest(i.digest)}\`` : '—'} | ${i.status} | ${escapeMarkdown(i.reason)} |`,
  );
  const range = report.base
    ? `\`${report.base.slice(0, 7)}..${report.head.slice(0, 7)}\` (${report.baseRule})`
    : `\`${report.head.slice(0, 7)}\``;
  const requests = report.requests ? requestsLine(report.requests) : undefined;
  return redact(
    [
      `### ${title}: ${report.decision}`,
      '',
      escapeMarkdown(report.reason),
      '',
      `Changes: **${report.changed}** in ${range}${overlayNote(report)}${deliveryNote(report)}`,
      '',
      '| Image | Decision | From → to | Digest | Status | Reason |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      ...(report.picture ? [report.picture] : []),
      // After the rows' blank line, or the picture's last line break.
      ...(requests ? [requests, ''] : []),
    ].join('\n'),
  );
}

/** Plain-text table for the CLI (redacted). */
export function textTable(report: Report): string {
  // SOURCE: the first 16 hex of the image's source key (its source tag's), '—' when unknown.
  const header = ['IMAGE', 'DECISION', 'FROM → TO', 'SOURCE', 'STATUS', 'REASON'];
  const rows = report.images.map((i) => [
    i.name,
    i.decision,
    fromTo(i),
    i.source ? i.source.slice(0, 16) : '—',
    i.status,
    i.reason,
  ]);
  const last = header.length - 1;
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => (c === last ? 0 : (r[c] ?? '').length))),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ');
  const range = report.base
    ? `${report.base.slice(0, 7)}..${report.head.slice(0, 7)} (${report.baseRule})`
    : report.head.slice(0, 7);
  return redact(
    [
      `decision: ${report.decision} — ${report.reason}`,
      `changes:  ${report.changed} in ${range}`,
      '',
      line(header),
      ...rows.map(line),
      '',
    ].join('\n'),
  );
}
