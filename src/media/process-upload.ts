import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { derivativeWidths } from './derivative-widths.ts';
import type { AcceptedFormat } from './image-format.ts';
import { inspectUpload, unreadable } from './inspect-upload.ts';
import { derivativeFileName, derivativeFormats, derivativeUrl, imageFolder, imagesDir } from './media-paths.ts';
import { cleanUploadName } from './upload-name.ts';
import { resolveUploadOptions, type UploadOptions } from './upload-options.ts';
import { DecodeError, writeDerivatives } from './write-derivatives.ts';

export interface ProcessedImage {
  /** The media id: the first 32 hex digits of the SHA-256 of the uploaded bytes. */
  id: string;
  /** The upload's name, cleaned for display (no folders, no control characters). */
  originalName: string;
  /** What the bytes turned out to be. */
  format: AcceptedFormat;
  /** The original's size as shown, after EXIF orientation. */
  width: number;
  height: number;
  /** The widths written, smallest first; each as AVIF, WebP and JPEG. */
  widths: number[];
  /** For the article model's `Image.src`: the largest JPEG, `/media/bilder/<id>/<width>.jpg`. */
  src: string;
  /** False when the same image had been uploaded before and nothing was written. */
  created: boolean;
}

/**
 * Checks an uploaded image and writes its responsive derivatives to
 * `<mediaDir>/bilder/<id>/<width>.<avif|webp|jpg>`. The files appear all at
 * once or not at all: they are written to a temporary folder beside the final
 * one and renamed into place. The same bytes always give the same id, and a
 * second upload of them writes nothing.
 *
 * Throws DepescheError: `empty_file`, `file_too_large` (bytes or pixels),
 * `unsupported_media` (not JPEG, PNG, WebP or AVIF by content),
 * `invalid_input` (damaged or cut off).
 */
export async function processUpload(bytes: Uint8Array, originalName: string, options: UploadOptions): Promise<ProcessedImage> {
  const resolved = resolveUploadOptions(options);
  const name = cleanUploadName(originalName);
  const image = await inspectUpload(bytes, name, resolved);
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const widths = derivativeWidths(image.width, resolved.widths);
  const folder = imageFolder(resolved.mediaDir, id);
  const result = (created: boolean): ProcessedImage => ({
    id,
    originalName: name,
    format: image.format,
    width: image.width,
    height: image.height,
    widths,
    src: derivativeUrl(id, Math.max(...widths), 'jpg'),
    created,
  });

  if (await hasAllFiles(folder, widths)) return result(false);

  await mkdir(imagesDir(resolved.mediaDir), { recursive: true });
  // A dot folder in the same directory: the rename stays on one file system.
  const temporary = await mkdtemp(join(imagesDir(resolved.mediaDir), `.upload-${id}-`));
  try {
    try {
      await writeDerivatives({ bytes, widths }, temporary, resolved);
    } catch (error) {
      throw error instanceof DecodeError ? unreadable(name, image.format, error.cause) : error;
    }
    await moveIntoPlace(temporary, folder, widths);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  return result(true);
}

async function moveIntoPlace(temporary: string, folder: string, widths: readonly number[]): Promise<void> {
  try {
    await rename(temporary, folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    // The same image, uploaded at the same moment, got there first.
    if (await hasAllFiles(folder, widths)) return;
    // An older, different set of widths: swap the folders, then drop the old one.
    const old = `${temporary}.old`;
    await rename(folder, old);
    await rename(temporary, folder);
    await rm(old, { recursive: true, force: true });
  }
}

async function hasAllFiles(folder: string, widths: readonly number[]): Promise<boolean> {
  const files = widths.flatMap((width) => derivativeFormats.map((format) => join(folder, derivativeFileName(width, format.extension))));
  try {
    await Promise.all(files.map((file) => access(file)));
    return true;
  } catch {
    return false;
  }
}
