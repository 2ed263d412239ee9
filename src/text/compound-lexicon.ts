/**
 * The parts that `splitCompound` may cut a German compound into: common nouns
 * (and some adjectives, adverbs and combining stems that start compounds) of
 * news German, lower-case, in their dictionary form. Irregular plurals that
 * end compounds (`kräfte`, `länder`, `medien`) are listed as they are, because
 * the splitter only adds regular endings.
 *
 * A word listed here is never split, so lexicalised compounds whose parts no
 * reader would search for separately (`bundestag`, `kraftwerk`, `stillstand`)
 * and place names that look like compounds (`brandenburg`) are listed whole.
 * Hand-written for Depesche; grouped by subject only to make additions easy.
 */
const WORDS = `
abend abgabe abgeordnete abkommen ablauf ablöse abschluss absicht abstand abstimmung abwehr abzug
achse adel agentur akte aktie aktion akademie alarm alltag alter amt analyse anfang angebot angriff
angst anlage anleger anschlag ansprache anspruch antrag antwort anwalt anwaltschaft anzeige apotheke
arbeit arbeiter archiv ärger armee armut art artikel arzt ärzte asyl atom aufbau aufgabe aufsicht
auftrag aufruf ausbau ausbildung ausgabe  ausgleich ausland ausschuss außen aussage ausstellung
ausstieg auswahl auswärts auto automobil autor bahn bank  bau bauer  baum bäume beamte
beamter bedarf befehl beginn behörde beitrag beispiel bericht beruf besatzung beschluss besitzer
besuch besucher beteiligung betrag betreuung betrieb bevölkerung bewegung bewerber bezirk bild bildung
bilanz blick block boden bombe boot börse botschaft brand brände brief brücke buch bücher budget bühne
bund bündnis bürger büro bus chef chance chaos chemie chip club computer dach daten datum dauer debatte
defizit demokratie demokrat  denkmal dienst diplomat direktor dorf dörfer drohne druck
einbruch einfluss einheit einkommen einnahme einsatz einzel eis elektro ende energie engagement entscheidung
entwicklung entwurf erde erfolg ergebnis erhöhung erklärung ermittlung ernte europa export fach fahrer
fahrgast fahrrad fahrzeug fall familie fan farbe feld  fenster ferien fest feuer feuerwehr film
finale finanz firma flagge fläche flucht flüchtling flug flut folge forderung form forschung
fortschritt foto frage frau  freiheit frieden friedhof frist front frühling führer führung
fußball gang garantie gas gast gebiet gebäude geber gebühr geburt gefahr gefangene gegner gehalt
geheim geld gemeinde genehmigung gericht geschäft geschichte gesellschaft gesetz gesicht gespräch
 gesundheit gewalt gewerkschaft gewicht gewinn gewitter gipfel glatt glaube gleich gold
grenze griff groß größe grund gruppe gut hafen haft halb halle hand handel handball handy haupt haus
häuser haushalt heim heimat heizung held herbst herz hilfe himmel hitze hoch hof hoffnung
holz hotel hund industrie inflation information infrastruktur inhalt initiative innen insel institut
interesse internet investition jahr jahrhundert jugend jury justiz kabinett kaiser kalender kammer
kampf kanal kandidat kanzler kapital kapitän karte kasse katastrophe kauf kern kette kind  kino
kirche klage klasse klima klinik koalition kohle kommission kommunal kompromiss konferenz konflikt
kongress könig konzept konzern konzert kontrolle kopf körper kosten kraft kräfte kraftwerk krankheit
krieg krise kritik küche kultur kunde kunst kurs küste labor lage lager land länder landtag
landschaft last lauf leben lehrer leistung leiter leitung lieferung lied liga linie liste literatur
lohn lokal luft macht macher mangel mann männer mannschaft markt maßnahme material mauer medien
medizin meer mehrheit mehrwert meinung meister meisterschaft menge mensch  messe messer miete
migration militär minister ministerium minute mission mitglied mittel mitte modell monat moral mord
motor museum musik mutter nacht nachbar nachfolger nachricht nah name nation national natur nebel
nehmer netz niederlage niederschlag norden not note opfer oper opposition orchester ordnung
organisation ort osten paket panzer papier park parlament partei partner pass pause pegel person
personal pflanze pflege pflicht plan platz plätze politik polizei pop portal posten preis presse
prinzip probe problem produkt produktion professor programm projekt protest prozess prüfung pumpe
punkt qualität quelle rad räder rahmen rakete rand rang rat rate raum reaktion recht  rede
reform regel regen regierung region reise rekord rente rest rettung richter richtung risiko rock
rolle ruhe runde saal saison sache sammlung satz schaden schauer schein schicht schiff schild schlag
schluss schnee schrift schuld schule schutz schwester see seite sektor sender sicherheit sieg sieger
signal sitz sitzung ski sohn solar soldat sommer sonne sozial spannung spiegel spiel spieler sport
sprache sprecher sprung staat stadion stadt städte stahl stamm stand start station steuer stelle
stiftung stillstand stimme stoff strafe straße strecke streik streit strom struktur stück stufe
stunde sturm sturz suche summe system szene tabelle tag tarif tat team technik teil telefon temperatur
terror test text theater thema ticket tier tisch titel tod tor tour tradition training trainer
transfer treffen treffer truppe turm turnier übergang überschuss umfrage umstellung umwelt unfall
universität unterkunft unternehmen urlaub urteil vater verband verbot verbraucher verbrechen verein
verfahren verfassung vergleich verhältnis verhandlung verkauf verkehr verletzung verlust vermögen
versicherung versorgung vertrag verteidigung vertreter verwaltung viertel volk vorhersage vorschlag
vorsitz vorsitzende vorstand wachstum waffe wagen wahl wähler wald wand wandel wärme warnung wasser
wechsel weg welle welt wende werk wert wetter widerstand wieder wind winter wirtschaft woche wohnung
wort wunsch zahl zahler zeit zeitung zentral zentrum zettel ziel zins zone zug zukunft zusammenarbeit
beben besitz betreiber böe  demonstration dokument einwohner eltern empfang entlastung erholung
erfahrung ermittler export festival flotte forum fraktion gefängnis geschenk gesetzgebung gipfel
abfall hersteller hinweis import inland insolvenz investor journalist kapelle kanzlei kosten
landkreis mandat meldung minister monopol nachfrage nachwuchs netzwerk paar patient
pilot plattform praxis premier präsident präsidentin präsidentschaft rekord republik revolution
schritt sekunde senat sendung sitzung skandal spende spitze sprecher stärke strategie
studie student studium subvention tagung termin trend umsatz union unterstützung verantwortung
verkäufer vermittler versammlung verzicht vorwurf währung wissenschaft zoll zuschauer
anwohner aufstand ausnahme beratung besetzung bestand bewohner bodentruppe dorf ehe einwanderung
eröffnung frist gebühr gegenwart grundlage händler kommune krankenhaus kredit kurve
liefer lösung  mittelstand nähe naht pension pfarrer pflanze rüstung  siedlung sieger
sperre stufe tempo tunnel verordnung wache zuwanderung kanzlerin ministerin
abteilung arena athlet auftritt ausrüstung bestseller bewerbung chor defensive disziplin
elf favorit finale galerie geist gemälde gitarre glück gruppe halbzeit heimsieg kader kampfjet
klub komponist konto kreis künstler lauf liga mannschaft medaille museum offensive olympia pokal
premiere prämie regisseur roman runde saison sänger schiedsrichter spieltag sportler stadion
sturz tabelle titel trainer transfer turnier verteidiger weltcup wettbewerb wettkampf ziel
blitz dürre frost grad hagel hochdruck kälte luftmasse orkan schauer tief trockenheit
unwetter wolke  flut glätte niederschlag nässe regenfall 
kreuzband elfmeter torwart bremse änderung immobilie mindest springen rennen tennis band
deutschland österreich schweiz frankreich großbritannien england italien spanien polen russland
ukraine amerika china japan indien israel europa afrika asien berlin hamburg brandenburg bremen
münchen köln frankfurt stuttgart düsseldorf dresden leipzig hannover nürnberg potsdam mannheim
kiel rostock magdeburg erfurt mainz wiesbaden saarbrücken schwerin freiburg heidelberg wolfsburg
nato eu bundestag bundesrat bundesland bundesliga bundeswehr
`

export const LEXICON: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter((word) => word.length >= 3))
