import { DetectError, MalformedError, parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { DepescheError } from '../../errors.ts';
import { hostnameOf, resolveUrl } from '../html/resolve-url.ts';
import { readAtom } from './atom-feed.ts';
import { decodeFeed } from './feed-encoding.ts';
import type { FeedFormat, ParsedFeed } from './feed-item.ts';
import { readJson } from './json-feed.ts';
import { finishItem, type FeedReading } from './raw-item.ts';
import { readRdf, readRss } from './rss-feed.ts';
import { refuseEntityDeclarations, rootElementName } from './xml-guard.ts';
import { xmlSyntaxError } from './xml-syntax-error.ts';

/** Items read from one feed; the rest are left out with a note (feeds list the newest first). */
export const maxFeedItems = 500;

const notAFeed = 'Das ist kein RSS-, Atom- oder JSON-Feed';

/**
 * Feed bytes → the items in one shape, whatever the format (RSS 2.0, RSS 1.0
 * /RDF, Atom, JSON Feed). The format is told by the document itself (its root
 * element, or JSON), not by the Content-Type, which servers often get wrong.
 * Every problem is a DepescheError('invalid_feed') that says what is wrong
 * with this feed and what to do.
 */
export function parseFeed(body: Uint8Array, options: { contentType: string | null; url: string }): ParsedFeed {
  if (body.length === 0) throw new DepescheError('invalid_feed', `${notAFeed}: die Antwort des Servers ist leer (0 Bytes). Stimmt die Adresse?`);
  const { text, syntax, note } = decodeFeed(body, options.contentType);
  if (text.trim() === '') throw new DepescheError('invalid_feed', `${notAFeed}: die Antwort enthält nur Leerzeichen. Stimmt die Adresse?`);

  let format: FeedFormat;
  let reading: FeedReading;
  let count: number;
  if (syntax === 'json') {
    ({ format, reading, count } = fromJson(text, options.url));
  } else if (syntax === 'xml') {
    ({ format, reading, count } = fromXml(text, options));
  } else {
    const start = text.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new DepescheError('invalid_feed', `${notAFeed}: der Inhalt beginnt mit „${start}“ statt mit < (XML) oder { (JSON).`);
  }

  const items = reading.items.slice(0, maxFeedItems).map(finishItem);
  const parsed: ParsedFeed = {
    format,
    title: reading.title || (hostnameOf(options.url) ?? options.url),
    siteUrl: reading.siteUrl,
    items,
  };
  const notes = [...(note ? [note] : []), ...(count > maxFeedItems ? [`Der Feed hat mehr als ${maxFeedItems} Einträge; gelesen wurden die ersten ${maxFeedItems}.`] : [])];
  if (notes.length > 0) parsed.notes = notes;
  return parsed;
}

// One more than kept, to know whether the feed had more.
const readOptions = { maxItems: maxFeedItems + 1 };

function fromXml(xml: string, options: { contentType: string | null; url: string }): { format: FeedFormat; reading: FeedReading; count: number } {
  refuseEntityDeclarations(xml);
  const root = rootElementName(xml);
  if (root === null) throw xmlSyntaxError(xml, null);
  const local = (root.split(':').pop() ?? root).toLowerCase();
  try {
    if (local === 'rss') {
      const feed = parseRssFeed(xml, readOptions);
      return { format: 'rss2', reading: readRss(feed, options.url), count: feed.items?.length ?? 0 };
    }
    if (local === 'feed') {
      const feed = parseAtomFeed(xml, readOptions);
      return { format: 'atom', reading: readAtom(feed, options.url), count: feed.entries?.length ?? 0 };
    }
    if (local === 'rdf') {
      const feed = parseRdfFeed(xml, readOptions);
      return { format: 'rss1', reading: readRdf(feed, options.url), count: feed.items?.length ?? 0 };
    }
  } catch (error) {
    if (error instanceof MalformedError) throw xmlSyntaxError(xml, error);
    if (error instanceof DetectError || (error instanceof Error && error.name === 'ParseError')) {
      throw new DepescheError('invalid_feed', `Das Dokument beginnt wie ein Feed (<${root}>), enthält aber keinen lesbaren Kanal mit Einträgen.`, { cause: error });
    }
    throw error;
  }
  if (local === 'html' || /text\/html/i.test(options.contentType ?? '')) throw htmlPageError(xml, options.url);
  throw new DepescheError('invalid_feed', `${notAFeed}: das XML-Dokument hat das Wurzelelement <${root}> (erwartet: <rss>, <feed> oder <rdf:RDF>).`);
}

/** A web page instead of a feed: name the feed the page links to, if it does. */
function htmlPageError(html: string, url: string): DepescheError {
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
    const type = attribute('type') ?? '';
    const href = attribute('href');
    if (!/\balternate\b/i.test(attribute('rel') ?? '') || !/(rss|atom)\+xml|feed\+json/i.test(type) || !href) continue;
    const feedUrl = resolveUrl(href.replace(/&amp;/g, '&'), url);
    if (feedUrl) return new DepescheError('invalid_feed', `${notAFeed}, sondern eine Webseite (HTML). Die Seite nennt diesen Feed: ${feedUrl}`);
  }
  return new DepescheError('invalid_feed', `${notAFeed}, sondern eine Webseite (HTML). Bitte die Adresse des Feeds angeben (oft …/rss, …/feed oder im Seitenquelltext unter <link rel="alternate">).`);
}

function fromJson(text: string, url: string): { format: FeedFormat; reading: FeedReading; count: number } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const place = /\(line (\d+) column (\d+)\)/.exec(error instanceof Error ? error.message : '');
    const where = place ? ` (Zeile ${place[1]}, Spalte ${place[2]})` : '';
    throw new DepescheError('invalid_feed', `Der JSON-Feed ist kein gültiges JSON${where} – bitte den Herausgeber bitten, ihn zu reparieren.`, { cause: error });
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const version = isObject ? (value as Record<string, unknown>)['version'] : undefined;
  const items = isObject ? (value as Record<string, unknown>)['items'] : undefined;
  if (!(typeof version === 'string' && version.includes('jsonfeed.org/version/')) && !Array.isArray(items)) {
    throw new DepescheError(
      'invalid_feed',
      `${notAFeed}: das ist JSON, aber kein JSON Feed (es fehlen "version": "https://jsonfeed.org/version/1.1" und die Liste "items").`,
    );
  }
  try {
    const feed = parseJsonFeed(value, readOptions);
    return { format: 'json', reading: readJson(feed, url), count: feed.items?.length ?? 0 };
  } catch (error) {
    throw new DepescheError('invalid_feed', `${notAFeed}: das JSON hat keinen Titel und keine lesbaren Einträge.`, { cause: error });
  }
}
