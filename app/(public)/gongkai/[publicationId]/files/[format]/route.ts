import { portalFile } from "@/lib/dal/portal";
import { publicNotFound, storedFileResponse } from "@/lib/portal/http";

/**
 * GET /gongkai/<publicationId>/files/<format> — a published file (pdf, docx, xlsx, json, csv, html) as
 * stored at publish time, as an attachment with its Chinese name. Public: no session, and nothing but
 * PublicationFile rows can be reached, so an unpublished report answers 404 like a missing one.
 */
export async function GET(request: Request, { params }: { params: Promise<{ publicationId: string; format: string }> }) {
  const { publicationId, format } = await params;
  const file = await portalFile(publicationId, format);
  if (!file) return publicNotFound("该公开文件");
  return storedFileResponse(request, file, "attachment");
}
