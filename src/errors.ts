/**
 * Errors a user can act on. The action prints `message` as the failure; the CLI prints it
 * and exits 2 for usage/config problems, 1 for everything else.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}

/** A bad input value. The message always names the input and says what to do. */
export class InputError extends UserError {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    problem: string,
    fix?: string,
  ) {
    super(`input '${input}': ${problem}${fix ? ` — ${fix}` : ''}`);
  }
}

/** Turns anything thrown (including non-Error values) into a printable message. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return `unexpected error: ${JSON.stringify(err)}`;
  } catch {
    return `unexpected error: ${String(err)}`;
  }
}
