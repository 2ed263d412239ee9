import type { AtomFeed } from 'feedsmith';
import { resolveUrl } from '../html/resolve-url.ts';
import { mediaCandidates, type ImageCandidate } from './feed-image.ts';
import { htmlToText, plainText, textToHtml } from './html-text.ts';
import { withBase, type FeedReading, type RawItem } from './raw-item.ts';

type Text = { value?: string; type?: string } | undefined;
type Link = AtomFeed.Link<string>;

/** Atom 1.0 (and 0.3): text constructs with their type, links by rel, xml:base on feed and entry. */
export function readAtom(feed: AtomFeed.Feed<string>, documentUrl: string): FeedReading {
  const base = withBase(feed.xml?.base, documentUrl);
  const feedAuthors = (feed.authors ?? []).map((person) => person.name);
  return {
    title: textOf(feed.title),
    siteUrl: pageLink(feed.links, base),
    items: (feed.entries ?? []).map((entry) => atomEntry(entry, base, feedAuthors)),
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, feedBase: string | null, feedAuthors: (string | undefined)[]): RawItem {
  const base = withBase(entry.xml?.base, feedBase);
  const enclosures: ImageCandidate[] = (entry.links ?? [])
    .filter((link) => link.rel === 'enclosure')
    .map((link) => ({ url: link.href, type: link.type }));
  const authors = (entry.authors ?? []).map((person) => person.name);
  return {
    id: entry.id,
    link: rawPageLink(entry.links),
    title: entry.title?.value,
    titleIsHtml: isHtml(entry.title),
    summary: entry.summary?.value,
    summaryIsText: !isHtml(entry.summary),
    contentHtml: contentHtml(entry.content),
    date: entry.published ?? entry.updated,
    // An entry without its own author has the feed's (RFC 4287, 4.2.1).
    authors: [...(authors.length > 0 ? authors : feedAuthors), ...(entry.dc?.creators ?? [])],
    categories: (entry.categories ?? []).map((category) => category.label ?? category.term),
    images: [...mediaCandidates(entry.media), ...enclosures],
    baseUrl: base,
  };
}

function isHtml(text: Text): boolean {
  return text?.type === 'html' || text?.type === 'xhtml';
}

function textOf(text: Text): string {
  if (!text?.value) return '';
  return isHtml(text) ? htmlToText(text.value) : plainText(text.value);
}

/** Atom content as HTML: html and xhtml as they are, text escaped; content elsewhere (`src`) or of other media types has none. */
function contentHtml(content: AtomFeed.Entry<string>['content']): string | null {
  if (!content?.value || content.src) return null;
  const type = (content.type ?? 'text').toLowerCase();
  if (type === 'html' || type === 'xhtml' || type === 'text/html' || type.endsWith('+xml')) return content.value;
  if (type === 'text' || type.startsWith('text/')) return textToHtml(content.value);
  return null;
}

/** The link to the page: rel="alternate" (the default rel), HTML preferred. */
function rawPageLink(links: Link[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate' && link.href);
  return (alternates.find((link) => !link.type || /html/i.test(link.type)) ?? alternates[0])?.href;
}

function pageLink(links: Link[] | undefined, base: string | null): string | null {
  const href = rawPageLink(links);
  return href ? resolveUrl(href, base) : null;
}
