/**
 * Shortens a sentence that is too long for a key point by dropping a trailing
 * adverbial clause (`…, da dies als zu riskant angesehen wird.`) or a
 * relative clause that ends the sentence,
 * but only where the rest is still a complete sentence: the cut comes after a
 * comma before a subordinating conjunction or `was`, outside any quotation,
 * bracket or dash aside, and the dropped part names no source (`berichtete
 * der "Telegraph"`, `laut …`, `zufolge`) — a statement keeps its attribution.
 * Returns undefined when no such cut exists.
 */

const SUBORDINATORS = new Set([
  'da', 'weil', 'obwohl', 'obgleich', 'wobei', 'zumal', 'sodass', 'während', 'nachdem', 'falls', 'sofern',
  'was', 'womit', 'wodurch', 'wogegen', 'wohingegen',
]);

// A relative clause may go only when it runs to the end of the sentence (no
// later comma), so that the main clause before it is complete.
const RELATIVES = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches', 'welchen', 'welchem']);

const ATTRIBUTION = /\b(?:laut|zufolge|berichte\w*|sagte\w*|sagt|meldete\w*|meldet|erklärte\w*|teilte\w*|hieß|heißt|schrieb\w*|schreibt|betonte\w*|so)\b|["„“”«»]/iu;

const MIN_KEPT_WORDS = 6;

export function cutAtClause(sentence: string, maxChars: number): string | undefined {
  const end = sentence.match(/[.!…]["“”»«']?$/u)?.[0] ?? '.';
  let depth = 0;
  let quoteOpen = false;
  let dashes = 0;
  let best: string | undefined;
  for (let i = 0; i < sentence.length && i < maxChars; i++) {
    const ch = sentence[i] ?? '';
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '"') quoteOpen = !quoteOpen;
    else if (ch === '„' || ch === '»') quoteOpen = true;
    else if (ch === '“' || ch === '«') quoteOpen = false;
    else if ((ch === '–' || ch === '—' || ch === '-') && sentence[i - 1] === ' ' && sentence[i + 1] === ' ') dashes++;
    else if (ch === ',' && depth === 0 && !quoteOpen && dashes % 2 === 0) {
      const next = /^\s*(\p{L}+)/u.exec(sentence.slice(i + 1))?.[1]?.toLowerCase() ?? '';
      const dropped = sentence.slice(i + 1);
      const relativeToEnd = RELATIVES.has(next) && !dropped.includes(',');
      if (!SUBORDINATORS.has(next) && !relativeToEnd) continue;
      const kept = sentence.slice(0, i).trimEnd();
      if (ATTRIBUTION.test(dropped)) continue;
      if (kept.split(/\s+/u).length < MIN_KEPT_WORDS) continue;
      const candidate = kept + (end.startsWith('.') || end.startsWith('!') ? end[0] : '.');
      // The longest grammatical cut that fits keeps the most content.
      if (candidate.length <= maxChars) best = candidate;
    }
  }
  return best;
}
