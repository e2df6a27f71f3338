/**
 * Helpers for build tests: recording/scripted Exec functions, throwaway build contexts,
 * and skopeo — an independent peer — to read what the registry really holds.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { ImageConfig } from '../../src/config/types.js';
import type { Exec, ExecOptions, ExecResult, OutputStream } from '../../src/exec.js';
import { formatReference, parseReference, type ImageReference } from '../../src/reference.js';
import type {
  Descriptor,
  ImageConfigInfo,
  Registry,
  RegistryProvider,
  TagResult,
  WriteOptions,
} from '../../src/registry/types.js';

const execFileP = promisify(execFile);

export interface ExecCall {
  file: string;
  args: string[];
  options: ExecOptions;
}

/** Wraps an Exec and records every call (argv, options) before delegating. */
export function recordingExec(inner: Exec): { exec: Exec; calls: ExecCall[] } {
  const calls: ExecCall[] = [];
  const exec: Exec = (file, args, options = {}) => {
    calls.push({ file, args: [...args], options });
    return inner(file, args, options);
  };
  return { exec, calls };
}

/** What a scripted command "prints" and returns. */
export interface ScriptedReply extends Partial<ExecResult> {
  /**
   * Output lines in arrival order across both streams, delivered to `onLine` one by one
   * (with a turn of the event loop between them, as a real child's output arrives). When
   * given, `stdout`/`stderr` default to these lines joined.
   */
  lines?: [OutputStream, string][];
}

/**
 * An Exec that never runs anything: `reply` answers each call. With `onLine`, the reply's
 * `lines` (or else every line of its stdout, then of its stderr) are delivered as they
 * would arrive from a child.
 */
export function scriptedExec(
  reply: (
    file: string,
    args: string[],
    options: ExecOptions,
  ) => ScriptedReply | Promise<ScriptedReply>,
): { exec: Exec; calls: ExecCall[] } {
  return recordingExec(async (file, args, options = {}) => {
    const r = await reply(file, [...args], options);
    const text = (stream: OutputStream): string =>
      r.lines
        ?.filter(([s]) => s === stream)
        .map(([, line]) => `${line}\n`)
        .join('') ?? '';
    const stdout = r.stdout ?? text('stdout');
    const stderr = r.stderr ?? text('stderr');
    if (options.onLine) {
      const split = (stream: OutputStream, t: string): [OutputStream, string][] =>
        t === ''
          ? []
          : t
              .replace(/\n$/, '')
              .split('\n')
              .map((l) => [stream, l]);
      const lines = r.lines ?? [...split('stdout', stdout), ...split('stderr', stderr)];
      for (const [stream, line] of lines) {
        await new Promise((resolve) => setImmediate(resolve));
        options.onLine(stream, line);
      }
    }
    return { exitCode: r.exitCode ?? 0, stdout, stderr };
  });
}

/** `docker …` argv of the recorded calls (other commands left out). */
export function dockerArgv(calls: readonly ExecCall[]): string[][] {
  return calls.filter((c) => c.file === 'docker').map((c) => c.args);
}

/** A temp workspace with the given files (path → content). */
export function makeWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-build-ws-'));
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** An ImageConfig with the defaults the config parser would fill in. */
export function imageConfig(
  name: string,
  repository: string,
  over: Partial<Omit<ImageConfig, 'name' | 'repository'>> = {},
): ImageConfig {
  return {
    name,
    repository: parseReference(repository),
    context: name,
    dockerfile: `${name}/Dockerfile`,
    value: 'auto',
    paths: [`${name}/**`],
    buildArgs: {},
    platforms: [],
    ...over,
  };
}

/** `repo:tag` references for `tags` in the image's repository. */
export function tagRefs(image: ImageConfig, ...tags: string[]): ImageReference[] {
  return tags.map((t) => parseReference(`${image.repository.name}:${t}`));
}

function skopeoName(ref: ImageReference): string {
  return `docker://${formatReference(ref)}`;
}

