/**
 * A printed table as a grid, shared by the HTML, PDF and Word renderers: every position of the header and
 * the body holds a cell or null (covered by a span), so each renderer only draws what it is given.
 */
export interface GridCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  align: "left" | "center" | "right";
  bold?: boolean;
  /** Indentation steps of a row label (款 1, 项 2). */
  indent?: number;
}

export interface TableModel {
  /** Anchor id ("t-公开01"). */
  id: string;
  /** "公开01" (or "附件1-1"). */
  no: string;
  title: string;
  /** Captions above the table: left ("部门：…"), centre ("公开01表") and right ("单位：万元"). */
  captionLeft: string;
  captionCenter: string;
  captionRight: string;
  /** Relative widths, one per grid column. */
  widths: number[];
  head: (GridCell | null)[][];
  body: (GridCell | null)[][];
  note: string | null;
}

export class GridBuilder {
  readonly rows: (GridCell | null)[][] = [];
  private readonly taken: boolean[][] = [];

  constructor(readonly width: number) {}

  private ensure(row: number): void {
    while (this.rows.length <= row) {
      this.rows.push(Array.from({ length: this.width }, () => null));
      this.taken.push(Array.from({ length: this.width }, () => false));
    }
  }

  /** Places a cell at (row, col) spanning down/right; the covered positions stay null. */
  put(row: number, col: number, text: string, opts: Partial<Omit<GridCell, "text">> = {}): void {
    const colSpan = opts.colSpan ?? 1;
    const rowSpan = opts.rowSpan ?? 1;
    this.ensure(row + rowSpan - 1);
    if (this.taken[row][col]) throw new Error(`grid: (${row}, ${col}) is already covered`);
    for (let r = row; r < row + rowSpan; r++) for (let c = col; c < col + colSpan; c++) this.taken[r][c] = true;
    this.rows[row][col] = { text, colSpan, rowSpan, align: opts.align ?? "center", ...(opts.bold ? { bold: true } : {}), ...(opts.indent ? { indent: opts.indent } : {}) };
  }

  /** Fills every position nobody covers with an empty cell (a blank printed cell keeps its border). */
  build(rowCount = this.rows.length): (GridCell | null)[][] {
    this.ensure(rowCount - 1);
    return this.rows.map((row, r) => row.map((cell, c) => cell ?? (this.taken[r][c] ? null : { text: "", colSpan: 1, rowSpan: 1, align: "center" as const })));
  }
}
