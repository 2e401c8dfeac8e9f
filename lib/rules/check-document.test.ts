/**
 * The fixtures end to end (reader + engine): exactly the reference checker's findings
 * (fixtures/*.reference-findings.json) at every severity. The reader's G.CODE.LABEL warnings for the
 * truncated 公开06 names of 000 come on top: rules.md §2 says they "are reported and not fatal", while
 * the reference file covers the table rules only (see the report in the branch's merge request).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocument } from "./check-document";

const load = (name: string) => JSON.parse(readFileSync(`fixtures/${name}`, "utf8"));
const KEY_FIELDS = ["rule", "severity", "table", "row", "column", "expected", "actual"] as const;
const key = (f: Record<(typeof KEY_FIELDS)[number], unknown>) => KEY_FIELDS.map((k) => String(f[k])).join(" | ");

/** What the reader reports on each fixture besides the reference findings (rules.md §2 seeds). */
const DOCUMENT_FINDINGS: Record<string, string[]> = {
  "000": ["30108", "30231", "30299", "39908"].map((code) => `G.CODE.LABEL WARNING ${code}`),
  "001": [],
};

describe.each(["000", "001"])("check fixtures/%s.json", (fixture) => {
  const reference = load(`${fixture}.reference-findings.json`);
  const doc = load(`${fixture}.json`);

  it("reports exactly the reference ERROR and WARNING findings (plus the reader's G.* findings)", () => {
    const { findings } = checkDocument(doc);
    const table = findings.filter((f) => !f.rule.startsWith("G."));
    const expected = reference.findings.filter((f: { severity: string }) => f.severity !== "INFO");
    expect(table.map(key).sort()).toEqual(expected.map(key).sort());
    expect(findings.filter((f) => f.rule.startsWith("G.")).map((f) => `${f.rule} ${f.severity} ${f.row.split(" ")[0]}`)).toEqual(DOCUMENT_FINDINGS[fixture]);
  });

  it("with all: the INFO ones too, with the same amounts, tolerances and messages", () => {
    const { findings, summary } = checkDocument(doc, { all: true });
    const table = findings.filter((f) => !f.rule.startsWith("G."));
    expect(table.map(key).sort()).toEqual(reference.findings.map(key).sort());
    const fields = ["difference", "tolerance", "message"] as const;
    for (const ref of reference.findings) {
      const ours = table.find((f) => key(f) === key(ref))!;
      for (const field of fields) expect(ours[field], `${key(ref)} ${field}`).toBe(ref[field]);
    }
    const g = DOCUMENT_FINDINGS[fixture].length;
    expect(summary).toEqual({ ...reference.summary, WARNING: reference.summary.WARNING + g });
  });

  it("lists the most serious findings first", () => {
    const order = checkDocument(doc, { all: true }).findings.map((f) => ["ERROR", "WARNING", "INFO"].indexOf(f.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("PL.YOY with a prior-year document", () => {
  it("fires on large changes against the prior report (001 against a copy of itself with 三公 购置费 55.50)", () => {
    const doc = load("001.json");
    const prior = structuredClone(doc);
    const sanGong = prior.tables.find((t: { no: string }) => t.no === "公开07");
    sanGong.rows[0].values["决算数/公务用车购置及运行费/公务用车购置费"] = "55.50";
    const { findings } = checkDocument(doc, { prior });
    expect(findings.filter((f) => f.rule === "PL.YOY").map((f) => f.message)).toEqual(["公务用车购置费决算 较上年下降 55.0%（55.50 → 25.00 万元），请说明原因。"]);
    expect(checkDocument(doc, { prior: doc }).findings.some((f) => f.rule === "PL.YOY")).toBe(false);
  });
});
