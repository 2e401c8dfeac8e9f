/**
 * Matrix rows of administration: organisation and users are scoped by region (own: objects made for the
 * matrix in 株洲市, other: in 益阳市); years and catalogues are shared by every region, so only a
 * top-level bureau or a global admin changes them ("global" rows). Staged imports belong to whoever
 * uploaded them: another person's staging id answers not found.
 */
import { ADMINS, action, route, unique, type MatrixContext, type MatrixRow, type MatrixTarget } from "./types";

const ORGANISATION = "app/(app)/admin/organisation/actions.ts";
const USERS = "app/(app)/admin/users/actions.ts";
const CATALOGUE = "app/(app)/admin/catalogue/actions.ts";
const YEARS = "app/(app)/admin/years/actions.ts";

/** A fiscal year made for the matrix (closed, no reports, no catalogue) so that year settings can change freely. */
export const MATRIX_YEAR = 2031;

type ActionModule = Record<string, (input: unknown) => Promise<{ ok: boolean }>>;

/** A staged admin import owned by the caller (own scope) or by the other region's bureau (other scope). */
async function staged(ctx: MatrixContext, t: MatrixTarget, kind: "UNITS" | "USERS" | "CATALOGUE", payload: object) {
  const owner = t.scope === "own" && t.caller ? t.caller : t.stager;
  const row = await ctx.prisma.adminImport.create({ data: { userId: await ctx.userId(owner), kind, fileName: "matrix.csv", payload, expiresAt: new Date(Date.now() + 3_600_000) } });
  return { id: row.id };
}

function organisationRow(name: string, input: (t: MatrixTarget) => Record<string, unknown>): MatrixRow {
  return {
    surface: `${ORGANISATION}#${name}`,
    label: name,
    allow: ADMINS,
    async call(_ctx, t) {
      const actions = (await import("@/app/(app)/admin/organisation/actions")) as unknown as ActionModule;
      return action(await actions[name](input(t)));
    },
  };
}

function userRow(name: string, input: (t: MatrixTarget) => Record<string, unknown>, other?: "refused"): MatrixRow {
  return {
    surface: `${USERS}#${name}`,
    label: name,
    allow: ADMINS,
    other,
    async call(_ctx, t) {
      const actions = (await import("@/app/(app)/admin/users/actions")) as unknown as ActionModule;
      return action(await actions[name](input(t)));
    },
  };
}

const catalogueActions = async () => (await import("@/app/(app)/admin/catalogue/actions")) as unknown as ActionModule;
const yearActions = async () => (await import("@/app/(app)/admin/years/actions")) as unknown as ActionModule;

function globalRow(file: string, load: () => Promise<ActionModule>, name: string, input: () => Record<string, unknown>, prepare?: MatrixRow["prepare"]): MatrixRow {
  return {
    surface: `${file}#${name}`,
    label: name,
    allow: ADMINS,
    reach: "global",
    prepare,
    async call(_ctx, _t, p) {
      return action(await (await load())[name]({ ...input(), ...p }));
    },
  };
}

let codeSerial = 50;
let yearSerial = 2080;

