import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseMarkdownBody } from '../ingest/markdown-body.ts';
import type { Block } from './article.ts';
import { blocksToMarkdown } from './blocks-to-markdown.ts';
import { validateArticle } from './validate.ts';
// mulberry32, shared with the benchmarks, so a failing case can be replayed from its seed.
import { seeded } from '../../bench/lib/random.ts';

const roundTrip = (body: Block[]) => parseMarkdownBody(blocksToMarkdown(body), 'Text');

function assertRoundTrip(body: Block[], message?: string): void {
  const markdown = blocksToMarkdown(body);
  assert.deepStrictEqual(parseMarkdownBody(markdown, 'Text'), body, `${message ?? ''}\n--- Markdown ---\n${markdown}`);
}

const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const image = (caption: string, credit: string, alt = 'Alt', src: string | null = 'bild.jpg'): Block => ({
  type: 'image',
  text: caption,
  image: src === null ? { alt, caption, credit } : { src, alt, caption, credit },
});

describe('blocksToMarkdown: the Markdown editors see', () => {
  test('every block type', () => {
    const body: Block[] = [
      paragraph('Ein Absatz.'),
      { type: 'subheading', text: 'Was passiert jetzt?' },
      { type: 'quote', text: 'Wir haben ein Zeitfenster.', attribution: 'Erika Muster, Bürgermeisterin' },
      { type: 'quote', text: 'Ohne Namen.' },
      { type: 'list', text: 'Was sich ändert:', items: ['Autos', 'Busse'] },
      { type: 'list', text: 'Die Rangliste:', items: ['Schlüssel', 'Geldbörsen'], ordered: true },
      image('Die Umleitung.', 'Illustration: Depesche', 'Karte', '/media/karte.svg'),
    ];
    assert.equal(
      blocksToMarkdown(body),
      [
        'Ein Absatz.',
        '## Was passiert jetzt?',
        '> Wir haben ein Zeitfenster.\n> — Erika Muster, Bürgermeisterin',
        '> Ohne Namen.',
        'Was sich ändert:\n\n- Autos\n- Busse',
        'Die Rangliste:\n\n1. Schlüssel\n2. Geldbörsen',
        '![Karte](/media/karte.svg "Die Umleitung. | Illustration: Depesche")',
      ].join('\n\n') + '\n',
    );
  });

  test('an empty body is empty', () => {
    assert.equal(blocksToMarkdown([]), '');
  });

  test('escapes only where Markdown would read markup', () => {
    const line = (text: string) => blocksToMarkdown([paragraph(text)]).trimEnd();
    assert.equal(line('Bürger*innen und Lehrer_innen'), 'Bürger*innen und Lehrer_innen');
    assert.equal(line('Bürger*innen und Lehrer*innen'), 'Bürger\\*innen und Lehrer\\*innen');
    assert.equal(line('1. FC Köln gewinnt'), '1\\. FC Köln gewinnt');
    assert.equal(line('22. April: Start'), '22\\. April: Start');
    assert.equal(line('# Hashtag'), '\\# Hashtag');
    assert.equal(line('#Hashtag'), '#Hashtag');
    assert.equal(line('- 5 Grad'), '\\- 5 Grad');
    assert.equal(line('-5 Grad'), '-5 Grad');
    assert.equal(line('> nicht zitiert'), '\\> nicht zitiert');
    assert.equal(line('a > b, [1] und [Text](mit Klammer)'), 'a > b, [1] und [Text\\](mit Klammer)');
    assert.equal(line('<b>fett</b> & AT&T &amp;'), '\\<b>fett\\</b> & AT&T \\&amp;');
    assert.equal(line('C:\\Pfad'), 'C:\\\\Pfad');
    assert.equal(line('„Zitat“ – Straße, Maß, Öl'), '„Zitat“ – Straße, Maß, Öl');
  });

  test('a heading ending in # keeps it', () => {
    assert.equal(blocksToMarkdown([{ type: 'subheading', text: 'Platz #' }]), '## Platz \\#\n');
    assert.equal(blocksToMarkdown([{ type: 'subheading', text: 'Sprache C#' }]), '## Sprache C#\n');
  });

  test('adjacent lists get different markers; a colon paragraph before a list without text gets a separator', () => {
    const body: Block[] = [
      { type: 'list', text: '', items: ['a'] },
      { type: 'list', text: '', items: ['b'] },
      { type: 'list', text: '', items: ['c'] },
      paragraph('Achtung:'),
      { type: 'list', text: '', items: ['d'], ordered: true },
      { type: 'list', text: '', items: ['e'], ordered: true },
    ];
    assert.equal(blocksToMarkdown(body), '- a\n\n* b\n\n- c\n\nAchtung:\n\n<!-- -->\n\n1. d\n\n1) e\n');
    assertRoundTrip(body);
  });

  test('image: bars in the credit, quotes, spaces and brackets in src, no src', () => {
    assert.equal(
      blocksToMarkdown([image('Links | rechts', 'Foto: A | B', 'Ein [Bild]', 'mein bild (1).jpg')]),
      '![Ein &#91;Bild&#93;](<mein bild (1).jpg> "Links | rechts | Foto: A &#124; B")\n',
    );
    assert.equal(blocksToMarkdown([image('Sagt „Hallo“ und "Tschüss"', '© x', 'A', null)]), '![A](<> "Sagt „Hallo“ und \\"Tschüss\\" | © x")\n');
  });

  test('bodies the parser cannot produce are written as faithfully as possible', () => {
    // A list text without a colon is written as a paragraph before the list.
    assert.deepEqual(roundTrip([{ type: 'list', text: 'Die Länder', items: ['Japan'] }]), [
      paragraph('Die Länder'),
      { type: 'list', text: '', items: ['Japan'] },
    ]);
    // Line breaks inside a text become spaces, as the editor would read them.
    assert.deepEqual(roundTrip([paragraph('Eins\nzwei')]), [paragraph('Eins zwei')]);
    // `ordered: false` reads back as absent.
    assert.deepEqual(roundTrip([{ type: 'list', text: '', items: ['x'], ordered: false }]), [{ type: 'list', text: '', items: ['x'] }]);
    // An image without credit is written, and the editor is asked for one when saving.
    assert.match(blocksToMarkdown([image('U', '')]), /"U \| "/);
    assert.throws(() => roundTrip([image('U', '')]), /Bildnachweis fehlt/);
  });
});

