import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo, useDatabaseUrl } from "@/lib/testing/demo";

let test: TestDatabase;
let loadSessionUser: typeof import("@/lib/auth/session").loadSessionUser;
let dal: typeof import("@/lib/dal/narrative");
let source: typeof import("@/lib/narrative/source");

async function userNamed(username: string): Promise<SessionUser> {
  const u = await test.prisma.user.findUniqueOrThrow({ where: { username } });
  return (await loadSessionUser(u.id, u.sessionEpoch))!;
}

async function reportOf(unitCode: string, year = 2021) {
  const unit = await test.prisma.unit.findUniqueOrThrow({ where: { code: unitCode } });
  return test.prisma.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year } } });
}

const text = (n: import("@/lib/narrative/types").GeneratedNarrative) => n.sections.map((s) => s.paragraphs.map((p) => p.sentences.map((x) => x.runs.map((r) => ("text" in r ? r.text : "")).join("")).join("")).join("\n")).join("\n");

beforeAll(async () => {
  test = await createTestDatabase();
  useDatabaseUrl(test);
  await seedDemo(test);
  const { seedNarrative } = await import("@/lib/seed/narrative");
  await seedNarrative(test.prisma);
  ({ loadSessionUser } = await import("@/lib/auth/session"));
  dal = await import("@/lib/dal/narrative");
  source = await import("@/lib/narrative/source");
});
afterAll(() => test.drop());

