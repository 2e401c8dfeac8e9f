/**
 * One publication as the portal shows it, and its stored files. Only Publication and PublicationFile
 * rows are read: what was frozen at publish time, never a report. An id that names no publication (a
 * report's id, a department's, garbage) gives null, which the pages and routes answer with 404.
 */
import type { PrismaClient } from "@/lib/prisma-client";
import { asciiFileName, isPublicFormat, publicFileName, sortFormats, type PublicFormat } from "./formats";
import { regionIndex } from "./regions";

export interface PublicFileInfo {
  format: PublicFormat;
  contentType: string;
  sha256: string;
  size: number;
}

export interface PublicMember {
  unitCode: string;
  unitName: string;
  isSelf: boolean;
}

export interface PublicVersion {
  id: string;
  sequence: number;
  publishedAt: Date;
  supersededAt: Date | null;
}

export interface PublicPublication extends PublicVersion {
  year: number;
  sha256: string;
  department: { id: string; name: string; code: string };
  /** Region names from the top down. */
  regionPath: string[];
  members: PublicMember[];
  files: PublicFileInfo[];
  /** Every publication of this department and year, oldest first (corrections follow the original). */
  versions: PublicVersion[];
  /** The live version when this one has been superseded, else null. */
  current: PublicVersion | null;
}

/** cuid()s and similar: anything else cannot be a publication id, so it is not even queried. */
export function isPlausibleId(id: string): boolean {
  return /^[A-Za-z0-9_-]{8,64}$/u.test(id);
}

export async function getPublicPublication(client: PrismaClient, id: string): Promise<PublicPublication | null> {
  if (!isPlausibleId(id)) return null;
  const row = await client.publication.findUnique({
    where: { id },
    select: {
      id: true, year: true, sequence: true, sha256: true, publishedAt: true, supersededAt: true,
      department: { select: { id: true, name: true, code: true, regionId: true } },
    },
  });
  if (!row) return null;
  const [regions, members, files, versions] = await Promise.all([
    client.region.findMany({ select: { id: true, name: true, parentId: true } }),
    // Only the member list of the frozen document: the document itself (every table) is not needed here.
    client.$queryRaw<{ members: unknown }[]>`SELECT "document"->'members' AS members FROM "Publication" WHERE id = ${id}`,
    client.$queryRaw<{ format: string; contentType: string; sha256: string; size: number }[]>`
      SELECT format, "contentType", sha256, octet_length(bytes)::int AS size FROM "PublicationFile" WHERE "publicationId" = ${id}`,
    client.publication.findMany({
      where: { departmentId: row.department.id, year: row.year },
      orderBy: { sequence: "asc" },
      select: { id: true, sequence: true, publishedAt: true, supersededAt: true },
    }),
  ]);
  const { regionId, ...department } = row.department;
  const live = versions.find((v) => v.supersededAt === null) ?? null;
  return {
    id: row.id,
    year: row.year,
    sequence: row.sequence,
    sha256: row.sha256,
    publishedAt: row.publishedAt,
    supersededAt: row.supersededAt,
    department,
    regionPath: regionIndex(regions).path(regionId),
    members: readMembers(members[0]?.members),
    files: sortFormats(files.filter((f): f is PublicFileInfo => isPublicFormat(f.format))),
    versions,
    current: row.supersededAt && live && live.id !== row.id ? live : null,
  };
}

/** The document's members (publication/1), read defensively: a malformed entry is skipped, not fatal. */
function readMembers(value: unknown): PublicMember[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((m) =>
    m && typeof m === "object" && typeof (m as PublicMember).unitName === "string"
      ? [{ unitCode: String((m as PublicMember).unitCode ?? ""), unitName: (m as PublicMember).unitName, isSelf: (m as PublicMember).isSelf === true }]
      : [],
  );
}

export interface PublicFile {
  bytes: Uint8Array;
  contentType: string;
  sha256: string;
  fileName: string;
  /** For clients that do not read filename* (RFC 5987). */
  asciiFileName: string;
}

/** The stored bytes of one format, with the download's Chinese file name; null when there is none. */
export async function getPublicFile(client: PrismaClient, id: string, format: string): Promise<PublicFile | null> {
  if (!isPlausibleId(id) || !isPublicFormat(format)) return null;
  const file = await client.publicationFile.findUnique({
    where: { publicationId_format: { publicationId: id, format } },
    select: { bytes: true, contentType: true, sha256: true, publication: { select: { year: true, sequence: true, department: { select: { name: true, code: true } } } } },
  });
  if (!file) return null;
  const { year, sequence, department } = file.publication;
  return {
    bytes: file.bytes,
    contentType: file.contentType,
    sha256: file.sha256,
    fileName: publicFileName({ departmentName: department.name, year, sequence, format }),
    asciiFileName: asciiFileName({ departmentCode: department.code, year, sequence, format }),
  };
}
