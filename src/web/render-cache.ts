import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export interface RenderedPage {
  status: number;
  html: string;
  /** The page's own address, for pages that can be asked for under another one. */
  canonicalPath?: string;
  /** For what is no HTML page (feeds, sitemaps, robots.txt); HTML otherwise. */
  contentType?: string;
}

export interface CachedPage extends RenderedPage {
  etag: string;
  /** UTF-8 encoded once at render time, rather than on every response. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Compressed once at render time, so compression costs nothing per request. */
  gzip: Uint8Array<ArrayBuffer>;
  brotli: Uint8Array<ArrayBuffer>;
}

/**
 * Keeps rendered pages until the content changes. Every lookup compares the
 * store's change token; any committed write, from this process or another,
 * empties the cache, so a page is never served stale after an edit. Readers
 * far outnumber writes on a news site, so this trades a re-render per write
 * for no database work on almost every request.
 */
export class RenderCache {
  readonly #pages = new Map<string, Promise<CachedPage | null>>();
  readonly #changeToken: () => string;
  readonly #maxEntries: number;
  #token = '';

  constructor(changeToken: () => string, maxEntries = 2000) {
    this.#changeToken = changeToken;
    this.#maxEntries = maxEntries;
  }

  /** `render` returns null for pages that do not exist; those are not kept. */
  get(key: string, render: () => Promise<RenderedPage | null>): Promise<CachedPage | null> {
    const token = this.#changeToken();
    if (token !== this.#token) {
      this.#pages.clear();
      this.#token = token;
    }
    const cached = this.#pages.get(key);
    if (cached) return cached;

    // The promise is kept, so concurrent first requests render only once.
    const pending = render().then((page) => (page ? finish(page) : null));
    if (this.#pages.size >= this.#maxEntries) this.#pages.clear();
    this.#pages.set(key, pending);
    pending.then(
      (page) => {
        if (page === null && this.#pages.get(key) === pending) this.#pages.delete(key);
      },
      () => {
        if (this.#pages.get(key) === pending) this.#pages.delete(key);
      },
    );
    return pending;
  }
}

/**
 * Brotli's densest level takes seconds for a 20 MB sitemap (measured once by
 * hand, not by a bench: 7 s against 0.15 s at level 5, for 0.22 MiB against
 * 0.27 MiB); pages are far below this size.
 */
const largeBody = 1 << 20;

function finish(page: RenderedPage): CachedPage {
  const etag = `"${createHash('sha256').update(page.html).digest('base64url').slice(0, 27)}"`;
  return {
    ...page,
    etag,
    bytes: ownBytes(Buffer.from(page.html)),
    gzip: ownBytes(gzipSync(page.html, { level: 9 })),
    brotli: ownBytes(
      brotliCompressSync(page.html, {
        params: { [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_QUALITY]: page.html.length > largeBody ? 5 : 10 },
      }),
    ),
  };
}

/** A Uint8Array over exactly these bytes (a Buffer may share a larger pool). */
function ownBytes(buffer: Buffer): Buffer<ArrayBuffer> {
  // Kept a Buffer: Node writes Buffers to a socket directly, other typed arrays more slowly.
  return Buffer.from(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
}
