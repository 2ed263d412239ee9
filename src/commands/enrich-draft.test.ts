import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
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
