/**
 * deriveReport: the one place where the published tables are computed from the stored atoms. Cells are
 * evaluated lazily and memoised, so a cell referenced by several formulas (T03 类 totals feed 公开01, 04
 * feeds 01…) is computed once; a formula that reaches itself again is a template error and says where.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import type { Dec } from "@/lib/money";
import { atomUncertainty } from "./uncertainty";
import { evaluateFormula, parseFormula } from "@/lib/templates/formula";
import type { RowDef, TableDef, TableKey, YearTemplate } from "@/lib/templates/types";
import { computeCodeCells, type RowCells } from "./code-cells";
import { codeStructure, type CodeStructure } from "./code-rows";
import type { AtomicCells, Cell, ReportView, ViewRow, ViewTable } from "./types";

export interface DeriveInput {
  template: YearTemplate;
  catalogue: YearCatalogue;
  atoms: AtomicCells;
  /** Rows listed even without atoms (table → leaf codes), e.g. a 项 the officer added but has not filled. */
  rows?: Partial<Record<TableKey, readonly string[]>>;
  /**
   * Rounding uncertainty per atom (`table|row|column` → u) when an atom is itself a sum, as in an
   * aggregate: Σ of the members' u. Absent atoms get u from their value (atomUncertainty).
   */
  uncertainty?: ReadonlyMap<string, number>;
  /** Names for codes the year catalogue lacks (e.g. the printed names of an imported report), code → name. */
  labels?: Readonly<Record<string, string>>;
  unit: { name: string; code: string | null };
  year: number;
}

type AtomIndex = Map<string, Map<string, Map<string, Dec>>>;

/** u of one atom: given (aggregates), else from its value. */
export type AtomU = (table: string, row: string, column: string, v: Dec) => number;

function atomUOf(uncertainty: ReadonlyMap<string, number> | undefined): AtomU {
  if (!uncertainty) return (_t, _r, _c, v) => atomUncertainty(v);
  return (t, r, c, v) => uncertainty.get(`${t}|${r}|${c}`) ?? atomUncertainty(v);
}

function indexAtoms(atoms: AtomicCells): AtomIndex {
  const index: AtomIndex = new Map();
  for (const [key, value] of atoms) {
    const first = key.indexOf("|");
    const second = key.indexOf("|", first + 1);
    const table = key.slice(0, first);
    const row = key.slice(first + 1, second);
    const column = key.slice(second + 1);
    let rows = index.get(table);
    if (!rows) index.set(table, (rows = new Map()));
    let cols = rows.get(row);
    if (!cols) rows.set(row, (cols = new Map()));
    cols.set(column, value);
  }
  return index;
}

/** Lazy, memoised evaluation of the fixed rows (公开01/04 lines, 三公, 公开06 footers) over the code tables. */
class CellEvaluator {
  private memo = new Map<string, Cell | null>();
  private stack: string[] = [];
  private rowDefs = new Map<TableKey, Map<string, RowDef>>();

  constructor(
    defs: Map<TableKey, TableDef>,
    private codeCells: Map<TableKey, Map<string, RowCells>>,
    private atoms: AtomIndex,
    private uOf: AtomU,
  ) {
    for (const [key, def] of defs) this.rowDefs.set(key, new Map((def.rows ?? []).map((r) => [r.key, r])));
  }

  readonly cell = (table: TableKey, row: string, column: string): Cell | undefined => {
    const rowDef = this.rowDefs.get(table)?.get(row);
    if (!rowDef) return this.codeCells.get(table)?.get(row)?.[column];
    const spec = rowDef.cells[column];
    if (!spec) return undefined;
    if ("input" in spec) {
      const v = this.atoms.get(table)?.get(row)?.get(column);
      return v === undefined ? undefined : { v, u: this.uOf(table, row, column, v), derived: false };
    }
    const key = `${table}[${row}].${column}`;
    const memo = this.memo.get(key);
    if (memo !== undefined) return memo ?? undefined;
    if (this.stack.includes(key)) throw new Error(`公式循环引用：${[...this.stack.slice(this.stack.indexOf(key)), key].join(" → ")}`);
    this.stack.push(key);
    try {
      const cell = evaluateFormula(parseFormula(spec.formula), { table, row, classCode: rowDef.classCode }, this.cell);
      this.memo.set(key, cell ?? null);
      return cell;
    } finally {
      this.stack.pop();
    }
  };
}

