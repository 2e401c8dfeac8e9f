import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password";
import { generatePassword } from "./passwords";

describe("generatePassword", () => {
  it("makes distinct 12-character passwords that meet the password rule and avoid look-alike characters", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toHaveLength(12);
      expect(passwordProblem(p)).toBeNull();
      expect(p).not.toMatch(/[0O1lI]/u);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
