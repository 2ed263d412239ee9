/**
 * URL slugs for German text: umlauts are transliterated the German way
 * (ä → ae, ß → ss) rather than stripped, so `Größe` becomes `groesse`.
 */
const transliterations: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue', ß: 'ss', ẞ: 'ss',
};

const maxSlugLength = 80;

export function slugify(text: string): string {
  const slug = text
    .replace(/[äöüÄÖÜßẞ]/g, (ch) => transliterations[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxSlugLength) return slug;
  // Cut at a word boundary so a slug never ends in half a word.
  const cut = slug.slice(0, maxSlugLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
