import type { Context } from 'hono';
import { hasRole, type SignedInUser } from '../../accounts/roles.ts';
import { articleStatuses, type Article, type ArticleStatus } from '../../article/article.ts';
import { sectionOf } from '../../article/section.ts';
import { diffArticles } from '../../commands/revision-diff.ts';
import { enrichArticle } from '../../commands/enrich-draft.ts';
import {
  allowedActions,
  applyAction,
  canEdit,
  publishingProblems,
  workflowActions,
  type FieldProblem,
  type WorkflowAction,
} from '../../commands/workflow.ts';
import { DepescheError, isDepescheError } from '../../errors.ts';
import type { StoredArticle } from '../../store/article-repository.ts';
import { articlePage } from '../pages/article-page.ts';
import { html } from '../pages/html.ts';
import { articlePath, presentArticle, presentTeaser } from '../presenters/article-view.ts';
import {
  applyKeyPointCommand,
  articleFromValues,
  emptyForm,
  formFromArticle,
  valuesFromPost,
  type ArticleFormValues,
  type PostedForm,
} from './article-form.ts';
import type { AuthPageContext } from './auth-options.ts';
import type { NewsroomDeps } from './newsroom-deps.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { route, type NewsroomRoute } from './newsroom-routes.ts';
import { articleListPage, type ArticleListFilter, type ArticleListRows } from './pages/article-list-page.ts';
import { runSearch } from '../search-routes.ts';
import { MAX_SEARCH_PAGE } from '../search-params.ts';
import type { SiteSettings } from '../../settings/site-settings.ts';
import { editorPage, type EditorData } from './pages/editor-page.ts';
import type { NewsroomPage } from './pages/newsroom-layout.ts';
import { readForm } from './read-form.ts';
import { revisionsPage } from './pages/revisions-page.ts';
import { editorWireInfo } from './wire-routes.ts';

type Ctx = Context<NewsroomEnv>;

/** Saves an uploaded picture and returns its `src` for the model; throws DepescheError for bad files. */
export type UploadImage = (file: File, user: SignedInUser) => Promise<string>;

const listPageSize = 50;

