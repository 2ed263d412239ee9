import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../article/article.ts';
import { sampleArticle } from '../../test/helpers/sample-article.ts';
import { PlacementContext } from './place-item.ts';

const body = [
  'Ein schweres Sturmtief hat in der Nacht weite Teile Norddeutschlands getroffen. In Hamburg stürzten Bäume auf Straßen und Gleise, die Feuerwehr rückte zu mehr als 400 Einsätzen aus.',
  'Der Deutsche Wetterdienst hatte vor Orkanböen mit bis zu 120 Kilometern pro Stunde gewarnt. Am Hamburger Hafen wurde der Fischmarkt überflutet, mehrere Fähren stellten den Betrieb ein.',
  'Die Deutsche Bahn stellte den Fernverkehr zwischen Hamburg und Berlin vorübergehend ein. Reisende sollten sich vor Fahrtantritt informieren, teilte ein Sprecher mit.',
];

const storm = (overrides: Partial<Article> = {}) =>
  sampleArticle({
    status: 'draft',
    publishedAt: null,
    headline: 'Sturmtief sorgt für Chaos in Hamburg',
    lead: 'Umgestürzte Bäume, überflutete Straßen: Das Sturmtief hat Norddeutschland hart getroffen.',
    body: body.map((text) => ({ type: 'paragraph' as const, text })),
    entities: [
      { name: 'Hamburg', slug: 'hamburg', kind: 'place' },
      { name: 'Deutscher Wetterdienst', slug: 'deutscher-wetterdienst', kind: 'organisation' },
      { name: 'Deutsche Bahn', slug: 'deutsche-bahn', kind: 'organisation' },
    ],
    ...overrides,
  });

const at = new Date('2026-11-24T06:00:00Z');
const source = { name: 'Agentur Zwei', url: 'https://zwei.example/sturm' };

test('the same agency text arriving again in the same poll is merged into the first article', () => {
  const context = new PlacementContext([], []);
  const first = storm();
  const placed = context.place(first, { name: 'Agentur Eins' }, at);
  assert.equal(placed.placement.kind, 'new');
  context.remember(placed.placement, placed.fingerprint, at);

  // The second feed's copy: another headline, a dateline, the last paragraph cut.
  const copy = storm({
    headline: 'Orkanböen legen Hamburg lahm',
    body: [{ type: 'paragraph', text: `Hamburg (dpa) - ${body[0]}` }, { type: 'paragraph', text: body[1]! }],
  });
  const again = context.place(copy, source, at);
  assert.deepEqual(again.placement, { kind: 'merge', articleId: first.id, source });
});

test('a different report of the same event starts a story with the first; a third joins it', () => {
  const context = new PlacementContext([], []);
  const first = storm();
  const one = context.place(first, { name: 'Agentur Eins' }, at);
  context.remember(one.placement, one.fingerprint, at);

  const report = storm({
    headline: 'Sturm in Hamburg: Fischmarkt überflutet, Bahn stoppt Fernverkehr',
    lead: 'Nach dem Sturmtief über Hamburg räumen Feuerwehr und Deutsche Bahn auf; der Wetterdienst warnt vor neuen Böen.',
    body: [{ type: 'paragraph', text: 'Ganz andere Worte über denselben Sturm: Am Morgen waren in Hamburg noch immer Straßen gesperrt, der Fernverkehr der Bahn lief nur langsam wieder an.' }],
  });
  const two = context.place(report, source, at);
  assert.equal(two.placement.kind, 'new');
  const story = two.placement.kind === 'new' ? two.placement.story : null;
  assert.equal(story?.kind, 'start');
  assert.equal(story?.kind === 'start' && story.withArticleId, first.id);
  assert.equal(story?.kind === 'start' && story.title, first.headline);
  context.remember(two.placement, two.fingerprint, at);

  const third = storm({
    headline: 'Sturmtief in Hamburg: Bahn nimmt Fernverkehr wieder auf',
    lead: 'Einen Tag nach dem Sturm fahren die Fernzüge der Deutschen Bahn zwischen Hamburg und Berlin wieder; der Wetterdienst hebt die Warnung auf.',
    body: [{ type: 'paragraph', text: 'Die Aufräumarbeiten dauern an. Der Fischmarkt ist wieder trocken, Feuerwehr und Bahn ziehen Bilanz.' }],
  });
  const three = context.place(third, source, at);
  assert.deepEqual(three.placement.kind === 'new' && three.placement.story, { kind: 'join', storyId: story?.storyId });
});

test('an unrelated report is neither a duplicate nor in a story', () => {
  const context = new PlacementContext([], []);
  const first = context.place(storm(), { name: 'Agentur Eins' }, at);
  context.remember(first.placement, first.fingerprint, at);
  const other = sampleArticle({
    status: 'draft',
    publishedAt: null,
    headline: 'Bundestag beschließt Rentenpaket',
    lead: 'Nach langer Debatte hat der Bundestag das Rentenpaket der Regierung verabschiedet.',
    body: [{ type: 'paragraph', text: 'Die Abgeordneten stimmten mit knapper Mehrheit zu. Die Opposition kündigte eine Klage an.' }],
    entities: [{ name: 'Bundestag', slug: 'bundestag', kind: 'organisation' }],
  });
  assert.deepEqual(context.place(other, source, at).placement, { kind: 'new', article: other, story: null });
});

test('stored sketches in an unknown format are ignored, not fatal', () => {
  const context = new PlacementContext([{ articleId: 'alt', headline: 'Alt', fingerprint: 'kein-sketch' }], []);
  assert.equal(context.place(storm(), source, at).placement.kind, 'new');
});

test('a longer version of a text (the agency adds paragraphs) is marked longer; as its own version it joins the story of the first, with a note', () => {
  const context = new PlacementContext([], []);
  const first = storm();
  const one = context.place(first, { name: 'Agentur Eins' }, at);
  context.remember(one.placement, one.fingerprint, at);
  const update = storm({
    headline: 'Sturmtief: Zahl der Verletzten steigt',
    body: [
      ...body.map((text) => ({ type: 'paragraph' as const, text })),
      { type: 'paragraph', text: 'Nach Angaben der Polizei wurden im Laufe des Tages elf Menschen verletzt, zwei von ihnen schwer. Ein Autofahrer wurde von einem umstürzenden Baum getroffen.' },
      { type: 'paragraph', text: 'Der Senat kündigte Soforthilfen für betroffene Betriebe am Hafen an. Die Schäden gehen nach ersten Schätzungen in die Millionen.' },
    ],
  });
  const placed = context.place(update, source, at);
  assert.deepEqual(placed.placement, { kind: 'merge', articleId: first.id, source });
  assert.equal(placed.longer, true);

  const own = context.ownVersion(placed, update);
  assert.equal(own.placement.kind, 'new');
  const story = own.placement.kind === 'new' ? own.placement.story : null;
  assert.equal(story?.kind === 'start' && story.withArticleId, first.id);
  assert.match(own.note ?? '', /längere Fassung von „Sturmtief sorgt für Chaos in Hamburg“/);
});
