import type { Context } from 'hono';
import { hasRole } from '../../accounts/roles.ts';
import { DepescheError, isDepescheError } from '../../errors.ts';
import type { StoredArticle } from '../../store/article-repository.ts';
import type { RuleKind } from '../../store/recommendation-rules-repository.ts';
import { articlePath } from '../presenters/article-view.ts';
import { parseRuleKind, resolveRuleTarget } from './article-target.ts';
import type { AuthPageContext } from './auth-options.ts';
import type { NewsroomDeps } from './newsroom-deps.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { route, type NewsroomRoute } from './newsroom-routes.ts';
import { dailyBars, dailyWindowStart, hourlyBars } from './pages/reads-chart.ts';
import { readingPage, readingPath, type ArticleMention, type ReadingPageData, type RuleView } from './pages/reading-page.ts';
import { readForm } from './read-form.ts';
import type { ReadingRepository } from '../../store/reading-repository.ts';

type Ctx = Context<NewsroomEnv>;

const chartDays = 30;
const chartHours = 48;
const nextReadsShown = 10;
const hourMs = 3_600_000;

// Fixed notices only: a link must not be able to put words in the page.
const notices: Record<string, string> = {
  angeheftet: 'Angeheftet. „Für Sie ausgewählt“ zeigt den Artikel unter diesem ab sofort zuerst.',
  ausgeschlossen: 'Ausgeschlossen. „Für Sie ausgewählt“ zeigt den Artikel unter diesem ab sofort nicht mehr.',
  entfernt: 'Die Regel ist entfernt; der Artikel wird wieder nach den Lesedaten empfohlen oder nicht.',
  unveraendert: 'Diese Regel gab es schon; nichts geändert.',
};
const doneKey: Record<RuleKind, string> = { pin: 'angeheftet', exclude: 'ausgeschlossen' };

/**
 * Per article: reads over time, what its readers read next, and the
 * editors' pins and exclusions for "Für Sie ausgewählt" under it. Every
 * newsroom user sees it; Redakteure and admins change the rules.
 */
