import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { SourceRef } from '../article/article.ts';
import { emptyDraft, type ArticleDraft } from '../article/draft.ts';
import { citeSources, findCitedSources } from './sources.ts';

const telegraph = { name: 'The Telegraph', url: 'https://www.telegraph.co.uk' };
const times = { name: 'The Times', url: 'https://www.thetimes.com' };

const names = (text: string): string[] => findCitedSources(text).map((source) => source.name);

function draftOf(paragraphs: string[], extra: Partial<ArticleDraft> = {}): ArticleDraft {
  return { ...emptyDraft('Überschrift'), body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })), ...extra };
}

/** The reference page, split the way a reader sees it. */
function seedDraft(): ArticleDraft {
  const text = readFileSync(new URL('../../demo/seed-article.txt', import.meta.url), 'utf8');
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  const [, headline, lead, imageLines, keyPointsHeading, bullets, ...rest] = paragraphs;
  assert.equal(keyPointsHeading, 'Was müssen Sie wissen?');
  const [caption, , creditLine] = imageLines!.split('\n');
  const body = rest.slice(0, rest.indexOf('Für Sie ausgewählt'));
  return {
    ...emptyDraft(headline!),
    section: 'Nachrichten',
    lead: lead!,
    heroImage: { alt: caption!, caption: caption!, credit: creditLine!.replace('Bildquelle: ', '') },
    keyPoints: bullets!.split('\n').map((line) => ({ text: line.replace(/^\s*•\s*/, ''), origin: 'editor' as const })),
    body: body.map((paragraph) =>
      paragraph.endsWith('?') ? { type: 'subheading' as const, text: paragraph } : { type: 'paragraph' as const, text: paragraph },
    ),
  };
}

describe('citeSources', () => {
  test('the reference article cites exactly The Telegraph and The Times', () => {
    const draft = seedDraft();
    assert.equal(draft.keyPoints.length, 3);
    assert.ok(draft.body.some((block) => block.text.includes('"Koalition der Willigen" wurde')));
    assert.deepEqual(citeSources(draft).sources, [telegraph, times]);
  });

  test('is pure: the draft it is given stays as it was', () => {
    const draft = draftOf(['Das berichtete die „Times“.']);
    const before = structuredClone(draft);
    const enriched = citeSources(draft);
    assert.deepEqual(draft, before);
    assert.notEqual(enriched, draft);
    assert.deepEqual(enriched.sources, [times]);
  });

  test('keeps existing sources first and adds none twice, whatever the spelling or case', () => {
    const existing: SourceRef[] = [{ name: 'the times' }, { name: 'Spiegel' }, { name: 'Lokalblatt' }];
    const draft = draftOf(['Laut „Times“ und laut „Der Spiegel“ ist es so.', 'Wie der „Spiegel“ berichtet, meldete auch dpa dies (dpa).'], { sources: existing });
    assert.deepEqual(citeSources(draft).sources, [...existing, { name: 'dpa', url: 'https://www.dpa.com' }]);
  });

  test('lists sources in order of first mention: lead, key points, body', () => {
    const draft = draftOf(['Laut „Guardian“ ist das so. Laut Reuters auch.'], {
      lead: 'Wie die „Zeit“ berichtet, ist es ernst.',
      keyPoints: [{ text: 'Reuters zufolge stieg der Preis.', origin: 'suggested' }],
    });
    assert.deepEqual(citeSources(draft).sources.map((source) => source.name), ['Die Zeit', 'Reuters', 'The Guardian']);
  });

  test('reads quotes, their attribution and list items too', () => {
    const draft = draftOf([], {
      body: [
        { type: 'quote', text: '„Wir sind bereit“, sagte er der „Bild“.' },
        { type: 'quote', text: '„Nein.“', attribution: 'Olaf Scholz im Interview mit dem „Spiegel“' },
        { type: 'list', text: 'Quellen', items: ['nach Angaben von Reuters', 'Der Hafen war leer.'] },
      ],
    });
    assert.deepEqual(citeSources(draft).sources.map((source) => source.name), ['Bild', 'Der Spiegel', 'Reuters']);
  });

  test('ignores names in the headline, subheadings, captions and image credits', () => {
    const draft: ArticleDraft = {
      ...emptyDraft('Laut „Spiegel“: Die „Times“ berichtet'),
      heroImage: { alt: 'Laut Reuters', caption: 'Wie die „Zeit“ berichtet', credit: '© dpa' },
      body: [
        { type: 'subheading', text: 'Was berichtet die „Times“?' },
        { type: 'image', text: 'Laut AFP', image: { alt: '', caption: 'Laut AFP', credit: 'Foto: dpa (AFP)' } },
        { type: 'paragraph', text: 'Die Lage bleibt unklar.' },
      ],
    };
    assert.deepEqual(citeSources(draft).sources, []);
  });
});

