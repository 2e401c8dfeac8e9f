/** Quantities that are narrative inputs (S.* atoms), and the few sums over them the text states. */
import { ZERO } from "@/lib/money";
import { atomKey } from "@/lib/report/types";
import { PRIOR_INPUTS, VEHICLE_KINDS, inputLabel, type NarrativeInputs } from "./inputs";
import { sumQuantities, unknownQuantity, type Quantity } from "./quantity";
import type { SourceRef } from "./types";

interface InputAddress {
  table: string;
  row: string;
  column: string;
  label: string;
  kind: Quantity["kind"];
}

const PROC_KINDS: Record<string, string> = { goods: "货物", works: "工程", services: "服务" };

/** Quantity id → the input cell it reads. */
function addressOf(id: string): InputAddress | null {
  const parts = id.split(".");
  const a = (table: string, row: string, column: string, label: string, kind: Quantity["kind"] = "amount") => ({ table, row, column, label, kind });
  switch (parts[0]) {
    case "ops":
      return a("S.OPS", "operating", parts[1], parts[1] === "budget" ? "机关运行经费年初预算数" : "机关运行经费支出");
    case "meeting":
    case "training":
    case "festival": {
      const name = { meeting: "会议费", training: "培训费", festival: "节庆、晚会、论坛、赛事活动开支" }[parts[0]];
      if (parts[1] === "people") return a("S.MEETING", parts[0], "people", `${name === "会议费" ? "会议" : "培训"}人数`, "count");
      return a("S.MEETING", parts[0], parts[1], parts[1] === "budget" ? `${name}年初预算数` : name);
    }
    case "proc":
      if (parts[1] === "small") return a("S.PROC", "total", "small", "授予小微企业合同金额");
      if (!PROC_KINDS[parts[1]]) return null;
      return parts[2] === "sme" ? a("S.PROC", parts[1], "sme", `授予中小企业${PROC_KINDS[parts[1]]}合同金额`) : a("S.PROC", parts[1], "amount", `政府采购${PROC_KINDS[parts[1]]}支出`);
    case "assets":
      if (parts[1] === "vehicle") return a("S.ASSET", `vehicle.${parts[2]}`, "count", VEHICLE_KINDS[parts[2]] ?? parts[2], "count");
      return a("S.ASSET", parts[1], "count", parts[1] === "equipment50" ? "单位价值50万元以上通用设备" : "单位价值100万元以上专用设备", "count");
    case "3g":
      return a("S.3G", parts[1], parts[2], inputLabel("S.3G", parts[1], parts[2]) ?? id, "count");
    case "perf":
      return a("S.PERF", parts[1], parts[2], inputLabel("S.PERF", parts[1], parts[2]) ?? id, ["projects", "policies"].includes(parts[2]) ? "count" : "amount");
    default:
      return null;
  }
}

function inputQuantity(inputs: NarrativeInputs, id: string, addr: InputAddress): Quantity {
  const source: SourceRef = { table: addr.table, row: addr.row, column: addr.column };
  const value = inputs.get(atomKey(addr.table, addr.row, addr.column)) ?? null;
  return { id, label: addr.label, kind: addr.kind, value, u: 0, sources: [source], formula: `情况说明输入项“${addr.label}”`, origin: "input" };
}

/** Σ of input parts: a part not entered counts 0 once any part is entered; unknown when none is. */
function inputSum(id: string, label: string, parts: Quantity[]): Quantity {
  const entered = parts.some((p) => p.value !== null);
  return sumQuantities(id, label, parts.map((p) => (p.value === null && entered ? { ...p, value: ZERO } : p)));
}

export function inputLookup(inputs: NarrativeInputs) {
  return {
    budgetCodes(): string[] {
      return [...inputs.keys()].filter((k) => k.startsWith("S.BUDGET|")).map((k) => k.split("|")[1]);
    },
    budget(code: string, name: string): Quantity {
      const any = [...inputs.keys()].some((k) => k.startsWith("S.BUDGET|"));
      const q = inputQuantity(inputs, `budget.item.${code}`, { table: "S.BUDGET", row: code, column: "amount", label: `${name}年初预算数`, kind: "amount" });
      // A 项 without a 年初预算 entry had no budget, once the officer has entered the budget of any 项.
      return q.value === null && any ? { ...q, value: ZERO } : q;
    },
    prior(id: string): Quantity {
      const label = PRIOR_INPUTS.find((p) => p.row === id)?.label ?? `上年${id}`;
      return inputQuantity(inputs, `prior.${id}`, { table: "S.PRIOR", row: id, column: "amount", label, kind: "amount" });
    },
    /** An input quantity by id; `fallback` is used when the input is not entered (e.g. 机关运行经费 = 公用经费). */
    get(id: string, get: (id: string) => Quantity, fallback?: Quantity): Quantity {
      if (id === "proc.total") return inputSum(id, "政府采购支出总额", ["goods", "works", "services"].map((k) => get(`proc.${k}`)));
      if (id === "proc.sme") return inputSum(id, "授予中小企业合同金额", ["goods", "works", "services"].map((k) => get(`proc.${k}.sme`)));
      if (id === "assets.vehicles") return inputSum(id, "车辆总数", Object.keys(VEHICLE_KINDS).map((k) => get(`assets.vehicle.${k}`)));
      const addr = addressOf(id);
      // Not a quantity of the book (e.g. a figure only the printed text states): unknown, read from the text.
      if (!addr) return { ...unknownQuantity(id, id, [], "仅见于文中"), origin: "text" };
      const q = inputQuantity(inputs, id, addr);
      if (q.value === null && fallback) return { ...fallback, id, label: addr.label };
      // One of a set of parts (vehicle kinds, 中小企业 by kind) not entered while another is: none of it.
      const siblings = /^assets\.vehicle\./u.test(id) ? "S.ASSET|vehicle." : /^proc\.\w+\.sme$/u.test(id) ? "S.PROC|" : null;
      if (q.value === null && siblings && [...inputs.keys()].some((k) => k.startsWith(siblings) && (siblings !== "S.PROC|" || k.endsWith("|sme")))) return { ...q, value: ZERO };
      return q;
    },
  };
}