async function skopeo(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileP('skopeo', args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, stdout, stderr };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The manifest digest skopeo sees for `ref`, or undefined when it does not exist. */
export async function skopeoDigest(ref: ImageReference): Promise<string | undefined> {
  const r = await skopeo(['inspect', '--tls-verify=false', '--raw', skopeoName(ref)]);
  if (!r.ok) {
    if (/manifest unknown|name unknown|not found/i.test(r.stderr)) return undefined;
    throw new Error(`skopeo inspect ${formatReference(ref)}: ${r.stderr}`);
  }
  return `sha256:${createHash('sha256').update(r.stdout, 'utf8').digest('hex')}`;
}

/** The labels of the image config skopeo sees for `ref`. */
export async function skopeoLabels(ref: ImageReference): Promise<Record<string, string>> {
  const r = await skopeo(['inspect', '--tls-verify=false', skopeoName(ref)]);
  if (!r.ok) throw new Error(`skopeo inspect ${formatReference(ref)}: ${r.stderr}`);
  const data = JSON.parse(r.stdout) as { Labels?: Record<string, string> | null };
  return data.Labels ?? {};
}

/**
 * A Registry backed by skopeo, for integration tests that must not depend on the
 * project's own registry client. Plain HTTP, anonymous: the shared test registry.
 */
export class SkopeoRegistry implements Registry {
  readonly kind = 'oci';

  async resolve(ref: ImageReference): Promise<Descriptor | undefined> {
    const r = await skopeo(['inspect', '--tls-verify=false', '--raw', skopeoName(ref)]);
    if (!r.ok) {
      if (/manifest unknown|name unknown|not found/i.test(r.stderr)) return undefined;
      throw new Error(`skopeo inspect ${formatReference(ref)}: ${r.stderr}`);
    }
    const mediaType = (JSON.parse(r.stdout) as { mediaType?: string }).mediaType ?? '';
    const digest = `sha256:${createHash('sha256').update(r.stdout, 'utf8').digest('hex')}`;
    return { digest, mediaType, size: Buffer.byteLength(r.stdout) };
  }

  async addTag(
    source: ImageReference,
    tag: string,
    options: WriteOptions = {},
  ): Promise<TagResult> {
    const target = parseReference(`${source.name}:${tag}`);
    return this.copy(source, target, options);
  }

  async copy(
    source: ImageReference,
    target: ImageReference,
    options: WriteOptions = {},
  ): Promise<TagResult> {
    const descriptor = await this.resolve(source);
    if (!descriptor) throw new Error(`${formatReference(source)} does not exist`);
    const current = await this.resolve(target);
    if (current?.digest === descriptor.digest) return { descriptor, changed: false };
    if (current && !options.allowOverwrite) {
      throw new Error(`${formatReference(target)} already points at ${current.digest}`);
    }
    const r = await skopeo([
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      skopeoName(source),
      skopeoName(target),
    ]);
    if (!r.ok) throw new Error(`skopeo copy: ${r.stderr}`);
    return { descriptor, changed: true };
  }

  async listTags(repo: ImageReference): Promise<string[]> {
    const r = await skopeo(['list-tags', '--tls-verify=false', `docker://${repo.name}`]);
    if (!r.ok) return [];
    return (JSON.parse(r.stdout) as { Tags: string[] }).Tags;
  }

  async verifyTag(ref: ImageReference, expectedDigest: string): Promise<void> {
    const now = await this.resolve(ref);
    if (now?.digest !== expectedDigest) {
      throw new Error(
        `tag ${ref.tag ?? ''} now points to ${now?.digest ?? '(nothing)'}, not ${expectedDigest}: another writer moved it`,
      );
    }
  }

  async imageConfig(ref: ImageReference): Promise<ImageConfigInfo | undefined> {
    if (!(await this.resolve(ref))) return undefined;
    return { labels: await skopeoLabels(ref) };
  }
}

export class SkopeoRegistryProvider implements RegistryProvider {
  private readonly registry = new SkopeoRegistry();
  forReference(): Promise<Registry> {
    return Promise.resolve(this.registry);
  }
}
