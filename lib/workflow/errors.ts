/**
 * Refusals of a transition that carry more than a message: which findings block a submission, which
 * member units keep a department from being published. The transition bar lists them with links.
 */
import { ConflictError, ValidationError } from "@/lib/auth/errors";

/** One finding that blocks submission, ready to show: the cell's name and a link into the grid. */
export interface BlockingItem {
  key: string;
  severity: "ERROR" | "WARNING" | "INFO";
  rule: string;
  message: string;
  /** "公开03 2013101 行政运行“项目支出”", or the printed table when the finding has no cell. */
  label: string;
  /** `/reports/<id>/tables/<page>?cell=<row>|<column>`, or the table page; null for narrative findings. */
  href: string | null;
}

/** A table neither filled nor marked 本单位无此类数据. */
export interface IncompleteTable {
  slug: string;
  no: string;
  title: string;
  href: string;
}

export class SubmitBlockedError extends ValidationError {
  constructor(
    readonly blocking: BlockingItem[],
    readonly incomplete: IncompleteTable[],
  ) {
    const errors = blocking.filter((b) => b.severity === "ERROR").length;
    const parts = [
      errors ? `${errors} 个错误需要修正` : null,
      blocking.length - errors ? `${blocking.length - errors} 个警告需要填写说明` : null,
      incomplete.length ? `${incomplete.length} 张表未填写（没有数据的表请标记“本单位无此类数据”）` : null,
    ].filter(Boolean);
    super(`报表尚不能报送：${parts.join("；")}。`);
    this.name = "SubmitBlockedError";
  }
}

/** A member unit whose report keeps the department from being published. */
export interface PendingMember {
  unitName: string;
  /** Chinese status label, or 未创建 when the unit has no report for the year. */
  status: string;
}

export class PublishBlockedError extends ConflictError {
  constructor(readonly pending: PendingMember[]) {
    super(`部门内还有 ${pending.length} 个单位未审核通过，暂不能公开：${pending.map((p) => `${p.unitName}（${p.status}）`).join("、")}。`, pending);
    this.name = "PublishBlockedError";
  }
}
