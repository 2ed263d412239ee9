import type { Image } from '../../article/article.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { imageSource, isTinyImage, splitCaption } from './image-block.ts';
import { normalizeText } from './inline-text.ts';

/**
 * The article's lead picture: the page's `og:image`, with the caption and
 * credit of the figure that shows it on the page; without `og:image`, the
 * first figure of the article before its text begins.
 */
export function findHeroImage(document: DomDocument, ogImage: string | null, baseUrl: string): Image | null {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!root) return ogImage ? { src: ogImage, alt: '', caption: '', credit: '' } : null;
  if (ogImage) {
    const shown = [...document.querySelectorAll('img')].find((img) => {
      const src = imageSource(img, baseUrl);
      return src !== null && sameImage(src, ogImage);
    });
    return shown ? { ...describe(shown, baseUrl), src: ogImage } : { src: ogImage, alt: '', caption: '', credit: '' };
  }
  for (const element of root.querySelectorAll('figure, p')) {
    // Text first: a figure further down illustrates the body, it is no lead picture.
    if (element.localName === 'p' && normalizeText(element.textContent ?? '').length >= 80) break;
    if (element.localName !== 'figure') continue;
    const img = [...element.querySelectorAll('img')].find((candidate) => !isTinyImage(candidate) && imageSource(candidate, baseUrl) !== null);
    if (img) return describe(img, baseUrl);
  }
  return null;
}

function describe(img: DomElement, baseUrl: string): Image {
  const figure = img.closest('figure');
  const { caption, credit } = splitCaption(figure?.querySelector('figcaption') ?? null);
  const src = imageSource(img, baseUrl);
  return { ...(src !== null ? { src } : {}), alt: normalizeText(img.getAttribute('alt') ?? ''), caption, credit };
}

/**
 * Two addresses of one picture: pages serve it in several sizes
 * (`bild-1200x675.jpg`, `bild_w800.jpg`, `bild.jpg?width=640`), so the file
 * name is compared without query, extension and size suffix.
 */
export function sameImage(a: string, b: string): boolean {
  return imageKey(a) === imageKey(b) && imageKey(a) !== '';
}

function imageKey(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split(/[?#]/)[0] ?? '';
  }
  const name = (path.split('/').filter((part) => part !== '').at(-1) ?? '').toLowerCase();
  return name.replace(/\.(?:jpe?g|png|webp|avif|gif)$/, '').replace(/[-_.@](?:\d{2,4}x\d{2,4}|w\d{2,4}|h\d{2,4}|\d{2,4}w|\d+x|large|medium|small|thumb|original)$/, '');
}
