import { parseByline } from '../scraped-text/byline.ts';
import { chromeKind } from '../scraped-text/boilerplate.ts';
import { isDateLine } from '../scraped-text/dates.ts';

/**
 * Chrome recognised by its wording. German wording comes from the scraped-text
 * importer (`chromeKind`, bylines, date lines), which knows German pages; the
 * English wording here covers the international pages a desk also links to.
 */

// Headings above related links, read-more teasers and recommendation boxes.
const relatedHeadingEnglish =
  /^(?:related(?: (?:articles?|stories|posts|content|coverage|news|links|reading|topics))?|read (?:more|next|also)|see (?:more|also)|more (?:from|on|news|stories|articles|in|about|like this)\b.{0,50}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,20}|recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|don'?t miss|further reading|top stories|latest (?:news|stories|articles)|popular (?:stories|articles|posts)|editor'?s picks|what to read next|up next|keep reading)\s*[:.…]*$/i;

// Whole lines of chrome on English pages.
const chromeLineEnglish =
  /^(?:advertisement|advert|ad|sponsored|skip to (?:main )?content|sign in|log in|subscribe(?: now)?|share(?: this)?(?: article| story| post)?|print|email|comments?|\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|caption|close|menu|back to top|this slideshow requires javascript\.?|click to (?:share|print|email)\b.*|follow us\b.{0,60}|loading\.*|image \d+ of \d*(?: \/ \d+)?|photo: .{1,80}|(?:\(?(?:image|photo|picture|credit|photograph)s?(?: credit)?:.{1,80}\)?)|all rights reserved\.?|copyright .{0,80}|©.{0,100}|image (?:copyright|caption|source)\b.{0,200})$/i;
// Affiliate notes, wherever the sentence stands in a short line.
const affiliateEnglish = /\baffiliate (?:links?|commission|program)|\bmay (?:earn|receive) (?:a )?(?:commission|compensation)\b/i;
// A copyright line (`© 2024 Example Media`, `Example Media Inc. All rights reserved.`): short, and the phrase ends it;
// a paragraph that only mentions the words is article text.
const copyrightEnglish = /\ball rights reserved\W*$|©\s*\d{4}/i;
const maxCopyrightLine = 160;

// Read-more labels of the languages a German desk meets most (German, English, Spanish,
// Portuguese, French, Italian, Polish).
const readMoreLabel = String.raw`(?:read more|see more|see also|related|read also|also read|more|watch|listen|click here|lesen sie (?:auch|mehr|hier|dazu)|auch lesen|mehr zum thema|mehr dazu|mehr themen|auch interessant|siehe auch|zum thema|schon gelesen\??|video|das könnte (?:sie|dich) auch interessieren|lea también|lee también|vea también|ver también|lea más|puedes ver|te puede interesar|veja também|leia também|leia mais|à lire aussi|a lire aussi|lire aussi|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|przeczytaj (?:też|także)|dowiedz się więcej)`;
// A line that opens with a read-more label and goes on with a linked title.
const readMorePrefix = new RegExp(`^${readMoreLabel}\\s*[:|»›>-]\\s*\\S`, 'i');
const readMoreAlone = new RegExp(`^${readMoreLabel}\\s*[:.!…]*$`, 'i');
// German related-box headings that chromeKind leaves to the scraped-text importer's context.
const relatedHeadingGerman =
  /^(?:(?:mehr|weitere[sn]?|noch mehr) (?:zum thema|zu|aus|themen|artikel|beiträge|news|nachrichten|infos|informationen|geschichten)\b.{0,50}|beiträge zum thema|(?:entdecke|entdecken sie) (?:weitere|jetzt|mehr)\b.{0,40}|weiterführende?r? (?:links?|artikel|beiträge|informationen)|(?:das|dies|dieses)(?: thema)? könnte (?:sie|dich) (?:auch )?interessieren.{0,20}|meist(?:gelesene|diskutierte|-diskutiert|-gelesen)\b.{0,20}|empfehlungen (?:aus|der|für)\b.{0,40}|themen (?:im|in diesem) (?:artikel|beitrag)|(?:le|te|también te) puede interesar|más noticias|noticias relacionadas|artículos relacionados|leia mais|veja também|à lire aussi|articles? similaires?|czytaj (?:też|także|więcej))\s*[:!.?]*$/i;

// A label left without its value, or a source line: `Von:`, `Kontakt:`, `Quelle: DJV`.
const labelLine =
  /^(?:(?:von|by|autor(?:in)?|fotos?|titelbild|bildnachweis|bildquellen?|kontakt|contact|weitere informationen|mehr informationen|more information|further information|kategorien?|category|categories|schlagworte|schlagwörter|tags|last modified|zuletzt (?:geändert|aktualisiert)|aufrufe|views|quellen|sources?|fuentes?|źródło|ansprechpartner(?:in)?(?: zum thema)?)\s*:?|(?:quelle|source|fuente|źródło|kategorie|category)\s*:\s*.{1,80})$/i;

// Engagement and paywall lines on English pages (German ones are in chromeKind).
const engagementEnglish =
  /\b(?:full story|read more|continue reading|keep reading)\b.{0,60}\bsubscribe\b|\bsubscribe\b.{0,80}\b(?:full story|to read|to continue|edition|access)\b|already a subscriber|^sign up (?:for|to)\b|\bnewsletter\b.{0,60}\b(?:sign up|subscribe|inbox)\b|^follow\b.{0,60}\bon (?:twitter|instagram|facebook|linkedin|tiktok|x)\b|^click here to (?:get|download|subscribe|sign up)\b|download (?:the|our) (?:free )?app|if you enjoyed (?:reading )?this|support (?:our|independent) journalism|become a (?:member|subscriber|patron)/i;
