import { open, stat } from 'node:fs/promises';
import { DepescheError } from '../errors.ts';
import { scanUtf8 } from '../text/utf8-scan.ts';

/**
 * The one gate every text input file passes before an importer sees it: it
 * refuses what is not UTF-8 text (empty, too large, binary, another encoding)
 * with a message that names the file and says what to do, and hands on text in
 * one canonical form: no BOM, LF line ends, NFC.
 */

export const maxInputBytes = 5 * 1024 * 1024;

/** Above this share of control characters a file is data, not text. */
const maxControlShare = 0.1;

export function decodeInput(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new DepescheError('empty_file', `${where}: die Datei ist leer`);
  if (bytes.length > maxInputBytes) throw tooLarge(where, bytes.length);
  refuseBinary(bytes, where);

  let text: string;
  try {
    // The decoder drops a leading UTF-8 BOM (ignoreBOM is false by default).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw notUtf8(bytes, where, error);
  }
  if (text.trim() === '') {
    throw new DepescheError('empty_file', `${where}: die Datei enthält nur Leerzeichen und Leerzeilen`);
  }
  // A lone CR is a line end too (files from classic Mac OS and some web forms).
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

export async function readInputFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new DepescheError('invalid_input', `${path}: das ist ein Verzeichnis, keine Datei`);
    }
    size = info.isFile() ? info.size : 0;
  } catch (error) {
    throw fileSystemError(path, error);
  }
  if (size > maxInputBytes) throw tooLarge(path, size);

  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(path, maxInputBytes + 1);
  } catch (error) {
    throw fileSystemError(path, error);
  }
  // The file may have grown since stat, or be a pipe whose size stat cannot know.
  if (bytes.length > maxInputBytes) {
    throw new DepescheError(
      'file_too_large',
      `${path}: die Eingabe ist größer als erlaubt (höchstens ${formatMegabytes(maxInputBytes)} MB); teilen Sie sie auf mehrere Dateien auf`,
    );
  }
  return decodeInput(bytes, path);
}

