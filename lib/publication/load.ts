/**
 * Loading what the public document needs, with the Prisma client as a parameter (the publishing
 * transaction, the CLI): the department aggregate of the approved members (lib/aggregate, the bureau's
 * 汇总), each member's narrative source and 绩效自评, the 本级 unit's texts. Callers check scope first.
 */
import { computeAggregate, departmentTarget, loadYearContext } from "@/lib/aggregate";
import { loadNarrativeSource, type NarrativeSource } from "@/lib/narrative/source";
import type { Prisma, PrismaClient } from "@/lib/prisma-client";
import { assemblePublicationDocument } from "./assemble";
import { performanceAttachment } from "./attachment";
import type { PublicationDocument, PublicationMember, PublishedAttachment } from "./types";

type Client = PrismaClient | Prisma.TransactionClient;

async function memberAttachment(db: Client, member: { unitCode: string; unitName: string }, source: NarrativeSource): Promise<PublishedAttachment | null> {
  const forms = await db.perfForm.findMany({ where: { reportId: source.reportId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, kind: true, projectName: true, data: true } });
  return performanceAttachment({ ...member, unitType: source.unitType, view: source.view, forms, texts: source.texts });
}

/** The department's document: Σ of its approved members, as publishing freezes it. */
export async function buildDepartmentDocument(tx: Client, departmentId: string, year: number, at: Date): Promise<PublicationDocument> {
  const client = tx as unknown as PrismaClient;
  const [target, context] = await Promise.all([departmentTarget(client, departmentId), loadYearContext(client, year)]);
  if (!target || !context) throw new Error(`publication: department ${departmentId} or year ${year} is missing`);
  const aggregate = await computeAggregate(client, { target, basis: "approved", context });
  const included = aggregate.members.filter((m) => m.included && m.reportId);
  const reports = await tx.report.findMany({ where: { id: { in: included.map((m) => m.reportId!) } }, select: { id: true, revision: true } });
  const revision = new Map(reports.map((r) => [r.id, r.revision]));
  const members: PublicationMember[] = included.map((m) => ({ unitCode: m.unitCode, unitName: m.unitName, isSelf: m.isSelf, reportId: m.reportId!, revision: revision.get(m.reportId!) ?? 1 }));
  // One member at a time: a transaction client runs one query at a time anyway.
  const sources: NarrativeSource[] = [];
  for (const m of members) sources.push(await loadNarrativeSource(client, m.reportId));
  const attachments: PublishedAttachment[] = [];
  for (const [i, m] of members.entries()) {
    const a = await memberAttachment(tx, m, sources[i]);
    if (a) attachments.push(a);
  }
  const self = members.findIndex((m) => m.isSelf);
  return assemblePublicationDocument({
    scope: "department",
    department: { code: target.code, name: target.name },
    publishedAt: at,
    view: aggregate.view,
    members,
    memberSources: sources,
    texts: self >= 0 ? sources[self].texts : {},
    unitType: sources[Math.max(self, 0)]?.unitType ?? "行政单位",
    catalogue: context.catalogue,
    attachments,
  });
}

/** One unit's own report in the public document's shape (an officer's preview), whatever its status. */
export async function buildUnitDocument(db: Client, reportId: string, at: Date): Promise<PublicationDocument> {
  const client = db as unknown as PrismaClient;
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, revision: true, unit: { select: { code: true, name: true, isSelf: true } } } });
  const source = await loadNarrativeSource(client, reportId);
  const member: PublicationMember = { unitCode: report.unit.code, unitName: report.unit.name, isSelf: report.unit.isSelf, reportId, revision: report.revision };
  const attachment = await memberAttachment(db, member, source);
  return assemblePublicationDocument({
    scope: "unit",
    department: { code: report.unit.code, name: report.unit.name },
    publishedAt: at,
    view: source.view,
    members: [member],
    memberSources: [source],
    texts: source.texts,
    unitType: source.unitType,
    catalogue: source.catalogue,
    attachments: attachment ? [attachment] : [],
  });
}
