import { derivativeHeight } from '../../media/derivative-widths.ts';
import { derivativeFormats, derivativeUrl, mediaIdFromUrl } from '../../media/media-paths.ts';
import type { ImageView } from '../presenters/article-view.ts';
import { html, type Html } from './html.ts';

export interface PictureOptions {
  loading: 'eager' | 'lazy';
  /** How wide the image is drawn, for the browser to pick a width: the `sizes` attribute. */
  sizes?: string;
}

/**
 * The column of an article page (`--measure`, 42rem, inside 1.25rem of page
 * padding). Teasers are never drawn wider than that either.
 */
export const articleImageSizes = '(min-width: 44.5rem) 42rem, calc(100vw - 2.5rem)';

/**
 * An image as the reader's browser should load it. An uploaded image (its
 * `src` under `/media/bilder/` and its widths known) becomes a `<picture>`
 * offering AVIF, then WebP, each in every width, with a JPEG `<img>` as the
 * fallback; `width` and `height` give the browser the proportions before a
 * byte arrives, so nothing jumps. Any other image (the demo's SVGs, an
 * external URL) stays a plain `<img>`.
 */
export function picture(image: Pick<ImageView, 'src' | 'alt' | 'responsive'>, options: PictureOptions): Html {
  const src = image.src ?? '';
  const id = mediaIdFromUrl(image.src);
  const responsive = image.responsive;
  if (!id || !responsive || responsive.widths.length === 0) {
    return html`<img src="${src}" alt="${image.alt}" loading="${options.loading}" decoding="async">`;
  }
  const sizes = options.sizes ?? articleImageSizes;
  const srcset = (extension: 'avif' | 'webp' | 'jpg') =>
    responsive.widths.map((width) => `${derivativeUrl(id, width, extension)} ${width}w`).join(', ');
  const largest = Math.max(...responsive.widths);
  const sources = derivativeFormats.filter((format) => format.extension !== 'jpg');
  return html`<picture>${sources.map(
    (format) => html`<source type="${format.type}" srcset="${srcset(format.extension)}" sizes="${sizes}">`,
  )}<img src="${src}" srcset="${srcset('jpg')}" sizes="${sizes}" width="${largest}" height="${derivativeHeight(responsive, largest)}" alt="${image.alt}" loading="${options.loading}" decoding="async"></picture>`;
}
