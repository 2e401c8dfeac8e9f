/**
 * generatePerformanceReport: the 绩效自评报告 (第五部分 附件1, like seeds 000 and 002) generated from the
 * report's tables (as ReportFacts) and the forms (derived views), with slots for the free text the unit
 * writes. Every figure is computed here, from one source each, so the report cannot contradict the tables
 * or the forms (PE.REPORT.FUNDS, PE.REPORT.FORM); `figures` hands the same numbers to those rules.
 *
 * Stable API for the publication module: sections → blocks → runs (text, figures with their source, text
 * slots), plus the plain text. Pure and browser-safe (the editor renders it live).
 */
import { slotBlock, type PerformanceReport, type PerformanceReportInput, type ReportBlock, type ReportSection } from "./report-model";
import { budgetSection, problemsSection, projectsSection, wholeSection, type SectionContext } from "./report-sections";
import { fillYear } from "./template";

export * from "./report-model";

export function generatePerformanceReport(input: PerformanceReportInput): PerformanceReport {
  const ctx: SectionContext = { ...input, figures: { budget: {}, projectGroups: [] } };
  const sections: ReportSection[] = [
    {
      key: "basic",
      heading: "一、预算单位基本情况",
      blocks: [
        slotBlock("duties", input.texts),
        { kind: "paragraph", runs: [{ kind: "text", text: `${input.unitName}为${input.unitType ?? "行政单位"}。` }] },
        slotBlock("organisation", input.texts),
      ],
    },
    budgetSection(ctx),
    { key: "use", heading: "三、资金使用及绩效情况", blocks: [...wholeSection(ctx), ...projectsSection(ctx)] },
    problemsSection(ctx),
    { key: "other", heading: "五、其他需要说明的情况", blocks: [slotBlock("other", input.texts)] },
  ];
  const attachments = [
    `1-1. ${fillYear(input.template.titles.WHOLE, input.year)}`,
    ...(input.forms.some((f) => f.kind === "PROJECT") ? [`1-2. ${fillYear(input.template.titles.PROJECT, input.year)}`] : []),
  ];
  const title = fillYear(input.template.titles.report, input.year);
  return { title, unitName: input.unitName, sections, attachments, figures: ctx.figures, text: plainText(title, input.unitName, sections, attachments) };
}

function blockText(block: ReportBlock, sectionKey: ReportSection["key"]): string | null {
  if (block.kind === "heading") return block.text;
  if (block.kind === "paragraph") return block.runs.map((r) => r.text).join("");
  if (block.text) return block.text;
  return sectionKey === "other" ? "无" : null;
}

function plainText(title: string, unitName: string, sections: ReportSection[], attachments: string[]): string {
  const lines = [title, unitName];
  for (const section of sections) {
    lines.push(section.heading);
    for (const block of section.blocks) {
      const text = blockText(block, section.key);
      if (text) lines.push(text);
    }
  }
  lines.push(`附件：${attachments.join("\n")}`);
  return lines.join("\n\n");
}
