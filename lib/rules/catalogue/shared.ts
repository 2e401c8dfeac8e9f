/**
 * Wording shared by the catalogue. An identity's message is its statement followed by RESULT; the
 * judge fills {允许} per outcome band: "（允许尾差 ±0.04，9 个四舍五入数字）" for a failure, the
 * "在理论尾差上限…以内，但超过常见尾差 ±0.02，请核对" clause in the WARNING band, nothing when t = 0
 * (the wording of fixtures/*.reference-findings.json).
 */
export const RESULT = "：应为 {应为}，实为 {实为}，差额 {差额}{允许}。";

/** A statement of what should hold, as a full identity message. */
export const holds = (statement: string): string => statement + RESULT;
