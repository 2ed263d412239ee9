import assert from 'node:assert/strict';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { FetchError, type FetchFailureReason } from './fetch-error.ts';
import { fetchPolicy } from './fetch-policy.ts';
import { safeFetch } from './safe-fetch.ts';

/**
 * safeFetch against a real HTTP server on an ephemeral port of 127.0.0.1 that
 * plays every kind of server a feed URL can lead to: a good one, one with
 * validators, redirect chains, a liar about sizes, a zip bomb, one whose page
 * never ends. Tests reach it with { allowLoopback: true }; the refusals of the
 * default policy need no server at all.
 */

const mib = 1024 * 1024;
const feedXml = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Nachrichten für Übersee</title></channel></rss>';
const etag = '"v1-äöü"'.replace(/[^\x20-\x7e]/g, 'x');
const lastModified = 'Sat, 21 Dec 2024 18:46:57 GMT';

/** Bytes each response wrote to the socket, so that tests can tell "refused before reading" from "read and dropped". */
const written = new Map<string, number>();
let base = '';
let server: http.Server;

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const routes: Record<string, Route> = {
  '/feed.xml': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified });
    response.end(feedXml);
  },
  '/etag.xml': (request, response) => {
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feedXml);
  },
  '/modified.xml': (request, response) => {
    if (request.headers['if-modified-since'] === lastModified) return void response.writeHead(304).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': lastModified }).end(feedXml);
  },
  '/echo-headers': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(request.headers));
  },
  '/redirect-once': (_request, response) => void response.writeHead(301, { location: '/feed.xml' }).end(),
  '/loop-a': (_request, response) => void response.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_request, response) => void response.writeHead(302, { location: '/loop-a' }).end(),
  '/to-ftp': (_request, response) => void response.writeHead(302, { location: 'ftp://example.org/feed.xml' }).end(),
  '/to-private': (_request, response) => void response.writeHead(307, { location: 'http://10.0.0.1/intern' }).end(),
  '/to-metadata': (_request, response) => void response.writeHead(308, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-credentials': (_request, response) => void response.writeHead(302, { location: 'http://admin:geheim@example.org/' }).end(),
  '/redirect-no-location': (_request, response) => void response.writeHead(302).end(),
  '/not-found': (_request, response) => void response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Nicht gefunden</h1>'),
  '/server-error': (_request, response) => void response.writeHead(500).end('kaputt'),
  '/announces-50mb': (_request, response) => {
    // Only the headers: a client that honours Content-Length never waits for the body.
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * mib) });
    response.flushHeaders();
  },
  '/endless-50mb': (_request, response) => streamBytes(response, 50 * mib),
  '/gzip-bomb': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(gzipBomb.length) });
    response.end(gzipBomb);
  },
  '/broken-gzip': (_request, response) => {
    response.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('das ist kein gzip, nur Text'));
  },
  '/unknown-encoding': (_request, response) => void response.writeHead(200, { 'content-encoding': 'compress' }).end('xyz'),
  '/trickle': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.write('<rss>');
    const timer = setInterval(() => response.write(' '), 50);
    response.on('close', () => clearInterval(timer));
  },
  '/silent': (_request, response) => {
    // Accepts the connection and never answers.
    const timer = setTimeout(() => response.end(), 60_000);
    response.on('close', () => clearTimeout(timer));
  },
};

for (const [encoding, compress] of [
  ['gzip', zlib.gzipSync],
  ['deflate', zlib.deflateSync],
  ['br', zlib.brotliCompressSync],
] as const) {
  routes[`/packed-${encoding}`] = (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': encoding }).end(compress(Buffer.from(feedXml)));
  };
}
routes['/packed-raw-deflate'] = (_request, response) => {
  response.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateRawSync(Buffer.from(feedXml)));
};
for (let i = 0; i < 8; i++) {
  routes[`/chain-${i}`] = (_request, response) => void response.writeHead(302, { location: `/chain-${i + 1}` }).end();
}
routes['/chain-8'] = routes['/feed.xml']!;

// 20 MB of zeros pack into about 20 KB.
const gzipBomb = zlib.gzipSync(Buffer.alloc(20 * mib), { level: 9 });

/** Writes `total` bytes in chunks, honouring back-pressure, until done or the client goes away. */
function streamBytes(response: ServerResponse, total: number): void {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let closed = false;
  response.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && sent < total) {
      sent += chunk.length;
      written.set('/endless-50mb', sent);
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    if (!closed) response.end();
  };
  pump();
}