/** The newsroom's article routes, each with the role it needs. */
export function articleRoutes(
  deps: NewsroomDeps & { uploadImage: UploadImage; assets: AuthPageContext; settings: () => Promise<SiteSettings> },
): NewsroomRoute[] {
  const { store } = deps;
  const frame = (c: Ctx, title: string, notice?: string): NewsroomPage => ({
    title,
    user: c.get('user')!,
    csrfToken: c.get('csrfToken'),
    assets: deps.assets,
    notice,
  });
  const sectionNames = async () => (await store.articles.sections('published')).map((s) => s.name);

  async function filteredRows(filter: ArticleListFilter, page: number): Promise<ArticleListRows> {
    const articles = await store.articles.list({
      status: filter.status || undefined,
      section: filter.section || undefined,
      author: filter.author || undefined,
      headlineContains: filter.q || undefined,
      limit: listPageSize + 1,
      offset: (page - 1) * listPageSize,
    });
    return { rows: articles.slice(0, listPageSize).map((article) => ({ article })), hasMore: articles.length > listPageSize };
  }

  /** The full-text search over every article, drafts too: the same search as the reader's, other statuses. */
  async function searchedRows(filter: ArticleListFilter, page: number): Promise<ArticleListRows> {
    const params = {
      text: filter.fullText,
      filters: { ...(filter.section && { section: filter.section }), ...(filter.author && { author: filter.author }) },
      order: 'relevance' as const,
      page: Math.min(page, MAX_SEARCH_PAGE),
      pageSize: listPageSize,
    };
    const result = await runSearch({ search: store.search, settings: deps.settings, now: deps.now }, params, filter.status ? [filter.status] : articleStatuses);
    return {
      rows: result.hits.map((hit) => ({ article: hit.article, snippet: hit.snippet })),
      hasMore: params.page * listPageSize < result.total && params.page < MAX_SEARCH_PAGE,
      search: result,
    };
  }

  async function load(c: Ctx): Promise<StoredArticle> {
    const stored = await store.articles.get(c.req.param('id') ?? '');
    if (!stored) throw new DepescheError('not_found', 'Diesen Artikel gibt es nicht (mehr).');
    return stored;
  }

  function renderEditor(c: Ctx, data: Omit<EditorData, 'sections'> & { sections: string[] }, status = 200) {
    return c.html(String(editorPage(frame(c, data.values.headline || 'Neuer Artikel', noticeFor(c)), data)), status as 200);
  }

  async function showEditor(c: Ctx, stored: StoredArticle | null, values: ArticleFormValues, extra: Partial<EditorData> = {}, status = 200) {
    const user = c.get('user')!;
    return renderEditor(
      c,
      {
        articleId: stored?.article.id ?? null,
        status: stored?.article.status ?? 'draft',
        values,
        problems: [],
        actions: allowedActions(user, stored && { status: stored.article.status, createdBy: stored.createdBy }),
        sections: await sectionNames(),
        conflict: null,
        liveUrl: stored?.article.status === 'published' ? articlePath(stored.article) : null,
        canDelete: hasRole(user.role, 'redakteur'),
        wire: stored ? await editorWireInfo(store, stored.article.id, deps.timeZone) : null,
        ...extra,
      },
      status,
    );
  }

  /** One save, whatever the button: rearrange key points, or validate, apply the action and store. */
  /** `id` null: a new article. The article is read only after the (possibly slow) form has arrived. */
  async function save(c: Ctx, id: string | null) {
    const user = c.get('user')!;
    const form = (await readForm(c, { all: true })) as PostedForm;
    // Read now that the upload has arrived: the checks below must see the article as it is, not as it was.
    const stored = id === null ? null : await load(c);
    let values = valuesFromPost(form);
    const ownership = stored && { status: stored.article.status, createdBy: stored.createdBy };
    const allowed = allowedActions(user, ownership);
    if (allowed.length === 0) throw new DepescheError('forbidden', 'Diesen Artikel dürfen Sie nicht ändern.');

    // The picture first: a file input cannot be refilled, so whatever the
    // button, a chosen picture is kept (as its new address) or its problem shown.
    const problems: FieldProblem[] = [];
    const file = form.heroFile;
    if (form.heroRemove === '1') values = { ...values, heroSrc: '' };
    if (file instanceof File && file.size > 0) {
      try {
        values = { ...values, heroSrc: await deps.uploadImage(file, user) };
      } catch (error) {
        if (!isDepescheError(error)) throw error;
        problems.push({ field: 'heroFile', message: error.message });
      }
    }

    const command = typeof form.keyPointCommand === 'string' ? form.keyPointCommand : null;
    if (command) return showEditor(c, stored, applyKeyPointCommand(values, command), { problems });

    const action = String(form.action ?? 'save') as WorkflowAction;
    if (!workflowActions.includes(action) || !allowed.includes(action)) {
      throw new DepescheError('forbidden', 'Diese Aktion ist für Ihre Rolle bei diesem Artikel nicht erlaubt.');
    }

    const now = deps.now();
    const built = articleFromValues(values, stored?.article ?? null, { now, timeZone: deps.timeZone });
    if (!built.article) return showEditor(c, stored, values, { problems: [...problems, ...built.problems] }, 422);
    const publishAt = values.publishAt && built.article.publishedAt ? new Date(built.article.publishedAt) : null;
    // Enrichment runs on every save and only adds (sources cited in the text; key points when the site allows).
    const autoKeyPoints = (await store.settings.all()).autoKeyPoints === '1';
    const enriched = enrichArticle(built.article, { autoKeyPoints });
    const article: Article = { ...enriched, ...applyAction(enriched, action, now, publishAt) };
    problems.push(...publishingProblems(article, action, now));
    if (problems.length > 0) return showEditor(c, stored, values, { problems }, 422);

    try {
      const saved = stored
        ? await store.articles.update(article, {
            actor: user.name,
            expectedVersion: Number(values.version),
            // The rights were checked against this status; a change in between is a conflict.
            expectedStatus: stored.article.status,
          })
        : await store.articles.insert(article, { actor: user.name, createdBy: user.id, makeSlugUnique: true });
      return c.redirect(`/redaktion/artikel/${saved.article.id}?gespeichert=${action}`, 303);
    } catch (error) {
      if (!(isDepescheError(error) && error.code === 'conflict' && stored)) throw error;
      // Someone saved first. Nothing is lost: theirs is stored, yours stays in the form.
      const current = await store.articles.get(article.id);
      if (!current) throw error;
      const [latest] = await store.articles.revisions(article.id);
      return showEditor(
        c,
        current,
        { ...values, version: String(current.version) },
        { conflict: { by: latest?.actor ?? 'jemand anderem', diff: diffArticles(article, current.article) } },
        409,
      );
    }
  }

  return [
    route('GET', '/redaktion', 'autor', async (c) => {
      const filter = listFilter(c);
      const page = Math.max(1, Math.min(1000, Number(c.req.query('seite')) || 1));
      const listed = filter.fullText ? await searchedRows(filter, page) : await filteredRows(filter, page);
      return c.html(
        String(
          articleListPage(frame(c, 'Artikel', noticeFor(c)), {
            filter,
            ...listed,
            sections: await store.articles.sections(),
            authors: await store.articles.authorNames(),
            timeZone: deps.timeZone,
            page,
          }),
        ),
      );
    }),

    route('GET', '/redaktion/artikel/neu', 'autor', (c) => showEditor(c, null, emptyForm(c.get('user')!.name))),
    route('POST', '/redaktion/artikel/neu', 'autor', (c) => save(c, null)),

    route('GET', '/redaktion/artikel/:id', 'autor', async (c) => {
      const stored = await load(c);
      return showEditor(c, stored, formFromArticle(stored.article, stored.version, deps.timeZone));
    }),
    route('POST', '/redaktion/artikel/:id', 'autor', (c) => save(c, c.req.param('id') ?? '')),

    route('GET', '/redaktion/artikel/:id/vorschau', 'autor', async (c) => {
      const { article } = await load(c);
      const site = await deps.siteContext();
      // The reader page with a banner saying that it is not public. The picks
      // stand in for the recommender's (which knows only published articles),
      // and the preview counts no reads (the site context has no beacon script).
      const section = sectionOf(article.section);
      const recommendations = (await store.articles.list({ status: 'published', section: section.slug, excludeIds: [article.id], limit: 4 }))
        .map((a) => ({ ...presentTeaser(a, site), reason: site.messages.reasonFresh(section.name) }));
      const page = articlePage(site, presentArticle(article, site), recommendations, {
        banner: html`<p class="preview-banner" role="status">Vorschau – so sehen Leserinnen und Leser den Artikel. Noch nicht öffentlich, wenn nicht veröffentlicht. <a href="/redaktion/artikel/${article.id}">Zurück zum Bearbeiten</a></p>`,
        noIndex: true,
      });
      return c.html(String(page));
    }),

    route('GET', '/redaktion/artikel/:id/versionen', 'autor', async (c) => {
      const stored = await load(c);
      const revisions = await store.articles.revisions(stored.article.id);
      const a = Number(c.req.query('a'));
      const b = Number(c.req.query('b'));
      const older = revisions.find((r) => r.version === Math.min(a, b));
      const newer = revisions.find((r) => r.version === Math.max(a, b));
      return c.html(
        String(
          revisionsPage(frame(c, 'Versionen', noticeFor(c)), {
            articleId: stored.article.id,
            headline: stored.article.headline,
            revisions,
            timeZone: deps.timeZone,
            compared: older && newer ? { older: older.version, newer: newer.version, diff: diffArticles(older.article, newer.article) } : null,
            canRestore: canEdit(c.get('user')!, { status: stored.article.status, createdBy: stored.createdBy }),
          }),
        ),
      );
    }),

    route('POST', '/redaktion/artikel/:id/versionen/:version/wiederherstellen', 'autor', async (c) => {
      const user = c.get('user')!;
      const stored = await load(c);
      if (!canEdit(user, { status: stored.article.status, createdBy: stored.createdBy })) {
        throw new DepescheError('forbidden', 'Diesen Artikel dürfen Sie nicht ändern.');
      }
      const revision = (await store.articles.revisions(stored.article.id)).find((r) => r.version === Number(c.req.param('version')));
      if (!revision) throw new DepescheError('not_found', 'Diese Version gibt es nicht.');
      // The old content comes back as a new version; the workflow state stays as it is now.
      const now = deps.now();
      const restored: Article = {
        ...revision.article,
        id: stored.article.id,
        slug: stored.article.slug,
        status: stored.article.status,
        publishedAt: stored.article.publishedAt,
        updatedAt: now.toISOString(),
      };
      // A live or scheduled article must stay complete, as when it is saved in the editor.
      const problems = publishingProblems(restored, 'save', now);
      if (problems.length > 0) {
        throw new DepescheError(
          'invalid_article',
          `Version ${revision.version} kann nicht wiederhergestellt werden, solange der Artikel ${stored.article.status === 'scheduled' ? 'geplant' : 'veröffentlicht'} ist: ${problems.map((p) => p.message).join(' ')}`,
        );
      }
      await store.articles.update(restored, { actor: user.name, expectedVersion: stored.version });
      return c.redirect(`/redaktion/artikel/${stored.article.id}/versionen?wiederhergestellt=${revision.version}`, 303);
    }),
  ];
}

