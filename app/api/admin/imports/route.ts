import { NextResponse, type NextRequest } from "next/server";
import { httpStatusOf } from "@/lib/auth/errors";
import { requireSession } from "@/lib/auth/session";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { adminActor } from "@/lib/admin/actor";
import { previewCatalogueImport } from "@/lib/admin/catalogue-import";
import { MAX_IMPORT_BYTES } from "@/lib/admin/tabular";
import { previewUnitsImport } from "@/lib/admin/units-import";
import { previewUsersImport } from "@/lib/admin/users-import";
import { kindField } from "@/lib/schemas/admin/catalogue";
import { yearField } from "@/lib/schemas/admin/years";

/**
 * POST multipart (type = CATALOGUE | UNITS | USERS, file, and for catalogues year + kind): validate the
 * file and stage it. Answers { ok: true, id } (the preview to confirm) or { ok: false, errors | message }.
 * A route handler rather than a server action because files exceed the actions' 1 MB body limit.
 */
export async function POST(request: NextRequest) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  try {
    const user = await requireSession();
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES + 64 * 1024) return NextResponse.json({ ok: false, message: `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请拆分后分批导入。` }, { status: 413 });
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File)) return NextResponse.json({ ok: false, message: "请选择要导入的文件。" }, { status: 400 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = form.get("type");
    if (type === "CATALOGUE") {
      const year = yearField.safeParse(form.get("year"));
      const kind = kindField.safeParse(form.get("kind"));
      if (!year.success || !kind.success) return NextResponse.json({ ok: false, message: "请选择年度和科目类型。" }, { status: 400 });
      const actor = await adminActor(user, "admin.catalogue");
      return NextResponse.json(await previewCatalogueImport(actor, { year: year.data, kind: kind.data, fileName: file.name, bytes }));
    }
    if (type === "UNITS") return NextResponse.json(await previewUnitsImport(await adminActor(user, "admin.organisation"), { fileName: file.name, bytes }));
    if (type === "USERS") return NextResponse.json(await previewUsersImport(await adminActor(user, "admin.users"), { fileName: file.name, bytes }));
    return NextResponse.json({ ok: false, message: "未知的导入类型。" }, { status: 400 });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 500) throw error;
    return NextResponse.json({ ok: false, message: (error as Error).message }, { status });
  }
}
