import { describe, expect, it } from "vitest";
import { diffForms } from "./diff";
import { goodFormData } from "./testing/fixtures";

describe("diffForms", () => {
  it("lists every changed field with both values, and rows only one side has", () => {
    const mine = goodFormData();
    const theirs = goodFormData();
    mine.funds.fiscal.executed = "95";
    mine.indicators[0] = { ...mine.indicators[0], target: "10 篇" };
    theirs.indicators[5] = { ...theirs.indicators[5], name: "群众满意率" };
    theirs.indicators.push({ ...theirs.indicators[0], id: "new1", name: "新指标" });
    expect(diffForms(mine, theirs)).toEqual([
      { label: "其中：当年财政拨款 全年执行数", mine: "95", theirs: "100" },
      { label: "指标“完成事项”年度指标值", mine: "10 篇", theirs: "（空）" },
      { label: "指标“群众满意率”三级指标", mine: "满意率", theirs: "群众满意率" },
      { label: "指标“新指标”", mine: "（无此行）", theirs: "对方版本中有此行" },
    ]);
    expect(diffForms(mine, mine)).toEqual([]);
  });
});
