import type { SourceRef } from '../article/article.ts';
import type { ArticleDraft } from '../article/draft.ts';
import { findOutlet, knownOutlets, type KnownOutlet } from './known-outlets.ts';

/**
 * The cited-sources enricher: finds the outlets and agencies an article cites
 * (`berichtete der britische "Telegraph"`, `laut „Spiegel“`, `(dpa)`) and lists
 * them under it.
 *
 * A name counts only where the sentence cites it, never merely for standing in
 * quotes: `die "Koalition der Willigen"` is a quoted name, not a source. The
 * text is cut into tokens once (words, name-like quotes, punctuation) and each
 * candidate name is judged by the few tokens around it, so the work is linear
 * in the length of the text and no regular expression can backtrack.
 */

export function citeSources(draft: ArticleDraft): ArticleDraft {
  const sources = [...draft.sources];
  const seen = new Set(sources.map((source) => sourceKey(source.name)));
  for (const text of textsToScan(draft)) {
    for (const source of findCitedSources(text)) {
      const key = sourceKey(source.name);
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(source);
    }
  }
  return { ...draft, sources };
}

/** The sources one text cites, in order of first mention, without duplicates. */
export function findCitedSources(text: string): SourceRef[] {
  const tokens = tokenize(text);
  const found = new Map<string, SourceRef>();
  const add = (name: string, outlet: KnownOutlet | undefined): void => {
    const source: SourceRef = outlet ? { name: outlet.name, url: outlet.url } : { name: name.replace(/\s+/g, ' ') };
    const key = sourceKey(source.name);
    if (!found.has(key)) found.set(key, source);
  };
  // Token index of the last word of each cited name, for `dpa und AFP meldeten`.
  const citedEnds = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'mark') {
      if (token.text === '(') for (const agency of agencyCredit(tokens, i)) add(agency.name, agency);
      continue;
    }
    if (token.kind === 'word') {
      const compound = compoundCitation(token);
      if (compound) {
        add(compound.name, compound);
        continue;
      }
    }
    const mention = mentionAt(tokens, i);
    if (!mention) continue;
    if (isCited(tokens, mention, citedEnds)) {
      add(mention.name, mention.outlet);
      citedEnds.add(mention.end - 1);
    }
    i = mention.end - 1;
  }
  return [...found.values()];
}

/** Where sources are cited: not the headline, captions or credits. */
function textsToScan(draft: ArticleDraft): string[] {
  const texts = [draft.lead, ...draft.keyPoints.map((point) => point.text)];
  for (const block of draft.body) {
    if (block.type === 'paragraph') texts.push(block.text);
    else if (block.type === 'quote') texts.push(block.text, block.attribution ?? '');
    else if (block.type === 'list') texts.push(...block.items);
  }
  return texts.filter((text) => text !== '');
}

/** Sources are the same when they name the same outlet, in whatever spelling or case. */
function sourceKey(name: string): string {
  return (findOutlet(name)?.name ?? name.trim().replace(/\s+/g, ' ')).toLowerCase();
}

// ---------------------------------------------------------------------------
// Tokens

interface Token {
  /** `quote`: a short quoted name, its text without the marks; `mark`: one punctuation character. */
  kind: 'word' | 'quote' | 'mark';
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Opening quote mark → the marks that may close it (German, English, Swiss, French styles). */
const closingMarks: Record<string, string> = { '„': '“”"', '"': '"', '“': '”', '«': '»', '»': '«' };

const wordCharacter = /[\p{L}\p{N}\p{M}]/u;
/** Joins word characters inside a word: `dpa-Informationen`, `F.A.Z`, `tagesschau.de`. */
const innerJoiners = new Set(['-', '.', "'", '’']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: Token['kind'], start: number, end: number, inner = text.slice(start, end)): void => {
    tokens.push({ kind, text: inner, lower: inner.toLowerCase(), start, end });
  };
  const nextIndex = nextIndexFinder(text);
  // Closing marks of longer quotations, which are marks, never openers.
  const closings = new Set<number>();

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (wordCharacter.test(ch)) {
      let end = i + 1;
      while (end < text.length) {
        const next = text[end]!;
        if (wordCharacter.test(next)) end++;
        else if (innerJoiners.has(next) && end + 1 < text.length && wordCharacter.test(text[end + 1]!)) end += 2;
        else break;
      }
      push('word', i, end);
      i = end;
      continue;
    }
    const closers = closings.has(i) ? undefined : closingMarks[ch];
    if (closers !== undefined) {
      const close = nextIndex(closers, i + 1);
      if (close !== -1) {
        const inner = text.slice(i + 1, close).trim();
        if (looksLikeName(inner)) {
          push('quote', i, close + 1, inner);
          i = close + 1;
          continue;
        }
        // A quotation: its words are read like any others, its marks end a clause.
        closings.add(close);
      }
    }
    if (!/\s/.test(ch)) push('mark', i, i + 1);
    i++;
  }
  return tokens;
}

