/**
 * The authorization matrix as data: one row per server action or route handler (variants of one action,
 * e.g. each transition, are rows of their own). ../authorization-matrix.integration.test.ts calls every
 * row for every role on its own scope and on another, signed in through the action's own session check,
 * and asserts allow / 404 / 403 (and 401 signed out).
 *
 * Adding an action or a route? Add a row to the file of its area: `surface` names the file and export
 * (the test fails for any "use server" export or route method without a row), `allow` the roles that may
 * do it in their own scope, `prepare` the state the call needs so that an allowed call really succeeds.
 * A public route (the portal) goes to public-rows.ts instead: it must serve only what was published.
 */
import { ADMIN_ROWS } from "./admin-rows";
import { BUREAU_ROWS } from "./bureau-rows";
import { PUBLIC_ROWS } from "./public-rows";
import { REPORT_ROWS } from "./report-rows";
import type { MatrixRow } from "./types";

export { MATRIX_YEAR } from "./admin-rows";
export * from "./types";
export { publicTargets, type PublicMatrixRow, type PublicTargets } from "./public-rows";

export const MATRIX: MatrixRow[] = [...REPORT_ROWS, ...ADMIN_ROWS, ...BUREAU_ROWS];

/** Public surfaces (the portal): no session; published → 200 for everyone, anything else → 404. */
export const PUBLIC_MATRIX = PUBLIC_ROWS;

/** Surfaces deliberately outside the matrix, with the reason. */
export const NOT_IN_MATRIX: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth sign-in endpoints: public by design (lib/auth/login.integration.test.ts covers them)",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth sign-in endpoints: public by design (lib/auth/login.integration.test.ts covers them)",
};
