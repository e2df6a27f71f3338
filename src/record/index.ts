/**
 * The record of a deploy (docs/record.md): its format as commit trailers and as a GitHub
 * Deployment, reading it back from an overlay's history, holds, the reuse/skip rule, the
 * environments picture and the `history`/`status` command bodies. The engine and the CLI
 * import from here.
 */
export * from './types.js';
export { recordKind, runUrl, type KindInput } from './build.js';
export {
  recordFromJson,
  recordProblems,
  recordToJson,
  sanitizeRecord,
  type Sanitized,
} from './record.js';
export {
  appendRecordTrailers,
  formatRecordTrailers,
  parseRecord,
  parseRecordDetailed,
  TRAILER,
} from './trailers.js';
export { holdOf, holds, type HoldOrigin, type HoldQuery, type HoldVerdict } from './holds.js';
export {
  configVerdict,
  runningConfig,
  type ConfigQuery,
  type ConfigVerdict,
  type RunningConfig,
} from './config-commit.js';
export {
  DEPLOYMENT_TASK,
  finishDeployment,
  readDeployed,
  startDeployment,
  type DeployedEntry,
  type DeploymentResult,
  type DeploymentsApi,
  type FinishDeploymentOptions,
  type StartDeploymentOptions,
} from './deployments.js';
export {
  readHistory,
  recordEntries,
  type HistoryEntry,
  type HistoryImage,
  type HistoryOptions,
} from './history.js';
export {
  pictureOf,
  readStatus,
  type EnvironmentOverlay,
  type EnvironmentStatus,
  type StatusOptions,
  type ImageStatus,
} from './status.js';
export {
  renderMermaid,
  renderPicture,
  renderPictureTable,
  type PictureEnvironment,
  type PictureImage,
  type PictureOptions,
} from './picture.js';
export { escapeMarkdown, escapeTerminal, repositoryLinks, type RepositoryLinks } from './escape.js';
export {
  historyCommand,
  historyJson,
  historyText,
  statusCommand,
  statusJson,
  statusText,
  type HistoryCommand,
} from './cli.js';
