/**
 * Image credits in the forms German pages print them: `Bildquelle: © zsu`,
 * `Foto: dpa`, `Bild: X`, `Symbolfoto: © X`, `© X` alone or glued to the
 * caption, `(Name/dpa)` closing the caption, and a photographer's name glued
 * in front of a caption. The credit is kept without its word label but with
 * its © sign, as the article model wants it (`© zsu`).
 */

// Agencies and picture services that appear in credits without a label.
const agency = String.raw`(?:dpa|afp|ap|reuters|epd|kna|sid|apa|sda|keystone|ddp|imago(?: images)?|getty(?: images)?|picture[- ]alliance|action press|epa|shutterstock|istock(?:photo)?|unsplash|pixabay|pixelio|adobe ?stock|privat|archiv)`;
const agencyWord = new RegExp(`\\b${agency}\\b`, 'i');

// `Foto`, `Bild`, and words ending in them (`Symbolfoto`, `Rubriklistenbild`), or starting with them (`Bildquelle`).
const labelWord = String.raw`(?:[\p{L}-]*(?:bild|bilder|foto|fotos|grafik)|(?:bild|foto)(?:quelle|rechte|nachweis|nachweise|credit|autor)|copyright|credits?|fotograf(?:in)?|illustration)`;
const notLabels = /^(?:fotostrecke|bildergalerie|bilderstrecke|fotogalerie)$/i;
const labelledLine = new RegExp(`^(${labelWord})\\s*:\\s*(.+)$`, 'iu');
const gluedLabel = new RegExp(`\\s(${labelWord})\\s*:\\s*(\\S.*)$`, 'iu');
const marks = /\s*\((?:symbolbild|symbolfoto|archivbild|archivfoto|archiv|illustration)\)\s*$/i;

export interface CaptionAndCredit {
  caption: string;
  credit: string;
}

/** Credit text as it will be stored: no label, no `(Symbolbild)` mark. */
function cleanCredit(text: string): string {
  return text.replace(marks, '').replace(/^\(c\)\s*/i, '© ').trim();
}

/** Short, name-like, not a sentence: what a credit looks like. */
export function isPlausibleCredit(text: string): boolean {
  const credit = text.replace(/^©\s*/, '');
  if (credit.length === 0 || credit.length > 80) return false;
  const words = credit.split(/\s+/);
  if (words.length > 10) return false;
  // A sentence is a caption, not a credit.
  if (/\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(credit) || /[!?]$/.test(credit)) return false;
  if (/\p{Ll}{3,}\.$/u.test(credit) && !agencyWord.test(credit)) return false;
  if (text.startsWith('©') || /[/|]/.test(credit) || agencyWord.test(credit)) return true;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}(]/u.test(word)).length;
  return capitalised / words.length >= 0.5;
}

/** A whole line that is a credit: `Foto: dpa`, `Bildquelle: © zsu`, `© Stadtarchiv`. */
export function parseCreditLine(text: string): string | null {
  const labelled = labelledLine.exec(text);
  if (labelled && !notLabels.test(labelled[1] ?? '')) {
    const credit = cleanCredit(labelled[2] ?? '');
    return isPlausibleCredit(credit) ? credit : null;
  }
  if (/^(?:©|\(c\)\s)/i.test(text)) {
    const credit = cleanCredit(text);
    return isPlausibleCredit(credit) ? credit : null;
  }
  return null;
}

/** `Bild: <caption>` where what follows the label is a caption, not a credit (Gopher image items). */
export function captionAfterLabel(text: string): string | null {
  const labelled = labelledLine.exec(text);
  if (!labelled || notLabels.test(labelled[1] ?? '')) return null;
  const rest = labelled[2] ?? '';
  return isPlausibleCredit(cleanCredit(rest)) ? null : rest;
}

/** A caption with its credit glued on at the end, or null. */
export function splitGluedCredit(text: string): CaptionAndCredit | null {
  // `… am Stadtrand. © Stadtarchiv / …`
  const copyright = text.lastIndexOf(' ©');
  if (copyright > 0) {
    const credit = cleanCredit(text.slice(copyright + 1));
    if (isPlausibleCredit(credit)) return { caption: text.slice(0, copyright).trim(), credit };
  }
  // `… das Siegtor. Bild: HANS MEYER/AGENTUR`
  const labelled = gluedLabel.exec(text);
  if (labelled && !notLabels.test(labelled[1] ?? '')) {
    const credit = cleanCredit(labelled[2] ?? '');
    const caption = text.slice(0, labelled.index).trim();
    const afterSentence = /[.!?…"“”)]$/.test(caption);
    if (caption && isPlausibleCredit(credit) && (afterSentence || /[©/|]/.test(credit) || agencyWord.test(credit))) {
      return { caption, credit };
    }
  }
  // `… im Landtag. (Max Muster/dpa)` or `(Foto: dpa)`
  const parenthesised = /\s*\(([^()]{2,80})\)$/.exec(text);
  if (parenthesised) {
    const inner = parenthesised[1] ?? '';
    const caption = text.slice(0, parenthesised.index).trim();
    const labelledInner = parseCreditLine(inner);
    if (caption && labelledInner) return { caption, credit: labelledInner };
    if (caption && /\//.test(inner) && new RegExp(`${agency}\\s*$`, 'i').test(inner) && isPlausibleCredit(inner)) {
      return { caption, credit: cleanCredit(inner) };
    }
  }
  return null;
}

/** A photographer's name glued in front of a caption (`Mara Lenz Wochenmarkt zieht …`). */
export function isNamePrefix(prefix: string): boolean {
  const tokens = prefix.split(/\s+/).filter((token) => token !== '');
  if (tokens.length < 2 || tokens.length > 5) return agencyWord.test(prefix) && tokens.length <= 5;
  // Capitalised sentence openers are no first names.
  if (/^(?:am|im|in|an|auf|aus|bei|mit|nach|vor|für|der|die|das|ein|eine|heute|gestern|morgen|seit|wie|was|wer)$/i.test(tokens[0] ?? '')) return false;
  return tokens.every((token) => /^(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|di|da|zu|[/|])$/u.test(token));
}
