import { hasRole, type SignedInUser } from '../accounts/roles.ts';
import type { Article, ArticleStatus } from '../article/article.ts';

/**
 * The newsroom's workflow as rules, apart from any page: who may do what to
 * an article in which status, and where each action leads.
 */
export const workflowActions = ['save', 'submit', 'publish', 'schedule', 'unschedule', 'unpublish', 'archive'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

export const actionLabels: Record<WorkflowAction, string> = {
  save: 'Speichern',
  submit: 'Zur Prüfung einreichen',
  publish: 'Veröffentlichen',
  schedule: 'Zeitgesteuert veröffentlichen',
  unschedule: 'Zeitplan aufheben',
  unpublish: 'Zurückziehen',
  archive: 'Archivieren',
};

export interface Ownership {
  status: ArticleStatus;
  createdBy: string | null;
}

/** An Autor works on their own drafts until a Redakteur takes over; Redakteure edit everything. */
export function canEdit(user: SignedInUser, article: Ownership | null): boolean {
  if (hasRole(user.role, 'redakteur')) return true;
  if (article === null) return true;
  return article.createdBy === user.id && (article.status === 'draft' || article.status === 'review');
}

const editorActions: Record<ArticleStatus, WorkflowAction[]> = {
  draft: ['save', 'submit', 'publish', 'schedule', 'archive'],
  review: ['save', 'publish', 'schedule', 'archive'],
  scheduled: ['save', 'publish', 'unschedule', 'archive'],
  published: ['save', 'unpublish', 'archive'],
  unpublished: ['save', 'publish', 'schedule', 'archive'],
  archived: ['save', 'publish'],
};

const autorActions: Partial<Record<ArticleStatus, WorkflowAction[]>> = {
  draft: ['save', 'submit'],
  review: ['save'],
};

/** The actions this user may take on an article (null: a new one). */
export function allowedActions(user: SignedInUser, article: Ownership | null): WorkflowAction[] {
  if (!canEdit(user, article)) return [];
  const status = article?.status ?? 'draft';
  return hasRole(user.role, 'redakteur') ? editorActions[status] : (autorActions[status] ?? []);
}

/** Status and publication time after an action; `publishAt` is required for `schedule`. */
export function applyAction(
  article: Article,
  action: WorkflowAction,
  now: Date,
  publishAt: Date | null,
): Pick<Article, 'status' | 'publishedAt'> {
  switch (action) {
    case 'save':
      return { status: article.status, publishedAt: article.publishedAt };
    case 'submit':
      return { status: 'review', publishedAt: article.publishedAt };
    case 'publish': {
      // Published now is dated now; a correction (or a deliberate earlier date)
      // keeps its date. A date in the future would claim a publication that has
      // not happened: that is what scheduling is for.
      const keeps = article.status !== 'scheduled' && article.publishedAt !== null && Date.parse(article.publishedAt) <= now.getTime();
      return { status: 'published', publishedAt: keeps ? article.publishedAt : now.toISOString() };
    }
    case 'schedule':
      return { status: 'scheduled', publishedAt: (publishAt ?? now).toISOString() };
    case 'unschedule':
      return { status: 'draft', publishedAt: null };
    case 'unpublish':
      return { status: 'unpublished', publishedAt: article.publishedAt };
    case 'archive':
      return { status: 'archived', publishedAt: article.publishedAt };
  }
}

export interface FieldProblem {
  /** Form field name, so the message stands next to the field. */
  field: string;
  message: string;
}

/**
 * What must be true before readers see an article. A picture without alt
 * text, caption and credit must not go out: readers with screen readers need
 * the first, the licence needs the last.
 */
export function publishingProblems(article: Article, action: WorkflowAction, now: Date): FieldProblem[] {
  // A scheduled article will go out by itself, so it must stay as complete as a live one.
  const goesOut = action === 'publish' || action === 'schedule' || (action === 'save' && (article.status === 'published' || article.status === 'scheduled'));
  if (!goesOut) return [];
  const problems: FieldProblem[] = [];
  if (article.lead.trim() === '') problems.push({ field: 'lead', message: 'Vor dem Veröffentlichen braucht der Artikel einen Vorspann.' });
  if (article.body.length === 0) problems.push({ field: 'body', message: 'Vor dem Veröffentlichen braucht der Artikel einen Text.' });
  const image = article.heroImage;
  if (image) {
    if (!image.alt) problems.push({ field: 'heroAlt', message: 'Alternativtext fehlt: beschreiben Sie, was das Bild zeigt.' });
    if (!image.caption) problems.push({ field: 'heroCaption', message: 'Bildunterschrift fehlt.' });
    if (!image.credit) problems.push({ field: 'heroCredit', message: 'Bildnachweis fehlt (z. B. „Foto: Name/Agentur“).' });
  }
  const when = article.publishedAt === null ? null : Date.parse(article.publishedAt);
  if (article.status === 'scheduled' && action !== 'publish' && when !== null && when <= now.getTime()) {
    problems.push({ field: 'publishAt', message: 'Der geplante Zeitpunkt muss in der Zukunft liegen.' });
  }
  if (article.status === 'published' && action === 'save' && when !== null && when > now.getTime()) {
    problems.push({ field: 'publishAt', message: 'Ein veröffentlichter Artikel kann kein Datum in der Zukunft tragen; für später gibt es „Zeitgesteuert veröffentlichen“.' });
  }
  return problems;
}
