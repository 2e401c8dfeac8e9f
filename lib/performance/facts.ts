/**
 * The few figures of the nine tables that the 绩效自评 rules and the 自评报告 read, taken from a report
 * view (derived from the stored atoms, or printed). Plain decimal strings in 万元 (exact: 元 ÷ 10000), so
 * the object crosses the server/browser boundary and the editor can check X.PE-T01 live.
 */
import { Dec, yuanToWan } from "@/lib/money";
import type { ReportView } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";

export interface ReportFacts {
  /**
   * 公开01 本年收入合计, its lines 1–3 (财政拨款收入) and lines 4–8 (the other sources). The other sources
   * are summed from their own lines rather than taken as 合计 − lines 1–3, so a printed report gives the
   * figure it prints (001: 其他收入 2.23, while 6425.69 − 6423.47 = 2.22 from rounding).
   */
  incomeTotal: string | null;
  fiscalLines: string | null;
  otherIncome: string | null;
  opening: string | null;
  /** 公开04 本年收入合计 (财政拨款 of the year). */
  fiscalIncome: string | null;
  /** 公开01 本年支出合计 and 年末结转和结余. */
  expenseTotal: string | null;
  closing: string | null;
  /** 公开03 合计: 基本支出, 项目支出, and the rest (上缴上级, 经营, 对附属单位补助). */
  basic: string | null;
  project: string | null;
  otherExpense: string | null;
  /** Printed numbers of the tables named in messages (公开01, 公开03, 公开04). */
  tableNos: Partial<Record<TableKey, string>>;
}

function amountOf(view: ReportView, table: TableKey, row: string, column: string): Dec | null {
  const t = view.tables[table];
  if (!t || !t.present) return null;
  // A blank cell of a present table is an exact 0 (rules.md §1.4); only an absent table is unknown.
  const cell = t.rows.find((r) => r.key === row)?.cells[column];
  return cell ? cell.v : new Dec(0);
}

function sumCols(view: ReportView, cols: string[]): Dec | null {
  const values = cols.map((c) => amountOf(view, "T03", "total", c));
  return values.some((v) => v === null) ? null : values.reduce<Dec>((s, v) => s.plus(v!), new Dec(0));
}

const wan = (yuan: Dec | null): string | null => (yuan === null ? null : yuanToWan(yuan).toString());

export function reportFacts(view: ReportView): ReportFacts {
  const t01 = (row: string, table: TableKey = "T01I") => amountOf(view, table, row, "amount");
  const sumOf = (rows: string[]) => {
    const values = rows.map((r) => t01(r));
    return values.some((v) => v === null) ? null : values.reduce<Dec>((s, v) => s.plus(v!), new Dec(0));
  };
  const fiscalLines = sumOf(["inc.gpb", "inc.gf", "inc.sc"]);
  const otherIncome = sumOf(["inc.superior", "inc.business", "inc.operating", "inc.affiliated", "inc.other"]);
  return {
    incomeTotal: wan(t01("inc.total")),
    fiscalLines: wan(fiscalLines),
    otherIncome: wan(otherIncome),
    opening: wan(t01("inc.opening")),
    fiscalIncome: wan(t01("inc.total", "T04I")),
    expenseTotal: wan(t01("exp.total", "T01E")),
    closing: wan(t01("exp.closing", "T01E")),
    basic: wan(amountOf(view, "T03", "total", "basic")),
    project: wan(amountOf(view, "T03", "total", "project")),
    otherExpense: wan(sumCols(view, ["superior", "operating", "affiliated"])),
    tableNos: { T01I: view.tables.T01I?.no, T03: view.tables.T03?.no, T04I: view.tables.T04I?.no },
  };
}

/** A fact as a decimal, or null when the table does not print it. */
export function factValue(facts: ReportFacts | null | undefined, key: Exclude<keyof ReportFacts, "tableNos">): Dec | null {
  const v = facts?.[key];
  return v === null || v === undefined ? null : new Dec(v);
}
