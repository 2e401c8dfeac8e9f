import { portalFile } from "@/lib/dal/portal";
import { publicNotFound, storedFileResponse } from "@/lib/portal/http";

/**
 * GET /gongkai/<publicationId>/document — the public document itself: the stored HTML page, served
 * as-is (the bytes of publish time) for reading in the browser. Public, like the files.
 */
export async function GET(request: Request, { params }: { params: Promise<{ publicationId: string }> }) {
  const { publicationId } = await params;
  const file = await portalFile(publicationId, "html");
  if (!file) return publicNotFound("该公开文档的网页版");
  return storedFileResponse(request, { ...file, contentType: "text/html; charset=utf-8" }, "inline");
}
