/**
 * After the load: every acknowledged write counted in the database. Each write set a value never used
 * before in its report, so it is found by its audit row (report, cell, value) — the save writes the audit
 * row in the same transaction as the cell. Also: each cell holds its last acknowledged value, and each
 * report's version went up exactly once per acknowledged save.
 */
import pg from "pg";
import type { OfficerLedger } from "./accounting";

export interface Verification {
  acknowledgedWrites: number;
  /** Acknowledged writes with their audit row in the database. */
  found: number;
  lost: number;
  /** Cells whose stored value is not their last acknowledged one. */
  finalValueMismatches: number;
  /** Reports whose version is not 1 + acknowledged saves. */
  versionMismatches: number;
  /** CELL_UPDATE audit rows of writes that were never acknowledged (a timed-out request that committed). */
  unacknowledgedCommits: number;
}

export async function verifyWrites(url: string, ledgers: readonly { ledger: OfficerLedger; reportId: string }[]): Promise<Verification> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const acked = ledgers.flatMap(({ ledger, reportId }) => ledger.acked.map((w) => [reportId, w.target, w.value] as const));
    const found = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "AuditEvent" a
       JOIN unnest($1::text[], $2::text[], $3::text[]) AS x(report, target, value)
         ON a."reportId" = x.report AND a.target = x.target AND a.action = 'CELL_UPDATE' AND a.after->>'value' = x.value`,
      [acked.map((w) => w[0]), acked.map((w) => w[1]), acked.map((w) => w[2])],
    );
    const last = ledgers.flatMap(({ ledger, reportId }) => [...ledger.lastAcked].map(([target, value]) => [reportId, ...target.split("|"), value]));
    const finalValues = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(report, t, r, c, value)
       LEFT JOIN "ReportCell" rc ON rc."reportId" = x.report AND rc."tableKey" = x.t AND rc."rowKey" = x.r AND rc."colKey" = x.c
       WHERE rc.amount IS DISTINCT FROM x.value::numeric`,
      [0, 1, 2, 3, 4].map((i) => last.map((l) => l[i])),
    );
    const versions = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM unnest($1::text[], $2::int[]) AS x(report, saves) JOIN "Report" r ON r.id = x.report WHERE r.version <> 1 + x.saves`,
      [ledgers.map((l) => l.reportId), ledgers.map((l) => l.ledger.ackedSaves)],
    );
    const audits = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'CELL_UPDATE' AND "reportId" = ANY($1::text[])`, [
      ledgers.map((l) => l.reportId),
    ]);
    const n = (r: pg.QueryResult<{ n: string }>) => Number(r.rows[0].n);
    return {
      acknowledgedWrites: acked.length,
      found: n(found),
      lost: acked.length - n(found),
      finalValueMismatches: n(finalValues),
      versionMismatches: n(versions),
      unacknowledgedCommits: n(audits) - n(found),
    };
  } finally {
    await client.end();
  }
}
