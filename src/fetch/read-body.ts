import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';
import type { Duplex } from 'node:stream';
import { FetchError, formatBytes } from './fetch-error.ts';

/** What is known about a body while it arrives, for the messages of a timeout. */
export interface BodyProgress {
  receivedBytes: number;
}

/**
 * Reads a response body, decompressing gzip, deflate and br ourselves, and
 * stops as soon as either the bytes on the wire or the bytes after
 * decompression pass the limit: a 50 KB gzip file that unpacks to 50 GB ends
 * after `maxBytes`, not when memory runs out.
 */
export function readBody(
  response: IncomingMessage,
  options: { maxBytes: number; url: string; signal: AbortSignal; progress: BodyProgress },
): Promise<Buffer> {
  const { maxBytes, url, signal, progress } = options;
  const encodings = contentEncodings(response.headers['content-encoding']);

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let decodedBytes = 0;
    let settled = false;
    let decoders: Duplex[] | null = null;

    const finish = (error: unknown, body?: Buffer) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error !== null) {
        response.destroy();
        for (const decoder of decoders ?? []) decoder.destroy();
        reject(error);
      } else {
        resolve(body!);
      }
    };
    const onAbort = () => finish(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    const tooLarge = (unpacked: boolean) =>
      new FetchError('too_large', `Antwort größer als ${formatBytes(maxBytes)}${unpacked ? ' (entpackt)' : ''} – abgebrochen.`, { url });

    const keep = (chunk: Buffer) => {
      if (settled) return;
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) return finish(tooLarge(encodings.length > 0));
      chunks.push(chunk);
    };
    const done = () => finish(null, Buffer.concat(chunks, decodedBytes));

    const startDecoders = (first: Buffer): Duplex[] | null => {
      const chain: Duplex[] = [];
      for (const encoding of [...encodings].reverse()) {
        const decoder = createDecoder(encoding, chain.length === 0 ? first : null);
        if (decoder === null) {
          finish(new FetchError('encoding', `Der Server sendet die Antwort mit der Kodierung „${encoding}“, die Depesche nicht entpacken kann.`, { url }));
          return null;
        }
        decoder.on('error', (cause) =>
          finish(new FetchError('encoding', `Die Antwort ist als ${encodings.join(', ')} gepackt, lässt sich aber nicht entpacken (beschädigt).`, { url, cause })),
        );
        if (chain.length > 0) chain[chain.length - 1]!.pipe(decoder);
        chain.push(decoder);
      }
      const last = chain[chain.length - 1]!;
      last.on('data', keep);
      last.on('end', done);
      return chain;
    };

    response.on('data', (chunk: Buffer) => {
      if (settled) return;
      progress.receivedBytes += chunk.length;
      if (progress.receivedBytes > maxBytes) return finish(tooLarge(false));
      if (encodings.length === 0) return keep(chunk);
      decoders ??= startDecoders(chunk);
      decoders?.[0]?.write(chunk);
    });
    response.on('end', () => {
      if (encodings.length === 0) return done();
      if (decoders === null) return done(); // an empty compressed body is an empty body
      decoders[0]!.end();
    });
    response.on('error', (cause) => finish(signal.aborted ? signal.reason : new FetchError('network', 'Die Verbindung brach ab, bevor die Antwort vollständig war.', { url, cause })));
    response.on('close', () => {
      if (!response.complete) finish(signal.aborted ? signal.reason : new FetchError('network', 'Der Server brach die Verbindung ab, bevor die Antwort vollständig war.', { url }));
    });
  });
}

/** The encodings in the order the server applied them; `identity` means none. */
function contentEncodings(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '' && part !== 'identity');
}

function createDecoder(encoding: string, first: Buffer | null): Duplex | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'br':
      return zlib.createBrotliDecompress();
    case 'deflate':
      // "deflate" should be zlib-wrapped, yet some servers send raw deflate: the header tells them apart.
      return first !== null && !hasZlibHeader(first) ? zlib.createInflateRaw() : zlib.createInflate();
    default:
      return null;
  }
}

function hasZlibHeader(bytes: Buffer): boolean {
  if (bytes.length < 2) return true;
  return (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;
}
