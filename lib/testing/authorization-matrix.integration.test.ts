import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { ALL_ROLES, MATRIX, NOT_IN_MATRIX, type MatrixContext, type MatrixTarget } from "./authorization-matrix.rows";

// Role × action × own/other scope over every server action and route handler (rows in
// authorization-matrix.rows.ts). Each call goes through the action's own requireSession(): only the
// source of the session is stubbed (next-auth's getServerSession answers { user.id, epoch } for the
// user signed in here); the user's role and scope are read from the database as in production. Which
// refusal happened is read from the auth errors the code constructed (NotFoundError → 404, …), so an
// action's wording of its message does not matter; routes must also answer the matching HTTP status.

const session = vi.hoisted(() => ({ current: null as { user: { id: string }; epoch: number } | null }));
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

/** The user of each role: every one of them may see 株洲市人民政府办公室本级 and none may see 赫山区政府办. */
const USERS: Record<Role, string> = { OFFICER: "officer_zz", REVIEWER: "reviewer", BUREAU: "bureau_zz", ADMIN: "admin_zz" };

let test: TestDatabase;
let ctx: MatrixContext;
const targets = {} as Record<"own" | "other", MatrixTarget>;

async function signIn(username: string | null) {
  if (!username) return void (session.current = null);
  const user = await test.prisma.user.findUniqueOrThrow({ where: { username } });
  session.current = { user: { id: user.id }, epoch: user.sessionEpoch };
}

beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url;
  await seedDemo(test);
  const zhuzhou = await test.prisma.region.findUniqueOrThrow({ where: { code: "4302" } });
  for (const [username, role] of [["bureau_zz", "BUREAU"], ["admin_zz", "ADMIN"]] as const) {
    await test.prisma.user.create({ data: { username, displayName: username, passwordHash: "-", role, regionId: zhuzhou.id } });
  }
  const report = async (unitCode: string) => {
    const unit = await test.prisma.unit.findUniqueOrThrow({ where: { code: unitCode } });
    return (await test.prisma.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year: 2024 } } })).id;
  };
  targets.own = { reportId: await report("4302-001-00"), officer: "officer_zz", scope: "own" };
  targets.other = { reportId: await report("430903-001-00"), officer: "officer_hs", scope: "other" };
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

async function run(row: (typeof MATRIX)[number], username: string | null, target: MatrixTarget): Promise<{ outcome: Outcome; status?: number }> {
  await signIn(null);
  const prepared = (await row.prepare?.(ctx, target)) ?? {};
  await signIn(username);
  refusals.log = [];
  const result = await row.call(ctx, target, prepared);
  const refusal = refusals.log[0];
  const outcome: Outcome = result.ok ? "allow" : refusal ? (String(refusal) as Outcome) : `refused (${JSON.stringify(result)})`;
  return { outcome, status: result.status };
}

function expected(allow: readonly Role[], role: Role, scope: "own" | "other"): Outcome[] {
  if (!allow.includes(role)) return scope === "own" ? ["403"] : ["403", "404"]; // either way nothing about the record leaks
  return scope === "own" ? ["allow"] : ["404"];
}

describe.each(MATRIX.map((row) => [row.label, row] as const))("%s", (_label, row) => {
  for (const role of ALL_ROLES) {
    for (const scope of ["own", "other"] as const) {
      const want = expected(row.allow, role, scope);
      it(`${role} on ${scope === "own" ? "its own" : "another"} unit's report → ${want.join(" or ")}`, async () => {
        const { outcome, status } = await run(row, USERS[role], targets[scope]);
        expect(want).toContain(outcome);
        if (status !== undefined) expect(status).toBe(outcome === "allow" ? 200 : Number(outcome));
      });
    }
  }
  it("signed out → 401", async () => {
    const { outcome, status } = await run(row, null, targets.own);
    expect(outcome).toBe("401");
    if (status !== undefined) expect(status).toBe(401);
  });
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
    const covered = new Set([...MATRIX.map((r) => r.surface), ...Object.keys(NOT_IN_MATRIX)]);
    const found = surfaces();
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((s) => !covered.has(s))).toEqual([]);
    expect([...covered].filter((s) => !found.includes(s))).toEqual([]);
  });
});