export function readingRoutes(
  deps: Pick<NewsroomDeps, 'store' | 'now' | 'timeZone'> & { reading: ReadingRepository; siteUrl: string; assets: AuthPageContext },
): NewsroomRoute[] {
  const { store, reading } = deps;

  async function load(c: Ctx): Promise<StoredArticle> {
    const stored = await store.articles.get(c.req.param('id') ?? '');
    if (!stored) throw new DepescheError('not_found', 'Diesen Artikel gibt es nicht (mehr).');
    return stored;
  }

  /** The other articles by id, in one query; ids of deleted articles are left out. */
  async function mentions(ids: readonly string[]): Promise<Map<string, ArticleMention>> {
    const wanted = [...new Set(ids)];
    const found = wanted.length === 0 ? [] : await store.articles.list({ ids: wanted, limit: wanted.length });
    return new Map(found.map((a) => [a.id, { id: a.id, headline: a.headline, status: a.status }]));
  }

  async function pageData(c: Ctx, stored: StoredArticle, form: ReadingPageData['form']): Promise<ReadingPageData> {
    const { article } = stored;
    const nowMs = deps.now().getTime();
    const untilMs = Math.floor(nowMs / hourMs) * hourMs + hourMs;
    const [buckets, totals, next, rules] = await Promise.all([
      reading.hourlyReads(article.id, dailyWindowStart(nowMs, deps.timeZone, chartDays), untilMs),
      reading.totals([article.id]),
      // A few more than shown, for those whose article has been deleted since.
      reading.nextReads(article.id, nextReadsShown * 2),
      store.recommendationRules.forArticle(article.id),
    ]);
    const others = await mentions([...next.map((n) => n.articleId), ...rules.map((r) => r.targetId)]);
    const ruleOf = new Map(rules.map((r) => [r.targetId, r.kind]));
    const ruleViews = rules.flatMap((rule): RuleView[] => {
      const target = others.get(rule.targetId);
      return target ? [{ ...target, kind: rule.kind, by: rule.createdBy, at: rule.createdAt }] : [];
    });
    return {
      article: {
        id: article.id,
        headline: article.headline,
        status: article.status,
        livePath: article.status === 'published' ? articlePath(article) : null,
      },
      totalReads: totals.get(article.id) ?? 0,
      daily: dailyBars(buckets, { nowMs, timeZone: deps.timeZone, days: chartDays }),
      hourly: hourlyBars(buckets, { nowMs, timeZone: deps.timeZone, hours: chartHours }),
      nextReads: next
        .flatMap((n) => {
          const other = others.get(n.articleId);
          return other ? [{ ...other, reads: n.reads, rule: ruleOf.get(n.articleId) ?? null }] : [];
        })
        .slice(0, nextReadsShown),
      pins: ruleViews.filter((r) => r.kind === 'pin'),
      exclusions: ruleViews.filter((r) => r.kind === 'exclude'),
      canChange: hasRole(c.get('user')!.role, 'redakteur'),
      form,
      timeZone: deps.timeZone,
    };
  }

  async function render(c: Ctx, stored: StoredArticle, form: ReadingPageData['form'], status = 200) {
    const notice = status === 200 ? notices[c.req.query('erledigt') ?? ''] : undefined;
    const frame = { title: `Leserschaft und Empfehlungen: ${stored.article.headline}`, user: c.get('user')!, csrfToken: c.get('csrfToken'), assets: deps.assets, notice };
    return c.html(String(readingPage(frame, await pageData(c, stored, form))), status as 200);
  }

  const text = (value: unknown) => (typeof value === 'string' ? value : '');

  return [
    route('GET', '/redaktion/artikel/:id/leserschaft', 'autor', async (c) =>
      render(c, await load(c), { typed: '', kind: 'pin', problem: null }),
    ),

    route('POST', '/redaktion/artikel/:id/leserschaft/regeln', 'redakteur', async (c) => {
      const form = await readForm(c);
      const stored = await load(c);
      const typed = text(form.ziel);
      const kind = form.art === 'exclude' ? 'exclude' : 'pin';
      try {
        const target = await resolveRuleTarget(store.articles, {
          typed,
          kind: parseRuleKind(form.art),
          article: stored.article,
          // The public address, and the one the newsroom is open at (which may be another, e.g. 127.0.0.1).
          ownOrigins: [deps.siteUrl, new URL(c.req.url).origin],
        });
        const existing = (await store.recommendationRules.forArticle(stored.article.id)).find((r) => r.targetId === target.article.id);
        // Setting a pin again would move it to the end: an unchanged rule stays where it is.
        if (existing?.kind === kind) return c.redirect(`${readingPath(stored.article.id)}?erledigt=unveraendert#regeln`, 303);
        await store.recommendationRules.set({ articleId: stored.article.id, targetId: target.article.id, kind, createdBy: c.get('user')!.name });
      } catch (error) {
        if (!isDepescheError(error) || (error.code !== 'invalid_input' && error.code !== 'not_found')) throw error;
        return render(c, stored, { typed, kind, problem: error.message }, error.status);
      }
      return c.redirect(`${readingPath(stored.article.id)}?erledigt=${doneKey[kind]}#regeln`, 303);
    }),

    route('POST', '/redaktion/artikel/:id/leserschaft/regeln/entfernen', 'redakteur', async (c) => {
      const form = await readForm(c);
      const stored = await load(c);
      const targetId = text(form.ziel);
      const rules = await store.recommendationRules.forArticle(stored.article.id);
      if (!rules.some((r) => r.targetId === targetId)) {
        throw new DepescheError('not_found', 'Diese Regel gibt es nicht (mehr); vielleicht hat sie schon jemand entfernt. Laden Sie die Seite neu.');
      }
      await store.recommendationRules.remove(stored.article.id, targetId);
      return c.redirect(`${readingPath(stored.article.id)}?erledigt=entfernt#regeln`, 303);
    }),
  ];
}
