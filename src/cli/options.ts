import { Option } from 'commander';
import { loadConfig, type Config } from '../config.ts';

/** `--data`, shared by every command that opens the store. */
export const dataOption = () => new Option('--data <ordner>', 'Datenordner (Standard: DEPESCHE_DATA oder ./data)');

export function configFrom(flags: { data?: string; port?: string; host?: string }): Config {
  return loadConfig(process.env, { dataDir: flags.data, port: flags.port, host: flags.host });
}
