import Link from "next/link";

/** The two pages of the 情况说明 tab: the generated text, and the inputs it needs. */
export function NarrativeSubnav({ reportId, active, missing }: { reportId: string; active: "text" | "inputs"; missing: number }) {
  const item = (href: string, label: React.ReactNode, on: boolean) => (
    <Link href={href} aria-current={on ? "page" : undefined} className={`rounded px-3 py-1 text-sm ${on ? "bg-brand-600 text-white" : "text-gray-700 hover:bg-gray-100"}`}>
      {label}
    </Link>
  );
  return (
    <nav className="mb-3 flex items-center gap-1" aria-label="情况说明">
      {item(`/reports/${reportId}/narrative`, "情况说明正文", active === "text")}
      {item(
        `/reports/${reportId}/narrative/inputs`,
        <>
          输入项
          {missing > 0 ? <span className={`ml-1.5 rounded-full px-1.5 text-xs ${active === "inputs" ? "bg-white/20" : "bg-red-100 text-red-800"}`}>缺 {missing}</span> : null}
        </>,
        active === "inputs",
      )}
    </nav>
  );
}
