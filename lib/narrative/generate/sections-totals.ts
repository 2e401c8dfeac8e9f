/** 一 收入支出决算总体, 二 收入, 三 支出, 四 财政拨款收入支出决算总体. */
import type { Paragraph, Run } from "../types";
import { changeClause, shareClause } from "./phrases";
import { join, sentence, type Writer } from "./writer";

const INCOME = ["fiscal", "superior", "business", "operating", "affiliated", "other"];
const EXPENSE = ["basic", "project", "superior", "operating", "affiliated"];

/** The change against last year and, unless unchanged, the reason slot. */
export function changeWithReason(w: Writer, currentId: string, reasonKey: string, subject = ""): Run[] {
  const b = w.ctx.book;
  const c = changeClause(w, b.get(currentId), b.get(`prior.${currentId}`), "prior", subject);
  if (c.direction === "flat") return c.runs;
  return [...c.runs, ...w.fill("change.reason", { reason: w.reason(reasonKey, "增减变化的主要原因") })];
}

function part(w: Writer, id: string): Run[] {
  const q = w.ctx.book.get(id);
  return w.fill("overview.part", { label: q.label, amount: w.figure(q) });
}

export function overviewSection(w: Writer): Paragraph[] {
  const b = w.ctx.book;
  const income = [part(w, "opening"), ...(b.get("nonfiscal").value?.isZero() === false ? [part(w, "nonfiscal")] : [])];
  const expense = [...(b.get("distribution").value?.isZero() === false ? [part(w, "distribution")] : []), part(w, "closing")];
  const runs = w.fill("overview", {
    grand: w.figureOf("grand"),
    incomeParts: join(income, "和"),
    expenseParts: join(expense, "和"),
    change: changeWithReason(w, "grand", "reason.overview.change"),
  });
  return [{ kind: "text", sentences: [sentence("overview", runs)] }];
}

function categories(w: Writer, kind: "income" | "expense", keys: string[]): Paragraph[] {
  const b = w.ctx.book;
  const whole = b.get(w.ctx.doc.shares[kind]);
  const listed = keys.filter((k) => w.ctx.doc.listZeroCategories || b.get(`${kind}.${k}`).value?.isZero() === false);
  const items = (listed.length > 0 ? listed : keys.slice(0, 1)).map((k) => {
    const q = b.get(`${kind}.${k}`);
    return w.fill("category.item", { label: q.label, amount: w.figure(q), share: shareClause(w, q, whole) });
  });
  const runs = w.fill(kind, { total: w.figure(b.get(`${kind}.total`)), items: join(items, "；") });
  return [{ kind: "text", sentences: [sentence(kind, runs)] }];
}

export const incomeSection = (w: Writer) => categories(w, "income", INCOME);
export const expenseSection = (w: Writer) => categories(w, "expense", EXPENSE);

export function fiscalSection(w: Writer): Paragraph[] {
  const runs = w.fill("fiscal", {
    grand: w.figureOf("fiscal.grand"),
    opening: w.figureOf("fiscal.opening"),
    closing: w.figureOf("fiscal.closing"),
    change: changeWithReason(w, "fiscal.grand", "reason.fiscal.change"),
  });
  return [{ kind: "text", sentences: [sentence("fiscal", runs)] }];
}
