import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { parseScrapedText } from '../ingest/scraped-text.ts';
import { enrichDraft } from './enrich-draft.ts';

const reference = parseScrapedText(await readFile(new URL('../../demo/seed-article.txt', import.meta.url), 'utf8'), 'seed');

test('sources are added; key points only when the site publishes suggestions by itself', () => {
  const withoutBox = { ...reference, keyPoints: [] };
  const plain = enrichDraft(withoutBox, { autoKeyPoints: false });
  assert.deepEqual(plain.sources.map((s) => s.name), ['The Telegraph', 'The Times']);
  assert.deepEqual(plain.keyPoints, []);
  const automatic = enrichDraft(withoutBox, { autoKeyPoints: true });
  assert.equal(automatic.keyPoints.length, 3);
  assert.ok(automatic.keyPoints.every((point) => point.origin === 'suggested'));
});

test("an editor's key points and sources are never replaced", () => {
  const edited = { ...reference, sources: [{ name: 'Eigene Recherche' }] };
  const enriched = enrichDraft(edited, { autoKeyPoints: true });
  assert.deepEqual(enriched.keyPoints, reference.keyPoints, 'the box written by the publisher stays');
  assert.equal(enriched.sources[0]?.name, 'Eigene Recherche');
  assert.ok(enriched.sources.some((s) => s.name === 'The Times'));
});

test('the people, places and organisations of the reference article become its entities', () => {
  const names = enrichDraft(reference, { autoKeyPoints: false }).entities.map((entity) => entity.name);
  for (const name of ['Keir Starmer', 'Donald Trump', 'Emmanuel Macron', 'Papst Franziskus', 'USA', 'Ukraine', 'Großbritannien', 'Frankreich', 'Russland', 'Rom']) {
    assert.ok(names.includes(name), name);
  }
  assert.ok(!names.some((name) => /Telegraph|Times/.test(name)), 'outlets are sources, not entities');
});

describe('bad input never crashes or hangs the enrichment', () => {
  const draftOf = (text: string) => ({ ...reference, headline: 'Überschrift', lead: '', keyPoints: [], sources: [], entities: [], body: text ? [{ type: 'paragraph' as const, text }] : [] });
  const cases: [string, string][] = [
    ['empty text', ''],
    ['one sentence', 'Die Brücke in Kiel wird im Mai eröffnet.'],
    ['no German at all', 'The quick brown fox jumps over the lazy dog. It was not amused by the weather in London.'],
    ['200,000 characters without a full stop', 'und weiter geht es mit Kiel '.repeat(7200)],
    ['emoji and control characters', '🚀🔥 Die Feuerwehr 🚒 rückt aus\u0000\u0007\u001b[31m. Großbrand in Hamburg! 🙈\u200b\u202e'],
    ['only punctuation and numbers', '...!!!??? 1.000.000 – 3,5 % ... (§ 12) ;;;'],
  ];
  for (const [name, text] of cases) {
    test(name, () => {
      const started = performance.now();
      const enriched = enrichDraft(draftOf(text), { autoKeyPoints: true });
      assert.ok(performance.now() - started < 2000, `${name} finished in time`);
      assert.ok(Array.isArray(enriched.keyPoints) && enriched.keyPoints.length <= 5);
      for (const point of enriched.keyPoints) assert.ok(point.text.length <= 200, point.text);
      assert.ok(enriched.entities.every((entity) => entity.name.trim() !== '' && !/[\u0000-\u001f]/.test(entity.name)));
    });
  }
});
