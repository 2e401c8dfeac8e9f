import "server-only";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password";
import type { Prisma } from "@/lib/prisma-client";
import { regionInScope, type AdminActor } from "./actor";
import { writeAdminAudit } from "./audit";
import type { RowError } from "./import-columns";
import { generatePassword } from "./passwords";
import { discardStagedImport, loadStagedImport, stageImport } from "./staging";
import { readTableFile } from "./tabular";
import { parseUserRows, planUsers, type KnownForUsers, type PlannedUser, type UserRow } from "./users-plan";

/** bcrypt per account is ~70 ms: a file of this many accounts still previews in well under a minute. */
export const MAX_USERS_PER_IMPORT = 500;

type Reader = Pick<Prisma.TransactionClient, "user" | "region" | "department" | "unit">;

interface UsersPayload {
  rows: UserRow[];
  /** line → bcrypt hash of the password the file gave (the clear text is never stored). */
  hashes: Record<string, string>;
}

async function knownForUsers(tx: Reader, actor: AdminActor, usernames: string[]): Promise<KnownForUsers> {
  const [taken, regions, departments, units] = await Promise.all([
    tx.user.findMany({ where: { username: { in: usernames } }, select: { username: true } }),
    tx.region.findMany({ select: { id: true, code: true } }),
    tx.department.findMany({ select: { id: true, code: true, regionId: true } }),
    tx.unit.findMany({ select: { id: true, code: true, department: { select: { regionId: true } } } }),
  ]);
  return {
    usernames: new Set(taken.map((u) => u.username)),
    regions: new Map(regions.filter((r) => regionInScope(actor, r.id)).map((r) => [r.code, r.id])),
    departments: new Map(departments.filter((d) => regionInScope(actor, d.regionId)).map((d) => [d.code, d.id])),
    units: new Map(units.filter((u) => regionInScope(actor, u.department.regionId)).map((u) => [u.code, u.id])),
    actorIsAdmin: actor.user.role === "ADMIN",
    actorIsGlobal: actor.regionIds === null,
  };
}

export type UsersPreview = { ok: true; id: string; fileName: string; users: PlannedUser[] } | { ok: false; errors: RowError[] };

export async function previewUsersImport(actor: AdminActor, input: { fileName: string; bytes: Uint8Array }): Promise<UsersPreview> {
  const table = await readTableFile(input.fileName, input.bytes);
  if (!table.ok) throw new ValidationError(table.message);
  if (table.rows.length > MAX_USERS_PER_IMPORT) throw new ValidationError(`一次最多导入 ${MAX_USERS_PER_IMPORT} 个账号，文件有 ${table.rows.length} 行，请拆分后导入。`);
  const parsed = parseUserRows(table.header, table.rows);
  const plan = planUsers(parsed.rows, await knownForUsers(db, actor, parsed.rows.map((r) => r.username)));
  const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.line - b.line);
  if (errors.length) return { ok: false, errors };
  const hashes: Record<string, string> = {};
  for (const [line, password] of parsed.passwords) hashes[String(line)] = await hashPassword(password);
  const id = await stageImport(actor, "USERS", input.fileName, { rows: parsed.rows, hashes } satisfies UsersPayload);
  return { ok: true, id, fileName: input.fileName, users: plan.users };
}

export async function loadUsersPreview(actor: AdminActor, id: string) {
  const staged = await loadStagedImport<UsersPayload>(db, actor, "USERS", id);
  const plan = planUsers(staged.payload.rows, await knownForUsers(db, actor, staged.payload.rows.map((r) => r.username)));
  return { id, fileName: staged.fileName, users: plan.users, errors: plan.errors };
}

/** Create the staged accounts; generated passwords are returned once, for the admin to hand out. */
export async function confirmUsersImport(actor: AdminActor, input: { id: string }) {
  const staged = await loadStagedImport<UsersPayload>(db, actor, "USERS", input.id);
  const generated = new Map<string, string>();
  const hashes = new Map(Object.entries(staged.payload.hashes));
  for (const row of staged.payload.rows) {
    if (row.hasPassword) continue;
    const password = generatePassword();
    generated.set(row.username, password);
    hashes.set(String(row.line), await hashPassword(password));
  }
  return db.$transaction(
    async (tx) => {
      await loadStagedImport<UsersPayload>(tx, actor, "USERS", input.id);
      const plan = planUsers(staged.payload.rows, await knownForUsers(tx, actor, staged.payload.rows.map((r) => r.username)));
      if (plan.errors.length) throw new ValidationError(`数据已变化，导入未执行：${plan.errors[0].message} 请重新上传文件预览。`);
      for (const u of plan.users) {
        const user = await tx.user.create({ data: { username: u.username, displayName: u.displayName, role: u.role, regionId: u.regionId, passwordHash: hashes.get(String(u.line))! } });
        if (u.role === "OFFICER") await tx.officerUnit.createMany({ data: u.unitIds.map((unitId) => ({ userId: user.id, unitId })) });
        if (u.role === "REVIEWER") {
          if (u.unitIds.length) await tx.reviewerUnit.createMany({ data: u.unitIds.map((unitId) => ({ userId: user.id, unitId })) });
          if (u.departmentIds.length) await tx.reviewerDepartment.createMany({ data: u.departmentIds.map((departmentId) => ({ userId: user.id, departmentId })) });
        }
      }
      await discardStagedImport(tx, actor, input.id);
      await writeAdminAudit(tx, actor, "USERS_IMPORT", "users", null, { created: plan.users.map((u) => ({ username: u.username, role: u.role })) }, { fileName: staged.fileName, passwordsGenerated: generated.size });
      return { created: plan.users.length, generated: [...generated].map(([username, password]) => ({ username, password })) };
    },
    { timeout: 60_000 },
  );
}
