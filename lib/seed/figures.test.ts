import { describe, expect, it } from "vitest";
import { extractAtoms } from "@/lib/report/atoms";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { ZERO } from "@/lib/money";
import { splitLiaisonOffice } from "@/lib/seed/figures";
import zhuzhou from "@/data/demo/reports/2021-zhuzhou.json";

describe("demo split of 株洲市人民政府办公室 into its two units", () => {
  const dept = extractAtoms(readPublishedDocument(zhuzhou).view);
  const { self, liaison } = splitLiaisonOffice(dept);

  it("adds back up to the published department report, atom by atom", () => {
    for (const [key, value] of dept.atoms) {
      const sum = (self.get(key) ?? ZERO).plus(liaison.get(key) ?? ZERO);
      expect(sum.equals(value), key).toBe(true);
    }
    for (const key of [...self.keys(), ...liaison.keys()]) expect(dept.atoms.has(key), key).toBe(true);
  });

  it("gives each unit non-negative figures, and the liaison office consistent 05/06 基本支出", () => {
    for (const v of [...self.values(), ...liaison.values()]) expect(v.isNegative()).toBe(false);
    const sumWhere = (prefix: string, column?: string) =>
      [...liaison].filter(([k]) => k.startsWith(prefix) && (!column || k.endsWith(`|${column}`))).reduce((s, [, v]) => s.plus(v), ZERO);
    expect(sumWhere("T05|", "basic").toFixed(2)).toBe("1919700.00");
    expect(sumWhere("T06|").toFixed(2)).toBe("1919700.00");
  });
});
