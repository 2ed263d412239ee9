import type { Context } from 'hono';
import { DepescheError } from '../../errors.ts';

/**
 * The posted form, or a 400 the person can act on: a cut-off or malformed
 * body is the sender's problem, not a server error.
 */
export async function readForm(c: Context, options: { all?: boolean } = {}): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody(options);
  } catch (error) {
    throw new DepescheError(
      'invalid_input',
      'Das Formular kam unvollständig oder beschädigt an. Bitte laden Sie die Seite neu und senden Sie es noch einmal.',
      { cause: error },
    );
  }
}
