/**
 * Column mapping by printed header (rules.md §1.2): header paths are compared after normalisation, with
 * the equivalences the published layouts use — 合计 ≡ 本年收入合计 ≡ 本年支出合计 ≡ 小计 within a group,
 * 01's 决算数 ≡ 金额, 公务用车…运行维护费 ≡ …运行费 (2024 vs 2021) — and 三公 columns by item, not position.
 */
import { nameKey } from "@/lib/catalogue/names";
import type { ColumnDef, TableDef } from "@/lib/templates/types";

const TOTAL_WORDS = new Set(["合计", "小计", "本年收入合计", "本年支出合计"]);
const CAR_GROUP = "公务用车购置及运行费";

function canonicalSegment(segment: string): string {
  let s = nameKey(segment).replace("运行维护费", "运行费");
  if (TOTAL_WORDS.has(s)) return "合计";
  if (s === "金额") return "决算数";
  if (s.startsWith("公务用车") && s !== CAR_GROUP) s = s.slice("公务用车".length);
  return s;
}

export function canonicalHeader(header: string): string {
  return header
    .split("/")
    .map(canonicalSegment)
    .filter((s) => s !== "")
    .join("/");
}

function headersOf(col: ColumnDef): string[] {
  return [col.header, ...(col.aliases ?? [])].map(canonicalHeader);
}

/** 三公: the column from its group (预算数/决算数) and item, wherever they sit in the path. */
function threePublicColumn(header: string): string | null {
  const segments = header.split("/").map(canonicalSegment);
  const group = segments.includes("预算数") ? "budget" : segments.includes("决算数") ? "actual" : null;
  if (!group) return null;
  const inCar = segments.includes(CAR_GROUP);
  const items: Record<string, string> = { "因公出国(境)费": "abroad", [CAR_GROUP]: "car", 购置费: "carBuy", 运行费: "carRun", 公务接待费: "reception" };
  const leaf = segments[segments.length - 1];
  const item = leaf === "合计" ? (inCar ? "car" : "total") : items[leaf];
  return item ? `${group}.${item}` : null;
}

/** The column key a printed header maps to, or null (G.COLUMN.UNMAPPED). */
export function mapColumn(def: TableDef, header: string): string | null {
  const canonical = canonicalHeader(header);
  const exact = def.columns.find((c) => headersOf(c).includes(canonical));
  if (exact) return exact.key;
  if (def.key === "T3G") return threePublicColumn(header);
  // A header printed without its group ("基本支出" for "本年支出/基本支出"): accept when the leaf is unique.
  const leaf = canonical.split("/").pop()!;
  const byLeaf = def.columns.filter((c) => headersOf(c).some((h) => h.split("/").pop() === leaf));
  return byLeaf.length === 1 ? byLeaf[0].key : null;
}
