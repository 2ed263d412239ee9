/**
 * Every text of the sign-in pages, in German. A second language is a copy of
 * this object with the same keys (the type enforces it).
 */
export const authMessages = {
  newsroom: 'Redaktion',
  skipToContent: 'Zum Inhalt springen',
  signInTitle: 'Anmelden',
  signInIntro: 'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
  emailLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  passwordMissing: 'Bitte geben Sie Ihr Passwort ein.',
  noAccountHint: 'Noch keinen Zugang? Den legt eine Administratorin oder ein Administrator für Sie an.',
  signedOut: 'Sie sind abgemeldet.',
  signedInAs: (name: string, role: string) => `Sie sind angemeldet als ${name} (${role}).`,
  toNewsroom: 'Zur Redaktion',
  signOutButton: 'Abmelden',
  toSite: 'Zur Website',
  refusedTitle: 'Anfrage abgewiesen',
  foreignOrigin:
    'Diese Anfrage kam nicht von einer Seite dieser Redaktion und wurde deshalb nicht ausgeführt. ' +
    'Öffnen Sie die Redaktion über die Adresse der Website und versuchen Sie es dort noch einmal.',
  missingToken:
    'Das Formular ist abgelaufen oder gehört zu einer früheren Anmeldung, deshalb wurde nichts gespeichert. ' +
    'Laden Sie die Seite neu (Ihre Eingaben können dabei verloren gehen) und versuchen Sie es noch einmal.',
  toSignIn: 'Zur Anmeldung',
} as const;

export type AuthMessages = {
  readonly [K in keyof typeof authMessages]: (typeof authMessages)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};
