/**
 * The picture of the environments for the job summary: a mermaid flowchart with one box per
 * environment the configuration knows (the config commit it runs), one node per image (the
 * tag and digest it runs, what this run changed, whether it is held), promotion arrows
 * between environments, and a markdown table under it with the same facts and the links
 * (commits, the compare view from an environment's config commit to the commit being
 * deployed) — GitHub renders mermaid with clicks disabled, so the table carries the links
 * and the diagram's `click` lines only help renderers that allow them.
 *
 * Node ids are generated (`e0`, `e0i1`); every text comes through escapeMermaid /
 * escapeMarkdown / codeSpan, so names and values cannot change the diagram's or the
 * table's structure. Pure.
 */
import {
  codeSpan,
  commitUrl,
  compareUrl,
  escapeMarkdown,
  escapeMermaid,
  markdownLink,
  type RepositoryLinks,
} from './escape.js';
import { describeOrigin, type HoldOrigin } from './holds.js';
import { shortDigest, shortRef, shortSha } from './text.js';

export interface PictureImage {
  name: string;
  /** What the environment runs: a reference, or the overlay's value as text. */
  runs?: string;
  /** The digest it runs (verified, or the one the overlay pins). */
  digest?: string;
  /** What this run changed (`kind`: build, promote, rollback, …). */
  change?: { from?: string; to: string; kind: string };
  /** The image is held (holds.ts): what holds it. */
  hold?: HoldOrigin;
}

export interface PictureEnvironment {
  name: string;
  /** The commit whose configuration the environment runs (its newest record). */
  configCommit?: string;
  /** The overlay commit of its newest record (what the GitOps controller applies). */
  overlayCommit?: string;
  images: PictureImage[];
}

export interface PictureOptions {
  /** Server and repository for links; without them nothing is linked. */
  links?: RepositoryLinks;
  /** The commit this run deploys: the compare view goes from each config commit to it. */
  head?: string;
  /** Promotion between environments, by name: `[['dev', 'staging'], ['staging', 'prod']]`. */
  flows?: readonly (readonly [string, string])[];
  /** Images drawn per environment (the table lists all); default 20. */
  maxImages?: number;
}

const BR = '<br/>';

/** The mermaid source of the picture (no code fence). */
export function renderMermaid(
  environments: readonly PictureEnvironment[],
  options: PictureOptions = {},
): string {
  const max = Math.max(1, options.maxImages ?? 20);
  const lines = ['flowchart LR'];
  const changed: string[] = [];
  const held: string[] = [];
  const clicks: string[] = [];
  environments.forEach((env, e) => {
    lines.push(`  subgraph e${e}["${escapeMermaid(environmentTitle(env))}"]`);
    lines.push('    direction TB');
    const shown = env.images.slice(0, max);
    shown.forEach((image, i) => {
      const id = `e${e}i${i}`;
      lines.push(`    ${id}["${imageLabel(image)}"]`);
      if (image.change) changed.push(id);
      if (image.hold) held.push(id);
      const link =
        options.links && env.configCommit ? commitUrl(options.links, env.configCommit) : undefined;
      if (link) clicks.push(`  click ${id} href "${link}" _blank`);
    });
    if (env.images.length > shown.length) {
      lines.push(`    e${e}more["${escapeMermaid(`+ ${env.images.length - shown.length} more`)}"]`);
    }
    if (env.images.length === 0) lines.push(`    e${e}none["${escapeMermaid('(no image)')}"]`);
    lines.push('  end');
  });
  const index = new Map(environments.map((env, e) => [env.name, e]));
  for (const [from, to] of options.flows ?? []) {
    const a = index.get(from);
    const b = index.get(to);
    if (a !== undefined && b !== undefined && a !== b) lines.push(`  e${a} --> e${b}`);
  }
  lines.push('  classDef changed fill:#dafbe1,stroke:#1a7f37,color:#000');
  lines.push('  classDef held fill:#fff8c5,stroke:#9a6700,color:#000');
  if (changed.length > 0) lines.push(`  class ${changed.join(',')} changed`);
  if (held.length > 0) lines.push(`  class ${held.join(',')} held`);
  lines.push(...clicks);
  return lines.join('\n');
}

/** The lines of an image's node, as plain text (escaped when drawn). */
export function imageLines(image: PictureImage): string[] {
  const lines = [image.name];
  const runs = [
    image.runs !== undefined ? shortRef(image.runs) : 'no value',
    ...(image.digest ? [shortDigest(image.digest)] : []),
  ];
  lines.push(runs.join(' · '));
  if (image.change) {
    const from = image.change.from !== undefined ? shortRef(image.change.from) : '(none)';
    lines.push(`this run: ${from} → ${shortRef(image.change.to)} (${image.change.kind})`);
  }
  if (image.hold) lines.push(`held: ${describeOrigin(image.hold)}`);
  return lines;
}

/** The title of an environment's box, as plain text. */
export function environmentTitle(env: PictureEnvironment): string {
  return `${env.name} · ${env.configCommit ? `config ${shortSha(env.configCommit)}` : 'config unknown'}`;
}

function imageLabel(image: PictureImage): string {
  return imageLines(image).map(escapeMermaid).join(BR);
}

/** The markdown table under the diagram: every image of every environment, with links. */
export function renderPictureTable(
  environments: readonly PictureEnvironment[],
  options: PictureOptions = {},
): string {
  const { links, head } = options;
  const rows = environments.flatMap((env) => {
    const config = env.configCommit;
    const configCell = config
      ? [
          markdownLink(shortSha(config), links && commitUrl(links, config)),
          ...(links && head && head !== config && compareUrl(links, config, head)
            ? [markdownLink(`compare with ${shortSha(head)}`, compareUrl(links, config, head))]
            : []),
        ].join(' · ')
      : '—';
    const overlayCell = env.overlayCommit
      ? markdownLink(shortSha(env.overlayCommit), links && commitUrl(links, env.overlayCommit))
      : '—';
    const images: (PictureImage | undefined)[] = env.images.length > 0 ? env.images : [undefined];
    return images.map((image) => {
      const runs = image
        ? [
            image.runs !== undefined ? codeSpan(shortRef(image.runs)) : 'no value',
            ...(image.digest ? [codeSpan(shortDigest(image.digest))] : []),
          ].join(' ')
        : '—';
      const change = image?.change
        ? `${codeSpan(image.change.from !== undefined ? shortRef(image.change.from) : '(none)')} → ${codeSpan(shortRef(image.change.to))} (${escapeMarkdown(image.change.kind)})`
        : '—';
      const hold = image?.hold ? escapeMarkdown(`held: ${describeOrigin(image.hold)}`) : '—';
      return `| ${escapeMarkdown(env.name)} | ${image ? escapeMarkdown(image.name) : '—'} | ${runs} | ${configCell} | ${overlayCell} | ${change} | ${hold} |`;
    });
  });
  return [
    '| Environment | Image | Runs | Config commit | Overlay commit | This run | Hold |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The summary section: a heading, the diagram in a mermaid fence, and the table. */
export function renderPicture(
  environments: readonly PictureEnvironment[],
  options: PictureOptions = {},
): string {
  if (environments.length === 0) return '';
  return [
    '#### Environments',
    '',
    '```mermaid',
    renderMermaid(environments, options),
    '```',
    '',
    renderPictureTable(environments, options),
    '',
  ].join('\n');
}