describe('findCitedSources: citing contexts', () => {
  const cited: [string, string[]][] = [
    ['berichtete der britische "Telegraph" am Freitagabend.', ['The Telegraph']],
    ['In der Zwischenzeit berichtet die "Times", dass London abrückt.', ['The Times']],
    ['Die "Times" stellte fest, dass nichts entschieden ist.', ['The Times']],
    ['Laut "Telegraph" ist dies ein Fortschritt.', ['The Telegraph']],
    ['Das ist laut „Spiegel“ längst beschlossen.', ['Der Spiegel']],
    ['Das sei ernst, wie die Nachrichtenagentur dpa meldete.', ['dpa']],
    ['Das berichtet die „Süddeutsche Zeitung“ unter Berufung auf Insider.', ['Süddeutsche Zeitung']],
    ['Paris (AFP) – Die Regierung ist zurückgetreten.', ['AFP']],
    ['Berlin (dpa/lby) – Der Landtag tagt.', ['dpa']],
    ['Kiew (dpa/AFP) – Die Lage ist ruhig.', ['dpa', 'AFP']],
    ['Nach dpa-Informationen ist die Entscheidung gefallen.', ['dpa']],
    ['Das bestätigte ein Sprecher auf AFP-Anfrage.', ['AFP']],
    ['Nach „Spiegel“-Recherchen flossen Millionen.', ['Der Spiegel']],
    ['„Wir schaffen das“, sagte er der „Bild“.', ['Bild']],
    ['Das sagte Außenministerin Baerbock der „Zeit“ am Sonntag.', ['Die Zeit']],
    ['Dazu zitiert die "New York Times" einen Diplomaten.', ['New York Times']],
    ['Selenskyj sagte dem Sender CNN, er sei bereit.', ['CNN']],
    ['Es gab nach Angaben von Reuters drei Tote.', ['Reuters']],
    ['Dem „Spiegel“ zufolge ist der Plan gescheitert.', ['Der Spiegel']],
    ['Einem Bericht der „Washington Post“ zufolge stiegen die Kosten.', ['Washington Post']],
    ['„Das ist Unsinn“, so die „FAZ“.', ['FAZ']],
    ['Das sagte Scholz im ZDF. Sie sagte es in der ARD.', ['ZDF', 'ARD']],
    ['«Die Zeit» berichtete zuerst, wie »Le Monde« schreibt und “Politico” meldet.', ['Die Zeit', 'Le Monde', 'Politico']],
    ['dpa und AFP meldeten übereinstimmend, die „New York Times“ und die „Washington Post“ berichteten ebenso.', ['dpa', 'AFP', 'New York Times', 'Washington Post']],
    ['Zuvor hatte die „Times“ darüber berichtet.', ['The Times']],
    ['Das berichtete der SPIEGEL, laut Spiegel schon im Mai.', ['Der Spiegel']],
    ['Im Interview mit der „Zeit“ sagte er, in einem Gespräch mit der BBC ebenso.', ['Die Zeit', 'BBC']],
    ['Er sagte: "These are difficult times", berichtete der "Guardian".', ['The Guardian']],
    ['Der Spiegel berichtete am Freitag, dem Spiegel zufolge sei alles offen.', ['Der Spiegel']],
    ['Das berichtete die Welt am Sonntag.', ['Welt am Sonntag']],
  ];
  for (const [text, expected] of cited) {
    test(text, () => assert.deepEqual(names(text), expected));
  }

  test('gives known outlets their canonical name and home page', () => {
    assert.deepEqual(findCitedSources('Laut "Telegraph" und „Times“ ist es so.'), [telegraph, times]);
  });

  test('keeps an unknown but clearly cited outlet as written, without url', () => {
    assert.deepEqual(findCitedSources('Wie die „Kyiv Post“ berichtet, fiel der Strom aus.'), [{ name: 'Kyiv Post' }]);
    assert.deepEqual(findCitedSources('Die Wochenzeitung „Der  Freitag“ schrieb dazu nichts.'), [{ name: 'Der Freitag' }]);
    assert.deepEqual(findCitedSources('Das sagte sie gegenüber dem „Kurier“.'), [{ name: 'Kurier' }]);
  });
});

