/** 政府收支分类科目: 功能 (FUNC, 类/款/项 = 3/5/7 digits) and 经济 (ECON, 类/款 = 3/5 digits). */
export type CatalogueKind = "FUNC" | "ECON";

export type CatalogueLevel = 1 | 2 | 3;

export interface CatalogueEntry {
  code: string;
  /** Official name, brackets full-width. */
  name: string;
  /** 1 = 类, 2 = 款, 3 = 项. */
  level: CatalogueLevel;
  /** Code of the 类 (for a 款) or 款 (for a 项); null for a 类. */
  parent: string | null;
}

/** Digits of a code at each level. */
export const CODE_LENGTH: Record<CatalogueLevel, number> = { 1: 3, 2: 5, 3: 7 };

/** Deepest level of each kind: 项 for 功能, 款 for 经济. */
export const LEAF_LEVEL: Record<CatalogueKind, CatalogueLevel> = { FUNC: 3, ECON: 2 };

export function levelOfCode(code: string): CatalogueLevel | null {
  if (!/^\d+$/u.test(code)) return null;
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  if (code.length === 7) return 3;
  return null;
}
