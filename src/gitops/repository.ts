/**
 * Which git repository holds an overlay file. A second checkout inside the workspace
 * (actions/checkout with `path: gitops`) is its own repository: its overlays are committed
 * and pushed there, never in the outer one. Overlays in several repositories give one
 * commit per repository.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { exec as defaultExec, type Exec } from '../exec.js';
import { Git } from '../git.js';
import { silentLogger, type Logger } from '../log.js';
import { withoutCredentials, withToken } from './auth.js';

/** `owner/name` of a repository on a GitHub server (for the pull request API). */
export interface GitHubRepository {
  owner: string;
  repo: string;
}

export interface OverlayRepository {
  /** The work tree's top-level directory (real path). */
  root: string;
  /** For outputs and logs: `owner/name`, a URL without credentials, or a workspace-relative path. */
  label: string;
  /** Runs git in `root` (with the token in its environment, when there is one). */
  git: Git;
  /** Where commits go: the checked-out branch, or the target branch given for a detached HEAD. */
  branch?: string;
  /** Remote name pushes go to (`origin` when present); undefined when there is none. */
  remote?: string;
  /** That remote's URL, without credentials. */
  remoteUrl?: string;
  /** The repository on GitHub, when the remote URL names one (`host/owner/name`). */
  github?: GitHubRepository;
}

export interface GitOptions {
  logger?: Logger;
  /** Extra environment for every git call (tests: an isolated git configuration). */
  gitEnv?: NodeJS.ProcessEnv;
  /** For tests: how commands run. */
  exec?: Exec;
}

export interface LocateOptions extends GitOptions {
  /** Relative file names are relative to this directory (default: the process's). */
  cwd?: string;
  /** Labels are relative to this directory (the workspace); default: absolute paths. */
  workspace?: string;
  /**
   * Branch to commit to when the *workspace's own* repository has a detached HEAD (tag and
   * release checkouts). Never applied to another repository: a nested checkout must be on
   * a branch.
   */
  branch?: string;
  /**
   * Token for the repository's remote, sent only where tokenDecision (./auth.ts) allows:
   * over HTTPS (plain HTTP only to loopback), scoped to the remote's URL.
   */
  token?: string;
  /** The job's github-token: a `token` equal to it only goes to GITHUB_SERVER_URL's host. */
  githubToken?: string;
  /** GITHUB_SERVER_URL (default: the environment's, else https://github.com). */
  serverUrl?: string;
}

/** `owner/name` from a GitHub-style remote URL, or undefined. */
export function githubRepositoryOf(url: string): GitHubRepository | undefined {
  const clean = withoutCredentials(url.trim());
  const m =
    /^(?:https?|ssh|git):\/\/[^/]+\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(clean) ??
    /^[\w.-]+@[\w.-]+:\/?([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(clean);
  if (!m?.[1] || !m[2]) return undefined;
  return { owner: m[1], repo: m[2] };
}

function labelOf(root: string, workspace: string | undefined): string {
  if (workspace === undefined) return root;
  const rel = relative(workspace, root);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return root;
  return rel.split(sep).join('/');
}

async function realDirOf(file: string): Promise<string> {
  try {
    return dirname(await realpath(file));
  } catch {
    // Not there (yet): its directory decides.
    try {
      return await realpath(dirname(resolve(file)));
    } catch {
      throw new UserError(`${file}: neither the file nor its directory exists`);
    }
  }
}

async function remoteOf(git: Git, branch: string | undefined): Promise<string | undefined> {
  if (branch !== undefined) {
    const name = (await git.configGet(`branch.${branch}.remote`))?.trim();
    // `.` means "this repository": nothing to push to.
    if (name !== undefined && name !== '' && name !== '.') return name;
  }
  const remotes = await git.remotes();
  return remotes.includes('origin') ? 'origin' : remotes[0];
}

/** The real path of the top-level directory of the repository that holds `file`. */
async function topLevelOf(file: string, options: LocateOptions): Promise<string> {
  const dir = await realDirOf(resolve(options.cwd ?? process.cwd(), file));
  const probe = new Git(dir, options.logger ?? silentLogger, options.exec ?? defaultExec, {
    ...options.gitEnv,
  });
  const top = await probe.showToplevel();
  if (top === undefined) {
    throw new UserError(
      `${file} is not inside a git repository, so its change cannot be committed: check the overlay out with git (actions/checkout), or set overlay-repository`,
    );
  }
  return realpath(top);
}

/** The git repository that holds `file`, with its branch and remote. */
export async function locateRepository(
  file: string,
  options: LocateOptions = {},
): Promise<OverlayRepository> {
  return repositoryAt(await topLevelOf(file, options), options);
}

/** The repository whose top-level directory is `root` (a real path), with its branch and remote. */
async function repositoryAt(root: string, options: LocateOptions): Promise<OverlayRepository> {
  const logger = options.logger ?? silentLogger;
  const execFn = options.exec ?? defaultExec;
  const gitEnv = options.gitEnv ?? {};
  let git = new Git(root, logger, execFn, gitEnv);
  const workspaceRoot =
    options.workspace === undefined ? undefined : await realpath(options.workspace);
  const checkedOut = await git.currentBranch();
  const isWorkspaceRepository = workspaceRoot === undefined || workspaceRoot === root;
  const branch = checkedOut ?? (isWorkspaceRepository ? options.branch : undefined);
  const remote = await remoteOf(git, checkedOut);
  const remoteUrl = remote === undefined ? undefined : await git.remoteUrl(remote);
  if (options.token && remoteUrl !== undefined) {
    const serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL;
    const { env } = withToken(
      withoutCredentials(remoteUrl),
      options.token,
      { serverUrl, githubToken: options.githubToken },
      `the remote ${remote ?? ''} of ${labelOf(root, workspaceRoot)}`,
      logger,
      gitEnv,
    );
    git = new Git(root, logger, execFn, env);
  }
  const github = remoteUrl === undefined ? undefined : githubRepositoryOf(remoteUrl);
  return {
    root,
    label: labelOf(root, workspaceRoot),
    git,
    ...(branch !== undefined ? { branch } : {}),
    ...(remote !== undefined ? { remote } : {}),
    ...(remoteUrl !== undefined ? { remoteUrl: withoutCredentials(remoteUrl) } : {}),
    ...(github ? { github } : {}),
  };
}

export interface RepositoryGroup {
  repository: OverlayRepository;
  /** The files it holds (absolute paths, in the order given). */
  files: string[];
}

/** Groups `files` by the repository that holds them, in the order they first appear. */
export async function groupByRepository(
  files: readonly string[],
  options: LocateOptions = {},
): Promise<RepositoryGroup[]> {
  const groups: RepositoryGroup[] = [];
  for (const given of files) {
    const file = resolve(options.cwd ?? process.cwd(), given);
    const root = await topLevelOf(file, options);
    let group = groups.find((g) => g.repository.root === root);
    if (!group) {
      group = { repository: await repositoryAt(root, options), files: [] };
      groups.push(group);
    }
    if (!group.files.includes(file)) group.files.push(file);
  }
  return groups;
}
