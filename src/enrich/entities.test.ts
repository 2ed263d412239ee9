import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Entity } from '../article/article.ts';
import { entitySchema } from '../article/article.ts';
import { emptyDraft, type ArticleDraft } from '../article/draft.ts';
import { parseScrapedText } from '../ingest/scraped-text.ts';
import { findEntities, recognizeEntities } from './entities.ts';

const named = (text: string): string[] => findEntities(text).map((entity) => entity.name);
const kindOf = (text: string, name: string): Entity['kind'] | undefined =>
  findEntities(text).find((entity) => entity.name === name)?.kind;

function draftOf(paragraphs: string[], extra: Partial<ArticleDraft> = {}): ArticleDraft {
  return { ...emptyDraft('Überschrift'), body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })), ...extra };
}

describe('the reference article', () => {
  const seed = readFileSync(new URL('../../demo/seed-article.txt', import.meta.url), 'utf8');
  const entities = recognizeEntities(parseScrapedText(seed, 'seed-article.txt')).entities;
  const byName = new Map(entities.map((entity) => [entity.name, entity.kind]));

  test('names its people, countries and places', () => {
    const expected: [string, Entity['kind']][] = [
      ['Keir Starmer', 'person'], ['Donald Trump', 'person'], ['Emmanuel Macron', 'person'], ['Papst Franziskus', 'person'],
      ['USA', 'place'], ['Ukraine', 'place'], ['Großbritannien', 'place'], ['Frankreich', 'place'], ['Russland', 'place'], ['Rom', 'place'],
    ];
    for (const [name, kind] of expected) assert.equal(byName.get(name), kind, name);
  });

  test('lists no outlets, adjectives, surnames alone or sentence-opening nouns', () => {
    for (const name of ['Telegraph', 'The Telegraph', 'Times', 'The Times', 'Starmer', 'Trump', 'britische', 'Medien', 'Koalition', 'Die', 'Was', 'Statt', 'Amerikanische']) {
      assert.ok(!byName.has(name), name);
    }
  });

  test('every entity is valid and listed once', () => {
    for (const entity of entities) entitySchema.parse(entity);
    assert.equal(new Set(entities.map((entity) => entity.slug)).size, entities.length);
    assert.ok(entities.find((entity) => entity.name === 'Keir Starmer')?.slug === 'keir-starmer');
  });
});

describe('people', () => {
  test('after a title or role word, in any case of the role', () => {
    assert.deepEqual(named('Das sagte der britische Premierminister Keir Starmer.'), ['Keir Starmer']);
    assert.ok(named('Die Bemühungen des britischen Premierministers Keir Starmer sind bekannt.').includes('Keir Starmer'));
    assert.ok(named('Am Samstag reist Papst Franziskus ab.').includes('Papst Franziskus'));
    assert.ok(named('Der Regierungschef Gheorghe Brega trat zurück.').includes('Gheorghe Brega'));
    assert.ok(named('Das sagte SPÖ-Bautensprecherin Ruth Becher den Journalisten.').includes('Ruth Becher'));
  });

  test('by a known first name, with particles of the surname', () => {
    assert.ok(named('Gestern traf Donald Trump in Rom ein.').includes('Donald Trump'));
    assert.ok(named('Die Grünen stellen Alexander Van der Bellen auf.').includes('Alexander Van der Bellen'));
    assert.ok(named('Dritter wurde Andre de Grasse.').includes('Andre de Grasse'));
    assert.ok(named('Kommissionschef Jean-Claude Juncker verteidigte sich.').includes('Jean-Claude Juncker'));
  });

  test('a surname alone is the person named in full, also before and in the genitive', () => {
    const entities = findEntities('Trump lehnt ab. Später sagte Donald Trump mehr. Trumps Berater schwiegen, Trump auch.');
    assert.deepEqual(entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name), ['Donald Trump']);
    assert.deepEqual(named('Angela Merkel reist. Die Entscheidung Merkels fiel spät.'), ['Angela Merkel']);
    assert.deepEqual(named('Nach dem ersten Auftritt Christian Kerns sprach er mit Kern.'), ['Christian Kern']);
  });

  test('a role word with a single surname gives that surname', () => {
    assert.deepEqual(named('Das sagte ÖVP-Chef Mitterlehner am Montag.'), ['Mitterlehner']);
    assert.deepEqual(named('Das sagte Kanzlerin Angela Merkel. Kanzlerin Merkel fügte hinzu.'), ['Angela Merkel']);
  });

  test('weekdays and months are not names', () => {
    assert.deepEqual(named('Der Trainer Montag kommt nicht, sagte der Sprecher Mittwoch.'), []);
  });
});

