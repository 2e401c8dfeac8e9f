/** `check --narrative` and `narrative`: JSON shape, coverage line, proposals, exit codes, usage errors. */
import { describe, expect, it } from "vitest";
import { cli } from "./cli/testing";


describe("check --narrative", () => {
  it("adds the 情况说明 findings with their sentence and the coverage to the JSON", async () => {
    const { code, out } = await cli("check", "fixtures/000.json", "--narrative", "--json");
    expect(code).toBe(1);
    const json = JSON.parse(out);
    const narrative = json.findings.filter((f: { table: string }) => f.table === "情况说明");
    expect(narrative).toHaveLength(18);
    expect(narrative.find((f: { row: string; rule: string }) => f.rule === "N.SHARE" && f.row === "五（一）")).toMatchObject({
      column: "一般公共预算财政拨款支出占比%",
      expected: "93.5",
      actual: "100.0",
      sentence: expect.stringContaining("占本年支出合计的100.0%"),
    });
    expect(Object.keys(narrative[0])).toEqual(["rule", "severity", "table", "row", "column", "expected", "actual", "difference", "tolerance", "message", "sentence"]);
    expect(json.findings.filter((f: { table: string }) => f.table !== "情况说明").every((f: object) => !("sentence" in f))).toBe(true);
    expect(json.summary.ERROR).toBe(7 + 12);
    expect(json.narrative).toMatchObject({ present: true, figures: 117, checked: 108 });
  });

  it("prints the coverage, the sentence and the proposed correction", async () => {
    const { code, out } = await cli("check", "fixtures/001.json", "--narrative");
    expect(code).toBe(1); // 五（三）1 "4787.43元" is an ERROR of the text
    expect(out).toMatch(/情况说明：已核对数字 131 \/ 141（92\.9%）/u);
    expect(out).toContain("[错误] 情况说明 五（三）1 “金额单位”  N.UNIT");
    expect(out).toContain("原句：年初预算为4644.48万元，支出决算为4787.43元");
    expect(out).toContain("建议改为：年初预算为4644.48万元，支出决算为4787.43万元，完成年初预算的103.1%");
  });

  it("without --narrative the output is unchanged", async () => {
    const { out } = await cli("check", "fixtures/000.json", "--json");
    expect(JSON.parse(out).findings.some((f: { table: string }) => f.table === "情况说明")).toBe(false);
  });
});

describe("narrative", () => {
  it("explains its arguments", async () => {
    expect(await cli("narrative")).toMatchObject({ code: 2, err: expect.stringContaining("请用 --unit 指定单位名称或编码") });
    expect(await cli("narrative", "--unit", "荷塘")).toMatchObject({ code: 2, err: expect.stringContaining("请用 --year 指定年度") });
    expect(await cli("narrative", "--unit", "荷塘", "--year", "二〇二一")).toMatchObject({ code: 2, err: expect.stringContaining("不是整数") });
    expect(await cli("narrative", "--unit")).toMatchObject({ code: 2, err: expect.stringContaining("--unit 后面需要一个值") });
  });

  it("needs DATABASE_URL", async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      expect(await cli("narrative", "--unit", "荷塘", "--year", "2021")).toMatchObject({ code: 2, err: expect.stringContaining("未设置 DATABASE_URL") });
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
  });
});
