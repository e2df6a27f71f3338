/**
 * The one git wrapper, modelled on actions/checkout's git-command-manager: every git command
 * of the project is a named verb of `Git` (below), each running through `Git.run` and the
 * exec wrapper with an argument array. `Git.run` itself is for this file and for
 * src/gitops/ only; eslint.config.js refuses a literal argument list passed to `.run(`
 * anywhere else.
 *
 * No string from outside (a branch a remote names, an input, a tag from an event payload, a
 * SHA read from a tag or an image label) is ever read by git as an option: every verb puts
 * revisions after `--end-of-options` (or `--`), takes branch and tag names only as
 * `refs/heads/<name>` / `refs/tags/<name>` after checking them with `checkRefFormat` (git's
 * own `check-ref-format` rules, property-tested against the git binary), and takes only full
 * object ids where it fetches by id.
 */
import { isAbsolute, resolve } from 'node:path';
import { UserError } from './errors.js';
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
  /** stdout is bytes, kept undecoded (see ExecOptions.binary). */
  binary?: boolean;
}

/** A full object id (SHA-1 or SHA-256), as git prints it. */
export const FULL_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export interface RefFormatOptions {
  /** `--branch`: `name` is a branch name (checked as `refs/heads/<name>`, no leading `-`, not `HEAD`). */
  branch?: boolean;
  /** `--allow-onelevel`: a name without `/` is allowed. */
  allowOneLevel?: boolean;
}

/** Characters git never allows in a ref name (besides control characters and DEL). */
const REF_BAD_CHARACTERS = new Set([' ', '~', '^', ':', '?', '*', '[', '\\']);

/** A lone UTF-16 surrogate: the string has no UTF-8 form, so git would get other bytes. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * `git check-ref-format [--allow-onelevel] <name>` and `git check-ref-format --branch <name>`
 * (outside a repository, so `@{-1}` is not expanded) as one pure function: true exactly when
 * git 2.39 answers 0. The rules (git-check-ref-format(1)): components separated by `/`, none
 * empty, none starting with `.` or ending with `.lock`; at least two components unless
 * allowOneLevel; no `..`, no `@{`, not `@` alone, not ending with `.`; no control character,
 * DEL, space, `~ ^ : ? * [ \`. A name starting with `-` is refused (git reads it as an
 * option); so is a string that has no UTF-8 form (NUL, a lone surrogate).
 * `__tests__/unit/property/ref-format.test.ts` compares it with the git binary.
 */
export function checkRefFormat(name: string, options: RefFormatOptions = {}): boolean {
  if (name.startsWith('-')) return false;
  if (options.branch) return name !== 'HEAD' && checkRefFormat(`refs/heads/${name}`);
  if (name === '@' || name.endsWith('.') || name.includes('..') || name.includes('@{')) {
    return false;
  }
  if (LONE_SURROGATE.test(name)) return false;
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || REF_BAD_CHARACTERS.has(ch)) return false;
  }
  const components = name.split('/');
  if (components.length < 2 && !options.allowOneLevel) return false;
  return components.every((c) => c !== '' && !c.startsWith('.') && !c.endsWith('.lock'));
}

/** A branch name git accepts (`git check-ref-format --branch`). */
export function isBranchName(name: string): boolean {
  return checkRefFormat(name, { branch: true });
}

/** A tag name git accepts (what `git tag` checks: `refs/tags/<name>`, no leading `-`). */
export function isTagName(name: string): boolean {
  return !name.startsWith('-') && checkRefFormat(`refs/tags/${name}`);
}

/** A name from outside, quoted and cut short for an error message. */
export function shown(value: string): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}

/**
 * `name` when it is a valid branch name; otherwise a UserError naming `what` (the input or
 * the place the name came from) and the rule. The name is never passed to git unchecked.
 */
export function branchName(name: string, what: string): string {
  if (isBranchName(name)) return name;
  throw new UserError(
    `${what} ${shown(name)} is not a valid git branch name (git check-ref-format --branch): it must not start with "-", contain spaces, "..", "~^:?*[\\", "@{" or control characters, or end with "/", "." or ".lock"`,
  );
}

/** `name` when it is a full ref name (`refs/…`); otherwise a UserError naming `what`. */
export function fullRefName(name: string, what: string): string {
  if (name.startsWith('refs/') && checkRefFormat(name)) return name;
  throw new UserError(`${what} ${shown(name)} is not a valid full git ref name (refs/…)`);
}

