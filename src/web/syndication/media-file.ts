import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { mediaUrlPrefix } from '../../media/media-paths.ts';

const imageTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** The media type of an image by its file name; null when the name does not tell (an external URL without an extension). */
export function imageMediaType(src: string): string | null {
  const path = src.replace(/[?#].*$/, '');
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (extension && imageTypes[extension]) ?? null;
}

/**
 * The size in bytes of a file served from the media folder (`/media/…`), for
 * RSS enclosures, which must state a length. 0 for anything else or a file
 * that is not there: the RSS Advisory Board's advice when the size cannot be
 * known.
 */
export async function mediaFileSize(mediaDir: string, src: string): Promise<number> {
  if (!src.startsWith(`${mediaUrlPrefix}/`)) return 0;
  const root = resolve(mediaDir);
  let file: string;
  try {
    file = resolve(join(root, decodeURIComponent(src.slice(mediaUrlPrefix.length).replace(/[?#].*$/, ''))));
  } catch {
    return 0;
  }
  // An article's src is editor input: it must not reach outside the media folder.
  if (!file.startsWith(root + sep)) return 0;
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : 0;
  } catch {
    return 0;
  }
}
