/**
 * Test set-up for the portal: a Publication of a department with some stored files, written directly
 * (as createPublication in lib/workflow/db/publication.ts would: sequence n+1, the previous live one
 * superseded). The portal depends only on these rows, not on how the renderers produced the bytes.
 */
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/prisma-client";

export const CONTENT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

const sha256 = (bytes: Uint8Array | string) => crypto.createHash("sha256").update(bytes).digest("hex");

export async function insertPublication(
  prisma: PrismaClient,
  input: { departmentCode: string; year: number; files?: Record<string, string | Uint8Array>; at?: Date },
): Promise<{ id: string; sequence: number }> {
  const department = await prisma.department.findUniqueOrThrow({ where: { code: input.departmentCode }, include: { units: { orderBy: { code: "asc" } } } });
  const publisher = await prisma.user.findFirstOrThrow({ orderBy: { username: "asc" } });
  const at = input.at ?? new Date();
  const document = {
    format: "publication/1",
    year: input.year,
    department: { code: department.code, name: department.name },
    members: department.units.map((u) => ({ unitCode: u.code, unitName: u.name, isSelf: u.isSelf, reportId: "-", revision: 1 })),
  };
  return prisma.$transaction(async (tx) => {
    const last = await tx.publication.findFirst({ where: { departmentId: department.id, year: input.year }, orderBy: { sequence: "desc" } });
    await tx.publication.updateMany({ where: { departmentId: department.id, year: input.year, supersededAt: null }, data: { supersededAt: at } });
    const publication = await tx.publication.create({
      data: { departmentId: department.id, year: input.year, sequence: (last?.sequence ?? 0) + 1, document, sha256: sha256(JSON.stringify(document)), publishedAt: at, publishedById: publisher.id },
      select: { id: true, sequence: true },
    });
    const files = Object.entries(input.files ?? {}).map(([format, content]) => {
      const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
      return { publicationId: publication.id, format, contentType: CONTENT_TYPES[format] ?? "application/octet-stream", bytes: new Uint8Array(bytes), sha256: sha256(bytes) };
    });
    if (files.length) await tx.publicationFile.createMany({ data: files });
    return publication;
  });
}
