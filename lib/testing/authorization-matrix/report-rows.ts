/**
 * Matrix rows of the report's own surfaces: entry (figures, explanations, marks, imports), workflow
 * (transitions, comments, the queue), 绩效自评, 情况说明, and the report's route handlers. The target is
 * a 2024 report: 株洲市人民政府办公室本级 (own) or 赫山区政府办 (other).
 */
import type { Role } from "@/lib/generated/prisma/enums";
import { ALL_ROLES, OFFICER, REVIEWERS, action, params, route, unique, type MatrixContext, type MatrixRow, type MatrixTarget } from "./types";

const COMMENTERS: readonly Role[] = ["OFFICER", "REVIEWER", "BUREAU"];
const REPORT_ACTIONS = "app/(app)/reports/[id]/actions.ts";
const TRANSITIONS = "app/(app)/reports/[id]/actions/transition.ts";
const COMMENTS = "app/(app)/reports/[id]/actions/comments.ts";
const DIFF = "app/(app)/reports/[id]/actions/diff.ts";
const PERFORMANCE = "app/(app)/reports/[id]/performance/actions.ts";
/** A WARNING the 2024 catalogue raises for project spending on a 行政运行 code (PL.PROJECT.IN.RUNNING.CODE). */
const WARNING_KEY = "PL.PROJECT.IN.RUNNING.CODE|T03|2010301|project";


async function draftWithWarning(ctx: MatrixContext, t: MatrixTarget) {
  await ctx.setStatus(t.report.id, "DRAFT");
  await ctx.prisma.reportCell.upsert({
    where: { reportId_tableKey_rowKey_colKey: { reportId: t.report.id, tableKey: "T03", rowKey: "2010301", colKey: "project" } },
    create: { reportId: t.report.id, tableKey: "T03", rowKey: "2010301", colKey: "project", amount: "100.00" },
    update: {},
  });
}

/** The report exported as final-accounts/1 JSON, as the officer would download and upload it again. */
async function exportedJson(ctx: MatrixContext, reportId: string): Promise<File> {
  const { exportReport } = await import("@/lib/entry/db/export-report");
  const report = await ctx.prisma.report.findUniqueOrThrow({ where: { id: reportId }, include: { unit: true, fiscalYear: true } });
  const file = await exportReport(ctx.prisma, report, "json");
  return new File([new Uint8Array(file.bytes)], file.fileName, { type: "application/json" });
}

async function stageEntryImport(ctx: MatrixContext, t: MatrixTarget) {
  await ctx.setStatus(t.report.id, "DRAFT");
  const { POST } = await import("@/app/api/reports/[id]/import/route");
  const body = new FormData();
  body.set("file", await exportedJson(ctx, t.report.id));
  const response = await ctx.as(t.report.officer, () => POST(new Request("http://matrix.test/import", { method: "POST", body }), params({ id: t.report.id })));
  const { stagingId } = (await response.json()) as { stagingId?: string };
  if (!stagingId) throw new Error(`set-up failed: could not stage an import for ${t.report.officer}`);
  return { stagingId };
}

