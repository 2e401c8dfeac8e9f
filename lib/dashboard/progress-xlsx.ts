/**
 * The progress list as an Excel workbook (进度清单): one row per unit with its status and whether it is
 * overdue, filterable in Excel (auto-filter, frozen header).
 */
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/format/date";
import { unitDaysOverdue } from "./overdue";
import type { UnitProgressRow } from "./queries";

export const PROGRESS_STATUS_LABELS: Record<UnitProgressRow["status"], string> = {
  MISSING: "未创建",
  DRAFT: "草稿",
  SUBMITTED: "已报送待审",
  RETURNED: "已退回",
  APPROVED: "审核通过",
  PUBLISHED: "已公开",
};

/** A 本级 unit is marked as such unless its name already says so (株洲市人民政府办公室本级). */
export function selfLabel(u: { unitName: string; isSelf: boolean }): string {
  return u.isSelf && !u.unitName.endsWith("本级") ? `${u.unitName}（本级）` : u.unitName;
}

export const PROGRESS_COLUMNS = ["地区", "部门", "单位", "状态", "状态时间", "是否逾期", "逾期天数"] as const;

export interface ProgressSheetInput {
  year: number;
  title: string;
  deadline: Date | null;
  now: Date;
  units: readonly UnitProgressRow[];
}

export async function progressWorkbook(input: ProgressSheetInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算通";
  wb.created = input.now;
  const ws = wb.addWorksheet(`${input.year}年度进度`, { views: [{ state: "frozen", ySplit: 3 }] });
  ws.columns = [{ width: 18 }, { width: 30 }, { width: 34 }, { width: 12 }, { width: 18 }, { width: 10 }, { width: 10 }];
  ws.mergeCells(1, 1, 1, PROGRESS_COLUMNS.length);
  Object.assign(ws.getCell(1, 1), { value: `${input.title} ${input.year} 年度部门决算报送进度`, font: { bold: true, size: 14 } });
  ws.getCell(2, 1).value = `报送截止：${formatDateTime(input.deadline)}　导出时间：${formatDateTime(input.now)}　共 ${input.units.length} 个单位`;
  const header = ws.getRow(3);
  header.values = [...PROGRESS_COLUMNS];
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF2F7" } }));
  for (const u of input.units) {
    const days = unitDaysOverdue(u.status, input.deadline, input.now);
    const row = ws.addRow([
      u.regionName,
      u.departmentName,
      selfLabel(u),
      PROGRESS_STATUS_LABELS[u.status],
      u.statusChangedAt ? formatDateTime(u.statusChangedAt) : "",
      days > 0 ? "是" : "否",
      days,
    ]);
    if (days > 0) row.getCell(6).font = { color: { argb: "FFB91C1C" }, bold: true };
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: PROGRESS_COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
