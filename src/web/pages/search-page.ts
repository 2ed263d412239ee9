import type { SnippetPart } from '../../search/snippet.ts';
import type { TeaserView } from '../presenters/article-view.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { readerParamNames, type SearchParams } from '../search-params.ts';

/** What the form shows: the query and the filters as they were given. */
export type SearchFormValues = { q: string; order: SearchParams['order'] } & SearchParams['values'];

export interface SearchHitView {
  teaser: TeaserView;
  snippet: SnippetPart[];
}

export interface SearchPageData {
  form: SearchFormValues;
  /** Problems with the parameters; the form is shown with them, nothing is searched. */
  problems: string[];
  result: {
    query: string;
    empty: boolean;
    truncated: boolean;
    total: number;
    hits: SearchHitView[];
    correctedTo?: string;
    suggestion?: { query: string; total: number };
  } | null;
  page: number;
  pages: number;
  pageSize: number;
}

/** `/suche`: the form, what was found, and where to go from there. Works without JavaScript. */
export function searchPage(site: SiteContext, data: SearchPageData): Html {
  const m = site.messages;
  const { form, result } = data;
  const link = (changes: Partial<Record<keyof SearchFormValues | 'page', string>>) => searchLink(form, changes);
  const content = html`<h1 class="section-heading">${m.search}</h1>
${searchForm(site, form)}
${data.problems.length > 0 ? html`<div class="search-problems" role="alert">${data.problems.map((problem) => html`<p>${problem}</p>`)}</div>` : ''}
${result ? resultsSection(site, data, link) : ''}`;
  return layout(
    site,
    { title: m.searchTitle(result?.query ?? ''), description: m.searchTitle(result?.query ?? ''), path: '/suche', noIndex: true },
    content,
  );
}

function resultsSection(
  site: SiteContext,
  data: SearchPageData,
  link: (changes: Partial<Record<keyof SearchFormValues | 'page', string>>) => string,
): Html {
  const m = site.messages;
  const result = data.result!;
  if (result.empty) return html`<p class="search-summary">${m.searchEmpty}</p>`;
  return html`<section class="search-results" aria-labelledby="treffer">
<p class="search-summary" id="treffer" role="status"><strong>${m.searchHits(result.total)}</strong> ${m.searchFor} „${result.correctedTo ?? result.query}“</p>
${result.truncated ? html`<p class="search-notice">${m.searchTruncated}</p>` : ''}
${result.correctedTo ? html`<p class="search-notice">${m.searchCorrected(result.query)} „${result.correctedTo}“.</p>` : ''}
${result.suggestion ? html`<p class="search-suggestion">${m.searchDidYouMean} <a href="${link({ q: result.suggestion.query, page: '1' })}">„${result.suggestion.query}“</a>? (${m.searchHits(result.suggestion.total)})</p>` : ''}
${result.total === 0 ? html`<p class="search-notice">${m.searchNoHits}</p>` : ''}
${result.hits.length > 0
  ? html`<ol class="search-hits" start="${(data.page - 1) * data.pageSize + 1}">
${result.hits.map((hit) => searchHit(hit))}
</ol>`
  : ''}
${data.pages > 1
  ? html`<nav class="pagination" aria-label="${m.pagination}">
${data.page > 1 ? html`<a rel="prev" href="${link({ page: String(data.page - 1) })}">Vorherige Treffer</a>` : ''}
<span>${m.pageOf(data.page, data.pages)}</span>
${data.page < data.pages ? html`<a rel="next" href="${link({ page: String(data.page + 1) })}">Weitere Treffer</a>` : ''}
</nav>`
  : ''}
</section>`;
}

function searchHit(hit: SearchHitView): Html {
  const { teaser } = hit;
  return html`<li class="search-hit">
<p class="teaser-section">${teaser.section.name}${teaser.published ? html` · <time datetime="${teaser.published.iso}">${teaser.published.text}</time>` : ''}</p>
<h2><a href="${teaser.path}">${teaser.headline}</a></h2>
${hit.snippet.length > 0 ? html`<p class="search-snippet">${snippetHtml(hit.snippet)}</p>` : ''}
</li>`;
}

/** The passage with the query's words in `<mark>`; the text itself is escaped. */
export function snippetHtml(parts: readonly SnippetPart[]): Html {
  return html`${parts.map((part) => (part.match ? html`<mark>${part.text}</mark>` : html`${part.text}`))}`;
}

function searchForm(site: SiteContext, form: SearchFormValues): Html {
  const m = site.messages;
  return html`<form class="search-form" action="/suche" method="get" role="search" aria-label="${m.searchRefine}">
<div class="search-main">
<label for="suchbegriff">${m.searchLabel}</label>
<input id="suchbegriff" type="search" name="q" value="${form.q}" maxlength="500" autocomplete="off">
<button type="submit">${m.searchButton}</button>
</div>
<p class="search-help">${m.searchHelp}</p>
<details class="search-filters"${form.section || form.from || form.to || form.order !== 'relevance' ? html` open` : ''}>
<summary>${m.searchFilters}</summary>
<div class="search-filter-fields">
<label>${m.searchSection}
<select name="ressort"><option value="">${m.searchAllSections}</option>${site.sections.map(
    (section) => html`<option value="${section.slug}"${section.slug === form.section ? html` selected` : ''}>${section.name}</option>`,
  )}</select></label>
<label>${m.searchFrom} <input type="date" name="von" value="${form.from}"></label>
<label>${m.searchTo} <input type="date" name="bis" value="${form.to}"></label>
<label>${m.searchOrder}
<select name="sortierung"><option value="relevanz">${m.searchByRelevance}</option><option value="neu"${form.order === 'newest' ? html` selected` : ''}>${m.searchByDate}</option></select></label>
</div>
</details>
${form.entity ? html`<p class="search-active-filter">${m.searchTopic}: <strong>${form.entity}</strong> <input type="hidden" name="thema" value="${form.entity}"> <a href="${searchLink(form, { entity: '' })}">${m.searchRemoveFilter}</a></p>` : ''}
${form.author ? html`<p class="search-active-filter">${m.searchAuthor}: <strong>${form.author}</strong> <input type="hidden" name="autor" value="${form.author}"> <a href="${searchLink(form, { author: '' })}">${m.searchRemoveFilter}</a></p>` : ''}
</form>`;
}

/** `/suche?…` with the current form, changed as given; empty values are left out. */
function searchLink(form: SearchFormValues, changes: Partial<Record<keyof SearchFormValues | 'page', string>>): string {
  const merged = { ...form, page: '1', ...changes };
  const params = new URLSearchParams();
  const add = (name: string, value: string) => {
    if (value !== '') params.set(name, value);
  };
  const names = readerParamNames;
  add(names.q, merged.q);
  add(names.section, merged.section);
  add(names.from, merged.from);
  add(names.to, merged.to);
  add(names.entity, merged.entity);
  add(names.author, merged.author);
  if (merged.order === 'newest') add(names.order, 'neu');
  if (merged.page !== '1') add(names.page, merged.page);
  return `/suche?${params.toString()}`;
}
