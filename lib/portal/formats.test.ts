import { describe, expect, it } from "vitest";
import { asciiFileName, formatByteSize, isPublicFormat, publicFileName, sortFormats } from "./formats";

describe("public formats", () => {
  it("names downloads in Chinese, marking open data and corrections", () => {
    expect(publicFileName({ departmentName: "株洲市人民政府办公室", year: 2024, sequence: 1, format: "pdf" })).toBe("株洲市人民政府办公室2024年度部门决算.pdf");
    expect(publicFileName({ departmentName: "株洲市人民政府办公室", year: 2024, sequence: 2, format: "csv" })).toBe("株洲市人民政府办公室2024年度部门决算（第2次公开）（开放数据）.csv");
    expect(publicFileName({ departmentName: 'a/b"c', year: 2021, sequence: 1, format: "json" })).toBe("a_b_c2021年度部门决算（开放数据）.json");
  });
  it("serves only the known formats", () => {
    expect(["pdf", "docx", "xlsx", "json", "csv", "html"].every(isPublicFormat)).toBe(true);
    expect(isPublicFormat("exe")).toBe(false);
    expect(isPublicFormat("toString")).toBe(false);
  });
  it("orders downloads PDF, Word, Excel, then open data", () => {
    const files = ["csv", "json", "zip", "xlsx", "pdf", "html", "docx"].map((format) => ({ format }));
    expect(sortFormats(files).map((f) => f.format)).toEqual(["pdf", "docx", "xlsx", "json", "csv", "html", "zip"]);
  });
  it("shows sizes in 字节, KB and MB", () => {
    expect(formatByteSize(812)).toBe("812 字节");
    expect(formatByteSize(37_274)).toBe("36.4 KB");
    expect(formatByteSize(1_310_720)).toBe("1.25 MB");
  });
});

describe("asciiFileName", () => {
  it("gives old clients a readable ASCII name", () => {
    expect(asciiFileName({ departmentCode: "4302-001", year: 2024, sequence: 1, format: "pdf" })).toBe("4302-001-2024.pdf");
    expect(asciiFileName({ departmentCode: "430202 001", year: 2021, sequence: 2, format: "csv" })).toBe("430202_001-2021-v2-data.csv");
  });
});
