import type { Context } from 'hono';
import { hasRole } from '../../accounts/roles.ts';
import { articleStatuses, type ArticleStatus } from '../../article/article.ts';
import { DepescheError, isDepescheError } from '../../errors.ts';
import type { Store } from '../../store/article-repository.ts';
import type { Feed, Story } from '../../store/wire-repository.ts';
import { feedSettingsInput } from '../../wire/feed-settings.ts';
import type { WireDesk } from '../../wire/wire-desk.ts';
import { articlePath } from '../presenters/article-view.ts';
import type { AuthPageContext } from './auth-options.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { route, type NewsroomRoute } from './newsroom-routes.ts';
import type { NewsroomPage } from './pages/newsroom-layout.ts';
import { emptyFeedForm, type FeedFormField, type FeedFormState, type FeedFormValues } from './pages/wire-feed-form.ts';
import { feedPage } from './pages/wire-feed-page.ts';
import { feedRemovePage } from './pages/wire-feed-remove-page.ts';
import { feedPath, feedsPath, inboxPath, storyPath } from './pages/wire-feed-status.ts';
import { feedsPage } from './pages/wire-feeds-page.ts';
import { inboxPage, type InboxFilter, type InboxPageData } from './pages/wire-inbox-page.ts';
import type { EditorWireInfo } from './pages/wire-origins.ts';
import { storyPage } from './pages/wire-story-page.ts';
import { readForm } from './read-form.ts';

type Ctx = Context<NewsroomEnv>;

export interface WireRouteDeps {
  store: Store;
  wire: WireDesk;
  now: () => Date;
  timeZone: string;
  assets: AuthPageContext;
}

const inboxPageSize = 25;

// Fixed notices only: a link must not be able to put words in the page.
const notices: Record<string, string> = {
  abonniert: 'Abonniert. Depesche ruft den Feed in Kürze zum ersten Mal ab; „Jetzt abrufen“ holt die Meldungen sofort.',
  gespeichert: 'Die Einstellungen sind gespeichert; sie gelten ab dem nächsten Abruf.',
  abgerufen: 'Abgerufen. Neue Meldungen stehen im Agentur-Eingang; was nicht übernommen wurde, steht unten mit dem Grund.',
  unveraendert: 'Abgerufen: Der Feed hat sich seit dem letzten Abruf nicht geändert.',
  fehlgeschlagen: 'Der Abruf ist fehlgeschlagen. Den Grund sehen Sie unter „Zustand“.',
  beendet: 'Das Abonnement ist beendet. Die Artikel, die der Feed gebracht hat, bleiben erhalten.',
  herausgenommen: 'Der Artikel gehört nicht mehr zu dieser Geschichte.',
  aufgeloest: 'Der Artikel ist aus der Geschichte genommen; mit nur einem Artikel war sie keine Geschichte mehr und ist aufgelöst.',
};
const pollNotice: Record<Feed['lastStatus'], string> = { ok: 'abgerufen', 'not-modified': 'unveraendert', error: 'fehlgeschlagen', new: 'abgerufen' };

/** Form fields by the settings' names, with how a message next to the field names it. */
const fieldOfSetting: Record<string, { field: FeedFormField; label: string }> = {
  url: { field: 'adresse', label: 'Die Adresse' },
  title: { field: 'titel', label: 'Der Titel' },
  section: { field: 'rubrik', label: 'Die Rubrik' },
  intervalMinutes: { field: 'intervall', label: 'Das Abrufintervall' },
  trusted: { field: 'vertrauenswuerdig', label: '„Vertrauenswürdig“' },
  fetchPages: { field: 'volltext', label: '„Volltext“' },
};

/**
 * The wire desk in the newsroom: the inbox of wire drafts (and „Seite
 * übernehmen“), the subscriptions with their state, and stories. Every
 * newsroom user reads them and takes pages as drafts; Redakteure and admins
 * subscribe, poll, change and end feeds and take articles out of stories.
 */
