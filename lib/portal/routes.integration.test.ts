import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { useDatabaseUrl } from "@/lib/testing/demo";
import { insertPublication } from "./testing/publications";

// The portal's route handlers on a real database: the headers a download needs (type, Chinese file
// name, ETag = sha256, immutable caching), 304 on a matching If-None-Match, and 404s in Chinese.
let test: TestDatabase;
let files: typeof import("@/app/(public)/gongkai/[publicationId]/files/[format]/route").GET;
let documentRoute: typeof import("@/app/(public)/gongkai/[publicationId]/document/route").GET;
let id: string;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x80]); // binary-safe
const HTML = "<!doctype html><html lang=\"zh-CN\"><title>株洲市人民政府办公室</title><p>第一部分 部门概况</p></html>";
const sha = (b: Uint8Array | string) => crypto.createHash("sha256").update(b).digest("hex");

const call = (format: string, headers: Record<string, string> = {}, publicationId = id) =>
  files(new Request(`http://portal.test/gongkai/${publicationId}/files/${format}`, { headers }), { params: Promise.resolve({ publicationId, format }) });

beforeAll(async () => {
  test = await createTestDatabase();
  useDatabaseUrl(test);
  const { seedOrganisation, seedUsers } = await import("@/lib/seed/organisation");
  await seedOrganisation(test.prisma);
  await seedUsers(test.prisma);
  id = (await insertPublication(test.prisma, { departmentCode: "4302-001", year: 2024, files: { pdf: PDF, html: HTML, csv: "表,行,列,金额\n" } })).id;
  files = (await import("@/app/(public)/gongkai/[publicationId]/files/[format]/route")).GET;
  documentRoute = (await import("@/app/(public)/gongkai/[publicationId]/document/route")).GET;
});
afterAll(() => test.drop());

describe("GET /gongkai/[id]/files/[format]", () => {
  it("serves the stored bytes as an attachment with a Chinese file name, ETag = sha256, immutable caching", async () => {
    const response = await call("pdf");
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe(String(PDF.byteLength));
    expect(response.headers.get("etag")).toBe(`"${sha(PDF)}"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toBe(`attachment; filename="4302-001-2024.pdf"; filename*=UTF-8''${encodeURIComponent("株洲市人民政府办公室2024年度部门决算.pdf")}`);
  });

  it("marks open data in the name and keeps the stored content type", async () => {
    const response = await call("csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(decodeURIComponent(response.headers.get("content-disposition")!.split("''")[1])).toBe("株洲市人民政府办公室2024年度部门决算（开放数据）.csv");
    expect(await response.text()).toBe("表,行,列,金额\n");
  });

  it("answers 304 without a body when the client already has this version", async () => {
    const response = await call("pdf", { "If-None-Match": `W/"x", "${sha(PDF)}"` });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(`"${sha(PDF)}"`);
    expect((await call("pdf", { "If-None-Match": '"other"' })).status).toBe(200);
  });

  it("answers 404 in Chinese for a format not stored, an unknown format, an unknown publication", async () => {
    for (const [format, publicationId] of [["docx", id], ["exe", id], ["constructor", id], ["pdf", "cm0000000000000000000000"], ["pdf", "%00"]] as const) {
      const response = await call(format, {}, publicationId);
      expect(response.status, `${format} ${publicationId}`).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("未找到该公开文件");
    }
  });
});

describe("GET /gongkai/[id]/document", () => {
  it("serves the stored HTML as-is, inline, as text/html; charset=utf-8, scripts disabled", async () => {
    const response = await documentRoute(new Request(`http://portal.test/gongkai/${id}/document`), { params: Promise.resolve({ publicationId: id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; /u);
    expect(response.headers.get("etag")).toBe(`"${sha(HTML)}"`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await response.text()).toBe(HTML);
  });

  it("answers 404 when the publication has no HTML or does not exist", async () => {
    const bare = await insertPublication(test.prisma, { departmentCode: "430202-001", year: 2024 });
    for (const publicationId of [bare.id, "cm0000000000000000000000"]) {
      const response = await documentRoute(new Request("http://portal.test/x"), { params: Promise.resolve({ publicationId }) });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("未找到该公开文档的网页版");
    }
  });
});
