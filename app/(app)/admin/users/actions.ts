"use server";

import { adminAction } from "@/lib/admin/action";
import { confirmUsersImport } from "@/lib/admin/users-import";
import { createUser, resetPassword, setUserDisabled, unlockUser, updateUser } from "@/lib/admin/users";
import { createUserSchema, resetPasswordSchema, updateUserSchema, userFlagSchema, userIdSchema } from "@/lib/schemas/admin/users";

const P = "admin.users";

export async function createUserAction(input: unknown) {
  return adminAction(P, createUserSchema, input, createUser);
}
export async function updateUserAction(input: unknown) {
  return adminAction(P, updateUserSchema, input, updateUser);
}
export async function resetPasswordAction(input: unknown) {
  return adminAction(P, resetPasswordSchema, input, resetPassword);
}
export async function setUserDisabledAction(input: unknown) {
  return adminAction(P, userFlagSchema, input, setUserDisabled);
}
export async function unlockUserAction(input: unknown) {
  return adminAction(P, userIdSchema, input, unlockUser);
}
export async function confirmUsersImportAction(input: unknown) {
  return adminAction(P, userIdSchema, input, confirmUsersImport);
}
