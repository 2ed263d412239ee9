import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DepescheError } from '../../errors.ts';
import type { FeedItem, ParsedFeed } from './feed-item.ts';
import { maxFeedItems, parseFeed } from './parse-feed.ts';

/** Our own small feeds in test/fixtures/feeds/, modelled on real German ones (see the README there). */
function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../../test/fixtures/feeds/${name}`, import.meta.url));
}

function parse(name: string, contentType: string | null = null): ParsedFeed {
  return parseFeed(fixture(name), { contentType, url: `https://feeds.example/${name}` });
}

function refuses(body: Uint8Array | string, message: RegExp, contentType: string | null = null): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  assert.throws(
    () => parseFeed(bytes, { contentType, url: 'https://feeds.example/feed' }),
    (error: unknown) => {
      assert.ok(error instanceof DepescheError, String(error));
      assert.equal(error.code, 'invalid_feed');
      assert.equal(error.status, 422);
      assert.match(error.message, message);
      return true;
    },
  );
}

function rss(items: string, channel = '<title>Test</title><link>https://feeds.example/</link><description>d</description>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
}

describe('RSS 2.0', () => {
  test('with content:encoded, CDATA and the picture only in the HTML (tagesschau style)', () => {
    const feed = parse('rss2-content-encoded.xml');
    assert.equal(feed.format, 'rss2');
    assert.equal(feed.title, 'Tagesblick – Die Nachrichten');
    assert.equal(feed.siteUrl, 'https://www.tagesblick.example/alle-meldungen.html');
    assert.equal(feed.items.length, 2);
    const [first, second] = feed.items as [FeedItem, FeedItem];
    assert.equal(first.key, '5f0c2a8e-7d1b-4b8e-9a52-1c0d3e4f5a6b');
    assert.equal(first.url, 'https://www.tagesblick.example/ausland/damaskus-aussenminister-100.html');
    assert.equal(first.headline, 'Übergangsregierung in Damaskus ernennt neuen Außenminister');
    assert.equal(first.summary, 'Knapp zwei Wochen nach dem Machtwechsel besetzt die neue Führung ein Schlüsselamt. Der Ernannte galt schon im Exil als „Stimme der Opposition“.');
    assert.equal(first.publishedAt, '2024-12-21T18:25:31.000Z');
    assert.match(first.contentHtml ?? '', /^<p> <a href=.*\[<a href=[^>]*>mehr<\/a>\]<\/p>$/s);
    // The alt text ends in the credit, as German feeds write it.
    assert.deepEqual(first.image, {
      src: 'https://bilder.tagesblick.example/damaskus-flagge-1280.jpg',
      alt: 'Ein Mann schwenkt in Damaskus eine Fahne',
      caption: '',
      credit: 'Reuters',
    });
    assert.equal(second.image?.src, 'https://feeds.example/bilder/markt-abend.jpg', 'relative picture resolved against the feed URL');
  });

  test('with an image enclosure, categories, »quotes«, double-escaped entities, an e-mail author and a German date', () => {
    const [first, second] = parse('rss2-enclosure.xml').items as [FeedItem, FeedItem];
    assert.equal(first.headline, 'Windkraft im Buckautal: »Niemand hat uns gefragt«');
    assert.equal(first.key, 'https://www.spiegelblick.example/politik/windkraft-buckautal-a-1234', 'the guid, not the link');
    assert.equal(first.url, 'https://www.spiegelblick.example/politik/windkraft-buckautal-a-1234#ref=rss');
    assert.deepEqual(first.categories, ['Politik', 'Energie'], 'each category once, ignoring case');
    assert.equal(first.image?.src, 'https://cdn.spiegelblick.example/images/windpark_w520.jpg');

    assert.equal(second.headline, 'Tom & Jerry & Co: Zeichentrick wird 85');
    assert.equal(second.summary, 'Eine Katze, eine Maus – und 85 Jahre Verfolgungsjagd.');
    assert.equal(second.url, 'https://feeds.example/kultur/zeichentrick-a-5678', 'relative link resolved against the feed URL');
    assert.equal(second.key, second.url, 'no guid: the link is the key');
    assert.deepEqual(second.authors, ['Mara Lenz'], 'the name, never the e-mail address');
    assert.equal(second.publishedAt, '2024-12-21T16:05:00.000Z', '„Sa, 21 Dez 2024 17:05:00 MEZ“');
    assert.equal(second.image, null, 'an audio enclosure is no picture');
    assert.equal(second.contentHtml, null);
  });

  test('with media:content, media:description and media:credit, dc:creator (RND style)', () => {
    const [first, second] = parse('rss2-media-content.xml').items as [FeedItem, FeedItem];
    assert.equal(first.headline, 'Eisern Union: Wackelt der Trainer? Sportchef lässt Zukunft offen');
    assert.deepEqual(first.authors, ['Sportredaktion RNB']);
    assert.deepEqual(first.image, {
      src: 'https://www.rnb.example/resizer/union.jpeg?auth=abc&quality=70&width=596',
      alt: 'Unter Druck: der Trainer an der Seitenlinie.',
      caption: 'Unter Druck: der Trainer an der Seitenlinie.',
      credit: 'Carla Jansen',
    });
    assert.deepEqual(second.authors, ['Matthias Schwarz', 'Lena Vogt']);
    assert.equal(second.image?.src, 'https://www.rnb.example/resizer/stadt-thumb.jpeg', 'media:thumbnail');
  });

  test('with HTML in the description and guid isPermaLink="false" (Deutschlandfunk style)', () => {
    const [first, second] = parse('rss2-html-description.xml').items as [FeedItem, FeedItem];
    assert.equal(first.key, 'gedenkgottesdienst-im-dom-100');
    assert.equal(first.url, 'https://www.deutschlandwelle.example/gedenkgottesdienst-im-dom-100.html');
    assert.equal(first.summary, 'Im Dom haben Betroffene, Angehörige und Einsatzkräfte der Opfer gedacht. Um 19:04 Uhr läuteten alle Glocken der Stadt.');
    assert.equal(first.image?.src, 'https://bilder.deutschlandwelle.example/dom-gottesdienst-1920x1920.jpg');
    assert.equal(first.image?.alt, 'Kirchenbänke, in denen Trauergäste stehen.');
    assert.equal(second.url, null, 'a guid with isPermaLink="false" is no address');
    assert.equal(second.image, null, 'a 1×1 tracking pixel is no picture');
  });
});

