import type { ImageView } from '../presenters/article-view.ts';
import { html, type Html } from './html.ts';
import { picture } from './picture.ts';

/** The image alone: a responsive `<picture>` for uploads, a plain `<img>` otherwise (see picture.ts). */
export function imageElement(image: ImageView, loading: 'eager' | 'lazy', sizes?: string): Html {
  return picture(image, { loading, sizes });
}

/**
 * A picture with its caption and credit. The credit is always shown with the
 * image: publishing a photo without its credit breaks the licence.
 */
export function figure(image: ImageView, creditLabel: string, options: { hero?: boolean } = {}): Html {
  return html`<figure class="${options.hero ? 'hero-figure' : 'body-figure'}${image.src ? '' : ' no-image'}">
${image.src ? imageElement(image, options.hero ? 'eager' : 'lazy') : ''}
<figcaption>${image.caption ? html`<span class="caption">${image.caption}</span> ` : ''}${image.credit ? html`<span class="credit">${creditLabel} ${image.credit}</span>` : ''}</figcaption>
</figure>`;
}
