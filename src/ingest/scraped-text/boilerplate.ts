import { isProse } from './shape.ts';
import type { Unit } from './unit.ts';

/**
 * Site chrome: the text a page shows around every article (consent banners,
 * share buttons, paywalls, comment widgets, related links). German sites word
 * these the same way across outlets, so the patterns name the wording, never
 * a site. Whole-line patterns may match anything; "contains" patterns only
 * lines short enough to be a banner rather than an article paragraph.
 */

type Kind = string;

const wholeLine: [Kind, RegExp][] = [
  ['related', /^(?:für sie ausgewählt|das könnte (?:sie|dich) (?:auch )?interessieren|weiterführende (?:informationen|links|artikel|inhalte)|mehr (?:zum|zu diesem) thema|zum thema|mehr dazu|(?:auch|ebenfalls) interessant|lesen sie (?:auch|dazu|dazu auch|hier|weiter)|empfehlungen?(?: der redaktion| für sie)?|unsere empfehlungen?|(?:weitere|ähnliche|verwandte|passende|empfohlene|beliebte|neueste|aktuelle) (?:artikel|nachrichten|meldungen|themen|beiträge|news|videos)|meist ?gelesen(?:e artikel)?|top[- ]?(?:themen|news|artikel)|mehr (?:aus|von|nachrichten|news|artikel|videos)(?: [^.]{1,40})?|das (?:interessiert|lesen) andere (?:leser|nutzer)|auch lesenswert|passend zum thema|artikel zum thema|mehr zu diesen themen|empfohlen|auch lesen|zum weiterlesen|(?:die )?neuesten (?:artikel|nachrichten|meldungen|beiträge))\s*:?$/i],
  ['related', /^(?:lesen sie (?:auch|hier|dazu|mehr)|mehr zum thema|auch interessant|siehe auch|zum thema)\s*:\s*.{3,160}$/i],
  ['comments', /^(?:\d+\s+)?(?:kommentare?|kommentieren|leserkommentare|(?:jetzt )?kommentar (?:schreiben|verfassen|abgeben)|kommentare? (?:anzeigen|lesen|ausblenden|einblenden)|(?:dein|ihr) kommentar|jetzt kommentieren|diskutieren sie mit|netiquette|zu den kommentaren|kommentare\s*\(\d+\))\s*:?$/i],
  ['share', /^(?:(?:diesen )?(?:artikel|beitrag) (?:teilen|empfehlen|versenden|drucken)|teilen sie diesen (?:artikel|beitrag))\s*:?$/i],
  ['reading-time', /^(?:(?:lese(?:zeit|dauer))\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min\.?|minuten?)|(?:ca\.\s*)?\d+\s*(?:min\.?|minuten?)\s*(?:lese(?:zeit|dauer))?)$/i],
  ['media', /^(?:(?:audio|video|podcast|hören|anhören|dauer|länge|beitragslänge)\s*:?\s*)?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*(?:min\.?|minuten|std\.?)?$/i],
  ['media', /^(?:artikel (?:anhören|vorlesen(?: lassen)?|hören)|(?:jetzt )?anhören|audio (?:abspielen|herunterladen|starten)|video (?:abspielen|starten|ansehen)|zum (?:video|audio)|player wird geladen|podcast abonnieren|audio|video|play|wiedergabe|mehr videos|alle videos)$/i],
  ['ad', /^(?:anzeige|werbung|advertisement|sponsored(?: content)?|gesponsert|promotion|partnerinhalt|partner-inhalt|publireportage)\s*:?$/i],
  ['read-more', /^(?:(?:lesen sie|jetzt|hier|bitte)\s+)?(?:mehr lesen|weiterlesen|weiter lesen|mehr erfahren|(?:den |die )?(?:ganzen?|vollständigen?|kompletten?) (?:artikel|beitrag|text|meldung) (?:lesen|anzeigen)|zum (?:vollständigen )?(?:artikel|beitrag)|artikel lesen|mehr|mehr anzeigen|alle (?:artikel|meldungen|news)|zur startseite|zurück(?: zur übersicht)?)\s*(?:\.\.\.|…|»|›|>|→|\.)?$/i],
  ['paywall', /^(?:anmelden|einloggen|login|registrieren|abonnieren|jetzt abonnieren|abo|abonnement|plus|z\+|\p{L}+plus(?:-artikel)?)$/iu],
  ['consent', /^(?:akzeptieren|ablehnen|zustimmen|einstellungen|alle akzeptieren|nur notwendige(?: cookies)?|datenschutz|impressum|kontakt|agb|nutzungsbedingungen|cookie-einstellungen|datenschutzeinstellungen|privatsphäre(?:-einstellungen)?)$/i],
  ['ticker', /^(?:\+{2,}\s*)?(?:aktualisieren|ticker aktualisieren|neu laden|seite neu laden|neue (?:beiträge|einträge|meldungen) (?:laden|anzeigen)|live-?ticker (?:aktualisieren|neu laden)|automatisch aktualisieren)(?:\s*\+{2,})?$/i],
  ['navigation', /^(?:startseite|home|menü|menu|navigation|suche|suchen|zum inhalt(?: springen)?|springe? zum (?:inhalt|hauptinhalt)|nach oben|inhaltsverzeichnis|hauptmenü|alle themen|mehr themen|schließen)$/i],
  ['empty-date', /^(?:(?:erstellt|aktualisiert|veröffentlicht|stand|zuletzt aktualisiert|geändert)\s*(?:am)?\s*:?\s*)+$/i],
  ['separator', /^[\p{P}\p{S}\s]+$/u],
  ['shortcode', /^\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]$/i],
  ['renderer', /^(?:uri|url)\s*:?\s*(?:\S+:\/\/\S*)?$/i],
  ['renderer', /^(?:https?:\/\/|www\.)\S+$/i],
  ['gallery', /^(?:bild(?:er)?(?:galerie|strecke)|foto-?(?:galerie|strecke)|zur (?:bilder)?galerie|alle bilder(?: anzeigen)?|bild vergrößern|vergrößern|bild \d+ (?:von|\/) \d+|bildbeschreibung (?:einblenden|ausblenden)|\d+\s*(?:\/|von)\s*\d+|\d+ bilder)$/i],
  ['tags', /^(?:schlagworte|schlagwörter|tags|themen|stichworte|mehr zu)\s*:\s*.{0,200}$/i],
  ['follow', /^(?:folgen sie uns|folge uns|folgen auf|uns folgen|jetzt folgen)\b.{0,80}$/i],
  ['feedback', /^(?:haben sie (?:einen fehler|anmerkungen)[^.]*|fehler (?:gefunden|melden)|feedback(?: geben)?)\??$/i],
];

