/**
 * Printed 功能 names back to codes: a 类 named in 五（二） ("一般公共服务（类）支出", "科学技术支出") and the
 * 项 of a numbered paragraph of 五（三） ("一般公共服务支出（类）档案事务（款）一般行政管理事务（项）"), against
 * the rows of 公开05 first and the year catalogue second (a report printed without tables, like seed 004).
 */
import { nameKey, type YearCatalogue } from "@/lib/catalogue";
import type { ReportView } from "@/lib/report/types";

const stripClass = (s: string) => nameKey(s).replace(/\(类\)/gu, "").replace(/支出$/u, "");

interface Named {
  code: string;
  name: string;
}

function funcEntries(view: ReportView, catalogue: YearCatalogue | undefined, level: 1 | 2 | 3): Named[] {
  const fromView = (view.tables.T05?.present ? view.tables.T05.rows : []).filter((r) => r.code && r.level === level).map((r) => ({ code: r.code!, name: r.label }));
  const fromCatalogue = (catalogue?.func.entries ?? []).filter((e) => e.level === level).map((e) => ({ code: e.code, name: e.name }));
  return [...fromView, ...fromCatalogue];
}

export function createNameResolver(view: ReportView, catalogue: YearCatalogue | undefined) {
  const classes = funcEntries(view, catalogue, 1);
  const kuans = funcEntries(view, catalogue, 2);
  const items = funcEntries(view, catalogue, 3);
  const viewItems = new Set((view.tables.T05?.present ? view.tables.T05.rows : []).filter((r) => r.level === 3).map((r) => r.code));

  const classOf = (label: string): string | null => {
    const key = stripClass(label);
    if (key === "") return null;
    return classes.find((c) => stripClass(c.name) === key)?.code ?? null;
  };

  /** The 项 code of "X（类）Y（款）Z（项）", preferring 公开05's own rows; null when nothing fits. */
  const itemOf = (title: string): string | null => {
    const key = nameKey(title).replace(/^\d+\s*[、.．]\s*/u, "").replace(/[。.]$/u, "");
    const m = key.match(/^(.*?)\(类\)(.*?)\(款\)(.*?)\(项\)?$/u);
    if (!m) return null;
    const [, cls, kuan, item] = m;
    const classCode = classOf(cls);
    const kuanCodes = new Set(kuans.filter((k) => nameKey(k.name) === kuan && (!classCode || k.code.startsWith(classCode))).map((k) => k.code));
    let best: { code: string; score: number } | null = null;
    for (const it of items) {
      const name = nameKey(it.name);
      const nameScore = name === item ? 4 : item.startsWith(name) || name.startsWith(item) ? 2 : 0;
      if (nameScore === 0) continue;
      const score = nameScore + (kuanCodes.has(it.code.slice(0, 5)) ? 2 : 0) + (classCode && it.code.startsWith(classCode) ? 1 : 0) + (viewItems.has(it.code) ? 1 : 0);
      if (!best || score > best.score) best = { code: it.code, score };
    }
    return best && best.score >= 5 ? best.code : null;
  };

  return { classOf, itemOf };
}
