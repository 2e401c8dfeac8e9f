import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { entryAccess } from "@/lib/dal/entry";
import { getReportForUser, type ScopedReport } from "@/lib/dal/reports";
import { reportFacts, type ReportFacts } from "@/lib/performance/facts";
import { PERF_SLOT_KEYS, slotTextKey, type PerfSlotKey } from "@/lib/performance/report-model";
import { perfFormDataSchema, type PerfFormData } from "@/lib/performance/schema";
import type { FormKind } from "@/lib/performance/types";
import { loadStoredState } from "@/lib/entry/db/report-source";
import { deriveSource } from "@/lib/entry/report-source";
import type { ReportView } from "@/lib/report/types";

export interface StoredPerfForm {
  id: string;
  kind: FormKind;
  projectName: string | null;
  data: PerfFormData;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface PerfWorkspace {
  report: { id: string; year: number; status: string; revision: number; yearOpen: boolean; unitName: string; unitType: string; departmentName: string };
  /** The caller may change the forms now: an officer, on a draft or returned report of an open year. */
  editable: boolean;
  /** Why not, for the read-only banner (the entry grid's wording); null when editable. */
  readOnlyReason: string | null;
  forms: StoredPerfForm[];
  texts: Record<PerfSlotKey, { text: string; version: number }>;
  facts: ReportFacts;
}

/** The nine tables derived from the report's stored atoms, loaded the way the entry grid loads them. */
export async function loadDerivedView(report: ScopedReport): Promise<ReportView> {
  const { source } = await loadStoredState(db, report);
  return deriveSource(source);
}

export function toStoredForm(f: { id: string; kind: string; projectName: string | null; data: unknown; version: number; updatedAt: Date }, names: Map<string, string>, updatedById: string | null): StoredPerfForm {
  return {
    id: f.id,
    kind: f.kind === "PROJECT" ? "PROJECT" : "WHOLE",
    projectName: f.projectName,
    data: perfFormDataSchema.parse(f.data),
    version: f.version,
    updatedAt: f.updatedAt.toISOString(),
    updatedBy: updatedById ? (names.get(updatedById) ?? null) : null,
  };
}

export async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** Everything the 绩效自评 pages show, scoped to the caller (another unit's report: NotFoundError). */
export async function loadPerformance(user: SessionUser, reportId: string): Promise<PerfWorkspace> {
  const report = await getReportForUser(user, reportId);
  const [forms, texts, view] = await Promise.all([
    db.perfForm.findMany({ where: { reportId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.reportText.findMany({ where: { reportId, key: { in: PERF_SLOT_KEYS.map(slotTextKey) } } }),
    loadDerivedView(report),
  ]);
  const names = await userNames(forms.map((f) => f.updatedById));
  const access = entryAccess(user, report);
  const textByKey = new Map(texts.map((t) => [t.key, t]));
  return {
    report: {
      id: report.id,
      year: report.year,
      status: report.status,
      revision: report.revision,
      yearOpen: report.fiscalYear.status === "OPEN",
      unitName: report.unit.name,
      unitType: report.unit.unitType,
      departmentName: report.unit.department.name,
    },
    editable: access.editable,
    readOnlyReason: access.reason,
    forms: forms.map((f) => toStoredForm(f, names, f.updatedById)),
    texts: Object.fromEntries(
      PERF_SLOT_KEYS.map((k) => {
        const t = textByKey.get(slotTextKey(k));
        return [k, { text: t?.content ?? "", version: t?.version ?? 0 }];
      }),
    ) as PerfWorkspace["texts"],
    facts: reportFacts(view),
  };
}
