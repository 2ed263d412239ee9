import type { SearchFilters } from '../store/search-repository.ts';
import { localToIso } from './newsroom/zoned-time.ts';

/**
 * The search parameters of a URL, checked. The reader page and the newsroom
 * use German names (`ressort`, `von`, `seite`), the JSON API English ones;
 * the rules are the same. A problem names the parameter and what it takes.
 */
export interface SearchParamNames {
  q: string;
  section: string;
  from: string;
  to: string;
  entity: string;
  author: string;
  order: string;
  page: string;
  limit?: string;
}

export const readerParamNames: SearchParamNames = {
  q: 'q',
  section: 'ressort',
  from: 'von',
  to: 'bis',
  entity: 'thema',
  author: 'autor',
  order: 'sortierung',
  page: 'seite',
};

export const apiParamNames: SearchParamNames = {
  q: 'q',
  section: 'section',
  from: 'from',
  to: 'to',
  entity: 'entity',
  author: 'author',
  order: 'order',
  page: 'page',
  limit: 'limit',
};

export interface SearchParams {
  text: string;
  /** As given, for the form to show again. */
  values: { section: string; from: string; to: string; entity: string; author: string };
  filters: Omit<SearchFilters, 'statuses'>;
  order: 'relevance' | 'newest';
  page: number;
  pageSize: number;
}

// Deep pages of a search are never read, and each costs a longer scan.
export const MAX_SEARCH_PAGE = 100;
const MAX_FILTER_LENGTH = 200;
// A Map, not an object: `constructor` or `__proto__` must not pass as an order.
const ORDERS = new Map<string, 'relevance' | 'newest'>([
  ['relevanz', 'relevance'],
  ['relevance', 'relevance'],
  ['neu', 'newest'],
  ['newest', 'newest'],
]);

export function readSearchParams(
  get: (name: string) => string | undefined,
  names: SearchParamNames,
  options: { timeZone: string; pageSize: number; maxPageSize?: number },
): { params: SearchParams; problems: [] } | { params: null; problems: string[] } {
  const problems: string[] = [];
  const text = get(names.q) ?? '';
  const value = (name: string) => {
    const given = (get(name) ?? '').trim();
    if (given.length > MAX_FILTER_LENGTH) problems.push(`Der Parameter „${name}“ darf höchstens ${MAX_FILTER_LENGTH} Zeichen lang sein.`);
    return given.slice(0, MAX_FILTER_LENGTH);
  };
  const section = value(names.section);
  const entity = value(names.entity);
  const author = value(names.author);
  const fromText = value(names.from);
  const toText = value(names.to);
  const from = fromText === '' ? undefined : startOfDay(fromText, options.timeZone, 0);
  const until = toText === '' ? undefined : startOfDay(toText, options.timeZone, 1);
  if (from === null) problems.push(`Der Parameter „${names.from}“ muss ein Datum wie 2025-04-25 sein.`);
  if (until === null) problems.push(`Der Parameter „${names.to}“ muss ein Datum wie 2025-04-25 sein.`);
  if (from && until && from >= until) problems.push(`„${names.from}“ muss vor oder auf „${names.to}“ liegen.`);

  const orderText = value(names.order);
  const order = orderText === '' ? 'relevance' : ORDERS.get(orderText);
  if (!order) problems.push(`Der Parameter „${names.order}“ kann „relevanz“ oder „neu“ sein (in der API „relevance“ oder „newest“).`);

  const page = whole(get(names.page), 1);
  if (page === null || page < 1 || page > MAX_SEARCH_PAGE) problems.push(`Der Parameter „${names.page}“ muss eine ganze Zahl von 1 bis ${MAX_SEARCH_PAGE} sein.`);
  const maxPageSize = options.maxPageSize ?? options.pageSize;
  const pageSize = names.limit ? whole(get(names.limit), options.pageSize) : options.pageSize;
  if (pageSize === null || pageSize < 1 || pageSize > maxPageSize) problems.push(`Der Parameter „${names.limit}“ muss eine ganze Zahl von 1 bis ${maxPageSize} sein.`);

  if (problems.length > 0 || !order || page === null || pageSize === null) return { params: null, problems };
  return {
    params: {
      text,
      values: { section, from: fromText, to: toText, entity, author },
      filters: {
        ...(section && { section }),
        ...(from && { from }),
        ...(until && { until }),
        ...(entity && { entity }),
        ...(author && { author }),
      },
      order,
      page,
      pageSize,
    },
    problems: [],
  };
}

function whole(text: string | undefined, fallback: number): number | null {
  if (text === undefined || text === '') return fallback;
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The start of a calendar day in the site's zone, `plusDays` later; null if it is no real date. */
function startOfDay(date: string, timeZone: string, plusDays: number): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const next = new Date(Date.UTC(year, month - 1, day + plusDays)).toISOString().slice(0, 10);
  const iso = localToIso(`${next}T00:00`, timeZone);
  return iso === null ? null : new Date(iso);
}