const engagementGerman =
  /^(?:melde dich (?:jetzt )?an\b|jetzt (?:kostenlos )?(?:anmelden|registrieren)\b|gefällt (?:dir|ihnen) (?:unser|dieser|der)\b.{0,60}\?|\*?(?:werbung|anzeige)\s*[-–:.|]\s|externer inhalt$|kommentare? schreiben$|dieser (?:beitrag|text|artikel) (?:gibt die meinung|enthält werbung))/i;
// Comment and sharing prompts in German.
const commentPrompt = /^kommentare? (?:geschlossen|deaktiviert)|um kommentare zu (?:schreiben|verfassen)|(?:artikel|beitrag) gefallen\?|teile(?:n sie)? (?:diesen|den) (?:artikel|beitrag)/i;
// A picture's credit or figure label standing alone: `Getty Images`, `iStock.com`, `Abbildung 4: …`.
const creditAlone = /^(?:getty images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|imago(?: images)?|picture[- ]alliance|adobe ?stock|unsplash|pixabay|beitragsbild|titelbild|bild anzeigen|bild vergrößern)\b.{0,40}$|^(?:abbildung|abb\.|figure|fig\.)\s*\d*\s*:/i;
const aboutAuthor = /^(?:über (?:den|die) autor(?:in|en|innen)?|zum autor|zur autorin|about the authors?|sobre el autor|o autorze)\s*:?$/i;
const clockLine = /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|uhr))?$/i;

// English bylines: `By Jane Doe`, `BY JANE DOE`, `Written by Jane Doe and John Roe`. The names must start with
// a capital; without the `i` flag (which would make `\p{Lu}` match any letter) each casing of `by` is spelled out.
const englishByline =
  /^(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Ss]tory) [Bb]y|(?:WRITTEN|POSTED|WORDS|STORY) BY|[Bb]y|BY)\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s*(?:,|and|AND|&|\||-|–)\s*.{0,80})?$/u;

// English date lines: `Published 9:15 am EST, Friday, March 8, 2024`, `Updated: 14:05, Mon, Jan 8, 2024`, `8 March 2024`, `Posted 03/08/2024`.
// The line must be a date (with time, weekday and label words around it) and nothing else: `March 15 marked …` is text.
const englishMonth = String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])`;
const englishDay = String.raw`\d{1,2}(?:st|nd|rd|th)?(?![\da-z])`;
const englishDatePart = new RegExp(
  String.raw`(?:${englishDay}\s+(?:of\s+)?${englishMonth}|${englishMonth}\s+${englishDay})(?:,?\s*\d{4}(?!\d))?|${englishMonth}\s+\d{4}(?!\d)|\b\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)|\b\d{4}-\d{2}-\d{2}(?!\d)`,
  'gi',
);
const englishTimePart =
  /\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?![a-z])|\b\d{1,2}:\d{2}(?![\d:])|\b(?:utc|gmt|cet|cest|[ecmp][sd]?t|bst|aest|aedt)\b/gi;
const englishDateWords =
  /\b(?:(?:first |last )?(?:published|updated|posted|modified|created)|date|on|at|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/gi;

function isEnglishDateLine(text: string): boolean {
  if (!new RegExp(englishDatePart.source, 'i').test(text)) return false;
  const rest = text.replace(englishDatePart, ' ').replace(englishTimePart, ' ').replace(englishDateWords, ' ');
  return rest.replace(/[\s\p{P}\p{S}]+/gu, '') === '';
}

export function isRelatedHeading(text: string): boolean {
  if (text.length > 80) return false;
  return relatedHeadingEnglish.test(text) || relatedHeadingGerman.test(text) || readMoreAlone.test(text) || chromeKind(text) === 'related';
}

/** `Über den Autor`: the box it heads is about the author, not the story. */
export function isAboutAuthorHeading(text: string): boolean {
  return text.length <= 40 && aboutAuthor.test(text);
}

export function isReadMoreLine(text: string): boolean {
  return text.length <= 250 && readMorePrefix.test(text);
}

/** A line (a block's whole text) that is chrome, not article text. */
export function isChromeLine(text: string): boolean {
  if (text.length <= 200 && (chromeLineEnglish.test(text) || labelLine.test(text) || clockLine.test(text))) return true;
  if (text.length <= maxCopyrightLine && copyrightEnglish.test(text)) return true;
  if (text.length <= 300 && (engagementEnglish.test(text) || engagementGerman.test(text) || affiliateEnglish.test(text) || commentPrompt.test(text))) return true;
  if ((text.length <= 80 && creditAlone.test(text)) || (text.length <= 300 && /^(?:abbildung|abb\.|figure|fig\.)\s*\d*\s*:/i.test(text))) return true;
  return chromeKind(text) !== null;
}

/** A byline or date line standing on its own (`Von Anna Berg`, `By Jane Doe`, `12.03.2024, 14:30 Uhr`). */
export function isBylineOrDate(line: string): boolean {
  if (line.length > 160) return false;
  // `| Updated: 14:05, Mon, Jan 8, 2024`: separators left over from a meta line.
  const text = line.replace(/^[\s|·•–-]+/, '');
  if (isDateLine(text) || isEnglishDateLine(text)) return true;
  if (englishByline.test(text)) return true;
  // An agency alone (`dpa`) is a byline; names alone are not (they may be a heading).
  const names = parseByline(text);
  return names !== null && (/^(?:von|by|autor|text)\b/i.test(text) || names.every((name) => name.length <= 12));
}
