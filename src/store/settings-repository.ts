/** Stored site settings as plain strings by key; what they mean is the settings module's business. */
export interface SettingsRepository {
  all(): Promise<Record<string, string>>;
  /** Writes every value in one transaction. */
  save(values: Readonly<Record<string, string>>, actor: string): Promise<void>;
}