/** `sha` when it is a full object id; otherwise a UserError naming `what`. */
export function objectId(sha: string, what: string): string {
  if (FULL_ID.test(sha)) return sha;
  throw new UserError(`${what} ${shown(sha)} is not a full git object id (40 or 64 hex digits)`);
}

/**
 * What fetch and deepen take: a full object id, a full ref name, or a refspec
 * `[+]<ref>[:<ref>]` of full ref names (`:` cannot be part of a ref name).
 */
function fetchable(rev: string): string {
  if (FULL_ID.test(rev)) return rev;
  const sides = rev.replace(/^\+/, '').split(':');
  if (sides.length <= 2 && sides.every((s) => s.startsWith('refs/') && checkRefFormat(s))) {
    return rev;
  }
  throw new UserError(
    `refusing to fetch ${shown(rev)}: not a full object id, ref name or refspec of ref names`,
  );
}

/** A line of `git ls-remote`: the object a ref names. */
export interface RemoteRef {
  sha: string;
  ref: string;
}

export interface FetchOptions {
  /** `--depth=<n>`: only in a clone that is shallow already (a depth makes a full clone shallow). */
  depth?: number;
  /** `--deepen=<n>`: n more commits of history. */
  deepen?: number;
  /** `--no-tags` (default true). */
  noTags?: boolean;
  quiet?: boolean;
}

