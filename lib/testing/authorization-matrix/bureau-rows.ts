/**
 * Matrix rows of the bureau's views over many reports: the aggregate export (a department in the caller's
 * scope, else 404), the progress workbook, and 文本核查 (an uploaded document; no stored target).
 */
import { readFileSync } from "node:fs";
import { ADMINS, action, params, route, type MatrixRow } from "./types";

export const BUREAU_ROWS: MatrixRow[] = [
  {
    surface: "app/api/aggregate/[kind]/[id]/export/route.ts#GET",
    label: "GET /api/aggregate/departments/[id]/export",
    allow: ["REVIEWER", "BUREAU", "ADMIN"],
    async call(_ctx, t) {
      const { GET } = await import("@/app/api/aggregate/[kind]/[id]/export/route");
      const { NextRequest } = await import("next/server");
      return route(await GET(new NextRequest("http://matrix.test/export?year=2024&format=json"), params({ kind: "departments", id: t.report.departmentId })));
    },
  },
  {
    surface: "app/api/dashboard/progress/route.ts#GET",
    label: "GET /api/dashboard/progress?department=",
    allow: ADMINS,
    async call(_ctx, t) {
      const { GET } = await import("@/app/api/dashboard/progress/route");
      const { NextRequest } = await import("next/server");
      return route(await GET(new NextRequest(`http://matrix.test/api/dashboard/progress?year=2024&department=${t.report.departmentId}`)));
    },
  },
  {
    surface: "app/(app)/audit/actions.ts#auditDocumentAction",
    label: "auditDocumentAction (文本核查)",
    allow: ADMINS,
    reach: "none",
    async call() {
      const { auditDocumentAction } = await import("@/app/(app)/audit/actions");
      const form = new FormData();
      form.set("file", new File([readFileSync("fixtures/000.json")], "000.json", { type: "application/json" }));
      return action(await auditDocumentAction(form));
    },
  },
];
