import { test } from 'node:test'
import assert from 'node:assert/strict'
import { splitCompound } from './compounds.ts'

// News compounds and their expected splits: parts before the last in their
// dictionary form, the last as written. Politics, economy, sport, weather,
// culture and local news.
const EXPECTED = `
Sicherheitsgarantien Sicherheit+Garantien
Waffenstillstand Waffe+Stillstand
Bundesverteidigungsministerium Bund+Verteidigung+Ministerium
Bundesregierung Bund+Regierung
Bundeskanzler Bund+Kanzler
Bundeskanzlerin Bund+Kanzlerin
Bundestagswahl Bundestag+Wahl
Bundespräsident Bund+Präsident
Außenminister Außen+Minister
Außenministerin Außen+Ministerin
Innenministerium Innen+Ministerium
Finanzminister Finanz+Minister
Wirtschaftsminister Wirtschaft+Minister
Gesundheitsminister Gesundheit+Minister
Verteidigungsminister Verteidigung+Minister
Justizministerin Justiz+Ministerin
Ministerpräsident Minister+Präsident
Regierungschef Regierung+Chef
Regierungssprecher Regierung+Sprecher
Koalitionsvertrag Koalition+Vertrag
Koalitionspartner Koalition+Partner
Oppositionsführer Opposition+Führer
Parteichef Partei+Chef
Parteitag Partei+Tag
Parteivorsitzende Partei+Vorsitzende
Wahlkampf Wahl+Kampf
Wahlergebnis Wahl+Ergebnis
Wahlbeteiligung Wahl+Beteiligung
Landtagswahl Landtag+Wahl
Kommunalwahl Kommunal+Wahl
Europawahl Europa+Wahl
Präsidentschaftswahl Präsidentschaft+Wahl
Friedensverhandlungen Frieden+Verhandlungen
Friedensabkommen Frieden+Abkommen
Friedensplan Frieden+Plan
Sicherheitsrat Sicherheit+Rat
Sicherheitslage Sicherheit+Lage
Sicherheitspolitik Sicherheit+Politik
Außenpolitik Außen+Politik
Innenpolitik Innen+Politik
Migrationspolitik Migration+Politik
Flüchtlingsunterkunft Flüchtling+Unterkunft
Asylbewerber Asyl+Bewerber
Grenzkontrollen Grenze+Kontrollen
Staatsanwaltschaft Staat+Anwaltschaft
Staatsanwalt Staat+Anwalt
Staatschef Staat+Chef
Staatsbesuch Staat+Besuch
Regierungserklärung Regierung+Erklärung
Gesetzentwurf Gesetz+Entwurf
Gesetzesänderung Gesetz+Änderung
Verfassungsgericht Verfassung+Gericht
Bundesverfassungsgericht Bund+Verfassung+Gericht
Menschenrechte Mensch+Rechte
Menschenrechtsorganisation Mensch+Recht+Organisation
Pressekonferenz Presse+Konferenz
Pressesprecher Presse+Sprecher
Nachrichtenagentur Nachricht+Agentur
Geheimdienst Geheim+Dienst
Truppenabzug Truppe+Abzug
Streitkräfte Streit+Kräfte
Luftangriff Luft+Angriff
Raketenangriff Rakete+Angriff
Drohnenangriff Drohne+Angriff
Luftabwehr Luft+Abwehr
Kriegsverbrechen Krieg+Verbrechen
Kriegsende Krieg+Ende
Friedenstruppen Frieden+Truppen
Soldatenfriedhof Soldat+Friedhof
Militärhilfe Militär+Hilfe
Waffenlieferungen Waffe+Lieferungen
Panzerfahrzeuge Panzer+Fahrzeuge
Verteidigungsausgaben Verteidigung+Ausgaben
Wiederaufbau Wieder+Aufbau
Atomwaffen Atom+Waffen
Atomkraftwerk Atom+Kraftwerk
Kohlekraftwerk Kohle+Kraftwerk
Bürgermeister Bürger+Meister
Bürgerkrieg Bürger+Krieg
Bürgergeld Bürger+Geld
Volksabstimmung Volk+Abstimmung
Volkspartei Volk+Partei
Abgeordnetenhaus Abgeordnete+Haus
Landesregierung Land+Regierung
Landesamt Land+Amt
Stadtrat Stadt+Rat
Gemeinderat Gemeinde+Rat
Polizeibeamte Polizei+Beamte
Polizeieinsatz Polizei+Einsatz
Feuerwehreinsatz Feuerwehr+Einsatz
Rettungskräfte Rettung+Kräfte
Rettungsdienst Rettung+Dienst
Verkehrsunfall Verkehr+Unfall
Gerichtsverfahren Gericht+Verfahren
Strafverfahren Strafe+Verfahren
Haftstrafe Haft+Strafe
Ermittlungsverfahren Ermittlung+Verfahren
Terroranschlag Terror+Anschlag
Messerangriff Messer+Angriff
Kanzleramt Kanzler+Amt
Regierungsbildung Regierung+Bildung
Mehrheitsverhältnisse Mehrheit+Verhältnisse
Umfragewerte Umfrage+Werte
Wählerstimmen Wähler+Stimmen
Stimmzettel Stimme+Zettel
Briefwahl Brief+Wahl
Wahllokal Wahl+Lokal
Kriegsgefangene Krieg+Gefangene
Flüchtlingslager Flüchtling+Lager
Grenzübergang Grenze+Übergang
Gipfeltreffen Gipfel+Treffen
Kompromissvorschlag Kompromiss+Vorschlag
Verhandlungsführer Verhandlung+Führer
Vertragsverletzung Vertrag+Verletzung
Arbeitsmarkt Arbeit+Markt
Arbeitsplätze Arbeit+Plätze
Arbeitgeber Arbeit+Geber
Arbeitnehmer Arbeit+Nehmer
Fachkräftemangel Fach+Kräfte+Mangel
Wirtschaftswachstum Wirtschaft+Wachstum
Wirtschaftskrise Wirtschaft+Krise
Finanzkrise Finanz+Krise
Zinserhöhung Zins+Erhöhung
Zinssatz Zins+Satz
Inflationsrate Inflation+Rate
Energiepreise Energie+Preise
Strompreis Strom+Preis
Gaspreise Gas+Preise
Mietpreise Miete+Preise
Immobilienmarkt Immobilie+Markt
Wohnungsbau Wohnung+Bau
Wohnungsmarkt Wohnung+Markt
Steuererhöhung Steuer+Erhöhung
Steuerzahler Steuer+Zahler
Mehrwertsteuer Mehrwert+Steuer
Haushaltsplan Haushalt+Plan
Haushaltsdefizit Haushalt+Defizit
Schuldenbremse Schuld+Bremse
Staatsschulden Staat+Schulden
Aktienkurs Aktie+Kurs
Aktienmarkt Aktie+Markt
Börsengang Börse+Gang
Unternehmensgewinn Unternehmen+Gewinn
Unternehmenssteuer Unternehmen+Steuer
Autoindustrie Auto+Industrie
Autobauer Auto+Bauer
Automobilindustrie Automobil+Industrie
Stahlindustrie Stahl+Industrie
Handelsabkommen Handel+Abkommen
Handelskrieg Handel+Krieg
Exportüberschuss Export+Überschuss
Einzelhandel Einzel+Handel
Verbraucherpreise Verbraucher+Preise
Verbraucherschutz Verbraucher+Schutz
Mindestlohn Mindest+Lohn
Lohnerhöhung Lohn+Erhöhung
Tarifverhandlungen Tarif+Verhandlungen
Gewerkschaftschef Gewerkschaft+Chef
Bahnstreik Bahn+Streik
Rentenreform Rente+Reform
Rentenversicherung Rente+Versicherung
Gesundheitssystem Gesundheit+System
Pflegekräfte Pflege+Kräfte
Bankenaufsicht Bank+Aufsicht
Zentralbank Zentral+Bank
Notenbank Note+Bank
Geldpolitik Geld+Politik
Kapitalmarkt Kapital+Markt
Konzernchef Konzern+Chef
Vorstandschef Vorstand+Chef
Aufsichtsrat Aufsicht+Rat
Bundesbank Bund+Bank
Energiewende Energie+Wende
Klimaschutz Klima+Schutz
Klimawandel Klima+Wandel
Klimaziele Klima+Ziele
Umweltschutz Umwelt+Schutz
Atomausstieg Atom+Ausstieg
Windkraft Wind+Kraft
Windräder Wind+Räder
Solaranlage Solar+Anlage
Elektroauto Elektro+Auto
Heizungsgesetz Heizung+Gesetz
Wärmepumpe Wärme+Pumpe
Stromnetz Strom+Netz
Verkehrsminister Verkehr+Minister
Autobahn Auto+Bahn
Bahnhof Bahn+Hof
Flughafen Flug+Hafen
Zugverkehr Zug+Verkehr
Nahverkehr Nah+Verkehr
Deutschlandticket Deutschland+Ticket
Fahrgastverband Fahrgast+Verband
Baustelle Bau+Stelle
Fußballspiel Fußball+Spiel
Fußballverein Fußball+Verein
Nationalmannschaft National+Mannschaft
Weltmeisterschaft Welt+Meisterschaft
Europameisterschaft Europa+Meisterschaft
Meistertitel Meister+Titel
Trainerwechsel Trainer+Wechsel
Cheftrainer Chef+Trainer
Heimspiel Heim+Spiel
Auswärtsspiel Auswärts+Spiel
Pokalfinale Pokal+Finale
Halbfinale Halb+Finale
Viertelfinale Viertel+Finale
Tabellenführer Tabelle+Führer
Tabellenplatz Tabelle+Platz
Saisonstart Saison+Start
Saisonende Saison+Ende
Spielzeit Spiel+Zeit
Sportdirektor Sport+Direktor
Transferfenster Transfer+Fenster
Ablösesumme Ablöse+Summe
Olympiasieger Olympia+Sieger
Weltrekord Welt+Rekord
Weltmeister Welt+Meister
Skispringen Ski+Springen
Radrennen Rad+Rennen
Handballspieler Handball+Spieler
Tennisturnier Tennis+Turnier
Stadionverbot Stadion+Verbot
Fanprojekt Fan+Projekt
Mannschaftskapitän Mannschaft+Kapitän
Trainingslager Training+Lager
Sommerpause Sommer+Pause
Winterpause Winter+Pause
Siegtreffer Sieg+Treffer
Ausgleichstreffer Ausgleich+Treffer
Wettervorhersage Wetter+Vorhersage
Wetterdienst Wetter+Dienst
Unwetterwarnung Unwetter+Warnung
Hitzewelle Hitze+Welle
Hitzewarnung Hitze+Warnung
Sturmflut Sturm+Flut
Hochwasser Hoch+Wasser
Regenschauer Regen+Schauer
Schneefall Schnee+Fall
Glatteis Glatt+Eis
Gewitterwarnung Gewitter+Warnung
Temperatursturz Temperatur+Sturz
Dauerregen Dauer+Regen
Waldbrand Wald+Brand
Waldbrände Wald+Brände
Erdbeben Erde+Beben
Sonnenschein Sonne+Schein
Nebelfelder Nebel+Felder
Frühlingsanfang Frühling+Anfang
Wintereinbruch Winter+Einbruch
Sturmböen Sturm+Böen
Niederschlagsmenge Niederschlag+Menge
Luftdruck Luft+Druck
Klimakrise Klima+Krise
Meeresspiegel Meer+Spiegel
Wasserstand Wasser+Stand
Pegelstand Pegel+Stand
Filmfestival Film+Festival
Filmpreis Film+Preis
Kinofilm Kino+Film
Musikfestival Musik+Festival
Konzertsaal Konzert+Saal
Theaterstück Theater+Stück
Opernhaus Oper+Haus
Kunstausstellung Kunst+Ausstellung
Kunstmuseum Kunst+Museum
Literaturpreis Literatur+Preis
Buchmesse Buch+Messe
Kulturstaatsministerin Kultur+Staat+Ministerin
Kulturszene Kultur+Szene
Hauptrolle Haupt+Rolle
Bestsellerliste Bestseller+Liste
Kinderbuch Kind+Buch
Kinderbetreuung Kind+Betreuung
Schulbuch Schule+Buch
Schuljahr Schule+Jahr
Sprachkurs Sprache+Kurs
Hochschule Hoch+Schule
Universitätsklinik Universität+Klinik
Forschungsprojekt Forschung+Projekt
Gesundheitsamt Gesundheit+Amt
Zeitungsartikel Zeitung+Artikel
Medienbericht Medien+Bericht
Pressefreiheit Presse+Freiheit
Meinungsfreiheit Meinung+Freiheit
Kirchentag Kirche+Tag
Sommerferien Sommer+Ferien
Stadtfest Stadt+Fest
Dorfkirche Dorf+Kirche
Denkmalschutz Denkmal+Schutz
Museumsdirektor Museum+Direktor
Orchesterleiter Orchester+Leiter
Popmusik Pop+Musik
Rockband Rock+Band
Liedermacher Lied+Macher
Geburtstag Geburt+Tag
Todestag Tod+Tag
Jahrestag Jahr+Tag
Lebensmittel Leben+Mittel
Lebensgefahr Leben+Gefahr
Familienvater Familie+Vater
Kinderarmut Kind+Armut
Altersarmut Alter+Armut
Bildungspolitik Bildung+Politik
Stadtverwaltung Stadt+Verwaltung
Innenstadt Innen+Stadt
Hauptstadt Haupt+Stadt
Großstadt Groß+Stadt
Landeshauptstadt Land+Haupt+Stadt
Ortsteil Ort+Teil
Straßenbahn Straße+Bahn
Straßenverkehr Straße+Verkehr
Fahrradweg Fahrrad+Weg
Wohnungsbrand Wohnung+Brand
Hausbesitzer Haus+Besitzer
Grundsteuer Grund+Steuer
Tierheim Tier+Heim
Tierschutz Tier+Schutz
Naturschutz Natur+Schutz
Zeitumstellung Zeit+Umstellung
Sommerzeit Sommer+Zeit
Nachrichtensprecher Nachricht+Sprecher
Datenschutz Daten+Schutz
Internetseite Internet+Seite
Handynetz Handy+Netz
Sozialversicherung Sozial+Versicherung
Sozialdemokraten Sozial+Demokraten
Mietvertrag Miete+Vertrag
Kaufvertrag Kauf+Vertrag
Arbeitsvertrag Arbeit+Vertrag
Nato-Gipfel Nato+Gipfel
Ukraine-Krieg Ukraine+Krieg
EU-Kommission EU+Kommission
`

