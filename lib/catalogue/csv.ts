/**
 * Reads a catalogue CSV (`code,name,level,parent`) as the bureau imports it: every problem is reported
 * with its line number in Chinese, so the admin can fix the file and import again.
 */
import { officialName } from "./names";
import { CODE_LENGTH, LEAF_LEVEL, type CatalogueEntry, type CatalogueKind, type CatalogueLevel } from "./types";

export interface CatalogueCsvError {
  /** 1-based line number in the file (the header is line 1); 0 for whole-file problems. */
  line: number;
  message: string;
}

export type CatalogueCsvResult =
  | { ok: true; entries: CatalogueEntry[] }
  | { ok: false; errors: CatalogueCsvError[] };

export const CATALOGUE_CSV_HEADER = ["code", "name", "level", "parent"] as const;

/** Splits one CSV line; supports double-quoted fields with "" escapes (names may contain commas). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

function levelName(level: number): string {
  return level === 1 ? "类" : level === 2 ? "款" : "项";
}

/**
 * Parses and validates a catalogue. With `kind`, levels are limited to the kind's depth (经济: 类/款).
 * Checks: header, code digits and length against the level, parent = code without its last two digits
 * and present in the file, no duplicate code, non-empty name. Names are stored in the official form
 * (full-width brackets). Entries come back sorted by code.
 */
export function parseCatalogueCsv(text: string, opts: { kind?: CatalogueKind } = {}): CatalogueCsvResult {
  const errors: CatalogueCsvError[] = [];
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const header = splitCsvLine(lines[0] ?? "").map((h) => h.toLowerCase());
  if (header.join(",") !== CATALOGUE_CSV_HEADER.join(",")) {
    return { ok: false, errors: [{ line: 1, message: `第 1 行表头应为“code,name,level,parent”，实为“${lines[0] ?? ""}”。` }] };
  }
  const maxLevel = opts.kind ? LEAF_LEVEL[opts.kind] : 3;
  const seen = new Map<string, number>();
  const parsed: { entry: CatalogueEntry; line: number }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const lineNo = i + 1;
    if (lines[i].trim() === "") continue;
    const fields = splitCsvLine(lines[i]);
    if (fields.length !== 4) {
      errors.push({ line: lineNo, message: `第 ${lineNo} 行应有 4 列（code,name,level,parent），实有 ${fields.length} 列。` });
      continue;
    }
    const [code, rawName, rawLevel, rawParent] = fields;
    const level = Number(rawLevel);
    if (!/^[1-3]$/u.test(rawLevel) || level > maxLevel) {
      errors.push({ line: lineNo, message: `第 ${lineNo} 行级次“${rawLevel}”无效，应为 1 到 ${maxLevel} 的整数（1 类、2 款、3 项）。` });
      continue;
    }
    const expectedLength = CODE_LENGTH[level as CatalogueLevel];
    if (!/^\d+$/u.test(code) || code.length !== expectedLength) {
      errors.push({ line: lineNo, message: `第 ${lineNo} 行科目编码“${code}”与级次不符：${levelName(level)}级编码应为 ${expectedLength} 位数字。` });
      continue;
    }
    if (rawName === "") {
      errors.push({ line: lineNo, message: `第 ${lineNo} 行科目 ${code} 缺少名称。` });
      continue;
    }
    const firstLine = seen.get(code);
    if (firstLine !== undefined) {
      errors.push({ line: lineNo, message: `第 ${lineNo} 行科目编码 ${code} 重复（第 ${firstLine} 行已出现）。` });
      continue;
    }
    seen.set(code, lineNo);
    const expectedParent = level === 1 ? "" : code.slice(0, -2);
    if (rawParent !== expectedParent) {
      const want = level === 1 ? "为空" : `为 ${expectedParent}`;
      errors.push({ line: lineNo, message: `第 ${lineNo} 行科目 ${code} 的上级编码应${want}，实为“${rawParent}”。` });
      continue;
    }
    parsed.push({ entry: { code, name: officialName(rawName), level: level as CatalogueLevel, parent: rawParent || null }, line: lineNo });
  }
  for (const { entry, line } of parsed) {
    if (entry.parent !== null && !seen.has(entry.parent)) {
      errors.push({ line, message: `第 ${line} 行科目 ${entry.code} 的上级科目 ${entry.parent} 不在目录中，请先添加上级科目。` });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, entries: parsed.map((p) => p.entry).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)) };
}
