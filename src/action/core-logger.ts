import * as core from '@actions/core';
import type { Logger } from '../log.js';
import { redact, redactor } from '../redact.js';

// The runner masks what it is told about; tell it every form the redactor knows.
redactor.onSecret((form) => {
  core.setSecret(form);
});

/** Logger backed by the Actions toolkit; `mask` registers secrets with the runner too. */
export const coreLogger: Logger = {
  debug: (message) => {
    core.debug(redact(message));
  },
  info: (message) => {
    core.info(redact(message));
  },
  warning: (message) => {
    core.warning(redact(message));
  },
  mask: (secret) => {
    redactor.add(secret);
  },
  group: (title, fn) => core.group(redact(title), fn),
};
