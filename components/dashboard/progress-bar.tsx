/** A thin completion bar with its percentage (approved + published over all units). */
export function ProgressBar({ percent }: { percent: number }) {
  const tone = percent >= 100 ? "bg-emerald-600" : percent >= 50 ? "bg-brand-600" : "bg-amber-500";
  return (
    <div className="flex items-center gap-2" title={`已审核 ${percent}%`}>
      <div className="h-1.5 w-24 overflow-hidden rounded bg-gray-200">
        <div className={`h-full ${tone}`} style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <span className="num w-10 text-xs text-gray-600">{percent}%</span>
    </div>
  );
}
