import type { CliContext } from './context.js';

// Placeholder replaced by the module's real implementation before landing.
export function refCommand(_ctx: CliContext): Promise<number> {
  return Promise.reject(new Error('ref: not implemented yet'));
}
