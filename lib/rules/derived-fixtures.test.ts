/**
 * The engine on derived views of the real reports (printed → atoms → deriveReport, the core model): a
 * derived view is consistent by construction, so no arithmetic rule may fail; what remains are rounding
 * differences between tables derived from different atoms (INFO) and plausibility warnings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { extractAtoms } from "@/lib/report/atoms";
import { deriveReport } from "@/lib/report/derive";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { checkView } from "./engine";

function derived(name: string) {
  const { view } = readPublishedDocument(JSON.parse(readFileSync(`fixtures/${name}.json`, "utf8")));
  const { atoms, rows, labels } = extractAtoms(view);
  return deriveReport({ template: view.template, catalogue: loadCatalogue(view.year), atoms, rows, labels, unit: view.unit, year: view.year });
}

describe.each([
  // 05 基本 from 项 atoms against 06 from 款 atoms: 434.31 vs 434.33 (000), within tol(34) = 0.17.
  ["000", ["INFO X.T05-T06.BASIC"]],
  // 001's 行政运行 / 一般行政管理事务 misclassification survives derivation (it is in the atoms).
  ["001", ["WARNING PL.PROJECT.IN.RUNNING.CODE", "WARNING PL.BASIC.IN.PROJECT.CODE", "INFO X.T05-T06.BASIC", "WARNING PL.PROJECT.IN.RUNNING.CODE", "WARNING PL.BASIC.IN.PROJECT.CODE"]],
])("derived view of fixture %s", (name, expected) => {
  it("has no arithmetic failure", () => {
    expect(checkView(derived(name), { all: true }).map((f) => `${f.severity} ${f.rule}`)).toEqual(expected);
  });
});
