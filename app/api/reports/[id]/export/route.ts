import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { httpStatusOf } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { requireSession } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import { contentDisposition, exportReport } from "@/lib/entry/db/export-report";

/**
 * GET /api/reports/<id>/export?format=json|xlsx — the report as a file. Session, role and scope are
 * checked here: another unit's report answers 404 like a report that does not exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireSession();
    throwIfNoPermission(user.role, "report.export");
    const { id } = await params;
    const format = new URL(request.url).searchParams.get("format") ?? "json";
    if (format !== "json" && format !== "xlsx") {
      return NextResponse.json({ message: "format 只能是 json 或 xlsx。" }, { status: 400 });
    }
    const report = await getReportForUser(user, id);
    const file = await exportReport(db, report, format);
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: { "Content-Type": file.contentType, "Content-Disposition": contentDisposition(file.fileName), "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 500) console.error(error);
    return NextResponse.json({ message: status === 500 ? "导出失败，请稍后重试。" : (error as Error).message }, { status });
  }
}
