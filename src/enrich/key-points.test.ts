import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { keyPointSchema } from '../article/article.ts';
import { emptyDraft, type ArticleDraft } from '../article/draft.ts';
import { parseScrapedText } from '../ingest/scraped-text.ts';
import { addSuggestedKeyPoints, suggestKeyPoints } from './key-points.ts';
import { cutAtClause } from './key-points/clause-cut.ts';

function draftOf(lead: string, paragraphs: string[], headline = 'Überschrift des Artikels'): ArticleDraft {
  return { ...emptyDraft(headline), lead, body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
}

function seedDraft(): ArticleDraft {
  const text = readFileSync(new URL('../../demo/seed-article.txt', import.meta.url), 'utf8');
  return parseScrapedText(text, 'seed-article.txt');
}

/** Which block (0 = lead) a bullet comes from. */
function paragraphOf(draft: ArticleDraft, bullet: string): number {
  const stem = bullet.replace(/[.!…]$/u, '');
  if (draft.lead.includes(stem)) return 0;
  return draft.body.findIndex((block) => block.text.includes(stem)) + 1;
}

describe('suggestKeyPoints on the reference article', () => {
  const draft = seedDraft();
  const points = suggestKeyPoints(draft);

  test('gives three valid suggested bullets of at most 200 characters', () => {
    assert.equal(points.length, 3);
    for (const point of points) {
      assert.equal(point.origin, 'suggested');
      keyPointSchema.parse(point);
      assert.ok(point.text.length <= 200, point.text);
      assert.match(point.text, /[.!]$/u);
    }
  });

  test('repeats neither the headline nor itself', () => {
    for (const point of points) assert.notEqual(point.text.replace(/\.$/, ''), draft.headline);
    assert.equal(new Set(points.map((point) => point.text)).size, 3);
  });

  test('takes each bullet from a different paragraph, in article order', () => {
    const paragraphs = points.map((point) => paragraphOf(draft, point.text));
    for (const paragraph of paragraphs) assert.ok(paragraph >= 0, 'every bullet is text of the article');
    assert.equal(new Set(paragraphs).size, 3);
    assert.deepEqual(paragraphs, [...paragraphs].sort((a, b) => a - b));
  });

  test('never uses a subheading', () => {
    const subheadings = draft.body.filter((block) => block.type === 'subheading').map((block) => block.text);
    for (const point of points) assert.ok(!subheadings.includes(point.text));
  });

  test('honours the count, clamped to 2–5', () => {
    assert.equal(suggestKeyPoints(draft, { count: 5 }).length, 5);
    assert.equal(suggestKeyPoints(draft, { count: 1 }).length, 2);
    assert.equal(suggestKeyPoints(draft, { count: 9 }).length, 5);
  });

  test('is pure: the same draft gives the same bullets and stays unchanged', () => {
    const before = JSON.stringify(draft);
    assert.deepEqual(suggestKeyPoints(draft), points);
    assert.equal(JSON.stringify(draft), before);
  });

  test('addSuggestedKeyPoints keeps an editor\'s bullets and fills empty ones', () => {
    assert.equal(addSuggestedKeyPoints(draft), draft);
    const filled = addSuggestedKeyPoints({ ...draft, keyPoints: [] });
    assert.deepEqual(filled.keyPoints, points);
  });
});

describe('suggestKeyPoints on edge cases', () => {
  test('empty text gives no bullets', () => {
    assert.deepEqual(suggestKeyPoints(emptyDraft('Nur eine Überschrift')), []);
    assert.deepEqual(suggestKeyPoints(draftOf('   ', ['', '\n\n'])), []);
  });

  test('one sentence gives that sentence', () => {
    const sentence = 'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen.';
    assert.deepEqual(suggestKeyPoints(draftOf(sentence, [])), [{ text: sentence, origin: 'suggested' }]);
  });

  test('a sentence equal or too close to the headline is never a bullet', () => {
    const headline = 'Der Stadtrat beschließt den neuen Haushalt für das kommende Jahr';
    assert.deepEqual(suggestKeyPoints(draftOf(`${headline}.`, [], headline)), []);
    assert.deepEqual(suggestKeyPoints(draftOf('Der Stadtrat beschloss den neuen Haushalt für das kommende Jahr.', [], headline)), []);
  });

  test('skips subheadings, questions, quote attributions, captions and short list items', () => {
    const statement = 'Die Feuerwehr rückte mit zwölf Fahrzeugen zu dem Brand in der Altstadt aus.';
    const draft: ArticleDraft = {
      ...emptyDraft('Großbrand in der Altstadt'),
      body: [
        { type: 'subheading', text: 'Wie kam es zu dem Feuer in der alten Scheune am Markt' },
        { type: 'paragraph', text: 'Wie konnte das Feuer sich so schnell über die Dächer der Altstadt ausbreiten?' },
        { type: 'quote', text: 'Wir waren schnell vor Ort.', attribution: 'Der Einsatzleiter der Freiwilligen Feuerwehr am Abend' },
        { type: 'list', text: '', items: ['Zwölf Fahrzeuge', 'Achtzig Einsatzkräfte vor Ort'] },
        { type: 'image', text: 'Die Feuerwehr löscht den Brand in der Altstadt am Abend', image: { alt: '', caption: 'Die Feuerwehr löscht den Brand', credit: '© dpa' } },
        { type: 'paragraph', text: statement },
      ],
    };
    assert.deepEqual(suggestKeyPoints(draft).map((point) => point.text), [statement]);
  });

  test('200,000 characters without a full stop finish fast', () => {
    const wall = 'Wort '.repeat(40_000);
    const started = performance.now();
    assert.deepEqual(suggestKeyPoints(draftOf(wall, [wall])), []);
    const manySentences = 'Die Regierung hat heute ein neues Gesetz zur Förderung der Bahn beschlossen. '.repeat(3_000);
    assert.ok(suggestKeyPoints(draftOf(manySentences, [])).length <= 1);
    assert.ok(performance.now() - started < 2_000, 'under two seconds');
  });

  test('emoji and control characters do not crash it', () => {
    const text = 'Die Stadt 🎉 feiert am Wochenende ihr großes Jubiläum mit einem Fest.\u0000\u0007 Tausende Besucher 👩‍👩‍👧 werden aus der ganzen Region in der Innenstadt erwartet.\u202e\ufeff Die Polizei sperrt dafür mehrere Straßen rund um den Marktplatz.';
    const points = suggestKeyPoints(draftOf(text, ['\u0001\u0002', '😀'.repeat(5_000)]));
    assert.ok(points.length >= 2);
    for (const point of points) assert.doesNotMatch(point.text, /[\u0000-\u001f]/u);
  });
});

describe('cutAtClause', () => {
  test('drops a trailing adverbial clause', () => {
    assert.equal(
      cutAtClause('Großbritannien rückt möglicherweise von dem Plan ab, tausende Soldaten zu schicken, da dies als zu riskant angesehen wird.', 90),
      'Großbritannien rückt möglicherweise von dem Plan ab, tausende Soldaten zu schicken.',
    );
  });

  test('drops a relative clause only when it ends the sentence', () => {
    assert.equal(
      cutAtClause('Die USA haben ihre Bereitschaft zur Unterstützung einer Koalition erklärt, die in der Ukraine stationiert werden könnte.', 80),
      'Die USA haben ihre Bereitschaft zur Unterstützung einer Koalition erklärt.',
    );
    assert.equal(cutAtClause('Die Koalition von Ländern der Region, die seit Jahren besteht, hat heute in Rom wieder getagt und beraten.', 60), undefined);
  });

  test('keeps the attribution a statement needs', () => {
    assert.equal(cutAtClause('Die Regierung will das Gesetz noch im Sommer beschließen, da die Zeit drängt, berichtete der "Telegraph".', 60), undefined);
  });

  test('does not cut inside a dash aside or a quotation', () => {
    assert.equal(cutAtClause('Die Gruppe - eine Koalition von Ländern, da sie sich einig sind - hat heute in Rom lange getagt.', 60), undefined);
  });
});
