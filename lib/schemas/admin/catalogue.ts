import { z } from "zod";
import { yearField } from "./years";

export const kindField = z.enum(["FUNC", "ECON"], { message: "科目类型应为功能分类或经济分类" });
const nameField = z.string().trim().min(1, "请填写科目名称").max(100, "科目名称不超过 100 个字");

export const addCodeSchema = z.object({
  year: yearField,
  kind: kindField,
  code: z.string().trim().regex(/^\d+$/u, "科目编码只能是数字"),
  name: nameField,
});

export const renameCodeSchema = z.object({ year: yearField, kind: kindField, code: z.string().trim().min(1), name: nameField });
export const retireCodeSchema = z.object({ year: yearField, kind: kindField, code: z.string().trim().min(1), retired: z.boolean() });
export const copyCatalogueSchema = z.object({ from: yearField, to: yearField }).refine((v) => v.from !== v.to, { message: "源年度与目标年度不能相同", path: ["to"] });

export const KIND_LABELS = { FUNC: "支出功能分类", ECON: "支出经济分类" } as const;
