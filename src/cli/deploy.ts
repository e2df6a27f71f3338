/**
 * `image-promote deploy OVERLAY NAME=REF…`: the laptop version of a team's `deploy-sha`
 * script, and the CLI face of the action's `tag: NAME=REF`. The arguments become the
 * action's inputs (overlay, tag, write-overlay, commit, …) over the config file's, and the
 * engine does the rest as it does for the action: every REF verified in its registry,
 * images that share the written value retagged (or refused), typos refused first, the edit
 * planned and written byte-exactly inside the repository, committed (and pushed) where the
 * file lives.
 */
import { fileInputSource } from '../config/file.js';
import type { InputName } from '../config/inputs.js';
import { imagesData } from '../config/images.js';
import { list } from '../config/read.js';
import { checkCommitTemplate, DEFAULT_COMMIT_MESSAGE } from '../overlay/commit-message.js';
import { Git } from '../git.js';
import { workspaceRelative } from '../paths.js';
import type { RepositoryResult } from '../gitops/outputs.js';
import { formatReference, parseRepositoryName, withTagAndDigest } from '../reference.js';
import {
  overlayFile,
  commandFlags,
  UsageError,
  workspaceAndConfig,
  workspaceFor,
  type CliContext,
} from './context.js';
import { commandInputs, commandLineTrigger, failedRun, runDoor } from './run.js';

const HELP = `usage: image-promote deploy OVERLAY NAME=REF... [options]

Deploys images into an overlay, as the action does with \`tag: NAME=REF\`: every REF is
looked up in its registry first (the digest is computed from the manifest bytes) and a REF
that is not there is refused; images that share the value written (Helm global.imageTag)
get the tag on their own image, or the deploy is refused; only when every image checks out
is the file edited — a kustomization's images:, or a YAML/Helm values, JSON or Terraform
variables file by key path — keeping every other byte.

  OVERLAY  the file (or a directory holding a kustomization.yaml)
  NAME     the image's name: kustomize images[].name, or an image of --config
  REF      1a2b3c4               a commit SHA (7 to 40 hex digits) means the tag tag-template
                                 makes for that commit: sha-1a2b3c4 by default
           sha-1a2b3c4, v1.2.3   a tag in the image's repository
           TAG@sha256:...        a tag, checked to point at that digest (both are written)
           sha256:...            a digest in the image's repository
           ghcr.io/acme/api:v1   a full reference (it has a "/"), with a tag and/or digest
The image's repository is that of a full reference, else the image's in the config, else
the registry (--registry, or the config's) joined with NAME, else the one OVERLAY names for
it (kustomize newName or the entry's name, a full-reference value, helm-repository-key).

Tags that move (latest, branch names, extra-tags, promote-tags, and anything tag-template,
pr-tag-template and source-tag cannot make that is not a version) are written only pinned
to their verified digest: with --pin-digest, or as TAG@sha256:... in REF.

options:
  --registry R              registry (and namespace) of images not in --config (ghcr.io/acme)
  --config FILE             YAML whose keys are the action's input names (default:
                            image-promote.yml in the working directory's repository); what
                            says where and how to deploy is used (images, registry, key paths,
                            tag-template, extra-tags, promote-tags, source-tag, pin-digest,
                            create-missing, commit-message, environment, insecure-registries,
                            verify settings); what says what to deploy (tag, mode, overlay,
                            from-overlay, from-plan, commit, …) comes from the command line
  --key NAME=PATH           key path of NAME's value in a YAML/JSON/tfvars file
                            (global.imageTag, api.image.tag); repeatable
  --value NAME=SHAPE        write NAME's value as tag, digest or reference (default: the shape
                            the file holds); repeatable
  --pin-digest              write each image's verified digest next to its tag
  --create-missing          add an entry (or key) for an image the file does not name yet
  --commit                  commit the file in the git repository that holds it
  --push                    commit and push (rebased and retried when the branch moved)
  --message M               commit message template; tokens {changes} {image} {from} {to}
                            {sha} {environment} (default: commit-message of --config, else
                            "${DEFAULT_COMMIT_MESSAGE}")
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 check everything and print what would change; write nothing

Prints one line per image, "NAME: FROM → TO (DIGEST)" — an image not named that shares the
value written adds what its running image gets — then the commit. Exit codes: 0 done, 1
refused or failed (the file is left as it was), 2 bad usage or config.`;

/** Inputs that say what to deploy: they come from the command line, never the config file. */
const FROM_THE_COMMAND: Partial<Record<InputName, string>> = {
  mode: 'auto',
  'from-overlay': '',
  'overlay-repository': '',
  'overlay-branch': '',
  'from-plan': '',
  'matrix-image': '',
  base: '',
  'force-build': 'false',
};

/** `NAME=VALUE` flags (--key, --value) → a map; the names must be images being deployed. */
function namedFlags(flag: string, values: readonly string[], names: readonly string[]) {
  const out = new Map<string, string>();
  for (const v of values) {
    const eq = v.indexOf('=');
    const name = eq > 0 ? v.slice(0, eq) : '';
    const value = eq > 0 ? v.slice(eq + 1) : '';
    if (name === '' || value === '') throw new UsageError(`${flag} "${v}" is not NAME=VALUE`);
    if (!names.includes(name)) {
      throw new UsageError(
        `${flag} ${v}: ${name} is not one of the images being deployed (${names.join(', ')})`,
      );
    }
    out.set(name, value);
  }
  return out;
}

function commitLine(r: RepositoryResult): string {
  const where = r.repository === '.' ? '' : ` in ${r.repository}`;
  if (!r.commit) return `commit: none${where}`;
  if (!r.committed) return `commit: ${r.commit}${where} already has this change`;
  return `commit: ${r.commit}${where}${r.pushed ? ` (pushed to ${r.branch ?? 'its branch'})` : ''}`;
}

