/**
 * The news outlets and agencies that German reporting cites most, with the name
 * Depesche lists under an article and their home page. A cited outlet that is
 * not here is still listed, as written and without a link.
 */
export interface KnownOutlet {
  /** As shown under the article: `Der Spiegel`, `The Times`. */
  name: string;
  /** Home page. */
  url: string;
  /** A news agency: also credited in brackets, `(dpa)`, `(AFP/Reuters)`. */
  agency?: boolean;
  /** Spellings that name the outlet wherever they stand in a citing context. */
  names: readonly string[];
  /**
   * Spellings that are also everyday words (Zeit, Welt, Bild, Times). They
   * name the outlet only in quotes („Zeit“), in capitals as the outlet styles
   * itself (ZEIT), right after `laut`, or as the first part of a compound
   * (`Bild-Informationen`).
   */
  wordNames?: readonly string[];
}

export const knownOutlets: readonly KnownOutlet[] = [
  // Agencies
  { name: 'dpa', url: 'https://www.dpa.com', agency: true, names: ['dpa', 'Deutsche Presse-Agentur'] },
  { name: 'AFP', url: 'https://www.afp.com', agency: true, names: ['AFP', 'Agence France-Presse'] },
  { name: 'Reuters', url: 'https://www.reuters.com', agency: true, names: ['Reuters'] },
  { name: 'AP', url: 'https://apnews.com', agency: true, names: ['AP', 'Associated Press'] },
  { name: 'KNA', url: 'https://www.kna.de', agency: true, names: ['KNA', 'Katholische Nachrichten-Agentur'] },
  { name: 'epd', url: 'https://www.epd.de', agency: true, names: ['epd', 'Evangelischer Pressedienst'] },
  { name: 'APA', url: 'https://apa.at', agency: true, names: ['APA', 'Austria Presse Agentur'] },
  { name: 'Keystone-SDA', url: 'https://www.keystone-sda.ch', agency: true, names: ['Keystone-SDA', 'SDA'] },
  { name: 'ANSA', url: 'https://www.ansa.it', agency: true, names: ['ANSA'] },
  { name: 'Bloomberg', url: 'https://www.bloomberg.com', agency: true, names: ['Bloomberg', 'Bloomberg News'] },
  { name: 'Interfax', url: 'https://www.interfax.ru', agency: true, names: ['Interfax'] },
  { name: 'TASS', url: 'https://tass.com', agency: true, names: ['TASS', 'Tass'] },
  { name: 'RIA Nowosti', url: 'https://ria.ru', agency: true, names: ['RIA Nowosti', 'RIA Novosti'] },
  { name: 'Xinhua', url: 'https://www.news.cn', agency: true, names: ['Xinhua'] },
  { name: 'Ukrinform', url: 'https://www.ukrinform.net', agency: true, names: ['Ukrinform'] },
  { name: 'Anadolu', url: 'https://www.aa.com.tr', agency: true, names: ['Anadolu', 'Anadolu Ajansı'] },
  { name: 'Kyodo', url: 'https://english.kyodonews.net', agency: true, names: ['Kyodo'] },
  { name: 'Yonhap', url: 'https://en.yna.co.kr', agency: true, names: ['Yonhap'] },

  // German-language press, radio and television
  { name: 'Der Spiegel', url: 'https://www.spiegel.de', names: ['Spiegel Online', 'Spiegel-Online', 'spiegel.de'], wordNames: ['Spiegel', 'Der Spiegel'] },
  { name: 'Süddeutsche Zeitung', url: 'https://www.sueddeutsche.de', names: ['Süddeutsche Zeitung', 'Süddeutsche', 'SZ'] },
  { name: 'FAZ', url: 'https://www.faz.net', names: ['FAZ', 'F.A.Z.', 'Frankfurter Allgemeine Zeitung', 'Frankfurter Allgemeine', 'faz.net'] },
  { name: 'Die Zeit', url: 'https://www.zeit.de', names: ['Zeit Online', 'zeit.de'], wordNames: ['Zeit', 'Die Zeit'] },
  { name: 'Die Welt', url: 'https://www.welt.de', names: ['welt.de'], wordNames: ['Welt', 'Die Welt'] },
  { name: 'Welt am Sonntag', url: 'https://www.welt.de', names: [], wordNames: ['Welt am Sonntag'] },
  { name: 'Bild', url: 'https://www.bild.de', names: ['Bild-Zeitung', 'bild.de'], wordNames: ['Bild'] },
  { name: 'Bild am Sonntag', url: 'https://www.bild.de', names: ['BamS'], wordNames: ['Bild am Sonntag'] },
  { name: 'Handelsblatt', url: 'https://www.handelsblatt.com', names: ['Handelsblatt'] },
  { name: 'WirtschaftsWoche', url: 'https://www.wiwo.de', names: ['WirtschaftsWoche', 'WiWo'] },
  { name: 'Tagesspiegel', url: 'https://www.tagesspiegel.de', names: ['Tagesspiegel', 'Der Tagesspiegel'] },
  { name: 'taz', url: 'https://taz.de', names: ['taz'] },
  { name: 'Frankfurter Rundschau', url: 'https://www.fr.de', names: ['Frankfurter Rundschau'] },
  { name: 'Stern', url: 'https://www.stern.de', names: [], wordNames: ['Stern'] },
  { name: 'Focus', url: 'https://www.focus.de', names: ['Focus Online'], wordNames: ['Focus'] },
  { name: 'RND', url: 'https://www.rnd.de', names: ['RND', 'Redaktionsnetzwerk Deutschland'] },
  { name: 't-online', url: 'https://www.t-online.de', names: ['t-online', 't-online.de'] },
  { name: 'tagesschau', url: 'https://www.tagesschau.de', names: ['tagesschau', 'tagesschau.de'] },
  { name: 'ARD', url: 'https://www.ard.de', names: ['ARD'] },
  { name: 'ZDF', url: 'https://www.zdf.de', names: ['ZDF'] },
  { name: 'Deutschlandfunk', url: 'https://www.deutschlandfunk.de', names: ['Deutschlandfunk', 'DLF'] },
  { name: 'Deutsche Welle', url: 'https://www.dw.com', names: ['Deutsche Welle', 'DW'] },
  { name: 'NDR', url: 'https://www.ndr.de', names: ['NDR'] },
  { name: 'WDR', url: 'https://www1.wdr.de', names: ['WDR'] },
  { name: 'BR', url: 'https://www.br.de', names: ['BR'] },
  { name: 'SWR', url: 'https://www.swr.de', names: ['SWR'] },
  { name: 'MDR', url: 'https://www.mdr.de', names: ['MDR'] },
  { name: 'ntv', url: 'https://www.n-tv.de', names: ['ntv', 'n-tv'] },
  { name: 'RTL', url: 'https://www.rtl.de', names: ['RTL'] },
  { name: 'Neue Zürcher Zeitung', url: 'https://www.nzz.ch', names: ['Neue Zürcher Zeitung', 'NZZ'] },
  { name: 'SRF', url: 'https://www.srf.ch', names: ['SRF'] },
  { name: 'ORF', url: 'https://orf.at', names: ['ORF'] },
  { name: 'Der Standard', url: 'https://www.derstandard.at', names: ['derStandard', 'derstandard.at'], wordNames: ['Der Standard'] },
  { name: 'Die Presse', url: 'https://www.diepresse.com', names: [], wordNames: ['Die Presse'] },

  // International
  { name: 'The Telegraph', url: 'https://www.telegraph.co.uk', names: ['Daily Telegraph', 'The Daily Telegraph'], wordNames: ['Telegraph', 'The Telegraph'] },
  { name: 'The Times', url: 'https://www.thetimes.com', names: [], wordNames: ['Times', 'The Times'] },
  { name: 'The Sunday Times', url: 'https://www.thetimes.com', names: ['Sunday Times', 'The Sunday Times'] },
  { name: 'The Guardian', url: 'https://www.theguardian.com', names: [], wordNames: ['Guardian', 'The Guardian'] },
  { name: 'The Independent', url: 'https://www.independent.co.uk', names: [], wordNames: ['Independent', 'The Independent'] },
  { name: 'The Economist', url: 'https://www.economist.com', names: [], wordNames: ['Economist', 'The Economist'] },
  { name: 'The Sun', url: 'https://www.thesun.co.uk', names: [], wordNames: ['Sun', 'The Sun'] },
  { name: 'Daily Mail', url: 'https://www.dailymail.co.uk', names: ['Daily Mail'] },
  { name: 'Financial Times', url: 'https://www.ft.com', names: ['Financial Times'] },
  { name: 'BBC', url: 'https://www.bbc.com', names: ['BBC'] },
  { name: 'Sky News', url: 'https://news.sky.com', names: ['Sky News'] },
  { name: 'New York Times', url: 'https://www.nytimes.com', names: ['New York Times', 'The New York Times', 'NYT'] },
  { name: 'Washington Post', url: 'https://www.washingtonpost.com', names: ['Washington Post', 'The Washington Post'] },
  { name: 'Wall Street Journal', url: 'https://www.wsj.com', names: ['Wall Street Journal', 'The Wall Street Journal', 'WSJ'] },
  { name: 'Los Angeles Times', url: 'https://www.latimes.com', names: ['Los Angeles Times', 'LA Times'] },
  { name: 'CNN', url: 'https://www.cnn.com', names: ['CNN'] },
  { name: 'CBS', url: 'https://www.cbsnews.com', names: ['CBS', 'CBS News'] },
  { name: 'NBC', url: 'https://www.nbcnews.com', names: ['NBC', 'NBC News'] },
  { name: 'ABC News', url: 'https://abcnews.go.com', names: ['ABC News'] },
  { name: 'Fox News', url: 'https://www.foxnews.com', names: ['Fox News'] },
  { name: 'Politico', url: 'https://www.politico.com', names: ['Politico'] },
  { name: 'Axios', url: 'https://www.axios.com', names: ['Axios'] },
  { name: 'Al Jazeera', url: 'https://www.aljazeera.com', names: ['Al Jazeera', 'Al-Dschasira', 'Al Dschasira'] },
  { name: 'Euronews', url: 'https://www.euronews.com', names: ['Euronews'] },
  { name: 'Kyiv Independent', url: 'https://kyivindependent.com', names: ['Kyiv Independent', 'The Kyiv Independent'] },
  { name: 'Kommersant', url: 'https://www.kommersant.ru', names: ['Kommersant'] },
  { name: 'Haaretz', url: 'https://www.haaretz.com', names: ['Haaretz'] },
  { name: 'Times of Israel', url: 'https://www.timesofisrael.com', names: ['Times of Israel', 'The Times of Israel'] },
  { name: 'Le Monde', url: 'https://www.lemonde.fr', names: ['Le Monde'] },
  { name: 'Le Figaro', url: 'https://www.lefigaro.fr', names: ['Le Figaro', 'Figaro'] },
  { name: 'El País', url: 'https://elpais.com', names: ['El País', 'El Pais'] },
  { name: 'Corriere della Sera', url: 'https://www.corriere.it', names: ['Corriere della Sera'] },
  { name: 'La Repubblica', url: 'https://www.repubblica.it', names: ['La Repubblica', 'Repubblica'] },
];

const leadingArticle = /^(?:der|die|das|the)\s+/i;

const byAnySpelling = new Map<string, KnownOutlet>();
for (const outlet of knownOutlets) {
  for (const spelling of [outlet.name, ...outlet.names, ...(outlet.wordNames ?? [])]) {
    byAnySpelling.set(spelling.toLowerCase(), outlet);
  }
}

/**
 * The outlet a name refers to when the name stands on its own, as in quotes or
 * in an existing source list: any spelling, any case, with or without a
 * leading article („Die Zeit“, „Zeit“, „ZEIT“).
 */
export function findOutlet(name: string): KnownOutlet | undefined {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return byAnySpelling.get(key) ?? byAnySpelling.get(key.replace(leadingArticle, ''));
}
