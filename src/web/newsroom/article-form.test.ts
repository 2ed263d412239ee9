import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../../article/article.ts';
import { sampleArticle } from '../../../test/helpers/sample-article.ts';
import {
  applyKeyPointCommand,
  articleFromValues,
  emptyForm,
  formFromArticle,
  valuesFromPost,
  type ArticleFormValues,
  type PostedForm,
} from './article-form.ts';

const timeZone = 'Europe/Berlin';
const now = new Date('2025-06-01T08:00:00Z');
const options = { now, timeZone };

/** A valid form for a new article, with these fields changed. */
const form = (fields: Partial<ArticleFormValues> = {}): ArticleFormValues => ({ ...emptyForm('Erika Muster'), headline: 'Eine Überschrift', ...fields });

/** What a browser posts for these values: one `keyPoint` and `keyPointOrigin` per point, the new-point field last. */
function posted(values: ArticleFormValues): PostedForm {
  const { keyPoints, suggestions, rejected, ...texts } = values;
  return {
    ...texts,
    keyPoint: [...keyPoints.map((p) => p.text), ''],
    keyPointOrigin: [...keyPoints.map((p) => p.origin), 'editor'],
    // The editor page repeats the suggestions as hidden fields.
    suggestion: suggestions,
    rejectedSuggestion: rejected,
    _csrf: 'token',
    action: 'save',
  };
}

function problemsOf(values: ArticleFormValues, base: Article | null = null) {
  const result = articleFromValues(values, base, options);
  assert.equal(result.article, null, 'the form is refused');
  return result.problems;
}

function built(values: ArticleFormValues, base: Article | null = null): Article {
  const result = articleFromValues(values, base, options);
  assert.deepEqual(result.problems, []);
  assert.ok(result.article);
  return result.article;
}

describe('round trip', () => {
  test('an article through the form values and back is the same article, updated now', () => {
    const article = sampleArticle({ keyPoints: [{ text: 'Erster Punkt', origin: 'editor' }, { text: 'Vorgeschlagen', origin: 'suggested' }] });
    const values = formFromArticle(article, 7, timeZone);
    assert.equal(values.version, '7');
    assert.equal(values.publishAt, '2025-04-25T18:30');
    assert.equal(values.sources, 'dpa\nThe Times | https://www.thetimes.com');
    assert.equal(values.tags, 'Test');
    assert.equal(values.heroSrc, '/media/demo/test.svg');
    assert.deepEqual(built(values, article), { ...article, updatedAt: now.toISOString() });
  });

  test('and through what the browser posts', () => {
    const article = sampleArticle({ tags: ['Ukraine', 'USA'], authors: ['Erika Musterfrau', 'Max Mustermann'] });
    const values = formFromArticle(article, 2, timeZone);
    assert.deepEqual(valuesFromPost(posted(values)), values);
    assert.deepEqual(built(valuesFromPost(posted(values)), article), { ...article, updatedAt: now.toISOString() });
  });

  test('an article without picture, date or sources shows empty fields', () => {
    const article = sampleArticle({ heroImage: null, publishedAt: null, status: 'draft', sources: [], tags: [], keyPoints: [] });
    const values = formFromArticle(article, 1, timeZone);
    assert.deepEqual(
      [values.heroSrc, values.heroAlt, values.heroCaption, values.heroCredit, values.publishAt, values.sources, values.tags],
      ['', '', '', '', '', '', ''],
    );
    assert.deepEqual(built(values, article), { ...article, updatedAt: now.toISOString() });
  });

  test('a new article gets an id, a slug from its headline and the status draft', () => {
    const article = built(form({ headline: 'Größe zählt: Über Maße' }));
    assert.match(article.id, /^[A-Za-z0-9_-]{6,64}$/);
    assert.equal(article.slug, 'groesse-zaehlt-ueber-masse');
    assert.deepEqual([article.status, article.publishedAt, article.language, article.section], ['draft', null, 'de', 'Nachrichten']);
    assert.deepEqual(article.authors, ['Erika Muster']);
    assert.equal(built(form({ headline: '!!!' })).slug, 'artikel', 'a headline without letters still gives a slug');
  });

  test('id, slug, status, entities and language stay the base article\'s', () => {
    const base = sampleArticle({ entities: [{ name: 'Kyjiw', slug: 'kyjiw', kind: 'place' }], language: 'de-AT' });
    const article = built({ ...formFromArticle(base, 1, timeZone), headline: 'Ganz neue Überschrift' }, base);
    assert.deepEqual(
      [article.id, article.slug, article.status, article.entities, article.language],
      [base.id, base.slug, base.status, base.entities, 'de-AT'],
    );
  });
});

