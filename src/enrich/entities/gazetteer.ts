/**
 * The lookup of known names (places, organisations) in a run of tokens: every
 * inflected form of every alias is keyed in advance, so a match is a handful
 * of map look-ups at each token, never a scan of the lists.
 */
import type { Entity } from '../../article/article.ts';
import { normalize, tokenize } from '../../text/tokens.ts';
import { nameForms } from './inflection.ts';
import { organisationNames } from './organisations.ts';
import { placeNames } from './places.ts';

export interface KnownName {
  name: string;
  kind: Entity['kind'];
  /** The words as the alias writes them, for the check of capitals. */
  words: string[];
  /** Counts only in a party context (`Grüne`). */
  contextOnly: boolean;
  party: boolean;
}

export interface GazetteerMatch {
  entry: KnownName;
  /** Number of tokens matched. */
  length: number;
}

const entries = new Map<string, KnownName>();
let longest = 1;

function add(name: string, kind: Entity['kind'], alias: string, options: { contextOnly?: boolean; party?: boolean }, inflect: boolean): void {
  const words = tokenize(alias);
  if (words.length === 0) return;
  longest = Math.max(longest, words.length);
  for (const form of inflect ? nameForms(words) : [words]) {
    const key = form.map(normalize).join(' ');
    // A name as written wins over another name's inflected form.
    if (entries.has(key)) continue;
    entries.set(key, { name, kind, words: form, contextOnly: options.contextOnly ?? false, party: options.party ?? false });
  }
}

for (const inflect of [false, true]) {
  for (const place of placeNames) for (const alias of place.aliases) add(place.name, 'place', alias, {}, inflect);
  for (const org of organisationNames) {
    for (const alias of org.aliases) add(org.name, 'organisation', alias, { party: org.party }, inflect);
    for (const alias of org.contextAliases ?? []) add(org.name, 'organisation', alias, { contextOnly: true, party: true }, inflect);
  }
}

const isAcronym = (word: string): boolean => word.length > 1 && /\p{Lu}/u.test(word) && word === word.toUpperCase();

/** Whether the text's word is written as the name writes it: capitals where it has them, acronyms exactly. */
function sameCase(token: string, word: string): boolean {
  if (isAcronym(word)) return token === word;
  const upper = /^\p{Lu}/u.test(word);
  return upper ? /^\p{Lu}/u.test(token) : token === word;
}

/** The longest known name starting at `tokens[start]`. */
export function matchKnownName(tokens: readonly string[], start: number): GazetteerMatch | undefined {
  const max = Math.min(longest, tokens.length - start);
  let key = '';
  const keys: string[] = [];
  for (let n = 0; n < max; n++) {
    key = n === 0 ? normalize(tokens[start]!) : `${key} ${normalize(tokens[start + n]!)}`;
    keys.push(key);
  }
  for (let n = max; n >= 1; n--) {
    const entry = entries.get(keys[n - 1]!);
    if (!entry) continue;
    if (entry.words.every((word, i) => sameCase(tokens[start + i]!, word))) return { entry, length: n };
  }
  return undefined;
}

/** Whether a single word is (a form of) a known place or organisation. */
export function isKnownName(word: string): boolean {
  return matchKnownName([word], 0) !== undefined;
}
