/**
 * The PDF renders and reads like the public document: poppler turns its first pages into PNGs that are
 * not blank, and its text holds the parts, the table titles and the figures (Chinese glyphs embedded,
 * so pdftotext can read them back).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDocument } from "../testing/fixture-document";
import { renderPdf } from "./pdf";

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "juesuan-pdf-"));
  file = path.join(dir, "000.pdf");
  writeFileSync(file, await renderPdf(fixtureDocument("000")));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Grey levels of a page rendered by pdftoppm as PGM (binary P5). */
function greyPixels(pgm: Buffer): Uint8Array {
  const header = pgm.subarray(0, 64).toString("latin1").match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u);
  if (!header) throw new Error("not a PGM");
  return pgm.subarray(header[0].length);
}

function variance(px: Uint8Array): number {
  let sum = 0;
  for (const v of px) sum += v;
  const mean = sum / px.length;
  let sq = 0;
  for (const v of px) sq += (v - mean) ** 2;
  return sq / px.length;
}

describe("PDF", () => {
  it("turns into non-blank PNG pages", () => {
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", file, path.join(dir, "page")]);
    for (const n of ["1", "2"]) {
      const png = [`page-${n}.png`, `page-0${n}.png`, `page-00${n}.png`].map((f) => path.join(dir, f)).find(existsSync);
      expect(png, `page ${n} PNG`).toBeDefined();
      expect(readFileSync(png!).subarray(1, 4).toString("latin1")).toBe("PNG");
    }
    // The same pages as grey pixels: ink on paper, not an empty page.
    execFileSync("pdftoppm", ["-gray", "-r", "60", "-f", "1", "-l", "2", file, path.join(dir, "grey")]);
    for (const n of ["1", "2"]) {
      const pgm = [`grey-${n}.pgm`, `grey-0${n}.pgm`, `grey-00${n}.pgm`].map((f) => path.join(dir, f)).find(existsSync)!;
      expect(variance(greyPixels(readFileSync(pgm)))).toBeGreaterThan(20);
    }
  });

  it("holds the parts, the table titles and Chinese figures as text", () => {
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
    for (const s of ["中共株洲市荷塘区委办公室", "第一部分 部门概况", "第二部分 2021年度部门决算表", "第三部分 2021年度部门决算情况说明", "第四部分 名词解释", "第五部分 附件"]) expect(text).toContain(s);
    for (const t of ["收入支出决算总表", "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款“三公”经费支出决算表"]) expect(text).toContain(t);
    expect(text).toMatch(/目\s+录/u);
    expect(text).toContain("单位：万元");
    expect(text).toMatch(/566\.54/u);
    expect(text.replace(/\s+/gu, "")).toContain("占本年支出合计的93.5%");
    expect(text).toContain("部门整体支出绩效自评表");
  });

  it("is A4 with the publication's date as its metadata date", () => {
    const info = execFileSync("pdfinfo", [file]).toString("utf8");
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/u);
    expect(info).toMatch(/CreationDate:\s+Thu Sep 15 02:00:00 2022/u);
    expect(Number(info.match(/Pages:\s+(\d+)/u)![1])).toBeGreaterThan(15);
  });
});