describe('RSS 1.0 (RDF)', () => {
  test('items with rdf:about, dc:date, dc:creator, dc:subject and content:encoded', () => {
    const feed = parse('rss1-rdf.xml');
    assert.equal(feed.format, 'rss1');
    assert.equal(feed.title, 'Landbote – Aus der Region');
    assert.equal(feed.siteUrl, 'https://www.landbote.example/');
    const [first, second] = feed.items as [FeedItem, FeedItem];
    assert.equal(first.key, 'https://www.landbote.example/artikel/brueckensanierung');
    assert.equal(first.headline, 'Brückensanierung in Großenhain dauert länger');
    assert.equal(first.publishedAt, '2024-12-20T08:15:00.000Z');
    assert.deepEqual(first.authors, ['Jörg Müller']);
    assert.deepEqual(first.categories, ['Verkehr']);
    assert.match(first.contentHtml ?? '', /Südstraße/);
    assert.equal(second.publishedAt, '2024-12-18T23:00:00.000Z', 'a date without time is midnight German time');
  });
});

describe('Atom', () => {
  test('text constructs by type, xml:base on feed and entry, feed author inherited', () => {
    const feed = parse('atom.xml');
    assert.equal(feed.format, 'atom');
    assert.equal(feed.title, 'heiser developer – neueste Meldungen');
    assert.equal(feed.siteUrl, 'https://www.heiser.example/developer/');
    const [first, second] = feed.items as [FeedItem, FeedItem];
    assert.equal(first.key, 'https://heiser.example/-3088438');
    assert.equal(first.url, 'https://www.heiser.example/developer/meldung/Java-Anwendungsserver-Version-10-3088438.html');
    assert.equal(first.summary, 'Die neue Version bildet die Basis für die kommerzielle Plattform – und ist das dritte größere Release seit der Umbenennung.');
    assert.equal(first.publishedAt, '2024-02-01T16:22:00.000Z', 'published, not updated');
    assert.deepEqual(first.authors, ['heiser online']);
    assert.deepEqual(first.categories, ['Java'], 'the label, not the term');
    assert.equal(first.image?.src, 'https://www.heiser.example/scale/imgs/server-10.jpeg');

    assert.equal(second.headline, 'Sicherheitslücke in Bibliothek geschlossen', 'XHTML title as text');
    assert.equal(second.url, 'https://www.heiser.example/security/meldung/Luecke-3088500.html', "the entry's own xml:base");
    assert.equal(second.contentHtml, '<p>Ein Update behebt die Lücke.</p><p>Admins sollten es &amp; zügig einspielen.</p>');
    assert.equal(second.summary, 'Ein Update behebt die Lücke. Admins sollten es & zügig einspielen.', 'no summary: the text of the content');
    assert.equal(second.publishedAt, '2024-02-01T15:00:00.000Z', 'updated when there is no published');
    assert.deepEqual(second.authors, ['Eva Kern']);
  });
});

