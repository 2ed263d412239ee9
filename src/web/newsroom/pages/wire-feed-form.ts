import { defaultIntervalMinutes, maxIntervalMinutes, minIntervalMinutes } from '../../../wire/poll-schedule.ts';
import { html, type Html } from '../../pages/html.ts';

/** The subscription form's fields as typed (a refused form comes back with them). */
export interface FeedFormValues {
  adresse: string;
  titel: string;
  rubrik: string;
  intervall: string;
  vertrauenswuerdig: boolean;
  volltext: boolean;
}

export type FeedFormField = keyof FeedFormValues;

export interface FeedFormState {
  values: FeedFormValues;
  /** What was wrong, by field (what the feed's server answered belongs to the address). */
  problems: Partial<Record<FeedFormField, string>>;
}

export const emptyFeedForm: FeedFormState = {
  values: { adresse: '', titel: '', rubrik: '', intervall: String(defaultIntervalMinutes), vertrauenswuerdig: false, volltext: false },
  problems: {},
};

/** Above the form: every problem, each linking to its field. */
export function feedFormSummary(state: FeedFormState, idPrefix: string, title: string): Html {
  const problems = Object.entries(state.problems);
  if (problems.length === 0) return html``;
  return html`<div class="nr-error-summary" role="alert"><h2>${title}</h2><ul>${problems.map(
    ([field, message]) => html`<li><a href="#${idPrefix}-${field}">${message}</a></li>`,
  )}</ul></div>`;
}

export interface FeedFormOptions {
  action: string;
  csrfToken: string;
  /** `neu`: the add form (ids prefixed so that two forms could share a page). */
  idPrefix: string;
  submitLabel: string;
  sections: readonly string[];
}

/**
 * The settings of a subscription, for adding and for changing one. The
 * trusted box says plainly what it does: items go out without review.
 */
export function feedForm(state: FeedFormState, options: FeedFormOptions): Html {
  const { values, problems } = state;
  const id = (field: string) => `${options.idPrefix}-${field}`;
  const problemOf = (field: FeedFormField) => problems[field];
  const described = (field: FeedFormField, hint?: string) => {
    const ids = [hint ? id(`${field}-hinweis`) : '', problemOf(field) ? id(`${field}-fehler`) : ''].filter(Boolean).join(' ');
    return ids ? html` aria-describedby="${ids}"` : '';
  };
  const invalid = (field: FeedFormField) => (problemOf(field) ? html` aria-invalid="true"` : '');
  const error = (field: FeedFormField) => (problemOf(field) ? html`<p class="nr-error" id="${id(`${field}-fehler`)}">${problemOf(field)}</p>` : '');
  return html`<form method="post" action="${options.action}" class="nr-editor nr-wire-feed-form" novalidate>
<input type="hidden" name="_csrf" value="${options.csrfToken}">
<div class="nr-field"><label for="${id('adresse')}">Adresse des Feeds</label>
<input id="${id('adresse')}" name="adresse" type="url" inputmode="url" autocomplete="off" maxlength="2000" value="${values.adresse}"${invalid('adresse')}${described('adresse', 'hint')}>
<p class="nr-hint" id="${id('adresse-hinweis')}">RSS, Atom oder JSON Feed, z. B. <code>https://agentur.example/meldungen.xml</code>. Depesche ruft die Adresse beim Speichern einmal ab und prüft, dass dort ein Feed steht.</p>
${error('adresse')}</div>
<div class="nr-field"><label for="${id('titel')}">Titel <span class="nr-optional">(freiwillig)</span></label>
<input id="${id('titel')}" name="titel" maxlength="200" value="${values.titel}"${invalid('titel')}${described('titel', 'hint')}>
<p class="nr-hint" id="${id('titel-hinweis')}">Name in der Redaktion und als Quelle unter den Artikeln; leer: der Titel, den der Feed selbst nennt.</p>
${error('titel')}</div>
<div class="nr-field"><label for="${id('rubrik')}">Rubrik <span class="nr-optional">(freiwillig)</span></label>
<input id="${id('rubrik')}" name="rubrik" list="${id('rubriken')}" maxlength="80" value="${values.rubrik}"${invalid('rubrik')}${described('rubrik', 'hint')}>
<datalist id="${id('rubriken')}">${options.sections.map((name) => html`<option value="${name}">`)}</datalist>
<p class="nr-hint" id="${id('rubrik-hinweis')}">Ressort der Meldungen; leer: „Agentur“.</p>
${error('rubrik')}</div>
<div class="nr-field"><label for="${id('intervall')}">Abrufintervall in Minuten</label>
<input id="${id('intervall')}" name="intervall" type="number" inputmode="numeric" min="${minIntervalMinutes}" max="${maxIntervalMinutes}" step="1" value="${values.intervall}"${invalid('intervall')}${described('intervall', 'hint')}>
<p class="nr-hint" id="${id('intervall-hinweis')}">${minIntervalMinutes} bis ${maxIntervalMinutes} Minuten (ein Tag); üblich sind ${defaultIntervalMinutes}.</p>
${error('intervall')}</div>
<div class="nr-field nr-check"><input type="checkbox" id="${id('volltext')}" name="volltext" value="1"${values.volltext ? html` checked` : ''}${described('volltext', 'hint')}>
<label for="${id('volltext')}">Volltext: die verlinkte Seite jeder Meldung abrufen</label>
<p class="nr-hint" id="${id('volltext-hinweis')}">Für Feeds, die nur Anreißer liefern. Depesche übernimmt den Text der Seite; geht das nicht, bleibt der Text aus dem Feed, und die Statusseite des Feeds nennt den Grund.</p>
${error('volltext')}</div>
<div class="nr-field nr-check nr-trusted"><input type="checkbox" id="${id('vertrauenswuerdig')}" name="vertrauenswuerdig" value="1"${values.vertrauenswuerdig ? html` checked` : ''}${described('vertrauenswuerdig', 'hint')}>
<label for="${id('vertrauenswuerdig')}">Vertrauenswürdig: Meldungen sofort veröffentlichen</label>
<p class="nr-warning" id="${id('vertrauenswuerdig-hinweis')}"><strong>Achtung:</strong> Meldungen dieses Feeds erscheinen dann ohne Prüfung durch die Redaktion auf der Website. Nur für Quellen, deren Texte Sie unverändert veröffentlichen würden. Ohne Haken landet jede Meldung als Entwurf im Agentur-Eingang.</p>
${error('vertrauenswuerdig')}</div>
<div class="nr-actions"><button type="submit" class="nr-primary">${options.submitLabel}</button></div>
</form>`;
}
