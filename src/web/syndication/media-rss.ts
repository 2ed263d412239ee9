import type { FeedImage } from './feed-image.ts';

/**
 * The picture as Media RSS (`media:content`, in RSS and Atom): unlike an
 * enclosure it carries the size in pixels, the caption and the credit, which
 * readers such as Feedly show with the picture.
 */
export function mediaContent(image: FeedImage) {
  return {
    contents: [
      {
        url: image.url,
        medium: 'image',
        type: image.mediaType ?? undefined,
        fileSize: image.length > 0 ? image.length : undefined,
        width: image.width ?? undefined,
        height: image.height ?? undefined,
        description: image.caption ? { value: image.caption } : undefined,
        credits: image.credit ? [{ value: image.credit }] : undefined,
      },
    ],
  };
}
