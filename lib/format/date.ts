/** Dates shown in Beijing time, the way the bureau writes them. */
const DATE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
const DATE_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatDate(d: Date | null | undefined): string {
  return d ? DATE.format(d) : "—";
}

export function formatDateTime(d: Date | null | undefined): string {
  return d ? DATE_TIME.format(d) : "—";
}

/** "3 天" / "5 小时" since a moment, for waiting times in queues. */
export function formatAge(since: Date, now = new Date()): string {
  const hours = Math.floor((now.getTime() - since.getTime()) / 3_600_000);
  if (hours < 1) return "不足 1 小时";
  if (hours < 48) return `${hours} 小时`;
  return `${Math.floor(hours / 24)} 天`;
}