describe('valuesFromPost', () => {
  test('takes the first of repeated text fields, ignores files in text fields, and turns CRLF into LF', () => {
    const values = valuesFromPost({
      headline: ['Erste', 'Zweite'],
      lead: new File(['x'], 'x.txt'),
      body: 'Absatz eins.\r\n\r\nAbsatz zwei.',
      heroFile: new File(['x'], 'bild.jpg'),
    });
    assert.equal(values.headline, 'Erste');
    assert.equal(values.lead, '');
    assert.equal(values.body, 'Absatz eins.\n\nAbsatz zwei.');
    assert.equal(values.version, '0', 'a missing version is 0');
    assert.equal(values.section, '');
  });

  test('key points keep their order and origin; empty ones drop out without shifting origins', () => {
    const values = valuesFromPost({
      keyPoint: ['  Erstens  ', '', 'Zweitens', 'Drittens', ''],
      keyPointOrigin: ['suggested', 'suggested', 'editor', 'erfunden', 'editor'],
    });
    assert.deepEqual(values.keyPoints, [
      { text: 'Erstens', origin: 'suggested' },
      { text: 'Zweitens', origin: 'editor' },
      { text: 'Drittens', origin: 'editor' },
    ]);
    assert.deepEqual(valuesFromPost({ keyPoint: 'Nur einer' }).keyPoints, [{ text: 'Nur einer', origin: 'editor' }], 'a single field, no origin');
    assert.deepEqual(valuesFromPost({}).keyPoints, []);
  });
});

describe('sources', () => {
  test('one per line, with or without address; blank lines and spaces do not count', () => {
    const article = built(form({ sources: '  dpa  \n\nThe Times |  https://www.thetimes.com/welt  \r\nReuters|http://reuters.example\n' }));
    assert.deepEqual(article.sources, [
      { name: 'dpa' },
      { name: 'The Times', url: 'https://www.thetimes.com/welt' },
      { name: 'Reuters', url: 'http://reuters.example' },
    ]);
  });

  test('an address that is not http(s) is named with its line number', () => {
    const problems = problemsOf(form({ sources: 'dpa\n\nTelegraph | telegraph.co.uk\nX | javascript:alert(1)\nY | https://ok.example' }));
    assert.deepEqual(problems, [
      { field: 'sources', message: 'Zeile 3: „telegraph.co.uk“ ist keine http(s)-Adresse.' },
      { field: 'sources', message: 'Zeile 4: „javascript:alert(1)“ ist keine http(s)-Adresse.' },
    ]);
  });

  test('an address without a name, or one the URL parser refuses, is a problem of the sources field', () => {
    assert.deepEqual(problemsOf(form({ sources: '| https://www.thetimes.com' })).map((p) => p.field), ['sources']);
    assert.deepEqual(problemsOf(form({ sources: 'Kaputt | http://[' })).map((p) => p.field), ['sources']);
  });
});

describe('tags and authors', () => {
  test('are split at commas, trimmed, empty parts dropped', () => {
    const article = built(form({ tags: ' Ukraine, USA ,, Frankreich , ', authors: 'Erika Muster,Max Mustermann,' }));
    assert.deepEqual(article.tags, ['Ukraine', 'USA', 'Frankreich']);
    assert.deepEqual(article.authors, ['Erika Muster', 'Max Mustermann']);
    assert.deepEqual(built(form({ tags: '', authors: ' , ' })).authors, []);
  });
});

describe('the publication time', () => {
  test('a datetime-local value is wall clock time in Europe/Berlin, summer and winter', () => {
    assert.equal(built(form({ publishAt: '2025-07-15T09:05' })).publishedAt, '2025-07-15T09:05:00+02:00');
    assert.equal(built(form({ publishAt: '2025-01-15T09:05' })).publishedAt, '2025-01-15T09:05:00+01:00');
    assert.equal(Date.parse(built(form({ publishAt: '2025-10-26T12:00' })).publishedAt!), Date.parse('2025-10-26T11:00:00Z'));
    assert.equal(formFromArticle(sampleArticle({ publishedAt: '2025-07-15T07:05:00Z' }), 1, timeZone).publishAt, '2025-07-15T09:05');
  });

  test('an empty field keeps the base article\'s time (none for a new one)', () => {
    const base = sampleArticle({ publishedAt: '2025-04-25T18:30:00+02:00' });
    assert.equal(built({ ...formFromArticle(base, 1, timeZone), publishAt: '' }, base).publishedAt, base.publishedAt);
    assert.equal(built(form({ publishAt: '  ' })).publishedAt, null);
  });

  test('an incomplete or impossible date is a problem of the publishAt field', () => {
    for (const publishAt of ['2025-07-15', '15.07.2025 09:05', '2025-13-01T10:00']) {
      assert.deepEqual(problemsOf(form({ publishAt })), [{ field: 'publishAt', message: 'Bitte Datum und Uhrzeit vollständig angeben.' }], publishAt);
    }
    assert.deepEqual(problemsOf(form({ publishAt: '2025-02-31T10:00' })).map((p) => p.field), ['publishAt']);
  });
});

