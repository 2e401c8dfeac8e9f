"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { FigureRun } from "@/lib/narrative/types";

export interface SourceLink {
  href: string;
  label: string;
}

/**
 * A generated figure: locked (the officer cannot type over it), and a click shows what it is, how it is
 * computed and the cells it comes from, each linking to the cell in its table or to the input form.
 */
export function FigureButton({ run, sources, tone = "normal" }: { run: FigureRun; sources: SourceLink[]; tone?: "normal" | "error" | "warning" }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);
  const toneClass = tone === "error" ? "bg-red-50 text-red-800 decoration-red-400" : tone === "warning" ? "bg-amber-50 text-amber-900 decoration-amber-400" : "bg-brand-50 text-brand-800 decoration-brand-100";
  return (
    <span ref={box} className="relative inline">
      <button
        type="button"
        className={`rounded-sm px-0.5 font-medium tabular-nums underline decoration-dotted underline-offset-2 ${toneClass}`}
        aria-expanded={open}
        title={`${run.label}（由报表自动计算，点击查看来源）`}
        data-slot={run.slot}
        onClick={() => setOpen((v) => !v)}
      >
        {run.text}
      </button>
      {open ? (
        <span role="dialog" aria-label={`${run.label}的来源`} className="absolute left-0 top-full z-20 mt-1 block w-96 max-w-[80vw] rounded border border-gray-300 bg-white p-3 text-left text-xs leading-5 text-gray-700 shadow-lg">
          <span className="block font-semibold text-gray-900">
            {run.label}：{run.text}
            {run.unit}
          </span>
          <span className="mt-1 block break-all text-gray-600">{run.formula}</span>
          {sources.length > 0 ? (
            <span className="mt-2 block border-t border-gray-100 pt-2">
              <span className="block text-gray-500">来源</span>
              {sources.map((s) => (
                <Link key={s.href} href={s.href} className="block text-brand-700 hover:underline">
                  {s.label}
                </Link>
              ))}
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
