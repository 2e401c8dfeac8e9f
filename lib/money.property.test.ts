import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_YUAN, parseAmount } from "@/lib/money";
import { entryToYuan } from "@/lib/entry/amounts";
import { parseClipboardBlock, planPaste, type PasteTarget } from "@/lib/entry/paste";

// Property tests: whatever is typed, pasted or imported, parsing never throws, never invents a value,
// and each refusal is a Chinese reason. Accepted normalisations (defined here): full-width digits and
// punctuation, thousands separators in the right places, spaces and NBSP, "(x)" and a leading minus,
// a trailing 元/万元; negative zero is zero.

const CHINESE = /[\u4e00-\u9fff]/u;
const MAX_CENTS = BigInt(MAX_YUAN.times(100).toFixed(0));
const cents = fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS });
const plain = (c: bigint) => {
  const abs = c < 0n ? -c : c;
  return `${c < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
};
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
const fullWidth = (s: string) => s.replace(/[0-9.,\-]/gu, (ch) => ({ ".": "．", ",": "，", "-": "－" })[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe("parseAmount (property)", () => {
  it("reads back every storable amount exactly, however it is written", () => {
    fc.assert(
      fc.property(cents, fc.constantFrom("plain", "grouped", "fullwidth", "nbsp", "paren", "unit"), (c, style) => {
        const text = plain(c);
        const [int, frac] = text.replace("-", "").split(".");
        const negative = c < 0n;
        const written = {
          plain: text,
          grouped: `${negative ? "-" : ""}${group(int)}.${frac}`,
          fullwidth: fullWidth(`${negative ? "-" : ""}${group(int)}.${frac}`),
          nbsp: `\u00a0 ${text}\u00a0`,
          paren: negative ? `(${int}.${frac})` : text,
          unit: `${text} 元`,
        }[style];
        const parsed = parseAmount(written, "元");
        expect(parsed.ok && !parsed.blank && parsed.value.toFixed(2)).toBe(c === 0n ? "0.00" : text);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws; accepts only in-range values with at most 2 decimals (元), else a Chinese reason", () => {
    const noise = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.stringMatching(/^[-+(= ]?[0-9０-９,，.．e ]{0,30}\)?$/u),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(noise, (raw) => {
        const parsed = parseAmount(raw, "元");
        if (!parsed.ok) return void expect(parsed.reason).toMatch(CHINESE);
        if (parsed.blank) return;
        expect(parsed.value.abs().lte(MAX_YUAN)).toBe(true);
        expect(parsed.value.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(Object.is(parsed.value.toNumber(), -0)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses formulas, exponents and amounts beyond Decimal(20,2)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom("=", "＝", " ="), (rest, eq) => {
        const parsed = parseAmount(`${eq}${rest}`, "元");
        // "＝" is not a full-width digit we normalise: it is refused as not a number, still Chinese.
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.reason).toMatch(CHINESE);
      }),
    );
    expect(parseAmount("=SUM(A1:A3)")).toEqual({ ok: false, reason: "不接受公式，请填写数值" });
    expect(parseAmount("1e5").ok).toBe(false);
    fc.assert(
      fc.property(fc.bigInt({ min: MAX_CENTS + 1n, max: MAX_CENTS * 1000n }), fc.boolean(), (c, negative) => {
        const parsed = parseAmount(plain(negative ? -c : c), "元");
        expect(parsed).toEqual({ ok: false, reason: "金额超出可存储范围" });
      }),
    );
    // In 万元 the limit applies to the 元 value.
    expect(parseAmount("100000000000000", "万元")).toEqual({ ok: false, reason: "金额超出可存储范围" });
  });

  it("negative zero in every spelling is zero", () => {
    for (const raw of ["-0", "-0.00", "(0)", "－０．００", "-.0", "- 0"]) {
      const parsed = parseAmount(raw, "元");
      expect(parsed.ok && !parsed.blank && parsed.value.toFixed(2), raw).toBe("0.00");
      expect(entryToYuan(raw, "YUAN"), raw).toEqual({ ok: true, yuan: "0.00" });
    }
  });
});

describe("paste (property)", () => {
  const rows = Array.from({ length: 6 }, (_, i) => ({ key: `r${i}`, label: `行${i}` }));
  const columns = Array.from({ length: 5 }, (_, i) => ({ key: `c${i}`, header: `列${i}` }));
  const target = (anchorRow: number, anchorColumn: number): PasteTarget => ({
    rows,
    columns,
    anchorRow,
    anchorColumn,
    unit: "WAN",
    problemOf: (row, column) => (row === "r5" && column === "c4" ? "合计由系统计算。" : null),
  });
  const cell = fc.oneof(
    fc.constantFrom("", " ", "-", "=SUM(A1:A2)", "１２３．４５", "1,234.5", "(12)", "\u00a012\u00a0", "-0", "1e3", "9999999999999999", "abc"),
    fc.string({ maxLength: 12 }),
  );
  const text = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }).map((b) => b.map((r) => r.join("\t")).join(fc.sample(fc.constantFrom("\n", "\r\n"), 1)[0]));

  it("never throws; a plan is all-or-nothing: every cell valid, or a Chinese message and no cells", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), fc.nat(5), fc.nat(4), (clip, r, c) => {
        const plan = planPaste(parseClipboardBlock(clip), target(r, c));
        if (!plan.ok) return void expect(plan.message).toMatch(CHINESE);
        for (const p of plan.cells) {
          if (p.value === null) continue;
          expect(p.value).toMatch(/^-?\d+\.\d{2}$/u);
          expect(p.value.startsWith("-0.00")).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("a block with a formula anywhere pastes nothing and names the cell", () => {
    fc.assert(
      fc.property(fc.nat(2), fc.nat(2), (fr, fcol) => {
        const block = Array.from({ length: 3 }, (_, r) => Array.from({ length: 3 }, (_, c) => (r === fr && c === fcol ? "=A1+B1" : "1")));
        const plan = planPaste(block, target(0, 0));
        expect(plan).toMatchObject({ ok: false, at: { row: `r${fr}`, column: `c${fcol}` } });
        if (!plan.ok) expect(plan.message).toContain("不接受公式");
      }),
    );
  });

  it("full-width digits and NBSP paste as the same figures as ASCII", () => {
    const plan = planPaste(parseClipboardBlock("１２３．４５\t\u00a01,000\u00a0\r\n"), target(0, 0));
    expect(plan).toEqual({ ok: true, cells: [{ row: "r0", column: "c0", value: "1234500.00" }, { row: "r0", column: "c1", value: "10000000.00" }] });
  });
});
