/** Why the 绩效自评 of a report cannot be edited by this user now, or null when it can. */
export function readOnlyReason(role: string, status: string, yearOpen: boolean): string | null {
  if (role !== "OFFICER") return "您的角色只能查看绩效自评，不能修改。";
  if (!yearOpen) return "该年度已关闭，绩效自评只能查看。";
  if (status !== "DRAFT" && status !== "RETURNED") return "报表已报送或已审核，绩效自评只能查看。如需修改，请联系审核人退回。";
  return null;
}
