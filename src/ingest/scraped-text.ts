import type { Image, KeyPoint } from '../article/article.ts';
import type { ArticleDraft } from '../article/draft.ts';
import { DepescheError } from '../errors.ts';
import { chromeKind, markChrome } from './scraped-text/boilerplate.ts';
import { buildBody } from './scraped-text/body.ts';
import { parseByline } from './scraped-text/byline.ts';
import { splitDateline } from './scraped-text/dateline.ts';
import { findDateText, isDateLine, toIsoDateTime } from './scraped-text/dates.ts';
import { markDuplicates } from './scraped-text/duplicates.ts';
import { findHead, splitGluedLabel, type Head } from './scraped-text/headline.ts';
import { findImages, type FoundImage } from './scraped-text/image.ts';
import { findKeyPoints } from './scraped-text/key-points.ts';
import { findLead } from './scraped-text/lead.ts';
import { splitUnits } from './scraped-text/lines.ts';
import type { Unit } from './scraped-text/unit.ts';

/**
 * Importer for the plain text of a scraped German news page (what a crawler
 * returns for a page, chrome and all). It recognises the parts of the page by
 * their form and wording, pass by pass: chrome, bylines and dates first,
 * then duplicates, images, the head (section, kicker, headline), the lead,
 * the key-points box, and finally the body from whatever is left.
 */

export interface ScrapeDetails {
  /** Dachzeile/Spitzmarke. */
  kicker: string | null;
  /** Heading of the key-points box as printed, e.g. `Was müssen Sie wissen?`. */
  keyPointsHeading: string | null;
  /** Publication date as written, if found. */
  dateText: string | null;
  /** Lines and fragments dropped as site chrome, scrape copies or stray labels. */
  dropped: string[];
}

export interface ScrapedPage {
  headline: string | null;
  draft: ArticleDraft;
  details: ScrapeDetails;
}

/** Never throws for content reasons; headline null when none is recognisable. */
export function analyseScrapedText(text: string): ScrapedPage {
  const dropped: string[] = [];
  const { units, crawlerDate } = splitUnits(text);
  if (crawlerDate !== null) dropped.push(`date ${crawlerDate}`);

  markChrome(units, dropped);
  const authors = markBylines(units);
  const dateText = markDates(units) ?? crawlerDate ?? datesIn(dropped);

  const head: Head = { section: null, kicker: null, headline: null };
  splitGluedLabel(units, head);
  markDuplicates(units, dropped);
  const images = findImages(units, dropped);
  findHead(units, head, dropped);
  const lead = findLead(units, head, dropped);
  const start = head.headline ? head.headline.index + 1 : 0;
  const box = findKeyPoints(units, start, lead);
  const [hero, ...others] = images;

  const draft: ArticleDraft = {
    section: head.section,
    headline: head.headline?.text ?? '',
    lead: lead ? splitDateline(lead.text).rest : '',
    heroImage: hero ? heroImage(hero) : null,
    keyPoints: (box?.items ?? []).map((item): KeyPoint => ({ text: item, origin: 'editor' })),
    body: buildBody(units, others, start),
    sources: [],
    entities: [],
    tags: [],
    authors,
    language: 'de',
    publishedAt: dateText === null ? null : toIsoDateTime(dateText),
  };
  return {
    headline: head.headline?.text ?? null,
    draft,
    details: { kicker: head.kicker, keyPointsHeading: box?.heading ?? null, dateText, dropped },
  };
}

/** Throws DepescheError('no_headline') when the text holds no recognisable headline. */
export function parseScrapedText(text: string, where: string): ArticleDraft {
  const page = analyseScrapedText(text);
  if (page.headline === null) {
    throw new DepescheError(
      'no_headline',
      `${where}: keine Überschrift erkannt – die Überschrift muss als eigene kurze Zeile vor dem ersten Absatz stehen; ` +
        'ergänzen Sie sie am Anfang der Datei oder importieren Sie den Artikel als JSON',
    );
  }
  return page.draft;
}

function heroImage(image: FoundImage): Image {
  return { alt: image.alt || image.caption, caption: image.caption, credit: image.credit };
}

function markBylines(units: readonly Unit[]): string[] {
  const authors: string[] = [];
  for (const unit of units) {
    if (unit.role !== null || unit.text.length > 120) continue;
    const names = parseByline(unit.text);
    if (names === null) continue;
    unit.role = 'byline';
    for (const name of names) if (!authors.includes(name)) authors.push(name);
  }
  return authors;
}

function markDates(units: readonly Unit[]): string | null {
  let first: string | null = null;
  for (const unit of units) {
    if (unit.role !== null || !isDateLine(unit.text, (part) => chromeKind(part) !== null || /^Quelle:/.test(part))) continue;
    unit.role = 'date';
    first ??= findDateText(unit.text);
  }
  return first;
}

/** A date in a dropped footer (`Diese Nachricht wurde am 13.11.2024 … gesendet.`). */
function datesIn(lines: readonly string[]): string | null {
  for (const line of lines) {
    const found = findDateText(line);
    if (found !== null) return found;
  }
  return null;
}
