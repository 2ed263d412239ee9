import { articleStatuses, statusLabels, type ArticleStatus } from '../../../article/article.ts';
import type { StoredArticle } from '../../../store/article-repository.ts';
import { formatGermanDateTime } from '../../presenters/german-date.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';

export interface ArticleListFilter {
  status: ArticleStatus | '';
  section: string;
  author: string;
  q: string;
}

export interface ArticleListData {
  filter: ArticleListFilter;
  articles: StoredArticle[];
  sections: { slug: string; name: string }[];
  authors: string[];
  timeZone: string;
  page: number;
  hasMore: boolean;
}

/** All articles for the newsroom, filterable by status, section, author and headline. */
export function articleListPage(frame: NewsroomPage, data: ArticleListData): Html {
  const { filter } = data;
  const query = (page: number) =>
    `?${new URLSearchParams({ ...filter, seite: String(page) }).toString()}`;
  return newsroomLayout(
    frame,
    html`<h1>Artikel</h1>
<form class="nr-filter" method="get" action="/redaktion" role="search">
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
<label>Überschrift enthält
<input type="search" name="q" value="${filter.q}">
</label>
<button type="submit">Filtern</button>
</form>
${data.articles.length === 0
  ? html`<p class="nr-empty">Keine Artikel gefunden.</p>`
  : html`<table class="nr-table">
<thead><tr><th scope="col">Überschrift</th><th scope="col">Ressort</th><th scope="col">Status</th><th scope="col">Autoren</th><th scope="col">Geändert</th></tr></thead>
<tbody>
${data.articles.map(
  ({ article }) => html`<tr>
<td><a href="/redaktion/artikel/${article.id}">${article.headline}</a></td>
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
