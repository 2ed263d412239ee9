import type { SiteContext } from '../presenters/site-context.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';

/** What the site stores, as the reading routes do it: the page states these numbers, never its own copies. */
export interface PrivacyFacts {
  historyCookie: { name: string; maxIds: number; maxAgeDays: number };
  optOutCookie: { name: string; value: string };
  newsroomCookies: readonly string[];
  pairsPerRead: number;
  /** A read of the same article by the same reader counts once within this time. */
  countOnceMinutes: number;
  /** Hashed addresses are forgotten this long after a client's last request at the latest. */
  forgetAddressMinutes: number;
  retentionDays: number;
}

/** The reader's personalisation as the privacy page shows it. */
export interface PersonalisationView {
  optedOut: boolean;
  /** The browser's own signal, which switches personalisation off whatever the setting. */
  browserSignal: 'Do Not Track' | 'Global Privacy Control' | null;
}

export const privacyPath = '/datenschutz';
export const personalisationPath = '/datenschutz/personalisierung';

/** `/datenschutz`: exactly what is stored, and the switch for personalisation. */
export function privacyPage(site: SiteContext, facts: PrivacyFacts, state: PersonalisationView): Html {
  const m = site.messages;
  return layout(
    site,
    { title: m.privacyTitle, description: m.privacyDescription, path: privacyPath },
    html`<article class="article privacy">
<header class="article-header">
<h1>${m.privacyTitle}</h1>
<p class="lead">${m.privacyIntro(site.name)}</p>
</header>
<div class="article-body">
<h2 id="cookies">${m.privacyCookiesHeading}</h2>
<p>${m.privacyCookiesIntro}</p>
<dl>
<dt><code>${facts.historyCookie.name}</code></dt>
<dd>${m.privacyHistoryCookie(facts.historyCookie.maxIds, facts.historyCookie.maxAgeDays)}</dd>
<dt><code>${facts.optOutCookie.name}</code></dt>
<dd>${m.privacyOptOutCookie}</dd>
<dt>${facts.newsroomCookies.map((name, index) => html`${index > 0 ? ', ' : ''}<code>${name}</code>`)}</dt>
<dd>${m.privacyNewsroomCookies}</dd>
</dl>
<h2 id="zaehlung">${m.privacyCountsHeading}</h2>
<ul>
<li>${m.privacyCountsPerArticle}</li>
<li>${m.privacyCountsPairs(facts.pairsPerRead)}</li>
</ul>
<p>${m.privacyCountsNoOne}</p>
<p>${m.privacyCountsOnce(facts.countOnceMinutes)}</p>
<p><strong>${m.privacyRetention(facts.retentionDays)}</strong></p>
<h2 id="arbeitsspeicher">${m.privacyMemoryHeading}</h2>
<p>${m.privacyMemory(facts.forgetAddressMinutes)}</p>
<h2 id="dnt">${m.privacySignalsHeading}</h2>
<p>${m.privacySignals}</p>
<h2 id="dritte">${m.privacyThirdPartiesHeading}</h2>
<p>${m.privacyThirdParties}</p>
${personalisationSection(site, state)}
</div>
</article>`,
  );
}

/** `/datenschutz/personalisierung`: the reader's setting alone. */
export function personalisationPage(site: SiteContext, state: PersonalisationView): Html {
  const m = site.messages;
  return layout(
    site,
    { title: m.personalisationHeading, description: m.privacyDescription, path: personalisationPath },
    html`<article class="article privacy">
<div class="article-body">
${personalisationSection(site, state, 1)}
<p><a href="${privacyPath}">${m.privacyBack}</a></p>
</div>
</article>`,
  );
}

function personalisationSection(site: SiteContext, state: PersonalisationView, headingLevel: 1 | 2 = 2): Html {
  const m = site.messages;
  const heading = headingLevel === 1 ? html`<h1 id="personalisierung">${m.personalisationHeading}</h1>` : html`<h2 id="personalisierung">${m.personalisationHeading}</h2>`;
  return html`<section class="personalisation" aria-labelledby="personalisierung">
${heading}
${state.browserSignal ? html`<p>${m.personalisationBrowserSignal(state.browserSignal)}</p>` : ''}
${state.optedOut ? html`<p>${m.personalisationOff}</p>` : state.browserSignal ? '' : html`<p>${m.personalisationOn}</p>`}
<form method="post" action="${personalisationPath}">
<input type="hidden" name="aktion" value="${state.optedOut ? 'an' : 'aus'}">
<button class="button" type="submit">${state.optedOut ? m.personalisationTurnOn : m.personalisationTurnOff}</button>
</form>
</section>`;
}