/**
 * `indexOf` for any of several characters, remembering each character's next
 * position: asked again and again from advancing positions (an unclosed „ in
 * every line), it still reads the text only once per character.
 */
function nextIndexFinder(text: string): (characters: string, from: number) => number {
  const cached = new Map<string, number>();
  const nextOf = (character: string, from: number): number => {
    const known = cached.get(character);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = text.indexOf(character, from);
    cached.set(character, found);
    return found;
  };
  return (characters, from) => {
    let best = -1;
    for (const character of characters) {
      const at = nextOf(character, from);
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    return best;
  };
}

/** Lowercase words that may stand inside a name: `Welt am Sonntag`, `Corriere della Sera`. */
const nameConnectors = new Set([
  'am', 'im', 'an', 'auf', 'der', 'die', 'das', 'des', 'dem', 'den', 'von', 'vom', 'für', 'und', 'zu', 'zur', 'zum',
  'of', 'the', 'and', 'de', 'del', 'della', 'di', 'du', 'la', 'le', 'el', 'y', 'et', '&',
]);

/** A quoted text short and capitalised like a title, not a quoted sentence: „Times“, „Koalition der Willigen“. */
function looksLikeName(inner: string): boolean {
  if (inner === '' || inner.length > 60) return false;
  if (findOutlet(inner)) return true;
  if (/[.,;:!?\n]/.test(inner)) return false;
  const words = inner.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && nameConnectors.has(word)));
}

// ---------------------------------------------------------------------------
// Candidate names

/**
 * How much context a name needs to count as cited:
 * - `known`: a catalogue outlet, named unmistakably (`„Times“`, `dpa`, `SPIEGEL`);
 * - `unknown`: a quoted name not in the catalogue, which could as well be a
 *   party or a group, so only outlet-specific contexts count (`berichtete`);
 * - `everyday`: a catalogue name that is also an everyday word, unquoted
 *   (`Der Spiegel berichtete`), which counts only with `berichten`.
 */
type Trust = 'known' | 'unknown' | 'everyday';

interface Mention {
  /** Token range of the name. */
  start: number;
  end: number;
  name: string;
  outlet: KnownOutlet | undefined;
  trust: Trust;
}

interface Spelling {
  words: readonly string[];
  outlet: KnownOutlet;
  /** An everyday word (Zeit, Times): unmistakable only in quotes, capitals, compounds or after `laut`. */
  everyday: boolean;
}

/** Known spellings by their first word, longest first, for matching unquoted text. */
const spellingsByFirstWord = new Map<string, Spelling[]>();
for (const outlet of knownOutlets) {
  const add = (spelling: string, everyday: boolean): void => {
    // A leading article belongs to the noun phrase around the name (`berichtete die Welt am Sonntag`); with an
    // everyday word it is the everyday phrase: `Die Presse berichtete` is the press, not the Vienna paper.
    const article = /^(?:der|die|das|the)\s+/i;
    if (everyday && article.test(spelling)) return;
    const words = spelling.toLowerCase().replace(article, '').split(/\s+/).map((word) => word.replace(/\.$/, ''));
    const list = spellingsByFirstWord.get(words[0]!) ?? [];
    if (list.some((known) => known.words.join(' ') === words.join(' '))) return;
    list.push({ words, outlet, everyday });
    list.sort((a, b) => b.words.length - a.words.length);
    spellingsByFirstWord.set(words[0]!, list);
  };
  for (const spelling of outlet.names) add(spelling, false);
  for (const spelling of outlet.wordNames ?? []) add(spelling, true);
}

