import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { ALL_ROLES, MATRIX, MATRIX_YEAR, NOT_IN_MATRIX, PUBLIC_MATRIX, publicTargets, type MatrixContext, type MatrixRow, type MatrixTarget, type PublicTargets } from "./authorization-matrix";

// Role × action × own/other scope over every server action and route handler (rows in
// authorization-matrix/). Each call goes through the action's own requireSession(): only the
// source of the session is stubbed (next-auth's getServerSession answers { user.id, epoch, sid } for the
// user signed in here); the user's role and scope are read from the database as in production. Which
// refusal happened is read from the auth errors the code constructed (NotFoundError → 404, …), so an
// action's wording of its message does not matter; routes must also answer the matching HTTP status.

const session = vi.hoisted(() => ({ current: null as { user: { id: string }; epoch: number; sid: string } | null }));
const refusals = vi.hoisted(() => ({ log: [] as number[] }));

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => session.current }));
// Outside a Next request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/auth/errors", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/errors")>();
  class UnauthenticatedError extends real.UnauthenticatedError {
    constructor() {
      super();
      refusals.log.push(401);
    }
  }
  class ForbiddenError extends real.ForbiddenError {
    constructor(message?: string) {
      super(message);
      refusals.log.push(403);
    }
  }
  class NotFoundError extends real.NotFoundError {
    constructor(message?: string) {
      super(message);
      refusals.log.push(404);
    }
  }
  return { ...real, UnauthenticatedError, ForbiddenError, NotFoundError };
});

type Outcome = "allow" | "401" | "403" | "404" | `refused (${string})`;

/** The user of each role: each may see 株洲市人民政府办公室本级 and reach 株洲市; none may see 赫山区政府办 or reach 益阳市. */
const USERS: Record<Role, string> = { OFFICER: "officer_zz", REVIEWER: "reviewer", BUREAU: "bureau_zz", ADMIN: "admin_zz" };
/** For years and catalogues (shared by every region): a top-level bureau and a global admin. */
const TOP_LEVEL: Record<Role, string> = { ...USERS, BUREAU: "bureau", ADMIN: "admin" };

let test: TestDatabase;
let ctx: MatrixContext;
let publicTarget: PublicTargets;
const targets = {} as Record<"own" | "other", Omit<MatrixTarget, "caller">>;

async function signIn(username: string | null) {
  if (!username) return void (session.current = null);
  const user = await test.prisma.user.findUniqueOrThrow({ where: { username } });
  // A live server-side session, as a sign-in makes (lib/auth/user-session.ts).
  const { id: sid } = await test.prisma.userSession.create({ data: { userId: user.id } });
  session.current = { user: { id: user.id }, epoch: user.sessionEpoch, sid };
}

/** Objects for the administration rows, made in `regionCode`: a sub-region, a department with a unit, its officer. */
async function adminObjects(regionCode: string, tag: "A" | "B") {
  const parent = await test.prisma.region.findUniqueOrThrow({ where: { code: regionCode } });
  const region = await test.prisma.region.create({ data: { code: `${regionCode}-MX`, name: `矩阵区${tag}`, parentId: parent.id } });
  const department = await test.prisma.department.create({ data: { code: `MX-D${tag}`, name: `矩阵部门${tag}`, regionId: parent.id } });
  const unit = await test.prisma.unit.create({ data: { code: `MX-D${tag}-00`, name: `矩阵单位${tag}`, departmentId: department.id, isSelf: true } });
  const user = await test.prisma.user.create({ data: { username: `mx_officer_${tag}`, displayName: `矩阵填报人${tag}`, passwordHash: "-", role: "OFFICER", officerUnits: { create: { unitId: unit.id } } } });
  return { parentRegionId: parent.id, regionId: region.id, departmentId: department.id, unitId: unit.id, userId: user.id };
}

beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url;
  await seedDemo(test);
  const regions = Object.fromEntries(await Promise.all(["4302", "4309"].map(async (code) => [code, (await test.prisma.region.findUniqueOrThrow({ where: { code } })).id])));
  for (const [username, role, region] of [["bureau_zz", "BUREAU", "4302"], ["admin_zz", "ADMIN", "4302"], ["bureau_ys", "BUREAU", "4309"]] as const) {
    await test.prisma.user.create({ data: { username, displayName: username, passwordHash: "-", role, regionId: regions[region] } });
  }
  await test.prisma.fiscalYear.create({ data: { year: MATRIX_YEAR, templateVersion: "2024", status: "CLOSED" } });
  const report = async (unitCode: string, officer: string) => {
    const unit = await test.prisma.unit.findUniqueOrThrow({ where: { code: unitCode } });
    const r = await test.prisma.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year: 2024 } } });
    return { id: r.id, officer, departmentId: unit.departmentId };
  };
  targets.own = { scope: "own", report: await report("4302-001-00", "officer_zz"), admin: await adminObjects("4302", "A"), stager: "bureau_ys" };
  targets.other = { scope: "other", report: await report("430903-001-00", "officer_hs"), admin: await adminObjects("4309", "B"), stager: "bureau_ys" };
  publicTarget = await publicTargets(test.prisma);
  const { tablePages, noDataTextKey } = await import("@/lib/entry/table-pages");
  const { getTemplate } = await import("@/lib/templates/load");
  ctx = {
    prisma: test.prisma,
    async as(username, fn) {
      const before = session.current;
      await signIn(username);
      try {
        return await fn();
      } finally {
        session.current = before;
      }
    },
    async setStatus(reportId, status, department = false) {
      const report = await test.prisma.report.findUniqueOrThrow({ where: { id: reportId }, include: { unit: true } });
      const where = department ? { year: report.year, unit: { departmentId: report.unit.departmentId } } : { id: reportId };
      await test.prisma.report.updateMany({ where, data: { status, version: { increment: 1 } } });
    },
    async makeSubmittable(reportId) {
      await test.prisma.reportCell.deleteMany({ where: { reportId } });
      const slugs = tablePages(getTemplate("2024")).map((p) => p.slug);
      await test.prisma.reportText.createMany({ data: slugs.map((s) => ({ reportId, key: noDataTextKey(s), content: "1" })), skipDuplicates: true });
    },
    version: async (reportId) => (await test.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).version,
    userId: async (username) => (await test.prisma.user.findUniqueOrThrow({ where: { username } })).id,
  };
});
afterAll(() => test.drop());

