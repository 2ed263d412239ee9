import { statusLabels, type Article } from '../../article/article.ts';
import { DepescheError } from '../../errors.ts';
import type { ArticleRepository, StoredArticle } from '../../store/article-repository.ts';
import type { RuleKind } from '../../store/recommendation-rules-repository.ts';

/**
 * What an editor typed to name another article — copied from the address bar
 * of the reader site or the newsroom, or typed as slug or id — turned into
 * the article it names, with a German message naming what was wrong.
 */
export type ArticleRef = { by: 'id' | 'slug' | 'id-or-slug'; value: string };

const maxInputLength = 2000;
const schemePattern = /^[a-z][a-z0-9+.-]*:/i;
/** A first segment that is a host: has a dot or a port. */
const hostFirstPattern = /^[^/\s:.]+(?:\.[^/\s:.]+)*(?:\.[^/\s:.]+|:\d+)\//;

/**
 * `https://site/nachrichten/<slug>`, `/nachrichten/<slug>`, `/redaktion/artikel/<id>/…`,
 * a bare slug or id. A full address must be one of `ownOrigins` (the site's
 * public address and the one the newsroom is open at): an article of another
 * site can only match here by accident.
 */
export function parseArticleRef(input: string, ownOrigins: readonly string[]): ArticleRef {
  const typed = input.trim();
  if (typed === '') throw new DepescheError('invalid_input', 'Bitte geben Sie an, welcher Artikel: seine Adresse auf der Website, seinen Slug oder seine ID.');
  if (typed.length > maxInputLength) throw new DepescheError('invalid_input', `Die Eingabe ist zu lang (mehr als ${maxInputLength} Zeichen); eine Artikeladresse ist viel kürzer.`);

  let path = typed;
  // `www.zeitung.de/nachrichten/…` or `localhost:3000/…` without a scheme is an address too.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : hostFirstPattern.test(typed) ? `https://${typed}` : null;
  if (withScheme === null && schemePattern.test(typed)) throw new DepescheError('invalid_input', `„${typed}“ ist keine Adresse einer Website.`);
  if (withScheme !== null) {
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      throw new DepescheError('invalid_input', `„${typed}“ ist keine gültige Adresse.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DepescheError('invalid_input', `„${typed}“ ist keine Adresse einer Website.`);
    const own = ownOrigins.map((origin) => new URL(origin));
    if (!own.some((o) => o.host === url.host)) {
      throw new DepescheError('invalid_input', `Die Adresse „${typed}“ gehört nicht zu dieser Website (${own[0]?.host ?? ''}).`);
    }
    path = url.pathname;
  }

  const segments = segmentsOf(path.replace(/[?#].*$/, ''), typed);
  if (segments.length === 0) throw new DepescheError('invalid_input', `„${typed}“ ist die Startseite, kein Artikel.`);
  if (segments[0] === 'redaktion') {
    if (segments[1] === 'artikel' && segments[2] && segments[2] !== 'neu') return { by: 'id', value: segments[2] };
    throw new DepescheError('invalid_input', `„${typed}“ ist keine Seite eines Artikels in der Redaktion.`);
  }
  if (segments.length === 1) return { by: path.startsWith('/') ? 'slug' : 'id-or-slug', value: segments[0]! };
  if (segments.length === 2) return { by: 'slug', value: segments[1]! };
  throw new DepescheError('invalid_input', `„${typed}“ ist keine Artikeladresse: Artikel stehen unter /ressort/artikel-slug.`);
}

function segmentsOf(path: string, typed: string): string[] {
  try {
    return path.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    throw new DepescheError('invalid_input', `„${typed}“ ist keine gültige Adresse.`);
  }
}

/** The article the reference names, or a 404 that repeats what was typed. */
export async function findArticle(articles: Pick<ArticleRepository, 'get' | 'getBySlug'>, ref: ArticleRef, typed: string): Promise<StoredArticle> {
  const found =
    (ref.by !== 'slug' ? await articles.get(ref.value) : undefined) ??
    (ref.by !== 'id' ? ((await articles.getBySlug(ref.value)) ?? (await articles.getBySlug(ref.value.toLowerCase()))) : undefined);
  if (!found) {
    throw new DepescheError('not_found', `Unter „${typed.trim()}“ gibt es keinen Artikel. Kopieren Sie die Adresse am besten aus der Adresszeile des Artikels.`);
  }
  return found;
}

/** Whether `target` may be pinned to or excluded from the recommendations under `article`. */
export function checkRuleTarget(article: Pick<Article, 'id'>, target: Pick<Article, 'id' | 'headline' | 'status'>, kind: RuleKind): void {
  if (target.id === article.id) {
    throw new DepescheError(
      'invalid_input',
      kind === 'pin'
        ? 'Ein Artikel kann nicht unter sich selbst angeheftet werden.'
        : 'Ein Artikel muss nicht unter sich selbst ausgeschlossen werden: Er wird dort nie empfohlen.',
    );
  }
  if (kind === 'pin' && target.status !== 'published') {
    throw new DepescheError(
      'invalid_input',
      `„${target.headline}“ ist nicht veröffentlicht (${statusLabels[target.status]}); anheften lassen sich nur veröffentlichte Artikel.`,
    );
  }
}

export function parseRuleKind(value: unknown): RuleKind {
  if (value === 'pin' || value === 'exclude') return value;
  throw new DepescheError('invalid_input', 'Bitte wählen Sie „Anheften“ oder „Ausschließen“.');
}

/** Resolves what was typed and checks that it fits as a rule's target. */
export async function resolveRuleTarget(
  articles: Pick<ArticleRepository, 'get' | 'getBySlug'>,
  input: { typed: string; kind: RuleKind; article: Pick<Article, 'id'>; ownOrigins: readonly string[] },
): Promise<StoredArticle> {
  const target = await findArticle(articles, parseArticleRef(input.typed, input.ownOrigins), input.typed);
  checkRuleTarget(input.article, target.article, input.kind);
  return target;
}
