/**
 * The public document formats of `export --unit`: html, pdf, docx, csv (and json/xlsx with --published).
 * Without --published, the unit's own report in the public document's shape (lib/publication
 * buildUnitDocument), whatever its status, so an officer sees what publishing would print. With
 * --published, the frozen file of the live publication of the unit's department, byte for byte.
 */
import { buildUnitDocument, renderPublication, type PublicationFileFormat } from "@/lib/publication";
import type { PrismaClient } from "@/lib/prisma-client";
import { UsageError } from "./report-target";

export async function previewBytes(client: PrismaClient, reportId: string, format: PublicationFileFormat): Promise<Buffer> {
  const document = await client.$transaction((tx) => buildUnitDocument(tx, reportId, new Date()), { timeout: 60_000 });
  return renderPublication(document, format);
}

export async function publishedBytes(client: PrismaClient, unit: { id: string; name: string }, year: number, format: PublicationFileFormat): Promise<{ bytes: Buffer; sequence: number; departmentName: string }> {
  const { department } = await client.unit.findUniqueOrThrow({ where: { id: unit.id }, select: { department: { select: { id: true, name: true } } } });
  const publication = await client.publication.findFirst({
    where: { departmentId: department.id, year, supersededAt: null },
    orderBy: { sequence: "desc" },
    select: { id: true, sequence: true },
  });
  if (!publication) throw new UsageError(`部门“${department.name}”尚未公开 ${year} 年度部门决算：去掉 --published 可导出本单位报表的预览。`);
  const file = await client.publicationFile.findUnique({ where: { publicationId_format: { publicationId: publication.id, format } }, select: { bytes: true } });
  if (!file) throw new UsageError(`部门“${department.name}”${year} 年度的公开文档（第 ${publication.sequence} 次公开）没有 ${format} 文件。`);
  return { bytes: Buffer.from(file.bytes), sequence: publication.sequence, departmentName: department.name };
}
