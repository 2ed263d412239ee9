import { processUpload } from '../media/process-upload.ts';
import type { UploadOptions } from '../media/upload-options.ts';
import type { Store } from '../store/article-repository.ts';
import type { MediaRecord } from '../store/media-repository.ts';

export interface UploadedImage {
  /** The stored record (of the first upload, when the image was uploaded before). */
  media: MediaRecord;
  /** For the article model's `Image.src`: `/media/bilder/<id>/<largest width>.jpg`. */
  src: string;
  /** False when the same image was already there: nothing new was written. */
  created: boolean;
}

/**
 * The newsroom's image upload: check the file and write its derivatives
 * (src/media/process-upload.ts), then record it in the store. The files are
 * in place before the row, so a recorded image always has its files; an
 * upload that fails leaves neither.
 */
export async function uploadImage(
  store: Pick<Store, 'media'>,
  upload: { bytes: Uint8Array; originalName: string; createdBy: string | null },
  options: UploadOptions,
): Promise<UploadedImage> {
  const image = await processUpload(upload.bytes, upload.originalName, options);
  const { record, created } = await store.media.save({
    id: image.id,
    originalName: image.originalName,
    width: image.width,
    height: image.height,
    widths: image.widths,
    createdBy: upload.createdBy,
  });
  return { media: record, src: image.src, created };
}
