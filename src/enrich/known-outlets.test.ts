import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOutlet, knownOutlets } from './known-outlets.ts';

test('every outlet has a unique name and an https home page', () => {
  const names = knownOutlets.map((outlet) => outlet.name.toLowerCase());
  assert.equal(new Set(names).size, names.length);
  for (const outlet of knownOutlets) {
    const url = new URL(outlet.url);
    assert.equal(url.protocol, 'https:', outlet.name);
    assert.equal(url.pathname, '/', `${outlet.name}: a home page, not a subpage`);
  }
});

test('no spelling names two outlets', () => {
  const owner = new Map<string, string>();
  for (const outlet of knownOutlets) {
    for (const spelling of [outlet.name, ...outlet.names, ...(outlet.wordNames ?? [])]) {
      const key = spelling.toLowerCase();
      const other = owner.get(key);
      assert.ok(other === undefined || other === outlet.name, `"${spelling}" names ${other} and ${outlet.name}`);
      owner.set(key, outlet.name);
    }
  }
});

test('finds an outlet by any spelling, in any case, with or without article', () => {
  const cases: [string, string][] = [
    ['Telegraph', 'The Telegraph'],
    ['the telegraph', 'The Telegraph'],
    ['Times', 'The Times'],
    ['Spiegel', 'Der Spiegel'],
    ['SPIEGEL', 'Der Spiegel'],
    ['Der Spiegel', 'Der Spiegel'],
    ['Zeit', 'Die Zeit'],
    ['Welt', 'Die Welt'],
    ['F.A.Z.', 'FAZ'],
    ['Frankfurter  Allgemeine', 'FAZ'],
    ['Deutsche Presse-Agentur', 'dpa'],
    ['The New York Times', 'New York Times'],
    ['Tagesschau', 'tagesschau'],
  ];
  for (const [spelling, name] of cases) assert.equal(findOutlet(spelling)?.name, name, spelling);
  assert.equal(findOutlet('Koalition der Willigen'), undefined);
  assert.equal(findOutlet('Presse'), undefined, 'only "Die Presse" names the Vienna paper');
});

test('agencies are marked as such', () => {
  for (const name of ['dpa', 'AFP', 'Reuters', 'AP', 'KNA', 'epd']) assert.equal(findOutlet(name)?.agency, true, name);
  assert.equal(findOutlet('Der Spiegel')?.agency, undefined);
});
