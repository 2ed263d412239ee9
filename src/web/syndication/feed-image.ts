import { derivativeHeight } from '../../media/derivative-widths.ts';
import { derivativeUrl, mediaIdFromUrl } from '../../media/media-paths.ts';
import type { ImageView } from '../presenters/article-view.ts';
import { absoluteUrl, type SiteContext } from '../presenters/site-context.ts';
import { imageMediaType, mediaFileSize } from './media-file.ts';

/** A picture as feeds carry it: an absolute URL, with what enclosures and Media RSS state about it. */
export interface FeedImage {
  url: string;
  /** Null when the URL does not tell (an external image without a file extension): no enclosure then. */
  mediaType: string | null;
  /** Bytes; 0 when unknown. */
  length: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
}

/**
 * Feed readers draw a picture at most about 600 CSS pixels wide, so an
 * uploaded image goes out as its JPEG derivative of at most this width (twice
 * that, for sharp screens) rather than the largest one.
 */
export const feedImageWidth = 1200;

/** The picture a feed shows for an image; null for an image without a file (scraped text knows only its caption). */
export async function feedImage(image: ImageView, site: SiteContext, mediaDir: string): Promise<FeedImage | null> {
  if (!image.src) return null;
  const id = mediaIdFromUrl(image.src);
  const responsive = image.responsive;
  let path = image.src;
  let width: number | null = null;
  let height: number | null = null;
  if (id && responsive && responsive.widths.length > 0) {
    const fitting = responsive.widths.filter((w) => w <= feedImageWidth);
    width = fitting.length > 0 ? Math.max(...fitting) : Math.min(...responsive.widths);
    height = derivativeHeight(responsive, width);
    path = derivativeUrl(id, width, 'jpg');
  }
  return {
    url: absoluteUrl(site, path),
    mediaType: imageMediaType(path),
    length: await mediaFileSize(mediaDir, path),
    width,
    height,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
  };
}
