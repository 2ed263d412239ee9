import { after } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { tempDir } from './temp-dir.ts';

/**
 * A real server on an ephemeral port over a fresh SQLite file with the demo
 * content. Call it at the top level of a test file (not in a hook): its
 * after() hooks then close it when the whole file is done. `env` adds
 * settings as loadConfig reads them (e.g. DEPESCHE_FETCH_INTERNAL).
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<{ server: RunningServer; dataDir: string }> {
  const dataDir = await tempDir();
  const server = await startServer(loadConfig({ PORT: '0', DEPESCHE_DATA: dataDir, ...env }), { log: () => {} });
  after(() => server.close());
  return { server, dataDir };
}
