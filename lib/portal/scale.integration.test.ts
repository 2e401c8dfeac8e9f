import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { getPublicPublication } from "./detail";
import { listPublications } from "./list";
import type { PortalQuery } from "./search";

// The portal at the size of a province: 30 regions, 3,000 departments with 2 units each, 3 years
// published (9,000 live publications, plus 300 superseded). Every list query must answer correctly at
// that size; the timings are printed (speed is judged by `npm run bench`, never by a timeout in a test).
let test: TestDatabase;
const DEPARTMENTS = 3000;
const KINDS = ["教育局", "卫生健康局", "农业农村局", "住房和城乡建设局", "交通运输局", "市场监督管理局", "财政局", "水利局", "民政局", "文化旅游广电局"];

beforeAll(async () => {
  test = await createTestDatabase();
  const p = test.prisma;
  const user = await p.user.create({ data: { username: "publisher", displayName: "发布人", passwordHash: "-", role: "BUREAU" } });
  const top = await p.region.create({ data: { code: "99", name: "演示省" } });
  const regions = await p.region.createManyAndReturn({ data: Array.from({ length: 30 }, (_, i) => ({ code: `99${String(i).padStart(2, "0")}`, name: `第${i}市`, parentId: top.id, sortOrder: i })), select: { id: true } });
  const departments = await p.department.createManyAndReturn({
    data: Array.from({ length: DEPARTMENTS }, (_, i) => ({ code: `D${i}`, name: `第${i % 30}市${KINDS[i % KINDS.length]}${i}`, regionId: regions[i % 30].id, sortOrder: i })),
    select: { id: true },
  });
  await p.unit.createMany({ data: departments.flatMap((d, i) => [{ code: `D${i}-00`, name: `第${i % 30}市${KINDS[i % KINDS.length]}${i}本级`, departmentId: d.id, isSelf: true }, { code: `D${i}-01`, name: `下属单位${i}`, departmentId: d.id }]) });
  const document = { format: "publication/1", members: [{ unitCode: "x", unitName: "x", isSelf: true }] };
  const publications = departments.flatMap((d, i) =>
    [2022, 2023, 2024].map((year) => ({ departmentId: d.id, year, sequence: 1, document, sha256: "0".repeat(64), publishedById: user.id, supersededAt: i % 30 === 0 && year === 2024 ? new Date() : null })),
  );
  publications.push(...departments.filter((_, i) => i % 30 === 0).flatMap((d) => [{ departmentId: d.id, year: 2024, sequence: 2, document, sha256: "1".repeat(64), publishedById: user.id, supersededAt: null }]));
  for (let i = 0; i < publications.length; i += 2000) await p.publication.createMany({ data: publications.slice(i, i + 2000) });
  await p.$executeRawUnsafe('ANALYZE "Publication"; ANALYZE "Department"; ANALYZE "Unit"');
}, 120_000);
afterAll(() => test.drop());

const query = (q: Partial<PortalQuery>): PortalQuery => ({ q: "", year: null, view: "year", page: 1, ...q });

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  await fn(); // warm the connection and plans
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

it("lists, searches and paginates 9,000 live publications", async () => {
  const cases: [string, Partial<PortalQuery>, number][] = [
    ["home (by year, page 1)", {}, 9000],
    ["page 300 of the home", { page: 300 }, 9000],
    ["by department, page 75", { view: "department", page: 75 }, 9000],
    ["department name word", { q: "卫生健康" }, 900],
    ["unit name word", { q: "下属单位1234" }, 3],
    ["region (name of a city)", { q: "第7市" }, 300],
    ["words and year", { q: "教育局 2023" }, 300],
    ["year chip", { year: 2024 }, 3000],
    ["no match", { q: "不存在的部门" }, 0],
  ];
  const timings: string[] = [];
  for (const [label, q, count] of cases) {
    const [list, ms] = await timed(() => listPublications(test.prisma, query(q)));
    expect(list.publicationCount, label).toBe(count);
    timings.push(`${label}: ${ms.toFixed(0)} ms`);
  }
  const first = await test.prisma.publication.findFirstOrThrow({ where: { sequence: 2 } });
  const [detail, ms] = await timed(() => getPublicPublication(test.prisma, first.id));
  expect(detail?.versions).toHaveLength(2);
  timings.push(`detail: ${ms.toFixed(0)} ms`);
  console.log(`portal at ${DEPARTMENTS} departments:\n  ${timings.join("\n  ")}`);
}, 60_000);
