import type { FeedChannel, FeedEntry } from '../../src/web/syndication/feed-entry.ts';

/**
 * A feed whose texts carry everything that breaks XML or JSON when escaped
 * wrongly: umlauts and ß, `&`, `<`, quotes, `]]>`, and a control character
 * (allowed in an article's text, forbidden in XML).
 */
export const trickyTitle = 'Größe & Maß: <Straßen> „zählen“ ]]> mehr\u000C';

export function feedEntry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    id: 'tag:depesche.example,2025-04-25:artikel/ref-ukraine-koalition',
    url: 'https://depesche.example/nachrichten/groesse-und-mass',
    title: trickyTitle,
    summary: 'Vorspann mit Ümlaut & <b>kein Fett</b>',
    contentHtml: '<h2>Was müssen Sie wissen?</h2>\n<ul><li>Punkt &amp; mehr</li></ul>\n<p>Text mit &lt;Klammer&gt;</p>\n',
    authors: ['Jana Wilke', 'Jörg Ärmel'],
    categories: ['Nachrichten', 'Straßenbau'],
    language: 'de',
    published: '2025-04-25T18:30:00+02:00',
    updated: '2025-04-26T09:00:00+02:00',
    image: {
      url: 'https://depesche.example/media/demo/bild.svg?a=1&b=2',
      mediaType: 'image/svg+xml',
      length: 5256,
      width: 1200,
      height: 675,
      alt: 'Eine Brücke',
      caption: 'Die Brücke über die Fulda & den Kanal',
      credit: '© zsu',
    },
    ...overrides,
  };
}

export function feedChannel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: 'Nachrichten – Depesche & Co',
    description: 'Neueste Artikel aus Nachrichten',
    homeUrl: 'https://depesche.example/nachrichten',
    feedUrls: {
      rss: 'https://depesche.example/nachrichten/feed.xml',
      atom: 'https://depesche.example/nachrichten/atom.xml',
      json: 'https://depesche.example/nachrichten/feed.json',
    },
    language: 'de',
    siteName: 'Depesche',
    iconUrl: 'https://depesche.example/assets/favicon.svg',
    updated: '2025-04-26T09:00:00+02:00',
    entries: [feedEntry(), feedEntry({ id: 'tag:depesche.example,2025-04-24:artikel/zweiter', title: 'Zweiter', summary: '', image: null, authors: ['Depesche'] })],
    ...overrides,
  };
}
