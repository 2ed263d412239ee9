/**
 * What the store keeps about uploaded images; the files themselves are in the
 * media folder (see src/media/). Everything above the store sees these
 * records, never rows.
 */
export interface MediaRecord {
  /** The hash of the uploaded bytes; the folder `<mediaDir>/bilder/<id>/`. */
  id: string;
  originalName: string;
  /** The original's size as shown (EXIF orientation applied). */
  width: number;
  height: number;
  /** The widths written, smallest first; each as AVIF, WebP and JPEG. */
  widths: number[];
  /** Newsroom user id of the first uploader; null when unknown. */
  createdBy: string | null;
  createdAt: string;
}

export type NewMediaRecord = Omit<MediaRecord, 'createdAt'> & { createdAt?: string };

export interface MediaQuery {
  limit: number;
  offset?: number;
  /** Only the images this newsroom user uploaded first. */
  createdBy?: string;
}

export interface MediaRepository {
  /**
   * Records an upload. The same image again (same id) adds no row: the first
   * upload's name, uploader and time stay; only the size and widths follow
   * the newest processing. `created` is false then.
   */
  save(media: NewMediaRecord): Promise<{ record: MediaRecord; created: boolean }>;
  get(id: string): Promise<MediaRecord | undefined>;
  /** The records of many images at once (one page's pictures), by id; unknown ids are left out. */
  getMany(ids: readonly string[]): Promise<Map<string, MediaRecord>>;
  /** Newest first, for the newsroom's picture library. */
  list(query: MediaQuery): Promise<MediaRecord[]>;
}
