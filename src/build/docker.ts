/**
 * Builders that drive the docker CLI — the one build tool every runner has. `buildx` when
 * the plugin is installed (one command builds and pushes every tag and writes the digest
 * to a metadata file); otherwise the classic `docker build` followed by `docker push` per tag.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Exec, ExecResult } from '../exec.js';
import type { Logger } from '../log.js';
import { formatReference } from '../reference.js';
import { isArtifactStore, type RegistryProvider } from '../registry/types.js';
import {
  buildxArgv,
  legacyBuildArgv,
  parseMetadataFile,
  parsePushDigest,
  pushArgv,
  saveArgv,
  type BuildArgvInput,
} from './argv.js';
import { BuildOutputFilter, DockerCommandError, LineTail } from './output.js';
import type { Builder, BuildOutput, BuildRequest, BuiltImage } from './types.js';

export interface DockerDeps {
  exec: Exec;
  logger: Logger;
  /** Environment for docker (DOCKER_HOST, DOCKER_CONFIG, …); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Absolute workspace: docker's working directory and the base of image paths. */
  workspace: string;
  /** The registry client: the classic builder uploads an untagged image through it. */
  registries?: RegistryProvider;
}

/** Picks buildx when `docker buildx version` works, else the classic builder. */
export async function detectBuilder(deps: DockerDeps): Promise<Builder> {
  const result = await deps
    .exec('docker', ['buildx', 'version'], {
      cwd: deps.workspace,
      env: deps.env ?? process.env,
      allowFailure: true,
      logger: deps.logger,
    })
    .catch((err: unknown) => {
      throw new UserError(
        'the docker CLI is not available on this runner: image-promote builds images with it — install docker or use a runner image that has it',
        { cause: err },
      );
    });
  if (result.exitCode === 0) {
    deps.logger.info(`Building with docker buildx (${result.stdout.trim().split('\n')[0] ?? ''})`);
    return new BuildxBuilder(deps);
  }
  deps.logger.info(
    'docker buildx is not installed: building with `docker build` and pushing with `docker push`',
  );
  return new LegacyBuilder(deps);
}

/** Absolute paths and flat fields for the argv builders. */
function argvInput(req: BuildRequest, workspace: string): BuildArgvInput {
  const { image } = req;
  return {
    context: resolve(workspace, image.context),
    dockerfile: resolve(workspace, image.dockerfile),
    tags: req.tags,
    labels: req.labels,
    buildArgs: image.buildArgs,
    platforms: image.platforms,
    cacheFrom: req.cacheFrom,
    cacheTo: req.cacheTo,
    push: req.push,
    ...(req.untagged ? { untagged: true } : {}),
    ...(image.target ? { target: image.target } : {}),
  };
}

function checkTags(req: BuildRequest): void {
  const repo = req.image.repository.name;
  if (req.tags.length === 0) {
    throw new Error(`internal: image '${req.image.name}' has no tag to build`);
  }
  for (const ref of req.tags) {
    if (ref.name !== repo) {
      throw new Error(
        `internal: tag ${formatReference(ref)} of image '${req.image.name}' is not in ${repo}`,
      );
    }
  }
}

abstract class DockerBuilder implements Builder {
  abstract readonly kind: 'buildx' | 'legacy';
  constructor(protected readonly deps: DockerDeps) {}

  abstract build(req: BuildRequest, output?: BuildOutput): Promise<BuiltImage>;

  /** Without a caller's output, lines go to the log as they arrive. */
  protected output(output: BuildOutput | undefined): BuildOutput {
    return (
      output ??
      ((line) => {
        this.deps.logger.info(line);
      })
    );
  }

