import { DepescheError } from '../../errors.ts';
import type { Store } from '../../store/article-repository.ts';
import type { AuthPageContext } from './auth-options.ts';
import { route, type NewsroomRoute } from './newsroom-routes.ts';
import { deletePage } from './pages/delete-page.ts';
import { readForm } from './read-form.ts';

/**
 * Deleting an article, for Redakteure and admins: a confirmation page, then
 * one transaction that removes the article, its versions and its search entry.
 */
export function deleteRoutes(deps: { store: Store; assets: AuthPageContext }): NewsroomRoute[] {
  const { store } = deps;
  const loaded = async (id: string) => {
    const stored = await store.articles.get(id);
    if (!stored) throw new DepescheError('not_found', 'Diesen Artikel gibt es nicht (mehr).');
    return stored;
  };
  return [
    route('GET', '/redaktion/artikel/:id/loeschen', 'redakteur', async (c) => {
      const stored = await loaded(c.req.param('id') ?? '');
      const frame = { title: 'Artikel löschen', user: c.get('user')!, csrfToken: c.get('csrfToken'), assets: deps.assets };
      const data = {
        articleId: stored.article.id,
        headline: stored.article.headline,
        version: stored.version,
        revisions: (await store.articles.revisions(stored.article.id)).length,
        isLive: stored.article.status === 'published',
      };
      return c.html(String(deletePage(frame, data)));
    }),
    route('POST', '/redaktion/artikel/:id/loeschen', 'redakteur', async (c) => {
      const form = await readForm(c);
      const version = Number(form.version);
      if (!Number.isInteger(version) || version < 1) throw new DepescheError('invalid_input', 'Die Version des Artikels fehlt; bitte öffnen Sie die Seite „Löschen“ neu.');
      // A version saved after the confirmation page was opened is a conflict: nothing is deleted unseen.
      await store.articles.delete(c.req.param('id') ?? '', { expectedVersion: version });
      return c.redirect('/redaktion?geloescht=1', 303);
    }),
  ];
}
