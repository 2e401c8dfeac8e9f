"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { saveNarrativeInputsAction } from "@/app/(app)/reports/[id]/narrative/actions";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import type { InputPanel } from "@/lib/narrative/input-panels";
import { inputFieldSchema } from "@/lib/schemas/narrative";

const formSchema = z.object({ fields: z.array(inputFieldSchema) });
type FormValues = z.infer<typeof formSchema>;

/**
 * One panel of narrative inputs as a form (react-hook-form + the shared zod schema). Amounts are typed in
 * 万元, counts as whole numbers; only the fields changed are sent, each with the version it was loaded at.
 */
export function InputsForm({ reportId, panel, editable }: { reportId: string; panel: InputPanel; editable: boolean }) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { fields: panel.fields.map((f) => ({ key: f.key, kind: f.kind, value: f.value, baseVersion: f.baseVersion })) },
  });
  const readOnly = !editable || panel.readOnly;

  async function onSubmit(values: FormValues) {
    const dirty = formState.dirtyFields.fields ?? [];
    const fields = values.fields.filter((_, i) => dirty[i]?.value);
    if (fields.length === 0) {
      setResult({ ok: true, message: "没有修改。" });
      return;
    }
    const response = await saveNarrativeInputsAction({ reportId, fields });
    if (!response.ok) {
      setResult({ ok: false, message: response.message });
      // The server names a refused field by its path in what was sent ("fields.2.value") or by its cell.
      for (const [path, messages] of Object.entries(response.fieldErrors ?? {})) {
        const sent = path.match(/^fields\.(\d+)\.value$/u);
        const i = sent ? values.fields.indexOf(fields[Number(sent[1])]) : -1;
        if (i >= 0) setError(`fields.${i}.value`, { message: messages[0] });
      }
      if (response.cell) {
        const i = values.fields.findIndex((f) => f.key === `${response.cell!.table}|${response.cell!.row}|${response.cell!.column}`);
        if (i >= 0) setError(`fields.${i}.value`, { message: response.message });
      }
      return;
    }
    setResult({ ok: true, message: `已保存 ${response.data.saved.length} 项。` });
    const versions = new Map(response.data.saved.map((s) => [s.key, s.version]));
    reset({ fields: values.fields.map((f) => ({ ...f, baseVersion: versions.has(f.key) ? versions.get(f.key) || null : f.baseVersion })) });
    router.refresh();
  }

  return (
    <Panel title={panel.title} className="scroll-mt-16">
      <form onSubmit={handleSubmit(onSubmit)} noValidate id={`panel-${panel.id}`}>
        {panel.note ? <p className="border-b border-gray-100 px-3 py-1.5 text-xs text-gray-500">{panel.note}</p> : null}
        <div className="grid grid-cols-1 gap-x-6 gap-y-1 px-3 py-2 md:grid-cols-2">
          {panel.fields.map((f, i) => {
            const error = formState.errors.fields?.[i]?.value?.message;
            return (
              <div key={f.key} id={f.key} className="flex scroll-mt-20 items-start gap-2 py-0.5 target:bg-amber-50">
                <label htmlFor={`f-${f.key}`} className="w-56 shrink-0 pt-1 text-sm text-gray-700">
                  {f.label}
                </label>
                <div className="min-w-0 flex-1">
                  <div className="flex items-center gap-1.5">
                    <input
                      id={`f-${f.key}`}
                      inputMode={f.kind === "amount" ? "decimal" : "numeric"}
                      readOnly={readOnly}
                      aria-invalid={error ? true : undefined}
                      className={`num w-36 rounded border px-2 py-1 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 ${error ? "border-red-400 bg-red-50" : "border-gray-300"} ${readOnly ? "bg-gray-50 text-gray-600" : ""}`}
                      {...register(`fields.${i}.value`)}
                    />
                    <span className="text-xs text-gray-500">{f.kind === "amount" ? "万元" : f.label.includes("车") ? "辆" : "个"}</span>
                    {f.hint ? <span className="text-xs text-gray-500">{f.hint}</span> : null}
                  </div>
                  {error ? <p className="text-xs text-red-700">{error}</p> : null}
                </div>
              </div>
            );
          })}
        </div>
        {readOnly ? null : (
          <div className="flex items-center gap-3 border-t border-gray-100 px-3 py-2">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? "正在保存…" : "保存"}
            </Button>
            {result ? (
              <span role={result.ok ? "status" : "alert"} className={`text-sm ${result.ok ? "text-emerald-700" : "text-red-700"}`}>
                {result.message}
              </span>
            ) : null}
          </div>
        )}
      </form>
    </Panel>
  );
}
