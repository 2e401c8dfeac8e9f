import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, isWanRounded } from "@/lib/money";
import { atomUncertainty } from "./uncertainty";

describe("atomUncertainty", () => {
  it("agrees with isWanRounded", () => {
    const amount = fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 2 })).map(([n, dp]) => new Dec(n.toString()).dividedBy(10 ** dp));
    fc.assert(fc.property(amount, (v) => atomUncertainty(v) === (isWanRounded(v) ? 1 : 0)), { numRuns: 5000 });
    for (const s of ["0", "100", "-100", "5665400", "5665400.00", "5665432.1", "50", "1000000000000000000", "0.01"]) {
      expect(atomUncertainty(new Dec(s))).toBe(isWanRounded(new Dec(s)) ? 1 : 0);
    }
  });
});
