/**
 * The generator's slot name for a printed figure the auditor bound: how a printed sentence and a generated
 * one are compared figure by figure (the proposals, and the fixture tests of the generator).
 */
import type { BoundFigure } from "./bind";

export function slotOfFigure(f: BoundFigure): string | null {
  if (!f.qid) return null;
  // The generator names 机关运行经费 compared with last year's 决算 "priorFinal".
  const basis = f.basis === "prior" && f.qid === "ops.actual" ? "priorFinal" : f.basis;
  switch (f.role) {
    case "amount":
      return f.qid;
    case "share":
      return `share:${f.qid}`;
    case "completion":
      return `completion:${f.qid}`;
    case "change":
      return `change:${f.qid}:${basis}`;
    case "change%":
      return `change%:${f.qid}:${basis}`;
    default:
      return null;
  }
}
