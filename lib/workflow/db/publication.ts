/**
 * A department's Publication row and its files, inside the publishing transaction. The public document
 * (publication/1, lib/publication) is built once from the member units' frozen reports (every active one
 * APPROVED or PUBLISHED): the department aggregate of lib/aggregate, the generated 情况说明 from the
 * members' summed inputs, 部门概况, 名词解释 and the members' 绩效自评. It is stored in `document`, and
 * every public format (html, pdf, docx, xlsx, json, csv) is rendered from it and stored as a
 * PublicationFile in the same transaction, so the published bytes never change afterwards.
 */
import crypto from "node:crypto";
import { buildDepartmentDocument, renderAllFormats, type PublicationDocument } from "@/lib/publication";
import type { Prisma } from "@/lib/prisma-client";

export { PUBLICATION_FORMAT, type PublicationDocument } from "@/lib/publication";

export async function buildPublicationDocument(tx: Prisma.TransactionClient, departmentId: string, year: number, at: Date = new Date()): Promise<PublicationDocument> {
  return buildDepartmentDocument(tx, departmentId, year, at);
}

/** SHA-256 of the document as serialised when it was published (the stored JSONB may reorder keys). */
export function documentSha256(document: PublicationDocument): string {
  return crypto.createHash("sha256").update(JSON.stringify(document), "utf8").digest("hex");
}

/**
 * A new Publication of the department for the year: sequence n+1; the previous live one is marked
 * superseded (it stays, unchanged, as what was published then). Its six files are rendered here, from
 * the document just built (≈2–5 s for a department on 2 cores, mostly the PDF's font subsetting and the
 * Word package: inside the transaction, so that a publication never exists without its files).
 */
export async function createPublication(tx: Prisma.TransactionClient, input: { departmentId: string; year: number; publishedById: string; at: Date }) {
  const document = await buildPublicationDocument(tx, input.departmentId, input.year, input.at);
  const files = await renderAllFormats(document);
  const last = await tx.publication.findFirst({ where: { departmentId: input.departmentId, year: input.year }, orderBy: { sequence: "desc" }, select: { sequence: true } });
  await tx.publication.updateMany({ where: { departmentId: input.departmentId, year: input.year, supersededAt: null }, data: { supersededAt: input.at } });
  const publication = await tx.publication.create({
    data: {
      departmentId: input.departmentId,
      year: input.year,
      sequence: (last?.sequence ?? 0) + 1,
      document: document as unknown as Prisma.InputJsonValue,
      sha256: documentSha256(document),
      publishedAt: input.at,
      publishedById: input.publishedById,
    },
    select: { id: true, sequence: true, sha256: true },
  });
  await tx.publicationFile.createMany({
    data: files.map((f) => ({ publicationId: publication.id, format: f.format, contentType: f.contentType, bytes: new Uint8Array(f.bytes), sha256: f.sha256 })),
  });
  return publication;
}
