import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { deriveReport } from "@/lib/report/derive";
import { checkView } from "@/lib/rules";
import { getTemplate } from "@/lib/templates/load";
import { summariseTables } from "./completion";
import { cellHref, findingAnchor, pageOfFinding, tablePages } from "./table-pages";

const template = getTemplate("2024");
const w = (x: string) => new Dec(x).times(10000);

function check(atoms: [string, string][]) {
  const view = deriveReport({ template, catalogue: loadCatalogue(2024), atoms: new Map(atoms.map(([k, v]) => [k, w(v)])), rows: {}, unit: { name: "测试单位", code: null }, year: 2024 });
  return { view, findings: checkView(view) };
}

describe("table pages", () => {
  it("lists the nine tables in printed order, 公开01/04 with both parts", () => {
    const pages = tablePages(template);
    expect(pages.map((p) => `${p.no}:${p.slug}`)).toEqual(["公开01:T01", "公开02:T02", "公开03:T03", "公开04:T04", "公开05:T05", "公开06:T06", "公开07:TGF", "公开08:TSC", "公开09:T3G"]);
    expect(pages[0].keys).toEqual(["T01I", "T01E"]);
  });

  it("links a finding to its cell's page", () => {
    expect(cellHref("r1", { table: "T04E", row: "class.201", column: "gpb" })).toBe("/reports/r1/tables/T04?cell=class.201%7Cgpb");
    expect(pageOfFinding(template, { table: "公开09", cells: [] })).toBe("T3G");
    expect(findingAnchor("T3G.OVERBUDGET|公开09|data|合计")).toMatch(/^finding-[0-9a-z]+$/u);
  });
});

describe("summariseTables", () => {
  it("counts a table complete only with data (or 无数据) and nothing blocking", () => {
    const { view, findings } = check([
      ["T05|2013101|basic", "100"],
      ["T3G|data|budget.reception", "1"],
      ["T3G|data|actual.reception", "2"],
    ]);
    const bySlug = (explanations: Record<string, string>, noData: string[] = []) =>
      Object.fromEntries(summariseTables(view, findings, explanations, new Set(noData)).map((t) => [t.slug, t]));
    const open = bySlug({});
    expect(open.T05).toMatchObject({ state: "in-progress", complete: false, errors: expect.any(Number) });
    expect(open.T05.errors).toBeGreaterThan(0); // 公开06 empty, 公开03 empty
    expect(open.T3G).toMatchObject({ state: "in-progress", errors: 0, warnings: 2, unexplained: 2 });
    expect(open.TGF).toMatchObject({ state: "empty", complete: false });

    const keys = findings.filter((f) => f.rule === "T3G.OVERBUDGET").map((f) => f.key);
    const explained = bySlug(Object.fromEntries(keys.map((k) => [k, "年中追加接待任务"])), ["TGF"]);
    expect(explained.T3G).toMatchObject({ state: "complete", complete: true, unexplained: 0 });
    expect(explained.TGF).toMatchObject({ state: "no-data", complete: true });
    // A blank explanation is no explanation.
    expect(bySlug(Object.fromEntries(keys.map((k) => [k, "  "]))).T3G.unexplained).toBe(2);
  });
});