function mentionAt(tokens: readonly Token[], i: number): Mention | undefined {
  const token = tokens[i]!;
  if (token.kind === 'quote') {
    const outlet = findOutlet(token.text);
    return { start: i, end: i + 1, name: token.text, outlet, trust: outlet ? 'known' : 'unknown' };
  }
  for (const spelling of spellingsByFirstWord.get(token.lower) ?? []) {
    const end = i + spelling.words.length;
    if (end > tokens.length || !spelling.words.every((word, k) => tokens[i + k]!.kind === 'word' && tokens[i + k]!.lower === word)) continue;
    const everyday = spelling.everyday && !isAllCaps(token.text) && !isWord(tokens[i - 1], 'laut');
    return { start: i, end, name: spelling.outlet.name, outlet: spelling.outlet, trust: everyday ? 'everyday' : 'known' };
  }
  return undefined;
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Second parts of a compound that make its first part a cited source: `dpa-Informationen`, `Spiegel-Recherchen`. */
const citingCompoundParts = new Set([
  'informationen', 'angaben', 'recherchen', 'recherche', 'bericht', 'berichten', 'berichte', 'berichts', 'berichtes',
  'meldung', 'meldungen', 'interview', 'gespräch', 'korrespondent', 'korrespondentin', 'korrespondenten',
  'reporter', 'reporterin', 'reportern', 'anfrage', 'zählung', 'berechnungen', 'umfrage', 'sendung', 'talkshow', 'podcast',
]);

function compoundCitation(token: Token): KnownOutlet | undefined {
  const dash = token.text.lastIndexOf('-');
  if (dash <= 0 || !citingCompoundParts.has(token.lower.slice(dash + 1))) return undefined;
  return findOutlet(token.text.slice(0, dash));
}

/** `(dpa)`, `(AFP/Reuters)`, `(dpa/lby)`: the agency credit of a report. */
function agencyCredit(tokens: readonly Token[], open: number): KnownOutlet[] {
  const agencies: KnownOutlet[] = [];
  for (let i = open + 1; i < tokens.length && i <= open + 8; i++) {
    const token = tokens[i]!;
    if (token.kind === 'mark') {
      if (token.text === ')') return agencies;
      if (token.text !== '/' && token.text !== ',') return [];
      continue;
    }
    const outlet = token.kind === 'word' ? findOutlet(token.text) : undefined;
    if (outlet?.agency) agencies.push(outlet);
    // Regional desks after a slash: `dpa/lby`, `dpa/lno`.
    else if (!(isMark(tokens[i - 1], '/') && /^\p{Ll}{2,4}$/u.test(token.text))) return [];
  }
  return [];
}

// ---------------------------------------------------------------------------
// Citing contexts

/** Reporting verbs whose subject is an outlet: `berichtete der "Telegraph"`, `die "Times" schrieb`. */
const reportingVerbs = new Set([
  'berichtet', 'berichtete', 'berichteten', 'berichten', 'meldet', 'meldete', 'meldeten', 'melden', 'gemeldet', 'vermeldet', 'vermeldete',
  'schreibt', 'schrieb', 'schrieben', 'schreiben', 'geschrieben', 'zitiert', 'zitierte', 'zitierten', 'zitieren',
  'titelt', 'titelte', 'titelten', 'getitelt', 'enthüllt', 'enthüllte', 'enthüllten', 'veröffentlicht', 'veröffentlichte', 'veröffentlichten',
  'erfuhr', 'erfuhren', 'erfahren', 'beruft', 'berief', 'beriefen', 'festgestellt',
]);
/** The only reporting verb that marks an unknown quoted name as an outlet: organisations write and announce, outlets report. */
const strictReportingVerbs = new Set(['berichtet', 'berichtete', 'berichteten', 'berichten']);
/** Verbs of saying, which cite an outlet as the one told: `sagte er der „Bild“`. */
const speechVerbs = new Set([
  'sagt', 'sagte', 'sagten', 'gesagt', 'erklärt', 'erklärte', 'erklärten', 'betont', 'betonte', 'bestätigt', 'bestätigte',
  'erzählt', 'erzählte', 'verriet', 'verrät', 'schilderte', 'räumte', 'kündigte', 'teilte', 'warnte', 'versicherte', 'antwortete', 'meinte', 'äußerte',
]);
/** Nouns after which a name in the genitive or with `von` is the source: `nach Angaben der "Times"`. */
const reportNouns = new Set([
  'angaben', 'informationen', 'recherchen', 'bericht', 'berichten', 'berichte', 'berichts', 'berichtes', 'meldung', 'meldungen',
  'ausgabe', 'onlineausgabe', 'online-ausgabe', 'artikel', 'umfrage', 'umfragen', 'reporter', 'reportern', 'korrespondent', 'korrespondenten', 'korrespondentin',
]);
/** Nouns after which `mit` names the outlet: `im Interview mit dem „Spiegel“`. */
const interviewNouns = new Set(['interview', 'gespräch', 'podcast', 'talkshow', 'sendung']);
const articles = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);
const pronouns = new Set(['er', 'sie', 'es', 'ich', 'wir', 'ihr', 'man']);
/** Adverbs that may stand between a verb and the outlet: `berichtete am Freitagabend die "Times"`, `hatte darüber berichtet`. */
const adverbs = new Set([
  'am', 'darüber', 'davon', 'darauf', 'dies', 'zuerst', 'zuvor', 'bereits', 'schon', 'jüngst', 'kürzlich', 'gestern', 'heute', 'vorgestern', 'nun', 'jetzt', 'auch',
  'ebenfalls', 'damals', 'außerdem', 'zudem', 'später', 'inzwischen', 'unterdessen', 'zunächst', 'weiter', 'erneut', 'demnach',
  'online', 'exklusiv', 'abend', 'morgen', 'mittag', 'wochenende',
]);
const weekday = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?:s|abend|morgen|mittag|nachmittag|vormittag|nacht)?$/;
/** Words after which a new clause, and so a new subject, begins. */
const clauseOpeners = new Set([
  'und', 'aber', 'doch', 'denn', 'dass', 'ob', 'sondern', 'nachdem', 'als', 'weil', 'da', 'bevor', 'während', 'wobei',
  'hatte', 'hat', 'hätte', 'habe', 'hatten', 'haben',
]);
const auxiliaries = new Set(['hat', 'hatte', 'hatten', 'haben', 'habe', 'hätte', 'wird', 'würde', 'will', 'sich']);
/** What may follow an outlet told something: `sagte er der „Bild“ am Sonntag.` */
const afterTold = new Set(['am', 'im', 'in', 'bei', 'vom', 'nach', 'zufolge', 'heute', 'gestern', 'zuvor', 'bereits', 'außerdem', 'zudem', 'auch', 'weiter']);

