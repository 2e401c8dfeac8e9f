import crypto from "node:crypto";

/** Letters and digits that cannot be misread when a password is read out or copied by hand (no 0/O, 1/l/I). */
const LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/** A random 12-character password with letters and digits (meets passwordProblem), shown once to the admin. */
export function generatePassword(): string {
  const all = LETTERS + DIGITS;
  for (;;) {
    const chars = Array.from(crypto.randomBytes(12), (b) => all[b % all.length]);
    const p = chars.join("");
    if (/[A-Za-z]/u.test(p) && /\d/u.test(p)) return p;
  }
}
