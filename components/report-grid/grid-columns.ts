/**
 * AG Grid column definitions for one table part, from the template: frozen code/name (or 项目/行次)
 * columns, amount columns under their printed group headers ("本年支出/基本支出" → group 本年支出), each
 * amount cell showing 2 decimals in the entry unit and editing its exact value.
 */
import type { CellClassParams, ColDef, ColGroupDef, EditableCallbackParams, ITooltipParams, ValueFormatterParams, ValueGetterParams } from "ag-grid-community";
import { displayAmount, exactEntryText, type EntryUnit } from "@/lib/entry/amounts";
import type { GridRow } from "@/lib/entry/grid-model";
import type { ColumnDef, TableDef } from "@/lib/templates/types";

export interface GridContext {
  unit: EntryUnit;
  editable: boolean;
}

type Params = { data?: GridRow; context: GridContext; colDef: ColDef };

const cellOf = (p: Params, key: string) => p.data?.cells[key];
const markOf = (p: Params, key: string) => p.data?.cells[key]?.mark;

function amountColumn(col: ColumnDef, leafName: string, lanes: boolean, width: number): ColDef<GridRow> {
  const key = col.key;
  return {
    colId: key,
    headerName: leafName,
    headerTooltip: `${col.header}${col.lane ? `（栏次 ${col.lane}）` : ""}`,
    // Starting width; the grid widens the amount columns once, at first render, to fill the page
    // (report-grid.tsx autoSizeStrategy). Never re-sized later: a resize would cancel an edit in progress.
    width,
    minWidth: 84,
    maxWidth: 220,
    type: "rightAligned",
    valueGetter: (p: ValueGetterParams<GridRow>) => (p.data?.kind === "lanes" ? (lanes ? (col.lane ?? "") : "") : exactEntryText(cellOf(p as Params, key)?.yuan, p.context.unit)),
    valueFormatter: (p: ValueFormatterParams<GridRow>) => (p.data?.kind === "lanes" ? String(p.value ?? "") : displayAmount(cellOf(p as Params, key)?.yuan, p.context.unit)),
    editable: (p: EditableCallbackParams<GridRow>) => p.context.editable && p.data?.cells[key]?.kind === "input",
    cellClassRules: {
      "jsg-input": (p: CellClassParams<GridRow>) => cellOf(p as Params, key)?.kind === "input" && p.data?.kind !== "lanes",
      "jsg-derived": (p: CellClassParams<GridRow>) => cellOf(p as Params, key)?.kind === "derived",
      "jsg-na": (p: CellClassParams<GridRow>) => cellOf(p as Params, key)?.kind === "na" && p.data?.kind !== "lanes",
      "jsg-error": (p: CellClassParams<GridRow>) => markOf(p as Params, key)?.severity === "ERROR",
      "jsg-warning": (p: CellClassParams<GridRow>) => markOf(p as Params, key)?.severity === "WARNING" && !markOf(p as Params, key)?.explained,
      "jsg-changed": (p: CellClassParams<GridRow>) => cellOf(p as Params, key)?.changed !== undefined,
      "jsg-explained": (p: CellClassParams<GridRow>) => markOf(p as Params, key)?.severity === "WARNING" && !!markOf(p as Params, key)?.explained,
    },
    tooltipValueGetter: (p: ITooltipParams<GridRow>) => markOf(p as unknown as Params, key)?.messages.join("\n") || undefined,
  };
}

interface GroupNode {
  name: string;
  children: (GroupNode | { leaf: ColumnDef; name: string })[];
}

/** Consecutive columns sharing a header prefix become one group, as the printed header bands do. */
function groupColumns(def: TableDef, lanes: boolean): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const root: GroupNode = { name: "", children: [] };
  for (const col of def.columns) {
    const path = col.header.split("/");
    let node = root;
    for (const segment of path.slice(0, -1)) {
      const last = node.children[node.children.length - 1];
      if (last && "children" in last && last.name === segment) node = last;
      else {
        const group: GroupNode = { name: segment, children: [] };
        node.children.push(group);
        node = group;
      }
    }
    node.children.push({ leaf: col, name: path[path.length - 1] });
  }
  let groupId = 0;
  // The twelve 三公 columns fit a laptop screen only a little narrower.
  const width = def.columns.length > 8 ? 100 : 118;
  const toDefs = (node: GroupNode): (ColDef<GridRow> | ColGroupDef<GridRow>)[] =>
    node.children.map((child) =>
      "leaf" in child
        ? amountColumn(child.leaf, child.name, lanes, width)
        : { groupId: `g${groupId++}`, headerName: child.name, marryChildren: true, children: toDefs(child) },
    );
  return toDefs(root);
}

function labelColumns(def: TableDef): ColDef<GridRow>[] {
  const rowClass = {
    "jsg-label-strong": (p: CellClassParams<GridRow>) => p.data?.kind === "total" || p.data?.kind === "footer" || (p.data?.kind === "group" && p.data.level === 1),
    "jsg-label-group": (p: CellClassParams<GridRow>) => p.data?.kind === "group",
  };
  const base: Partial<ColDef<GridRow>> = { pinned: "left", lockPinned: true, suppressSizeToFit: true, editable: false, cellClass: "jsg-label", cellClassRules: rowClass };
  if (def.layout === "lines") {
    return [
      { ...base, colId: "label", headerName: def.codeHeader ?? "项目", width: 300, valueGetter: (p) => p.data?.label ?? "" },
      { ...base, colId: "line", headerName: def.nameHeader ?? "行次", width: 56, type: "rightAligned", valueGetter: (p) => p.data?.line ?? "" },
    ];
  }
  if (def.layout === "single") return [{ ...base, colId: "label", headerName: "项目", width: 120, valueGetter: (p) => p.data?.label ?? "" }];
  return [
    { ...base, colId: "code", headerName: def.codeHeader ?? "科目编码", width: 112, valueGetter: (p) => p.data?.code ?? "" },
    {
      ...base,
      colId: "label",
      headerName: def.nameHeader ?? "科目名称",
      width: 250,
      valueGetter: (p) => p.data?.label ?? "",
      // 款 and 项 indented under their 类, as printed.
      cellStyle: (p) => ({ paddingLeft: `${8 + Math.max(0, (p.data?.level ?? 1) - 1) * 14}px` }),
    },
  ];
}

export function columnDefs(def: TableDef, lanes: boolean): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  return [...labelColumns(def), ...groupColumns(def, lanes)];
}
