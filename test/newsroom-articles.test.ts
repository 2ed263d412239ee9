import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { AccountService } from '../src/accounts/account-service.ts';
import type { Role } from '../src/accounts/roles.ts';
import type { Article } from '../src/article/article.ts';
import { articlePath } from '../src/web/presenters/article-view.ts';
import { isoToLocal } from '../src/web/newsroom/zoned-time.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { csrfOf, signedIn as signInAs, type Exchange, type Visitor } from './helpers/http-visitor.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The newsroom's article workflow over HTTP, as a browser without
 * JavaScript drives it: multipart forms with `_csrf`, `version` and the
 * button's `action`, against a real server on an ephemeral port.
 */
const { server, dataDir } = await startTestServer();
const { store } = server;
const timeZone = 'Europe/Berlin';
const accounts = new AccountService({ repository: store.accounts });

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const signedIn = (role: Role, name: string) => signInAs(server.url, accounts, role, name);

/** What a browser would send for the editor's form: every named field but files and unchecked boxes, in order. */
function formData(page: Exchange): FormData {
  const form = page.document.querySelector('form.nr-editor');
  assert.ok(form, 'the page has the editor form');
  const data = new FormData();
  for (const field of form.querySelectorAll('input[name], textarea[name], select[name]')) {
    const name = field.getAttribute('name')!;
    const type = field.getAttribute('type') ?? 'text';
    if (field.tagName === 'TEXTAREA') data.append(name, field.textContent ?? '');
    else if (field.tagName === 'SELECT') data.append(name, field.querySelector('option[selected]')?.getAttribute('value') ?? '');
    else if (type === 'file' || ((type === 'checkbox' || type === 'radio') && !field.hasAttribute('checked'))) continue;
    else data.append(name, field.getAttribute('value') ?? '');
  }
  return data;
}