export function wireRoutes(deps: WireRouteDeps): NewsroomRoute[] {
  const { store, wire } = deps;
  const frame = (c: Ctx, title: string, withNotice: boolean): NewsroomPage => ({
    title,
    user: c.get('user')!,
    csrfToken: c.get('csrfToken'),
    assets: deps.assets,
    notice: withNotice ? notices[c.req.query('erledigt') ?? ''] : undefined,
  });
  const canChange = (c: Ctx) => hasRole(c.get('user')!.role, 'redakteur');
  const sectionNames = async () => (await store.articles.sections()).map((section) => section.name);

  async function loadFeed(c: Ctx): Promise<Feed> {
    const id = c.req.param('feedId') ?? '';
    const feed = await store.wire.feed(id);
    if (!feed) throw new DepescheError('not_found', `Es gibt keinen abonnierten Feed mit der ID „${id}“; vielleicht wurde das Abonnement beendet. Alle Feeds stehen unter ${feedsPath}.`);
    return feed;
  }

  async function loadStory(c: Ctx): Promise<Story> {
    const id = c.req.param('storyId') ?? '';
    const story = await store.wire.story(id);
    if (!story) throw new DepescheError('not_found', `Die Geschichte „${id}“ gibt es nicht (mehr): Bleibt einer Geschichte nur ein Artikel, löst sie sich auf. Die Artikel selbst finden Sie im Agentur-Eingang.`);
    return story;
  }

  async function renderInbox(c: Ctx, importForm: InboxPageData['importForm'], status = 200) {
    const filter: InboxFilter = c.req.query('zeigen') === 'alle' ? 'alle' : 'entwuerfe';
    const statuses: readonly ArticleStatus[] = filter === 'alle' ? articleStatuses : ['draft'];
    const total = await store.wire.inboxCount({ statuses });
    const pages = Math.max(1, Math.ceil(total / inboxPageSize));
    const asked = Number(c.req.query('seite') ?? '1');
    const page = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), pages) : 1;
    const entries = await store.wire.inbox({ statuses, limit: inboxPageSize, offset: (page - 1) * inboxPageSize });
    // Only an empty inbox asks whether there are feeds at all (to say how to subscribe).
    const hasFeeds = entries.length > 0 || (await store.wire.feeds()).length > 0;
    const data: InboxPageData = { entries, filter, page, pages, total, hasFeeds, importForm, timeZone: deps.timeZone };
    return c.html(String(inboxPage(frame(c, 'Agentur-Eingang', status === 200), data)), status as 200);
  }

  async function renderFeeds(c: Ctx, form: FeedFormState, status = 200) {
    const data = { feeds: await store.wire.feeds(), canChange: canChange(c), form, sections: await sectionNames(), timeZone: deps.timeZone, nowMs: deps.now().getTime() };
    return c.html(String(feedsPage(frame(c, 'Agentur-Feeds', status === 200), data)), status as 200);
  }

  async function renderFeed(c: Ctx, feed: Feed, form: FeedFormState, status = 200) {
    const data = { feed, canChange: canChange(c), form, sections: await sectionNames(), timeZone: deps.timeZone, nowMs: deps.now().getTime() };
    return c.html(String(feedPage(frame(c, `Feed: ${feed.title}`, status === 200), data)), status as 200);
  }

  return [
    route('GET', inboxPath, 'autor', (c) => renderInbox(c, { url: '', problem: null })),

    // Autoren write drafts, so every newsroom user may take a page as one.
    route('POST', `${inboxPath}/uebernehmen`, 'autor', async (c) => {
      const form = await readForm(c);
      const url = text(form.adresse).trim();
      const user = c.get('user')!;
      try {
        const article = await wire.importPage(url, { email: user.email, userId: user.id });
        return c.redirect(`/redaktion/artikel/${article.id}`, 303);
      } catch (error) {
        if (!isDepescheError(error)) throw error;
        return renderInbox(c, { url, problem: error.message }, error.status);
      }
    }),

    route('GET', feedsPath, 'autor', (c) => renderFeeds(c, emptyFeedForm)),

    route('POST', feedsPath, 'redakteur', async (c) => {
      const values = formValues(await readForm(c));
      try {
        const feed = await wire.subscribe(settingsInput(values), c.get('user')!.name);
        return c.redirect(`${feedPath(feed.id)}?erledigt=abonniert`, 303);
      } catch (error) {
        if (!isDepescheError(error)) throw error;
        return renderFeeds(c, { values, problems: problemsOf(error, values) }, error.status);
      }
    }),

    route('GET', `${feedsPath}/:feedId`, 'autor', async (c) => {
      const feed = await loadFeed(c);
      return renderFeed(c, feed, { values: valuesOf(feed), problems: {} });
    }),

    route('POST', `${feedsPath}/:feedId`, 'redakteur', async (c) => {
      const values = formValues(await readForm(c));
      const feed = await loadFeed(c);
      try {
        await wire.update(feed.id, settingsInput(values));
      } catch (error) {
        if (!isDepescheError(error) || error.code === 'not_found') throw error;
        return renderFeed(c, feed, { values, problems: problemsOf(error, values) }, error.status);
      }
      return c.redirect(`${feedPath(feed.id)}?erledigt=gespeichert`, 303);
    }),

    route('POST', `${feedsPath}/:feedId/abrufen`, 'redakteur', async (c) => {
      const feed = await wire.pollNow((await loadFeed(c)).id);
      return c.redirect(`${feedPath(feed.id)}?erledigt=${pollNotice[feed.lastStatus]}`, 303);
    }),

    route('GET', `${feedsPath}/:feedId/beenden`, 'redakteur', async (c) => {
      const feed = await loadFeed(c);
      return c.html(String(feedRemovePage(frame(c, `Abonnement beenden: ${feed.title}`, false), feed)));
    }),

    route('POST', `${feedsPath}/:feedId/beenden`, 'redakteur', async (c) => {
      await wire.remove((await loadFeed(c)).id);
      return c.redirect(`${feedsPath}?erledigt=beendet`, 303);
    }),

    route('GET', '/redaktion/geschichten/:storyId', 'autor', async (c) => {
      const story = await loadStory(c);
      const livePaths = new Map(story.articles.filter((a) => a.status === 'published').map((a) => [a.id, articlePath(a)]));
      const data = { story, livePaths, canChange: canChange(c), timeZone: deps.timeZone };
      return c.html(String(storyPage(frame(c, `Geschichte: ${story.title}`, true), data)));
    }),

    route('POST', '/redaktion/geschichten/:storyId/herausnehmen', 'redakteur', async (c) => {
      const form = await readForm(c);
      const story = await loadStory(c);
      const articleId = text(form.artikel);
      if (!story.articles.some((article) => article.id === articleId)) {
        throw new DepescheError('not_found', 'Dieser Artikel gehört nicht (mehr) zu dieser Geschichte; vielleicht hat ihn schon jemand herausgenommen. Laden Sie die Seite neu.');
      }
      await store.wire.leaveStory(articleId);
      const left = await store.wire.story(story.id);
      return c.redirect(left ? `${storyPath(story.id)}?erledigt=herausgenommen` : `${inboxPath}?erledigt=aufgeloest`, 303);
    }),
  ];
}