async function stagePerfImport(ctx: MatrixContext, t: MatrixTarget) {
  await ctx.setStatus(t.report.id, "DRAFT");
  const staged = await ctx.prisma.importStaging.create({
    data: { reportId: t.report.id, userId: await ctx.userId(t.report.officer), fileName: "绩效自评.xlsx", payload: { kind: "performance-forms", forms: [], typed: [] }, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { stagingId: staged.id };
}


async function projectForm(ctx: MatrixContext, t: MatrixTarget) {
  await ctx.setStatus(t.report.id, "DRAFT");
  const { starterFormData } = await import("@/lib/performance/starter");
  const { perfTemplateForYear } = await import("@/lib/performance/template");
  const report = await ctx.prisma.report.findUniqueOrThrow({ where: { id: t.report.id } });
  const data = starterFormData("PROJECT", perfTemplateForYear(report.year));
  const form = await ctx.prisma.perfForm.create({ data: { reportId: t.report.id, kind: "PROJECT", projectName: unique("矩阵项目"), data: data as object } });
  return { formId: form.id, data };
}

function transitionRow(name: "SUBMIT" | "RETURN" | "APPROVE" | "PUBLISH" | "REOPEN", allow: readonly Role[], prepare: MatrixRow["prepare"]): MatrixRow {
  return {
    surface: `${TRANSITIONS}#transitionAction`,
    label: `transitionAction ${name}`,
    allow,
    prepare,
    async call(ctx, t) {
      const { transitionAction } = await import("@/app/(app)/reports/[id]/actions/transition");
      const text = name === "RETURN" ? { comment: "请核对公开02。" } : name === "REOPEN" ? { reason: "财政局通知更正。" } : {};
      return action(await transitionAction({ reportId: t.report.id, action: name, expectedVersion: await ctx.version(t.report.id), ...text }));
    },
  };
}

export const REPORT_ROWS: MatrixRow[] = [
  // ── report entry (lib/dal/report-notes, imports, cells) ──
  {
    surface: `${REPORT_ACTIONS}#saveExplanationAction`,
    label: "saveExplanationAction",
    allow: OFFICER,
    prepare: draftWithWarning,
    async call(_ctx, t) {
      const { saveExplanationAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await saveExplanationAction({ reportId: t.report.id, findingKey: WARNING_KEY, text: "按财政批复列支，已与财政局核对。" }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#clearExplanationAction`,
    label: "clearExplanationAction",
    allow: OFFICER,
    prepare: draftWithWarning,
    async call(_ctx, t) {
      const { clearExplanationAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await clearExplanationAction({ reportId: t.report.id, findingKey: WARNING_KEY }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#setTableNoDataAction`,
    label: "setTableNoDataAction",
    allow: OFFICER,
    prepare: (ctx, t) => ctx.setStatus(t.report.id, "DRAFT"),
    async call(_ctx, t) {
      const { setTableNoDataAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await setTableNoDataAction({ reportId: t.report.id, table: "TSC", noData: true }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#setEntryUnitAction`,
    label: "setEntryUnitAction",
    allow: OFFICER,
    prepare: async (ctx, t) => void (await ctx.prisma.report.update({ where: { id: t.report.id }, data: { entryUnit: "WAN" } })),
    async call(_ctx, t) {
      const { setEntryUnitAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await setEntryUnitAction({ reportId: t.report.id, entryUnit: "YUAN" }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#confirmImportAction`,
    label: "confirmImportAction",
    allow: OFFICER,
    prepare: stageEntryImport,
    async call(_ctx, t, p) {
      const { confirmImportAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await confirmImportAction({ reportId: t.report.id, stagingId: p.stagingId }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#cancelImportAction`,
    label: "cancelImportAction",
    allow: OFFICER,
    prepare: stageEntryImport,
    async call(_ctx, t, p) {
      const { cancelImportAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await cancelImportAction({ reportId: t.report.id, stagingId: p.stagingId }));
    },
  },
  {
    surface: "app/(app)/reports/[id]/tables/actions.ts#saveCellsAction",
    label: "saveCellsAction",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.report.id, "DRAFT");
      await ctx.prisma.reportCell.deleteMany({ where: { reportId: t.report.id, tableKey: "T02", rowKey: "2010301", colKey: "fiscal" } });
    },
    async call(_ctx, t) {
      const { saveCellsAction } = await import("@/app/(app)/reports/[id]/tables/actions");
      return action(await saveCellsAction({ reportId: t.report.id, cells: [{ table: "T02", row: "2010301", column: "fiscal", value: "100.00", baseVersion: null }], rows: [] }));
    },
  },

  // ── workflow: transitions, comments, the queue ──
  {
    surface: `${TRANSITIONS}#transitionStateAction`,
    label: "transitionStateAction",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { transitionStateAction } = await import("@/app/(app)/reports/[id]/actions/transition");
      return action(await transitionStateAction({ reportId: t.report.id }));
    },
  },
  transitionRow("SUBMIT", OFFICER, async (ctx, t) => {
    await ctx.setStatus(t.report.id, "DRAFT");
    await ctx.makeSubmittable(t.report.id);
  }),
  transitionRow("RETURN", REVIEWERS, (ctx, t) => ctx.setStatus(t.report.id, "SUBMITTED")),
  transitionRow("APPROVE", REVIEWERS, (ctx, t) => ctx.setStatus(t.report.id, "SUBMITTED")),
  transitionRow("PUBLISH", ["BUREAU"], (ctx, t) => ctx.setStatus(t.report.id, "APPROVED", true)),
  transitionRow("REOPEN", ["BUREAU"], (ctx, t) => ctx.setStatus(t.report.id, "APPROVED")),
  {
    surface: `${COMMENTS}#listCommentsAction`,
    label: "listCommentsAction",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { listCommentsAction } = await import("@/app/(app)/reports/[id]/actions/comments");
      return action(await listCommentsAction({ reportId: t.report.id, target: { table: "T02", row: "2010301", column: "fiscal" } }));
    },
  },
  {
    surface: `${COMMENTS}#addCommentAction`,
    label: "addCommentAction",
    allow: COMMENTERS,
    async call(_ctx, t) {
      const { addCommentAction } = await import("@/app/(app)/reports/[id]/actions/comments");
      return action(await addCommentAction({ reportId: t.report.id, target: { table: "T02", row: "2010301", column: "fiscal" }, body: "请核对该数。" }));
    },
  },
  {
    surface: `${COMMENTS}#resolveCommentAction`,
    label: "resolveCommentAction",
    allow: COMMENTERS,
    async prepare(ctx, t) {
      const comment = await ctx.prisma.comment.create({ data: { reportId: t.report.id, revision: 1, body: "请核对。", authorId: await ctx.userId("reviewer") } });
      return { commentId: comment.id };
    },
    async call(_ctx, t, p) {
      const { resolveCommentAction } = await import("@/app/(app)/reports/[id]/actions/comments");
      return action(await resolveCommentAction({ reportId: t.report.id, commentId: p.commentId, resolved: true }));
    },
  },
  {
    surface: "app/(app)/review/actions.ts#approveManyAction",
    label: "approveManyAction",
    allow: REVIEWERS,
    prepare: (ctx, t) => ctx.setStatus(t.report.id, "SUBMITTED"),
    async call(ctx, t) {
      const { approveManyAction } = await import("@/app/(app)/review/actions");
      const result = await approveManyAction({ items: [{ reportId: t.report.id, expectedVersion: await ctx.version(t.report.id) }] });
      // The action answers per report; the report was approved only if its own outcome says so.
      return { ok: result.ok && result.data.every((o) => o.ok) };
    },
  },

  // ── 绩效自评 ──
  {
    surface: `${PERFORMANCE}#createPerfFormAction`,
    label: "createPerfFormAction",
    allow: OFFICER,
    prepare: (ctx, t) => ctx.setStatus(t.report.id, "DRAFT"),
    async call(_ctx, t) {
      const { createPerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await createPerfFormAction({ reportId: t.report.id, kind: "PROJECT", projectName: unique("新建项目") }));
    },
  },
  {
    surface: `${PERFORMANCE}#savePerfFormAction`,
    label: "savePerfFormAction",
    allow: OFFICER,
    prepare: projectForm,
    async call(_ctx, t, p) {
      const { savePerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await savePerfFormAction({ reportId: t.report.id, formId: p.formId, baseVersion: 1, data: p.data }));
    },
  },
  {
    surface: `${PERFORMANCE}#renamePerfFormAction`,
    label: "renamePerfFormAction",
    allow: OFFICER,
    prepare: projectForm,
    async call(_ctx, t, p) {
      const { renamePerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await renamePerfFormAction({ reportId: t.report.id, formId: p.formId, baseVersion: 1, projectName: unique("改名项目") }));
    },
  },
  {
    surface: `${PERFORMANCE}#deletePerfFormAction`,
    label: "deletePerfFormAction",
    allow: OFFICER,
    prepare: projectForm,
    async call(_ctx, t, p) {
      const { deletePerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await deletePerfFormAction({ reportId: t.report.id, formId: p.formId, baseVersion: 1 }));
    },
  },
  {
    surface: `${PERFORMANCE}#savePerfTextAction`,
    label: "savePerfTextAction",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.report.id, "DRAFT");
      const { PERF_SLOT_KEYS, slotTextKey } = await import("@/lib/performance/report-model");
      await ctx.prisma.reportText.deleteMany({ where: { reportId: t.report.id, key: slotTextKey(PERF_SLOT_KEYS[0]) } });
      return { key: PERF_SLOT_KEYS[0] };
    },
    async call(_ctx, t, p) {
      const { savePerfTextAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await savePerfTextAction({ reportId: t.report.id, key: p.key, text: "本年度绩效目标基本完成。", baseVersion: 0 }));
    },
  },
  {
    surface: `${PERFORMANCE}#confirmPerfImportAction`,
    label: "confirmPerfImportAction",
    allow: OFFICER,
    prepare: stagePerfImport,
    async call(_ctx, t, p) {
      const { confirmPerfImportAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await confirmPerfImportAction({ reportId: t.report.id, stagingId: p.stagingId }));
    },
  },
  {
    surface: `${PERFORMANCE}#cancelPerfImportAction`,
    label: "cancelPerfImportAction",
    allow: OFFICER,
    prepare: stagePerfImport,
    async call(_ctx, t, p) {
      const { cancelPerfImportAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await cancelPerfImportAction({ reportId: t.report.id, stagingId: p.stagingId }));
    },
  },

  // ── route handlers ──
  {
    surface: "app/api/reports/[id]/export/route.ts#GET",
    label: "GET /api/reports/[id]/export",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { GET } = await import("@/app/api/reports/[id]/export/route");
      return route(await GET(new Request("http://matrix.test/export?format=json"), params({ id: t.report.id })));
    },
  },
  {
    surface: "app/api/reports/[id]/import/route.ts#POST",
    label: "POST /api/reports/[id]/import",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.report.id, "DRAFT");
      return { file: await exportedJson(ctx, t.report.id) };
    },
    async call(_ctx, t, p) {
      const { POST } = await import("@/app/api/reports/[id]/import/route");
      const body = new FormData();
      body.set("file", p.file as File);
      return route(await POST(new Request("http://matrix.test/import", { method: "POST", body }), params({ id: t.report.id })));
    },
  },
  {
    surface: "app/api/reports/[id]/performance/xlsx/route.ts#GET",
    label: "GET /api/reports/[id]/performance/xlsx",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { GET } = await import("@/app/api/reports/[id]/performance/xlsx/route");
      return route(await GET(new Request("http://matrix.test/performance/xlsx"), params({ id: t.report.id })));
    },
  },
  {
    surface: "app/api/reports/[id]/performance/import/route.ts#POST",
    label: "POST /api/reports/[id]/performance/import",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.report.id, "DRAFT");
      // The workbook the app itself exports for this report, downloaded by its officer.
      const { GET } = await import("@/app/api/reports/[id]/performance/xlsx/route");
      const response = await ctx.as(t.report.officer, () => GET(new Request("http://matrix.test/performance/xlsx"), params({ id: t.report.id })));
      if (!response.ok) throw new Error(`set-up failed: performance workbook ${response.status}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()) };
    },
    async call(_ctx, t, p) {
      const { POST } = await import("@/app/api/reports/[id]/performance/import/route");
      const body = new FormData();
      body.set("file", new File([p.bytes as Uint8Array<ArrayBuffer>], "绩效自评.xlsx"));
      return route(await POST(new Request("http://matrix.test/performance/import", { method: "POST", body }), params({ id: t.report.id })));
    },
  },
  // ── 情况说明 ──
  {
    surface: "app/(app)/reports/[id]/narrative/actions.ts#saveNarrativeInputsAction",
    label: "saveNarrativeInputsAction",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.report.id, "DRAFT");
      await ctx.prisma.reportCell.deleteMany({ where: { reportId: t.report.id, tableKey: "S.OPS", rowKey: "operating", colKey: "actual" } });
    },
    async call(_ctx, t) {
      const { saveNarrativeInputsAction } = await import("@/app/(app)/reports/[id]/narrative/actions");
      return action(await saveNarrativeInputsAction({ reportId: t.report.id, fields: [{ key: "S.OPS|operating|actual", kind: "amount", value: "1.5", baseVersion: null }] }));
    },
  },
  {
    surface: "app/(app)/reports/[id]/narrative/actions.ts#saveNarrativeTextAction",
    label: "saveNarrativeTextAction",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.report.id, "DRAFT");
      await ctx.prisma.reportText.deleteMany({ where: { reportId: t.report.id, key: "duties" } });
    },
    async call(_ctx, t) {
      const { saveNarrativeTextAction } = await import("@/app/(app)/reports/[id]/narrative/actions");
      return action(await saveNarrativeTextAction({ reportId: t.report.id, key: "duties", content: "负责市政府日常运转。", baseVersion: null }));
    },
  },
  {
    surface: `${DIFF}#snapshotDiffAction`,
    label: "snapshotDiffAction",
    allow: ALL_ROLES,
    async prepare(ctx, t) {
      const actorId = await ctx.userId(t.report.officer);
      const snapshot = (cells: Record<string, string>) =>
        ctx.prisma.reportSnapshot.create({ data: { reportId: t.report.id, revision: 1, version: 1, status: "SUBMITTED", action: "SUBMIT", cells, texts: {}, actorId }, select: { id: true } });
      const a = await snapshot({ "T02|2010301|fiscal": "100.00" });
      const b = await snapshot({ "T02|2010301|fiscal": "200.00" });
      return { a: a.id, b: b.id };
    },
    async call(_ctx, t, prepared) {
      const { snapshotDiffAction } = await import("@/app/(app)/reports/[id]/actions/diff");
      return action(await snapshotDiffAction({ reportId: t.report.id, a: prepared.a, b: prepared.b }));
    },
  },
];

