import { Hono } from 'hono';
import type { ArticleStatus } from '../article/article.ts';
import { searchArticles, type SearchResult } from '../search/search-articles.ts';
import type { SiteSettings } from '../settings/site-settings.ts';
import type { SearchRepository } from '../store/search-repository.ts';
import { presentTeaser } from './presenters/article-view.ts';
import type { SiteContext } from './presenters/site-context.ts';
import { searchPage, type SearchFormValues } from './pages/search-page.ts';
import { apiParamNames, MAX_SEARCH_PAGE, readerParamNames, readSearchParams, type SearchParams } from './search-params.ts';
import { articlePath } from './presenters/article-view.ts';

export interface SearchRouteDeps {
  search: SearchRepository;
  siteContext: () => Promise<SiteContext>;
  settings: () => Promise<SiteSettings>;
  now: () => Date;
}

const READER_PAGE_SIZE = 10;
const API_MAX_PAGE_SIZE = 50;
// Readers see what is public, never drafts or anything taken down.
const PUBLIC: readonly ArticleStatus[] = ['published'];

/** Runs one search with the site's ranking settings; shared by every surface. */
export async function runSearch(
  deps: Pick<SearchRouteDeps, 'search' | 'settings' | 'now'>,
  params: Pick<SearchParams, 'text' | 'filters' | 'order' | 'page' | 'pageSize'>,
  statuses: readonly ArticleStatus[],
): Promise<SearchResult> {
  const settings = await deps.settings();
  return searchArticles(deps.search, {
    text: params.text,
    filters: { ...params.filters, statuses },
    order: params.order,
    page: params.page,
    pageSize: params.pageSize,
    freshness: { percent: Number(settings.searchFreshness), halfLifeDays: Number(settings.searchHalfLifeDays) },
    now: deps.now(),
  });
}

/** `/suche` for readers and `GET /api/v1/search` (documented in the README). */
export function searchRoutes(deps: SearchRouteDeps): Hono {
  const app = new Hono();

  app.get('/suche', async (c) => {
    const site = await deps.siteContext();
    const { params, problems } = readSearchParams((name) => c.req.query(name), readerParamNames, {
      timeZone: site.timeZone,
      pageSize: READER_PAGE_SIZE,
    });
    const form = formValues(params, (name) => c.req.query(name) ?? '');
    const headers = { 'Cache-Control': 'no-cache' };
    if (!params) {
      return c.html(String(searchPage(site, { form, problems, result: null, page: 1, pages: 0, pageSize: READER_PAGE_SIZE })), 400, headers);
    }
    const result = params.text.trim() === '' && !c.req.query('q') ? null : await runSearch(deps, params, PUBLIC);
    const pages = result ? Math.min(MAX_SEARCH_PAGE, Math.ceil(result.total / params.pageSize)) : 0;
    const data = {
      form,
      problems: [],
      result: result && {
        ...result,
        hits: result.hits.map((hit) => ({ teaser: presentTeaser(hit.article, site), snippet: hit.snippet })),
      },
      page: params.page,
      pages,
      pageSize: params.pageSize,
    };
    return c.html(String(searchPage(site, data)), 200, headers);
  });

  app.get('/api/v1/search', async (c) => {
    const site = await deps.siteContext();
    const { params, problems } = readSearchParams((name) => c.req.query(name), apiParamNames, {
      timeZone: site.timeZone,
      pageSize: READER_PAGE_SIZE,
      maxPageSize: API_MAX_PAGE_SIZE,
    });
    const headers = { 'Cache-Control': 'no-cache' };
    if (!params) return c.json({ error: { code: 'invalid_input', message: problems.join(' ') } }, 400, headers);
    const result = await runSearch(deps, params, PUBLIC);
    return c.json(
      {
        query: result.query,
        total: result.total,
        page: params.page,
        pageSize: params.pageSize,
        truncated: result.truncated,
        correctedTo: result.correctedTo ?? null,
        suggestion: result.suggestion ?? null,
        results: result.hits.map(({ article, snippet }) => ({
          id: article.id,
          url: `${site.baseUrl}${articlePath(article)}`,
          headline: article.headline,
          lead: article.lead,
          section: article.section,
          publishedAt: article.publishedAt,
          authors: article.authors,
          snippet: snippet.map((part) => part.text).join(''),
          highlights: highlightRanges(snippet),
        })),
      },
      200,
      headers,
    );
  });

  return app;
}

/** `[start, end)` character offsets of the marked words in the joined snippet. */
function highlightRanges(parts: readonly { text: string; match: boolean }[]): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  for (const part of parts) {
    if (part.match) ranges.push([offset, offset + part.text.length]);
    offset += part.text.length;
  }
  return ranges;
}

function formValues(params: SearchParams | null, raw: (name: string) => string): SearchFormValues {
  if (params) return { q: params.text, ...params.values, order: params.order };
  const names = readerParamNames;
  return {
    q: raw(names.q),
    section: raw(names.section),
    from: raw(names.from),
    to: raw(names.to),
    entity: raw(names.entity),
    author: raw(names.author),
    order: raw(names.order) === 'neu' ? 'newest' : 'relevance',
  };
}
