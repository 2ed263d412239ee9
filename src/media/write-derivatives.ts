import { join } from 'node:path';
import sharp from 'sharp';
import { derivativeFileName } from './media-paths.ts';
import type { ResolvedUploadOptions } from './upload-options.ts';

export interface DerivativeSource {
  bytes: Uint8Array;
  widths: readonly number[];
}

/**
 * Decodes the upload once per width — turned upright by its EXIF orientation,
 * converted to sRGB through its ICC profile, scaled — and encodes that pixel
 * buffer as AVIF, WebP and JPEG into `folder`. The encoders get bare pixels,
 * so no EXIF (GPS position, camera serial), XMP, IPTC or ICC profile of the
 * upload can reach a reader. JPEG has no transparency: transparent parts are
 * laid on white there, while AVIF and WebP keep them.
 *
 * Errors while decoding are thrown as `DecodeError`, so the caller can tell a
 * damaged upload from a full disk.
 */
export async function writeDerivatives(source: DerivativeSource, folder: string, options: ResolvedUploadOptions): Promise<void> {
  for (const width of source.widths) {
    const pixels = await decodeAt(source.bytes, width, options.maxPixels);
    const raw = { raw: { width: pixels.info.width, height: pixels.info.height, channels: pixels.info.channels } };
    const file = (extension: 'avif' | 'webp' | 'jpg') => join(folder, derivativeFileName(width, extension));
    await Promise.all([
      sharp(pixels.data, raw).avif({ quality: options.quality.avif, effort: 4, chromaSubsampling: '4:2:0' }).toFile(file('avif')),
      sharp(pixels.data, raw).webp({ quality: options.quality.webp, effort: 4 }).toFile(file('webp')),
      sharp(pixels.data, raw)
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: options.quality.jpg, progressive: true, mozjpeg: true })
        .toFile(file('jpg')),
    ]);
  }
}

export class DecodeError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'DecodeError';
  }
}

async function decodeAt(bytes: Uint8Array, width: number, maxPixels: number) {
  try {
    return await sharp(bytes, {
      autoOrient: true,
      // Refuse damaged or cut-off pixel data rather than publish a grey half-image.
      failOn: 'error',
      limitInputPixels: maxPixels,
    })
      .resize({ width, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new DecodeError(error);
  }
}
