import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleFieldOrder, type Article } from '../article/article.ts';
import { validateArticle } from '../article/validate.ts';
import { DepescheError, type ErrorCode } from '../errors.ts';
import { articlesToJson, parseArticlesJson } from './json-article.ts';

function rejects(code: ErrorCode, ...fragments: string[]): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof DepescheError, `expected DepescheError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    for (const fragment of fragments) assert.ok(error.message.includes(fragment), `"${error.message}" lacks "${fragment}"`);
    return true;
  };
}

/** Every block type, nullable fields set, every optional field present. */
const full: Article = validateArticle(
  {
    id: 'ref-ukraine-koalition',
    slug: 'usa-bieten-unterstuetzung-fuer-koalition-in-ukraine',
    section: 'Nachrichten',
    headline: 'USA bieten Unterstützung für „Koalition der Willigen“ 🇺🇦',
    lead: 'Die USA haben ihre Bereitschaft erklärt – ein Durchbruch für Großbritannien. Straße, Maß, Fuß: ß bleibt ß.',
    heroImage: { src: '/media/demo/ukraine-koalition.svg', alt: 'Soldaten', caption: 'Medien: USA bereit', credit: '© zsu' },
    keyPoints: [
      { text: 'Die USA bieten Sicherheitsgarantien an.', origin: 'editor' },
      { text: 'Starmer hat Trump überzeugt 🤝', origin: 'suggested' },
    ],
    body: [
      { type: 'paragraph', text: 'Laut "Telegraph" ist dies ein Fortschritt.' },
      { type: 'subheading', text: 'Was ist mit den Garantien der USA?' },
      { type: 'quote', text: '„Wir stehen bereit.“', attribution: 'Ein US-Vertreter' },
      { type: 'quote', text: '«Ohne Zuschreibung»' },
      { type: 'list', text: 'Die Länder', items: ['Australien', 'Neuseeland', 'Japan'], ordered: true },
      { type: 'list', text: '', items: ['Türkei'] },
      { type: 'image', text: 'Karte der Ukraine', image: { src: 'https://example.org/karte.png', alt: 'Karte', caption: 'Karte der Ukraine', credit: '© Depesche' } },
      { type: 'image', text: '', image: { alt: '', caption: '', credit: '© zsu' } },
    ],
    sources: [{ name: 'The Telegraph', url: 'https://www.telegraph.co.uk' }, { name: 'Kyiv Independent' }],
    entities: [
      { name: 'Keir Starmer', slug: 'keir-starmer', kind: 'person' },
      { name: 'Ukraine', slug: 'ukraine', kind: 'place' },
    ],
    tags: ['Ukraine', 'Sicherheitspolitik'],
    authors: ['Jürgen Weiß'],
    language: 'de',
    status: 'published',
    publishedAt: '2025-04-25T18:30:00+02:00',
    updatedAt: '2025-04-25T19:00:00.000Z',
  },
  'fixture',
);

/** Nullable fields null, optional fields absent, lists empty. */
const bare: Article = validateArticle(
  {
    id: 'entwurf-0001',
    slug: 'entwurf',
    section: 'Politik',
    headline: 'Entwurf',
    lead: '',
    heroImage: null,
    keyPoints: [],
    body: [],
    sources: [],
    entities: [],
    tags: [],
    authors: [],
    language: 'de-AT',
    status: 'draft',
    publishedAt: null,
    updatedAt: '2025-01-01T00:00:00Z',
  },
  'fixture',
);

const exported = articlesToJson([full, bare]);

describe('articlesToJson', () => {
  test('writes an array, 2-space indent, fields in model order, a final newline', () => {
    assert.ok(exported.startsWith('[\n  {\n    "id": "ref-ukraine-koalition",\n    "slug"'));
    assert.ok(exported.endsWith('\n]\n'));
    const parsed = JSON.parse(exported) as Record<string, unknown>[];
    assert.deepEqual(Object.keys(parsed[0]!), [...articleFieldOrder]);
  });

  test('writes unicode as it is, not as escapes', () => {
    assert.ok(exported.includes('„Koalition der Willigen“ 🇺🇦'));
    assert.ok(exported.includes('Jürgen Weiß'));
    assert.ok(!exported.includes('\\u'));
  });

  test('orders fields even when the objects come in another order', () => {
    const shuffled = Object.fromEntries(Object.entries(bare).reverse()) as Article;
    assert.equal(articlesToJson([shuffled]), articlesToJson([bare]));
  });
});

describe('parseArticlesJson', () => {
  test('round-trips export → import without loss', () => {
    const imported = parseArticlesJson(exported, 'export.json');
    assert.deepEqual(imported, [full, bare]);
    assert.equal(articlesToJson(imported), exported);
  });

  test('keeps optional fields absent, not undefined', () => {
    const [, imported] = parseArticlesJson(articlesToJson([bare, full]), 'export.json');
    const untitledImage = imported!.body[7];
    assert.ok(untitledImage?.type === 'image');
    assert.ok(!('src' in untitledImage.image));
    const unattributed = imported!.body[3];
    assert.ok(unattributed?.type === 'quote' && !('attribution' in unattributed));
    assert.ok(!('url' in imported!.sources[1]!));
  });

  test('accepts a single article object', () => {
    assert.deepEqual(parseArticlesJson(JSON.stringify(full), 'eins.json'), [full]);
  });

  test('accepts { "articles": [...] }, other wrapper fields ignored', () => {
    const text = JSON.stringify({ exportedAt: '2025-05-01T00:00:00Z', articles: [bare, full] });
    assert.deepEqual(parseArticlesJson(text, 'hülle.json'), [bare, full]);
  });

  test('accepts a leading BOM and CRLF line ends', () => {
    assert.deepEqual(parseArticlesJson(`\uFEFF${exported.replaceAll('\n', '\r\n')}`, 'win.json'), [full, bare]);
  });

  test('refuses an empty list', () => {
    assert.throws(() => parseArticlesJson('[]', 'leer.json'), rejects('invalid_input', 'leer.json: enthält keine Artikel'));
    assert.throws(() => parseArticlesJson('{"articles": []}', 'leer.json'), rejects('invalid_input', 'enthält keine Artikel'));
  });

  test('refuses values that are neither article nor list', () => {
    assert.throws(() => parseArticlesJson('42', 'zahl.json'), rejects('invalid_input', 'zahl.json:', 'gefunden: eine Zahl'));
    assert.throws(() => parseArticlesJson('null', 'null.json'), rejects('invalid_input', 'gefunden: null'));
    assert.throws(() => parseArticlesJson('{"articles": {}}', 'x.json'), rejects('invalid_input', '"articles" muss eine Liste'));
  });

  test('names the index of an invalid article in a list', () => {
    const broken = { ...bare, headline: '   ' };
    assert.throws(
      () => parseArticlesJson(JSON.stringify([full, broken]), 'politik.json'),
      rejects('invalid_article', 'politik.json[1]: headline: darf nicht leer sein'),
    );
    assert.throws(
      () => parseArticlesJson(JSON.stringify({ articles: [broken] }), 'politik.json'),
      rejects('invalid_article', 'politik.json: articles[0]: headline'),
    );
  });

  test('names the field of an invalid single article', () => {
    const broken = { ...full, heroImage: { ...full.heroImage, caption: 7 } };
    assert.throws(() => parseArticlesJson(JSON.stringify(broken), 'eins.json'), rejects('invalid_article', 'eins.json: heroImage.caption'));
  });

  test('reports every invalid article at once, listing the first few', () => {
    const articles = [full, { ...bare, id: 'x' }, bare, { ...bare, lead: 5 }, 'kein Artikel', null, {}];
    assert.throws(
      () => parseArticlesJson(JSON.stringify(articles), 'viele.json'),
      rejects('invalid_article', 'viele.json: 5 von 7 Artikeln sind ungültig', 'viele.json[1]: id', 'viele.json[3]: lead', 'viele.json[4]', 'und 2 weitere'),
    );
  });

  test('refuses the same id twice', () => {
    const again = { ...bare, slug: 'noch-einmal' };
    assert.throws(
      () => parseArticlesJson(JSON.stringify([bare, full, again]), 'doppelt.json'),
      rejects('invalid_input', 'doppelt.json[2]: die ID "entwurf-0001" hat schon doppelt.json[0]'),
    );
  });
});

describe('parseArticlesJson: syntax errors', () => {
  const cases: [string, string, string[]][] = [
    ['missing comma between fields', '{\n  "id": "a"\n  "slug": "b"\n}', ['Zeile 3, Spalte 3', 'fehlt ein Komma']],
    ['comma before a closing bracket', '[\n  {"id": "a"},\n]\n', ['Zeile 3, Spalte 1', "unerwartetes Zeichen ']'", 'Komma vor der schließenden Klammer']],
    ['comma before a closing brace', '{"id": "a",\n}', ['Zeile 2, Spalte 1', 'Feldname', 'Komma vor der schließenden Klammer']],
    ['single quotes', "{'id': 'a'}", ['Zeile 1, Spalte 2', 'doppelte Anführungszeichen']],
    ['undefined as a value', '{\n  "lead": "ä🙂",\n  "x": undefined\n}', ['Zeile 3, Spalte 8', "'u'", 'undefined']],
    ['a column counted in characters, not UTF-16 units', '{"lead": "🙂🙂", "x": NaN}', ['Zeile 1, Spalte 21', "'N'"]],
    ['a comment', '{\n  // Kommentar\n  "id": "a"\n}', ['Zeile 2, Spalte 3', 'Kommentare']],
    ['text cut short', '[\n  {"id": "a"\n\n\n', ['Zeile 2, Spalte 13', 'endet mitten im JSON', "fehlt ein Komma oder '}'"]],
    ['text cut short inside a value', '{"id": tr', ['Zeile 1, Spalte 10', 'endet mitten im JSON']],
    ['two objects one after another', '{"id": "a"}\n{"id": "b"}', ['Zeile 2, Spalte 1', 'mehrere Artikel gehören in eine Liste']],
    ['a raw line break in a string', '{"lead": "eins\nzwei"}', ['Zeile 1, Spalte 15', 'Steuerzeichen', '\\n']],
    ['an unterminated string', '{"lead": "offen', ['Zeile 1, Spalte 16', 'nicht mit " geschlossen']],
  ];
  for (const [name, text, fragments] of cases) {
    test(name, () => {
      assert.throws(() => parseArticlesJson(text, 'kaputt.json'), rejects('invalid_json', 'kaputt.json: ungültiges JSON in ', ...fragments));
    });
  }

  test('empty text', () => {
    assert.throws(() => parseArticlesJson(' \n', 'leer.json'), rejects('invalid_json', 'leer.json: enthält kein JSON'));
  });

  test('locates an unexpected character deep in a large file', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...bare, id: `artikel-${String(i).padStart(5, '0')}` }));
    const text = articlesToJson(many).replace('"artikel-01500"', "'artikel-01500'");
    const line = text.slice(0, text.indexOf("'artikel-01500'")).split('\n').length;
    assert.throws(() => parseArticlesJson(text, 'gross.json'), rejects('invalid_json', `Zeile ${line}, Spalte 11`, "unerwartetes Zeichen '''"));
  });
});
