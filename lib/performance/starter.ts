/**
 * A new form as the officer first sees it: blank funds and goals, and one blank 三级 row under every 二级
 * the template lists (数量/质量/时效/成本, 经济/社会/生态/可持续影响, 服务对象满意度), as on the printed
 * form. Rows without 分值 and 得分 count nothing until filled; unused ones are deleted in the editor.
 */
import { emptyFormData, newIndicatorId, type PerfFormData } from "./schema";
import type { PerfTemplate } from "./template";
import type { FormKind } from "./types";

export function starterFormData(kind: FormKind, template: PerfTemplate): PerfFormData {
  const data = emptyFormData(kind);
  data.indicators = template.level1.flatMap((l1) =>
    l1.level2.map((l2) => ({ id: newIndicatorId(), level1: l1.key, level2: l2.name, name: "", target: "", actual: "", weight: "", score: "", deviation: "" })),
  );
  return data;
}
