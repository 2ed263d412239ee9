import type { DomElement } from './dom.ts';

/**
 * The words in an element's class, id and role, for recognising page parts by
 * what the page calls them: `article-share-bar` → share, `relatedPosts` →
 * related, `o-newsletter_box` → newsletter.
 */
export function classWords(element: DomElement): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('role') ?? ''} ${element.getAttribute('data-component') ?? ''}`;
  if (names.trim() === '') return [];
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9äöü]+/)
    .filter((word) => word !== '');
}

// What pages around an article call their chrome, in English and German.
const boilerplateWords = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'sharebuttons', 'shariff', 'sharethis', 'addthis', 'social', 'socialmedia', 'teilen',
  'related', 'relatedposts', 'recommended', 'recommendation', 'recommendations', 'empfehlung', 'empfehlungen', 'readmore', 'mehrzumthema',
  'newsletter', 'subscribe', 'subscription', 'abo', 'paywall', 'piano', 'plus', 'regwall',
  'comment', 'comments', 'commentlist', 'kommentar', 'kommentare', 'disqus', 'respond', 'replies',
  'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'prevnext',
  'ad', 'ads', 'adslot', 'adsense', 'advert', 'adverts', 'advertisement', 'anzeige', 'werbung', 'sponsor', 'sponsored', 'promo', 'promotion', 'commercial', 'taboola', 'outbrain', 'plista', 'ligatus',
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'popup', 'modal', 'overlay', 'tooltip', 'popover', 'rollover', 'hovercard',
  'sidebar', 'widget', 'widgets', 'toolbar', 'tools',
  'tags', 'tagcloud', 'tagging', 'keywords', 'schlagworte', 'topics',
  'byline', 'author', 'authors', 'autor', 'autoren', 'bio', 'dateline', 'meta', 'metadata', 'timestamp', 'date', 'published', 'updated',
  'print', 'rating', 'ratings', 'vote', 'poll', 'survey',
  'skip', 'skiplink', 'login', 'signin', 'signup', 'register',
  'offscreen', 'sronly', 'visuallyhidden',
  'navigation', 'nav', 'menu', 'footer', 'masthead', 'banner', 'complementary', 'contentinfo',
  // The topic label above a headline (Dachzeile) is a label, not article text.
  'kicker', 'dachzeile', 'topline', 'overline', 'eyebrow', 'spitzmarke',
]);

// Word pairs that name chrome only together (`sr only`, `screen reader text`, `read more`).
const boilerplatePairs: readonly [string, string][] = [
  ['sr', 'only'], ['screen', 'reader'], ['visually', 'hidden'], ['read', 'more'], ['more', 'articles'], ['more', 'stories'],
  ['you', 'may'], ['further', 'reading'], ['mehr', 'zum'], ['lesen', 'sie'], ['weitere', 'artikel'], ['author', 'box'], ['about', 'author'],
];

// Embedded posts (`social-media-embed`) are quotes in the article, not share buttons.
const embedWords = new Set(['embed', 'embedded', 'tweet', 'quote', 'zitat']);

// Chrome words that also name the wrapper of a whole article (`has-paywall`, `tag-politik`, `post-meta-wrapper`).
const wrapperWords = new Set(['paywall', 'piano', 'plus', 'abo', 'regwall', 'subscription', 'tag', 'tags', 'tagging', 'meta', 'metadata', 'date', 'published', 'updated', 'timestamp', 'print', 'tools', 'toolbar', 'topics', 'keywords']);

export type ChromeName = 'chrome' | 'maybe-wrapper' | null;

/**
 * What the element's names say: `chrome` (share bar, related links, comments,
 * byline …), `maybe-wrapper` when the only chrome words are ones that article
 * wrappers carry too (`has-paywall`, `tag-politik`), or null.
 */
export function chromeName(element: DomElement): ChromeName {
  const words = classWords(element);
  if (words.length === 0 || words.some((word) => embedWords.has(word))) return null;
  const hits = words.filter((word) => boilerplateWords.has(word));
  const pair = boilerplatePairs.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
  if (hits.length === 0 && !pair) return null;
  return !pair && hits.every((word) => wrapperWords.has(word)) ? 'maybe-wrapper' : 'chrome';
}

export function hasClassWord(element: DomElement, wanted: ReadonlySet<string>): boolean {
  return classWords(element).some((word) => wanted.has(word));
}
