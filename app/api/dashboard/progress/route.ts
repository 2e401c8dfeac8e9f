import { NextResponse, type NextRequest } from "next/server";
import { httpStatusOf } from "@/lib/auth/errors";
import { requireSession } from "@/lib/auth/session";
import { progressListForUser } from "@/lib/dal/dashboard";
import { progressWorkbook } from "@/lib/dashboard/progress-xlsx";
import { attachmentHeaders } from "@/lib/http/download";

/** GET ?year=&region=|department= → the progress list as xlsx, for the caller's scope only (else 404). */
export async function GET(request: NextRequest) {
  try {
    const user = await requireSession();
    const q = request.nextUrl.searchParams;
    const year = Number.parseInt(q.get("year") ?? "", 10);
    if (!Number.isInteger(year)) return NextResponse.json({ message: "请指定年度（year）。" }, { status: 400 });
    const list = await progressListForUser(user, year, { regionId: q.get("region") ?? undefined, departmentId: q.get("department") ?? undefined });
    const now = new Date();
    const bytes = await progressWorkbook({ year, title: list.title, deadline: list.fiscalYear.deadline, now, units: list.units });
    return new NextResponse(new Uint8Array(bytes), { headers: attachmentHeaders(`${list.title}-${year}年度决算进度.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 500) throw error;
    return NextResponse.json({ message: (error as Error).message }, { status });
  }
}