describe('field errors', () => {
  test('each model error is reported under the form field that edits it', () => {
    const cases: [Partial<ArticleFormValues>, string][] = [
      [{ section: ' ' }, 'section'],
      [{ section: 'R'.repeat(61) }, 'section'],
      [{ headline: '' }, 'headline'],
      [{ headline: 'Ü'.repeat(301) }, 'headline'],
      [{ lead: 'x'.repeat(2001) }, 'lead'],
      [{ keyPoints: Array.from({ length: 11 }, (_, i) => ({ text: `Punkt ${i}`, origin: 'editor' as const })) }, 'keyPoints'],
      [{ keyPoints: [{ text: '', origin: 'editor' }] }, 'keyPoints'],
      [{ body: `${'> '.repeat(60)}zu tief` }, 'body'],
      [{ sources: 'Ohne Protokoll | www.example.org' }, 'sources'],
      [{ tags: 'T'.repeat(61) }, 'tags'],
      [{ authors: 'A'.repeat(121) }, 'authors'],
      [{ publishAt: 'morgen' }, 'publishAt'],
    ];
    for (const [fields, field] of cases) {
      const problems = problemsOf(form(fields));
      assert.deepEqual(problems.map((p) => p.field), [field], JSON.stringify(fields).slice(0, 80));
      assert.ok(problems.every((p) => p.message.length > 0));
    }
  });

  test('the German messages are the ones shown next to the fields', () => {
    assert.deepEqual(problemsOf(form({ headline: ' ' })), [{ field: 'headline', message: 'darf nicht leer sein' }]);
    const [deep] = problemsOf(form({ body: `${'> '.repeat(60)}zu tief` }));
    assert.match(deep!.message, /^Der Text ist zu tief verschachtelt/, 'without the "Text: " prefix, which the label already says');
  });

  test('a published or scheduled base without a time is a problem of publishAt', () => {
    const base = { ...sampleArticle(), status: 'scheduled' as const, publishedAt: null };
    const problems = problemsOf({ ...formFromArticle(base, 1, timeZone), publishAt: '' }, base);
    assert.deepEqual(problems.map((p) => p.field), ['publishAt']);
  });

  test('picture fields: no address means no picture; with one, every part is trimmed', () => {
    assert.equal(built(form({ heroSrc: '  ', heroAlt: 'Alt', heroCaption: 'Unterschrift' })).heroImage, null);
    assert.deepEqual(built(form({ heroSrc: ' /media/x.jpg ', heroAlt: ' Alt ', heroCaption: ' U ', heroCredit: ' © zsu ' })).heroImage, {
      src: '/media/x.jpg',
      alt: 'Alt',
      caption: 'U',
      credit: '© zsu',
    });
  });

  test('every problem comes at once, each only once', () => {
    const problems = problemsOf(form({ section: '', headline: '', sources: 'A | ftp://a\nA | ftp://a', publishAt: 'bald', tags: 'T'.repeat(61) }));
    assert.deepEqual(problems.map((p) => p.field).sort(), ['headline', 'publishAt', 'section', 'sources', 'sources', 'tags']);
    assert.equal(new Set(problems.map((p) => `${p.field}|${p.message}`)).size, problems.length);
  });
});

describe('applyKeyPointCommand', () => {
  const points = (...texts: string[]) => texts.map((text) => ({ text, origin: 'editor' as const }));
  const textsAfter = (command: string, ...texts: string[]) => applyKeyPointCommand(form({ keyPoints: points(...texts) }), command).keyPoints.map((p) => p.text);

  test('moves up and down, removes and adds', () => {
    assert.deepEqual(textsAfter('up:1', 'a', 'b', 'c'), ['b', 'a', 'c']);
    assert.deepEqual(textsAfter('up:2', 'a', 'b', 'c'), ['a', 'c', 'b']);
    assert.deepEqual(textsAfter('down:0', 'a', 'b', 'c'), ['b', 'a', 'c']);
    assert.deepEqual(textsAfter('remove:1', 'a', 'b', 'c'), ['a', 'c']);
    assert.deepEqual(textsAfter('add:0', 'a'), ['a', '']);
  });

  test('leaves the rest of the form alone and does not change what it was given', () => {
    const values = form({ keyPoints: points('a', 'b'), headline: 'Bleibt' });
    const copy = structuredClone(values);
    const result = applyKeyPointCommand(values, 'up:1');
    assert.deepEqual(values, copy);
    assert.deepEqual({ ...result, keyPoints: values.keyPoints }, values);
  });

  test('commands at the edges or out of range change nothing', () => {
    for (const command of ['up:0', 'down:2', 'remove:3', 'remove:-1', 'up:9', 'up:abc', 'remove:x', 'drehen:1', '']) {
      assert.deepEqual(textsAfter(command, 'a', 'b', 'c'), ['a', 'b', 'c'], command);
    }
  });

  test(
    'a negative index moving down changes nothing',
    () => {
      const result = applyKeyPointCommand(form({ keyPoints: points('a', 'b') }), 'down:-1').keyPoints;
      assert.deepEqual(result, points('a', 'b'));
    },
  );
});
