/**
 * Change lists from the GitHub REST API, for when git cannot answer. Both endpoints are
 * capped by GitHub: pull request files at 3000, compare files at 300. A list that
 * reaches its cap is reported incomplete, so the plan builds instead of trusting it.
 * @actions/github (octokit) is imported lazily: most runs never need it.
 */
import type { ApiChangeSource } from './detect.js';

export const PR_FILES_CAP = 3000;
export const COMPARE_FILES_CAP = 300;

export interface GitHubApiOptions {
  token: string;
  owner: string;
  repo: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or a GHES/test server URL. */
  baseUrl?: string;
  /** Files the event payload says the PR has (pull_request.changed_files), when known. */
  expectedPrFiles?: number;
}

interface FileEntry {
  filename: string;
  previous_filename?: string;
}

function names(entries: readonly FileEntry[]): string[] {
  const out = new Set<string>();
  for (const f of entries) {
    out.add(f.filename);
    // A rename counts on both sides, as in the git path.
    if (f.previous_filename) out.add(f.previous_filename);
  }
  return [...out];
}

export async function createGitHubChangeSource(
  options: GitHubApiOptions,
): Promise<ApiChangeSource> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const { owner, repo } = options;
  return {
    async pullRequestFiles(number) {
      const entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      });
      const files = names(entries);
      if (entries.length >= PR_FILES_CAP) {
        return {
          files,
          complete: false,
          note: `the pull request files API stops at ${PR_FILES_CAP} files`,
        };
      }
      if (options.expectedPrFiles !== undefined && entries.length < options.expectedPrFiles) {
        return {
          files,
          complete: false,
          note: `the API listed ${entries.length} of the ${options.expectedPrFiles} changed files`,
        };
      }
      return { files, complete: true };
    },
    async compareFiles(base, head) {
      const r = await octokit.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${base}...${head}`,
      });
      if (r.data.files === undefined) {
        // No list at all (GitHub omits it for some large or odd comparisons): not "nothing changed".
        return { files: [], complete: false, note: 'the compare API returned no file list' };
      }
      const entries = r.data.files;
      const files = names(entries);
      if (entries.length >= COMPARE_FILES_CAP) {
        return {
          files,
          complete: false,
          note: `the compare API stops at ${COMPARE_FILES_CAP} files`,
        };
      }
      return { files, complete: true };
    },
  };
}