export const ADMIN_ROWS: MatrixRow[] = [
  // ── organisation (region-scoped) ──
  organisationRow("createRegionAction", (t) => ({ parentId: t.admin.parentRegionId, code: unique("MXR-"), name: unique("矩阵新区") })),
  organisationRow("renameRegionAction", (t) => ({ id: t.admin.regionId, name: unique("矩阵区") })),
  organisationRow("createDepartmentAction", (t) => ({ regionId: t.admin.parentRegionId, code: unique("MXD-"), name: unique("矩阵新部门") })),
  organisationRow("updateDepartmentAction", (t) => ({ id: t.admin.departmentId, name: unique("矩阵部门"), regionId: t.admin.parentRegionId })),
  organisationRow("setDepartmentActiveAction", (t) => ({ id: t.admin.departmentId, active: true })),
  organisationRow("createUnitAction", (t) => ({ departmentId: t.admin.departmentId, code: unique("MXU-"), name: unique("矩阵新单位"), isSelf: false, unitType: "行政单位" })),
  organisationRow("updateUnitAction", (t) => ({ id: t.admin.unitId, name: unique("矩阵单位"), departmentId: t.admin.departmentId, isSelf: true, unitType: "行政单位" })),
  organisationRow("setUnitActiveAction", (t) => ({ id: t.admin.unitId, active: true })),
  {
    surface: `${ORGANISATION}#confirmUnitsImportAction`,
    label: "confirmUnitsImportAction",
    allow: ADMINS,
    prepare: (ctx, t) => staged(ctx, t, "UNITS", { rows: [] }),
    async call(_ctx, _t, p) {
      const { confirmUnitsImportAction } = await import("@/app/(app)/admin/organisation/actions");
      return action(await confirmUnitsImportAction({ id: p.id }));
    },
  },

  // ── users (region-scoped) ──
  // A new account's units must lie in the caller's region: the form's field says so (nothing is created).
  userRow("createUserAction", (t) => ({ username: unique("mx_new_"), displayName: "矩阵新用户", password: "", role: "OFFICER", regionId: "", unitIds: [t.admin.unitId], departmentIds: [] }), "refused"),
  userRow("updateUserAction", (t) => ({ id: t.admin.userId, displayName: unique("矩阵用户"), role: "OFFICER", regionId: "", unitIds: [t.admin.unitId], departmentIds: [] })),
  userRow("resetPasswordAction", (t) => ({ id: t.admin.userId, password: "" })),
  userRow("setUserDisabledAction", (t) => ({ id: t.admin.userId, value: false })),
  userRow("unlockUserAction", (t) => ({ id: t.admin.userId })),
  {
    surface: `${USERS}#confirmUsersImportAction`,
    label: "confirmUsersImportAction",
    allow: ADMINS,
    prepare: (ctx, t) => staged(ctx, t, "USERS", { rows: [], hashes: {} }),
    async call(_ctx, _t, p) {
      const { confirmUsersImportAction } = await import("@/app/(app)/admin/users/actions");
      return action(await confirmUsersImportAction({ id: p.id }));
    },
  },

  // ── catalogues and years (top-level only) ──
  globalRow(CATALOGUE, catalogueActions, "addCodeAction", () => ({ year: 2024, kind: "FUNC", code: `20101${++codeSerial}`, name: "矩阵科目" })),
  globalRow(CATALOGUE, catalogueActions, "renameCodeAction", () => ({ year: 2024, kind: "FUNC", code: "2010101", name: unique("行政运行") })),
  globalRow(CATALOGUE, catalogueActions, "retireCodeAction", () => ({ year: 2024, kind: "FUNC", code: "2010101", retired: false })),
  globalRow(CATALOGUE, catalogueActions, "copyCatalogueAction", () => ({ from: 2024 }), async (ctx) => {
    // Each allowed copy needs a year without codes.
    const last = await ctx.prisma.fiscalYear.findFirst({ orderBy: { year: "desc" } });
    const to = Math.max(2060, (last?.year ?? 0) + 1);
    await ctx.prisma.fiscalYear.create({ data: { year: to, templateVersion: "2024", status: "CLOSED" } });
    return { to };
  }),
  {
    surface: `${CATALOGUE}#confirmCatalogueImportAction`,
    label: "confirmCatalogueImportAction",
    allow: ADMINS,
    reach: "global",
    prepare: (ctx, t) => staged(ctx, { ...t, scope: "own" }, "CATALOGUE", { year: 2024, kind: "FUNC", entries: [] }),
    async call(_ctx, _t, p) {
      const { confirmCatalogueImportAction } = await import("@/app/(app)/admin/catalogue/actions");
      return action(await confirmCatalogueImportAction({ id: p.id, retireMissing: false }));
    },
  },
  globalRow(YEARS, yearActions, "createYearAction", () => ({ year: ++yearSerial, templateVersion: "2024", deadline: "", catalogueFrom: "", open: false })),
  globalRow(YEARS, yearActions, "setYearStatusAction", () => ({ year: MATRIX_YEAR, status: "CLOSED" })),
  globalRow(YEARS, yearActions, "setYearDeadlineAction", () => ({ year: MATRIX_YEAR, deadline: "2032-05-31" })),
  globalRow(YEARS, yearActions, "setYearTemplateAction", () => ({ year: MATRIX_YEAR, templateVersion: "2024" })),

  // ── the import upload (units, users, catalogues) ──
  {
    surface: "app/api/admin/imports/route.ts#POST",
    label: "POST /api/admin/imports (units)",
    allow: ADMINS,
    // A row naming a unit in another region is reported on its line ("not in your region"); nothing is staged.
    other: "refused",
    async prepare(ctx, t) {
      const unit = await ctx.prisma.unit.findUniqueOrThrow({ where: { id: t.admin.unitId }, include: { department: { include: { region: true } } } });
      const csv = `region_code,department_code,department_name,unit_code,unit_name,is_self,unit_type\n${unit.department.region.code},${unit.department.code},${unit.department.name},${unit.code},${unit.name},${unit.isSelf ? "是" : "否"},${unit.unitType}\n`;
      return { csv };
    },
    async call(_ctx, _t, p) {
      const { POST } = await import("@/app/api/admin/imports/route");
      const body = new FormData();
      body.set("type", "UNITS");
      body.set("file", new File([p.csv as string], "units.csv", { type: "text/csv" }));
      const { NextRequest } = await import("next/server");
      const response = await POST(new NextRequest("http://matrix.test/api/admin/imports", { method: "POST", body }));
      const result = route(response);
      // The route answers 200 with { ok: false, errors } for a file with row problems.
      return result.ok ? { ...result, ok: ((await response.json()) as { ok: boolean }).ok } : result;
    },
  },
];
