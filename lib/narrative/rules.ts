/**
 * The narrative rules of rules.md §10 as a listing (ids, severities, what holds, message templates). The
 * checks themselves live in lib/narrative/audit; N.YEAR is this module's addition (the year the text names).
 */
import type { RuleMeta } from "@/lib/rules/types";

export const NARRATIVE_RULES: RuleMeta[] = [
  { id: "N.FIGURE", severity: "ERROR", title: "文中金额 = 来源单元格（以万元显示）", message: "情况说明{节}“{原文}”中的 {文中数} 万元应为 {应为} 万元（{来源}）。" },
  { id: "N.UNIT", severity: "ERROR", title: "金额单位为万元", message: "情况说明{节}“{原文}”金额单位应为“万元”。" },
  { id: "N.SHARE", severity: "ERROR", title: "占 x% = 部分 ÷ 整体，四舍五入到模板位数", message: "情况说明{节}“{原文}”占比应为 {应为}%（{分子} ÷ {分母}），文中为 {实为}%。" },
  { id: "N.PCT.FORMAT", severity: "WARNING", title: "百分比保留模板规定的小数位", message: "情况说明{节}百分比“{原文}”应保留 {n} 位小数（如 {示例}）。" },
  { id: "N.CHANGE", severity: "ERROR", title: "增加/减少 X 万元，增长/下降 Y%；相同则写持平", message: "情况说明{节}与上年比较应为“{增加|减少} {X} 万元，{增长|下降} {Y}%”，文中为“{原文}”。" },
  { id: "N.DIV0", severity: "ERROR", title: "除数为 0 时不写百分比；除数不为 0 时不写无法计算", message: "情况说明{节}：{分母名称}为0万元，不能计算百分比，应写“由于{分母名称}为0万元，无法计算{指标}”。" },
  { id: "N.BUDGET", severity: "ERROR", title: "完成年初预算 z%、大于/小于/等于、各项年初预算之和、逐项说明", message: "情况说明五(三)“{项}”完成年初预算应为 {z}%，文中为 {实为}%。" },
  { id: "N.3G", severity: "ERROR", title: "“三公”经费预算、决算 = “三公”经费表", message: "情况说明七“{原文}”中{项目}{预算|决算}应为 {应为} 万元（“三公”经费表），文中为 {实为} 万元。" },
  { id: "N.LIST.ECON", severity: "WARNING", title: "六“主要包括”列出公开06 中有金额的款", message: "情况说明六“主要包括”应列出公开06 中有金额的款：缺少 {缺少}，多列 {多列}。" },
  { id: "N.OPERATING", severity: "WARNING", title: "机关运行经费 = 公开06 公用经费合计（口径差异需说明）", message: "机关运行经费 {实为} 万元与公开06 公用经费合计 {应为} 万元不一致，请说明口径差异。" },
  { id: "N.MEETING", severity: "WARNING", title: "会议费、培训费 ≥ 公开06 30215、30216", message: "{会议费|培训费} {实为} 万元小于公开06 基本支出中的 {应为} 万元，请核对。" },
  { id: "N.PROCUREMENT", severity: "ERROR", title: "政府采购总额 = 货物 + 工程 + 服务；小微 ≤ 中小 ≤ 总额", message: "政府采购支出总额 {实为} 万元应等于货物、工程、服务支出之和 {应为} 万元。" },
  { id: "N.ASSETS", severity: "ERROR", title: "车辆总数 = 各类车辆之和 = 公务用车保有量", message: "车辆总数 {实为} 辆应等于各类车辆之和 {应为} 辆，并与“三公”说明中的公务用车保有量一致。" },
  { id: "N.YEAR", severity: "ERROR", title: "文中年度为报表年度（比较时可为上年）", message: "情况说明{节}“{原文}”中的年度 {实为} 应为 {应为}（本报表年度）。" },
];
