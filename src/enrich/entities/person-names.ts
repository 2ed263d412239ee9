/**
 * What marks a run of capitalised words as a person's name: a common first
 * name before it (`Donald Trump`), or a title or role word before it
 * (`Premierminister Keir Starmer`, `Papst Franziskus`, `ÖVP-Chef Mitterlehner`).
 */

// Common first names in German-language news: German, Austrian, Swiss, and the
// international names politics, business, sport and culture bring in.
const FIRST_NAMES = `
Alexander Andreas Anton Armin Axel Benjamin Bernd Bernhard Boris Christian Christoph Claus Daniel David Dieter
Dirk Dominik Elias Emil Erich Ernst Fabian Felix Florian Frank Franz Friedrich Fritz Georg Gerhard Günter Günther
Hans Harald Heiko Heinrich Heinz Helmut Herbert Hermann Horst Hubert Hugo Jakob Jan Jens Joachim Johann Johannes
Jonas Jörg Josef Joseph Jürgen Karl Klaus Konrad Kurt Lars Leon Lukas Lutz Manfred Marc Marcel Mario Markus Martin
Matthias Max Maximilian Michael Moritz Niklas Nikolaus Norbert Olaf Oliver Oskar Otto Patrick Paul Peter Philipp
Rainer Ralf Ralph Reinhard Reinhold Robert Roland Rolf Rudolf Sebastian Siegfried Simon Stefan Stephan Sven Theodor
Thomas Thorsten Tim Tobias Torsten Udo Ulrich Uwe Valentin Volker Walter Werner Wilhelm Wolfgang Wolfram
Alice Andrea Angela Anja Anna Annalena Anne Annette Barbara Beate Bettina Birgit Brigitte Carola Caroline Christa
Christiane Christina Christine Claudia Cornelia Daniela Doris Elisabeth Elke Emma Eva Franziska Gabriele Gisela
Hanna Hannah Heike Helga Ilse Ingrid Irene Iris Jana Johanna Julia Juliane Karin Katarina Katharina Kathrin Katja
Katrin Kerstin Klara Laura Lea Lena Lisa Luise Manuela Margit Maria Marie Marina Marion Martina Melanie Monika
Nadine Natalie Nicole Nina Petra Renate Ricarda Rita Ruth Sabine Sahra Sandra Sara Sarah Silke Simone Sonja Sophie
Stefanie Susanne Svenja Tanja Ulrike Ursula Ute Verena Yvonne
Emmanuel Andre André Donald Joe Kamala Barack Hillary Bill George Ronald Vladimir Wladimir Wolodymyr Volodymyr Dmitri Sergej
Sergei Xi Narendra Benjamin Recep Viktor Giorgia Mario Matteo Silvio Pedro Keir Rishi Boris Theresa Tony Gordon
Jean Jean-Claude Jean-Luc François Nicolas Marine Jacques Charles Louis Pierre Michel Gabriel Édouard Olivier
Ursula Kaja Roberta Antonio Jens Mette Jonas Andrzej Donald Alexei Alexej Jewgeni Sergio Jorge Luis Carlos
José Jose Juan Javier Miguel Rafael Lionel Cristiano Diego Pep Jürgen Carlo Zinedine Didier Thierry Kylian Robert
Novak Roger Serena Venus Andy Rafael Dominic Marin Stan Kiki Maria Naomi Usain Justin Lewis Sebastian Niki
Marcel Guus Zoran Ralf Julian Thomas Joshua Manuel Mats Toni Ilkay Leroy Kai Jamal Florian Harry Elon Jeff
Steve Tim Sundar Satya Larry Sergey Warren John Paul James Richard Michael Christopher Matthew Andrew Steven Kevin
Brian Edward Jason Jeffrey Ryan Jacob Gary Eric Stephen Jonathan Frank Scott Justin Brandon Benjamin Samuel Gregory
Patrick Alexander Jack Dennis Jerry Tyler Aaron Henry Adam Nathan Zachary Peter Kyle Walter Ethan Jeremy Harold
Keith Christian Roger Noah Gerald Carl Terry Sean Arthur Lawrence Jesse Dylan Bryan Billy Bruce Albert
Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Bobby Philip Johnny Quentin
Mary Patricia Jennifer Linda Elizabeth Susan Jessica Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily
Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley
Angela Helen Anna Brenda Pamela Emma Nicole Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth
Heather Diane Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea
Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Doris Abigail Julia Judy
Grace Denise Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte
Alexandra Kate Beyoncé Madonna Adele Milena Franz
`;

