import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findSameStory, scoreRecent, storyWindowMs, type StoryMember } from './story-grouping.ts';

const hour = 3_600_000;
const start = Date.parse('2024-12-19T08:00:00Z');

function article(id: string, headline: string, lead: string, entitySlugs: string[], hoursLater = 0, storyId: string | null = null): StoryMember {
  return { id, storyId, headline, lead, entitySlugs, publishedMs: start + hoursLater * hour };
}

// An evening's worth of other news, so that rarity means something.
const evening: StoryMember[] = [
  article('fussball', 'Eintracht Frankfurt gewinnt in Mainz', 'Mit einem späten Tor hat Eintracht Frankfurt das Derby in Mainz gewonnen. Der Trainer lobte die Moral seiner Mannschaft.', ['eintracht-frankfurt', 'mainz'], 1),
  article('inflation', 'Inflation sinkt auf 2,2 Prozent', 'Die Preise in Deutschland sind im November weniger stark gestiegen als erwartet. Vor allem Energie wurde billiger, Lebensmittel dagegen teurer.', ['deutschland'], 2),
  article('burgtheater', 'Neuer Intendant für das Burgtheater', 'Das Wiener Burgtheater bekommt einen neuen Intendanten. Der Regisseur tritt sein Amt im Herbst an und will das Haus für junges Publikum öffnen.', ['burgtheater', 'wien'], 3),
  article('koeln', 'Kölner Weihnachtsmarkt öffnet nach Stromausfall wieder', 'Nach einem Stromausfall am Vorabend hat der Weihnachtsmarkt am Kölner Dom wieder geöffnet. Die Händler zeigten sich erleichtert.', ['koeln'], 4),
  article('smartphone', 'Hersteller stellt faltbares Smartphone vor', 'Das neue Gerät lässt sich zweimal falten und soll im Frühjahr in den Handel kommen. Der Preis liegt bei rund 2000 Euro.', [], 5),
  article('rente', 'Bundestag debattiert über Rentenpaket', 'Der Bundestag hat in erster Lesung über das Rentenpaket der Bundesregierung debattiert. Die Union kritisierte die Kosten für die junge Generation.', ['bundestag', 'bundesregierung'], 6),
];

const orkan = article(
  'orkan-bahn',
  'Orkan „Zoltan“: Bahn stellt Fernverkehr in Norddeutschland ein',
  'Wegen des Orkans Zoltan hat die Deutsche Bahn den Fernverkehr in Schleswig-Holstein und Hamburg eingestellt. Umgestürzte Bäume blockieren mehrere Strecken.',
  ['deutsche-bahn', 'schleswig-holstein', 'hamburg'],
  7,
);
const orkanAnders = article(
  'sturmtief',
  'Sturmtief Zoltan legt Zugverkehr im Norden lahm',
  'Orkanböen von bis zu 140 Kilometern pro Stunde: In Hamburg und Schleswig-Holstein fahren keine Fernzüge mehr, teilte die Deutsche Bahn mit. Feuerwehren rückten zu Hunderten Einsätzen aus.',
  ['hamburg', 'schleswig-holstein', 'deutsche-bahn'],
  9,
);

const gewalthilfe = article(
  'gewalthilfe',
  'Gewalthilfegesetz: Bundestag debattiert über Schutz für Frauen',
  'Der Bundestag hat über das Gewalthilfegesetz debattiert, das Frauen einen Anspruch auf Beratung und einen Platz im Frauenhaus geben soll. Ob es vor der Wahl beschlossen wird, ist offen.',
  ['bundestag'],
  10,
);

