/**
 * Upload of a 绩效自评 workbook (multipart field `file`): stages the import and answers its preview as
 * { ok, data } | { ok: false, message }. A route handler rather than a server action so that a large file
 * gets a clear message instead of the action body limit. Nothing of the report changes here.
 */
import { NextResponse } from "next/server";
import { httpStatusOf } from "@/lib/auth/errors";
import { requireSession } from "@/lib/auth/session";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { checkUpload } from "@/lib/http/upload";
import { stagePerfImport } from "@/lib/dal/performance";
import { actionError } from "@/lib/performance/action-result";
import { MAX_XLSX_BYTES } from "@/lib/performance/xlsx-read";

const tooLarge = `文件超过 ${MAX_XLSX_BYTES / 1024 / 1024} MB，请只保留绩效自评表后再导入。`;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  try {
    const user = await requireSession();
    const { id } = await params;
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_XLSX_BYTES + 64 * 1024) return NextResponse.json({ ok: false, message: tooLarge }, { status: 413 });
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) return NextResponse.json({ ok: false, message: "请选择要导入的 Excel 文件（.xlsx）。" }, { status: 400 });
    if (file.size > MAX_XLSX_BYTES) return NextResponse.json({ ok: false, message: tooLarge }, { status: 413 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkUpload(file.name, bytes, ["xlsx"], MAX_XLSX_BYTES);
    if (!checked.ok) return NextResponse.json({ ok: false, message: checked.message }, { status: checked.status });
    const staged = await stagePerfImport(user, id, file.name.slice(0, 200), bytes);
    return NextResponse.json({ ok: true, data: staged });
  } catch (error) {
    return NextResponse.json(actionError(error), { status: httpStatusOf(error) });
  }
}
