import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkUpload, MAX_UPLOAD_BYTES, MAX_UPLOAD_ROWS, tooManyRows } from "./upload";

// The one upload gate (lib/http/upload.ts): size, type by extension and content, JSON that parses.
const CHINESE = /[\u4e00-\u9fff]/u;
const utf8 = (s: string) => new TextEncoder().encode(s);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe("checkUpload", () => {
  it("never throws on arbitrary bytes and names; refusals are Chinese with an HTTP status", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("a.json", "a.xlsx", "a.csv", "a.xls", "a.exe", "A.JSON", ""), (bytes, name) => {
        const r = checkUpload(name, bytes, ["json", "xlsx", "csv"]);
        if (!r.ok) {
          expect(r.message).toMatch(CHINESE);
          expect([400, 413, 415]).toContain(r.status);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("any JSON value round-trips; every strict prefix of a JSON object is refused as incomplete", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = checkUpload("doc.json", utf8(`\uFEFF${JSON.stringify(value)}`), ["json"]);
        expect(r).toEqual({ ok: true, kind: "json", json: JSON.parse(JSON.stringify(value)) });
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (object, at) => {
        const text = JSON.stringify(object);
        const cut = text.slice(0, Math.floor(at * (text.length - 1)));
        const r = checkUpload("doc.json", utf8(cut), ["json"]);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.message).toMatch(cut.length === 0 ? /是空的/u : /不是有效的 JSON/u);
      }),
    );
  });

  it("types by content, not only by name", () => {
    expect(checkUpload("x.xlsx", utf8("{}"), ["xlsx"])).toMatchObject({ ok: false, status: 415, message: expect.stringContaining("内容不是 Excel 工作簿") });
    expect(checkUpload("x.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1]), ["xlsx"])).toMatchObject({ ok: false, message: expect.stringContaining("旧版 .xls") });
    expect(checkUpload("x.xlsx", new Uint8Array([...ZIP, 0]), ["xlsx"])).toEqual({ ok: true, kind: "xlsx" });
    expect(checkUpload("x.json", new Uint8Array([...ZIP, 0]), ["json"])).toMatchObject({ ok: false, message: expect.stringContaining("内容是 Excel 工作簿") });
    expect(checkUpload("x.csv", new Uint8Array([0x61, 0, 0x62]), ["csv"])).toMatchObject({ ok: false, message: expect.stringContaining("不是文本文件") });
    expect(checkUpload("x.json", new Uint8Array([0x7b, 0xff, 0x7d]), ["json"])).toMatchObject({ ok: false, message: expect.stringContaining("UTF-8") });
    expect(checkUpload("x.xls", utf8("a"), ["xlsx", "csv"])).toMatchObject({ ok: false, status: 415, message: expect.stringContaining("另存为 .xlsx") });
    expect(checkUpload("x.txt", utf8("code,name\n1,a"), ["csv"])).toEqual({ ok: true, kind: "csv" });
  });

  it("enforces the size limit at 10 MB (and a caller's smaller one)", () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x20);
    expect(checkUpload("big.json", big, ["json"])).toMatchObject({ ok: false, status: 413, message: expect.stringContaining("超过 10 MB 的上限") });
    const exactly = new Uint8Array(MAX_UPLOAD_BYTES).fill(0x20);
    exactly[0] = 0x5b;
    exactly[exactly.length - 1] = 0x5d;
    expect(checkUpload("ok.json", exactly, ["json"])).toEqual({ ok: true, kind: "json", json: [] });
    expect(checkUpload("a.csv", new Uint8Array(5 * 1024 * 1024 + 1).fill(65), ["csv"], 5 * 1024 * 1024)).toMatchObject({ status: 413, message: expect.stringContaining("超过 5 MB") });
  });

  it("bounds row counts", () => {
    expect(tooManyRows(MAX_UPLOAD_ROWS, "文件")).toBeNull();
    expect(tooManyRows(MAX_UPLOAD_ROWS + 1, "工作表“表1”")).toContain(`超过单次导入上限 ${MAX_UPLOAD_ROWS} 行`);
  });
});
