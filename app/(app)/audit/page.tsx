import type { Metadata } from "next";
import { AuditWorkbench } from "@/components/narrative/audit/audit-workbench";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "文本核查" };

/** The bureau checks an already-published report: every figure of its 情况说明 against its tables. */
export default async function AuditPage() {
  await requirePagePermission("narrative.audit");
  return (
    <>
      <PageHeader title="文本核查" subtitle="上传已公开的部门决算（final-accounts/1 JSON，含 narrative），逐句核对情况说明中的金额、占比、增减和完成率" />
      <AuditWorkbench />
    </>
  );
}
