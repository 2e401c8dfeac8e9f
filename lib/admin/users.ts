import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { FieldError } from "@/lib/actions/errors";
import { hashPassword } from "@/lib/auth/password";
import type { Prisma } from "@/lib/prisma-client";
import type { CreateUserInput, UpdateUserInput } from "@/lib/schemas/admin/users";
import type { AdminActor } from "./actor";
import { writeAdminAudit } from "./audit";
import { generatePassword } from "./passwords";
import { manageableUsers, validateUserScope } from "./user-scope";

type Tx = Prisma.TransactionClient;

export const USERS_PAGE_SIZE = 50;

const WITH_SCOPE = {
  region: { select: { id: true, name: true } },
  officerUnits: { select: { unit: { select: { id: true, name: true } } } },
  reviewerUnits: { select: { unit: { select: { id: true, name: true } } } },
  reviewerDepartments: { select: { department: { select: { id: true, name: true } } } },
} satisfies Prisma.UserInclude;

export async function listUsers(actor: AdminActor, q: { query?: string; role?: string; page?: number }) {
  const text = q.query?.trim() ?? "";
  const role = ["OFFICER", "REVIEWER", "BUREAU", "ADMIN"].includes(q.role ?? "") ? (q.role as "OFFICER") : undefined;
  const where: Prisma.UserWhereInput = {
    AND: [manageableUsers(actor), role ? { role } : {}, text ? { OR: [{ username: { contains: text } }, { displayName: { contains: text } }] } : {}],
  };
  const page = Math.max(1, q.page ?? 1);
  const [users, total] = await Promise.all([
    db.user.findMany({ where, include: WITH_SCOPE, orderBy: [{ role: "asc" }, { username: "asc" }], take: USERS_PAGE_SIZE, skip: (page - 1) * USERS_PAGE_SIZE }),
    db.user.count({ where }),
  ]);
  const lastLogins = await db.loginAttempt.groupBy({ by: ["userId"], where: { userId: { in: users.map((u) => u.id) }, success: true }, _max: { at: true } });
  const lastLogin = new Map(lastLogins.map((l) => [l.userId, l._max.at]));
  return { users: users.map((u) => ({ ...u, passwordHash: undefined, lastLoginAt: lastLogin.get(u.id) ?? null })), total, page };
}

/** One account the caller may manage, with its assignments (another region's account: 404). */
export async function userForAdmin(actor: AdminActor, id: string) {
  const user = await db.user.findFirst({ where: { AND: [{ id }, manageableUsers(actor)] }, include: WITH_SCOPE, omit: { passwordHash: true } });
  if (!user) throw new NotFoundError("未找到该用户，或不在您的管辖范围内。");
  return user;
}

function scopeSnapshot(u: { role: string; regionId: string | null; unitIds: string[]; departmentIds: string[]; displayName?: string }) {
  return { displayName: u.displayName, role: u.role, regionId: u.regionId, unitIds: [...u.unitIds].sort(), departmentIds: [...u.departmentIds].sort() };
}

async function writeAssignments(tx: Tx, userId: string, role: string, scope: { unitIds: string[]; departmentIds: string[] }) {
  await tx.officerUnit.deleteMany({ where: { userId } });
  await tx.reviewerUnit.deleteMany({ where: { userId } });
  await tx.reviewerDepartment.deleteMany({ where: { userId } });
  if (role === "OFFICER" && scope.unitIds.length) await tx.officerUnit.createMany({ data: scope.unitIds.map((unitId) => ({ userId, unitId })) });
  if (role === "REVIEWER") {
    if (scope.unitIds.length) await tx.reviewerUnit.createMany({ data: scope.unitIds.map((unitId) => ({ userId, unitId })) });
    if (scope.departmentIds.length) await tx.reviewerDepartment.createMany({ data: scope.departmentIds.map((departmentId) => ({ userId, departmentId })) });
  }
}

