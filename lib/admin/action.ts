import "server-only";
import type { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions/result";
import type { Permission } from "@/lib/auth/permissions";
import { requireSession } from "@/lib/auth/session";
import { adminActor, type AdminActor } from "./actor";

/**
 * The body of every administration server action: parse with the shared schema → session → permission
 * (and the caller's reach) → one domain function. Errors become Chinese messages (lib/actions/result).
 */
export function adminAction<S extends z.ZodType, T>(permission: Permission, schema: S, input: unknown, run: (actor: AdminActor, data: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  return runAction(schema, input, async (data) => run(await adminActor(await requireSession(), permission), data));
}
