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
  /^(?:related(?: (?:articles?|stories|posts|content|coverage|news|links|reading|topics))?|read (?:more|next|also)|see (?:more|also)|more (?:from|on|news|stories|articles|in|about|like this)\b.{0,50}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,20}|recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|don'?t miss|also on\b.{0,40}|further reading|top stories|latest (?:news|stories|articles)|popular (?:stories|articles|posts)|editor'?s picks|what to read next|up next|keep reading)\s*[:.…]*$/i;

// Whole lines of chrome on English pages.
const chromeLineEnglish =
  /^(?:advertisement|advert|ad|sponsored|skip to (?:main )?content|sign in|log in|subscribe(?: now)?|share(?: this)?(?: article| story| post)?|print|email|comments?|\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|caption|close|menu|back to top|this slideshow requires javascript\.?|click to (?:share|print|email)\b.*|tell us what you think\.*|want more stories like this\?|follow us\b.{0,60}|loading\.*|image \d+ of \d*(?: \/ \d+)?|photo: .{1,80}|(?:\(?(?:image|photo|picture|credit|photograph)s?(?: credit)?:.{1,80}\)?)|all rights reserved\.?|copyright .{0,80}|©.{0,100})$/i;

// A line that opens with a read-more label and goes on with a linked title.
const readMorePrefix = /^(?:read more|see more|related|read also|also read|more|watch|listen|click here|lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|siehe auch|zum thema|video|das könnte sie auch interessieren)\s*[:|»›>-]\s*\S/i;

// English bylines and date lines: `By Paul Takahashi`, `Published 4:00 am CST, Wednesday, November 20, 2019`.
const englishByline = /^(?:by|written by|posted by|words by|story by)\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&|and|\||-|–)\s*.{0,80})?$/u;
const englishDate =
  /^(?:(?:published|updated|posted|last updated|modified|created|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{0,4}.*$|^(?:published|updated|posted|last updated)\b.{0,80}\d.{0,40}$/i;

export function isRelatedHeading(text: string): boolean {
  if (text.length > 80) return false;
  return relatedHeadingEnglish.test(text) || chromeKind(text) === 'related';
}

export function isReadMoreLine(text: string): boolean {
  return text.length <= 250 && readMorePrefix.test(text);
}

/** A line (a block's whole text) that is chrome, not article text. */
export function isChromeLine(text: string): boolean {
  if (text.length <= 200 && chromeLineEnglish.test(text)) return true;
  return chromeKind(text) !== null;
}

/** A byline or date line standing on its own (`Von Anna Berg`, `By Paul Takahashi`, `12.03.2024, 14:30 Uhr`). */
export function isBylineOrDate(text: string): boolean {
  if (text.length > 160) return false;
  if (isDateLine(text) || englishDate.test(text)) return true;
  if (englishByline.test(text)) return true;
  // An agency alone (`dpa`) is a byline; names alone are not (they may be a heading).
  const names = parseByline(text);
  return names !== null && (/^(?:von|by|autor|text)\b/i.test(text) || names.every((name) => name.length <= 12));
}
