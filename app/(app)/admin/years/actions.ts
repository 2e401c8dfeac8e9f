"use server";

import { adminAction } from "@/lib/admin/action";
import { createYear, setYearDeadline, setYearStatus, setYearTemplate } from "@/lib/admin/years";
import { createYearSchema, yearDeadlineSchema, yearStatusSchema, yearTemplateSchema } from "@/lib/schemas/admin/years";

export async function createYearAction(input: unknown) {
  return adminAction("admin.years", createYearSchema, input, createYear);
}

export async function setYearStatusAction(input: unknown) {
  return adminAction("admin.years", yearStatusSchema, input, setYearStatus);
}

export async function setYearDeadlineAction(input: unknown) {
  return adminAction("admin.years", yearDeadlineSchema, input, setYearDeadline);
}

export async function setYearTemplateAction(input: unknown) {
  return adminAction("admin.years", yearTemplateSchema, input, setYearTemplate);
}
