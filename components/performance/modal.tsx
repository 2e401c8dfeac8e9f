"use client";

import { useEffect, useRef } from "react";

/** A modal on the native <dialog> (focus trap, Esc, backdrop come from the browser). */
export function Modal({ open, title, onClose, children, footer }: { open: boolean; title: string; onClose: () => void; children: React.ReactNode; footer?: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(64rem,95vw)] rounded border border-gray-300 p-0 shadow-xl backdrop:bg-gray-900/30"
      aria-label={title}
    >
      <div className="flex items-center justify-between border-b border-gray-200 px-4 py-2">
        <h2 className="text-sm font-semibold text-gray-900">{title}</h2>
        <button type="button" onClick={onClose} className="px-1 text-gray-500 hover:text-gray-900" aria-label="关闭">
          ×
        </button>
      </div>
      <div className="max-h-[70vh] overflow-y-auto px-4 py-3">{children}</div>
      {footer ? <div className="flex justify-end gap-2 border-t border-gray-200 px-4 py-2">{footer}</div> : null}
    </dialog>
  );
}
