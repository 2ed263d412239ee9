import { join } from 'node:path';
import type { DerivativeExtension } from './upload-options.ts';

/**
 * Where uploaded images live, on disk and as URLs:
 * `<mediaDir>/bilder/<id>/<width>.<ext>`, served as `/media/bilder/<id>/<width>.<ext>`.
 * The id is a hash of the uploaded bytes, so a URL never changes its content
 * and may be cached forever.
 */
export const imagesFolderName = 'bilder';
export const mediaUrlPrefix = '/media';

/** The formats every width is written in, in the order browsers should try them. */
export const derivativeFormats: readonly { extension: DerivativeExtension; type: string }[] = [
  { extension: 'avif', type: 'image/avif' },
  { extension: 'webp', type: 'image/webp' },
  { extension: 'jpg', type: 'image/jpeg' },
];

/** 32 hex digits: the first 128 bits of the SHA-256 of the uploaded file. */
export const mediaIdPattern = /^[0-9a-f]{32}$/;

export function imagesDir(mediaDir: string): string {
  return join(mediaDir, imagesFolderName);
}

export function imageFolder(mediaDir: string, id: string): string {
  return join(imagesDir(mediaDir), id);
}

export function derivativeFileName(width: number, extension: DerivativeExtension): string {
  return `${width}.${extension}`;
}

export function derivativeUrl(id: string, width: number, extension: DerivativeExtension): string {
  return `${mediaUrlPrefix}/${imagesFolderName}/${id}/${derivativeFileName(width, extension)}`;
}

const uploadedUrl = /^\/media\/bilder\/([0-9a-f]{32})\/(\d+)\.(avif|webp|jpg)$/;

/** The media id in an uploaded image's URL (`/media/bilder/<id>/1600.jpg`); null for any other image. */
export function mediaIdFromUrl(src: string | null | undefined): string | null {
  return src ? (uploadedUrl.exec(src)?.[1] ?? null) : null;
}
