/**
 * Public surfaces (the portal, /gongkai): no session, the same answer for every caller. They serve what
 * a department published (Publication / PublicationFile rows) and answer 404 for anything else. The
 * matrix test calls each row signed out and as every role, on a published publication (200, the stored
 * bytes) and on ids of things that are not published — an unpublished report, its department, its
 * unit, a made-up id (404, nothing of the unpublished report in the answer).
 */
import type { PrismaClient } from "@/lib/prisma-client";
import { params } from "./types";

export interface PublicMatrixRow {
  /** `<file>#<export>` of the route handler. */
  surface: string;
  label: string;
  /** The format whose stored bytes a published call must return. */
  format: string;
  call(publicationId: string): Promise<Response>;
}

export interface PublicTargets {
  /** A publication with every format stored: its bytes by format. */
  published: { id: string; bytes: Record<string, Uint8Array> };
  /** Ids that name no publication, each with what it is; and the names of the unpublished department. */
  unpublished: { id: string; what: string }[];
  secrets: string[];
}

const FILES = "app/(public)/gongkai/[publicationId]/files/[format]/route.ts";
const DOCUMENT = "app/(public)/gongkai/[publicationId]/document/route.ts";

const get = (url: string) => new Request(`http://matrix.test${url}`);

export const PUBLIC_ROWS: PublicMatrixRow[] = [
  ...["pdf", "json"].map((format) => ({
    surface: `${FILES}#GET`,
    label: `GET /gongkai/[id]/files/${format}`,
    format,
    async call(id: string) {
      const { GET } = await import("@/app/(public)/gongkai/[publicationId]/files/[format]/route");
      return GET(get(`/gongkai/${id}/files/${format}`), params({ publicationId: id, format }));
    },
  })),
  {
    surface: `${DOCUMENT}#GET`,
    label: "GET /gongkai/[id]/document",
    format: "html",
    async call(id: string) {
      const { GET } = await import("@/app/(public)/gongkai/[publicationId]/document/route");
      return GET(get(`/gongkai/${id}/document`), params({ publicationId: id }));
    },
  },
];

/**
 * 中共株洲市荷塘区委办公室 2021 published (no other matrix row touches that department), with a file per
 * format; 益阳市赫山区人民政府办公室 (the matrix's "other" scope) unpublished, its report approved.
 */
export async function publicTargets(prisma: PrismaClient): Promise<PublicTargets> {
  const { insertPublication } = await import("@/lib/portal/testing/publications");
  const contents: Record<string, string> = { html: "<!doctype html><title>荷塘</title><p>公开文档</p>", pdf: "%PDF-1.7 荷塘", json: '{"format":"final-accounts/1"}' };
  const published = await insertPublication(prisma, { departmentCode: "430202-001", year: 2021, files: contents });
  const heshan = await prisma.unit.findUniqueOrThrow({ where: { code: "430903-001-00" }, include: { department: true } });
  const report = await prisma.report.findFirstOrThrow({ where: { unitId: heshan.id, year: 2024 } });
  await prisma.report.update({ where: { id: report.id }, data: { status: "APPROVED" } });
  return {
    published: { id: published.id, bytes: Object.fromEntries(Object.entries(contents).map(([f, s]) => [f, new TextEncoder().encode(s)])) },
    unpublished: [
      { id: report.id, what: "an approved, unpublished report" },
      { id: heshan.departmentId, what: "its department" },
      { id: heshan.id, what: "its unit" },
      { id: "cm0000000000000000000000", what: "an id that names nothing" },
      { id: "..%2F..%2Fetc%2Fpasswd", what: "a path" },
    ],
    secrets: [heshan.department.name, heshan.name, report.id],
  };
}
