import { NextResponse } from "next/server";
import { httpStatusOf } from "@/lib/auth/errors";
import { requireSession } from "@/lib/auth/session";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { stageImportForUser } from "@/lib/dal/imports";
import { ImportFileError } from "@/lib/entry/import/read-file";
import { MAX_IMPORT_BYTES } from "@/lib/schemas/entry";

/**
 * POST /api/reports/<id>/import (multipart, field "file"): reads and analyses the file and stages the
 * import for preview; nothing in the report changes. Answers { stagingId } or { message }.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  try {
    const user = await requireSession();
    const { id } = await params;
    const declared = Number(request.headers.get("content-length") ?? "0");
    // Refuse oversized uploads before reading them (the multipart envelope adds a little).
    if (declared > MAX_IMPORT_BYTES + 64 * 1024) return NextResponse.json({ message: "文件超过 10 MB 的上限。" }, { status: 413 });
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string") return NextResponse.json({ message: "请选择要导入的文件。" }, { status: 400 });
    if (file.size > MAX_IMPORT_BYTES) return NextResponse.json({ message: "文件超过 10 MB 的上限。" }, { status: 413 });
    const { stagingId } = await stageImportForUser(user, id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return NextResponse.json({ stagingId });
  } catch (error) {
    if (error instanceof ImportFileError) return NextResponse.json({ message: error.message }, { status: 400 });
    const status = httpStatusOf(error);
    if (status === 500) console.error(error);
    return NextResponse.json({ message: status === 500 ? "导入失败，报表未被修改。请稍后重试。" : (error as Error).message }, { status });
  }
}
