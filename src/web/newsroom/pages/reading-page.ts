import { statusLabels, type ArticleStatus } from '../../../article/article.ts';
import type { RuleKind } from '../../../store/recommendation-rules-repository.ts';
import { formatGermanDateTime } from '../../presenters/german-date.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';
import { formatCount, readsChart, sumReads, type ChartBar } from './reads-chart.ts';

/** Another article as this page lists it. */
export interface ArticleMention {
  id: string;
  headline: string;
  status: ArticleStatus;
}

export interface NextReadView extends ArticleMention {
  reads: number;
  /** The rule this article already has under the current one. */
  rule: RuleKind | null;
}

export interface RuleView extends ArticleMention {
  kind: RuleKind;
  by: string;
  at: string;
}

export interface ReadingPageData {
  article: ArticleMention & { livePath: string | null };
  /** Reads over every kept hour. */
  totalReads: number;
  daily: ChartBar[];
  hourly: ChartBar[];
  nextReads: NextReadView[];
  /** In the order they are shown. */
  pins: RuleView[];
  exclusions: RuleView[];
  /** Redakteure and admins change the rules; autoren only see them. */
  canChange: boolean;
  /** What was typed into the form, and why it was refused. */
  form: { typed: string; kind: RuleKind; problem: string | null };
  timeZone: string;
}

export const readingPath = (articleId: string) => `/redaktion/artikel/${articleId}/leserschaft`;

const kindLabels: Record<RuleKind, string> = { pin: 'angeheftet', exclude: 'ausgeschlossen' };

/** Reads over time, what readers read next, and the editors' pins and exclusions under this article. */
export function readingPage(frame: NewsroomPage, data: ReadingPageData): Html {
  const { article } = data;
  return newsroomLayout(
    frame,
    html`<p><a href="/redaktion/artikel/${article.id}">← Zurück zum Artikel</a></p>
<div class="nr-editor-head">
<h1>Leserschaft und Empfehlungen: ${article.headline}</h1>
<p class="nr-status nr-status-${article.status}">${statusLabels[article.status]}</p>
${article.livePath ? html`<p class="nr-editor-links"><a href="${article.livePath}">Auf der Website ansehen</a></p>` : ''}
</div>
${data.form.problem
  ? html`<div class="nr-error-summary" role="alert"><h2>Die Regel wurde nicht gespeichert</h2><p><a href="#ziel">${data.form.problem}</a></p></div>`
  : ''}
${readsSection(data)}
${nextReadsSection(frame, data)}
${rulesSection(frame, data)}`,
  );
}

function readsSection(data: ReadingPageData): Html {
  const days = data.daily.length;
  const hours = data.hourly.length;
  if (data.totalReads === 0) {
    return html`<section aria-labelledby="aufrufe" class="nr-reading-block">
<h2 id="aufrufe">Aufrufe</h2>
<p class="nr-empty">Noch keine Aufrufe gezählt. Sobald Leserinnen und Leser den Artikel auf der Website öffnen, erscheinen sie hier.</p>
</section>`;
  }
  const inDays = sumReads(data.daily);
  const inHours = sumReads(data.hourly);
  return html`<section aria-labelledby="aufrufe" class="nr-reading-block">
<h2 id="aufrufe">Aufrufe</h2>
<dl class="nr-reading-totals">
<div><dt>Insgesamt</dt><dd>${formatCount(data.totalReads)}</dd></div>
<div><dt>Letzte ${days} Tage</dt><dd>${formatCount(inDays)}</dd></div>
<div><dt>Letzte ${hours} Stunden</dt><dd>${formatCount(inHours)}</dd></div>
</dl>
<p class="nr-hint">Gezählt werden Aufrufe der Artikelseite, ohne Suchmaschinen und andere Programme; „insgesamt“ heißt: so weit die Statistik zurückreicht.</p>
<h3>Pro Tag</h3>
${inDays > 0
  ? readsChart(data.daily, { id: 'aufrufe-tage', title: `Aufrufe pro Tag, letzte ${days} Tage`, unit: 'Tag', labelEvery: (_, i, all) => (all.length - 1 - i) % 7 === 0 })
  : html`<p class="nr-empty">In den letzten ${days} Tagen keine Aufrufe.</p>`}
<h3>Pro Stunde</h3>
${inHours > 0
  ? readsChart(data.hourly, { id: 'aufrufe-stunden', title: `Aufrufe pro Stunde, letzte ${hours} Stunden`, unit: 'Stunde', labelEvery: (bar) => /^(0|6|12|18) /.test(bar.label) })
  : html`<p class="nr-empty">In den letzten ${hours} Stunden keine Aufrufe.</p>`}
</section>`;
}

function ruleForm(frame: NewsroomPage, data: ReadingPageData, target: string, kind: RuleKind, label: string, headline: string): Html {
  return html`<form method="post" action="${readingPath(data.article.id)}/regeln" class="nr-inline-form">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<input type="hidden" name="ziel" value="${target}">
<button type="submit" name="art" value="${kind}" aria-label="${label}: ${headline}">${label}</button>
</form>`;
}

