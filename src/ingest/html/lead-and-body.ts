import type { Block, Image, KeyPoint } from '../../article/article.ts';
import { isProse } from '../scraped-text/shape.ts';
import { sameImage } from './hero-image.ts';
import { comparable } from './teaser.ts';

/**
 * The last step from page blocks to the draft's lead and body: the lead is
 * the teaser (or the first paragraph) and is not repeated in the body; the
 * hero picture and the key points are not repeated either.
 */

export interface LeadAndBody {
  lead: string;
  /** The lead was printed on the page (teaser or first paragraph), not only in its metadata. */
  leadOnPage: boolean;
  body: Block[];
  heroImage: Image | null;
}

export function leadAndBody(
  blocks: readonly Block[],
  found: { teaser: string | null; description: string | null; heroImage: Image | null; keyPoints: readonly KeyPoint[] },
): LeadAndBody {
  let body = withoutKeyPoints(blocks, found.keyPoints);
  let heroImage = found.heroImage;
  // The hero picture printed again at the top of the body: one picture, with the fuller caption.
  const firstImage = body.findIndex((block) => block.type === 'image');
  const first = body[firstImage];
  if (first?.type === 'image' && heroImage?.src && first.image.src && sameImage(first.image.src, heroImage.src) && firstImage <= 2) {
    heroImage = { ...heroImage, alt: heroImage.alt || first.image.alt, caption: heroImage.caption || first.image.caption, credit: heroImage.credit || first.image.credit };
    body = body.filter((_, index) => index !== firstImage);
  }
  if (found.teaser !== null) {
    const teaser = comparable(found.teaser);
    const repeated = body.findIndex((block, index) => index < 10 && block.type === 'paragraph' && sameText(comparable(block.text), teaser));
    return { lead: found.teaser, leadOnPage: true, body: repeated === -1 ? body : body.filter((_, index) => index !== repeated), heroImage };
  }
  const firstText = body.findIndex((block) => block.type !== 'image');
  const opening = body[firstText];
  if (opening?.type === 'paragraph' && isProse(opening.text) && opening.text.length <= 2000) {
    return { lead: opening.text, leadOnPage: true, body: body.filter((_, index) => index !== firstText), heroImage };
  }
  return { lead: found.description ?? '', leadOnPage: false, body, heroImage };
}

/** The teaser printed again, maybe cut short or with a word more. */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 40 && longer.includes(shorter) && shorter.length >= longer.length * 0.8;
}

/** The box's items again in the body (a second copy for print or mobile) are dropped. */
function withoutKeyPoints(blocks: readonly Block[], keyPoints: readonly KeyPoint[]): Block[] {
  if (keyPoints.length === 0) return [...blocks];
  const points = new Set(keyPoints.map((point) => comparable(point.text)));
  return blocks.filter((block) => {
    if (block.type === 'list') return !block.items.every((item) => points.has(comparable(item)));
    return !(block.type === 'paragraph' && points.has(comparable(block.text)));
  });
}