export async function deployCommand(ctx: CliContext): Promise<number> {
  const flags = commandFlags(ctx, HELP, {
    registry: { type: 'string' },
    config: { type: 'string' },
    key: { type: 'string', multiple: true },
    value: { type: 'string', multiple: true },
    'pin-digest': { type: 'boolean' },
    'create-missing': { type: 'boolean' },
    commit: { type: 'boolean' },
    push: { type: 'boolean' },
    message: { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
  });
  if (!flags) return 0;
  const { values, positionals } = flags;
  const [overlayArg, ...pairs] = positionals;
  if (overlayArg === undefined || pairs.length === 0) {
    throw new UsageError(`expected OVERLAY and at least one NAME=REF\n\n${HELP}`);
  }
  const names: string[] = [];
  const refs: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new UsageError(`"${pair}" is not NAME=REF (e.g. web=1a2b3c4, web=sha-1a2b3c4)`);
    }
    names.push(pair.slice(0, eq));
    refs.push(pair.slice(eq + 1));
  }
  const keys = namedFlags('--key', values.key ?? [], names);
  const shapes = namedFlags('--value', values.value ?? [], names);
  if (values.message !== undefined) checkCommitTemplate(values.message, '--message');

  // Where things are: the overlay, the repository around it, the config.
  const file = await overlayFile(ctx.cwd, overlayArg);
  const located = await workspaceAndConfig(ctx, values.config);
  // An overlay in another checkout: that repository is the workspace of this deploy.
  const workspace = await workspaceFor(ctx, file, located.workspace);
  const config =
    located.configPath === undefined ? undefined : fileInputSource(located.configPath, ctx.env);
  if (located.configPath !== undefined && values.config === undefined) {
    ctx.logger.debug(`deploy: using ${located.configPath}`);
  }

  // The images: the config's, with --key/--value applied; names it does not have are added.
  const configured = config ? imagesData(config, workspace) : undefined;
  const images = (configured ?? []).map((entry) => ({ ...entry }));
  for (const name of names) {
    let entry = images.find((e) => e.name === name);
    if (!entry) images.push((entry = { name }));
    const key = keys.get(name);
    if (key !== undefined) {
      delete entry['helm-key'];
      entry.key = key;
    }
    const shape = shapes.get(name);
    if (shape !== undefined) entry.value = shape;
  }
  const insecure = [
    ...(values['insecure-registry'] ?? []),
    ...list(config?.get('insecure-registries') ?? ''),
  ];
  const text: Partial<Record<InputName, string>> = {
    ...FROM_THE_COMMAND,
    overlay: workspaceRelative(workspace, file),
    tag: pairs.join('\n'),
    'write-overlay': 'true',
    commit: values.push ? 'true' : values.commit ? 'local' : 'false',
    'dry-run': values['dry-run'] ? 'true' : 'false',
    'insecure-registries': insecure.join('\n'),
    ...(values.registry !== undefined ? { registry: values.registry.replace(/\/+$/, '') } : {}),
    ...(values['pin-digest'] ? { 'pin-digest': 'true' } : {}),
    ...(values['create-missing'] ? { 'create-missing': 'true' } : {}),
    ...(values.message !== undefined ? { 'commit-message': values.message } : {}),
  };
  // {sha} in the commit message: the commit deployed, when every REF names the same one.
  const commits = [...new Set(refs.filter((r) => /^[0-9a-f]{7,40}$/.test(r)))];
  const git = new Git(workspace, ctx.logger);
  const head =
    commits.length === 1 && commits[0] !== undefined && commits.length === new Set(refs).size
      ? commits[0]
      : ((await git.resolveCommit('HEAD')) ?? '');
  const { result, report } = await runDoor(ctx, {
    inputs: commandInputs({ text, data: { images } }, config, ctx.env),
    workspace,
    trigger: commandLineTrigger(head),
    git,
  });
  if (result.failure) return failedRun(ctx, 'deploy', result);

  // The images named, then those that share a value written with them (retagged, not named).
  const sharing = result.images
    .filter((i) => !names.includes(i.name) && i.write && i.status !== 'failed')
    .map((i) => i.name);
  for (const name of [...names, ...sharing]) {
    const image = report.images.find((i) => i.name === name);
    const change = result.overlayChanges.find((c) => c.image === name);
    const digest = image?.digest ?? '';
    const verb = values['dry-run'] ? 'would get' : 'gets';
    const also = sharing.includes(name)
      ? `, sharing the value written: its running image ${verb} ${image?.tag}`
      : '';
    if (change) {
      ctx.stdout(`${name}: ${change.from ?? '(none)'} → ${change.to} (${digest})${also}\n`);
    } else if (image && also) {
      ctx.stdout(`${name}: ${image.from} (${digest})${also}\n`);
    } else if (image) {
      const ref = formatReference(
        withTagAndDigest(parseRepositoryName(image.repository), image.tag || undefined),
      );
      ctx.stdout(`${name}: already ${ref} (${digest}), unchanged\n`);
    }
  }
  if (values['dry-run']) {
    ctx.logger.info(
      `dry run: ${result.overlayChanged ? `${overlayArg} would change` : `${overlayArg} already says that`}; nothing was written`,
    );
    return 0;
  }
  if (result.commits.length === 0 && !result.overlayChanged) {
    ctx.logger.info(`${overlayArg} already says that; nothing written`);
  }
  for (const c of result.commits) ctx.stdout(`${commitLine(c)}\n`);
  return 0;
}
