export function Panel({ title, actions, children, className = "" }: { title?: React.ReactNode; actions?: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded border border-gray-200 bg-white ${className}`}>
      {title ? (
        <div className="flex items-center justify-between border-b border-gray-200 px-3 py-2">
          <h2 className="text-sm font-semibold text-gray-800">{title}</h2>
          {actions}
        </div>
      ) : null}
      <div>{children}</div>
    </section>
  );
}

/** Dense table styles shared by lists. */
export const tableClass = "w-full border-collapse text-sm";
export const thClass = "border-b border-gray-200 bg-gray-50 px-3 py-1.5 text-left text-xs font-semibold text-gray-600";
export const tdClass = "border-b border-gray-100 px-3 py-1.5 align-middle";
