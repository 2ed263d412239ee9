import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../../test/helpers/temp-dir.ts';
import { openReadingStore } from '../../store/reading/open-reading-store.ts';
import { AddressKeys } from './address-key.ts';
import { decodeHistory, encodeHistory } from './history-cookie.ts';
import type { PersonalisationState } from './personalisation.ts';
import { ReadBuffer } from './read-buffer.ts';
import { ReadCounter, readerReadKey, type ReadOutcome, type ReadRequest } from './read-counter.ts';
import { ReadThrottle } from './read-throttle.ts';
import { RecentReads } from './recent-reads.ts';

const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const published = new Set(['artikel-a', 'artikel-b', 'artikel-c', 'artikel-d', 'artikel-e', 'artikel-f', 'artikel-g']);
const on: PersonalisationState = { enabled: true };
const off: PersonalisationState = { enabled: false, reason: 'do-not-track' };
const start = Date.UTC(2026, 10, 20, 9, 0);

describe('ReadCounter', async () => {
  const reading = await openReadingStore(join(await tempDir(), 'lesen.sqlite'));
  after(() => reading.close());
  const secret = await reading.cookieSecret();

  function counter() {
    const buffer = new ReadBuffer({ reading, intervalMs: 60_000 });
    after(() => buffer.close());
    const readCounter = new ReadCounter({
      reading,
      buffer,
      isPublishedArticle: async (id) => published.has(id),
      throttle: new ReadThrottle(),
      recent: new RecentReads(),
      addressKeys: new AddressKeys(),
      logError: (error) => assert.fail(String(error)),
    });
    /** One reader with a browser that keeps the cookie the server sends. */
    const reader = (address = '192.0.2.1', personalisation = on) => {
      let cookie: string | undefined;
      return {
        get cookie() {
          return cookie;
        },
        set cookie(value) {
          cookie = value;
        },
        async read(articleId: string, atMs = start, override: Partial<ReadRequest> = {}): Promise<ReadOutcome> {
          const outcome = await readCounter.read({ articleId, userAgent: browser, address, historyCookie: cookie, personalisation, atMs, ...override });
          if ((outcome.kind === 'counted' || outcome.kind === 'duplicate') && outcome.cookie) cookie = 'set' in outcome.cookie ? outcome.cookie.set : undefined;
          return outcome;
        },
      };
    };
    return { buffer, readCounter, reader };
  }

  const totals = async (...ids: string[]) => Object.fromEntries(await reading.totals(ids));

  test('a reader’s reads are counted, remembered in order, and paired with up to five earlier ones', async () => {
    const { buffer, reader } = counter();
    const erika = reader();
    for (const id of ['artikel-a', 'artikel-b', 'artikel-c', 'artikel-d', 'artikel-e', 'artikel-f']) assert.equal((await erika.read(id)).kind, 'counted');
    const last = await erika.read('artikel-g');
    assert.equal(last.kind, 'counted');
    assert.ok(last.kind === 'counted');
    assert.deepEqual(last.earlier, ['artikel-a', 'artikel-b', 'artikel-c', 'artikel-d', 'artikel-e', 'artikel-f']);
    assert.deepEqual(decodeHistory(erika.cookie, secret), [...published]);
    await buffer.flush();
    const signals = await reading.signals(start - 1);
    const pairsIntoG = signals.coReads.filter((pair) => pair.toId === 'artikel-g').map((pair) => pair.fromId).sort();
    assert.deepEqual(pairsIntoG, ['artikel-b', 'artikel-c', 'artikel-d', 'artikel-e', 'artikel-f'], 'the last five, not artikel-a');
  });

  test('reloading, replaying with the old cookie or none, and coming back later within 30 minutes count once', async () => {
    const { buffer, reader } = counter();
    const max = reader('192.0.2.2');
    await max.read('artikel-c');
    const before = await totals('artikel-a');
    const oldCookie = max.cookie;
    assert.equal((await max.read('artikel-a')).kind, 'counted');
    assert.equal((await max.read('artikel-a', start + 1000)).kind, 'duplicate', 'reload with the new cookie');
    assert.equal((await max.read('artikel-a', start + 2000, { historyCookie: oldCookie })).kind, 'duplicate', 'replay with the cookie from before');
    assert.equal((await max.read('artikel-b', start + 3000)).kind, 'counted');
    assert.equal((await max.read('artikel-a', start + 4000)).kind, 'duplicate', 'back from artikel-b');
    assert.equal((await max.read('artikel-a', start + 31 * 60_000)).kind, 'counted', 'a new read after 30 minutes');
    await buffer.flush();
    assert.equal((await totals('artikel-a'))['artikel-a'], (before['artikel-a'] ?? 0) + 2);
  });

  test('forged cookies are no history and make no new readers', async () => {
    const { reader } = counter();
    const mallory = reader('192.0.2.3');
    assert.equal((await mallory.read('artikel-d')).kind, 'counted');
    for (const forged of ['artikel-a.falsch', encodeHistory(['artikel-a'], new Uint8Array(32)), 'x'.repeat(5000)]) {
      const outcome = await mallory.read('artikel-d', start, { historyCookie: forged });
      assert.equal(outcome.kind, 'duplicate', forged.slice(0, 20));
      assert.ok(outcome.kind === 'duplicate');
      assert.deepEqual(outcome.earlier, []);
      assert.deepEqual(decodeHistory((outcome.cookie as { set: string }).set, secret), ['artikel-d'], 'a fresh history replaces it');
    }
  });

  test('two readers behind one address with the same browser are told apart by what else they read', async () => {
    const { reader } = counter();
    const one = reader('198.51.100.7');
    const two = reader('198.51.100.7');
    await one.read('artikel-a');
    await two.read('artikel-b');
    assert.equal((await one.read('artikel-e')).kind, 'counted');
    assert.equal((await two.read('artikel-e')).kind, 'counted');
    assert.notEqual(readerReadKey('k', browser, ['artikel-a'], 'artikel-e'), readerReadKey('k', browser, ['artikel-b'], 'artikel-e'));
  });

  test('without personalisation: counted, but no history, no pairs, and an existing history cookie is deleted', async () => {
    const { buffer, reader } = counter();
    const quiet = reader('192.0.2.4', off);
    quiet.cookie = encodeHistory(['artikel-a', 'artikel-b'], secret);
    const outcome = await quiet.read('artikel-f');
    assert.deepEqual(outcome, { kind: 'counted', personal: false, earlier: [], cookie: { clear: true } });
    assert.equal(quiet.cookie, undefined);
    const again = await quiet.read('artikel-f');
    assert.deepEqual(again, { kind: 'duplicate', personal: false, earlier: [], cookie: null });
    const pairsBefore = (await reading.signals(start - 1)).coReads.filter((pair) => pair.toId === 'artikel-f').length;
    await buffer.flush();
    const pairsAfter = (await reading.signals(start - 1)).coReads.filter((pair) => pair.toId === 'artikel-f').length;
    assert.equal(pairsAfter, pairsBefore);
  });

  test('bots, floods and unknown articles are not counted', async () => {
    const { buffer, reader, readCounter } = counter();
    const before = await totals('artikel-g');
    for (const userAgent of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', '', undefined]) {
      const outcome = await readCounter.read({ articleId: 'artikel-g', userAgent, address: '192.0.2.5', historyCookie: undefined, personalisation: on, atMs: start });
      assert.deepEqual(outcome, { kind: 'bot' }, String(userAgent));
    }
    const flood = reader('192.0.2.6', off);
    const kinds = new Map<string, number>();
    for (let i = 0; i < 100; i++) {
      const { kind } = await flood.read(i % 2 === 0 ? 'artikel-g' : 'artikel-unbekannt');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(kinds), { counted: 1, duplicate: 9, 'unknown-article': 10, throttled: 80 });
    const throttled = await flood.read('artikel-g');
    assert.deepEqual(throttled, { kind: 'throttled', retryAfterSeconds: 15 });
    await buffer.flush();
    assert.equal((await totals('artikel-g'))['artikel-g'], (before['artikel-g'] ?? 0) + 1);
  });
});