before(async () => {
  server = http.createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const loopback = fetchPolicy({ allowLoopback: true });

async function rejectsWith(promise: Promise<unknown>, reason: FetchFailureReason, message?: RegExp): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    assert.equal(error.reason, reason, error.message);
    const refused = reason === 'url' || reason === 'protocol' || reason === 'credentials' || reason === 'address';
    assert.equal(error.code, refused ? 'fetch_refused' : 'fetch_failed');
    assert.equal(error.status, refused ? 403 : 502);
    if (message) assert.match(error.message, message);
    return error;
  }
  assert.fail(`expected the fetch to fail with ${reason}`);
}

describe('a good server', () => {
  test('delivers the body, its type and its validators', async () => {
    const result = await safeFetch(`${base}/feed.xml`, loopback);
    assert.equal(result.kind, 'ok');
    if (result.kind !== 'ok') return;
    assert.equal(result.status, 200);
    assert.equal(result.url, `${base}/feed.xml`);
    assert.equal(result.contentType, 'application/rss+xml; charset=utf-8');
    assert.equal(result.body.toString('utf8'), feedXml);
    assert.equal(result.etag, etag);
    assert.equal(result.lastModified, lastModified);
  });

  test('sends the user agent, the accept header and the encodings it can unpack', async () => {
    const policy = fetchPolicy({ allowLoopback: true, userAgent: 'Depesche-Test/1.0' });
    const result = await safeFetch(`${base}/echo-headers`, policy, { accept: 'application/rss+xml, application/atom+xml' });
    assert.equal(result.kind, 'ok');
    if (result.kind !== 'ok') return;
    const headers = JSON.parse(result.body.toString('utf8')) as Record<string, string>;
    assert.equal(headers['user-agent'], 'Depesche-Test/1.0');
    assert.equal(headers['accept'], 'application/rss+xml, application/atom+xml');
    assert.equal(headers['accept-encoding'], 'gzip, deflate, br');
    assert.equal(headers['if-none-match'], undefined);
  });

  for (const encoding of ['gzip', 'deflate', 'br', 'raw-deflate']) {
    test(`unpacks a ${encoding} body`, async () => {
      const result = await safeFetch(`${base}/packed-${encoding}`, loopback);
      assert.equal(result.kind === 'ok' && result.body.toString('utf8'), feedXml);
    });
  }
});

describe('conditional requests', () => {
  test('an unchanged feed with an ETag answers 304: not-modified', async () => {
    const first = await safeFetch(`${base}/etag.xml`, loopback);
    assert.equal(first.kind, 'ok');
    const second = await safeFetch(`${base}/etag.xml`, loopback, { conditional: { etag: first.etag } });
    assert.deepEqual(second, { kind: 'not-modified', url: `${base}/etag.xml`, etag, lastModified: null });
  });

  test('an unchanged feed with Last-Modified answers 304; the validators sent are kept when the 304 omits them', async () => {
    const first = await safeFetch(`${base}/modified.xml`, loopback);
    assert.equal(first.kind, 'ok');
    assert.equal(first.lastModified, lastModified);
    const second = await safeFetch(`${base}/modified.xml`, loopback, { conditional: { etag: null, lastModified: first.lastModified } });
    assert.deepEqual(second, { kind: 'not-modified', url: `${base}/modified.xml`, etag: null, lastModified });
  });

  test('a stale ETag gets the full feed again', async () => {
    const result = await safeFetch(`${base}/etag.xml`, loopback, { conditional: { etag: '"alt"' } });
    assert.equal(result.kind, 'ok');
  });
});

describe('redirects', () => {
  test('are followed; the result names the final URL', async () => {
    const result = await safeFetch(`${base}/redirect-once`, loopback);
    assert.equal(result.kind, 'ok');
    assert.equal(result.url, `${base}/feed.xml`);
  });

  test('up to maxRedirects are followed', async () => {
    const result = await safeFetch(`${base}/chain-3`, loopback); // chain-3 → … → chain-8: five redirects
    assert.equal(result.kind === 'ok' && result.url, `${base}/chain-8`);
  });

  test('more than maxRedirects are refused', async () => {
    await rejectsWith(safeFetch(`${base}/chain-0`, loopback), 'redirects', /^Mehr als 5 Weiterleitungen/);
    await rejectsWith(safeFetch(`${base}/chain-6`, fetchPolicy({ allowLoopback: true, maxRedirects: 1 })), 'redirects', /^Mehr als 1 Weiterleitungen/);
  });

  test('a loop is named as one', async () => {
    await rejectsWith(safeFetch(`${base}/loop-a`, loopback), 'redirects', /Weiterleitungsschleife: .*\/loop-b leitet zurück auf .*\/loop-a/);
  });

  test('to another protocol is refused', async () => {
    await rejectsWith(safeFetch(`${base}/to-ftp`, loopback), 'protocol', /Weiterleitung .* nach ftp:\/\/example\.org.*ftp: wird nicht abgerufen/);
  });

  test('to a private or link-local address is refused, even where loopback is allowed', async () => {
    await rejectsWith(safeFetch(`${base}/to-private`, loopback), 'address', /10\.0\.0\.1 ist eine private Adresse/);
    await rejectsWith(safeFetch(`${base}/to-metadata`, loopback), 'address', /169\.254\.169\.254 ist eine link-lokale Adresse/);
  });

  test('to a URL with credentials is refused', async () => {
    const error = await rejectsWith(safeFetch(`${base}/to-credentials`, loopback), 'credentials', /Zugangsdaten/);
    assert.doesNotMatch(error.url, /geheim/);
  });

  test('without a Location is an HTTP error', async () => {
    await rejectsWith(safeFetch(`${base}/redirect-no-location`, loopback), 'http_status', /302 Found, nannte aber kein Ziel/);
  });
});

