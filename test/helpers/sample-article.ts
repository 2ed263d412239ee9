import type { Article } from '../../src/article/article.ts';
import { slugify } from '../../src/article/slug.ts';

let counter = 0;

/** A valid, complete article; every field can be overridden. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  counter++;
  const headline = overrides.headline ?? `Testartikel Nummer ${counter}`;
  return {
    id: `test${String(counter).padStart(8, '0')}`,
    slug: slugify(headline),
    section: 'Politik',
    headline,
    lead: 'Ein kurzer Vorspann für den Test.',
    heroImage: { src: '/media/demo/test.svg', alt: 'Ein Bild', caption: 'Die Bildunterschrift', credit: '© Depesche' },
    keyPoints: [{ text: 'Erster Punkt', origin: 'editor' }],
    body: [
      { type: 'paragraph', text: 'Erster Absatz.' },
      { type: 'subheading', text: 'Was folgt daraus?' },
      { type: 'quote', text: 'Ein Zitat.', attribution: 'Erika Musterfrau' },
      { type: 'list', text: '', items: ['eins', 'zwei'] },
      {
        type: 'image',
        text: 'Bild im Text',
        image: { src: '/media/demo/test2.svg', alt: 'Zweites Bild', caption: 'Bild im Text', credit: 'Foto: Depesche' },
      },
    ],
    sources: [{ name: 'dpa' }, { name: 'The Times', url: 'https://www.thetimes.com' }],
    entities: [],
    tags: ['Test'],
    authors: ['Erika Musterfrau'],
    language: 'de',
    status: 'published',
    publishedAt: '2025-04-25T18:30:00+02:00',
    updatedAt: '2025-04-25T18:30:00+02:00',
    ...overrides,
  };
}

/**
 * An article whose only words are the headline and `text` (one paragraph): no
 * sample lead, key points, tags or body blocks that a search could match by accident.
 */
export function textArticle(fields: Partial<Article> & { text?: string }): Article {
  const { text, ...overrides } = fields;
  return sampleArticle({
    lead: '',
    keyPoints: [],
    tags: [],
    body: text === undefined ? [] : [{ type: 'paragraph', text }],
    authors: ['Redaktion'],
    publishedAt: '2025-04-20T10:00:00+02:00',
    updatedAt: '2025-04-20T10:00:00+02:00',
    ...overrides,
  });
}
