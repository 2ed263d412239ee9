/**
 * The feed formats and where each feed lives: `<base>/feed.xml` (RSS 2.0),
 * `<base>/atom.xml` (Atom 1.0) and `<base>/feed.json` (JSON Feed 1.1), with
 * `<base>` empty for the whole site, `/<ressort>`, `/thema/<slug>` or
 * `/autor/<slug>`.
 */
export const feedFormats = [
  { format: 'rss', file: 'feed.xml', mediaType: 'application/rss+xml', label: 'RSS' },
  { format: 'atom', file: 'atom.xml', mediaType: 'application/atom+xml', label: 'Atom' },
  { format: 'json', file: 'feed.json', mediaType: 'application/feed+json', label: 'JSON Feed' },
] as const;

export type FeedFormat = (typeof feedFormats)[number]['format'];

/** The newest articles a feed carries. */
export const feedSize = 50;

export function feedPath(basePath: string, format: FeedFormat): string {
  const file = feedFormats.find((entry) => entry.format === format)?.file ?? 'feed.xml';
  return `${basePath}/${file}`;
}

export function contentTypeOf(format: FeedFormat): string {
  const mediaType = feedFormats.find((entry) => entry.format === format)?.mediaType ?? 'application/xml';
  return `${mediaType}; charset=utf-8`;
}
