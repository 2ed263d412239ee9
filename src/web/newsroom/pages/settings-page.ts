import type { FieldProblem } from '../../../commands/workflow.ts';
import type { SiteSettings } from '../../../settings/site-settings.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';

/** The admin's site settings, with each problem next to its field. */
export function settingsPage(frame: NewsroomPage, values: SiteSettings, problems: FieldProblem[]): Html {
  const error = (field: string) => {
    const found = problems.find((p) => p.field === field);
    return found ? html`<p class="nr-error" id="fehler-${field}">${found.message}</p>` : '';
  };
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? html` aria-invalid="true" aria-describedby="fehler-${field}"` : '');
  return newsroomLayout(
    frame,
    html`<h1>Einstellungen der Website</h1>
<form method="post" action="/redaktion/einstellungen" class="nr-editor" novalidate>
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<div class="nr-field"><label for="siteName">Name der Website</label>
<input id="siteName" name="siteName" maxlength="60" value="${values.siteName}"${invalid('siteName')}>${error('siteName')}</div>
<div class="nr-field"><label for="siteDescription">Beschreibung (für Suchmaschinen und Linkvorschauen der Startseite)</label>
<textarea id="siteDescription" name="siteDescription" rows="3" maxlength="200"${invalid('siteDescription')}>${values.siteDescription}</textarea>${error('siteDescription')}</div>
<div class="nr-field"><label><input type="checkbox" name="autoKeyPoints" value="1"${values.autoKeyPoints === '1' ? html` checked` : ''}> Vorgeschlagene „Was müssen Sie wissen?“-Punkte ohne Prüfung übernehmen, wenn ein Artikel keine hat</label>
<p class="nr-hint">Aus: Vorschläge erscheinen nur im Editor, und erst eine Redakteurin oder ein Redakteur übernimmt sie.</p></div>
<fieldset class="nr-field"><legend>Suche: Aktualität</legend>
<p class="nr-hint">Bei gleicher Relevanz stehen neuere Artikel weiter oben. 0 % schaltet das ab.</p>
<div class="nr-field"><label for="searchFreshness">Vorsprung eines neuen Artikels (Prozent, 0 bis 200)</label>
<input id="searchFreshness" name="searchFreshness" inputmode="numeric" value="${values.searchFreshness}"${invalid('searchFreshness')}>${error('searchFreshness')}</div>
<div class="nr-field"><label for="searchHalfLifeDays">Nach wie vielen Tagen der Vorsprung halb so groß ist (1 bis 3650)</label>
<input id="searchHalfLifeDays" name="searchHalfLifeDays" inputmode="numeric" value="${values.searchHalfLifeDays}"${invalid('searchHalfLifeDays')}>${error('searchHalfLifeDays')}</div>
</fieldset>
<fieldset class="nr-field"><legend>Lesestatistik</legend>
<p class="nr-hint">Gezählt werden nur Lesezahlen je Artikel und Stunde und welche Artikel nacheinander gelesen wurden, nie einzelne Leserinnen und Leser. Ältere Zahlen werden gelöscht; die Datenschutzseite nennt diese Frist.</p>
<div class="nr-field"><label for="readingRetentionDays">Aufbewahren für (Tage, 1 bis 730)</label>
<input id="readingRetentionDays" name="readingRetentionDays" inputmode="numeric" value="${values.readingRetentionDays}"${invalid('readingRetentionDays')}>${error('readingRetentionDays')}</div>
</fieldset>
<div class="nr-actions"><button type="submit" class="nr-primary">Speichern</button></div>
</form>`,
  );
}
