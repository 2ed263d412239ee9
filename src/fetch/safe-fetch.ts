import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { FetchError, formatBytes, formatDuration } from './fetch-error.ts';
import type { FetchPolicy } from './fetch-policy.ts';
import { checkFetchTarget } from './fetch-target.ts';
import { guardedLookup } from './guarded-lookup.ts';
import { readBody, type BodyProgress } from './read-body.ts';

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  | {
      kind: 'ok';
      /** Final URL after redirects. */
      url: string;
      status: number;
      contentType: string | null;
      body: Buffer;
      etag: string | null;
      lastModified: string | null;
    };

export interface SafeFetchOptions {
  conditional?: ConditionalHeaders;
  /** The Accept header; default `*∕*`. */
  accept?: string;
  signal?: AbortSignal;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * GET a URL that someone outside chose (a feed, a linked page) under the
 * policy: only http(s), only allowed addresses (checked on every hop, on the
 * address actually connected to), a bounded number of redirects, a bounded
 * body (as sent and unpacked) and one deadline for the whole fetch. Every
 * failure is a FetchError with a German message and a machine-readable reason.
 */
export async function safeFetch(url: string, policy: FetchPolicy, options: SafeFetchOptions = {}): Promise<FetchResult> {
  let current = checkFetchTarget(url, policy);
  const state = { url: current, stage: 'connect' as 'connect' | 'body', progress: { receivedBytes: 0 } satisfies BodyProgress };

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(timeoutError(policy, state)), policy.timeoutMs);
  const onCallerAbort = () =>
    deadline.abort(new FetchError('aborted', `Der Abruf von ${state.url.host} wurde abgebrochen.`, { url: state.url.href }));
  if (options.signal?.aborted) onCallerAbort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const visited = new Set([current.href]);
    for (let redirects = 0; ; redirects++) {
      const response = await requestOnce(current, policy, requestHeaders(policy, options), deadline.signal);
      const status = response.statusCode ?? 0;

      if (redirectStatuses.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (location === undefined || location.trim() === '') {
          throw new FetchError('http_status', `Der Server antwortete mit ${statusLine(status)}, nannte aber kein Ziel der Weiterleitung.`, {
            url: current.href,
            httpStatus: status,
          });
        }
        if (redirects >= policy.maxRedirects) {
          throw new FetchError('redirects', `Mehr als ${policy.maxRedirects} Weiterleitungen – abgebrochen (zuletzt bei ${current.href}).`, {
            url: current.href,
          });
        }
        const next = checkFetchTarget(location, policy, current);
        if (visited.has(next.href)) {
          throw new FetchError('redirects', `Weiterleitungsschleife: ${current.href} leitet zurück auf ${next.href}.`, { url: current.href });
        }
        visited.add(next.href);
        current = next;
        state.url = next;
        continue;
      }

      const etag = singleHeader(response.headers.etag);
      const lastModified = singleHeader(response.headers['last-modified']);
      if (status === 304) {
        response.destroy();
        return {
          kind: 'not-modified',
          url: current.href,
          // A 304 should repeat the validators; when it does not, the ones sent still hold.
          etag: etag ?? options.conditional?.etag ?? null,
          lastModified: lastModified ?? options.conditional?.lastModified ?? null,
        };
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FetchError('http_status', `Der Server antwortete mit ${statusLine(status, response.statusMessage)}.`, {
          url: current.href,
          httpStatus: status,
        });
      }

      const announced = Number(response.headers['content-length']);
      if (Number.isFinite(announced) && announced > policy.maxBytes) {
        response.destroy();
        throw new FetchError(
          'too_large',
          `Antwort größer als ${formatBytes(policy.maxBytes)} (der Server kündigt ${formatBytes(announced)} an) – nicht abgerufen.`,
          { url: current.href },
        );
      }

      state.stage = 'body';
      const body = await readBody(response, { maxBytes: policy.maxBytes, url: current.href, signal: deadline.signal, progress: state.progress });
      return {
        kind: 'ok',
        url: current.href,
        status,
        contentType: singleHeader(response.headers['content-type']),
        body,
        etag,
        lastModified,
      };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
    // Whatever is still open (a socket, a decoder) goes with the deadline's signal.
    if (!deadline.signal.aborted) deadline.abort(new FetchError('aborted', 'Abruf beendet.', { url: current.href }));
  }
}

function requestHeaders(policy: FetchPolicy, options: SafeFetchOptions): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': policy.userAgent,
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'de, en;q=0.5',
  };
  if (options.conditional?.etag) headers['if-none-match'] = options.conditional.etag;
  if (options.conditional?.lastModified) headers['if-modified-since'] = options.conditional.lastModified;
  return headers;
}

function requestOnce(url: URL, policy: FetchPolicy, headers: OutgoingHttpHeaders, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'GET',
      headers,
      // Our own lookup decides which addresses may be connected to; no agent, so no
      // kept-alive socket that another part of the process opened unchecked is reused.
      lookup: guardedLookup(policy, url.href),
      agent: false,
      signal,
    });
    request.once('response', resolve);
    request.on('error', (error) => reject(signal.aborted ? signal.reason : networkError(error, url)));
    request.end();
  });
}

function networkError(error: unknown, url: URL): FetchError {
  if (error instanceof FetchError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const host = url.host;
  let message: string;
  if (code === 'ECONNREFUSED') message = `${host} nimmt keine Verbindung an (Verbindung abgelehnt).`;
  else if (code === 'ECONNRESET') message = `${host} hat die Verbindung abgebrochen.`;
  else if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') message = `${host} ist nicht erreichbar (${code}).`;
  else if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL')) {
    message = `Die sichere Verbindung zu ${host} ist gescheitert: das Zertifikat wird nicht anerkannt (${code}).`;
  } else if (code === 'HPE_HEADER_OVERFLOW') message = `${host} sendet zu große Kopfzeilen.`;
  else if (code.startsWith('HPE_')) message = `${host} antwortet nicht mit gültigem HTTP (${code}).`;
  else message = `Netzwerkfehler beim Abruf von ${host}: ${code || (error as Error).message}.`;
  return new FetchError('network', message, { url: url.href, cause: error });
}

function timeoutError(policy: FetchPolicy, state: { url: URL; stage: 'connect' | 'body'; progress: BodyProgress }): FetchError {
  const limit = formatDuration(policy.timeoutMs);
  const detail = state.stage === 'body'
    ? `${state.url.host} sendet die Antwort zu langsam (${formatBytes(state.progress.receivedBytes)} erhalten) – abgebrochen.`
    : `${state.url.host} hat nicht rechtzeitig geantwortet – abgebrochen.`;
  return new FetchError('timeout', `Zeitüberschreitung nach ${limit}: ${detail}`, { url: state.url.href });
}

function statusLine(status: number, serverText?: string): string {
  const text = http.STATUS_CODES[status] ?? serverText?.slice(0, 60) ?? '';
  return text === '' ? String(status) : `${status} ${text}`;
}

function singleHeader(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? null : first;
}
