import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/errors";
import { insertPublication } from "@/lib/portal/testing/publications";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { createDemoFixture, type DemoFixture } from "@/lib/workflow/testing/demo-fixture";

// 公开管理 lists the publications of the caller's regions only (a 株洲市 bureau never sees 益阳市's),
// live and superseded, with their stored formats; other roles are refused.
let test: TestDatabase;
let fx: DemoFixture;
let managedPublications: typeof import("./publications").managedPublications;

beforeAll(async () => {
  test = await createTestDatabase();
  fx = await createDemoFixture(test);
  ({ managedPublications } = await import("./publications"));
  const zhuzhou = await test.prisma.region.findUniqueOrThrow({ where: { code: "4302" } });
  await test.prisma.user.create({ data: { username: "bureau_zz", displayName: "株洲财政", passwordHash: "-", role: "BUREAU", regionId: zhuzhou.id } });
  await insertPublication(test.prisma, { departmentCode: "430202-001", year: 2021, files: { pdf: "%PDF", json: "{}" } });
  await insertPublication(test.prisma, { departmentCode: "430202-001", year: 2021, files: { pdf: "%PDF" } });
  await insertPublication(test.prisma, { departmentCode: "430903-001", year: 2021 });
});
afterAll(() => test.drop());

describe("managedPublications", () => {
  it("gives a region's bureau its departments' publications, newest version first, with formats", async () => {
    const { rows, truncated } = await managedPublications(await fx.user("bureau_zz"), 2021);
    expect(truncated).toBe(false);
    expect(rows.map((r) => [r.department.name, r.sequence, r.supersededAt === null, r.formats])).toEqual([
      ["中共株洲市荷塘区委办公室", 2, true, ["pdf"]],
      ["中共株洲市荷塘区委办公室", 1, false, ["pdf", "json"]],
    ]);
  });

  it("gives the top-level bureau every region", async () => {
    const { rows } = await managedPublications(await fx.user("bureau"), 2021);
    expect(rows.map((r) => r.department.name)).toContain("益阳市赫山区人民政府办公室");
    expect(await managedPublications(await fx.user("bureau"), 2024)).toEqual({ rows: [], truncated: false });
  });

  it("refuses officers and reviewers", async () => {
    for (const username of ["officer", "reviewer"]) {
      await expect(managedPublications(await fx.user(username), 2021)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
