import { z } from 'zod';
import { slugPattern } from './slug.ts';

// Validation messages reach editors and importers, so they are German too.
z.config(z.locales.de());

/**
 * The article model: the contract between every module of Depesche. Its JSON
 * form (import, export, API) uses exactly these field names.
 */

const nonEmptyText = z.string().trim().min(1, 'darf nicht leer sein');

/**
 * The workflow: draft → review → published (or scheduled, then published at
 * its time); published → unpublished; any → archived.
 */
export const articleStatuses = ['draft', 'review', 'scheduled', 'published', 'unpublished', 'archived'] as const;

/** German names of the statuses, for every surface that shows them. */
export const statusLabels = {
  draft: 'Entwurf',
  review: 'In Prüfung',
  scheduled: 'Geplant',
  published: 'Veröffentlicht',
  unpublished: 'Zurückgezogen',
  archived: 'Archiviert',
} as const satisfies Record<(typeof articleStatuses)[number], string>;
export const blockTypes = ['paragraph', 'subheading', 'quote', 'list', 'image'] as const;
export const keyPointOrigins = ['editor', 'suggested'] as const;

export const imageSchema = z.strictObject({
  /** Path or URL of the image file; absent when only caption and credit are known (scraped text). */
  src: z.string().trim().min(1).optional(),
  alt: z.string().trim(),
  caption: z.string().trim(),
  /** Credit without its label: `© zsu`, not `Bildquelle: © zsu`. */
  credit: z.string().trim(),
});

export const keyPointSchema = z.strictObject({
  text: nonEmptyText,
  origin: z.enum(keyPointOrigins),
});

const textBlock = (type: 'paragraph' | 'subheading' | 'quote') =>
  z.strictObject({ type: z.literal(type), text: nonEmptyText, attribution: z.string().trim().min(1).optional() });

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: nonEmptyText }),
  z.strictObject({ type: z.literal('subheading'), text: nonEmptyText }),
  textBlock('quote'),
  z.strictObject({
    type: z.literal('list'),
    /** A short description of the list for screen readers and feeds; may be empty. */
    text: z.string().trim(),
    items: z.array(nonEmptyText).min(1, 'eine Liste braucht mindestens einen Punkt').max(200, 'höchstens 200 Punkte je Liste'),
    ordered: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('image'),
    /** The caption, so that every block has readable text. */
    text: z.string().trim(),
    image: imageSchema,
  }),
]);

export const sourceRefSchema = z.strictObject({
  name: nonEmptyText,
  url: z.url({ protocol: /^https?$/ }).optional(),
});

export const entityKinds = ['person', 'place', 'organisation', 'other'] as const;

export const entitySchema = z.strictObject({
  name: nonEmptyText,
  slug: z.string().regex(slugPattern, 'nur Kleinbuchstaben, Ziffern und Bindestriche'),
  kind: z.enum(entityKinds),
});

const isoDateTime = z.iso.datetime({ offset: true });
/** An article's id; the history cookie checks ids against it too. */
export const articleIdPattern = /^[A-Za-z0-9_-]{6,64}$/;

export const articleSchema = z
  .strictObject({
    id: z.string().regex(articleIdPattern, 'muss 6–64 Zeichen aus A–Z, a–z, 0–9, _ oder - haben'),
    slug: z.string().regex(slugPattern, 'nur Kleinbuchstaben, Ziffern und Bindestriche').max(120),
    /** The section's display name (`Nachrichten`); its URL path is the slug of it. */
    section: nonEmptyText.max(60),
    headline: nonEmptyText.max(300),
    lead: z.string().trim().max(2000),
    heroImage: imageSchema.nullable(),
    keyPoints: z.array(keyPointSchema).max(10),
    // Bounds that no article reaches, so that no field can make a page or a comparison unbounded.
    body: z.array(blockSchema).max(1000, 'höchstens 1000 Abschnitte'),
    sources: z.array(sourceRefSchema).max(100, 'höchstens 100 Quellen'),
    entities: z.array(entitySchema).max(200, 'höchstens 200 Einträge'),
    tags: z.array(nonEmptyText.max(60)).max(50, 'höchstens 50 Themen'),
    authors: z.array(nonEmptyText.max(120)).max(30, 'höchstens 30 Namen'),
    language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'ein Sprachcode wie "de" oder "de-AT"'),
    status: z.enum(articleStatuses),
    publishedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
  })
  .superRefine((article, ctx) => {
    if ((article.status === 'published' || article.status === 'scheduled') && article.publishedAt === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: `ein Artikel mit Status "${article.status}" braucht ein Veröffentlichungsdatum`,
      });
    }
  });

export type Image = z.infer<typeof imageSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
export type Block = z.infer<typeof blockSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type ArticleStatus = (typeof articleStatuses)[number];
export type Article = z.infer<typeof articleSchema>;

/** The fields of an article in the order of its JSON form, for stable export. */
export const articleFieldOrder = [
  'id', 'slug', 'section', 'headline', 'lead', 'heroImage', 'keyPoints', 'body', 'sources',
  'entities', 'tags', 'authors', 'language', 'status', 'publishedAt', 'updatedAt',
] as const satisfies readonly (keyof Article)[];
