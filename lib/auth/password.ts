import bcrypt from "bcryptjs";

/** bcrypt cost: ~60–80 ms per hash on one core, slow enough for guessing, fast enough for login. */
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A valid hash of a random string, compared against when the username is unknown (equal timing). */
export const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.B0n1q4f0NwF4lx1DhO2vWcM5KX2e";

/** Minimum password rule for accounts created or reset in the product. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return "密码至少 8 位";
  if (!/[A-Za-z]/u.test(password) || !/\d/u.test(password)) return "密码须同时包含字母和数字";
  return null;
}
