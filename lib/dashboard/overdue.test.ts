import { describe, expect, it } from "vitest";
import { completionPercent, daysOverdue, emptyCounts, unitDaysOverdue } from "./overdue";

// The demo deadline: 2022-05-31 23:59:59 Beijing time.
const deadline = new Date("2022-05-31T15:59:59.000Z");

describe("daysOverdue", () => {
  it("is 0 before and at the deadline, and when there is none", () => {
    expect(daysOverdue(deadline, new Date("2022-05-31T15:59:58.000Z"))).toBe(0);
    expect(daysOverdue(deadline, deadline)).toBe(0);
    expect(daysOverdue(null, new Date("2030-01-01T00:00:00Z"))).toBe(0);
  });

  it("counts Beijing calendar days: just after midnight of June 1 is the first day", () => {
    expect(daysOverdue(deadline, new Date("2022-05-31T16:00:01.000Z"))).toBe(1);
    expect(daysOverdue(deadline, new Date("2022-06-01T15:59:59.000Z"))).toBe(1);
    expect(daysOverdue(deadline, new Date("2022-06-01T16:00:00.000Z"))).toBe(2);
    expect(daysOverdue(deadline, new Date("2022-06-30T04:00:00.000Z"))).toBe(30);
  });

  it("is at least one day for a deadline in the middle of a day", () => {
    const noon = new Date("2024-03-01T04:00:00.000Z");
    expect(daysOverdue(noon, new Date("2024-03-01T05:00:00.000Z"))).toBe(1);
  });
});

describe("unitDaysOverdue", () => {
  const now = new Date("2022-06-10T02:00:00.000Z");
  it("counts units that owe a submission: no report, draft, returned", () => {
    expect(unitDaysOverdue("MISSING", deadline, now)).toBe(10);
    expect(unitDaysOverdue("DRAFT", deadline, now)).toBe(10);
    expect(unitDaysOverdue("RETURNED", deadline, now)).toBe(10);
  });
  it("does not count submitted, approved or published reports", () => {
    for (const s of ["SUBMITTED", "APPROVED", "PUBLISHED"] as const) expect(unitDaysOverdue(s, deadline, now)).toBe(0);
  });
});

describe("completionPercent", () => {
  it("is approved + published over all units, rounded down", () => {
    expect(completionPercent({ ...emptyCounts(), APPROVED: 1, PUBLISHED: 1, DRAFT: 1 })).toBe(66);
    expect(completionPercent(emptyCounts())).toBe(0);
  });
});
