/**
 * A department's public document and its Publication row. The document is built from the member units'
 * frozen reports (all APPROVED or PUBLISHED) inside the publishing transaction: atoms summed, the nine
 * tables derived once from the sum and exported as final-accounts/1, plus the 本级 unit's texts.
 * The publication engineer extends the document (narrative, rendered files) here, in one place.
 */
import crypto from "node:crypto";
import { Dec, formatYuan } from "@/lib/money";
import type { Prisma, PrismaClient } from "@/lib/prisma-client";
import { exportDocument } from "@/lib/report/export";
import type { FinalAccountsDocument } from "@/lib/report/document";
import { readCatalogueData } from "@/lib/entry/db/catalogue";
import { deriveSource, type ReportSource } from "@/lib/entry/report-source";
import { sumAtoms, unionRows } from "../department-sum";

export const PUBLICATION_FORMAT = "publication/1";

export interface PublicationDocument {
  format: typeof PUBLICATION_FORMAT;
  year: number;
  department: { code: string; name: string };
  templateVersion: string;
  /** The member reports summed: which revision of each (its content is frozen in that revision's snapshots). */
  members: { unitCode: string; unitName: string; isSelf: boolean; reportId: string; revision: number }[];
  /** The department's nine tables (Σ members), as the open-data export prints them. */
  accounts: FinalAccountsDocument;
  /** The 本级 unit's texts (部门职责, 机构设置, reasons…): the department speaks through its own office. */
  texts: Record<string, string>;
}

async function memberAtoms(tx: Prisma.TransactionClient, reportId: string) {
  const [cells, rows] = await Promise.all([
    tx.reportCell.findMany({ where: { reportId }, select: { tableKey: true, rowKey: true, colKey: true, amount: true } }),
    tx.reportRow.findMany({ where: { reportId }, select: { tableKey: true, rowKey: true } }),
  ]);
  const byTable: Record<string, string[]> = {};
  for (const r of rows) (byTable[r.tableKey] ??= []).push(r.rowKey);
  return {
    atoms: Object.fromEntries(cells.map((c) => [`${c.tableKey}|${c.rowKey}|${c.colKey}`, formatYuan(new Dec(c.amount.toString()))])),
    rows: byTable,
  };
}

export async function buildPublicationDocument(tx: Prisma.TransactionClient, departmentId: string, year: number): Promise<PublicationDocument> {
  const [department, fiscalYear] = await Promise.all([
    tx.department.findUniqueOrThrow({
      where: { id: departmentId },
      select: {
        code: true,
        name: true,
        units: {
          where: { active: true },
          orderBy: [{ isSelf: "desc" }, { sortOrder: "asc" }, { code: "asc" }],
          select: { code: true, name: true, isSelf: true, reports: { where: { year }, select: { id: true, revision: true } } },
        },
      },
    }),
    tx.fiscalYear.findUniqueOrThrow({ where: { year }, select: { templateVersion: true } }),
  ]);
  const members = department.units.flatMap((u) => u.reports.map((r) => ({ unitCode: u.code, unitName: u.name, isSelf: u.isSelf, reportId: r.id, revision: r.revision })));
  const figures = await Promise.all(members.map((m) => memberAtoms(tx, m.reportId)));
  const self = members.find((m) => m.isSelf);
  const [catalogue, texts] = await Promise.all([
    readCatalogueData(tx as unknown as PrismaClient, year),
    self ? tx.reportText.findMany({ where: { reportId: self.reportId, NOT: { key: { startsWith: "table.nodata." } } }, orderBy: { key: "asc" }, select: { key: true, content: true } }) : [],
  ]);
  const source: ReportSource = {
    year,
    templateVersion: fiscalYear.templateVersion,
    unit: { name: department.name, code: department.code },
    catalogue,
    atoms: sumAtoms(figures.map((f) => f.atoms)),
    rows: unionRows(figures.map((f) => f.rows)),
  };
  return {
    format: PUBLICATION_FORMAT,
    year,
    department: { code: department.code, name: department.name },
    templateVersion: fiscalYear.templateVersion,
    members,
    accounts: exportDocument(deriveSource(source), { amountUnit: "auto" }),
    texts: Object.fromEntries(texts.map((t) => [t.key, t.content])),
  };
}

/** SHA-256 of the document as serialised when it was published (the stored JSONB may reorder keys). */
export function documentSha256(document: PublicationDocument): string {
  return crypto.createHash("sha256").update(JSON.stringify(document), "utf8").digest("hex");
}

/**
 * A new Publication of the department for the year: sequence n+1; the previous live one is marked
 * superseded (it stays, unchanged, as what was published then).
 */
export async function createPublication(tx: Prisma.TransactionClient, input: { departmentId: string; year: number; publishedById: string; at: Date }) {
  const document = await buildPublicationDocument(tx, input.departmentId, input.year);
  const last = await tx.publication.findFirst({ where: { departmentId: input.departmentId, year: input.year }, orderBy: { sequence: "desc" }, select: { sequence: true } });
  await tx.publication.updateMany({ where: { departmentId: input.departmentId, year: input.year, supersededAt: null }, data: { supersededAt: input.at } });
  return tx.publication.create({
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
}
