/**
 * How uploads are checked and what is made of them. Every field has a default;
 * the newsroom passes only `mediaDir`, tests pass smaller limits.
 */
export interface UploadOptions {
  /** The media folder served under `/media/`; images go to `<mediaDir>/bilder/<id>/`. */
  mediaDir: string;
  /** Largest accepted file, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Longest accepted side, in pixels. Default 12,000. */
  maxDimension?: number;
  /** Most accepted pixels (width × height). Default 50 megapixels. */
  maxPixels?: number;
  /** The widths to make, smallest first. Default 480, 800, 1200, 1600. */
  widths?: readonly number[];
  /** Encoder quality, 1–100, per format. */
  quality?: Partial<Record<DerivativeExtension, number>>;
}

export type DerivativeExtension = 'avif' | 'webp' | 'jpg';

export interface ResolvedUploadOptions {
  mediaDir: string;
  maxBytes: number;
  maxDimension: number;
  maxPixels: number;
  widths: readonly number[];
  quality: Record<DerivativeExtension, number>;
}

const megabyte = 1024 * 1024;

export const uploadDefaults = {
  maxBytes: 20 * megabyte,
  maxDimension: 12_000,
  maxPixels: 50_000_000,
  widths: [480, 800, 1200, 1600],
  // AVIF and WebP reach the look of JPEG 80 at lower numbers.
  quality: { avif: 55, webp: 78, jpg: 80 },
} as const satisfies Omit<ResolvedUploadOptions, 'mediaDir'>;

export function resolveUploadOptions(options: UploadOptions): ResolvedUploadOptions {
  const widths = [...(options.widths ?? uploadDefaults.widths)].sort((a, b) => a - b);
  if (widths.length === 0 || widths.some((width) => !Number.isInteger(width) || width < 1)) {
    throw new TypeError(`widths must be positive integers, got ${JSON.stringify(options.widths)}`);
  }
  return {
    mediaDir: options.mediaDir,
    maxBytes: options.maxBytes ?? uploadDefaults.maxBytes,
    maxDimension: options.maxDimension ?? uploadDefaults.maxDimension,
    maxPixels: options.maxPixels ?? uploadDefaults.maxPixels,
    widths,
    quality: { ...uploadDefaults.quality, ...options.quality },
  };
}
