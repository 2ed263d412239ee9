import type { Article } from '../article/article.ts';
import { articleFromDraft } from '../article/from-draft.ts';
import { enrichDraft } from '../commands/enrich-draft.ts';
import { DepescheError, isDepescheError } from '../errors.ts';
import type { FetchPolicy } from '../fetch/fetch-policy.ts';
import { safeFetch } from '../fetch/safe-fetch.ts';
import { parseFeed } from '../ingest/feed/parse-feed.ts';
import { decodeHtml } from '../ingest/html/decode-html.ts';
import { extractArticle, type ExtractedPage } from '../ingest/html/extract-article.ts';
import type { Store } from '../store/article-repository.ts';
import { uploadImage } from '../commands/upload-image.ts';
import type { UploadOptions } from '../media/upload-options.ts';
import { takePictures } from './take-pictures.ts';
import type { Feed } from '../store/wire-repository.ts';
import { checkFeedSettings, checkPageAddress } from './feed-settings.ts';
import { wireSection } from './item-article.ts';
import { feedAccept, pollFeed, type PollDeps } from './poll-feed.ts';

export interface WireDeskOptions {
  store: Store;
  policy: FetchPolicy;
  now?: () => Date;
  /** Whether suggested key points go into new articles (the site setting). */
  autoKeyPoints?: () => Promise<boolean>;
  /** Where the pictures of items and pages are stored: the media library, as for uploads. */
  uploads: UploadOptions;
}

/** Feeds polled per run of the scheduler; the rest are due in the next run. */
const feedsPerRun = 20;

const pageAccept = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
const pictureAccept = 'image/avif, image/webp, image/png, image/jpeg;q=0.9, */*;q=0.1';

/**
 * The wire desk's commands, the same for the CLI, the newsroom and the
 * scheduler: subscribe (after checking that the address is a feed), poll,
 * and take a single page an editor pastes.
 */
export class WireDesk {
  readonly #store: Store;
  readonly #uploads: UploadOptions;
  readonly #deps: PollDeps;
  /** Polls under way, by feed: the scheduler and "Jetzt abrufen" must not take the same items twice. */
  readonly #polling = new Map<string, Promise<Feed | undefined>>();

