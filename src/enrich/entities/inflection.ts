/**
 * The inflected forms in which German text writes a name: the genitive
 * (`Russlands`, `Merkels`) and the adjective endings of multi-word names
 * (`der Europäischen Union`, `des Vereinigten Königreichs`). Names are looked
 * up by these forms, so no guessing happens at match time.
 */

const SIBILANT_END = /(?:s|ß|x|z|ce)$/u;

/** The forms of one word of a name; `head` is its last word (the noun). */
export function wordForms(word: string, head: boolean): string[] {
  const forms = new Set([word]);
  const lower = word.toLowerCase();
  const isAcronym = word.length > 1 && word === word.toUpperCase();
  if (isAcronym) return [...forms];
  if (head) {
    if (!SIBILANT_END.test(lower)) forms.add(`${word}s`);
    if (/(?:reich|land|tag|rat|amt|haus|bund|gericht)$/u.test(lower)) forms.add(`${word}es`);
  } else if (word.length > 5 && /^\p{Lu}/u.test(word) && /e[nrs]?$/u.test(lower)) {
    // An adjective before the noun, in any of its endings:
    // Europäische / Europäischen / Europäischer / Europäisches.
    const stem = /e$/u.test(lower) ? word : word.slice(0, -1);
    forms.add(stem).add(`${stem}n`).add(`${stem}r`).add(`${stem}s`);
  }
  return [...forms];
}

/** Every surface form of a name of one or more words, as word lists. */
export function nameForms(words: readonly string[]): string[][] {
  let results: string[][] = [[]];
  words.forEach((word, index) => {
    const forms = wordForms(word, index === words.length - 1);
    results = results.flatMap((prefix) => forms.map((form) => [...prefix, form]));
  });
  return results;
}

/** `Merkels` → `Merkel`, when `known` holds the base; else the word itself. */
export function stripGenitive(word: string, known: (base: string) => boolean): string {
  if (word.length > 3 && /s$/u.test(word) && !/ss$/u.test(word)) {
    const base = word.slice(0, -1);
    if (known(base)) return base;
  }
  return word;
}
