/**
 * `image-promote status [OVERLAY...] [--config FILE] [--json]`: what each environment runs
 * now — per image the value and digest its overlay holds, the commit that brought it in
 * (when, by whom, how), whether a rollback holds it, and the commit whose configuration the
 * environment runs. The environments are the OVERLAYs given, else the ones the config file
 * knows: `overlay` (named by `environment`) and `from-overlay` (the environment promoted
 * from). The body is the record module's (src/record/cli.ts).
 */
import { relative, sep } from 'node:path';
import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { Git } from '../git.js';
import { statusCommand } from '../record/cli.js';
import type { EnvironmentOverlay } from '../record/status.js';
import { overlayFile, commandFlags, workspaceAndConfig, type CliContext } from './context.js';
import { readOnlyConfig, repositoryOf } from './history.js';

const HELP = `usage: image-promote status [OVERLAY...] [--config FILE] [--json]

What each environment runs now, read from its overlay and the overlay's history: per image
the value and digest, the commit that brought it in (when, by whom, and how: build,
promote, reuse, release, redeploy, rollback), whether a rollback or redeploy holds it (the
automatic runs keep it until its code changes or a tag is given), and the commit whose
configuration the environment runs (its newest record).

The environments are the OVERLAYs given (each named by its newest record), else the ones the
config file knows: overlay (named by environment) and from-overlay (the environment it
promotes from).

  OVERLAY        an overlay file (or a directory holding a kustomization.yaml)
  --config FILE  YAML whose keys are the action's input names (default: image-promote.yml in
                 the repository); its images and overlay-format read the overlays
  --json         print the environments as a JSON array

GitHub Deployments are not read here: the environment's page on GitHub shows them. Exit
codes: 0 done, 1 an overlay cannot be read, 2 bad usage or config.`;

function environmentName(config: Config, path: string): string {
  if (config.environment === undefined) return '';
  return config.overlays.length > 1 ? `${config.environment} (${path})` : config.environment;
}

export async function statusCommandDoor(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    config: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const { workspace } = await workspaceAndConfig(ctx, values.config);
  const environments: EnvironmentOverlay[] = [];
  if (positionals.length > 0) {
    for (const input of positionals) {
      const file = await overlayFile(ctx.cwd, input);
      const top = await repositoryOf(ctx, file);
      const path = relative(top, file).split(sep).join('/');
      const config = readOnlyConfig(ctx, top, values.config, [path]);
      environments.push({
        environment: '',
        overlay: config?.overlays[0] ?? { file, path, format: 'auto' },
        git: new Git(top, ctx.logger),
        ...(config ? { images: config.images } : {}),
      });
    }
  } else {
    const config = readOnlyConfig(ctx, workspace, values.config);
    if (!config || (config.overlays.length === 0 && !config.fromOverlay)) {
      throw new UserError(
        `status needs the environments: give their overlays (image-promote status k8s/prod k8s/staging)${config ? ', or set overlay (and from-overlay) in the config file' : ' or a config file with overlay (and from-overlay)'}`,
      );
    }
    if (config.overlayRepository) {
      throw new UserError(
        `the overlays live in ${config.overlayRepository.repository}: clone it and run status there with the overlays as arguments`,
      );
    }
    const known = [
      ...(config.fromOverlay ? [{ environment: '', overlay: config.fromOverlay }] : []),
      ...config.overlays.map((overlay) => ({
        environment: environmentName(config, overlay.path),
        overlay,
      })),
    ];
    for (const { environment, overlay } of known) {
      environments.push({
        environment,
        overlay,
        git: new Git(await repositoryOf(ctx, overlay.file), ctx.logger),
        images: config.images,
      });
    }
  }
  ctx.stdout(
    await statusCommand(environments, {
      ...(values.json ? { json: true } : {}),
      logger: ctx.logger,
    }),
  );
  return 0;
}