describe('JSON Feed 1.1', () => {
  test('items with content_html, image, tags and authors; one without title or URL', () => {
    const feed = parse('json-feed-1.1.json', 'application/feed+json');
    assert.equal(feed.format, 'json');
    assert.equal(feed.title, 'Stadtblatt Digital');
    assert.equal(feed.siteUrl, 'https://stadtblatt.example/');
    const [first, second] = feed.items as [FeedItem, FeedItem];
    assert.equal(first.headline, 'Stadtrat beschließt Haushalt für 2025');
    assert.equal(first.publishedAt, '2024-12-19T17:30:00.000Z');
    assert.deepEqual(first.authors, ['Nora Becker']);
    assert.deepEqual(first.categories, ['Stadtrat', 'Haushalt']);
    assert.equal(first.image?.src, 'https://feeds.example/bilder/rathaus.jpg');

    assert.equal(second.key, '42');
    assert.equal(second.url, null);
    assert.equal(second.headline, 'Kurz notiert: Die Stadtbibliothek öffnet ab Januar auch sonntags.', 'the first sentence stands in for the title');
    assert.equal(second.contentHtml, '<p>Kurz notiert: Die Stadtbibliothek öffnet ab Januar auch sonntags. Die Öffnungszeiten stehen online.</p>\n<p>Ein zweiter Absatz.</p>');
    assert.deepEqual(second.authors, ['Stadtblatt-Redaktion'], "the feed's author");
  });

  test('JSON Feed 1.0 with author (singular)', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'Alt',
      items: [{ id: 'a', title: 'Eins', content_text: 'Text', author: { name: 'Uwe Alt' } }],
    });
    const feed = parseFeed(Buffer.from(json), { contentType: 'application/json', url: 'https://feeds.example/f.json' });
    assert.deepEqual(feed.items[0]?.authors, ['Uwe Alt']);
  });
});

