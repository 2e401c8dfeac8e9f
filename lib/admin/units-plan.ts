/**
 * The unit import as a plan: which departments and units to create, which units to change, and every
 * problem with its line. Pure: the caller passes what the database holds (in the caller's reach).
 */
import { UNIT_TYPES } from "@/lib/schemas/admin/organisation";
import { cell, mapColumns, parseYesNo, type ColumnSpec, type RowError } from "./import-columns";
import type { TableRow } from "./tabular";

export const UNIT_COLUMNS = {
  region_code: { zh: "地区编码", required: true },
  department_code: { zh: "部门编码", required: true },
  department_name: { zh: "部门名称", required: false },
  unit_code: { zh: "单位编码", required: true },
  unit_name: { zh: "单位名称", required: true },
  is_self: { zh: "是否本级", required: false },
  unit_type: { zh: "单位类型", required: false },
} satisfies ColumnSpec<string>;

export interface UnitRow {
  line: number;
  regionCode: string;
  departmentCode: string;
  departmentName: string;
  unitCode: string;
  unitName: string;
  isSelf: boolean;
  unitType: string;
}

export interface KnownOrganisation {
  /** Regions in the caller's reach, code → id. */
  regions: Map<string, string>;
  /** Every department by code, with whether it is in reach. */
  departments: Map<string, { id: string; name: string; regionId: string; inScope: boolean }>;
  /** Every unit by code. */
  units: Map<string, { id: string; name: string; departmentId: string; isSelf: boolean; unitType: string; inScope: boolean }>;
}

export interface UnitPlan {
  newDepartments: { code: string; name: string; regionCode: string }[];
  newUnits: UnitRow[];
  changedUnits: { row: UnitRow; id: string; changes: string[] }[];
  unchanged: number;
  errors: RowError[];
}

const CODE = /^[0-9A-Za-z-]{1,40}$/u;

export function parseUnitRows(header: string[], rows: TableRow[]): { rows: UnitRow[]; errors: RowError[] } {
  const mapped = mapColumns(UNIT_COLUMNS, header);
  if (!mapped.ok) return { rows: [], errors: [{ line: 1, message: mapped.message }] };
  const out: UnitRow[] = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    const get = (k: keyof typeof UNIT_COLUMNS) => cell(r, mapped.index, k);
    const isSelf = parseYesNo(get("is_self"));
    const unitType = get("unit_type") || "行政单位";
    const row = { line: r.line, regionCode: get("region_code"), departmentCode: get("department_code"), departmentName: get("department_name"), unitCode: get("unit_code"), unitName: get("unit_name"), isSelf: !!isSelf, unitType };
    const problem =
      !CODE.test(row.regionCode) ? "地区编码为空或含有非法字符"
      : !CODE.test(row.departmentCode) ? "部门编码为空或含有非法字符"
      : !CODE.test(row.unitCode) ? "单位编码为空或含有非法字符"
      : row.unitName === "" ? "缺少单位名称"
      : isSelf === null ? `“是否本级”应填 是 或 否，实为“${get("is_self")}”`
      : !(UNIT_TYPES as readonly string[]).includes(unitType) ? `单位类型应为 ${UNIT_TYPES.join("、")} 之一，实为“${unitType}”`
      : null;
    if (problem) errors.push({ line: r.line, message: `第 ${r.line} 行${problem}。` });
    else out.push(row);
  }
  return { rows: out, errors };
}

export function planUnits(rows: UnitRow[], known: KnownOrganisation): UnitPlan {
  const plan: UnitPlan = { newDepartments: [], newUnits: [], changedUnits: [], unchanged: 0, errors: [] };
  const err = (line: number, message: string) => plan.errors.push({ line, message: `第 ${line} 行${message}` });
  const seenUnits = new Map<string, number>();
  const newDepts = new Map<string, { name: string; regionCode: string; line: number }>();
  const selfByDept = new Map<string, number>();
  for (const row of rows) {
    const first = seenUnits.get(row.unitCode);
    if (first) {
      err(row.line, `单位编码 ${row.unitCode} 重复（第 ${first} 行已出现）。`);
      continue;
    }
    seenUnits.set(row.unitCode, row.line);
    const regionId = known.regions.get(row.regionCode);
    if (!regionId) {
      err(row.line, `地区编码 ${row.regionCode} 不存在或不在您的管辖范围内。`);
      continue;
    }
    const dept = known.departments.get(row.departmentCode);
    if (dept) {
      if (!dept.inScope) err(row.line, `部门 ${row.departmentCode} 不在您的管辖范围内。`);
      else if (dept.regionId !== regionId) err(row.line, `部门 ${row.departmentCode}（${dept.name}）属于其他地区，请核对地区编码。`);
      if (!dept.inScope || dept.regionId !== regionId) continue;
    } else {
      const pending = newDepts.get(row.departmentCode);
      if (!pending) {
        if (row.departmentName === "") {
          err(row.line, `部门 ${row.departmentCode} 不存在，新建部门须填写部门名称。`);
          continue;
        }
        newDepts.set(row.departmentCode, { name: row.departmentName, regionCode: row.regionCode, line: row.line });
      } else if (pending.regionCode !== row.regionCode || (row.departmentName && row.departmentName !== pending.name)) {
        err(row.line, `部门 ${row.departmentCode} 的名称或地区与第 ${pending.line} 行不一致。`);
        continue;
      }
    }
    if (row.isSelf) {
      const other = selfByDept.get(row.departmentCode);
      if (other) {
        err(row.line, `部门 ${row.departmentCode} 已在第 ${other} 行指定了本级单位，每个部门只能有一个本级。`);
        continue;
      }
      selfByDept.set(row.departmentCode, row.line);
    }
    const unit = known.units.get(row.unitCode);
    if (!unit) {
      plan.newUnits.push(row);
      continue;
    }
    if (!unit.inScope) {
      err(row.line, `单位编码 ${row.unitCode} 已被其他地区的单位使用。`);
      continue;
    }
    const changes: string[] = [];
    if (unit.name !== row.unitName) changes.push(`名称：${unit.name} → ${row.unitName}`);
    if (dept && unit.departmentId !== dept.id) changes.push(`调整到部门 ${row.departmentCode}`);
    if (!dept) changes.push(`调整到新部门 ${row.departmentCode}`);
    if (unit.isSelf !== row.isSelf) changes.push(row.isSelf ? "设为本级" : "取消本级");
    if (unit.unitType !== row.unitType) changes.push(`类型：${unit.unitType} → ${row.unitType}`);
    if (changes.length) plan.changedUnits.push({ row, id: unit.id, changes });
    else plan.unchanged += 1;
  }
  plan.newDepartments = [...newDepts].map(([code, d]) => ({ code, name: d.name, regionCode: d.regionCode }));
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}
