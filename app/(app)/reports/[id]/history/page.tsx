import type { Metadata } from "next";
import { Panel } from "@/components/ui/panel";
import { AuditLog } from "@/components/workflow/audit-log";
import { CommentsPanel, type CommentGroup } from "@/components/workflow/comments-panel";
import { TransitionTimeline } from "@/components/workflow/transition-timeline";
import { VersionDiff } from "@/components/workflow/version-diff";
import { db } from "@/lib/db";
import { requireReportPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { loadStoredState } from "@/lib/entry/db/report-source";
import { deriveSource } from "@/lib/entry/report-source";
import { tablePages } from "@/lib/entry/table-pages";
import { isCellTarget } from "@/lib/workflow/audit-format";
import { commentAuditTarget, listComments } from "@/lib/workflow/comments";
import { defaultDiffPair, listAuditEvents, listSnapshots, listTransitions, snapshotDiff } from "@/lib/workflow/history";
import { pageLabels, targetHref, targetLabeller } from "@/lib/workflow/target-labels";

export const metadata: Metadata = { title: "审核与历史" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 200 ? v : null);

/**
 * 审核与历史: the report's moves, the reviewers' comments and the officer's replies, the difference
 * between frozen versions, and (for reviewers and the bureau) every recorded change with old → new.
 */
export default async function ReportHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { user, report } = await requireReportPage((await params).id);
  const search = await searchParams;
  const [transitions, snapshots, comments, state] = await Promise.all([
    listTransitions(user, report.id),
    listSnapshots(user, report.id),
    listComments(user, report.id),
    loadStoredState(db, report),
  ]);
  const view = deriveSource(state.source);
  const label = targetLabeller(view);
  const pages = pageLabels(view);

  const tableKeys = view.template.tables.map((t) => t.key as string);
  const cell = isCellTarget(one(search.cell)) ? one(search.cell) : null;
  const table = tableKeys.includes(one(search.table) ?? "") ? one(search.table) : null;
  const chosen = one(search.a) && one(search.b) ? { a: one(search.a)!, b: one(search.b)! } : null;
  const pair = chosen ?? defaultDiffPair(snapshots);
  const diff = pair ? await snapshotDiff(user, report.id, pair.a, pair.b).catch(() => null) : null;
  const canAudit = can(user.role, "audit.view");
  const audit = canAudit ? await listAuditEvents(user, report.id, { cell, table, page: Number.parseInt(one(search.page) ?? "1", 10) || 1 }) : null;

  const current: Record<string, string | null> = { a: chosen?.a ?? null, b: chosen?.b ?? null, cell, table, page: one(search.page) };
  const href = (change: Record<string, string | null>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...current, ...change })) if (v) q.set(k, v);
    const s = q.toString();
    return `/reports/${report.id}/history${s ? `?${s}` : ""}#changes`;
  };

  const groups = new Map<string, CommentGroup>();
  for (const c of comments) {
    const target = { table: c.table, row: c.row, column: c.column };
    const key = commentAuditTarget(target);
    const group = groups.get(key) ?? { key, label: label(key), href: targetHref(report.id, target), target, comments: [] };
    group.comments.push(c);
    groups.set(key, group);
  }
  const open = (g: CommentGroup) => g.comments.some((c) => !c.resolvedAt);
  const latest = (g: CommentGroup) => g.comments[g.comments.length - 1].createdAt;
  const ordered = [...groups.values()].sort((x, y) => Number(open(y)) - Number(open(x)) || latest(y).localeCompare(latest(x)));

  return (
    <div className="grid items-start gap-3 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="min-w-0 space-y-3">
        <Panel title="版本对比">
          <VersionDiff
            reportId={report.id}
            snapshots={snapshots}
            pair={pair}
            diff={diff}
            cellLabel={(key) => label(key)}
            pageLabel={(slug) => pages.get(slug) ?? slug}
            hidden={Object.fromEntries(Object.entries({ cell, table }).filter((e): e is [string, string] => !!e[1]))}
          />
        </Panel>
        {audit ? (
          <div id="changes">
            <Panel title="变更记录">
              <AuditLog
                entries={audit.entries}
                page={audit.page}
                pages={audit.pages}
                total={audit.total}
                filter={{ table, cell }}
                tables={view.template.tables.map((t) => ({ key: t.key, label: pages.get(t.key) ?? t.key }))}
                targetLabel={label}
                href={href}
              />
            </Panel>
          </div>
        ) : null}
      </div>
      <div className="space-y-3">
        <Panel title="流转记录">
          <TransitionTimeline entries={transitions} />
        </Panel>
        <Panel title={`审核意见${comments.length ? `（${comments.filter((c) => !c.resolvedAt).length} 条未处理）` : ""}`}>
          <CommentsPanel
            reportId={report.id}
            groups={ordered}
            tables={tablePages(view.template).map((p) => ({ slug: p.slug, label: `${p.no} ${p.title}` }))}
            canComment={can(user.role, "report.comment")}
            currentRevision={report.revision}
          />
        </Panel>
      </div>
    </div>
  );
}
