/**
 * Bylines: `Von: A, B und C`, `Von A | 12.03.2024`, `Autorin: A`, or an
 * agency alone on its line (`dpa`, `dpa/AFP`). Only lines whose names look
 * like names count, so that `Von der Leyen warnt …` stays a headline.
 */

const agencies = String.raw`(?:dpa|afp|ap|reuters|epd|kna|sid|apa|sda|dts|dpa-afx|afx|ots|red)`;
// With a regional desk suffix: `dpa/lno`, `dpa-lni`.
const agency = `${agencies}(?:[/-][a-z]{2,4})?`;
const agencyLine = new RegExp(`^\\(?${agency}(?:\\s*[/,|]\\s*${agency})*\\)?\\.?$`, 'i');
const bylineStart = /^(?:von\s*:|von\s+|autor(?:in)?\s*:\s*|autoren\s*:\s*|text\s*:\s*|eine?\s+(?:artikel|beitrag|kommentar|bericht|gastbeitrag|interview|analyse|reportage|kolumne|glosse|essay|porträt)\s+von\s+)(.+)$/i;
const nameToken = /^(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|di|da|zu|dos|del|la|le)$/u;

/** The author names of a byline line, or null when the line is none. */
export function parseByline(text: string): string[] | null {
  if (agencyLine.test(text)) {
    // `dpa/lno`: the regional desk after the slash is no author of its own.
    const names = text.replace(/[().]/g, '').split(/\s*[/,|]\s*/).filter((name) => new RegExp(`^${agencies}$`, 'i').test(name));
    return names.length > 0 ? names : null;
  }
  const match = bylineStart.exec(text);
  if (!match) return null;
  // Whatever follows a separator is date or place, not a name.
  const names = (match[1] ?? '').split(/\s+[|•·]\s+/)[0] ?? '';
  // `Von Anna Schmidt, 12.03.2024, 14:30 Uhr`: the parts with digits are the date.
  const parts = names
    .split(/\s*,\s*|\s+und\s+|\s*&\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/\d/.test(part));
  if (parts.length === 0) return null;
  const valid = parts.every((part) => {
    const tokens = part.split(/\s+/);
    return (
      tokens.length <= 4 && /^\p{Lu}/u.test(tokens[0] ?? '') && tokens.every((token) => nameToken.test(token))
    ) || agencyLine.test(part);
  });
  return valid ? parts : null;
}
