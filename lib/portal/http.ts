/**
 * HTTP answers of the portal's route handlers. A stored file never changes (a correction is a new
 * publication with its own id), so its SHA-256 is a strong ETag and browsers and proxies may keep it
 * for a year without asking again.
 */
import type { PublicFile } from "./detail";

export const IMMUTABLE = "public, max-age=31536000, immutable";

/** RFC 6266 / 5987: an ASCII fallback for old clients, the real (Chinese) name in filename*. */
export function contentDispositionFor(kind: "attachment" | "inline", fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/gu, "_").replace(/["\\]/gu, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const etagOf = (sha256: string) => `"${sha256}"`;

/** True when the request's If-None-Match already names this version (then 304, no body). */
function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.trim() === "*" || header.split(",").some((t) => t.trim().replace(/^W\//u, "") === etag);
}

export function storedFileResponse(request: Request, file: PublicFile, kind: "attachment" | "inline"): Response {
  const etag = etagOf(file.sha256);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": IMMUTABLE,
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": contentDispositionFor(kind, file.fileName, file.asciiFileName),
  };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  // The HTML document is ours, but it is still served as a document of its own: no scripts, no forms.
  if (kind === "inline") headers["Content-Security-Policy"] = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; frame-ancestors 'self'";
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: { ...headers, "Content-Type": file.contentType, "Content-Length": String(file.bytes.byteLength) },
  });
}

/** 404 in Chinese, saying what to do; never which unpublished record might exist behind the id. */
export function publicNotFound(what: string): Response {
  return new Response(`未找到${what}。该公开可能不存在或尚未公开，请从公开平台首页 /gongkai 查找。\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