describe('encodings', () => {
  test('ISO-8859-1 declared in the XML declaration', () => {
    const feed = parse('latin1-declared.xml');
    assert.equal(feed.title, 'Südbote Regional');
    assert.equal(feed.items[0]?.headline, 'Fähre über den Bodensee fährt wieder täglich');
  });

  test('windows-1252 with typographic quotes, dash, euro sign and ellipsis', () => {
    const item = parse('windows-1252.xml').items[0];
    assert.equal(item?.headline, '„Preisbremse“ wirkt – Strom kostet 12 € weniger');
    assert.equal(item?.summary, 'Haushalte zahlen im Schnitt 12 € weniger im Monat… sagen die Verbraucherzentralen.');
  });

  test('Latin-1 bytes in a feed that declares UTF-8 are refused with the first bad byte', () => {
    const body = fixture('latin1-declared-utf8.xml');
    const offset = body.indexOf(0xfc); // the ü of „Südbote“
    refuses(body, new RegExp(`^Der Feed erklärt in der XML-Deklaration die Kodierung UTF-8, enthält aber ungültige Bytes \\(erste bei Byte ${offset}, Zeile 4\\)\\. Vermutlich ist er in ISO-8859-1 oder Windows-1252`));
  });

  test('UTF-8 bytes in a feed that declares ISO-8859-1 are read as UTF-8, with a note for the feed\'s page', () => {
    const body = Buffer.from(rss('<item><title>Für Österreich: Größte Straße</title></item>').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'utf8');
    const feed = parseFeed(body, { contentType: 'application/rss+xml; charset=utf-8', url: 'https://feeds.example/' });
    assert.equal(feed.items[0]?.headline, 'Für Österreich: Größte Straße');
    assert.match(feed.notes?.join('\n') ?? '', /nennt in der XML-Deklaration die Kodierung „iso-8859-1“, ist aber UTF-8 kodiert; gelesen als UTF-8/);
  });

  test('the charset of the Content-Type counts when the XML declaration names none', () => {
    const body = Buffer.from(rss('<item><title>Grüße aus Köln</title></item>').replace(' encoding="UTF-8"', ''), 'latin1');
    const feed = parseFeed(body, { contentType: 'application/rss+xml; charset=ISO-8859-1', url: 'https://feeds.example/' });
    assert.equal(feed.items[0]?.headline, 'Grüße aus Köln');
    refuses(body, /Der Feed nennt keine Kodierung, also gilt UTF-8; er enthält aber ungültige Bytes/, 'application/rss+xml');
  });

  test('the declaration wins over the Content-Type, the byte order mark over both', () => {
    const latin = Buffer.from(rss('<item><title>Straßenbahn</title></item>').replace('UTF-8', 'ISO-8859-1'), 'latin1');
    assert.equal(parseFeed(latin, { contentType: 'text/xml; charset=utf-8', url: 'https://feeds.example/' }).items[0]?.headline, 'Straßenbahn');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss('<item><title>Straßenbahn</title></item>').replace('UTF-8', 'ISO-8859-1'))]);
    assert.equal(parseFeed(withBom, { contentType: null, url: 'https://feeds.example/' }).items[0]?.headline, 'Straßenbahn');
  });

  test('UTF-16 with a byte order mark', () => {
    const text = rss('<item><title>Übersicht</title></item>').replace('UTF-8', 'UTF-16');
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.equal(parseFeed(body, { contentType: null, url: 'https://feeds.example/' }).items[0]?.headline, 'Übersicht');
  });

  test('an unknown declared encoding is named', () => {
    refuses(rss('<item><title>x</title></item>').replace('UTF-8', 'klingonisch-8'), /die Kodierung „klingonisch-8“, die Depesche nicht kennt/);
  });

  test('a JSON Feed is UTF-8', () => {
    const body = Buffer.from(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Grüße', items: [] }), 'latin1');
    refuses(body, /Ein JSON-Feed ist immer UTF-8 kodiert; dieser enthält aber ungültige Bytes \(erste bei Byte \d+, Zeile 1\)/);
  });
});

