/** Pass/fail cases for the 功能 table families (rules.md §4), generated per table like the rules. */
import type { TableKey } from "@/lib/templates/types";
import { variantCase as c, type RuleCase } from "./cases";

const FAMILY: { table: TableKey; total: string; parts: [string, string] }[] = [
  { table: "T02", total: "total", parts: ["fiscal", "other"] },
  { table: "T03", total: "total", parts: ["basic", "project"] },
  { table: "T05", total: "total", parts: ["basic", "project"] },
  { table: "TGF", total: "total", parts: ["basic", "project"] },
  { table: "TSC", total: "total", parts: ["basic", "project"] },
];

function familyCases({ table, total, parts: [a, b] }: (typeof FAMILY)[number]): RuleCase[] {
  const k = (row: string, col: string) => `${table}|${row}|${col}`;
  return [
    // 000 公开02 201: 595.97 = 566.47 + 29.50
    c(`${table}.ROWSUM`, k("201", total), { [k("201", total)]: "595.97", [k("201", a)]: "566.47", [k("201", b)]: "29.50" }, { [k("201", total)]: "596.07" }),
    // 000 公开02 20131: 577.63 = 332.55 + 129.02 + 116.06
    c(
      `${table}.SUM.CHILDREN`,
      k("20131", a),
      { [k("20131", a)]: "577.63", [k("2013101", a)]: "332.55", [k("2013102", a)]: "129.02", [k("2013150", a)]: "116.06" },
      { [k("20131", a)]: "577.73" },
    ),
    c(`${table}.SUM.TOTAL`, k("total", a), { [k("total", a)]: "596.04", [k("201", a)]: "595.97", [k("206", a)]: "0.07" }, { [k("total", a)]: "596.14" }),
  ];
}

const carry = (table: TableKey, extra: Partial<RuleCase> = {}): RuleCase => {
  const k = (col: string) => `${table}|212|${col}`;
  return c(
    `${table}.CARRY`,
    k("closing"),
    { [k("opening")]: "1.00", [k("income")]: "5.00", [k("total")]: "4.00", [k("basic")]: "4.00", [k("closing")]: "2.00" },
    { [k("closing")]: "3.00" },
    extra,
  );
};

export const CODE_TABLE_CASES: RuleCase[] = [
  ...FAMILY.flatMap(familyCases),
  carry("TGF"),
  carry("TSC", { opts: { variant: { tscBalanceColumns: true } } }),
];
