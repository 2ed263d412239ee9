/**
 * Soft hyphens and zero-width characters: German pages and feeds put them
 * into long words (`Bundes\u00ADverfassungs\u00ADgericht`), and no reader sees them.
 * One list, so that feed text, page text, fingerprints and story features
 * drop the same ones.
 */
const invisibleCharacters = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function dropInvisible(text: string): string {
  return text.replace(invisibleCharacters, '');
}

/** One line: invisible characters dropped, white space collapsed. */
export function normalizeText(text: string): string {
  return dropInvisible(text).replace(/\s+/g, ' ').trim();
}
