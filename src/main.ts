import * as core from '@actions/core';
import { errorMessage } from './errors.js';

/** The action's entry: the only place that calls core.setFailed. */
export async function run(): Promise<void> {
  try {
    await Promise.resolve();
    throw new Error('not wired yet');
  } catch (err) {
    core.setFailed(errorMessage(err));
  }
}
