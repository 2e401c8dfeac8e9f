/**
 * The user import as a plan: every row checked (username free, role known, scope in the caller's reach,
 * password acceptable) with its line, before anything is written. Pure: the caller passes what the
 * database holds.
 */
import { passwordProblem } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import { cell, mapColumns, splitList, type ColumnSpec, type RowError } from "./import-columns";
import type { TableRow } from "./tabular";

export const USER_COLUMNS = {
  username: { zh: "用户名", required: true },
  display_name: { zh: "姓名", required: true },
  role: { zh: "角色", required: true },
  region_code: { zh: "地区编码", required: false },
  unit_codes: { zh: "单位编码", required: false },
  department_codes: { zh: "部门编码", required: false },
  password: { zh: "密码", required: false },
} satisfies ColumnSpec<string>;

const ROLE_NAMES: Record<string, Role> = {
  officer: "OFFICER", 填报人: "OFFICER",
  reviewer: "REVIEWER", 审核人: "REVIEWER",
  bureau: "BUREAU", 财政局: "BUREAU",
  admin: "ADMIN", 系统管理员: "ADMIN",
};

export interface UserRow {
  line: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  unitCodes: string[];
  departmentCodes: string[];
  /** Whether the file gave a password (else one is generated on confirm). */
  hasPassword: boolean;
}

export interface KnownForUsers {
  usernames: Set<string>;
  /** In the caller's reach, code → id. */
  regions: Map<string, string>;
  departments: Map<string, string>;
  units: Map<string, string>;
  actorIsAdmin: boolean;
  actorIsGlobal: boolean;
}

export interface PlannedUser extends UserRow {
  regionId: string | null;
  unitIds: string[];
  departmentIds: string[];
}

const USERNAME = /^[A-Za-z0-9_.-]{3,40}$/u;

export function parseUserRows(header: string[], rows: TableRow[]): { rows: UserRow[]; passwords: Map<number, string>; errors: RowError[] } {
  const mapped = mapColumns(USER_COLUMNS, header);
  if (!mapped.ok) return { rows: [], passwords: new Map(), errors: [{ line: 1, message: mapped.message }] };
  const out: UserRow[] = [];
  const passwords = new Map<number, string>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const get = (k: keyof typeof USER_COLUMNS) => cell(r, mapped.index, k);
    const role = ROLE_NAMES[get("role").toLowerCase()];
    const password = get("password");
    const problem =
      !USERNAME.test(get("username")) ? `用户名“${get("username")}”无效（3–40 位字母、数字、下划线、点或“-”）`
      : get("display_name") === "" ? "缺少姓名"
      : !role ? `角色“${get("role")}”无效，应为 填报人、审核人、财政局 或 系统管理员`
      : password !== "" && passwordProblem(password) ? `密码不符合要求：${passwordProblem(password)}（留空则自动生成）`
      : null;
    if (problem) {
      errors.push({ line: r.line, message: `第 ${r.line} 行${problem}。` });
      continue;
    }
    if (password !== "") passwords.set(r.line, password);
    out.push({ line: r.line, username: get("username"), displayName: get("display_name"), role, regionCode: get("region_code"), unitCodes: splitList(get("unit_codes")), departmentCodes: splitList(get("department_codes")), hasPassword: password !== "" });
  }
  return { rows: out, passwords, errors };
}

export function planUsers(rows: UserRow[], known: KnownForUsers): { users: PlannedUser[]; errors: RowError[] } {
  const users: PlannedUser[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const err = (m: string) => errors.push({ line: row.line, message: `第 ${row.line} 行${m}` });
    const first = seen.get(row.username.toLowerCase());
    if (first) {
      err(`用户名 ${row.username} 重复（第 ${first} 行已出现）。`);
      continue;
    }
    seen.set(row.username.toLowerCase(), row.line);
    if (known.usernames.has(row.username)) {
      err(`用户名 ${row.username} 已存在。`);
      continue;
    }
    if (row.role === "ADMIN" && !known.actorIsAdmin) {
      err("只有系统管理员可以创建系统管理员账号。");
      continue;
    }
    const missing = (codes: string[], map: Map<string, string>) => codes.filter((c) => !map.has(c));
    if (row.role === "BUREAU" || row.role === "ADMIN") {
      if (row.regionCode === "" && !(row.role === "ADMIN" && known.actorIsGlobal)) {
        err("财政局或管理员账号须填写所管辖的地区编码。");
        continue;
      }
      if (row.regionCode !== "" && !known.regions.has(row.regionCode)) {
        err(`地区编码 ${row.regionCode} 不存在或不在您的管辖范围内。`);
        continue;
      }
      users.push({ ...row, regionId: row.regionCode ? known.regions.get(row.regionCode)! : null, unitIds: [], departmentIds: [] });
      continue;
    }
    const departmentCodes = row.role === "REVIEWER" ? row.departmentCodes : [];
    if (row.role === "OFFICER" && row.unitCodes.length === 0) {
      err("填报人须填写至少一个单位编码。");
      continue;
    }
    if (row.role === "REVIEWER" && row.unitCodes.length + departmentCodes.length === 0) {
      err("审核人须填写至少一个部门编码或单位编码。");
      continue;
    }
    const badUnits = missing(row.unitCodes, known.units);
    const badDepartments = missing(departmentCodes, known.departments);
    if (badUnits.length || badDepartments.length) {
      err(`以下编码不存在或不在您的管辖范围内：${[...badUnits, ...badDepartments].join("、")}。`);
      continue;
    }
    users.push({ ...row, regionId: null, unitIds: row.unitCodes.map((c) => known.units.get(c)!), departmentIds: departmentCodes.map((c) => known.departments.get(c)!) });
  }
  return { users, errors };
}
