"use server";

import { actionFailure, type ActionResult } from "@/lib/entry/action-result";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { requireSession } from "@/lib/auth/session";
import { checkUpload } from "@/lib/http/upload";
import { auditUpload, type UploadAudit } from "@/lib/narrative/audit-upload";
import { MAX_AUDIT_FILE_BYTES } from "@/lib/schemas/narrative";

/** 文本核查: checks an uploaded published document (its tables and its 情况说明); nothing is stored. */
export async function auditDocumentAction(formData: FormData): Promise<ActionResult<UploadAudit>> {
  try {
    const user = await requireSession();
    throwIfNoPermission(user.role, "narrative.audit");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, message: "请选择要核查的决算文档（final-accounts/1 JSON 文件）。" };
    if (file.size > MAX_AUDIT_FILE_BYTES) return { ok: false, message: `文件“${file.name}”有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过 10 MB 的上限，请删去无关内容后再上传。` };
    const checked = checkUpload(file.name, new Uint8Array(await file.arrayBuffer()), ["json"], MAX_AUDIT_FILE_BYTES);
    if (!checked.ok) return { ok: false, message: checked.message };
    return { ok: true, data: auditUpload(checked.json, file.name) };
  } catch (error) {
    return actionFailure(error);
  }
}