function fill(data: FormData, fields: Record<string, string | File>): FormData {
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const editorPath = (id: string) => `/redaktion/artikel/${id}`;
const idFrom = (location: string | null) => /^\/redaktion\/artikel\/([A-Za-z0-9_-]+)\?gespeichert=/.exec(location ?? '')?.[1] ?? '';

/** Opens the editor of an article (or a new one) and posts it back with these fields changed. */
async function submit(visitor: Visitor, id: string | null, fields: Record<string, string | File>): Promise<Exchange> {
  const path = id ? editorPath(id) : '/redaktion/artikel/neu';
  const page = await visitor.send(path);
  assert.equal(page.status, 200, `GET ${path}`);
  return visitor.send(path, fill(formData(page), fields));
}

let draftCount = 0;
/** A new draft through the form, with a headline that no other article has. */
async function createDraft(visitor: Visitor, fields: Record<string, string> = {}): Promise<string> {
  const result = await submit(visitor, null, {
    section: 'Wissenschaft',
    headline: `Gezeiten am Wattenmeer, Folge ${++draftCount}`,
    lead: 'Ebbe und Flut verändern die Küste jeden Tag.',
    body: 'Zweimal am Tag steigt das Wasser.\n\n## Warum?\n\nDer Mond zieht.',
    action: 'save',
    ...fields,
  });
  assert.equal(result.status, 303, 'the draft was saved');
  const id = idFrom(result.location);
  assert.ok(id, `redirected to the editor: ${result.location}`);
  return id;
}

async function stored(id: string) {
  const found = await store.articles.get(id);
  assert.ok(found, `article ${id} is stored`);
  return found;
}

async function readerStatus(article: Article): Promise<number> {
  const response = await fetch(server.url + articlePath(article));
  await response.arrayBuffer();
  return response.status;
}

/** The error shown next to a field, and that the field points to it. */
function fieldError(page: Exchange, field: string): string {
  const input = page.document.querySelector(`[name="${field}"]`);
  assert.equal(input?.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
  assert.match(input?.getAttribute('aria-describedby') ?? '', new RegExp(`\\bfehler-${field}\\b`));
  const message = page.document.querySelector(`#feld-${field} #fehler-${field}`);
  assert.ok(message, `the message stands inside #feld-${field}`);
  return text(message);
}

const keyPointsOf = (page: Exchange) =>
  [...page.document.querySelectorAll('input[name="keyPoint"]')].map((input) => input.getAttribute('value') ?? '');

const inFuture = (days: number) => isoToLocal(new Date(Date.now() + days * 86_400_000).toISOString(), timeZone);

const anna = await signedIn('autor', 'Anna Autorin');
const rita = await signedIn('redakteur', 'Rita Redakteurin');
const rolf = await signedIn('redakteur', 'Rolf Redakteur');

// ---------------------------------------------------------------------------

describe('creating and saving', () => {
  test('a new draft is stored as draft, created by the user, and opens in the editor', async () => {
    const result = await submit(anna, null, {
      section: 'Wissenschaft',
      headline: 'Über die Gezeiten',
      lead: 'Ebbe und Flut, erklärt.',
      body: 'Erster Absatz.',
      keyPoint: 'Zweimal am Tag',
      tags: 'Meer, , Küste,',
      authors: 'Anna Autorin, Gastautor',
      action: 'save',
    });
    assert.equal(result.status, 303);
    const id = idFrom(result.location);
    assert.equal(result.location, `/redaktion/artikel/${id}?gespeichert=save`);

    const { article, version, createdBy } = await stored(id);
    assert.equal(article.status, 'draft');
    assert.equal(createdBy, anna.user.id);
    assert.equal(version, 1);
    assert.equal(article.headline, 'Über die Gezeiten');
    assert.equal(article.slug, 'ueber-die-gezeiten');
    assert.equal(article.publishedAt, null);
    assert.deepEqual(article.keyPoints, [{ text: 'Zweimal am Tag', origin: 'editor' }]);
    assert.deepEqual(article.tags, ['Meer', 'Küste']);
    assert.deepEqual(article.authors, ['Anna Autorin', 'Gastautor']);
    assert.deepEqual(article.body, [{ type: 'paragraph', text: 'Erster Absatz.' }]);

    const editor = await anna.send(result.location!);
    assert.equal(editor.status, 200);
    assert.equal(text(editor.document.querySelector('[role="status"]')), 'Gespeichert.');
    assert.equal(editor.document.querySelector('#headline')?.getAttribute('value'), 'Über die Gezeiten');
    assert.equal(editor.document.querySelector('input[name="version"]')?.getAttribute('value'), '1');
    assert.equal(text(editor.document.querySelector('.nr-status')), 'Entwurf');
    assert.deepEqual([...editor.document.querySelectorAll('button[name="action"]')].map((b) => b.getAttribute('value')), ['save', 'submit']);
  });

  test('a missing headline gives 422 with the German message next to the field; nothing is saved', async () => {
    const id = await createDraft(anna);
    const result = await submit(anna, id, { headline: '   ', lead: 'Geänderter Vorspann', action: 'save' });
    assert.equal(result.status, 422);
    assert.equal(fieldError(result, 'headline'), 'darf nicht leer sein');
    assert.match(text(result.document.querySelector('.nr-error-summary[role="alert"]')), /Bitte prüfen Sie ein Feld/);
    assert.ok(result.document.querySelector('.nr-error-summary a[href="#feld-headline"]'));
    // What was typed stays in the form.
    assert.equal(text(result.document.querySelector('#lead')), 'Geänderter Vorspann');
    const { version, article } = await stored(id);
    assert.equal(version, 1);
    assert.equal(article.lead, 'Ebbe und Flut verändern die Küste jeden Tag.');
  });

  test('a bad source address and an incomplete date are named at their fields, all at once', async () => {
    const id = await createDraft(rita);
    const result = await submit(rita, id, { sources: 'dpa\nTelegraph | ftp://telegraph.example', publishAt: '2026-05-01', action: 'save' });
    assert.equal(result.status, 422);
    assert.equal(fieldError(result, 'sources'), 'Zeile 2: „ftp://telegraph.example“ ist keine http(s)-Adresse.');
    assert.equal(fieldError(result, 'publishAt'), 'Bitte Datum und Uhrzeit vollständig angeben.');
    assert.equal((await stored(id)).version, 1);
  });
});

describe('the workflow', () => {
  test('publish makes it visible at its reader URL; unpublish takes it away', async () => {
    const id = await createDraft(anna);
    const submitted = await submit(anna, id, { action: 'submit' });
    assert.equal(submitted.status, 303);
    assert.equal((await stored(id)).article.status, 'review');

    const before = Date.now();
    const published = await submit(rita, id, { action: 'publish' });
    assert.equal(published.status, 303);
    assert.equal(published.location, `/redaktion/artikel/${id}?gespeichert=publish`);
    const { article } = await stored(id);
    assert.equal(article.status, 'published');
    assert.ok(article.publishedAt && Date.parse(article.publishedAt) >= before - 1000, `dated now: ${article.publishedAt}`);
    const reader = await fetch(server.url + articlePath(article));
    assert.equal(reader.status, 200);
    assert.equal(text(parseHTML(await reader.text()).document.querySelector('h1')), article.headline);
    const editor = await rita.send(editorPath(id));
    assert.equal(editor.document.querySelector('.nr-editor-links a[href="' + articlePath(article) + '"]')?.textContent, 'Auf der Website ansehen');

    const unpublished = await submit(rita, id, { action: 'unpublish' });
    assert.equal(unpublished.status, 303);
    assert.equal((await stored(id)).article.status, 'unpublished');
    assert.equal(await readerStatus(article), 404);
  });

  test('publishing needs a lead and a text: 422 at those fields', async () => {
    const id = await createDraft(rita);
    const result = await submit(rita, id, { lead: '', body: '', action: 'publish' });
    assert.equal(result.status, 422);
    assert.equal(fieldError(result, 'lead'), 'Vor dem Veröffentlichen braucht der Artikel einen Vorspann.');
    assert.equal(fieldError(result, 'body'), 'Vor dem Veröffentlichen braucht der Artikel einen Text.');
    assert.equal((await stored(id)).article.status, 'draft');
  });

  test('scheduling in the past is refused with 422 at the date; nothing changes', async () => {
    const id = await createDraft(rita);
    const result = await submit(rita, id, { publishAt: '2020-01-01T10:00', action: 'schedule' });
    assert.equal(result.status, 422);
    assert.equal(fieldError(result, 'publishAt'), 'Der geplante Zeitpunkt muss in der Zukunft liegen.');
    const { article, version } = await stored(id);
    assert.deepEqual([article.status, article.publishedAt, version], ['draft', null, 1]);
  });

  test('scheduling in the future: scheduled at that Berlin time, not visible; unschedule makes it a draft again', async () => {
    const id = await createDraft(rita);
    const when = inFuture(3);
    const scheduled = await submit(rita, id, { publishAt: when, action: 'schedule' });
    assert.equal(scheduled.status, 303);
    const { article } = await stored(id);
    assert.equal(article.status, 'scheduled');
    assert.equal(isoToLocal(article.publishedAt!, timeZone), when);
    assert.equal(await readerStatus(article), 404);
    const editor = await rita.send(editorPath(id));
    assert.equal(text(editor.document.querySelector('.nr-status')), 'Geplant');
    assert.equal(editor.document.querySelector('#publishAt')?.getAttribute('value'), when);

    const unscheduled = await submit(rita, id, { action: 'unschedule' });
    assert.equal(unscheduled.status, 303);
    const after = await stored(id);
    assert.deepEqual([after.article.status, after.article.publishedAt], ['draft', null]);
    assert.equal(await readerStatus(after.article), 404);
  });

  test(
    '"publish" with a future time in the date field never puts it live dated in the future',
    async () => {
      const id = await createDraft(rita);
      const result = await submit(rita, id, { publishAt: inFuture(30), action: 'publish' });
      const { article } = await stored(id);
      if (result.status === 422) {
        assert.equal(article.status, 'draft');
      } else {
        assert.equal(result.status, 303);
        assert.ok(Date.parse(article.publishedAt!) <= Date.now(), `published now, dated ${article.publishedAt}`);
      }
    },
  );

  test('an Autor\'s forged publish is refused with 403 and nothing is saved', async () => {
    const id = await createDraft(anna);
    for (const action of ['publish', 'schedule', 'archive', 'unpublish', 'destroy']) {
      const forged = await submit(anna, id, { action, publishAt: inFuture(2) });
      assert.equal(forged.status, 403, action);
    }
    const { article, version } = await stored(id);
    assert.deepEqual([article.status, version], ['draft', 1]);
    const fresh = await submit(anna, null, { section: 'Wissenschaft', headline: 'Gleich live?', action: 'publish' });
    assert.equal(fresh.status, 403, 'not on a new article either');
    assert.equal((await store.articles.listStored({ headlineContains: 'Gleich live?', limit: 5 })).length, 0);
  });

  test('an Autor cannot change another\'s article or a published one', async () => {
    const ritas = await createDraft(rita);
    assert.equal((await submit(anna, ritas, { action: 'save' })).status, 403);
    const own = await createDraft(anna);
    assert.equal((await submit(rita, own, { action: 'publish' })).status, 303);
    const page = await anna.send(editorPath(own));
    assert.equal(page.document.querySelectorAll('button[name="action"]').length, 0);
    assert.equal((await submit(anna, own, { headline: 'Nachträglich geändert', action: 'save' })).status, 403);
    assert.equal((await stored(own)).article.status, 'published');
  });
});

describe('key points', () => {
  test('↑, × and "add" re-render the form without saving', async () => {
    const id = await createDraft(rita);
    const first = await submit(rita, id, { action: 'save' });
    assert.equal(first.status, 303);
    let page = await rita.send(editorPath(id));
    const data = formData(page);
    data.delete('keyPoint');
    data.delete('keyPointOrigin');
    for (const point of ['Erstens', 'Zweitens', 'Drittens']) {
      data.append('keyPoint', point);
      data.append('keyPointOrigin', 'editor');
    }
    data.set('headline', 'Ungespeicherte Überschrift');
    const version = (await stored(id)).version;

    page = await rita.send(editorPath(id), fill(data, { keyPointCommand: 'up:1' }));
    assert.equal(page.status, 200);
    assert.deepEqual(keyPointsOf(page), ['Zweitens', 'Erstens', 'Drittens', ''], 'the last field is for a new point');
    assert.equal(page.document.querySelector('#headline')?.getAttribute('value'), 'Ungespeicherte Überschrift', 'the rest of the form is kept');
    assert.equal(page.document.querySelector('input[name="version"]')?.getAttribute('value'), String(version));

    page = await rita.send(editorPath(id), fill(formData(page), { keyPointCommand: 'remove:0' }));
    assert.deepEqual(keyPointsOf(page), ['Erstens', 'Drittens', '']);

    page = await rita.send(editorPath(id), fill(formData(page), { keyPointCommand: 'add:0' }));
    assert.equal(page.status, 200);
    assert.deepEqual(keyPointsOf(page), ['Erstens', 'Drittens', '', '']);

    const now = await stored(id);
    assert.equal(now.version, version, 'nothing was saved');
    assert.equal(now.article.keyPoints.length, 0);
    assert.notEqual(now.article.headline, 'Ungespeicherte Überschrift');

    const saved = await rita.send(editorPath(id), fill(formData(page), { action: 'save' }));
    assert.equal(saved.status, 303);
    assert.deepEqual((await stored(id)).article.keyPoints.map((p) => p.text), ['Erstens', 'Drittens'], 'empty points drop out on save');
  });

  test(
    'a command with an index out of range changes nothing',
    async () => {
      const id = await createDraft(rita, { keyPoint: 'Einziger Punkt' });
      const page = await rita.send(editorPath(id));
      for (const command of ['down:-1', 'up:7', 'remove:-1', 'up:abc']) {
        const result = await rita.send(editorPath(id), fill(formData(page), { keyPointCommand: command }));
        assert.equal(result.status, 200, command);
        assert.deepEqual(keyPointsOf(result), ['Einziger Punkt', ''], command);
      }
    },
  );
});

describe('edit conflicts', () => {
  test('a stale version gives 409 with the conflict panel; the stored version is not overwritten', async () => {
    const id = await createDraft(rita);
    const ritasPage = await rita.send(editorPath(id));
    const rolfs = await submit(rolf, id, { lead: 'Rolfs Vorspann, zuerst gespeichert.', action: 'save' });
    assert.equal(rolfs.status, 303);

    const ritas = await rita.send(editorPath(id), fill(formData(ritasPage), { lead: 'Ritas Vorspann, zu spät.', action: 'save' }));
    assert.equal(ritas.status, 409);
    const panel = ritas.document.querySelector('.nr-conflict[role="alert"]');
    assert.ok(panel, 'the conflict panel');
    assert.equal(text(panel.querySelector('h2')), 'Inzwischen gespeichert von Rolf Redakteur');
    assert.deepEqual([...panel.querySelectorAll('dt')].map(text), ['Vorspann']);
    // Her words as removed (only in "Ihre Fassung"), his as added (only in the stored one).
    assert.deepEqual([...panel.querySelectorAll('dd del')].map(text), ['[entfernt] Ritas', '[entfernt] zu spät']);
    assert.deepEqual([...panel.querySelectorAll('dd ins')].map(text), ['[eingefügt] Rolfs', '[eingefügt] zuerst gespeichert']);
    assert.equal(text(ritas.document.querySelector('#lead')), 'Ritas Vorspann, zu spät.', 'her text stays in the form');
    assert.equal(ritas.document.querySelector('input[name="version"]')?.getAttribute('value'), '2', 'the form now carries the stored version');

    const kept = await stored(id);
    assert.equal(kept.version, 2);
    assert.equal(kept.article.lead, 'Rolfs Vorspann, zuerst gespeichert.');

    // Saving again from the conflict page is a deliberate overwrite, kept as a new version.
    const again = await rita.send(editorPath(id), fill(formData(ritas), { action: 'save' }));
    assert.equal(again.status, 303);
    const final = await stored(id);
    assert.deepEqual([final.version, final.article.lead], [3, 'Ritas Vorspann, zu spät.']);
  });
});

describe('revisions', () => {
  test('the list shows versions and who saved them; ?a=1&b=2 shows the changed field by its label', async () => {
    const id = await createDraft(anna, { headline: 'Erste Fassung der Überschrift' });
    assert.equal((await submit(anna, id, { headline: 'Zweite Fassung der Überschrift', action: 'submit' })).status, 303);
    assert.equal((await submit(rita, id, { lead: 'Von der Redaktion geschärft.', action: 'save' })).status, 303);

    const page = await rita.send(`${editorPath(id)}/versionen`);
    assert.equal(page.status, 200);
    const rows = [...page.document.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].slice(0, 2).map(text));
    assert.deepEqual(rows, [['3', 'Rita Redakteurin'], ['2', 'Anna Autorin'], ['1', 'Anna Autorin']]);

    const compared = await rita.send(`${editorPath(id)}/versionen?a=1&b=2`);
    assert.equal(compared.status, 200);
    assert.equal(text(compared.document.querySelector('#vergleich')), 'Version 1 → Version 2');
    assert.deepEqual([...compared.document.querySelectorAll('.nr-diff dt')].map(text), ['Überschrift', 'Status']);
    assert.equal(text(compared.document.querySelector('.nr-diff del')), '[entfernt] Erste');
    assert.equal(text(compared.document.querySelector('.nr-diff ins')), '[eingefügt] Zweite');
    const reversed = await rita.send(`${editorPath(id)}/versionen?a=2&b=1`);
    assert.equal(text(reversed.document.querySelector('#vergleich')), 'Version 1 → Version 2', 'the older one is always on the left');
  });

  test('restore brings old content back as a new version, keeping the workflow state', async () => {
    const id = await createDraft(rita, { headline: 'Ursprüngliche Überschrift', lead: 'Ursprünglicher Vorspann.' });
    assert.equal((await submit(rita, id, { headline: 'Verschlimmbessert', lead: 'Schlechterer Vorspann.', action: 'publish' })).status, 303);
    const published = await stored(id);

    const versions = await rita.send(`${editorPath(id)}/versionen`);
    const restoreForm = versions.document.querySelector('form#wiederherstellen-1');
    assert.equal(restoreForm?.getAttribute('action'), `${editorPath(id)}/versionen/1/wiederherstellen`);
    const result = await rita.send(restoreForm!.getAttribute('action')!, new URLSearchParams({ _csrf: csrfOf(versions) }));
    assert.equal(result.status, 303);
    assert.equal(result.location, `${editorPath(id)}/versionen?wiederhergestellt=1`);

    const { article, version } = await stored(id);
    assert.equal(version, 3);
    assert.deepEqual([article.headline, article.lead], ['Ursprüngliche Überschrift', 'Ursprünglicher Vorspann.']);
    assert.deepEqual([article.status, article.publishedAt, article.slug], ['published', published.article.publishedAt, published.article.slug]);
    const revisions = await store.articles.revisions(id);
    assert.equal(revisions[0]?.actor, 'Rita Redakteurin');
    const after = await rita.send(result.location!);
    assert.equal(text(after.document.querySelector('[role="status"]')), 'Version 1 wurde als neue Version wiederhergestellt.');
  });

  test(
    'restoring a version that could not be published does not put it live',
    async () => {
      const id = await createDraft(rita, { lead: '', body: '' });
      assert.equal((await submit(rita, id, { lead: 'Jetzt mit Vorspann.', body: 'Und mit Text.', action: 'publish' })).status, 303);
      const versions = await rita.send(`${editorPath(id)}/versionen`);
      const result = await rita.send(`${editorPath(id)}/versionen/1/wiederherstellen`, new URLSearchParams({ _csrf: csrfOf(versions) }));
      assert.equal(result.status, 422);
      const { article } = await stored(id);
      assert.deepEqual([article.lead, article.body.length > 0], ['Jetzt mit Vorspann.', true]);
    },
  );

  test('an Autor cannot restore a version of a published article', async () => {
    const id = await createDraft(anna);
    assert.equal((await submit(rita, id, { headline: 'Von Rita veröffentlicht', action: 'publish' })).status, 303);
    const page = await anna.send(`${editorPath(id)}/versionen`);
    assert.equal(page.document.querySelector('form[id^="wiederherstellen-"]'), null, 'no restore buttons');
    const forged = await anna.send(`${editorPath(id)}/versionen/1/wiederherstellen`, new URLSearchParams({ _csrf: anna.csrf }));
    assert.equal(forged.status, 403);
    assert.equal((await stored(id)).version, 2);
  });
});

describe('hero image upload', () => {
  const mediaDir = join(dataDir, 'media');
  const uploadedFolders = async () => (await readdir(join(mediaDir, 'bilder')).catch(() => [])).filter((name) => !name.startsWith('.'));

  test('a real JPEG is stored as /media/bilder/<hash>/<width>.jpg and served with an immutable cache header', async () => {
    const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#2a7f62' } }).jpeg().toBuffer();
    const id = await createDraft(rita);
    const result = await submit(rita, id, {
      heroFile: new File([new Uint8Array(jpeg)], 'watt.jpg', { type: 'image/jpeg' }),
      heroAlt: 'Grüne Fläche',
      heroCaption: 'Das Watt bei Ebbe',
      heroCredit: 'Foto: Depesche',
      action: 'save',
    });
    assert.equal(result.status, 303);
    const { article } = await stored(id);
    const match = /^\/media\/bilder\/([0-9a-f]{32})\/(\d+)\.jpg$/.exec(article.heroImage?.src ?? '');
    assert.ok(match, `src: ${article.heroImage?.src}`);
    assert.deepEqual(article.heroImage, { src: match[0], alt: 'Grüne Fläche', caption: 'Das Watt bei Ebbe', credit: 'Foto: Depesche' });
    const media = await store.media.get(match[1]!);
    assert.equal(media?.createdBy, rita.user.id);
    assert.equal(media?.originalName, 'watt.jpg');

    const response = await fetch(server.url + match[0]);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/jpeg');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const served = await sharp(new Uint8Array(await response.arrayBuffer())).metadata();
    assert.deepEqual([served.format, served.width], ['jpeg', Number(match[2])]);

    const editor = await rita.send(editorPath(id));
    assert.equal(editor.document.querySelector('input[name="heroSrc"]')?.getAttribute('value'), match[0]);
    // Saving again without a new file keeps the picture.
    assert.equal((await submit(rita, id, { action: 'save' })).status, 303);
    assert.equal((await stored(id)).article.heroImage?.src, match[0]);
  });

  test('a text file named .jpg is refused with 422 at the file field, and nothing is saved', async () => {
    const id = await createDraft(rita);
    const foldersBefore = await uploadedFolders();
    const result = await submit(rita, id, {
      heroFile: new File(['Das ist kein Bild, nur Text.\n'], 'notiz.jpg', { type: 'image/jpeg' }),
      heroAlt: 'Alt',
      heroCaption: 'Unterschrift',
      heroCredit: 'Foto: niemand',
      headline: 'Mit Bild, das keins ist',
      action: 'save',
    });
    assert.equal(result.status, 422);
    assert.equal(fieldError(result, 'heroFile'), 'notiz.jpg: das ist kein Bild in einem unterstützten Format; erlaubt sind JPEG, PNG, WebP und AVIF');
    const { article, version } = await stored(id);
    assert.equal(version, 1);
    assert.equal(article.heroImage, null);
    assert.notEqual(article.headline, 'Mit Bild, das keins ist');
    assert.deepEqual(await uploadedFolders(), foldersBefore, 'no files written');
  });
});

describe('the article list', () => {
  // Articles of their own, in a section of their own, so that the demo content does not get in the way.
  const section = 'Listenprobe';
  const put = async (overrides: Partial<Article>, createdBy: string | null = null) => {
    const article = sampleArticle({ section, ...overrides });
    await store.articles.insert(article, { actor: 'test', createdBy: createdBy ?? undefined });
    return article;
  };
  const seeded = (async () => ({
    published: await put({ headline: 'Überflutung am Deich', authors: ['Anna Autorin'] }),
    draft: await put({ headline: 'Entwurf über Ebbe', status: 'draft', publishedAt: null, authors: ['Rita Redakteurin'] }),
    percent: await put({ headline: 'Rabatt: 50% auf Fähren', status: 'draft', publishedAt: null, authors: ['Rita Redakteurin'] }),
    underscore: await put({ headline: 'Variable ebbe_stand erklärt', status: 'review', publishedAt: null, authors: ['Anna Autorin'] }),
    elsewhere: await put({ headline: 'Überflutung anderswo', section: 'Listenprobe Zwei', status: 'draft', publishedAt: null }),
  }))();

  async function listed(query: string): Promise<string[]> {
    const page = await rita.send(`/redaktion?${query}`);
    assert.equal(page.status, 200, query);
    return [...page.document.querySelectorAll('.nr-table tbody tr td:first-child a')].map(text).sort();
  }

  test('filters by status, section and author', async () => {
    const a = await seeded;
    assert.deepEqual(await listed('section=listenprobe'), [a.draft, a.percent, a.published, a.underscore].map((x) => x.headline).sort());
    assert.deepEqual(await listed('section=listenprobe&status=draft'), [a.draft.headline, a.percent.headline].sort());
    assert.deepEqual(await listed('section=listenprobe&status=review'), [a.underscore.headline]);
    assert.deepEqual(await listed(`section=listenprobe&author=${encodeURIComponent('Anna Autorin')}`), [a.published.headline, a.underscore.headline].sort());
    assert.deepEqual(await listed(`section=listenprobe&author=${encodeURIComponent('Anna')}`), [], 'whole names only');
    const page = await rita.send('/redaktion?section=listenprobe&status=draft');
    assert.equal(page.document.querySelector('select[name="status"] option[selected]')?.getAttribute('value'), 'draft');
    assert.equal(page.document.querySelector('select[name="section"] option[selected]')?.getAttribute('value'), 'listenprobe');
    assert.ok(page.document.querySelector('select[name="author"] option[selected]') === null);
    assert.ok([...page.document.querySelectorAll('select[name="author"] option')].some((o) => text(o) === 'Anna Autorin'));
    assert.deepEqual(await listed('status=kaputt&section=listenprobe'), await listed('section=listenprobe'), 'an unknown status is no filter');
  });

  test('searches headlines case-insensitively, umlauts included', async () => {
    const a = await seeded;
    for (const q of ['Über', 'über', 'ÜBER']) {
      assert.deepEqual(await listed(`q=${encodeURIComponent(q)}&section=listenprobe`), [a.draft.headline, a.published.headline].sort(), q);
    }
    assert.deepEqual(await listed(`q=${encodeURIComponent('überflutung')}`), [a.elsewhere.headline, a.published.headline].sort());
    const page = await rita.send(`/redaktion?q=${encodeURIComponent('Über')}`);
    assert.equal(page.document.querySelector('input[name="q"]')?.getAttribute('value'), 'Über', 'the search stays in the box');
  });

  test('% and _ in the search are literal characters', async () => {
    const a = await seeded;
    assert.deepEqual(await listed(`q=${encodeURIComponent('%')}`), [a.percent.headline]);
    assert.deepEqual(await listed(`q=${encodeURIComponent('50%')}`), [a.percent.headline]);
    assert.deepEqual(await listed(`q=${encodeURIComponent('_')}`), [a.underscore.headline]);
    assert.deepEqual(await listed(`q=${encodeURIComponent('ebbe_')}`), [a.underscore.headline]);
    assert.deepEqual(await listed(`q=${encodeURIComponent('e_b')}`), [], 'not "any one character"');
    assert.deepEqual(await listed(`q=${encodeURIComponent('\\')}`), []);
    const none = await rita.send(`/redaktion?q=${encodeURIComponent('gibt es nirgends')}`);
    assert.equal(text(none.document.querySelector('.nr-empty')), 'Keine Artikel gefunden.');
  });

  test(
    'the section filter offers every section that has articles',
    async () => {
      await put({ headline: 'Nur geplant', section: 'Nur Geplantes', status: 'scheduled', publishedAt: new Date(Date.now() + 86_400_000).toISOString() });
      await put({ headline: 'Nur in Prüfung', section: 'Nur Geprüftes', status: 'review', publishedAt: null });
      const page = await rita.send('/redaktion');
      const options = [...page.document.querySelectorAll('select[name="section"] option')].map((o) => o.getAttribute('value'));
      assert.ok(options.includes('nur-geplantes'), 'a section with only a scheduled article');
      assert.ok(options.includes('nur-gepruftes') || options.includes('nur-geprueftes'), 'a section with only an article in review');
    },
  );
});

test('a cut-off form is a 400 with a German explanation, never a 500', async () => {
  const visitor = await signedIn('redakteur', 'Mara Multipart');
  const id = await createDraft(visitor);
  const response = await fetch(`${server.url}/redaktion/artikel/${id}`, {
    method: 'POST',
    headers: {
      Cookie: [...visitor.jar].map(([name, value]) => `${name}=${value}`).join('; '),
      Origin: server.url,
      'X-CSRF-Token': visitor.csrf,
      'Content-Type': 'multipart/form-data; boundary=xyz',
    },
    body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
    redirect: 'manual',
  });
  assert.equal(response.status, 400);
  assert.match(await response.text(), /Formular kam unvollständig/);
});

test('a POST without any session or pre-session token is refused before its body is read', async () => {
  const response = await fetch(`${server.url}/redaktion/anmelden`, {
    method: 'POST',
    headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'a@b.de', password: 'x' }),
    redirect: 'manual',
  });
  assert.equal(response.status, 403);
});