describe('findSameStory', () => {
  test('two differently worded reports of one event with shared entities belong together', () => {
    const found = findSameStory(orkanAnders, [...evening, orkan]);
    assert.equal(found?.id, 'orkan-bahn');
    assert.equal(found?.storyId, null);
    assert.ok((found?.score ?? 0) > 0 && (found?.score ?? 0) <= 1);
  });

  test('two different Bundestag debates stay apart, though they share the Bundestag and the verb', () => {
    assert.equal(findSameStory(gewalthilfe, [...evening, orkan, orkanAnders]), null);
    // They do share something: the decision is made on the evidence, not for want of it.
    assert.ok(scoreRecent(gewalthilfe, evening).some((scored) => scored.member.id === 'rente' && scored.entities === 1));
  });

  test('a second report of the same Bundestag debate does join it', () => {
    const zweiterBericht = article(
      'frauenhaeuser',
      'Frauenhäuser: Abgeordnete streiten über Gewalthilfegesetz',
      'Im Bundestag warben Redner von SPD und Grünen für das Gewalthilfegesetz. Frauen sollen künftig einen Rechtsanspruch auf Schutz und Beratung haben; die Länder sorgen sich um die Kosten.',
      ['bundestag', 'spd', 'gruene'],
      11,
    );
    assert.equal(findSameStory(zweiterBericht, [...evening, orkan, gewalthilfe])?.id, 'gewalthilfe');
  });

  test('the match brings its story, and a story’s newest best match is chosen', () => {
    const inStory = { ...orkan, storyId: 'sturm-zoltan' };
    assert.deepEqual(
      { ...findSameStory(orkanAnders, [...evening, inStory]), score: 'any' },
      { id: 'orkan-bahn', storyId: 'sturm-zoltan', score: 'any' },
    );
  });

  test('only reports within the time window are compared', () => {
    const fourDaysLater = { ...orkanAnders, publishedMs: orkan.publishedMs + 96 * hour };
    assert.equal(findSameStory(fourDaysLater, [...evening, orkan]), null);
    const justInside = { ...orkanAnders, publishedMs: orkan.publishedMs + storyWindowMs - hour };
    assert.equal(findSameStory(justInside, [...evening, orkan])?.id, 'orkan-bahn');
    const earlier = { ...orkanAnders, publishedMs: orkan.publishedMs - storyWindowMs + hour };
    assert.equal(findSameStory(earlier, [...evening, orkan])?.id, 'orkan-bahn', 'the window looks both ways');
  });

  test('an article whose text changes is compared by its new text, the same object or a new one', () => {
    const recent = [...evening, { ...orkan }];
    const query = { ...orkanAnders };
    assert.equal(findSameStory(query, recent)?.id, 'orkan-bahn');
    const changed = recent.at(-1) as StoryMember;
    changed.headline = 'Neue Ausstellung im Kunstmuseum';
    changed.lead = 'Das Museum zeigt ab Freitag Gemälde aus drei Jahrhunderten. Die Kuratorin spricht von einem Glücksfall für die Stadt.';
    changed.entitySlugs = [];
    assert.equal(findSameStory(query, recent), null);
    assert.equal(findSameStory({ ...orkanAnders }, [...evening, { ...orkan }])?.id, 'orkan-bahn');
  });

  test('an article is never its own story partner, and nothing recent means no story', () => {
    assert.equal(findSameStory(orkan, [orkan]), null);
    assert.equal(findSameStory(orkan, []), null);
  });

  test('a story draws in a report on one side of it that matches several of its articles a little', () => {
    const story = 'sturm-zoltan';
    const reports = [
      { ...orkan, storyId: story },
      { ...orkanAnders, storyId: story },
      article('faehren', 'Orkan Zoltan: Fähren nach Helgoland fallen aus', 'Auch der Schiffsverkehr in Schleswig-Holstein leidet unter dem Orkan. Die Fähren nach Helgoland und zu den Halligen bleiben im Hafen.', ['helgoland', 'schleswig-holstein'], 10, story),
    ];
    const versicherer = article(
      'versicherer',
      'Nach Orkan Zoltan: Versicherer erwarten hohe Schäden',
      'Umgestürzte Bäume, abgedeckte Dächer, blockierte Strecken: Der Sturm über Hamburg und Schleswig-Holstein wird für die Versicherer teuer.',
      ['hamburg', 'schleswig-holstein'],
      12,
    );
    const found = findSameStory(versicherer, [...evening, ...reports]);
    assert.equal(found?.storyId, story);
    const alone = Math.max(...scoreRecent(versicherer, [...evening, ...reports]).map((scored) => scored.score));
    assert.ok((found?.score ?? 0) > alone, `story ${found?.score} against best single ${alone}`);
  });
});
