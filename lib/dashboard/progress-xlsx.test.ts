import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PROGRESS_COLUMNS, progressWorkbook } from "./progress-xlsx";
import type { UnitProgressRow } from "./queries";

const unit = (unitName: string, status: UnitProgressRow["status"], isSelf = false): UnitProgressRow => ({
  unitId: unitName, unitCode: unitName, unitName, isSelf, departmentId: "d", departmentName: "株洲市人民政府办公室", regionId: "r", regionName: "株洲市",
  reportId: status === "MISSING" ? null : `r-${unitName}`, status, statusChangedAt: status === "MISSING" ? null : new Date("2022-05-20T02:00:00Z"),
});

describe("progressWorkbook", () => {
  it("writes one row per unit with status, status time and days overdue under the seven headers", async () => {
    const bytes = await progressWorkbook({
      year: 2021,
      title: "株洲市",
      deadline: new Date("2022-05-31T15:59:59Z"),
      now: new Date("2022-06-03T02:00:00Z"),
      units: [unit("本级", "APPROVED", true), unit("荷塘区委办", "SUBMITTED", true), unit("驻北京联络处", "RETURNED"), unit("新单位", "MISSING")],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(3).values).toEqual([undefined, ...PROGRESS_COLUMNS]);
    const rows = [4, 6, 7, 5].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(rows[0]).toEqual(["株洲市", "株洲市人民政府办公室", "本级", "审核通过", "2022/05/20 10:00", "否", 0]);
    expect(rows[1]).toEqual(["株洲市", "株洲市人民政府办公室", "驻北京联络处", "已退回", "2022/05/20 10:00", "是", 3]);
    expect(rows[2].slice(3)).toEqual(["未创建", "", "是", 3]);
    expect(rows[3].slice(2, 4)).toEqual(["荷塘区委办（本级）", "已报送待审"]);
  });
});