describe('places', () => {
  test('countries in their inflected forms, by their German news names', () => {
    assert.deepEqual(named('Die Rolle Russlands und Deutschlands in der Ukraine.'), ['Russland', 'Deutschland', 'Ukraine']);
    assert.deepEqual(named('Die Vereinigten Staaten und das Vereinigte Königreich.'), ['USA', 'Großbritannien']);
    assert.equal(kindOf('Präsident der Russischen Föderation', 'Russland'), 'place');
    assert.deepEqual(named('Der Frieden Großbritanniens.'), ['Großbritannien']);
  });

  test('cities and regions; adjectives are not places', () => {
    assert.deepEqual(named('Die britische Regierung in London und die französische in Paris.'), ['London', 'Paris']);
    assert.deepEqual(named('Er fuhr von Wien nach St. Petersburg und Frankfurt am Main.'), ['Wien', 'St. Petersburg', 'Frankfurt']);
    assert.deepEqual(named('Die deutsche und die russische Seite.'), []);
  });

  test('a dateline names its places, also unknown ones', () => {
    assert.deepEqual(named('Lenker festgenommen. Saalfelden / Zell am See – Ein betrunkener Autofahrer raste.'), ['Saalfelden', 'Zell am See']);
    assert.deepEqual(named('Innsbruck/Eisenstadt – Am Montag begannen Kontrollen.'), ['Innsbruck', 'Eisenstadt']);
  });
});

describe('organisations', () => {
  test('curated names and acronyms, acronyms only in capitals', () => {
    assert.deepEqual(named('Die Nato und die NATO, die EU und die UN.'), ['Nato', 'Europäische Union', 'Vereinte Nationen']);
    assert.deepEqual(named('Die Soldaten der Bundeswehr und die Deutsche Bahn.'), ['Bundeswehr', 'Deutsche Bahn']);
    assert.deepEqual(named('Die Gespräche führen die Europäische Union und die Europäische Zentralbank.'), ['Europäische Union', 'Europäische Zentralbank']);
    assert.deepEqual(named('Das Eu-Ziel und un-fair.'), []);
  });

  test('parties; Grüne only in a party context', () => {
    assert.deepEqual(named('SPD und CDU verhandeln.'), ['SPD', 'CDU']);
    assert.deepEqual(named('SPD und Grüne verhandeln.'), ['SPD', 'Bündnis 90/Die Grünen']);
    assert.deepEqual(named('Barbara Hendricks (SPD) und Cem Özdemir (Grüne).'), ['Barbara Hendricks', 'SPD', 'Bündnis 90/Die Grünen']);
    assert.deepEqual(named('Grüne Wiesen und die Grüne Woche.'), []);
  });

  test('conservative patterns: legal forms, ministries, trades', () => {
    assert.ok(named('Die Siemens AG und die Muster Holding melden Gewinne.').includes('Siemens'));
    assert.ok(named('Die Siemens AG und die Muster Holding melden Gewinne.').includes('Muster Holding'));
    assert.ok(named('Das Ministerium für Arbeit und Soziales prüft.').includes('Ministerium für Arbeit und Soziales'));
    assert.ok(named('Ein Sprecher des Bildungsministeriums sagte das.').includes('Bildungsministerium'));
    assert.ok(named('Im Februar hat der Elektroautobauer Tesla den Prototypen enthüllt.').includes('Tesla'));
    assert.deepEqual(named('Die Aktie der AG fiel. Eine GmbH.'), []);
  });
});

