/**
 * Every label the reader site shows, in German. A second language is a copy
 * of this file with the same keys (the type enforces it), not a fork.
 */
export const de = {
  languageTag: 'de',
  ogLocale: 'de_DE',
  home: 'Startseite',
  mainNavigation: 'Ressorts',
  skipToContent: 'Zum Inhalt springen',
  latest: 'Neueste Artikel',
  moreInSection: (section: string) => `Mehr aus ${section}`,
  allArticlesOfSection: (section: string) => `Alle Artikel aus ${section}`,
  breadcrumb: 'Brotkrumennavigation',
  imageCredit: 'Bildquelle:',
  keyPointsHeading: 'Was müssen Sie wissen?',
  sourcesHeading: 'Quellen',
  recommendationsHeading: 'Für Sie ausgewählt',
  byAuthors: (names: string) => `Von ${names}`,
  and: 'und',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  tags: 'Themen',
  entitiesHeading: 'Personen, Orte und Organisationen',
  noArticles: 'Hier ist noch nichts erschienen.',
  pageOf: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  previousPage: 'Neuere Artikel',
  nextPage: 'Ältere Artikel',
  pagination: 'Seiten',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Diese Seite gibt es nicht (mehr). Vielleicht wurde der Artikel verschoben oder die Adresse ist falsch geschrieben.',
  notFoundHome: 'Zur Startseite',
  errorTitle: 'Ein Fehler ist aufgetreten',
  errorText: 'Das hat leider nicht geklappt. Bitte versuchen Sie es in einem Moment noch einmal.',
  badRequestTitle: 'Ungültige Anfrage',
  requestRefusedTitle: 'Das geht so nicht',
  footerText: 'Unabhängig, werbefrei, ohne Tracking durch Dritte.',
  dateAt: 'Uhr',
} as const;

export type Messages = { readonly [K in keyof typeof de]: (typeof de)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