async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function fileSystemError(path: string, error: unknown): DepescheError {
  if (error instanceof DepescheError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new DepescheError('invalid_input', `${path}: die Datei gibt es nicht (gesucht ab ${process.cwd()})`, { cause: error });
    case 'EISDIR':
      return new DepescheError('invalid_input', `${path}: das ist ein Verzeichnis, keine Datei`, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new DepescheError('invalid_input', `${path}: keine Berechtigung, die Datei zu lesen`, { cause: error });
    default:
      return new DepescheError('invalid_input', `${path}: die Datei lässt sich nicht lesen (${code ?? String(error)})`, { cause: error });
  }
}

function tooLarge(where: string, size: number): DepescheError {
  return new DepescheError(
    'file_too_large',
    `${where}: die Datei ist ${formatMegabytes(size)} MB groß, erlaubt sind höchstens ${formatMegabytes(maxInputBytes)} MB; teilen Sie sie auf mehrere Dateien auf`,
  );
}

const megabyteFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Rounded up, so a file just over the limit never reads as "5 MB" next to a 5 MB limit. */
function formatMegabytes(bytes: number): string {
  return megabyteFormat.format(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}

// ---------------------------------------------------------------------------
// Binary files

interface Signature {
  /** Completes "sieht aus wie …". */
  what: string;
  test: (bytes: Uint8Array) => boolean;
}

/** True when `expected` (numbers or a Latin-1 string) occurs at `offset`. */
function has(offset: number, expected: readonly number[] | string): (bytes: Uint8Array) => boolean {
  const wanted = typeof expected === 'string' ? Array.from(expected, (ch) => ch.charCodeAt(0)) : expected;
  return (bytes) => bytes.length >= offset + wanted.length && wanted.every((byte, i) => bytes[offset + i] === byte);
}

const either = (a: Signature['test'], b: Signature['test']): Signature['test'] => (bytes) => a(bytes) || b(bytes);
const both = (a: Signature['test'], b: Signature['test']): Signature['test'] => (bytes) => a(bytes) && b(bytes);

const signatures: readonly Signature[] = [
  { what: 'ein PNG-Bild', test: has(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { what: 'ein JPEG-Bild', test: has(0, [0xff, 0xd8, 0xff]) },
  { what: 'ein GIF-Bild', test: either(has(0, 'GIF87a'), has(0, 'GIF89a')) },
  { what: 'ein WebP-Bild', test: both(has(0, 'RIFF'), has(8, 'WEBP')) },
  { what: 'ein PDF-Dokument', test: has(0, '%PDF-') },
  {
    what: 'ein ZIP-Archiv (auch .docx, .xlsx, .odt und .epub sind ZIP-Archive)',
    test: either(has(0, [0x50, 0x4b, 0x03, 0x04]), has(0, [0x50, 0x4b, 0x05, 0x06])),
  },
  { what: 'eine gzip-komprimierte Datei (erst mit gunzip entpacken)', test: has(0, [0x1f, 0x8b]) },
  // "BZh" alone could start a text: require the block-size digit and the block magic.
  { what: 'eine bzip2-komprimierte Datei (erst mit bunzip2 entpacken)', test: both(has(0, 'BZh'), has(4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59])) },
  { what: 'eine xz-komprimierte Datei (erst mit unxz entpacken)', test: has(0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) },
  { what: 'ein 7-Zip-Archiv', test: has(0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { what: 'ein RAR-Archiv', test: has(0, 'Rar!\x1a\x07') },
  { what: 'ein altes Microsoft-Office-Dokument (.doc, .xls, .ppt)', test: has(0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { what: 'eine SQLite-Datenbank', test: has(0, 'SQLite format 3\0') },
  { what: 'ein ausführbares Programm (ELF)', test: has(0, [0x7f, 0x45, 0x4c, 0x46]) },
  { what: 'eine Video- oder Audiodatei (MP4, MOV, M4A)', test: has(4, 'ftyp') },
];

function refuseBinary(bytes: Uint8Array, where: string): void {
  for (const signature of signatures) {
    if (signature.test(bytes)) {
      throw new DepescheError('binary_file', `${where}: das ist keine Textdatei, sie sieht aus wie ${signature.what}`);
    }
  }

  const utf16 = utf16Kind(bytes);
  if (utf16 !== null) {
    throw new DepescheError(
      'not_utf8',
      `${where}: die Datei ist in ${utf16} kodiert, nicht in UTF-8; wandeln Sie sie um, z. B. mit: ${iconvCommand(utf16.toLowerCase(), where)}`,
    );
  }

  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) {
      throw new DepescheError(
        'binary_file',
        `${where}: das ist keine Textdatei, sie enthält NUL-Bytes (das erste an Byte-Position ${i}); erwartet wird Text in UTF-8`,
      );
    }
    // Tab, LF, FF and CR belong in text; every other C0 control and DEL do not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  if (controls / bytes.length > maxControlShare) {
    const percent = Math.round((controls / bytes.length) * 100);
    throw new DepescheError(
      'binary_file',
      `${where}: das ist keine Textdatei, ${percent} % der Bytes sind Steuerzeichen; erwartet wird Text in UTF-8`,
    );
  }
}

/**
 * UTF-16 text is full of NUL bytes and would otherwise be called binary. With a
 * BOM it is certain; without one, ASCII-heavy text shows NUL in every other byte.
 */
function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | 'UTF-16' | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 'UTF-16';
  const pairs = Math.min(bytes.length >> 1, 2048);
  if (pairs < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.7 && evenNul <= pairs * 0.05) return 'UTF-16LE';
  if (evenNul >= pairs * 0.7 && oddNul <= pairs * 0.05) return 'UTF-16BE';
  return null;
}

// ---------------------------------------------------------------------------
// Other encodings

function notUtf8(bytes: Uint8Array, where: string, cause: unknown): DepescheError {
  const scan = scanUtf8(bytes);
  const encoding = scan.windows1252Only ? 'windows-1252' : 'latin1';
  let detail = '';
  if (scan.firstInvalid >= 0) {
    const byte = bytes[scan.firstInvalid]!;
    let line = 1;
    for (let i = 0; i < scan.firstInvalid; i++) if (bytes[i] === 0x0a) line++;
    const asWindows1252 = new TextDecoder('windows-1252').decode(bytes.subarray(scan.firstInvalid, scan.firstInvalid + 1));
    const guess = /^\P{C}$/u.test(asWindows1252) ? `, in Windows-1252 wäre das „${asWindows1252}“` : '';
    detail = `: ungültiges Byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} an Byte-Position ${scan.firstInvalid} (Zeile ${line}${guess})`;
  }
  return new DepescheError(
    'not_utf8',
    `${where}: die Datei ist nicht in UTF-8 kodiert${detail}. Vermutlich ist sie in Windows-1252 oder ISO-8859-1 gespeichert; ` +
      `wandeln Sie sie um, z. B. mit: ${iconvCommand(encoding, where)}`,
    { cause },
  );
}

function iconvCommand(from: string, where: string): string {
  const dot = where.lastIndexOf('.');
  const target = dot > where.lastIndexOf('/') + 1 ? `${where.slice(0, dot)}-utf8${where.slice(dot)}` : `${where}-utf8`;
  return `iconv -f ${from} -t utf-8 ${shellQuote(where)} > ${shellQuote(target)}`;
}

function shellQuote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