/** Creates an account; without a password one is generated and returned once (never stored in clear). */
export async function createUser(actor: AdminActor, input: CreateUserInput) {
  const scope = await validateUserScope(actor, input);
  if (await db.user.findUnique({ where: { username: input.username } })) throw new FieldError("username", `用户名 ${input.username} 已被使用。`);
  const generated = input.password === "" ? generatePassword() : null;
  const passwordHash = await hashPassword(generated ?? input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { username: input.username, displayName: input.displayName, role: input.role, regionId: scope.regionId, passwordHash } });
    await writeAssignments(tx, user.id, input.role, scope);
    await writeAdminAudit(tx, actor, "USER_CREATE", `user:${user.id}`, null, { username: input.username, ...scopeSnapshot({ ...scope, role: input.role, displayName: input.displayName }) }, { passwordGenerated: !!generated });
    return { id: user.id, username: user.username, generatedPassword: generated };
  });
}

/** Name, role and scope. A role change ends the account's sessions (new epoch); nobody changes their own role. */
export async function updateUser(actor: AdminActor, input: UpdateUserInput) {
  const before = await userForAdmin(actor, input.id);
  if (before.id === actor.user.id && input.role !== before.role) throw new FieldError("role", "不能修改自己的角色。");
  const scope = await validateUserScope(actor, input);
  const beforeScope = scopeSnapshot({
    displayName: before.displayName,
    role: before.role,
    regionId: before.regionId,
    unitIds: [...before.officerUnits, ...before.reviewerUnits].map((x) => x.unit.id),
    departmentIds: before.reviewerDepartments.map((x) => x.department.id),
  });
  return db.$transaction(async (tx) => {
    const roleChanged = before.role !== input.role;
    await tx.user.update({ where: { id: input.id }, data: { displayName: input.displayName, role: input.role, regionId: scope.regionId, ...(roleChanged ? { sessionEpoch: { increment: 1 } } : {}) } });
    await writeAssignments(tx, input.id, input.role, scope);
    await writeAdminAudit(tx, actor, "USER_UPDATE", `user:${input.id}`, beforeScope, scopeSnapshot({ ...scope, role: input.role, displayName: input.displayName }), { sessionsEnded: roleChanged });
  });
}

/** A new password (given, or generated and returned once); unlocks the account and ends its sessions. */
export async function resetPassword(actor: AdminActor, input: { id: string; password: string }) {
  await userForAdmin(actor, input.id);
  const generated = input.password === "" ? generatePassword() : null;
  const passwordHash = await hashPassword(generated ?? input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.id }, data: { passwordHash, lockedUntil: null, sessionEpoch: { increment: 1 } } });
    await writeAdminAudit(tx, actor, "USER_PASSWORD_RESET", `user:${input.id}`, null, { passwordGenerated: !!generated }, { sessionsEnded: true });
  });
  return { generatedPassword: generated };
}

/** Disable (ends every session at once through the epoch) or enable an account; never one's own. */
export async function setUserDisabled(actor: AdminActor, input: { id: string; value: boolean }) {
  const before = await userForAdmin(actor, input.id);
  if (input.value && before.id === actor.user.id) throw new ConflictError("不能停用自己的账号。");
  if (before.disabled === input.value) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.id }, data: { disabled: input.value, ...(input.value ? { sessionEpoch: { increment: 1 } } : {}) } });
    await writeAdminAudit(tx, actor, input.value ? "USER_DISABLE" : "USER_ENABLE", `user:${input.id}`, { disabled: before.disabled }, { disabled: input.value });
  });
}

/** Lift a lock set by too many failed logins. */
export async function unlockUser(actor: AdminActor, input: { id: string }) {
  const before = await userForAdmin(actor, input.id);
  if (!before.lockedUntil) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.id }, data: { lockedUntil: null } });
    await writeAdminAudit(tx, actor, "USER_UNLOCK", `user:${input.id}`, { lockedUntil: before.lockedUntil }, { lockedUntil: null });
  });
}

/** The latest events about an account (logins, locks, administration), for its page. */
export async function accountEvents(actor: AdminActor, id: string) {
  await userForAdmin(actor, id);
  return db.auditEvent.findMany({ where: { target: `user:${id}` }, orderBy: { at: "desc" }, take: 20, select: { id: true, at: true, action: true, actorName: true } });
}
