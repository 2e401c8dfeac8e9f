/** One line saying what an account can see. */
export function scopeSummary(u: {
  role: string;
  region: { name: string } | null;
  officerUnits: { unit: { name: string } }[];
  reviewerUnits: { unit: { name: string } }[];
  reviewerDepartments: { department: { name: string } }[];
}): string {
  if (u.role === "BUREAU" || u.role === "ADMIN") return u.region ? `${u.region.name}及下级` : u.role === "ADMIN" ? "全部地区" : "未设置地区";
  const names = u.role === "OFFICER" ? u.officerUnits.map((x) => x.unit.name) : [...u.reviewerDepartments.map((x) => x.department.name), ...u.reviewerUnits.map((x) => x.unit.name)];
  if (names.length === 0) return "未分配";
  return names.length <= 2 ? names.join("、") : `${names.slice(0, 2).join("、")} 等 ${names.length} 个`;
}