// Words that must stay whole: simple words whose letters happen to contain
// shorter words, lexicalised compounds, names, and a compound whose first
// part (`Öl`) is shorter than three letters.
const WHOLE = `
Ministerium Koalition Verband Starmer Trump Macron Selenskyj Regierung Unterstützung
Bereitschaft Garantie Garantien Ukraine Deutschland Großbritannien Brandenburg Hamburg
Verteidigung Präsident Verhandlungen Erklärung Unternehmen Vertrag Abkommen Stillstand
Meisterschaft Bürger Sprecher Kontrollen Bundestag Bundesliga Kraftwerk Ölpreis
Wirtschaft Mannschaft Gesellschaft Öffentlichkeit Kanzlerin Potsdam Amsterdam Hannover
Scholz Merz Washington Telegraph Franziskus Emmanuel Keir Donald
`

function parse(table: string): Array<[string, string[]]> {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [word = '', split = ''] = line.trim().split(/\s+/u)
      return [word, split.split('+')]
    })
}

const cases = parse(EXPECTED)

test('the list holds at least 200 compounds', () => {
  assert.ok(cases.length >= 200, `only ${cases.length}`)
})

test('splits news compounds into their parts', () => {
  const misses = cases
    .map(([word, expected]) => ({ word, expected, actual: splitCompound(word) }))
    .filter(({ expected, actual }) => expected.join('+') !== actual.join('+'))
  const accuracy = (cases.length - misses.length) / cases.length
  const report = misses.map(({ word, expected, actual }) => `${word}: ${actual.join('+')} (expected ${expected.join('+')})`)
  assert.deepEqual(report, [], `accuracy ${(accuracy * 100).toFixed(1)} % on ${cases.length}`)
})

test('leaves simple words, lexicalised compounds and names whole', () => {
  for (const word of WHOLE.trim().split(/\s+/u)) assert.deepEqual(splitCompound(word), [word], word)
})

test('keeps lower case for lower-case input', () => {
  assert.deepEqual(splitCompound('sicherheitsgarantien'), ['sicherheit', 'garantien'])
})

test('never makes a part shorter than three letters', () => {
  for (const [word] of cases) {
    for (const part of splitCompound(word)) if (!word.includes('-')) assert.ok(part.length >= 3, `${word}: ${part}`)
  }
})

test('gives up on absurdly long input quickly', () => {
  const started = performance.now()
  assert.deepEqual(splitCompound('sicherheit'.repeat(1000)), ['sicherheit'.repeat(1000)])
  assert.ok(performance.now() - started < 100)
})
