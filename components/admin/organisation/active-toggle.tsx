"use client";

import { setDepartmentActiveAction, setUnitActiveAction } from "@/app/(app)/admin/organisation/actions";
import { ActionButton } from "../action-button";

export function DepartmentActiveToggle({ id, active, name }: { id: string; active: boolean; name: string }) {
  return active ? (
    <ActionButton label="停用部门" variant="danger" confirm={`停用“${name}”及其全部单位？已有报表和数据会保留，停用的单位不再获得新年度的报表。`} action={() => setDepartmentActiveAction({ id, active: false })} />
  ) : (
    <ActionButton label="启用部门" action={() => setDepartmentActiveAction({ id, active: true })} />
  );
}

export function UnitActiveToggle({ id, active, name }: { id: string; active: boolean; name: string }) {
  return active ? (
    <ActionButton label="停用" variant="ghost" confirm={`停用单位“${name}”？已有报表和数据会保留。`} action={() => setUnitActiveAction({ id, active: false })} />
  ) : (
    <ActionButton label="启用" variant="ghost" action={() => setUnitActiveAction({ id, active: true })} />
  );
}
