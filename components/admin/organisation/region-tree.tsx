import Link from "next/link";
import { CreateDepartmentForm, CreateRegionForm, RenameRegionForm } from "./organisation-forms";

interface RegionNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

interface DepartmentLeaf {
  id: string;
  code: string;
  name: string;
  regionId: string;
  active: boolean;
  _count: { units: number };
}

/** Regions as a tree, each with its departments; forms to add a sub-region or a department are folded away. */
export function RegionTree({ regions, departments }: { regions: RegionNode[]; departments: DepartmentLeaf[] }) {
  const ids = new Set(regions.map((r) => r.id));
  const roots = regions.filter((r) => !r.parentId || !ids.has(r.parentId));
  const children = (id: string) => regions.filter((r) => r.parentId === id);
  const render = (region: RegionNode, depth: number): React.ReactNode => {
    const own = departments.filter((d) => d.regionId === region.id);
    return (
      <li key={region.id} className={depth > 0 ? "ml-5 border-l border-gray-200 pl-3" : ""} data-testid={`region-${region.code}`}>
        <div className="flex items-center gap-2 py-1.5">
          <span className="font-medium text-gray-900">{region.name}</span>
          <span className="font-mono text-xs text-gray-400">{region.code}</span>
          <details className="ml-2 text-xs">
            <summary className="cursor-pointer text-brand-700">管理</summary>
            <div className="rounded border border-gray-200 bg-gray-50 px-3">
              <RenameRegionForm id={region.id} name={region.name} />
              <CreateRegionForm parentId={region.id} />
              <CreateDepartmentForm regionId={region.id} />
            </div>
          </details>
        </div>
        {own.length > 0 ? (
          <ul className="ml-5 border-l border-gray-200 pl-3 text-sm">
            {own.map((d) => (
              <li key={d.id} className="flex items-center gap-2 py-0.5" data-testid={`department-${d.code}`}>
                <Link href={`/admin/organisation/departments/${d.id}`} className={d.active ? "text-brand-700 hover:underline" : "text-gray-400 line-through"}>
                  {d.name}
                </Link>
                <span className="font-mono text-xs text-gray-400">{d.code}</span>
                <span className="text-xs text-gray-500">{d._count.units} 个单位</span>
                {d.active ? null : <span className="text-xs text-gray-500">（已停用）</span>}
              </li>
            ))}
          </ul>
        ) : null}
        {children(region.id).length > 0 ? <ul>{children(region.id).map((c) => render(c, depth + 1))}</ul> : null}
      </li>
    );
  };
  return <ul className="p-3 text-sm">{roots.map((r) => render(r, 0))}</ul>;
}
