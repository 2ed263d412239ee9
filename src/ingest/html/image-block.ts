import type { Block, Image } from '../../article/article.ts';
import { parseCreditLine, splitGluedCredit } from '../scraped-text/credit.ts';
import type { DomElement } from './dom.ts';
import { inlineText, normalizeText } from './inline-text.ts';
import { resolveUrl } from './resolve-url.ts';

/**
 * Pictures: `<figure>` with `<img>` and `<figcaption>`, or a bare `<img>`.
 * The credit is split from the caption the way German pages print it
 * („… im Landtag. Foto: dpa“, „© zsu“), or taken from the caption's own
 * credit element where the page marks one.
 */

type ImageBlock = Extract<Block, { type: 'image' }>;

// Lazy loading keeps the real address in a data attribute and a placeholder in `src`.
const sourceAttributes = ['data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'data-lazy-srcset', 'src', 'srcset'];
const creditClass = /credit|copyright|quelle|source|rights|photographer|fotograf|author|urheber/i;

/** The address of an image element, resolved; null for placeholders, data URIs and tracking pixels. */
export function imageSource(img: DomElement, baseUrl: string | null): string | null {
  for (const name of sourceAttributes) {
    const value = img.getAttribute(name)?.trim();
    if (!value) continue;
    // A srcset names several files: the first one will do.
    const first = name.endsWith('srcset') ? (value.split(',')[0]?.trim().split(/\s+/)[0] ?? '') : value;
    if (first === '' || /^data:/i.test(first) || /(?:^|[/_.-])(?:blank|spacer|pixel|placeholder|transparent)\.(?:gif|png)$/i.test(first)) continue;
    const url = resolveUrl(first, baseUrl);
    if (url !== null) return url;
  }
  return null;
}

/** An image declared 1 × 1 or icon-sized is a tracking pixel or an icon, not a picture of the article. */
export function isTinyImage(img: DomElement): boolean {
  const width = Number.parseInt(img.getAttribute('width') ?? '', 10);
  const height = Number.parseInt(img.getAttribute('height') ?? '', 10);
  return (Number.isFinite(width) && width < 40) || (Number.isFinite(height) && height < 40);
}

/** Caption and credit from a `<figcaption>` (or any caption element). */
export function splitCaption(caption: DomElement | null): { caption: string; credit: string } {
  if (!caption) return { caption: '', credit: '' };
  const marked = [...caption.querySelectorAll('*')].find(
    (element) => creditClass.test(`${element.className} ${element.getAttribute('itemprop') ?? ''}`) && inlineText(element) !== '',
  );
  if (marked) {
    const creditText = inlineText(marked);
    const whole = inlineText(caption);
    const rest = normalizeText(whole.replace(creditText, ''));
    return { caption: rest, credit: parseCreditLine(creditText) ?? creditText.replace(/^(?:foto|bild|bildquelle|quelle)\s*:\s*/i, '') };
  }
  return splitCaptionText(inlineText(caption));
}

/** „… im Landtag. Foto: dpa“ → caption and credit; a caption that is only a credit („© zsu“) has no caption. */
export function splitCaptionText(text: string): { caption: string; credit: string } {
  const creditOnly = parseCreditLine(text);
  if (creditOnly !== null) return { caption: '', credit: creditOnly };
  const glued = splitGluedCredit(text);
  if (glued) return glued;
  return { caption: text, credit: '' };
}

export function imageBlock(image: Image): ImageBlock {
  return { type: 'image', text: image.caption || image.alt, image };
}

/** The image block of a `<figure>`, or null when the figure holds no usable picture. */
export function figureImage(figure: DomElement, baseUrl: string | null): ImageBlock | null {
  const images = [...figure.querySelectorAll('img')].filter((img) => !isTinyImage(img));
  const src = images.map((img) => imageSource(img, baseUrl)).find((url) => url !== null) ?? null;
  const alt = normalizeText(images.map((img) => img.getAttribute('alt') ?? '').find((text) => text.trim() !== '') ?? '');
  const { caption, credit } = splitCaption(figure.querySelector('figcaption'));
  if (src === null && caption === '' && alt === '') return null;
  return imageBlock({ ...(src !== null ? { src } : {}), alt, caption, credit });
}

/** The image block of a bare `<img>`, or null for pixels, icons and images without address or text. */
export function bareImage(img: DomElement, baseUrl: string | null): ImageBlock | null {
  if (isTinyImage(img)) return null;
  const src = imageSource(img, baseUrl);
  if (src === null) return null;
  const alt = normalizeText(img.getAttribute('alt') ?? '');
  return imageBlock({ src, alt, caption: '', credit: '' });
}
