import { bodyLimit } from 'hono/body-limit';
import { Hono } from 'hono';
import { AccountService } from '../../accounts/account-service.ts';
import { uploadImage } from '../../commands/upload-image.ts';
import { loadSiteSettings, type SiteSettings } from '../../settings/site-settings.ts';
import type { Store } from '../../store/article-repository.ts';
import type { ReadingRepository } from '../../store/reading-repository.ts';
import type { WireDesk } from '../../wire/wire-desk.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { articleRoutes } from './article-routes.ts';
import type { AuthPageContext, NewsroomAuthOptions } from './auth-options.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { csrfProtection } from './csrf.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { mountNewsroomRoutes } from './newsroom-routes.ts';
import { noStore } from './no-store.ts';
import { sessionMiddleware } from './session-middleware.ts';
import { deleteRoutes } from './delete-routes.ts';
import { readingRoutes } from './newsroom-reading-routes.ts';
import { settingsRoutes } from './settings-routes.ts';
import { userRoutes } from './user-routes.ts';
import { wireRoutes } from './wire-routes.ts';

export interface NewsroomOptions {
  store: Store;
  /** Reading statistics, for the per-article reading view. */
  reading: ReadingRepository;
  /** The wire desk: feeds, inbox, pasted pages. */
  wire: WireDesk;
  siteUrl: string;
  timeZone: string;
  mediaDir: string;
  trustProxy: boolean;
  now: () => Date;
  /** The reader site's context, for the preview. */
  siteContext: () => Promise<SiteContext>;
  settingDefaults: SiteSettings;
  page: AuthPageContext;
}

const maxUploadBytes = 20 * 1024 * 1024;
const uploadBodyLimit = bodyLimit({
  maxSize: maxUploadBytes + 1024 * 1024,
  onError: (c) => c.text(`Die Anfrage ist zu groß: Bilder dürfen höchstens ${maxUploadBytes / 1024 / 1024} MB haben.`, 413),
});
const formBodyLimit = bodyLimit({
  maxSize: 256 * 1024,
  onError: (c) => c.text('Die Anfrage ist zu groß für dieses Formular.', 413),
});

/**
 * The newsroom under /redaktion: never cached, body size checked before
 * anything reads it, then session and CSRF, then the routes — each of which
 * declares the role it needs.
 */
export function newsroomApp(options: NewsroomOptions): Hono<NewsroomEnv> {
  const { store } = options;
  const newsroom = new Hono<NewsroomEnv>();
  const auth: NewsroomAuthOptions = {
    accounts: new AccountService({ repository: store.accounts }),
    siteUrl: options.siteUrl,
    page: options.page,
    trustProxy: options.trustProxy,
  };
  newsroom.use(
    '/redaktion/*',
    noStore(),
    // The editor's forms carry an upload (its limit plus room for the text); every other form is small.
    async (c, next) => {
      const editor = /^\/redaktion\/artikel\/[^/]+$/.test(c.req.path);
      return (editor ? uploadBodyLimit : formBodyLimit)(c, next);
    },
    sessionMiddleware(auth),
    csrfProtection(auth),
  );
  registerAuthRoutes(newsroom, auth);
  mountNewsroomRoutes(newsroom, [
    ...articleRoutes({
      store,
      settings: () => loadSiteSettings(store.settings, options.settingDefaults),
      now: options.now,
      timeZone: options.timeZone,
      siteContext: options.siteContext,
      assets: options.page,
      uploadImage: async (file, user) => {
        const upload = { bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name, createdBy: user.id };
        return (await uploadImage(store, upload, { mediaDir: options.mediaDir, maxBytes: maxUploadBytes })).src;
      },
    }),
    ...deleteRoutes({ store, assets: options.page }),
    ...readingRoutes({ store, reading: options.reading, now: options.now, timeZone: options.timeZone, siteUrl: options.siteUrl, assets: options.page }),
    ...userRoutes({ accounts: auth.accounts, assets: options.page, timeZone: options.timeZone }),
    ...settingsRoutes({ settings: store.settings, defaults: options.settingDefaults, assets: options.page }),
    ...wireRoutes({ store, wire: options.wire, now: options.now, timeZone: options.timeZone, assets: options.page }),
  ]);
  return newsroom;
}
