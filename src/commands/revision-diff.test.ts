import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../article/article.ts';
import { validateArticle } from '../article/validate.ts';
import { diffArticles, fieldLabels, type DiffPart, type FieldDiff } from './revision-diff.ts';

const base: Article = validateArticle(
  {
    id: 'rev-diff-test',
    slug: 'kastanienbruecke-wird-saniert',
    section: 'Nachrichten',
    headline: 'Kastanienbrücke in Kassel wird saniert',
    lead: 'Die Brücke über die Fulda wird ab April saniert.',
    heroImage: { src: '/media/bruecke.svg', alt: 'Eine Bogenbrücke', caption: 'Die Kastanienbrücke.', credit: 'Illustration: Depesche' },
    keyPoints: [
      { text: 'Ab 22. April gesperrt.', origin: 'editor' },
      { text: 'Fuß- und Radverkehr bleibt möglich.', origin: 'editor' },
      { text: 'Kosten: 31 Millionen Euro.', origin: 'suggested' },
    ],
    body: [
      { type: 'paragraph', text: 'Erster Absatz.' },
      { type: 'subheading', text: 'Warum?' },
      { type: 'paragraph', text: 'Zweiter Absatz.' },
      { type: 'quote', text: 'Wir haben ein Zeitfenster.', attribution: 'Matthias Rehbein' },
      { type: 'list', text: 'Was sich ändert:', items: ['Autos', 'Busse'] },
    ],
    sources: [{ name: 'Stadt Kassel', url: 'https://www.kassel.de' }],
    entities: [{ name: 'Kassel', slug: 'kassel', kind: 'place' }],
    tags: ['Verkehr'],
    authors: ['Erika Muster'],
    language: 'de',
    status: 'published',
    publishedAt: '2025-04-15T08:00:00+02:00',
    updatedAt: '2025-04-15T08:00:00+02:00',
  },
  'Testartikel',
);

const edit = (changes: Partial<Article>): Article => ({ ...structuredClone(base), ...changes });
const changed = (parts: readonly DiffPart[]) => parts.filter((part) => part.kind !== 'same');
const joined = (parts: readonly DiffPart[], without: DiffPart['kind']) => parts.filter((part) => part.kind !== without).map((part) => part.text).join('');

function only(diff: FieldDiff[], field: FieldDiff['field']): FieldDiff {
  assert.deepEqual(diff.map((entry) => entry.field), [field]);
  return diff[0]!;
}

