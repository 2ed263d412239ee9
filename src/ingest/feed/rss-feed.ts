import type { RdfFeed, RssFeed } from 'feedsmith';
import { resolveUrl } from '../html/resolve-url.ts';
import { mediaCandidates, type ImageCandidate } from './feed-image.ts';
import { plainText } from './html-text.ts';
import { withBase, type FeedReading, type RawItem } from './raw-item.ts';

/** RSS 0.9x/2.0 as feedsmith reads it, with the Dublin Core, content and Media RSS extensions. */
export function readRss(feed: RssFeed.Feed<string>, documentUrl: string): FeedReading {
  const base = withBase(feed.xml?.base, documentUrl);
  return {
    title: plainText(feed.title ?? feed.dc?.titles?.[0] ?? ''),
    siteUrl: feed.link ? resolveUrl(feed.link, base) : null,
    items: (feed.items ?? []).map((item) => rssItem(item, base)),
  };
}

function rssItem(item: RssFeed.Item<string>, feedBase: string | null): RawItem {
  const guid = item.guid?.value;
  const enclosures: ImageCandidate[] = (item.enclosures ?? []).map((enclosure) => ({ url: enclosure.url, type: enclosure.type }));
  return {
    id: guid,
    link: item.link,
    // A guid is the item's address unless marked isPermaLink="false".
    linkFallback: guid !== undefined && item.guid?.isPermaLink !== false && /^https?:\/\//i.test(guid) ? guid : undefined,
    title: item.title ?? item.dc?.titles?.[0],
    summary: item.description ?? item.dc?.descriptions?.[0],
    contentHtml: item.content?.encoded,
    date: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? item.dcterms?.created?.[0],
    authors: [...(item.authors ?? []).map((person) => person.name), ...(item.dc?.creators ?? [])],
    categories: [...(item.categories ?? []).map((category) => category.name), ...(item.dc?.subjects ?? [])],
    images: [...mediaCandidates(item.media), ...enclosures],
    baseUrl: withBase(item.xml?.base, feedBase),
  };
}

/** RSS 1.0 (RDF): the same elements as RSS 2.0 minus guid, author and enclosure, identified by rdf:about. */
export function readRdf(feed: RdfFeed.Feed<string>, documentUrl: string): FeedReading {
  const base = withBase(feed.xml?.base, documentUrl);
  return {
    title: plainText(feed.title ?? feed.dc?.titles?.[0] ?? ''),
    siteUrl: feed.link ? resolveUrl(feed.link, base) : null,
    items: (feed.items ?? []).map((item): RawItem => ({
      id: item.rdf?.about,
      link: item.link,
      linkFallback: item.rdf?.about,
      title: item.title ?? item.dc?.titles?.[0],
      summary: item.description ?? item.dc?.descriptions?.[0],
      contentHtml: item.content?.encoded,
      date: item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? item.dcterms?.created?.[0],
      authors: item.dc?.creators ?? [],
      categories: item.dc?.subjects ?? [],
      images: mediaCandidates(item.media),
      baseUrl: withBase(item.xml?.base, base),
    })),
  };
}
