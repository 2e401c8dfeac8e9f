import { z } from "zod";

const code = z.string().trim().min(1, "请填写编码").max(40, "编码不超过 40 个字符").regex(/^[0-9A-Za-z-]+$/u, "编码只能包含数字、字母和“-”");
const name = z.string().trim().min(1, "请填写名称").max(100, "名称不超过 100 个字");
const id = z.string().trim().min(1, "缺少记录标识");

export const UNIT_TYPES = ["行政单位", "参照公务员法管理事业单位", "事业单位"] as const;

export const createRegionSchema = z.object({ parentId: id, code, name });
export const renameRegionSchema = z.object({ id, name });

export const createDepartmentSchema = z.object({ regionId: id, code, name });
export const updateDepartmentSchema = z.object({ id, name, regionId: id });
export const setActiveSchema = z.object({ id, active: z.boolean() });

export const createUnitSchema = z.object({ departmentId: id, code, name, isSelf: z.boolean(), unitType: z.enum(UNIT_TYPES, { message: "请选择单位类型" }) });
export const updateUnitSchema = z.object({ id, name, departmentId: id, isSelf: z.boolean(), unitType: z.enum(UNIT_TYPES, { message: "请选择单位类型" }) });

export type CreateUnitInput = z.infer<typeof createUnitSchema>;
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;
