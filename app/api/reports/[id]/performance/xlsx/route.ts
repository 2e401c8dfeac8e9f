/** Download of the report's 绩效自评表 as an Excel workbook in the printed layout (any role that may view the report). */
import { httpStatusOf } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { requireSession } from "@/lib/auth/session";
import { derivedForms, loadPerformance } from "@/lib/dal/performance";
import { perfTemplateForYear } from "@/lib/performance/template";
import { performanceToXlsx } from "@/lib/performance/xlsx-write";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireSession();
    throwIfNoPermission(user.role, "report.export");
    const { id } = await params;
    const ws = await loadPerformance(user, id);
    const bytes = await performanceToXlsx(derivedForms(ws), { year: ws.report.year, unit: ws.report.unitName }, perfTemplateForYear(ws.report.year));
    const name = `${ws.report.unitName}-${ws.report.year}年度绩效自评表.xlsx`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="performance-${ws.report.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const status = httpStatusOf(error);
    return new Response(status === 500 ? "导出失败，请稍后重试。" : (error as Error).message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