describe("the 情况说明 of a stored report", () => {
  it("is generated from the stored figures and inputs, editable by the unit's officer only", async () => {
    const own = await reportOf("430202-001-00");
    const { generated, editable } = await dal.getNarrativeForUser(await userNamed("officer"), own.id);
    expect(editable).toBe(true);
    expect(text(generated)).toContain("2021年度收、支总计635.01万元");
    expect(text(generated)).toContain("与上年相比，增加104.66万元，增长19.7%");
    expect((await dal.getNarrativeForUser(await userNamed("reviewer"), own.id)).editable).toBe(false);
    await expect(dal.getNarrativeForUser(await userNamed("officer_zz"), own.id)).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("sums the department's units: the 驻北京联络处 holds 类 216 and its 年初预算", async () => {
    const liaison = await source.loadNarrativeSource(test.prisma, (await reportOf("4302-001-01")).id);
    expect([...liaison.inputs.keys()]).toEqual(["S.BUDGET|2160699|amount"]);
  });
});

describe("saving texts", () => {
  it("saves with a version, refuses a stale edit, writes TEXT_UPDATE and bumps the report version", async () => {
    const officer = await userNamed("officer");
    const report = await reportOf("430202-001-00");
    const first = await dal.saveNarrativeText(officer, report.id, "reason.threePublic.reception.budget", "  严格执行接待标准  ", null);
    expect(first).toEqual({ key: "reason.threePublic.reception.budget", version: 1, content: "严格执行接待标准" });
    await expect(dal.saveNarrativeText(officer, report.id, "reason.threePublic.reception.budget", "另一人的修改", null)).rejects.toMatchObject({ name: "ConflictError", detail: { theirs: "严格执行接待标准" } });
    const second = await dal.saveNarrativeText(officer, report.id, "reason.threePublic.reception.budget", "压减接待批次", 1);
    expect(second.version).toBe(2);
    const events = await test.prisma.auditEvent.findMany({ where: { reportId: report.id, action: "TEXT_UPDATE" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.target, e.after])).toEqual([
      ["text:reason.threePublic.reception.budget", { content: "严格执行接待标准" }],
      ["text:reason.threePublic.reception.budget", { content: "压减接待批次" }],
    ]);
    expect((await reportOf("430202-001-00")).version).toBe(report.version + 2);
    const removed = await dal.saveNarrativeText(officer, report.id, "reason.threePublic.reception.budget", "", 2);
    expect(removed.version).toBeNull();
  });

  it("refuses a reviewer (403) and a report that is no longer a draft", async () => {
    const report = await reportOf("430202-001-00");
    await expect(dal.saveNarrativeText(await userNamed("reviewer"), report.id, "free.other", "x", null)).rejects.toMatchObject({ name: "ForbiddenError" });
    const zz = await reportOf("4302-001-00");
    await test.prisma.report.update({ where: { id: zz.id }, data: { status: "SUBMITTED" } });
    await expect(dal.saveNarrativeText(await userNamed("officer_zz"), zz.id, "free.other", "x", null)).rejects.toMatchObject({ name: "ConflictError", message: expect.stringContaining("不能再修改") });
    await test.prisma.report.update({ where: { id: zz.id }, data: { status: "DRAFT" } });
  });
});

describe("saving inputs", () => {
  it("stores 万元 as 元 and counts as whole numbers, with CELL_UPDATE rows", async () => {
    const officer = await userNamed("officer");
    const report = await reportOf("430202-001-00");
    await dal.saveNarrativeInputs(officer, report.id, [
      { key: "S.PERF|self|projects", kind: "count", value: "7", baseVersion: null },
      { key: "S.PERF|self|amount", kind: "amount", value: "132.23", baseVersion: null },
    ]);
    const cells = await test.prisma.reportCell.findMany({ where: { reportId: report.id, tableKey: "S.PERF" }, orderBy: { colKey: "asc" } });
    expect(cells.map((c) => [c.colKey, c.amount.toString()])).toEqual([["amount", "1322300"], ["projects", "7"]]);
    const events = await test.prisma.auditEvent.count({ where: { reportId: report.id, action: "CELL_UPDATE", target: { startsWith: "S.PERF|" } } });
    expect(events).toBe(2);
    const { generated } = await dal.getNarrativeForUser(officer, report.id);
    expect(text(generated)).toContain("共涉及项目7个，涉及资金132.23万元，占一般公共预算项目支出总额的100.0%");
  });

  it("rejects a key the year's template lacks, a fractional count, and a malformed amount, naming the field", async () => {
    const officer = await userNamed("officer");
    const report = await reportOf("430202-001-00");
    await expect(dal.saveNarrativeInputs(officer, report.id, [{ key: "S.PERF|dept|gpb", kind: "amount", value: "1", baseVersion: null }])).rejects.toMatchObject({ name: "ValidationError", message: expect.stringContaining("没有输入项") });
    await expect(dal.saveNarrativeInputs(officer, report.id, [{ key: "S.ASSET|vehicle.head|count", kind: "count", value: "1.5", baseVersion: null }])).rejects.toMatchObject({ name: "ValidationError" });
    await expect(dal.saveNarrativeInputs(officer, report.id, [{ key: "S.OPS|operating|budget", kind: "amount", value: "1.1234567", baseVersion: null }])).rejects.toMatchObject({ name: "ValidationError", cell: { table: "S.OPS", row: "operating", column: "budget" } });
  });
});

describe("importing a document", () => {
  it("replaces the nine tables and keeps the narrative inputs", async () => {
    const { applyImport } = await import("@/lib/entry/db/apply-import");
    const report = await reportOf("4302-001-00");
    const before = await test.prisma.reportCell.count({ where: { reportId: report.id, tableKey: { startsWith: "S." } } });
    expect(before).toBeGreaterThan(30);
    await applyImport(test.prisma, { id: null, name: "CLI" }, { reportId: report.id, revision: report.revision, expectedVersion: null, atoms: { "T02|2013101|fiscal": "1000000.00" }, rows: [], meta: { fileName: "x.json", sha256: "0", format: "final-accounts/1" } });
    expect(await test.prisma.reportCell.count({ where: { reportId: report.id, tableKey: { startsWith: "S." } } })).toBe(before);
    expect(await test.prisma.reportCell.count({ where: { reportId: report.id, NOT: { tableKey: { startsWith: "S." } } } })).toBe(1);
  });
});

describe("last year's figures", () => {
  it("come from last year's report once it is in the system", async () => {
    await test.prisma.fiscalYear.create({ data: { year: 2022, templateVersion: "2021" } });
    const unit = await test.prisma.unit.findUniqueOrThrow({ where: { code: "430202-001-00" } });
    const r2021 = await reportOf("430202-001-00");
    const r2022 = await test.prisma.report.create({ data: { unitId: unit.id, year: 2022 } });
    const cells = await test.prisma.reportCell.findMany({ where: { reportId: r2021.id, NOT: { tableKey: { startsWith: "S." } } } });
    await test.prisma.reportCell.createMany({ data: cells.map((c) => ({ reportId: r2022.id, tableKey: c.tableKey, rowKey: c.rowKey, colKey: c.colKey, amount: c.amount })) });
    const loaded = await source.loadNarrativeSource(test.prisma, r2022.id);
    expect(loaded.priorFromSystem).toBe(true);
    expect(loaded.prior!.get("grand")!.value!.toString()).toBe("6350100");
    const { generated } = await dal.getNarrativeForUser(await userNamed("officer"), r2022.id);
    expect(text(generated)).toContain("2022年度收、支总计635.01万元（收入总计含年初结转和结余38.97万元，支出总计含年末结转和结余28.81万元）。与上年持平");
  });

  it("the CLI prints the generated text of a unit's report", async () => {
    const { runCli } = await import("@/scripts/cli");
    let out = "";
    const code = await runCli(["narrative", "--unit", "430202-001-00", "--year", "2021"], { out: (t) => (out += t), err: (t) => (out += t) });
    expect(code).toBe(0);
    expect(out).toMatch(/^2021年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n2021年度收、支总计635.01万元/u);
  });
});