async function run(row: MatrixRow, username: string | null, scope: "own" | "other"): Promise<{ outcome: Outcome; status?: number }> {
  await signIn(null);
  const target: MatrixTarget = { ...targets[scope], caller: username };
  const prepared = (await row.prepare?.(ctx, target)) ?? {};
  await signIn(username);
  refusals.log = [];
  const result = await row.call(ctx, target, prepared);
  const refusal = refusals.log[0];
  const outcome: Outcome = result.ok ? "allow" : refusal ? (String(refusal) as Outcome) : `refused (${JSON.stringify(result)})`;
  return { outcome, status: result.status };
}

/** What a role should get: its own scope allowed or 403; another scope 404 (or 403: nothing about the record leaks either way). */
function expected(row: MatrixRow, role: Role, scope: "own" | "other"): string[] {
  if (!row.allow.includes(role)) return scope === "own" ? ["403"] : ["403", "404"];
  if (scope === "own") return ["allow"];
  if (row.reach === "global") return ["403"];
  return row.other === "refused" ? ["refused"] : ["404"];
}

const matches = (want: string[], outcome: Outcome) => want.some((w) => (w === "refused" ? outcome.startsWith("refused") : w === outcome));

describe.each(MATRIX.map((row) => [row.label, row] as const))("%s", (_label, row) => {
  for (const role of ALL_ROLES) {
    for (const scope of row.reach === "none" ? (["own"] as const) : (["own", "other"] as const)) {
      const want = expected(row, role, scope);
      const username = row.reach === "global" && scope === "own" ? TOP_LEVEL[role] : USERS[role];
      it(`${role} (${username}) on ${scope === "own" ? "its own" : "another"} scope → ${want.join(" or ")}`, async () => {
        const { outcome, status } = await run(row, username, scope);
        expect(matches(want, outcome), `got ${outcome}`).toBe(true);
        if (status !== undefined && !outcome.startsWith("refused")) expect(status).toBe(outcome === "allow" ? 200 : Number(outcome));
      });
    }
  }
  it("signed out → 401", async () => {
    const { outcome, status } = await run(row, null, "own");
    expect(outcome).toBe("401");
    if (status !== undefined) expect(status).toBe(401);
  });
});

// Public rows: every caller, signed out or any role, gets the published bytes, and 404 for any id that is
// not a publication (an unpublished report, its department, its unit…), with nothing about it in the answer.
describe.each(PUBLIC_MATRIX.map((row) => [row.label, row] as const))("%s (public)", (_label, row) => {
  for (const username of [null, ...ALL_ROLES.map((role) => USERS[role])]) {
    it(`${username ?? "signed out"}: published → 200 with the stored bytes; unpublished → 404`, async () => {
      await signIn(username);
      const response = await row.call(publicTarget.published.id);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(publicTarget.published.bytes[row.format]);
      for (const { id, what } of publicTarget.unpublished) {
        const refused = await row.call(id);
        expect(refused.status, what).toBe(404);
        const body = await refused.text();
        for (const secret of publicTarget.secrets) expect(body, what).not.toContain(secret);
      }
    });
  }
});

/** Every exported server action ("use server" files) and route method under app/, as `<file>#<name>`. */
function surfaces(): string[] {
  const root = process.cwd();
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/u.test(name)) {
        const source = readFileSync(file, "utf8");
        const rel = path.relative(root, file).split(path.sep).join("/");
        const isRoute = name === "route.ts";
        if (!isRoute && !/^\s*["']use server["']/mu.test(source)) continue;
        const pattern = isRoute ? /export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/gu : /export\s+async\s+function\s+(\w+)/gu;
        for (const m of source.matchAll(pattern)) out.push(`${rel}#${m[1]}`);
        if (isRoute) for (const m of source.matchAll(/export\s*\{([^}]*)\}/gu)) for (const n of m[1].split(",")) if (/\b(GET|POST|PUT|PATCH|DELETE)\b/u.test(n)) out.push(`${rel}#${n.trim().split(/\s+as\s+/u).pop()}`);
      }
    }
  };
  walk(path.join(root, "app"));
  return [...new Set(out)].sort();
}

describe("coverage", () => {
  it("has a row for every server action and route handler in app/ (or a stated reason to leave it out)", () => {
    const covered = new Set([...MATRIX.map((r) => r.surface), ...PUBLIC_MATRIX.map((r) => r.surface), ...Object.keys(NOT_IN_MATRIX)]);
    const found = surfaces();
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((s) => !covered.has(s))).toEqual([]);
    expect([...covered].filter((s) => !found.includes(s))).toEqual([]);
  });
});
