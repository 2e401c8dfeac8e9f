import { z } from "zod";

export const loginSchema = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(64, "用户名过长"),
  password: z.string().min(1, "请输入密码").max(128, "密码过长"),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** Turn the code next-auth passes back (see lib/auth/options.ts) into a Chinese message. */
export function loginErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const [kind, detail] = code.split("|");
  if (kind === "LOCKED") {
    const until = detail ? new Date(detail) : null;
    const time = until && !Number.isNaN(until.getTime()) ? until.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false }) : "";
    return `连续输错密码次数过多，账号已被锁定 15 分钟${time ? `（至 ${time} 自动解锁）` : ""}。如需立即解锁，请联系财政局管理员。`;
  }
  if (kind === "DISABLED") return "该账号已停用，请联系财政局管理员。";
  if (kind === "INVALID" || kind === "CredentialsSignin") {
    const remaining = Number.parseInt(detail ?? "", 10);
    const warn = Number.isFinite(remaining) && remaining <= 5 ? `再输错 ${remaining} 次，账号将被锁定 15 分钟。` : "";
    return `用户名或密码错误。${warn}`;
  }
  return "登录失败，请稍后重试。";
}
