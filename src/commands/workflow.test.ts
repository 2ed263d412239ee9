import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SignedInUser } from '../accounts/roles.ts';
import { sampleArticle } from '../../test/helpers/sample-article.ts';
import { allowedActions, applyAction, canEdit, publishingProblems } from './workflow.ts';

const autor: SignedInUser = { id: 'u-autor', email: 'a@example.org', name: 'Anna Autor', role: 'autor' };
const other: SignedInUser = { ...autor, id: 'u-other' };
const redakteur: SignedInUser = { id: 'u-red', email: 'r@example.org', name: 'Rita Redakteur', role: 'redakteur' };
const admin: SignedInUser = { ...redakteur, id: 'u-admin', role: 'admin' };

test('an Autor writes and submits own drafts but never publishes', () => {
  assert.deepEqual(allowedActions(autor, null), ['save', 'submit']);
  assert.deepEqual(allowedActions(autor, { status: 'draft', createdBy: autor.id }), ['save', 'submit']);
  assert.deepEqual(allowedActions(autor, { status: 'review', createdBy: autor.id }), ['save']);
  for (const status of ['scheduled', 'published', 'unpublished', 'archived'] as const) {
    assert.deepEqual(allowedActions(autor, { status, createdBy: autor.id }), [], status);
  }
  assert.equal(canEdit(other, { status: 'draft', createdBy: autor.id }), false, "not someone else's draft");
  assert.equal(canEdit(autor, { status: 'draft', createdBy: null }), false, 'not an imported article');
});

test('Redakteure and Admins publish, schedule, unpublish and archive any article', () => {
  for (const user of [redakteur, admin]) {
    assert.ok(allowedActions(user, { status: 'draft', createdBy: autor.id }).includes('publish'));
    assert.ok(allowedActions(user, { status: 'review', createdBy: null }).includes('schedule'));
    assert.ok(allowedActions(user, { status: 'published', createdBy: null }).includes('unpublish'));
    assert.ok(allowedActions(user, { status: 'scheduled', createdBy: null }).includes('unschedule'));
    assert.ok(allowedActions(user, { status: 'unpublished', createdBy: null }).includes('archive'));
  }
});

test('actions lead to their status and publication time', () => {
  const now = new Date('2025-05-01T10:00:00Z');
  const draft = sampleArticle({ status: 'draft', publishedAt: null });
  assert.deepEqual(applyAction(draft, 'submit', now, null), { status: 'review', publishedAt: null });
  assert.deepEqual(applyAction(draft, 'publish', now, null), { status: 'published', publishedAt: now.toISOString() });
  const at = new Date('2025-05-02T06:00:00Z');
  assert.deepEqual(applyAction(draft, 'schedule', now, at), { status: 'scheduled', publishedAt: at.toISOString() });
  const published = sampleArticle({ status: 'published', publishedAt: '2025-04-01T08:00:00+02:00' });
  assert.deepEqual(applyAction(published, 'publish', now, null).publishedAt, '2025-04-01T08:00:00+02:00', 'a correction keeps its date');
  assert.deepEqual(applyAction(published, 'unpublish', now, null).status, 'unpublished');
  assert.deepEqual(applyAction({ ...draft, status: 'scheduled' }, 'unschedule', now, null), { status: 'draft', publishedAt: null });
});

test('a picture needs alt text, caption and credit before publishing; a schedule needs a future time', () => {
  const now = new Date('2025-05-01T10:00:00Z');
  const bare = sampleArticle({ status: 'draft', publishedAt: null, heroImage: { src: '/x.jpg', alt: '', caption: '', credit: '' } });
  assert.deepEqual(
    publishingProblems(bare, 'publish', now).map((p) => p.field),
    ['heroAlt', 'heroCaption', 'heroCredit'],
  );
  assert.deepEqual(publishingProblems(bare, 'save', now), [], 'a draft may be incomplete');
  assert.equal(publishingProblems({ ...bare, status: 'published' }, 'save', now).length, 3, 'a published article stays complete');
  const past = sampleArticle({ status: 'scheduled', publishedAt: '2025-04-30T10:00:00Z' });
  assert.deepEqual(publishingProblems(past, 'schedule', now).map((p) => p.field), ['publishAt']);
});

test('a scheduled article stays complete and in the future; a live one is not dated ahead', () => {
  const now = new Date('2025-05-01T10:00:00Z');
  const scheduled = sampleArticle({ status: 'scheduled', publishedAt: '2025-05-02T10:00:00Z', lead: '', body: [] });
  assert.deepEqual(publishingProblems(scheduled, 'save', now).map((p) => p.field), ['lead', 'body']);
  const overdue = sampleArticle({ status: 'scheduled', publishedAt: '2025-04-30T10:00:00Z' });
  assert.deepEqual(publishingProblems(overdue, 'save', now).map((p) => p.field), ['publishAt']);
  const ahead = sampleArticle({ status: 'published', publishedAt: '2025-06-01T10:00:00Z' });
  assert.deepEqual(publishingProblems(ahead, 'save', now).map((p) => p.field), ['publishAt']);
});
