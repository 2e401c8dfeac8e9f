import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportUpload } from "@/components/report/import-upload";
import { Panel } from "@/components/ui/panel";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { entryAccess } from "@/lib/dal/entry";
import { getReportForUser } from "@/lib/dal/reports";

export const metadata: Metadata = { title: "导入决算数据" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("report.import");
  const { id } = await params;
  const report = await getReportForUser(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const access = entryAccess(user, report);
  return (
    <Panel title="导入决算数据">
      <div className="space-y-3 px-4 py-3 text-sm text-gray-700">
        <p>
          可导入 <b>final-accounts/1</b> 决算文档（.json，公开格式）或本系统导出的 Excel（.xlsx），文件不超过 10 MB。上传后先显示预览：哪些表和行能对应、哪些不能，文档本身的检查结果，以及表中印制的合计与按明细重新计算的结果不一致之处。确认后才会替换本报表的全部数字；取消或导入失败不会改动任何数据。
        </p>
        {access.canImport ? <ImportUpload reportId={report.id} /> : <p className="rounded bg-amber-50 px-3 py-2 text-amber-900">{access.reason ?? "当前不能导入。"}</p>}
      </div>
    </Panel>
  );
}