describe('hostile XML', () => {
  test('billion laughs is refused before parsing', () => {
    refuses(fixture('billion-laughs.xml'), /deklariert eigene XML-Entitäten .*„Billion Laughs“/);
  });

  test('an external entity (XXE) is refused', () => {
    refuses(fixture('xxe.xml'), /verweist auf externe XML-Entitäten .*\(XXE\)/);
  });

  test('a parameter entity and a DOCTYPE after a comment are refused too', () => {
    refuses(
      '<?xml version="1.0"?><!-- x --><!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://169.254.169.254/">%remote;]><rss version="2.0"><channel><title>t</title></channel></rss>',
      /\(XXE\)/,
    );
    refuses('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><!ENTITY a "b"></channel></rss>', /eigene XML-Entitäten/);
  });

  test('a comment opened inside a processing instruction does not hide a DOCTYPE from the check', () => {
    refuses(
      '<?xml version="1.0"?><?x <!-- ?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss><!-- -->',
      /eigene XML-Entitäten/,
    );
  });

  test('a feed cut off mid-way says so, instead of a parser message', () => {
    refuses(rss('<item><title>Eins</title><description>Ein langer Text über').replace(/<\/channel><\/rss>\s*$/, ''), /^Der Feed endet mitten in <description> \(in <rss><channel><item><description>\) – er ist wohl abgeschnitten/);
  });

  test('an old DOCTYPE without entities is fine, and so is <!ENTITY as text in CDATA', () => {
    const body =
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">' +
      '<rss version="0.91"><channel><title>Alt</title><link>https://feeds.example/</link><description>d</description>' +
      '<item><title>XXE erklärt</title><description><![CDATA[So sieht ein Angriff aus: <!ENTITY x SYSTEM "file:///etc/passwd">]]></description></item></channel></rss>';
    const feed = parseFeed(Buffer.from(body), { contentType: null, url: 'https://feeds.example/' });
    assert.equal(feed.items[0]?.headline, 'XXE erklärt');
  });

  test('entities of HTML are decoded; undeclared ones stay as they are, never expanded', () => {
    const feed = parseFeed(Buffer.from(rss('<item><title>Gr&#252;&#x00DF;e &amp; &auml;hnliches &unbekannt;</title></item>')), {
      contentType: null,
      url: 'https://feeds.example/',
    });
    assert.equal(feed.items[0]?.headline, 'Grüße & ähnliches &unbekannt;');
  });

  test('malformed XML names line and column', () => {
    refuses(fixture('malformed.xml'), /^Der Feed ist kein gültiges XML: Zeile 7, Spalte \d+: erwartet wurde <\/title> \(geöffnet in Zeile 7, Spalte \d+\), gefunden <\/titel>/);
  });

  test('a feed cut off in the middle says so', () => {
    refuses(rss('<item><title>Eins</title></item>').slice(0, -20), /Zeile 1, Spalte \d+: .*wird nie geschlossen|kein gültiges XML/);
  });
});

describe('not a feed', () => {
  test('an HTML page names the feed it links to', () => {
    refuses(fixture('html-page.html'), /^Das ist kein RSS-, Atom- oder JSON-Feed, sondern eine Webseite \(HTML\)\. Die Seite nennt diesen Feed: https:\/\/feeds\.example\/xml\/rss2\?ressort=alle&format=voll$/, 'text/html');
  });

  test('an HTML page without a feed link gets advice', () => {
    refuses('<!doctype html><html><head><title>x</title></head><body><p>Hallo</p></body></html>', /sondern eine Webseite \(HTML\)\. Bitte die Adresse des Feeds angeben/);
  });

  test('an empty body and white space', () => {
    refuses(fixture('empty.xml'), /^Das ist kein RSS-, Atom- oder JSON-Feed: die Antwort des Servers ist leer \(0 Bytes\)/);
    refuses('  \n ', /die Antwort enthält nur Leerzeichen/);
  });

  test('plain text', () => {
    refuses('Hallo Welt, das ist kein Feed', /^Das ist kein RSS-, Atom- oder JSON-Feed: der Inhalt beginnt mit „Hallo Welt, das ist kein Feed“/);
  });

  test('another XML document (a sitemap)', () => {
    refuses('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>', /das XML-Dokument hat das Wurzelelement <urlset>/);
  });

  test('random JSON, a JSON list and broken JSON', () => {
    refuses('{"name": "Depesche", "stars": 5}', /das ist JSON, aber kein JSON Feed/);
    refuses('[1, 2, 3]', /der Inhalt beginnt mit „\[1, 2, 3\]“/);
    refuses('{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [}', /^Der JSON-Feed ist kein gültiges JSON/);
  });

  test('an <rss> without a channel', () => {
    refuses('<?xml version="1.0"?><rss version="2.0"></rss>', /beginnt wie ein Feed \(<rss>\), enthält aber keinen lesbaren Kanal/);
  });
});

