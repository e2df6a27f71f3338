/**
 * The rules between inputs, each a small named function from the parsed Config (and the
 * inputs as read) to the InputError it finds; parseConfig applies RULES in order and throws
 * the first. Each rule names the input the user has to change.
 */
import { InputError } from '../errors.js';
import { keyMissProblem } from './images.js';
import { isValidBranchName, type InputValues } from './read.js';
import { checkTagShapes } from '../tags/policy.js';
import { plainTagOf } from './tag-input.js';
import type { Config } from './types.js';

export type Rule = (config: Config, values: InputValues) => InputError | undefined;

type Text = string | ((config: Config, values: InputValues) => string);

/** The rule that, when `when` holds, finds `problem` in `input`, to be fixed by `fix`. */
function rule(
  when: (config: Config, values: InputValues) => boolean,
  input: Text,
  problem: Text,
  fix: Text,
): Rule {
  const text = (t: Text, c: Config, v: InputValues) => (typeof t === 'string' ? t : t(c, v));
  return (c, v) =>
    when(c, v)
      ? new InputError(text(input, c, v), text(problem, c, v), text(fix, c, v))
      : undefined;
}

const writes = (c: Config): boolean => c.writeOverlay || c.commit !== 'none';

export const overlayBranchNeedsRepository = rule(
  (c, v) => v['overlay-branch'] !== undefined && !c.overlayRepository,
  'overlay-branch',
  'only applies to overlay-repository, which is not set',
  'set overlay-repository, or remove overlay-branch',
);

/** A key-path format needs every image's key: one for all files, or a map matching one of them. */
export const overlayFormatNeedsKeys: Rule = (c, v) => {
  const format = v['overlay-format'];
  if (format === 'auto' || format === 'kustomize') return undefined;
  const files = [...c.overlays, ...(c.fromOverlay ? [c.fromOverlay] : [])].map((o) => o.path);
  const missing = c.images.flatMap((i) => {
    if (i.key !== undefined) return [];
    if (!i.keyByFile) return [i.name];
    const misses = files.every((f) => keyMissProblem(i, f) !== undefined);
    return files.length > 0 && misses
      ? [`${i.name} (its key map matches none of ${files.join(', ')})`]
      : [];
  });
  return missing.length === 0
    ? undefined
    : new InputError(
        'overlay-format',
        `"${format}" needs a key for every image; missing for ${missing.join(', ')}`,
        'add key (e.g. api.image.tag) to each image, or a key map entry that matches its overlay',
      );
};

export const previousNeedsRollbackMode = rule(
  (c) => c.tag?.kind === 'previous' && c.mode !== 'auto' && c.mode !== 'rollback',
  'tag',
  (c) => `"previous" only means a rollback in mode auto or rollback, not ${c.mode}`,
  'give a tag, or use mode: rollback',
);

export const rollbackTakesPrevious = rule(
  (c) => c.mode === 'rollback' && c.tag?.kind === 'refs',
  'tag',
  'mode "rollback" goes back through the overlay\'s history; it takes previous or previous~N',
  'use mode: auto to redeploy a named tag',
);

export const rollbackNeedsOverlay = rule(
  (c) => (c.mode === 'rollback' || c.tag?.kind === 'previous') && c.overlays.length === 0,
  'overlay',
  "a rollback reads the previous value from the overlay's git history, but no overlay is set",
  'set "overlay"',
);

export const promoteNeedsSource = rule(
  (c) => c.mode === 'promote' && !c.fromOverlay && c.tag === undefined,
  'mode',
  '"promote" needs a source',
  'set from-overlay (the overlay to promote from) or tag',
);

/** A build job pushes one tag: the matrix job's planned tag, for every image. */
export const buildTakesOneTag = rule(
  (c) =>
    c.mode === 'build' &&
    c.tag?.kind === 'refs' &&
    (Object.keys(c.tag.byImage).length > 0 || plainTagOf(c.tag.all) === undefined),
  'tag',
  'mode "build" takes one tag (the planned tag of a matrix job), not NAME=REF lines, a digest, a full reference or a commit',
  'give a single tag together with matrix-image',
);

/** `REF -> TAG` names the tag a promotion gives the image; other modes write REF's own. */
export const renameNeedsPromote = rule(
  (c) =>
    c.mode !== 'promote' &&
    c.tag?.kind === 'refs' &&
    [c.tag.all, ...Object.values(c.tag.byImage)].some((r) => r?.as !== undefined),
  'tag',
  '"REF -> TAG" gives a promoted image its tag, which only mode "promote" does',
  'set mode: promote, or give the REF alone',
);

