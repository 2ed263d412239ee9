import { articleStatuses, statusLabels, type ArticleStatus } from '../../../article/article.ts';
import type { Article } from '../../../article/article.ts';
import type { SearchResult } from '../../../search/search-articles.ts';
import type { SnippetPart } from '../../../search/snippet.ts';
import { snippetHtml } from '../../pages/search-page.ts';
import { formatGermanDateTime } from '../../presenters/german-date.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';

export interface ArticleListFilter {
  status: ArticleStatus | '';
  section: string;
  author: string;
  /** Part of the headline. */
  q: string;
  /** Full-text search; when given, the list shows its hits, best first, and `q` is not applied. */
  fullText: string;
}

export interface ArticleListRows {
  rows: { article: Article; snippet?: SnippetPart[] }[];
  hasMore: boolean;
  /** Present in full-text mode. */
  search?: Pick<SearchResult, 'query' | 'total' | 'correctedTo' | 'suggestion' | 'truncated' | 'empty'>;
}

export interface ArticleListData extends ArticleListRows {
  filter: ArticleListFilter;
  sections: { slug: string; name: string }[];
  authors: string[];
  timeZone: string;
  page: number;
}

/** All articles for the newsroom: a full-text search over all of them, or filters by status, section, author and headline. */
export function articleListPage(frame: NewsroomPage, data: ArticleListData): Html {
  const { filter, search } = data;
  const query = (page: number, changes: Partial<Record<'suche', string>> = {}) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries({ status: filter.status, section: filter.section, author: filter.author, q: filter.q, suche: filter.fullText, ...changes, seite: String(page) })) {
      if (value !== '' && !(name === 'seite' && value === '1')) params.set(name, value);
    }
    return `?${params.toString()}`;
  };
  return newsroomLayout(
    frame,
    html`<h1>Artikel</h1>
<form class="nr-search" method="get" action="/redaktion" role="search">
<label for="volltext">Volltextsuche in allen Artikeln, auch Entwürfen</label>
<input id="volltext" type="search" name="suche" value="${filter.fullText}" maxlength="500">
<input type="hidden" name="status" value="${filter.status}"><input type="hidden" name="section" value="${filter.section}"><input type="hidden" name="author" value="${filter.author}">
<button type="submit">Suchen</button>
${filter.fullText ? html` <a href="${query(1, { suche: '' })}">Suche beenden</a>` : ''}
</form>
<form class="nr-filter" method="get" action="/redaktion">
<input type="hidden" name="suche" value="${filter.fullText}">
<label>Status
<select name="status">
<option value="">alle</option>
${articleStatuses.map((s) => html`<option value="${s}"${filter.status === s ? html` selected` : ''}>${statusLabels[s]}</option>`)}
</select></label>
<label>Ressort
<select name="section">
<option value="">alle</option>
${data.sections.map((s) => html`<option value="${s.slug}"${filter.section === s.slug ? html` selected` : ''}>${s.name}</option>`)}
</select></label>
<label>Autor
<select name="author">
<option value="">alle</option>
${data.authors.map((a) => html`<option${filter.author === a ? html` selected` : ''}>${a}</option>`)}
</select></label>
${filter.fullText ? '' : html`<label>Überschrift enthält
<input type="search" name="q" value="${filter.q}">
</label>`}
<button type="submit">Filtern</button>
</form>
${search ? searchSummary(search, (text) => query(1, { suche: text })) : ''}
${data.rows.length === 0
  ? html`<p class="nr-empty">Keine Artikel gefunden.</p>`
  : html`<table class="nr-table">
<thead><tr><th scope="col">Überschrift</th><th scope="col">Ressort</th><th scope="col">Status</th><th scope="col">Autoren</th><th scope="col">Geändert</th></tr></thead>
<tbody>
${data.rows.map(
  ({ article, snippet }) => html`<tr>
<td><a href="/redaktion/artikel/${article.id}">${article.headline}</a>${snippet && snippet.length > 0 ? html`<p class="nr-snippet">${snippetHtml(snippet)}</p>` : ''}</td>
<td>${article.section}</td>
<td><span class="nr-status nr-status-${article.status}">${statusLabels[article.status]}</span>${article.status === 'scheduled' && article.publishedAt ? html` <small>${formatGermanDateTime(article.publishedAt, data.timeZone)}</small>` : ''}</td>
<td>${article.authors.join(', ')}</td>
<td><time datetime="${article.updatedAt}">${formatGermanDateTime(article.updatedAt, data.timeZone)}</time></td>
</tr>`,
)}
</tbody>
</table>`}
<nav class="nr-pagination" aria-label="Seiten">
${data.page > 1 ? html`<a href="${query(data.page - 1)}">Zurück</a>` : ''}
${data.hasMore ? html`<a href="${query(data.page + 1)}">Weiter</a>` : ''}
</nav>`,
  );
}

function searchSummary(search: NonNullable<ArticleListRows['search']>, link: (text: string) => string): Html {
  if (search.empty) return html`<p class="nr-hint">Geben Sie ein Wort oder eine Wortgruppe ein; sehr häufige Wörter wie „der“ oder „und“ allein finden nichts.</p>`;
  return html`<p class="nr-search-summary" role="status"><strong>${search.total === 1 ? '1 Treffer' : `${search.total} Treffer`}</strong> für „${search.correctedTo ?? search.query}“${search.correctedTo ? html` (keine Treffer für „${search.query}“)` : ''}.
${search.suggestion ? html` Meinten Sie <a href="${link(search.suggestion.query)}">„${search.suggestion.query}“</a> (${search.suggestion.total} Treffer)?` : ''}
${search.truncated ? ' Die Anfrage war sehr lang; gesucht wurde nur mit ihrem Anfang.' : ''}</p>`;
}
