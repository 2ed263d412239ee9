import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { tempDir } from '../../../test/helpers/temp-dir.ts';
import { watchCommits } from './commit-watch.ts';

async function walDatabase() {
  const file = join(await tempDir(), 'watch.sqlite');
  const database = new DatabaseSync(file);
  database.exec('PRAGMA journal_mode = WAL; CREATE TABLE t (x)');
  return { file, database };
}

for (const mode of ['wal-index', 'data_version fallback'] as const) {
  test(`${mode}: the generation moves with every commit of another connection, and only then`, async () => {
    const { file, database } = await walDatabase();
    // The fallback is what runs when there is no -shm file to read.
    const watch = watchCommits(mode === 'wal-index' ? file : join(file, 'gibt-es-nicht'), database);
    const start = watch.generation();
    assert.equal(watch.generation(), start, 'no commit, no change');

    const other = new DatabaseSync(file);
    for (let i = 1; i <= 3; i++) {
      other.exec(`INSERT INTO t VALUES (${i})`);
      assert.equal(watch.generation(), start + i, `commit ${i} is seen at once`);
      assert.equal(watch.generation(), start + i);
    }
    other.exec('BEGIN; INSERT INTO t VALUES (9);');
    assert.equal(watch.generation(), start + 3, 'an uncommitted write is not a change');
    other.exec('ROLLBACK');
    assert.equal(watch.generation(), start + 3, 'a rolled-back write is not a change');
    other.close();
    watch.close();
    database.close();
  });
}
