import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blockSchema, type Block } from '../article/article.ts';
import { DepescheError } from '../errors.ts';
import { markdownBodyLimits, parseMarkdownBody } from './markdown-body.ts';

const parse = (markdown: string) => parseMarkdownBody(markdown, 'Text');

function rejects(...fragments: string[]): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof DepescheError, `expected DepescheError, got ${String(error)}`);
    assert.equal(error.code, 'invalid_input', error.message);
    assert.equal(error.status, 400);
    for (const fragment of fragments) assert.ok(error.message.includes(fragment), `"${error.message}" lacks "${fragment}"`);
    return true;
  };
}

describe('parseMarkdownBody: blocks', () => {
  test('paragraphs; soft and hard line breaks become a space', () => {
    assert.deepEqual(parse('Erste Zeile\nzweite Zeile.\n\nZweiter Absatz  \nmit hartem Umbruch\\\nund noch einem.'), [
      { type: 'paragraph', text: 'Erste Zeile zweite Zeile.' },
      { type: 'paragraph', text: 'Zweiter Absatz mit hartem Umbruch und noch einem.' },
    ]);
  });

  test('headings of every level, ATX and setext, become subheadings', () => {
    assert.deepEqual(parse('# Eins\n\n## Zwei ##\n\n### Drei\n\n#### Vier\n\nFünf\n===\n\nSechs\n---'), [
      { type: 'subheading', text: 'Eins' },
      { type: 'subheading', text: 'Zwei' },
      { type: 'subheading', text: 'Drei' },
      { type: 'subheading', text: 'Vier' },
      { type: 'subheading', text: 'Fünf' },
      { type: 'subheading', text: 'Sechs' },
    ]);
  });

  test('quote with attribution after an em dash, an en dash or two hyphens', () => {
    for (const dash of ['—', '–', '--']) {
      assert.deepEqual(parse(`> Wir haben ein Zeitfenster.\n> ${dash} Erika Muster, Bürgermeisterin`), [
        { type: 'quote', text: 'Wir haben ein Zeitfenster.', attribution: 'Erika Muster, Bürgermeisterin' },
      ], dash);
    }
  });

  test('quote: attribution as its own paragraph; several lines of text', () => {
    assert.deepEqual(parse('> Erste Zeile\n> zweite Zeile.\n>\n> Zweiter Absatz.\n>\n> — Erika Muster'), [
      { type: 'quote', text: 'Erste Zeile zweite Zeile. Zweiter Absatz.', attribution: 'Erika Muster' },
    ]);
  });

  test('quote without attribution; a lone dash line is text, not an attribution', () => {
    assert.deepEqual(parse('> „Wir stehen bereit.“'), [{ type: 'quote', text: '„Wir stehen bereit.“' }]);
    assert.deepEqual(parse('> — nur ein Gedankenstrich'), [{ type: 'quote', text: '— nur ein Gedankenstrich' }]);
    assert.deepEqual(parse('> Text\n> -Bindestrich ohne Leerzeichen'), [{ type: 'quote', text: 'Text -Bindestrich ohne Leerzeichen' }]);
  });

  test('bulleted and numbered lists; a paragraph ending in a colon right before becomes the text', () => {
    assert.deepEqual(parse('Was sich ändert:\n\n- Autos: Umleitung\n- Busse: neue Haltestelle\n\nDie Rangliste:\n1. Schlüssel\n2. Geldbörsen'), [
      { type: 'list', text: 'Was sich ändert:', items: ['Autos: Umleitung', 'Busse: neue Haltestelle'] },
      { type: 'list', text: 'Die Rangliste:', items: ['Schlüssel', 'Geldbörsen'], ordered: true },
    ]);
  });

  test('a list without an introducing colon has empty text; the paragraph stays', () => {
    assert.deepEqual(parse('Ein Absatz.\n\n* eins\n* zwei'), [
      { type: 'paragraph', text: 'Ein Absatz.' },
      { type: 'list', text: '', items: ['eins', 'zwei'] },
    ]);
    // Something dropped in between (a rule, a comment) means "not directly before".
    assert.deepEqual(parse('Achtung:\n\n---\n\n- eins'), [
      { type: 'paragraph', text: 'Achtung:' },
      { type: 'list', text: '', items: ['eins'] },
    ]);
  });

  test('a change of bullet or number style starts a new list', () => {
    assert.deepEqual(parse('- a\n- b\n\n* c\n\n1. d\n\n1) e'), [
      { type: 'list', text: '', items: ['a', 'b'] },
      { type: 'list', text: '', items: ['c'] },
      { type: 'list', text: '', items: ['d'], ordered: true },
      { type: 'list', text: '', items: ['e'], ordered: true },
    ]);
  });

  test('nested lists are flattened into the item text; loose items and task boxes too', () => {
    assert.deepEqual(parse('- Obst\n  - Äpfel\n  - Birnen\n- Gemüse:\n  1. Kohl\n- [x] erledigt\n- Zwei\n\n  Absätze'), [
      { type: 'list', text: '', items: ['Obst: Äpfel; Birnen', 'Gemüse: Kohl', 'erledigt', 'Zwei Absätze'] },
    ]);
  });

  test('image on its own line: caption and credit from the title', () => {
    assert.deepEqual(parse('![Karte der Umleitung](/media/karte.svg "Die Umleitung führt über die Hafenbrücke. | Illustration: Depesche")'), [
      {
        type: 'image',
        text: 'Die Umleitung führt über die Hafenbrücke.',
        image: { src: '/media/karte.svg', alt: 'Karte der Umleitung', caption: 'Die Umleitung führt über die Hafenbrücke.', credit: 'Illustration: Depesche' },
      },
    ]);
  });

  test('image: the last bar separates, so captions may contain one; empty caption and empty src', () => {
    assert.deepEqual(parse('![Alt](a.jpg "Links | rechts | Foto: dpa")\n\n![Alt](<> "| © zsu")'), [
      { type: 'image', text: 'Links | rechts', image: { src: 'a.jpg', alt: 'Alt', caption: 'Links | rechts', credit: 'Foto: dpa' } },
      { type: 'image', text: '', image: { alt: 'Alt', caption: '', credit: '© zsu' } },
    ]);
  });

  test('image lines inside a paragraph split it; markup in alt text is reduced', () => {
    assert.deepEqual(parse('Davor.\n![Ein *kleines* Bild](b.png "Unterschrift | Foto: X")\nDanach.'), [
      { type: 'paragraph', text: 'Davor.' },
      { type: 'image', text: 'Unterschrift', image: { src: 'b.png', alt: 'Ein kleines Bild', caption: 'Unterschrift', credit: 'Foto: X' } },
      { type: 'paragraph', text: 'Danach.' },
    ]);
  });

  test('fenced and indented code become paragraphs of their text', () => {
    assert.deepEqual(parse('```js\nconst a = 1;\n  a++;\n```\n\n    eingerückt'), [
      { type: 'paragraph', text: 'const a = 1; a++;' },
      { type: 'paragraph', text: 'eingerückt' },
    ]);
  });

  test('rules, link definitions, comments, blank lines and empty markup are dropped', () => {
    assert.deepEqual(parse('\n\n---\n\n***\n\n[quelle]: https://example.org\n\n<!-- Notiz -->\n\n##\n\n> \n\n-\n\n'), []);
    assert.deepEqual(parse(''), []);
    assert.deepEqual(parse('   \n\t\n'), []);
  });

  test('a table becomes one paragraph per row', () => {
    assert.deepEqual(parse('| Tarif | Preis |\n|---|---|\n| Basis | 30 € |'), [
      { type: 'paragraph', text: 'Tarif | Preis' },
      { type: 'paragraph', text: 'Basis | 30 €' },
    ]);
  });

  test('Windows line endings', () => {
    assert.deepEqual(parse('Eins\r\nzwei\r\n\r\n> Zitat\r\n> — Wer'), [
      { type: 'paragraph', text: 'Eins zwei' },
      { type: 'quote', text: 'Zitat', attribution: 'Wer' },
    ]);
  });

  test('every block it returns is valid in the model', () => {
    const blocks = parse('# T\n\nA **b** [c](d)\n\n> q\n> — r\n\nL:\n- x\n\n![A](s "c | d")\n\n```\ncode\n```');
    for (const block of blocks) assert.deepEqual(blockSchema.parse(block), block);
  });
});

