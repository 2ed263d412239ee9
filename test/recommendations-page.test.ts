import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { startTestServer } from './helpers/test-server.ts';

/**
 * "Für Sie ausgewählt" on the real site: the picks in the cached article
 * page, editors' pins and exclusions, and the reader's own picks that the
 * reading beacon sends back, learnt from reading statistics.
 */

const { server } = await startTestServer();
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const referenceId = 'ref-ukraine-koalition';
const hour = 3_600_000;

const published = (await server.store.articles.list({ status: 'published', limit: 100 })).filter((a) => a.id !== referenceId);
const byId = new Map(published.map((article) => [article.id, article]));
const reference = (await server.store.articles.get(referenceId))!.article;
const referencePath = `/nachrichten/${reference.slug}`;

interface Pick {
  id: string;
  headline: string;
  reason: string;
}

async function picksOn(path: string, headers: Record<string, string> = {}): Promise<{ picks: Pick[]; response: Response; html: string }> {
  const response = await fetch(`${server.url}${path}`, { headers });
  const html = await response.text();
  return { picks: picksIn(parseHTML(html).document), response, html };
}

function picksIn(root: Document | Element): Pick[] {
  return [...root.querySelectorAll('.recommendations-list .teaser')].map((teaser) => {
    const link = teaser.querySelector('h3 a');
    const path = link?.getAttribute('href') ?? '';
    const slug = path.split('/').pop();
    const article = [...byId.values(), reference].find((a) => a.slug === slug);
    return { id: article?.id ?? `? ${path}`, headline: link?.textContent ?? '', reason: teaser.querySelector('.teaser-reason')?.textContent ?? '' };
  });
}

/** Content changes make the site take in new reading statistics at once (else within minutes). */
async function touchContent(): Promise<void> {
  await server.store.settings.save({ siteDescription: `Stand ${Math.random()}` }, 'test');
}

