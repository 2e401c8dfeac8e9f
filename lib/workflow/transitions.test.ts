import { describe, expect, it } from "vitest";
import type { ReportStatus, Role } from "@/lib/generated/prisma/enums";
import { REPORT_STATUSES, TRANSITION_ACTIONS, TRANSITIONS, availableActions, nextStatus, type TransitionAction } from "./transitions";

const ROLES: Role[] = ["OFFICER", "REVIEWER", "BUREAU", "ADMIN"];

// The whole machine written out by hand: status × action → next status ("—" = not allowed).
const EXPECTED_NEXT: Record<ReportStatus, Partial<Record<TransitionAction, ReportStatus>>> = {
  DRAFT: { SUBMIT: "SUBMITTED" },
  SUBMITTED: { RETURN: "RETURNED", APPROVE: "APPROVED" },
  RETURNED: { SUBMIT: "SUBMITTED" },
  APPROVED: { PUBLISH: "PUBLISHED", REOPEN: "DRAFT" },
  PUBLISHED: { REOPEN: "DRAFT" },
};

// Who may take each action at all (independent of status and scope).
const EXPECTED_ROLES: Record<TransitionAction, Role[]> = {
  SUBMIT: ["OFFICER"],
  RETURN: ["REVIEWER", "BUREAU"],
  APPROVE: ["REVIEWER", "BUREAU"],
  PUBLISH: ["BUREAU"],
  REOPEN: ["BUREAU"],
};

describe("nextStatus", () => {
  for (const status of REPORT_STATUSES) {
    for (const action of TRANSITION_ACTIONS) {
      const expected = EXPECTED_NEXT[status][action] ?? null;
      it(`${status} × ${action} → ${expected ?? "refused"}`, () => {
        expect(nextStatus(status, action)).toBe(expected);
      });
    }
  }
});

describe("availableActions", () => {
  for (const role of ROLES) {
    for (const status of REPORT_STATUSES) {
      const expected = TRANSITION_ACTIONS.filter((a) => EXPECTED_NEXT[status][a] !== undefined && EXPECTED_ROLES[a].includes(role));
      it(`${role} on ${status}: ${expected.join(", ") || "none"}`, () => {
        expect(availableActions(role, status)).toEqual(expected);
      });
    }
  }

  it("gives an ADMIN no workflow action on any status (administration is not review)", () => {
    expect(REPORT_STATUSES.flatMap((s) => availableActions("ADMIN", s))).toEqual([]);
  });
});

describe("the table", () => {
  it("asks for a comment on RETURN and a reason on REOPEN, and nothing else", () => {
    expect(Object.fromEntries(TRANSITION_ACTIONS.map((a) => [a, TRANSITIONS[a].requires]))).toEqual({
      SUBMIT: null,
      RETURN: "comment",
      APPROVE: null,
      PUBLISH: null,
      REOPEN: "reason",
    });
  });

  it("starts a new revision only on REOPEN, and never leaves a published report editable in place", () => {
    expect(TRANSITION_ACTIONS.filter((a) => TRANSITIONS[a].newRevision)).toEqual(["REOPEN"]);
    // The only way out of PUBLISHED is a new revision.
    expect(TRANSITION_ACTIONS.filter((a) => nextStatus("PUBLISHED", a) !== null)).toEqual(["REOPEN"]);
  });
});
