import sharp, { type Metadata } from 'sharp';
import { DepescheError } from '../errors.ts';
import { formatLabels, isAcceptedFormat, sniffImageFormat, type AcceptedFormat } from './image-format.ts';
import type { ResolvedUploadOptions } from './upload-options.ts';

/** An upload that passed every check, with its size as shown (EXIF orientation applied). */
export interface InspectedImage {
  format: AcceptedFormat;
  width: number;
  height: number;
}

const allowed = 'erlaubt sind JPEG, PNG, WebP und AVIF';

/** The name sharp's metadata gives each accepted format (AVIF is read by the HEIF loader). */
const sharpFormat: Record<AcceptedFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' };

/**
 * Checks an upload before any pixel is decoded: its size, what its bytes say
 * it is, and the dimensions its header declares, so that a small file that
 * unpacks into billions of pixels (a decompression bomb) is refused unread.
 * `name` is only for messages.
 */
export async function inspectUpload(bytes: Uint8Array, name: string, options: ResolvedUploadOptions): Promise<InspectedImage> {
  if (bytes.length === 0) throw new DepescheError('empty_file', `${name}: die Datei ist leer`);
  if (bytes.length > options.maxBytes) {
    throw new DepescheError(
      'file_too_large',
      `${name}: die Datei ist ${formatMegabytes(bytes.length)} MB groß, erlaubt sind höchstens ${formatMegabytes(options.maxBytes)} MB`,
    );
  }

  const format = sniffImageFormat(bytes);
  if (!isAcceptedFormat(format)) {
    const what = format === 'unknown' ? 'das ist kein Bild in einem unterstützten Format' : `${formatLabels[format]}-Bilder werden nicht angenommen`;
    throw new DepescheError('unsupported_media', `${name}: ${what}; ${allowed}`);
  }

  // Reading the header decodes no pixels, so it is safe without a pixel limit;
  // the limit is checked here with a readable message, and again by sharp
  // (`limitInputPixels`) when the pixels are decoded.
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw unreadable(name, format, error);
  }
  if (metadata.format !== sharpFormat[format] || (format === 'avif' && metadata.compression !== 'av1')) {
    throw new DepescheError('unsupported_media', `${name}: der Inhalt ist kein gültiges ${formatLabels[format]}-Bild; ${allowed}`);
  }

  const { width, height } = metadata;
  if (!width || !height) throw unreadable(name, format);
  if (width > options.maxDimension || height > options.maxDimension || width * height > options.maxPixels) {
    throw new DepescheError(
      'file_too_large',
      `${name}: das Bild ist ${pixelFormat.format(width)} × ${pixelFormat.format(height)} Pixel groß; ` +
        `erlaubt sind höchstens ${pixelFormat.format(options.maxDimension)} Pixel je Seite und ` +
        `${megapixelFormat.format(options.maxPixels / 1_000_000)} Megapixel`,
    );
  }
  return { format, width: metadata.autoOrient.width, height: metadata.autoOrient.height };
}

/** The error for an image whose pixels cannot be read: damaged, cut off, or over sharp's pixel limit. */
export function unreadable(name: string, format: AcceptedFormat, cause?: unknown): DepescheError {
  const reason = cause instanceof Error ? cause.message : '';
  if (/pixel limit/i.test(reason)) {
    return new DepescheError('file_too_large', `${name}: das Bild hat zu viele Pixel, um es zu verarbeiten`, { cause });
  }
  return new DepescheError(
    'invalid_input',
    `${name}: das ${formatLabels[format]}-Bild ist beschädigt oder unvollständig und lässt sich nicht lesen; laden Sie die Datei bitte erneut hoch`,
    { cause },
  );
}

const pixelFormat = new Intl.NumberFormat('de-DE');
const megapixelFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const megabyteFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Rounded up, so a file just over the limit never reads as "20 MB" next to a 20 MB limit. */
function formatMegabytes(bytes: number): string {
  return megabyteFormat.format(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}