describe('parseMarkdownBody: inline markup becomes plain text', () => {
  const text = (markdown: string) => {
    const blocks = parse(markdown);
    assert.equal(blocks.length, 1, JSON.stringify(blocks));
    return (blocks[0] as Extract<Block, { type: 'paragraph' }>).text;
  };

  test('emphasis, code and strikethrough keep their words', () => {
    assert.equal(text('Ein **fetter**, ein *kursiver*, ein _anderer_, ein ***beides*** und `code` ~~weg~~.'), 'Ein fetter, ein kursiver, ein anderer, ein beides und code weg.');
  });

  test('links keep their text and lose the address; bare URLs stay as written', () => {
    assert.equal(text('Laut [„Times“](https://thetimes.co.uk "Titel") und [Ref][r].\n\n[r]: https://example.org'), 'Laut „Times“ und Ref.');
    assert.equal(text('Mehr unter <https://example.org/a_b> und www.example.org/x_y_z.'), 'Mehr unter https://example.org/a_b und www.example.org/x_y_z.');
  });

  test('backslash escapes and entities', () => {
    assert.equal(text('\\*kein\\* \\# \\[x\\] &amp; &auml;&szlig; &#8222;Zitat&#x201C; &nbsp;| &unbekannt; \\&amp;'), '*kein* # [x] & äß „Zitat“ \u00a0| &unbekannt; &amp;');
    assert.equal(text('`&amp; bleibt in Code`'), '&amp; bleibt in Code');
  });

  test('raw HTML: tags dropped, text kept, script and style dropped with their content', () => {
    assert.equal(text('Ein <b>fettes</b> <span class="x">Wort</span>.'), 'Ein fettes Wort.');
    assert.equal(text('Hallo <script>alert("x")</script>Welt<style>p{}</style>!'), 'Hallo Welt!');
    assert.equal(text('Zeile<br>Umbruch <!-- Kommentar -->Ende'), 'Zeile Umbruch Ende');
  });

  test('HTML blocks: their text content becomes a paragraph; scripts vanish', () => {
    assert.deepEqual(parse('<div class="box">\n<p>Kasten &amp; Text</p>\n</div>\n\n<script>\nalert(1)\n</script>\n\n<style>p { color: red }</style>\n\nDanach.'), [
      { type: 'paragraph', text: 'Kasten & Text' },
      { type: 'paragraph', text: 'Danach.' },
    ]);
    assert.deepEqual(parse('<img src="x.jpg" onerror="alert(1)">'), []);
  });

  test('markup in headings, quotes and list items is reduced too', () => {
    assert.deepEqual(parse('## Was **jetzt**?\n\n> *Nie* wieder\n> — [Erika](https://x.de)\n\n- <i>eins</i>\n- `zwei`'), [
      { type: 'subheading', text: 'Was jetzt?' },
      { type: 'quote', text: 'Nie wieder', attribution: 'Erika' },
      { type: 'list', text: '', items: ['eins', 'zwei'] },
    ]);
  });
});

