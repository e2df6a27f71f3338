import type { CliContext } from './context.js';

// Placeholder replaced by the module's real implementation before landing.
export function resolveCommand(_ctx: CliContext): Promise<number> {
  return Promise.reject(new Error('resolve: not implemented yet'));
}
