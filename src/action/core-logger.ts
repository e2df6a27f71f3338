import * as core from '@actions/core';
import type { Logger } from '../log.js';

/** Logger backed by the Actions toolkit; `mask` registers secrets with the runner. */
export const coreLogger: Logger = {
  debug: (message) => {
    core.debug(message);
  },
  info: (message) => {
    core.info(message);
  },
  warning: (message) => {
    core.warning(message);
  },
  mask: (secret) => {
    core.setSecret(secret);
  },
};