export const firstNames: ReadonlySet<string> = new Set(FIRST_NAMES.trim().split(/\s+/u));

/**
 * Titles that belong to the name (`Papst Franziskus`, `König Charles`): the
 * person's name is the title and the name after it.
 */
export const nameTitles: ReadonlySet<string> = new Set([
  'Papst', 'König', 'Königin', 'Prinz', 'Prinzessin', 'Kaiser', 'Kaiserin', 'Kronprinz', 'Kronprinzessin', 'Scheich', 'Sultan', 'Emir', 'Kardinal', 'Erzbischof', 'Bischof',
]);

/**
 * Role words before a name, as the end of a word so that compounds count
 * (`Premierminister`, `Bundeskanzlerin`, `ÖVP-Chef`, `SPÖ-Bautensprecherin`),
 * in any case of the noun (`des britischen Premierministers Keir Starmer`).
 */
const ROLE_ENDINGS = [
  'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'chef', 'chefin',
  'sprecher', 'sprecherin', 'vorsitzende', 'vorsitzender', 'bürgermeister', 'bürgermeisterin', 'trainer',
  'trainerin', 'coach', 'regisseur', 'regisseurin', 'produzent', 'produzentin', 'sänger', 'sängerin', 'autor',
  'autorin', 'schauspieler', 'schauspielerin', 'direktor', 'direktorin', 'obmann', 'obfrau', 'kandidat',
  'kandidatin', 'abgeordnete', 'abgeordneter', 'senator', 'senatorin', 'gouverneur', 'gouverneurin', 'botschafter',
  'botschafterin', 'generalsekretär', 'generalsekretärin', 'kommissar', 'kommissarin', 'staatssekretär',
  'staatssekretärin', 'vizekanzler', 'vizekanzlerin', 'landeshauptmann', 'landeshauptfrau', 'richter', 'richterin',
  'staatsanwalt', 'staatsanwältin', 'anwalt', 'anwältin', 'manager', 'managerin', 'gründer', 'gründerin',
  'stürmer', 'stürmerin', 'torhüter', 'torhüterin', 'kapitän', 'kapitänin', 'spieler', 'spielerin', 'weltmeister',
  'weltmeisterin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'forscher', 'forscherin', 'professor',
  'professorin', 'experte', 'expertin', 'choreograf', 'choreografin', 'künstler', 'künstlerin', 'premier',
  'diktator', 'machthaber', 'oligarch', 'oligarchen', 'general', 'generalin', 'oberst', 'sportler', 'sportlerin',
  'fahrer', 'fahrerin', 'schriftsteller', 'schriftstellerin', 'musiker', 'musikerin', 'komponist', 'komponistin',
];
// The roles in any case: Präsident → Präsidenten, Minister → Ministers, Vorsitzende → Vorsitzenden.
const ROLE_FORMS = new Set(ROLE_ENDINGS.flatMap((role) => [role, `${role}s`, `${role}en`, `${role}n`]));
const ROLE_SUFFIX_LENGTHS = [...new Set([...ROLE_FORMS].map((form) => form.length))].sort((a, b) => b - a);

/** Whether a word is a role before a name: the word itself or its last part (`Premierminister`, `CDU-Fraktionschef`). */
export function isRoleWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  for (const length of ROLE_SUFFIX_LENGTHS) {
    if (length <= lower.length && ROLE_FORMS.has(lower.slice(lower.length - length))) return true;
  }
  return false;
}

/** Lower-case words inside names: `Andre de Grasse`, `Alexander Van der Bellen`, `Ursula von der Leyen`. */
export const nameParticles: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'du', 'le', 'la', 'bin', 'al', 'ten', 'ter', 'Van', 'Von', 'De', 'Da', 'Di', 'Al']);

/** Capitalised words that never begin or continue a name although they follow a role word. */
export const notNameWords: ReadonlySet<string> = new Set([
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Sonnabend',
  'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Dr', 'Prof', 'Herr', 'Frau', 'Mitte', 'Ende', 'Anfang', 'Beginn', 'Mittwochabend', 'Sonntagabend', 'Samstagabend', 'Freitagabend',
]);
