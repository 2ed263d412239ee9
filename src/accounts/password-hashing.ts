import { hash, verify } from '@node-rs/argon2';

/** Turns passwords into stored hashes and checks them; a parameter so tests could swap it. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False, never an exception, for a wrong password or a hash it cannot read. */
  verify(passwordHash: string, password: string): Promise<boolean>;
}

/**
 * Argon2id with the library's defaults, which are the minimum OWASP's
 * Password Storage Cheat Sheet recommends: 19 MiB of memory (m=19456),
 * 2 passes (t=2), 1 lane (p=1), a random 16-byte salt and a 32-byte hash,
 * stored as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) that names its
 * own parameters, so stronger settings later still verify old hashes.
 * About 15–70 ms per hash on a small server, in a worker thread.
 *
 * Passwords are NFC-normalised first: an „ü“ typed as one character on one
 * keyboard and as u + diaeresis on another is the same password.
 */
export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password.normalize('NFC')),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password.normalize('NFC'));
    } catch {
      return false;
    }
  },
};
