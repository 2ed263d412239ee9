import { statusLabels, type ArticleStatus } from '../../../article/article.ts';
import type { FieldDiff } from '../../../commands/revision-diff.ts';
import { actionLabels, type FieldProblem, type WorkflowAction } from '../../../commands/workflow.ts';
import { html, type Html } from '../../pages/html.ts';
import type { ArticleFormValues } from '../article-form.ts';
import { diffView } from './diff-view.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';
import { wireOriginsPanel, type EditorWireInfo } from './wire-origins.ts';

export interface EditorData {
  /** Null for a new article. */
  articleId: string | null;
  status: ArticleStatus;
  values: ArticleFormValues;
  problems: FieldProblem[];
  actions: WorkflowAction[];
  sections: string[];
  /** Set when someone else saved first: their changes, next to the form with yours. */
  conflict: { by: string; diff: FieldDiff[] } | null;
  /** Reader URL when the article is published. */
  liveUrl: string | null;
  /** Redakteure and admins may delete an article. */
  canDelete: boolean;
  /** The feeds an article from the wire came from, and its story. */
  wire?: EditorWireInfo | null;
}

/** The article editor: every field of the model, errors next to their field, actions of the workflow. */
export function editorPage(frame: NewsroomPage, data: EditorData): Html {
  const { values } = data;
  const problem = (field: string) => data.problems.filter((p) => p.field === field);
  const describedBy = (field: string, hint?: string) => {
    const ids = [hint, problem(field).length > 0 ? `fehler-${field}` : undefined].filter(Boolean).join(' ');
    return ids ? html` aria-describedby="${ids}"` : '';
  };
  const invalid = (field: string) => (problem(field).length > 0 ? html` aria-invalid="true"` : '');
  const errors = (field: string) =>
    problem(field).length > 0
      ? html`<p class="nr-error" id="fehler-${field}">${problem(field).map((p) => p.message).join(' ')}</p>`
      : '';
  const action = data.articleId ? `/redaktion/artikel/${data.articleId}` : '/redaktion/artikel/neu';
  // Suggestions not yet taken over and not turned down.
  const taken = new Set([...values.keyPoints.map((point) => point.text), ...values.rejected]);
  const offered = values.suggestions.map((text, index) => ({ text, index })).filter(({ text }) => !taken.has(text));

  return newsroomLayout(
    frame,
    html`<div class="nr-editor-head">
<h1>${data.articleId ? 'Artikel bearbeiten' : 'Neuer Artikel'}</h1>
<p class="nr-status nr-status-${data.status}">${statusLabels[data.status]}</p>
${data.articleId
  ? html`<p class="nr-editor-links"><a href="/redaktion/artikel/${data.articleId}/vorschau">Vorschau</a> · <a href="/redaktion/artikel/${data.articleId}/versionen">Versionen</a> · <a href="/redaktion/artikel/${data.articleId}/leserschaft">Leserschaft und Empfehlungen</a>${data.liveUrl ? html` · <a href="${data.liveUrl}">Auf der Website ansehen</a>` : ''}${data.canDelete ? html` · <a class="nr-danger-link" href="/redaktion/artikel/${data.articleId}/loeschen">Löschen …</a>` : ''}</p>`
  : ''}
</div>
${data.wire ? wireOriginsPanel(data.wire) : ''}
${data.problems.length > 0
  ? html`<div class="nr-error-summary" role="alert"><h2>Bitte prüfen Sie ${data.problems.length === 1 ? 'ein Feld' : `${data.problems.length} Felder`}</h2><ul>${data.problems.map((p) => html`<li><a href="#feld-${p.field}">${p.message}</a></li>`)}</ul></div>`
  : ''}
${data.conflict
  ? html`<section class="nr-conflict" role="alert" aria-labelledby="konflikt">
<h2 id="konflikt">Inzwischen gespeichert von ${data.conflict.by}</h2>
<p>Ihre Fassung steht unten im Formular und ist noch nicht gespeichert. So unterscheidet sich die gespeicherte Fassung von Ihrer:</p>
${diffView(data.conflict.diff, { older: 'Ihre Fassung', newer: 'gespeicherte Fassung' })}
<p>Wenn Sie jetzt speichern, ersetzt Ihre Fassung die gespeicherte; die gespeicherte bleibt in den Versionen erhalten.</p>
</section>`
  : ''}
<form class="nr-editor" method="post" action="${action}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<input type="hidden" name="version" value="${values.version}">

<div class="nr-field" id="feld-section">
<label for="section">Ressort</label>
<input id="section" name="section" list="ressorts" required value="${values.section}"${invalid('section')}${describedBy('section')}>
<datalist id="ressorts">${data.sections.map((s) => html`<option value="${s}">`)}</datalist>
${errors('section')}
</div>

<div class="nr-field" id="feld-headline">
<label for="headline">Überschrift</label>
<input id="headline" name="headline" required maxlength="300" value="${values.headline}"${invalid('headline')}${describedBy('headline')}>
${errors('headline')}
</div>

<div class="nr-field" id="feld-lead">
<label for="lead">Vorspann</label>
<textarea id="lead" name="lead" rows="3" maxlength="2000"${invalid('lead')}${describedBy('lead')}>${values.lead}</textarea>
${errors('lead')}
</div>

<fieldset class="nr-field nr-image" id="feld-hero">
<legend>Aufmacherbild</legend>
${values.heroSrc ? html`<img class="nr-image-preview" src="${values.heroSrc}" alt="">` : ''}
<input type="hidden" name="heroSrc" value="${values.heroSrc}">
<div class="nr-field" id="feld-heroFile">
<label for="heroFile">${values.heroSrc ? 'Bild ersetzen' : 'Bild hochladen'} (JPEG, PNG, WebP oder AVIF)</label>
<input type="file" id="heroFile" name="heroFile" accept="image/jpeg,image/png,image/webp,image/avif"${invalid('heroFile')}${describedBy('heroFile')}>
${errors('heroFile')}
</div>
${values.heroSrc ? html`<p><label><input type="checkbox" name="heroRemove" value="1"> Bild entfernen</label></p>` : ''}
<div class="nr-field" id="feld-heroAlt">
<label for="heroAlt">Alternativtext</label>
<input id="heroAlt" name="heroAlt" value="${values.heroAlt}"${invalid('heroAlt')}${describedBy('heroAlt', 'hinweis-heroAlt')}>
<p class="nr-hint" id="hinweis-heroAlt">Was zeigt das Bild? Für Menschen, die es nicht sehen.</p>
${errors('heroAlt')}
</div>
<div class="nr-field" id="feld-heroCaption">
<label for="heroCaption">Bildunterschrift</label>
<input id="heroCaption" name="heroCaption" value="${values.heroCaption}"${invalid('heroCaption')}${describedBy('heroCaption')}>
${errors('heroCaption')}
</div>
<div class="nr-field" id="feld-heroCredit">
<label for="heroCredit">Bildnachweis</label>
<input id="heroCredit" name="heroCredit" value="${values.heroCredit}"${invalid('heroCredit')}${describedBy('heroCredit', 'hinweis-heroCredit')}>
<p class="nr-hint" id="hinweis-heroCredit">z. B. „© zsu“ oder „Foto: Name/dpa“</p>
${errors('heroCredit')}
</div>
</fieldset>

<fieldset class="nr-field nr-key-points" id="feld-keyPoints">
<legend>Was müssen Sie wissen?</legend>
<ol>
${values.keyPoints.map(
  (point, i) => html`<li>
<label class="visually-hidden" for="keyPoint-${i}">Punkt ${i + 1}</label>
<input id="keyPoint-${i}" name="keyPoint" value="${point.text}">
<input type="hidden" name="keyPointOrigin" value="${point.origin}">
<span class="nr-row-buttons">
<button type="submit" name="keyPointCommand" value="up:${i}" aria-label="Punkt ${i + 1} nach oben"${i === 0 ? html` disabled` : ''}>↑</button>
<button type="submit" name="keyPointCommand" value="down:${i}" aria-label="Punkt ${i + 1} nach unten"${i === values.keyPoints.length - 1 ? html` disabled` : ''}>↓</button>
<button type="submit" name="keyPointCommand" value="remove:${i}" aria-label="Punkt ${i + 1} entfernen">Entfernen</button>
</span>
</li>`,
)}
<li>
<label class="visually-hidden" for="keyPoint-new">Neuer Punkt</label>
<input id="keyPoint-new" name="keyPoint" value="" placeholder="Neuer Punkt">
<input type="hidden" name="keyPointOrigin" value="editor">
</li>
</ol>
<button type="submit" name="keyPointCommand" value="add:0">Weiteren Punkt hinzufügen</button>
${errors('keyPoints')}
${values.suggestions.map((text) => html`<input type="hidden" name="suggestion" value="${text}">`)}
${values.rejected.map((text) => html`<input type="hidden" name="rejectedSuggestion" value="${text}">`)}
${offered.length > 0
  ? html`<div class="nr-suggestions" aria-labelledby="vorschlaege">
<h3 id="vorschlaege">Vorschläge aus dem Text</h3>
<p class="nr-hint">Vorgeschlagen von Depesche. Übernommene Punkte können Sie danach bearbeiten; nichts erscheint ohne Ihre Zustimmung.</p>
<ul>
${offered.map(
  ({ text, index }) => html`<li><span>${text}</span>
<span class="nr-row-buttons"><button type="submit" name="keyPointCommand" value="accept:${index}">Übernehmen</button>
<button type="submit" name="keyPointCommand" value="reject:${index}">Verwerfen</button></span></li>`,
)}
</ul>
</div>`
  : ''}
</fieldset>

<div class="nr-field" id="feld-body">
<label for="body">Text (Markdown)</label>
<textarea id="body" name="body" rows="20"${invalid('body')}${describedBy('body', 'hinweis-body')}>${values.body}</textarea>
<p class="nr-hint" id="hinweis-body">Absätze durch Leerzeilen; <code>## Zwischenüberschrift</code>, <code>&gt; Zitat</code> mit <code>&gt; — Name</code>, Listen mit <code>-</code>, Bilder mit <code>![Alt-Text](/media/… "Bildunterschrift | Foto: Name")</code>.</p>
${errors('body')}
</div>

<div class="nr-field" id="feld-sources">
<label for="sources">Quellen</label>
<textarea id="sources" name="sources" rows="3"${invalid('sources')}${describedBy('sources', 'hinweis-sources')}>${values.sources}</textarea>
<p class="nr-hint" id="hinweis-sources">Eine Quelle pro Zeile, optional mit Adresse: <code>The Times | https://www.thetimes.com</code></p>
${errors('sources')}
</div>

<div class="nr-field" id="feld-tags">
<label for="tags">Themen</label>
<input id="tags" name="tags" value="${values.tags}"${invalid('tags')}${describedBy('tags', 'hinweis-tags')}>
<p class="nr-hint" id="hinweis-tags">durch Kommas getrennt</p>
${errors('tags')}
</div>

<div class="nr-field" id="feld-authors">
<label for="authors">Autorinnen und Autoren</label>
<input id="authors" name="authors" value="${values.authors}"${invalid('authors')}${describedBy('authors', 'hinweis-authors')}>
<p class="nr-hint" id="hinweis-authors">durch Kommas getrennt</p>
${errors('authors')}
</div>

${data.actions.includes('schedule') || values.publishAt
  ? html`<div class="nr-field" id="feld-publishAt">
<label for="publishAt">Veröffentlichung (Datum und Uhrzeit)</label>
<input type="datetime-local" id="publishAt" name="publishAt" value="${values.publishAt}"${invalid('publishAt')}${describedBy('publishAt', 'hinweis-publishAt')}>
<p class="nr-hint" id="hinweis-publishAt">Für „${actionLabels.schedule}“: wann der Artikel erscheinen soll.</p>
${errors('publishAt')}
</div>`
  : ''}

<div class="nr-actions">
${data.actions.map(
  (action, i) => html`<button type="submit" name="action" value="${action}" class="${i === 0 ? 'nr-primary' : ''}">${actionLabels[action]}</button>`,
)}
${data.actions.length === 0 ? html`<p>Diesen Artikel können Sie nicht bearbeiten.</p>` : ''}
</div>
</form>`,
  );
}
