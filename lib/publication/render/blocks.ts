/**
 * The public document as a sequence of blocks (cover, 目录, parts, headings, paragraphs, tables): the one
 * outline the HTML, PDF and Word renderers share, so the three always print the same content in the same
 * order. Pure function of the frozen PublicationDocument.
 */
import { accountsTables } from "./accounts-tables";
import { formTable } from "./form-tables";
import type { TableModel } from "./grid";
import type { PublicationDocument } from "../types";

export type Block =
  | { kind: "cover"; unit: string; title: string; subtitle: string }
  | { kind: "toc"; entries: { id: string; text: string; level: 1 | 2 }[] }
  /** A part (第一部分…): starts a new page. */
  | { kind: "part"; id: string; text: string }
  | { kind: "heading"; id?: string; level: 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  /** A table under its own heading; starts a new page (a table never shares a page with the previous part). */
  | { kind: "table"; heading: string; model: TableModel };

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for section numbers). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
}

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n+/u)
    .map((t) => t.trim())
    .filter((t) => t !== "")
    .map((t) => ({ kind: "paragraph" as const, text: t }));

function profileBlocks(doc: PublicationDocument): Block[] {
  const p = doc.profile ?? { duties: doc.texts.duties ?? "", organisation: doc.texts.organisation ?? "", composition: "", units: [] };
  const out: Block[] = [{ kind: "heading", id: "p1-duties", level: 2, text: "一、部门职责" }];
  out.push(...(p.duties ? paragraphs(p.duties) : [{ kind: "paragraph" as const, text: "【待填写：部门职责】" }]));
  out.push({ kind: "heading", id: "p1-organisation", level: 2, text: "二、机构设置" });
  out.push(...(p.organisation ? paragraphs(p.organisation) : []));
  // The seeds number the two paragraphs of 机构设置: （一）内设机构设置… （二）决算单位构成…
  if (p.composition) out.push(...paragraphs(`${/^（一）/u.test(p.organisation) ? "（二）" : ""}决算单位构成。${p.composition.replace(/^（二）决算单位构成[。：:]?/u, "")}`));
  if (p.units.length > 1) {
    out.push({ kind: "heading", level: 3, text: "纳入本部门决算汇总的单位" });
    out.push(...p.units.map((u, i) => ({ kind: "paragraph" as const, text: `${i + 1}. ${u.name}${u.isSelf ? "（本级）" : ""}` })));
  }
  return out;
}

function narrativeBlocks(doc: PublicationDocument): Block[] {
  if (!doc.narrative) return [{ kind: "paragraph", text: "无" }];
  return doc.narrative.sections.flatMap((s, i): Block[] => [
    { kind: "heading", id: `p3-${i + 1}`, level: 2, text: s.heading },
    ...s.paragraphs.map((p): Block => (p.kind === "heading" ? { kind: "heading", level: 3, text: p.text } : { kind: "paragraph", text: p.text })),
  ]);
}

function attachmentBlocks(doc: PublicationDocument): Block[] {
  const list = doc.attachments ?? [];
  if (list.length === 0) return [{ kind: "paragraph", text: "无" }];
  const several = list.length > 1;
  return list.flatMap((a, k): Block[] => {
    const prefix = several ? `${a.unitName}：` : "";
    const out: Block[] = [];
    if (a.report) {
      out.push({ kind: "heading", id: `p5-${k + 1}`, level: 2, text: `${prefix}附件1 ${a.report.title}` });
      for (const s of a.report.sections) {
        out.push({ kind: "heading", level: 3, text: s.heading });
        for (const p of s.paragraphs) out.push(p.kind === "heading" ? { kind: "heading", level: 3, text: p.text } : { kind: "paragraph", text: p.text });
      }
      if (a.report.attachments.length) out.push({ kind: "paragraph", text: `附件：${a.report.attachments.join("；")}` });
    }
    (a.forms?.forms ?? []).forEach((f, j) => out.push({ kind: "table", heading: `${prefix}${f.attachment} ${f.title}`, model: formTable(f, `p5-${k + 1}-${j + 1}`) }));
    return out;
  });
}

export function documentBlocks(doc: PublicationDocument): Block[] {
  const name = doc.department.name;
  const year = doc.year;
  const tables = accountsTables(doc.accounts, doc.templateVersion);
  const parts: { id: string; text: string; body: Block[] }[] = [
    { id: "part1", text: "第一部分 部门概况", body: profileBlocks(doc) },
    { id: "part2", text: `第二部分 ${year}年度部门决算表`, body: tables.map((t, i) => ({ kind: "table" as const, heading: `${chineseNumber(i + 1)}、${t.title}`, model: t })) },
    { id: "part3", text: `第三部分 ${year}年度部门决算情况说明`, body: narrativeBlocks(doc) },
    { id: "part4", text: "第四部分 名词解释", body: (doc.glossary ?? []).map((g, i) => ({ kind: "paragraph" as const, text: `${chineseNumber(i + 1)}、${g.term}：${g.text}` })) },
    { id: "part5", text: "第五部分 附件", body: attachmentBlocks(doc) },
  ];
  const toc: { id: string; text: string; level: 1 | 2 }[] = [];
  for (const part of parts) {
    toc.push({ id: part.id, text: part.text, level: 1 });
    for (const b of part.body) {
      if (b.kind === "heading" && b.level === 2 && b.id) toc.push({ id: b.id, text: b.text, level: 2 });
      if (b.kind === "table" && part.id === "part2") toc.push({ id: b.model.id, text: b.heading, level: 2 });
    }
  }
  const subtitle = doc.scope === "unit" ? "（单位预览，未公开）" : "";
  return [
    { kind: "cover", unit: name, title: `${year}年度部门决算`, subtitle },
    { kind: "toc", entries: toc },
    ...parts.flatMap((p): Block[] => [{ kind: "part", id: p.id, text: p.text }, ...p.body]),
  ];
}