/** A read through the beacon, as the page's script sends it; returns the answer and the cookie it set. */
async function beacon(articleId: string, cookie = '', headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/lesen`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: server.url,
      'Sec-Fetch-Site': 'same-origin',
      'User-Agent': firefox,
      ...(cookie && { Cookie: cookie }),
      ...headers,
    },
    body: new URLSearchParams({ artikel: articleId }),
  });
  const body = (await response.json()) as { counted: boolean; block: string | null };
  const set = response.headers.getSetCookie().find((c) => c.startsWith('depesche_gelesen='));
  return { status: response.status, body, cookie: set ? set.split(';')[0]! : cookie };
}

describe('the picks in the article page', () => {
  test('four picks, each a published article other than this one, each with a reason', async () => {
    const { picks, html } = await picksOn(referencePath);
    assert.equal(picks.length, 4);
    assert.ok(picks.every((pick) => byId.has(pick.id)), `only published articles: ${picks.map((p) => p.id)}`);
    assert.ok(!picks.some((pick) => pick.id === referenceId));
    assert.equal(new Set(picks.map((p) => p.id)).size, 4);
    assert.ok(picks.every((pick) => pick.reason.length > 0));
    const { document } = parseHTML(html);
    assert.equal(document.querySelector('section.recommendations')?.getAttribute('data-fuer-sie'), referenceId);
    assert.match(document.querySelector('noscript')?.innerHTML ?? '', new RegExp(`/lesen/${referenceId}\\.gif`));
  });

  test('the page is the same for every reader (cacheable): cookies, DNT and opt-out change nothing', async () => {
    const plain = await picksOn(referencePath);
    const other = await picksOn(referencePath, { Cookie: 'depesche_gelesen=irgendwas; depesche_personalisierung=aus', DNT: '1' });
    assert.equal(plain.response.headers.get('cache-control'), 'public, max-age=0, must-revalidate');
    assert.equal(other.response.headers.get('etag'), plain.response.headers.get('etag'));
    assert.equal(other.html, plain.html);
    assert.equal(plain.response.headers.get('vary'), 'Accept-Encoding', 'nothing about the reader');
    assert.equal(plain.response.headers.getSetCookie().length, 0);
  });

  test('editors pin and exclude: a pin leads with its reason, an exclusion never shows', async () => {
    const before = (await picksOn(referencePath)).picks;
    const shown = before[0]!.id;
    const notShown = published.find((a) => !before.some((p) => p.id === a.id))!;
    await server.store.recommendationRules.set({ articleId: referenceId, targetId: notShown.id, kind: 'pin', createdBy: 'test' });
    await server.store.recommendationRules.set({ articleId: referenceId, targetId: shown, kind: 'exclude', createdBy: 'test' });

    const after = (await picksOn(referencePath)).picks;
    assert.equal(after[0]?.id, notShown.id);
    assert.equal(after[0]?.reason, 'Empfehlung der Redaktion');
    assert.ok(!after.some((pick) => pick.id === shown), 'the excluded article is gone');
    assert.equal(after.length, 4, 'the block is still full');

    await server.store.recommendationRules.remove(referenceId, notShown.id);
    await server.store.recommendationRules.remove(referenceId, shown);
  });

  test('an article unpublished a moment ago is never shown, even by a model that still knows it', async () => {
    const { picks } = await picksOn(referencePath);
    const stored = (await server.store.articles.get(picks[0]!.id))!;
    await server.store.articles.update({ ...stored.article, status: 'unpublished' }, { actor: 'test' });
    const after = (await picksOn(referencePath)).picks;
    assert.ok(!after.some((pick) => pick.id === stored.article.id));
    assert.equal(after.length, 4);
    await server.store.articles.update({ ...stored.article, status: 'published' }, { actor: 'test' });
  });
});

describe('learnt from reading', () => {
  test('what readers of this article read next shows as „Leser dieses Artikels lasen auch“', async () => {
    const { picks } = await picksOn(referencePath);
    const next = published.find((a) => !picks.some((p) => p.id === a.id))!;
    const now = Date.now();
    await server.reading.record(
      Array.from({ length: 30 }, (_, i) => ({ articleId: next.id, atMs: now - (i % 5) * hour, previousIds: [referenceId] })),
    );
    await touchContent();
    const after = (await picksOn(referencePath)).picks;
    const found = after.find((pick) => pick.id === next.id);
    assert.ok(found, `${next.headline} should be picked: ${after.map((p) => `${p.headline} (${p.reason})`).join('; ')}`);
    assert.equal(found.reason, 'Leser dieses Artikels lasen auch');
  });

  test('the beacon answers the reader’s own picks, naming the article they read before', async () => {
    const [earlier, current] = published.slice(-2) as [(typeof published)[0], (typeof published)[0]];
    const followUp = published.find((a) => a.id !== earlier.id && a.id !== current.id && a.section !== earlier.section) ?? published[0]!;
    await server.reading.record(
      Array.from({ length: 40 }, () => ({ articleId: followUp.id, atMs: Date.now() - hour, previousIds: [earlier.id] })),
    );
    await touchContent();

    const first = await beacon(earlier.id);
    assert.equal(first.status, 200);
    assert.equal(first.body.counted, true);
    assert.match(first.cookie, /^depesche_gelesen=/);

    const second = await beacon(current.id, first.cookie);
    assert.equal(second.body.counted, true);
    assert.ok(second.body.block, 'personal picks come back');
    const own = picksIn(parseHTML(`<div>${second.body.block}</div>`).document);
    assert.ok(!own.some((pick) => pick.id === earlier.id), 'what the reader has read is not offered again');
    assert.ok(!own.some((pick) => pick.id === current.id));
    const brought = own.find((pick) => pick.id === followUp.id);
    assert.ok(brought, `${followUp.headline} should be picked: ${own.map((p) => `${p.headline} (${p.reason})`).join('; ')}`);
    assert.equal(brought.reason, `Weil Sie „${earlier.headline}“ gelesen haben`);
  });

  test('with Do Not Track the read counts, but no history is kept and no personal picks come back', async () => {
    const target = published[3]!;
    const { body, cookie } = await beacon(target.id, '', { DNT: '1', 'User-Agent': `${firefox} DNT` });
    assert.equal(body.counted, true);
    assert.equal(body.block, null);
    assert.equal(cookie, '');
  });
});
