import type { MediaNs } from 'feedsmith';
import { parseFragment } from '../html/dom.ts';
import { imageSource, isTinyImage, splitCaptionText } from '../html/image-block.ts';
import { resolveUrl } from '../html/resolve-url.ts';
import type { FeedImage } from './feed-item.ts';
import { cutText, plainText } from './html-text.ts';

/**
 * The picture of a feed item. Feeds name it in many places: `media:content`
 * and `media:thumbnail` (with `media:description` and `media:credit`), an
 * image `enclosure`, an Atom `link rel="enclosure"`, JSON Feed's `image`; and
 * many German feeds (tagesschau, Deutschlandfunk) only put an `<img>` into the
 * HTML of the item, its alt text ending in the credit („… | REUTERS“).
 */
export interface ImageCandidate {
  url: string | undefined;
  type?: string | undefined;
  medium?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
}

const imageFile = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function isImage(candidate: ImageCandidate): boolean {
  if (candidate.medium) return candidate.medium.toLowerCase() === 'image';
  if (candidate.type) return candidate.type.toLowerCase().startsWith('image/');
  return imageFile.test(candidate.url ?? '');
}

/** The first candidate that is a picture with a usable address, else the first `<img>` of the HTML. */
export function pickImage(candidates: readonly ImageCandidate[], html: readonly (string | null | undefined)[], baseUrl: string | null): FeedImage | null {
  for (const candidate of candidates) {
    if (!candidate.url || !isImage(candidate)) continue;
    const src = resolveUrl(candidate.url, baseUrl);
    if (src === null) continue;
    return finishImage(src, '', candidate.caption ?? '', candidate.credit ?? '');
  }
  for (const fragment of html) {
    if (!fragment || !/<img\b/i.test(fragment)) continue;
    // The same reading of an <img> as the item's body gets (image-block.ts), so the hero is not shown twice.
    for (const img of parseFragment(fragment).querySelectorAll('img')) {
      const src = isTinyImage(img) ? null : imageSource(img, baseUrl);
      if (src !== null) return finishImage(src, img.getAttribute('alt') ?? img.getAttribute('title') ?? '', '', '');
    }
  }
  return null;
}

function finishImage(src: string, rawAlt: string, rawCaption: string, rawCredit: string): FeedImage {
  let alt = plainText(rawAlt.slice(0, 10_000));
  let caption = plainText(rawCaption.slice(0, 10_000));
  let credit = plainText(rawCredit.slice(0, 10_000));
  // „Trainer Bo Svensson. Carmen Jaspersen“ with the credit „Carmen Jaspersen“: the credit is said once.
  if (credit !== '' && caption.endsWith(credit) && caption.length > credit.length) {
    caption = caption.slice(0, -credit.length).replace(/[\s|/,;:–-]+$/, '').trim();
  }
  // Alt texts of German feeds end in the credit: „Ein Mann schwenkt eine Flagge. | REUTERS“.
  if (credit === '' && alt !== '') {
    const bar = alt.lastIndexOf(' | ');
    if (bar > 0 && alt.length - bar - 3 <= 60) {
      credit = alt.slice(bar + 3).trim();
      alt = alt.slice(0, bar).trim();
    }
  }
  if (credit === '' && caption !== '') ({ caption, credit } = splitCaptionText(caption));
  return {
    src,
    alt: cutText(alt || caption, 500),
    caption: cutText(caption, 500),
    credit: cutText(credit, 200),
  };
}

/** Pictures named by Media RSS (`media:content`, `media:group`, `media:thumbnail`), best first. */
export function mediaCandidates(media: MediaNs.ItemOrFeed | undefined): ImageCandidate[] {
  if (!media) return [];
  const itemCaption = media.description?.value ?? media.title?.value;
  const itemCredit = creditOf(media);
  const contents = [...(media.contents ?? []), ...(media.groups ?? []).flatMap((group) => group.contents ?? [])];
  const candidates: ImageCandidate[] = contents.map((content) => ({
    url: content.url,
    type: content.type,
    medium: content.medium,
    caption: content.description?.value ?? content.title?.value ?? itemCaption,
    credit: creditOf(content) ?? itemCredit,
  }));
  const thumbnails = [...(media.thumbnails ?? []), ...contents.flatMap((content) => content.thumbnails ?? [])];
  for (const thumbnail of thumbnails) candidates.push({ url: thumbnail.url, medium: 'image', caption: itemCaption, credit: itemCredit });
  return candidates;
}

function creditOf(media: { credits?: { value?: string }[]; copyright?: { value?: string } }): string | undefined {
  const credits = (media.credits ?? []).map((credit) => credit.value?.trim() ?? '').filter((value) => value !== '');
  if (credits.length > 0) return [...new Set(credits)].join(', ');
  return media.copyright?.value;
}
