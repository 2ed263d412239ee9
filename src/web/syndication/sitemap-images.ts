import type { Img } from 'sitemap';
import type { SitemapImage } from '../../store/article-repository.ts';
import type { Messages } from '../messages/de.ts';
import { absoluteUrl, type SiteContext } from '../presenters/site-context.ts';

/** Google's limit of images per URL. */
const maxImagesPerUrl = 1000;
/** The `sitemap` library's (and Google's former) limit for a caption. */
const maxCaptionLength = 512;

/**
 * An article's pictures as image sitemap entries (`image:image`). Google
 * stopped reading `image:caption`, `image:title` and `image:license` in 2022;
 * other consumers still do, and a picture must not travel without its
 * credit. So the caption is written as the page shows it, credit included
 * („… (Bildquelle: © zsu)“). The credit does not go into `image:license`,
 * which the protocol defines as the URL of a licence, never a name.
 */
export function sitemapImages(images: readonly SitemapImage[], site: SiteContext): Img[] {
  return images.slice(0, maxImagesPerUrl).map((image) => {
    const caption = imageCaption(image, site.messages);
    return { url: absoluteUrl(site, image.src), ...(caption && { caption }) };
  });
}

export function imageCaption(image: Pick<SitemapImage, 'caption' | 'credit'>, m: Pick<Messages, 'imageCredit'>): string {
  const credit = image.credit ? `${m.imageCredit} ${image.credit}` : '';
  const text = image.caption && credit ? `${image.caption} (${credit})` : image.caption || credit;
  if (text.length <= maxCaptionLength) return text;
  // Shortened in the caption, not in the credit (unless the credit alone is too long).
  const room = maxCaptionLength - credit.length - 4;
  if (credit && image.caption && room > 0) return `${image.caption.slice(0, room).trimEnd()}… (${credit})`;
  return `${text.slice(0, maxCaptionLength - 1).trimEnd()}…`;
}
