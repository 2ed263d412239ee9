import { Command } from 'commander';
import { startServer } from '../server.ts';
import { configFrom, dataOption } from './options.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('die Website starten (legt die Datenbank beim ersten Start an)')
    .option('--port <port>', 'Port (Standard: PORT oder 3000)')
    .option('--host <adresse>', 'Adresse, auf der gelauscht wird (Standard: HOST oder 127.0.0.1)')
    .addOption(dataOption())
    .action(async (flags: { port?: string; host?: string; data?: string }) => {
      const config = configFrom(flags);
      const server = await startServer(config);
      console.log(`Depesche läuft auf ${server.url}  (Daten: ${config.dataDir})`);
      const stop = async (signal: string) => {
        console.log(`${signal} empfangen, Depesche wird beendet …`);
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
