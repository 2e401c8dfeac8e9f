/**
 * The 绩效自评 actions and DAL on a real PostgreSQL with the demo organisation and figures: scope (another
 * unit's report is "not found"), roles, statuses, optimistic concurrency, audit rows, and the import
 * preview that changes nothing until it is confirmed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/auth/errors";
import type { SessionUser } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo, useDatabaseUrl } from "@/lib/testing/demo";
import type { PrismaClient } from "@/lib/prisma-client";
import { goodFormData, seed } from "@/lib/performance/testing/fixtures";
import { performanceToXlsx } from "@/lib/performance/xlsx-write";

// Actions call requireSession (next-auth) and revalidatePath (Next's cache): the caller is set per test.
const state = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireSession: async () => {
    if (!state.user) throw new UnauthenticatedError();
    return state.user;
  },
}));

let loadSessionUser: typeof import("@/lib/auth/session").loadSessionUser;
let dal: typeof import("@/lib/dal/performance");
let actions: typeof import("@/app/(app)/reports/[id]/performance/actions");
let testDb: TestDatabase;
let prisma: PrismaClient;
let officer: SessionUser;
let reviewer: SessionUser;
let otherOfficer: SessionUser;
let hetang: string;
let zhuzhou: string;

async function user(username: string): Promise<SessionUser> {
  const u = await prisma.user.findUniqueOrThrow({ where: { username } });
  return (await loadSessionUser(u.id, u.sessionEpoch))!;
}

async function reportOf(unitCode: string): Promise<string> {
  return (await prisma.report.findFirstOrThrow({ where: { year: 2021, unit: { code: unitCode } } })).id;
}

const snapshot = async (reportId: string) =>
  JSON.stringify(await prisma.perfForm.findMany({ where: { reportId }, orderBy: { id: "asc" }, select: { id: true, kind: true, projectName: true, data: true, version: true } }));

beforeAll(async () => {
  testDb = await createTestDatabase();
  prisma = testDb.prisma;
  useDatabaseUrl(testDb);
  await seedDemo(testDb);
  ({ loadSessionUser } = await import("@/lib/auth/session"));
  dal = await import("@/lib/dal/performance");
  actions = await import("@/app/(app)/reports/[id]/performance/actions");
  officer = await user("officer");
  reviewer = await user("reviewer");
  otherOfficer = await user("officer_zz");
  hetang = await reportOf("430202-001-00");
  zhuzhou = await reportOf("4302-001-00");
});

afterAll(() => testDb?.drop());

beforeEach(async () => {
  state.user = officer;
  await prisma.perfForm.deleteMany({});
  await prisma.importStaging.deleteMany({});
  await prisma.report.updateMany({ data: { status: "DRAFT" } });
});

describe("forms: create, save, rename, delete", () => {
  it("creates the 部门整体 form once and project forms with unique names, each with an audit row", async () => {
    const whole = await actions.createPerfFormAction({ reportId: hetang, kind: "WHOLE" });
    expect(whole.ok).toBe(true);
    expect(await actions.createPerfFormAction({ reportId: hetang, kind: "WHOLE" })).toMatchObject({ ok: false, message: "部门整体支出绩效自评表已存在，请直接打开填写。" });
    expect((await actions.createPerfFormAction({ reportId: hetang, kind: "PROJECT", projectName: "区委中心工作经费" })).ok).toBe(true);
    expect(await actions.createPerfFormAction({ reportId: hetang, kind: "PROJECT", projectName: " 区委中心 工作经费" })).toMatchObject({ ok: false, message: "已有名为“区委中心 工作经费”的项目支出绩效自评表，请换一个名称。" });
    expect(await actions.createPerfFormAction({ reportId: hetang, kind: "PROJECT", projectName: "  " })).toMatchObject({ ok: false, fieldErrors: { projectName: "请填写项目名称" } });
    const audits = await prisma.auditEvent.findMany({ where: { reportId: hetang, action: "PERF_UPDATE" } });
    expect(audits.map((a) => (a.meta as { op: string }).op)).toEqual(["create", "create"]);
  });

  it("saves with the loaded version, normalises, audits before/after, and answers a stale save with the other person's form", async () => {
    const created = await dal.createPerfForm(officer, hetang, "PROJECT", "测试项目");
    const data = goodFormData();
    data.funds.fiscal.annual = "1,000.50";
    const saved = await actions.savePerfFormAction({ reportId: hetang, formId: created.id, baseVersion: created.version, data });
    expect(saved.ok && saved.data.version).toBe(created.version + 1);
    expect(saved.ok && saved.data.data.funds.fiscal.annual).toBe("1000.5");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { target: `perf:${created.id}`, meta: { path: ["op"], equals: "save" } } });
    expect((audit.before as { indicators: unknown[] }).indicators).toHaveLength(9); // the starter rows
    expect((audit.after as { indicators: unknown[] }).indicators).toHaveLength(6);
    expect(audit.actorName).toBe(officer.displayName);

    const before = await snapshot(hetang);
    const stale = await actions.savePerfFormAction({ reportId: hetang, formId: created.id, baseVersion: created.version, data: goodFormData() });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.message).toMatch(/^此表已被.+修改，您的修改尚未保存。/u);
    expect((stale.conflict as { theirs: { version: number; data: { funds: { fiscal: { annual: string } } } } }).theirs).toMatchObject({ version: created.version + 1, data: { funds: { fiscal: { annual: "1000.5" } } } });
    expect(await snapshot(hetang)).toBe(before);
  });

  it("does not bump the version or audit a save that changes nothing", async () => {
    const created = await dal.createPerfForm(officer, hetang, "WHOLE", null);
    const once = await dal.savePerfForm(officer, hetang, created.id, created.version, goodFormData("WHOLE"));
    const twice = await dal.savePerfForm(officer, hetang, created.id, once.version, goodFormData("WHOLE"));
    expect(twice.version).toBe(once.version);
    expect(await prisma.auditEvent.count({ where: { target: `perf:${created.id}`, meta: { path: ["op"], equals: "save" } } })).toBe(1);
  });

  it("renames and deletes project forms (not the 部门整体 form), with version checks", async () => {
    const whole = await dal.createPerfForm(officer, hetang, "WHOLE", null);
    const p = await dal.createPerfForm(officer, hetang, "PROJECT", "旧名称");
    const renamed = await actions.renamePerfFormAction({ reportId: hetang, formId: p.id, baseVersion: p.version, projectName: "新名称" });
    expect(renamed.ok && renamed.data.projectName).toBe("新名称");
    expect(await actions.deletePerfFormAction({ reportId: hetang, formId: p.id, baseVersion: p.version })).toMatchObject({ ok: false });
    expect(await actions.deletePerfFormAction({ reportId: hetang, formId: whole.id, baseVersion: whole.version })).toMatchObject({ ok: false, message: "部门整体支出绩效自评表不能删除。" });
    expect(await actions.deletePerfFormAction({ reportId: hetang, formId: p.id, baseVersion: p.version + 1 })).toEqual({ ok: true, data: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { target: `perf:${p.id}`, meta: { path: ["op"], equals: "delete" } } });
    expect(audit.before).toMatchObject({ projectName: "新名称" });
  });
});

describe("scope, role and status", () => {
  it("answers “not found” for another unit's report and form, for reads and writes alike", async () => {
    const theirs = await dal.createPerfForm(otherOfficer, zhuzhou, "WHOLE", null);
    await expect(dal.loadPerformance(officer, zhuzhou)).rejects.toBeInstanceOf(NotFoundError);
    expect(await actions.savePerfFormAction({ reportId: zhuzhou, formId: theirs.id, baseVersion: theirs.version, data: goodFormData("WHOLE") })).toMatchObject({ ok: false, notFound: true });
    expect(await actions.createPerfFormAction({ reportId: zhuzhou, kind: "PROJECT", projectName: "x" })).toMatchObject({ ok: false, notFound: true });
    // A form id of another report, sent with one's own report id, is not found either.
    expect(await actions.savePerfFormAction({ reportId: hetang, formId: theirs.id, baseVersion: theirs.version, data: goodFormData("WHOLE") })).toMatchObject({ ok: false, notFound: true });
    expect(await prisma.perfForm.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ version: theirs.version });
  });

  it("lets a reviewer read but not write, and nobody write a submitted report", async () => {
    const created = await dal.createPerfForm(officer, hetang, "WHOLE", null);
    const ws = await dal.loadPerformance(reviewer, hetang);
    expect(ws.editable).toBe(false);
    expect(ws.forms).toHaveLength(1);
    await expect(dal.savePerfForm(reviewer, hetang, created.id, created.version, goodFormData("WHOLE"))).rejects.toBeInstanceOf(ForbiddenError);
    await prisma.report.update({ where: { id: hetang }, data: { status: "SUBMITTED" } });
    await expect(dal.savePerfForm(officer, hetang, created.id, created.version, goodFormData("WHOLE"))).rejects.toBeInstanceOf(ConflictError);
    expect((await dal.loadPerformance(officer, hetang)).editable).toBe(false);
  });

  it("refuses a session-less call", async () => {
    state.user = null;
    expect(await actions.createPerfFormAction({ reportId: hetang, kind: "WHOLE" })).toMatchObject({ ok: false, message: "登录已失效，请重新登录。" });
  });
});

describe("report texts", () => {
  it("saves a slot with versions and refuses a stale one, keeping the stored text", async () => {
    const first = await dal.savePerfText(officer, hetang, "duties", "（一）负责……", 0);
    expect(first.version).toBe(1);
    await expect(dal.savePerfText(officer, hetang, "duties", "别的内容", 0)).rejects.toBeInstanceOf(ConflictError);
    expect((await dal.loadPerformance(officer, hetang)).texts.duties).toEqual({ text: "（一）负责……", version: 1 });
  });
});

describe("Excel import: preview, cancel, confirm", () => {
  const workbook = async () => {
    const s = seed("000");
    return new Uint8Array(await performanceToXlsx(s.forms, { year: 2021, unit: s.unit }, s.template));
  };

  it("stages a preview that changes nothing, and cancelling leaves the report exactly as it was", async () => {
    const whole = await dal.createPerfForm(officer, hetang, "WHOLE", null);
    await dal.savePerfForm(officer, hetang, whole.id, whole.version, goodFormData("WHOLE"));
    const before = await snapshot(hetang);
    const staged = await dal.stagePerfImport(officer, hetang, "000.xlsx", await workbook());
    expect(staged.preview.forms.map((f) => [f.label, f.action])).toEqual([
      ["部门整体支出绩效自评表", "replace"],
      ["项目支出绩效自评表（《荷塘年鉴》工作经费）", "create"],
      ["项目支出绩效自评表（区委中心工作经费）", "create"],
    ]);
    expect(staged.preview.forms[0]).toMatchObject({ printed: { totalScore: "92", grade: "优" }, computed: { totalScore: "78.55", grade: "中" } });
    expect(staged.preview.findings.map((f) => f.rule)).toContain("PE.SCORE.TOTAL");
    expect(await snapshot(hetang)).toBe(before);
    expect(await actions.cancelPerfImportAction({ reportId: hetang, stagingId: staged.stagingId })).toEqual({ ok: true, data: null });
    expect(await prisma.importStaging.count()).toBe(0);
    expect(await snapshot(hetang)).toBe(before);
    expect(await actions.confirmPerfImportAction({ reportId: hetang, stagingId: staged.stagingId })).toMatchObject({ ok: false, notFound: true });
  });

  it("applies a confirmed import in one go, with an audit row per form", async () => {
    const staged = await dal.stagePerfImport(officer, hetang, "000.xlsx", await workbook());
    expect(await actions.confirmPerfImportAction({ reportId: hetang, stagingId: staged.stagingId })).toEqual({ ok: true, data: { created: 3, replaced: 0 } });
    const ws = await dal.loadPerformance(officer, hetang);
    expect(ws.forms.map((f) => f.projectName)).toEqual([null, "《荷塘年鉴》工作经费", "区委中心工作经费"]);
    expect(ws.forms[0].data.funds.total.annual).toBe(""); // computed from 其中 rows, never stored
    expect(await prisma.auditEvent.count({ where: { reportId: hetang, meta: { path: ["op"], equals: "import" } } })).toBe(3);
    const findings = await dal.performanceFindings(officer, hetang);
    expect(findings.filter((f) => f.rule === "PE.IND.L1.WEIGHT")).toHaveLength(5);
  });

  it("refuses to confirm when a replaced form changed after the preview, changing nothing", async () => {
    const whole = await dal.createPerfForm(officer, hetang, "WHOLE", null);
    const staged = await dal.stagePerfImport(officer, hetang, "000.xlsx", await workbook());
    await dal.savePerfForm(officer, hetang, whole.id, whole.version, goodFormData("WHOLE"));
    const before = await snapshot(hetang);
    expect(await actions.confirmPerfImportAction({ reportId: hetang, stagingId: staged.stagingId })).toMatchObject({ ok: false, message: "“部门整体支出绩效自评表”在预览之后已被修改或删除，导入未执行。请重新上传文件查看最新的对比。" });
    expect(await snapshot(hetang)).toBe(before);
  });

  it("answers a malformed file with a Chinese message and stages nothing", async () => {
    await expect(dal.stagePerfImport(officer, hetang, "x.xlsx", new TextEncoder().encode("PK not really"))).rejects.toThrow(ValidationError);
    await expect(dal.stagePerfImport(officer, hetang, "x.xlsx", new TextEncoder().encode("PK not really"))).rejects.toThrow(/请上传 Excel 工作簿/u);
    expect(await prisma.importStaging.count()).toBe(0);
  });

  it("keeps another officer's staged import out of reach", async () => {
    const staged = await dal.stagePerfImport(officer, hetang, "000.xlsx", await workbook());
    await expect(dal.confirmPerfImport(otherOfficer, hetang, staged.stagingId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.importStaging.count()).toBe(1);
  });
});