const descriptorEndings = [
  'zeitung', 'zeitungen', 'sender', 'senders', 'nachrichtenagentur', 'nachrichtenagenturen', 'presseagentur', 'magazin', 'magazins',
];
const descriptorWords = new Set([
  'agentur', 'agenturen', 'blatt', 'blatts', 'blattes', 'boulevardblatt', 'wochenblatt', 'portal', 'portals', 'nachrichtenportal',
  'onlineportal', 'newsportal', 'website', 'nachrichtenseite', 'nachrichtenwebsite',
]);
const notDescriptors = new Set(['absender', 'störsender']);

/** `die Zeitung`, `dem Sender`, `die Nachrichtenagentur`, `das US-Magazin`: says that the next name is an outlet. */
function isDescriptor(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || notDescriptors.has(token.lower)) return false;
  return descriptorWords.has(token.lower) || descriptorEndings.some((ending) => token.lower.endsWith(ending));
}

function isAdjective(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || token.lower.length < 4) return false;
  const last = token.text.slice(token.text.lastIndexOf('-') + 1);
  return /^\p{Ll}+(?:e|en|er|es|em)$/u.test(last) && !reportingVerbs.has(token.lower) && !speechVerbs.has(token.lower);
}

function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token?.kind === 'word' && words.includes(token.lower);
}

function isMark(token: Token | undefined, mark?: string): boolean {
  return token?.kind === 'mark' && (mark === undefined || token.text === mark);
}

function isAdverb(token: Token | undefined): boolean {
  return token?.kind === 'word' && (adverbs.has(token.lower) || weekday.test(token.lower));
}

/** `stellte … fest` is a reporting verb in two parts. */
function reportingVerbAt(tokens: readonly Token[], i: number, trust: Trust): boolean {
  const token = tokens[i];
  if (token?.kind !== 'word') return false;
  if (trust !== 'known') return strictReportingVerbs.has(token.lower);
  if (reportingVerbs.has(token.lower)) return true;
  return isWord(token, 'stellt', 'stellte', 'stellten') && (isWord(tokens[i + 1], 'fest') || isWord(tokens[i + 2], 'fest'));
}

