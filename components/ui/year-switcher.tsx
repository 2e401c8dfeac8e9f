import Link from "next/link";

export function YearSwitcher({ years, current, basePath }: { years: { year: number; status: string }[]; current: number; basePath: string }) {
  return (
    <div className="flex items-center gap-1 text-sm" aria-label="选择年度">
      {years.map((y) => (
        <Link
          key={y.year}
          href={`${basePath}?year=${y.year}`}
          className={`rounded px-2 py-1 ${y.year === current ? "bg-brand-600 text-white" : "text-gray-700 hover:bg-gray-100"}`}
          aria-current={y.year === current ? "page" : undefined}
        >
          {y.year} 年度{y.status === "CLOSED" ? "（已关闭）" : ""}
        </Link>
      ))}
    </div>
  );
}

/** Parse ?year=… against the known years; fall back to the default year. */
export function pickYear(raw: string | string[] | undefined, years: { year: number }[], fallback: number | null): number | null {
  const n = typeof raw === "string" ? Number.parseInt(raw, 10) : NaN;
  return years.some((y) => y.year === n) ? n : fallback;
}