describe('addresses', () => {
  test('loopback is refused by default and allowed with allowLoopback', async () => {
    await rejectsWith(safeFetch(`${base}/feed.xml`, fetchPolicy({})), 'address', /^Abgelehnt: 127\.0\.0\.1 ist eine Loopback-Adresse/);
    assert.equal((await safeFetch(`${base}/feed.xml`, loopback)).kind, 'ok');
  });

  test('a name that resolves to loopback (localhost) is refused on the resolved address', async () => {
    const port = new URL(base).port;
    await rejectsWith(safeFetch(`http://localhost:${port}/feed.xml`, fetchPolicy({})), 'address', /^Abgelehnt: localhost führt zu (127\.0\.0\.1|::1) ist eine Loopback-Adresse/);
    assert.equal((await safeFetch(`http://localhost:${port}/feed.xml`, loopback)).kind, 'ok');
  });

  test('https goes through the same address check, before any TLS handshake', async () => {
    const port = new URL(base).port;
    await rejectsWith(safeFetch(`https://localhost:${port}/`, fetchPolicy({})), 'address', /^Abgelehnt: localhost führt zu/);
    await rejectsWith(safeFetch('https://[::1]/', fetchPolicy({})), 'address', /::1 ist eine Loopback-Adresse/);
  });

  const literals: [string, RegExp][] = [
    ['http://10.0.0.1/', /10\.0\.0\.1 ist eine private Adresse/],
    ['http://172.16.5.4/', /172\.16\.5\.4 ist eine private Adresse/],
    ['http://192.168.178.1/', /192\.168\.178\.1 ist eine private Adresse/],
    ['http://100.64.0.1/', /100\.64\.0\.1 ist eine private Adresse/],
    ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 ist eine link-lokale Adresse/],
    ['http://[::1]/', /::1 ist eine Loopback-Adresse/],
    ['http://[fe80::1]/', /fe80::1 ist eine link-lokale Adresse/],
    ['http://[fd00::1]/', /fd00::1 ist eine private Adresse/],
    ['http://[::ffff:127.0.0.1]/', /::ffff:7f00:1 ist eine Loopback-Adresse/],
    ['http://[::ffff:10.0.0.1]/', /::ffff:a00:1 ist eine private Adresse/],
    ['http://0.0.0.0/', /0\.0\.0\.0 ist eine unspezifizierte Adresse/],
    ['http://[::]/', /:: ist eine unspezifizierte Adresse/],
    ['http://0x7f.1/', /127\.0\.0\.1 ist eine Loopback-Adresse/],
    ['http://2130706433/', /127\.0\.0\.1 ist eine Loopback-Adresse/],
    ['http://224.0.0.1/', /224\.0\.0\.1 ist eine Multicast/],
  ];
  for (const [url, message] of literals) {
    test(`the literal address in ${url} is refused`, async () => {
      await rejectsWith(safeFetch(url, fetchPolicy({})), 'address', message);
    });
  }

  test('private networks can be allowed; link-local and unspecified addresses never', async () => {
    const intranet = fetchPolicy({ allowPrivateNetworks: true, allowLoopback: true, timeoutMs: 300 });
    await rejectsWith(safeFetch('http://169.254.169.254/', intranet), 'address');
    await rejectsWith(safeFetch('http://0.0.0.0/', intranet), 'address');
    await rejectsWith(safeFetch('http://[fe80::1]/', intranet), 'address');
  });
});