function cellsOf(def: TableDef, row: string, evaluator: CellEvaluator, only: RowDef): Record<string, Cell | undefined> {
  const cells: Record<string, Cell | undefined> = {};
  for (const col of def.columns) {
    if (!only.cells[col.key]) continue;
    const c = evaluator.cell(def.key, row, col.key);
    if (c) cells[col.key] = c;
  }
  return cells;
}

function fixedRow(def: TableDef, r: RowDef, evaluator: CellEvaluator): ViewRow {
  return { key: r.key, code: null, label: r.label, line: r.line, level: 0, cells: cellsOf(def, r.key, evaluator, r) };
}

function codeRows(def: TableDef, input: DeriveInput, structure: CodeStructure, cells: Map<string, RowCells>, evaluator: CellEvaluator): ViewRow[] {
  const catalogue = def.catalogue === "ECON" ? input.catalogue.econ : input.catalogue.func;
  const codeRow = (code: string): ViewRow => ({
    key: code,
    code,
    label: catalogue.nameOf(code) ?? input.labels?.[code] ?? "",
    line: null,
    level: ((code.length - 1) / 2) as 1 | 2 | 3,
    cells: cells.get(code)!,
  });
  if (def.layout === "code") {
    const total: ViewRow = { key: "total", code: null, label: def.totalRow?.label ?? "合计", line: null, level: 0, cells: cells.get("total")! };
    return [total, ...structure.codes.map(codeRow)];
  }
  const rows: ViewRow[] = [];
  structure.groups.forEach((codes, i) => {
    rows.push(...codes.map(codeRow));
    const footer = def.econGroups?.[i]?.footer;
    const footerDef = footer && def.rows?.find((r) => r.key === footer);
    if (footerDef) rows.push(fixedRow(def, footerDef, evaluator));
  });
  return rows;
}

function hasValues(rows: ViewRow[]): boolean {
  return rows.some((r) => Object.values(r.cells).some((c) => c !== undefined));
}

/** Computes the nine tables from the atoms; every non-input cell is `derived: true`. */
export function deriveReport(input: DeriveInput): ReportView {
  const atoms = indexAtoms(input.atoms);
  const uOf = atomUOf(input.uncertainty);
  const defs = new Map(input.template.tables.map((t) => [t.key, t]));
  const structures = new Map<TableKey, CodeStructure>();
  const codeCells = new Map<TableKey, Map<string, RowCells>>();
  for (const def of input.template.tables) {
    if (def.layout !== "code" && def.layout !== "econ") continue;
    const catalogue = def.catalogue === "ECON" ? input.catalogue.econ : input.catalogue.func;
    const codes = [...(atoms.get(def.key)?.keys() ?? []), ...(input.rows?.[def.key] ?? [])];
    const structure = codeStructure(def, catalogue, codes);
    structures.set(def.key, structure);
    codeCells.set(def.key, computeCodeCells(def, structure, atoms.get(def.key), uOf));
  }
  const evaluator = new CellEvaluator(defs, codeCells, atoms, uOf);
  const tables = {} as Record<TableKey, ViewTable>;
  for (const def of input.template.tables) {
    const structure = structures.get(def.key);
    const rows = structure
      ? codeRows(def, input, structure, codeCells.get(def.key)!, evaluator)
      : (def.rows ?? []).map((r) => fixedRow(def, r, evaluator));
    const empty = def.emptyNote && !hasValues(rows);
    const note = empty ? `${def.note}\n${def.emptyNote!.replaceAll("{unit}", input.unit.name)}` : def.note;
    tables[def.key] = { def, present: true, no: def.no, title: def.title, note, rows };
  }
  return { source: "derived", year: input.year, template: input.template, unit: input.unit, tables };
}