describe('blocksToMarkdown ⇄ parseMarkdownBody round trip', () => {
  test('the body of every demo article', () => {
    const dir = new URL('../../demo/articles/', import.meta.url);
    const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
    assert.ok(files.length >= 10, `only ${files.length} demo articles`);
    for (const file of files) {
      const article = validateArticle(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), file);
      assertRoundTrip(article.body, file);
    }
  });

  test('text with Markdown-special characters', () => {
    const texts = [
      '*Sternchen* und **doppelte** und ***dreifache***',
      '_Unterstriche_ und __doppelte__ und snake_case_name',
      '# keine Überschrift',
      '###### auch keine',
      '####### sieben',
      '1. keine Liste',
      '1) auch keine',
      '123456789. neun Ziffern',
      '> kein Zitat',
      '>> doppelt',
      '- kein Punkt',
      '+ kein Punkt',
      '* kein Punkt',
      '-',
      '---',
      '- - -',
      '***',
      '___',
      '===',
      '[eckig]',
      '[Text](https://example.org)',
      '![kein Bild](bild.jpg "a | b")',
      '[ref]: https://example.org',
      '[ ] keine Aufgabe',
      '`Backtick` und ``doppelte``',
      'ein ` einzelner',
      '```',
      '~~~',
      '~~durch~~ und ~einfach~',
      'a | b | c',
      '| Tabelle | nein |',
      'Zitat „mit deutschen Anführungszeichen“ und ‚einfachen‘',
      'Straße, Größe, Übermaß, Ärger, Öl',
      'Backslash \\ am Ende \\',
      '\\*schon maskiert\\*',
      '<b>fett</b> <script>alert(1)</script> <!-- Kommentar -->',
      '<https://example.org>',
      'a < b > c',
      '&amp; &lt; &#8222; &#x201C; &nbsp; & ;',
      'AT&T',
      'www.example.org/a_b_c',
      'https://example.org/*x*',
      'mail@example.org',
      '2 * 3 = 6',
      'Preis: 5 €.',
      'Ende mit Doppelpunkt:',
      '— Gedankenstrich am Anfang',
      '-- zwei Bindestriche',
      'Text\u00a0mit\u00a0geschützten Leerzeichen',
      'Tab\tim Text',
      'zwei  Leerzeichen',
      'Emoji 🇺🇦 🤝',
      'Ende mit Backslash\\',
      'Fußnote[^1]',
      '\\',
      '#',
      '>',
      '!',
      '&',
      '<',
    ];
    for (const text of texts) {
      assertRoundTrip([paragraph(text)], `paragraph ${text}`);
      assertRoundTrip([{ type: 'subheading', text }], `subheading ${text}`);
      assertRoundTrip([{ type: 'quote', text }], `quote ${text}`);
      assertRoundTrip([{ type: 'quote', text, attribution: text }], `quote with attribution ${text}`);
      assertRoundTrip([{ type: 'list', text: '', items: [text, text] }], `list item ${text}`);
      assertRoundTrip([{ type: 'list', text: `${text}:`, items: ['x'], ordered: true }], `list text ${text}`);
      // A picture's address is always on this site (the parser refuses others).
      assertRoundTrip([image(text, text, text, `/media/${text}`)], `image ${text}`);
      assertRoundTrip([paragraph(text), paragraph(text)], `two paragraphs ${text}`);
    }
  });

  test('random bodies', () => {
    const random = seeded(20240422);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const pieces = [
      'Wort', 'ß', 'Ä', 'ü', ' ', ' ', ' ', '  ', '\t', '\u00a0', '.', ':', ',', ';', '!', '?', '"', "'", '„', '“',
      '*', '**', '_', '__', '`', '~', '~~', '#', '##', '>', '<', '<b>', '</b>', '<!--', '-->', '[', ']', '(', ')', '](',
      '![', '\\', '&', '&amp;', '&#124;', '&nbsp;', '|', ' | ', '-', '--', '—', '–', '+', '=', '1.', '2)', '10.',
      'www.', 'https://', '@', '/', '{', '}', '$', '%', '^', '🇺🇦',
    ];
    const text = (): string => {
      for (;;) {
        let out = '';
        const length = 1 + Math.floor(random() * 8);
        for (let i = 0; i < length; i++) out += pick(pieces);
        out = out.trim();
        if (out !== '') return out;
      }
    };
    const block = (): Block => {
      switch (pick(['paragraph', 'subheading', 'quote', 'list', 'image'] as const)) {
        case 'paragraph':
          return paragraph(random() < 0.2 ? `${text()}:` : text());
        case 'subheading':
          return { type: 'subheading', text: text() };
        case 'quote':
          return random() < 0.5 ? { type: 'quote', text: text() } : { type: 'quote', text: text(), attribution: text() };
        case 'list': {
          const items = Array.from({ length: 1 + Math.floor(random() * 3) }, text);
          const listText = random() < 0.5 ? '' : `${text()}:`;
          return random() < 0.5 ? { type: 'list', text: listText, items } : { type: 'list', text: listText, items, ordered: true };
        }
        case 'image': {
          const caption = random() < 0.2 ? '' : text();
          return image(caption, text(), text(), random() < 0.2 ? null : `/media/${text()}`);
        }
      }
    };
    for (let i = 0; i < 2000; i++) {
      const body = Array.from({ length: 1 + Math.floor(random() * 5) }, block);
      assertRoundTrip(body, `random body #${i}: ${JSON.stringify(body)}`);
    }
  });
});