function listFilter(c: Ctx): ArticleListFilter {
  const status = c.req.query('status') ?? '';
  return {
    status: (articleStatuses as readonly string[]).includes(status) ? (status as ArticleStatus) : '',
    section: (c.req.query('section') ?? '').slice(0, 100),
    author: (c.req.query('author') ?? '').slice(0, 200),
    q: (c.req.query('q') ?? '').slice(0, 200),
    // The search reads at most its first 500 characters and says so.
    fullText: (c.req.query('suche') ?? '').slice(0, 1000).trim(),
  };
}

const notices: Record<string, string> = {
  save: 'Gespeichert.',
  submit: 'Zur Prüfung eingereicht.',
  publish: 'Veröffentlicht.',
  schedule: 'Zeitgesteuerte Veröffentlichung ist geplant.',
  unschedule: 'Zeitplan aufgehoben; der Artikel ist wieder ein Entwurf.',
  unpublish: 'Zurückgezogen; der Artikel ist nicht mehr öffentlich.',
  archive: 'Archiviert.',
};

function noticeFor(c: Ctx): string | undefined {
  if (c.req.query('geloescht')) return 'Der Artikel wurde gelöscht. Er ist nicht mehr auf der Website und nicht mehr in der Suche.';
  const saved = c.req.query('gespeichert');
  if (saved) return notices[saved];
  const restored = c.req.query('wiederhergestellt');
  return restored ? `Version ${Number(restored)} wurde als neue Version wiederhergestellt.` : undefined;
}
