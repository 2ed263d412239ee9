import type { Kysely } from 'kysely';
import { DepescheError } from '../errors.ts';
import type { RecommendationRule, RecommendationRules, RecommendationRulesRepository } from './recommendation-rules-repository.ts';
import type { DatabaseSchema } from './schema.ts';

export class KyselyRecommendationRulesRepository implements RecommendationRulesRepository {
  readonly #db: Kysely<DatabaseSchema>;
  readonly #onWrite: () => void;

  constructor(db: Kysely<DatabaseSchema>, onWrite: () => void) {
    this.#db = db;
    this.#onWrite = onWrite;
  }

  async forArticle(articleId: string): Promise<RecommendationRule[]> {
    const rows = await this.#db
      .selectFrom('recommendation_rules')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('kind', 'desc')
      .orderBy('position')
      .execute();
    return rows.map((row) => ({
      articleId: row.article_id,
      targetId: row.target_id,
      kind: row.kind,
      createdBy: row.created_by,
      createdAt: row.created_at,
    }));
  }

  async all(): Promise<Map<string, RecommendationRules>> {
    const rows = await this.#db
      .selectFrom('recommendation_rules')
      .select(['article_id', 'target_id', 'kind'])
      .orderBy('article_id')
      .orderBy('position')
      .execute();
    const rules = new Map<string, { pinned: string[]; excluded: string[] }>();
    for (const row of rows) {
      let entry = rules.get(row.article_id);
      if (!entry) rules.set(row.article_id, (entry = { pinned: [], excluded: [] }));
      (row.kind === 'pin' ? entry.pinned : entry.excluded).push(row.target_id);
    }
    return rules;
  }

  async set(rule: Omit<RecommendationRule, 'createdAt'>): Promise<void> {
    if (rule.articleId === rule.targetId) {
      throw new DepescheError('invalid_input', 'Ein Artikel kann sich nicht selbst anheften oder ausschließen.');
    }
    const createdAt = new Date().toISOString();
    await this.#db.transaction().execute(async (tx) => {
      const found = await tx
        .selectFrom('articles')
        .select('id')
        .where('id', 'in', [rule.articleId, rule.targetId])
        .execute();
      if (found.length < 2) {
        const missing = [rule.articleId, rule.targetId].find((id) => !found.some((row) => row.id === id));
        throw new DepescheError('not_found', `Den Artikel ${missing} gibt es nicht.`);
      }
      const last = await tx
        .selectFrom('recommendation_rules')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('article_id', '=', rule.articleId)
        .executeTakeFirst();
      const position = (last?.position ?? 0) + 1;
      const values = { kind: rule.kind, position, created_by: rule.createdBy, created_at: createdAt };
      await tx
        .insertInto('recommendation_rules')
        .values({ article_id: rule.articleId, target_id: rule.targetId, ...values })
        .onConflict((oc) => oc.columns(['article_id', 'target_id']).doUpdateSet(values))
        .execute();
    });
    this.#onWrite();
  }

  async remove(articleId: string, targetId: string): Promise<void> {
    await this.#db
      .deleteFrom('recommendation_rules')
      .where('article_id', '=', articleId)
      .where('target_id', '=', targetId)
      .execute();
    this.#onWrite();
  }
}
