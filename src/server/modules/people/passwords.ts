import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to argon2id (m=19456 KiB, t=2, p=1: OWASP's recommended
// minimum), and the parameters travel inside the PHC string, so they can be raised later
// without invalidating stored hashes.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the e-mail is unknown, so that a sign-in takes as long
 * for an unknown e-mail as for a wrong password and does not reveal which e-mails exist.
 */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash("decoy password that never matches");
  return decoyHash;
}
