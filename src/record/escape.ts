/**
 * Escaping outside text (environment and image names, actors, values, file names) for the
 * formats the record is shown in, and the only links it makes. Pure.
 *
 * - Markdown (job summary, table cells): ASCII punctuation is backslash-escaped, `<`, `>`
 *   and `&` become entities, line breaks become spaces: no link, image, HTML, code span,
 *   table cell or heading can come from the text.
 * - Mermaid (inside a quoted label): every character outside `[A-Za-z0-9 .,:_/@+=-]`
 *   becomes mermaid's numeric entity (`#34;` for `"`), so no quote, bracket, `%%`,
 *   backtick, semicolon or line break reaches the diagram's syntax; mermaid shows the
 *   entities as the characters they stand for.
 */
import { COMMIT_RE } from './values.js';

// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Text for markdown (a table cell, a list item, a paragraph), on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~"'$%=:;,?@^]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A value (tag, digest, reference) as a code span; text with any other character is
 * escaped instead (a `|` would end a table cell even inside a code span).
 */
export function codeSpan(text: string): string {
  return /^[A-Za-z0-9._:/@+ -]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

const MERMAID_SAFE = /^[A-Za-z0-9 .,:_/@+=-]$/;

/** Text for a quoted mermaid label (`id["…"]`), on one line. */
export function escapeMermaid(text: string): string {
  let out = '';
  for (const ch of text.replace(LINE_BREAKS, ' ')) {
    out += MERMAID_SAFE.test(ch) ? ch : `#${ch.codePointAt(0) ?? 0};`;
  }
  return out;
}

/** Where the repository lives on its server: the links are made from these only. */
export interface RepositoryLinks {
  /** `https://github.com` (GITHUB_SERVER_URL). */
  server: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
}

const SERVER_RE = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** The links base, or undefined when server or repository do not look like one. */
export function repositoryLinks(
  server: string | undefined,
  repository: string | undefined,
): RepositoryLinks | undefined {
  const s = server?.replace(/\/+$/, '');
  if (!s || !repository || !SERVER_RE.test(s) || !REPOSITORY_RE.test(repository)) return undefined;
  if (repository.split('/').some((part) => part === '.' || part === '..')) return undefined;
  return { server: s, repository };
}

/** `<server>/<owner>/<repo>/commit/<sha>`, for a full commit id only. */
export function commitUrl(links: RepositoryLinks, sha: string): string | undefined {
  return COMMIT_RE.test(sha) ? `${links.server}/${links.repository}/commit/${sha}` : undefined;
}

/** `<server>/<owner>/<repo>/compare/<a>...<b>`, for full commit ids only. */
export function compareUrl(links: RepositoryLinks, a: string, b: string): string | undefined {
  return COMMIT_RE.test(a) && COMMIT_RE.test(b)
    ? `${links.server}/${links.repository}/compare/${a}...${b}`
    : undefined;
}

/** A markdown link: `[label](url)` with the label escaped (the url is one made above). */
export function markdownLink(label: string, url: string | undefined): string {
  return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}

/**
 * Text for a terminal or a log line: control characters (an escape sequence, a line break
 * that would start a workflow command) are shown as `\xNN` / `\uNNNN` instead.
 */
export function escapeTerminal(text: string): string {
  return text.replace(LINE_BREAKS, (run) =>
    Array.from(run, (c) => {
      const code = c.codePointAt(0) ?? 0;
      return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
    }).join(''),
  );
}
