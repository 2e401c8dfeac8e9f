import type { ProgressStatus } from "@/lib/dashboard/overdue";

/** Chart colours per status, muted to sit with the status badges (grey → amber → red → green → blue). */
export const STATUS_COLORS: Record<ProgressStatus, string> = {
  MISSING: "#d1d5db",
  DRAFT: "#9ca3af",
  RETURNED: "#dc2626",
  SUBMITTED: "#f59e0b",
  APPROVED: "#059669",
  PUBLISHED: "#1f5fa8",
};

export const STATUS_NAMES: Record<ProgressStatus, string> = {
  MISSING: "未创建",
  DRAFT: "草稿",
  RETURNED: "已退回",
  SUBMITTED: "已报送待审",
  APPROVED: "审核通过",
  PUBLISHED: "已公开",
};
