/**
 * A PublicationDocument from the fixture reports (fixtures/000.json, 001.json with their narrative inputs
 * and 绩效自评 forms), built through the same assemblePublicationDocument as publishing: the renderers'
 * and the narrative's tests need no database.
 */
import { readFileSync } from "node:fs";
import { loadCatalogue } from "@/lib/catalogue";
import { loadFixtureInputs } from "@/lib/narrative/testing/fixture-inputs";
import { formDataFromView } from "@/lib/performance/convert";
import { readPerformanceDocument } from "@/lib/performance/printed";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { assemblePublicationDocument } from "../assemble";
import { performanceAttachment, type StoredForm } from "../attachment";
import type { PublicationDocument } from "../types";

export const FIXTURE_PUBLISHED_AT = new Date("2022-09-15T02:00:00.000Z");

/** The seed's 部门职责 and 机构设置 are not in final-accounts/1; a short stand-in keeps 第一部分 realistic. */
const PROFILE: Record<string, Record<string, string>> = {
  "000": {
    duties: "（一）负责及时、准确、全面地向中央和省、市、区委报送信息，反映有关动态。\n（二）负责区委文件的起草、校核、印发工作；负责区委日常文书处理、档案管理和开发利用工作。",
    organisation: "（一）内设机构设置。中共株洲市荷塘区委办公室单位内设机构包括综合室、综合信息室、督查室、绩效办。",
  },
  "001": { duties: "负责市政府日常工作的综合协调。", organisation: "市政府办公室内设秘书科、综合科等科室。" },
};

export function fixtureDocument(seed: "000" | "001"): PublicationDocument {
  const { view } = readPublishedDocument(JSON.parse(readFileSync(`fixtures/${seed}.json`, "utf8")));
  const { inputs, texts: reasonTexts } = loadFixtureInputs(seed);
  const texts = { ...reasonTexts, ...PROFILE[seed] };
  const catalogue = loadCatalogue(view.year);
  const perf = readPerformanceDocument(JSON.parse(readFileSync(`fixtures/${seed}-performance.json`, "utf8")));
  const forms: StoredForm[] = perf.forms.map((f, i) => {
    const typed = formDataFromView(f);
    return { id: `f${i + 1}`, kind: typed.kind, projectName: typed.projectName, data: typed.data };
  });
  const unitCode = view.unit.code ?? seed;
  const attachment = performanceAttachment({ unitCode, unitName: view.unit.name, unitType: "行政单位", view, forms, texts: {} });
  return assemblePublicationDocument({
    scope: "department",
    department: { code: unitCode, name: view.unit.name },
    publishedAt: FIXTURE_PUBLISHED_AT,
    view,
    members: (view.members?.length ? view.members : [view.unit.name]).map((name, i) => ({ unitCode: `${unitCode}-${i}`, unitName: name, isSelf: i === 0, reportId: `fixture-${seed}-${i}`, revision: 1 })),
    memberSources: [{ view, inputs, prior: undefined }],
    texts,
    unitType: "行政单位",
    catalogue,
    attachments: attachment ? [attachment] : [],
  });
}
