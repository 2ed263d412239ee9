import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charsetOf, decodeHtml } from './decode-html.ts';

const latin1 = (text: string) => new Uint8Array([...text].map((char) => char.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

test('the Content-Type charset decides over the page\'s own <meta>', () => {
  const bytes = latin1('<meta charset="utf-8"><p>Gr\u00fc\u00dfe aus K\u00f6ln</p>');
  assert.equal(decodeHtml(bytes, 'text/html; charset=ISO-8859-1'), '<meta charset="utf-8"><p>Grüße aus Köln</p>');
});

test('<meta charset> and <meta http-equiv> are read when the header names none', () => {
  assert.equal(decodeHtml(latin1('<meta charset="windows-1252"><p>\u0084Ja\u0093, sagt sie.</p>'), 'text/html'), '<meta charset="windows-1252"><p>„Ja“, sagt sie.</p>');
  const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>Preis: 5 \u00a4</p>';
  assert.equal(decodeHtml(latin1(equiv), null).endsWith('<p>Preis: 5 €</p>'), true);
});

test('a <meta charset> after a kilobyte of scripts is still found', () => {
  const page = `<head><script>${'var x = 1;\n'.repeat(200)}</script><meta charset="windows-1252"></head><p>Stra\u00dfe</p>`;
  assert.equal(decodeHtml(latin1(page), null).endsWith('<p>Straße</p>'), true);
});

test('a byte order mark wins over everything and is not part of the text', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1252"><p>Übung</p>')]);
  assert.equal(decodeHtml(bytes, 'text/html; charset=windows-1252'), '<meta charset="windows-1252"><p>Übung</p>');
});

test('without any declaration: UTF-8 when the bytes are valid UTF-8, else windows-1252', () => {
  assert.equal(decodeHtml(utf8('<p>Mädchen für alles</p>'), null), '<p>Mädchen für alles</p>');
  assert.equal(decodeHtml(latin1('<p>M\u00e4dchen f\u00fcr alles</p>'), null), '<p>Mädchen für alles</p>');
});

test('charsetOf reads quoted and unquoted parameters', () => {
  assert.equal(charsetOf('text/html; charset="UTF-8"'), 'UTF-8');
  assert.equal(charsetOf('text/html;charset=iso-8859-1; foo=bar'), 'iso-8859-1');
  assert.equal(charsetOf('text/html'), undefined);
});
