import { describe, expect, it } from "vitest";
import { buildImportPreview } from "./import-preview";
import { seed } from "./testing/fixtures";

describe("buildImportPreview", () => {
  const s = seed("000");

  it("replaces the 部门整体 form and same-named projects, adds the others, and keeps the file's findings", () => {
    const existing = [
      { id: "w", kind: "WHOLE" as const, projectName: null, version: 3 },
      { id: "p", kind: "PROJECT" as const, projectName: "区委中心 工作经费", version: 7 },
    ];
    const preview = buildImportPreview(s, existing, s.facts, s.template);
    expect(preview.problems).toEqual([]);
    expect(preview.forms.map((f) => [f.action, f.replaces])).toEqual([
      ["replace", { formId: "w", version: 3 }],
      ["create", null],
      ["replace", { formId: "p", version: 7 }],
    ]);
    expect(preview.forms[1]).toMatchObject({ printed: { totalScore: "100" }, computed: { totalScore: "110", grade: "优", rate: "100.0%" } });
    expect(preview.typed[0].data.funds.total.annual).toBe("");
    // The 19 form findings of seed 000 (fixtures.test.ts lists 22; the 3 about the 自评报告 need the report).
    expect(preview.findings.length).toBe(19);
  });

  it("refuses two 部门整体 forms, a project without a name and a project twice", () => {
    const twice = { ...s, forms: [s.forms[0], s.forms[0], s.forms[1], s.forms[1], { ...s.forms[2], projectName: "" }] };
    expect(buildImportPreview(twice, [], null, s.template).problems).toEqual([
      "文件中有 2 张部门整体支出绩效自评表，每份报表只能有一张。",
      "项目“《荷塘年鉴》工作经费”在文件中出现了两次，请只保留一张。",
      "有一张项目支出绩效自评表没有填写专项名称，请补上项目名称后再导入。",
    ]);
  });
});
