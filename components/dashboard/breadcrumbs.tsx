import Link from "next/link";

export interface Crumb {
  label: string;
  href?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="层级导航" className="mb-2 flex flex-wrap items-center gap-1 text-xs text-gray-500">
      {items.map((c, i) => (
        <span key={`${c.label}-${i}`} className="flex items-center gap-1">
          {i > 0 ? <span aria-hidden>›</span> : null}
          {c.href ? (
            <Link href={c.href} className="text-brand-700 hover:underline">
              {c.label}
            </Link>
          ) : (
            <span className="text-gray-700">{c.label}</span>
          )}
        </span>
      ))}
    </nav>
  );
}