function nextReadsSection(frame: NewsroomPage, data: ReadingPageData): Html {
  return html`<section aria-labelledby="danach" class="nr-reading-block">
<h2 id="danach">Was Leser danach lasen</h2>
${data.nextReads.length === 0
  ? html`<p class="nr-empty">Noch keine Daten: Hier steht, welche Artikel Leserinnen und Leser nach diesem geöffnet haben, sobald es solche Aufrufe gibt.</p>`
  : html`<table class="nr-table">
<thead><tr><th scope="col">Artikel</th><th scope="col">Status</th><th scope="col">Danach gelesen</th><th scope="col">${data.canChange ? 'Empfehlung' : 'Regel'}</th></tr></thead>
<tbody>
${data.nextReads.map(
  (next) => html`<tr>
<td><a href="/redaktion/artikel/${next.id}">${next.headline}</a></td>
<td><span class="nr-status nr-status-${next.status}">${statusLabels[next.status]}</span></td>
<td>${formatCount(next.reads)}</td>
<td><div class="nr-row-buttons">${next.rule ? html`<span class="nr-rule-mark">${kindLabels[next.rule]}</span>` : ''}${data.canChange
    ? html`${next.rule !== 'pin' && next.status === 'published' ? ruleForm(frame, data, next.id, 'pin', 'Anheften', next.headline) : ''}${next.rule !== 'exclude' ? ruleForm(frame, data, next.id, 'exclude', 'Ausschließen', next.headline) : ''}`
    : ''}</div></td>
</tr>`,
)}
</tbody>
</table>`}
</section>`;
}

function ruleList(frame: NewsroomPage, data: ReadingPageData, rules: RuleView[], ordered: boolean): Html {
  const items = rules.map(
    (rule) => html`<li>
<a href="/redaktion/artikel/${rule.id}">${rule.headline}</a>
<span class="nr-status nr-status-${rule.status}">${statusLabels[rule.status]}</span>
<small>von ${rule.by}, <time datetime="${rule.at}">${formatGermanDateTime(rule.at, data.timeZone)}</time></small>
${data.canChange
  ? html`<form method="post" action="${readingPath(data.article.id)}/regeln/entfernen" class="nr-inline-form">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<input type="hidden" name="ziel" value="${rule.id}">
<button type="submit" aria-label="Entfernen: ${rule.headline} (${kindLabels[rule.kind]})">Entfernen</button>
</form>`
  : ''}
</li>`,
  );
  return ordered ? html`<ol class="nr-rule-list">${items}</ol>` : html`<ul class="nr-rule-list">${items}</ul>`;
}

function rulesSection(frame: NewsroomPage, data: ReadingPageData): Html {
  const { form } = data;
  return html`<section aria-labelledby="regeln" class="nr-reading-block">
<h2 id="regeln">Angeheftet und ausgeschlossen</h2>
<p class="nr-hint">Unter diesem Artikel zeigt „Für Sie ausgewählt“ angeheftete Artikel zuerst, in dieser Reihenfolge, solange sie veröffentlicht sind; ausgeschlossene nie.</p>
<h3>Angeheftet</h3>
${data.pins.length === 0 ? html`<p class="nr-empty">Kein Artikel angeheftet.</p>` : ruleList(frame, data, data.pins, true)}
<h3>Ausgeschlossen</h3>
${data.exclusions.length === 0 ? html`<p class="nr-empty">Kein Artikel ausgeschlossen.</p>` : ruleList(frame, data, data.exclusions, false)}
${data.canChange
  ? html`<form method="post" action="${readingPath(data.article.id)}/regeln" class="nr-editor nr-rule-form" novalidate>
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<div class="nr-field"><label for="ziel">Artikel anheften oder ausschließen</label>
<input id="ziel" name="ziel" value="${form.typed}" autocomplete="off" aria-describedby="ziel-hinweis${form.problem ? ' fehler-ziel' : ''}"${form.problem ? html` aria-invalid="true"` : ''}>
<p class="nr-hint" id="ziel-hinweis">Die Adresse des Artikels auf der Website (<code>https://…/ressort/slug</code>), sein Slug oder seine ID.</p>
${form.problem ? html`<p class="nr-error" id="fehler-ziel">${form.problem}</p>` : ''}</div>
<fieldset class="nr-field"><legend>Was soll mit ihm geschehen?</legend>
<label><input type="radio" name="art" value="pin"${form.kind === 'pin' ? html` checked` : ''}> Anheften: zuerst empfehlen</label>
<label><input type="radio" name="art" value="exclude"${form.kind === 'exclude' ? html` checked` : ''}> Ausschließen: hier nie empfehlen</label>
</fieldset>
<div class="nr-actions"><button type="submit" class="nr-primary">Regel speichern</button></div>
</form>`
  : html`<p class="nr-hint">Anheften und ausschließen können Redakteurinnen, Redakteure und Admins.</p>`}
</section>`;
}
