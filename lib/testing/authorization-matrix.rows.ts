/**
 * The authorization matrix as data: one row per server action or route handler (variants of one action,
 * e.g. each transition, are rows of their own). authorization-matrix.integration.test.ts calls every row
 * for every role with its own unit's report and with another unit's, signed in through the action's own
 * session check, and asserts allow / 404 / 403 (and 401 signed out).
 *
 * Adding an action or a route? Add a row here: `surface` names the file and export (the test fails for
 * any "use server" export or route method without a row), `allow` the roles that may do it on their own
 * report, `prepare` puts the report into the state the call needs so that an allowed call really succeeds.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/prisma-client";

export interface MatrixTarget {
  reportId: string;
  /** Username of the target report's officer (for set-up steps that go through the app as them). */
  officer: string;
  scope: "own" | "other";
}

export interface MatrixContext {
  prisma: PrismaClient;
  /** Runs `fn` signed in as `username` (set-up through the app, e.g. staging an import as the officer). */
  as<T>(username: string, fn: () => Promise<T>): Promise<T>;
  /** Puts the report (and, with `department`, every report of its department) into `status`. */
  setStatus(reportId: string, status: "DRAFT" | "SUBMITTED" | "APPROVED", department?: boolean): Promise<void>;
  /** No figures, every table marked 本单位无此类数据: a report that passes the submission check. */
  makeSubmittable(reportId: string): Promise<void>;
  version(reportId: string): Promise<number>;
  userId(username: string): Promise<string>;
}

/** `ok` for actions ({ ok } results) and for routes (2xx); routes also report their HTTP status. */
export type CallResult = { ok: boolean; status?: number };

export interface MatrixRow {
  /** `<file>#<export>` of the server action or route handler under test. */
  surface: string;
  label: string;
  allow: readonly Role[];
  prepare?: (ctx: MatrixContext, target: MatrixTarget) => Promise<Record<string, unknown> | void>;
  call: (ctx: MatrixContext, target: MatrixTarget, prepared: Record<string, unknown>) => Promise<CallResult>;
}

export const ALL_ROLES: readonly Role[] = ["OFFICER", "REVIEWER", "BUREAU", "ADMIN"];
const OFFICER: readonly Role[] = ["OFFICER"];
const REVIEWERS: readonly Role[] = ["REVIEWER", "BUREAU"];
const COMMENTERS: readonly Role[] = ["OFFICER", "REVIEWER", "BUREAU"];

const REPORT_ACTIONS = "app/(app)/reports/[id]/actions.ts";
const TRANSITIONS = "app/(app)/reports/[id]/actions/transition.ts";
const COMMENTS = "app/(app)/reports/[id]/actions/comments.ts";
const PERFORMANCE = "app/(app)/reports/[id]/performance/actions.ts";
/** A WARNING the 2024 catalogue raises for project spending on a 行政运行 code (PL.PROJECT.IN.RUNNING.CODE). */
const WARNING_KEY = "PL.PROJECT.IN.RUNNING.CODE|T03|2010301|project";