  /** Runs `fn` in a new directory under RUNNER_TEMP (or the OS temp dir), removed after. */
  protected async inTempDir<T>(name: string, fn: (dir: string) => Promise<T>): Promise<T> {
    const base = this.deps.env?.RUNNER_TEMP || tmpdir();
    const dir = await mkdtemp(join(base, `image-promote-${name}-`));
    try {
      return await fn(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * Runs docker, streaming its output line by line to `output` (both streams, in arrival
   * order, docker's boilerplate left out). `what` names the command in errors: exit code
   * and tail are checked here rather than by exec, so the error shows docker's own last
   * lines instead of the whole command line (which carries build args).
   */
  protected async docker(
    args: readonly string[],
    what: string,
    output: BuildOutput,
  ): Promise<ExecResult> {
    const filter = new BuildOutputFilter();
    const tail = new LineTail();
    const result = await this.deps.exec('docker', args, {
      cwd: this.deps.workspace,
      env: this.deps.env ?? process.env,
      allowFailure: true,
      logger: this.deps.logger,
      onLine: (_stream, line) => {
        if (!filter.accept(line)) return;
        tail.push(line);
        output(line);
      },
    });
    if (result.exitCode !== 0) throw new DockerCommandError(what, result.exitCode, tail.lines());
    return result;
  }
}

export class BuildxBuilder extends DockerBuilder {
  readonly kind = 'buildx';

  async build(req: BuildRequest, output?: BuildOutput): Promise<BuiltImage> {
    checkTags(req);
    return this.inTempDir('buildx', async (dir) => {
      const metadataFile = join(dir, 'metadata.json');
      await this.docker(
        buildxArgv(argvInput(req, this.deps.workspace), { metadataFile }),
        'docker buildx build',
        this.output(output),
      );
      if (!req.push) return { pushedTags: [] };
      const digest = parseMetadataFile(await readFile(metadataFile, 'utf8'));
      if (digest === undefined) {
        throw new Error(
          `docker buildx pushed image '${req.image.name}' but wrote no containerimage.digest to its metadata file`,
        );
      }
      return { digest, pushedTags: req.untagged ? [] : req.tags.map((t) => t.tag ?? '') };
    });
  }
}

/** What the classic builder cannot do; asking for it is an error, never a silent drop. */
export function legacyUnsupported(req: BuildRequest): string | undefined {
  const missing = 'docker buildx, which is not installed on this runner';
  const fix = 'add docker/setup-buildx-action before image-promote';
  const { name, platforms } = req.image;
  if (platforms.length > 0) {
    return `image '${name}': platforms (${platforms.join(', ')}) need ${missing} — ${fix}, or remove 'platforms' from the image`;
  }
  const inputs = [
    ...(req.cacheFrom.length > 0 ? ["'cache-from'"] : []),
    ...(req.cacheTo.length > 0 ? ["'cache-to'"] : []),
  ];
  if (inputs.length === 0) return undefined;
  const subject =
    inputs.length === 1 ? `input ${inputs.join('')} needs` : `inputs ${inputs.join(' and ')} need`;
  return `image '${name}': ${subject} ${missing} — ${fix}, or leave ${inputs.length === 1 ? 'it' : 'them'} empty`;
}

export class LegacyBuilder extends DockerBuilder {
  readonly kind = 'legacy';

  async build(req: BuildRequest, output?: BuildOutput): Promise<BuiltImage> {
    const problem = legacyUnsupported(req);
    if (problem) throw new UserError(problem);
    checkTags(req);
    const show = this.output(output);
    if (req.push && req.untagged) return this.buildUntagged(req, show);
    await this.docker(legacyBuildArgv(argvInput(req, this.deps.workspace)), 'docker build', show);
    if (!req.push) return { pushedTags: [] };
    const pushedTags: string[] = [];
    const digests = new Set<string>();
    for (const ref of req.tags) {
      const result = await this.docker(pushArgv(ref), `docker push ${formatReference(ref)}`, show);
      pushedTags.push(ref.tag ?? '');
      const digest = parsePushDigest(result.stdout);
      if (digest !== undefined) digests.add(digest);
    }
    if (digests.size > 1) {
      // One local image pushed under several tags must be one manifest; anything else
      // means the local tags were changed under us while pushing.
      throw new Error(
        `docker push reported different digests for the tags of image '${req.image.name}': ${[...digests].join(', ')}`,
      );
    }
    const [digest] = digests;
    return digest === undefined ? { pushedTags } : { digest, pushedTags };
  }

  /**
   * Builds (tagged locally only), then `docker save`s the image by its ID and uploads it by
   * digest through the registry client (src/build/saved-image.ts): no tag is created.
   */
  private async buildUntagged(req: BuildRequest, show: BuildOutput): Promise<BuiltImage> {
    const registries = this.deps.registries;
    const repository = req.image.repository;
    if (!registries) throw new Error('internal: an untagged push needs the registry client');
    const registry = await registries.forReference(repository);
    if (!isArtifactStore(registry)) {
      throw new UserError(
        `image '${req.image.name}': the registry client of ${repository.domain} cannot upload an image by digest, which signing needs without buildx — add docker/setup-buildx-action before image-promote`,
      );
    }
    return this.inTempDir('save', async (dir) => {
      const iidFile = join(dir, 'iid');
      const input = argvInput(req, this.deps.workspace);
      await this.docker(legacyBuildArgv(input, iidFile), 'docker build', show);
      const imageId = (await readFile(iidFile, 'utf8')).trim();
      const archive = join(dir, 'image.tar');
      await this.docker(saveArgv(imageId, archive), `docker save ${imageId}`, show);
      const { uploadSavedImage } = await import('./saved-image.js');
      const pushed = await uploadSavedImage(archive, registry, repository);
      show(`uploaded ${imageId} to ${repository.name} by digest: ${pushed.digest}`);
      return { digest: pushed.digest, pushedTags: [] };
    });
  }
}