describe('parseMarkdownBody: errors', () => {
  const example = '![Alt-Text](datei.jpg "Bildunterschrift | Foto: Name")';

  test('an image without credit names its line and shows how to write it', () => {
    const markdown = `${'Absatz.\n\n'.repeat(5)}\n![Karte](karte.jpg "Nur eine Unterschrift")`;
    assert.throws(() => parseMarkdownBody(markdown, 'Text'), rejects('Text: Bild in Zeile 12: Bildnachweis fehlt', example));
    assert.throws(() => parse('![Karte](karte.jpg)'), rejects('Zeile 1', 'Bildnachweis fehlt'));
    assert.throws(() => parse('![Karte](karte.jpg "Unterschrift | ")'), rejects('Bildnachweis fehlt'));
  });

  test('an image without alt text', () => {
    assert.throws(() => parse('Eins\n\n![](karte.jpg "Unterschrift | Foto: X")'), rejects('Bild in Zeile 3: Alt-Text fehlt', example));
    assert.throws(() => parse('![<b> </b>](karte.jpg "U | F")'), rejects('Alt-Text fehlt'));
  });

  test('an image inside running text, a list or a quote', () => {
    assert.throws(() => parse('Text ![A](a.jpg "U | F") mehr'), rejects('Bild in Zeile 1', 'eigenen Zeile'));
    assert.throws(() => parse('Eins\n\n- Punkt\n- ![A](a.jpg "U | F")'), rejects('Bild in Zeile 4', 'eigenen Zeile'));
    assert.throws(() => parse('> ![A](a.jpg "U | F")'), rejects('Bild in Zeile 1'));
  });

  test('the error names the input', () => {
    assert.throws(() => parseMarkdownBody('![](a.jpg)', 'artikel.md'), rejects('artikel.md: Bild in Zeile 1'));
  });

  test(`more than ${markdownBodyLimits.maxBlocks} blocks`, () => {
    const ok = Array.from({ length: markdownBodyLimits.maxBlocks }, (_, i) => `Absatz ${i}.`).join('\n\n');
    assert.equal(parse(ok).length, markdownBodyLimits.maxBlocks);
    assert.throws(() => parse(`${ok}\n\nEiner zu viel.`), rejects('Text: ', '501 Abschnitte', 'höchstens 500'));
  });

  test(`more than ${markdownBodyLimits.maxMarksPerParagraph} * and _ in one paragraph (marked would take minutes)`, () => {
    const marks = markdownBodyLimits.maxMarksPerParagraph;
    assert.equal(parse('*a'.repeat(marks)).length, 1);
    assert.throws(() => parse(`Eins\n\n${'*a_'.repeat(marks)}`), rejects('Text: Absatz ab Zeile 3: mehr als 200 Sternchen (*) und Unterstriche (_)', '\\*'));
    const started = performance.now();
    assert.throws(() => parse('_a'.repeat(markdownBodyLimits.maxChars / 2)), rejects('mehr als 200'));
    assert.ok(performance.now() - started < 1000);
    // Escaped marks, fenced code, and marks spread over paragraphs or list items are fine.
    assert.equal(parse('\\*a'.repeat(marks * 2)).length, 1);
    assert.equal(parse(`\`\`\`\n${'a_b '.repeat(marks * 2)}\n\`\`\``).length, 1);
    assert.equal(parse(Array.from({ length: marks }, () => 'Ein *Wort*.').join('\n\n')).length, marks);
    assert.deepEqual(parse(Array.from({ length: marks }, () => '- Bürger*innen und snake_case').join('\n'))[0]?.type, 'list');
  });

  test('nesting too deep for marked', () => {
    assert.throws(() => parse('> '.repeat(20_000)), rejects('Text: Der Text ist zu tief verschachtelt'));
    assert.throws(() => parse('> - '.repeat(30)), rejects('zu tief verschachtelt'));
    assert.deepEqual(parse(`${'> '.repeat(markdownBodyLimits.maxNesting)}tief`), [{ type: 'quote', text: 'tief' }]);
    assert.deepEqual(parse('- '.repeat(100)), []); // a long rule, not deep nesting
  });

  test(`input over ${markdownBodyLimits.maxChars} characters`, () => {
    const ok = 'a'.repeat(markdownBodyLimits.maxChars);
    assert.equal(parse(ok).length, 1);
    assert.throws(() => parse(`${ok}b`), rejects('Text: Der Text ist zu lang', '200.001 Zeichen', 'höchstens 200.000'));
  });
});

test('a picture from another address is refused: it would send readers to a third party', () => {
  for (const src of ['https://tracker.example/p.gif', '//tracker.example/p.gif', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:image/png;base64,AAAA', '\\\\\\\\tracker.example/p.gif']) {
    assert.throws(
      () => parseMarkdownBody(`![Alt](${src} "Bild | Foto: X")`, 'Text'),
      (error: Error) => /kein Bild dieser Website/.test(error.message),
      src,
    );
  }
  const [block] = parseMarkdownBody('![Alt](/media/bilder/abc/800.jpg "Bild | Foto: X")', 'Text');
  assert.equal(block?.type === 'image' && block.image.src, '/media/bilder/abc/800.jpg');
});
