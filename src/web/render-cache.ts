import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface RenderedPage {
  status: number;
  html: string;
}

export interface CachedPage extends RenderedPage {
  etag: string;
  /** Compressed once at render time, so gzip costs nothing per request. */
  gzip: Uint8Array<ArrayBuffer>;
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

function finish(page: RenderedPage): CachedPage {
  const etag = `"${createHash('sha256').update(page.html).digest('base64url').slice(0, 27)}"`;
  const gzip = gzipSync(page.html);
  return { ...page, etag, gzip: new Uint8Array(gzip.buffer.slice(gzip.byteOffset, gzip.byteOffset + gzip.byteLength)) };
}
