import { DepescheError } from '../errors.ts';

export const minPasswordLength = 12;
/** Long enough for any passphrase; a bound so nobody can make the server hash megabytes. */
export const maxPasswordLength = 1024;

/**
 * Why a password would not do, in German, or null when it will. Length is
 * what makes a password hard to guess (NIST SP 800-63B), so there are no
 * rules about digits or special characters; only the obviously guessable is
 * refused as well. Length counts characters, not UTF-16 code units.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const length = [...password.normalize('NFC')].length;
  if (length < minPasswordLength) {
    return `Das Passwort ist zu kurz: mindestens ${minPasswordLength} Zeichen, es hat ${length}.`;
  }
  if (length > maxPasswordLength) return `Das Passwort ist zu lang: höchstens ${maxPasswordLength} Zeichen.`;
  if (password.trim() === '') return 'Das Passwort darf nicht nur aus Leerzeichen bestehen.';
  if (new Set(password).size === 1) return 'Das Passwort darf nicht nur aus einem wiederholten Zeichen bestehen.';
  if (context.email && password.trim().toLowerCase() === context.email.toLowerCase()) {
    return 'Das Passwort darf nicht die E-Mail-Adresse sein.';
  }
  return null;
}

/** Throws `invalid_input` with the German reason when the password would not do. */
export function checkPassword(password: string, context: { email?: string } = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new DepescheError('invalid_input', problem);
}
