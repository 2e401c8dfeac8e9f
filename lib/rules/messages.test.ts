/** Message wording and finding fields, against fixtures/000.reference-findings.json. */
import { describe, expect, it } from "vitest";
import reference from "@/fixtures/000.reference-findings.json";
import { checkView } from "./engine";
import { buildView } from "./testing/view-builder";

/** The parts of 000 behind its reference findings (公开04, 05, 06), as printed. */
const view000 = buildView(
  {
    "T04I|inc.gpb|amount": "566.54",
    "T04I|inc.total|amount": "566.54",
    "T04I|inc.opening|amount": "0.60",
    "T04I|inc.opening.gpb|amount": "0.60",
    "T04I|inc.grand|amount": "567.13",
    "T04E|class.201|total": "566.54",
    "T04E|class.201|gpb": "566.54",
    "T04E|class.206|total": "0.07",
    "T04E|class.206|gpb": "0.07",
    "T04E|exp.total|total": "566.54",
    "T04E|exp.total|gpb": "566.54",
    "T04E|exp.closing|total": "0.60",
    "T04E|exp.closing|gpb": "0.60",
    "T04E|exp.grand|total": "567.13",
    "T04E|exp.grand|gpb": "567.13",
    "T05|total|total": "566.54",
    "T05|total|basic": "434.31",
    "T05|total|project": "132.23",
    "T05|201|total": "566.47",
    "T05|201|basic": "434.31",
    "T05|201|project": "132.16",
    "T05|206|total": "0.07",
    "T05|206|project": "0.07",
    "T06|301|amount": "233.4",
    ...Object.fromEntries(["66.62", "50.66", "45.76", "18.85", "17.91", "0.73", "32.81", "0.16"].map((v, i) => [`T06|3010${i + 1}|amount`, v])),
    "T06|303|amount": "38.37",
    "T06|30302|amount": "38.37",
    "T06|personnel|amount": "271.8",
    "T06|302|amount": "109.0", // its 款 are left out: a 类 without 款 rows is a leaf
    "T06|310|amount": "53.43",
    "T06|31002|amount": "53.43",
    "T06|operating|amount": "162.4",
  },
  { labels: { "301": "工资福利支出" } },
);

const FIELDS = ["rule", "severity", "table", "row", "column", "expected", "actual", "difference", "tolerance", "message"] as const;
const pick = (f: { [K in (typeof FIELDS)[number]]: unknown }) => Object.fromEntries(FIELDS.map((k) => [k, f[k]]));

describe("000 (公开04/05/06 part): same findings and wording as the reference checker", () => {
  const found = checkView(view000, { all: true }).map(pick);
  const expected = reference.findings
    .filter((f) => f.rule !== "T06.SUM.CHILDREN" || f.row.startsWith("301")) // 302's 款 are not in this view
    .map(pick);

  it.each(expected)("$rule $row $column", (f) => {
    expect(found).toContainEqual(f);
  });

  // Rules that tie these tables to 公开01/02/03 (absent from this partial view) are left out.
  it("and nothing else among the rules of these tables", () => {
    const own = found.filter((f) => /^(T04|T05|T06|X\.T04-T05|X\.T05-T06)/u.test(String(f.rule)));
    expect(own.filter((f) => !expected.some((e) => e.rule === f.rule && e.row === f.row && e.column === f.column))).toEqual([]);
  });
});

describe("message placeholders", () => {
  it("print the table numbers of the view's layout (2024: 三公 is 公开09)", () => {
    const cells = { "T06|30217|amount": "0.70", "T3G|data|actual.reception": "0.67" };
    const [f2021] = checkView(buildView(cells)).filter((f) => f.rule === "X.T06-T3G");
    const [f2024] = checkView(buildView(cells, { variant: { layout2024: true } })).filter((f) => f.rule === "X.T06-T3G");
    expect(f2021.cells[1]).toEqual({ table: "T3G", row: "data", column: "actual.reception" });
    expect(checkView(buildView({ "T3G|data|actual.total": "-1" }, { variant: { layout2024: true } }))[0].table).toBe("公开09");
    expect(f2024.message).toBe(f2021.message);
  });

  it("name a 类 line that 公开01 does not print by the 公开03 label", () => {
    const view = buildView({ "T03|227|total": "5.00" }, { labels: { "227": "预备费" } });
    const [f] = checkView(view).filter((f) => f.rule === "X.T01-T03.EXP");
    expect(f).toMatchObject({ table: "公开01(支出)", row: "预备费", expected: "5.00", actual: "0.00" });
    expect(f.cells[0]).toEqual({ table: "T01E", row: "class.227", column: "amount" });
    expect(f.message).toBe("公开01 预备费应等于公开03 该类“本年支出合计”：应为 5.00，实为 0.00，差额 -5.00。");
  });
});
