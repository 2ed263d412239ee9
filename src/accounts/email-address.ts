/** E-mail addresses are compared lowercased: `Erika@Zeitung.de` and `erika@zeitung.de` are one account. */
export function normalizeEmail(input: string): string {
  return input.trim().normalize('NFC').toLowerCase();
}

// Deliberately loose: one @, something on both sides, a dot in the domain.
// Whether the address works is for the mail server to say, not a regex.
const shape = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** True for a (normalised) address that looks like one; at most 254 characters (RFC 5321). */
export function isEmailAddress(email: string): boolean {
  return email.length <= 254 && shape.test(email);
}
