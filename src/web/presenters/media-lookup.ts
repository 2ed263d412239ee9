import { mediaIdFromUrl } from '../../media/media-paths.ts';
import type { BlockView, ImageView } from './article-view.ts';

/** What a page needs to know of an uploaded image; a store's MediaRecord is one. */
export interface MediaInfo {
  widths: readonly number[];
  width: number;
  height: number;
}

/** A teaser or an article view: its main image, and for articles the body's images. */
type WithImages = { image: ImageView | null; body?: BlockView[] };

/** The media ids of the uploaded images the views show, each once: what to look up in the store. */
export function mediaIdsIn(views: readonly WithImages[]): string[] {
  const ids = new Set<string>();
  for (const view of views) {
    for (const image of imagesOf(view)) {
      const id = mediaIdFromUrl(image.src);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * The view with `responsive` filled in for every uploaded image found in
 * `media` (keyed by media id). Images that are not uploads, or whose record
 * is missing, are left as they are and render as a plain `<img>`.
 */
export function withMediaInfo<T extends WithImages>(view: T, media: ReadonlyMap<string, MediaInfo>): T {
  const fill = (image: ImageView): ImageView => {
    const id = mediaIdFromUrl(image.src);
    const info = id === null ? undefined : media.get(id);
    return info ? { ...image, responsive: { widths: [...info.widths], width: info.width, height: info.height } } : image;
  };
  return {
    ...view,
    image: view.image && fill(view.image),
    ...(view.body && { body: view.body.map((block) => (block.type === 'image' ? { ...block, image: fill(block.image) } : block)) }),
  };
}

function imagesOf(view: WithImages): ImageView[] {
  const body = (view.body ?? []).flatMap((block) => (block.type === 'image' ? [block.image] : []));
  return view.image ? [view.image, ...body] : body;
}
