import type { WireOrigin } from '../../../store/wire-repository.ts';
import { html, type Html } from '../../pages/html.ts';
import { countOf, feedPath, storyPath, when } from './wire-feed-status.ts';

/** The story an article is in, as the inbox and the editor name it. */
export interface StoryMention {
  id: string;
  title: string;
  /** Articles in the story, this one included. */
  size: number;
}

/** Where a wire article came from, and its story: for the editor's panel. */
export interface EditorWireInfo {
  origins: WireOrigin[];
  story: StoryMention | null;
  /** The site's, for the times the items arrived. */
  timeZone: string;
}

/** „2 Quellen“ and the feeds with a link to each item. */
export function originsList(origins: readonly WireOrigin[], options: { timeZone?: string } = {}): Html {
  return html`${origins.length > 1 ? html`<p class="nr-sources-count">${countOf(origins.length, 'Quelle', 'Quellen')}</p>` : ''}
<ul class="nr-sources">
${origins.map(
  (origin) => html`<li>${origin.url
    ? html`<a href="${origin.url}" rel="noreferrer">${origin.feedTitle}</a>`
    : html`<span>${origin.feedTitle}</span>`}${options.timeZone ? html` <small>${origin.headline !== '' ? html`„${origin.headline}“, ` : ''}${when(origin.receivedAt, options.timeZone)}</small>` : ''}</li>`,
)}
</ul>`;
}

export function storyLink(story: StoryMention): Html {
  return html`<a href="${storyPath(story.id)}">Geschichte mit ${countOf(story.size, 'Artikel', 'Artikeln')}</a>`;
}

/** Beside the editor: the feeds this article came from and the story it belongs to. */
export function wireOriginsPanel(info: EditorWireInfo): Html {
  const feeds = new Map(info.origins.map((origin) => [origin.feedId, origin.feedTitle]));
  return html`<aside class="nr-wire-panel" aria-labelledby="agentur-herkunft">
<h2 id="agentur-herkunft">${info.origins.length > 0 ? 'Aus der Agentur' : 'Geschichte'}</h2>
${info.origins.length > 0 ? originsList(info.origins, { timeZone: info.timeZone }) : ''}
${info.story
  ? html`<p>Teil einer ${storyLink(info.story)}: „${info.story.title}“</p>`
  : html`<p class="nr-hint">In keiner Geschichte: Depesche hat keine andere Meldung über dasselbe Ereignis gefunden.</p>`}
${feeds.size > 0
  ? html`<p class="nr-hint">Zustand und Einstellungen: ${[...feeds].map(([id, title], i) => html`${i > 0 ? ', ' : ''}<a href="${feedPath(id)}">Feed „${title}“</a>`)}</p>`
  : ''}
</aside>`;
}