describe('URLs', () => {
  for (const url of ['ftp://example.org/feed.xml', 'file:///etc/passwd', 'data:text/xml,<rss/>', 'javascript:alert(1)', 'gopher://example.org/']) {
    test(`${url.split(':')[0]}: is refused`, async () => {
      await rejectsWith(safeFetch(url, loopback), 'protocol', /wird nicht abgerufen, nur http: und https:/);
    });
  }

  test('credentials in the URL are refused', async () => {
    await rejectsWith(safeFetch(`http://nutzer:passwort@${new URL(base).host}/feed.xml`, loopback), 'credentials', /Zugangsdaten/);
  });

  test('a text that is no URL is refused with advice', async () => {
    await rejectsWith(safeFetch('www.tagesschau.de/xml/rss2', loopback), 'url', /keine vollständige Web-Adresse – bitte mit https:\/\/ angeben/);
  });

  test('a name that does not resolve is a DNS failure', async () => {
    await rejectsWith(safeFetch('http://gibt-es-nicht.invalid/feed.xml', fetchPolicy({})), 'dns', /gibt-es-nicht\.invalid/);
  });
});

describe('hostile servers', () => {
  test('a body announced larger than the limit is refused before reading', async () => {
    const started = Date.now();
    await rejectsWith(safeFetch(`${base}/announces-50mb`, loopback), 'too_large', /^Antwort größer als 10 MB \(der Server kündigt 50 MB an\)/);
    assert.ok(Date.now() - started < 5000);
  });

  test('a 50 MB body without Content-Length is cut off after the limit', async () => {
    written.delete('/endless-50mb');
    await rejectsWith(safeFetch(`${base}/endless-50mb`, loopback), 'too_large', /^Antwort größer als 10 MB – abgebrochen/);
    // The server stops soon after: the client closed the connection instead of reading on.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok((written.get('/endless-50mb') ?? 0) < 30 * mib, `server wrote ${written.get('/endless-50mb')} bytes`);
  });

  test('a small limit is stated in the message', async () => {
    await rejectsWith(safeFetch(`${base}/feed.xml`, fetchPolicy({ allowLoopback: true, maxBytes: 50 })), 'too_large', /^Antwort größer als 50 Bytes/);
  });

  test('a gzip bomb is stopped by the unpacked size', async () => {
    assert.ok(gzipBomb.length < 100_000, 'the bomb is small on the wire');
    const policy = fetchPolicy({ allowLoopback: true, maxBytes: mib });
    await rejectsWith(safeFetch(`${base}/gzip-bomb`, policy), 'too_large', /^Antwort größer als 1 MB \(entpackt\) – abgebrochen/);
  });

  test('a damaged gzip body and an unknown encoding are named', async () => {
    await rejectsWith(safeFetch(`${base}/broken-gzip`, loopback), 'encoding', /gzip gepackt, lässt sich aber nicht entpacken/);
    await rejectsWith(safeFetch(`${base}/unknown-encoding`, loopback), 'encoding', /„compress“/);
  });

  test('a page that never ends runs into the deadline', async () => {
    const started = Date.now();
    const policy = fetchPolicy({ allowLoopback: true, timeoutMs: 300 });
    await rejectsWith(safeFetch(`${base}/trickle`, policy), 'timeout', /^Zeitüberschreitung nach 300 ms: .* sendet die Antwort zu langsam/);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 280 && elapsed < 2000, `took ${elapsed} ms`);
  });

  test('a server that never answers runs into the deadline', async () => {
    const policy = fetchPolicy({ allowLoopback: true, timeoutMs: 300 });
    await rejectsWith(safeFetch(`${base}/silent`, policy), 'timeout', /^Zeitüberschreitung nach 300 ms: .* hat nicht rechtzeitig geantwortet/);
  });

  test('the caller can abort', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await rejectsWith(safeFetch(`${base}/silent`, loopback, { signal: controller.signal }), 'aborted', /abgebrochen/);
  });
});

describe('HTTP errors', () => {
  test('404 names the status', async () => {
    const error = await rejectsWith(safeFetch(`${base}/not-found`, loopback), 'http_status', /^Der Server antwortete mit 404 Not Found/);
    assert.equal(error.httpStatus, 404);
    assert.equal(error.url, `${base}/not-found`);
  });

  test('500 names the status', async () => {
    const error = await rejectsWith(safeFetch(`${base}/server-error`, loopback), 'http_status', /^Der Server antwortete mit 500 Internal Server Error/);
    assert.equal(error.httpStatus, 500);
  });

  test('a closed port is a network failure', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await rejectsWith(safeFetch(`http://127.0.0.1:${port}/`, loopback), 'network', /nimmt keine Verbindung an/);
  });
});