describe('suggested key points', () => {
  const longBody = [
    'Die Stadt Kiel baut bis 2027 eine neue Brücke über die Hörn, die Fußgänger und Radfahrer verbindet.',
    'Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro, die das Land zur Hälfte trägt.',
    '## Was ändert sich für Pendler?',
    'Während der Bauzeit fährt eine zusätzliche Fähre im Zwanzig-Minuten-Takt zwischen beiden Ufern.',
    'Anwohnerinnen und Anwohner sollen im Frühjahr bei einer Versammlung über die Gestaltung mitreden können.',
  ].join('\n\n');

  test('the editor offers them; accepted ones are stored as suggested, rejected ones disappear, none is added unasked', async () => {
    const visitor = await signedIn('redakteur', 'Sina Vorschlag');
    const id = await createDraft(visitor, { body: longBody, lead: 'Kiel bekommt eine neue Brücke für Fuß- und Radverkehr.' });
    assert.deepEqual((await stored(id)).article.keyPoints, [], 'nothing suggested goes in unasked');

    const page = await visitor.send(editorPath(id));
    const offered = [...page.document.querySelectorAll('.nr-suggestions li > span:first-child')].map((node) => text(node));
    assert.ok(offered.length >= 2, `suggestions offered: ${offered.length}`);

    const accepted = await visitor.send(editorPath(id), fill(formData(page), { keyPointCommand: 'accept:0' }));
    assert.equal(accepted.status, 200);
    assert.equal(accepted.document.querySelector('#keyPoint-0')?.getAttribute('value'), offered[0]);
    const rejected = await visitor.send(editorPath(id), fill(formData(accepted), { keyPointCommand: 'reject:1' }));
    const stillOffered = [...rejected.document.querySelectorAll('.nr-suggestions li > span:first-child')].map((node) => text(node));
    assert.ok(!stillOffered.includes(offered[0]!) && !stillOffered.includes(offered[1]!), 'taken and turned-down ones are gone');

    const saved = await visitor.send(editorPath(id), fill(formData(rejected), { action: 'save' }));
    assert.equal(saved.status, 303);
    assert.deepEqual((await stored(id)).article.keyPoints, [{ text: offered[0], origin: 'suggested' }]);
  });

  test('with the site set to take suggestions, a saved article without key points gets them', async () => {
    await store.settings.save({ autoKeyPoints: '1' }, 'test');
    try {
      const visitor = await signedIn('redakteur', 'Till Automatik');
      const id = await createDraft(visitor, { body: longBody, lead: 'Kiel bekommt eine neue Brücke für Fuß- und Radverkehr.' });
      const points = (await stored(id)).article.keyPoints;
      assert.ok(points.length >= 2 && points.every((point) => point.origin === 'suggested'), JSON.stringify(points));
    } finally {
      await store.settings.save({ autoKeyPoints: '0' }, 'test');
    }
  });
});
