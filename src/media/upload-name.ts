/**
 * The name an upload arrived with, fit to show in messages and keep in the
 * media table: no folders (some browsers send `C:\fakepath\foto.jpg`), no
 * control characters, not endless. It is never used to name a file on disk.
 */
export function cleanUploadName(originalName: string): string {
  const base = originalName.split(/[\\/]/).at(-1) ?? '';
  const printable = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  const short = Array.from(printable).slice(0, 200).join('');
  return short || 'Bild';
}
