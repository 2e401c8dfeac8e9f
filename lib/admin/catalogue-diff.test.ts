import { describe, expect, it } from "vitest";
import { diffCatalogue } from "./catalogue-diff";

const entry = (code: string, name: string) => ({ code, name, level: (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) as 1 | 2 | 3, parent: code.length === 3 ? null : code.slice(0, -2) });

describe("diffCatalogue", () => {
  it("sorts the file's codes into added, renamed, restored and unchanged, and lists stored codes the file drops", () => {
    const diff = diffCatalogue(
      [entry("201", "一般公共服务支出"), entry("20101", "人大事务（新）"), entry("2010101", "行政运行"), entry("20103", "政府办公厅（室）及相关机构事务")],
      [
        { code: "201", name: "一般公共服务支出", retired: false },
        { code: "20101", name: "人大事务", retired: false },
        { code: "2010101", name: "行政运行", retired: true },
        { code: "20102", name: "政协事务", retired: false },
        { code: "20199", name: "其他", retired: true },
      ],
    );
    expect(diff.added.map((e) => e.code)).toEqual(["20103"]);
    expect(diff.renamed).toEqual([{ code: "20101", from: "人大事务", to: "人大事务（新）" }]);
    expect(diff.restored).toEqual(["2010101"]);
    expect(diff.missing.map((m) => m.code)).toEqual(["20102"]);
    expect(diff.unchanged).toBe(1);
  });
});