  constructor(options: WireDeskOptions) {
    this.#store = options.store;
    this.#uploads = options.uploads;
    const now = options.now ?? (() => new Date());
    this.#deps = {
      store: options.store,
      policy: options.policy,
      now,
      autoKeyPoints: options.autoKeyPoints ?? (async () => false),
      fetchPage: (url) => this.fetchPage(url),
      takePicture: (url) => this.takePicture(url),
    };
  }

  /**
   * Subscribes to a feed after fetching it once: an address that is not a
   * feed is refused now, with the reason, not discovered at the first poll.
   * The title is the feed's own unless one is given.
   */
  async subscribe(input: unknown, actor: string): Promise<Feed> {
    const settings = checkFeedSettings(input);
    const known = await this.#store.wire.feedByUrl(settings.url);
    if (known) throw new DepescheError('conflict', `Der Feed ${settings.url} ist schon abonniert (als „${known.title}“).`);
    const fetched = await safeFetch(settings.url, this.#deps.policy, { accept: feedAccept });
    if (fetched.kind !== 'ok') throw new DepescheError('fetch_failed', `${settings.url} antwortete ohne Inhalt (304).`);
    const parsed = parseFeed(fetched.body, { contentType: fetched.contentType, url: fetched.url });
    const title = settings.title || parsed.title || new URL(settings.url).hostname;
    return this.#store.wire.addFeed({ ...settings, title }, { actor, now: this.#deps.now() });
  }

  /** Changes a subscription's settings; its address may change too. */
  async update(id: string, input: unknown): Promise<Feed> {
    const current = await this.#feed(id);
    const settings = checkFeedSettings(input);
    return this.#store.wire.updateFeed(id, { ...settings, title: settings.title || current.title });
  }

  async remove(id: string): Promise<void> {
    await this.#store.wire.removeFeed(id, this.#deps.now());
  }

  /**
   * Polls the feeds that are due, one after the other, and returns them as
   * they are now. A poll records its own failures on its feed; should the
   * store itself fail for one feed, the others are still polled and the
   * error is reported after them.
   */
  async pollDue(): Promise<Feed[]> {
    const due = await this.#store.wire.dueFeeds(this.#deps.now(), feedsPerRun);
    const polled: Feed[] = [];
    const failed: unknown[] = [];
    for (const feed of due) {
      try {
        const after = await this.#poll(feed);
        if (after) polled.push(after);
      } catch (error) {
        failed.push(error);
      }
    }
    if (failed.length > 0) throw new AggregateError(failed, `${failed.length} Feeds konnten nicht abgerufen werden: ${failed.map(String).join('; ')}`);
    return polled;
  }

  /** Polls one feed now, whenever it was due. */
  async pollNow(id: string): Promise<Feed> {
    const after = await this.#poll(await this.#feed(id));
    if (!after) throw new DepescheError('not_found', 'Das Abonnement wurde während des Abrufs beendet.');
    return after;
  }

  /** One poll per feed at a time in this process: a second request waits for the running one and gets its outcome. */
  #poll(feed: Feed): Promise<Feed | undefined> {
    const running = this.#polling.get(feed.id);
    if (running) return running;
    const poll = pollFeed(feed, this.#deps).finally(() => this.#polling.delete(feed.id));
    this.#polling.set(feed.id, poll);
    return poll;
  }

  /** Fetches a page and extracts its article. */
  async fetchPage(url: string): Promise<ExtractedPage> {
    const fetched = await safeFetch(url, this.#deps.policy, { accept: pageAccept });
    if (fetched.kind !== 'ok') throw new DepescheError('fetch_failed', `${url} antwortete ohne Inhalt (304).`);
    const type = fetched.contentType?.split(';')[0]?.trim().toLowerCase();
    if (type && type !== 'text/html' && type !== 'application/xhtml+xml') {
      throw new DepescheError('unsupported_media', `${fetched.url} ist keine HTML-Seite (${type}).`);
    }
    try {
      return extractArticle(decodeHtml(fetched.body, fetched.contentType), fetched.url);
    } catch (error) {
      if (isDepescheError(error)) throw error;
      // A page the extraction cannot read at all (flattenDeepNesting already bounds the nesting that once did this).
      const detail = error instanceof Error ? error.message : String(error);
      throw new DepescheError('no_article', `${fetched.url} ließ sich nicht als Artikel lesen (${detail}).`, { cause: error });
    }
  }

  /**
   * Copies a picture into the media library, checked like an upload, and
   * gives its local address. Fetched under the same rules as feeds and pages.
   */
  async takePicture(url: string): Promise<string> {
    const fetched = await safeFetch(url, this.#deps.policy, { accept: pictureAccept });
    if (fetched.kind !== 'ok') throw new DepescheError('fetch_failed', `${url} antwortete ohne Inhalt (304).`);
    const name = decodeURIComponent(new URL(fetched.url).pathname.split('/').at(-1) ?? '') || 'agenturbild';
    const image = await uploadImage(this.#store, { bytes: fetched.body, originalName: name, createdBy: null }, this.#uploads);
    return image.src;
  }

  /** Takes the article of a page an editor pasted as a new draft; a picture that cannot be copied is left out. */
  async importPage(url: string, actor: { email: string; userId?: string }): Promise<Article> {
    const checked = checkPageAddress(url);
    const page = await this.fetchPage(checked);
    const autoKeyPoints = await this.#deps.autoKeyPoints();
    const { draft: withPictures } = await takePictures(page.draft, (picture) => this.takePicture(picture));
    const draft = enrichDraft({ ...withPictures, section: withPictures.section ?? wireSection }, { autoKeyPoints });
    const article = articleFromDraft({ ...draft, publishedAt: null }, { where: checked, now: this.#deps.now(), status: 'draft', defaultSection: wireSection });
    const stored = await this.#store.articles.insert(article, { actor: actor.email, makeSlugUnique: true, createdBy: actor.userId });
    return stored.article;
  }

  async #feed(id: string): Promise<Feed> {
    const feed = await this.#store.wire.feed(id);
    if (!feed) throw new DepescheError('not_found', `Es gibt keinen abonnierten Feed mit der ID ${id}.`);
    return feed;
  }
}