describe('diffArticles', () => {
  test('identical revisions: no differences', () => {
    assert.deepEqual(diffArticles(base, structuredClone(base)), []);
  });

  test('updatedAt alone is no difference', () => {
    assert.deepEqual(diffArticles(base, edit({ updatedAt: '2025-04-16T10:00:00+02:00' })), []);
  });

  test('headline: a word-level diff', () => {
    const diff = only(diffArticles(base, edit({ headline: 'Kastanienbrücke in Kassel wird ab Mai saniert' })), 'headline');
    assert.equal(diff.label, 'Überschrift');
    assert.equal(diff.granularity, 'words');
    assert.deepEqual(changed(diff.parts), [{ kind: 'added', text: 'ab Mai ' }]);
    assert.equal(joined(diff.parts, 'removed'), 'Kastanienbrücke in Kassel wird ab Mai saniert');
  });

  test('a replaced word shows as removed and added', () => {
    const diff = only(diffArticles(base, edit({ lead: 'Die Brücke über die Fulda wird ab Mai saniert.' })), 'lead');
    assert.equal(diff.label, 'Vorspann');
    assert.deepEqual(changed(diff.parts), [
      { kind: 'removed', text: 'April' },
      { kind: 'added', text: 'Mai' },
    ]);
  });

  test('body: an inserted paragraph is one added line', () => {
    const body = structuredClone(base.body);
    body.splice(1, 0, { type: 'paragraph', text: 'Ein neuer Absatz mit *Sternchen* und Sternchen*.' });
    const diff = only(diffArticles(base, edit({ body })), 'body');
    assert.equal(diff.label, 'Text');
    assert.equal(diff.granularity, 'lines');
    assert.deepEqual(changed(diff.parts), [{ kind: 'added', text: 'Ein neuer Absatz mit \\*Sternchen\\* und Sternchen\\*.\n' }]);
    // Joined, the parts are the body as Markdown, line by line.
    assert.equal(
      joined(diff.parts, 'added'),
      'Erster Absatz.\n## Warum?\nZweiter Absatz.\n> Wir haben ein Zeitfenster.\n> — Matthias Rehbein\nWas sich ändert:\n- Autos\n- Busse\n',
    );
  });

  test('body: a changed list item and a removed block', () => {
    const body = structuredClone(base.body).filter((block) => block.type !== 'subheading');
    const list = body.at(-1)!;
    assert.equal(list.type, 'list');
    if (list.type === 'list') list.items[1] = 'Busse und Bahnen';
    assert.deepEqual(changed(only(diffArticles(base, edit({ body })), 'body').parts), [
      { kind: 'removed', text: '## Warum?\n' },
      { kind: 'removed', text: '- Busse\n' },
      { kind: 'added', text: '- Busse und Bahnen\n' },
    ]);
  });

  test('key points: a reordered point is removed in one place and added in another', () => {
    const [a, b, c] = base.keyPoints;
    const diff = only(diffArticles(base, edit({ keyPoints: [b!, a!, c!] })), 'keyPoints');
    assert.equal(diff.label, 'Was müssen Sie wissen?');
    assert.equal(diff.granularity, 'lines');
    const moved = changed(diff.parts);
    assert.equal(moved.length, 2);
    assert.deepEqual(new Set(moved.map((part) => part.kind)), new Set(['added', 'removed']));
    assert.equal(moved[0]!.text, moved[1]!.text);
    assert.equal(joined(diff.parts, 'removed'), 'Fuß- und Radverkehr bleibt möglich.\nAb 22. April gesperrt.\nKosten: 31 Millionen Euro. (vorgeschlagen)\n');
  });

  test('key points: accepting a suggestion is a change', () => {
    const keyPoints = base.keyPoints.map((point) => ({ ...point, origin: 'editor' as const }));
    assert.deepEqual(changed(only(diffArticles(base, edit({ keyPoints })), 'keyPoints').parts), [
      { kind: 'removed', text: 'Kosten: 31 Millionen Euro. (vorgeschlagen)\n' },
      { kind: 'added', text: 'Kosten: 31 Millionen Euro.\n' },
    ]);
  });

  test('hero image: a changed credit is one line out, one line in', () => {
    const diff = only(diffArticles(base, edit({ heroImage: { ...base.heroImage!, credit: 'Foto: Stadt Kassel' } })), 'heroImage');
    assert.equal(diff.label, 'Bild');
    assert.deepEqual(changed(diff.parts), [
      { kind: 'removed', text: 'Bildnachweis: Illustration: Depesche\n' },
      { kind: 'added', text: 'Bildnachweis: Foto: Stadt Kassel\n' },
    ]);
  });

  test('hero image removed', () => {
    const diff = only(diffArticles(base, edit({ heroImage: null })), 'heroImage');
    assert.ok(diff.parts.every((part) => part.kind === 'removed'));
    assert.equal(diff.parts.length, 4);
  });

  test('an image credit changed inside the body', () => {
    const body = structuredClone(base.body);
    body.push({ type: 'image', text: 'Karte', image: { src: 'karte.svg', alt: 'Karte', caption: 'Karte', credit: 'Foto: A' } });
    const older = edit({ body });
    const newer = structuredClone(older);
    const image = newer.body.at(-1)!;
    if (image.type === 'image') image.image.credit = 'Foto: B';
    assert.deepEqual(changed(only(diffArticles(older, newer), 'body').parts), [
      { kind: 'removed', text: '![Karte](karte.svg "Karte | Foto: A")\n' },
      { kind: 'added', text: '![Karte](karte.svg "Karte | Foto: B")\n' },
    ]);
  });

  test('HTML-like text comes back as plain text, for the view to escape', () => {
    const headline = 'Warum <script>alert("x")</script> & <b>fett</b> nicht wirkt';
    const diff = diffArticles(base, edit({ headline, tags: ['Verkehr', '<img src=x onerror=alert(1)>'] }));
    assert.deepEqual(diff.map((entry) => entry.field), ['headline', 'tags']);
    assert.equal(joined(diff[0]!.parts, 'removed'), headline);
    assert.deepEqual(changed(diff[1]!.parts), [{ kind: 'added', text: '<img src=x onerror=alert(1)>\n' }]);
  });

  test('several fields in the model order, each with its German label', () => {
    const newer = edit({
      status: 'archived',
      authors: ['Erika Muster', 'Max Mustermann'],
      section: 'Politik',
      sources: [],
      entities: [{ name: 'Kassel', slug: 'kassel', kind: 'organisation' }],
      publishedAt: null,
      headline: 'Neu',
    });
    const diff = diffArticles(base, newer);
    assert.deepEqual(
      diff.map((entry) => [entry.field, entry.label]),
      [
        ['section', 'Ressort'],
        ['headline', 'Überschrift'],
        ['sources', 'Quellen'],
        ['entities', 'Personen, Orte und Organisationen'],
        ['authors', 'Autoren'],
        ['status', 'Status'],
        ['publishedAt', 'Veröffentlichung'],
      ],
    );
    const byField = Object.fromEntries(diff.map((entry) => [entry.field, changed(entry.parts)]));
    assert.deepEqual(byField['status'], [{ kind: 'removed', text: 'Veröffentlicht' }, { kind: 'added', text: 'Archiviert' }]);
    assert.deepEqual(byField['sources'], [{ kind: 'removed', text: 'Stadt Kassel | https://www.kassel.de\n' }]);
    assert.deepEqual(byField['entities'], [{ kind: 'removed', text: 'Kassel (Ort)\n' }, { kind: 'added', text: 'Kassel (Organisation)\n' }]);
    assert.deepEqual(byField['authors'], [{ kind: 'added', text: 'Max Mustermann\n' }]);
    assert.deepEqual(byField['publishedAt'], [{ kind: 'removed', text: '2025-04-15T08:00:00+02:00' }]);
  });

  test('every field but updatedAt has a label', () => {
    assert.deepEqual(Object.keys(fieldLabels), ['id', 'slug', 'section', 'headline', 'lead', 'heroImage', 'keyPoints', 'body', 'sources', 'entities', 'tags', 'authors', 'language', 'status', 'publishedAt']);
  });

  test('pure: the inputs are left as they were', () => {
    const older = structuredClone(base);
    const newer = edit({ headline: 'Neu', keyPoints: [] });
    const snapshot = structuredClone([older, newer]);
    diffArticles(older, newer);
    assert.deepEqual([older, newer], snapshot);
  });
});

test('a huge comparison stays short: past its time limit a field is shown as replaced whole', async () => {
  const { sampleArticle } = await import('../../test/helpers/sample-article.ts');
  const many = (prefix: string) => Array.from({ length: 200 }, (_, i) => `${prefix}${i}`);
  const older = sampleArticle({ body: Array.from({ length: 5 }, (_, n) => ({ type: 'list' as const, text: '', items: many(`a${n}-`) })) });
  const newer = { ...older, body: Array.from({ length: 5 }, (_, n) => ({ type: 'list' as const, text: '', items: many(`b${n}-`) })) };
  const started = performance.now();
  const [body] = diffArticles(older, newer);
  assert.ok(performance.now() - started < 2000, 'bounded time');
  assert.equal(body?.field, 'body');
  assert.ok(body!.parts.some((part) => part.kind === 'removed') && body!.parts.some((part) => part.kind === 'added'));
});
