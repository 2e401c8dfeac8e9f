/**
 * The portal's lists: live publications (never a superseded one; each department shows its current
 * version per year) by year or by department, filtered by the search box, paginated, with counts.
 * Reads only Publication (a row exists only once a department is published) and the names around it,
 * never a report: nothing unpublished can reach these lists. Takes the client (app, tests, bench).
 */
import type { Prisma, PrismaClient } from "@/lib/prisma-client";
import { regionIndex, type RegionIndex } from "./regions";
import { searchTerms, type PortalQuery } from "./search";

export const PAGE_SIZE = 20;

export interface ListedPublication {
  id: string;
  year: number;
  sequence: number;
  publishedAt: Date;
  departmentId: string;
  departmentName: string;
  regionId: string;
  regionName: string;
}

export interface ListedDepartment {
  id: string;
  name: string;
  regionId: string;
  regionName: string;
  publications: { id: string; year: number; sequence: number; publishedAt: Date }[];
}

interface Page {
  page: number;
  pageCount: number;
  /** Live publications matching the search (and the year filter). */
  publicationCount: number;
  /** Per year: live publications matching the search words, ignoring the year filter (the year chips). */
  years: { year: number; count: number }[];
}

export type PortalList = Page & ({ view: "year"; items: ListedPublication[] } | { view: "department"; departmentCount: number; departments: ListedDepartment[] });

/** ILIKE '%word%': Prisma passes % and _ through as wildcards, so they are escaped to match literally. */
const insensitive = (word: string) => ({ contains: word.replace(/[\\%_]/gu, (c) => `\\${c}`), mode: "insensitive" as const });

/** The search box as a where clause: every word must match the department, a unit or a region. */
export function searchWhere(q: string, regions: RegionIndex): Prisma.PublicationWhereInput {
  const { words, years } = searchTerms(q);
  const clauses: Prisma.PublicationWhereInput[] = words.map((word) => ({
    OR: [
      { department: { name: insensitive(word) } },
      { department: { code: insensitive(word) } },
      { department: { units: { some: { name: insensitive(word) } } } },
      { department: { regionId: { in: regions.matching(word) } } },
    ],
  }));
  if (years.length) clauses.push({ year: { in: years } });
  return { supersededAt: null, AND: clauses };
}

const ORDER_IN_YEAR: Prisma.PublicationOrderByWithRelationInput[] = [
  { department: { region: { sortOrder: "asc" } } },
  { department: { region: { code: "asc" } } },
  { department: { sortOrder: "asc" } },
  { department: { code: "asc" } },
];

export async function listPublications(client: PrismaClient, query: PortalQuery): Promise<PortalList> {
  const regions = regionIndex(await client.region.findMany({ select: { id: true, name: true, parentId: true } }));
  const matching = searchWhere(query.q, regions);
  const where: Prisma.PublicationWhereInput = query.year ? { AND: [matching, { year: query.year }] } : matching;
  const [publicationCount, yearGroups] = await Promise.all([
    client.publication.count({ where }),
    client.publication.groupBy({ by: ["year"], where: matching, _count: { _all: true }, orderBy: { year: "desc" } }),
  ]);
  const years = yearGroups.map((g) => ({ year: g.year, count: g._count._all }));
  if (query.view === "department") return { ...(await listByDepartment(client, where, query.page, regions)), publicationCount, years };
  const pageCount = Math.max(1, Math.ceil(publicationCount / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await client.publication.findMany({
    where,
    orderBy: [{ year: "desc" }, ...ORDER_IN_YEAR],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, year: true, sequence: true, publishedAt: true, department: { select: { id: true, name: true, regionId: true } } },
  });
  const items = rows.map((r) => ({
    id: r.id,
    year: r.year,
    sequence: r.sequence,
    publishedAt: r.publishedAt,
    departmentId: r.department.id,
    departmentName: r.department.name,
    regionId: r.department.regionId,
    regionName: regions.name(r.department.regionId),
  }));
  return { view: "year", page, pageCount, publicationCount, years, items };
}

/** Departments with at least one matching live publication, region by region, each with its years. */
async function listByDepartment(client: PrismaClient, where: Prisma.PublicationWhereInput, requested: number, regions: RegionIndex) {
  const departmentWhere: Prisma.DepartmentWhereInput = { publications: { some: where } };
  const departmentCount = await client.department.count({ where: departmentWhere });
  const pageCount = Math.max(1, Math.ceil(departmentCount / PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  const rows = await client.department.findMany({
    where: departmentWhere,
    orderBy: [{ region: { sortOrder: "asc" } }, { region: { code: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      name: true,
      regionId: true,
      publications: { where, orderBy: { year: "desc" }, select: { id: true, year: true, sequence: true, publishedAt: true } },
    },
  });
  const departments = rows.map((d) => ({ ...d, regionName: regions.name(d.regionId) }));
  return { view: "department" as const, page, pageCount, departmentCount, departments };
}
