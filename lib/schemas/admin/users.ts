import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password";

export const ROLES = ["OFFICER", "REVIEWER", "BUREAU", "ADMIN"] as const;

const username = z.string().trim().min(3, "用户名至少 3 个字符").max(40, "用户名不超过 40 个字符").regex(/^[A-Za-z0-9_.-]+$/u, "用户名只能包含字母、数字、下划线、点和“-”");
const displayName = z.string().trim().min(1, "请填写姓名").max(60, "姓名不超过 60 个字");
/** "" = generate one (shown once); otherwise it must meet the password rule. */
const password = z
  .string()
  .refine((p) => p === "" || passwordProblem(p) === null, { message: "密码至少 8 位，且须同时包含字母和数字（留空则自动生成）" });
const ids = z.array(z.string().min(1)).max(5000);

const scope = {
  role: z.enum(ROLES, { message: "请选择角色" }),
  /** BUREAU/ADMIN: the region administered ("" = every region, ADMIN only). */
  regionId: z.string(),
  unitIds: ids,
  departmentIds: ids,
};

export const createUserSchema = z.object({ username, displayName, password, ...scope });
export const updateUserSchema = z.object({ id: z.string().min(1), displayName, ...scope });
export const resetPasswordSchema = z.object({ id: z.string().min(1), password });
export const userFlagSchema = z.object({ id: z.string().min(1), value: z.boolean() });
export const userIdSchema = z.object({ id: z.string().min(1) });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
export type UserScopeInput = Pick<CreateUserInput, "role" | "regionId" | "unitIds" | "departmentIds">;
