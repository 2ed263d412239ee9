import { DepescheError } from '../errors.ts';

/**
 * Why a fetch did not deliver a body, for the wire desk to show and count.
 * The first four are refusals by the policy (`fetch_refused`); the others are
 * failures of the server or the network (`fetch_failed`).
 */
export type FetchFailureReason =
  | 'url'
  | 'protocol'
  | 'credentials'
  | 'address'
  | 'dns'
  | 'timeout'
  | 'too_large'
  | 'redirects'
  | 'http_status'
  | 'encoding'
  | 'network'
  | 'aborted';

const refusals: ReadonlySet<FetchFailureReason> = new Set(['url', 'protocol', 'credentials', 'address']);

export class FetchError extends DepescheError {
  readonly reason: FetchFailureReason;
  /** The URL being fetched when it failed (after redirects so far). */
  readonly url: string;
  /** The HTTP status for `http_status`, else null. */
  readonly httpStatus: number | null;

  constructor(reason: FetchFailureReason, message: string, details: { url: string; httpStatus?: number; cause?: unknown }) {
    super(refusals.has(reason) ? 'fetch_refused' : 'fetch_failed', message, { cause: details.cause });
    this.name = 'FetchError';
    this.reason = reason;
    this.url = details.url;
    this.httpStatus = details.httpStatus ?? null;
  }
}

/** `15 s`, `1,5 s`, `300 ms`: durations as a reader of the wire desk says them. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${germanNumber(ms / 1000)} s`;
}

/** `10 MB`, `1,5 MB`, `512 KB`, `900 Bytes` (binary units, as file managers show them). */
export function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib) return `${germanNumber(bytes / mib)} MB`;
  if (bytes >= 1024) return `${germanNumber(bytes / 1024)} KB`;
  return `${bytes} Bytes`;
}

function germanNumber(value: number): string {
  return value.toLocaleString('de-DE', { maximumFractionDigits: 1 });
}
