/**
 * Change lists from the GitHub REST API, for when git cannot answer. Both endpoints are
 * capped by GitHub: pull request files at 3000, compare files at 300. A list that reaches
 * its cap — or that the client's page cap cut short — is reported incomplete, so the plan
 * builds instead of trusting it. The client (src/github/client.ts) is imported lazily: most
 * runs never need it.
 */
import type { GitHubLimits } from '../github/client.js';
import type { ChangedFile } from '../github/types.js';
import type { RequestTally } from '../http/tally.js';
import type { Logger } from '../log.js';
import type { ApiChangeSource } from './detect.js';

export const PR_FILES_CAP = 3000;
export const COMPARE_FILES_CAP = 300;

export interface GitHubApiOptions {
  token: string;
  owner: string;
  repo: string;
  /** The API root; default: GITHUB_API_URL, or derived from GITHUB_SERVER_URL (see src/github/server.ts). */
  baseUrl?: string;
  /** Where GITHUB_API_URL / GITHUB_SERVER_URL are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Files the event payload says the PR has (pull_request.changed_files), when known. */
  expectedPrFiles?: number;
  logger?: Logger;
  /** Timeouts, retries, body and page caps (default GITHUB_LIMITS). */
  limits?: Partial<GitHubLimits>;
  /** The run's request counts (src/http/tally.ts). */
  tally?: RequestTally;
}

function names(entries: readonly ChangedFile[]): string[] {
  const out = new Set<string>();
  for (const f of entries) {
    out.add(f.filename);
    // A rename counts on both sides, as in the git path.
    if (f.previousFilename) out.add(f.previousFilename);
  }
  return [...out];
}

export async function createGitHubChangeSource(
  options: GitHubApiOptions,
): Promise<ApiChangeSource> {
  const { createGitHubClient } = await import('../github/client.js');
  const { owner, repo: name, expectedPrFiles, ...clientOptions } = options;
  const client = createGitHubClient(clientOptions);
  const repo = { owner, repo: name };
  const incomplete = (files: string[], note: string) => ({ files, complete: false, note });
  return {
    async pullRequestFiles(number) {
      const listing = await client.listPullFiles(repo, number);
      const entries = listing.items;
      const files = names(entries);
      if (entries.length >= PR_FILES_CAP) {
        return incomplete(files, `the pull request files API stops at ${PR_FILES_CAP} files`);
      }
      if (listing.truncated) {
        return incomplete(
          files,
          `the pull request files API had more pages than a pull request can have (${entries.length} files in them)`,
        );
      }
      if (expectedPrFiles !== undefined && entries.length < expectedPrFiles) {
        return incomplete(
          files,
          `the API listed ${entries.length} of the ${expectedPrFiles} changed files`,
        );
      }
      return { files, complete: true };
    },
    async compareFiles(base, head) {
      const comparison = await client.compare(repo, base, head);
      if (comparison.files === undefined) {
        // No list at all (GitHub omits it for some large or odd comparisons): not "nothing changed".
        return incomplete([], 'the compare API returned no file list');
      }
      const files = names(comparison.files);
      if (comparison.files.length >= COMPARE_FILES_CAP) {
        return incomplete(files, `the compare API stops at ${COMPARE_FILES_CAP} files`);
      }
      return { files, complete: true };
    },
  };
}
