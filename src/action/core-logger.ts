/**
 * The action's Logger: every message is redacted here, then written as a runner command whose
 * data is escaped (debug, warning, group) or as plain lines that cannot be read as a command
 * (info; see the rule in src/action/runner.ts).
 */
import type { Logger } from '../log.js';
import { redact, redactor } from '../redact.js';
import { runner } from './runner.js';

// The runner masks what it is told about; tell it every form the redactor knows.
redactor.onSecret((form) => {
  runner.setSecret(form);
});

/** Logger backed by the runner's workflow commands; `mask` registers secrets with the runner too. */
export const coreLogger: Logger = {
  debug: (message) => {
    runner.debug(redact(message));
  },
  info: (message) => {
    runner.info(redact(message));
  },
  warning: (message) => {
    runner.warning(redact(message));
  },
  mask: (secret) => {
    redactor.add(secret);
  },
  group: (title, fn) => runner.group(redact(title), fn),
};