function isCited(tokens: readonly Token[], mention: Mention, citedEnds: ReadonlySet<number>): boolean {
  const { trust } = mention;
  const after = tokens[mention.end];

  // The noun phrase around the name: [article] [adjectives] [descriptor] name.
  let j = mention.start - 1;
  const described = isDescriptor(tokens[j]);
  if (described) j--;
  let k = j;
  while (k > j - 3 && isAdjective(tokens[k])) k--;
  let article: string | undefined;
  if (tokens[k]?.kind === 'word' && articles.has(tokens[k]!.lower)) {
    article = tokens[k]!.lower;
    j = k - 1;
  }
  const before = tokens[j];

  if (described) return true;
  // „Spiegel“-Informationen
  if (isMark(after, '-') && after!.start === tokens[mention.end - 1]!.end) {
    const part = tokens[mention.end + 1];
    if (part?.kind === 'word' && part.start === after!.end && citingCompoundParts.has(part.lower)) return true;
  }
  if (isWord(before, 'laut') || isWord(after, 'zufolge')) return true;
  if (trust === 'known' && isWord(before, 'gegenüber')) return true;
  if (isWord(before, 'auf') && isWord(tokens[j - 1], 'berufung')) return true;
  if (isWord(before, 'mit') && tokens[j - 1]?.kind === 'word' && interviewNouns.has(tokens[j - 1]!.lower)) return true;
  if (isWord(before, 'von') && tokens[j - 1]?.kind === 'word' && reportNouns.has(tokens[j - 1]!.lower)) return true;
  if (before?.kind === 'word' && reportNouns.has(before.lower) && article !== 'die' && article !== 'das' && article !== 'den') return true;
  // „…“, so die „Times“.
  if (trust !== 'everyday' && isWord(before, 'so') && (isMark(tokens[j - 1]) || tokens[j - 1]?.kind === 'quote') && (after === undefined || isMark(after))) return true;
  // dpa und AFP meldeten: the second name shares the first one's context.
  if ((isWord(before, 'und', 'sowie') || isMark(before, ',')) && citedEnds.has(j - 1)) return true;
  if (isWord(before, 'wie') || (before?.kind === 'word' && pronouns.has(before.lower) && isWord(tokens[j - 1], 'wie'))) {
    return verbLaterInClause(tokens, mention.end, trust, article);
  }
  if (verbBefore(tokens, j, trust, article, after)) return true;
  return clauseStartsAt(before) && verbAfter(tokens, mention.end, trust);
}

/** `berichtete der britische "Telegraph"`, `sagte er der „Bild“`, `sagte er gegenüber dem „Kurier“`, `sagte Scholz im ZDF`. */
function verbBefore(tokens: readonly Token[], j: number, trust: Trust, article: string | undefined, after: Token | undefined): boolean {
  let k = j;
  // Whom something was told: `gegenüber …`, and for outlets we know, where: `im ZDF`, `in der ARD`, `bei CNN`.
  const toldVia = isWord(tokens[k], 'gegenüber') || (trust === 'known' && isWord(tokens[k], 'im', 'in', 'bei'));
  if (toldVia) k--;
  let subject = false;
  for (let steps = 0; steps < 4 && k >= 0; steps++, k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    if (reportingVerbs.has(token.lower)) return !subject && !toldVia && reportingVerbAt(tokens, k, trust);
    if (speechVerbs.has(token.lower)) {
      // `sagte er der Welt` tells the world, not the paper.
      if (trust === 'everyday' || !(toldVia || article === 'der' || article === 'dem')) return false;
      // An unknown name must also end the phrase: `sagte er der „Koalition“ Hilfe zu` tells a group, not an outlet.
      return trust === 'known' || after === undefined || isMark(after) || isAdverb(after) || afterTold.has(after.lower);
    }
    if (isAdverb(token)) continue;
    // A subject between verb and outlet: `sagte er`, `sagte Scholz`, `sagte der Sprecher dem „Tagesspiegel“`.
    if (pronouns.has(token.lower) || articles.has(token.lower) || /^\p{Lu}/u.test(token.text)) {
      subject = true;
      continue;
    }
    return false;
  }
  return false;
}

/** `wie die „Zeit“ am Freitag berichtete`: a reporting (or, for known outlets, speech) verb before the clause ends. */
function verbLaterInClause(tokens: readonly Token[], from: number, trust: Trust, article: string | undefined): boolean {
  for (let i = from; i < tokens.length && i < from + 12; i++) {
    if (tokens[i]!.kind !== 'word') return false;
    if (reportingVerbAt(tokens, i, trust)) return true;
    if (trust === 'known' && (article === 'der' || article === 'dem' || article === undefined) && speechVerbs.has(tokens[i]!.lower)) return true;
  }
  return false;
}

/** A name at the start of a clause is its subject: `Die "Times" stellte fest`, `Zuvor hatte die „Times“ berichtet`. */
function clauseStartsAt(before: Token | undefined): boolean {
  return before === undefined || before.kind === 'mark' || clauseOpeners.has(before.lower) || isAdverb(before);
}

function verbAfter(tokens: readonly Token[], from: number, trust: Trust): boolean {
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    const token = tokens[i]!;
    if (reportingVerbAt(tokens, i, trust)) return true;
    const skippable =
      isAdverb(token) ||
      isWord(token, 'und', 'sowie') ||
      (token.kind === 'word' && articles.has(token.lower)) ||
      isMark(token, ',') ||
      token.kind === 'quote' ||
      (token.kind === 'word' && (auxiliaries.has(token.lower) || findOutlet(token.text) !== undefined));
    if (!skippable) return false;
  }
  return false;
}