const action = (result: { ok: boolean }): CallResult => ({ ok: result.ok });
const route = (response: Response): CallResult => ({ ok: response.ok, status: response.status });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function draftWithWarning(ctx: MatrixContext, t: MatrixTarget) {
  await ctx.setStatus(t.reportId, "DRAFT");
  await ctx.prisma.reportCell.upsert({
    where: { reportId_tableKey_rowKey_colKey: { reportId: t.reportId, tableKey: "T03", rowKey: "2010301", colKey: "project" } },
    create: { reportId: t.reportId, tableKey: "T03", rowKey: "2010301", colKey: "project", amount: "100.00" },
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
  await ctx.setStatus(t.reportId, "DRAFT");
  const { POST } = await import("@/app/api/reports/[id]/import/route");
  const body = new FormData();
  body.set("file", await exportedJson(ctx, t.reportId));
  const response = await ctx.as(t.officer, () => POST(new Request("http://matrix.test/import", { method: "POST", body }), params(t.reportId)));
  const { stagingId } = (await response.json()) as { stagingId?: string };
  if (!stagingId) throw new Error(`set-up failed: could not stage an import for ${t.officer}`);
  return { stagingId };
}

async function stagePerfImport(ctx: MatrixContext, t: MatrixTarget) {
  await ctx.setStatus(t.reportId, "DRAFT");
  const staged = await ctx.prisma.importStaging.create({
    data: { reportId: t.reportId, userId: await ctx.userId(t.officer), fileName: "绩效自评.xlsx", payload: { kind: "performance-forms", forms: [], typed: [] }, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { stagingId: staged.id };
}

let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}`;

async function projectForm(ctx: MatrixContext, t: MatrixTarget) {
  await ctx.setStatus(t.reportId, "DRAFT");
  const { starterFormData } = await import("@/lib/performance/starter");
  const { perfTemplateForYear } = await import("@/lib/performance/template");
  const report = await ctx.prisma.report.findUniqueOrThrow({ where: { id: t.reportId } });
  const data = starterFormData("PROJECT", perfTemplateForYear(report.year));
  const form = await ctx.prisma.perfForm.create({ data: { reportId: t.reportId, kind: "PROJECT", projectName: unique("矩阵项目"), data: data as object } });
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
      return action(await transitionAction({ reportId: t.reportId, action: name, expectedVersion: await ctx.version(t.reportId), ...text }));
    },
  };
}

export const MATRIX: MatrixRow[] = [
  // ── report entry (lib/dal/report-notes, imports, cells) ──
  {
    surface: `${REPORT_ACTIONS}#saveExplanationAction`,
    label: "saveExplanationAction",
    allow: OFFICER,
    prepare: draftWithWarning,
    async call(_ctx, t) {
      const { saveExplanationAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await saveExplanationAction({ reportId: t.reportId, findingKey: WARNING_KEY, text: "按财政批复列支，已与财政局核对。" }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#clearExplanationAction`,
    label: "clearExplanationAction",
    allow: OFFICER,
    prepare: draftWithWarning,
    async call(_ctx, t) {
      const { clearExplanationAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await clearExplanationAction({ reportId: t.reportId, findingKey: WARNING_KEY }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#setTableNoDataAction`,
    label: "setTableNoDataAction",
    allow: OFFICER,
    prepare: (ctx, t) => ctx.setStatus(t.reportId, "DRAFT"),
    async call(_ctx, t) {
      const { setTableNoDataAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await setTableNoDataAction({ reportId: t.reportId, table: "TSC", noData: true }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#setEntryUnitAction`,
    label: "setEntryUnitAction",
    allow: OFFICER,
    prepare: async (ctx, t) => void (await ctx.prisma.report.update({ where: { id: t.reportId }, data: { entryUnit: "WAN" } })),
    async call(_ctx, t) {
      const { setEntryUnitAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await setEntryUnitAction({ reportId: t.reportId, entryUnit: "YUAN" }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#confirmImportAction`,
    label: "confirmImportAction",
    allow: OFFICER,
    prepare: stageEntryImport,
    async call(_ctx, t, p) {
      const { confirmImportAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await confirmImportAction({ reportId: t.reportId, stagingId: p.stagingId }));
    },
  },
  {
    surface: `${REPORT_ACTIONS}#cancelImportAction`,
    label: "cancelImportAction",
    allow: OFFICER,
    prepare: stageEntryImport,
    async call(_ctx, t, p) {
      const { cancelImportAction } = await import("@/app/(app)/reports/[id]/actions");
      return action(await cancelImportAction({ reportId: t.reportId, stagingId: p.stagingId }));
    },
  },
  {
    surface: "app/(app)/reports/[id]/tables/actions.ts#saveCellsAction",
    label: "saveCellsAction",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.reportId, "DRAFT");
      await ctx.prisma.reportCell.deleteMany({ where: { reportId: t.reportId, tableKey: "T02", rowKey: "2010301", colKey: "fiscal" } });
    },
    async call(_ctx, t) {
      const { saveCellsAction } = await import("@/app/(app)/reports/[id]/tables/actions");
      return action(await saveCellsAction({ reportId: t.reportId, cells: [{ table: "T02", row: "2010301", column: "fiscal", value: "100.00", baseVersion: null }], rows: [] }));
    },
  },

  // ── workflow: transitions, comments, the queue ──
  {
    surface: `${TRANSITIONS}#transitionStateAction`,
    label: "transitionStateAction",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { transitionStateAction } = await import("@/app/(app)/reports/[id]/actions/transition");
      return action(await transitionStateAction({ reportId: t.reportId }));
    },
  },
  transitionRow("SUBMIT", OFFICER, async (ctx, t) => {
    await ctx.setStatus(t.reportId, "DRAFT");
    await ctx.makeSubmittable(t.reportId);
  }),
  transitionRow("RETURN", REVIEWERS, (ctx, t) => ctx.setStatus(t.reportId, "SUBMITTED")),
  transitionRow("APPROVE", REVIEWERS, (ctx, t) => ctx.setStatus(t.reportId, "SUBMITTED")),
  transitionRow("PUBLISH", ["BUREAU"], (ctx, t) => ctx.setStatus(t.reportId, "APPROVED", true)),
  transitionRow("REOPEN", ["BUREAU"], (ctx, t) => ctx.setStatus(t.reportId, "APPROVED")),
  {
    surface: `${COMMENTS}#listCommentsAction`,
    label: "listCommentsAction",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { listCommentsAction } = await import("@/app/(app)/reports/[id]/actions/comments");
      return action(await listCommentsAction({ reportId: t.reportId, target: { table: "T02", row: "2010301", column: "fiscal" } }));
    },
  },
  {
    surface: `${COMMENTS}#addCommentAction`,
    label: "addCommentAction",
    allow: COMMENTERS,
    async call(_ctx, t) {
      const { addCommentAction } = await import("@/app/(app)/reports/[id]/actions/comments");
      return action(await addCommentAction({ reportId: t.reportId, target: { table: "T02", row: "2010301", column: "fiscal" }, body: "请核对该数。" }));
    },
  },
  {
    surface: `${COMMENTS}#resolveCommentAction`,
    label: "resolveCommentAction",
    allow: COMMENTERS,
    async prepare(ctx, t) {
      const comment = await ctx.prisma.comment.create({ data: { reportId: t.reportId, revision: 1, body: "请核对。", authorId: await ctx.userId("reviewer") } });
      return { commentId: comment.id };
    },
    async call(_ctx, t, p) {
      const { resolveCommentAction } = await import("@/app/(app)/reports/[id]/actions/comments");
      return action(await resolveCommentAction({ reportId: t.reportId, commentId: p.commentId, resolved: true }));
    },
  },
  {
    surface: "app/(app)/review/actions.ts#approveManyAction",
    label: "approveManyAction",
    allow: REVIEWERS,
    prepare: (ctx, t) => ctx.setStatus(t.reportId, "SUBMITTED"),
    async call(ctx, t) {
      const { approveManyAction } = await import("@/app/(app)/review/actions");
      const result = await approveManyAction({ items: [{ reportId: t.reportId, expectedVersion: await ctx.version(t.reportId) }] });
      // The action answers per report; the report was approved only if its own outcome says so.
      return { ok: result.ok && result.data.every((o) => o.ok) };
    },
  },

  // ── 绩效自评 ──
  {
    surface: `${PERFORMANCE}#createPerfFormAction`,
    label: "createPerfFormAction",
    allow: OFFICER,
    prepare: (ctx, t) => ctx.setStatus(t.reportId, "DRAFT"),
    async call(_ctx, t) {
      const { createPerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await createPerfFormAction({ reportId: t.reportId, kind: "PROJECT", projectName: unique("新建项目") }));
    },
  },
  {
    surface: `${PERFORMANCE}#savePerfFormAction`,
    label: "savePerfFormAction",
    allow: OFFICER,
    prepare: projectForm,
    async call(_ctx, t, p) {
      const { savePerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await savePerfFormAction({ reportId: t.reportId, formId: p.formId, baseVersion: 1, data: p.data }));
    },
  },
  {
    surface: `${PERFORMANCE}#renamePerfFormAction`,
    label: "renamePerfFormAction",
    allow: OFFICER,
    prepare: projectForm,
    async call(_ctx, t, p) {
      const { renamePerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await renamePerfFormAction({ reportId: t.reportId, formId: p.formId, baseVersion: 1, projectName: unique("改名项目") }));
    },
  },
  {
    surface: `${PERFORMANCE}#deletePerfFormAction`,
    label: "deletePerfFormAction",
    allow: OFFICER,
    prepare: projectForm,
    async call(_ctx, t, p) {
      const { deletePerfFormAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await deletePerfFormAction({ reportId: t.reportId, formId: p.formId, baseVersion: 1 }));
    },
  },
  {
    surface: `${PERFORMANCE}#savePerfTextAction`,
    label: "savePerfTextAction",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.reportId, "DRAFT");
      const { PERF_SLOT_KEYS, slotTextKey } = await import("@/lib/performance/report-model");
      await ctx.prisma.reportText.deleteMany({ where: { reportId: t.reportId, key: slotTextKey(PERF_SLOT_KEYS[0]) } });
      return { key: PERF_SLOT_KEYS[0] };
    },
    async call(_ctx, t, p) {
      const { savePerfTextAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await savePerfTextAction({ reportId: t.reportId, key: p.key, text: "本年度绩效目标基本完成。", baseVersion: 0 }));
    },
  },
  {
    surface: `${PERFORMANCE}#confirmPerfImportAction`,
    label: "confirmPerfImportAction",
    allow: OFFICER,
    prepare: stagePerfImport,
    async call(_ctx, t, p) {
      const { confirmPerfImportAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await confirmPerfImportAction({ reportId: t.reportId, stagingId: p.stagingId }));
    },
  },
  {
    surface: `${PERFORMANCE}#cancelPerfImportAction`,
    label: "cancelPerfImportAction",
    allow: OFFICER,
    prepare: stagePerfImport,
    async call(_ctx, t, p) {
      const { cancelPerfImportAction } = await import("@/app/(app)/reports/[id]/performance/actions");
      return action(await cancelPerfImportAction({ reportId: t.reportId, stagingId: p.stagingId }));
    },
  },

  // ── route handlers ──
  {
    surface: "app/api/reports/[id]/export/route.ts#GET",
    label: "GET /api/reports/[id]/export",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { GET } = await import("@/app/api/reports/[id]/export/route");
      return route(await GET(new Request("http://matrix.test/export?format=json"), params(t.reportId)));
    },
  },
  {
    surface: "app/api/reports/[id]/import/route.ts#POST",
    label: "POST /api/reports/[id]/import",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.reportId, "DRAFT");
      return { file: await exportedJson(ctx, t.reportId) };
    },
    async call(_ctx, t, p) {
      const { POST } = await import("@/app/api/reports/[id]/import/route");
      const body = new FormData();
      body.set("file", p.file as File);
      return route(await POST(new Request("http://matrix.test/import", { method: "POST", body }), params(t.reportId)));
    },
  },
  {
    surface: "app/api/reports/[id]/performance/xlsx/route.ts#GET",
    label: "GET /api/reports/[id]/performance/xlsx",
    allow: ALL_ROLES,
    async call(_ctx, t) {
      const { GET } = await import("@/app/api/reports/[id]/performance/xlsx/route");
      return route(await GET(new Request("http://matrix.test/performance/xlsx"), params(t.reportId)));
    },
  },
  {
    surface: "app/api/reports/[id]/performance/import/route.ts#POST",
    label: "POST /api/reports/[id]/performance/import",
    allow: OFFICER,
    async prepare(ctx, t) {
      await ctx.setStatus(t.reportId, "DRAFT");
      // The workbook the app itself exports for this report, downloaded by its officer.
      const { GET } = await import("@/app/api/reports/[id]/performance/xlsx/route");
      const response = await ctx.as(t.officer, () => GET(new Request("http://matrix.test/performance/xlsx"), params(t.reportId)));
      if (!response.ok) throw new Error(`set-up failed: performance workbook ${response.status}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()) };
    },
    async call(_ctx, t, p) {
      const { POST } = await import("@/app/api/reports/[id]/performance/import/route");
      const body = new FormData();
      body.set("file", new File([p.bytes as Uint8Array<ArrayBuffer>], "绩效自评.xlsx"));
      return route(await POST(new Request("http://matrix.test/performance/import", { method: "POST", body }), params(t.reportId)));
    },
  },
];

/** Surfaces deliberately outside the matrix, with the reason. */
export const NOT_IN_MATRIX: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth sign-in endpoints: public by design (lib/auth/login.integration.test.ts covers them)",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth sign-in endpoints: public by design (lib/auth/login.integration.test.ts covers them)",
};