// Banner sentences: recognised by wording, only in lines of banner length.
const contains: [Kind, RegExp][] = [
  ['comments', /kommentarfunktion|kommentieren sie (?:fair|sachlich)|netiquette|kommentarbereich|kommentare (?:sind|wurden) (?:geschlossen|deaktiviert)/i],
  ['paywall', /probemonat|probeabo|abo abschließen|(?:jetzt|gleich) (?:abonnieren|weiterlesen|\d+ \p{L}+ (?:kostenlos|gratis) testen)|(?:bereits|schon) (?:abonnent|registriert)|um (?:diesen|den|den ganzen|den vollständigen) (?:artikel|beitrag|text) (?:zu lesen|weiterzulesen|lesen zu können)|(?:nur|exklusiv) für (?:abonnent|plus-|registrierte)|plus-artikel|abopflichtig|zugang zu allen (?:artikeln|inhalten)|(?:abo|probe|testen|weiterlesen|kündbar).{0,80}\d+,\d{2}\s*(?:€|euro)\s*(?:\/|pro|im)\s*(?:monat|woche)|\d+,\d{2}\s*(?:€|euro)\s*(?:\/|pro|im)\s*(?:monat|woche).{0,80}(?:abo|artikel zu lesen|weiterlesen|kündbar)|jetzt (?:anmelden|einloggen|registrieren)|kostenlos registrieren|sie möchten weiterlesen|weiterlesen mit|artikel freischalten|bereits ein(?:\s+\p{L}+)? abo|mit werbung (?:weiter|lesen)|werbefrei(?:es)? (?:lesen|abo)|pur-abo|jetzt \d+ (?:wochen|monate?|tage) (?:kostenlos|gratis)/iu],
  ['consent', /(?:wir|diese (?:web)?seite|diese website|unsere (?:web)?seite) (?:verwenden|nutzen|setzen|verwendet|nutzt|setzt) cookies|cookie-?(?:einstellungen|hinweis|banner|richtlinie)|einwilligung (?:erteilen|widerrufen)|datenschutz-?einstellungen|(?:zustimmen|akzeptieren) und (?:weiter|fortfahren)|inhalte von drittanbietern|wir und unsere (?:\d+ )?partner|personalisierte (?:anzeigen|werbung)|auf (?:ihrem|einem) (?:endgerät|gerät) (?:speichern|gespeichert)|externe[rn]? inhalte? (?:anzeigen|laden|zulassen)|(?:wir benötigen|benötigen wir) ihre (?:zustimmung|einwilligung)|mit ihrer (?:zustimmung|einwilligung)/i],
  ['newsletter', /newsletter.{0,60}(?:abonnieren|anmelden|bestellen|registrieren|e-mail-adresse)|(?:abonnieren|anmelden|bestellen).{0,40}newsletter/i],
  ['broadcast', /^(?:diese[rs]? (?:nachricht|meldung|beitrag|sendung|text)|über dieses thema) (?:wurde|berichtete|hat)\b.{0,160}(?:gesendet|ausgestrahlt|berichtet|programm)|^dieses thema im programm\b/i],
  ['blog-intro', /halten wir sie .{0,120}auf dem laufenden|(?:im|in unserem) (?:news|live)-?(?:blog|ticker) (?:halten|informieren) wir/i],
  ['copyright', /^(?:©|\(c\)|copyright)\s*(?:\d{4}|by\b)|alle rechte vorbehalten|dpa-infocom|\bdpa:\d{6}-\d/i],
];

