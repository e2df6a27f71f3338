/**
 * The one error type of the GitHub REST client: a failure a user can act on, naming the
 * request (`GET /repos/acme/gitops/pulls`), never the token. Text taken from an answer is
 * quoted short (quoteAnswer) and the whole message goes through the redactor.
 */
import { UserError } from '../errors.js';
import { redact } from '../redact.js';

/** Characters of an answer a message quotes at most. */
export const QUOTE_LIMIT = 300;

export class GitHubApiError extends UserError {
  override readonly name = 'GitHubApiError';
  constructor(
    /** `METHOD /path`, without the query. */
    readonly request: string,
    /** The HTTP status of the answer, when there was one. */
    readonly status: number | undefined,
    problem: string,
    fix?: string,
  ) {
    super(redact(`${problem}${fix ? ` — ${fix}` : ''}`));
  }
}

/**
 * Up to `limit` characters of outside text for a message: redacted first (a cut could leave
 * a part of a secret unrecognised), control characters and runs of whitespace made single
 * spaces, an ellipsis when shortened.
 */
export function quoteAnswer(text: string, limit = QUOTE_LIMIT): string {
  // Only the start is ever shown; redact a bounded prefix (long enough for any secret).
  const head = redact(text.slice(0, limit * 4));
  // eslint-disable-next-line no-control-regex
  const clean = head.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return clean.length > limit || text.length > limit * 4 ? `${clean.slice(0, limit)}…` : clean;
}
