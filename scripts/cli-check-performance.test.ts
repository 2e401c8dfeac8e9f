import { describe, expect, it } from "vitest";
import { runCli } from "./cli";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe("cli check-performance", () => {
  it("lists seed 002's findings and exits 1 for its errors", async () => {
    const c = io();
    expect(await runCli(["check-performance", "fixtures/002-performance.json"], c.io)).toBe(1);
    const text = c.out.join("");
    expect(text).toContain("错误 PE.FUNDS.SUM 部门整体支出绩效自评表：部门整体支出绩效自评表资金“全年预算数”合计 516.66 应等于当年财政拨款、上年结转资金、其他资金之和 526.91。");
    expect(text).toContain("共 18 条（错误 4）。");
  });

  it("checks the 整体表 against the tables with --tables and prints JSON with --json", async () => {
    const c = io();
    expect(await runCli(["check-performance", "fixtures/001-performance.json", "--tables", "fixtures/001.json", "--json"], c.io)).toBe(1);
    const parsed = JSON.parse(c.out.join("")) as { findings: { rule: string; expected: string }[] };
    expect(parsed.findings.filter((f) => f.rule === "X.PE-T01").map((f) => f.expected)).toEqual(["18.28", "2.23"]);
  });

  it("exits 2 for a missing file", async () => {
    const c = io();
    expect(await runCli(["check-performance", "nope.json"], c.io)).toBe(2);
    expect(c.err.join("")).toContain("无法读取文件“nope.json”");
  });
});
