import { describe, expect, it } from "vitest";
import { departmentProgress, regionPath, regionProgress, type RegionRef } from "./rollup";
import type { DepartmentStatusRow } from "./queries";

const regions: RegionRef[] = [
  { id: "p", code: "43", name: "省", parentId: null, sortOrder: 0 },
  { id: "c", code: "4302", name: "市", parentId: "p", sortOrder: 1 },
  { id: "d", code: "430202", name: "区", parentId: "c", sortOrder: 2 },
  { id: "o", code: "4309", name: "另一市", parentId: "p", sortOrder: 3 },
];

const row = (departmentId: string, regionId: string, status: DepartmentStatusRow["status"], n: number, sortOrder = 0): DepartmentStatusRow => ({
  departmentId, code: departmentId, name: departmentId, regionId, sortOrder, status, n,
});

describe("departmentProgress", () => {
  it("folds (department, status) rows into counts, totals, completion and outstanding units", () => {
    const [a, b] = departmentProgress([row("A", "c", "APPROVED", 3, 1), row("A", "c", "DRAFT", 1, 1), row("B", "d", "MISSING", 2, 2)]);
    expect(a).toMatchObject({ id: "A", total: 4, completion: 75, outstanding: 1 });
    expect(a.counts.APPROVED).toBe(3);
    expect(b).toMatchObject({ id: "B", total: 2, completion: 0, outstanding: 2 });
  });
});

describe("regionProgress", () => {
  it("counts every department of the region's subtree", () => {
    const departments = departmentProgress([row("A", "c", "SUBMITTED", 2), row("B", "d", "PUBLISHED", 1), row("C", "o", "DRAFT", 5)]);
    const [city, other] = regionProgress(regions, [regions[1], regions[3]], departments);
    expect(city).toMatchObject({ id: "c", total: 3, outstanding: 0, completion: 33 });
    expect(other).toMatchObject({ id: "o", total: 5, outstanding: 5 });
  });
});

describe("regionPath", () => {
  it("runs from the top of the caller's scope down to the region", () => {
    expect(regionPath(regions, "d", null).map((r) => r.id)).toEqual(["p", "c", "d"]);
    expect(regionPath(regions, "d", new Set(["c", "d"])).map((r) => r.id)).toEqual(["c", "d"]);
  });
});
