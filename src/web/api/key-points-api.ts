import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { draftFromPlainText } from '../../ingest/plain-text.ts';
import { describeIssues } from '../../article/validate.ts';
import { suggestKeyPoints } from '../../enrich/key-points.ts';

const requestSchema = z.strictObject({
  text: z.string().trim().min(1, 'darf nicht leer sein').max(200_000, 'höchstens 200.000 Zeichen'),
  count: z.number().int().min(2).max(5).default(3),
});

/**
 * `POST /api/v1/key-points` with `{ "text": "…", "count": 3 }` answers
 * `{ "keyPoints": ["…", …] }`. Nothing is stored. Errors are JSON too:
 * `{ "error": { "code": "invalid_input", "message": "text: darf nicht leer sein" } }`.
 */
export function keyPointsApi(): Hono {
  const api = new Hono();
  const refuse = (code: string, message: string, status: 400 | 413 | 415) => ({ body: { error: { code, message } }, status });
  api.post(
    '/api/v1/key-points',
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: (c) => {
        const { body, status } = refuse('file_too_large', 'Die Anfrage ist größer als 1 MB.', 413);
        return c.json(body, status);
      },
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? '')) {
        const { body, status } = refuse('unsupported_media', 'Bitte als JSON senden (Content-Type: application/json).', 415);
        return c.json(body, status);
      }
      let json: unknown;
      try {
        json = await c.req.json();
      } catch {
        const { body, status } = refuse('invalid_json', 'Der Inhalt ist kein gültiges JSON.', 400);
        return c.json(body, status);
      }
      const parsed = requestSchema.safeParse(json);
      if (!parsed.success) {
        const { body, status } = refuse('invalid_input', describeIssues(parsed.error.issues), 400);
        return c.json(body, status);
      }
      const keyPoints = suggestKeyPoints(draftFromPlainText(parsed.data.text), { count: parsed.data.count }).map((point) => point.text);
      return c.json({ keyPoints }, 200, { 'Cache-Control': 'no-store' });
    },
  );
  return api;
}
