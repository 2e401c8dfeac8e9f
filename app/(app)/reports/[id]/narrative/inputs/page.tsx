import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InputsForm } from "@/components/narrative/inputs-form";
import { NarrativeSubnav } from "@/components/narrative/narrative-subnav";
import { TextSlot } from "@/components/narrative/text-slot";
import { Panel } from "@/components/ui/panel";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePageSession } from "@/lib/auth/session";
import { getNarrativeForUser } from "@/lib/dal/narrative";
import { inputPanels } from "@/lib/narrative/input-panels";

export const metadata: Metadata = { title: "情况说明输入项" };

const TEXTS: { key: string; label: string }[] = [
  { key: "duties", label: "部门职责" },
  { key: "organisation", label: "机构设置（内设机构）" },
  { key: "organisation.units", label: "决算单位构成" },
];

/** The numbers and texts of the public document that no table holds, one form per group. */
export default async function NarrativeInputsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageSession();
  const { id } = await params;
  const data = await getNarrativeForUser(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { report, source, generated, editable } = data;
  const panels = inputPanels(source);
  return (
    <div>
      <NarrativeSubnav reportId={report.id} active="inputs" missing={generated.missing.length} />
      {generated.missing.length > 0 ? (
        <div className="mb-3 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="missing-inputs">
          情况说明还缺少：
          {generated.missing.map((m, i) => (
            <a key={`${m.input.table}|${m.input.row}|${m.input.column}`} href={`#${encodeURIComponent(`${m.input.table}|${m.input.row}|${m.input.column}`)}`} className="hover:underline">
              {i > 0 ? "、" : ""}
              {m.label}
            </a>
          ))}
        </div>
      ) : null}
      <div className="space-y-3">
        <Panel title="第一部分 部门概况">
          <div className="grid gap-3 p-3 md:grid-cols-3">
            {TEXTS.map((t) => (
              <div key={t.key}>
                <div className="mb-1 text-sm font-medium text-gray-700">{t.label}</div>
                {editable ? (
                  <TextSlot block reportId={report.id} textKey={t.key} label={t.label} initial={source.texts[t.key] ?? ""} version={source.versions[`text:${t.key}`] ?? null} required={t.key !== "organisation.units"} />
                ) : (
                  <p className="whitespace-pre-wrap text-sm text-gray-800">{source.texts[t.key] || "（未填写）"}</p>
                )}
              </div>
            ))}
          </div>
        </Panel>
        {panels.map((panel) => (
          <InputsForm key={panel.id} reportId={report.id} panel={panel} editable={editable} />
        ))}
      </div>
    </div>
  );
}
