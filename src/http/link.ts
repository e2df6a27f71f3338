/**
 * Pagination by RFC 8288 Link headers, as the registry's referrers API and GitHub's REST API
 * both use.
 */

/**
 * The `rel="next"` target of a Link header as written (a URL, maybe relative: resolve it
 * against the page it came with), or undefined.
 */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m?.[1] !== undefined && /\brel\s*=\s*"?(?:[^"]*\s)?next(?:\s[^"]*)?"?/i.test(m[2] ?? '')) {
      return m[1];
    }
  }
  return undefined;
}