function fetchFlags(options: FetchOptions): string[] {
  const count = (name: string, n: number | undefined): string[] => {
    if (n === undefined) return [];
    if (!Number.isInteger(n) || n < 1) throw new Error(`git fetch --${name}: ${n} is not a count`);
    return [`--${name}=${n}`];
  };
  return [
    ...(options.quiet ? ['--quiet'] : []),
    ...(options.noTags === false ? [] : ['--no-tags']),
    '--no-recurse-submodules',
    ...count('depth', options.depth),
    ...count('deepen', options.deepen),
  ];
}

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
  /** The work tree's top level, once asked (it does not move during a run). */
  private top: Promise<string> | undefined;
  /**
   * A command answered that the repository is not shallow. Only that answer is kept, and only
   * until this Git fetches (a fetch with a depth may make it shallow); a shallow answer is
   * asked again, since a fetch elsewhere may deepen the clone.
   */
  private complete = false;
  /** Fetches started through this Git (an older answer of isShallow is not kept). */
  private fetches = 0;

  /** How many fetches this Git has started: what it has read before may have grown since. */
  get fetchCount(): number {
    return this.fetches;
  }

  constructor(
    readonly cwd: string,
    private readonly logger: Logger = silentLogger,
    private readonly execFn: Exec = defaultExec,
    /** Extra environment for every git call (author, askpass, …). */
    private readonly extraEnv: NodeJS.ProcessEnv = {},
  ) {}

  /**
   * Runs git with `args`. For the verbs below and src/gitops/ only: everywhere else a git
   * command is a named verb (eslint refuses a literal argument list passed to `.run(`).
   */
  run(args: readonly string[], options: GitRunOptions = {}): Promise<ExecResult> {
    if (args.includes('fetch') || args.includes('pull')) {
      this.fetches++;
      this.complete = false;
    }
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
      ...(options.binary ? { binary: true } : {}),
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

  // ---- the repository ----------------------------------------------------------------

  /** `git init --bare` in cwd. */
  async initBare(): Promise<void> {
    await this.run(['init', '--quiet', '--bare']);
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

  /**
   * Records the top level `git rev-parse --show-toplevel` printed in another directory of
   * this work tree (src/engine/placement.ts asks it of an overlay's directory), so topLevel
   * answers without git.
   */
  rememberTopLevel(top: string): void {
    this.top ??= Promise.resolve(top);
  }

  /**
   * resolveCommit(rev), asking in the same `git rev-parse` what topLevel and isShallow would
   * ask when they have no answer yet (the record's history needs all three), and keeping
   * their answers as they keep them. Outside a work tree nothing is kept: each asks alone.
   */
  async resolveCommitInWorkTree(rev: string): Promise<string | undefined> {
    if (this.commits.has(rev) || (this.top && this.complete)) return this.resolveCommit(rev);
    const fetches = this.fetches;
    const asked = this.run(
      [
        'rev-parse',
        '--show-toplevel',
        '--is-shallow-repository',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${rev}^{commit}`,
      ],
      { allowFailure: true },
    ).then((r) => {
      const [top, shallow, sha] = r.stdout.split('\n');
      if (r.exitCode > 1 || !top || (shallow !== 'true' && shallow !== 'false')) return undefined;
      return { top, shallow: shallow === 'true', sha: r.exitCode === 0 ? sha : undefined };
    });
    // topLevel, asked meanwhile, waits for this answer.
    this.top ??= this.askTopLevel(asked.then((a) => a?.top));
    const answer = await asked;
    if (!answer) return this.resolveCommit(rev);
    if (!answer.shallow && fetches === this.fetches) this.complete = true;
    if (!answer.sha) return undefined;
    this.rememberCommit(answer.sha);
    return answer.sha;
  }

  /** Top-level directory of the work tree; throws outside a work tree. */
  async topLevel(): Promise<string> {
    this.top ??= this.askTopLevel();
    return this.top;
  }

  /** `known`, or `git rev-parse --show-toplevel`; a failure (no work tree yet) is not kept. */
  private askTopLevel(known: Promise<string | undefined> = Promise.resolve(undefined)) {
    const top = known.then(
      async (t) => t ?? (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim(),
    );
    top.catch(() => {
      if (this.top === top) this.top = undefined;
    });
    return top;
  }

  /** Top-level directory of the work tree, or undefined outside one. */
  async showToplevel(): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
    const top = r.stdout.trim();
    return r.exitCode === 0 && top !== '' ? top : undefined;
  }

  /** The repository's git directory, absolute (`.git`, or a worktree's own directory). */
  async absoluteGitDir(): Promise<string> {
    return (await this.run(['rev-parse', '--absolute-git-dir'])).stdout.trim();
  }

  /** The git directory shared by all worktrees (objects, config), absolute. */
  async commonDir(): Promise<string> {
    const dir = (await this.run(['rev-parse', '--git-common-dir'])).stdout.trim();
    return isAbsolute(dir) ? dir : resolve(this.cwd, dir);
  }

  async isShallow(): Promise<boolean> {
    if (this.complete) return false;
    const fetches = this.fetches;
    const r = await this.run(['rev-parse', '--is-shallow-repository']);
    const shallow = r.stdout.trim() === 'true';
    if (!shallow && fetches === this.fetches) this.complete = true;
    return shallow;
  }

  /** `git config --get <key>`, or undefined when it is not set. */
  async configGet(key: string): Promise<string | undefined> {
    const r = await this.run(['config', '--get', '--end-of-options', key], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? r.stdout.replace(/\n$/, '') : undefined;
  }

  /**
   * The name git would write as a commit's author here (`git var GIT_AUTHOR_IDENT`: the
   * environment's GIT_AUTHOR_NAME, else user.name), or undefined when git has none.
   */
  async authorName(): Promise<string | undefined> {
    const r = await this.run(['var', 'GIT_AUTHOR_IDENT'], { allowFailure: true });
    if (r.exitCode !== 0) return undefined;
    const name = /^(.*?) <[^>]*> \d+ [+-]\d{4}$/.exec(r.stdout.trim())?.[1]?.trim();
    return name === undefined || name === '' ? undefined : name;
  }

  /** `git config <key> <value>` in the repository's own configuration. */
  async configSet(key: string, value: string): Promise<void> {
    await this.run(['config', '--end-of-options', key, value]);
  }

  async remotes(): Promise<string[]> {
    const r = await this.run(['remote'], { allowFailure: true });
    return r.stdout.split('\n').filter(Boolean);
  }

  /** The URL of remote `name`, or undefined when there is no such remote. */
  async remoteUrl(name: string): Promise<string | undefined> {
    const r = await this.run(['remote', 'get-url', '--end-of-options', name], {
      allowFailure: true,
    });
    const url = r.stdout.trim();
    return r.exitCode === 0 && url !== '' ? url : undefined;
  }

  /**
   * The ref the symbolic ref `name` (`HEAD`, `refs/remotes/origin/HEAD`) points to, in full
   * (`refs/heads/main`), or undefined when it is not a symbolic ref (a detached HEAD).
   */
  async symbolicRef(name: string): Promise<string | undefined> {
    const r = await this.run(['symbolic-ref', '--quiet', '--end-of-options', name], {
      allowFailure: true,
    });
    const target = r.stdout.trim();
    return r.exitCode === 0 && target !== '' ? target : undefined;
  }

  /**
   * The work tree's top directory, the commit `rev` names and what HEAD is (`refs/heads/main`,
   * or `HEAD` when detached), with one `git rev-parse`; undefined when any of them has no
   * answer (outside a work tree, `rev` names no commit, an unborn branch): then ask one by one.
   */
  async whereAmI(
    rev: string,
  ): Promise<{ topLevel: string; commit: string; head: string } | undefined> {
    // `--` ends the revisions, so `rev` is never read as a path (nor, before it, as an option:
    // callers refuse a leading "-").
    if (rev.startsWith('-')) return undefined;
    const r = await this.run(
      ['rev-parse', '--show-toplevel', `${rev}^{commit}`, '--symbolic-full-name', 'HEAD', '--'],
      { allowFailure: true },
    );
    if (r.exitCode !== 0) return undefined;
    const lines = r.stdout.split('\n');
    if (lines.at(-1) === '') lines.pop();
    const [topLevel, commit, head, end] = lines;
    if (lines.length !== 4 || end !== '--' || !topLevel || !head || !FULL_ID.test(commit ?? ''))
      return undefined;
    this.rememberCommit(commit as string);
    return { topLevel, commit: commit as string, head };
  }

  /** The checked-out branch (`main`), or undefined on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const target = await this.symbolicRef('HEAD');
    return target?.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : undefined;
  }

  // ---- commits and trees -------------------------------------------------------------

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

  async hasCommit(sha: string): Promise<boolean> {
    return (await this.resolveCommit(sha)) !== undefined;
  }

  /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.run(
      ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant],
      { allowFailure: true },
    );
    if (r.exitCode === 0) return true;
    if (r.exitCode === 1) return false;
    throw new Error(
      `git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${r.stderr.trim()}`,
    );
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.run(['merge-base', '--end-of-options', a, b], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] : undefined;
  }

  /** The number of commits reachable from `rev` (`git rev-list --count`); 0 when it fails. */
  async countCommits(rev: string): Promise<number> {
    const r = await this.run(['rev-list', '--count', '--end-of-options', rev], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? Number(r.stdout.trim()) : 0;
  }

  /**
   * The commits on the first-parent line from `rev` that changed `path`, newest first, with
   * their committer times (seconds), at most `maxCount`. Throws when git cannot list them.
   */
  async firstParentLog(
    rev: string,
    path: string,
    maxCount: number,
  ): Promise<{ sha: string; time: number }[]> {
    const r = await this.run(
      [
        'log',
        '--first-parent',
        '--format=%H %ct',
        `--max-count=${maxCount}`,
        '--end-of-options',
        rev,
        '--',
        path,
      ],
      { allowFailure: true },
    );
    if (r.exitCode !== 0) throw new Error(`git log of ${path} failed: ${r.stderr.trim()}`);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha = '', time = '0'] = line.split(' ');
        return { sha, time: Number(time) };
      });
  }

  /**
   * The nearest tag reachable from `rev` whose name matches one of `match` (globs) and not
   * `exclude` (`git describe --tags --abbrev=0`), or undefined when there is none.
   */
  /**
   * The first-parent commits of `rev` that touched `path` (newest first, at most `maxCount`),
   * each with its time, author name and whole message: NUL-separated fields (a commit message
   * cannot hold a NUL), `%H NUL %ct NUL %aN NUL %B NUL` per commit.
   */
  async firstParentMessages(rev: string, path: string, maxCount: number): Promise<string> {
    const r = await this.run(
      [
        'log',
        '--first-parent',
        '--no-color',
        '--format=%H%x00%ct%x00%aN%x00%B%x00',
        `--max-count=${maxCount}`,
        '--end-of-options',
        rev,
        '--',
        `:(top,literal)${path}`,
      ],
      { allowFailure: true },
    );
    if (r.exitCode !== 0) {
      throw new Error(`git log of ${path} failed: ${r.stderr.trim()} — is it in this repository?`);
    }
    return r.stdout;
  }

  async describeTag(
    rev: string,
    options: { match: readonly string[]; exclude?: string },
  ): Promise<string | undefined> {
    const r = await this.run(
      [
        'describe',
        '--tags',
        '--abbrev=0',
        ...options.match.map((m) => `--match=${m}`),
        ...(options.exclude !== undefined ? [`--exclude=${options.exclude}`] : []),
        '--end-of-options',
        rev,
      ],
      { allowFailure: true },
    );
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /**
   * Paths that differ between `base` and `head` (commits or trees), NUL-separated by git so
   * any file name survives: `--no-renames`, so a rename yields both paths.
   */
  async changedFiles(base: string, head: string): Promise<string[]> {
    const r = await this.run(
      [
        '-c',
        'core.quotepath=off',
        'diff',
        '--name-only',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        '--ignore-submodules=none',
        '--end-of-options',
        base,
        head,
        '--',
      ],
      // 20,000 changed files are most of a megabyte.
      { largeOutput: true },
    );
    const files = r.stdout.split('\0');
    if (files[files.length - 1] === '') files.pop();
    return files;
  }

  /** The content of `path` at `rev` (`git show <rev>:<path>`), or undefined when absent. */
  async show(rev: string, path: string): Promise<string | undefined> {
    const r = await this.run(['show', '--end-of-options', `${rev}:${path}`], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  /**
   * The `git ls-tree -r -z --full-tree` listing of `rev` (see src/source/tree.ts). With
   * `peel`, `<rev>^{commit}` is listed, so git itself checks that `rev` names a commit.
   */
  async lsTree(rev: string, options: { peel?: boolean } = {}): Promise<string> {
    const r = await this.run(
      [
        '-c',
        'core.quotepath=off',
        'ls-tree',
        '-r',
        '-z',
        '--full-tree',
        '--end-of-options',
        options.peel ? `${rev}^{commit}` : rev,
      ],
      { largeOutput: true },
    );
    return r.stdout;
  }

  /**
   * The contents of the blobs `objects` name (`<rev>:<path>`, or object ids), in order, with
   * one `git cat-file --batch`: the exact bytes (an overlay need not be UTF-8), undefined
   * where the object is missing or not a blob.
   */
  async readBlobs(objects: readonly string[]): Promise<(Buffer | undefined)[]> {
    return (await this.readObjects(objects)).map((o) =>
      o?.type === 'blob' ? o.content : undefined,
    );
  }

  /**
   * The commit `rev` names and the text of `paths` in it (as `show` reads them; undefined
   * where a path holds no file), with one `git cat-file --batch` instead of a `rev-parse`
   * and a `show` per path.
   */
  async commitFiles(
    rev: string,
    paths: readonly string[],
  ): Promise<{ commit: string | undefined; texts: (string | undefined)[] }> {
    const [commit, ...files] = await this.readObjects([
      `${rev}^{commit}`,
      ...paths.map((p) => `${rev}^{commit}:${p}`),
    ]);
    if (commit?.type !== 'commit') return { commit: undefined, texts: paths.map(() => undefined) };
    this.rememberCommit(commit.id);
    return {
      commit: commit.id,
      texts: files.map((f) => (f?.type === 'blob' ? f.content.toString('utf8') : undefined)),
    };
  }

  /** `git cat-file --batch` of `objects`: each one's id, type and bytes, or undefined. */
  private async readObjects(
    objects: readonly string[],
  ): Promise<({ id: string; type: string; content: Buffer } | undefined)[]> {
    for (const o of objects) {
      if (o.includes('\n')) throw new Error(`git cat-file --batch: ${shown(o)} spans lines`);
    }
    if (objects.length === 0) return [];
    const r = await this.run(['cat-file', '--batch'], {
      input: objects.map((o) => `${o}\n`).join(''),
      largeOutput: true,
      binary: true,
    });
    const bytes = r.stdoutBytes ?? Buffer.alloc(0);
    const out: ({ id: string; type: string; content: Buffer } | undefined)[] = [];
    let at = 0;
    for (let i = 0; i < objects.length; i++) {
      const nl = bytes.indexOf(0x0a, at);
      if (nl === -1)
        throw new Error(`git cat-file --batch ended after ${i} of ${objects.length} objects`);
      // `<id> <type> <size>`, or `<object> missing` (`ambiguous`): no content follows those.
      const header = /^([0-9a-f]+) (\S+) (\d+)$/.exec(bytes.subarray(at, nl).toString('utf8'));
      at = nl + 1;
      if (!header) {
        out.push(undefined);
        continue;
      }
      const size = Number(header[3]);
      out.push({
        id: header[1] ?? '',
        type: header[2] ?? '',
        content: bytes.subarray(at, at + size),
      });
      at += size + 1;
    }
    return out;
  }

  /** The raw commit object `sha` (`git cat-file commit`), or undefined when absent. */
  async commitObject(sha: string): Promise<string | undefined> {
    const r = await this.run(['cat-file', 'commit', '--end-of-options', sha], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  // ---- refs and worktrees ------------------------------------------------------------

  /** Points the full ref `ref` (`refs/…`) at the object id `sha`. */
  async updateRef(ref: string, sha: string): Promise<void> {
    await this.run([
      'update-ref',
      '--end-of-options',
      fullRefName(ref, 'git update-ref:'),
      objectId(sha, 'git update-ref:'),
    ]);
  }

  /** Checks `commit` out, detached, into a new worktree at `dir`. */
  async worktreeAdd(dir: string, commit: string): Promise<void> {
    await this.run(['worktree', 'add', '--detach', '--force', '--end-of-options', dir, commit]);
  }

  /** Removes the worktree at `dir` (with its changes); false when git could not. */
  async worktreeRemove(dir: string): Promise<boolean> {
    const r = await this.run(['worktree', 'remove', '--force', '--end-of-options', dir], {
      allowFailure: true,
    });
    return r.exitCode === 0;
  }

  // ---- remotes: every name checked, every remote after `--` -------------------------

  /**
   * The refs `refs` (full ref names) of `remote` (a remote name or URL) as the remote has
   * them now, in the order listed; with `peel`, annotated tags also as `<ref>^{}` (the
   * commit). Throws (ExecError, with git's message) when the remote cannot be read.
   */
  async lsRemote(
    remote: string,
    refs: readonly string[],
    options: { peel?: boolean } = {},
  ): Promise<RemoteRef[]> {
    const patterns = refs.flatMap((ref) => {
      fullRefName(ref, 'git ls-remote:');
      return options.peel ? [ref, `${ref}^{}`] : [ref];
    });
    const r = await this.run(['ls-remote', '--quiet', '--', remote, ...patterns]);
    const wanted = new Set(patterns);
    return r.stdout
      .split('\n')
      .map((line) => line.split('\t'))
      .flatMap(([sha = '', ref = '']) =>
        FULL_ID.test(sha) && wanted.has(ref) ? [{ sha, ref }] : [],
      );
  }

  /**
   * The ref the remote's `HEAD` points to (`refs/heads/main`; its default branch), or
   * undefined when its HEAD is not a symbolic ref (an empty repository). The name is the
   * remote's: check it before using it. Throws (ExecError) when the remote cannot be read.
   */
  async lsRemoteSymref(remote: string): Promise<string | undefined> {
    const r = await this.run(['ls-remote', '--symref', '--', remote, 'HEAD']);
    return /^ref: (\S[^\t\n]*)\tHEAD$/m.exec(r.stdout)?.[1];
  }

  /**
   * Fetches the commits `shas` (full object ids) from `remote`. Returns git's result (a
   * server may refuse a SHA it does not advertise): the caller decides what a failure means.
   */
  async fetchCommits(
    remote: string,
    shas: readonly string[],
    options: FetchOptions = {},
  ): Promise<ExecResult> {
    const ids = shas.map((sha) => objectId(sha, 'git fetch:'));
    return this.run(['fetch', ...fetchFlags(options), '--', remote, ...ids], {
      allowFailure: true,
    });
  }

  /**
   * Fetches branch `branch` of `remote` into the full ref `into` (forced), or only into
   * FETCH_HEAD when `into` is not given. The branch name is checked (`--branch` rules) and
   * passed only as `refs/heads/<branch>`. Returns git's result.
   */
  async fetchBranch(
    remote: string,
    branch: string,
    options: FetchOptions & { into?: string } = {},
  ): Promise<ExecResult> {
    const source = `refs/heads/${branchName(branch, 'branch')}`;
    const refspec =
      options.into === undefined
        ? source
        : `+${source}:${fullRefName(options.into, 'git fetch: destination')}`;
    return this.run(['fetch', ...fetchFlags(options), '--', remote, refspec], {
      allowFailure: true,
    });
  }

  /** Fetches every tag of `remote` (`+refs/tags/*:refs/tags/*`). Returns git's result. */
  async fetchTags(remote: string, options: Omit<FetchOptions, 'noTags'> = {}): Promise<ExecResult> {
    return this.run(
      [
        'fetch',
        ...fetchFlags({ ...options, noTags: false }),
        '--',
        remote,
        '+refs/tags/*:refs/tags/*',
      ],
      { allowFailure: true },
    );
  }

  /**
   * Deepens the shallow history of `revs` (full object ids, full ref names or refspecs of
   * them) by `commits` commits from `remote`. Returns git's result.
   */
  async deepen(remote: string, commits: number, revs: readonly string[]): Promise<ExecResult> {
    return this.run(
      ['fetch', ...fetchFlags({ deepen: commits }), '--', remote, ...revs.map(fetchable)],
      { allowFailure: true },
    );
  }
}