/** No tag another template (or the tag input) makes can look like a source or commit tag. */
export const tagShapesAreDisjoint: Rule = (c) => {
  try {
    checkTagShapes(c);
    return undefined;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
};

export const matrixImageIsConfigured = rule(
  (c) => c.matrixImage !== undefined && !c.images.some((i) => i.name === c.matrixImage),
  'matrix-image',
  (c) => `"${c.matrixImage}" is not one of the configured images`,
  (c) => `use one of: ${c.images.map((i) => i.name).join(', ')}`,
);

export const writeNeedsOverlay = rule(
  (c) => writes(c) && c.overlays.length === 0,
  (c) => (c.writeOverlay ? 'write-overlay' : 'commit'),
  'there is no overlay to write',
  'set "overlay" to the file(s) to update',
);

export const writeNeedsPush = rule(
  (c) => writes(c) && !c.push,
  'push',
  'false pushes nothing, so no image of this run is in the registry to write into an overlay',
  'set push: true, or leave write-overlay and commit off (use dry-run to see what would be written)',
);

export const pullRequestNeedsToken = rule(
  (c, v) => c.commit === 'pull-request' && !c.githubToken && !v['overlay-token'],
  'commit',
  '"pull-request" opens a pull request through the GitHub API, but no token is set',
  'set github-token (the job token needs pull-requests: write) or overlay-token',
);

/** The template is checked on its own (read.ts); here the environment that goes into it. */
export const pullRequestBranchIsValid = rule(
  (c) => c.commit === 'pull-request' && !isValidBranchName(c.pullRequestBranch),
  'environment',
  (c, v) =>
    `"${c.environment ?? ''}" makes the pull request branch "${c.pullRequestBranch}" (pull-request-branch "${v['pull-request-branch']}"), which is not a valid branch name`,
  'use letters or digits in the environment name, or set pull-request-branch',
);

/** The URL of an environment: there must be one to record it for. */
export const environmentUrlNeedsEnvironment = rule(
  (c) => c.environmentUrl !== undefined && c.environment === undefined,
  'environment-url',
  "is the address of the deployed environment, but environment (the deployment's name) is not set",
  'set environment, or remove environment-url',
);

/** `github-deployment: true` records a deployment of an environment, through the API. */
export const deploymentNeedsEnvironment = rule(
  (c, v) => v['github-deployment'] === 'true' && c.environment === undefined,
  'github-deployment',
  '"true" records each deploy as a GitHub Deployment of an environment, but environment is not set',
  'set environment (e.g. production), or github-deployment: false',
);

export const deploymentNeedsToken = rule(
  (c, v) => v['github-deployment'] === 'true' && !c.githubToken,
  'github-deployment',
  '"true" creates GitHub Deployments through the GitHub API, but github-token is empty',
  'set github-token (the job token needs permissions: deployments: write), or github-deployment: false',
);

export const signKeyNeedsSigningKey = rule(
  (_c, v) => v.sign === 'key' && v['signing-key'] === undefined,
  'signing-key',
  'is empty, but sign: key signs with it',
  'pass the PEM text of an EC P-256 private key from a secret (signing-key: ${{ secrets.IMAGE_SIGNING_KEY }}), or use sign: keyless',
);

export const signingKeyNeedsSignKey = rule(
  (_c, v) => v['signing-key'] !== undefined && v.sign !== 'key',
  'signing-key',
  (_c, v) => `only applies to sign: key, and sign is ${v.sign}`,
  'set sign: key, or remove signing-key',
);

/** Signing attaches the bundle to the pushed image: nothing is signed without a push. */
export const signNeedsPush = rule(
  (c) => c.sign !== undefined && !c.push,
  'sign',
  (c) => `${c.sign?.kind ?? ''} signs the images this run pushes, but push is false`,
  'set push: true, or sign: none',
);

export const verifyKeyNeedsVerify = rule(
  (_c, v) => v['verify-key'] !== undefined && v.verify === 'none',
  'verify-key',
  'only applies to verify: signature, and verify is none',
  'set verify: signature, or remove verify-key',
);

/** The keyless policy's inputs mean nothing without verify, or with verify-key (key policy). */
export const keylessPolicyNeedsKeylessVerify: Rule = (_c, v) => {
  const given = (['certificate-identity', 'trusted-root'] as const).find(
    (name) => v[name] !== undefined,
  );
  if (given === undefined) return undefined;
  if (v.verify === 'none') {
    return new InputError(
      given,
      'only applies to verify: signature, and verify is none',
      `set verify: signature, or remove ${given}`,
    );
  }
  return v['verify-key'] !== undefined
    ? new InputError(
        given,
        'applies to keyless signatures, but verify-key is set, so only signatures by its keys count',
        `remove ${given}, or remove verify-key to accept keyless signatures`,
      )
    : undefined;
};

/** Key-signed images verify only under verify-key: without it every new image would fail. */
export const keySigningNeedsVerifyKey = rule(
  (c) => c.sign?.kind === 'key' && c.verify?.kind === 'keyless',
  'verify-key',
  'is empty, so verify: signature accepts keyless signatures only, but this run signs with signing-key',
  'set verify-key to the public key of signing-key (`openssl pkey -in key.pem -pubout`)',
);

/** set-image --no-verify asks no registry, so no signature can be checked. */
export const verifyNeedsRegistryCheck = rule(
  (c) => c.verify !== undefined && !c.registryCheck,
  'verify',
  'signature checks every image in its registry, but --no-verify asks no registry',
  'drop --no-verify, or set verify: none in the config',
);

/** image-promote sign: the requested image is signed, so a way to sign it must be set. */
export const signRequestedNeedsSign = rule(
  (c) => c.signRequested === true && (c.sign === undefined || c.tag?.kind !== 'refs'),
  'sign',
  (c) =>
    c.sign === undefined
      ? 'is none, but the requested image is to be signed'
      : 'signs the requested image, but no image is requested',
  'give --key-file or --keyless, and the image reference',
);

export const RULES: readonly Rule[] = [
  overlayBranchNeedsRepository,
  overlayFormatNeedsKeys,
  previousNeedsRollbackMode,
  rollbackTakesPrevious,
  rollbackNeedsOverlay,
  promoteNeedsSource,
  buildTakesOneTag,
  renameNeedsPromote,
  tagShapesAreDisjoint,
  matrixImageIsConfigured,
  writeNeedsOverlay,
  writeNeedsPush,
  pullRequestNeedsToken,
  pullRequestBranchIsValid,
  environmentUrlNeedsEnvironment,
  deploymentNeedsEnvironment,
  deploymentNeedsToken,
  signKeyNeedsSigningKey,
  signingKeyNeedsSignKey,
  signNeedsPush,
  verifyKeyNeedsVerify,
  keylessPolicyNeedsKeylessVerify,
  keySigningNeedsVerifyKey,
  verifyNeedsRegistryCheck,
  signRequestedNeedsSign,
];
