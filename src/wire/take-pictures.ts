import type { Block, Image } from '../article/article.ts';
import type { ArticleDraft } from '../article/draft.ts';

/**
 * Pictures of agency items and pasted pages are copied into our own media
 * library: a reader's browser must never load them from the agency's server
 * (that would tell a third party who reads what, and the pages' security
 * policy blocks other hosts anyway). A picture that cannot be copied is left
 * out, with a note, rather than shown as a broken image.
 */

/** Fetches a picture and stores it; resolves to its local `src`, or throws with a reason a person can read. */
export type TakePicture = (url: string) => Promise<string>;

/** What has pictures: a draft, or an article about to be stored. */
type Illustrated = Pick<ArticleDraft, 'heroImage' | 'body'>;

export interface TakenPictures<T extends Illustrated> {
  draft: T;
  notes: string[];
}

// An item is one report: more pictures than this are a gallery or a page's teasers, not its illustration.
export const maxPicturesPerItem = 6;

export async function takePictures<T extends Illustrated>(draft: T, take: TakePicture): Promise<TakenPictures<T>> {
  const notes: string[] = [];
  let taken = 0;
  const local = async (image: Image): Promise<Image | null> => {
    if (!image.src || !isRemote(image.src)) return image;
    if (taken >= maxPicturesPerItem) {
      notes.push(`Bild ${image.src} nicht übernommen: höchstens ${maxPicturesPerItem} Bilder je Meldung.`);
      return null;
    }
    taken++;
    try {
      return { ...image, src: await take(image.src.startsWith('//') ? `https:${image.src}` : image.src) };
    } catch (error) {
      notes.push(`Bild ${image.src} nicht übernommen: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
  const heroImage = draft.heroImage ? await local(draft.heroImage) : null;
  const body: Block[] = [];
  for (const block of draft.body) {
    if (block.type !== 'image') {
      body.push(block);
      continue;
    }
    const image = await local(block.image);
    if (image) body.push({ ...block, image });
  }
  return { draft: { ...draft, heroImage, body }, notes };
}

function isRemote(src: string): boolean {
  return /^https?:\/\//i.test(src) || src.startsWith('//');
}
