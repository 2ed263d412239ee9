/**
 * Places Depesche recognises by name: every country and territory in German
 * (from `i18n-iso-countries`, offline JSON shipped with the package) plus the
 * cities, regions and landscapes German-language news names most.
 */
import { createRequire } from 'node:module';

interface Countries {
  registerLocale(locale: unknown): void;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
}
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as Countries;
countries.registerLocale(require('i18n-iso-countries/langs/de.json'));

/** The name German news uses where the ISO list prefers another. */
const displayNames: Record<string, string> = {
  US: 'USA', GB: 'Großbritannien', RU: 'Russland', CZ: 'Tschechien', HK: 'Hongkong',
  PS: 'Palästina', VA: 'Vatikan', SY: 'Syrien', BY: 'Belarus', KR: 'Südkorea',
  KP: 'Nordkorea', IR: 'Iran', MK: 'Nordmazedonien', MD: 'Moldau', CD: 'Kongo',
};
/** Further spellings in common use. */
const extraAliases: Record<string, string[]> = {
  US: ['US', 'Vereinigte Staaten'], GB: ['Vereinigtes Königreich'], BY: ['Weißrussland'],
  MK: ['Mazedonien'], NL: ['Holland'], PS: ['Palästinensergebiete'], VA: ['Vatikan'],
  MD: ['Moldawien', 'Republik Moldau'], CZ: ['Tschechische Republik'], CD: ['Demokratische Republik Kongo'],
  MM: ['Birma', 'Burma'], CI: ["Côte d'Ivoire"],
};

export interface PlaceName {
  name: string;
  aliases: string[];
}

function countryPlaces(): PlaceName[] {
  const all = countries.getNames('de', { select: 'all' });
  return Object.entries(all).map(([code, names]) => {
    // `Syrien, Arabische Republik` → `Syrien`.
    const cleaned = names.map((name) => name.split(',')[0]!.trim());
    const name = displayNames[code] ?? cleaned[cleaned.length - 1]!;
    return { name, aliases: [...new Set([...cleaned, ...(extraAliases[code] ?? [])])] };
  });
}

// One name per line group; `|` separates aliases of one place.
const OTHER_PLACES = `
Berlin Hamburg München Köln Frankfurt|Frankfurt_am_Main Stuttgart Düsseldorf Leipzig Dortmund Bremen
Dresden Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg
Wiesbaden Mainz Kiel Magdeburg Erfurt Rostock Potsdam Schwerin Saarbrücken Freiburg Heidelberg Regensburg
Würzburg Ingolstadt Braunschweig Chemnitz Lübeck Aachen Gelsenkirchen Oldenburg Osnabrück Kassel Ulm
Wien Graz Linz Salzburg Innsbruck Klagenfurt Bregenz Eisenstadt St._Pölten Villach Dornbirn
Zürich Bern Basel Genf Lausanne Luzern St._Gallen Lugano Winterthur Vaduz
Paris London Rom Madrid Lissabon Brüssel Amsterdam Den_Haag Rotterdam Antwerpen Kopenhagen Stockholm Oslo
Helsinki Warschau Krakau Danzig Prag Brünn Budapest Bratislava|Pressburg Ljubljana|Laibach Zagreb Belgrad
Sarajevo Skopje Podgorica Tirana Pristina Sofia Bukarest Athen Thessaloniki Istanbul Ankara Nikosia Valletta
Moskau St._Petersburg Kiew|Kyjiw Charkiw Odessa|Odesa Lwiw|Lemberg Mariupol Cherson Saporischschja Minsk
Vilnius Riga Tallinn Dublin Edinburgh Manchester Liverpool Birmingham Mailand Neapel Venedig Florenz Turin
Genua Bologna Marseille Lyon Straßburg Nizza Bordeaux Toulouse Barcelona Valencia Sevilla Porto Brügge
Washington New_York Los_Angeles Chicago San_Francisco Miami Boston Hollywood Silicon_Valley Toronto Montreal
Peking Shanghai Tokio Seoul Pjöngjang Taipeh Neu-Delhi Mumbai Bangkok Jakarta Manila Hanoi Singapur Sydney
Jerusalem Tel_Aviv Gaza|Gazastreifen Westjordanland Ramallah Teheran Bagdad Damaskus Aleppo Beirut Amman
Kairo Riad Dubai Doha Kabul Islamabad Nairobi Johannesburg Kapstadt Lagos Rio_de_Janeiro São_Paulo Buenos_Aires
Mexiko-Stadt Brasília Havanna Caracas Bogotá Lima Santiago_de_Chile Canberra Melbourne Auckland
Bayern Sachsen Sachsen-Anhalt Thüringen Brandenburg Hessen Niedersachsen Nordrhein-Westfalen Rheinland-Pfalz
Baden-Württemberg Saarland Schleswig-Holstein Mecklenburg-Vorpommern Ruhrgebiet
Tirol Südtirol Vorarlberg Kärnten Steiermark Burgenland Niederösterreich Oberösterreich
Krim Donbass Kaukasus Sibirien Kurdistan Katalonien Schottland England Wales Nordirland Bretagne Sizilien Sardinien
Europa Afrika Asien Amerika Nordamerika Südamerika Lateinamerika Ozeanien Antarktis Arktis Nahost|Naher_Osten
Balkan Skandinavien Alpen Ostsee Nordsee Mittelmeer Atlantik Pazifik Donau Rhein Elbe
`;

export const placeNames: readonly PlaceName[] = [
  ...countryPlaces(),
  ...OTHER_PLACES.trim().split(/\s+/u)
    .map((entry) => {
      const aliases = entry.split('|').map((alias) => alias.replace(/_/gu, ' '));
      return { name: aliases[0]!, aliases };
    }),
];
