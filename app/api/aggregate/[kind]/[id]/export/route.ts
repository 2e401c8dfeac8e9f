import { NextResponse, type NextRequest } from "next/server";
import { httpStatusOf } from "@/lib/auth/errors";
import { requireSession } from "@/lib/auth/session";
import { BASIS_LABELS, parseBasis } from "@/lib/aggregate/types";
import { aggregateForUser } from "@/lib/dal/aggregate";
import { attachmentHeaders } from "@/lib/http/download";
import { exportDocument } from "@/lib/report/export";
import { viewToXlsx } from "@/lib/report/xlsx";

const KINDS = { departments: "department", regions: "region" } as const;

/** GET ?year=&basis=approved|latest&format=json|xlsx → the aggregate as final-accounts/1 or Excel (scope re-checked: 404 outside). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string; id: string }> }) {
  try {
    const user = await requireSession();
    const { kind, id } = await params;
    const q = request.nextUrl.searchParams;
    const aggregateKind = KINDS[kind as keyof typeof KINDS];
    const year = Number.parseInt(q.get("year") ?? "", 10);
    const format = q.get("format") ?? "json";
    if (!aggregateKind) return NextResponse.json({ message: "未找到该汇总。" }, { status: 404 });
    if (!Number.isInteger(year)) return NextResponse.json({ message: "请指定年度（year）。" }, { status: 400 });
    if (format !== "json" && format !== "xlsx") return NextResponse.json({ message: "导出格式应为 json 或 xlsx。" }, { status: 400 });
    const basis = parseBasis(q.get("basis"));
    const result = await aggregateForUser(user, aggregateKind, id, year, basis);
    const name = `${result.view.unit.name}-${year}年度汇总（${BASIS_LABELS[basis]}）`;
    if (format === "xlsx") {
      const bytes = await viewToXlsx(result.view);
      return new NextResponse(new Uint8Array(bytes), { headers: attachmentHeaders(`${name}.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") });
    }
    const doc = exportDocument(result.view, { amountUnit: "auto" });
    return new NextResponse(`${JSON.stringify(doc, null, 2)}\n`, { headers: attachmentHeaders(`${name}.json`, "application/json; charset=utf-8") });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 500) throw error;
    return NextResponse.json({ message: (error as Error).message }, { status });
  }
}
