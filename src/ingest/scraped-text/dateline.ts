/**
 * The place (and agency) that opens an agency-style first paragraph:
 * `Berlin (dpa) - `, `Kiel | `, `Bad Homburg - `, `Oberursel/TZ - `, `Berlin. `.
 * The lead is stored without it.
 */

const place = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ /](?:\p{Lu}[\p{L}.'’-]*|am|an|der|im|in|ob|bei|\(\p{L}+\)))*`;
const withSeparator = new RegExp(`^(${place}(?:\\s*\\([^()]{1,30}\\))?)\\s+[-–—|]\\s+(?=\\S)`, 'u');
const withAgency = new RegExp(`^(${place}\\s*\\([^()]{1,30}\\))\\s*[-–—:.]?\\s+(?=\\S)`, 'u');
// `Berlin. Das Bündnis …`: one capitalised word and a full stop.
const withStop = /^(\p{Lu}[\p{L}-]+(?:\/\p{Lu}[\p{L}-]+)?)\.\s+(?=[\p{Lu}„"])/u;
// Sentence openers that look like a place before a dash.
const notPlaces = /^(?:der|die|das|ein|eine|einer|wir|ich|er|sie|es|man|im|in|am|auf|aus|bei|mit|nach|vor|für|und|aber|doch|so|dann|hier|heute|gestern|morgen|jetzt|nun|auch|noch|nur|dies|diese|dieser|dr|prof|st|nr|mio|mrd|ca|vgl|bzw|inc|co|jan|feb|aug|sept?|okt|nov|dez)\b/i;

export function splitDateline(text: string): { dateline: string | null; rest: string } {
  for (const pattern of [withAgency, withSeparator, withStop]) {
    const match = pattern.exec(text);
    if (!match || notPlaces.test(match[1] ?? '')) continue;
    if (pattern === withStop && (match[1] ?? '').length < 3) continue;
    return { dateline: match[0].trim(), rest: text.slice(match[0].length).trim() };
  }
  return { dateline: null, rest: text };
}
