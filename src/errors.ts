/**
 * The one error vocabulary of Depesche. Every error that a person may see
 * carries a stable code, an HTTP status where it applies, and a message that
 * says what was wrong and what to do about it. Unknown errors are never shown
 * as they are: the web layer turns them into a plain 500.
 */
export type ErrorCode =
  | 'invalid_article'
  | 'invalid_input'
  | 'invalid_config'
  | 'not_found'
  | 'conflict'
  | 'no_headline'
  | 'empty_file'
  | 'binary_file'
  | 'not_utf8'
  | 'file_too_large'
  | 'invalid_json'
  | 'unsupported_media'
  | 'unauthorized'
  | 'forbidden'
  | 'too_many_attempts'
  /** A fetch the safety policy refuses: private address, wrong protocol. */
  | 'fetch_refused'
  /** A fetch that failed: timeout, too large, too many redirects, HTTP error, network. */
  | 'fetch_failed'
  /** A feed that cannot be read: malformed XML or JSON, unknown format, wrong encoding, entity bombs. */
  | 'invalid_feed'
  /** A page in which no article was found. */
  | 'no_article';

const statusByCode: Record<ErrorCode, number> = {
  invalid_article: 422,
  invalid_input: 400,
  invalid_config: 500,
  not_found: 404,
  conflict: 409,
  no_headline: 422,
  empty_file: 400,
  binary_file: 400,
  not_utf8: 400,
  file_too_large: 413,
  invalid_json: 400,
  unsupported_media: 415,
  unauthorized: 401,
  forbidden: 403,
  too_many_attempts: 429,
  fetch_refused: 403,
  fetch_failed: 502,
  invalid_feed: 422,
  no_article: 422,
};

export class DepescheError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DepescheError';
    this.code = code;
    this.status = statusByCode[code];
  }
}

export function isDepescheError(error: unknown): error is DepescheError {
  return error instanceof DepescheError;
}
