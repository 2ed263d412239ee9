import type { Selectable } from 'kysely';

/**
 * The media table, written once (see schema.ts): one row per uploaded image,
 * whose files live under `<mediaDir>/bilder/<id>/`.
 */
export interface MediaTable {
  /** The hash of the uploaded bytes (32 hex digits), also the folder name. */
  id: string;
  /** The upload's file name, cleaned, for the newsroom's picture library. */
  original_name: string;
  /** Of the original, as shown (EXIF orientation applied). */
  width: number;
  height: number;
  /** JSON array of the widths written, smallest first: `[480,800,1200,1600]`. */
  widths: string;
  /** Newsroom user id of the first uploader; null for images from the command line. */
  created_by: string | null;
  /** ISO 8601 in UTC, as `Date#toISOString()` writes it. */
  created_at: string;
}

export interface MediaTables {
  media: MediaTable;
}

export type MediaRow = Selectable<MediaTable>;
