/**
 * Organisations Depesche recognises by name: institutions, parties, armed
 * forces, alliances and the companies news names most. News outlets are not
 * here: they are cited sources (enrich/known-outlets.ts).
 */

export interface OrganisationName {
  name: string;
  aliases: string[];
  /** A party: its short name may also be an everyday word (`Grüne`, `Linke`). */
  party?: boolean;
  /** Aliases that count only in a party context (another party in the sentence, or standing in brackets). */
  contextAliases?: string[];
}

// `Name|Alias|Alias`, one entry per line.
const INSTITUTIONS = `
Nato|NATO
Europäische Union|EU
Vereinte Nationen|UN|UNO
Europäische Kommission|EU-Kommission
Europäisches Parlament|EU-Parlament|Europaparlament
Europäischer Rat
Europäische Zentralbank|EZB
Europäischer Gerichtshof|EuGH
Internationaler Währungsfonds|IWF
Weltbank
Weltgesundheitsorganisation|WHO
Welthandelsorganisation|WTO
OSZE
Opec|OPEC
G7
G20
Unicef|UNICEF
UNHCR
Unesco|UNESCO
Internationales Olympisches Komitee|IOC
Fifa|FIFA
Uefa|UEFA
Internationaler Strafgerichtshof|IStGH
Bundeswehr
Bundesheer
Bundestag
Bundesrat
Bundesregierung
Bundesverfassungsgericht
Verfassungsgerichtshof|VfGH
Bundeskanzleramt
Bundesanstalt für Arbeit
Bundesagentur für Arbeit
Bundesnachrichtendienst|BND
Verfassungsschutz
Bundeskriminalamt|BKA
Europol
Interpol
Frontex
Kreml
Pentagon
Weißes Haus
Nationalrat
US-Kongress
US-Senat
NSA
CIA
FBI
Hamas
Hisbollah
Taliban
Al-Kaida
Greenpeace
Amnesty International
Rotes Kreuz|Deutsches Rotes Kreuz|DRK
Caritas
Ärzte ohne Grenzen
Deutscher Gewerkschaftsbund|DGB
Verdi
IG Metall
Wirtschaftskammer|WKO
Arbeiterkammer
Deutsche Bahn
ÖBB
SBB
Deutsche Bank
Commerzbank
Deutsche Telekom|Telekom
Deutsche Post|DHL
Lufthansa
Austrian Airlines
Volkswagen|VW
BMW
Daimler
Mercedes-Benz
Porsche
Siemens
BASF
Bayer
SAP
Bosch
Airbus
Boeing
Gazprom
Google|Alphabet
Apple
Microsoft
Amazon
Facebook|Meta
Twitter
Tiktok|TikTok
Netflix
Samsung
Tesla
Nvidia
Intel
OpenAI
Uber
Spotify
Red Bull
`;

const PARTIES = `
SPD|Sozialdemokratische Partei Deutschlands
CDU|Christlich Demokratische Union
CSU
FDP
AfD|Alternative für Deutschland
BSW
Die Linke|Linkspartei
Bündnis 90/Die Grünen
ÖVP
SPÖ
FPÖ
Neos|NEOS
KPÖ
SVP
Tories|Konservative Partei
Labour|Labour-Partei
Rassemblement National
`;

/** Party short names that are also ordinary words: a party only in a party context. */
const PARTY_CONTEXT_ALIASES: Record<string, string[]> = {
  'Bündnis 90/Die Grünen': ['Grüne', 'Grünen'],
  'Die Linke': ['Linke', 'Linken'],
};

function parse(block: string, party: boolean): OrganisationName[] {
  return block.trim().split('\n').map((line) => {
    const aliases = line.split('|').map((alias) => alias.trim());
    const entry: OrganisationName = { name: aliases[0]!, aliases };
    if (party) {
      entry.party = true;
      const context = PARTY_CONTEXT_ALIASES[entry.name];
      if (context) entry.contextAliases = context;
    }
    return entry;
  });
}

export const organisationNames: readonly OrganisationName[] = [...parse(INSTITUTIONS, false), ...parse(PARTIES, true)];

/** Legal forms after a company name: `Siemens AG`, `Zalando SE`, `ESI Group`. */
export const companySuffixes: ReadonlySet<string> = new Set([
  'AG', 'GmbH', 'SE', 'KG', 'KGaA', 'OHG', 'eG', 'Inc', 'Ltd', 'Corp', 'LLC', 'PLC', 'plc', 'Holding', 'Group',
]);

/** Words that open an institution's name followed by its field: `Ministerium für Arbeit`, `Verband der Automobilindustrie`. */
export const institutionHeads: ReadonlySet<string> = new Set([
  'Ministerium', 'Bundesministerium', 'Staatsministerium', 'Verband', 'Bundesverband', 'Bundesamt', 'Landesamt',
  'Institut', 'Stiftung', 'Akademie', 'Universität', 'Hochschule',
]);

/** A one-word ministry: `Bildungsministerium`, `Verteidigungsministeriums`. */
export const ministryWord = /^\p{Lu}\p{Ll}{2,}ministerium(?:s)?$/u;

/**
 * Words for a trade before an organisation's name, as the end of a word so
 * that compounds count: `der Elektroautobauer Tesla`, `der Energiekonzern RWE`,
 * `die Dating-App Tinder`, `der Geheimdienst NSA`. News agencies are not here:
 * they are sources.
 */
const ORGANISATION_ENDINGS = [
  'konzern', 'konzerns', 'hersteller', 'herstellers', 'unternehmen', 'unternehmens', 'autobauer', 'autobauers',
  'bank', 'verein', 'vereins', 'klub', 'klubs', 'club', 'clubs', 'portal', 'portals', 'plattform', 'app', 'dienst',
  'dienstes', 'firma', 'startup', 'start-up', 'partei', 'gewerkschaft', 'organisation', 'institut', 'instituts',
  'institutes', 'airline', 'fluglinie', 'fluggesellschaft', 'händler', 'händlers', 'versicherer', 'versicherers',
];
const ORGANISATION_LENGTHS = [...new Set(ORGANISATION_ENDINGS.map((ending) => ending.length))].sort((a, b) => b - a);
const organisationEndings = new Set(ORGANISATION_ENDINGS);

export function isOrganisationWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  for (const length of ORGANISATION_LENGTHS) {
    // Only compounds: a bare `Bank` or `App` more often begins the name itself (`Bank Austria`).
    if (length < lower.length && organisationEndings.has(lower.slice(lower.length - length))) return true;
  }
  return false;
}