const shareWords =
  /\b(?:artikel teilen|beitrag teilen|seite teilen|teilen auf|teilen per|teilen|share|facebook|twitter|x\.com|whatsapp|e-mail|email|mail|drucken|link kopieren|kopieren|pinterest|linkedin|xing|telegram|flipboard|threads|bluesky|messenger|reddit|pocket|artikel merken|merken|speichern|vorlesen|weitere optionen zum teilen|zur merkliste hinzufügen|tweet|senden|x)\b/gi;

/** The kind of chrome a whole line is, or null when it may be article text. */
export function chromeKind(text: string): Kind | null {
  for (const [kind, pattern] of wholeLine) if (pattern.test(text)) return kind;
  if (text.length <= 600) for (const [kind, pattern] of contains) if (pattern.test(text)) return kind;
  if (text.length <= 200 && /[a-z]/i.test(text) && text.replace(shareWords, '').replace(/[\s\p{P}\p{S}]+/gu, '') === '') {
    return 'share';
  }
  return null;
}

const domain = String.raw`(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|at|ch|com|net|org|info|eu|tv|fm|online)`;
const fragmentPatterns: RegExp[] = [
  // A site name before the title: `beispiel.de -- …`.
  new RegExp(`^${domain}\\s*(?:--|[|–—:]|-)\\s+`, 'i'),
  /^(?:lesezeit|lesedauer)\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:\.|uten)?\.?(?:\s*[|·•])?\s+/i,
  /(?:\s*[|·•])?\s+(?:lesezeit|lesedauer)\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:\.|uten)?\.?$/i,
  /(?<=[.!?…"“”])\s*(?:lesen sie mehr|weiterlesen|mehr lesen|zum artikel|mehr erfahren|mehr)\s*(?:…|\.\.\.|»|›|→|>)$/i,
  /^(?:anzeige|werbung)\s*[|:]\s+/i,
];

/** Removes chrome glued to article text; returns the rest and what was cut. */
export function stripChromeFragments(text: string): { text: string; fragments: string[] } {
  const fragments: string[] = [];
  let rest = text;
  for (const pattern of fragmentPatterns) {
    const match = pattern.exec(rest);
    if (!match || match[0].trim().length === rest.trim().length) continue;
    fragments.push(match[0].replace(/^[\s|·•]+|[\s|·•]+$/g, ''));
    rest = (rest.slice(0, match.index) + rest.slice(match.index + match[0].length)).trim();
  }
  return { text: rest, fragments };
}

// Result lines of a sports widget: `Nord - Süd 4:1 (2:1)`.
const scoreLine = /^[\p{L}\p{N} .'’&/()-]{2,40}? [-–:] [\p{L}\p{N} .'’&/()-]{2,40}? \d{1,3}\s*:\s*\d{1,3}(?:\s*\(\d{1,3}\s*:\s*\d{1,3}\))?(?:\s*(?:n\.\s*V\.|i\.\s*E\.))?$/u;

const maxTeaserLinks = 8;

/** Marks chrome units; related-content headings take the short teaser lines after them along. */
export function markChrome(units: readonly Unit[], dropped: string[]): void {
  for (const unit of units) {
    const { text, fragments } = stripChromeFragments(unit.text);
    dropped.push(...fragments);
    unit.text = text;
  }
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit || unit.role !== null) continue;
    const kind = unit.marker === 'image' ? null : chromeKind(unit.text);
    if (kind === null) continue;
    unit.role = 'chrome';
    if (kind !== 'related' || /:\s*\S/.test(unit.text)) continue;
    // The links under a related-content heading are teaser titles: short, one sentence at most.
    // At the top of a page the article itself follows such a heading, so nothing goes along there.
    if (!units.slice(0, i).some((before) => before.role === null && isProse(before.text))) continue;
    for (let j = i + 1; j < units.length && j <= i + maxTeaserLinks; j++) {
      const next = units[j];
      if (!next || next.text.length >= 160 || /\p{Ll}[.!?…]\s+\p{Lu}/u.test(next.text) || next.marker !== null) break;
      next.role = 'chrome';
      i = j;
    }
  }
  markScoreWidgets(units);
  for (const unit of units) if (unit.role === 'chrome') dropped.push(unit.text);
}

function markScoreWidgets(units: readonly Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    let end = i;
    while (units[end] && scoreLine.test(units[end]!.text)) end++;
    if (end - i < 2) continue;
    for (let j = i; j < end; j++) units[j]!.role = 'chrome';
    // The widget's own title (`Regionalliga, 12. Spieltag`) stands right above the results.
    const title = units[i - 1];
    if (title && title.role === null && title.text.length <= 40 && !isProse(title.text)) title.role = 'chrome';
    i = end - 1;
  }
}