describe('limits and identity', () => {
  test(`only the first ${maxFeedItems} items are read, with a note`, () => {
    const items = Array.from({ length: maxFeedItems + 20 }, (_, i) => `<item><title>Meldung ${i}</title><guid>id-${i}</guid></item>`).join('');
    const feed = parseFeed(Buffer.from(rss(items)), { contentType: null, url: 'https://feeds.example/' });
    assert.equal(feed.items.length, maxFeedItems);
    assert.equal(feed.items.at(-1)?.key, `id-${maxFeedItems - 1}`);
    assert.deepEqual(feed.notes, [`Der Feed hat mehr als ${maxFeedItems} Einträge; gelesen wurden die ersten ${maxFeedItems}.`]);
    assert.equal(parse('atom.xml').notes, undefined);
  });

  test('over-long fields are cut at a word', () => {
    const title = 'Wort '.repeat(200);
    const feed = parseFeed(Buffer.from(rss(`<item><title>${title}</title><description>${'Satz. '.repeat(1000)}</description></item>`)), {
      contentType: null,
      url: 'https://feeds.example/',
    });
    const item = feed.items[0]!;
    assert.ok(item.headline.length <= 300 && item.headline.endsWith('Wort…'), item.headline);
    assert.ok(item.summary.length <= 2000);
  });

  test('an item without guid or link is keyed by a hash of headline and date, the same in every poll', () => {
    const body = Buffer.from(rss('<item><title>Ohne Adresse</title><pubDate>Fri, 20 Dec 2024 10:00:00 +0100</pubDate></item><item><title>Ohne Adresse</title></item>'));
    const first = parseFeed(body, { contentType: null, url: 'https://feeds.example/' });
    const again = parseFeed(body, { contentType: null, url: 'https://feeds.example/' });
    assert.match(first.items[0]!.key, /^sha256:[0-9a-f]{32}$/);
    assert.equal(first.items[0]!.key, again.items[0]!.key);
    assert.notEqual(first.items[0]!.key, first.items[1]!.key, 'a different date, a different key');
  });

  test('links other than http(s) are dropped; javascript: never becomes a URL', () => {
    const feed = parseFeed(Buffer.from(rss('<item><title>Trick</title><link>javascript:alert(1)</link></item>')), { contentType: null, url: 'https://feeds.example/' });
    assert.equal(feed.items[0]?.url, null);
  });

  test('an item with neither title nor text is kept with an empty headline (the draft step refuses it)', () => {
    const feed = parseFeed(Buffer.from(rss('<item><guid>leer</guid></item>')), { contentType: null, url: 'https://feeds.example/' });
    assert.equal(feed.items[0]?.headline, '');
  });

  test('a feed without a title is named by its host', () => {
    const feed = parseFeed(Buffer.from(rss('<item><title>x</title></item>', '<link>https://feeds.example/</link>')), { contentType: null, url: 'https://www.ohne-titel.example/rss' });
    assert.equal(feed.title, 'www.ohne-titel.example');
  });
});