describe('recognizeEntities', () => {
  test('keeps an editor\'s entries first and never duplicates them', () => {
    const editor: Entity = { name: 'Donald Trump', slug: 'donald-trump', kind: 'person' };
    const draft = draftOf(['Donald Trump traf Emmanuel Macron in Paris.'], { entities: [editor] });
    const { entities } = recognizeEntities(draft);
    assert.deepEqual(entities[0], editor);
    assert.deepEqual(entities.map((entity) => entity.name), ['Donald Trump', 'Emmanuel Macron', 'Paris']);
    assert.deepEqual(recognizeEntities({ ...draft, entities }).entities, entities);
  });

  test('reads headline, lead, key points, captions and quotes; leaves the input unchanged', () => {
    const draft: ArticleDraft = {
      ...emptyDraft('Macron in Berlin'),
      lead: 'Die Ukraine hofft.',
      keyPoints: [{ text: 'Die USA helfen.', origin: 'editor' }],
      heroImage: { alt: '', caption: 'Blick auf Rom', credit: '© Wien Bild' },
      body: [{ type: 'quote', text: 'Wir stehen zu Polen.', attribution: 'Bundeskanzler Olaf Scholz' }],
    };
    const before = structuredClone(draft);
    const names = recognizeEntities(draft).entities.map((entity) => entity.name);
    assert.deepEqual(draft, before);
    for (const name of ['Berlin', 'Ukraine', 'USA', 'Rom', 'Polen', 'Olaf Scholz']) assert.ok(names.includes(name), name);
    assert.ok(!names.includes('Wien'), 'credits are not read');
  });

  test('stops at the schema bound of 200 entries', () => {
    const cities = 'Berlin Hamburg München Köln Wien Graz Linz Paris London Rom Madrid Prag Athen Kairo Bern Genf Oslo Riga';
    const many = Array.from({ length: 30 }, (_, i) => `Herr Nummer${i} sagte Bürgermeister Max Probe${i}. ${cities}.`).join(' ');
    const draft = draftOf([many], { entities: Array.from({ length: 195 }, (_, i) => ({ name: `E${i}`, slug: `e${i}`, kind: 'other' as const })) });
    assert.equal(recognizeEntities(draft).entities.length, 200);
  });
});

describe('robustness', () => {
  test('empty, emoji, control characters', () => {
    assert.deepEqual(findEntities(''), []);
    assert.deepEqual(findEntities('   \n\n '), []);
    assert.deepEqual(findEntities('🇺🇦🔥🙂 ✨'), []);
    assert.deepEqual(named('🔥 Donald Trump 🙂 besucht\u0000 die\u200b Ukraine\u0007.'), ['Donald Trump', 'Ukraine']);
    assert.deepEqual(recognizeEntities(emptyDraft('')).entities, []);
  });

  test('200,000 characters of capitalised words in under a second', () => {
    const words = ['Donald', 'Trump', 'Premierminister', 'Keir', 'Vereinigten', 'Europäische', 'Ministerium', 'für', 'Arbeit', 'Siemens', 'Van', 'der', 'Grüne', 'AG', 'Zell', 'Wien', 'Merkels'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += `${words[(i * 7) % words.length]}${i % 11 === 0 ? String(i) : ''}${i % 13 === 0 ? '. ' : ' '}`;
    const hostile = ['A '.repeat(100_000), 'Wien/'.repeat(40_000), `${'Ä'.repeat(200_000)}`, `Wien ${'am '.repeat(66_000)}`];
    for (const input of [text, ...hostile]) {
      const started = performance.now();
      findEntities(input);
      const ms = performance.now() - started;
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms for ${input.slice(0, 20)}…`);
    }
  });
});
