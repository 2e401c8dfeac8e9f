import { describe, expect, it } from "vitest";
import { auditActionLabel, auditValueText, isCellTarget } from "./audit-format";

describe("audit formatting", () => {
  it("shows cell amounts (元 strings) in 万元, half-up, exactly", () => {
    expect(auditValueText("CELL_UPDATE", { value: "3325500.00" })).toBe("332.55");
    expect(auditValueText("CELL_UPDATE", { value: "50.00" })).toBe("0.01");
    expect(auditValueText("CELL_UPDATE", { value: "49.99" })).toBe("0.00");
    expect(auditValueText("CELL_UPDATE", { value: "-12345678901234567.89" })).toBe("-1234567890123.46");
    expect(auditValueText("CELL_UPDATE", null)).toBe("（空）");
  });

  it("names transitions by their verb and statuses in Chinese", () => {
    expect(auditActionLabel("TRANSITION", { action: "RETURN" })).toBe("退回修改");
    expect(auditActionLabel("CELL_UPDATE", null)).toBe("修改数据");
    expect(auditActionLabel("SOMETHING_NEW", null)).toBe("SOMETHING_NEW");
    expect(auditValueText("TRANSITION", { status: "SUBMITTED", version: 3 })).toBe("已报送待审");
  });

  it("shows texts, comments and marks briefly", () => {
    expect(auditValueText("TEXT_UPDATE", { content: "负责区委日常运转。" }, "text:duties")).toBe("负责区委日常运转。");
    expect(auditValueText("TEXT_UPDATE", { content: "1" }, "text:table.nodata.TGF")).toBe("已勾选");
    expect(auditValueText("TEXT_UPDATE", null, "text:table.nodata.TGF")).toBe("未勾选");
    expect(auditValueText("COMMENT", { body: "请核对".repeat(40) })).toMatch(/…$/u);
    expect(auditValueText("ROW_UPDATE", { op: "remove" })).toBe("删除");
    expect(auditValueText("COMMENT_RESOLVE", { resolved: true })).toBe("已处理");
    expect(auditValueText("PERF_UPDATE", { funds: { other: { annual: "", initial: "", executed: "" } }, indicators: [] })).toBe("（结构化内容，略）");
  });

  it("tells cell targets from the others", () => {
    expect(isCellTarget("T02|2013101|fiscal")).toBe(true);
    expect(isCellTarget("T01I|inc.nonfiscal|amount")).toBe(true);
    for (const t of ["text:duties", "table:T02", "finding:X|T05|total|basic", "status", "report", null]) expect(isCellTarget(t)).toBe(false);
  });
});
