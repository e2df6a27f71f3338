/**
 * The one git wrapper: every git command of the project runs through `Git.run`, which
 * goes through the exec wrapper with an argument array.
 */
import { exec as defaultExec, type Exec, type ExecResult } from './exec.js';
import { silentLogger, type Logger } from './log.js';

export const ZERO_SHA = '0000000000000000000000000000000000000000';
/** The empty tree object: a diff base for a root commit. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface GitRunOptions {
  allowFailure?: boolean;
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** The output is megabytes (see ExecOptions.largeOutput). */
  largeOutput?: boolean;
}

/** A full object id (SHA-1 or SHA-256), as git prints it. */
export const FULL_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export class Git {
  /** Commands that change the repository (fetches) run one at a time. */
  private exclusiveTail: Promise<unknown> = Promise.resolve();
  /**
   * Full ids known to be commits present here. Only positive answers are kept: a run only
   * ever adds objects (fetches), so a commit that was present stays present.
   */
  private readonly commits = new Set<string>();
  /** A command answered that the work tree is inside a repository. */
  private repository = false;

  constructor(
    readonly cwd: string,
    private readonly logger: Logger = silentLogger,
    private readonly execFn: Exec = defaultExec,
    /** Extra environment for every git call (author, askpass, …). */
    private readonly extraEnv: NodeJS.ProcessEnv = {},
  ) {}

  run(args: readonly string[], options: GitRunOptions = {}): Promise<ExecResult> {
    return this.execFn('git', args, {
      cwd: this.cwd,
      // Never prompt (there is no terminal in CI) and never page.
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_PAGER: 'cat',
        LC_ALL: 'C',
        ...this.extraEnv,
        ...options.env,
      },
      allowFailure: options.allowFailure,
      input: options.input,
      logger: this.logger,
      ...(options.largeOutput ? { largeOutput: true } : {}),
    });
  }

  /**
   * Runs `fn` after every earlier exclusive call has finished: two fetches into one
   * repository at once fight over its lock files and shallow file.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.exclusiveTail.then(fn, fn);
    this.exclusiveTail = run.catch(() => undefined);
    return run;
  }

  /** Full SHA of a revision that is present locally, or undefined. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    if (this.commits.has(rev)) return rev;
    const r = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      {
        allowFailure: true,
      },
    );
    if (r.exitCode !== 0) return undefined;
    const sha = r.stdout.trim();
    this.rememberCommit(sha);
    return sha;
  }

  /**
   * Records that `sha` (a full id) names a commit present here, learned from a command that
   * needed it (e.g. a listing of `<sha>^{commit}`), so later lookups of it need no git call.
   */
  rememberCommit(sha: string): void {
    if (!FULL_ID.test(sha)) return;
    this.commits.add(sha);
    this.repository = true;
  }

  /** Whether the work tree is inside a git repository (`git rev-parse --git-dir` succeeds). */
  async isRepository(): Promise<boolean> {
    if (this.repository) return true;
    try {
      await this.run(['rev-parse', '--git-dir']);
    } catch {
      return false;
    }
    this.repository = true;
    return true;
  }

  async hasCommit(sha: string): Promise<boolean> {
    return (await this.resolveCommit(sha)) !== undefined;
  }

  /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
      allowFailure: true,
    });
    if (r.exitCode === 0) return true;
    if (r.exitCode === 1) return false;
    throw new Error(
      `git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${r.stderr.trim()}`,
    );
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.run(['merge-base', a, b], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] : undefined;
  }

  async isShallow(): Promise<boolean> {
    const r = await this.run(['rev-parse', '--is-shallow-repository']);
    return r.stdout.trim() === 'true';
  }

  async remotes(): Promise<string[]> {
    const r = await this.run(['remote'], { allowFailure: true });
    return r.stdout.split('\n').filter(Boolean);
  }

  /** Top-level directory of the work tree. */
  async topLevel(): Promise<string> {
    return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
  }
}
