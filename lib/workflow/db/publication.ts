/**
 * A department's public document and its Publication row. The document is built inside the publishing
 * transaction from the member units' frozen reports (every active one APPROVED or PUBLISHED): the
 * department aggregate of lib/aggregate (Σ of the approved members' atoms in the database, derived once,
 * exactly what the bureau's 汇总 shows) exported as final-accounts/1, plus the 本级 unit's texts.
 * The publication engineer extends the document (narrative, rendered files) here, in one place.
 */
import crypto from "node:crypto";
import { computeAggregate, departmentTarget, loadYearContext } from "@/lib/aggregate";
import type { Prisma, PrismaClient } from "@/lib/prisma-client";
import { exportDocument } from "@/lib/report/export";
import type { FinalAccountsDocument } from "@/lib/report/document";

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

export async function buildPublicationDocument(tx: Prisma.TransactionClient, departmentId: string, year: number): Promise<PublicationDocument> {
  const client = tx as unknown as PrismaClient;
  const [target, context] = await Promise.all([departmentTarget(client, departmentId), loadYearContext(client, year)]);
  if (!target || !context) throw new Error(`publication: department ${departmentId} or year ${year} is missing`);
  const aggregate = await computeAggregate(client, { target, basis: "approved", context });
  const included = aggregate.members.filter((m) => m.included && m.reportId);
  const reports = await tx.report.findMany({ where: { id: { in: included.map((m) => m.reportId!) } }, select: { id: true, revision: true } });
  const revision = new Map(reports.map((r) => [r.id, r.revision]));
  const self = included.find((m) => m.isSelf);
  const texts = self
    ? await tx.reportText.findMany({ where: { reportId: self.reportId!, NOT: { key: { startsWith: "table.nodata." } } }, orderBy: { key: "asc" }, select: { key: true, content: true } })
    : [];
  return {
    format: PUBLICATION_FORMAT,
    year,
    department: { code: target.code, name: target.name },
    templateVersion: context.template.version,
    members: included.map((m) => ({ unitCode: m.unitCode, unitName: m.unitName, isSelf: m.isSelf, reportId: m.reportId!, revision: revision.get(m.reportId!) ?? 1 })),
    accounts: exportDocument(aggregate.view, { amountUnit: "auto" }),
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