describe('findCitedSources: no citation', () => {
  const uncited: [string, string][] = [
    ['a quoted group, as in the reference article', 'Die USA haben Unterstützung für die "Koalition der Willigen" erklärt und bieten Garantien an.'],
    ['a quoted group as subject', 'Die "Koalition der Willigen" wurde auf Initiative Londons gegründet.'],
    ['quoted titles and slogans', 'Der Film „Oppenheimer“ gewann, die Operation „Barbarossa“ begann, er sprach von einem „Durchbruch“.'],
    ['"Times" as an English word in a quote', '„These are difficult times“, sagte er. „The Times They Are a-Changin’“, sang Dylan.'],
    ['everyday words that name outlets', 'Die Zeit drängt, die Welt schaut zu, ein Bild sagt mehr als Worte, sagte er der Welt.'],
    ['everyday words with verbs an outlet could have', 'Die Welt schreibt Geschichte. Die Welt erfuhr davon. Gegenüber der Welt gab er sich offen, so die Welt.'],
    ['the press is not „Die Presse“, a mirror not „Der Spiegel“', 'Die Presse berichtete ausführlich. Er blickte in den Spiegel, berichtete er.'],
    ['a known outlet that is talked about, not cited', 'Trump griff CNN erneut an. Er las den „Spiegel“ im Zug.'],
    ['organisations that announce or write', '„Letzte Generation“ meldete einen Protest. Die „Bürgerinitiative Ost“ schrieb einen Brief.'],
    ['quoting a text is not citing it', 'Der Papst zitiert die „Bergpredigt“. Er schreibt die „Chronik der Stadt“ neu.'],
    ['reporting about something', 'Die Medien berichteten über die „Koalition der Willigen“.'],
    ['telling a group something', 'Er sagte der „Koalition der Willigen“ Hilfe zu.'],
    ['authorities, not outlets', 'Laut Polizei und nach Angaben der Feuerwehr gab es keine Verletzten (siehe Grafik).'],
    ['an agency that is not a news agency', 'Die Internationale Energieagentur „IEA“ meldete einen Rückgang.'],
    ['a long quotation that contains citing words', '„Laut Plan berichtet die Regierung morgen“, sagte der Minister.'],
  ];
  for (const [name, text] of uncited) {
    test(name, () => assert.deepEqual(findCitedSources(text), []));
  }
});

describe('findCitedSources: speed', () => {
  test('200,000 characters without punctuation, in several shapes, each in well under a second', () => {
    const length = 200_000;
    const shapes = [
      'a'.repeat(length),
      'laut die berichtete '.repeat(length / 20),
      'wie der Sender sagte er der '.repeat(length / 28),
      '„'.repeat(length),
      '"Times '.repeat(length / 7),
      '«Zeit '.repeat(length / 6),
      'dpa und '.repeat(length / 8),
      '(dpa/'.repeat(length / 5),
      'x-'.repeat(length / 2),
    ];
    for (const text of shapes) {
      const started = performance.now();
      findCitedSources(text);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 500, `${JSON.stringify(text.slice(0, 20))}…: ${elapsed.toFixed(0)} ms`);
    }
  });
});