/** What the editor shows of an article's wire origins and story; null for an article that has neither. */
export async function editorWireInfo(store: Store, articleId: string, timeZone: string): Promise<EditorWireInfo | null> {
  const [origins, story] = await Promise.all([store.wire.originsOf(articleId), store.wire.storyOf(articleId)]);
  if (origins.length === 0 && !story) return null;
  return { origins, story: story ? { id: story.id, title: story.title, size: story.articles.length } : null, timeZone };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function formValues(form: Record<string, unknown>): FeedFormValues {
  return {
    adresse: text(form.adresse).trim(),
    titel: text(form.titel),
    rubrik: text(form.rubrik),
    intervall: text(form.intervall).trim(),
    vertrauenswuerdig: form.vertrauenswuerdig === '1',
    volltext: form.volltext === '1',
  };
}

function valuesOf(feed: Feed): FeedFormValues {
  return {
    adresse: feed.url,
    titel: feed.title,
    rubrik: feed.section ?? '',
    intervall: String(feed.intervalMinutes),
    vertrauenswuerdig: feed.trusted,
    volltext: feed.fetchPages,
  };
}

/** The form as the wire desk's settings: an empty interval takes the default; one that is no number is refused by name. */
function settingsInput(values: FeedFormValues) {
  return {
    url: values.adresse,
    title: values.titel,
    section: values.rubrik.trim() || null,
    trusted: values.vertrauenswuerdig,
    fetchPages: values.volltext,
    ...(values.intervall === '' ? {} : { intervalMinutes: /^-?\d+$/.test(values.intervall) ? Number(values.intervall) : values.intervall }),
  };
}

/**
 * What was wrong, next to the field it concerns: each invalid setting at its
 * own field; anything else (a duplicate, what the feed's server answered) at
 * the address.
 */
function problemsOf(error: DepescheError, values: FeedFormValues): FeedFormState['problems'] {
  const problems: FeedFormState['problems'] = {};
  const parsed = error.code === 'invalid_input' ? feedSettingsInput.safeParse(settingsInput(values)) : null;
  for (const issue of parsed && !parsed.success ? parsed.error.issues : []) {
    const setting = fieldOfSetting[String(issue.path[0])];
    if (setting && !problems[setting.field]) problems[setting.field] = `${setting.label} ${issue.message}.`;
  }
  return Object.keys(problems).length > 0 ? problems : { adresse: error.message };
}
