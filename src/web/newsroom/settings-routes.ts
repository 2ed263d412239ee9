import { loadSiteSettings, saveSiteSettings, type SiteSettings } from '../../settings/site-settings.ts';
import type { SettingsRepository } from '../../store/settings-repository.ts';
import type { AuthPageContext } from './auth-options.ts';
import { route, type NewsroomRoute } from './newsroom-routes.ts';
import { readForm } from './read-form.ts';
import { settingsPage } from './pages/settings-page.ts';

/** Site settings, for admins only. */
export function settingsRoutes(deps: { settings: SettingsRepository; defaults: SiteSettings; assets: AuthPageContext }): NewsroomRoute[] {
  return [
    route('GET', '/redaktion/einstellungen', 'admin', async (c) => {
      const notice = c.req.query('gespeichert') ? 'Gespeichert. Die Website zeigt die neuen Einstellungen ab sofort.' : undefined;
      const frame = { title: 'Einstellungen', user: c.get('user')!, csrfToken: c.get('csrfToken'), assets: deps.assets, notice };
      return c.html(String(settingsPage(frame, await loadSiteSettings(deps.settings, deps.defaults), [])));
    }),
    route('POST', '/redaktion/einstellungen', 'admin', async (c) => {
      const form = await readForm(c);
      // A field the form did not send keeps its value (a form from before it existed).
      const current = await loadSiteSettings(deps.settings, deps.defaults);
      // An unticked box is not sent at all.
      const input = {
        siteName: form.siteName,
        siteDescription: form.siteDescription,
        autoKeyPoints: form.autoKeyPoints === '1' ? ('1' as const) : ('0' as const),
        searchFreshness: form.searchFreshness ?? current.searchFreshness,
        searchHalfLifeDays: form.searchHalfLifeDays ?? current.searchHalfLifeDays,
        readingRetentionDays: form.readingRetentionDays ?? current.readingRetentionDays,
      };
      const result = await saveSiteSettings(deps.settings, input, c.get('user')!.name);
      if (result.saved) return c.redirect('/redaktion/einstellungen?gespeichert=1', 303);
      const frame = { title: 'Einstellungen', user: c.get('user')!, csrfToken: c.get('csrfToken'), assets: deps.assets };
      const typed = {
        siteName: String(form.siteName ?? ''),
        siteDescription: String(form.siteDescription ?? ''),
        autoKeyPoints: input.autoKeyPoints,
        searchFreshness: String(input.searchFreshness),
        searchHalfLifeDays: String(input.searchHalfLifeDays),
        readingRetentionDays: String(input.readingRetentionDays),
      };
      return c.html(String(settingsPage(frame, typed, result.problems)), 422);
    }),
  ];
}
