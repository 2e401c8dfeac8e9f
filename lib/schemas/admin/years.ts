import { z } from "zod";
import { templateVersions } from "@/lib/templates/load";

export const yearField = z.coerce.number({ message: "请填写年度" }).int("年度应为整数").min(2000, "年度应在 2000 到 2100 之间").max(2100, "年度应在 2000 到 2100 之间");

/** A date typed as YYYY-MM-DD (the deadline is the end of that day, Beijing time); "" for none. */
export const deadlineField = z
  .string()
  .trim()
  .refine((s) => s === "" || (/^\d{4}-\d{2}-\d{2}$/u.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))), "日期格式应为 YYYY-MM-DD，例如 2025-05-31");

export const templateField = z.string().refine((v) => templateVersions().includes(v), { message: `模板版本应为 ${templateVersions().join(" 或 ")}` });

export const createYearSchema = z.object({
  year: yearField,
  templateVersion: templateField,
  deadline: deadlineField,
  /** Copy the code catalogue of this year ("" for none). */
  catalogueFrom: z.union([z.literal(""), yearField]),
  open: z.boolean(),
});

export const yearStatusSchema = z.object({ year: yearField, status: z.enum(["OPEN", "CLOSED"]) });
export const yearDeadlineSchema = z.object({ year: yearField, deadline: deadlineField });
export const yearTemplateSchema = z.object({ year: yearField, templateVersion: templateField });

export type CreateYearInput = z.infer<typeof createYearSchema>;

/** The stored instant of a deadline date: 23:59:59 that day in Beijing. */
export function deadlineInstant(date: string): Date | null {
  return date === "" ? null : new Date(`${date}T23:59:59+08:00`);
}

/** The date input's value for a stored deadline (its Beijing calendar day). */
export function deadlineDate(d: Date | null): string {
  if (!d) return "";
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
