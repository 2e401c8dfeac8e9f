/**
 * Which rows a code table lists, and in what order: the leaves (功能 项 / 经济 款) that carry atoms or
 * were selected, plus every ancestor 款/类, sorted by code; 公开06 additionally lists every 款 of its
 * printed classes and orders them group by group as the table prints.
 */
import type { CodeCatalogue } from "@/lib/catalogue";
import { LEAF_LEVEL, levelOfCode } from "@/lib/catalogue/types";
import type { TableDef } from "@/lib/templates/types";

export interface CodeStructure {
  /** Codes in printed order (the 合计 / footer rows are not included). */
  codes: string[];
  /** 公开06: the codes of each printed column group (a group's footer prints after its codes). */
  groups: string[][];
  /** Direct children per code, in code order; "" holds the 类 (children of the 合计 row). */
  children: Map<string, string[]>;
  leafLength: number;
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Valid codes of the catalogue's kind only: anything else is never listed (the importer reports it). */
export function codeStructure(def: TableDef, catalogue: CodeCatalogue, codes: Iterable<string>): CodeStructure {
  const leafLength = LEAF_LEVEL[catalogue.kind] * 2 + 1;
  const set = new Set<string>();
  const add = (code: string) => {
    const level = levelOfCode(code);
    if (level === null || code.length > leafLength) return;
    for (let len = 3; len <= code.length; len += 2) set.add(code.slice(0, len));
  };
  for (const code of codes) add(code);
  if (def.layout === "econ") {
    for (const group of def.econGroups ?? []) {
      for (const cls of group.classes) {
        add(cls);
        for (const child of catalogue.childrenOf(cls)) add(child.code);
      }
    }
  }
  const sorted = [...set].sort(byCode);
  const children = new Map<string, string[]>();
  for (const code of sorted) {
    const parent = code.length === 3 ? "" : code.slice(0, -2);
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  }
  const groups = def.layout === "econ" ? econGroups(def, set, children) : [sorted];
  return { codes: groups.flat(), groups, children, leafLength };
}

/** 公开06 order: each group's classes with their 款; classes outside every group go to the end of the last group. */
function econGroups(def: TableDef, present: Set<string>, children: Map<string, string[]>): string[][] {
  const groups = def.econGroups ?? [];
  const grouped = new Set(groups.flatMap((g) => g.classes));
  const extra = (children.get("") ?? []).filter((c) => !grouped.has(c));
  return groups.map((group, i) => {
    const classes = i === groups.length - 1 ? [...group.classes, ...extra] : group.classes;
    return classes.filter((cls) => present.has(cls)).flatMap((cls) => [cls, ...(children.get(cls) ?? [])]);
  });
}
